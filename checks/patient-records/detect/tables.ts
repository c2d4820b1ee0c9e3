/** Tables judged as tables: columns typed by header and confirmed by values, rows counted as people. */
import type { ExtractedTable } from '../extracted.js';
import { cellFits, headerKey, headerKind, isCareHeader, isEmployeeHeader, isFullNameHeader, isPatientHeader, isServedPersonHeader, isStaffHeader, isStatusWord, type ColumnKind } from './columns.js';
import { scanHealthTerms } from './health-terms.js';
import { isGivenName } from './given-names.js';
import { isOrgName, isStandInName } from './names.js';
import { headerFromValues } from './text-tables.js';
import { addHealth, addHit, ANCHOR_KINDS, type Evidence } from './evidence.js';

const SAMPLE_ROWS = 200;
const MAX_ROWS = 5_000;
const MAX_FREE_TEXT = 1 << 20;

const HEALTH_KIND: [RegExp, string][] = [
  [/diagnos|^dx|condition|problem|complaint|reason/, 'diagnosis'],
  [/medication|^meds?$|drug|^rx$|prescription|vaccine|immuniz/, 'medication'],
  [/allerg/, 'allergy'],
  [/^icd/, 'icd10'],
  [/^cpt/, 'cpt'],
  [/^labs?$|labtest|^result|vital|blood/, 'observation'],
  [/encounter|admission|discharge/, 'encounter'],
  [/procedure|careplan|therapy|treatment|modality|bodysite/, 'procedure'],
];

const fitRatio = (table: ExtractedTable, col: number, kind: ColumnKind | 'full-name'): number => {
  let seen = 0;
  let fit = 0;
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const v = row[col]?.trim();
    if (!v) continue;
    seen++;
    if (cellFits(kind, v)) fit++;
  }
  return seen ? fit / seen : 0;
};

// Organization directories have a NAME column too; a fifth of hospital/clinic names is enough to tell.
const orgRatio = (table: ExtractedTable, col: number): number => {
  const values = table.rows.slice(0, SAMPLE_ROWS).map((r) => r[col]?.trim() ?? '').filter(Boolean);
  return values.length ? values.filter(isOrgName).length / values.length : 0;
};

// A "Name" column of drugs or conditions (guideline tables) is not a list of people.
const healthRatio = (table: ExtractedTable, col: number): number => {
  const values = table.rows.slice(0, SAMPLE_ROWS).map((r) => r[col]?.trim() ?? '').filter(Boolean);
  return values.length ? values.filter((v) => scanHealthTerms(v, 1).distinct.size > 0).length / values.length : 0;
};

const statusRatio = (table: ExtractedTable, col: number): number => {
  const values = table.rows.slice(0, SAMPLE_ROWS).map((r) => r[col]?.trim() ?? '').filter(Boolean);
  return values.length ? values.filter(isStatusWord).length / values.length : 0;
};

/** Decides each column's kind from its header and a sample of its values. */
export const typeColumns = (table: ExtractedTable): ColumnKind[] => {
  const width = Math.max(table.header.length, ...table.rows.slice(0, SAMPLE_ROWS).map((r) => r.length));
  const kinds: ColumnKind[] = [];
  for (let c = 0; c < width; c++) {
    let kind = headerKind(table.header[c] ?? '');
    if (kind === 'patient-id' && fitRatio(table, c, kind) < 0.5) kind = 'name';
    if (kind === 'name' && isFullNameHeader(table.header[c] ?? '') && fitRatio(table, c, 'full-name') < 0.5) kind = 'other';
    if (kind === 'name' && (orgRatio(table, c) >= 0.2 || healthRatio(table, c) >= 0.2)) kind = 'other';
    if (kind !== 'other' && kind !== 'provider' && fitRatio(table, c, kind) < 0.5) kind = 'other';
    if (kind === 'health' && statusRatio(table, c) >= 0.5) kind = 'other';
    kinds.push(kind);
  }
  // Exports often shift values under the wrong header: trust a header that names a kind, and find the column whose values fit it.
  // Per header: "Birth wt (kg)" or "GA at birth" name no date of birth.
  const keys = table.header.map(headerKey);
  const wanted: [ColumnKind, RegExp][] = [['dob', /dob|dateofbirth|birthdate|birthday|^birth$|^born$/], ['ssn', /ssn|socialsecurity/]];
  // Shifted by one column at most: an exam date three columns away is no birth date.
  for (const [kind, re] of wanted) {
    const named = keys.findIndex((k) => re.test(k));
    if (kinds.includes(kind) || named < 0) continue;
    const c = kinds.findIndex((k, i) => k === 'other' && Math.abs(i - named) <= 1 && fitRatio(table, i, kind) >= 0.6);
    if (c >= 0) kinds[c] = kind;
  }
  // A directory of providers (NPI, specialty, licence columns) and nothing about patients: its people are clinicians.
  // A name column headed "Client" or "Mom" beside a "Provider" column names the people cared for, not the providers.
  const patientSpecific =
    kinds.some((k) => k === 'ssn' || k === 'dob' || k === 'mrn' || k === 'member-id' || k === 'health' || k === 'patient-id') ||
    table.header.some(isPatientHeader) ||
    kinds.some((k, c) => k === 'name' && isServedPersonHeader(table.header[c] ?? ''));
  if (kinds.includes('provider') && !patientSpecific) return kinds.map((k) => (k === 'name' || k === 'phone' || k === 'email' || k === 'address' ? 'provider' : k));
  return kinds;
};

/** A header of a list of payees or contractors (tax ids, 1099 totals): its rows are paid, not cared for. */
const isPayeeHeader = (header: string): boolean => /^(?:payee|payeename|vendor|vendorname|contractor|tin|tintype|ein|1099\w*|w9\w*)$/.test(headerKey(header));

const healthKindOf = (header: string): string => HEALTH_KIND.find(([re]) => re.test(headerKey(header)))?.[1] ?? 'clinical-term';

const known = (cell: string | undefined): boolean => !!cell && cell.length <= 40 && headerKind(cell) !== 'other';

/**
 * Spreadsheets often open with title rows: when the header names no known column, use the first of 10 rows that names
 * two known columns. Exports without any header row ("BEGAY,RAYMOND T,19490314,MR-100482,TTE") are read by their
 * values: a surname column beside a column of common given names, and a column of birth dates.
 */
export const rebaseHeader = (table: ExtractedTable): ExtractedTable => {
  if (table.header.some(known)) return table;
  const i = table.rows.slice(0, 10).findIndex((r) => r.filter(known).length >= 2);
  if (i >= 0) return { ...table, header: table.rows[i]!, rows: table.rows.slice(i + 1) };
  if (table.header.length < 4) return table;
  const rows = [table.header, ...table.rows];
  const header = headerFromValues(rows, isGivenName);
  return header ? { ...table, header, rows } : table;
};

/**
 * In a row laid out as a form, label then value ("MRN | JHP-0048813 | DOB | 09/11/2024", "Client | Noor Al-Haddad |
 * Client ID | SCC-1120"): how many known labels at even positions have a value that fits them right after; -1 when
 * a known label stands among the values (then it is a header row).
 */
export const formPairs = (row: string[]): number => {
  const cells = row.map((c) => c.trim());
  let fitting = 0;
  for (let i = 0; i + 1 < cells.length; i += 2) {
    const label = cells[i]!;
    const value = cells[i + 1]!;
    if (known(value)) return -1;
    const kind = label.length <= 40 ? headerKind(label) : 'other';
    if (kind !== 'other' && kind !== 'provider' && value && cellFits(kind === 'name' && isFullNameHeader(label) ? 'full-name' : kind, value)) fitting++;
  }
  return fitting;
};

/** The form block at the top: a first row with two fitting pairs, then rows with one, or rows as wide with labels in place. */
const formRowCount = (all: string[][]): number => {
  if (formPairs(all[0] ?? []) < 2) return 0;
  const width = all[0]!.length;
  let n = 1;
  for (; n < all.length && n < 20; n++) {
    const row = all[n]!;
    const pairs = formPairs(row);
    if (pairs < 0) break;
    const labelled = row.length === width && width % 2 === 0 && row.every((c, i) => i % 2 === 1 || (c.trim() !== '' && c.length <= 40 && !/\d/.test(c)));
    if (pairs === 0 && !labelled) break;
  }
  return n;
};

/**
 * Form rows at the top of a table (or a whole table of them, as Word note templates lay out a visit's header)
 * become `Label: value` lines for the label detectors; the rows below them, if any, are the table, its first row
 * the header.
 */
export const splitFormRows = (table: ExtractedTable): { lines: string[]; table: ExtractedTable | null } => {
  const all = [table.header, ...table.rows];
  const n = formRowCount(all);
  if (n === 0) return { lines: [], table };
  const lines = all.slice(0, n).map((r) => {
    const pairs: string[] = [];
    for (let i = 0; i + 1 < r.length; i += 2) if (r[i]!.trim() || r[i + 1]!.trim()) pairs.push(`${r[i]!.trim()}: ${r[i + 1]!.trim()}`);
    return pairs.join('\n');
  });
  const rest = all.slice(n);
  return { lines, table: rest.length >= 2 ? { ...table, header: rest[0]!, rows: rest.slice(1) } : null };
};

/** Adds one table's identifiers, health columns and patient rows to the evidence; returns the free text of its other columns. */
export const judgeTable = (input: ExtractedTable, ev: Evidence): string => {
  const form = splitFormRows(input);
  if (!form.table) return form.lines.join('\n');
  if (form.lines.length) return `${form.lines.join('\n')}\n${judgeTable(form.table, ev)}`;
  const table = rebaseHeader(input);
  // A staff list's birth dates are employees' (a birthday calendar), not a patient's identifier.
  const staff = table.header.some(isStaffHeader);
  const kinds = typeColumns(table).map((k) => (staff && k === 'dob' ? 'other' : k));
  // A table called "patients" (or with patient columns) lists people in someone's care.
  // So does a list of people with their doctor, insurer or visit dates, unless it is a directory of the providers themselves.
  const care = /patient/i.test(table.name ?? '') || table.header.some(isPatientHeader) || (table.header.some(isCareHeader) && !table.header.some(isEmployeeHeader) && kinds.some((k) => k !== 'provider' && ANCHOR_KINDS.has(k)));
  const keyKind = (['patient-id', 'mrn', 'ssn', 'member-id', 'name', 'dob'] as ColumnKind[]).find((k) => kinds.includes(k));
  const keyCols = kinds.flatMap((k, i) => (k === keyKind ? [i] : []));
  const keys = new Set<string>();
  let free = '';
  let rows = 0;
  const healthKinds = table.header.map(healthKindOf);
  // Columns whose header names a person or record, whatever their values turned out to be.
  const personCols = table.header.flatMap((h, c) => (['name', 'mrn', 'patient-id'].includes(headerKind(h)) ? [c] : []));
  let r = 0;
  for (const row of table.rows.slice(0, MAX_ROWS)) {
    // Columns were typed on a sample: past it, values are checked and kept only for the first rows, then just counted.
    const checked = r++ < SAMPLE_ROWS;
    // A device's QC or demo chart ("QC, MODEL EYE", "DEMO PATIENT", "ZZTEST") is nobody: its whole row is skipped.
    if (personCols.some((c) => isStandInName(row[c] ?? ''))) continue;
    let anchored = false;
    const other: string[] = [];
    kinds.forEach((kind, c) => {
      const v = row[c]?.trim();
      if (!v) return;
      if (kind === 'other') {
        if (free.length < MAX_FREE_TEXT) other.push(v);
      } else if (kind === 'health') {
        if (!checked || cellFits(kind, v)) {
          addHealth(ev, healthKinds[c] ?? 'clinical-term');
          if (free.length < MAX_FREE_TEXT) other.push(v);
        }
      } else if (kind !== 'provider' && (!checked || cellFits(kind, v))) {
        // A bracketed note after a name ("(mom of Kasimir)") is not part of the name the report masks.
        if (checked) addHit(ev, { kind, value: kind === 'name' ? v.replace(/\s*\([^()]{1,40}\)$/, '') : v, score: 0.9, strength: 'structured' });
        else ev.identifiers[kind] = (ev.identifiers[kind] ?? 0) + 1;
        if (ANCHOR_KINDS.has(kind)) anchored = true;
      }
    });
    if (anchored) {
      rows++;
      const key = keyCols.map((c) => row[c]?.trim().toLowerCase() ?? '').join('|');
      if (key.replace(/\|/g, '')) keys.add(key);
    }
    // One cell per line: a name in one untyped cell and a drug in another are not one clinical line (a rep and his samples).
    if (other.length) free += `${other.join('\n')}\n`;
  }
  // Rows past those kept were counted by the extractor: scale the people found to them.
  const judged = Math.min(table.rows.length, MAX_ROWS);
  const scale = table.rowsTotal && judged && table.rowsTotal > judged ? table.rowsTotal / judged : 1;
  ev.rows += Math.round((keys.size || rows) * scale);
  if (care && rows) addHealth(ev, 'care-relationship');
  // A staff list's other columns (roles, licences, certifications) are about employees, and a payee list's (W-9s,
  // 1099s, ACH payments) about jobs and invoices ("cabling for the x-ray room"): no patient names or care in prose there.
  return staff || table.header.some(isPayeeHeader) ? '' : free;
};
