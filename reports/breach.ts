/** Would a lost laptop today be a reportable breach? Joins disk encryption with patient records (pure). */
import type { PatientRecordFile, Report } from './schema.js';

/** One disk or partition as the disk-encryption checks report it. */
export type VolumeFact = {
  /** Null for volumes that are not mounted (they still appear in the inventory). */
  mount: string | null;
  id?: string;
  label?: string;
  kind: 'system' | 'data' | 'removable' | 'swap' | 'other';
  removable: boolean;
  encrypted: boolean | null;
  reason: string;
};

/** What the disk-encryption checks found, merged across checks. */
export type EncryptionFacts = { volumes: VolumeFact[]; systemVolumeEncrypted: boolean | null; ran: boolean };

/** How one patient-record file is protected if the device is lost. */
export type FileProtection = 'file-encrypted' | 'volume-encrypted' | 'exposed' | 'unknown';

export type BreachVerdict = 'yes' | 'safe-harbor' | 'none-found' | 'cannot-tell';

/** The answer to "would a lost laptop today be a reportable breach?", with its reasons. */
export type BreachAssessment = {
  verdict: BreachVerdict;
  /** One plain sentence for the first page. */
  headline: string;
  reasons: string[];
  encryption: EncryptionFacts;
  files: { total: number; exposed: number; protected: number; unknown: number };
  /** Patients in exposed files: at least the largest file, at most the sum (files may overlap). */
  patients: { min: number; max: number };
  /** Data stores that could not be inspected (mail archives, chat databases) on unprotected disks. */
  uninspectedStores: number;
};

const isVolume = (v: unknown): v is VolumeFact =>
  typeof v === 'object' && v !== null && (typeof (v as VolumeFact).mount === 'string' || (v as VolumeFact).mount === null) && 'encrypted' in v && typeof (v as VolumeFact).kind === 'string';

/** A name for a volume in tables: its mount point, else its id or label. */
export const volumeName = (v: VolumeFact): string => v.mount ?? v.id ?? v.label ?? 'unmounted volume';

/** Reads volume facts from every disk-encryption check's evidence. */
export const readEncryptionFacts = (report: Report): EncryptionFacts => {
  const volumes: VolumeFact[] = [];
  let systemVolumeEncrypted: boolean | null = null;
  let ran = false;
  for (const check of report.checks.filter((c) => c.group === 'disk-encryption')) {
    const ev = check.evidence as { volumes?: unknown; systemVolumeEncrypted?: unknown } | null;
    if (!ev || typeof ev !== 'object') continue;
    if (Array.isArray(ev.volumes)) {
      ran = true;
      for (const v of ev.volumes) if (isVolume(v) && !volumes.some((x) => volumeName(x) === volumeName(v))) volumes.push(v);
    }
    if (typeof ev.systemVolumeEncrypted === 'boolean') {
      ran = true;
      systemVolumeEncrypted = systemVolumeEncrypted === false ? false : ev.systemVolumeEncrypted;
    }
  }
  if (systemVolumeEncrypted === null) {
    const system = volumes.find((v) => v.kind === 'system');
    if (system) systemVolumeEncrypted = system.encrypted;
  }
  return { volumes, systemVolumeEncrypted, ran };
};

const normalize = (p: string, caseless: boolean): string => {
  const s = p.replace(/\\/g, '/');
  const withSlash = s.endsWith('/') ? s : `${s}/`;
  return caseless ? withSlash.toLowerCase() : withSlash;
};

/** The volume a path lives on: the longest mount point that prefixes it. */
export const volumeFor = (filePath: string, facts: EncryptionFacts, platform: Report['device']['os']['platform']): VolumeFact | undefined => {
  const caseless = platform !== 'linux';
  const target = normalize(filePath, caseless);
  let best: VolumeFact | undefined;
  for (const v of facts.volumes) {
    if (v.kind === 'swap' || v.mount === null) continue;
    const mount = normalize(v.mount, caseless);
    if (target.startsWith(mount) && (!best || mount.length > normalize(best.mount ?? '', caseless).length)) best = v;
  }
  return best;
};

/** How a file is protected: its own encryption, its disk's, or not at all. */
export const fileProtection = (file: Pick<PatientRecordFile, 'path' | 'encrypted'>, facts: EncryptionFacts, platform: Report['device']['os']['platform']): FileProtection => {
  if (file.encrypted) return 'file-encrypted';
  const volume = volumeFor(file.path, facts, platform);
  const encrypted = volume ? volume.encrypted : facts.systemVolumeEncrypted;
  if (encrypted === true) return 'volume-encrypted';
  if (encrypted === false) return 'exposed';
  return 'unknown';
};

const count = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Assesses breach reportability for a lost device from the report alone. */
export const assessBreach = (report: Report): BreachAssessment => {
  const encryption = readEncryptionFacts(report);
  const platform = report.device.os.platform;
  const records = report.patientRecords;
  const files = records?.files ?? [];
  const protections = files.map((f) => ({ f, p: fileProtection(f, encryption, platform) }));
  const exposedAll = protections.filter((x) => x.p === 'exposed').map((x) => x.f);
  // HIPAA notice counts patients (PHI); other personal data (staff SSNs) falls under state law.
  const exposed = exposedAll.filter((f) => f.category === 'phi');
  const exposedPii = exposedAll.filter((f) => f.category === 'pii');
  const unknown = protections.filter((x) => x.p === 'unknown').length;
  // What decides HIPAA reportability: files with patient information (PHI), not other personal data.
  const phi = protections.filter((x) => x.f.category === 'phi');
  const phiUnknown = phi.filter((x) => x.p === 'unknown').length;
  const stores = (records?.containers ?? []).filter((c) => fileProtection({ path: c.path, encrypted: c.kind === 'encrypted-archive' }, encryption, platform) !== 'volume-encrypted' && c.kind !== 'encrypted-archive').length;
  const patients = { min: Math.max(0, ...exposed.map((f) => f.estimatedPatients)), max: exposed.reduce((s, f) => s + f.estimatedPatients, 0) };
  const base = { encryption, files: { total: files.length, exposed: exposedAll.length, protected: files.length - exposedAll.length - unknown, unknown }, patients, uninspectedStores: stores };
  const reasons: string[] = [];
  if (exposedPii.length > 0) reasons.push(`${count(exposedPii.length, 'file')} with other personal data (such as Social Security numbers, about ${count(exposedPii.reduce((s, f) => s + f.estimatedPatients, 0), 'person')}) are also exposed: state breach laws may require notice.`);
  if (report.scan.partial || records?.partial) reasons.push('The scan did not finish; more files may exist than were found.');

  if (!records) {
    const enc = encryption.systemVolumeEncrypted;
    reasons.push('Patient records were not searched for in this scan.');
    if (enc === true) reasons.push('The system disk is encrypted, so files on it would be protected if the device were lost.');
    return { ...base, verdict: enc === true ? 'safe-harbor' : 'cannot-tell', headline: enc === true ? 'Probably not: the system disk is encrypted (patient records were not searched for).' : 'Cannot tell: patient records were not searched for in this scan.', reasons };
  }
  if (exposed.length > 0) {
    reasons.unshift(`${count(exposed.length, 'file')} with patient information sit on a disk that is not encrypted.`);
    const who = patients.min === patients.max ? `about ${count(patients.max, 'patient')}` : `between ${patients.min.toLocaleString('en-US')} and ${count(patients.max, 'patient')}`;
    return { ...base, verdict: 'yes', headline: `Yes. A lost or stolen device today would be a reportable breach affecting ${who}.`, reasons };
  }
  if (phiUnknown > 0) {
    reasons.push(`Whether the disk holding ${count(phiUnknown, 'patient file')} is encrypted could not be determined${encryption.ran ? '' : ' (the disk-encryption check did not run)'}.`);
    return { ...base, verdict: 'cannot-tell', headline: 'Cannot tell: patient files were found, but the scan could not confirm the disk is encrypted.', reasons };
  }
  // Only files with patient information count here: exposed staff SSNs (above, in the reasons) are a state-law matter.
  if (phi.length > 0) {
    reasons.push(`All ${count(phi.length, 'patient file')} found are protected by encryption.`);
    return { ...base, verdict: 'safe-harbor', headline: 'No. Patient files were found, but they are encrypted: the breach safe harbor applies.', reasons };
  }
  if (stores > 0) {
    reasons.push(`${count(stores, 'mail or chat store')} that the scan could not look inside sit on a disk that is not known to be encrypted.`);
    return { ...base, verdict: 'cannot-tell', headline: 'Cannot tell: no patient files were found, but mail or chat stores that may hold patient data could not be inspected.', reasons };
  }
  if (encryption.systemVolumeEncrypted === true) return { ...base, verdict: 'safe-harbor', headline: 'No. No patient files were found and the disk is encrypted.', reasons };
  reasons.push(`Only these folders were searched: ${records.roots.join(', ') || 'none'}.`);
  return { ...base, verdict: 'none-found', headline: 'Probably not: no patient files were found in the folders searched, but the disk is not known to be encrypted.', reasons };
};
