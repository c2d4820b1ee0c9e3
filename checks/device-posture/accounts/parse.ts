/** Pure parsers for the accounts check (Windows, macOS and Linux outputs). */
import { parsePowerShellJson } from '../../probe/powershell-json.js';
import { iniTrue, parseIni } from '../shared/posture2-common.js';

const ADMINS_SID = 'S-1-5-32-544';

/**
 * `whoami /groups [/fo csv]`: membership of BUILTIN\Administrators is language-independent by SID.
 * Under UAC the group is present but "used for deny only" until elevation; either way the user is an admin.
 */
export const parseWhoamiGroups = (stdout: string): { isAdmin: boolean; elevated: boolean } | undefined => {
  if (!/S-1-\d/.test(stdout)) return undefined;
  const line = stdout.split(/\r?\n/).find((l) => new RegExp(`(^|[\\s",])${ADMINS_SID}([\\s",]|$)`).test(l));
  if (!line) return { isAdmin: false, elevated: false };
  // "Enabled group" (or its CSV form) appears only in an elevated token; "deny only" in a filtered one.
  const elevated = /Enabled group/i.test(line) && !/deny only/i.test(line);
  return { isAdmin: true, elevated };
};

/** A local Windows account as `Get-LocalUser | Select Name,Enabled,PasswordRequired,SID | ConvertTo-Json` prints it. */
export type LocalUser = { name: string; enabled: boolean; passwordRequired: boolean | null; sid: string };

/** Parses the Get-LocalUser JSON (one object or an array; SID as a string or as the serialized object). */
export const parseLocalUsers = (stdout: string): LocalUser[] | undefined => {
  const list = parsePowerShellJson(stdout);
  if (!list) return undefined;
  const users: LocalUser[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return undefined;
    const o = item as Record<string, unknown>;
    const sidRaw = o.SID;
    const sid = typeof sidRaw === 'string' ? sidRaw : typeof sidRaw === 'object' && sidRaw !== null ? String((sidRaw as Record<string, unknown>).Value ?? '') : '';
    if (typeof o.Name !== 'string' || typeof o.Enabled !== 'boolean') return undefined;
    users.push({ name: o.Name, enabled: o.Enabled, passwordRequired: typeof o.PasswordRequired === 'boolean' ? o.PasswordRequired : null, sid });
  }
  return users;
};

/** The built-in Guest account is RID 501 whatever it has been renamed to. */
export const isGuestSid = (sid: string): boolean => /^S-1-5-21-.*-501$/.test(sid);

/** `net user Guest` (English output only): the "Account active" line; undefined when the label is not found. */
export const parseNetUserActive = (stdout: string): boolean | undefined => {
  const m = /^Account active\s+(Yes|No)\s*$/im.exec(stdout);
  return m ? m[1]?.toLowerCase() === 'yes' : undefined;
};

/** `id -Gn`: group names separated by spaces. */
export const parseIdGroups = (stdout: string): string[] => stdout.trim().split(/\s+/).filter(Boolean);

/** `dseditgroup -o checkmember -m USER admin`: "yes USER is a member of admin" / "no USER is NOT a member of admin". */
export const parseDseditgroup = (stdout: string): boolean | undefined => {
  const m = /^(yes|no)\b/im.exec(stdout.trim());
  return m ? m[1]?.toLowerCase() === 'yes' : undefined;
};

/** Groups that grant administrator rights: macOS `admin`; Linux `sudo` (Debian/Ubuntu), `wheel` (Fedora/RHEL/Arch), `admin` (old Ubuntu). */
export const ADMIN_GROUPS = { darwin: ['admin'], linux: ['sudo', 'wheel', 'admin'] } as const;

/** What one display-manager or getty file says about automatic login and guest sessions. */
export type LoginConfig = { path: string; manager: 'gdm' | 'sddm' | 'lightdm' | 'getty' | 'sysconfig'; autologinUser?: string; autologinTimed?: boolean; guest?: boolean };

/** GDM custom.conf: `[daemon] AutomaticLoginEnable=true` + `AutomaticLogin=USER` (or the Timed variants). */
export const parseGdmConf = (path: string, text: string): LoginConfig => {
  const daemon = parseIni(text).filter((s) => s.name.toLowerCase() === 'daemon');
  const get = (k: string) => daemon.map((s) => s.values[k.toLowerCase()]).filter((v) => v !== undefined).pop();
  const config: LoginConfig = { path, manager: 'gdm' };
  if (iniTrue(get('AutomaticLoginEnable'))) config.autologinUser = get('AutomaticLogin') ?? '';
  else if (iniTrue(get('TimedLoginEnable'))) {
    config.autologinUser = get('TimedLogin') ?? '';
    config.autologinTimed = true;
  }
  return config;
};

/** SDDM: `[Autologin] User=NAME` (an empty User means off). */
export const parseSddmConf = (path: string, text: string): LoginConfig => {
  const user = parseIni(text)
    .filter((s) => s.name.toLowerCase() === 'autologin')
    .map((s) => s.values.user)
    .filter((v) => v !== undefined)
    .pop();
  return { path, manager: 'sddm', ...(user ? { autologinUser: user } : {}) };
};

/** LightDM: `[Seat:*]` / `[SeatDefaults]` `autologin-user=NAME`, `allow-guest=true|false`. */
export const parseLightdmConf = (path: string, text: string): LoginConfig => {
  const seats = parseIni(text).filter((s) => /^(seat:.*|seatdefaults)$/i.test(s.name));
  const last = (k: string) => seats.map((s) => s.values[k]).filter((v) => v !== undefined).pop();
  const user = last('autologin-user');
  const guest = last('allow-guest');
  return { path, manager: 'lightdm', ...(user ? { autologinUser: user } : {}), ...(guest !== undefined ? { guest: iniTrue(guest) } : {}) };
};

/** A systemd getty drop-in whose ExecStart passes `--autologin USER` (or `-a USER`) to agetty. */
export const parseGettyDropIn = (path: string, text: string): LoginConfig => {
  const exec = text.split(/\r?\n/).filter((l) => /^\s*ExecStart\s*=/.test(l)).pop() ?? '';
  const m = /(?:--autologin|\s-a)\s+(\S+)/.exec(exec);
  return { path, manager: 'getty', ...(m ? { autologinUser: m[1] } : {}) };
};

/** openSUSE /etc/sysconfig/displaymanager: `DISPLAYMANAGER_AUTOLOGIN="user"` (empty = off). */
export const parseSysconfigDisplayManager = (path: string, text: string): LoginConfig => {
  const m = /^\s*DISPLAYMANAGER_AUTOLOGIN\s*=\s*"?([^"\s]*)"?\s*$/m.exec(text);
  return { path, manager: 'sysconfig', ...(m?.[1] ? { autologinUser: m[1] } : {}) };
};

/**
 * `passwd -S -a` (root only): `NAME STATUS DATE ...` where STATUS is P (usable password),
 * L (locked) or NP (no password). Returns the accounts with no password.
 */
export const parsePasswdStatus = (stdout: string): string[] | undefined => {
  const rows = stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((r) => r.length >= 2 && r[0]);
  if (rows.length === 0 || !rows.every((r) => /^(P|PS|L|LK|NP)$/.test(r[1] ?? ''))) return undefined;
  return rows.filter((r) => r[1] === 'NP').map((r) => r[0] ?? '');
};

/** /etc/shadow: accounts whose password field is empty (sign in with no password). Hashes are never returned. */
export const parseShadowEmpty = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 2 && f[0] && f[1] === '')
    .map((f) => f[0] ?? '');
