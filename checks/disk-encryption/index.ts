/** The disk-encryption checks, in the order they run. */
import { defineCheck, type Check } from '../types.js';
import { analyzeDiskEncryption } from './analyze.js';
import { collectDiskEncryption } from './collect.js';
import { diskEncryptionMeta } from './meta.js';

/** The one check of this group: `disk-encryption`. */
export const diskEncryptionCheck = defineCheck({ meta: diskEncryptionMeta, collect: collectDiskEncryption, analyze: analyzeDiskEncryption });

/** The group's checks, as the registry lists them. */
export const diskEncryptionChecks: Check[] = [diskEncryptionCheck];
