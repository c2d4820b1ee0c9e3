/** Text from legacy binary Office streams: the Word 97 piece table, BIFF encryption, and printable runs. */
import iconv from 'iconv-lite';

const isPrintable = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13 || b >= 0xa0;

/** Printable 8-bit and UTF-16LE runs of at least `min` characters (pure): the text of streams we do not parse. */
export const printableRuns = (buf: Buffer, min = 4): string => {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= buf.length; i++) {
    const ok = i < buf.length && isPrintable(buf[i] as number);
    if (ok && start < 0) start = i;
    else if (!ok && start >= 0) {
      if (i - start >= min) out.push(iconv.decode(buf.subarray(start, i), 'windows-1252'));
      start = -1;
    }
  }
  for (let i = 0, s = -1; i <= buf.length; i += 2) {
    const ok = i + 1 < buf.length && buf[i + 1] === 0 && isPrintable(buf[i] as number);
    if (ok && s < 0) s = i;
    else if (!ok && s >= 0) {
      if ((i - s) / 2 >= min) out.push(buf.toString('utf16le', s, i));
      s = -1;
    }
  }
  return out.join('\n');
};

/** Word 97-2003 flags: whether the document is encrypted and which table stream it uses. */
export const wordFlags = (wd: Buffer): { encrypted: boolean; table: '0Table' | '1Table' } => {
  const flags = wd.length > 0x0c ? wd.readUInt16LE(0x0a) : 0;
  return { encrypted: (flags & 0x0100) !== 0, table: flags & 0x0200 ? '1Table' : '0Table' };
};

/** The main text of a Word 97-2003 document through its piece table (pure); null when the table cannot be read. */
export const wordText = (wd: Buffer, table: Buffer): string | null => {
  if (wd.length < 0x1aa) return null;
  const fcClx = wd.readUInt32LE(0x1a2);
  const lcbClx = wd.readUInt32LE(0x1a6);
  const clx = table.subarray(fcClx, fcClx + lcbClx);
  let i = 0;
  while (clx[i] === 1 && i + 3 <= clx.length) i += 3 + clx.readUInt16LE(i + 1);
  if (clx[i] !== 2 || i + 5 > clx.length) return null;
  const plc = clx.subarray(i + 5, i + 5 + clx.readUInt32LE(i + 1));
  const n = Math.floor((plc.length - 4) / 12);
  const parts: string[] = [];
  for (let k = 0; k < n; k++) {
    const cpStart = plc.readUInt32LE(k * 4);
    const len = plc.readUInt32LE((k + 1) * 4) - cpStart;
    const fc = plc.readUInt32LE(4 * (n + 1) + k * 8 + 2);
    if (len <= 0 || len > wd.length) continue;
    const compressed = (fc & 0x40000000) !== 0;
    const at = compressed ? (fc & 0x3fffffff) / 2 : fc;
    parts.push(compressed ? iconv.decode(wd.subarray(at, at + len), 'windows-1252') : wd.toString('utf16le', at, at + 2 * len));
  }
  // Word marks paragraphs with CR, table cells with BEL and a row's end with one more BEL; fields are
  // 0x13 code 0x14 result 0x15, and only the result is shown.
  // eslint-disable-next-line no-control-regex -- these control characters are Word's own markup
  return dropFieldCodes(parts.join('')).replace(/\r/g, '\n').replace(/\x07\x07/g, '\n').replace(/\x07/g, '\t').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, ' ');
};

/** Word text without field codes (`HYPERLINK "..."`, `DATE \@ "M/d/yy"`): the text between 0x13 and 0x14, nested fields included (pure). */
export const dropFieldCodes = (text: string): string => {
  let out = '';
  // One entry per open field: true while its code (before the 0x14 separator) is being read.
  const open: boolean[] = [];
  for (const ch of text) {
    if (ch === '\x13') open.push(true);
    else if (ch === '\x14' && open.length) open[open.length - 1] = false;
    else if (ch === '\x15' && open.length) open.pop();
    else if (!open.includes(true)) out += ch;
  }
  return out;
};

/** Tables in Word text: runs of at least two tab-separated lines with the same number (>= 2) of cells (pure). */
export const wordTables = (text: string): { header: string[]; rows: string[][] }[] => {
  const tables: { header: string[]; rows: string[][] }[] = [];
  let run: string[][] = [];
  const close = () => {
    const [header, ...rows] = run;
    if (header && rows.length) tables.push({ header, rows });
    run = [];
  };
  for (const line of text.split('\n')) {
    const cells = line.includes('\t') ? line.replace(/\t$/, '').split('\t').map((c) => c.trim()) : [];
    if (cells.length >= 2 && (!run.length || run[0]?.length === cells.length)) run.push(cells);
    else {
      close();
      if (cells.length >= 2) run.push(cells);
    }
  }
  close();
  return tables;
};

/** True when an Excel 97-2003 workbook stream carries a FILEPASS record (password to open). */
export const biffEncrypted = (wb: Buffer): boolean => {
  for (let i = 0; i + 4 <= wb.length && i < 65_536; ) {
    const type = wb.readUInt16LE(i);
    if (type === 0x002f) return true;
    if (type === 0x000a) return false; // EOF of the globals substream
    i += 4 + wb.readUInt16LE(i + 2);
  }
  return false;
};
