/** Pure parsers for screen-lock settings on Windows, macOS and Linux. */

/** Values of HKCU\Control Panel\Desktop (or its policy twin) that decide the screen saver lock. */
export type ScreenSaverValues = { active: boolean | null; timeoutSeconds: number | null; secure: boolean | null; saver: string | null };

/** Plugged-in (AC) and battery (DC) values of one power setting. */
export type AcDc = { ac: number; dc: number };

/**
 * Reads the current AC and DC values from `powercfg /q[h] SCHEME_CURRENT SUB_x SETTING`. The labels are
 * translated (German "Index der aktuellen Wechselstromeinstellung"), so the last two hex values are
 * taken: powercfg always prints AC then DC after the range lines.
 */
export const parsePowercfgValues = (stdout: string): AcDc | undefined => {
  const values = [...stdout.matchAll(/:\s*0x([0-9a-f]+)\s*$/gim)].map((m) => Number.parseInt(m[1] ?? '', 16));
  if (values.length < 2) return undefined;
  const [ac, dc] = values.slice(-2) as [number, number];
  return { ac, dc };
};

/** Reads a bare integer such as `defaults -currentHost read com.apple.screensaver idleTime`. */
export const parseInteger = (stdout: string): number | undefined => {
  const text = stdout.trim();
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
};

/** Display-sleep and system-sleep minutes from `pmset -g` (0 means never). */
export type PmsetSleep = { displaySleepMinutes: number | null; sleepMinutes: number | null };

/** Parses `pmset -g` ("Currently in use:" lines such as " displaysleep         10"). */
export const parsePmset = (stdout: string): PmsetSleep | undefined => {
  const display = /^\s*displaysleep\s+(\d+)/m.exec(stdout);
  const sleep = /^\s*sleep\s+(\d+)(.*)$/m.exec(stdout);
  if (!display && !sleep) return undefined;
  // "sleep 1 (sleep prevented by sharingd, powerd)": the Mac will not actually sleep, so that timer locks nothing.
  const prevented = sleep !== null && /prevented/i.test(sleep[2] ?? '');
  return { displaySleepMinutes: display ? Number(display[1]) : null, sleepMinutes: sleep && !prevented ? Number(sleep[1]) : null };
};

/** Password after screen saver/display off: seconds of grace, or off. */
export type LockDelay = { kind: 'seconds'; seconds: number } | { kind: 'off' };

/**
 * Parses `sysadminctl -screenLock status`, which answers on stderr behind a log prefix:
 * "screenLock delay is immediate", "screenLock delay is 300 seconds", "screenLock is off";
 * a negative delay ("-1.000000 seconds") also means off.
 */
export const parseSysadminctlScreenLock = (text: string): LockDelay | undefined => {
  if (/screenLock is off/i.test(text)) return { kind: 'off' };
  if (/screenLock delay is immediate/i.test(text)) return { kind: 'seconds', seconds: 0 };
  const match = /screenLock delay is (-?\d+(?:\.\d+)?) seconds?/i.exec(text);
  if (!match) return undefined;
  const seconds = Number(match[1]);
  return seconds < 0 ? { kind: 'off' } : { kind: 'seconds', seconds: Math.round(seconds) };
};

/** Screen-saver settings a configuration profile (MDM) enforces; null fields are not managed. */
export type ManagedScreenSaver = { idleSeconds: number | null; askForPassword: boolean | null; askForPasswordDelay: number | null };

/** Reads a managed com.apple.screensaver plist (idleTime, askForPassword, askForPasswordDelay). */
export const parseManagedScreenSaver = (plist: unknown): ManagedScreenSaver | undefined => {
  if (!plist || typeof plist !== 'object' || Array.isArray(plist)) return undefined;
  const p = plist as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const ask = p.askForPassword === true || p.askForPassword === 1 ? true : p.askForPassword === false || p.askForPassword === 0 ? false : null;
  return { idleSeconds: num(p.idleTime), askForPassword: ask, askForPasswordDelay: num(p.askForPasswordDelay) };
};

/** Parses one `gsettings get` answer: "uint32 300", "true", "false". */
export const parseGsettingsValue = (stdout: string): number | boolean | undefined => {
  const text = stdout.trim();
  if (text === 'true' || text === 'false') return text === 'true';
  const match = /^(?:u?int(?:32|64)\s+)?(\d+)$/.exec(text);
  return match ? Number(match[1]) : undefined;
};

/** KDE's screen locker settings, with KDE's defaults filled in where the file is silent. */
export type KdeLockSettings = { autolock: boolean; timeoutMinutes: number; graceSeconds: number; lockOnResume: boolean };

/** Parses ~/.config/kscreenlockerrc ([Daemon] Autolock, Timeout, LockGrace, LockOnResume). */
export const parseKscreenlockerrc = (text: string): KdeLockSettings => {
  const daemon = /^\[Daemon\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? '';
  const get = (key: string): string | undefined => new RegExp(`^${key}=(.*)$`, 'm').exec(daemon)?.[1]?.trim();
  const num = (key: string, fallback: number): number => {
    const v = get(key);
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
  };
  // KDE defaults (kscreenlocker kscreensaversettings.kcfg): Autolock true, Timeout 5 min, LockGrace 5 s, LockOnResume true.
  return { autolock: get('Autolock') !== 'false', timeoutMinutes: num('Timeout', 5), graceSeconds: num('LockGrace', 5), lockOnResume: get('LockOnResume') !== 'false' };
};

/** Finds `TMOUT=N` (shell auto-logoff) in a profile script; undefined if absent. */
export const parseTmout = (script: string): number | undefined => {
  const match = /^\s*(?:(?:readonly|export|declare(?:\s+-\w+)*|typeset(?:\s+-\w+)*)\s+)*TMOUT=["']?(\d+)/m.exec(script);
  return match ? Number(match[1]) : undefined;
};

const DESKTOP_PROCESSES: readonly [RegExp, string][] = [
  [/^gnome-shell$/, 'GNOME'],
  [/^(plasmashell|ksmserver|kwin_x11|kwin_wayland)$/, 'KDE'],
  [/^xfce4-session$/, 'XFCE'],
  [/^(cinnamon|cinnamon-session)$/, 'X-Cinnamon'],
  [/^mate-session$/, 'MATE'],
  [/^lxqt-session$/, 'LXQt'],
  [/^(budgie-panel|budgie-wm)$/, 'Budgie'],
  [/^(sway|hyprland|Hyprland|labwc|wayfire)$/, 'wlroots'],
  [/^(Xorg|Xwayland|gdm-x-session|gdm-wayland-session)$/, 'unrecognized'],
];

/** Names a desktop from running process names (first match wins), or undefined when none runs. */
export const detectDesktop = (processNames: readonly string[]): string | undefined => {
  for (const [pattern, desktop] of DESKTOP_PROCESSES) if (processNames.some((n) => pattern.test(n))) return desktop;
  return undefined;
};
