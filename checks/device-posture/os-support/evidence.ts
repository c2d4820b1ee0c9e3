/** What the os-support collector hands to analyze (plain JSON). */
import type { Probed } from '../shared/posture-1.js';
import type { OsIdentity } from './eol.js';
import type { PendingUpdates } from './parse.js';

/** When updates were last installed, as the OS records it. */
export type LastUpdate = {
  /** ISO day of the newest installed update, or null when the records hold none. */
  day: string | null;
  /** Where the day came from (e.g. "Get-HotFix", "/var/log/dpkg.log"). */
  source: string;
  /** Oldest day the records cover (package logs rotate); null when unknown. */
  coversFrom: string | null;
  /** The newest update's name, when known (e.g. a KB number or "macOS Sequoia 15.1"). */
  name?: string;
};

/** Evidence for one scan. */
export type OsSupportEvidence = {
  platform: 'win32' | 'darwin' | 'linux';
  os: Probed<OsIdentity>;
  lastUpdate: Probed<LastUpdate>;
  /** Linux (Ubuntu): counts from the update notifier's cache; null when the OS keeps no such cache. */
  pendingUpdates: Probed<PendingUpdates> | null;
  /** Windows: updates installed but waiting for a restart; null elsewhere. */
  restartPending: Probed<boolean> | null;
};
