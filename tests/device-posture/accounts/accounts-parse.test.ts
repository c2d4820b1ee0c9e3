import { describe, expect, it } from 'vitest';
import {
  isGuestSid,
  parseDseditgroup,
  parseGdmConf,
  parseGettyDropIn,
  parseIdGroups,
  parseLightdmConf,
  parseLocalUsers,
  parseNetUserActive,
  parsePasswdStatus,
  parseSddmConf,
  parseShadowEmpty,
  parseSysconfigDisplayManager,
  parseWhoamiGroups,
} from '../../../checks/device-posture/accounts/parse.js';
import { fixture } from './fake-probe.js';

const f = (name: string) => fixture('accounts', name);

describe('parseWhoamiGroups', () => {
  it.each([
    ['windows-whoami-groups-admin-filtered.txt', { isAdmin: true, elevated: false }],
    ['windows-whoami-groups-admin-elevated.txt', { isAdmin: true, elevated: true }],
    ['windows-whoami-groups-standard.txt', { isAdmin: false, elevated: false }],
    ['windows-whoami-groups-csv-admin.txt', { isAdmin: true, elevated: false }],
  ])('%s', (name, expected) => expect(parseWhoamiGroups(f(name))).toEqual(expected));
  it('refuses output without SIDs', () => expect(parseWhoamiGroups('ERROR: Access is denied.')).toBeUndefined());
});

describe('Get-LocalUser JSON', () => {
  it('reads an array with flattened SIDs', () => {
    const users = parseLocalUsers(f('windows-get-localuser-guest-on.json')) ?? [];
    expect(users).toHaveLength(6);
    expect(users.find((u) => isGuestSid(u.sid))).toMatchObject({ name: 'Guest', enabled: true });
    expect(users.filter((u) => u.enabled && u.passwordRequired === false).map((u) => u.name)).toEqual(['frontdesk', 'Guest']);
  });
  it('reads a single object with the serialized SecurityIdentifier', () => {
    expect(parseLocalUsers(f('windows-get-localuser-single-object.json'))).toEqual([{ name: 'Gast', enabled: false, passwordRequired: false, sid: 'S-1-5-21-1004336348-1177238915-682003330-501' }]);
  });
  it('refuses text that is not the expected JSON', () => {
    expect(parseLocalUsers('Get-LocalUser : The term is not recognized')).toBeUndefined();
    expect(parseLocalUsers('[{"Foo":1}]')).toBeUndefined();
  });
  it('reads net user Account active, English only', () => {
    expect(parseNetUserActive(f('windows-net-user-guest.txt'))).toBe(false);
    expect(parseNetUserActive('Konto aktiv                  Ja')).toBeUndefined();
  });
});

describe('Linux display managers', () => {
  it.each([
    ['linux-gdm3-custom-default.conf', parseGdmConf, undefined],
    ['linux-gdm3-custom-autologin.conf', parseGdmConf, 'frontdesk'],
    ['linux-sddm-autologin.conf', parseSddmConf, 'frontdesk'],
    ['linux-lightdm-guest-autologin.conf', parseLightdmConf, 'nurse'],
    ['linux-getty-autologin.conf', parseGettyDropIn, 'kiosk'],
  ] as const)('%s autologin user', (name, parse, user) => expect(parse(`/etc/${name}`, f(name)).autologinUser).toBe(user));
  it('reads LightDM allow-guest', () => {
    expect(parseLightdmConf('x', f('linux-lightdm-guest-autologin.conf')).guest).toBe(true);
    expect(parseLightdmConf('x', '[Seat:*]\nallow-guest=false\n').guest).toBe(false);
    expect(parseLightdmConf('x', '[LightDM]\n').guest).toBeUndefined();
  });
  it('reads openSUSE DISPLAYMANAGER_AUTOLOGIN', () => {
    expect(parseSysconfigDisplayManager('x', '## Type: string\nDISPLAYMANAGER_AUTOLOGIN="kiosk"\nDISPLAYMANAGER_PASSWORD_LESS_LOGIN="no"\n').autologinUser).toBe('kiosk');
    expect(parseSysconfigDisplayManager('x', 'DISPLAYMANAGER_AUTOLOGIN=""\n').autologinUser).toBeUndefined();
  });
  it('treats an empty SDDM User= as off and timed GDM login as on', () => {
    expect(parseSddmConf('x', '[Autologin]\nUser=\n').autologinUser).toBeUndefined();
    expect(parseGdmConf('x', '[daemon]\nTimedLoginEnable=true\nTimedLogin=kiosk\n')).toMatchObject({ autologinUser: 'kiosk', autologinTimed: true });
  });
});

describe('passwords and groups', () => {
  it('reads passwd -S -a (real Debian output: none without a password)', () => expect(parsePasswdStatus(f('linux-passwd-status-debian12.txt'))).toEqual([]));
  it('finds NP accounts', () => expect(parsePasswdStatus(f('linux-passwd-status-np.txt'))).toEqual(['frontdesk']));
  it('refuses other text', () => expect(parsePasswdStatus('passwd: Permission denied.')).toBeUndefined());
  it('finds empty /etc/shadow fields without returning hashes', () => expect(parseShadowEmpty('root:$y$j9T$abc:19000:0:99999:7:::\nkiosk::19000:0:99999:7:::\nbin:*:19000::::::\n')).toEqual(['kiosk']));
  it('reads dseditgroup checkmember', () => {
    expect(parseDseditgroup('yes amy is a member of admin')).toBe(true);
    expect(parseDseditgroup('no reception is NOT a member of admin')).toBe(false);
    expect(parseDseditgroup('Group not found.')).toBeUndefined();
  });
  it('splits id -Gn', () => expect(parseIdGroups(f('macos-id-Gn-admin.txt'))).toContain('admin'));
});
