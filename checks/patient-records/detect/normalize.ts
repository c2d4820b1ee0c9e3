/** Text normalization before matching: Unicode dashes/minus, odd spaces, full-width digits, zero-width marks. */

const ODD = /[\u00a0\u2007\u2009\u200a\u202f\u2010-\u2015\u2212\ufe63\uff0d\uff10-\uff19\u200b-\u200d\ufeff]/;
const ODD_G = new RegExp(ODD.source, 'g');

const fix = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  if (code >= 0x200b && code <= 0x200d) return '';
  if (code === 0xfeff) return '';
  if (code === 0x00a0 || code === 0x2007 || code === 0x2009 || code === 0x200a || code === 0x202f) return ' ';
  return '-';
};

// Word content-control placeholders sit between a form label and its filled value ("Name: Click here to enter text.: Jo Roe").
const PLACEHOLDER = /Click (?:or tap )?here to enter (?:text|a date)\.?:?/g;

/** Maps look-alike characters to ASCII (the LabCorp sample writes IDs with U+2212 minus) and drops form placeholders. Cheap when nothing needs fixing. */
export const normalizeText = (text: string): string => {
  const ascii = ODD.test(text) ? text.replace(ODD_G, fix) : text;
  return ascii.includes('here to enter') ? ascii.replace(PLACEHOLDER, '') : ascii;
};
