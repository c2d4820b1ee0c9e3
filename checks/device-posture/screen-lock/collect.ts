/** Collects screen-lock settings through the probe, as the signed-in user (nothing is changed). */
import type { Probe, RegistryResult, SystemFacts } from '../../probe/probe.js';
import { regNumber, regString } from '../../probe/registry-parse.js';
import type { CollectContext } from '../../types.js';
import { parsedRun, type Probed } from '../shared/posture-1.js';
import { collectLinuxScreenLock } from './collect-linux.js';
import type { MacScreenLockEvidence, ScreenLockEvidence, WindowsScreenLockEvidence } from './evidence.js';
import { parseInteger, parseManagedScreenSaver, parsePmset, parsePowercfgValues, parseSysadminctlScreenLock, type AcDc, type ScreenSaverValues } from './parse.js';

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
  const hidden = parsedRun(await probe.run(id, ['powercfg', '/qh', 'SCHEME_CURRENT', ...setting]), parsePowercfgValues);
  if (hidden.ok) return hidden;
  const plain = parsedRun(await probe.run(`${id}-q`, ['powercfg', '/q', 'SCHEME_CURRENT', ...setting]), parsePowercfgValues);
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
  const [idle, pmset, lock, userProfile, deviceProfile] = await Promise.all([
    probe.run('screen-lock.screensaver-idle', ['/usr/bin/defaults', '-currentHost', 'read', 'com.apple.screensaver', 'idleTime']),
    probe.run('screen-lock.pmset', ['/usr/bin/pmset', '-g']),
    probe.run('screen-lock.sysadminctl', ['/usr/sbin/sysadminctl', '-screenLock', 'status']),
    probe.plist('screen-lock.managed-user', `/Library/Managed Preferences/${system.username}/com.apple.screensaver.plist`),
    probe.plist('screen-lock.managed-device', '/Library/Managed Preferences/com.apple.screensaver.plist'),
  ]);
  const managed = (userProfile.ok ? parseManagedScreenSaver(userProfile.value) : undefined) ?? (deviceProfile.ok ? parseManagedScreenSaver(deviceProfile.value) : undefined) ?? null;
  // `defaults read` exits 1 with "does not exist" when the user never changed the setting.
  const unset = !idle.ok && /does not exist/i.test(idle.stderr);
  return {
    platform: 'darwin',
    user: system.username,
    elevated: system.elevated,
    screenSaverIdleSeconds: unset ? { ok: true, value: null } : parsedRun(idle, parseInteger),
    sleep: parsedRun(pmset, parsePmset),
    // sysadminctl prints its answer on stderr.
    lockDelay: parsedRun(lock, parseSysadminctlScreenLock, (r) => `${r.stderr}\n${r.stdout}`),
    managed,
  };
};

/** Collects the screen-lock evidence for the scanned platform. */
export const collectScreenLock = async (ctx: CollectContext): Promise<ScreenLockEvidence> => {
  const system = await ctx.probe.system();
  if (ctx.platform === 'win32') return collectWindows(ctx.probe, system);
  if (ctx.platform === 'darwin') return collectMac(ctx.probe, system);
  return collectLinuxScreenLock(ctx.probe, system);
};
