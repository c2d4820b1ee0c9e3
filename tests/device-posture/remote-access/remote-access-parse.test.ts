import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import { listeningPorts, parseLanmanShares, parseLaunchctlDisabled, parseNfsExports, parseRdp, parseRemoteLogin, parseSmbConfShares } from '../../../checks/device-posture/remote-access/parse.js';
import { REMOTE_TOOLS } from '../../../checks/device-posture/remote-access/collect.js';
import { matchCatalog } from '../../../checks/device-posture/shared/software-catalog.js';
import { parseDpkgList, type SoftwareInventory } from '../../../checks/device-posture/shared/software-inventory.js';
import { fixture } from '../accounts/fake-probe.js';

const f = (name: string) => fixture('remote-access', name);
const inv = (patch: Partial<SoftwareInventory>): SoftwareInventory => ({ apps: [], launchd: [], packages: [], desktopFiles: [], processes: [], errors: [], ...patch });

describe('Windows registry parsers', () => {
  it('reads RDP on without NLA', () => {
    const local = parseRegQuery(f('windows-reg-rdp-on.txt'))[0];
    const tcp = parseRegQuery(f('windows-reg-rdp-nla-off.txt'))[0];
    expect(parseRdp(local, undefined, tcp)).toEqual({ enabled: true, nla: false, byPolicy: false });
  });
  it('lets a policy override the local setting', () => {
    const local = parseRegQuery(f('windows-reg-rdp-on.txt'))[0];
    const policy = parseRegQuery('\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services\r\n    fDenyTSConnections    REG_DWORD    0x1\r\n')[0];
    expect(parseRdp(local, policy, undefined)).toEqual({ enabled: false, nla: null, byPolicy: true });
  });
  it('reads user shares and skips the Security subkey', () => {
    expect(parseLanmanShares(parseRegQuery(f('windows-reg-lanmanserver-shares.txt')))).toEqual([
      { name: 'Scans', path: 'C:\\Users\\Public\\Scans', kind: 'folder' },
      { name: 'HP LaserJet', path: 'HP LaserJet M404,LocalsplOnly', kind: 'printer' },
    ]);
  });
});

describe('macOS parsers', () => {
  it.each([
    ['macos-launchctl-print-disabled-sonoma.txt', { 'com.openssh.sshd': false, 'com.apple.screensharing': false, 'com.apple.smbd': true }],
    ['macos-launchctl-print-disabled-mojave.txt', { 'com.openssh.sshd': true, 'com.apple.screensharing': true, 'com.apple.smbd': false }],
  ])('%s (label -> disabled)', (name, expected) => expect(parseLaunchctlDisabled(f(name))).toMatchObject(expected));
  it('reads systemsetup only when it answered', () => {
    expect(parseRemoteLogin('Remote Login: On')).toBe(true);
    expect(parseRemoteLogin(f('macos-systemsetup-getremotelogin-nonadmin.txt'))).toBeUndefined();
  });
});

describe('Linux parsers', () => {
  it('lists Samba shares without global/printers/print$', () => expect(parseSmbConfShares(f('linux-smb.conf'))).toEqual([{ name: 'scans', path: '/srv/scans', kind: 'folder' }]));
  it('lists NFS exports', () => expect(parseNfsExports(f('linux-exports.txt'))).toEqual([{ name: '/srv/imaging', path: '/srv/imaging', kind: 'folder' }]));
  it.each([
    ['linux-si-networkconnections-container.json', [2024]],
    ['linux-si-networkconnections-sshd-samba.json', [22, 139, 445]],
  ])('%s listening ports', (name, ports) => expect(listeningPorts(JSON.parse(f(name)))).toEqual(ports));
  it('keeps installed dpkg packages only', () => {
    expect(parseDpkgList(f('linux-dpkg-query-debian12.txt'))).toContain('adduser');
    expect(parseDpkgList('anydesk\tii \nteamviewer\trc \n')).toEqual(['anydesk']);
  });
});

describe('remote-tool catalog', () => {
  it('every entry has a source and at least one identifier', () => {
    for (const t of REMOTE_TOOLS) {
      const ids = [...(t.windows.displayNames ?? []), ...(t.macos.apps ?? []), ...(t.macos.bundleIds ?? []), ...(t.linux.packages ?? []), ...(t.linux.processes ?? [])];
      expect(ids.length, t.id).toBeGreaterThan(0);
    }
  });
  it.each([
    ['win32', inv({ apps: parseRegQuery(f('windows-reg-uninstall-remote-tools.txt')).flatMap((k) => k.values.filter((v) => v.name === 'DisplayName').map((v) => v.data)) }), ['teamviewer', 'anydesk', 'screenconnect']],
    ['win32', inv({ processes: ['TeamViewer_Service.exe', 'explorer.exe'] }), ['teamviewer']],
    ['win32', inv({ apps: ['Google Chrome', 'Microsoft Teams'] }), []],
    ['win32', inv({ apps: ['LogMeIn Hamachi', 'LogMeIn'] }), ['logmein']],
    ['win32', inv({ apps: ['LogMeIn Hamachi'] }), []],
    ['darwin', inv({ apps: ['AnyDesk.app', 'Safari.app'], launchd: ['com.teamviewer.teamviewer_service.plist', 'com.google.keystone.daemon.plist'] }), ['teamviewer', 'anydesk']],
    ['linux', inv({ packages: ['rustdesk', 'openssh-client'], processes: ['x11vnc'] }), ['rustdesk', 'vnc-server']],
    ['linux', inv({ packages: parseDpkgList(f('linux-dpkg-query-debian12.txt')) }), []],
  ] as const)('%s finds %j', (platform, inventory, ids) => expect(matchCatalog(REMOTE_TOOLS, inventory, platform).map((m) => m.id).sort()).toEqual([...ids].sort()));
});
