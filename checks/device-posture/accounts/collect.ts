/** Collects automatic-login, guest, administrator and blank-password facts through the probe. */
import { readFile } from 'node:fs/promises';
import { classifyError } from '../../probe/live-probe.js';
import type { Failure, Probe, SystemFacts } from '../../probe/probe.js';
import { regString } from '../../probe/registry-parse.js';
import type { CollectContext } from '../../types.js';
import { failureReason } from '../shared/findings.js';
import { joinPath, type Unknown } from '../shared/posture2-common.js';
import {
  ADMIN_GROUPS,
  isGuestSid,
  parseDseditgroup,
  parseGdmConf,
  parseGettyDropIn,
  parseIdGroups,
  parseLightdmConf,
  parseLocalUsers,
  parseNetUserActive,
  parsePasswdStatus,
  parseSddmConf,
  parseShadowEmpty,
  parseSysconfigDisplayManager,
  parseWhoamiGroups,
  type LoginConfig,
} from './parse.js';

/** Automatic sign-in: on (with the user when known), off, or unknown. `passwordStored` only says a password exists, never its value. */
export type AutoLoginFact = { state: 'on'; user: string; source: string; passwordStored?: boolean; timed?: boolean } | { state: 'off'; sources: string[]; passwordStored?: boolean } | Unknown;
export type GuestFact = { state: 'on' | 'off'; source: string } | Unknown;
export type AdminFact = { state: 'admin' | 'standard'; user: string; groups: string[]; source: string } | Unknown;
export type BlankPasswordFact = { state: 'found' | 'none'; accounts: string[]; source: string; caveat?: string } | Unknown;

/** Evidence of the accounts check. */
export type AccountsEvidence = { user: string; autoLogin: AutoLoginFact; guest: GuestFact; admin: AdminFact; blankPasswords: BlankPasswordFact };

const WINLOGON = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon';
const PS = ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command'];

/** Collects the evidence for the scanned OS. */
export const collectAccounts = async ({ probe }: CollectContext): Promise<AccountsEvidence> => {
  const system = await probe.system();
  if (system.platform === 'win32') return collectWindows(probe, system);
  if (system.platform === 'darwin') return collectMac(probe, system);
  return collectLinux(probe, system);
};

const rootUser = (system: SystemFacts): Unknown | undefined =>
  system.username === 'root' || (system.platform !== 'win32' && system.elevated === true)
    ? { state: 'unknown', reason: 'The scan ran as root, so it cannot tell whether the person who uses this computer every day has administrator rights. Run the scan as that person, without sudo.' }
    : undefined;

const unixAdmin = async (probe: Probe, system: SystemFacts, wanted: readonly string[]): Promise<AdminFact> => {
  const asRoot = rootUser(system);
  if (asRoot) return asRoot;
  const id = await probe.run('accounts.id-groups', ['id', '-Gn']);
  if (!id.ok) {
    const why = failureReason('`id -Gn`', { error: id.error ?? 'failed', message: id.stderr.trim() || (id.message ?? '') });
    if (system.platform !== 'darwin') return { state: 'unknown', reason: why };
    // macOS directory services answer the same question without the group list.
    const ds = await probe.run('accounts.dseditgroup-admin', ['/usr/sbin/dseditgroup', '-o', 'checkmember', '-m', system.username, 'admin']);
    const member = parseDseditgroup(ds.stdout);
    return member === undefined ? { state: 'unknown', reason: why } : { state: member ? 'admin' : 'standard', user: system.username, groups: member ? ['admin'] : [], source: 'dseditgroup -o checkmember' };
  }
  const groups = parseIdGroups(id.stdout);
  return { state: groups.some((g) => wanted.includes(g)) ? 'admin' : 'standard', user: system.username, groups, source: 'id -Gn' };
};

const collectWindows = async (probe: Probe, system: SystemFacts): Promise<AccountsEvidence> => {
  const auto = await probe.registry('accounts.winlogon-autoadminlogon', WINLOGON, { valueName: 'AutoAdminLogon' });
  const names = await probe.run('accounts.winlogon-value-names', [...PS, `(Get-Item -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon').GetValueNames() -contains 'DefaultPassword'`]);
  const passwordStored = names.ok ? /^true$/i.test(names.stdout.trim()) : undefined;
  let autoLogin: AutoLoginFact;
  if (!auto.ok && auto.error !== 'not-found') autoLogin = { state: 'unknown', reason: failureReason(`reading ${WINLOGON}`, auto) };
  else {
    const value = auto.ok ? regString(auto.keys[0], 'AutoAdminLogon')?.trim() : undefined;
    // Usually REG_SZ "1"; some tools write a REG_DWORD, which reg.exe prints as 0x1.
    if (value !== undefined && /^(1|0x0*1)$/i.test(value)) {
      const user = await probe.registry('accounts.winlogon-defaultusername', WINLOGON, { valueName: 'DefaultUserName' });
      autoLogin = { state: 'on', user: user.ok ? (regString(user.keys[0], 'DefaultUserName') ?? '') : '', source: `${WINLOGON}\\AutoAdminLogon`, ...(passwordStored !== undefined ? { passwordStored } : {}) };
    } else autoLogin = { state: 'off', sources: [`${WINLOGON}\\AutoAdminLogon`], ...(passwordStored !== undefined ? { passwordStored } : {}) };
  }

  const localUsers = await probe.run('accounts.get-localuser', [...PS, "Get-LocalUser | Select-Object Name,Enabled,PasswordRequired,@{n='SID';e={$_.SID.Value}} | ConvertTo-Json -Compress"]);
  const users = localUsers.ok ? parseLocalUsers(localUsers.stdout) : undefined;
  let guest: GuestFact;
  let blankPasswords: BlankPasswordFact;
  if (users) {
    const guestUser = users.find((u) => isGuestSid(u.sid)) ?? users.find((u) => u.name.toLowerCase() === 'guest');
    guest = guestUser ? { state: guestUser.enabled ? 'on' : 'off', source: `Get-LocalUser (${guestUser.name})` } : { state: 'off', source: 'Get-LocalUser (no Guest account)' };
    const noPasswordNeeded = users.filter((u) => u.enabled && u.passwordRequired === false).map((u) => u.name);
    blankPasswords = {
      state: noPasswordNeeded.length > 0 ? 'found' : 'none',
      accounts: noPasswordNeeded,
      source: 'Get-LocalUser PasswordRequired',
      caveat: 'Windows shows whether an account is allowed to have an empty password, not whether its password is empty.',
    };
  } else {
    const why = localUsers.ok ? 'Get-LocalUser printed something the scan could not read' : failureReason('Get-LocalUser', { error: localUsers.error ?? 'failed', message: localUsers.stderr.trim() || (localUsers.message ?? '') });
    const net = await probe.run('accounts.net-user-guest', ['net', 'user', 'Guest']);
    const active = net.ok ? parseNetUserActive(net.stdout) : undefined;
    guest = active === undefined ? { state: 'unknown', reason: `${why}; \`net user Guest\` gave no readable "Account active" line` } : { state: active ? 'on' : 'off', source: 'net user Guest' };
    blankPasswords = { state: 'unknown', reason: why };
  }

  const whoami = await probe.run('accounts.whoami-groups', ['whoami', '/groups', '/fo', 'csv', '/nh']);
  const parsed = whoami.ok ? parseWhoamiGroups(whoami.stdout) : undefined;
  const admin: AdminFact = parsed
    ? { state: parsed.isAdmin ? 'admin' : 'standard', user: system.username, groups: parsed.isAdmin ? [`BUILTIN\\Administrators${parsed.elevated ? ' (elevated now)' : ''}`] : [], source: 'whoami /groups' }
    : { state: 'unknown', reason: whoami.ok ? '`whoami /groups` printed no group SIDs' : failureReason('`whoami /groups`', { error: whoami.error ?? 'failed', message: whoami.stderr.trim() || (whoami.message ?? '') }) };
  return { user: system.username, autoLogin, guest, admin, blankPasswords };
};

const LOGINWINDOW = '/Library/Preferences/com.apple.loginwindow.plist';
const MANAGED_LOGINWINDOW = '/Library/Managed Preferences/com.apple.loginwindow.plist';

const collectMac = async (probe: Probe, system: SystemFacts): Promise<AccountsEvidence> => {
  const prefs = await probe.plist('accounts.loginwindow-plist', LOGINWINDOW);
  const kc = await probe.stat('accounts.kcpassword', '/etc/kcpassword');
  const passwordStored = kc.ok ? true : kc.error === 'not-found' ? false : undefined;
  let autoLogin: AutoLoginFact;
  let guest: GuestFact;
  if (prefs.ok || prefs.error === 'not-found') {
    // A missing file means macOS defaults: no automatic login, guest off.
    const dict = prefs.ok && typeof prefs.value === 'object' && prefs.value !== null ? (prefs.value as Record<string, unknown>) : {};
    const user = typeof dict.autoLoginUser === 'string' ? dict.autoLoginUser : undefined;
    autoLogin = user
      ? { state: 'on', user, source: `${LOGINWINDOW} autoLoginUser`, ...(passwordStored !== undefined ? { passwordStored } : {}) }
      : { state: 'off', sources: [`${LOGINWINDOW} autoLoginUser`], ...(passwordStored !== undefined ? { passwordStored } : {}) };
    guest = { state: dict.GuestEnabled === true || dict.GuestEnabled === 1 ? 'on' : 'off', source: `${LOGINWINDOW} GuestEnabled` };
  } else {
    const reason = failureReason(`reading ${LOGINWINDOW}`, prefs);
    autoLogin = { state: 'unknown', reason };
    guest = { state: 'unknown', reason };
  }
  // A configuration profile (MDM) overrides the local preference.
  const managed = await probe.plist('accounts.managed-loginwindow', MANAGED_LOGINWINDOW);
  if (managed.ok && typeof managed.value === 'object' && managed.value !== null) {
    const m = managed.value as Record<string, unknown>;
    if (m.DisableGuestAccount === true) guest = { state: 'off', source: `${MANAGED_LOGINWINDOW} DisableGuestAccount` };
    if (m['com.apple.login.mcx.DisableAutoLoginClient'] === true) autoLogin = { state: 'off', sources: [`${MANAGED_LOGINWINDOW} com.apple.login.mcx.DisableAutoLoginClient`], ...(passwordStored !== undefined ? { passwordStored } : {}) };
  }
  return {
    user: system.username,
    autoLogin,
    guest,
    admin: await unixAdmin(probe, system, ADMIN_GROUPS.darwin),
    blankPasswords: {
      state: 'unknown',
      reason: 'macOS keeps password hashes where only the system can check them, and the scan never tries to sign in, so it cannot tell whether an account has an empty password.',
    },
  };
};

const DM_FILES: { path: string; parse: (p: string, t: string) => LoginConfig }[] = [
  { path: '/etc/gdm3/custom.conf', parse: parseGdmConf },
  { path: '/etc/gdm3/daemon.conf', parse: parseGdmConf },
  { path: '/etc/gdm/custom.conf', parse: parseGdmConf },
  { path: '/etc/sddm.conf', parse: parseSddmConf },
  { path: '/etc/lightdm/lightdm.conf', parse: parseLightdmConf },
  { path: '/etc/sysconfig/displaymanager', parse: parseSysconfigDisplayManager },
];
const DM_DIRS: { dir: string; suffix: string; parse: (p: string, t: string) => LoginConfig }[] = [
  { dir: '/usr/lib/sddm/sddm.conf.d', suffix: '.conf', parse: parseSddmConf },
  { dir: '/etc/sddm.conf.d', suffix: '.conf', parse: parseSddmConf },
  { dir: '/usr/share/lightdm/lightdm.conf.d', suffix: '.conf', parse: parseLightdmConf },
  { dir: '/etc/lightdm/lightdm.conf.d', suffix: '.conf', parse: parseLightdmConf },
  { dir: '/etc/systemd/system/getty@tty1.service.d', suffix: '.conf', parse: parseGettyDropIn },
];

/** Reads the display-manager files that exist, in precedence order (later files win). */
const readLoginConfigs = async (probe: Probe): Promise<{ configs: LoginConfig[]; errors: string[] }> => {
  const configs: LoginConfig[] = [];
  const errors: string[] = [];
  const readOne = async (path: string, parse: (p: string, t: string) => LoginConfig) => {
    const r = await probe.readFile('accounts.login-config', path);
    if (r.ok) configs.push(parse(path, r.text));
    else if (r.error !== 'not-found') errors.push(failureReason(`reading ${path}`, r));
  };
  for (const f of DM_FILES) await readOne(f.path, f.parse);
  for (const d of DM_DIRS) {
    const listed = await probe.listDir('accounts.login-config-dir', d.dir);
    if (!listed.ok) {
      if (listed.error !== 'not-found') errors.push(failureReason(`listing ${d.dir}`, listed));
      continue;
    }
    for (const name of listed.entries.map((e) => e.name).filter((n) => n.endsWith(d.suffix)).sort()) await readOne(joinPath('linux', d.dir, name), d.parse);
  }
  return { configs, errors };
};

const collectLinux = async (probe: Probe, system: SystemFacts): Promise<AccountsEvidence> => {
  const { configs, errors } = await readLoginConfigs(probe);
  const sources = configs.map((c) => c.path);
  // Within one manager later files override earlier ones; any manager with autologin counts.
  const lastFor = (m: LoginConfig['manager'], pick: (c: LoginConfig) => boolean) => configs.filter((c) => c.manager === m && pick(c)).pop();
  const managers: LoginConfig['manager'][] = ['gdm', 'sddm', 'lightdm', 'sysconfig', 'getty'];
  const autoHit = managers.map((m) => lastFor(m, (c) => c.autologinUser !== undefined)).find((c) => c !== undefined);
  const autoLogin: AutoLoginFact = autoHit
    ? { state: 'on', user: autoHit.autologinUser ?? '', source: autoHit.path, ...(autoHit.autologinTimed ? { timed: true } : {}) }
    : errors.length > 0
      ? { state: 'unknown', reason: errors.join('; ') }
      : { state: 'off', sources: sources.length > 0 ? sources : ['no GDM, SDDM, LightDM, openSUSE or getty autologin configuration found (no graphical sign-in screen configured)'] };
  const guestHit = lastFor('lightdm', (c) => c.guest !== undefined);
  const guest: GuestFact = guestHit?.guest
    ? { state: 'on', source: guestHit.path }
    : errors.length > 0
      ? { state: 'unknown', reason: errors.join('; ') }
      : { state: 'off', source: guestHit ? guestHit.path : 'no LightDM allow-guest setting (GDM and SDDM have no guest session)' };

  let blankPasswords: BlankPasswordFact;
  if (system.elevated !== true) blankPasswords = { state: 'unknown', reason: 'Checking for accounts without a password needs root: only root can read the password status.', needsAdmin: true };
  else {
    const status = await probe.run('accounts.passwd-status', ['passwd', '-S', '-a']);
    const parsed = status.ok ? parsePasswdStatus(status.stdout) : undefined;
    if (parsed) blankPasswords = { state: parsed.length > 0 ? 'found' : 'none', accounts: parsed, source: 'passwd -S -a' };
    else {
      // A task, not a readFile: a recording keeps only the account names, never the password hashes.
      const shadow = await probe.task('accounts.shadow-empty', { path: '/etc/shadow' }, () => readShadowEmptyAccounts('/etc/shadow'));
      blankPasswords = shadow.ok
        ? { state: shadow.accounts.length > 0 ? 'found' : 'none', accounts: shadow.accounts, source: '/etc/shadow (empty password field)' }
        : { state: 'unknown', reason: failureReason('reading /etc/shadow', shadow), needsAdmin: shadow.error === 'denied' };
    }
  }
  return { user: system.username, autoLogin, guest, admin: await unixAdmin(probe, system, ADMIN_GROUPS.linux), blankPasswords };
};

/** Reads a shadow file and returns only the names of accounts with an empty password field. */
export const readShadowEmptyAccounts = async (file: string): Promise<{ ok: true; accounts: string[] } | Failure> => {
  try {
    return { ok: true, accounts: parseShadowEmpty(await readFile(file, 'utf8')) };
  } catch (err) {
    return { ok: false, error: classifyError(err), message: err instanceof Error ? err.message : String(err) };
  }
};
