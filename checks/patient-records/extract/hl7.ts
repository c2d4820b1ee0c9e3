/** HL7 v2 messages: segments by CR/LF, fields by `|`, typed fields from PID, NK1, IN1, DG1, OBX, PR1, RX*, AL1. */
import type { StructuredField } from '../extracted.js';
import { decodeText } from './decode-text.js';
import { emptyDocument, type Extractor } from './types.js';

type Kind = StructuredField['kind'];

/** Splits a field into repetitions, then components (using the message's own separators). */
const parts = (field: string | undefined, rep: string, comp: string): string[][] =>
  (field ?? '').split(rep).filter(Boolean).map((r) => r.split(comp));

const joinName = (c: string[]): string => [c[1], c[2], c[0]].filter(Boolean).join(' ').trim();

/** Where each field of interest sits: segment, field number, kind, and how to read it. */
const SIMPLE: [segment: string, field: number, kind: Kind, read: 'name' | 'first' | 'all' | 'text'][] = [
  ['PID', 5, 'name', 'name'],
  ['PID', 7, 'dob', 'first'],
  ['PID', 11, 'address', 'all'],
  ['PID', 13, 'phone', 'first'],
  ['PID', 14, 'phone', 'first'],
  ['PID', 18, 'account', 'first'],
  ['PID', 19, 'ssn', 'first'],
  ['NK1', 2, 'name', 'name'],
  ['NK1', 5, 'phone', 'first'],
  ['IN1', 36, 'member-id', 'first'],
  ['IN1', 16, 'name', 'name'],
  ['DG1', 3, 'diagnosis', 'text'],
  ['DG1', 4, 'diagnosis', 'first'],
  ['OBX', 3, 'observation', 'text'],
  ['PR1', 3, 'procedure', 'text'],
  ['RXE', 2, 'medication', 'text'],
  ['RXO', 1, 'medication', 'text'],
  ['RXA', 5, 'medication', 'text'],
  ['AL1', 3, 'allergy', 'text'],
  ['PV1', 19, 'encounter', 'first'],
];

/** Reads typed fields from one HL7 v2 message text (pure). */
export const parseHl7 = (text: string): { fields: StructuredField[]; text: string } => {
  const segments = text.split(/\r\n|\r|\n/).filter((s) => /^[A-Z][A-Z0-9]{2}\|/.test(s));
  const msh = segments.find((s) => s.startsWith('MSH'));
  const encoding = msh?.slice(4, 8) ?? '^~\\&';
  const comp = encoding[0] ?? '^';
  const rep = encoding[1] ?? '~';
  const fields: StructuredField[] = [];
  let patient = 0;
  const readable: string[] = [];
  for (const seg of segments) {
    const f = seg.split('|');
    const type = f[0] ?? '';
    if (type === 'PID') patient++;
    const subject = `PID#${patient}`;
    // MSH counts its field separator as MSH-1, so its indices are one off; we read none of them.
    if (type !== 'MSH') readable.push(f.slice(1).join(' ').split(comp).join(' ').split(rep).join(' '));
    if (type === 'PID') {
      for (const id of parts(f[3], rep, comp)) {
        const code = (id[4] ?? '').toUpperCase();
        const kind: Kind = code === 'SS' ? 'ssn' : code === 'MR' || code === 'MRN' ? 'mrn' : code === 'AN' ? 'account' : 'patient-id';
        if (id[0]) fields.push({ kind, value: id[0], source: 'HL7 PID-3', subject });
      }
    }
    for (const [segment, n, kind, read] of SIMPLE) {
      if (segment !== type) continue;
      for (const c of parts(f[n], rep, comp)) {
        const value = read === 'name' ? joinName(c) : read === 'all' ? c.filter(Boolean).join(' ') : read === 'text' ? (c[1] || c[0] || '') : (c[0] ?? '');
        if (value.trim()) fields.push({ kind, value: value.trim(), source: `HL7 ${segment}-${n}`, subject });
        if (read === 'first' || read === 'name') break;
      }
    }
  }
  return { fields, text: readable.join('\n') };
};

/** Extracts an HL7 v2 file (one or more messages). */
export const extractHl7: Extractor = async (input) => {
  const parsed = parseHl7(decodeText(input.buffer));
  return [{ ...emptyDocument('hl7v2', input), text: parsed.text, fields: parsed.fields }];
};
