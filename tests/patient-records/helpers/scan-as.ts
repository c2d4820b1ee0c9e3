/** Runs a patient-record scan of argv[2] and prints the evidence as JSON (run as another user by the tests). */
import { scanFiles } from '../../../checks/patient-records/scan.js';

const root = process.argv[2] as string;
const evidence = await scanFiles({
  roots: [root],
  options: { paths: [root], allVolumes: false, exclude: [], include: [], maxFileBytes: 2 << 20, fileTimeoutMs: 20_000, workers: 1, cacheDir: null },
  progress: () => undefined,
  signal: new AbortController().signal,
  checkId: 'patient-records',
});
process.stdout.write(JSON.stringify(evidence));
