/** The methodology and limitations text of the report (data only). */

export const methodology = {
  how: [
    'Practice Audit ran on this computer and read its settings and files; it changed nothing and sent nothing anywhere. Every fact it used is in report.json, signed so that any change can be detected.',
    'Findings come from checks for disk encryption, consumer messaging apps, patient records stored in files, and device settings (screen lock, firewall, operating-system support and updates, anti-malware, accounts, remote access, backups, cloud sync, removable media).',
    'Patient records are found by reading file contents and looking for identifiers (names next to dates of birth, medical record numbers, Social Security numbers with validity checks, insurance member ids) together with health information (diagnosis and procedure codes, medications). Only counts and masked samples are kept; no patient data leaves the file.',
    'The risk register follows the HHS Security Risk Assessment (SRA) Tool and NIST SP 800-30: each vulnerability is paired with threats and rated for likelihood and impact (Low, Moderate, High), which the matrix below turns into Low, Moderate, High or Critical.',
    'Likelihood and impact start from a catalog value for each vulnerability. Likelihood goes one step down when the scan could only say "could not determine" or the finding is of low severity. Impact becomes High when the weakness exposes data and this device holds patient files a loss would expose, and goes one step down when the patient-record search found none.',
    'The matrix weighs impact more than likelihood, as the SRA Tool does. Four cells match the SRA Tool (Low x High = High, High x Low = Moderate, Moderate x High = Critical, High x High = Critical); the other five are this tool\'s choice. NIST SP 800-30 uses five levels; we use the SRA Tool\'s three-in, four-out scale and do not mix the two.',
    'Breach reportability follows the Breach Notification Rule (45 CFR 164.402-414) and HHS guidance (74 FR 19006): data encrypted consistently with NIST SP 800-111 is not "unsecured" and its loss is generally not reportable; a password alone is not encryption.',
    'Insurance questions come from carrier applications and supplements (Coalition, At-Bay, Chubb, AIG, Corvus, Travelers) and HHS guidance. The scan answers only for this device; practice-wide questions stay "indicated" until a person confirms them.',
  ],
  limits: [
    'One device: the scan does not see other computers, phones, the EHR, email system, network, router or cloud accounts.',
    'It cannot see policies, training, contracts (BAAs), physical security, or whether MFA is enforced by your email or remote-access provider.',
    'Patient-record search covers the folders listed in the exposure section; mail archives, chat databases, encrypted files and scanned images without a text layer are listed but not read.',
    'Whether remote access is reachable from the internet needs an outside scan; the device shows only what is installed and switched on.',
    'Counts of patients are estimates: files may list the same people, and a file may hold more than the scan could read within its limits.',
    'Some settings can only be read with administrator rights; those findings say so.',
    'This report supports, but is not by itself, a complete HIPAA risk analysis (45 CFR 164.308(a)(1)(ii)(A)). It is not legal advice.',
  ],
  sources: [
    '45 CFR Part 164 Subparts C and D (eCFR); HHS Guidance to Render Unsecured PHI Unusable (74 FR 19006, 2009)',
    'HHS/ONC-OCR Security Risk Assessment Tool (v3.x) user guide and workbook; NIST SP 800-30 Rev. 1; NIST SP 800-66 Rev. 2',
    'HHS 405(d) Health Industry Cybersecurity Practices (HICP 2023); HHS HPH Cybersecurity Performance Goals (2024)',
    'HIPAA Security Rule NPRM, 90 FR 898 (6 January 2025), proposed and not final',
    'Carrier applications: Coalition, At-Bay, Chubb ransomware supplement, AIG CyberEdge ransomware supplement, Corvus, Travelers',
    'OCR resolution agreements as reported by the press (see the exposure table); NetDiligence Cyber Claims Study 2020; IBM Cost of a Data Breach 2025',
  ],
} as const;
