/** Static description of the patient-record discovery check. */
import { PLATFORMS, type CheckMeta, type Platform } from '../types.js';

/** Steps per OS for files with patient data, in order: keep it in the EHR, delete copies, encrypt what must stay. */
export const EXPOSURE_REMEDIATION: Readonly<Record<Platform, readonly string[]>> = {
  win32: [
    'Move records that belong in the chart into the EHR or another system covered by a Business Associate Agreement, then delete the local copies.',
    'Delete exports, downloads and old copies that are no longer needed (Shift+Delete, or empty the Recycle Bin afterwards).',
    'Files that must stay on this computer: keep them in one folder inside an encrypted container (BitLocker-encrypted drive, or a 7-Zip archive with AES-256 and a strong password) and turn on BitLocker for the whole disk.',
  ],
  darwin: [
    'Move records that belong in the chart into the EHR or another system covered by a Business Associate Agreement, then delete the local copies.',
    'Delete exports, downloads and old copies that are no longer needed, then empty the Trash (Finder > Empty Trash).',
    'Files that must stay on this Mac: keep them in an encrypted disk image (Disk Utility > File > New Image > Image from Folder, Encryption: 256-bit AES) and turn on FileVault (System Settings > Privacy & Security > FileVault).',
  ],
  linux: [
    'Move records that belong in the chart into the EHR or another system covered by a Business Associate Agreement, then delete the local copies.',
    'Delete exports, downloads and old copies that are no longer needed (and empty the desktop trash).',
    'Files that must stay on this computer: keep them on a LUKS-encrypted volume or encrypt them (gpg --symmetric --cipher-algo AES256 FILE, then delete the original), and use full-disk encryption.',
  ],
};

/** Meta for `patient-records`: where are patient records stored on this disk? */
export const patientRecordsMeta: CheckMeta = {
  id: 'patient-records',
  title: 'Patient records stored on this computer',
  group: 'patient-records',
  platforms: PLATFORMS,
  safeguards: ['164.308(a)(1)', '164.310(d)(1)', '164.312(a)(2)(iv)', '164.502(b)'],
  insuranceControls: ['phi-inventory', 'encryption-laptops'],
  rationale:
    'A HIPAA risk analysis starts with knowing where electronic PHI lives. Exports, scans, spreadsheets and e-mail attachments left in a home folder are what turns a lost or stolen laptop into a reportable breach, and the number of patients in them decides whether HHS and the media must be told (500 or more). The scan reads the files themselves (documents, spreadsheets, PDFs, HL7, C-CDA, FHIR, DICOM, e-mail, archives, databases), keeps only counts and masked samples, and never copies patient data into the report.',
  remediation: EXPOSURE_REMEDIATION,
};
