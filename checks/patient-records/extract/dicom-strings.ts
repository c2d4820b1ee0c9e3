/** DICOM string values decoded per VR and Specific Character Set (0008,0005), padding trimmed, non-text dropped. */
import iconv from 'iconv-lite';

/** VRs whose text follows the Specific Character Set (PS3.5 6.1.2.3); other string VRs are plain ASCII. */
const CHARSET_VRS = new Set(['PN', 'LO', 'SH', 'ST', 'LT', 'UT', 'UC']);
/** VRs that hold text at all; binary VRs (OB, OW, SQ, US...) never become a string. UN is read when the tag says text. */
const STRING_VRS = new Set([...CHARSET_VRS, 'AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'TM', 'UI', 'UR', 'UN']);

/** Defined terms of (0008,0005) -> iconv-lite encoding; ISO 2022 escapes are stripped and the base set used. */
const CHARSETS: Record<string, string> = {
  ISO_IR_6: 'latin1', ISO_IR_100: 'latin1', ISO_IR_101: 'iso-8859-2', ISO_IR_109: 'iso-8859-3', ISO_IR_110: 'iso-8859-4',
  ISO_IR_144: 'iso-8859-5', ISO_IR_127: 'iso-8859-6', ISO_IR_126: 'iso-8859-7', ISO_IR_138: 'iso-8859-8', ISO_IR_148: 'iso-8859-9',
  ISO_IR_203: 'iso-8859-15', ISO_IR_166: 'tis620', ISO_IR_13: 'shiftjis', ISO_IR_192: 'utf8', GB18030: 'gb18030', GBK: 'gbk',
  ISO_IR_149: 'euc-kr', ISO_IR_58: 'gb2312',
};

/** The iconv encoding named by a Specific Character Set value (its last non-empty term wins: ISO 2022 lists the base set first). */
export const dicomEncoding = (specificCharacterSet: string | undefined): string => {
  const terms = (specificCharacterSet ?? '').split('\\').map((t) => t.trim().replace(/^ISO 2022 IR /, 'ISO_IR ').replace(/\s+/g, '_')).filter(Boolean);
  for (const t of terms.reverse()) if (CHARSETS[t]) return CHARSETS[t] as string;
  return 'latin1';
};

// Control bytes other than TAB/LF/FF/CR/ESC mean binary data (a sequence item header, an image), not text.
// eslint-disable-next-line no-control-regex -- these are exactly the bytes being rejected
const CONTROL = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]/;

/**
 * Decodes one element's bytes (pure): `vr` undefined means implicit VR (the caller knows the tag holds text).
 * Returns null for binary VRs and for values that are not printable text once NUL/space padding is trimmed.
 */
export const decodeDicomString = (bytes: Uint8Array, vr: string | undefined, encoding: string): string | null => {
  if (vr && !STRING_VRS.has(vr)) return null;
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0 || bytes[end - 1] === 0x20)) end--;
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, end);
  const text = !vr || CHARSET_VRS.has(vr) || vr === 'UN' ? iconv.decode(raw, encoding) : raw.toString('latin1');
  // ISO 2022 escape sequences switch character sets inside a value; they are markup, not content.
  // eslint-disable-next-line no-control-regex -- ESC starts those sequences
  const value = text.replace(/\x1b[()$*+\-./][\x20-\x2f]*[\x30-\x7e]|\x1b[\x20-\x2f]*[\x30-\x7e]/g, '').trim();
  return value && !CONTROL.test(value) ? value : null;
};
