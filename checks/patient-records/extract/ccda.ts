/** C-CDA / CCD documents: patient identity from recordTarget/patientRole, clinical codes by section. */
import { XMLParser } from 'fast-xml-parser';
import type { StructuredField } from '../extracted.js';

type Node = Record<string, unknown>;
type Kind = StructuredField['kind'];

/** The SSA's OID for Social Security numbers in CDA `<id root=...>`. */
export const SSN_OID = '2.16.840.1.113883.4.1';
const NPI_OID = '2.16.840.1.113883.4.6';

/** LOINC section codes -> the kind of clinical entries they hold. */
const SECTIONS: Record<string, Kind> = {
  '11450-4': 'diagnosis',
  '11348-0': 'diagnosis',
  '10160-0': 'medication',
  '48765-2': 'allergy',
  '47519-4': 'procedure',
  '30954-2': 'observation',
  '8716-3': 'observation',
  '46240-8': 'encounter',
  '11369-6': 'medication',
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: () => true, processEntities: true, parseTagValue: false, parseAttributeValue: false });

const list = (n: unknown, key: string): Node[] => (n && typeof n === 'object' ? (((n as Node)[key] as Node[] | undefined) ?? []) : []);
const text = (n: unknown): string => (typeof n === 'string' ? n : n && typeof n === 'object' ? String((n as Node)['#text'] ?? '') : '');
const attr = (n: Node | undefined, name: string): string => (n ? String(n[`@${name}`] ?? '') : '');
const path = (n: unknown, ...keys: string[]): Node[] => keys.reduce<Node[]>((acc, k) => acc.flatMap((x) => list(x, k)), [n as Node]);

const nameOf = (name: Node): string =>
  [...list(name, 'prefix'), ...list(name, 'given'), ...list(name, 'family')].map(text).filter(Boolean).join(' ').trim() || text(name).trim();

const addressOf = (addr: Node): string =>
  ['streetAddressLine', 'city', 'state', 'postalCode'].flatMap((k) => list(addr, k).map(text)).filter(Boolean).join(' ').trim();

/** Every `code`/`value` displayName under a node (bounded). */
const displayNames = (n: unknown, out: string[], limit = 200): string[] => {
  if (!n || typeof n !== 'object' || out.length >= limit) return out;
  if (Array.isArray(n)) {
    for (const x of n) displayNames(x, out, limit);
    return out;
  }
  for (const [k, v] of Object.entries(n as Node)) {
    if ((k === 'code' || k === 'value') && Array.isArray(v)) for (const c of v as Node[]) if (attr(c, 'displayName')) out.push(attr(c, 'displayName'));
    if (!k.startsWith('@') && k !== 'text') displayNames(v, out, limit);
  }
  return out;
};

/** Reads typed fields from a parsed-or-raw C-CDA document (pure). */
export const parseCcda = (xml: string): StructuredField[] => {
  const doc = parser.parse(xml) as Node;
  const fields: StructuredField[] = [];
  const root = list(doc, 'ClinicalDocument')[0];
  if (!root) return fields;
  path(root, 'recordTarget', 'patientRole').forEach((role, i) => {
    const subject = `patientRole#${i + 1}`;
    const push = (kind: Kind, value: string, source: string) => value && fields.push({ kind, value, source, subject });
    for (const id of list(role, 'id')) {
      const root = attr(id, 'root');
      const kind: Kind = root === SSN_OID ? 'ssn' : root === NPI_OID ? 'npi' : 'mrn';
      push(kind, attr(id, 'extension'), `C-CDA patientRole/id@root=${root}`);
    }
    for (const a of list(role, 'addr')) push('address', addressOf(a), 'C-CDA patientRole/addr');
    for (const t of list(role, 'telecom')) {
      const v = attr(t, 'value');
      if (v.startsWith('mailto:')) push('email', v.slice(7), 'C-CDA patientRole/telecom');
      else if (v.startsWith('tel:')) push('phone', v.slice(4), 'C-CDA patientRole/telecom');
    }
    for (const p of list(role, 'patient')) {
      for (const n of list(p, 'name')) push('name', nameOf(n), 'C-CDA patient/name');
      for (const b of list(p, 'birthTime')) push('dob', attr(b, 'value'), 'C-CDA patient/birthTime');
      for (const g of path(p, 'guardian', 'guardianPerson', 'name')) fields.push({ kind: 'name', value: nameOf(g), source: 'C-CDA guardian/name', subject: `${subject}/guardian` });
    }
  });
  for (const section of path(root, 'component', 'structuredBody', 'component', 'section')) {
    const kind = SECTIONS[attr(list(section, 'code')[0], 'code')];
    if (!kind) continue;
    for (const value of new Set(displayNames(list(section, 'entry'), []))) fields.push({ kind, value, source: 'C-CDA section entry' });
  }
  return fields;
};
