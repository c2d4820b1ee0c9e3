import { describe, expect, it } from 'vitest';
import { parseFirewallProducts, parseNetFirewallProfileJson, parseNetshAdvfirewall } from '../../../checks/device-posture/firewall/parse-windows.js';
import { iptablesFiltersInput, nftFiltersInput, parseAlfGlobalstate, parseFirewalldState, parseSocketfilterfwState, parseUfwConf, parseUfwStatus } from '../../../checks/device-posture/firewall/parse-unix.js';
import { fixture, sample } from '../screen-lock/posture-1-helpers.js';

describe('macOS socketfilterfw', () => {
  // Real lines from m-cli#160 (older macOS) and Mac-Health-Check#8 / PureMac#176 (macOS 15 wording).
  const lines = sample('macos_socketfilterfw_getglobalstate_variants.txt').split('\n').filter((l) => l.startsWith('Firewall'));
  it.each([
    ['Firewall is enabled. (State = 2)', 2],
    ['Firewall is disabled. (State = 0)', 0],
    ['Firewall is enabled. (State = 1)', 1],
    ['Firewall is blocking all non-essential incoming connections. (State = 2)', 2],
  ])('reads %s', (line, state) => {
    expect(lines).toContain(line);
    expect(parseSocketfilterfwState(line)).toBe(state);
  });

  it('reads the state from a multi-flag run (kolide fixture)', () => {
    expect(parseSocketfilterfwState(sample('macos_socketfilterfw_multi_get_enabled.txt'))).toBe(2);
  });

  it('falls back to words and refuses unrelated text', () => {
    expect(parseSocketfilterfwState('Firewall is disabled.')).toBe(0);
    expect(parseSocketfilterfwState('Firewall is blocking all non-essential incoming connections.')).toBe(2);
    expect(parseSocketfilterfwState('Total number of apps = 6')).toBeUndefined();
    expect(parseAlfGlobalstate('1\n')).toBe(1);
    expect(parseAlfGlobalstate('The domain/default pair does not exist')).toBeUndefined();
  });
});

describe('Windows firewall profiles', () => {
  it('reads Get-NetFirewallProfile JSON (PS 5.1 numbers)', () => {
    expect(parseNetFirewallProfileJson(fixture('firewall', 'netfirewallprofile-public-off.json'))).toEqual([
      { name: 'domain', enabled: true },
      { name: 'private', enabled: true },
      { name: 'public', enabled: false },
    ]);
  });

  it('reads booleans, NotConfigured and refuses non-JSON', () => {
    expect(parseNetFirewallProfileJson('{"Name":"Public","Enabled":true}')).toEqual([{ name: 'public', enabled: true }]);
    expect(parseNetFirewallProfileJson('{"Name":"Public","Enabled":2}')).toEqual([{ name: 'public', enabled: null }]);
    expect(parseNetFirewallProfileJson('Get-NetFirewallProfile : Access is denied.')).toBeUndefined();
  });

  it.each([
    ['windows_netsh_advfirewall_show_currentprofile_domain_on.txt', [{ name: 'domain', enabled: true }]],
    ['windows_netsh_advfirewall_show_public_on.txt', [{ name: 'public', enabled: true }]],
  ])('reads real netsh output %s', (file, expected) => {
    expect(parseNetshAdvfirewall(sample(file))).toEqual(expected);
  });

  it('reads all three profiles from netsh and German labels by order', () => {
    expect(parseNetshAdvfirewall(fixture('firewall', 'netsh-allprofiles-state.txt'))).toEqual([
      { name: 'domain', enabled: true },
      { name: 'private', enabled: false },
      { name: 'public', enabled: true },
    ]);
    const german = 'Domänenprofil-Einstellungen:\n---\nStatus                                AUS\n\nPrivates Profil-Einstellungen:\n---\nStatus  EIN\n';
    expect(parseNetshAdvfirewall(german)).toEqual([{ name: 'domain', enabled: false }, { name: 'private', enabled: true }]);
  });

  it('decodes third-party firewall products', () => {
    expect(parseFirewallProducts('{"displayName":"ESET Firewall","productState":266256}')).toEqual([{ name: 'ESET Firewall', enabled: true }]);
  });
});

describe('Linux firewalls', () => {
  it('reads ufw config and status', () => {
    expect(parseUfwConf(fixture('firewall', 'ufw-conf-default.txt'))).toBe(false);
    expect(parseUfwConf('ENABLED=yes\n')).toBe(true);
    expect(parseUfwStatus('Status: active\n\nTo   Action  From\n')).toBe(true);
    expect(parseUfwStatus('Status: inactive\n')).toBe(false);
    expect(parseUfwStatus('ERROR: You need to be root to run this script\n')).toBeUndefined();
  });

  it('reads firewalld state', () => {
    expect(parseFirewalldState('running\n')).toBe(true);
    expect(parseFirewalldState('not running\n')).toBe(false);
    expect(parseFirewalldState('')).toBeUndefined();
  });

  it.each([
    ['nft-ruleset-input-drop.txt', true],
    ['nft-ruleset-accept-only.txt', false],
  ])('nft %s filters input: %s', (file, expected) => {
    expect(nftFiltersInput(fixture('firewall', file))).toBe(expected);
  });

  it.each([
    ['iptables-S-ufw.txt', true],
    ['iptables-S-empty.txt', false],
  ])('iptables %s filters input: %s', (file, expected) => {
    expect(iptablesFiltersInput(fixture('firewall', file))).toBe(expected);
  });
});
