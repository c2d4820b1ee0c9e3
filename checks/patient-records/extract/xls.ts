/**
 * Excel workbook streams read into tables: BIFF8 (Excel 97-2003, 'Workbook') and BIFF5 (Excel 5/95, 'Book').
 * BIFF8 strings are UTF-16 or compressed Latin-1 (shared strings across CONTINUE, LABEL/LABELSST); BIFF5 strings
 * are bytes in the workbook's CODEPAGE (LABEL, RSTRING). Numbers come from NUMBER/RK/MULRK and cached FORMULA
 * results (string results from the STRING record that follows), with date formats (XF -> FORMAT) shown as dates.
 * The npm `xlsx` package is no longer maintained on the registry, so the few records the detectors need are read here.
 */
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { serialToDate } from './spreadsheet.js';
import { tableWithTitles } from './table-rows.js';
import { BUILTIN_DATE_FORMATS, byteString, codePageEncoding, isDateCode, records, rkValue, Segments } from './xls-records.js';

export { rkValue } from './xls-records.js';

type Cell = { row: number; col: number; value: string };
type Sheet = { name: string; cells: Cell[]; cut: boolean };

/** BIFF version of a workbook stream from its first BOF record: 8 (Excel 97+), 5 (Excel 5/95) or null (older or not BIFF). */
export const biffVersion = (wb: Buffer): 5 | 8 | null => {
  if (wb.length < 8 || wb.readUInt16LE(0) !== 0x0809) return null;
  const v = wb.readUInt16LE(4);
  return v === 0x0600 ? 8 : v === 0x0500 ? 5 : null;
};

/** True when the stream is BIFF8 (BOF version 0x0600). */
export const isBiff8 = (wb: Buffer): boolean => biffVersion(wb) === 8;

/** Every worksheet of a BIFF5 or BIFF8 workbook stream as a table (first row with several cells as header) plus title rows as text (pure). */
export const readBiff = (wb: Buffer): { tables: ExtractedTable[]; text: string } => {
  const biff8 = biffVersion(wb) === 8;
  let encoding = 'windows-1252';
  const sst: string[] = [];
  const customDates = new Set<number>();
  const xfDate: boolean[] = [];
  const sheetNames = new Map<number, string>();
  let date1904 = false;
  let sstParts: Buffer[] | null = null;
  const sheets: Sheet[] = [];
  let current: Sheet | null = null;
  // A FORMULA whose result is a string: the STRING record right after it holds the value.
  let pendingString: { row: number; col: number } | null = null;
  const fmt = (xf: number, n: number): string =>
    xfDate[xf] && n > 0 && n < 2_958_466 ? serialToDate(n + (date1904 ? 1462 : 0)) : String(Number.isInteger(n) ? n : Number(n.toPrecision(15)));
  // BIFF8: 16-bit count, flags byte, then 8- or 16-bit characters; BIFF5: 16-bit count, then code-page bytes.
  const string16 = (data: Buffer): string => {
    if (!biff8) return byteString(data, 2, data.length >= 2 ? data.readUInt16LE(0) : 0, encoding);
    const r = new Segments([data]);
    const cch = r.u16();
    return r.chars(cch, (r.u8() & 1) === 1);
  };
  const flushSst = (): void => {
    if (!sstParts) return;
    const r = new Segments(sstParts);
    r.skip(8);
    while (!r.done() && sst.length < 1_000_000) sst.push(r.richString());
    sstParts = null;
  };
  const push = (row: number, col: number, value: string): void => {
    if (!current || !value.trim()) return;
    if (row > MAX_TABLE_ROWS + 10 || col > 1000) current.cut = true;
    else current.cells.push({ row, col, value });
  };
  for (const { type, data, offset } of records(wb)) {
    if (type === 0x003c && sstParts) {
      sstParts.push(data);
      continue;
    }
    flushSst();
    if (type === 0x0207 && pendingString) push(pendingString.row, pendingString.col, string16(data));
    // Shared-formula, array and table records may sit between a FORMULA and its STRING.
    if (type !== 0x0207 && type !== 0x003c && type !== 0x04bc && type !== 0x0221 && type !== 0x0236) pendingString = null;
    if (type === 0x0809) {
      // BOF: a worksheet substream starts where its BOUNDSHEET said; the globals substream has no name.
      const name = sheetNames.get(offset);
      current = name !== undefined && data.length >= 4 && data.readUInt16LE(2) === 0x0010 ? { name, cells: [], cut: false } : null;
      if (current) sheets.push(current);
    } else if (type === 0x000a) current = null;
    else if (type === 0x0042 && data.length >= 2) encoding = codePageEncoding(data.readUInt16LE(0));
    else if (type === 0x00fc) sstParts = [data];
    else if (type === 0x0022 && data.length >= 2) date1904 = data.readUInt16LE(0) === 1;
    else if (type === 0x041e && data.length >= 3) {
      const id = data.readUInt16LE(0);
      const code = biff8 ? string16(data.subarray(2)) : byteString(data, 3, data[2] as number, encoding);
      if (isDateCode(code)) customDates.add(id);
    } else if (type === 0x00e0 && data.length >= 4) {
      const id = data.readUInt16LE(2);
      xfDate.push(BUILTIN_DATE_FORMATS.has(id) || customDates.has(id));
    } else if (type === 0x0085 && data.length >= 7) {
      // BOUNDSHEET: stream offset, flags, then an 8-bit count and the name (BIFF8 adds a flags byte).
      const cch = data[6] as number;
      const name = biff8 ? new Segments([data.subarray(7)]) : null;
      sheetNames.set(data.readUInt32LE(0), name ? name.chars(cch, (name.u8() & 1) === 1) : byteString(data, 7, cch, encoding));
    } else if (current && data.length >= 6) {
      const row = data.readUInt16LE(0);
      const col = data.readUInt16LE(2);
      const xf = data.readUInt16LE(4);
      if (type === 0x00fd && data.length >= 10) push(row, col, sst[data.readUInt32LE(6)] ?? '');
      else if ((type === 0x0204 || type === 0x00d6) && data.length >= 8) push(row, col, string16(data.subarray(6)));
      else if (type === 0x0203 && data.length >= 14) push(row, col, fmt(xf, data.readDoubleLE(6)));
      else if (type === 0x027e && data.length >= 10) push(row, col, fmt(xf, rkValue(data.readUInt32LE(6))));
      else if (type === 0x00bd) {
        for (let i = 4, c = col; i + 6 <= data.length - 2; i += 6, c++) push(row, c, fmt(data.readUInt16LE(i), rkValue(data.readUInt32LE(i + 2))));
      } else if (type === 0x0006 && data.length >= 14) {
        // FORMULA: a cached number, or (0xFFFF marker) a string result in the next STRING record.
        if (data.readUInt16LE(12) !== 0xffff) push(row, col, fmt(xf, data.readDoubleLE(6)));
        else if (data[6] === 0) pendingString = { row, col };
      }
    }
  }
  flushSst();
  const titles: string[] = [];
  const tables = sheets.map(({ name, cells, cut }) => {
    const grid = new Map<number, string[]>();
    for (const c of cells) {
      const r = grid.get(c.row) ?? [];
      while (r.length < c.col) r.push('');
      r[c.col] = c.value;
      grid.set(c.row, r);
    }
    const rows = [...grid.keys()].sort((a, b) => a - b).map((k) => grid.get(k) as string[]);
    const split = tableWithTitles(name, rows, cut);
    titles.push(...split.titles);
    return split.table;
  });
  return { tables: tables.filter((t) => t.header.length || t.rows.length), text: titles.join('\n') };
};
