/** What the screen-lock check asks, why, and how to fix it on each OS. */
import type { CheckMeta } from '../../types.js';

/** The longest idle time before the screen locks that passes (HHS and insurers commonly use 15 minutes). */
export const MAX_IDLE_SECONDS = 15 * 60;

/** Static description of the screen-lock check. */
export const screenLockMeta: CheckMeta = {
  id: 'screen-lock',
  title: 'Screen locks automatically when idle',
  group: 'device-posture',
  platforms: ['win32', 'darwin', 'linux'],
  safeguards: ['164.312(a)(2)(iii)', '164.310(c)'],
  insuranceControls: ['screen-lock'],
  rationale:
    'HIPAA asks for automatic logoff: a session left open at a front desk or exam room must lock itself after a short idle time and ask for the password again. This check passes when the screen locks, with a password, after 15 minutes of inactivity or less.',
  remediation: {
    win32: [
      'Open Start > Settings > Accounts > Sign-in options and set "If you\'ve been away, when should Windows require you to sign in again?" to "When PC wakes up from sleep".',
      'Open Start > Settings > System > Power & battery > Screen, sleep & hibernate timeouts and set sleep to 15 minutes or less (plugged in and on battery).',
      'Or set a locking screen saver: Settings > Personalization > Lock screen > Screen saver, choose a screen saver, Wait 10 minutes, tick "On resume, display logon screen".',
      'For all users at once (administrator): Local Security Policy > Local Policies > Security Options > "Interactive logon: Machine inactivity limit" = 900 seconds.',
    ],
    darwin: [
      'Open Apple menu > System Settings > Lock Screen and set "Start Screen Saver when inactive" and "Turn display off when inactive" to 10 minutes or less.',
      'In the same pane set "Require password after screen saver begins or display is turned off" to "Immediately".',
    ],
    linux: [
      'GNOME: Settings > Privacy > Screen Lock (or Screen): turn Automatic Screen Lock on and set Blank Screen Delay to 10 minutes or less; or run: gsettings set org.gnome.desktop.session idle-delay 600 && gsettings set org.gnome.desktop.screensaver lock-enabled true',
      'KDE Plasma: System Settings > Screen Locking: tick "Lock screen automatically" after 10 minutes and "after waking from sleep".',
      'Servers without a desktop: log idle shells off by adding "readonly TMOUT=900; export TMOUT" to a file in /etc/profile.d/.',
    ],
  },
};
