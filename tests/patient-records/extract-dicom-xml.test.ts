/** DICOM headers written as XML (PS3.19 Native DICOM Model, DCMTK dcm2xml) become typed fields, as a DICOM file does. */
import { describe, expect, it } from 'vitest';
import { parseDicomXml } from '../../checks/patient-records/extract/dicom-xml.js';

const kinds = (xml: string) => parseDicomXml(xml).map((f) => `${f.kind}=${f.value}`);

describe('parseDicomXml', () => {
  it('reads the Native DICOM Model: values, person names, sequences', () => {
    const xml = `<?xml version="1.0"?><NativeDicomModel>
      <DicomAttribute tag="00080060" vr="CS" keyword="Modality"><Value number="1">US</Value></DicomAttribute>
      <DicomAttribute tag="00080090" vr="PN" keyword="ReferringPhysicianName"><PersonName number="1"><Alphabetic><FamilyName>Kim</FamilyName></Alphabetic></PersonName></DicomAttribute>
      <DicomAttribute tag="00100010" vr="PN" keyword="PatientName"><PersonName number="1"><Alphabetic><FamilyName>Roe</FamilyName><GivenName>Ann</GivenName><MiddleName>B</MiddleName></Alphabetic></PersonName></DicomAttribute>
      <DicomAttribute tag="00101002" vr="SQ" keyword="OtherPatientIDsSequence"><Item number="1">
        <DicomAttribute tag="00100020" vr="LO" keyword="PatientID"><Value number="1">ALT-4411</Value></DicomAttribute>
      </Item></DicomAttribute>
      <DicomAttribute tag="00100030" vr="DA" keyword="PatientBirthDate"><Value number="1">19960617</Value></DicomAttribute>
      <DicomAttribute tag="00101040" vr="LO" keyword="PatientAddress"><Value number="1">12 Elm St &amp; Co</Value></DicomAttribute>
    </NativeDicomModel>`;
    expect(kinds(xml)).toEqual(['procedure=US', 'name=Roe Ann B', 'patient-id=ALT-4411', 'dob=19960617', 'address=12 Elm St & Co']);
  });

  it('reads dcm2xml elements, multi-valued with backslashes, and ignores unknown tags', () => {
    const xml = `<file-format><meta-header xfer="1.2.840.10008.1.2.1"><element tag="0002,0010" vr="UI" vm="1" len="20" name="TransferSyntaxUID">1.2.840.10008.1.2.1</element></meta-header>
      <data-set><element tag="0010,0010" vr="PN" vm="1" len="12" name="PatientName">Doe^Peter</element>
      <element tag="0010,1000" vr="LO" vm="2" len="14" name="OtherPatientIDs">A1234\\B5678</element></data-set></file-format>`;
    expect(kinds(xml)).toEqual(['name=Doe Peter', 'patient-id=A1234', 'patient-id=B5678']);
  });

  it('gives nothing for other XML', () => expect(parseDicomXml('<root><element tag="x">Ann Roe</element></root>')).toEqual([]));
});
