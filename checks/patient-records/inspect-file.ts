/**
 * One file, end to end, inside a worker: extract, run the detectors, merge. Only counts, masked
 * samples and notes come back; the file's text never leaves this function.
 */
import type { DocumentVerdict, ExtractedDocument } from './extracted.js';
import { inspectDocument, mergeVerdicts } from './detect/index.js';
import { extractFileWithStats } from './extract/index.js';
import { extensionOf } from './extract/sniff.js';
import { problemOf } from './walk.js';

/** What the pool is asked to do for one file; `size` (from the walk) lets small files share a round trip. */
export type FileTask = { fsPath: string | Uint8Array; name: string; maxBytes: number; timeoutMs: number; size?: number };

/** The redacted result for one file (what the cache may keep). */
export type FileVerdict = {
  format: string;
  verdict: DocumentVerdict;
  /** First archive member or attachment that carries patient data, if the data is inside one. */
  member?: string;
  /** How many members/parts carry patient data. */
  flaggedParts: number;
  /** Every part is protected by a password or encryption. */
  encrypted: boolean;
  capped: boolean;
  /** A capped file read as windows spread over it rather than from its start. */
  sampled?: boolean;
  /** Bytes read from disk (less than the size for capped files). */
  bytesRead: number;
  /** A PDF with no text layer (scanned pages). */
  imageOnly: boolean;
  note?: string;
};

/** Either a verdict or why the file could not be read. */
export type FileOutcome = { ok: true; result: FileVerdict } | { ok: false; problem: string; message: string };

const fileFormat = (docs: ExtractedDocument[], name: string): string => docs.find((d) => d.member === undefined)?.format ?? (docs.length ? 'zip' : extensionOf(name) || 'unknown');

/** Joins a file's documents into one redacted verdict (pure apart from the detectors). */
export const judgeDocuments = (docs: ExtractedDocument[], name: string, bytesRead: number): FileVerdict => {
  const verdicts = docs.map((d) => ({ doc: d, verdict: inspectDocument(d) }));
  const flagged = verdicts.filter((v) => v.verdict.category !== null);
  const notes = [...new Set(docs.map((d) => d.note).filter((n): n is string => !!n))];
  const firstMember = flagged.find((v) => v.doc.member !== undefined)?.doc.member;
  return {
    format: fileFormat(docs, name),
    verdict: mergeVerdicts(verdicts.map((v) => v.verdict)),
    ...(firstMember !== undefined ? { member: firstMember } : {}),
    flaggedParts: flagged.length,
    encrypted: docs.length > 0 && docs.every((d) => d.encrypted),
    capped: docs.some((d) => d.capped),
    bytesRead,
    imageOnly: docs.some((d) => d.note?.startsWith('image-only')),
    ...(notes.length ? { note: notes.slice(0, 3).join('; ') } : {}),
  };
};

/** Inspects one file. Never throws: unreadable and corrupt files come back as problems (without content in the message). */
export const inspectFile = async (task: FileTask): Promise<FileOutcome> => {
  const fsPath = typeof task.fsPath === 'string' ? task.fsPath : Buffer.from(task.fsPath);
  try {
    const { docs, bytesRead, sampled } = await extractFileWithStats(fsPath, { maxBytes: task.maxBytes, timeoutMs: task.timeoutMs });
    const result = judgeDocuments(docs, task.name, bytesRead);
    return { ok: true, result: sampled ? { ...result, sampled } : result };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((err as NodeJS.ErrnoException).code as string)) {
      return { ok: false, ...problemOf(err) };
    }
    // Parser messages can quote file content, so only the error's class name is kept.
    const kind = err instanceof Error ? err.name : typeof err;
    return { ok: false, problem: 'corrupt', message: `${extensionOf(task.name) || 'file'} could not be parsed (${kind})` };
  }
};
