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

/** Parses delimited text into rows (pure); stops after `maxRows` rows. */
export const parseDelimited = (text: string, delimiter: string, maxRows: number): { rows: string[][]; truncated: boolean } => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') (field += '"'), i++;
        else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      if (rows.length >= maxRows) return { rows, truncated: i < text.length - 1 };
    } else field += c;
  }
  row.push(field);
  if (row.length > 1 || row[0] !== '') rows.push(row);
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
