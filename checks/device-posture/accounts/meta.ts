/** Static description of the accounts check. */
import { PLATFORMS, type CheckMeta } from '../../types.js';

/** Meta for `accounts`: automatic login, guest account, local administrator, accounts without passwords. */
export const ACCOUNTS_META: CheckMeta = {
  id: 'accounts',
  title: 'Sign-in and accounts (automatic login, guest, administrator rights, blank passwords)',
  group: 'device-posture',
  platforms: PLATFORMS,
  safeguards: ['164.312(d)', '164.312(a)(2)(i)', '164.310(c)', '164.308(a)(5)(ii)(D)', '164.308(a)(4)(ii)(B)'],
  insuranceControls: ['account-security', 'least-privilege'],
  rationale:
    'A laptop that signs in by itself, offers a guest account or has an account with no password gives anyone who picks it up the same access as the clinician, and encryption no longer helps once the session is open. Working day to day as an administrator lets malware take over the whole machine; insurers ask about both.',
  remediation: {
    win32: ['Turn off automatic sign-in (netplwiz), disable the Guest account, give every account a password and do daily work in a Standard account.'],
    darwin: ['System Settings > Users & Groups: turn off automatic login and the Guest User, and do daily work in a Standard account.'],
    linux: ['Turn off automatic login in the display manager, disable LightDM guest sessions, lock or set passwords on accounts without one and keep the daily account out of sudo/wheel.'],
  },
  benefitsFromAdmin: true,
};
