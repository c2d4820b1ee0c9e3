/** Turns bytes of unknown encoding into text: BOMs, UTF-16 without BOM, UTF-8, else Windows-1252 (Mac Roman with classic Mac line ends). */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';



/** Share of NUL bytes at odd (or even) offsets that marks UTF-16 without a BOM. */
const utf16Guess = (buf: Buffer): 'utf-16le' | 'utf-16be' | null => {
  const n = Math.min(buf.length, 4096) & ~1;
  // Most text has no NUL at all: one native search answers it.
  if (n < 4 || buf.subarray(0, n).indexOf(0) < 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
};

/** The encoding decodeText would use for this buffer. */
export const guessEncoding = (buf: Buffer): string => {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const wide = utf16Guess(buf);
  if (wide) return wide;
  if (isAscii(buf)) return 'ascii';
  // A character split by the byte cap at the very end is not an error: check up to the last lead byte.
  let end = buf.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = buf[end - k] as number;
    if (b >= 0xc0) {
      end -= k;
      break;
    }
    if (b < 0x80) break;
  }
  if (isUtf8(buf.subarray(0, end))) return 'utf-8';
  // Line ends of CR alone are classic Mac OS, whose files are Mac Roman (é is 0x8E there, Ž in Windows-1252).
  return buf.indexOf(0x0a) < 0 && buf.indexOf(0x0d) >= 0 ? 'macintosh' : 'windows-1252';
};

/** Decodes a text file's bytes, removing a BOM. */
export const decodeText = (buf: Buffer): string => {
  const enc = guessEncoding(buf);
  // Pure ASCII decodes fastest as Latin-1 (one byte per character, same result).
  const text = enc === 'ascii' ? buf.toString('latin1') : enc === 'utf-8' ? buf.toString('utf8') : iconv.decode(buf, enc);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

// eslint-disable-next-line no-control-regex -- control bytes are exactly what this looks for
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

/** True when the bytes look like binary data rather than text in any encoding we read. */
export const looksBinary = (buf: Buffer): boolean => {
  const head = buf.subarray(0, 8192);
  if (head.length === 0) return false;
  const enc = guessEncoding(head);
  if (enc.startsWith('utf-16')) return false;
  // Control bytes other than tab, line ends, form feed and escape; counted only when there is one.
  const latin1 = head.toString('latin1');
  if (!CONTROL.test(latin1)) return false;
  const control = latin1.match(CONTROLS)?.length ?? 0;
  return control / head.length > 0.05;
};
