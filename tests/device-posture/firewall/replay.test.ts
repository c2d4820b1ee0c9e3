import { describe, expect, it } from 'vitest';
import { firewallCheck } from '../../../checks/device-posture/firewall/index.js';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import { failed, fixture, ran, replayProbe, runCheck, sample } from '../screen-lock/posture-1-helpers.js';

describe('firewall collect + analyze on recorded outputs', () => {
  it('Windows: Get-NetFirewallProfile JSON with Public off fails', async () => {
    const probe = replayProbe('win32', [
      { id: 'firewall.netfirewallprofile', kind: 'run', result: ran(fixture('firewall', 'netfirewallprofile-public-off.json')) },
      { id: 'firewall.wsc-firewallproduct', kind: 'run', result: ran('') },
    ]);
    const { outcome, evidence } = await runCheck(firewallCheck, probe, 'win32');
    expect(evidence).toMatchObject({ source: 'Get-NetFirewallProfile' });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings[0]?.title).toMatch(/Public/);
  });

  it('Windows: falls back to netsh when PowerShell is blocked', async () => {
    const probe = replayProbe('win32', [
      { id: 'firewall.netfirewallprofile', kind: 'run', result: failed('denied', 'powershell.exe blocked by policy') },
      { id: 'firewall.netsh', kind: 'run', result: ran(sample('windows_netsh_advfirewall_show_public_on.txt')) },
    ]);
    const { outcome, evidence } = await runCheck(firewallCheck, probe, 'win32');
    expect(evidence).toMatchObject({ source: 'netsh' });
    // Only Public was printed: Domain and Private stay unknown rather than guessed.
    expect(outcome.status).toBe('unknown');
    expect(outcome.findings[0]?.description).toMatch(/Domain, Private/);
  });

  it('Windows: registry fallback, where Group Policy turned the Private profile off', async () => {
    const reg = (path: string, value: string) => ({ ok: true, keys: parseRegQuery(`\n${path}\n    EnableFirewall    REG_DWORD    ${value}\n`) });
    const local = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy';
    const probe = replayProbe('win32', [
      { id: 'firewall.netfirewallprofile', kind: 'run', result: failed('timeout', 'timed out') },
      { id: 'firewall.netsh', kind: 'run', result: failed('failed', 'exit 1', { exitCode: 1, stdout: 'The requested operation requires elevation (Run as administrator).\n' }) },
      { id: 'firewall.registry-domain', kind: 'registry', result: reg(`${local}\\DomainProfile`, '0x1') },
      { id: 'firewall.registry-private', kind: 'registry', result: reg(`${local}\\StandardProfile`, '0x1') },
      { id: 'firewall.registry-public', kind: 'registry', result: reg(`${local}\\PublicProfile`, '0x1') },
      { id: 'firewall.policy-private', kind: 'registry', result: reg('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall\\PrivateProfile', '0x0') },
    ]);
    const { outcome, evidence } = await runCheck(firewallCheck, probe, 'win32');
    expect(evidence).toMatchObject({ source: 'registry' });
    expect(outcome.status).toBe('fail');
    expect(outcome.findings[0]?.title).toBe('Firewall off for Private networks');
  });

  it('macOS 15: the new State 2 wording passes', async () => {
    const probe = replayProbe('darwin', [{ id: 'firewall.socketfilterfw', kind: 'run', result: ran('Firewall is blocking all non-essential incoming connections. (State = 2)\n') }]);
    expect((await runCheck(firewallCheck, probe, 'darwin')).outcome.status).toBe('pass');
  });

  it('macOS: firewall off fails', async () => {
    const probe = replayProbe('darwin', [{ id: 'firewall.socketfilterfw', kind: 'run', result: ran('Firewall is disabled. (State = 0)\n') }]);
    expect((await runCheck(firewallCheck, probe, 'darwin')).outcome.status).toBe('fail');
  });

  it('Linux unprivileged: ufw enabled in its config passes although ufw status needs root', async () => {
    const probe = replayProbe('linux', [
      { id: 'firewall.ufw-conf', kind: 'readFile', result: { ok: true, text: 'ENABLED=yes\nLOGLEVEL=low\n', truncated: false } },
      { id: 'firewall.ufw-status', kind: 'run', result: failed('failed', 'exit 1', { exitCode: 1, stdout: 'ERROR: You need to be root to run this script\n' }) },
      { id: 'firewall.firewalld-state', kind: 'run', result: failed('not-found', 'spawn firewall-cmd ENOENT') },
      { id: 'firewall.nft-ruleset', kind: 'run', result: failed('failed', 'exit 1', { exitCode: 1, stderr: 'Error: Could not process rule: Operation not permitted\n' }) },
      { id: 'firewall.iptables', kind: 'run', result: failed('failed', 'exit 4', { exitCode: 4, stderr: 'iptables v1.8.9 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n' }) },
    ]);
    const { outcome, evidence } = await runCheck(firewallCheck, probe, 'linux');
    expect(evidence).toMatchObject({ nftables: { ok: false, error: 'denied' }, iptables: { ok: false, error: 'denied' } });
    expect(outcome.status).toBe('pass');
  });

  it('Linux as root with no firewall tools at all fails', async () => {
    const missing = failed('not-found', 'ENOENT');
    const probe = replayProbe('linux', [
      { id: 'firewall.ufw-conf', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      { id: 'firewall.ufw-status', kind: 'run', result: missing },
      { id: 'firewall.firewalld-state', kind: 'run', result: missing },
      { id: 'firewall.nft-ruleset', kind: 'run', result: missing },
      { id: 'firewall.iptables', kind: 'run', result: missing },
    ], { elevated: true });
    expect((await runCheck(firewallCheck, probe, 'linux')).outcome.status).toBe('fail');
  });

  it('Linux as root with an nftables drop policy passes', async () => {
    const probe = replayProbe('linux', [
      { id: 'firewall.ufw-conf', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      { id: 'firewall.ufw-status', kind: 'run', result: failed('not-found', 'ENOENT') },
      { id: 'firewall.nft-ruleset', kind: 'run', result: ran(fixture('firewall', 'nft-ruleset-input-drop.txt')) },
    ], { elevated: true });
    expect((await runCheck(firewallCheck, probe, 'linux')).outcome.status).toBe('pass');
  });
});
