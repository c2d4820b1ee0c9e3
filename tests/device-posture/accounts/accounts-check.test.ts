import { describe, expect, it } from 'vitest';
import { analyzeAccounts } from '../../../checks/device-posture/accounts/analyze.js';
import { accountsCheck } from '../../../checks/device-posture/accounts/index.js';
import type { AccountsEvidence } from '../../../checks/device-posture/accounts/collect.js';
import { analyzeCtx, collectCtx, dir, failed, fakeProbe, file, fixture, ran, reg } from './fake-probe.js';

const f = (name: string) => fixture('accounts', name);
const clean: AccountsEvidence = {
  user: 'amy',
  autoLogin: { state: 'off', sources: ['x'] },
  guest: { state: 'off', source: 'x' },
  admin: { state: 'standard', user: 'amy', groups: ['staff'], source: 'id -Gn' },
  blankPasswords: { state: 'none', accounts: [], source: 'x' },
};

describe('analyzeAccounts verdicts', () => {
  it.each([
    ['clean', {}, 'pass', []],
    ['auto-login', { autoLogin: { state: 'on', user: 'amy', source: 'x', passwordStored: true } }, 'fail', ['accounts:auto-login']],
    ['stored password only (Windows)', { autoLogin: { state: 'off', sources: ['x'], passwordStored: true } }, 'fail', ['accounts:stored-password']],
    ['guest on', { guest: { state: 'on', source: 'x' } }, 'fail', ['accounts:guest']],
    ['admin', { admin: { state: 'admin', user: 'amy', groups: ['admin'], source: 'id -Gn' } }, 'fail', ['accounts:local-admin']],
    ['blank passwords', { blankPasswords: { state: 'found', accounts: ['kiosk'], source: 'passwd -S -a' } }, 'fail', ['accounts:blank-passwords']],
    ['needs root', { blankPasswords: { state: 'unknown', reason: 'needs root', needsAdmin: true } }, 'unknown', ['accounts:blank-passwords']],
  ] as const)('%s', (_name, patch, status, ids) => {
    const out = analyzeAccounts({ ...clean, ...patch } as AccountsEvidence, analyzeCtx('win32'));
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.id)).toEqual(ids);
  });
  it('marks needs-root findings as needsAdmin with a re-run hint', () => {
    const out = analyzeAccounts({ ...clean, blankPasswords: { state: 'unknown', reason: 'needs root', needsAdmin: true } }, analyzeCtx('linux'));
    expect(out.findings[0]).toMatchObject({ status: 'unknown', needsAdmin: true });
    expect(out.findings[0]?.remediation.join(' ')).toMatch(/sudo/);
  });
  it('never puts a password value in the evidence', () => {
    const out = analyzeAccounts({ ...clean, autoLogin: { state: 'on', user: 'amy', source: 'x', passwordStored: true } }, analyzeCtx('win32'));
    expect(out.findings[0]?.evidence).toEqual({ user: 'amy', source: 'x', passwordStored: true });
  });
});

const WINLOGON = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon';

describe('accounts on Windows (replay)', () => {
  it('finds auto-login with a stored password, guest on, admin user and passwordless accounts', async () => {
    const probe = fakeProbe('win32', [
      { id: 'accounts.winlogon-autoadminlogon', kind: 'registry', result: reg(`\r\n${WINLOGON}\r\n    AutoAdminLogon    REG_SZ    1\r\n\r\n`) },
      { id: 'accounts.winlogon-defaultusername', kind: 'registry', result: reg(`\r\n${WINLOGON}\r\n    DefaultUserName    REG_SZ    frontdesk\r\n\r\n`) },
      { id: 'accounts.winlogon-value-names', kind: 'run', result: ran('True\r\n') },
      { id: 'accounts.get-localuser', kind: 'run', result: ran(f('windows-get-localuser-guest-on.json')) },
      { id: 'accounts.whoami-groups', kind: 'run', result: ran(f('windows-whoami-groups-csv-admin.txt')) },
    ]);
    const ev = (await accountsCheck.collect(collectCtx(probe, 'win32'))) as AccountsEvidence;
    expect(ev.autoLogin).toEqual({ state: 'on', user: 'frontdesk', source: `HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\AutoAdminLogon`, passwordStored: true });
    expect(JSON.stringify(ev)).not.toMatch(/DefaultPassword"?\s*:/);
    const out = accountsCheck.analyze(ev, analyzeCtx('win32'));
    expect(out.status).toBe('fail');
    expect(out.findings.map((x) => x.id).sort()).toEqual(['accounts:auto-login', 'accounts:blank-passwords', 'accounts:guest', 'accounts:local-admin']);
  });
  it('falls back to net user Guest and says what it cannot tell when Get-LocalUser is missing', async () => {
    const probe = fakeProbe('win32', [
      { id: 'accounts.winlogon-autoadminlogon', kind: 'registry', result: failed('not-found', 'ERROR: The system was unable to find the specified registry key or value.') },
      { id: 'accounts.winlogon-value-names', kind: 'run', result: ran('False\r\n') },
      { id: 'accounts.get-localuser', kind: 'run', result: { ok: false, exitCode: 1, stdout: '', stderr: "Get-LocalUser : The term 'Get-LocalUser' is not recognized", error: 'failed', message: 'exit 1' } },
      { id: 'accounts.net-user-guest', kind: 'run', result: ran(f('windows-net-user-guest.txt')) },
      { id: 'accounts.whoami-groups', kind: 'run', result: ran(f('windows-whoami-groups-standard.txt')) },
    ]);
    const out = accountsCheck.analyze(await accountsCheck.collect(collectCtx(probe, 'win32')), analyzeCtx('win32'));
    expect(out.status).toBe('unknown');
    expect(out.findings.map((x) => `${x.id}:${x.status}`)).toEqual(['accounts:blank-passwords:unknown']);
  });
});

describe('accounts on macOS (replay)', () => {
  it('reads autoLoginUser, GuestEnabled, kcpassword and the admin group', async () => {
    const { parse } = await import('plist');
    const probe = fakeProbe('darwin', [
      { id: 'accounts.loginwindow-plist', kind: 'plist', result: { ok: true, value: parse(f('macos-loginwindow-autologin.plist')) } },
      { id: 'accounts.kcpassword', kind: 'stat', result: { ok: true, type: 'file', size: 12, mtimeMs: 1 } },
      { id: 'accounts.id-groups', kind: 'run', result: ran(f('macos-id-Gn-admin.txt')) },
    ]);
    const ev = (await accountsCheck.collect(collectCtx(probe, 'darwin'))) as AccountsEvidence;
    expect(ev.autoLogin).toMatchObject({ state: 'on', user: 'reception', passwordStored: true });
    expect(ev.guest.state).toBe('on');
    expect(ev.admin.state).toBe('admin');
    expect(ev.blankPasswords.state).toBe('unknown');
  });
  it('lets an MDM profile override the local login-window settings', async () => {
    const { parse } = await import('plist');
    const probe = fakeProbe('darwin', [
      { id: 'accounts.loginwindow-plist', kind: 'plist', result: { ok: true, value: parse(f('macos-loginwindow-autologin.plist')) } },
      { id: 'accounts.kcpassword', kind: 'stat', result: failed('not-found') },
      { id: 'accounts.managed-loginwindow', kind: 'plist', result: { ok: true, value: { DisableGuestAccount: true, 'com.apple.login.mcx.DisableAutoLoginClient': true } } },
      { id: 'accounts.id-groups', kind: 'run', result: ran(f('macos-id-Gn-standard.txt')) },
    ]);
    const ev = (await accountsCheck.collect(collectCtx(probe, 'darwin'))) as AccountsEvidence;
    expect([ev.autoLogin.state, ev.guest.state]).toEqual(['off', 'off']);
  });
  it('falls back to dseditgroup when id fails', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'accounts.loginwindow-plist', kind: 'plist', result: failed('not-found') },
      { id: 'accounts.kcpassword', kind: 'stat', result: failed('not-found') },
      { id: 'accounts.id-groups', kind: 'run', result: { ok: false, exitCode: null, stdout: '', stderr: '', error: 'timeout', message: 'timed out' } },
      { id: 'accounts.dseditgroup-admin', kind: 'run', result: ran('yes amy is a member of admin\n') },
    ]);
    const ev = (await accountsCheck.collect(collectCtx(probe, 'darwin'))) as AccountsEvidence;
    expect(ev.admin).toEqual({ state: 'admin', user: 'amy', groups: ['admin'], source: 'dseditgroup -o checkmember' });
  });
  it('treats a missing loginwindow file as macOS defaults and a standard user as fine', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'accounts.loginwindow-plist', kind: 'plist', result: failed('not-found') },
      { id: 'accounts.kcpassword', kind: 'stat', result: failed('not-found') },
      { id: 'accounts.id-groups', kind: 'run', result: ran(f('macos-id-Gn-standard.txt')) },
    ]);
    const out = accountsCheck.analyze(await accountsCheck.collect(collectCtx(probe, 'darwin')), analyzeCtx('darwin'));
    expect(out.findings.map((x) => `${x.id}:${x.status}`)).toEqual(['accounts:blank-passwords:unknown']);
  });
});

describe('accounts on Linux (replay)', () => {
  it('reads GDM, LightDM and the getty drop-in; blank passwords need root', async () => {
    const probe = fakeProbe('linux', [
      { id: 'accounts.login-config', kind: 'readFile', args: { path: '/etc/gdm3/custom.conf' }, result: file(f('linux-gdm3-custom-default.conf')) },
      { id: 'accounts.login-config', kind: 'readFile', args: { path: '/etc/lightdm/lightdm.conf' }, result: file(f('linux-lightdm-guest-autologin.conf')) },
      { id: 'accounts.login-config', kind: 'readFile', result: failed('not-found') },
      { id: 'accounts.login-config-dir', kind: 'listDir', result: failed('not-found') },
      { id: 'accounts.id-groups', kind: 'run', result: ran('amy adm cdrom sudo dip plugdev lpadmin\n') },
    ]);
    const ev = (await accountsCheck.collect(collectCtx(probe, 'linux'))) as AccountsEvidence;
    expect(ev.autoLogin).toMatchObject({ state: 'on', user: 'nurse', source: '/etc/lightdm/lightdm.conf' });
    expect(ev.guest).toEqual({ state: 'on', source: '/etc/lightdm/lightdm.conf' });
    expect(ev.admin.state).toBe('admin');
    expect(ev.blankPasswords).toMatchObject({ state: 'unknown', needsAdmin: true });
  });
  it('as root: reads passwd -S -a but will not judge the root user as the daily user', async () => {
    const probe = fakeProbe(
      'linux',
      [
        { id: 'accounts.login-config', kind: 'readFile', result: failed('not-found') },
        { id: 'accounts.login-config-dir', kind: 'listDir', args: { path: '/etc/systemd/system/getty@tty1.service.d' }, result: dir('autologin.conf') },
        { id: 'accounts.login-config', kind: 'readFile', args: { path: '/etc/systemd/system/getty@tty1.service.d/autologin.conf' }, result: file(f('linux-getty-autologin.conf')) },
        { id: 'accounts.login-config-dir', kind: 'listDir', result: failed('not-found') },
        { id: 'accounts.passwd-status', kind: 'run', result: ran(f('linux-passwd-status-np.txt')) },
      ],
      { username: 'root', elevated: true },
    );
    const out = accountsCheck.analyze(await accountsCheck.collect(collectCtx(probe, 'linux')), analyzeCtx('linux'));
    expect(out.findings.map((x) => `${x.id}:${x.status}`)).toEqual(['accounts:auto-login:fail', 'accounts:local-admin:unknown', 'accounts:blank-passwords:fail']);
  });
  it('Windows: AutoAdminLogon written as a DWORD still counts', async () => {
    const probe = fakeProbe('win32', [
      { id: 'accounts.winlogon-autoadminlogon', kind: 'registry', result: reg(`\r\n${WINLOGON}\r\n    AutoAdminLogon    REG_DWORD    0x1\r\n`) },
      { id: 'accounts.winlogon-defaultusername', kind: 'registry', result: failed('not-found') },
      { id: 'accounts.winlogon-value-names', kind: 'run', result: ran('False\r\n') },
      { id: 'accounts.get-localuser', kind: 'run', result: ran('[]') },
      { id: 'accounts.whoami-groups', kind: 'run', result: ran(f('windows-whoami-groups-standard.txt')) },
    ]);
    const ev = (await accountsCheck.collect(collectCtx(probe, 'win32'))) as AccountsEvidence;
    expect(ev.autoLogin).toMatchObject({ state: 'on', user: '', passwordStored: false });
  });
});
