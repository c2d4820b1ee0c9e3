/** The messaging-apps checks, in the order they run. */
import type { Check } from '../types.js';

export const messagingAppsChecks: Check[] = [];
