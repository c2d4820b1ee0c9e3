/** Context words: near a match (a short window before it) or anywhere in the document. */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles lower-case context words into one whole-word regex (words may hold spaces, `#`, dots). */
export const contextRegex = (words: string[], flags = ''): RegExp =>
  new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z0-9])`, flags);

/** The lower-cased text just before `index` (Presidio looks 5 words back; Macie 30 characters). */
export const windowBefore = (text: string, index: number, size: number): string =>
  text.slice(Math.max(0, index - size), index).toLowerCase();

const combined = new Map<string, RegExp>();

/**
 * Which of these context words the document holds, found in one case-insensitive pass (instead of
 * one pass per detector). Returns a lookup for a detector's word list.
 */
export const docWords = (text: string, words: string[]): ((list: string[]) => boolean) => {
  let found: Set<string> | undefined;
  // Lazy: most documents never produce a candidate that needs document-level context.
  return (list) => {
    if (!found) {
      const key = words.join('\u0000');
      let re = combined.get(key);
      if (!re) combined.set(key, (re = new RegExp(contextRegex(words).source, 'gi')));
      found = new Set<string>();
      re.lastIndex = 0;
      for (let m = re.exec(text); m && found.size < words.length; m = re.exec(text)) found.add(m[0].toLowerCase());
    }
    return list.some((w) => found!.has(w));
  };
};
