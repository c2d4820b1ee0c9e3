/** The removable-media check: USB storage policy and unencrypted removable volumes. */
import { defineCheck } from '../../types.js';
import { analyzeRemovableMedia } from './analyze.js';
import { collectRemovableMedia, type RemovableMediaEvidence } from './collect.js';
import { REMOVABLE_MEDIA_META } from './meta.js';

/** Registered check. */
export const removableMediaCheck = defineCheck<RemovableMediaEvidence>({ meta: REMOVABLE_MEDIA_META, collect: collectRemovableMedia, analyze: analyzeRemovableMedia });
