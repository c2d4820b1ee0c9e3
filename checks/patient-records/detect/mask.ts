/** Masking of identifier values for evidence: enough to recognise, never enough to identify. */

// Separators stay readable; every other character (letters of any script, digits, odd bytes) is starred.
const SEPARATOR = /[\s\-./()@,:^+#]/;
const star = (s: string): string => [...s].map((c) => (SEPARATOR.test(c) ? c : '*')).join('');

/** Keeps the last `keep` letters/digits of a value and stars the rest, separators kept. */
const keepLast = (value: string, keep: number): string => {
  let left = keep;
  const out = [...value.trim()].reverse().map((c) => {
    if (SEPARATOR.test(c)) return c;
    return left-- > 0 ? c : '*';
  });
  return out.reverse().join('');
};

/** First letter of each word, the rest starred: `J*** O*****`. */
const initials = (value: string): string =>
  value
    .trim()
    .split(/[\s^,]+/)
    .filter(Boolean)
    .slice(0, 4)
    .map((w) => (w[0] ?? '') + star(w.slice(1)))
    .join(' ');

/** Masks one raw identifier value for a report sample, by kind: SSN keeps its last 4, a name its initials, a DOB its year. */
export const maskValue = (kind: string, value: string): string => {
  const v = value.trim().slice(0, 64);
  const digits = v.replace(/\D/g, '');
  switch (kind) {
    case 'ssn':
      return digits.length === 9 ? `***-**-${digits.slice(5)}` : star(v);
    case 'name':
      return initials(v);
    case 'dob': {
      const year = /(?:18|19|20)\d{2}/.exec(v);
      return year ? `**/**/${year[0]}` : '**/**/****';
    }
    case 'email': {
      const at = v.lastIndexOf('@');
      const tld = v.slice(v.lastIndexOf('.'));
      return at > 0 ? `${v[0]}***@***${tld.length <= 6 ? tld : ''}` : star(v);
    }
    case 'address':
      return initials(v.replace(/\d/g, '*'));
    case 'phone':
    case 'credit-card':
      return digits.length >= 7 ? keepLast(v, 4) : star(v);
    default: {
      const alnum = [...v].filter((c) => !SEPARATOR.test(c)).length;
      return alnum <= 4 ? star(v) : keepLast(v, alnum >= 8 ? 4 : 2);
    }
  }
};
