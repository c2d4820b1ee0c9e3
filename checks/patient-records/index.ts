/** The patient-records checks, in the order they run. */
import { defineCheck, type Check } from '../types.js';
import { analyzePatientRecords } from './analyze.js';
import { collectPatientRecords } from './collect.js';
import { patientRecordsMeta } from './meta.js';

/** The one check of this group: `patient-records` (folder walk, extraction, detection, classification). */
export const patientRecordsCheck = defineCheck({ meta: patientRecordsMeta, collect: collectPatientRecords, analyze: analyzePatientRecords });

export const patientRecordsChecks: Check[] = [patientRecordsCheck];
