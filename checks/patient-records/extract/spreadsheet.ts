/** Spreadsheets in zip form: xlsx (shared strings, sheets, date styles) and ods (content.xml tables). */
import type { Entry, ZipFile } from 'yauzl';
import type { ExtractedDocument } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { decodeEntities, stripTags } from './markup.js';
import { tableWithTitles } from './table-rows.js';
import { readMemberText } from './zip-reader.js';
import { emptyDocument, type ExtractInput } from './types.js';

const textRuns = (xml: string): string => decodeEntities([...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));

/** Shared strings table of an xlsx (pure). */
export const parseSharedStrings = (xml: string): string[] => [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1] ?? ''));

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes (`s=`) format a number as a date (pure). */
export const parseDateStyles = (xml: string): Set<number> => {
  const custom = new Set<number>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)>/g)) {
    // Attributes in any order; quoted literals and [colour]/[locale] codes are not date parts.
    const id = /\bnumFmtId="(\d+)"/.exec(m[1] ?? '')?.[1];
    const code = decodeEntities(/\bformatCode="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '');
    if (id && /[dmy]/i.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\./g, ''))) custom.add(Number(id));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const dates = new Set<number>();
  // An xf without numFmtId uses format 0 (General) but still takes its index.
  [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].forEach((m, i) => {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0);
    if (BUILTIN_DATE_FORMATS.has(id) || custom.has(id)) dates.add(i);
  });
  return dates;
};

/** Excel serial day (1900 system) to MM/DD/YYYY, the way a US practice would see it. */
export const serialToDate = (serial: number): string => {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
};

const columnIndex = (ref: string): number => {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};

/** Rows of one worksheet (pure). */
export const parseSheet = (xml: string, shared: string[], dateStyles: Set<number>, maxRows = MAX_TABLE_ROWS, date1904 = false): { rows: string[][]; truncated: boolean } => {
  const rows: string[][] = [];
  // A self-closing <row .../> (formatting only) must not swallow the next row's cells.
  for (const rm of xml.matchAll(/<row\b(?:[^>]*[^/>])?>([\s\S]*?)<\/row>/g)) {
    if (rows.length > maxRows) return { rows, truncated: true };
    const row: string[] = [];
    for (const cm of (rm[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] ?? '';
      const body = cm[2] ?? '';
      const ref = /\br="([A-Z]+)\d+"/.exec(attrs)?.[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? -1);
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(raw)] ?? '';
      else if (type === 'inlineStr') value = textRuns(body);
      else if (raw !== undefined) value = dateStyles.has(style) && Number.isFinite(Number(raw)) ? serialToDate(Number(raw) + (date1904 ? 1462 : 0)) : decodeEntities(raw);
      const col = ref ? columnIndex(ref) : row.length;
      while (row.length < col) row.push('');
      row[col] = value;
    }
    if (row.some((v) => v !== '')) rows.push(row);
  }
  return { rows, truncated: false };
};

/** Sheet part names in workbook order, through the workbook's relationships (sheet1.xml is not always the first tab). */
const sheetParts = (workbook: string, rels: string, entries: Entry[]): { name: string; part: Entry }[] => {
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  const targets = new Map([...rels.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => [/\bId="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '', /\bTarget="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '']));
  const listed = [...workbook.matchAll(/<sheet\b([^>]*)>/g)].flatMap((m) => {
    const name = decodeEntities(/\bname="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '');
    const target = targets.get(/\br:id="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '') ?? '';
    const part = byName.get(target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    return part ? [{ name, part }] : [];
  });
  if (listed.length) return listed;
  // No usable relationships: worksheets by file name, in numeric order.
  const names = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  return entries
    .filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.fileName))
    .sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }))
    .map((part, i) => ({ name: names[i] ?? `Sheet${i + 1}`, part }));
};

/** The tables of a workbook's sheets, with the title rows above their headers as text. */
const sheetDocument = (format: 'xlsx' | 'ods', input: ExtractInput, sheets: { name: string; rows: string[][]; truncated: boolean }[]): ExtractedDocument[] => {
  const titles: string[] = [];
  const tables = sheets.map(({ name, rows, truncated }) => {
    const split = tableWithTitles(name, rows, truncated);
    titles.push(...split.titles);
    return split.table;
  });
  return [{ ...emptyDocument(format, input), text: titles.join('\n'), tables, capped: input.capped || input.budget.bytes <= 0 || tables.some((t) => t.truncated) }];
};

/** Extracts every sheet of an xlsx as a table. */
export const extractXlsx = async (zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  const shared = parseSharedStrings(await readMemberText(zip, byName.get('xl/sharedStrings.xml'), input));
  const dateStyles = parseDateStyles(await readMemberText(zip, byName.get('xl/styles.xml'), input));
  const workbook = await readMemberText(zip, byName.get('xl/workbook.xml'), input);
  const rels = await readMemberText(zip, byName.get('xl/_rels/workbook.xml.rels'), input);
  const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook);
  const sheets = [];
  for (const { name, part } of sheetParts(workbook, rels, entries)) {
    const { rows, truncated } = parseSheet(await readMemberText(zip, part, input), shared, dateStyles, MAX_TABLE_ROWS, date1904);
    sheets.push({ name, rows, truncated });
  }
  return sheetDocument('xlsx', input, sheets);
};

/** Cells of one ods row: repeated cells (`number-columns-repeated`) expanded, merged-away cells keep their column (pure). */
export const parseOdsRow = (xml: string): string[] => {
  const row: string[] = [];
  for (const c of xml.matchAll(/<table:(table-cell|covered-table-cell)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:\1>)/g)) {
    const attrs = c[2] ?? '';
    const value = /office:date-value="([^"]*)"/.exec(attrs)?.[1] ?? stripTags(c[3] ?? '');
    // A long run of empty cells pads a row to the sheet's width: only the cells before a value matter.
    const repeat = Math.min(Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1), value ? 100 : 1000);
    for (let i = 0; i < repeat && row.length < 1100; i++) row.push(value);
  }
  while (row.length && !row[row.length - 1]) row.pop();
  return row;
};

/** Extracts every table of an OpenDocument spreadsheet (ods). */
export const extractOds = async (zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const xml = await readMemberText(zip, entries.find((e) => e.fileName === 'content.xml'), input);
  const sheets = [];
  for (const tm of xml.matchAll(/<table:table\b[^>]*?table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows: string[][] = [];
    for (const rm of (tm[2] ?? '').matchAll(/<table:table-row\b([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
      const row = parseOdsRow(rm[2] ?? '');
      if (!row.some(Boolean)) continue;
      // Identical rows stored once with a repeat count.
      const repeat = Math.min(Number(/table:number-rows-repeated="(\d+)"/.exec(rm[1] ?? '')?.[1] ?? 1), MAX_TABLE_ROWS + 1);
      for (let i = 0; i < repeat && rows.length <= MAX_TABLE_ROWS; i++) rows.push(row);
      if (rows.length > MAX_TABLE_ROWS) break;
    }
    sheets.push({ name: decodeEntities(tm[1] ?? ''), rows, truncated: rows.length > MAX_TABLE_ROWS });
  }
  return sheetDocument('ods', input, sheets);
};
