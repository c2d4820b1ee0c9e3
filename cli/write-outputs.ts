/** Writes a report in the chosen formats to a folder (the only place the CLI writes files). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../reports/schema.js';
import type { OutputFormat } from './scan-options.js';

/** The exact bytes of report.json (what the signature covers). */
export const serializeReport = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

export type WrittenFile = { format: OutputFormat | 'signature'; path: string };

/** Writes each requested format into `outDir`; returns the files written. */
export const writeOutputs = async (report: Report, outDir: string, formats: readonly OutputFormat[]): Promise<WrittenFile[]> => {
  await mkdir(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  const jsonPath = path.join(outDir, 'report.json');
  // report.json is always written: every other format is rendered from it.
  await writeFile(jsonPath, serializeReport(report));
  written.push({ format: 'json', path: jsonPath });
  for (const format of formats) {
    if (format === 'json') continue;
    throw new Error(`the ${format} report is not available yet`);
  }
  return written;
};
