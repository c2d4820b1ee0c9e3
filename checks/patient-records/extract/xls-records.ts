/** BIFF record plumbing shared by the .xls readers: the record stream, strings across CONTINUE, RK numbers, date formats. */
import iconv from 'iconv-lite';

/** One BIFF record: its type, body and offset in the stream. */
export type Rec = { type: number; data: Buffer; offset: number };

/** Records of a BIFF stream, each with its stream offset (bounded by the stream's length). */
export const records = function* (wb: Buffer): Generator<Rec> {
  for (let i = 0; i + 4 <= wb.length; ) {
    const type = wb.readUInt16LE(i);
    const len = wb.readUInt16LE(i + 2);
    yield { type, data: wb.subarray(i + 4, Math.min(wb.length, i + 4 + len)), offset: i };
    i += 4 + len;
  }
};

/** Reads XLUnicodeString bodies across CONTINUE boundaries (a string resumes with a fresh flags byte). */
export class Segments {
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

export const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** A number format code that shows a date: d, m or y outside quotes, brackets and escapes. */
export const isDateCode = (code: string): boolean => /[dy]|m(?!\s*:)/i.test(code.replace(/\[[^\]]*\]|"[^"]*"|\\./g, '')) && !/^[#0.,%\s]*$/.test(code);


/** The iconv encoding of a BIFF CODEPAGE value (Windows code pages, Mac Roman, UTF-16); Windows-1252 when unknown. */
export const codePageEncoding = (cp: number): string => {
  if (cp === 1200) return 'utf16le';
  if (cp === 0x8000 || cp === 10000) return 'macintosh';
  if (cp === 367 || cp === 0x8001) return 'windows-1252';
  return iconv.encodingExists(`cp${cp}`) ? `cp${cp}` : 'windows-1252';
};

/** `count` bytes of `data` from `at`, decoded in the workbook's code page (BIFF5 strings). */
export const byteString = (data: Buffer, at: number, count: number, encoding: string): string =>
  iconv.decode(data.subarray(at, Math.min(data.length, at + count * (encoding === 'utf16le' ? 2 : 1))), encoding);
