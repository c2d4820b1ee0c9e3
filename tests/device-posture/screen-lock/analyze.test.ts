import { describe, expect, it } from 'vitest';
import { analyzeScreenLock } from '../../../checks/device-posture/screen-lock/analyze.js';
import type { LinuxScreenLockEvidence, MacScreenLockEvidence, ScreenLockEvidence, WindowsScreenLockEvidence } from '../../../checks/device-posture/screen-lock/evidence.js';

const ctx = { platform: 'win32' as const, now: new Date('2026-11-20T10:00:00Z'), evidenceOf: () => undefined };
const v = <T>(value: T) => ({ ok: true as const, value });
const denied = { ok: false as const, error: 'denied' as const, message: 'Access is denied.' };
const noSaver = { active: null, timeoutSeconds: null, secure: null, saver: null };

const win = (over: Partial<WindowsScreenLockEvidence>): ScreenLockEvidence => ({
  platform: 'win32',
  user: 'amy',
  machineInactivitySeconds: v(null),
  screenSaver: v(noSaver),
  screenSaverPolicy: v(noSaver),
  sleepAfterSeconds: v({ ac: 0, dc: 0 }),
  passwordOnWake: v({ ac: 1, dc: 1 }),
  displayOffSeconds: v({ ac: 600, dc: 300 }),
  ...over,
});
const mac = (over: Partial<MacScreenLockEvidence>): ScreenLockEvidence => ({
  platform: 'darwin', user: 'amy', elevated: false, screenSaverIdleSeconds: v(600), sleep: v({ displaySleepMinutes: 10, sleepMinutes: 1 }), lockDelay: v({ kind: 'seconds', seconds: 0 }), managed: null, ...over,
});
const linux = (over: Partial<LinuxScreenLockEvidence>): ScreenLockEvidence => ({
  platform: 'linux', user: 'amy', elevated: false, desktop: 'GNOME', desktopSource: 'environment', processList: v(120), gnome: { schema: 'org.gnome.desktop', idleDelaySeconds: v(300), lockEnabled: v(true), lockDelaySeconds: v(0) }, kde: null, tmout: null, ...over,
});
const secureSaver = (timeoutSeconds: number, secure = true) => v({ active: true, timeoutSeconds, secure, saver: 'C:\\Windows\\system32\\scrnsave.scr' });

describe('analyzeScreenLock verdicts', () => {
  it.each<[string, ScreenLockEvidence, string, string?]>([
    ['Windows secure screen saver 10 min', win({ screenSaver: secureSaver(600) }), 'pass'],
    ['Windows machine inactivity limit 900 s', win({ machineInactivitySeconds: v(900) }), 'pass'],
    ['Windows sleep 10 min with sign-in on wake', win({ sleepAfterSeconds: v({ ac: 600, dc: 300 }) }), 'pass'],
    ['Windows sleep 10 min without sign-in on wake', win({ sleepAfterSeconds: v({ ac: 600, dc: 300 }), passwordOnWake: v({ ac: 0, dc: 0 }) }), 'fail', 'not always required'],
    ['Windows screen saver without password', win({ screenSaver: secureSaver(300, false) }), 'fail', 'does not ask'],
    ['Windows secure screen saver 30 min', win({ screenSaver: secureSaver(1800) }), 'fail', 'after 30 minutes'],
    ['Windows policy wins over user', win({ screenSaver: secureSaver(3600), screenSaverPolicy: v({ active: null, timeoutSeconds: 600, secure: null, saver: null }) }), 'pass'],
    ['Windows nothing locks', win({}), 'fail', 'Nothing locks'],
    ['Windows sleep on battery only', win({ sleepAfterSeconds: v({ ac: 0, dc: 300 }) }), 'fail'],
    ['Windows registry unreadable', win({ screenSaver: denied }), 'unknown', 'permission was denied'],
    ['Windows sign-in on wake unreadable', win({ sleepAfterSeconds: v({ ac: 600, dc: 600 }), passwordOnWake: denied }), 'unknown'],
    ['macOS display sleep 10 min, password immediately', mac({}), 'pass'],
    ['macOS defaults never set (20 min) but display sleep 10', mac({ screenSaverIdleSeconds: v(null) }), 'pass'],
    ['macOS password after 5 min, saver 20 min, display 20', mac({ screenSaverIdleSeconds: v(1200), sleep: v({ displaySleepMinutes: 20, sleepMinutes: 0 }), lockDelay: v({ kind: 'seconds', seconds: 300 }) }), 'fail', '25 minutes'],
    ['macOS lock off', mac({ lockDelay: v({ kind: 'off' }) }), 'fail', 'does not ask'],
    ['macOS never sleeps', mac({ screenSaverIdleSeconds: v(0), sleep: v({ displaySleepMinutes: 0, sleepMinutes: 0 }) }), 'fail', 'never'],
    ['macOS sysadminctl unreadable but long idle', mac({ screenSaverIdleSeconds: v(3600), sleep: v({ displaySleepMinutes: 60, sleepMinutes: 0 }), lockDelay: denied }), 'unknown'],
    ['macOS profile enforces 10 min over the user\'s hour', mac({ screenSaverIdleSeconds: v(3600), sleep: v({ displaySleepMinutes: 0, sleepMinutes: 0 }), managed: { idleSeconds: 600, askForPassword: null, askForPasswordDelay: null } }), 'pass'],
    ['macOS sysadminctl unreadable, profile asks for password after 5 s', mac({ lockDelay: denied, managed: { idleSeconds: null, askForPassword: true, askForPasswordDelay: 5 } }), 'pass'],
    ['macOS sysadminctl unreadable, profile turns password off', mac({ lockDelay: denied, managed: { idleSeconds: null, askForPassword: false, askForPasswordDelay: null } }), 'fail', 'does not ask'],
    ['macOS scanned with sudo', mac({ elevated: true }), 'unknown', 'sudo'],
    ['GNOME 5 min, lock on', linux({}), 'pass'],
    ['GNOME lock off', linux({ gnome: { schema: 'org.gnome.desktop', idleDelaySeconds: v(300), lockEnabled: v(false), lockDelaySeconds: v(0) } }), 'fail', 'does not lock'],
    ['GNOME idle never', linux({ gnome: { schema: 'org.gnome.desktop', idleDelaySeconds: v(0), lockEnabled: v(true), lockDelaySeconds: v(0) } }), 'fail', 'never'],
    ['GNOME 15 min + 30 s grace', linux({ gnome: { schema: 'org.gnome.desktop', idleDelaySeconds: v(900), lockEnabled: v(true), lockDelaySeconds: v(30) } }), 'fail'],
    ['GNOME unreadable', linux({ gnome: { schema: 'org.gnome.desktop', idleDelaySeconds: denied, lockEnabled: v(true), lockDelaySeconds: v(0) } }), 'unknown'],
    ['KDE defaults', linux({ desktop: 'KDE', gnome: null, kde: v({ autolock: true, timeoutMinutes: 5, graceSeconds: 5, lockOnResume: true }) }), 'pass'],
    ['KDE autolock off', linux({ desktop: 'KDE', gnome: null, kde: v({ autolock: false, timeoutMinutes: 5, graceSeconds: 5, lockOnResume: true }) }), 'fail'],
    ['XFCE not read yet', linux({ desktop: 'XFCE', gnome: null }), 'unknown', 'XFCE'],
    ['desktop as root', linux({ elevated: true }), 'unknown', 'root'],
    ['server without TMOUT', linux({ desktop: null, desktopSource: null, gnome: null }), 'unknown', 'server'],
    ['server with TMOUT 900', linux({ desktop: null, desktopSource: null, gnome: null, tmout: { seconds: 900, file: '/etc/profile.d/tmout.sh' } }), 'pass'],
    ['server, process list failed', linux({ desktop: null, desktopSource: null, gnome: null, processList: denied }), 'unknown', 'could not be listed'],
  ])('%s', (_name, evidence, status, text) => {
    const outcome = analyzeScreenLock(evidence, ctx);
    expect(outcome.status).toBe(status);
    if (status === 'pass') expect(outcome.findings).toEqual([]);
    else {
      expect(outcome.findings).toHaveLength(1);
      expect(outcome.findings[0]?.id).toBe('screen-lock:idle-lock');
      expect(outcome.findings[0]?.safeguards).toContain('164.312(a)(2)(iii)');
      if (text) expect(`${outcome.summary} ${outcome.findings[0]?.description}`).toContain(text);
    }
  });
});
