/** FHIR JSON (resources and Bundles): Patient-like identity into fields, clinical resources as health context. */
import type { StructuredField } from '../extracted.js';

type Json = Record<string, unknown>;
type Kind = StructuredField['kind'];

const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : v && typeof v === 'object' ? [v as Json] : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

const IDENTITY = new Set(['Patient', 'Person', 'RelatedPerson']);
const CLINICAL: Record<string, [Kind, string]> = {
  Condition: ['diagnosis', 'code'],
  Observation: ['observation', 'code'],
  MedicationRequest: ['medication', 'medicationCodeableConcept'],
  MedicationStatement: ['medication', 'medicationCodeableConcept'],
  MedicationAdministration: ['medication', 'medicationCodeableConcept'],
  Immunization: ['medication', 'vaccineCode'],
  Procedure: ['procedure', 'code'],
  AllergyIntolerance: ['allergy', 'code'],
  Encounter: ['encounter', 'type'],
  DiagnosticReport: ['observation', 'code'],
  Claim: ['diagnosis', 'diagnosis'],
};

const conceptText = (c: Json): string => str(c.text) || arr(c.coding).map((x) => str(x.display) || str(x.code)).find(Boolean) || '';

/** The kind an identifier's system or type code says it is. */
const identifierKind = (id: Json): Kind => {
  const system = str(id.system).toLowerCase();
  const codes = arr((id.type as Json | undefined)?.coding).map((c) => str(c.code).toUpperCase());
  if (system.endsWith('us-ssn') || system.includes('2.16.840.1.113883.4.1') || codes.includes('SS') || codes.includes('SB')) return 'ssn';
  if (system.endsWith('us-mbi') || system.endsWith('us-medicare')) return 'mbi';
  if (system.endsWith('us-npi')) return 'npi';
  if (codes.includes('MR') || codes.includes('MRN')) return 'mrn';
  if (codes.includes('MB') || codes.includes('SN')) return 'member-id';
  return 'patient-id';
};

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : [str(v)]);
const humanName = (n: Json): string => str(n.text) || [...strs(n.given), ...strs(n.family)].filter(Boolean).join(' ');
const addressText = (a: Json): string => str(a.text) || [...strs(a.line), a.city, a.state, a.postalCode].map(str).filter(Boolean).join(' ');

/** Reads fields from one resource (pure). */
const fromResource = (r: Json, index: number, out: StructuredField[]): void => {
  const type = str(r.resourceType);
  const subject = `${type}/${str(r.id) || index}`;
  const push = (kind: Kind, value: string, source: string) => value.trim() && out.push({ kind, value: value.trim(), source: `FHIR ${type}.${source}`, subject });
  if (IDENTITY.has(type)) {
    for (const n of arr(r.name)) push('name', humanName(n), 'name');
    push('dob', str(r.birthDate), 'birthDate');
    for (const id of arr(r.identifier)) push(identifierKind(id), str(id.value), 'identifier');
    for (const t of arr(r.telecom)) push(str(t.system) === 'email' ? 'email' : 'phone', str(t.value), 'telecom');
    for (const a of arr(r.address)) push('address', addressText(a), 'address');
    for (const c of arr(r.contact)) for (const n of arr(c.name)) out.push({ kind: 'name', value: humanName(n), source: `FHIR ${type}.contact.name`, subject: `${subject}/contact` });
    return;
  }
  if (type === 'Practitioner' || type === 'Organization') {
    for (const id of arr(r.identifier)) if (identifierKind(id) === 'npi') push('npi', str(id.value), 'identifier');
    return;
  }
  const clinical = CLINICAL[type];
  if (clinical) for (const c of arr(r[clinical[1]])) push(clinical[0], conceptText(c), clinical[1]);
  const ref = (r.subject ?? r.patient) as Json | undefined;
  if (ref && str(ref.display)) push('name', str(ref.display), `${r.subject ? 'subject' : 'patient'}.display`);
};

/** Every resource in a FHIR JSON value: Bundle entries and contained resources, bounded. */
export const fhirResources = (root: Json, limit = 20_000): Json[] => {
  const out: Json[] = [];
  const stack: Json[] = [root];
  while (stack.length && out.length < limit) {
    const r = stack.pop() as Json;
    if (typeof r.resourceType !== 'string') continue;
    out.push(r);
    for (const e of arr(r.entry)) if (e.resource) stack.push(e.resource as Json);
    for (const c of arr(r.contained)) stack.push(c);
  }
  return out;
};

/** Reads typed fields from a FHIR JSON value (pure). */
export const parseFhir = (root: Json): StructuredField[] => {
  const out: StructuredField[] = [];
  fhirResources(root).forEach((r, i) => fromResource(r, i, out));
  return out;
};
