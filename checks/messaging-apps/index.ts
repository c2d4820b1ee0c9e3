/** The messaging-apps checks, in the order they run. */
import { defineCheck, type Check } from '../types.js';
import { analyzeMessagingApps } from './analyze.js';
import { collectMessagingApps } from './collect.js';
import { MESSAGING_META } from './meta.js';

/** Finds consumer messaging apps, their running processes and their chat data on disk. */
export const messagingAppsCheck: Check = defineCheck({
  meta: MESSAGING_META,
  collect: (ctx) => collectMessagingApps(ctx),
  analyze: (evidence, ctx) => analyzeMessagingApps(evidence, ctx),
});

/** The messaging-apps group has one check. */
export const messagingAppsChecks: Check[] = [messagingAppsCheck];
