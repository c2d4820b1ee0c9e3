/** The backups check: built-in backups and backup software, with the age of the last backup where known. */
import { defineCheck } from '../../types.js';
import { analyzeBackups } from './analyze.js';
import { collectBackups, type BackupsEvidence } from './collect.js';
import { BACKUPS_META } from './meta.js';

/** Registered check. */
export const backupsCheck = defineCheck<BackupsEvidence>({ meta: BACKUPS_META, collect: collectBackups, analyze: analyzeBackups });
