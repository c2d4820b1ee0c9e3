/** Collects Linux screen-lock settings for the signed-in user (nothing is changed). */
import type { Probe, SystemFacts } from '../../probe/probe.js';
import { parsedRun } from '../shared/posture-1.js';
import type { LinuxScreenLockEvidence } from './evidence.js';
import { detectDesktop, parseGsettingsValue, parseKscreenlockerrc, parseTmout } from './parse.js';

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

/** Linux: desktop session, its lock settings (GNOME, Cinnamon, KDE) and shell TMOUT. */
export const collectLinuxScreenLock = async (probe: Probe, system: SystemFacts): Promise<LinuxScreenLockEvidence> => {
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
  const schema = desktop === null ? null : /cinnamon/i.test(desktop) ? 'org.cinnamon.desktop' : GNOME_LIKE.test(desktop) ? 'org.gnome.desktop' : null;
  if (schema) {
    const get = (id: string, group: string, key: string) => probe.run(id, ['gsettings', 'get', `${schema}.${group}`, key]);
    const [idle, enabled, delay] = await Promise.all([
      get('screen-lock.gsettings-idle-delay', 'session', 'idle-delay'),
      get('screen-lock.gsettings-lock-enabled', 'screensaver', 'lock-enabled'),
      get('screen-lock.gsettings-lock-delay', 'screensaver', 'lock-delay'),
    ]);
    const num = (t: string) => { const v = parseGsettingsValue(t); return typeof v === 'number' ? v : undefined; };
    const bool = (t: string) => { const v = parseGsettingsValue(t); return typeof v === 'boolean' ? v : undefined; };
    return { ...base, gnome: { schema, idleDelaySeconds: parsedRun(idle, num), lockEnabled: parsedRun(enabled, bool), lockDelaySeconds: parsedRun(delay, num) }, kde: null };
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

