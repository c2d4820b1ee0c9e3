/** Structured fields (HL7, C-CDA, FHIR, DICOM...): the format says what a value is, so shape rules do not apply. */
import type { StructuredField } from '../extracted.js';
import { addHealth, addHit, type Evidence } from './evidence.js';
import { isPlaceholder } from './validate.js';

const MAX_FIELDS = 50_000;
const HEALTH_FIELDS = new Set(['diagnosis', 'procedure', 'medication', 'observation', 'allergy', 'encounter']);
// Sources that describe care givers and organizations, not the patient.
const PROVIDER_SOURCE = /practitioner|author|performer|provider|assignedperson|assignedentity|custodian|authenticator|organization|physician|informant|referring|attending|operator|institution|prescriber/i;

const usable = (f: StructuredField): boolean => {
  const v = f.value.trim();
  if (isPlaceholder(v)) return false;
  // A DICOM PN like "Anonymized" or "^^^^" is de-identified; a name must have some letters.
  if (f.kind === 'name') return /[A-Za-z]{2}/.test(v) && !isPlaceholder(v.replace(/\^/g, ' '));
  return true;
};

/** Adds structured fields to the evidence; returns how many distinct subjects carry a patient identifier. */
export const judgeFields = (fields: StructuredField[], ev: Evidence): number => {
  const subjects = new Set<string>();
  for (const f of fields.slice(0, MAX_FIELDS)) {
    if (!usable(f)) continue;
    if (HEALTH_FIELDS.has(f.kind)) {
      addHealth(ev, f.kind);
      continue;
    }
    const provider = f.kind === 'npi' || PROVIDER_SOURCE.test(f.source);
    const kind = f.kind;
    addHit(ev, { kind, value: f.value, score: 1, strength: 'structured', ...(provider ? { provider: true } : {}) });
    // A reference's display name ("Observation.subject.display") repeats the patient; it is not another subject.
    if (!provider && f.subject && !/display$|reference/i.test(f.source) && ['name', 'dob', 'ssn', 'mrn', 'patient-id', 'member-id', 'mbi'].includes(kind)) {
      subjects.add(f.subject.replace(/\/(?:contact|guardian)$/, ''));
    }
  }
  return subjects.size;
};
