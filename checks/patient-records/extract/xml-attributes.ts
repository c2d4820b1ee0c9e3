/**
 * Records kept in XML attributes (`<Patient last="COLQUHOUN" first="WHITNEY" dob="19910422" mrn="WC100845"/>`), as lab
 * and vendor exports write them: their text layer holds none of it. Each element name with its attribute set becomes
 * a table, one row per element, so the detectors judge its columns by name like a spreadsheet's.
 */
import type { ExtractedTable } from '../extracted.js';
import { decodeEntities } from './markup.js';

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))+)\s*\/?>/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// Attribute names that may hold a person's identity; sets without one (styles, configuration keys) are left as they are.
const PERSONAL = /^(?:(?:patient|pt|person|member|subscriber|insured|guarantor)?(?:name|fullname|lastname|firstname|familyname|givenname|last|first|family|given|surname)|dob|birthdate|dateofbirth|birthdt|mrn|ssn|patientid|memberid|subscriberid|phone|address)$/;
const personal = (attribute: string): boolean => PERSONAL.test(attribute.toLowerCase().replace(/[_.-]/g, ''));
const MAX_GROUPS = 200;

/** Tables of the attribute records in an XML document (pure); at most `maxRows` rows kept per table, the rest counted. */
export const attributeTables = (xml: string, maxRows = 5_000): ExtractedTable[] => {
  const groups = new Map<string, ExtractedTable>();
  for (const tag of xml.matchAll(START_TAG)) {
    const header: string[] = [];
    const row: string[] = [];
    for (const a of tag[2]!.matchAll(ATTRIBUTE)) {
      const name = a[1]!;
      // Namespace declarations and qualified attributes (xsi:type) are schema plumbing.
      if (name.startsWith('xmlns') || name.includes(':')) continue;
      header.push(name);
      row.push(decodeEntities(a[2] ?? a[3] ?? ''));
    }
    if (header.length < 2 || !header.some(personal)) continue;
    const key = `${tag[1]}|${header.join(' ')}`;
    let table = groups.get(key);
    if (!table) {
      if (groups.size >= MAX_GROUPS) continue;
      groups.set(key, (table = { name: tag[1]!, header, rows: [] }));
    }
    if (table.rows.length < maxRows) table.rows.push(row);
    else table.rowsTotal = (table.rowsTotal ?? table.rows.length) + 1;
  }
  return [...groups.values()];
};
