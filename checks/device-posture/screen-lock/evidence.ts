/** What the screen-lock collector hands to analyze (plain JSON). */
import type { Probed } from '../shared/posture-1.js';
import type { AcDc, KdeLockSettings, LockDelay, ManagedScreenSaver, PmsetSleep, ScreenSaverValues } from './parse.js';

/** Windows: the signed-in user's screen saver, the machine inactivity limit and power settings. */
export type WindowsScreenLockEvidence = {
  platform: 'win32';
  user: string;
  /** HKLM ... Policies\System InactivityTimeoutSecs; null when not set. */
  machineInactivitySeconds: Probed<number | null>;
  screenSaver: Probed<ScreenSaverValues>;
  /** Group Policy values under HKCU\Software\Policies\...\Control Panel\Desktop; they win over the user's. */
  screenSaverPolicy: Probed<ScreenSaverValues>;
  sleepAfterSeconds: Probed<AcDc>;
  /** CONSOLELOCK: 1 = sign-in required on wake. */
  passwordOnWake: Probed<AcDc>;
  displayOffSeconds: Probed<AcDc>;
};

/** macOS: screen saver idle time, display/system sleep and the password-after-lock delay. */
export type MacScreenLockEvidence = {
  platform: 'darwin';
  user: string;
  elevated: boolean | null;
  /** Seconds; null when the user never changed it (macOS then uses 20 minutes). */
  screenSaverIdleSeconds: Probed<number | null>;
  sleep: Probed<PmsetSleep>;
  lockDelay: Probed<LockDelay>;
  /** Values a configuration profile enforces (per-user profile first, then device); null when none is installed. */
  managed: ManagedScreenSaver | null;
};

/** Linux: which desktop runs, its lock settings, and shell auto-logoff (TMOUT). */
export type LinuxScreenLockEvidence = {
  platform: 'linux';
  user: string;
  elevated: boolean | null;
  /** Desktop named by XDG_CURRENT_DESKTOP/DESKTOP_SESSION or by its running processes; null for none. */
  desktop: string | null;
  desktopSource: 'environment' | 'processes' | null;
  processList: Probed<number>;
  /** GNOME-family or Cinnamon settings (same keys under a different schema). */
  gnome: { schema: string; idleDelaySeconds: Probed<number>; lockEnabled: Probed<boolean>; lockDelaySeconds: Probed<number> } | null;
  kde: Probed<KdeLockSettings> | null;
  /** Shell TMOUT from /etc/profile, /etc/bash.bashrc or /etc/profile.d. */
  tmout: { seconds: number; file: string } | null;
};

/** Evidence for one scan, by platform. */
export type ScreenLockEvidence = WindowsScreenLockEvidence | MacScreenLockEvidence | LinuxScreenLockEvidence;
