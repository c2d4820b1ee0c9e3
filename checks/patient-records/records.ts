/** Builds the check's evidence (the report's `patientRecords`) from walk events and file outcomes. */
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DataContainer, PatientRecordFile, PatientRecords } from '../../reports/schema.js';
import type { FileOutcome } from './inspect-file.js';
import { SCANNED_IMAGE_FORMATS } from './extract/image.js';
import type { WalkFile } from './walk.js';
import { CLINICAL_NAME } from './clinical-name.js';


/** Listed files per deflated batch. */
const PACK_LINES = 500;

/** Errors listed individually at most; the rest are counted in `skipped`. */
const MAX_ERRORS = 2_000;

/** Data stores listed without parsing: Outlook data files and chat databases. */
export const containerKind = (file: string): string | null => {
  const lower = file.toLowerCase().replace(/\\/g, '/');
  const ext = path.extname(lower).slice(1);
  if (ext === 'pst') return 'outlook-pst';
  if (ext === 'ost') return 'outlook-ost';
  if (ext === 'olm') return 'outlook-mac-archive';
  if (ext === 'nsf') return 'lotus-notes';
  if (/\/(chatstorage\.sqlite|msgstore\.db|wa\.db)$/.test(lower) || /\/messages\/chat\.db$/.test(lower) || /skype\/.*\/main\.db$/.test(lower) || /signal\/.*db\.sqlite$/.test(lower)) return 'chat-database';
  return null;
};

const iso = (ms: number): string => new Date(ms).toISOString();

/** "256 KB", "2 MB": how much of a capped file was read. */
export const sizeText = (bytes: number): string => (bytes < 1 << 20 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Math.round(bytes / 1048576)} MB`);

/** Formats read as tables, where people scale with the bytes (one row each). */
const TABULAR = new Set(['csv', 'tsv', 'sql']);

/** Collects the evidence of one scan. */
export const createRecords = (roots: readonly string[]) => {
  // Listed files are kept as deflated JSON lines until the end: a parsed entry costs ~4x its JSON in
  // the heap, and a tree full of patient files lists tens of thousands of them (paths compress well).
  const packed: Buffer[] = [];
  let lines: string[] = [];
  const pack = () => {
    if (lines.length) packed.push(deflateRawSync(lines.join('\n')));
    lines = [];
  };
  const list = (f: PatientRecordFile) => {
    lines.push(JSON.stringify(f));
    if (lines.length >= PACK_LINES) pack();
  };
  const unpack = (): PatientRecordFile[] => {
    pack();
    return packed.flatMap((b) => inflateRawSync(b).toString('utf8').split('\n').map((l) => JSON.parse(l) as PatientRecordFile));
  };
  const containers: DataContainer[] = [];
  const errors: PatientRecords['errors'] = [];
  const skipped: Record<string, number> = {};
  const totals = { filesSeen: 0, filesInspected: 0, bytesInspected: 0, phiFiles: 0, piiFiles: 0, encryptedFiles: 0, estimatedPatients: 0 };
  const rootOf = (p: string): string => roots.filter((r) => p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(p);
  const clinicalName = (p: string): boolean => CLINICAL_NAME.test(path.relative(rootOf(p), p) || path.basename(p));

  const skip = (reason: string) => void (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const problem = (p: string, kind: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ path: p, kind, message });
    else skip(`error-${kind}`);
  };
  const container = (file: WalkFile, kind: string, note?: string) =>
    containers.push({ path: file.path, kind, sizeBytes: file.size, modifiedAt: iso(file.mtimeMs), ...(note ? { note } : {}) });

  /** Records one inspected file's outcome. */
  const outcome = (file: WalkFile, out: FileOutcome) => {
    if (!out.ok) return problem(file.path, out.problem, out.message);
    const r = out.result;
    if (SCANNED_IMAGE_FORMATS.has(r.format)) {
      // A scanned intake form or insurance card: its text needs OCR, so only its name and folder can tell.
      if (clinicalName(file.path)) container(file, 'needs-ocr', 'not inspected: needs OCR (scanned image)');
      else skip('image');
      return;
    }
    if (r.format === 'binary') {
      // Binary content under a text-like or unknown name: not a format we read.
      if (/\.(txt|csv|tsv|log|md|json|xml|html?|hl7|rtf|eml)$/i.test(file.path)) problem(file.path, 'not-text', 'binary content under a text file name: not inspected');
      else skip('unsupported-binary');
      return;
    }
    totals.filesInspected++;
    totals.bytesInspected += r.bytesRead;
    if (r.encrypted) {
      totals.encryptedFiles++;
      if (!clinicalName(file.path)) return container(file, 'encrypted-file', r.note ?? 'password-protected: not inspected');
      list({ path: file.path, category: 'phi', format: r.format, sizeBytes: file.size, modifiedAt: iso(file.mtimeMs), identifiers: {}, healthContext: {}, estimatedPatients: 0, encrypted: true, samples: [], note: `${r.note ?? 'password-protected'}; not inspected, name suggests patient records` });
      return;
    }
    if (r.imageOnly && !r.verdict.category) {
      if (clinicalName(file.path)) container(file, 'needs-ocr', 'not inspected: needs OCR (image-only PDF)');
      else skip('image-only-pdf');
      return;
    }
    const v = r.verdict;
    if (!v.category) return;
    if (v.category === 'phi') totals.phiFiles++;
    else totals.piiFiles++;
    // A table export read only in part: one row per person, so scale the count to the whole file.
    const scaled = r.capped && TABULAR.has(r.format) && r.bytesRead > 0 && file.size > r.bytesRead;
    const patients = scaled ? Math.round((v.estimatedPatients * file.size) / r.bytesRead) : v.estimatedPatients;
    totals.estimatedPatients += patients;
    const part = r.sampled ? `${sizeText(r.bytesRead)} sampled across the file were inspected` : `only the first ${sizeText(r.bytesRead)} were inspected`;
    const capNote = r.capped ? `${part}${scaled ? '; patient count extrapolated to the whole file' : ''}` : '';
    const notes = [r.flaggedParts > 1 && r.member !== undefined ? `${r.flaggedParts} parts with patient data` : '', capNote, r.note ?? ''].filter(Boolean);
    list({
      path: file.path,
      category: v.category,
      format: r.format,
      sizeBytes: file.size,
      modifiedAt: iso(file.mtimeMs),
      identifiers: v.identifiers,
      healthContext: v.healthContext,
      estimatedPatients: patients,
      encrypted: false,
      samples: v.samples.slice(0, 3),
      ...(r.member !== undefined ? { member: r.member } : {}),
      ...(r.capped ? { capped: true } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {}),
    });
  };

  return {
    seen: () => void totals.filesSeen++,
    skip,
    problem,
    container,
    outcome,
    /** The evidence so far; `partial` when the scan was cancelled. */
    build: (partial: boolean): PatientRecords => ({ roots: [...roots], partial, files: unpack(), containers, totals: { ...totals }, skipped: { ...skipped }, errors }),
  };
};

/** The accumulator createRecords returns. */
export type Records = ReturnType<typeof createRecords>;
