/** The firewall check: is a host firewall on for every network (Windows profiles, macOS, Linux)? */
import { defineCheck } from '../../types.js';
import { analyzeFirewall } from './analyze.js';
import { collectFirewall } from './collect.js';
import { firewallMeta } from './meta.js';

/** Registered check: firewall. */
export const firewallCheck = defineCheck({ meta: firewallMeta, collect: collectFirewall, analyze: analyzeFirewall });
