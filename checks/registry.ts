/** The explicit list of every check, in the order scans run them. */
import { diskEncryptionChecks } from './disk-encryption/index.js';
import { messagingAppsChecks } from './messaging-apps/index.js';
import { patientRecordsChecks } from './patient-records/index.js';
import { devicePostureChecks } from './device-posture/index.js';
import { CHECK_GROUPS, type Check, type CheckGroup } from './types.js';

/** Every check. Patient records run before device posture, whose cloud-sync check reads their evidence. */
export const ALL_CHECKS: readonly Check[] = [...diskEncryptionChecks, ...messagingAppsChecks, ...patientRecordsChecks, ...devicePostureChecks];

/** Looks a check up by id. */
export const findCheck = (id: string): Check | undefined => ALL_CHECKS.find((c) => c.meta.id === id);

/**
 * Resolves `--only` words (group names or check ids) to checks, keeping registry order.
 * Throws with the list of valid words when one is unknown.
 */
export const selectChecks = (only: readonly string[] | undefined): Check[] => {
  if (!only || only.length === 0) return [...ALL_CHECKS];
  const unknown = only.filter((w) => !CHECK_GROUPS.includes(w as CheckGroup) && !findCheck(w));
  if (unknown.length > 0) {
    const valid = [...CHECK_GROUPS, ...ALL_CHECKS.map((c) => c.meta.id)].filter((v, i, a) => a.indexOf(v) === i);
    throw new Error(`unknown check or group: ${unknown.join(', ')} (valid: ${valid.join(', ')})`);
  }
  return ALL_CHECKS.filter((c) => only.includes(c.meta.group) || only.includes(c.meta.id));
};
