/** The patient-records checks, in the order they run. */
import type { Check } from '../types.js';

export const patientRecordsChecks: Check[] = [];
