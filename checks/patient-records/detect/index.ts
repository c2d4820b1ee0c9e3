/**
 * Detectors and per-document classification for patient records. `inspectDocument` is pure and
 * bounded: counts, estimates and masked samples come out; raw identifier values never do.
 */
import type { DocumentVerdict, ExtractedDocument } from '../extracted.js';
import { classify, estimatePatients } from './classify.js';
import { dataBlocks, looksLikeCode, xmlFragments } from './code-text.js';
import { recordTables } from '../extract/xml-records.js';
import { scanEmails } from './email.js';
import { addHealth, addHit, newEvidence, pickSamples, type Evidence } from './evidence.js';
import { judgeFields } from './fields.js';
import { rememberPeople } from './merge.js';
import { scanHealthTerms } from './health-terms.js';
import { PROSE_LIMIT, scanLabels, scanWeakNames } from './labels.js';
import { scanProseNames } from './prose-names.js';
import { looksLikeOcr, normalizeOcr, normalizeText } from './normalize.js';
import { scanPatterns } from './scan-text.js';
import { judgeTable } from './tables.js';
import { sniffFlatRecords, sniffPipeTable } from './markup-tables.js';
import { sniffAligned, sniffDelimited, sniffFixedWidth, sniffSqlInserts, sniffVertical } from './text-tables.js';
import { headerKind } from './columns.js';
import { isExampleName } from './names.js';
import { isGivenName } from './given-names.js';

export { maskValue } from './mask.js';
export { setDetectorEnabled, PATTERN_DETECTORS } from './registry.js';
export { mergeVerdicts } from './merge.js';

/** Free text beyond this many characters is not inspected (the verdict still stands on the part read). */
export const MAX_TEXT_CHARS = 8 << 20;
// Claims and remittances (X12) are payment for care: a person in one is a patient.
const CLINICAL_FORMAT = /hl7|cda|fhir|dicom|x12/i;
// Guidelines and training material present titled people as cases; those names are not patients.
const TEACHING = /\b(?:case (?:study|example|report|vignette)|clinical vignette|hypothetical|fictional|for example|scenario)\b/i;
// Newsletters, sales and policy texts speak of patients in general; a shape-found name there is not one of them.
const GENERIC_PATIENTS = /\b(?:your|our|new|many|most|all|eligible|these|those|other) patients\b|\bpatients (?:with|who)\b/i;
// Titles of staff rotas and event programmes: the people on their lines work or speak there, and the clinical words
// are their tasks and topics ("8:00  Kevin Brandt  lab draws", "9:30  Mark Feldman  Hypertension guidelines").
// An on-call roster is one; the on-call phone's message log is not.
const STAFF_TITLE = /\b(?:agenda|conference|coverage|staffing|staff schedule|shifts?|on[- ]call (?:schedule|roster|rota|list|calendar|sheet)|rota|faculty|speakers?|presenters?|webinar|seminar|symposium|course|cme|ceu|lunch[- ]and[- ]learn|in-?service|orientation|volunteers?)\b/i;

const BUSINESS_CARD = /^BEGIN:VCARD/m;

const knownHeader = (cell: string): boolean => cell.length <= 40 && headerKind(cell) !== 'other';

// "a patient of Dr. Kim", "Patient of Dr. Morrow": the person named is in someone's care.
const CARE_PHRASE = /\bpatient of\b/i;
// A title that says the document is about patients ("Patient Aging Report", "Birthday cards (patients)").
const PATIENT_TITLE = /\bpatients?\b/i;

const firstLine = (text: string): string => {
  const start = text.search(/\S/);
  if (start < 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? start + 200 : Math.min(end, start + 200));
};

// First pass on every document: detectors whose hits alone can list a file, labels, and names in prose.
const scanPrimary = (text: string, ev: Evidence, teaching: () => boolean): void => {
  for (const hit of scanPatterns(text, true)) addHit(ev, hit);
  // Case studies "see" and "admit" people too: names found through prose cues there are examples, not patients.
  // Training slides fill sample forms with "John Smith": in a teaching text such a name is an example as well.
  for (const hit of scanLabels(text)) if (!(hit.prose || (hit.kind === 'name' && isExampleName(hit.value))) || !teaching()) addHit(ev, hit);
  for (const hit of scanWeakNames(text)) if (!hit.prose || !teaching()) addHit(ev, hit);
  const prose = scanProseNames(text.length > PROSE_LIMIT ? text.slice(0, PROSE_LIMIT) : text);
  for (const hit of prose.weak) addHit(ev, hit);
  if (prose.care.length && !teaching()) for (const hit of prose.care) addHit(ev, hit);
};

// Second pass, only once somebody is identified: contact details, provider ids, codes.
const scanSecondary = (text: string, ev: Evidence): void => {
  for (const hit of scanPatterns(text, false)) addHit(ev, hit);
  for (const hit of scanEmails(text)) addHit(ev, hit);
};

const emptyVerdict = (): DocumentVerdict => ({ category: null, identifiers: {}, healthContext: {}, estimatedPatients: 0, samples: [] });

/** Inspects one extracted document and returns its verdict (counts and masked samples only). */
export const inspectDocument = (doc: ExtractedDocument): DocumentVerdict => {
  if (doc.encrypted) return emptyVerdict();
  const ev = newEvidence();
  ev.clinicalFormat = CLINICAL_FORMAT.test(doc.format);
  const subjects = judgeFields(doc.fields, ev);
  const raw = normalizeText(doc.text.length > MAX_TEXT_CHARS ? doc.text.slice(0, MAX_TEXT_CHARS) : doc.text);
  const text = looksLikeOcr(raw) ? normalizeOcr(raw) : raw;
  const code = doc.format === 'source' || looksLikeCode(text);
  const freeTexts: string[] = [];
  let tables = doc.tables;
  let textIsTable = false;
  if (!tables.length && text && !code) {
    const delimited = sniffDelimited(text, knownHeader, isGivenName);
    const aligned = delimited
      ? null
      : sniffPipeTable(text, knownHeader) ??
        (doc.fields.length || !/json/i.test(doc.format) ? null : sniffFlatRecords(text, knownHeader)) ??
        sniffFixedWidth(text, knownHeader) ??
        sniffAligned(text, knownHeader) ??
        sniffVertical(text, knownHeader);
    tables = delimited ? [delimited] : aligned ? [aligned] : sniffSqlInserts(text);
    textIsTable = !!delimited;
  }
  // Code's values are test data, but a table pasted into a multi-line string (a script's here-string of a report
  // export, a fenced block in Markdown) is data: such blocks are read as tables when a header names a column.
  if (!tables.length) {
    for (const block of dataBlocks(text)) {
      const table = sniffDelimited(block, knownHeader);
      if (table) tables = [...tables, table];
    }
    // XML messages dumped into a log (an e-prescribing gateway's debug payloads): their records, as in an XML file.
    if (!code && text.includes('</')) for (const fragment of xmlFragments(text)) tables = [...tables, ...recordTables(fragment)];
  }
  for (const t of tables) freeTexts.push(normalizeText(judgeTable(t, ev)));
  if (!textIsTable && !code) freeTexts.push(text);
  let teachingText: boolean | undefined;
  const teaching = () => (teachingText ??= TEACHING.test(text.slice(0, 1 << 20)));
  for (const t of freeTexts) scanPrimary(t, ev, teaching);
  // A business card (a vCard with an organization and a job title: a supply rep, a colleague) names a contact, not a patient.
  if (text.includes('BEGIN:VCARD') && BUSINESS_CARD.test(text) && /^ORG[:;]/m.test(text) && /^TITLE[:;]/m.test(text)) ev.strong.delete('name');
  // Most files name nobody: their contact details, codes and vocabulary cannot change the verdict, so skip those passes.
  const someone = ev.strong.size > 0 || ev.weak.has('name') || (ev.identifiers['credit-card'] ?? 0) > 0;
  if (someone) for (const t of freeTexts) scanSecondary(t, ev);
  if (someone) {
    if (CARE_PHRASE.test(text.slice(0, 1 << 20)) || PATIENT_TITLE.test(firstLine(text))) addHealth(ev, 'care-relationship');
    const scan = { counts: ev.health, distinct: ev.terms };
    for (const t of freeTexts) if (scan.distinct.size < 40) scanHealthTerms(t, 200, scan);
  }
  const category = classify(ev, () => teaching() || GENERIC_PATIENTS.test(text.slice(0, 1 << 20)) || STAFF_TITLE.test(firstLine(text)));
  const verdict: DocumentVerdict = {
    category,
    identifiers: ev.identifiers,
    healthContext: ev.health,
    estimatedPatients: estimatePatients(ev, subjects, category),
    samples: pickSamples(ev),
  };
  // The distinct values stay in memory beside the verdict so mergeVerdicts can tell one patient from two.
  return rememberPeople(verdict, ev.distinct);
};
