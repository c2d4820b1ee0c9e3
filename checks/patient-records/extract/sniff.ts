/** Decides a file's format from its first bytes (magic numbers) and, for text, its name and shape. */
import { decodeText, looksBinary } from './decode-text.js';
import { imageFormat } from './image.js';
import { isX12 } from './x12.js';

/** The extractor families a file can be routed to. */
export type SniffedKind =
  | 'pdf'
  | 'zip'
  | 'ole'
  | 'dicom'
  | 'sqlite'
  | 'pst'
  | 'rtf'
  | 'hl7v2'
  | 'x12'
  | 'xml'
  | 'html'
  | 'json'
  | 'eml'
  | 'mbox'
  | 'sql'
  | 'calendar'
  | 'csv'
  | 'text'
  | 'binary';

const startsWith = (buf: Buffer, magic: string, offset = 0): boolean =>
  buf.length >= offset + magic.length && buf.toString('latin1', offset, offset + magic.length) === magic;

/** Lower-case extension without the dot ('' when none). */
export const extensionOf = (name: string): string => {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};

const HEADER_LINE = /^(from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[\w-]+):/im;

const SQL_START = /^(?:create table|insert into|set |drop table|lock tables)/i;

/**
 * The text after leading `-- ...` lines and `/* ... *\/` blocks (and the blanks after a block), scanned in one pass.
 * A single regex for this (`(--...\n|\/\*[\s\S]*?\*\/\s*)*` before the keyword) backtracked without end on C headers
 * made of many comment blocks: 14 s for 3,000 characters of Python's pyconfig.h, so the scan timed the batch out.
 */
export const afterLeadingComments = (t: string): string => {
  let i = 0;
  for (;;) {
    if (t.startsWith('--', i)) {
      const nl = t.indexOf('\n', i);
      if (nl < 0) return '';
      i = nl + 1;
    } else if (t.startsWith('/*', i)) {
      const end = t.indexOf('*/', i + 2);
      if (end < 0) return '';
      i = end + 2;
      while (i < t.length && /\s/.test(t[i]!)) i++;
    } else break;
  }
  while (i < t.length && /\s/.test(t[i]!)) i++;
  return t.slice(i, i + 32);
};

/** Routes text content by its first characters, then by extension. */
const sniffText = (head: string, ext: string): SniffedKind => {
  const t = head.trimStart();
  if (/^MSH\|/.test(t) || /[\r\n]MSH\|/.test(head.slice(0, 2048))) return 'hl7v2';
  if (ext === 'hl7') return 'hl7v2';
  if (isX12(t)) return 'x12';
  if (ext === 'html' || ext === 'htm' || /^<!doctype html|^<html/i.test(t)) return 'html';
  // An element, declaration or comment; PowerShell opens scripts with a `<#` comment block.
  if (/^<(?:\?xml|!--|!doctype|[A-Za-z_])/i.test(t)) return 'xml';
  if (ext === 'json' || ext === 'ndjson' || t.startsWith('{') || (t.startsWith('[') && /^\[\s*[{["\d]/.test(t))) return 'json';
  if (ext === 'mbox' || (/^From \S+/.test(head) && HEADER_LINE.test(head.slice(0, 4096)))) return 'mbox';
  // MHTML ("web archive", a page saved by Word or a browser) is a MIME message.
  if (ext === 'eml' || ext === 'mht' || ext === 'mhtml' || (ext === '' && /^[\w-]+:/.test(t) && HEADER_LINE.test(t.slice(0, 2048)) && /\r?\n\r?\n/.test(t))) return 'eml';
  if (ext === 'ics' || ext === 'vcs' || /^BEGIN:VCALENDAR\r?\n/i.test(t)) return 'calendar';
  if (ext === 'sql' || SQL_START.test(afterLeadingComments(t))) return 'sql';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return 'text';
};

/** Decides the extractor family from the first bytes of a buffer (at least 4 KiB when available) and the name. */
export const sniff = (head: Buffer, name: string): SniffedKind => {
  const ext = extensionOf(name);
  if (startsWith(head, '%PDF') || head.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(head, 'PK\x03\x04') || startsWith(head, 'PK\x05\x06')) return 'zip';
  if (startsWith(head, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'ole';
  if (startsWith(head, 'DICM', 128)) return 'dicom';
  // A raw DICOM dataset without the 128-byte preamble starts with a group 0002/0008 tag (little endian).
  if (['dcm', 'dicom', 'dic'].includes(ext) && (head[0] === 0x02 || head[0] === 0x08) && head[1] === 0 && head[3] === 0) return 'dicom';
  if (startsWith(head, 'SQLite format 3\0')) return 'sqlite';
  if (startsWith(head, '!BDN')) return 'pst';
  if (startsWith(head, '{\\rtf')) return 'rtf';
  // Images (scans) go to the binary extractor, which names them by their magic bytes and reads no further.
  if (looksBinary(head) || imageFormat(head)) return 'binary';
  return sniffText(decodeText(head.subarray(0, 8192)), ext);
};
