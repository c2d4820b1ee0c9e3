/** Spreadsheet rows to a table: title rows above the header set apart, first row with several cells as header (pure). */
import type { ExtractedTable } from '../extracted.js';

/**
 * Rows kept per table (what the table detector reads); beyond this the table says `truncated`
 * and, where counting is cheap, how many rows there were (`rowsTotal`).
 */
export const MAX_TABLE_ROWS = 20_000;

/** Rows above the header that are looked at for titles ("Patient list - March", a blank-ish banner). */
export const MAX_TITLE_ROWS = 5;

const filled = (row: string[]): number => row.filter((c) => c.trim()).length;

/**
 * Splits leading title rows (one filled cell) from the table below them, so the header is the first
 * row with at least two filled cells. A sheet whose rows all have one cell keeps its first row as header.
 */
export const splitTitleRows = (rows: string[][]): { titles: string[]; rows: string[][] } => {
  const first = rows.slice(0, MAX_TITLE_ROWS + 1).findIndex((r) => filled(r) >= 2);
  if (first <= 0) return { titles: [], rows };
  return { titles: rows.slice(0, first).map((r) => r.filter((c) => c.trim()).join(' ')), rows: rows.slice(first) };
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
