/** The disk-encryption checks, in the order they run. */
import type { Check } from '../types.js';

export const diskEncryptionChecks: Check[] = [];
