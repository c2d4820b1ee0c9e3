/** The accounts check: automatic login, guest account, local administrator rights, accounts without passwords. */
import { defineCheck } from '../../types.js';
import { analyzeAccounts } from './analyze.js';
import { collectAccounts, type AccountsEvidence } from './collect.js';
import { ACCOUNTS_META } from './meta.js';

/** Registered check. */
export const accountsCheck = defineCheck<AccountsEvidence>({ meta: ACCOUNTS_META, collect: collectAccounts, analyze: analyzeAccounts });
