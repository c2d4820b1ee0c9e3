/**
 * Format extraction: one file (or archive member) in, ExtractedDocument[] out. The format is
 * decided by content (magic bytes) first and the name second; each format has its own file here.
 */
import path from 'node:path';
import type { ExtractedDocument } from '../extracted.js';
import { extractCalendar } from './calendar.js';
import { extractCsv } from './csv.js';
import { extractDicom } from './dicom.js';
import { extractEml, extractMbox } from './eml.js';
import { extractHl7 } from './hl7.js';
import { extractX12 } from './x12.js';
import { extractHtml } from './html.js';
import { extractBinary } from './image.js';
import { extractJson } from './json.js';
import { extractOle } from './ole.js';
import { extractPdf } from './pdf.js';
import { guessEncoding } from './decode-text.js';
import { readHeadThenRest, type BoundedRead } from './read-file.js';
import { sniff, type SniffedKind } from './sniff.js';
import { extractRtf } from './rtf.js';
import { extractSql } from './sql-dump.js';
import { extractSqlite } from './sqlite.js';
import { extractText } from './text.js';
import { extractZip } from './zip.js';
import { emptyDocument, type ExtractInput, type ExtractOptions, type Extractor } from './types.js';
import { extractXml } from './xml.js';

export type { ExtractOptions } from './types.js';

/** Formats listed as data containers (path, size, date) and never parsed. */
export const CONTAINER_FORMATS = new Set(['outlook-pst']);

const container: Extractor = async (input) => [{ ...emptyDocument('outlook-pst', input), note: 'Outlook data file: listed, not parsed' }];
const binary: Extractor = extractBinary;

const EXTRACTORS: Record<SniffedKind, Extractor> = {
  text: extractText,
  csv: extractCsv,
  hl7v2: extractHl7,
  x12: extractX12,
  xml: extractXml,
  html: extractHtml,
  json: extractJson,
  pst: container,
  binary,
  pdf: extractPdf,
  zip: extractZip,
  ole: extractOle,
  dicom: extractDicom,
  sqlite: extractSqlite,
  rtf: extractRtf,
  eml: extractEml,
  mbox: extractMbox,
  sql: extractSql,
  calendar: extractCalendar,
};

/** Routes one buffer (a file or an archive member) to its extractor. Archive extractors call it back for members. */
export const extractBuffer = async (input: Omit<ExtractInput, 'recurse'>): Promise<ExtractedDocument[]> => {
  const kind = sniff(input.buffer.subarray(0, 8192), input.name);
  return EXTRACTORS[kind]({ ...input, recurse: extractBuffer });
};

/**
 * Plain text and tables are read only as far as the detectors look (8M characters of text,
 * 50,000 table rows): reading a 2 GB log whole would cost time and memory for nothing. The file
 * then says `capped`.
 */
export const TEXT_READ_CAP: Partial<Record<SniffedKind, number>> = { text: 8 << 20, html: 8 << 20, csv: 8 << 20, sql: 8 << 20, calendar: 8 << 20, json: 16 << 20, xml: 16 << 20, hl7v2: 16 << 20, x12: 16 << 20 };

/**
 * Line-oriented text and tables too big for their read cap are sampled instead: windows of whole
 * lines spread from start to end (a log's last day, an export's last rows). Text gets an eighth of the
 * cap in all (1 MB: thousands of log lines from every part of the file); tables a thirty-second (256 KB:
 * about 3,000 rows of a typical export, all judged, from every window; the patient count is then scaled
 * to the file's size).
 */
export const SAMPLED_KINDS: ReadonlySet<SniffedKind> = new Set(['text', 'csv']);
const SAMPLE_WINDOWS = 8;
const SAMPLE_SHARE: Partial<Record<SniffedKind, number>> = { text: 1 / 8, csv: 1 / 32 };

/** Documents of one file, how many bytes were read from disk, and whether they were windows spread over it. */
export type FileExtraction = { docs: ExtractedDocument[]; bytesRead: number; sampled: boolean };

/** extractFile, also telling how many bytes it read (for honest throughput figures). */
export const extractFileWithStats = async (file: string | Buffer, options: ExtractOptions): Promise<FileExtraction> => {
  const deadline = Date.now() + options.timeoutMs;
  const name = path.basename(typeof file === 'string' ? file : file.toString('utf8'));
  let kind: SniffedKind = 'binary';
  let bigZip = false;
  // The head decides the format; the format decides how much more to read.
  const read: BoundedRead = readHeadThenRest(file, Math.min(8192, options.maxBytes), deadline, (head, size) => {
    kind = sniff(head, name);
    const headCapped = size > head.length;
    // A zip larger than the cap is read randomly by path (its directory sits at the end); everything else from a bounded buffer.
    bigZip = headCapped && kind === 'zip' && size > options.maxBytes;
    // Binary content and containers are not read past their first bytes.
    if (bigZip || kind === 'binary' || kind === 'pst') return { limit: 0 };
    const limit = Math.min(options.maxBytes, TEXT_READ_CAP[kind] ?? Infinity);
    // UTF-16 text is left to the plain read: a window could start inside a character.
    const lines = SAMPLED_KINDS.has(kind) && !guessEncoding(head).startsWith('utf-16');
    return lines ? { limit, windows: { count: SAMPLE_WINDOWS, bytes: Math.floor((limit * (SAMPLE_SHARE[kind] ?? 1 / 8)) / SAMPLE_WINDOWS) } } : { limit };
  });
  const budget = { bytes: options.maxBytes };
  const docs = await extractBuffer({
    buffer: read.buffer,
    ...(bigZip ? { path: file } : {}),
    size: read.size,
    name,
    member: undefined,
    capped: read.capped,
    depth: 0,
    deadline,
    budget,
    options,
  });
  // A large zip read by path: count the member bytes expanded.
  return { docs, bytesRead: bigZip ? options.maxBytes - budget.bytes : read.buffer.length, sampled: !!read.sampled };
};

/**
 * Extracts one file into documents: the file itself, plus members of archives and attachments.
 * `file` may be bytes for a name that is not valid UTF-8.
 */
export const extractFile = async (file: string | Buffer, options: ExtractOptions): Promise<ExtractedDocument[]> => (await extractFileWithStats(file, options)).docs;
