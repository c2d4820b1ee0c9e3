/** Shared shapes of the detectors: a hit, a pattern detector, and the evidence a document builds up. */

/** How a person's identifier was found: stated by the format/column, labelled in text, or only shaped right. */
export type Strength = 'structured' | 'labelled' | 'pattern';

/** One identifier or health signal found in a document. `value` is raw and never leaves detect/. */
export type Hit = {
  kind: string;
  value: string;
  score: number;
  strength: Strength;
  /** True for people who give care (provider NPI/DEA, practitioner names), not patients. */
  provider?: boolean;
  /** The context says this person is a patient or plan member (a care relationship). */
  care?: boolean;
  /** A weak name on the same line as a diagnosis, medication, lab or procedure. */
  linked?: boolean;
  /** Found through a prose cue ("I saw ..."), which case studies use too. */
  prose?: boolean;
};

/**
 * A Presidio-style recognizer: a linear-time pattern, context words looked for just before the
 * match (and anywhere in the document), a validate function and a base score.
 */
export type PatternDetector = {
  id: string;
  kind: string;
  /** Global, linear-time regex; `valueGroup` (default 0) is the candidate value. */
  pattern: RegExp;
  valueGroup?: number;
  /** Lower-case context words; one within `window` chars before the match adds `nearBoost`. */
  context: string[];
  /** Words that, just before the match, say it is something else (part numbers, phones...). */
  negative?: string[];
  /** false drops the candidate; true/undefined keeps the score. */
  validate?: (value: string) => boolean;
  score: number;
  nearBoost: number;
  /** Added when a context word appears anywhere in the document (table headers far above rows). */
  docBoost: number;
  window?: number;
  provider?: boolean;
  /** Runs on every document: its hits alone can make a file listed. The rest run only once someone is identified. */
  primary?: boolean;
};

/** Accept a pattern hit at or above this score. */
export const MIN_SCORE = 0.5;
