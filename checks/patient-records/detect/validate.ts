/** Validity rules and checksums for identifiers (pure, no regex backtracking). */

const digitsOf = (value: string): string => value.replace(/\D/g, '');

// Published sample numbers (SSA's Woolworth wallet card 078-05-1120, the 219-09-9999 ad card) and test sequences.
const SAMPLE_SSNS = new Set(['078051120', '219099999', '123456789', '987654321', '876543210', '111111111', '012345678']);

/** SSA rules for a free-text SSN: no 000/666/9xx area, no 00 group, no 0000 serial, no same-digit runs or famous samples. */
export const isValidSsn = (value: string): boolean => {
  const d = digitsOf(value);
  if (d.length !== 9 || SAMPLE_SSNS.has(d) || /^(\d)\1{8}$/.test(d)) return false;
  const area = d.slice(0, 3);
  return area !== '000' && area !== '666' && area[0] !== '9' && d.slice(3, 5) !== '00' && d.slice(5) !== '0000';
};

/** True for a value that is nine digits once separators go (structure decides it is an SSN, not validity). */
export const isSsnShaped = (value: string): boolean => /^\d{3}[- .]?\d{2}[- .]?\d{4}$/.test(value.trim());

/** Luhn check over a digit string. */
export const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (n < 0 || n > 9) return false;
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  }
  return digits.length > 0 && sum % 10 === 0;
};

/** NPI: 10 digits starting 1 or 2, Luhn-valid with the 80840 card-issuer prefix, not one repeated digit. */
export const isValidNpi = (value: string): boolean => {
  const d = digitsOf(value);
  return d.length === 10 && (d[0] === '1' || d[0] === '2') && !/^(\d)\1{9}$/.test(d) && luhn(`80840${d}`);
};

/** DEA registration: 2 letters + 7 digits; (d1+d3+d5) + 2(d2+d4+d6) ends in d7. */
export const isValidDea = (value: string): boolean => {
  const v = value.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z][A-Z9]\d{7}$/.test(v)) return false;
  const n = [...v.slice(2)].map(Number) as number[];
  const sum = (n[0]! + n[2]! + n[4]!) + 2 * (n[1]! + n[3]! + n[5]!);
  return sum % 10 === n[6];
};

// CMS MBI: positions 2,5,8,9 letters; 1 digit 1-9; 4,7,10,11 digits; 3,6 letter or digit. No S, L, O, I, B, Z.
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;

/** Medicare Beneficiary Identifier positional rules (dashes are display only). */
export const isValidMbi = (value: string): boolean => MBI.test(value.replace(/-/g, '').toUpperCase());

/** Credit card: 13-19 digits, a known issuer prefix, Luhn. */
export const isValidCard = (value: string): boolean => {
  const d = digitsOf(value);
  return d.length >= 13 && d.length <= 19 && /^(?:3[47]|4|5[1-5]|2[2-7]|6(?:011|5|4[4-9])|3(?:0[0-5]|[68]))/.test(d) && !/^(\d)\1+$/.test(d) && luhn(d);
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "Mar", "Sept", "March" are months; "Marchish" is not.
const isMonthWord = (w: string): boolean => w.length >= 3 && MONTH_NAMES.some((m) => m.startsWith(w));
// Spanish letters and forms: "14 de marzo de 1983".
const SPANISH_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'];
const plausible = (y: number, m: number, d: number): boolean => y >= 1880 && y <= 2030 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) > 30 ? 1900 : 2000) + Number(y) : Number(y));

/** True when the text is one date a person could be born on (m/d/y, d/m/y, ISO, yyyymmdd, "Mar 5, 1960", "5 March 1960"). */
// The null date systems fill in for test and unknown patients (HL7 specs, device QC charts, empty EHR fields).
const NULL_DATE = /^(?:1900-?01-?01|0?1\/0?1\/1900|00000000)$/;

/** True for the null birth date 1900-01-01 (in its common spellings) or 00000000. */
export const isNullDate = (value: string): boolean => NULL_DATE.test(value.trim());

export const isPlausibleDate = (value: string): boolean => {
  const v = value.trim().toLowerCase();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(v);
  if (m) {
    const a = Number(m[1]), b = Number(m[2]), y = fullYear(m[3]!);
    return plausible(y, a, b) || plausible(y, b, a);
  }
  m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[t ]?[\d:.+-]*z?)?$/.exec(v);
  if (m) return plausible(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(v) ?? null;
  if (m && isMonthWord(m[1]!)) return plausible(Number(m[3]), 1, Number(m[2]));
  m = /^(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{3,9})\.?,? (\d{4})$/.exec(v);
  if (m && isMonthWord(m[2]!)) return plausible(Number(m[3]), 1, Number(m[1]));
  m = /^(\d{1,2}) de ([a-z]{4,10}) (?:de |del )?(\d{4})$/.exec(v);
  if (m) return SPANISH_MONTHS.includes(m[2]!) && plausible(Number(m[3]), 1, Number(m[1]));
  m = /^(\d{1,2})-([a-z]{3})-(\d{4}|\d{2})$/.exec(v);
  return !!m && MONTHS.includes(m[2]!) && plausible(fullYear(m[3]!), 1, Number(m[1]));
};

const PLACEHOLDERS = new Set(['', 'anonymized', 'anonymous', 'anon', 'unknown', 'removed', 'redacted', 'deidentified', 'none', 'null', 'na', 'n/a', 'nil', 'xxx', 'xxxx', 'test', 'patient', 'name', 'tbd', 'unk', '-', '0']);

/** True for an empty or de-identified value ("Anonymized", "^^^^", "N/A") or one with no letter or digit at all. */
export const isPlaceholder = (value: string): boolean =>
  !/[\p{L}\p{N}]/u.test(value) || PLACEHOLDERS.has(value.replace(/[\^\s,]+/g, ' ').trim().toLowerCase().replace(/[-\s]/g, '')) || /^[x*#?._\s^-]*$/i.test(value);
