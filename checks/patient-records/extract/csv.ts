/** CSV/TSV: RFC 4180 quoting, delimiter guessed from the first line, first row as header. */
import type { ExtractedTable } from '../extracted.js';
import { decodeText } from './decode-text.js';
import { extensionOf } from './sniff.js';
import { emptyDocument, type Extractor } from './types.js';

/**
 * Rows kept per table (what the table detector reads); beyond this the table says `truncated`
 * and, where counting is cheap, how many rows there were (`rowsTotal`).
 */
export const MAX_TABLE_ROWS = 20_000;

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** The delimiter that appears most often in the first line. */
export const guessDelimiter = (firstLine: string): string => {
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
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

/** Builds a table from delimited text (pure). */
export const parseTable = (text: string, name: string | undefined, maxRows = MAX_TABLE_ROWS): ExtractedTable => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const { rows, truncated, more } = parseDelimited(text, guessDelimiter(firstLine), maxRows + 1);
  const [header = [], ...body] = rows;
  return { ...(name ? { name } : {}), header, rows: body, ...(truncated ? { truncated, rowsTotal: body.length + more } : {}) };
};

/** Extracts a CSV/TSV file as one table. */
export const extractCsv: Extractor = async (input) => {
  const table = parseTable(decodeText(input.buffer), undefined);
  return [{ ...emptyDocument(extensionOf(input.name) === 'tsv' ? 'tsv' : 'csv', input), tables: [table], capped: input.capped || !!table.truncated }];
};
