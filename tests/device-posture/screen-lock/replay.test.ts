import { describe, expect, it } from 'vitest';
import { screenLockCheck } from '../../../checks/device-posture/screen-lock/index.js';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import { failed, fixture, ran, replayProbe, runCheck } from './posture-1-helpers.js';

const regKeys = (text: string) => ({ ok: true, keys: parseRegQuery(text) });
const regMissing = { ok: false, error: 'not-found', message: 'ERROR: The system was unable to find the specified registry key or value.' };

describe('screen-lock collect + analyze on recorded outputs', () => {
  it('Windows: secure screen saver after 10 minutes passes', async () => {
    const probe = replayProbe('win32', [
      { id: 'screen-lock.inactivity-policy', kind: 'registry', result: regMissing },
      { id: 'screen-lock.desktop', kind: 'registry', result: regKeys(fixture('screen-lock', 'reg-desktop-secure-600.txt')) },
      { id: 'screen-lock.desktop-policy', kind: 'registry', result: regMissing },
      { id: 'screen-lock.powercfg-sleep', kind: 'run', result: ran(fixture('screen-lock', 'powercfg-standbyidle-en.txt')) },
      { id: 'screen-lock.powercfg-consolelock', kind: 'run', result: ran(fixture('screen-lock', 'powercfg-consolelock-en.txt')) },
      { id: 'screen-lock.powercfg-display', kind: 'run', result: failed('failed', 'exit 1') },
    ]);
    const { outcome, evidence } = await runCheck(screenLockCheck, probe, 'win32');
    expect(evidence).toMatchObject({ screenSaver: { ok: true, value: { active: true, timeoutSeconds: 600, secure: true } } });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('after 10 minutes');
  });

  it('Windows: only a 30-minute sleep (German powercfg) without screen saver fails', async () => {
    const probe = replayProbe('win32', [
      { id: 'screen-lock.inactivity-policy', kind: 'registry', result: regMissing },
      { id: 'screen-lock.desktop', kind: 'registry', result: regKeys('\nHKEY_CURRENT_USER\\Control Panel\\Desktop\n    ScreenSaveActive    REG_SZ    1\n    ScreenSaveTimeOut    REG_SZ    900\n') },
      { id: 'screen-lock.desktop-policy', kind: 'registry', result: regMissing },
      { id: 'screen-lock.powercfg-sleep', kind: 'run', result: ran(fixture('screen-lock', 'powercfg-standbyidle-en.txt')) },
      { id: 'screen-lock.powercfg-consolelock', kind: 'run', result: ran(fixture('screen-lock', 'powercfg-consolelock-en.txt')) },
      { id: 'screen-lock.powercfg-display', kind: 'run', result: ran(fixture('screen-lock', 'powercfg-standbyidle-de.txt')) },
    ]);
    const { outcome } = await runCheck(screenLockCheck, probe, 'win32');
    expect(outcome.status).toBe('fail');
    expect(outcome.findings[0]?.description).toContain('Screen saver: none');
  });

  it('Windows: falls back to powercfg /q when /qh is refused; unknown when sign-in on wake stays unreadable', async () => {
    const invalid = failed('failed', 'exit 1', { exitCode: 1, stdout: 'Invalid Parameters -- try "/?" for help\n' });
    const probe = replayProbe('win32', [
      { id: 'screen-lock.inactivity-policy', kind: 'registry', result: regMissing },
      { id: 'screen-lock.desktop', kind: 'registry', result: regMissing },
      { id: 'screen-lock.desktop-policy', kind: 'registry', result: regMissing },
      { id: 'screen-lock.powercfg-sleep', kind: 'run', result: invalid },
      { id: 'screen-lock.powercfg-sleep-q', kind: 'run', result: ran(fixture('screen-lock', 'powercfg-standbyidle-de.txt')) },
      { id: 'screen-lock.powercfg-consolelock', kind: 'run', result: invalid },
      { id: 'screen-lock.powercfg-consolelock-q', kind: 'run', result: invalid },
    ]);
    const { outcome, evidence } = await runCheck(screenLockCheck, probe, 'win32');
    expect(evidence).toMatchObject({ sleepAfterSeconds: { ok: true, value: { ac: 600, dc: 300 } }, passwordOnWake: { ok: false } });
    expect(outcome.status).toBe('unknown');
  });

  it('macOS: display sleep 10 min and password immediately (answer on stderr) passes', async () => {
    const probe = replayProbe('darwin', [
      { id: 'screen-lock.screensaver-idle', kind: 'run', result: failed('failed', 'exit 1', { exitCode: 1, stderr: '\nThe domain/default pair of (com.apple.screensaver, idleTime) does not exist\n' }) },
      { id: 'screen-lock.pmset', kind: 'run', result: ran(fixture('screen-lock', 'pmset-g-displaysleep-10.txt')) },
      { id: 'screen-lock.sysadminctl', kind: 'run', result: ran('', fixture('screen-lock', 'sysadminctl-screenlock-variants.txt').split('\n')[0] ?? '') },
    ]);
    const { outcome, evidence } = await runCheck(screenLockCheck, probe, 'darwin');
    expect(evidence).toMatchObject({ screenSaverIdleSeconds: { ok: true, value: null } });
    expect(outcome.status).toBe('pass');
  });

  it('macOS: "screenLock is off" fails', async () => {
    const probe = replayProbe('darwin', [
      { id: 'screen-lock.screensaver-idle', kind: 'run', result: ran('300\n') },
      { id: 'screen-lock.pmset', kind: 'run', result: ran(fixture('screen-lock', 'pmset-g-displaysleep-10.txt')) },
      { id: 'screen-lock.sysadminctl', kind: 'run', result: ran('', '2024-06-03 09:15:40.771 sysadminctl[4031:61377] screenLock is off\n') },
    ]);
    expect((await runCheck(screenLockCheck, probe, 'darwin')).outcome.status).toBe('fail');
  });

  it('Linux GNOME desktop: real gsettings answers pass (5 minutes)', async () => {
    const [idle, enabled, delay] = fixture('screen-lock', 'gsettings-debian12-defaults.txt').split('\n');
    const probe = replayProbe('linux', [
      { id: 'screen-lock.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'gnome-shell' }, { name: 'Xwayland' }] } } },
      { id: 'screen-lock.profile-d', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'screen-lock.profile', kind: 'readFile', result: { ok: true, text: 'PATH=/usr/bin\n', truncated: false } },
      { id: 'screen-lock.gsettings-idle-delay', kind: 'run', result: ran(`${idle}\n`) },
      { id: 'screen-lock.gsettings-lock-enabled', kind: 'run', result: ran(`${enabled}\n`) },
      { id: 'screen-lock.gsettings-lock-delay', kind: 'run', result: ran(`${delay}\n`) },
    ], { env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' } });
    const { outcome } = await runCheck(screenLockCheck, probe, 'linux');
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('after 5 minutes');
  });

  it('Linux Cinnamon (Linux Mint): asks the Cinnamon schema', async () => {
    const probe = replayProbe('linux', [
      { id: 'screen-lock.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'cinnamon' }] } } },
      { id: 'screen-lock.profile-d', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'screen-lock.profile', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      { id: 'screen-lock.gsettings-idle-delay', kind: 'run', args: { argv: ['gsettings', 'get', 'org.cinnamon.desktop.session', 'idle-delay'] }, result: ran('uint32 1800\n') },
      { id: 'screen-lock.gsettings-lock-enabled', kind: 'run', args: { argv: ['gsettings', 'get', 'org.cinnamon.desktop.screensaver', 'lock-enabled'] }, result: ran('true\n') },
      { id: 'screen-lock.gsettings-lock-delay', kind: 'run', args: { argv: ['gsettings', 'get', 'org.cinnamon.desktop.screensaver', 'lock-delay'] }, result: ran('uint32 0\n') },
    ], { env: { XDG_CURRENT_DESKTOP: 'X-Cinnamon' } });
    const { outcome, evidence } = await runCheck(screenLockCheck, probe, 'linux');
    expect(evidence).toMatchObject({ gnome: { schema: 'org.cinnamon.desktop' } });
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toContain('after 30 minutes');
  });

  it('Linux KDE: kscreenlockerrc with Autolock=false fails', async () => {
    const probe = replayProbe('linux', [
      { id: 'screen-lock.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'plasmashell' }] } } },
      { id: 'screen-lock.profile-d', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'screen-lock.profile', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      { id: 'screen-lock.kscreenlockerrc', kind: 'readFile', result: { ok: true, text: fixture('screen-lock', 'kscreenlockerrc-autolock-off.txt'), truncated: false } },
    ]);
    expect((await runCheck(screenLockCheck, probe, 'linux')).outcome.status).toBe('fail');
  });

  it('Linux server: never asks gsettings and says there is no desktop', async () => {
    const probe = replayProbe('linux', [
      { id: 'screen-lock.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'systemd' }, { name: 'sshd' }, { name: 'node' }] } } },
      { id: 'screen-lock.profile-d', kind: 'listDir', result: { ok: true, entries: [{ name: 'bash_completion.sh', type: 'file' }] } },
      { id: 'screen-lock.profile', kind: 'readFile', result: { ok: true, text: 'if [ "$(id -u)" -eq 0 ]; then PATH=/usr/sbin; fi\n', truncated: false } },
      // A desktop-less machine still answers gsettings with schema defaults; the check must not trust them.
      { id: 'screen-lock.gsettings-idle-delay', kind: 'run', result: ran('uint32 300\n') },
    ], { elevated: true });
    const { outcome, evidence } = await runCheck(screenLockCheck, probe, 'linux');
    expect(evidence).toMatchObject({ desktop: null, gnome: null });
    expect(outcome.status).toBe('unknown');
    expect(outcome.summary).toMatch(/No desktop session/);
  });
});
