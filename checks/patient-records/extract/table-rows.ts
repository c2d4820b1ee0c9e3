/** Spreadsheet rows to a table: title rows above the header set apart, first row with several cells as header (pure). */
import type { ExtractedTable } from '../extracted.js';

/**
 * Rows kept per table (what the table detector reads); beyond this the table says `truncated`
 * and, where counting is cheap, how many rows there were (`rowsTotal`).
 */
export const MAX_TABLE_ROWS = 5_000;

/** Rows above the header that are looked at for titles ("Patient list - March", a blank-ish banner). */
export const MAX_TITLE_ROWS = 5;

const filled = (row: string[]): number => row.filter((c) => c.trim()).length;

/**
 * Splits leading title rows (one filled cell) from the table below them, so the header is the first
 * row with at least two filled cells (or the row below it, when that one is a merged super-header). A sheet
 * whose rows all have one cell keeps its first row as header.
 */
export const splitTitleRows = (rows: string[][]): { titles: string[]; rows: string[][] } => {
  let first = rows.slice(0, MAX_TITLE_ROWS + 1).findIndex((r) => filled(r) >= 2);
  if (first >= 0 && isGroupRow(rows[first]!, rows[first + 1])) first++;
  if (first <= 0) return { titles: [], rows };
  return { titles: rows.slice(0, first).map((r) => r.filter((c) => c.trim()).join(' ')), rows: rows.slice(first) };
};

/**
 * A merged super-header ("Patient" over "Last | First", "Contact" over "Phone | Email"): its cells leave blanks
 * where the row below, a header of its own (text without digits), has labels. The row below is then the header.
 */
const isGroupRow = (row: string[], next: string[] | undefined): boolean => {
  if (!next || filled(next) <= filled(row)) return false;
  let covered = 0;
  let spanning = false;
  for (let i = 0; i < next.length; i++) {
    const label = next[i]?.trim() ?? '';
    const group = row[i]?.trim() ?? '';
    if (label && (/\d/.test(label) || label.length > 40)) return false;
    if (group && !label) return false;
    // A blank after a group label is the rest of its merged span.
    if (label && !group && spanning) covered++;
    spanning ||= !!group;
  }
  return covered > 0;
};

/** A named table from sheet rows: title rows dropped (see `tableWithTitles` to keep them), at most MAX_TABLE_ROWS data rows. */
export const tableFromRows = (name: string | undefined, rows: string[][], truncated = false): ExtractedTable => tableWithTitles(name, rows, truncated).table;

/** A named table from sheet rows plus the title rows found above its header. */
export const tableWithTitles = (name: string | undefined, rows: string[][], truncated = false): { table: ExtractedTable; titles: string[] } => {
  const split = splitTitleRows(rows);
  const [header = [], ...body] = split.rows;
  const cut = truncated || body.length > MAX_TABLE_ROWS;
  const table: ExtractedTable = { ...(name !== undefined ? { name } : {}), header, rows: body.slice(0, MAX_TABLE_ROWS), ...(cut ? { truncated: true } : {}) };
  return { table, titles: split.titles };
};
