/** The os-support check: is the operating system still supported, and were updates installed recently? */
import { defineCheck } from '../../types.js';
import { analyzeOsSupport } from './analyze.js';
import { collectOsSupport } from './collect.js';
import { osSupportMeta } from './meta.js';

/** Registered check: os-support. */
export const osSupportCheck = defineCheck({ meta: osSupportMeta, collect: collectOsSupport, analyze: (e, ctx) => analyzeOsSupport(e, ctx) });
