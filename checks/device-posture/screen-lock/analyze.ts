/** Judges screen-lock evidence: locked with a password after at most 15 idle minutes. */
import { assertNever, type AnalyzeContext, type CheckOutcome } from '../../types.js';
import { reasonText } from '../shared/findings.js';
import { durationText, type Probed } from '../shared/posture-1.js';
import { analyzeWindowsScreenLock } from './analyze-windows.js';
import type { LinuxScreenLockEvidence, MacScreenLockEvidence, ScreenLockEvidence } from './evidence.js';
import type { LockDelay } from './parse.js';
import { MAX_IDLE_SECONDS } from './meta.js';
import { lockOutcome, whenText } from './outcome.js';

const failures = (parts: Record<string, Probed<unknown>>): string[] =>
  Object.entries(parts).flatMap(([name, p]) => (p.ok ? [] : [`${name}: ${reasonText(p)}`]));

// macOS uses 20 minutes when the user never changed the screen saver delay (CIS Apple macOS benchmark 2.10.1).
const MAC_DEFAULT_SCREENSAVER_SECONDS = 20 * 60;

// When sysadminctl cannot answer, an enforced profile still says whether a password is asked.
const managedLock = (e: MacScreenLockEvidence): LockDelay | undefined => {
  if (e.managed?.askForPassword === false) return { kind: 'off' };
  if (e.managed?.askForPassword === true) return { kind: 'seconds', seconds: e.managed.askForPasswordDelay ?? 0 };
  return undefined;
};

const analyzeMac = (e: MacScreenLockEvidence): CheckOutcome => {
  const evidence = { user: e.user, screenSaverIdleSeconds: e.screenSaverIdleSeconds, sleep: e.sleep, lockDelay: e.lockDelay, managed: e.managed };
  if (e.elevated) return lockOutcome('darwin', 'unknown', 'Screen lock not checked: the scan ran as root.', 'Screen-lock settings belong to the signed-in user, and this scan ran with sudo, so it would read the administrator account\'s settings instead. Run the scan again without sudo.', evidence);
  // A configuration profile's idleTime wins over the user's own choice.
  const saver = e.managed?.idleSeconds ?? (e.screenSaverIdleSeconds.ok ? (e.screenSaverIdleSeconds.value ?? MAC_DEFAULT_SCREENSAVER_SECONDS) : undefined);
  const positive = (n: number | null | undefined) => (n && n > 0 ? n : Infinity);
  const candidates = [saver === undefined ? undefined : positive(saver), e.sleep.ok ? positive((e.sleep.value.displaySleepMinutes ?? 0) * 60) : undefined, e.sleep.ok ? positive((e.sleep.value.sleepMinutes ?? 0) * 60) : undefined];
  const known = candidates.filter((c): c is number => c !== undefined);
  const idle = known.length > 0 ? Math.min(...known) : undefined;
  const lock = e.lockDelay.ok ? e.lockDelay.value : managedLock(e);
  const problems = failures({ ...(e.managed?.idleSeconds ? {} : { 'screen saver delay': e.screenSaverIdleSeconds }), 'display sleep': e.sleep, ...(lock ? {} : { 'password after lock': e.lockDelay }) });
  if (lock?.kind === 'off') return lockOutcome('darwin', 'fail', 'No password is asked after the screen saver or display sleep.', 'The Mac does not ask for the password when the screen saver starts or the display turns off, so anyone can resume the session.', evidence, { title: 'No password after screen saver or sleep' });
  if (idle !== undefined && !Number.isFinite(idle) && problems.length === 0) return lockOutcome('darwin', 'fail', 'The screen never locks on its own.', 'The screen saver and display sleep are both set to never, so an unattended session stays open.', evidence);
  if (idle !== undefined && lock) {
    const total = idle + lock.seconds;
    const text = `The screen locks ${whenText(total)} of inactivity (screen saver or display off ${whenText(idle)}, password ${lock.seconds === 0 ? 'immediately' : `after ${durationText(lock.seconds)} more`}).`;
    // An idle time read from only some sources can only get shorter, so a pass stands.
    if (total <= MAX_IDLE_SECONDS) return { status: 'pass', summary: text, findings: [] };
    if (problems.length === 0) return lockOutcome('darwin', 'fail', text, `${text} That is longer than 15 minutes.`, evidence);
  }
  if (idle !== undefined && idle > MAX_IDLE_SECONDS && problems.length === 0) return lockOutcome('darwin', 'fail', `The screen stays on ${whenText(idle)}.`, `Neither the screen saver nor display sleep starts within 15 minutes (${whenText(idle)}).`, evidence);
  return lockOutcome('darwin', 'unknown', 'Could not determine when the screen locks.', `Could not read every screen-lock setting: ${problems.join('; ')}.`, evidence);
};

const analyzeLinux = (e: LinuxScreenLockEvidence): CheckOutcome => {
  const evidence = { user: e.user, desktop: e.desktop, desktopSource: e.desktopSource, gnome: e.gnome, kde: e.kde, tmout: e.tmout };
  if (e.desktop === null) {
    if (!e.processList.ok) return lockOutcome('linux', 'unknown', 'Could not tell whether a desktop session runs.', `The running programs could not be listed (${reasonText(e.processList)}), so the desktop session and its lock settings are unknown.`, evidence);
    if (e.tmout && e.tmout.seconds > 0 && e.tmout.seconds <= MAX_IDLE_SECONDS) return { status: 'pass', summary: `No desktop session; idle shell logins end after ${durationText(e.tmout.seconds)} (TMOUT in ${e.tmout.file}).`, findings: [] };
    const tmout = e.tmout ? `Idle shell logins end only after ${durationText(e.tmout.seconds)} (TMOUT in ${e.tmout.file}).` : 'Idle shell logins are never ended automatically (no TMOUT is set).';
    return lockOutcome('linux', 'unknown', 'No desktop session: this computer looks like a server, so there is no screen lock to check.', `No graphical desktop session is running (no desktop environment variables, no desktop programs), so this looks like a server or a headless machine and there is no screen lock to check. ${tmout} If people sign in to a desktop on this computer, run the scan from inside that desktop session.`, evidence, { severity: 'low', title: 'No desktop session to check' });
  }
  if (e.elevated) return lockOutcome('linux', 'unknown', 'Screen lock not checked: the scan ran as root.', 'Desktop lock settings belong to the signed-in user, and this scan ran as root, so it would read root\'s settings instead. Run the scan again as the desktop user, without sudo.', evidence);
  if (e.gnome) {
    const { idleDelaySeconds: idle, lockEnabled, lockDelaySeconds: delay } = e.gnome;
    if (lockEnabled.ok && !lockEnabled.value) return lockOutcome('linux', 'fail', 'Automatic screen lock is off.', 'The desktop blanks the screen when idle but does not lock it, so anyone can resume the session without a password.', evidence, { title: 'Automatic screen lock is off' });
    if (idle.ok && idle.value === 0) return lockOutcome('linux', 'fail', 'The screen never blanks or locks on its own.', 'The idle delay is set to never, so an unattended session stays open.', evidence);
    if (idle.ok && lockEnabled.ok && delay.ok) {
      const total = idle.value + delay.value;
      const text = `The screen locks ${whenText(total)} of inactivity.`;
      return total <= MAX_IDLE_SECONDS ? { status: 'pass', summary: text, findings: [] } : lockOutcome('linux', 'fail', text, `${text} That is longer than 15 minutes.`, evidence);
    }
    return lockOutcome('linux', 'unknown', 'Could not determine when the screen locks.', `Could not read the desktop's lock settings: ${failures({ 'idle-delay': idle, 'lock-enabled': lockEnabled, 'lock-delay': delay }).join('; ')}.`, evidence);
  }
  if (e.kde) {
    if (!e.kde.ok) return lockOutcome('linux', 'unknown', 'Could not determine when the screen locks.', `Could not read KDE's screen locker settings: ${reasonText(e.kde)}.`, evidence);
    const kde = e.kde.value;
    if (!kde.autolock) return lockOutcome('linux', 'fail', 'Automatic screen lock is off.', 'KDE\'s "Lock screen automatically" is off, so an unattended session stays open.', evidence, { title: 'Automatic screen lock is off' });
    const total = kde.timeoutMinutes * 60 + kde.graceSeconds;
    const text = `The screen locks ${whenText(total)} of inactivity.`;
    return total <= MAX_IDLE_SECONDS ? { status: 'pass', summary: text, findings: [] } : lockOutcome('linux', 'fail', text, `${text} That is longer than 15 minutes.`, evidence);
  }
  return lockOutcome('linux', 'unknown', `Could not check the ${e.desktop} desktop's screen lock.`, `This scan reads screen-lock settings for GNOME, Cinnamon and KDE; the ${e.desktop} desktop's settings are not read yet. Check its screen-saver or lock settings by hand.`, evidence);
};

/** Turns screen-lock evidence into an outcome (pure). */
export const analyzeScreenLock = (evidence: ScreenLockEvidence, _ctx: AnalyzeContext): CheckOutcome => {
  switch (evidence.platform) {
    case 'win32':
      return analyzeWindowsScreenLock(evidence);
    case 'darwin':
      return analyzeMac(evidence);
    case 'linux':
      return analyzeLinux(evidence);
    default:
      return assertNever(evidence);
  }
};
