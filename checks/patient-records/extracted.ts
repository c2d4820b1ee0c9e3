/**
 * The contract between format extractors (extract/) and detectors/classification (detect/).
 * Extractors turn one file (or archive member) into text, tables and typed fields; detectors
 * never see file formats, extractors never judge content.
 */

/** A table as extracted from CSV/TSV, spreadsheets, SQL dumps or databases. */
export type ExtractedTable = {
  /** Sheet or table name, if any. */
  name?: string;
  header: string[];
  rows: string[][];
  /** True when only the first rows were read. */
  truncated?: boolean;
  /** Data rows in the part of the file read, when more than `rows` were there (counted, not kept). */
  rowsTotal?: number;
};

/**
 * A value whose meaning the format itself states (HL7 PID-5 is a patient name, a DICOM
 * PatientBirthDate is a date of birth, a C-CDA id with the SSN OID is an SSN). Structure is
 * evidence on its own, even where a value would fail free-text validity rules.
 */
export type StructuredField = {
  kind:
    | 'name'
    | 'dob'
    | 'ssn'
    | 'mrn'
    | 'member-id'
    | 'account'
    | 'phone'
    | 'email'
    | 'address'
    | 'mbi'
    | 'npi'
    | 'patient-id'
    | 'diagnosis'
    | 'procedure'
    | 'medication'
    | 'observation'
    | 'allergy'
    | 'encounter';
  value: string;
  /** Where it came from, e.g. `HL7 PID-5`, `FHIR Patient.birthDate`, `DICOM (0010,0010)`. */
  source: string;
  /** Groups fields of one person (e.g. the PID segment index, the FHIR resource id). */
  subject?: string;
};

/** Sources (field paths, element names) that describe care givers and organizations, not the patient. */
export const PROVIDER_SOURCE = /practitioner|author|performer|provider|assignedperson|assignedentity|custodian|authenticator|organization|physician|informant|referring|attending|operator|institution|prescriber/i;

/** One document's content, ready for the detectors. */
export type ExtractedDocument = {
  /** Detected format, e.g. `txt`, `csv`, `docx`, `xlsx`, `pdf`, `hl7v2`, `ccda`, `fhir-json`, `dicom`, `eml`. */
  format: string;
  /** Member path inside an archive (zip/eml attachment); undefined for the file itself. */
  member?: string;
  /** Protected by encryption/password: not inspected, not exposed. */
  encrypted: boolean;
  /** Free text (paragraphs, PDF text layer, email bodies, XML text nodes). */
  text: string;
  tables: ExtractedTable[];
  fields: StructuredField[];
  /** True when the per-file byte cap or time limit stopped reading early. */
  capped: boolean;
  /** Why the content could not be inspected (e.g. "image-only PDF: needs OCR"). */
  note?: string;
};

/**
 * What the detectors conclude about one extracted document (detect/index.ts `inspectDocument`).
 * Holds counts and masked samples only: never a raw identifier.
 */
export type DocumentVerdict = {
  /** `phi`: identifiers of a person with health information; `pii`: sensitive identifiers without health context; null: not listed. */
  category: 'phi' | 'pii' | null;
  /** Identifier counts by type (ssn, mrn, dob, name, npi, dea, mbi, member-id, phone, email, address, account, ...). */
  identifiers: Record<string, number>;
  /** Health-context counts by type (icd10, cpt, medication, diagnosis, procedure, clinical-term, ...). */
  healthContext: Record<string, number>;
  /** Distinct people the document appears to cover (rows, distinct MRNs/SSNs/names). */
  estimatedPatients: number;
  /** At most 3 masked samples, e.g. `***-**-6789`, `J*** O*****`. */
  samples: string[];
};
