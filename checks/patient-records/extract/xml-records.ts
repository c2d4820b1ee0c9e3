/**
 * Records in generic XML, as lab, registry and vendor exports write them: fields kept in attributes
 * (`<Patient last="COLQUHOUN" first="WHITNEY" dob="19910422" mrn="WC100845"/>`) or in leaf child elements
 * (`<Patient mrn="LA-006318"><Last>Choi</Last><First>Min-jun</First><DOB>2025-07-22</DOB>...`). Their text layer
 * runs the values together without their names, so each element name with its set of field names becomes a table,
 * one row per element, and the detectors judge its columns by name like a spreadsheet's.
 */
import { XMLParser } from 'fast-xml-parser';
import { PROVIDER_SOURCE, type ExtractedTable } from '../extracted.js';

type Node = Record<string, unknown>;

// Field names that may hold a person's identity; records without one (styles, configuration keys) are left as they are.
const PERSONAL = /^(?:(?:patient|pt|person|member|subscriber|insured|guarantor|mother|father|parent)?(?:name|fullname|lastname|firstname|familyname|givenname|last|first|family|given|surname|maiden|mothermaiden)|dob|birthdate|dateofbirth|birthdt|mrn|ssn|patientid|memberid|subscriberid|phone|address|street)$/;
const personal = (field: string): boolean => PERSONAL.test(field.toLowerCase().replace(/[_.-]/g, ''));
const MAX_GROUPS = 200;
const MAX_NODES = 200_000;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, parseTagValue: false, parseAttributeValue: false, processEntities: true, ignoreDeclaration: true, ignorePiTags: true, textNodeName: '#text' });

/** The text of a leaf (a string, or an element holding only text and attributes), else null. */
const leafText = (v: unknown): string | null => {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const node = v as Node;
  if (typeof node['#text'] === 'string') return node['#text'];
  // FHIR XML keeps every value in a `value` attribute: `<family value="Marchetti"/>`.
  const keys = Object.keys(node);
  return keys.length === 1 && keys[0] === 'value' && typeof node.value === 'string' ? node.value : null;
};

/** Tables of the records in an XML document (pure); at most `maxRows` rows kept per table, the rest counted. [] when it does not parse. */
export const recordTables = (xml: string, maxRows = 5_000): ExtractedTable[] => {
  let root: unknown;
  try {
    root = parser.parse(xml);
  } catch {
    // Malformed XML keeps its text layer only.
    return [];
  }
  const groups = new Map<string, ExtractedTable>();
  let nodes = 0;
  // Records under an author, performer or organization element are care givers, not patients: skipped with all below.
  const visit = (name: string, node: unknown): void => {
    if (++nodes > MAX_NODES || !node || typeof node !== 'object' || PROVIDER_SOURCE.test(name)) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(name, item);
      return;
    }
    const header: string[] = [];
    const row: string[] = [];
    for (const [key, value] of Object.entries(node as Node)) {
      const text = key === '#text' || key.startsWith('xmlns') ? null : leafText(value);
      if (text !== null) {
        header.push(key);
        row.push(text.trim());
      } else if (key !== '#text') visit(key, value);
    }
    if (header.length < 2 || !header.some(personal)) return;
    const key = `${name}|${header.join(' ')}`;
    let table = groups.get(key);
    if (!table) {
      if (groups.size >= MAX_GROUPS) return;
      groups.set(key, (table = { name, header, rows: [] }));
    }
    if (table.rows.length < maxRows) table.rows.push(row);
    else table.rowsTotal = (table.rowsTotal ?? table.rows.length) + 1;
  };
  visit('', root);
  return [...groups.values()];
};
