/** Spreadsheets in zip form: xlsx (shared strings, sheets, date styles) and ods (content.xml tables). */
import type { Entry, ZipFile } from 'yauzl';
import type { ExtractedDocument, ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './csv.js';
import { decodeEntities, stripTags } from './markup.js';
import { readMemberText } from './zip-reader.js';
import { emptyDocument, type ExtractInput } from './types.js';

const textRuns = (xml: string): string => decodeEntities([...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));

/** Shared strings table of an xlsx (pure). */
export const parseSharedStrings = (xml: string): string[] => [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1] ?? ''));

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes (`s=`) format a number as a date (pure). */
export const parseDateStyles = (xml: string): Set<number> => {
  const custom = new Set<number>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) if (/[dmy]/i.test((m[2] ?? '').replace(/\[[^\]]*\]|"[^"]*"/g, ''))) custom.add(Number(m[1]));
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const dates = new Set<number>();
  [...cellXfs.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].forEach((m, i) => {
    const id = Number(m[1]);
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
export const parseSheet = (xml: string, shared: string[], dateStyles: Set<number>, maxRows = MAX_TABLE_ROWS): { rows: string[][]; truncated: boolean } => {
  const rows: string[][] = [];
  for (const rm of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
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
      else if (raw !== undefined) value = dateStyles.has(style) && Number.isFinite(Number(raw)) ? serialToDate(Number(raw)) : decodeEntities(raw);
      const col = ref ? columnIndex(ref) : row.length;
      while (row.length < col) row.push('');
      row[col] = value;
    }
    if (row.some((v) => v !== '')) rows.push(row);
  }
  return { rows, truncated: false };
};

const toTable = (name: string, rows: string[][], truncated: boolean): ExtractedTable => {
  const [header = [], ...body] = rows;
  return { name, header, rows: body, ...(truncated ? { truncated } : {}) };
};

/** Extracts every sheet of an xlsx as a table. */
export const extractXlsx = async (zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const byName = new Map(entries.map((e) => [e.fileName, e]));
  const shared = parseSharedStrings(await readMemberText(zip, byName.get('xl/sharedStrings.xml'), input));
  const dateStyles = parseDateStyles(await readMemberText(zip, byName.get('xl/styles.xml'), input));
  const names = [...(await readMemberText(zip, byName.get('xl/workbook.xml'), input)).matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  const sheets = entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }));
  const tables: ExtractedTable[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const { rows, truncated } = parseSheet(await readMemberText(zip, sheet, input), shared, dateStyles);
    tables.push(toTable(names[i] ?? `Sheet${i + 1}`, rows, truncated));
  }
  return [{ ...emptyDocument('xlsx', input), tables, capped: input.capped || input.budget.bytes <= 0 || tables.some((t) => t.truncated) }];
};

/** Extracts every table of an OpenDocument spreadsheet (ods). */
export const extractOds = async (zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const xml = await readMemberText(zip, entries.find((e) => e.fileName === 'content.xml'), input);
  const tables: ExtractedTable[] = [];
  for (const tm of xml.matchAll(/<table:table\b[^>]*?table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows: string[][] = [];
    for (const rm of (tm[2] ?? '').matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
      const row = [...(rm[1] ?? '').matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map((c) => /office:date-value="([^"]*)"/.exec(c[1] ?? '')?.[1] ?? stripTags(c[2] ?? ''));
      if (row.some(Boolean)) rows.push(row);
      if (rows.length > MAX_TABLE_ROWS) break;
    }
    tables.push(toTable(decodeEntities(tm[1] ?? ''), rows, rows.length > MAX_TABLE_ROWS));
  }
  return [{ ...emptyDocument('ods', input), tables, capped: input.capped || input.budget.bytes <= 0 || tables.some((t) => t.truncated) }];
};
