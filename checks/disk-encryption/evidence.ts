/** The disk-encryption evidence contract: one verdict per volume plus a device-level summary. */
import type { Platform } from '../types.js';

/** What a volume holds, for severity and for the report's "lost laptop" verdict. */
export type VolumeKind = 'system' | 'data' | 'removable' | 'swap' | 'other';

/** The verdict for one volume. `encrypted: null` means the scan could not determine it. */
export type VolumeVerdict = {
  /** Stable within the device: `C:`, `/`, `/home`, `swap:/dev/vda5`, `apfs:disk3s5`. */
  id: string;
  mount: string | null;
  device: string | null;
  label?: string;
  kind: VolumeKind;
  removable: boolean;
  encrypted: boolean | null;
  /** Short machine word: on, off, suspended, encrypting, decrypting, deferred, dm-crypt, not-encrypted, needs-admin, unknown... */
  state: string;
  /** One plain sentence saying why. */
  reason: string;
  /** True when an elevated re-run would let the scan answer. */
  needsAdmin?: boolean;
  /** Encryption progress in percent when the tool reports it. */
  percent?: number | null;
  /** BitLocker key protector types (never their secrets). */
  protectors?: string[];
  /** Encryption method / cipher as the OS names it. */
  method?: string | null;
  /** BitLocker's own words, normalised: conversion status and protection status. */
  conversion?: string;
  protection?: string;
  /** BitLocker "Used Space Only" encryption (normal for new drives; free space was never written). */
  usedSpaceOnly?: boolean;
  /** Which probe(s) the verdict came from. */
  source: string;
};

/** A probe that gave no usable answer, with the reason (it lands in the report). */
export type ProbeProblem = { probe: string; error: string; message: string };

/** Evidence of the `disk-encryption` check (read by other checks through evidenceOf). */
export type DiskEncryptionEvidence = {
  platform: Platform;
  volumes: VolumeVerdict[];
  /** The startup/system volume (C:, the Mac's Data volume, Linux `/`). */
  systemVolumeEncrypted: boolean | null;
  /** Every fixed volume (system, data, swap) encrypted; removable drives are judged separately. */
  deviceEncrypted: boolean | null;
  /** One sentence explaining `deviceEncrypted`. */
  deviceReason: string;
  /** Whether the breach safe harbor for encrypted devices would likely cover a lost device. */
  safeHarbor: 'likely' | 'not-available' | 'unknown';
  /** Windows edition id (e.g. `Core` = Home, `Professional`), when read. */
  windowsEdition?: string | null;
  /** Probes that failed, with their reasons. */
  problems: ProbeProblem[];
  /** The raw command outputs the verdicts came from, trimmed (no secrets are collected). */
  raw: Record<string, string>;
};

/** True when `value` looks like this check's evidence (for readers using evidenceOf). */
export const isDiskEncryptionEvidence = (value: unknown): value is DiskEncryptionEvidence =>
  typeof value === 'object' && value !== null && Array.isArray((value as { volumes?: unknown }).volumes);
