/** The screen-lock check: does the session lock itself, with a password, after at most 15 idle minutes? */
import { defineCheck } from '../../types.js';
import { analyzeScreenLock } from './analyze.js';
import { collectScreenLock } from './collect.js';
import { screenLockMeta } from './meta.js';

/** Registered check: screen-lock. */
export const screenLockCheck = defineCheck({ meta: screenLockMeta, collect: collectScreenLock, analyze: analyzeScreenLock });
