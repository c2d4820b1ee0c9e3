/** Collects which cloud-sync clients are signed in on this computer, and their folders. */
import type { Probe, SystemFacts } from '../../probe/probe.js';
import type { CollectContext } from '../../types.js';
import { failureReason } from '../shared/findings.js';
import { joinPath } from '../shared/posture2-common.js';
import { parseCloudStorageEntry, parseDropboxInfo, parseOneDriveAccounts, type SyncAccount } from './parse.js';

/** Evidence of the cloud-sync check. */
export type CloudSyncEvidence = { accounts: SyncAccount[]; unknowns: { what: string; reason: string }[]; notChecked: string[] };

/** Collects the evidence for the scanned OS. */
export const collectCloudSync = async ({ probe }: CollectContext): Promise<CloudSyncEvidence> => {
  const system = await probe.system();
  const ev: CloudSyncEvidence = { accounts: [], unknowns: [], notChecked: [] };
  const add = (a: SyncAccount) => {
    if (!ev.accounts.some((x) => x.provider === a.provider && x.folder === a.folder && x.account === a.account)) ev.accounts.push(a);
  };
  const p = system.platform;
  const dropboxFiles =
    p === 'win32'
      ? [joinPath(p, system.env.LOCALAPPDATA ?? joinPath(p, system.homedir, 'AppData', 'Local'), 'Dropbox', 'info.json'), joinPath(p, system.env.APPDATA ?? joinPath(p, system.homedir, 'AppData', 'Roaming'), 'Dropbox', 'info.json')]
      : [joinPath(p, system.homedir, '.dropbox', 'info.json')];
  for (const path of dropboxFiles) {
    const r = await probe.readFile('cloud.dropbox-info', path);
    if (r.ok) {
      const parsed = parseDropboxInfo(r.text, path);
      if (parsed) parsed.forEach(add);
      else ev.unknowns.push({ what: 'Dropbox', reason: `${path} is not the JSON the scan expects` });
    } else if (r.error !== 'not-found') ev.unknowns.push({ what: 'Dropbox', reason: failureReason(`reading ${path}`, r) });
  }
  if (p === 'win32') await collectWindows(probe, system, ev, add);
  else if (p === 'darwin') await collectMac(probe, system, ev, add);
  else {
    const od = await probe.stat('cloud.onedrive-linux', joinPath(p, system.env.XDG_CONFIG_HOME ?? joinPath(p, system.homedir, '.config'), 'onedrive'));
    if (od.ok) add({ provider: 'onedrive', account: 'unknown', folder: joinPath(p, system.homedir, 'OneDrive'), source: '~/.config/onedrive (OneDrive client for Linux)' });
    ev.notChecked.push('Google Drive, Box and iCloud have no official Linux sync client; third-party clients (rclone, Insync, GNOME Online Accounts) are not checked.');
  }
  return ev;
};

const collectWindows = async (probe: Probe, system: SystemFacts, ev: CloudSyncEvidence, add: (a: SyncAccount) => void) => {
  const key = 'HKCU\\Software\\Microsoft\\OneDrive\\Accounts';
  const od = await probe.registry('cloud.onedrive-accounts', key, { recursive: true });
  if (od.ok) parseOneDriveAccounts(od.keys).forEach(add);
  else if (od.error !== 'not-found') ev.unknowns.push({ what: 'OneDrive', reason: failureReason(`reading ${key}`, od) });
  // The OneDrive client also publishes its folders in the environment.
  if (system.env.ONEDRIVECONSUMER && !ev.accounts.some((a) => a.provider === 'onedrive' && a.account === 'personal')) add({ provider: 'onedrive', account: 'personal', folder: system.env.ONEDRIVECONSUMER, source: '%OneDriveConsumer%' });
  if (system.env.ONEDRIVECOMMERCIAL && !ev.accounts.some((a) => a.provider === 'onedrive' && a.account === 'business')) add({ provider: 'onedrive', account: 'business', folder: system.env.ONEDRIVECOMMERCIAL, source: '%OneDriveCommercial%' });

  const local = system.env.LOCALAPPDATA ?? joinPath('win32', system.homedir, 'AppData', 'Local');
  const drivefs = joinPath('win32', local, 'Google', 'DriveFS');
  const gd = await probe.stat('cloud.google-drivefs', drivefs);
  if (gd.ok) add({ provider: 'google-drive', account: 'unknown', folder: null, source: drivefs });
  const icloud = joinPath('win32', system.homedir, 'iCloudDrive');
  if ((await probe.stat('cloud.icloud-windows', icloud)).ok) add({ provider: 'icloud-drive', account: 'personal', folder: icloud, source: icloud });
  const box = joinPath('win32', system.homedir, 'Box');
  if ((await probe.stat('cloud.box-windows', box)).ok) add({ provider: 'box', account: 'unknown', folder: box, source: box });
};

const collectMac = async (probe: Probe, system: SystemFacts, ev: CloudSyncEvidence, add: (a: SyncAccount) => void) => {
  const dir = joinPath('darwin', system.homedir, 'Library', 'CloudStorage');
  const listed = await probe.listDir('cloud.macos-cloudstorage', dir);
  if (listed.ok) {
    for (const e of listed.entries) {
      const a = parseCloudStorageEntry(e.name, joinPath('darwin', dir, e.name));
      if (a) add(a);
    }
  } else if (listed.error !== 'not-found') ev.unknowns.push({ what: 'OneDrive, Google Drive and Box', reason: failureReason(`listing ${dir}`, listed) });
  for (const name of ['OneDrive', 'Box Sync']) {
    const legacy = joinPath('darwin', system.homedir, name);
    if ((await probe.stat('cloud.macos-legacy', legacy)).ok) add({ provider: name === 'OneDrive' ? 'onedrive' : 'box', account: 'unknown', folder: legacy, source: legacy });
  }
  const icloud = joinPath('darwin', system.homedir, 'Library', 'Mobile Documents', 'com~apple~CloudDocs');
  const ic = await probe.stat('cloud.icloud-drive', icloud);
  if (ic.ok) add({ provider: 'icloud-drive', account: 'personal', folder: icloud, source: '~/Library/Mobile Documents/com~apple~CloudDocs' });
  else if (ic.error !== 'not-found') ev.unknowns.push({ what: 'iCloud Drive', reason: failureReason(`checking ${icloud}`, ic) });
};
