/** DICOM Part 10 files (dicom-parser): patient tags as typed fields, study/diagnosis tags as health context. */
import { inflateRawSync } from 'node:zlib';
import * as dicomNs from 'dicom-parser';
import type { StructuredField } from '../extracted.js';
import { decodeDicomString, dicomEncoding } from './dicom-strings.js';
import { emptyDocument, type Extractor } from './types.js';

type Kind = StructuredField['kind'];

// dicom-parser is a UMD bundle: under ESM its API sits on the default export.
const dicomParser = ((dicomNs as unknown as { default?: typeof dicomNs }).default ?? dicomNs) as typeof dicomNs;

/** Tag -> kind and label (PS3.6 keywords); the XML dumps of a header (extract/dicom-xml.ts) use the same table. */
export const DICOM_TAGS: [tag: string, kind: Kind, label: string][] = [
  ['x00100010', 'name', '(0010,0010) PatientName'],
  ['x00100020', 'patient-id', '(0010,0020) PatientID'],
  ['x00100030', 'dob', '(0010,0030) PatientBirthDate'],
  ['x00101000', 'patient-id', '(0010,1000) OtherPatientIDs'],
  ['x00101001', 'name', '(0010,1001) OtherPatientNames'],
  ['x00101060', 'name', '(0010,1060) PatientMotherBirthName'],
  ['x00101040', 'address', '(0010,1040) PatientAddress'],
  ['x00102154', 'phone', '(0010,2154) PatientTelephoneNumbers'],
  ['x00101002', 'patient-id', '(0010,1002) OtherPatientIDsSequence'],
  ['x00080050', 'account', '(0008,0050) AccessionNumber'],
  ['x00081030', 'procedure', '(0008,1030) StudyDescription'],
  ['x0008103e', 'procedure', '(0008,103E) SeriesDescription'],
  ['x00080060', 'procedure', '(0008,0060) Modality'],
  ['x00081080', 'diagnosis', '(0008,1080) AdmittingDiagnosesDescription'],
  ['x00102000', 'diagnosis', '(0010,2000) MedicalAlerts'],
  ['x00102110', 'allergy', '(0010,2110) Allergies'],
];

const TEXT_VRS = new Set(['LO', 'LT', 'ST', 'UT', 'PN', 'SH', 'UC']);

/** One element's values, decoded per its VR and the character set; a sequence yields the values of `inner` in its items. */
const elementValues = (ds: dicomNs.DataSet, tag: string, encoding: string, inner = 'x00100020'): string[] => {
  const el = ds.elements[tag];
  if (!el) return [];
  if (el.items) return el.items.flatMap((item) => (item.dataSet ? elementValues(item.dataSet, inner, encoding, inner) : []));
  const value = decodeDicomString(ds.byteArray.subarray(el.dataOffset, el.dataOffset + el.length), el.vr, encoding);
  return value ? value.split('\\').map((v) => v.trim()).filter(Boolean) : [];
};

/** Text values of explicit-VR elements, sequences included (bounded). */
const textValues = (ds: dicomNs.DataSet, encoding: string, out: string[], limit = 5000): void => {
  for (const el of Object.values(ds.elements)) {
    if (out.length >= limit) return;
    if (el.items) {
      for (const item of el.items) if (item.dataSet) textValues(item.dataSet, encoding, out, limit);
    } else if (el.vr && TEXT_VRS.has(el.vr)) for (const v of elementValues(ds, el.tag, encoding)) out.push(v.replace(/\^+/g, ' '));
  }
};

/** A value that carries nothing: empty, only separators. */
const blank = (v: string): boolean => v.replace(/[\^=\s]/g, '') === '';

/** Extracts a DICOM file's patient and study tags; pixel data is never read. */
export const extractDicom: Extractor = async (input) => {
  const limit = input.options.maxBytes;
  const ds = dicomParser.parseDicom(new Uint8Array(input.buffer.buffer, input.buffer.byteOffset, input.buffer.length), {
    untilTag: 'x7fe00010',
    // Files without the DICM preamble are raw datasets: explicit VR when a VR follows the first tag, else implicit.
    TransferSyntaxUID: /^[A-Z]{2}$/.test(input.buffer.toString('latin1', 4, 6)) ? '1.2.840.10008.1.2.1' : '1.2.840.10008.1.2',
    // Deflated datasets: inflate with an output cap so a crafted file cannot balloon.
    inflater: ((arr: Uint8Array, position: number) => {
      const inflated = inflateRawSync(arr.subarray(position), { maxOutputLength: limit });
      const full = new Uint8Array(position + inflated.length);
      full.set(arr.subarray(0, position));
      full.set(inflated, position);
      return full;
    }) as unknown as dicomNs.ParseDicomOptions['inflater'],
  });
  // Strings are decoded by VR and (0008,0005) Specific Character Set; binary or unprintable values are dropped.
  const encoding = dicomEncoding(elementValues(ds, 'x00080005', 'latin1').join('\\'));
  const fields: StructuredField[] = [];
  for (const [tag, kind, label] of DICOM_TAGS) {
    for (const v of elementValues(ds, tag, encoding)) if (!blank(v)) fields.push({ kind, value: v.replace(/\^+/g, ' ').trim(), source: `DICOM ${label}`, subject: 'patient' });
  }
  const text: string[] = [];
  textValues(ds, encoding, text);
  return [{ ...emptyDocument('dicom', input), text: text.join('\n'), fields }];
};
