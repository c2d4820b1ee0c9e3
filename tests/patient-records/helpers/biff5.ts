/**
 * Writes Excel 5.0/95 (BIFF5) workbooks from the published record layout ([MS-XLS] 2.4, and OpenOffice's
 * "Microsoft Excel File Format" sections 5.x for BIFF5), inside an OLE file whose stream is named 'Book'.
 * LibreOffice 7.4 no longer exports BIFF5 ('MS Excel 95' fails), so tests build the files here; the
 * fixture written by this module opens in LibreOffice (see its .src.txt).
 */
import CFB from 'cfb';
import iconv from 'iconv-lite';

/** One cell: a string (LABEL, or RSTRING when rich), a number (NUMBER, or RK when an integer), a date, or a formula's string result. */
export type Biff5Cell = string | number | { date: string } | { rich: string } | { formulaText: string } | null;
/** One worksheet: name and rows of cells. */
export type Biff5Sheet = { name: string; rows: Biff5Cell[][] };

const u8 = (n: number): Buffer => Buffer.from([n & 0xff]);
const u16 = (...n: number[]): Buffer => Buffer.concat(n.map((v) => Buffer.from([v & 0xff, (v >> 8) & 0xff])));
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b;
};
const f64 = (n: number): Buffer => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n, 0);
  return b;
};
/** One BIFF record: type, length, body. */
const rec = (type: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  return Buffer.concat([u16(type, body.length), body]);
};
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

const BOF = (dt: number): Buffer => rec(0x0809, u16(0x0500, dt, 0x0dbb, 0x07cc));
const EOF = rec(0x000a);
/** BIFF5 FONT: height, flags, colour, weight, escapement, underline, family, charset, reserved, name (byte string). */
const font = (name: string): Buffer => rec(0x0031, u16(200, 0, 0x7fff, 400, 0), u8(0), u8(0), u8(0), u8(0), u8(name.length), Buffer.from(name, 'latin1'));
/** BIFF5 XF (16 bytes): font, format, type/protection/parent (0xFFF5 = style XF), alignment, colours and borders. */
const xf = (fmt: number, style: boolean): Buffer => rec(0x00e0, u16(0, fmt, style ? 0xfff5 : 0x0001, 0x0020, 0x20c0), Buffer.alloc(6));
/** XF indexes used by the cells: 15 = General, 16 = built-in date format 14 (m/d/yyyy), 17 = custom 'yyyy-mm-dd' (164). */
const XF_GENERAL = 15;
const XF_DATE = 16;
const XF_ISO_DATE = 17;

/** A string in the workbook's code page: BIFF5 strings are bytes, with a 16-bit count for cells. */
const bytes = (s: string, codePage: number): Buffer => iconv.encode(s, codePage === 1252 ? 'windows-1252' : `cp${codePage}`);

const cellRecords = (r: number, c: number, v: Biff5Cell, codePage: number): Buffer[] => {
  if (v === null) return [];
  if (typeof v === 'string') {
    const b = bytes(v, codePage);
    return [rec(0x0204, u16(r, c, XF_GENERAL, b.length), b)];
  }
  if (typeof v === 'number') {
    // Integers that fit in 30 bits are written as RK (as Excel does); others as NUMBER.
    if (Number.isInteger(v) && Math.abs(v) < 1 << 29) return [rec(0x027e, u16(r, c, XF_GENERAL), u32(((v << 2) | 2) >>> 0))];
    return [rec(0x0203, u16(r, c, XF_GENERAL), f64(v))];
  }
  if ('date' in v) return [rec(0x0203, u16(r, c, c % 2 ? XF_DATE : XF_ISO_DATE), f64(serial(v.date)))];
  if ('rich' in v) {
    const b = bytes(v.rich, codePage);
    return [rec(0x00d6, u16(r, c, XF_GENERAL, b.length), b, u8(1), u8(0), u8(0))];
  }
  // FORMULA with a string result: 0x00 at byte 6 and 0xFFFF at bytes 12-13, then the STRING record; the formula is ="..." (tStr).
  const b = bytes(v.formulaText, codePage);
  const rgce = Buffer.concat([u8(0x17), u8(b.length), b]);
  return [rec(0x0006, u16(r, c, XF_GENERAL), Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]), u16(0), u32(0), u16(rgce.length), rgce), rec(0x0207, u16(b.length), b)];
};

/** The worksheet substream: BOF, DIMENSIONS, cells (MULRK for runs of integers), EOF. */
const sheetStream = (sheet: Biff5Sheet, codePage: number): Buffer => {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const cells: Buffer[] = [];
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const next = row[c + 1];
      if (typeof v === 'number' && Number.isInteger(v) && typeof next === 'number' && Number.isInteger(next)) {
        // MULRK: a run of RK numbers in one record.
        let end = c;
        while (typeof row[end + 1] === 'number' && Number.isInteger(row[end + 1])) end++;
        const parts = row.slice(c, end + 1).map((n) => Buffer.concat([u16(XF_GENERAL), u32((((n as number) << 2) | 2) >>> 0)]));
        cells.push(rec(0x00bd, u16(r, c), ...parts, u16(end)));
        c = end;
      } else cells.push(...cellRecords(r, c, v ?? null, codePage));
    }
  });
  return Buffer.concat([BOF(0x0010), rec(0x0200, u16(0, sheet.rows.length, 0, width, 0)), ...cells, EOF]);
};

/** The 'Book' stream of a BIFF5 workbook: globals (code page, fonts, formats, XFs, sheet list) then each sheet. */
export const biff5Book = (sheets: Biff5Sheet[], codePage = 1252): Buffer => {
  const fonts = Array.from({ length: 4 }, () => font('Arial'));
  const xfs = [...Array.from({ length: 15 }, () => xf(0, true)), xf(0, false), xf(14, false), xf(164, false)];
  const isoFormat = Buffer.from('yyyy\\-mm\\-dd', 'latin1');
  const globals = (offsets: number[]): Buffer =>
    Buffer.concat([
      BOF(0x0005),
      rec(0x0042, u16(codePage)),
      rec(0x0022, u16(0)),
      ...fonts,
      rec(0x041e, u16(164), u8(isoFormat.length), isoFormat),
      ...xfs,
      ...sheets.map((s, i) => {
        const name = bytes(s.name, codePage);
        return rec(0x0085, u32(offsets[i] ?? 0), u16(0), u8(name.length), name);
      }),
      EOF,
    ]);
  const streams = sheets.map((s) => sheetStream(s, codePage));
  const start = globals(sheets.map(() => 0)).length;
  const offsets = streams.map((_, i) => start + streams.slice(0, i).reduce((n, b) => n + b.length, 0));
  return Buffer.concat([globals(offsets), ...streams]);
};

/** A BIFF5 workbook in an OLE compound file, as Excel 95 saved it (stream 'Book'). */
export const biff5Workbook = (sheets: Biff5Sheet[], codePage = 1252): Buffer => {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/Book', biff5Book(sheets, codePage));
  // cfb_new adds a placeholder stream that Excel files do not have.
  CFB.utils.cfb_del(cfb, '/\u0001Sh33tJ5');
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Buffer);
};
