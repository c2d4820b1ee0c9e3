/** CSV/TSV: RFC 4180 quoting, delimiter guessed from the first line, first row as header. */
import type { ExtractedTable } from '../extracted.js';
import { decodeText } from './decode-text.js';
import { extensionOf } from './sniff.js';
import { MAX_TABLE_ROWS, MAX_TITLE_ROWS, splitTitleRows } from './table-rows.js';
import { emptyDocument, type Extractor } from './types.js';


const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The delimiter of the first lines: the one found on most of them (then most often), so a title line
 * above the header ("Patient list - March") does not decide it. `preferTab` for .tsv names.
 */
export const guessDelimiter = (head: string, preferTab = false): string => {
  const lines = head.split(/\r?\n/, 10).filter((l) => l.trim());
  if (preferTab && lines.some((l) => l.includes('\t'))) return '\t';
  let best: string = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const withIt = counts.filter((c) => c > 0).length;
    const count = counts.reduce((a, b) => a + b, 0);
    if (withIt > bestLines || (withIt === bestLines && count > bestCount)) [best, bestLines, bestCount] = [d, withIt, count];
  }
  return best;
};

/** Reads one row that contains quotes, starting at `i`; returns the row and where the next one starts. */
const quotedRow = (text: string, i: number, delimiter: string): [string[], number] => {
  const row: string[] = [];
  const n = text.length;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      i = j;
    }
    let j = i;
    while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
    row.push(field + text.slice(i, j));
    i = j;
    if (i >= n) return [row, n];
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    return [row, i + 1];
  }
};

/** Lines with content from `from` on (a row count estimate: a quoted field spanning lines counts twice). */
const countLines = (text: string, from: number): number => {
  let n = 0;
  for (let i = from; i < text.length; ) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    if (end - i > 1 || (end - i === 1 && text[i] !== '\r')) n++;
    i = end + 1;
  }
  return n;
};

/**
 * Parses delimited text into rows (pure); keeps `maxRows` rows and only counts the rest (`more`).
 * Lines without quotes are split natively.
 */
export const parseDelimited = (text: string, delimiter: string, maxRows: number): { rows: string[][]; truncated: boolean; more: number } => {
  const rows: string[][] = [];
  const n = text.length;
  const d = delimiter.replace(/[|\\]/g, '\\$&');
  // One field: quoted (with doubled quotes inside) or plain, each preceded by the delimiter except the first.
  const fieldRe = new RegExp(`(?:^|${d})(?:"((?:[^"]|"")*)"[^${d}]*|([^${d}]*))`, 'g');
  let i = 0;
  while (i < n) {
    if (rows.length >= maxRows) {
      const more = countLines(text, i);
      return { rows, truncated: more > 0, more };
    }
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? n : nl;
    let line = text.slice(i, end);
    const quotes = line.includes('"') ? line.split('"').length - 1 : 0;
    if (quotes > 0 && quotes % 2 === 0) {
      // Balanced quotes: the row ends on this line, so a regex reads its fields.
      const row: string[] = [];
      const body = line.endsWith('\r') ? line.slice(0, -1) : line;
      for (const m of body.matchAll(fieldRe)) row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
      rows.push(row);
      i = end + 1;
      continue;
    }
    if (quotes > 0) {
      const [row, next] = quotedRow(text, i, delimiter);
      rows.push(row);
      i = next;
      continue;
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    // A lone CR (old Mac line ends) inside the line splits it too.
    for (const part of line.includes('\r') ? line.split('\r') : [line]) if (part !== '') rows.push(part.split(delimiter));
    i = end + 1;
  }
  return { rows, truncated: false, more: 0 };
};

/** Builds a table from delimited text (pure); title lines above the header come back apart. */
export const parseTableWithTitles = (text: string, name: string | undefined, maxRows = MAX_TABLE_ROWS, preferTab = false): { table: ExtractedTable; titles: string[] } => {
  const { rows: all, truncated, more } = parseDelimited(text, guessDelimiter(text.slice(0, 16384), preferTab), maxRows + 1 + MAX_TITLE_ROWS);
  const { titles, rows } = splitTitleRows(all);
  const [header = [], ...kept] = rows;
  const body = kept.slice(0, maxRows);
  const rest = more + kept.length - body.length;
  const cut = truncated || rest > 0;
  return { table: { ...(name ? { name } : {}), header, rows: body, ...(cut ? { truncated: true, rowsTotal: body.length + rest } : {}) }, titles };
};

/** Builds a table from delimited text (pure). */
export const parseTable = (text: string, name: string | undefined, maxRows = MAX_TABLE_ROWS): ExtractedTable => parseTableWithTitles(text, name, maxRows).table;

/** Extracts a CSV/TSV file as one table (and any title lines above its header as text). */
export const extractCsv: Extractor = async (input) => {
  const tsv = extensionOf(input.name) === 'tsv';
  const { table, titles } = parseTableWithTitles(decodeText(input.buffer), undefined, MAX_TABLE_ROWS, tsv);
  return [{ ...emptyDocument(tsv ? 'tsv' : 'csv', input), text: titles.join('\n'), tables: [table], capped: input.capped || !!table.truncated }];
};
