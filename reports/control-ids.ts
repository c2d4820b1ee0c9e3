/**
 * Ids of the cyber-liability checklist items. Checks cite them in `insuranceControls`; the
 * checklist (reports/checklist*.ts) owns the questions, sources and answering logic.
 */
export const CONTROL_IDS = [
  'encryption-laptops', // laptops and desktops holding patient data are fully encrypted
  'encryption-removable-media', // USB/portable media encrypted or blocked
  'mfa-email', // MFA on email (needs a person)
  'mfa-remote-access', // MFA on all remote access
  'mfa-privileged', // MFA on privileged/admin accounts
  'edr', // EDR / next-gen anti-malware on every endpoint
  'patching', // critical patches applied within 30 days; automatic updates
  'end-of-life-software', // no unsupported operating systems or software
  'backups', // regular backups of critical data
  'backups-offline', // offline / immutable / segregated backups
  'backups-tested', // restores tested in the last 12 months (needs a person)
  'remote-desktop', // RDP not exposed; remote-access tools controlled
  'firewall', // host firewall on
  'screen-lock', // automatic lock / logoff on idle
  'least-privilege', // users work without local admin rights
  'account-security', // no auto-login, no guest, no passwordless accounts
  'secure-messaging', // no PHI over consumer messaging; BAA-covered messaging only
  'cloud-storage', // PHI only in cloud services under a BAA
  'phi-inventory', // knows where PHI is stored; how many records
  'vendor-baa', // BAAs with vendors that handle PHI (needs a person)
  'security-training', // annual security awareness training and phishing tests (needs a person)
  'incident-response-plan', // written and tested IR plan (needs a person)
  'risk-analysis', // HIPAA risk analysis done in the last 12 months
  'asset-inventory', // inventory of devices and software
  'email-security', // email filtering, SPF/DKIM/DMARC (needs a person)
  'file-sharing', // file/screen sharing services off or restricted
  'funds-transfer', // dual authorization of transfers over $25k (needs a person)
  'prior-incidents', // incidents, claims or known circumstances in the last 3 years (needs a person)
] as const;

export type ControlId = (typeof CONTROL_IDS)[number];
