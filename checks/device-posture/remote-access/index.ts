/** The remote-access check: remote-control tools, Remote Desktop, SSH server, screen and file sharing. */
import { defineCheck } from '../../types.js';
import { analyzeRemoteAccess } from './analyze.js';
import { collectRemoteAccess, type RemoteAccessEvidence } from './collect.js';
import { REMOTE_ACCESS_META } from './meta.js';

/** Registered check. */
export const remoteAccessCheck = defineCheck<RemoteAccessEvidence>({ meta: REMOTE_ACCESS_META, collect: collectRemoteAccess, analyze: analyzeRemoteAccess });
