/** Pure: BitLocker facts from up to three sources -> one verdict per drive letter. */
import type { VolumeKind, VolumeVerdict } from './evidence.js';
import { isRemovableDrive, type BitLockerListing, type BitLockerVolume, type LogicalDrive } from './parse-windows.js';

/** Everything the Windows verdicts are built from; null listings mean that probe gave nothing usable. */
export type WindowsFacts = {
  systemDrive: string;
  /** Get-BitLockerVolume (admin). */
  cmdlet: BitLockerListing | null;
  /** manage-bde -status (admin). */
  manageBde: BitLockerListing | null;
  /** Win32_LogicalDisk + Explorer's System.Volume.BitLockerProtection (no admin). */
  drives: LogicalDrive[] | null;
  /** Whether either admin source said "access denied". */
  denied: boolean;
};

type Judgement = Pick<VolumeVerdict, 'encrypted' | 'state' | 'reason'>;

const pct = (v: BitLockerVolume) => (v.percent === null ? '' : ` (${v.percent}% done)`);

/** Judges one BitLocker volume: encrypted only when fully (or used-space-only) encrypted AND protection is on. */
export const judgeBitLocker = (v: BitLockerVolume): Judgement => {
  const name = `drive ${v.mount}`;
  if (v.lock === 'locked') return { encrypted: true, state: 'locked', reason: `Drive ${v.mount} is BitLocker-encrypted and locked.` };
  const encryptedFully = v.conversion === 'fully-encrypted' || v.conversion === 'used-space-only-encrypted';
  const usedOnly = v.conversion === 'used-space-only-encrypted' ? ' (used space only, which is normal for a new drive)' : '';
  if (encryptedFully && v.protection === 'on') return { encrypted: true, state: 'on', reason: `BitLocker protection is on and ${name} is fully encrypted${usedOnly}.` };
  if (encryptedFully && v.protection === 'off') {
    return v.protectors.length === 0
      ? { encrypted: false, state: 'waiting-for-activation', reason: `Drive ${v.mount} is encrypted but BitLocker is waiting for activation: there is no key protector, so the key sits unprotected on the disk and anyone can read it.` }
      : { encrypted: false, state: 'suspended', reason: `Drive ${v.mount} is encrypted but BitLocker protection is off (suspended): the key is stored in the clear on the disk until protection is resumed.` };
  }
  if (v.conversion === 'encrypting' && v.percent !== null && v.percent >= 100 && v.protection === 'on') {
    return { encrypted: true, state: 'on', reason: `BitLocker protection is on and ${name} reports 100% encrypted (finishing).` };
  }
  switch (v.conversion) {
    case 'fully-decrypted':
      return { encrypted: false, state: 'off', reason: `BitLocker is off for ${name}, so it is not encrypted.` };
    case 'encrypting':
    case 'encryption-paused':
      return { encrypted: false, state: v.conversion, reason: `BitLocker encryption of ${name} is ${v.conversion === 'encrypting' ? 'in progress' : 'paused'}${pct(v)}; the drive is not fully protected until it finishes with protection on.` };
    case 'decrypting':
    case 'decryption-paused':
      return { encrypted: false, state: v.conversion, reason: `BitLocker is being turned off for ${name}${pct(v)}, so it is being decrypted.` };
    case 'fully-encrypted':
    case 'used-space-only-encrypted':
    case 'unknown':
      return { encrypted: null, state: 'unknown', reason: `BitLocker reported conversion "${v.conversion}" and protection "${v.protection}" for ${name}; could not determine.` };
  }
};

// Values of System.Volume.BitLockerProtection are undocumented; only the ones projects agree on are trusted.
const judgeShell = (d: LogicalDrive): Judgement | null => {
  if (d.shellProtection === 1) return { encrypted: true, state: 'on', reason: `Windows reports BitLocker on for ${d.mount} (Explorer's BitLocker property = 1).` };
  if (d.shellProtection === 6) return { encrypted: true, state: 'locked', reason: `Windows reports ${d.mount} as BitLocker-encrypted and locked (Explorer's BitLocker property = 6).` };
  if (d.shellProtection === 2) return { encrypted: false, state: 'off', reason: `Windows reports BitLocker off for ${d.mount} (Explorer's BitLocker property = 2).` };
  return null;
};

const kindOf = (mount: string, systemDrive: string, osVolume: boolean | null, removable: boolean): VolumeKind =>
  mount === systemDrive || osVolume === true ? 'system' : removable ? 'removable' : 'data';

/** Builds one verdict per drive: Get-BitLockerVolume first, then manage-bde, then Explorer's property. */
export const buildWindowsVolumes = (facts: WindowsFacts): VolumeVerdict[] => {
  const sys = facts.systemDrive.toUpperCase();
  const listed = [
    ...(facts.drives ?? []).map((d) => d.mount),
    ...(facts.cmdlet?.volumes ?? []).map((v) => v.mount),
    ...(facts.manageBde?.volumes ?? []).map((v) => v.mount),
  ];
  // The system drive gets a verdict even when no tool listed anything (then: needs admin / unknown).
  const letters = (listed.length === 0 || listed.includes(sys) ? [sys, ...listed] : listed).filter((m, i, a) => a.indexOf(m) === i);
  return letters.map((mount): VolumeVerdict => {
    const fromCmdlet = facts.cmdlet?.volumes.find((v) => v.mount === mount);
    const fromBde = facts.manageBde?.volumes.find((v) => v.mount === mount);
    const drive = facts.drives?.find((d) => d.mount === mount);
    const bl = fromCmdlet ?? fromBde;
    const removable = drive ? isRemovableDrive(drive) : false;
    const kind = kindOf(mount, sys, bl?.osVolume ?? fromBde?.osVolume ?? null, removable);
    const label = drive?.label ?? fromBde?.label ?? undefined;
    const base = { id: mount, mount: `${mount}\\`, device: null, ...(label ? { label } : {}), kind, removable };
    if (bl) {
      // manage-bde alone says "used space only"; keep it when the cmdlet was the main source.
      const merged = fromCmdlet && fromBde?.conversion === 'used-space-only-encrypted' && fromCmdlet.conversion === 'fully-encrypted' ? { ...fromCmdlet, conversion: fromBde.conversion } : bl;
      const details = { conversion: merged.conversion, protection: merged.protection, usedSpaceOnly: merged.conversion === 'used-space-only-encrypted' };
      return { ...base, ...judgeBitLocker(merged), ...details, percent: merged.percent, protectors: merged.protectors, method: merged.method, source: [fromCmdlet ? 'Get-BitLockerVolume' : null, fromBde ? 'manage-bde' : null].filter(Boolean).join('+') };
    }
    const shell = drive ? judgeShell(drive) : null;
    if (shell) return { ...base, ...shell, source: 'shell-property' };
    if (facts.denied) {
      return { ...base, encrypted: null, state: 'needs-admin', reason: 'Could not determine: run as administrator. BitLocker status needs administrator rights, and Windows did not report it otherwise.', needsAdmin: true, source: 'none' };
    }
    if (drive && (facts.cmdlet || facts.manageBde)) {
      return { ...base, encrypted: false, state: 'not-listed', reason: `BitLocker does not list ${mount}${drive.fileSystem ? ` (${drive.fileSystem})` : ''}, so it is not BitLocker-encrypted; other encryption software could not be checked.`, source: 'Win32_LogicalDisk' };
    }
    return { ...base, encrypted: null, state: 'unknown', reason: 'Could not determine: no BitLocker tool gave an answer for this drive.', source: 'none' };
  });
};
