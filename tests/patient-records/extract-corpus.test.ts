import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StructuredField } from '../../checks/patient-records/extracted.js';
import { extractFile } from '../../checks/patient-records/extract/index.js';

const SAMPLES = '../shared/samples/phi';
const opts = { maxBytes: 50 << 20, timeoutMs: 30_000 };
type Kind = StructuredField['kind'];

// Shared corpus files -> detected format and the typed fields the format itself states (MANIFEST.tsv says what each holds).
const CASES: [file: string, format: string, fieldKinds: Kind[]][] = [
  ['positive/hl7v2_fhirconv_ADT01-23.hl7', 'hl7v2', ['mrn', 'name', 'dob', 'address', 'phone', 'ssn', 'diagnosis']],
  ['positive/hl7v2_fhirconv_BAR-P01-01.hl7', 'hl7v2', ['ssn', 'name', 'dob']],
  ['positive/ccda_CCD_CCD_1_CCD.XML', 'ccda', ['ssn', 'name', 'dob', 'address', 'phone', 'diagnosis', 'medication']],
  ['positive/ccda_fhirconv_170.314B2_Amb_CCD.ccda', 'ccda', ['name', 'dob', 'mrn']],
  ['positive/synthea_au_fhir_Alfred550_West559.json', 'fhir-json', ['name', 'dob', 'ssn', 'phone', 'address', 'diagnosis']],
  ['positive/fhir_medscrub_observation_lab_glucose_refonly.json', 'fhir-json', ['name', 'observation']],
  ['positive/dicom_pydicom_CT_small.dcm', 'dicom', ['name', 'patient-id']],
  ['positive/dicom_pydicom_MR_small_implicit.dcm', 'dicom', ['name', 'patient-id']],
  ['positive/dicom_pydicom_rtdose_rle_1frame_UN_vr.dcm', 'dicom', ['name', 'patient-id']],
  ['positive/dicom_pydicom_dicomdir_CR1_6154_noext', 'dicom', ['name', 'patient-id']],
  ['positive/dicom_pydicom_rtstruct.dcm', 'dicom', ['name', 'dob']],
  ['negative/dicom_pydicom_image_dfl_deflated_empty_patient.dcm', 'dicom', []],
  ['positive/sqlite_agentic_healthcare_patients.db', 'sqlite', []],
  ['positive/sql_dhde_dummy_data_patients.sql', 'sql', []],
  ['positive/xlsx_ftntdlp_ssn-cc.xlsx', 'xlsx', []],
  ['positive/doc_ftntdlp_ssn-cc.doc', 'doc', []],
  ['positive/pdf_ccda_UD_sample_discharge.pdf', 'pdf', []],
  ['positive/txt_ftntdlp_ssn.txt', 'txt', []],
  ['positive/synthea_us_csv_patients.csv', 'csv', []],
  ['negative/msg_unstructured_fake-email-with-cc-and-bcc.msg', 'msg', []],
  ['negative/xls_unstructured_tests-example.xls', 'xls', []],
  ['negative/eml_unstructured_family-day.eml', 'eml', []],
  ['negative/rtf_unstructured_fake-doc.rtf', 'rtf', []],
  ['negative/html_unstructured_example-10k-1p.html', 'html', []],
  ['negative/docx_unstructured_docx-tables.docx', 'docx', []],
  ['negative/md_pdscan_CHANGELOG.md', 'txt', []],
];

describe('extraction of the shared corpus', () => {
  it.each(CASES)('%s -> %s', async (file, format, kinds) => {
    const docs = await extractFile(path.join(SAMPLES, file), opts);
    expect(docs[0]?.format).toBe(format);
    expect(docs[0]?.encrypted).toBe(false);
    const found = new Set(docs.flatMap((d) => d.fields.map((f) => f.kind)));
    for (const k of kinds) expect(found, k).toContain(k);
    expect(docs.some((d) => d.text.length > 0 || d.tables.some((t) => t.rows.length > 0) || d.fields.length > 0)).toBe(true);
  });

  it('puts the SSN OID of a C-CDA recordTarget into an ssn field', async () => {
    const [doc] = await extractFile(path.join(SAMPLES, 'positive/ccda_CCD_CCD_1_CCD.XML'), opts);
    expect(doc?.fields.find((f) => f.kind === 'ssn')?.source).toContain('2.16.840.1.113883.4.1');
  });

  it('reads the tables of a SQLite database and of a SQL dump', async () => {
    const [db] = await extractFile(path.join(SAMPLES, 'positive/sqlite_agentic_healthcare_patients.db'), opts);
    expect(db?.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['patients', 'conditions', 'medications']));
    const [sql] = await extractFile(path.join(SAMPLES, 'positive/sql_dhde_dummy_data_patients.sql'), opts);
    expect(sql?.tables[0]?.rows.length).toBeGreaterThan(50);
  });

  it('reads AcroForm values of a filled PDF form', async () => {
    const [filled] = await extractFile(path.join(SAMPLES, 'positive/pdf_medforge_medical_inquiry_form_filled_acroform.pdf'), opts);
    const [blank] = await extractFile(path.join(SAMPLES, 'negative/pdf_medforge_medical_inquiry_form_blank.pdf'), opts);
    expect((filled?.text.length ?? 0) - (blank?.text.length ?? 0)).toBeGreaterThan(500);
  });

  it('finds the .doc inside the zip and the protected xlsx', async () => {
    const zip = await extractFile(path.join(SAMPLES, 'positive/zip_ftntdlp_ssn-cc.zip'), opts);
    expect(zip.map((d) => [d.format, d.member])).toEqual([['doc', 'ssn-cc.doc']]);
    const [locked] = await extractFile(path.join(SAMPLES, 'negative/xlsx_unstructured_password_protected_unscannable.xlsx'), opts);
    expect(locked?.encrypted).toBe(true);
  });
});
