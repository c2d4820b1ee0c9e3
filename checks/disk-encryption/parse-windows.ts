/** Pure parsers for BitLocker: manage-bde -status text, Get-BitLockerVolume JSON or list, Explorer's shell property. */
import { isJsonObject, parsePowerShellObjects, readPowerShellJson } from '../probe/powershell-json.js';

/** BitLocker conversion state, normalised from any source. */
export type Conversion =
  | 'fully-decrypted'
  | 'fully-encrypted'
  | 'used-space-only-encrypted'
  | 'encrypting'
  | 'decrypting'
  | 'encryption-paused'
  | 'decryption-paused'
  | 'unknown';

/** One BitLocker volume as manage-bde or Get-BitLockerVolume describes it. */
export type BitLockerVolume = {
  mount: string;
  label: string | null;
  osVolume: boolean | null;
  conversion: Conversion;
  percent: number | null;
  method: string | null;
  protection: 'on' | 'off' | 'unknown';
  lock: 'locked' | 'unlocked' | null;
  protectors: string[];
  size: string | null;
};

/** A parsed BitLocker listing: volumes, or the reason there are none. */
export type BitLockerListing = { volumes: BitLockerVolume[]; denied: boolean; error: string | null };

// manage-bde and PowerShell are localized; these cover English and German (real captures) and French/Spanish wording (best effort, no real capture).
const DENIED = /attempt to access a required resource was denied|administrative rights|access to a cim resource was not available|access is denied|access denied|zugriff verweigert|accès refusé|acceso denegado|0x80070005|0x80041003|requires elevation|run as administrator/i;

/** True when a BitLocker tool's output says it needs administrator rights. */
export const isAccessDenied = (text: string): boolean => DENIED.test(text);

/** Maps a conversion/volume-status word (English enum names, manage-bde prose, German/French/Spanish) to a state. */
export const normalizeConversion = (value: string | number | null | undefined): Conversion => {
  if (typeof value === 'number') return (['fully-decrypted', 'fully-encrypted', 'encrypting', 'decrypting', 'encryption-paused', 'decryption-paused', 'fully-encrypted', 'fully-encrypted'] as const)[value] ?? 'unknown';
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  if (/used space only|nur verwendeter speicherplatz|espace utilisé uniquement|solo espacio usado/i.test(v)) return 'used-space-only-encrypted';
  if (/^fully ?decrypted|vollständig entschlüsselt|entièrement déchiffré|totalmente descifrado/i.test(v)) return 'fully-decrypted';
  if (/^fully ?encrypted|vollständig verschlüsselt|entièrement chiffré|totalmente cifrado/i.test(v)) return 'fully-encrypted';
  if (/^encryption ?(in ?progress)|verschlüsselung wird durchgeführt|chiffrement en cours|cifrado en curso/i.test(v)) return 'encrypting';
  if (/^decryption ?(in ?progress)|entschlüsselung wird durchgeführt|déchiffrement en cours|descifrado en curso/i.test(v)) return 'decrypting';
  if (/^encryption ?(paused|suspended)|verschlüsselung angehalten/i.test(v)) return 'encryption-paused';
  if (/^decryption ?(paused|suspended)|entschlüsselung angehalten/i.test(v)) return 'decryption-paused';
  return 'unknown';
};

/** Maps a protection-status value to on/off/unknown (checks "off" words first: German "deaktiviert" contains "aktiviert"). */
export const normalizeProtection = (value: string | number | null | undefined): BitLockerVolume['protection'] => {
  if (typeof value === 'number') return value === 1 ? 'on' : value === 0 ? 'off' : 'unknown';
  const v = (value ?? '').trim();
  if (/\boff\b|deaktiviert|désactivée|desactivada|ausgesetzt|angehalten|suspend/i.test(v)) return 'off';
  if (/\bon\b|aktiviert|activée|activada/i.test(v)) return 'on';
  return 'unknown';
};

const normalizeLock = (value: string | number | null | undefined): BitLockerVolume['lock'] => {
  if (typeof value === 'number') return value === 1 ? 'locked' : value === 0 ? 'unlocked' : null;
  const v = (value ?? '').trim();
  if (/unlocked|entsperrt|déverrouillé|desbloqueado/i.test(v)) return 'unlocked';
  if (/locked|gesperrt|verrouillé|bloqueado/i.test(v)) return 'locked';
  return null;
};

const percentOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  const m = /(\d+(?:[.,]\d+)?)/.exec(String(value ?? ''));
  return m?.[1] ? Number(m[1].replace(',', '.')) : null;
};

const FIELDS: [keyof BitLockerVolume | 'version', RegExp][] = [
  ['size', /^(size|größe|taille|tamaño)$/i],
  ['version', /^bitlocker[- ]version$/i],
  ['conversion', /^(conversion status|konvertierungsstatus|état de la conversion|estado de conversión)$/i],
  ['percent', /^(percentage encrypted|verschlüsselt \(prozent\)|pourcentage chiffré|porcentaje cifrado)$/i],
  ['method', /^(encryption method|verschlüsselungsmethode|méthode de chiffrement|método de cifrado)$/i],
  ['protection', /^(protection status|schutzstatus|état de la protection|estado de protección)$/i],
  ['lock', /^(lock status|sperrungsstatus|état du verrouillage|estado de bloqueo)$/i],
  ['protectors', /^(key protectors|schlüsselschutzvorrichtungen|protecteurs de clé|protectores de clave)$/i],
];
const NONE_WORDS = /^(none( found)?|keine( gefunden)?|kein|aucun(e)?( trouvé)?|ninguno( encontrado)?)$/i;

/** Parses `manage-bde -status` (all volumes), English or localized, with or without the banner. */
export const parseManageBde = (text: string): BitLockerListing => {
  const volumes: BitLockerVolume[] = [];
  let current: BitLockerVolume | null = null;
  let inProtectors = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    const header = /^\s*Volumen?\s+"?([A-Za-z]:|\\\\\?\\[^"\s]+)"?\s*\[(.*)\]\s*$/.exec(line);
    if (header) {
      current = { mount: (header[1] ?? '').toUpperCase(), label: header[2]?.trim() || null, osVolume: null, conversion: 'unknown', percent: null, method: null, protection: 'unknown', lock: null, protectors: [], size: null };
      volumes.push(current);
      inProtectors = false;
      continue;
    }
    if (!current) continue;
    const kind = /^\s*\[(.+)\]\s*$/.exec(line);
    if (kind && current.osVolume === null) {
      current.osVolume = /\bOS\b|operating system|betriebssystem|système d'exploitation|sistema operativo/i.test(kind[1] ?? '');
      continue;
    }
    const field = /^\s+([^:]+?):\s*(.*)$/.exec(line);
    // French puts a space before the colon ("Taille :"), so the label is trimmed.
    const key = field ? FIELDS.find(([, re]) => re.test((field[1] ?? '').trim()))?.[0] : undefined;
    if (field && key) {
      inProtectors = key === 'protectors';
      const value = (field[2] ?? '').trim();
      if (key === 'conversion') current.conversion = normalizeConversion(value);
      else if (key === 'percent') current.percent = percentOf(value);
      else if (key === 'method') current.method = NONE_WORDS.test(value) ? null : value;
      else if (key === 'protection') current.protection = normalizeProtection(value);
      else if (key === 'lock') current.lock = normalizeLock(value);
      else if (key === 'size') current.size = value;
      else if (key === 'protectors' && value && !NONE_WORDS.test(value)) current.protectors.push(value);
      continue;
    }
    if (field) inProtectors = false; // another field (Identification Field, Automatic Unlock...)
    else if (inProtectors && line.trim()) current.protectors.push(line.trim().replace(/^-\s*/, '').replace(/:$/, ''));
    else if (!line.trim()) inProtectors = false;
  }
  // Volumes without a drive letter (recovery partitions, mounted folders) are not where users keep files.
  const lettered = volumes.filter((v) => /^[A-Z]:$/.test(v.mount));
  volumes.splice(0, volumes.length, ...lettered);
  const denied = volumes.length === 0 && isAccessDenied(text);
  const error = volumes.length > 0 ? null : denied ? 'access denied: manage-bde needs administrator rights' : (/^ERROR:.*$/m.exec(text)?.[0] ?? 'no volumes in manage-bde output');
  return { volumes, denied, error };
};

const VOLUME_STATUS_NAMES = /^(FullyDecrypted|FullyEncrypted|EncryptionInProgress|DecryptionInProgress|EncryptionSuspended|DecryptionSuspended|FullyEncryptedWipeInProgress|FullyEncryptedWipeSuspended)$/;
const PROTECTOR_NAMES = ['Unknown', 'Tpm', 'ExternalKey', 'RecoveryPassword', 'TpmPin', 'TpmStartupKey', 'TpmPinStartupKey', 'PublicKey', 'Password', 'TpmNetworkKey', 'AdAccountOrGroup'];
const METHOD_NAMES: Record<number, string> = { 0: 'None', 6: 'XtsAes128', 7: 'XtsAes256' };

const fromStatusName = (v: unknown): Conversion => {
  if (typeof v === 'number') return normalizeConversion(v);
  const s = String(v ?? '');
  if (!VOLUME_STATUS_NAMES.test(s)) return normalizeConversion(s);
  if (s.startsWith('FullyEncrypted')) return 'fully-encrypted';
  return ({ FullyDecrypted: 'fully-decrypted', EncryptionInProgress: 'encrypting', DecryptionInProgress: 'decrypting', EncryptionSuspended: 'encryption-paused', DecryptionSuspended: 'decryption-paused' } as Record<string, Conversion>)[s] ?? 'unknown';
};

// Only protector *types* are kept: Get-BitLockerVolume's default JSON also carries RecoveryPassword secrets.
const protectorTypes = (v: unknown): string[] => {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.replace(/[{}]/g, '').split(',') : v === null || v === undefined ? [] : [v];
  return list
    .map((p) => (typeof p === 'object' && p !== null ? (p as { KeyProtectorType?: unknown }).KeyProtectorType : p))
    .map((t) => (typeof t === 'number' ? (PROTECTOR_NAMES[t] ?? `type ${t}`) : String(t ?? '').trim()))
    .filter((t) => t.length > 0);
};

const fromRecord = (r: Record<string, unknown>): BitLockerVolume | null => {
  const mount = typeof r.MountPoint === 'string' ? r.MountPoint.trim().toUpperCase() : '';
  if (!mount) return null;
  const type = r.VolumeType;
  const method = typeof r.EncryptionMethod === 'number' ? (METHOD_NAMES[r.EncryptionMethod] ?? `method ${r.EncryptionMethod}`) : String(r.EncryptionMethod ?? '').trim() || null;
  return {
    mount,
    label: null,
    osVolume: type === 0 || type === 'OperatingSystem' ? true : type === 1 || type === 'Data' ? false : null,
    conversion: fromStatusName(r.VolumeStatus),
    percent: percentOf(r.EncryptionPercentage),
    method: method === 'None' ? null : method,
    protection: normalizeProtection(r.ProtectionStatus as string | number | undefined),
    lock: normalizeLock(r.LockStatus as string | number | undefined),
    protectors: protectorTypes(r.KeyProtector ?? r.KeyProtectorTypes),
    size: r.CapacityGB === undefined || r.CapacityGB === null ? null : `${String(r.CapacityGB)} GB`,
  };
};

/**
 * Parses the default table view of `Get-BitLockerVolume` (what people usually paste): columns are
 * found from the dashed separator line, names from the one or two header lines above it.
 */
export const parseBitLockerTable = (text: string): Record<string, unknown>[] => {
  const lines = text.split(/\r?\n/);
  const sep = lines.findIndex((l) => /^-{3,}(\s+-{3,})+\s*$/.test(l));
  if (sep < 1) return [];
  const starts = [...(lines[sep] ?? '').matchAll(/-+/g)].map((m) => m.index ?? 0);
  const cell = (line: string, i: number) => line.slice(starts[i], starts[i + 1] ?? line.length).trim();
  const headerLines = [lines[sep - 2], lines[sep - 1]].filter((l): l is string => l !== undefined && /\S/.test(l) && !/ComputerName:/.test(l));
  const names = starts.map((_s, i) => headerLines.map((h) => cell(h, i)).join(''));
  const key: Record<string, string> = { MountPoint: 'MountPoint', EncryptionPercentage: 'EncryptionPercentage', ProtectionStatus: 'ProtectionStatus', VolumeStatus: 'VolumeStatus', VolumeType: 'VolumeType', KeyProtector: 'KeyProtector', CapacityGB: 'CapacityGB', EncryptionMethod: 'EncryptionMethod' };
  const rows: Record<string, unknown>[] = [];
  for (const line of lines.slice(sep + 1)) {
    if (!/\S/.test(line) || /ComputerName:/.test(line)) continue;
    const row: Record<string, unknown> = {};
    names.forEach((n, i) => {
      const k = key[n];
      // A truncated protector list ("{RecoveryPassword, Pas...") keeps only its complete names.
      if (k) row[k] = k === 'KeyProtector' ? cell(line, i).replace(/,?\s*\w*\.\.\.$/, '') : cell(line, i);
    });
    if (typeof row.MountPoint === 'string' && row.MountPoint) rows.push(row);
  }
  return rows;
};

/** Parses `Get-BitLockerVolume` as JSON (array or single object, enums as ints or names), its default table, or `Format-List` text. */
export const parseBitLockerVolumes = (text: string, stderr = ''): BitLockerListing => {
  // The shared reader skips the warnings PowerShell may print before the JSON.
  const json = readPowerShellJson(text);
  if (!json.ok && json.opensJson) return { volumes: [], denied: false, error: `odd Get-BitLockerVolume JSON: ${json.error}` };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let records: Record<string, unknown>[] = [];
  if (json.ok) {
    records = json.items.filter(isJsonObject);
  } else if (parseBitLockerTable(trimmed).length > 0) {
    records = parseBitLockerTable(trimmed);
  } else {
    // Format-List: "Name : value" blocks separated by blank lines.
    let cur: Record<string, unknown> | null = null;
    for (const line of trimmed.split(/\r?\n/)) {
      const m = /^(\w+)\s*:\s?(.*)$/.exec(line.trim());
      if (!m) {
        if (!line.trim()) cur = null;
        continue;
      }
      if (m[1] === 'ComputerName' || (m[1] === 'MountPoint' && cur && 'MountPoint' in cur)) cur = null;
      if (!cur) records.push((cur = {}));
      cur[m[1] as string] = (m[2] ?? '').trim();
    }
  }
  const volumes = records.map(fromRecord).filter((v): v is BitLockerVolume => v !== null);
  const denied = volumes.length === 0 && isAccessDenied(`${text}\n${stderr}`);
  return { volumes, denied, error: volumes.length > 0 ? null : denied ? 'access denied: Get-BitLockerVolume needs administrator rights' : 'no volumes in Get-BitLockerVolume output' };
};

/** One drive as Win32_LogicalDisk and Explorer's BitLocker property describe it (no admin needed). */
export type LogicalDrive = { mount: string; driveType: number | null; fileSystem: string | null; label: string | null; shellProtection: number | null; busType: string | null };

// MSFT_Disk BusType: 7 = USB, 12 = SD, 13 = MMC (names or numbers, depending on PowerShell).
const REMOVABLE_BUS = /^(USB|SD|MMC|7|12|13)$/i;

/** True when Windows calls the drive removable or it sits on a USB/SD bus (external hard disks say "fixed"). */
export const isRemovableDrive = (d: LogicalDrive): boolean => d.driveType === 2 || (d.busType !== null && REMOVABLE_BUS.test(d.busType));

/** Parses the `disk.win-volumes` PowerShell JSON (one object or a list). */
export const parseLogicalDrives = (text: string): LogicalDrive[] => {
  const items = parsePowerShellObjects(text);
  if (!items) throw new Error(`not JSON: ${text.trim().slice(0, 120)}`);
  return items
    .filter((r) => typeof r.DeviceID === 'string')
    .map((r) => {
      const p = r.BitLockerProtection;
      return {
        mount: String(r.DeviceID).toUpperCase(),
        driveType: typeof r.DriveType === 'number' ? r.DriveType : null,
        fileSystem: typeof r.FileSystem === 'string' && r.FileSystem ? r.FileSystem : null,
        label: typeof r.VolumeName === 'string' && r.VolumeName ? r.VolumeName : null,
        shellProtection: typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : null,
        busType: typeof r.BusType === 'string' || typeof r.BusType === 'number' ? String(r.BusType) : null,
      };
    });
};
