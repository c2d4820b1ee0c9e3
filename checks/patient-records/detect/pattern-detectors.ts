/** The pattern detectors (Presidio-style recognizers): pattern, context words, validate, scores. */
import type { PatternDetector } from './types.js';
import { isValidCard, isValidDea, isValidMbi, isValidNpi, isValidSsn } from './validate.js';

const SSN_WORDS = ['ssn', 'ssns', 'ssn#', 'ss#', 'ss #', 'ssa number', 'social security', 'social sec', 'soc sec', 'ssid', 'social'];
const NOT_SSN = ['part', 'part no', 'item', 'sku', 'model', 'serial', 'order', 'invoice', 'ref', 'tracking', 'phone', 'tel', 'fax', 'po', 'lot', 'catalog', 'isbn', 'routing', 'version'];

/** Formatted SSN `ddd-dd-dddd` / `ddd dd dddd`: SSA rules, and an SSN word near it or in the document. */
export const ssnFormatted: PatternDetector = {
  id: 'ssn-formatted', kind: 'ssn', primary: true,
  pattern: /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g,
  context: SSN_WORDS, negative: NOT_SSN, validate: isValidSsn,
  score: 0.35, nearBoost: 0.4, docBoost: 0.2,
};

/** SSN as PDF text layers space it (`172 - 32 - 1176`, maybe across a line break): SSA rules and SSN context. */
export const ssnSpaced: PatternDetector = {
  id: 'ssn-spaced', kind: 'ssn', primary: true,
  pattern: /(?<![\d-])\d{3} - \d{2} - ?\s{0,3}\d{4}(?![\d-])/g,
  context: SSN_WORDS, negative: NOT_SSN, validate: isValidSsn,
  score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** SSN split oddly (`ddd-dddddd`, seen in PDF text layers): only with SSN context. */
export const ssnSplit: PatternDetector = {
  id: 'ssn-split', kind: 'ssn', primary: true,
  pattern: /(?<![\d-])\d{3}-\d{6}(?![\d-])/g,
  context: SSN_WORDS, negative: NOT_SSN, validate: isValidSsn,
  score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** Unformatted 9-digit SSN: only with an SSN word just before it. */
export const ssnUnformatted: PatternDetector = {
  id: 'ssn-unformatted', kind: 'ssn', primary: true,
  pattern: /(?<![\d-])\d{9}(?![\d-])/g,
  context: SSN_WORDS.filter((w) => w !== 'social'), negative: NOT_SSN, validate: isValidSsn,
  score: 0.1, nearBoost: 0.45, docBoost: 0, window: 32,
};

/** US phone in a written form (`(425) 882-9090`, `425-882-9090`, `+1 425.882.9090`); bare 10 digits need a phone word. */
export const phoneFormatted: PatternDetector = {
  id: 'phone-formatted', kind: 'phone',
  pattern: /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}(?![\d-])/g,
  context: ['phone', 'tel', 'telephone', 'cell', 'mobile', 'home', 'work', 'fax', 'call', 'contact', 'ph'],
  negative: ['ssn', 'social security', 'part', 'invoice', 'order'],
  validate: (v) => /^[2-9]/.test(v.replace(/^\+?1[ .-]?/, '').replace(/\D/g, '')),
  score: 0.5, nearBoost: 0.2, docBoost: 0,
};

/** Unformatted 10-digit phone: only with a phone word just before it (epoch timestamps look the same). */
export const phoneUnformatted: PatternDetector = {
  id: 'phone-unformatted', kind: 'phone',
  pattern: /(?<![\d.-])[2-9]\d{2}[2-9]\d{6}(?![\d.-])/g,
  context: ['phone', 'tel', 'telephone', 'cell', 'mobile', 'fax', 'ph'],
  score: 0.1, nearBoost: 0.45, docBoost: 0, window: 24,
};

/** NPI: Luhn with the 80840 prefix; a provider identifier, counted with provider context only. */
export const npi: PatternDetector = {
  id: 'npi', kind: 'npi', provider: true,
  pattern: /(?<![\d-])[12]\d{9}(?![\d-])/g,
  context: ['npi', 'national provider', 'provider', 'provider id', 'taxonomy', 'physician', 'prescriber', 'npi#'],
  validate: isValidNpi, score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** DEA registration number with its check digit; provider identifier. */
export const dea: PatternDetector = {
  id: 'dea', kind: 'dea', provider: true,
  pattern: /(?<![A-Za-z0-9])[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}(?![A-Za-z0-9])/g,
  context: ['dea', 'dea#', 'dea number', 'drug enforcement', 'registration', 'prescriber'],
  validate: isValidDea, score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** Medicare Beneficiary Identifier by CMS positional rules; medicare/MBI words near or in the document. */
export const mbi: PatternDetector = {
  id: 'mbi', kind: 'mbi', primary: true,
  pattern: /(?<![A-Za-z0-9-])[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}(?![A-Za-z0-9-])/g,
  context: ['mbi', 'mbi#', 'medicare', 'beneficiary', 'medicare id', 'medicare number', 'cms', 'hicn', 'medicaid'],
  validate: isValidMbi, score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** Payment card numbers (Luhn, issuer prefix), with card words near or in the document. */
export const creditCard: PatternDetector = {
  id: 'credit-card', kind: 'credit-card', primary: true,
  pattern: /(?<![\d-])(?:\d{4}([- ])\d{4}\1\d{4}\1\d{4}|\d{4}([- ])\d{6}\2\d{5}|\d{15,16})(?![\d-])/g,
  context: ['card', 'credit', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'ccn', 'cc', 'cc#', 'card number', 'payment'],
  validate: isValidCard, score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** US street address: house number, capitalized street name, a street suffix. */
export const address: PatternDetector = {
  id: 'address', kind: 'address',
  pattern: /(?<![\w-])\d{1,6}(?: [A-Z][A-Za-z]{1,20}| \d{1,3}(?:st|nd|rd|th)){1,4} (?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Terrace|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Alley|Park|Square|Trail)\b\.?/g,
  context: ['address', 'addr', 'street', 'lives', 'resides', 'home'],
  score: 0.5, nearBoost: 0.2, docBoost: 0,
};

const ICD_WORDS = ['icd', 'icd-10', 'icd10', 'icd-10-cm', 'diagnosis', 'diagnoses', 'dx', 'diag', 'assessment', 'problem', 'condition', 'diagnosis code', 'dx code'];

/** ICD-10-CM code with its dot (`E11.9`, `S72.001A`): a diagnosis word near it or in the document (codes alone never fire). */
export const icd10: PatternDetector = {
  id: 'icd10', kind: 'icd10',
  pattern: /(?<![A-Za-z0-9.])[A-TV-Z]\d[0-9AB]\.[0-9A-Z]{1,4}(?![A-Za-z0-9.])/g,
  context: ICD_WORDS, score: 0.3, nearBoost: 0.4, docBoost: 0.2,
};

/** ICD-10-CM code without its dot (`I10`, `E119`): only with a diagnosis word just before it. */
export const icd10Bare: PatternDetector = {
  id: 'icd10-bare', kind: 'icd10',
  pattern: /(?<![A-Za-z0-9.])[A-TV-Z]\d[0-9AB][0-9A-Z]{0,4}(?![A-Za-z0-9.])/g,
  context: ICD_WORDS, score: 0.1, nearBoost: 0.45, docBoost: 0, window: 32,
};

/** ICD-10-CM code typed in lower case (`z96.651`, `m17.11`, as notes typed all in lower case hold them): only with a diagnosis word just before it. */
export const icd10Lower: PatternDetector = {
  id: 'icd10-lower', kind: 'icd10',
  pattern: /(?<![A-Za-z0-9.])[a-tv-z]\d[0-9ab]\.[0-9a-z]{1,4}(?![A-Za-z0-9.])/g,
  context: ICD_WORDS, score: 0.1, nearBoost: 0.45, docBoost: 0, window: 48,
};

/** CPT/HCPCS Level I code (5 digits, or 4 digits + F/T): only with a procedure-code word just before it. */
export const cpt: PatternDetector = {
  id: 'cpt', kind: 'cpt',
  pattern: /(?<![\d.,$-])\d{4}[0-9FT](?![\d.,%-])/g,
  context: ['cpt', 'cpt code', 'cpt codes', 'hcpcs', 'procedure code', 'proc code', 'procedure', 'cpt®'],
  score: 0.1, nearBoost: 0.45, docBoost: 0, window: 40,
};
