/** Deterministic synthetic patients and harmless business text for the benchmark and the scan tests (no real person). */

/** A seeded PRNG (mulberry32), so every run builds the same tree. */
export const rng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const GIVEN = ['Maria', 'James', 'Linda', 'Robert', 'Patricia', 'Michael', 'Barbara', 'William', 'Susan', 'David', 'Karen', 'Joseph', 'Nancy', 'Thomas', 'Lisa', 'Daniel', 'Sandra', 'Paul', 'Ashley', 'Kevin'];
const FAMILY = ['Alvarez', 'Bennett', 'Castillo', 'Donovan', 'Ellison', 'Fitzgerald', 'Gallagher', 'Hawkins', 'Iverson', 'Jennings', 'Kowalski', 'Lindqvist', 'Montoya', 'Nakamura', 'Okafor', 'Pemberton', 'Quintero', 'Rasmussen', 'Sorensen', 'Thornton'];
const STREETS = ['Maple Ave', 'Oak Street', 'Cedar Lane', 'Birch Road', 'Willow Drive', 'Elm Street'];
const CITIES = ['Springfield, IL 62704', 'Madison, WI 53703', 'Dayton, OH 45402', 'Eugene, OR 97401'];

/** Diagnoses with ICD-10-CM codes and a fitting medication. */
export const DIAGNOSES: [code: string, text: string, med: string][] = [
  ['E11.9', 'Type 2 diabetes mellitus without complications', 'metformin 500 mg twice daily'],
  ['I10', 'Essential (primary) hypertension', 'lisinopril 10 mg daily'],
  ['J45.909', 'Unspecified asthma, uncomplicated', 'albuterol inhaler as needed'],
  ['F32.9', 'Major depressive disorder, single episode', 'sertraline 50 mg daily'],
  ['E78.5', 'Hyperlipidemia, unspecified', 'atorvastatin 20 mg nightly'],
  ['M54.5', 'Low back pain', 'ibuprofen 400 mg as needed'],
];

/** One synthetic patient. */
export type Person = { given: string; family: string; dob: string; dobIso: string; mrn: string; ssn: string; phone: string; street: string; city: string; email: string; dx: (typeof DIAGNOSES)[number] };

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const digits = (r: () => number, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');

/** Makes a person whose SSN passes the SSA validity rules (area 001-665/667-899, group and serial non-zero). */
export const makePerson = (r: () => number): Person => {
  const given = pick(r, GIVEN);
  const family = pick(r, FAMILY);
  const y = 1940 + Math.floor(r() * 60);
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  let area = 1 + Math.floor(r() * 898);
  if (area === 666) area = 667;
  const ssn = `${String(area).padStart(3, '0')}-${pad(1 + Math.floor(r() * 98))}-${String(1 + Math.floor(r() * 9998)).padStart(4, '0')}`;
  return {
    given,
    family,
    dob: `${pad(m)}/${pad(d)}/${y}`,
    dobIso: `${y}-${pad(m)}-${pad(d)}`,
    mrn: `MRN${digits(r, 7)}`,
    ssn,
    phone: `(${200 + Math.floor(r() * 700)}) 555-${digits(r, 4)}`,
    street: `${100 + Math.floor(r() * 8900)} ${pick(r, STREETS)}`,
    city: pick(r, CITIES),
    email: `${given.toLowerCase()}.${family.toLowerCase()}@example.com`,
    dx: pick(r, DIAGNOSES),
  };
};

/** A short clinic visit note (PHI). */
export const visitNote = (p: Person): string =>
  [
    'Progress Note - Family Medicine Clinic',
    `Patient: ${p.given} ${p.family}`,
    `DOB: ${p.dob}    MRN: ${p.mrn}`,
    `Phone: ${p.phone}`,
    `Address: ${p.street}, ${p.city}`,
    '',
    `Assessment: ${p.dx[1]} (${p.dx[0]}). Patient reports improved symptoms since last visit.`,
    `Plan: continue ${p.dx[2]}. Follow up in 3 months. Labs: HbA1c and lipid panel ordered.`,
    '',
  ].join('\n');

/** An HR-style record with an SSN and no health information (PII). */
export const payrollLine = (p: Person): string => `Employee: ${p.given} ${p.family}, SSN: ${p.ssn}, DOB: ${p.dob}, direct deposit form on file\n`;

const WORDS = 'the quarterly budget meeting agenda covers office supplies printer lease renewal parking schedule holiday party vendor invoices website refresh staff training calendar and the new coffee machine in the break room'.split(' ');

/** Harmless business prose of about `bytes` characters. */
export const businessText = (r: () => number, bytes: number): string => {
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    const line = `${Array.from({ length: 12 }, () => pick(r, WORDS)).join(' ')}. Invoice ${digits(r, 6)} total $${(r() * 900).toFixed(2)}.\n`;
    out.push(line);
    n += line.length;
  }
  return out.join('');
};
