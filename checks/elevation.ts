/** The one sentence every check gives when an answer needs the scan to run elevated (pure). */
import { assertNever, type Platform } from './types.js';

/**
 * How to re-run the scan with administrator (root) rights on the scanned OS; `only` narrows the
 * suggested command to one check or group. The scan itself never elevates or prompts.
 */
export const elevationHint = (platform: Platform, only?: string): string => {
  const command = `sudo practice-audit scan${only ? ` --only ${only}` : ''}`;
  switch (platform) {
    case 'win32':
      return 'Run the scan again as administrator: right-click Practice Audit (or the terminal you run practice-audit from) and choose "Run as administrator".';
    case 'darwin':
      return `Run the scan again with administrator rights: in Terminal, \`${command}\`.`;
    case 'linux':
      return `Run the scan again as root: \`${command}\`.`;
    default:
      return assertNever(platform);
  }
};
