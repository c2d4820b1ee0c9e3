/** One scan, exactly as the CLI runs it: live probe -> engine -> report model. */
import { runScan } from '../checks/engine.js';
import { createLiveProbe } from '../checks/probe/live-probe.js';
import { selectChecks } from '../checks/registry.js';
import { toScanOptions } from '../checks/scan-options.js';
import type { ProgressSink } from '../checks/types.js';
import { buildReport } from '../reports/index.js';
import type { Report } from '../reports/schema.js';
import type { ScanRequest } from './ipc-contract.js';

/** Runs the chosen check groups on this computer and builds the report; `cacheDir` overrides the user's cache folder. */
export const executeScan = async (request: ScanRequest, toolVersion: string, progress: ProgressSink, signal: AbortSignal, cacheDir?: string): Promise<Report> => {
  const checks = selectChecks(request.groups);
  const options = toScanOptions({ path: request.paths, cacheDir });
  const scan = await runScan({ probe: createLiveProbe(), checks, options, progress, signal });
  return buildReport({ scan, toolVersion });
};
