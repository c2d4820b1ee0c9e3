/** Report writing moved to reports/write-bundle.ts so the app shares it; re-exported for existing imports. */
export { serializeReport, writeReportBundle, type WrittenFile } from '../reports/write-bundle.js';
