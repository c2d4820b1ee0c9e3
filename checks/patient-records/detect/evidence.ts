/** What one document's detectors add up to: counts, anchors, distinct values (in memory only), masked samples. */
import { maskValue } from './mask.js';
import { isStandInName } from './names.js';
import type { Hit } from './types.js';

/** Identifier kinds that single out a patient on their own once they are stated (labelled, structured or a column). */
export const ANCHOR_KINDS = new Set(['ssn', 'mrn', 'mbi', 'member-id', 'patient-id', 'dob', 'name', 'passport', 'drivers-license']);
/** Kinds that are health context, not identifiers. */
export const HEALTH_KINDS = new Set(['icd10', 'cpt', 'diagnosis', 'procedure', 'medication', 'observation', 'allergy', 'encounter', 'lab', 'clinical-term']);
// Which kinds give samples first: the reader should see the most sensitive ones.
const SAMPLE_ORDER = ['ssn', 'mbi', 'mrn', 'member-id', 'name', 'dob', 'patient-id', 'passport', 'drivers-license', 'credit-card', 'bank-account', 'account', 'phone', 'email', 'address'];

/** The running tally for one document. Raw values live only in `distinct`, which never leaves detect/. */
export type Evidence = {
  identifiers: Record<string, number>;
  health: Record<string, number>;
  terms: Set<string>;
  /** Anchor kinds stated by structure, a column or a label. */
  strong: Set<string>;
  /** Personal kinds found only by shape (phones, emails, addresses, titled names). */
  weak: Set<string>;
  distinct: Map<string, Set<string>>;
  /** Table rows that carry a patient identifier. */
  rows: number;
  samples: Map<string, string[]>;
  clinicalFormat: boolean;
  /** Weak names found on a line with clinical content. */
  linked: number;
};

/** A fresh, empty tally. */
export const newEvidence = (): Evidence => ({
  identifiers: {}, health: {}, terms: new Set(), strong: new Set(), weak: new Set(), distinct: new Map(), rows: 0, samples: new Map(), clinicalFormat: false, linked: 0,
});

const bump = (rec: Record<string, number>, key: string, by = 1): void => {
  rec[key] = (rec[key] ?? 0) + by;
};

/** Adds a health-context count. */
export const addHealth = (ev: Evidence, kind: string, by = 1): void => bump(ev.health, kind, by);

// Record numbers of test and de-identified charts: "ANON0001", "ZZ000001", "TEST-12", "DEMO0001", "WCF-999999".
const TEST_ID = /^(?:anon(?:ymous|ymized)?|test|demo|zz[a-z]*|qc|sample|dummy)[\W_]*\d*$/i;

/** A test chart's name or record number ("TEST PATIENT ONE", "ZZTEST, INTERFACE", "ANON0001"): nobody's. */
const testValue = (hit: Hit): boolean => {
  if (hit.kind === 'name') return isStandInName(hit.value);
  if (hit.kind !== 'mrn' && hit.kind !== 'patient-id' && hit.kind !== 'member-id') return false;
  // "WCF-999999", "000000": one digit repeated is a demo chart's number.
  const digits = hit.value.replace(/\D/g, '');
  return TEST_ID.test(hit.value.trim()) || (digits.length >= 4 && /^(\d)\1+$/.test(digits));
};

/** Adds one identifier hit: counts it, remembers its value for distinct-person estimates, keeps a masked sample. */
export const addHit = (ev: Evidence, hit: Hit): void => {
  if (HEALTH_KINDS.has(hit.kind)) return addHealth(ev, hit.kind);
  if (testValue(hit)) return;
  bump(ev.identifiers, hit.kind);
  if (hit.provider) return;
  // A care verb in prose ("I saw Robert Diaz") says less than a patient label or column: it counts apart (classify.ts).
  if (hit.care) bump(ev.health, hit.prose ? 'care-prose' : 'care-relationship');
  if (hit.linked) ev.linked++;
  const personal = ANCHOR_KINDS.has(hit.kind) && (hit.strength !== 'pattern' || hit.kind === 'ssn' || hit.kind === 'mbi');
  (personal ? ev.strong : ev.weak).add(hit.kind);
  // Shape-found values are kept apart, so "Mrs. Lopez" does not count as a second person next to "Maria Lopez".
  const key = personal ? hit.kind : `${hit.kind}~weak`;
  let set = ev.distinct.get(key);
  if (!set) ev.distinct.set(key, (set = new Set()));
  // Name tokens are sorted so "Roe, Jane" and "Jane Roe" are one person.
  const norm = hit.kind === 'name' ? hit.value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).sort().join(' ') : hit.value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (set.size < 50_000) set.add(norm);
  let samples = ev.samples.get(hit.kind);
  if (!samples) ev.samples.set(hit.kind, (samples = []));
  if (samples.length < 3) samples.push(maskValue(hit.kind, hit.value));
};

/** At most three masked samples, most sensitive kinds first. */
export const pickSamples = (ev: Evidence): string[] => {
  const kinds = [...SAMPLE_ORDER, ...ev.samples.keys()];
  const out: string[] = [];
  for (const k of kinds) for (const s of ev.samples.get(k) ?? []) if (out.length < 3 && !out.includes(s)) out.push(s);
  return out;
};
