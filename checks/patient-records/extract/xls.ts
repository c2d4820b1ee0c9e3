/**
 * Excel 97-2003 (BIFF8) workbook streams read into tables: shared strings (SST + CONTINUE), LABEL/LABELSST,
 * NUMBER/RK/MULRK and cached FORMULA numbers, with date formats (XF -> FORMAT) shown as dates. The npm `xlsx`
 * package is no longer maintained on the registry, so the few records the detectors need are read here.
 */
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './csv.js';
import { serialToDate } from './spreadsheet.js';

type Rec = { type: number; data: Buffer; offset: number };

/** Records of a BIFF stream, each with its stream offset (bounded by the stream's length). */
const records = function* (wb: Buffer): Generator<Rec> {
  for (let i = 0; i + 4 <= wb.length; ) {
    const type = wb.readUInt16LE(i);
    const len = wb.readUInt16LE(i + 2);
    yield { type, data: wb.subarray(i + 4, Math.min(wb.length, i + 4 + len)), offset: i };
    i += 4 + len;
  }
};

/** Reads XLUnicodeString bodies across CONTINUE boundaries (a string resumes with a fresh flags byte). */
class Segments {
  private seg = 0;
  private pos = 0;
  constructor(private readonly parts: Buffer[]) {}
  private cur(): Buffer | undefined {
    while (this.parts[this.seg] && this.pos >= (this.parts[this.seg] as Buffer).length) {
      this.seg++;
      this.pos = 0;
    }
    return this.parts[this.seg];
  }
  done(): boolean {
    return !this.cur();
  }
  u8(): number {
    const b = this.cur();
    return b ? (b[this.pos++] as number) : 0;
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  skip(n: number): void {
    for (let left = n; left > 0 && this.cur(); ) {
      const step = Math.min(left, (this.cur() as Buffer).length - this.pos);
      this.pos += step;
      left -= step;
    }
  }
  /** `cch` characters, 8- or 16-bit per the flags byte; a new segment restarts with its own flags byte. */
  chars(cch: number, high: boolean): string {
    let out = '';
    let wide = high;
    for (let left = cch; left > 0; ) {
      const b = this.cur();
      if (!b) break;
      const n = Math.min(left, Math.floor((b.length - this.pos) / (wide ? 2 : 1)));
      out += b.toString(wide ? 'utf16le' : 'latin1', this.pos, this.pos + n * (wide ? 2 : 1));
      this.pos += n * (wide ? 2 : 1);
      left -= n;
      if (left > 0) {
        this.seg++;
        this.pos = 0;
        wide = (this.u8() & 1) === 1;
      }
    }
    return out;
  }
  /** One XLUnicodeRichExtendedString (SST entry). */
  richString(): string {
    const cch = this.u16();
    const flags = this.u8();
    const runs = flags & 8 ? this.u16() : 0;
    const ext = flags & 4 ? this.u32() : 0;
    const s = this.chars(cch, (flags & 1) === 1);
    this.skip(runs * 4 + ext);
    return s;
  }
}

/** An RK number: a 30-bit integer or the top of a double, optionally divided by 100. */
export const rkValue = (rk: number): number => {
  let v: number;
  if (rk & 2) v = rk >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    v = b.readDoubleLE(0);
  }
  return rk & 1 ? v / 100 : v;
};

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** A number format code that shows a date: d, m or y outside quotes, brackets and escapes. */
const isDateCode = (code: string): boolean => /[dy]|m(?!\s*:)/i.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '')) && !/^[#0.,%\s]*$/.test(code);

type Cell = { row: number; col: number; value: string };
/** True when the stream is BIFF8 (BOF version 0x0600); BIFF5 and older keep the text-run fallback. */
export const isBiff8 = (wb: Buffer): boolean => wb.length >= 8 && wb.readUInt16LE(0) === 0x0809 && wb.readUInt16LE(4) === 0x0600;

/** Every worksheet of a BIFF8 workbook stream as a table, first non-empty row as header (pure). */
export const readBiff8 = (wb: Buffer): ExtractedTable[] => {
  const sst: string[] = [];
  const customDates = new Set<number>();
  const xfDate: boolean[] = [];
  const sheetNames = new Map<number, string>();
  let date1904 = false;
  let sstParts: Buffer[] | null = null;
  const sheets: { name: string; cells: Cell[]; cut: boolean }[] = [];
  let current: { name: string; cells: Cell[]; cut: boolean } | null = null;
  const fmt = (xf: number, n: number): string =>
    xfDate[xf] && n > 0 && n < 2_958_466 ? serialToDate(n + (date1904 ? 1462 : 0)) : String(Number.isInteger(n) ? n : Number(n.toPrecision(15)));
  const flushSst = (): void => {
    if (!sstParts) return;
    const r = new Segments(sstParts);
    r.skip(8);
    while (!r.done() && sst.length < 1_000_000) sst.push(r.richString());
    sstParts = null;
  };
  for (const { type, data, offset } of records(wb)) {
    if (type === 0x003c && sstParts) {
      sstParts.push(data);
      continue;
    }
    flushSst();
    if (type === 0x0809) {
      // BOF: a worksheet substream starts where its BOUNDSHEET said; the globals substream has no name.
      const name = sheetNames.get(offset);
      current = name !== undefined && data.length >= 4 && data.readUInt16LE(2) === 0x0010 ? { name, cells: [], cut: false } : null;
      if (current) sheets.push(current);
    } else if (type === 0x000a) current = null;
    else if (type === 0x00fc) sstParts = [data];
    else if (type === 0x0022 && data.length >= 2) date1904 = data.readUInt16LE(0) === 1;
    else if (type === 0x041e && data.length >= 5) {
      const r = new Segments([data]);
      const id = r.u16();
      const cch = r.u16();
      if (isDateCode(r.chars(cch, (r.u8() & 1) === 1))) customDates.add(id);
    } else if (type === 0x00e0 && data.length >= 4) {
      const id = data.readUInt16LE(2);
      xfDate.push(BUILTIN_DATE_FORMATS.has(id) || customDates.has(id));
    } else if (type === 0x0085 && data.length >= 8) {
      const r = new Segments([data.subarray(6)]);
      const cch = r.u8();
      sheetNames.set(data.readUInt32LE(0), r.chars(cch, (r.u8() & 1) === 1));
    } else if (current && data.length >= 6) {
      const row = data.readUInt16LE(0);
      const col = data.readUInt16LE(2);
      const xf = data.readUInt16LE(4);
      const push = (c: number, value: string): void => {
        if (!current || !value.trim()) return;
        if (row > MAX_TABLE_ROWS + 10 || c > 1000) current.cut = true;
        else current.cells.push({ row, col: c, value });
      };
      if (type === 0x00fd && data.length >= 10) push(col, sst[data.readUInt32LE(6)] ?? '');
      else if (type === 0x0204 && data.length >= 9) {
        const r = new Segments([data.subarray(6)]);
        const cch = r.u16();
        push(col, r.chars(cch, (r.u8() & 1) === 1));
      } else if (type === 0x0203 && data.length >= 14) push(col, fmt(xf, data.readDoubleLE(6)));
      else if (type === 0x027e && data.length >= 10) push(col, fmt(xf, rkValue(data.readUInt32LE(6))));
      else if (type === 0x00bd) {
        for (let i = 4, c = col; i + 6 <= data.length - 2; i += 6, c++) push(c, fmt(data.readUInt16LE(i), rkValue(data.readUInt32LE(i + 2))));
      } else if (type === 0x0006 && data.length >= 14 && data.readUInt16LE(12) !== 0xffff) push(col, fmt(xf, data.readDoubleLE(6)));
    }
  }
  flushSst();
  return sheets.map(({ name, cells, cut }) => {
    const grid = new Map<number, string[]>();
    for (const c of cells) {
      const r = grid.get(c.row) ?? [];
      while (r.length < c.col) r.push('');
      r[c.col] = c.value;
      grid.set(c.row, r);
    }
    const [header = [], ...rows] = [...grid.keys()].sort((a, b) => a - b).map((k) => grid.get(k) as string[]);
    return { name, header, rows: rows.slice(0, MAX_TABLE_ROWS), ...(cut || rows.length > MAX_TABLE_ROWS ? { truncated: true } : {}) };
  });
};
