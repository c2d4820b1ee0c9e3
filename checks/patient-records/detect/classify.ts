/**
 * The document-level decision: `phi` when a person is identified next to health information, `pii` when
 * sensitive identifiers stand without health context, otherwise not listed.
 */
import type { DocumentVerdict } from '../extracted.js';
import type { Evidence } from './evidence.js';

const FIELD_HEALTH = ['diagnosis', 'procedure', 'medication', 'observation', 'allergy', 'encounter', 'icd10', 'cpt'];
// Identifiers that only exist because someone is a patient or a plan member.
const CARE_IDS = ['mrn', 'member-id', 'mbi'];

/** A health score: distinct clinical terms, health fields/columns, codes, care identifiers, a clinical format. */
export const healthScore = (ev: Evidence): number => {
  const fields = FIELD_HEALTH.reduce((n, k) => n + Math.min(ev.health[k] ?? 0, 5), 0);
  // Being someone's patient is itself health information: enough on its own for a named person.
  // A care verb in prose counts as care only next to one clinical word: "I saw Robert Diaz at the copier" is not a visit.
  const care = CARE_IDS.some((k) => ev.strong.has(k)) || ev.health['care-relationship'] || (ev.health['care-prose'] && ev.terms.size > 0) ? 3 : 0;
  const format = ev.clinicalFormat && ev.strong.size > 0 ? 3 : 0;
  return ev.terms.size + fields + care + format;
};

/** True when the evidence names a patient strongly enough to carry PHI (`teaching`: the text presents cases as examples or speaks of patients in general). */
const identified = (ev: Evidence, health: number, teaching: () => boolean): boolean => {
  // A date of birth alone points at nobody; it counts with the shape-found identifiers.
  const core = [...ev.strong].filter((k) => k !== 'dob');
  if (core.length === 0) {
    // Only shape-found identifiers: a titled or related person's name with another personal detail, in a clearly clinical text.
    const weak = ev.weak.size + (ev.strong.has('dob') ? 1 : 0);
    // Or a weak name on a line with a diagnosis, medication, lab or procedure ("Alan Pruitt's potassium 5.9").
    return ev.weak.has('name') && (weak >= 2 || ev.linked > 0) && health >= 3 && !teaching();
  }
  // A name with its date of birth singles a person out as well as any record number does.
  const onlyName = core.length === 1 && core[0] === 'name' && !ev.strong.has('dob');
  return health >= (onlyName ? 3 : 2);
};

/** Sensitive identifiers that make a file PII even without health context. */
const sensitive = (ev: Evidence): boolean => {
  const has = (k: string) => ev.strong.has(k) || (ev.identifiers[k] ?? 0) > 0;
  const person = ev.strong.size > 0 || ev.weak.has('name');
  return (
    ev.strong.has('ssn') || ev.strong.has('mbi') || has('credit-card') || ev.strong.has('passport') || ev.strong.has('drivers-license') ||
    (has('bank-account') && person) || (ev.strong.has('name') && ev.strong.has('dob')) ||
    (ev.strong.has('name') && CARE_IDS.some((k) => ev.strong.has(k)))
  );
};

/** Classifies the evidence of one document; `teaching` marks texts that present cases as examples or patients in general (guidelines, training, newsletters). */
export const classify = (ev: Evidence, teaching: () => boolean = () => false): DocumentVerdict['category'] => {
  const health = healthScore(ev);
  if (identified(ev, health, teaching)) return 'phi';
  return sensitive(ev) ? 'pii' : null;
};

/** Distinct people the evidence covers: structured subjects, else table rows, else distinct identifier values. */
export const estimatePatients = (ev: Evidence, subjects: number, category: DocumentVerdict['category']): number => {
  const distinct = (k: string) => ev.distinct.get(k)?.size ?? 0;
  const byValue = Math.max(distinct('ssn'), distinct('mrn'), distinct('member-id'), distinct('mbi'), distinct('name'));
  // Names found only by shape (on a schedule, next to a drug) count last: each is one person the file speaks of.
  const estimate = subjects > 0 ? Math.max(subjects, ev.rows) : ev.rows > 0 ? ev.rows : byValue || distinct('dob') || distinct('name~weak');
  return category ? Math.max(1, estimate) : estimate;
};
