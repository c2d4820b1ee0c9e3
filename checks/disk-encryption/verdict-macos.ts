/** Pure: FileVault and APFS facts -> verdicts for the startup disk, other internal volumes and external disks. */
import type { VolumeVerdict } from './evidence.js';
import type { ApfsContainer, ApfsVolume, DiskutilInfo, ExternalPartition, FdesetupStatus } from './parse-macos.js';

/** Everything the macOS verdicts are built from; null means that probe gave nothing usable. */
export type MacFacts = {
  fdesetup: FdesetupStatus | null;
  containers: ApfsContainer[] | null;
  root: DiskutilInfo | null;
  external: { wholeDisks: string[]; partitions: ExternalPartition[] } | null;
  /** Why fdesetup / diskutil failed, for the reasons. */
  errors: string[];
};

type Judgement = Pick<VolumeVerdict, 'encrypted' | 'state' | 'reason'>;

// Roles of the helper volumes macOS keeps next to the system; they hold no user data.
const HELPER_ROLES = new Set(['Preboot', 'Recovery', 'VM', 'Update', 'xART', 'Hardware', 'iSCPreboot', 'Baseband', 'Prelogin', 'Enterprise', 'Installer']);
const wholeOf = (dev: string): string => dev.replace(/s\d+(s\d+)?$/, '');

const holdsData = (v: ApfsVolume): boolean => v.roles.length === 0 || v.roles.includes('Data') || v.roles.includes('User') || !v.roles.some((r) => HELPER_ROLES.has(r) || r === 'System');

/** Picks the startup disk's data volume: the Data role in the boot container, else the root volume itself. */
const startupVolume = (facts: MacFacts): ApfsVolume | null => {
  const containers = facts.containers ?? [];
  const withData = containers.filter((c) => c.volumes.some((v) => v.roles.includes('Data')));
  const boot =
    containers.find((c) => facts.root?.container && c.reference === facts.root.container) ??
    containers.find((c) => c.volumes.some((v) => v.mountPoint === '/')) ??
    (withData.length === 1 ? withData[0] : undefined) ??
    (containers.length === 1 ? containers[0] : undefined);
  if (!boot) return null;
  return (
    boot.volumes.find((v) => v.roles.includes('Data')) ??
    boot.volumes.find((v) => v.mountPoint === '/' || v.device === facts.root?.device || (facts.root?.device ?? '').startsWith(`${v.device}s`)) ??
    boot.volumes.find((v) => v.roles.includes('System')) ??
    null
  );
};

const judgeStartup = (facts: MacFacts, data: ApfsVolume | null): Judgement => {
  const fv = facts.fdesetup;
  const hardwareOnly = data?.encryption === true && data.fileVault !== true;
  switch (fv?.state) {
    case 'on':
      return { encrypted: true, state: 'on', reason: 'FileVault is on for the startup disk.' };
    case 'encrypting':
      return { encrypted: false, state: 'encrypting', reason: `FileVault is encrypting the startup disk (${fv.pending ? 'pending: waiting for power' : fv.percent === null ? 'in progress' : `${fv.percent}% done`}); it is not fully protected until this finishes.` };
    case 'decrypting':
      return { encrypted: false, state: 'decrypting', reason: `FileVault is being turned off: the startup disk is being decrypted${fv.percent === null ? '' : ` (${fv.percent}% done)`}.` };
    case 'deferred':
      return { encrypted: false, state: 'deferred', reason: 'FileVault is set to turn on at the next login or restart, but is off until then.' };
    case 'off':
      return hardwareOnly
        ? { encrypted: false, state: 'hardware-only', reason: 'FileVault is off. The disk is encrypted by the Mac hardware, but without FileVault the Mac unlocks it for anyone who turns it on.' }
        : { encrypted: false, state: 'off', reason: 'FileVault is off for the startup disk.' };
    case 'unknown':
    case undefined:
      break;
  }
  if (data?.fileVault === true) return { encrypted: true, state: 'on', reason: `diskutil reports FileVault on for the startup data volume ${data.device}.` };
  if (data?.cryptoMigration === true) return { encrypted: false, state: 'encrypting', reason: `diskutil reports the startup data volume ${data.device} is being encrypted.` };
  if (data?.fileVault === false) {
    return hardwareOnly
      ? { encrypted: false, state: 'hardware-only', reason: `diskutil reports FileVault off for ${data.device}; the hardware encryption alone does not protect a lost Mac.` }
      : { encrypted: false, state: 'off', reason: `diskutil reports FileVault off for the startup data volume ${data.device}.` };
  }
  return { encrypted: null, state: 'unknown', reason: `Could not determine: ${facts.errors.join('; ') || 'fdesetup and diskutil gave no answer'}.` };
};

const judgeApfs = (v: ApfsVolume, external: boolean): Judgement => {
  if (v.locked === true) return { encrypted: true, state: 'locked', reason: `${v.name || v.device} is an encrypted APFS volume and is locked.` };
  if (v.fileVault === true) return { encrypted: true, state: 'on', reason: `${v.name || v.device} is an encrypted APFS volume.` };
  if (v.cryptoMigration === true) return { encrypted: false, state: 'encrypting', reason: `${v.name || v.device} is being encrypted.` };
  if (v.encryption === true && external) return { encrypted: true, state: 'on', reason: `${v.name || v.device} is an encrypted APFS volume.` };
  if (v.encryption === true) return { encrypted: false, state: 'hardware-only', reason: `${v.name || v.device} is only hardware-encrypted, which the Mac unlocks for anyone who starts it.` };
  if (v.fileVault === false || v.encryption === false) return { encrypted: false, state: 'not-encrypted', reason: `${v.name || v.device} is not encrypted.` };
  return { encrypted: null, state: 'unknown', reason: `diskutil did not say whether ${v.name || v.device} is encrypted.` };
};

const judgePartition = (p: ExternalPartition): Judgement => {
  const c = p.content ?? '';
  if (/FAT|exFAT|NTFS|Microsoft Basic Data|Windows|Apple_HFS/i.test(c)) return { encrypted: false, state: 'not-encrypted', reason: `External drive ${p.volumeName ?? p.device} uses ${c}, which is not encrypted.` };
  return { encrypted: null, state: 'unknown', reason: `External drive ${p.volumeName ?? p.device} (${c || 'unknown format'}): could not tell whether it is encrypted.` };
};

/** Builds the startup-disk verdict plus one per other data volume and external partition. */
export const buildMacVolumes = (facts: MacFacts): VolumeVerdict[] => {
  const data = startupVolume(facts);
  const startup = judgeStartup(facts, data);
  const volumes: VolumeVerdict[] = [
    { id: '/', mount: '/', device: data?.device ?? facts.root?.device ?? null, ...(data?.name ? { label: data.name } : {}), kind: 'system', removable: false, ...startup, percent: facts.fdesetup?.percent ?? null, source: [facts.fdesetup && facts.fdesetup.state !== 'unknown' ? 'fdesetup' : null, data ? 'diskutil-apfs' : null].filter(Boolean).join('+') || 'none' },
  ];
  const externalDisks = new Set(facts.external?.wholeDisks ?? []);
  for (const c of facts.containers ?? []) {
    const external = c.physicalStores.some((p) => externalDisks.has(wholeOf(p)));
    // Other volumes of the startup container (e.g. a "Nix Store" volume) are judged on their own.
    for (const v of c.volumes.filter((x) => x !== data && holdsData(x))) {
      volumes.push({ id: `apfs:${v.device}`, mount: null, device: v.device, ...(v.name ? { label: v.name } : {}), kind: external ? 'removable' : 'data', removable: external, ...judgeApfs(v, external), source: 'diskutil-apfs' });
    }
  }
  const apfsStores = new Set((facts.containers ?? []).flatMap((c) => c.physicalStores));
  for (const p of facts.external?.partitions ?? []) {
    if (apfsStores.has(p.device) || /^(EFI|Apple_Boot|Apple_APFS_ISC|Apple_APFS_Recovery|Microsoft Reserved)$/i.test(p.content ?? '')) continue;
    if (p.content === 'Apple_APFS' && facts.containers) continue;
    volumes.push({ id: p.device, mount: p.mountPoint, device: p.device, ...(p.volumeName ? { label: p.volumeName } : {}), kind: 'removable', removable: true, ...judgePartition(p), source: 'diskutil-list' });
  }
  return volumes;
};
