/** Collects screen-lock settings through the probe, as the signed-in user (nothing is changed). */
import type { Probe, RegistryResult, RunResult, SystemFacts } from '../../probe/probe.js';
import { regNumber, regString } from '../../probe/registry-parse.js';
import type { CollectContext } from '../../types.js';
import { commandOutput, type Probed } from '../shared/posture-1.js';
import type { LinuxScreenLockEvidence, MacScreenLockEvidence, ScreenLockEvidence, WindowsScreenLockEvidence } from './evidence.js';
import { detectDesktop, parseGsettingsValue, parseInteger, parseKscreenlockerrc, parsePmset, parsePowercfgValues, parseSysadminctlScreenLock, parseTmout, type AcDc, type ScreenSaverValues } from './parse.js';

const parsed = <T>(result: RunResult, parse: (text: string) => T | undefined, text = (r: RunResult) => r.stdout): Probed<T> => {
  const out = commandOutput(result);
  if (!out.ok) return out;
  const value = parse(text(result));
  return value === undefined ? { ok: false, error: 'failed', message: `unexpected output: ${`${result.stdout}${result.stderr}`.trim().slice(0, 200)}` } : { ok: true, value };
};

// A missing key or value is a fact (the setting is not set), not a failure.
const screenSaverFrom = (result: RegistryResult): Probed<ScreenSaverValues> => {
  if (!result.ok) return result.error === 'not-found' ? { ok: true, value: { active: null, timeoutSeconds: null, secure: null, saver: null } } : result;
  const key = result.keys[0];
  const flag = (name: string) => {
    const n = regNumber(key, name);
    return n === undefined ? null : n === 1;
  };
  return { ok: true, value: { active: flag('ScreenSaveActive'), timeoutSeconds: regNumber(key, 'ScreenSaveTimeOut') ?? null, secure: flag('ScreenSaverIsSecure'), saver: regString(key, 'SCRNSAVE.EXE') || null } };
};

// `/qh` also shows settings marked hidden (CONSOLELOCK often is); plain `/q` is the documented fallback.
const powercfg = async (probe: Probe, id: string, setting: string[]): Promise<Probed<AcDc>> => {
  const hidden = parsed(await probe.run(id, ['powercfg', '/qh', 'SCHEME_CURRENT', ...setting]), parsePowercfgValues);
  if (hidden.ok) return hidden;
  const plain = parsed(await probe.run(`${id}-q`, ['powercfg', '/q', 'SCHEME_CURRENT', ...setting]), parsePowercfgValues);
  if (plain.ok) return plain;
  // A replay without the fallback call: the first answer's reason is the informative one.
  return plain.error === 'not-recorded' ? hidden : plain;
};

const collectWindows = async (probe: Probe, system: SystemFacts): Promise<WindowsScreenLockEvidence> => {
  const [inactivity, desktop, policy, sleep, consoleLock, display] = await Promise.all([
    probe.registry('screen-lock.inactivity-policy', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System', { valueName: 'InactivityTimeoutSecs' }),
    probe.registry('screen-lock.desktop', 'HKCU\\Control Panel\\Desktop'),
    probe.registry('screen-lock.desktop-policy', 'HKCU\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop'),
    powercfg(probe, 'screen-lock.powercfg-sleep', ['SUB_SLEEP', 'STANDBYIDLE']),
    powercfg(probe, 'screen-lock.powercfg-consolelock', ['SUB_NONE', 'CONSOLELOCK']),
    powercfg(probe, 'screen-lock.powercfg-display', ['SUB_VIDEO', 'VIDEOIDLE']),
  ]);
  const machineInactivitySeconds: Probed<number | null> = inactivity.ok
    ? { ok: true, value: regNumber(inactivity.keys[0], 'InactivityTimeoutSecs') ?? null }
    : inactivity.error === 'not-found' ? { ok: true, value: null } : inactivity;
  return {
    platform: 'win32',
    user: system.username,
    machineInactivitySeconds,
    screenSaver: screenSaverFrom(desktop),
    screenSaverPolicy: screenSaverFrom(policy),
    sleepAfterSeconds: sleep,
    passwordOnWake: consoleLock,
    displayOffSeconds: display,
  };
};

const collectMac = async (probe: Probe, system: SystemFacts): Promise<MacScreenLockEvidence> => {
  const [idle, pmset, lock] = await Promise.all([
    probe.run('screen-lock.screensaver-idle', ['/usr/bin/defaults', '-currentHost', 'read', 'com.apple.screensaver', 'idleTime']),
    probe.run('screen-lock.pmset', ['/usr/bin/pmset', '-g']),
    probe.run('screen-lock.sysadminctl', ['/usr/sbin/sysadminctl', '-screenLock', 'status']),
  ]);
  // `defaults read` exits 1 with "does not exist" when the user never changed the setting.
  const unset = !idle.ok && /does not exist/i.test(idle.stderr);
  return {
    platform: 'darwin',
    user: system.username,
    elevated: system.elevated,
    screenSaverIdleSeconds: unset ? { ok: true, value: null } : parsed(idle, parseInteger),
    sleep: parsed(pmset, parsePmset),
    // sysadminctl prints its answer on stderr.
    lockDelay: parsed(lock, parseSysadminctlScreenLock, (r) => `${r.stderr}\n${r.stdout}`),
  };
};

const GNOME_LIKE = /gnome|unity|budgie|pop|ubuntu/i;

const readTmout = async (probe: Probe): Promise<LinuxScreenLockEvidence['tmout']> => {
  const listing = await probe.listDir('screen-lock.profile-d', '/etc/profile.d');
  const scripts = listing.ok ? listing.entries.filter((e) => e.name.endsWith('.sh')).map((e) => `/etc/profile.d/${e.name}`).slice(0, 50) : [];
  for (const file of ['/etc/profile', '/etc/bash.bashrc', ...scripts]) {
    const read = await probe.readFile('screen-lock.profile', file, { maxBytes: 256 * 1024 });
    const seconds = read.ok ? parseTmout(read.text) : undefined;
    if (seconds !== undefined) return { seconds, file };
  }
  return null;
};

const collectLinux = async (probe: Probe, system: SystemFacts): Promise<LinuxScreenLockEvidence> => {
  const processes = await probe.si<{ list?: { name?: string }[] }>('screen-lock.processes', 'processes');
  const names = processes.ok ? (processes.value.list ?? []).map((p) => p.name ?? '') : [];
  const fromEnv = system.env.XDG_CURRENT_DESKTOP || system.env.DESKTOP_SESSION || undefined;
  const fromProcesses = detectDesktop(names);
  const desktop = fromEnv ?? fromProcesses ?? null;
  const base = {
    platform: 'linux' as const,
    user: system.username,
    elevated: system.elevated,
    desktop,
    desktopSource: fromEnv ? ('environment' as const) : fromProcesses ? ('processes' as const) : null,
    processList: processes.ok ? { ok: true as const, value: names.length } : processes,
    tmout: await readTmout(probe),
  };
  // gsettings without a desktop session answers with schema defaults, so it is asked only when a desktop runs.
  if (desktop && GNOME_LIKE.test(desktop)) {
    const get = (id: string, schema: string, key: string) => probe.run(id, ['gsettings', 'get', schema, key]);
    const [idle, enabled, delay] = await Promise.all([
      get('screen-lock.gsettings-idle-delay', 'org.gnome.desktop.session', 'idle-delay'),
      get('screen-lock.gsettings-lock-enabled', 'org.gnome.desktop.screensaver', 'lock-enabled'),
      get('screen-lock.gsettings-lock-delay', 'org.gnome.desktop.screensaver', 'lock-delay'),
    ]);
    const num = (t: string) => { const v = parseGsettingsValue(t); return typeof v === 'number' ? v : undefined; };
    const bool = (t: string) => { const v = parseGsettingsValue(t); return typeof v === 'boolean' ? v : undefined; };
    return { ...base, gnome: { idleDelaySeconds: parsed(idle, num), lockEnabled: parsed(enabled, bool), lockDelaySeconds: parsed(delay, num) }, kde: null };
  }
  if (desktop && /kde|plasma/i.test(desktop)) {
    const configHome = system.env.XDG_CONFIG_HOME || `${system.homedir}/.config`;
    const rc = await probe.readFile('screen-lock.kscreenlockerrc', `${configHome}/kscreenlockerrc`);
    // No file means the user kept KDE's defaults.
    const kde = rc.ok ? { ok: true as const, value: parseKscreenlockerrc(rc.text) } : rc.error === 'not-found' ? { ok: true as const, value: parseKscreenlockerrc('') } : rc;
    return { ...base, gnome: null, kde };
  }
  return { ...base, gnome: null, kde: null };
};

/** Collects the screen-lock evidence for the scanned platform. */
export const collectScreenLock = async (ctx: CollectContext): Promise<ScreenLockEvidence> => {
  const system = await ctx.probe.system();
  if (ctx.platform === 'win32') return collectWindows(ctx.probe, system);
  if (ctx.platform === 'darwin') return collectMac(ctx.probe, system);
  return collectLinux(ctx.probe, system);
};
