/** State shared by the messaging-apps collectors during one scan. */
import type { Failure, Probe } from '../probe/probe.js';
import type { Catalog } from './catalog.js';
import type { Detection, ProbeGap } from './evidence.js';
import type { MatchIndex } from './match.js';
import type { UserDirs } from './paths.js';

/** What every collector needs, plus the lists it appends to. */
export type ScanContext = {
  probe: Probe;
  catalog: Catalog;
  index: MatchIndex;
  dirs: UserDirs;
  detections: Detection[];
  gaps: ProbeGap[];
  looked: Record<string, number>;
};

/** Records a failed probe call as a gap; a missing file, key or command is an answer, not a gap. */
export const noteGap = (scan: ScanContext, what: string, failure: Pick<Failure, 'error' | 'message'>, appId?: string): void => {
  if (failure.error === 'not-found' || failure.error === 'unsupported') return;
  scan.gaps.push({ what, error: failure.error, message: failure.message, ...(appId ? { appId } : {}) });
};

/** Adds a detection unless the same app was already seen the same way at the same place. */
export const addDetection = (scan: ScanContext, detection: Detection): void => {
  const same = scan.detections.some((d) => d.appId === detection.appId && d.source === detection.source && d.identifier === detection.identifier && d.location === detection.location);
  if (!same) scan.detections.push(detection);
};

/** Counts items looked at per source (reported so "none found" can be told from "none read"). */
export const countLooked = (scan: ScanContext, source: string, n: number): void => {
  scan.looked[source] = (scan.looked[source] ?? 0) + n;
};

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export const mapLimit = async <T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};
