/** The device-posture checks, in the order they run. */
import type { Check } from '../types.js';
import { screenLockCheck } from './screen-lock/index.js';
import { firewallCheck } from './firewall/index.js';
import { osSupportCheck } from './os-support/index.js';
import { antiMalwareCheck } from './anti-malware/index.js';
import { accountsCheck } from './accounts/index.js';
import { remoteAccessCheck } from './remote-access/index.js';
import { backupsCheck } from './backups/index.js';
import { cloudSyncCheck } from './cloud-sync/index.js';
import { removableMediaCheck } from './removable-media/index.js';

export const devicePostureChecks: Check[] = [screenLockCheck, firewallCheck, osSupportCheck, antiMalwareCheck, accountsCheck, remoteAccessCheck, backupsCheck, cloudSyncCheck, removableMediaCheck];
