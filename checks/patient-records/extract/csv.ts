/** CSV/TSV: RFC 4180 quoting, delimiter guessed from the first line, first row as header. */
import type { ExtractedTable } from '../extracted.js';
import { decodeText } from './decode-text.js';
import { extensionOf } from './sniff.js';
import { emptyDocument, type Extractor } from './types.js';

/** Rows kept per table; beyond this the table says `truncated`. */
export const MAX_TABLE_ROWS = 50_000;

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

/** Parses delimited text into rows (pure); stops after `maxRows` rows. Unquoted fields are sliced, not built char by char. */
export const parseDelimited = (text: string, delimiter: string, maxRows: number): { rows: string[][]; truncated: boolean } => {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      let j = i + 1;
      let out = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text[q + 1] === '"') {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      field = out;
      i = j;
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      let j = i;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    endRow();
    if (rows.length >= maxRows) return { rows, truncated: i < n };
  }
  if (row.length) endRow();
  return { rows, truncated: false };
};

/** Builds a table from delimited text (pure). */
export const parseTable = (text: string, name: string | undefined, maxRows = MAX_TABLE_ROWS): ExtractedTable => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const { rows, truncated } = parseDelimited(text, guessDelimiter(firstLine), maxRows + 1);
  const [header = [], ...body] = rows;
  return { ...(name ? { name } : {}), header, rows: body, ...(truncated ? { truncated } : {}) };
};

/** Extracts a CSV/TSV file as one table. */
export const extractCsv: Extractor = async (input) => {
  const table = parseTable(decodeText(input.buffer), undefined);
  return [{ ...emptyDocument(extensionOf(input.name) === 'tsv' ? 'tsv' : 'csv', input), tables: [table] }];
};
