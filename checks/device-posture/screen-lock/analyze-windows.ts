/** Judges Windows screen-lock evidence: inactivity limit, locking screen saver, or sleep with sign-in on wake. */
import type { CheckOutcome } from '../../types.js';
import { reasonText } from '../shared/findings.js';
import { type Probed } from '../shared/posture-1.js';
import type { WindowsScreenLockEvidence } from './evidence.js';
import { MAX_IDLE_SECONDS } from './meta.js';
import { lockOutcome, whenText } from './outcome.js';
import type { AcDc, ScreenSaverValues } from './parse.js';

/** One way Windows can lock an idle session: after how long, and whether it asks for the password. */
type Mechanism = { name: string; afterSeconds: number; password: boolean | null };

// Group Policy values win over the user's own choice, value by value.
const effectiveSaver = (user: ScreenSaverValues, policy: ScreenSaverValues): ScreenSaverValues => ({
  active: policy.active ?? user.active,
  timeoutSeconds: policy.timeoutSeconds ?? user.timeoutSeconds,
  secure: policy.secure ?? user.secure,
  saver: policy.saver ?? user.saver,
});

// Laptops use the battery (DC) value when unplugged; the longer of the two is what the practice can count on.
const worst = (v: AcDc): number => (v.ac === 0 || v.dc === 0 ? Infinity : Math.max(v.ac, v.dc));

const mechanisms = (e: WindowsScreenLockEvidence): Mechanism[] => {
  const found: Mechanism[] = [];
  if (e.machineInactivitySeconds.ok && e.machineInactivitySeconds.value) found.push({ name: 'machine inactivity limit', afterSeconds: e.machineInactivitySeconds.value, password: true });
  if (e.screenSaver.ok && e.screenSaverPolicy.ok) {
    const s = effectiveSaver(e.screenSaver.value, e.screenSaverPolicy.value);
    if (s.active !== false && s.saver && s.timeoutSeconds && s.timeoutSeconds > 0) found.push({ name: 'screen saver', afterSeconds: s.timeoutSeconds, password: s.secure === true });
  }
  if (e.sleepAfterSeconds.ok && Number.isFinite(worst(e.sleepAfterSeconds.value))) {
    const wake = e.passwordOnWake.ok ? e.passwordOnWake.value.ac === 1 && e.passwordOnWake.value.dc === 1 : null;
    found.push({ name: 'sleep', afterSeconds: worst(e.sleepAfterSeconds.value), password: wake });
  }
  return found;
};

const describe = (e: WindowsScreenLockEvidence): string => {
  const parts: string[] = [];
  if (e.machineInactivitySeconds.ok) parts.push(e.machineInactivitySeconds.value ? `Machine inactivity limit: ${whenText(e.machineInactivitySeconds.value)}.` : 'Machine inactivity limit: not set.');
  if (e.screenSaver.ok && e.screenSaverPolicy.ok) {
    const s = effectiveSaver(e.screenSaver.value, e.screenSaverPolicy.value);
    parts.push(s.active === false || !s.saver || !s.timeoutSeconds ? 'Screen saver: none.' : `Screen saver: starts ${whenText(s.timeoutSeconds)}, ${s.secure ? 'asks' : 'does not ask'} for the password on resume.`);
  }
  if (e.sleepAfterSeconds.ok) {
    const { ac, dc } = e.sleepAfterSeconds.value;
    parts.push(`Sleep: ${whenText(ac || Infinity)} plugged in, ${whenText(dc || Infinity)} on battery.`);
  }
  if (e.passwordOnWake.ok) parts.push(`Sign-in on wake: ${e.passwordOnWake.value.ac === 1 && e.passwordOnWake.value.dc === 1 ? 'required' : 'not always required'}.`);
  return parts.join(' ');
};

const problemsOf = (e: WindowsScreenLockEvidence): string[] => {
  const parts: Record<string, Probed<unknown>> = {
    'machine inactivity limit': e.machineInactivitySeconds,
    'screen saver': e.screenSaver,
    'screen saver policy': e.screenSaverPolicy,
    'sleep timeout': e.sleepAfterSeconds,
    'sign-in on wake': e.passwordOnWake,
  };
  return Object.entries(parts).flatMap(([name, p]) => (p.ok ? [] : [`${name}: ${reasonText(p)}`]));
};

/** Windows verdict: passes when any password-protected lock starts within 15 idle minutes. */
export const analyzeWindowsScreenLock = (e: WindowsScreenLockEvidence): CheckOutcome => {
  const found = mechanisms(e);
  const evidence = { user: e.user, mechanisms: found, machineInactivitySeconds: e.machineInactivitySeconds, screenSaver: e.screenSaver, screenSaverPolicy: e.screenSaverPolicy, sleepAfterSeconds: e.sleepAfterSeconds, passwordOnWake: e.passwordOnWake, displayOffSeconds: e.displayOffSeconds };
  const locking = found.filter((m) => m.password === true).sort((a, b) => a.afterSeconds - b.afterSeconds);
  const best = locking[0];
  if (best && best.afterSeconds <= MAX_IDLE_SECONDS) return { status: 'pass', summary: `The screen locks ${whenText(best.afterSeconds)} of inactivity (${best.name}) for ${e.user}.`, findings: [] };
  const problems = problemsOf(e);
  const maybe = found.some((m) => m.password === null && m.afterSeconds <= MAX_IDLE_SECONDS);
  const facts = describe(e);
  if (problems.length > 0 || maybe) {
    const why = problems.length > 0 ? `Could not read: ${problems.join('; ')}.` : 'The computer sleeps within 15 minutes, but whether it asks for the password on wake could not be read.';
    return lockOutcome('win32', 'unknown', 'Could not determine whether the screen locks within 15 minutes.', `${why} ${facts}`.trim(), evidence);
  }
  const summary = best ? `The screen locks only ${whenText(best.afterSeconds)} of inactivity.` : 'Nothing locks the screen when the computer is left idle.';
  return lockOutcome('win32', 'fail', summary, `${summary} ${facts} An unattended session stays open to anyone for longer than 15 minutes.`, evidence);
};
