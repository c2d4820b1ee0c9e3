/** Pure parsers for cloud-sync client settings (Dropbox info.json, OneDrive registry, CloudStorage folder names). */
import type { RegistryKey } from '../../probe/probe.js';
import { regString } from '../../probe/registry-parse.js';

/** A sync client signed in on this computer. `account` is what the scan could tell about who owns it. */
export type SyncAccount = {
  provider: 'dropbox' | 'google-drive' | 'onedrive' | 'icloud-drive' | 'box';
  account: 'personal' | 'business' | 'unknown';
  /** Local folder that syncs, when known (Google Drive on Windows is a virtual drive). */
  folder: string | null;
  /** Organization or account label when the client records one (e.g. "Contoso", a Gmail domain). */
  label?: string;
  /** Subscription plan when the client records one (Dropbox "Basic", "Plus", "Business"); shown, not part of finding ids. */
  plan?: string;
  source: string;
};

/**
 * Dropbox `info.json` (documented by Dropbox: "personal" and "business" objects, each with `path`
 * and `is_team`). A "business" entry or `is_team: true` is a Dropbox team (business) account.
 */
export const parseDropboxInfo = (text: string, source: string): SyncAccount[] | undefined => {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof o !== 'object' || o === null) return undefined;
  const out: SyncAccount[] = [];
  for (const [key, value] of Object.entries(o as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const v = value as Record<string, unknown>;
    if (typeof v.path !== 'string') continue;
    const team = key === 'business' || v.is_team === true;
    out.push({ provider: 'dropbox', account: team ? 'business' : 'personal', folder: v.path, ...(typeof v.subscription_type === 'string' ? { plan: v.subscription_type } : {}), source });
  }
  return out;
};

/**
 * `reg query HKCU\Software\Microsoft\OneDrive\Accounts /s`: subkeys `Personal` and `Business1..n`;
 * only those with a `UserFolder` are signed in. Business accounts carry the organization in `DisplayName`.
 */
export const parseOneDriveAccounts = (keys: RegistryKey[]): SyncAccount[] => {
  const out: SyncAccount[] = [];
  for (const key of keys) {
    const m = /\\Accounts\\(Personal|Business\d+)$/i.exec(key.path);
    const folder = regString(key, 'UserFolder');
    if (!m || !folder) continue;
    const personal = (m[1] ?? '').toLowerCase() === 'personal';
    const label = personal ? undefined : (regString(key, 'DisplayName') ?? regString(key, 'UserEmail')?.split('@')[1]);
    out.push({ provider: 'onedrive', account: personal ? 'personal' : 'business', folder, ...(label ? { label } : {}), source: key.path });
  }
  return out;
};

const CONSUMER_MAIL = /@(gmail\.com|googlemail\.com)$/i;

/**
 * macOS `~/Library/CloudStorage` entries (File Provider): `OneDrive-Personal`, `OneDrive-<Org>`,
 * `GoogleDrive-<email>`, `Box-Box`, `Dropbox`. Dropbox's account type comes from info.json instead.
 */
export const parseCloudStorageEntry = (name: string, folder: string): SyncAccount | undefined => {
  const source = `~/Library/CloudStorage/${name}`;
  if (/^OneDrive-Personal$/i.test(name)) return { provider: 'onedrive', account: 'personal', folder, source };
  const od = /^OneDrive-(.+)$/i.exec(name);
  if (od) return { provider: 'onedrive', account: 'business', folder, label: od[1] ?? '', source };
  const gd = /^GoogleDrive-(.+)$/i.exec(name);
  if (gd) {
    const email = gd[1] ?? '';
    const domain = email.includes('@') ? email.split('@')[1] : undefined;
    return { provider: 'google-drive', account: CONSUMER_MAIL.test(email) ? 'personal' : email.includes('@') ? 'business' : 'unknown', folder, ...(domain ? { label: domain } : {}), source };
  }
  if (/^Box-/i.test(name)) return { provider: 'box', account: 'unknown', folder, source };
  return undefined;
};
