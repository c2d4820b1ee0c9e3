/** The detector registry: every pattern detector by id, with a switch to turn any of them off. */
import * as d from './pattern-detectors.js';
import type { PatternDetector } from './types.js';

/** All pattern detectors, in the order they run. */
export const PATTERN_DETECTORS: readonly PatternDetector[] = [
  d.ssnFormatted, d.ssnSpaced, d.ssnSplit, d.ssnUnformatted, d.phoneFormatted, d.phoneUnformatted, d.npi, d.dea, d.mbi,
  d.creditCard, d.address, d.icd10, d.icd10Bare, d.icd10Lower, d.cpt,
];

const disabled = new Set<string>();

/** Turns a detector off (or back on) by id, e.g. `setDetectorEnabled('address', false)`. */
export const setDetectorEnabled = (id: string, enabled: boolean): void => {
  if (!PATTERN_DETECTORS.some((x) => x.id === id)) throw new Error(`unknown detector: ${id}`);
  if (enabled) disabled.delete(id);
  else disabled.add(id);
};

/** The pattern detectors currently enabled; `primary` picks those that run on every document (or the others). */
export const enabledDetectors = (primary?: boolean): PatternDetector[] =>
  PATTERN_DETECTORS.filter((x) => !disabled.has(x.id) && (primary === undefined || !!x.primary === primary));
