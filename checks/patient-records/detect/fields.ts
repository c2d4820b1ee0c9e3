/** Structured fields (HL7, C-CDA, FHIR, DICOM...): the format says what a value is, so shape rules do not apply. */
import { PROVIDER_SOURCE, type StructuredField } from '../extracted.js';
import { addHealth, addHit, type Evidence } from './evidence.js';
import { isStandInName } from './names.js';
import { isNullDate, isPlaceholder } from './validate.js';

const MAX_FIELDS = 50_000;
const HEALTH_FIELDS = new Set(['diagnosis', 'procedure', 'medication', 'observation', 'allergy', 'encounter']);

// Interface specs and test messages fill fields with "TEST^PATIENT", "000000" and the null date 1900-01-01 (isNullDate).
const SAME_DIGIT = /^(\d)\1+$/;

// Template slots: "<LAST>^<FIRST>", "{{mrn}}", "[SSN]", "%DOB%".
const SLOT = /<[A-Za-z_ #]{1,30}>|\{\{?[A-Za-z_ #.]{1,30}\}?\}|\[[A-Za-z_ #]{1,30}\]|%[A-Za-z_#]{1,30}%/g;
const onlySlots = (v: string): boolean => v !== v.replace(SLOT, '') && v.replace(SLOT, '').replace(/[\^\s,.\-/|&~]/g, '') === '';

const usable = (f: StructuredField): boolean => {
  const v = f.value.trim();
  if (isPlaceholder(v) || onlySlots(v) || SAME_DIGIT.test(v.replace(/[-\s]/g, ''))) return false;
  if (f.kind === 'dob') return !isNullDate(v);
  // A DICOM PN like "Anonymized" or "^^^^" is de-identified; a name must have some letters, and not only placeholder words.
  if (f.kind === 'name') return /[A-Za-z]{2}/.test(v) && !v.split(/[\^,\s]+/).filter(Boolean).every(isPlaceholder);
  return true;
};

/** Adds structured fields to the evidence; returns how many distinct subjects carry a patient identifier. */
export const judgeFields = (fields: StructuredField[], ev: Evidence): number => {
  const subjects = new Set<string>();
  const kept = fields.slice(0, MAX_FIELDS);
  // A subject named as a test or example chart (HL7's EVERYMAN^ADAM, TEST^PATIENT): its ids and birth date are the example's too.
  const examples = new Set(kept.flatMap((f) => (f.kind === 'name' && f.subject && isStandInName(f.value.replace(/\^/g, ' ')) ? [f.subject] : [])));
  for (const f of kept) {
    if (!usable(f) || (f.subject && examples.has(f.subject))) continue;
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
