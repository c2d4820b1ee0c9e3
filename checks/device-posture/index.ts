/** The device-posture checks, in the order they run. */
import type { Check } from '../types.js';
import { accountsCheck } from './accounts/index.js';
import { remoteAccessCheck } from './remote-access/index.js';

export const devicePostureChecks: Check[] = [accountsCheck, remoteAccessCheck];
