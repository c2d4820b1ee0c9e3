/** Joining the verdicts of one file's parts (email body and attachments, archive members) into one. */
import type { DocumentVerdict } from '../extracted.js';

/** Identifier kinds whose distinct values count people (as in estimatePatients). */
const PEOPLE_KINDS = ['ssn', 'mrn', 'member-id', 'mbi', 'name'] as const;

// Distinct normalized identifier values per verdict, kept beside it in memory only (never serialized, never in the
// verdict itself), so merging can tell the same patient in two parts from two patients. Dropped with the verdict.
const PEOPLE = new WeakMap<DocumentVerdict, Map<string, Set<string>>>();

/** Remembers a verdict's distinct identifier values for mergeVerdicts (detect/ only). */
export const rememberPeople = (verdict: DocumentVerdict, distinct: Map<string, Set<string>>): DocumentVerdict => {
  const kept = new Map<string, Set<string>>();
  for (const k of PEOPLE_KINDS) {
    const set = distinct.get(k);
    if (set?.size) kept.set(k, set);
  }
  if (kept.size) PEOPLE.set(verdict, kept);
  return verdict;
};

const RANK = { phi: 2, pii: 1 } as const;

/**
 * Patients across listed parts. Parts that share an SSN, MRN, member id, MBI or name are about the same
 * people: such a group counts as its largest part, or its distinct values of one kind if those are more.
 * Groups with nothing in common add up (ten letters about ten patients in a zip count ten). Parts without
 * identifier values to compare (verdicts read back from JSON) count as the largest part, never more.
 */
const countPeople = (parts: { estimate: number; people: Map<string, Set<string>> | undefined }[]): number => {
  const parent = parts.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const owner = new Map<string, number>();
  parts.forEach((p, i) => {
    for (const [k, set] of p.people ?? []) {
      for (const v of set) {
        const key = `${k}:${v}`;
        const j = owner.get(key);
        if (j === undefined) owner.set(key, i);
        else parent[root(i)] = root(j);
      }
    }
  });
  const groups = new Map<number, { estimate: number; values: Map<string, Set<string>> }>();
  let unknown = 0;
  parts.forEach((p, i) => {
    if (!p.people) return void (unknown = Math.max(unknown, p.estimate));
    const g = groups.get(root(i)) ?? { estimate: 0, values: new Map<string, Set<string>>() };
    g.estimate = Math.max(g.estimate, p.estimate);
    for (const [k, set] of p.people) g.values.set(k, new Set([...(g.values.get(k) ?? []), ...set]));
    groups.set(root(i), g);
  });
  let total = 0;
  for (const g of groups.values()) total += Math.max(g.estimate, ...[...g.values.values()].map((s) => s.size));
  return Math.max(total, unknown);
};

/** Joins the verdicts of one file's parts: strongest category, summed counts, capped samples, people by countPeople. */
export const mergeVerdicts = (verdicts: DocumentVerdict[]): DocumentVerdict => {
  const out: DocumentVerdict = { category: null, identifiers: {}, healthContext: {}, estimatedPatients: 0, samples: [] };
  const listed: { estimate: number; people: Map<string, Set<string>> | undefined }[] = [];
  const union = new Map<string, Set<string>>();
  for (const v of verdicts) {
    if (v.category && (!out.category || RANK[v.category] > RANK[out.category])) out.category = v.category;
    for (const [k, n] of Object.entries(v.identifiers)) out.identifiers[k] = (out.identifiers[k] ?? 0) + n;
    for (const [k, n] of Object.entries(v.healthContext)) out.healthContext[k] = (out.healthContext[k] ?? 0) + n;
    for (const s of v.samples) if (out.samples.length < 3 && !out.samples.includes(s)) out.samples.push(s);
    if (!v.category) continue;
    const people = PEOPLE.get(v);
    listed.push({ estimate: v.estimatedPatients, people });
    for (const [k, set] of people ?? []) {
      const all = union.get(k) ?? new Set<string>();
      if (all.size < 200_000) for (const x of set) all.add(x);
      union.set(k, all);
    }
  }
  out.estimatedPatients = countPeople(listed);
  return rememberPeople(out, union);
};
