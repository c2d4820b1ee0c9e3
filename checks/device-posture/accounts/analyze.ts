/** Turns accounts evidence into findings (pure). */
import type { AnalyzeContext, CheckOutcome, Finding, Platform } from '../../types.js';
import { elevationHint } from '../../elevation.js';
import { makeFinding } from '../shared/findings.js';
import { outcomeOf } from '../shared/posture2-common.js';
import type { AccountsEvidence } from './collect.js';
import { ACCOUNTS_META as META } from './meta.js';

const base = { ...META, insuranceControls: ['account-security'] };
const AUTH = ['164.312(d)', '164.310(c)', '164.308(a)(5)(ii)(D)'];

const FIX: Record<'autoLogin' | 'storedPassword' | 'guest' | 'admin' | 'blank', Record<Platform, string[]>> = {
  autoLogin: {
    win32: ['Press Win+R, type `netplwiz`, tick "Users must enter a user name and password to use this computer" and click OK.', 'Or set HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\AutoAdminLogon to 0 and delete the DefaultPassword value.'],
    darwin: ['Open System Settings > Users & Groups and set "Automatically log in as" to Off.', 'Or in Terminal: `sudo defaults delete /Library/Preferences/com.apple.loginwindow autoLoginUser` and `sudo rm /etc/kcpassword`.'],
    linux: ['GNOME: Settings > Users > turn off "Automatic Login" (or set AutomaticLoginEnable=false in /etc/gdm3/custom.conf).', 'KDE: System Settings > Login Screen (SDDM) > Behavior > untick "Automatically log in"; LightDM: remove autologin-user from /etc/lightdm/lightdm.conf; getty: remove --autologin from the getty@tty1 drop-in.'],
  },
  storedPassword: {
    win32: ['Delete the value HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\DefaultPassword (regedit, as an administrator), then change that account\'s password because it was stored readable.'],
    darwin: ['Turn off automatic login (System Settings > Users & Groups), which removes /etc/kcpassword, then change that account\'s password.'],
    linux: ['Remove the stored password from the display-manager configuration and change that account\'s password.'],
  },
  guest: {
    win32: ['Open Computer Management > Local Users and Groups > Users, open Guest and tick "Account is disabled".', 'Or as an administrator: `net user Guest /active:no`.'],
    darwin: ['Open System Settings > Users & Groups > Guest User and turn off "Allow guests to log in to this computer".'],
    linux: ['Set `allow-guest=false` in the [Seat:*] section of /etc/lightdm/lightdm.conf (or a file in /etc/lightdm/lightdm.conf.d/) and restart LightDM.'],
  },
  admin: {
    win32: ['Create a separate administrator account for installs and changes (Settings > Accounts > Other users).', 'Then make the everyday account a Standard user: Settings > Accounts > Other users > (account) > Change account type > Standard User.'],
    darwin: ['Create a separate administrator account (System Settings > Users & Groups > Add User, type Administrator).', 'Then sign in as that admin and turn off "Allow this user to administer this computer" for the everyday account.'],
    linux: ['Create a separate administrator account, then remove the everyday account from the sudo/wheel group: `sudo gpasswd -d USER sudo` (or `wheel`).'],
  },
  blank: {
    win32: ['Give every enabled account a password: Settings > Accounts > Sign-in options > Password.', 'Require passwords for the flagged accounts as an administrator: `net user NAME /passwordreq:yes`.'],
    darwin: ['Give every account a password: System Settings > Users & Groups > (account) > Change Password.'],
    linux: ['Set a password (`sudo passwd NAME`) or lock the account (`sudo passwd -l NAME`) for each account listed.'],
  },
};

// How a person answers the question when the scan could not.
const BY_HAND: Record<'auto-login' | 'guest' | 'local-admin' | 'blank-passwords', Record<Platform, string>> = {
  'auto-login': {
    win32: 'To check by hand: press Win+R, type `netplwiz`; if "Users must enter a user name and password to use this computer" is unticked, automatic login is on.',
    darwin: 'To check by hand: System Settings > Users & Groups > "Automatically log in as" should say Off.',
    linux: 'To check by hand: GNOME Settings > Users > "Automatic Login" (or KDE System Settings > Login Screen > Behavior) should be off.',
  },
  guest: {
    win32: 'To check by hand: Computer Management > Local Users and Groups > Users > Guest should show "Account is disabled".',
    darwin: 'To check by hand: System Settings > Users & Groups > Guest User should be off.',
    linux: 'To check by hand: look for `allow-guest=true` in /etc/lightdm/lightdm.conf and /etc/lightdm/lightdm.conf.d/.',
  },
  'local-admin': {
    win32: 'To check by hand: sign in as the everyday user and open Settings > Accounts > Your info; "Administrator" under the name means admin rights.',
    darwin: 'To check by hand: sign in as the everyday user and open System Settings > Users & Groups; "Admin" under the name means admin rights. Or run the scan as that user, without sudo.',
    linux: 'To check by hand: run `id` as the everyday user (without sudo); membership of sudo, wheel or admin means admin rights. Or run the scan as that user.',
  },
  'blank-passwords': {
    win32: 'To check by hand: in Computer Management > Local Users and Groups > Users, make sure every enabled account has a password set.',
    darwin: 'To check by hand: make sure every account in System Settings > Users & Groups has a password (each person can confirm theirs).',
    linux: 'To check by hand: run `sudo passwd -S -a`; any account marked NP has no password.',
  },
};

/** Analyzes the accounts evidence. */
export const analyzeAccounts = (e: AccountsEvidence, ctx: AnalyzeContext): CheckOutcome => {
  const p = ctx.platform;
  const findings: Finding[] = [];
  const unknown = (subject: keyof typeof BY_HAND, title: string, reason: string, needsAdmin = false, controls = ['account-security']) =>
    findings.push(
      makeFinding(base, p, {
        subject,
        status: 'unknown',
        severity: 'medium',
        title,
        description: `Could not determine: ${reason}`,
        remediation: [...(needsAdmin ? [elevationHint(p, META.id)] : []), BY_HAND[subject][p]],
        needsAdmin,
        insuranceControls: controls,
      }),
    );

  const a = e.autoLogin;
  if (a.state === 'on') {
    findings.push(
      makeFinding(base, p, {
        subject: 'auto-login',
        status: 'fail',
        severity: 'high',
        title: 'The computer signs in by itself at start-up',
        description: `Automatic login is on${a.user ? ` for "${a.user}"` : ''}${a.timed ? ' (after a short delay)' : ''}. Anyone who switches this computer on reaches the desktop and any patient data without a password.${a.passwordStored ? ' The sign-in password is also stored on the disk in a form that can be recovered.' : ''}`,
        remediation: FIX.autoLogin[p],
        safeguards: AUTH,
        evidence: { user: a.user, source: a.source, passwordStored: a.passwordStored ?? null },
      }),
    );
  } else if (a.state === 'off' && a.passwordStored && p === 'win32') {
    findings.push(
      makeFinding(base, p, { subject: 'stored-password', status: 'fail', severity: 'high', title: 'A sign-in password is stored in readable form', description: 'Automatic login is off, but a Windows sign-in password (Winlogon DefaultPassword) is still stored in the registry where programs can read it. The scan did not read it.', remediation: FIX.storedPassword[p], safeguards: AUTH, evidence: { source: 'Winlogon\\DefaultPassword (present)' } }),
    );
  } else if (a.state === 'unknown') unknown('auto-login', 'Could not tell whether automatic login is on', a.reason, a.needsAdmin);

  const g = e.guest;
  if (g.state === 'on') {
    findings.push(
      makeFinding(base, p, { subject: 'guest', status: 'fail', severity: 'medium', title: 'The guest account is enabled', description: 'Anyone can use this computer through the guest account without a password of their own, and what they do cannot be traced to a person.', remediation: FIX.guest[p], safeguards: ['164.312(a)(2)(i)', '164.312(d)'], evidence: { source: g.source } }),
    );
  } else if (g.state === 'unknown') unknown('guest', 'Could not tell whether the guest account is enabled', g.reason, g.needsAdmin);

  const ad = e.admin;
  if (ad.state === 'admin') {
    findings.push(
      makeFinding(base, p, {
        subject: 'local-admin',
        status: 'fail',
        severity: 'high',
        title: 'The everyday account has administrator rights',
        description: `"${ad.user}" is a member of ${ad.groups.join(', ') || 'the administrators group'}. Malware opened from an email or website by this account can take over the whole computer. Insurers ask that daily work happen in a standard account.`,
        remediation: FIX.admin[p],
        safeguards: ['164.308(a)(4)(ii)(B)', '164.308(a)(3)(ii)(A)'],
        insuranceControls: ['least-privilege'],
        evidence: { user: ad.user, groups: ad.groups, source: ad.source },
      }),
    );
  } else if (ad.state === 'unknown') unknown('local-admin', 'Could not tell whether the everyday account is an administrator', ad.reason, ad.needsAdmin, ['least-privilege']);

  const b = e.blankPasswords;
  if (b.state === 'found') {
    findings.push(
      makeFinding(base, p, {
        subject: 'blank-passwords',
        status: 'fail',
        // Windows only shows that an empty password is allowed, not that it is empty.
        severity: p === 'win32' ? 'medium' : 'high',
        title: p === 'win32' ? 'Enabled accounts are allowed to have no password' : 'Accounts without a password',
        description: `${b.accounts.map((n) => `"${n}"`).join(', ')} ${p === 'win32' ? 'may sign in with an empty password (PasswordRequired is off).' : 'can sign in with no password.'}${b.caveat ? ` ${b.caveat}` : ''}`,
        remediation: FIX.blank[p],
        safeguards: ['164.312(d)', '164.308(a)(5)(ii)(D)'],
        evidence: { accounts: b.accounts, source: b.source },
      }),
    );
  } else if (b.state === 'unknown') unknown('blank-passwords', 'Could not tell whether any account has no password', b.reason, b.needsAdmin);

  return outcomeOf(findings, {
    pass: 'No automatic login, no guest account, the everyday account is a standard user and no account without a password was found.',
    fail: `Account settings need attention: ${findings.filter((f) => f.status === 'fail').map((f) => f.title.toLowerCase()).join('; ')}.`,
    unknown: 'Some account settings could not be determined (see findings).',
  });
};
