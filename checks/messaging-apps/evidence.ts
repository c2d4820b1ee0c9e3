/** Evidence the messaging-apps collector hands to analyze (plain JSON, no message content). */
import type { ProbeError } from '../probe/probe.js';
import type { Platform } from '../types.js';
import type { StoreKind } from './catalog.js';

/** Where an app was seen. */
export type DetectionSource =
  | 'mac-bundle-id'
  | 'mac-app-name'
  | 'uninstall-key'
  | 'uninstall-display-name'
  | 'store-package'
  | 'install-path'
  | 'desktop-file'
  | 'flatpak'
  | 'snap'
  | 'system-package'
  | 'process';

/** One sighting of a catalog app: installed (any source but `process`) or running (`process`). */
export type Detection = {
  appId: string;
  source: DetectionSource;
  /** The matched identifier as found on the machine (bundle id, package name, DisplayName...). */
  identifier: string;
  /** Where it was found (app bundle path, registry key, .desktop file...). */
  location: string;
};

/** A local data folder or file of a catalog app, measured without opening it. */
export type DataStore = {
  appId: string;
  path: string;
  kind: StoreKind;
  type: 'file' | 'dir';
  /** Bytes counted; a lower bound when `sizeComplete` is false (the walk is bounded). */
  sizeBytes: number;
  sizeComplete: boolean;
  /** Newest modification time seen in the store, ISO 8601. */
  lastModified: string;
  encryptedAtRest: 'yes' | 'no' | 'partial' | 'unknown';
  note?: string;
};

/** A place the scan could not look (permission, timeout...). Missing places are not gaps. */
export type ProbeGap = { what: string; appId?: string; error: ProbeError; message: string };

/** Everything collect found. */
export type MessagingEvidence = {
  platform: Platform;
  home: string;
  detections: Detection[];
  stores: DataStore[];
  gaps: ProbeGap[];
  /** How many items each source looked at, so a reader can tell "nothing found" from "nothing read". */
  looked: Record<string, number>;
};
