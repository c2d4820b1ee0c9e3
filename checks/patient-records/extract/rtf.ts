/**
 * RTF: visible text with \'hh (in the document's \ansicpg code page) and \uN escapes decoded; font tables,
 * pictures, shape properties and other hidden destinations skipped. Footnotes, comments (annotations) and
 * text boxes (shape text) are ignorable destinations (`{\*\footnote ...}`) that Word and LibreOffice write,
 * and are kept. Table rows (\cell ... \row) also come out as tables.
 */
import iconv from 'iconv-lite';
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { emptyDocument, type Extractor } from './types.js';

const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'pict', 'object', 'objdata', 'themedata', 'datastore', 'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'fldinst', 'filetbl', 'revtbl', 'wgrffmtfilter', 'pgdsctbl', 'colorschememapping', 'sp', 'shpgrp', 'info', 'userprops', 'bkmkstart', 'bkmkend', 'atnid', 'atnauthor', 'atndate', 'atnref', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc']);
/** Ignorable destinations (after `\*`) whose content is document text. */
const KEEP_STARRED = new Set(['footnote', 'annotation', 'shpinst', 'shptxt', 'htmltext']);
const BREAKS: Record<string, string> = { par: '\n', line: '\n', sect: '\n', page: '\n', tab: '\t', emdash: '-', endash: '-', bullet: '*', lquote: "'", rquote: "'", ldblquote: '"', rdblquote: '"', _: '-' };

/** Text and tables of an RTF document (pure). */
export type RtfContent = { text: string; tables: ExtractedTable[] };

/** Text and tables of an RTF document (pure). Hex escapes are read in the \ansicpg code page (Windows-1252 by default). */
export const parseRtfDocument = (rtf: string): RtfContent => {
  const out: string[] = [];
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let starred = false; // the next control word names an ignorable destination
  let uc = 1;
  let encoding = 'windows-1252';
  let pendingSkip = 0; // characters to drop after a \uN
  let bytes: number[] = [];
  // Table state: the text since the last cell or row mark, the current row, and the tables so far.
  let cellStart = 0;
  let row: string[] = [];
  let table: string[][] | null = null;
  let lastRowEnd = -1;
  let rowOpen = false;
  let noteDepth = 0; // group depth of an open footnote/comment/text box: its text goes on its own lines
  const tables: string[][][] = [];
  const flush = () => {
    if (bytes.length) out.push(iconv.decode(Buffer.from(bytes), encoding));
    bytes = [];
  };
  const emit = (s: string) => {
    if (pendingSkip > 0) pendingSkip--;
    else if (!skip) out.push(s);
  };
  // The first \intbl of a row marks where its first cell's text starts; blank text since the last row keeps one table.
  const startRow = () => {
    if (rowOpen) return;
    rowOpen = true;
    if (!table || lastRowEnd < 0 || /\S/.test(out.slice(lastRowEnd).join(''))) tables.push((table = []));
    cellStart = out.length;
  };
  const endCell = () => {
    startRow();
    row.push(out.slice(cellStart).join('').replace(/\s+/g, ' ').trim());
    emit('\t');
    cellStart = out.length;
  };
  const endRow = () => {
    startRow();
    if (table && row.some(Boolean) && table.length <= MAX_TABLE_ROWS) table.push(row);
    row = [];
    rowOpen = false;
    emit('\n');
    cellStart = lastRowEnd = out.length;
  };
  for (let i = 0; i < rtf.length; i++) {
    const c = rtf[i] as string;
    if (c === '{') {
      flush();
      stack.push({ skip, uc });
    } else if (c === '}') {
      flush();
      ({ skip, uc } = stack.pop() ?? { skip: false, uc: 1 });
      starred = false;
      if (noteDepth && stack.length < noteDepth) {
        noteDepth = 0;
        emit('\n');
      }
    } else if (c === '\\') {
      const next = rtf[i + 1] ?? '';
      if (next === "'") {
        const b = parseInt(rtf.slice(i + 2, i + 4), 16);
        if (pendingSkip > 0) pendingSkip--;
        else if (!skip && Number.isFinite(b)) bytes.push(b);
        i += 3;
        continue;
      }
      flush();
      if (next === '\\' || next === '{' || next === '}' || next === '~' || next === '_' || next === '-') {
        if (next !== '-') emit(next === '~' ? ' ' : next === '_' ? '-' : next);
        i++;
      } else if (next === '*') {
        starred = true;
        i++;
      } else {
        const m = /^([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i + 1, i + 40));
        if (!m) {
          i++;
          continue;
        }
        const [all, word = '', arg] = m;
        i += all.length;
        if (starred && !KEEP_STARRED.has(word)) skip = true;
        else if (starred && !skip && !noteDepth) {
          noteDepth = stack.length;
          emit('\n');
        }
        starred = false;
        if (SKIP.has(word)) skip = true;
        else if (word === 'ansicpg' && arg && iconv.encodingExists(`cp${arg}`)) encoding = `cp${arg}`;
        else if (word === 'uc') uc = Number(arg ?? 1);
        else if (word === 'u') {
          emit(String.fromCharCode((Number(arg) + 65536) % 65536));
          pendingSkip = uc;
        } else if (word === 'bin') i += Number(arg ?? 0);
        else if (word === 'intbl' && !skip) startRow();
        else if ((word === 'cell' || word === 'nestcell') && !skip) endCell();
        else if ((word === 'row' || word === 'nestrow') && !skip) endRow();
        else if (BREAKS[word]) emit(BREAKS[word] as string);
      }
    } else if (c !== '\r' && c !== '\n') {
      flush();
      emit(c);
    }
  }
  flush();
  const text = out.join('').replace(/[ \t]+\n/g, '\n').trim();
  const found = tables.flatMap(([header = [], ...rows]) => (header.length >= 2 && rows.length ? [{ header, rows: rows.slice(0, MAX_TABLE_ROWS), ...(rows.length > MAX_TABLE_ROWS ? { truncated: true } : {}) }] : []));
  return { text, tables: found };
};

/** Text of an RTF document (pure). */
export const parseRtf = (rtf: string): string => parseRtfDocument(rtf).text;

/** Extracts the text (and tables) of an RTF document. */
export const extractRtf: Extractor = async (input) => {
  const { text, tables } = parseRtfDocument(input.buffer.toString('latin1'));
  return [{ ...emptyDocument('rtf', input), text, tables }];
};
