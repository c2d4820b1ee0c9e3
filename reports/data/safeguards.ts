/** HIPAA Security Rule specifications an endpoint scan can speak to, plus 2025 NPRM items (data only). */

/**
 * One row of the safeguard table. `assess` says who can answer: the scan (`scan`), the scan
 * in part (`partial`), or only a person (`person`). `questionIds` link checklist questions a
 * person's attested answer can settle.
 */
export type SafeguardSpec = {
  citation: string;
  name: string;
  kind: 'required' | 'addressable' | 'standard' | 'proposed';
  assess: 'scan' | 'partial' | 'person';
  questionIds: readonly string[];
  /** Findings citing this row are inputs to it, not failures of it (the risk analysis itself). */
  findingsInform?: boolean;
};

/** The current rule (45 CFR 164.308, 164.310, 164.312), then the proposed items. */
export const safeguardCatalog: readonly SafeguardSpec[] = [
  { citation: '164.308(a)(1)(ii)(A)', name: 'Risk analysis (including where ePHI is stored)', kind: 'required', assess: 'partial', questionIds: ['risk-analysis'], findingsInform: true },
  { citation: '164.308(a)(1)(ii)(B)', name: 'Risk management (fix what the analysis finds, incl. patching and unsupported software)', kind: 'required', assess: 'partial', questionIds: [] },
  { citation: '164.308(a)(1)(ii)(D)', name: 'Information system activity review', kind: 'required', assess: 'partial', questionIds: [] },
  { citation: '164.308(a)(3)(ii)(C)', name: 'Termination procedures (remove leavers\' accounts)', kind: 'addressable', assess: 'partial', questionIds: [] },
  { citation: '164.308(a)(4)(ii)(B)', name: 'Access authorization (who has admin rights)', kind: 'addressable', assess: 'scan', questionIds: ['least-privilege'] },
  { citation: '164.308(a)(5)(ii)(A)', name: 'Security reminders (training)', kind: 'addressable', assess: 'person', questionIds: ['security-training'] },
  { citation: '164.308(a)(5)(ii)(B)', name: 'Protection from malicious software', kind: 'addressable', assess: 'scan', questionIds: ['edr'] },
  { citation: '164.308(a)(5)(ii)(C)', name: 'Log-in monitoring', kind: 'addressable', assess: 'partial', questionIds: [] },
  { citation: '164.308(a)(5)(ii)(D)', name: 'Password management', kind: 'addressable', assess: 'partial', questionIds: [] },
  { citation: '164.308(a)(6)(ii)', name: 'Security incident response and reporting', kind: 'required', assess: 'person', questionIds: ['incident-response-plan'] },
  { citation: '164.308(a)(7)(ii)(A)', name: 'Data backup plan', kind: 'required', assess: 'partial', questionIds: ['backups'] },
  { citation: '164.308(a)(7)(ii)(B)', name: 'Disaster recovery plan', kind: 'required', assess: 'person', questionIds: [] },
  { citation: '164.308(a)(7)(ii)(D)', name: 'Testing and revision of contingency plans (restore tests)', kind: 'addressable', assess: 'person', questionIds: ['backups-tested'] },
  { citation: '164.308(b)(1)', name: 'Business associate contracts (BAAs with vendors holding patient data)', kind: 'required', assess: 'partial', questionIds: ['vendor-baa'] },
  { citation: '164.310(b)', name: 'Workstation use', kind: 'required', assess: 'partial', questionIds: [] },
  { citation: '164.310(c)', name: 'Workstation security', kind: 'required', assess: 'partial', questionIds: [] },
  { citation: '164.310(d)(2)(i)', name: 'Disposal', kind: 'required', assess: 'person', questionIds: [] },
  { citation: '164.310(d)(2)(ii)', name: 'Media re-use', kind: 'required', assess: 'person', questionIds: [] },
  { citation: '164.310(d)(2)(iii)', name: 'Accountability (record of hardware and media)', kind: 'addressable', assess: 'partial', questionIds: ['asset-inventory'] },
  { citation: '164.310(d)(2)(iv)', name: 'Data backup and storage', kind: 'addressable', assess: 'partial', questionIds: ['backups'] },
  { citation: '164.312(a)(2)(i)', name: 'Unique user identification', kind: 'required', assess: 'scan', questionIds: ['account-security'] },
  { citation: '164.312(a)(2)(ii)', name: 'Emergency access procedure', kind: 'required', assess: 'person', questionIds: [] },
  { citation: '164.312(a)(2)(iii)', name: 'Automatic logoff', kind: 'addressable', assess: 'scan', questionIds: ['screen-lock'] },
  { citation: '164.312(a)(2)(iv)', name: 'Encryption and decryption (data at rest)', kind: 'addressable', assess: 'scan', questionIds: ['encryption-laptops'] },
  { citation: '164.312(b)', name: 'Audit controls', kind: 'standard', assess: 'partial', questionIds: [] },
  { citation: '164.312(c)(2)', name: 'Mechanism to authenticate ePHI (integrity)', kind: 'addressable', assess: 'person', questionIds: [] },
  { citation: '164.312(d)', name: 'Person or entity authentication', kind: 'standard', assess: 'partial', questionIds: [] },
  { citation: '164.312(e)(2)(i)', name: 'Transmission security: integrity controls', kind: 'addressable', assess: 'partial', questionIds: [] },
  { citation: '164.312(e)(2)(ii)', name: 'Transmission security: encryption (messaging, email)', kind: 'addressable', assess: 'partial', questionIds: ['secure-messaging'] },
  { citation: 'NPRM: encryption', name: 'Encryption of ePHI at rest and in transit, required with few exceptions', kind: 'proposed', assess: 'scan', questionIds: ['encryption-laptops'] },
  { citation: 'NPRM: MFA', name: 'Multi-factor authentication, required with few exceptions', kind: 'proposed', assess: 'person', questionIds: ['mfa-email', 'mfa-remote-access', 'mfa-privileged'] },
  { citation: 'NPRM: asset inventory', name: 'Written technology asset inventory and network map, reviewed every 12 months', kind: 'proposed', assess: 'person', questionIds: ['asset-inventory'] },
  { citation: 'NPRM: configuration', name: 'Consistent configuration: anti-malware, no extraneous software, unused ports closed', kind: 'proposed', assess: 'partial', questionIds: ['edr'] },
  { citation: 'NPRM: patching', name: 'Patch management with set timelines', kind: 'proposed', assess: 'scan', questionIds: ['patching'] },
  { citation: 'NPRM: backup and restore', name: 'Separate backup controls; restore critical systems within 72 hours', kind: 'proposed', assess: 'person', questionIds: ['backups-offline', 'backups-tested'] },
  { citation: 'NPRM: vulnerability scanning', name: 'Vulnerability scanning every 6 months, penetration testing every 12 months', kind: 'proposed', assess: 'person', questionIds: [] },
];

/** Which proposed items a check result speaks to, by the checklist control ids it carries. */
export const proposedByControl: Readonly<Record<string, string>> = {
  'encryption-laptops': 'NPRM: encryption',
  'encryption-removable-media': 'NPRM: encryption',
  edr: 'NPRM: configuration',
  patching: 'NPRM: patching',
  'end-of-life-software': 'NPRM: patching',
};

/** Where the proposed rule stands, for the report's wording. */
export const nprmStatus =
  'Proposed in the HIPAA Security Rule NPRM (90 FR 898, 6 January 2025); not final at the time of this scan. Shown as forward-looking best practice, not a current legal requirement.';
