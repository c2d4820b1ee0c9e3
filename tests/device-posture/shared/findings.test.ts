import { describe, expect, it } from 'vitest';
import type { ProbeError } from '../../../checks/probe/probe.js';
import { failureReason, makeFinding, reasonText } from '../../../checks/device-posture/shared/findings.js';

const CHECK = {
  id: 'example',
  safeguards: ['164.312(a)(1)'],
  insuranceControls: ['patching'],
  remediation: { win32: ['Fix it on Windows.'], darwin: ['Fix it on a Mac.'], linux: ['Fix it on Linux.'] },
};

describe('device-posture findings', () => {
  it('fills in the check id, citations, controls and the platform remediation', () => {
    expect(makeFinding(CHECK, 'darwin', { subject: 'state', status: 'fail', severity: 'high', title: 'Off', description: 'It is off.' })).toEqual({
      id: 'example:state',
      checkId: 'example',
      status: 'fail',
      severity: 'high',
      title: 'Off',
      description: 'It is off.',
      remediation: ['Fix it on a Mac.'],
      safeguards: ['164.312(a)(1)'],
      insuranceControls: ['patching'],
      evidence: {},
    });
  });

  it('lets a finding narrow its citations, give its own steps and ask for administrator rights', () => {
    const f = makeFinding(CHECK, 'linux', { subject: 's', status: 'unknown', severity: 'low', title: 't', description: 'd', remediation: ['Step.'], safeguards: ['164.310(d)(1)'], insuranceControls: [], evidence: { a: 1 }, needsAdmin: true });
    expect(f).toMatchObject({ remediation: ['Step.'], safeguards: ['164.310(d)(1)'], insuranceControls: [], evidence: { a: 1 }, needsAdmin: true });
  });

  it.each<[ProbeError, string, string]>([
    ['not-found', 'ENOENT', 'the command, file or setting does not exist on this computer'],
    ['denied', 'EACCES', 'permission was denied (administrator rights may be needed)'],
    ['timeout', '', 'the command took too long to answer'],
    ['unsupported', 'win32 only', 'this is not available on this operating system'],
    ['not-recorded', 'x', 'the recording being replayed does not hold this answer'],
    ['failed', 'exit 1\nmore detail', 'the command failed (exit 1)'],
    ['failed', '', 'the command failed'],
  ])('says %s in plain words', (error, message, expected) => {
    expect(reasonText({ error, message })).toBe(expected);
  });

  it('names what was tried before the reason', () => {
    expect(failureReason('reading /etc/shadow', { error: 'denied', message: 'EACCES' })).toBe('reading /etc/shadow: permission was denied (administrator rights may be needed)');
  });
});
