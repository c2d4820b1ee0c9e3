/** The cloud-sync check: which sync clients are signed in, personal or business, and whether patient files sit in them. */
import { defineCheck } from '../../types.js';
import { analyzeCloudSync } from './analyze.js';
import { collectCloudSync, type CloudSyncEvidence } from './collect.js';
import { CLOUD_SYNC_META } from './meta.js';

/** Registered check. */
export const cloudSyncCheck = defineCheck<CloudSyncEvidence>({ meta: CLOUD_SYNC_META, collect: collectCloudSync, analyze: analyzeCloudSync });
