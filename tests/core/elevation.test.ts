import { describe, expect, it } from 'vitest';
import { elevationHint } from '../../checks/elevation.js';

describe('elevation hint', () => {
  it.each([
    ['win32', undefined, 'Run the scan again as administrator: right-click Practice Audit (or the terminal you run practice-audit from) and choose "Run as administrator".'],
    ['darwin', undefined, 'Run the scan again with administrator rights: in Terminal, `sudo practice-audit scan`.'],
    ['linux', undefined, 'Run the scan again as root: `sudo practice-audit scan`.'],
    ['linux', 'disk-encryption', 'Run the scan again as root: `sudo practice-audit scan --only disk-encryption`.'],
  ] as const)('%s (only %s)', (platform, only, expected) => {
    expect(elevationHint(platform, only)).toBe(expected);
  });
});
