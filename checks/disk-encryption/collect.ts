/** Collects disk-encryption evidence for the scanned OS; never throws for a failed probe. */
import type { CollectContext, Platform } from '../types.js';
import { collectLinux } from './collect-linux.js';
import { collectMac } from './collect-macos.js';
import { collectWindows } from './collect-windows.js';
import type { DiskEncryptionEvidence, ProbeProblem, VolumeVerdict } from './evidence.js';

const RAW_LIMIT = 20_000;

// A BitLocker recovery password is 8 groups of 6 digits; it must never reach a report.
const RECOVERY_PASSWORD = /\b\d{6}(?:-\d{6}){7}\b/g;

/** Trims a raw output and blanks any recovery password in it. */
export const redactRaw = (text: string): string => {
  const cut = text.length > RAW_LIMIT ? `${text.slice(0, RAW_LIMIT)}\n[truncated]` : text;
  return cut.replace(RECOVERY_PASSWORD, '[recovery password removed]');
};

const allOf = (list: VolumeVerdict[]): boolean | null => (list.length === 0 ? null : list.some((v) => v.encrypted === false) ? false : list.every((v) => v.encrypted === true) ? true : null);

/** Device-level summary: the system volume, every fixed volume, and what that means for a lost device. */
export const summarizeVolumes = (platform: Platform, volumes: VolumeVerdict[], problems: ProbeProblem[], raw: Record<string, string>, windowsEdition?: string | null): DiskEncryptionEvidence => {
  const system = volumes.filter((v) => v.kind === 'system');
  // Network shares are encrypted (or not) on the server; they do not travel with the laptop.
  const fixed = volumes.filter((v) => (v.kind === 'system' || v.kind === 'data' || v.kind === 'swap') && v.state !== 'network');
  const systemVolumeEncrypted = allOf(system);
  const deviceEncrypted = systemVolumeEncrypted === false ? false : allOf(fixed);
  const bad = fixed.filter((v) => v.encrypted === false).map((v) => v.id);
  const open = fixed.filter((v) => v.encrypted === null).map((v) => v.id);
  const deviceReason =
    deviceEncrypted === true
      ? `All ${fixed.length} fixed volume(s) are encrypted.`
      : deviceEncrypted === false
        ? `Not encrypted: ${bad.join(', ')}.`
        : fixed.length === 0
          ? 'No volume could be examined.'
          : `Could not determine for: ${open.join(', ')}.`;
  const trimmed = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, redactRaw(v)]));
  return {
    platform,
    volumes,
    systemVolumeEncrypted,
    deviceEncrypted,
    deviceReason,
    safeHarbor: deviceEncrypted === true ? 'likely' : deviceEncrypted === false ? 'not-available' : 'unknown',
    ...(windowsEdition !== undefined ? { windowsEdition } : {}),
    problems,
    raw: trimmed,
  };
};

/** The check's collect step: one platform collector, then the summary. */
export const collectDiskEncryption = async (ctx: CollectContext): Promise<DiskEncryptionEvidence> => {
  if (ctx.platform === 'win32') {
    const r = await collectWindows(ctx.probe);
    return summarizeVolumes('win32', r.volumes, r.problems, r.raw, r.edition);
  }
  const r = ctx.platform === 'darwin' ? await collectMac(ctx.probe) : await collectLinux(ctx.probe);
  return summarizeVolumes(ctx.platform, r.volumes, r.problems, r.raw);
};
