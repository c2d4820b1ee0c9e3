/**
 * ASC X12 health-care transactions (837 claims, 835 remittances, 270/271 eligibility, 276/277 claim status): the
 * separators come from the ISA header, and the loops of the patient (NM1*QC) and the subscriber (NM1*IL) give typed
 * fields: names, member ids, birth dates (DMG), addresses, claim account numbers, diagnosis (HI) and procedure codes.
 * Provider loops (billing, rendering, payer) are left out: their names and NPIs are not patient data.
 */
import type { StructuredField } from '../extracted.js';
import { decodeText } from './decode-text.js';
import { emptyDocument, type Extractor } from './types.js';

/** True when the text opens with an ISA interchange header. */
export const isX12 = (head: string): boolean => /^ISA([*|^~!])(?:[^\r\n]{0,20}?\1){15}/.test(head);

/** The element, component and segment separators declared by the ISA header, or null. */
export const x12Separators = (text: string): { element: string; component: string; segment: string } | null => {
  if (!text.startsWith('ISA') || text.length < 106) return null;
  const element = text[3]!;
  let at = 3;
  // ISA has 16 elements: ISA16 (one character) is the component separator, the segment terminator follows it.
  for (let n = 1; n < 16; n++) {
    at = text.indexOf(element, at + 1);
    if (at < 0) return null;
  }
  const component = text[at + 1];
  const segment = text[at + 2];
  if (!component || !segment) return null;
  return { element, component, segment };
};

// NM1 id qualifiers (NM1-08) of a person's ids.
const ID_KIND: Record<string, StructuredField['kind']> = { MI: 'member-id', II: 'member-id', '34': 'ssn', MR: 'mrn' };
// REF qualifiers inside a patient or subscriber loop.
const REF_KIND: Record<string, StructuredField['kind']> = { SY: 'ssn', EA: 'mrn', '1W': 'member-id', '1L': 'member-id' };
const PEOPLE = new Set(['QC', 'IL']);
// Loops of others: providers, payers, facilities. Their N3/N4/REF/DMG are not the patient's.
const OTHERS = new Set(['82', '85', '87', 'DN', 'DK', 'DQ', '71', '72', '77', 'PR', 'PE', 'FA', '40', '41', 'TT', 'GB']);

/** Reads typed fields and a readable text from one X12 interchange (pure). */
export const parseX12 = (text: string): { fields: StructuredField[]; text: string } => {
  const sep = x12Separators(text);
  if (!sep) return { fields: [], text };
  const fields: StructuredField[] = [];
  const readable: string[] = [];
  let person = 0;
  // Whose loop the segments belong to: a patient or subscriber (its subject), someone else, or none yet.
  let subject: string | null = null;
  const push = (kind: StructuredField['kind'], value: string | undefined, source: string) => {
    const v = value?.trim();
    if (v) fields.push({ kind, value: v, source: `X12 ${source}`, ...(subject ? { subject } : {}) });
  };
  for (const raw of text.split(sep.segment)) {
    const seg = raw.replace(/^[\r\n]+/, '').trimEnd();
    if (!seg) continue;
    const e = seg.split(sep.element);
    const id = e[0] ?? '';
    readable.push(e.slice(1).join(' ').split(sep.component).join(' '));
    if (id === 'NM1') {
      const entity = e[1] ?? '';
      if (PEOPLE.has(entity) && e[2] === '1') {
        subject = `NM1#${++person}`;
        push('name', [e[4], e[5], e[3]].filter(Boolean).join(' '), `NM1*${entity}`);
        const kind = ID_KIND[e[8] ?? ''];
        if (kind) push(kind, e[9], `NM1*${entity}-09`);
      } else if (PEOPLE.has(entity) || OTHERS.has(entity)) subject = null;
    } else if (id === 'CLP' || id === 'CLM') {
      // A claim opens its own loop (its patient's NM1 follows in an 835): the account number stands apart.
      subject = null;
      push('account', e[1], `${id}-01`);
    } else if (id === 'HI') {
      for (const c of e.slice(1)) push('diagnosis', c.split(sep.component)[1], 'HI');
    } else if (id === 'SVC' || id === 'SV1' || id === 'SV2') {
      const proc = (id === 'SV2' ? e[2] : e[1])?.split(sep.component)[1];
      push('procedure', proc, id);
    } else if (subject) {
      if (id === 'DMG' && e[1] === 'D8') push('dob', e[2], 'DMG');
      else if (id === 'N3') push('address', [e[1], e[2]].filter(Boolean).join(' '), 'N3');
      else if (id === 'REF' && REF_KIND[e[1] ?? '']) push(REF_KIND[e[1] ?? '']!, e[2], `REF*${e[1]}`);
      else if (id === 'PER') for (let i = 3; i + 1 < e.length; i += 2) if (/^(?:TE|HP|WP|CP)$/.test(e[i] ?? '')) push('phone', e[i + 1], 'PER');
    }
  }
  return { fields, text: readable.join('\n') };
};

/** Extracts an X12 file (837, 835, 27x). */
export const extractX12: Extractor = async (input) => {
  const parsed = parseX12(decodeText(input.buffer));
  return [{ ...emptyDocument('x12', input), text: parsed.text, fields: parsed.fields }];
};
