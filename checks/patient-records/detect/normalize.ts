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
  const named = ascii.includes('_') ? ascii.replace(FILE_NAME, (name) => name.replace(/_/g, ' ')) : ascii;
  return named.includes('here to enter') ? named.replace(PLACEHOLDER, '') : named;
};

// File names in copy logs, listings and scripts ("Okafor_Chinwe_DOB1984-03-17_MRI_L_knee.pdf") carry their words
// between underscores: spaced out, their name, birth-date label and findings read like any text.
const FILE_NAME = /(?<![\w.-])[A-Za-z][\w-]*(?:_[\w-]+){2,}\.[A-Za-z0-9]{2,4}\b/g;

// OCR text layers space words out ("Pat1ent  Name :   Gerald  Voss") and confuse 0/O, 1/l/I.
const WORD_GAP = /[a-z] {2}[A-Za-z]/g;
const WORD_SPACE = /[a-z] [A-Za-z]/g;
const DOUBLE_GAP = /(?<=[A-Za-z0-9,.:]) {2}(?=[A-Za-z0-9])/g;
// A letter word with one 0 or 1 inside ("Pat1ent", "Ph0ne", "D0B"), a number with one l, I or O ("198l").
const OCR_WORD = /\b(?:[A-Za-z]+[01][A-Za-z]*|[01][A-Za-z]{2,}|\d+[lIO]\d*|[lIO]\d{2,})\b/g;

const fixOcrWord = (w: string): string => {
  if (/^\d*[lIO]\d*$/.test(w)) return w.replace(/[lI]/, '1').replace('O', '0');
  const letters = w.replace(/[01]/g, '');
  if (letters.length < 2) return w;
  const upper = letters === letters.toUpperCase();
  return w.replace(/0/g, upper ? 'O' : 'o').replace(/1/g, upper ? 'I' : 'i');
};

/** True when the text reads like an OCR layer: words separated by two spaces about as often as by one. */
export const looksLikeOcr = (text: string): boolean => {
  const head = text.slice(0, 4_096);
  // Most texts have no double gaps at all: stop before any regex runs.
  if (!head.includes('  ')) return false;
  const double = count(WORD_GAP, head, Infinity);
  return double >= 5 && count(WORD_SPACE, head, 2 * double + 1) <= 2 * double;
};

const count = (re: RegExp, text: string, max: number): number => {
  let n = 0;
  re.lastIndex = 0;
  while (n < max && re.exec(text)) n++;
  return n;
};

/** Undoes common OCR damage: double spaces between words, 0/O and 1/l/I swapped inside words and numbers. */
export const normalizeOcr = (text: string): string => text.replace(DOUBLE_GAP, ' ').replace(OCR_WORD, fixOcrWord);
