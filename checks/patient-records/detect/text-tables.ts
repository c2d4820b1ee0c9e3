/** Tables hiding in plain text: tab, comma or semicolon-delimited exports and SQL INSERT statements. */
import type { ExtractedTable } from '../extracted.js';
import { isPatientHeader } from './columns.js';

const MAX_LINES = 20_000;
const MAX_SQL_ROWS = 20_000;

/** Splits one delimited line, honouring double quotes. */
const splitLine = (line: string, sep: string): string[] => {
  if (!line.includes('"')) return line.split(sep);
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
};

const countOf = (line: string, sep: string): number => {
  let n = 0;
  for (let i = line.indexOf(sep); i !== -1; i = line.indexOf(sep, i + 1)) n++;
  return n;
};

const WHOLE_NAME = /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u017F'’-]+(?: [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u017F'’-]+){1,2}$/;
// A birth year: a person alive and not a newborn's record of today.
const BIRTH_DATE = /^(?:(19\d{2}|20[01]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])([/-])(?:0?[1-9]|[12]\d|3[01])\2(19\d{2}|20[012]\d|\d{2})|(19\d{2}|20[01]\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))$/;
/** The year of a date cell (two-digit years as written), for telling birth dates from this month's dates. */
const yearOf = (v: string): string => /^(\d{4})/.exec(v)?.[1] ?? /(\d{2,4})$/.exec(v)?.[1] ?? v;
const share = (values: string[], test: (v: string) => boolean): number => (values.length ? values.filter(test).length / values.length : 0);

/**
 * Column names for a delimited export without a header row (a recall file, `R|0004417|ACKERMAN|ROSALIND||19510624|...`),
 * found from the values: a surname column followed by a column of common given names, and a column of birth dates.
 * Both or nothing: the other columns stay unnamed, and the table judge confirms the rest.
 */
export const headerFromValues = (rows: string[][], isGiven: (v: string) => boolean): string[] | null => {
  const sample = rows.slice(0, 50);
  const width = Math.max(...sample.map((r) => r.length));
  const column = (c: number) => sample.map((r) => r[c]?.trim() ?? '').filter(Boolean);
  let last = -1;
  for (let c = 0; c + 1 < width && last < 0; c++) {
    const surnames = column(c);
    const given = column(c + 1);
    if (surnames.length >= 0.8 * sample.length && share(surnames, (v) => /^[A-Za-z\u00C0-\u017F' -]{2,30}$/.test(v) && /[A-Za-z]/.test(v)) >= 0.8 && share(given, (v) => isGiven(v.split(/\s+/)[0]!)) >= 0.4) last = c;
  }
  let dob = -1;
  for (let c = 0; c < width && dob < 0; c++) {
    const values = column(c);
    // Birth dates span years; a column of this month's dates is a visit or trip log.
    if (values.length >= 0.8 * sample.length && share(values, (v) => BIRTH_DATE.test(v)) >= 0.8 && new Set(values.map(yearOf)).size > 2) dob = c;
  }
  // The first row is data too (there is no header): its cells must fit, or it is a header of other words.
  if (dob < 0 || !BIRTH_DATE.test(sample[0]?.[dob]?.trim() ?? '')) return null;
  // Or whole names in one column, either order ("MacAulay Ewan", "Ewan MacAulay"), beside the birth dates: a common
  // given name in some of them is enough (names from everywhere fill such lists).
  let full = -1;
  for (let c = 0; c < width && last < 0 && full < 0; c++) {
    const names = column(c);
    if (c !== dob && WHOLE_NAME.test(sample[0]?.[c]?.trim() ?? '') && names.length >= 0.8 * sample.length && share(names, (v) => WHOLE_NAME.test(v)) >= 0.8 && share(names, (v) => v.split(/\s+/).some(isGiven)) >= 0.2) full = c;
  }
  if (last < 0 && full < 0) return null;
  return Array.from({ length: width }, (_, c) => (c === full ? 'Name' : c === last ? 'Last Name' : c === last + 1 && last >= 0 ? 'First Name' : c === dob ? 'DOB' : `Column ${c + 1}`));
};

/** A delimited table, when most of the first lines hold the same separator and the first line names a known column. */
export const sniffDelimited = (text: string, isKnownHeader: (cell: string) => boolean, isGiven?: (v: string) => boolean): ExtractedTable | null => {
  const head = text.slice(0, 8_192).split(/\r\n|\n|\r/, 60).filter((l) => l.trim()).slice(0, 50);
  if (head.length < 3) return null;
  // A header starts with a word; log lines start with a timestamp.
  const headerLine = !/^\s*\d/.test(head[0]!);
  for (const sep of ['\t', ',', ';', '|']) {
    if (!head[0]!.includes(sep)) continue;
    const counts = head.map((l) => countOf(l, sep));
    // Tabs are rare in prose, so ragged rows are fine; commas and the rest must be regular.
    const fits = sep === '\t' ? counts.filter((n) => n >= 1).length : counts.filter((n) => n >= 1 && n === counts[1]).length;
    if (fits / head.length < 0.8 || (counts[0] ?? 0) < 1) continue;
    // Logs and prose can be regular too; a table worth judging has a header that names something.
    if (headerLine && sep !== '|' && splitLine(head[0]!, sep).some((c) => isKnownHeader(c.trim()))) {
      const lines = text.split(/\r\n|\n|\r/, MAX_LINES).filter((l) => l.trim());
      const [header, ...rows] = lines.map((l) => splitLine(l, sep).map((c) => c.trim()));
      return { header: header ?? [], rows, truncated: lines.length >= MAX_LINES };
    }
    // No header row: names and birth dates in the values may still say what the columns are (4+ columns, regular rows).
    if (!isGiven || (counts[0] ?? 0) < 3 || counts.filter((n) => n === counts[0]).length / head.length < 0.9) continue;
    const headRows = head.map((l) => splitLine(l, sep).map((c) => c.trim()));
    const header = headerFromValues(headRows, isGiven);
    if (!header) continue;
    const lines = text.split(/\r\n|\n|\r/, MAX_LINES).filter((l) => l.trim());
    return { header, rows: lines.map((l) => splitLine(l, sep).map((c) => c.trim())), truncated: lines.length >= MAX_LINES };
  }
  return null;
};

// `INSERT INTO name (a, b, c) VALUES (...), (...);`
const INSERT = /INSERT\s+INTO\s+[`"[]?([\w.]{1,64})[`"\]]?\s*\(([^)]{1,4000})\)\s*VALUES\s*/gi;

/** Reads value tuples after an INSERT, with a small quote-aware state machine. */
const readTuples = (text: string, start: number, rows: string[][]): void => {
  let i = start;
  while (i < text.length && rows.length < MAX_SQL_ROWS) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (text[i] !== '(') return;
    const row: string[] = [];
    let cur = '';
    let quote = '';
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        if (c === '\\') cur += text[++i] ?? '';
        else if (c === quote && text[i + 1] === quote) {
          cur += c;
          i++;
        } else if (c === quote) quote = '';
        else cur += c;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === ',') {
        row.push(cur.trim());
        cur = '';
      }
      else if (c === ')') break;
      else cur += c;
    }
    row.push(cur.trim());
    rows.push(row.map((v) => (v === 'NULL' ? '' : v)));
    i++;
  }
};

/** Tables written as SQL INSERT statements with a column list (database dumps). */
export const sniffSqlInserts = (text: string): ExtractedTable[] => {
  if (!text.includes('INSERT') && !text.includes('insert')) return [];
  const tables = new Map<string, ExtractedTable>();
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m && tables.size < 50; m = INSERT.exec(text)) {
    const name = m[1]!;
    const header = m[2]!.split(',').map((h) => h.trim().replace(/^[`"[]|[`"\]]$/g, ''));
    let t = tables.get(name);
    if (!t) tables.set(name, (t = { name, header, rows: [] }));
    readTuples(text, INSERT.lastIndex, t.rows);
  }
  return [...tables.values()];
};

const ALIGNED = /\t| {3,}/;
const ALIGNED_TIGHT = /\t| {2,}/;

/** Where each header cell starts in its line (tabs count as one column, so only space-laid headers are cut by position). */
const headerStarts = (line: string, cells: string[]): number[] => {
  const starts: number[] = [];
  let from = 0;
  for (const c of cells) {
    const at = line.indexOf(c, from);
    starts.push(at < 0 ? from : at);
    from = (at < 0 ? from : at) + c.length;
  }
  return starts;
};

// A report's column underline: three or more runs of dashes or equals signs ("------- ------------ ---").
const UNDERLINE = /^[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,}){2,}[ \t]*$/;

/** Column starts from an underline row: each run of dashes is one column, reaching to the next run's start. */
const runStarts = (underline: string): number[] => [...underline.matchAll(/[-=]+/g)].map((m) => m.index!);

/** Cuts a fixed-width line into cells, each from its column's start to the next one's. */
const cutAt = (line: string, starts: number[]): string[] => starts.map((a, k) => line.slice(a, k + 1 < starts.length ? starts[k + 1] : undefined).trim());

/**
 * A fixed-width report printed to a file (a practice-management day sheet, an aging report): the header line sits
 * above a row of dashes, whose runs give the column spans; every later line with something in the first column is
 * cut along them (page headers repeated on later pages come out as rows the column typing does not fit).
 */
export const sniffFixedWidth = (text: string, isKnownHeader: (cell: string) => boolean): ExtractedTable | null => {
  const first = text.slice(0, 16_384).split(/\r\n|\n|\r/, 60);
  for (let i = 1; i < first.length; i++) {
    if (!UNDERLINE.test(first[i]!)) continue;
    const starts = runStarts(first[i]!);
    const header = cutAt(first[i - 1]!, starts);
    if (header.filter(isKnownHeader).length < 2 && !header.some(isPatientHeader)) continue;
    const lines = text.split(/\r\n|\n|\r/, MAX_LINES);
    const rows: string[][] = [];
    for (const line of lines.slice(i + 1)) {
      if (UNDERLINE.test(line) || line.length <= (starts[1] ?? 0)) continue;
      const cells = cutAt(line.replace(/\f/g, ''), starts);
      if (cells[0] && cells.filter(Boolean).length >= 2) rows.push(cells);
    }
    // Rows that open with a date or number: the address blocks, totals and banners printed between them (statement
    // batches, one per patient) are no rows, and would drown the name column.
    const dated = rows.length >= 2 && /^\d/.test(rows[0]![0]!) && /^\d/.test(rows[1]![0]!);
    if (dated) rows.splice(0, rows.length, ...rows.filter((r) => /^\d/.test(r[0]!)));
    if (rows.length >= 2) return { header, rows, truncated: lines.length >= MAX_LINES };
  }
  return null;
};

/**
 * A table laid out with runs of spaces (PDF text layers, fixed-width reports): the first of the
 * first 30 lines whose cells name at least two known column kinds (or a patient column among three) is the header; rows are the
 * later lines with as many cells.
 */
export const sniffAligned = (text: string, isKnownHeader: (cell: string) => boolean): ExtractedTable | null => {
  const first = text.slice(0, 8_192).split(/\r\n|\n|\r/, 30);
  // Two known columns, or a "Patient" column among three or more (a critical-value log, a sign-out sheet).
  const names = (header: string[]) => header.length >= 2 && (header.filter(isKnownHeader).length >= 2 || (header.length >= 3 && header.some(isPatientHeader)));
  for (let i = 0; i < first.length; i++) {
    if (!ALIGNED.test(first[i]!) || /^\s*\d/.test(first[i]!)) continue;
    // Cells three spaces apart; a typed log may set its short headers only two apart ("date  pt      dob").
    let gap = ALIGNED;
    let header = first[i]!.trim().split(gap).map((c) => c.trim()).filter(Boolean);
    if (!names(header)) {
      gap = ALIGNED_TIGHT;
      header = first[i]!.trim().split(gap).map((c) => c.trim()).filter(Boolean);
      if (!names(header)) continue;
    }
    // Only now split the whole text: most documents have no such header.
    const lines = text.split(/\r\n|\n|\r/, MAX_LINES);
    const rows: string[][] = [];
    for (const line of lines.slice(i + 1)) {
      const cells = line.trim().split(gap).map((c) => c.trim());
      if (cells.length === header.length) rows.push(cells);
    }
    if (rows.length >= 2) return { header, rows, truncated: lines.length >= MAX_LINES };
    // Rows whose cells sit two spaces apart ("05/30/1990  Mercy Home Health"): cut them where the header's cells start.
    const starts = headerStarts(first[i]!, header);
    const byPosition = lines.slice(i + 1).filter((l) => l.trim() && l.length > (starts[1] ?? 0) && l.slice(0, starts[1]).trim()).map((l) => cutAt(l, starts));
    if (byPosition.length >= 2) return { header, rows: byPosition, truncated: lines.length >= MAX_LINES };
  }
  return null;
};

/**
 * A table flattened to one cell per line (Word tables and PDF text often come out that way):
 * two or more consecutive header lines that each name a known column, then values in groups of
 * as many lines. The values are checked by the column typing, so a wrong guess finds nothing.
 */
export const sniffVertical = (text: string, isKnownHeader: (cell: string) => boolean): ExtractedTable | null => {
  const first = text.slice(0, 32_768).split(/\r\n|\n|\r/, 400).map((l) => l.trim());
  const known = (l: string | undefined) => !!l && l.length <= 40 && !/\d/.test(l) && isKnownHeader(l);
  let lines: string[] | undefined;
  for (let i = 0; i < first.length; i++) {
    let k = 0;
    while (k < 12 && known(first[i + k])) k++;
    if (k < 2) continue;
    const header = first.slice(i, i + k);
    // Only now split the rest: most documents have no such header.
    lines ??= text.slice(0, 1 << 20).split(/\r\n|\n|\r/, MAX_LINES).map((l) => l.trim());
    const rows: string[][] = [];
    for (let j = i + k; j + k <= lines.length && rows.length < MAX_LINES; j += k) {
      const row = lines.slice(j, j + k);
      if (!row[0] || known(row[0])) break;
      rows.push(row);
    }
    if (rows.length >= 1) return { header, rows };
    i += k;
  }
  return null;
};
