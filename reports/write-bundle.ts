/** Writes a report bundle to a folder: report.json, its signature, and the chosen renderings. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redactPaths as redact } from './redact.js';
import { renderFindingsCsv, renderPatientFilesCsv } from './render/csv.js';
import { renderHtml } from './render/html.js';
import { renderPdf } from './render/pdf.js';
import type { Report } from './schema.js';
import { signReport, type SigningIdentity } from './sign.js';

export const REPORT_FORMATS = ['json', 'html', 'pdf', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One file the bundle wrote. */
export type WrittenFile = { format: ReportFormat | 'signature'; path: string };

export type BundleOptions = {
  formats: readonly ReportFormat[];
  /** Signs report.json (report.json.p7s) when given. */
  identity?: SigningIdentity | null;
  /** Replace folder and file names that may contain patient names before writing anything. */
  redactPaths?: boolean;
  /** Signing time (tests pin it). */
  signedAt?: Date;
};

/** The exact bytes of report.json (what the signature covers). */
export const serializeReport = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

/** Writes the bundle; report.json is always written since every other format derives from it. */
export const writeReportBundle = async (report: Report, outDir: string, options: BundleOptions): Promise<WrittenFile[]> => {
  const final = options.redactPaths ? redact(report) : report;
  await mkdir(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  const put = async (name: string, format: WrittenFile['format'], data: string | Uint8Array): Promise<void> => {
    const file = path.join(outDir, name);
    await writeFile(file, data);
    written.push({ format, path: file });
  };
  const bytes = Buffer.from(serializeReport(final), 'utf8');
  await put('report.json', 'json', bytes);
  const identity = options.identity ?? undefined;
  if (identity) await put('report.json.p7s', 'signature', signReport(bytes, identity, options.signedAt));
  const renderOpts = identity ? { signer: { fingerprint: identity.fingerprint, subject: identity.subject } } : {};
  for (const format of options.formats) {
    if (format === 'html') await put('report.html', 'html', renderHtml(final, renderOpts));
    else if (format === 'pdf') await put('report.pdf', 'pdf', await renderPdf(final, renderOpts));
    else if (format === 'csv') {
      await put('findings.csv', 'csv', renderFindingsCsv(final));
      await put('patient-files.csv', 'csv', renderPatientFilesCsv(final));
    }
  }
  return written;
};
