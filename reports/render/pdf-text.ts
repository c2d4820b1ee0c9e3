/** Text helpers for the PDF: pdfkit's built-in Helvetica draws only WinAnsi characters. */

const REPLACE: Record<string, string> = {
  '≥': '>=', '≤': '<=', '×': 'x', '→': '->', '←': '<-', '✓': 'v', '✗': 'x', '≈': '~', '−': '-', '\u2009': ' ', '\u00a0': ' ', '\u202f': ' ',
  '\u2011': '-', '\u2010': '-', '“': '"', '”': '"', '‘': "'", '’': "'",
};

// Characters WinAnsi (CP1252) has beyond Latin-1.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Replaces characters the standard PDF fonts cannot draw with close ASCII, or "?". */
export const winAnsi = (s: string): string =>
  Array.from(s.normalize('NFC'))
    .map((ch) => {
      const r = REPLACE[ch];
      if (r !== undefined) return r;
      const code = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch)) return ch;
      const plain = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return plain && plain !== ch && /^[\x20-\x7e]+$/.test(plain) ? plain : '?';
    })
    .join('');
