/**
 * The body of an Outlook .msg that has no plain-text body property: the HTML body (PR_HTML, 0x1013) or the
 * compressed RTF body (PR_RTF_COMPRESSED, 0x1009, [MS-OXRTFCP] LZFu). Outlook often stores only one of them.
 */
import { htmlText } from './html.js';
import { parseRtf } from './rtf.js';

// The dictionary every LZFu stream starts from ([MS-OXRTFCP] 2.1.2.1).
const PREBUF = Buffer.from(
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx',
  'latin1',
);
const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

/** Decompresses a PR_RTF_COMPRESSED value (pure); null when it is not LZFu/MELA. Output is capped at `max` bytes. */
export const decompressRtf = (buf: Buffer, max = 8 << 20): Buffer | null => {
  if (buf.length < 16) return null;
  const rawSize = Math.min(buf.readUInt32LE(4), max);
  const type = buf.readUInt32LE(8);
  if (type === MELA) return buf.subarray(16, 16 + rawSize);
  if (type !== LZFU) return null;
  const dict = Buffer.alloc(4096);
  PREBUF.copy(dict);
  let wp = PREBUF.length;
  const out = Buffer.alloc(rawSize);
  let o = 0;
  for (let i = 16; i < buf.length && o < rawSize; ) {
    const control = buf[i++] as number;
    for (let bit = 0; bit < 8 && i < buf.length && o < rawSize; bit++) {
      if (!(control & (1 << bit))) {
        const b = buf[i++] as number;
        out[o++] = b;
        dict[wp] = b;
        wp = (wp + 1) % 4096;
        continue;
      }
      if (i + 1 >= buf.length) return out.subarray(0, o);
      const word = buf.readUInt16BE(i);
      i += 2;
      const offset = word >> 4;
      if (offset === wp) return out.subarray(0, o);
      const length = (word & 0xf) + 2;
      for (let k = 0; k < length && o < rawSize; k++) {
        const b = dict[(offset + k) % 4096] as number;
        out[o++] = b;
        dict[wp] = b;
        wp = (wp + 1) % 4096;
      }
    }
  }
  return out.subarray(0, o);
};

/** Text of a .msg body from its HTML or compressed RTF property (pure); '' when neither is readable. */
export const msgBodyText = (html: Buffer | undefined, rtfCompressed: Buffer | undefined): string => {
  if (html?.length) return htmlText(html.toString('utf8'));
  const rtf = rtfCompressed && decompressRtf(rtfCompressed);
  return rtf ? parseRtf(rtf.toString('latin1')) : '';
};
