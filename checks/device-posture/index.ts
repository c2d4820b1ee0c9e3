/** The device-posture checks, in the order they run. */
import type { Check } from '../types.js';

export const devicePostureChecks: Check[] = [];
