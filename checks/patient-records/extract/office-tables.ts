/** Tables of Word (w:tbl), PowerPoint (a:tbl) and OpenDocument (table:table) parts, so detectors can judge them by column. */
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { officePartText } from './office-text.js';

/** Inner XML of the top-level `<tag>` elements in `xml` (nested ones stay inside their parent's inner XML). */
export const topLevel = (xml: string, tag: string): string[] => {
  const out: string[] = [];
  const re = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(re)) {
    if (m[2]) {
      if (depth === 0) out.push(''); // self-closing: an empty element (an empty cell keeps its column)
    } else if (!m[1]) {
      if (depth++ === 0) start = (m.index ?? 0) + m[0].length;
    } else if (depth > 0 && --depth === 0) out.push(xml.slice(start, m.index));
  }
  return out;
};

type Dialect = { table: string; row: string; cell: string };
const WORD: Dialect = { table: 'w:tbl', row: 'w:tr', cell: 'w:tc' };
const ODF: Dialect = { table: 'table:table', row: 'table:table-row', cell: 'table:table-cell' };
const SLIDE: Dialect = { table: 'a:tbl', row: 'a:tr', cell: 'a:tc' };
const DIALECTS = { docx: WORD, pptx: SLIDE, odt: ODF, odp: ODF } as const;

// Cell paragraphs become spaces: a cell is one value, not lines of text. Runs of one word stay joined.
const cellText = (xml: string, d: Dialect): string => officePartText(xml, d === ODF ? 'odt' : 'docx').replace(/\s+/g, ' ').trim();

/** Rows of cells of one table; nested tables read as their cell's text. ODF header rows sit inside table:table-header-rows. */
const tableRows = (xml: string, d: Dialect): string[][] => {
  const body = d === ODF ? xml.replace(/<\/?table:table-header-rows>/g, '') : xml;
  const rows: string[][] = [];
  for (const row of topLevel(body, d.row)) {
    if (rows.length > MAX_TABLE_ROWS) break;
    rows.push(topLevel(row, d.cell).map((c) => cellText(c, d)));
  }
  return rows.filter((r) => r.some(Boolean));
};

/** Every top-level table of a docx, pptx, odt or odp XML part, first row as header (pure). */
export const officeTables = (xml: string, format: keyof typeof DIALECTS): ExtractedTable[] => {
  const d = DIALECTS[format];
  return topLevel(xml, d.table).flatMap((t) => {
    const [header = [], ...rows] = tableRows(t, d);
    return header.length ? [{ header, rows: rows.slice(0, MAX_TABLE_ROWS), ...(rows.length > MAX_TABLE_ROWS ? { truncated: true } : {}) }] : [];
  });
};
