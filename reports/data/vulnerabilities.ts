/** Risk-register catalog: vulnerabilities a scan can show, with SRA-style threats (data only). */

export type Level = 'low' | 'moderate' | 'high';

/**
 * A vulnerability keyed by the checklist control id its findings cite. `likelihood` and
 * `impact` are the starting levels before adjustment (see reports/risk.ts and docs/report.md);
 * `exposesData` says whether patient records on the device raise the impact.
 */
export type VulnerabilityEntry = {
  key: string;
  vulnerability: string;
  threats: readonly string[];
  likelihood: Level;
  impact: Level;
  exposesData: boolean;
  sraSection: string;
};

/** The catalog, in no particular order; findings match the first entry among their controls. */
export const vulnerabilityCatalog: readonly VulnerabilityEntry[] = [
  { key: 'encryption-laptops', vulnerability: 'Device storage is not encrypted', threats: ['Loss or theft of the device', 'Unauthorized access to patient data on a lost or stolen device', 'Reportable breach: notice to patients, HHS and possibly the media'], likelihood: 'moderate', impact: 'moderate', exposesData: true, sraSection: 'S4 Your Data (Q12 local encryption)' },
  { key: 'encryption-removable-media', vulnerability: 'Portable media are not encrypted', threats: ['Loss or theft of a USB drive or external disk', 'Unauthorized copying of patient data'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data; S5 Your Practice' },
  { key: 'edr', vulnerability: 'No working anti-malware or EDR', threats: ['Ransomware', 'Malware that steals passwords or patient data', 'An intrusion that nobody notices'], likelihood: 'high', impact: 'high', exposesData: false, sraSection: 'S4 Your Data' },
  { key: 'patching', vulnerability: 'Security updates are missing or not automatic', threats: ['Exploitation of known software flaws', 'Ransomware'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data (Q15 security settings and patching)' },
  { key: 'end-of-life-software', vulnerability: 'Operating system or software no longer receives security updates', threats: ['Exploitation of flaws that will never be fixed', 'Ransomware', 'Insurance application declined or coverage excluded'], likelihood: 'high', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data (Q15)' },
  { key: 'remote-desktop', vulnerability: 'Remote access is open or not managed', threats: ['Password guessing against remote desktop', 'Ransomware operators entering through remote-access tools', 'Unauthorized access by a former vendor'], likelihood: 'high', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data; S6 Vendors' },
  { key: 'mfa-remote-access', vulnerability: 'Remote access without multi-factor authentication', threats: ['Stolen passwords used from outside the practice', 'Ransomware'], likelihood: 'high', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data' },
  { key: 'mfa-privileged', vulnerability: 'Administrator accounts without multi-factor authentication', threats: ['Takeover of an administrator account', 'Security controls switched off by an intruder'], likelihood: 'moderate', impact: 'high', exposesData: false, sraSection: 'S3 Workforce; S4 Your Data' },
  { key: 'mfa-email', vulnerability: 'Email without multi-factor authentication', threats: ['Phishing and mailbox takeover', 'Fraudulent payment requests from a trusted address'], likelihood: 'high', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data' },
  { key: 'firewall', vulnerability: 'Host firewall is off', threats: ['Attacks from other devices on shared or public Wi-Fi', 'Malware spreading across the office network'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data' },
  { key: 'screen-lock', vulnerability: 'No automatic screen lock', threats: ['Someone uses an unattended, unlocked session', 'A device stolen while unlocked gives access even with encryption on'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data; S5 Your Practice' },
  { key: 'least-privilege', vulnerability: 'The everyday user has administrator rights', threats: ['Malware installs itself with full rights', 'Security settings changed by mistake or by malware'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S3 Workforce; S4 Your Data' },
  { key: 'account-security', vulnerability: 'Shared, passwordless or automatic-login accounts', threats: ['Anyone holding the device can use it', 'Actions cannot be traced to a person'], likelihood: 'high', impact: 'moderate', exposesData: false, sraSection: 'S3 Workforce; S4 Your Data' },
  { key: 'secure-messaging', vulnerability: 'Consumer messaging app without a business associate agreement', threats: ['Patient information shared with a vendor that has no BAA', 'Messages copied to personal phones and cloud backups', 'No audit trail or retention control'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S6 Vendors; S4 Your Data' },
  { key: 'cloud-storage', vulnerability: 'Patient files synced to consumer cloud storage', threats: ['Patient data held by a vendor with no BAA', 'Access from personal devices signed in to the same account', 'Account takeover exposes every synced file'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S6 Vendors; S4 Your Data' },
  { key: 'file-sharing', vulnerability: 'File or screen sharing open on the device', threats: ['Patient files reachable from other devices', 'Unintended disclosure'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S4 Your Data' },
  { key: 'phi-inventory', vulnerability: 'Patient records stored on this device outside the EHR', threats: ['Loss or theft of the device exposes the files', 'Copies escape the EHR\'s access controls and retention'], likelihood: 'moderate', impact: 'moderate', exposesData: true, sraSection: 'S1 SRA Basics; S4 Your Data' },
  { key: 'backups', vulnerability: 'No recent backup', threats: ['Ransomware destroys data', 'Hardware failure, loss or theft', 'The practice cannot work while data is restored'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S7 Contingency Planning' },
  { key: 'backups-offline', vulnerability: 'No offline or immutable backup copy', threats: ['Ransomware encrypts or deletes the backups too'], likelihood: 'moderate', impact: 'moderate', exposesData: false, sraSection: 'S7 Contingency Planning' },
];

/** Threats for findings whose controls match no catalog entry, by check group. */
export const fallbackThreats: Readonly<Record<string, readonly string[]>> = {
  'disk-encryption': ['Loss or theft of the device', 'Unauthorized access to patient data'],
  'messaging-apps': ['Patient information shared with a vendor that has no BAA'],
  'patient-records': ['Loss or theft of the device exposes patient files'],
  'device-posture': ['Malware or unauthorized access through a weak device setting'],
};
