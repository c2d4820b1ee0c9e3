/** Runs the pattern detectors over free text: candidates, validation, near and document context, scores. */
import { contextRegex, docWords, windowBefore } from './context.js';
import { enabledDetectors } from './registry.js';
import { MIN_SCORE, type Hit, type PatternDetector } from './types.js';

/** Says whether the document holds any word of a list. */
type DocWords = (words: string[]) => boolean;

const compiled = new WeakMap<PatternDetector, { near: RegExp; neg: RegExp | null }>();
const contextOf = (d: PatternDetector) => {
  let c = compiled.get(d);
  if (!c) {
    c = { near: contextRegex(d.context), neg: d.negative?.length ? contextRegex(d.negative) : null };
    compiled.set(d, c);
  }
  return c;
};

/** Scores one candidate the Presidio way: base, validator, context words just before, context anywhere. */
export const scoreCandidate = (d: PatternDetector, text: string, index: number, value: string, hasDocWord: DocWords): number => {
  if (d.validate && !d.validate(value)) return 0;
  const { near, neg } = contextOf(d);
  const before = windowBefore(text, index, d.window ?? 48);
  if (neg && neg.test(before.slice(-20))) return 0;
  if (near.test(before)) return d.score + d.nearBoost;
  return d.docBoost > 0 && hasDocWord(d.context) ? d.score + d.docBoost : d.score;
};

/** Runs one detector over the text; at most `cap` accepted hits. */
export const runDetector = (d: PatternDetector, text: string, hasDocWord: DocWords = docWords(text, d.context), cap = 5_000): Hit[] => {
  const hits: Hit[] = [];
  const re = d.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && hits.length < cap; m = re.exec(text)) {
    // A detector that cannot pass on its base score needs a context word somewhere in the document: stop at the first candidate if there is none.
    if (d.score < MIN_SCORE && !hasDocWord(d.context)) return hits;
    const value = m[d.valueGroup ?? 0]!;
    const score = scoreCandidate(d, text, m.index, value, hasDocWord);
    if (score >= MIN_SCORE) hits.push({ kind: d.kind, value, score, strength: 'pattern', ...(d.provider ? { provider: true } : {}) });
  }
  return hits;
};

// The detector list and its context words per call kind, rebuilt only when a detector is switched on or off.
const plans = new Map<string, { detectors: PatternDetector[]; words: string[] }>();
const planFor = (primary?: boolean) => {
  const detectors = enabledDetectors(primary);
  const key = `${primary}|${detectors.map((d) => d.id).join(',')}`;
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = { detectors, words: [...new Set(detectors.flatMap((d) => d.context))] }));
  return plan;
};

/** Runs the enabled pattern detectors (all, or only primary/secondary ones), with one shared pass for document-level context words. */
export const scanPatterns = (text: string, primary?: boolean): Hit[] => {
  const { detectors, words } = planFor(primary);
  const hasDocWord = docWords(text, words);
  const hits: Hit[] = [];
  for (const d of detectors) for (const h of runDetector(d, text, hasDocWord)) hits.push(h);
  return hits;
};
