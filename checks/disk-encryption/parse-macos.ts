/** Pure parsers for macOS: `fdesetup status` text and `diskutil ... -plist` property lists. */
import { parse as parsePlist } from 'plist';

/** FileVault state from `fdesetup status`. */
export type FileVaultState = 'on' | 'off' | 'encrypting' | 'decrypting' | 'deferred' | 'unknown';

/** The parsed `fdesetup status` answer. */
export type FdesetupStatus = { state: FileVaultState; percent: number | null; pending: boolean };

/**
 * Parses `fdesetup status`. The output has one to three lines; the progress and deferral lines decide
 * the state, then the first line (jamf/Jamf-Environment-Test#9: never compare the whole output).
 */
export const parseFdesetupStatus = (text: string): FdesetupStatus => {
  const percent = /percent completed\s*=\s*(\d+(?:\.\d+)?)/i.exec(text)?.[1];
  const p = percent === undefined ? null : Number(percent);
  if (/Decryption in progress/i.test(text)) return { state: 'decrypting', percent: p, pending: false };
  if (/Encryption in progress/i.test(text)) return { state: 'encrypting', percent: p, pending: /Encryption in progress:\s*Pending/i.test(text) };
  if (/Deferred enablement appears to be active|will be enabled after the next restart/i.test(text)) return { state: 'deferred', percent: null, pending: true };
  if (/FileVault is On\b/i.test(text)) return { state: 'on', percent: null, pending: false };
  if (/FileVault is Off\b/i.test(text)) return { state: 'off', percent: null, pending: false };
  return { state: 'unknown', percent: null, pending: false };
};

/** One APFS volume from `diskutil apfs list -plist`. */
export type ApfsVolume = {
  device: string;
  name: string;
  roles: string[];
  fileVault: boolean | null;
  encryption: boolean | null;
  locked: boolean | null;
  cryptoMigration: boolean | null;
  /** Only the text form of `diskutil apfs list` prints mount points. */
  mountPoint?: string | null;
};

/** One APFS container with the physical stores it lives on. */
export type ApfsContainer = { reference: string; physicalStores: string[]; volumes: ApfsVolume[] };

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const b = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
const s = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const dicts = (v: unknown): Dict[] => (Array.isArray(v) ? v.filter(isDict) : []);

/** Parses an XML property list printed by a command; throws on anything else. */
export const parsePlistText = (text: string): Dict => {
  const start = text.indexOf('<?xml') >= 0 ? text.indexOf('<?xml') : text.indexOf('<plist');
  if (start < 0) throw new Error('no property list in the output');
  const value = parsePlist(text.slice(start)) as unknown;
  if (!isDict(value)) throw new Error('the property list is not a dictionary');
  return value;
};

// "FileVault: Yes (Unlocked)", "No", "No (Encrypted at rest)", "Yes (Locked)"; the text form has no separate Encryption key.
const fileVaultWords = (value: string): Pick<ApfsVolume, 'fileVault' | 'encryption' | 'locked'> => {
  const yes = /^yes/i.test(value);
  const atRest = /encrypted at rest/i.test(value);
  return { fileVault: yes ? true : /^no/i.test(value) ? false : null, encryption: yes || atRest ? true : /^no$/i.test(value) ? false : null, locked: /\(locked\)/i.test(value) ? true : yes ? false : null };
};

/** Parses the text form of `diskutil apfs list` (fallback when -plist output is not available). */
export const parseApfsListText = (text: string): ApfsContainer[] => {
  const containers: ApfsContainer[] = [];
  let container: ApfsContainer | null = null;
  let volume: ApfsVolume | null = null;
  for (const line of text.split(/\r?\n/)) {
    const c = /\+-- Container (disk\d+)/.exec(line);
    if (c) {
      containers.push((container = { reference: c[1] ?? '?', physicalStores: [], volumes: [] }));
      volume = null;
      continue;
    }
    if (!container) continue;
    const v = /\+-> Volume (disk\d+s\d+)/.exec(line);
    if (v) {
      container.volumes.push((volume = { device: v[1] ?? '?', name: '', roles: [], fileVault: null, encryption: null, locked: null, cryptoMigration: null, mountPoint: null }));
      continue;
    }
    const kv = /^[\s|]*([A-Za-z][^:]*?):\s+(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const [key, value] = [kv[1] ?? '', kv[2] ?? ''];
    if (key === 'APFS Physical Store Disk') container.physicalStores.push(value);
    if (!volume) continue;
    if (key === 'APFS Volume Disk (Role)') {
      const role = /\(([^)]*)\)\s*$/.exec(value)?.[1] ?? '';
      volume.roles = role && !/no specific role/i.test(role) ? role.split(/,\s*/) : [];
    } else if (key === 'Name') volume.name = value.replace(/\s*\(Case-(in)?sensitive\)$/i, '');
    else if (key === 'Mount Point') volume.mountPoint = /not mounted/i.test(value) ? null : value;
    else if (key === 'Snapshot Mount Point' && value === '/') volume.mountPoint = '/';
    else if (key === 'FileVault') Object.assign(volume, fileVaultWords(value));
  }
  if (containers.length === 0) throw new Error('no APFS container in diskutil apfs list output');
  return containers;
};

/** Parses `diskutil apfs list -plist`, or its text form. */
export const parseApfsList = (text: string): ApfsContainer[] => {
  if (!/<plist|<\?xml/.test(text)) return parseApfsListText(text);
  const root = parsePlistText(text);
  if (!Array.isArray(root.Containers)) throw new Error('no "Containers" in diskutil apfs list output');
  return dicts(root.Containers).map((c) => ({
    reference: s(c.ContainerReference) ?? '?',
    physicalStores: dicts(c.PhysicalStores)
      .map((p) => s(p.DeviceIdentifier))
      .filter((x): x is string => x !== null),
    volumes: dicts(c.Volumes).map((v) => ({
      device: s(v.DeviceIdentifier) ?? '?',
      name: s(v.Name) ?? '',
      roles: Array.isArray(v.Roles) ? v.Roles.filter((r): r is string => typeof r === 'string') : [],
      fileVault: b(v.FileVault),
      encryption: b(v.Encryption),
      locked: b(v.Locked),
      cryptoMigration: b(v.CryptoMigrationOn),
    })),
  }));
};

/** The facts `diskutil info -plist <target>` gives about one volume. */
export type DiskutilInfo = {
  device: string | null;
  container: string | null;
  wholeDisk: string | null;
  internal: boolean | null;
  removable: boolean | null;
  mountPoint: string | null;
  fsType: string | null;
  volumeName: string | null;
  fileVault: boolean | null;
  encrypted: boolean | null;
};

/** Parses the text form of `diskutil info <target>` ("Key: value" lines). */
export const parseDiskutilInfoText = (text: string): DiskutilInfo => {
  const get = (key: string): string | null => new RegExp(`^\\s*${key}:\\s+(.+?)\\s*$`, 'm').exec(text)?.[1] ?? null;
  const yesNo = (v: string | null): boolean | null => (v === null ? null : /^yes/i.test(v) ? true : /^no/i.test(v) ? false : null);
  const location = get('Device Location');
  const removable = get('Removable Media');
  if (!get('Device Identifier')) throw new Error('no "Device Identifier" in diskutil info output');
  return {
    device: get('Device Identifier'),
    container: get('APFS Container'),
    wholeDisk: get('Part of Whole'),
    internal: location === null ? null : /internal/i.test(location),
    removable: removable === null ? null : /removable/i.test(removable),
    mountPoint: get('Mount Point'),
    fsType: get('Type \\(Bundle\\)'),
    volumeName: get('Volume Name'),
    fileVault: yesNo(get('FileVault')),
    encrypted: yesNo(get('Encrypted')),
  };
};

/** Parses `diskutil info -plist <target>`, or its text form. */
export const parseDiskutilInfo = (text: string): DiskutilInfo => {
  if (!/<plist|<\?xml/.test(text)) return parseDiskutilInfoText(text);
  const d = parsePlistText(text);
  return {
    device: s(d.DeviceIdentifier),
    container: s(d.APFSContainerReference),
    wholeDisk: s(d.ParentWholeDisk),
    internal: b(d.Internal),
    removable: b(d.RemovableMedia) ?? b(d.Ejectable),
    mountPoint: s(d.MountPoint),
    fsType: s(d.FilesystemType),
    volumeName: s(d.VolumeName),
    fileVault: b(d.FileVault),
    encrypted: b(d.Encryption) ?? b(d.Encrypted),
  };
};

/** One partition of an external disk from `diskutil list -plist external physical`. */
export type ExternalPartition = { device: string; wholeDisk: string; content: string | null; volumeName: string | null; mountPoint: string | null };

/** Parses the text form of `diskutil list external physical` (columns found from the "#: TYPE NAME" header). */
export const parseDiskutilListText = (text: string): { wholeDisks: string[]; partitions: ExternalPartition[] } => {
  const wholeDisks: string[] = [];
  const partitions: ExternalPartition[] = [];
  let whole: string | null = null;
  let nameAt = -1;
  for (const line of text.split(/\r?\n/)) {
    const disk = /^\/dev\/(disk\d+)\s+\(([^)]*)\)/.exec(line);
    if (disk) {
      whole = /external/.test(disk[2] ?? '') ? (disk[1] ?? null) : null;
      if (whole) wholeDisks.push(whole);
      continue;
    }
    if (/#:\s+TYPE NAME/.test(line)) {
      nameAt = line.indexOf('NAME');
      continue;
    }
    const row = /^\s*\d+:\s/.test(line) ? /\s[*+]?[\d.,]+\s+[KMGTP]?B\s+(disk\d+s\d+)\s*$/.exec(line) : null;
    if (!whole || !row || nameAt < 0) continue;
    // TYPE is right-aligned up to the NAME column; NAME runs up to the size (which may start with "*" or "+").
    const type = line.slice(line.indexOf(':') + 1, nameAt).trim();
    const name = line.slice(nameAt, Math.max(nameAt, row.index)).trim();
    partitions.push({ device: row[1] ?? '?', wholeDisk: whole, content: type || null, volumeName: name || null, mountPoint: null });
  }
  return { wholeDisks, partitions };
};

/** Parses `diskutil list -plist external physical` (or its text form) into the partitions of the external disks. */
export const parseDiskutilList = (text: string): { wholeDisks: string[]; partitions: ExternalPartition[] } => {
  if (!/<plist|<\?xml/.test(text)) return parseDiskutilListText(text);
  const d = parsePlistText(text);
  const wholeDisks = Array.isArray(d.WholeDisks) ? d.WholeDisks.filter((x): x is string => typeof x === 'string') : [];
  const partitions: ExternalPartition[] = [];
  for (const disk of dicts(d.AllDisksAndPartitions)) {
    const whole = s(disk.DeviceIdentifier) ?? '?';
    const parts = dicts(disk.Partitions);
    // A disk formatted without a partition map is itself the volume.
    const list = parts.length > 0 ? parts : s(disk.Content) && !/partition_scheme/i.test(String(disk.Content)) ? [disk] : [];
    for (const p of list) partitions.push({ device: s(p.DeviceIdentifier) ?? whole, wholeDisk: whole, content: s(p.Content), volumeName: s(p.VolumeName), mountPoint: s(p.MountPoint) });
  }
  return { wholeDisks, partitions };
};
