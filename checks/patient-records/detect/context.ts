/** Context words: near a match (a short window before it) or anywhere in the document. */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles lower-case context words into one whole-word regex (words may hold spaces, `#`, dots). */
export const contextRegex = (words: string[], flags = ''): RegExp =>
  new RegExp(`(?<![a-z0-9])(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z0-9])`, flags);

/** The lower-cased text just before `index` (Presidio looks 5 words back; Macie 30 characters). */
export const windowBefore = (text: string, index: number, size: number): string =>
  text.slice(Math.max(0, index - size), index).toLowerCase();

/** Memoizes "does this document mention any of these words" per regex, for one document. */
export const docContext = (text: string): ((re: RegExp) => boolean) => {
  const seen = new Map<RegExp, boolean>();
  return (re) => {
    let v = seen.get(re);
    if (v === undefined) {
      v = new RegExp(re.source, 'i').test(text);
      seen.set(re, v);
    }
    return v;
  };
};
