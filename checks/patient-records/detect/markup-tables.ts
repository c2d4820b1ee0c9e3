/** Tables in markup: Markdown pipe tables, and JSON records flattened to `path.N.field: value` lines. */
import type { ExtractedTable } from '../extracted.js';

const MAX_LINES = 20_000;
const MAX_COLUMNS = 60;
const PIPE_SEPARATOR = /^[\s|:-]+$/;

const pipeCells = (line: string): string[] => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());

/** A Markdown (or plain-text) pipe table whose header row names at least two known columns. */
export const sniffPipeTable = (text: string, isKnownHeader: (cell: string) => boolean): ExtractedTable | null => {
  if (!text.includes('|')) return null;
  const lines = text.slice(0, 8_192).split(/\r\n|\n|\r/, 60);
  const start = lines.findIndex((l) => l.trimStart().startsWith('|') && pipeCells(l).filter(isKnownHeader).length >= 2);
  if (start < 0) return null;
  const all = text.split(/\r\n|\n|\r/, MAX_LINES);
  const header = pipeCells(all[start]!);
  const rows: string[][] = [];
  for (const line of all.slice(start + 1)) {
    if (!line.trimStart().startsWith('|')) break;
    if (!PIPE_SEPARATOR.test(line)) rows.push(pipeCells(line));
  }
  return rows.length ? { header, rows, truncated: all.length >= MAX_LINES } : null;
};

const FLAT_LINE = /^([A-Za-z0-9_$@-]+(?:\.[A-Za-z0-9_$@-]+)*): ?(.*)$/;
const NUMERIC = /^\d+$/;

/** Splits a flattened path into its parent and field name (`patients.0.first_name` -> [`patients`, `first_name`]); indices are dropped. */
const parentAndField = (path: string): [string, string] => {
  const parts = path.split('.').filter((p) => !NUMERIC.test(p));
  return [parts.slice(0, -1).join('.'), parts[parts.length - 1] ?? ''];
};

/**
 * JSON records as the extractor flattens them (`patients.first_name: Ana`, array indices dropped): one row per
 * record, one column per field name, when the fields name at least two known columns. A record ends when one of
 * its fields comes back after another field (consecutive repeats are one field's list of values).
 */
export const sniffFlatRecords = (text: string, isKnownHeader: (cell: string) => boolean): ExtractedTable | null => {
  const columns = new Map<string, number>();
  const rows: string[][] = [];
  const open = new Map<string, string[]>();
  let lastKey = '';
  for (const line of text.split('\n', MAX_LINES)) {
    const m = FLAT_LINE.exec(line);
    if (!m || !m[2]) continue;
    const [parent, field] = parentAndField(m[1]!);
    const key = `${parent}.${field}`;
    let col = columns.get(field);
    if (col === undefined) {
      if (columns.size >= MAX_COLUMNS) continue;
      columns.set(field, (col = columns.size));
    }
    let row = open.get(parent);
    if (row && row[col] !== undefined && key !== lastKey) row = undefined;
    if (!row) {
      rows.push((row = []));
      open.set(parent, row);
    }
    row[col] = row[col] !== undefined ? `${row[col]}, ${m[2]}` : m[2];
    lastKey = key;
  }
  const header = [...columns.keys()];
  if (header.filter(isKnownHeader).length < 2) return null;
  const full = rows.filter((r) => r.filter(Boolean).length >= 2).map((r) => header.map((_, i) => r[i] ?? ''));
  return full.length ? { header, rows: full } : null;
};
