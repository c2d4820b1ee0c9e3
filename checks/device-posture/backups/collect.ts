/** Collects backup evidence (built-in backup tools, backup software) through the probe. */
import type { Probe, SystemFacts } from '../../probe/probe.js';
import { regString } from '../../probe/registry-parse.js';
import type { CollectContext } from '../../types.js';
import { failureReason } from '../shared/findings.js';
import { joinPath } from '../shared/posture2-common.js';
import { catalogSchema, matchCatalog, type CatalogMatch } from '../shared/software-catalog.js';
import { collectSoftwareInventory } from '../shared/software-inventory.js';
import agentsJson from './agents.json' with { type: 'json' };
import { fileTimeToIso, parseGsettingsString, parseTimeMachinePlist, parseTimeshiftJson, parseTmDestinationInfo, parseTmLatestBackup, parseWbadminVersions } from './parse.js';

/** The backup-software catalog, validated at load. */
export const BACKUP_AGENTS = catalogSchema.parse(agentsJson).entries;

/** A built-in or configured backup the scan found, with the newest completed backup when known. */
export type BackupSource = {
  kind: 'time-machine' | 'file-history' | 'windows-backup' | 'timeshift' | 'deja-dup' | 'borgmatic';
  name: string;
  lastBackup: string | null;
  detail: string;
};

/** Evidence of the backups check. */
export type BackupsEvidence = {
  sources: BackupSource[];
  agents: CatalogMatch[];
  /** Places the scan could not look, with the reason. */
  unknowns: { what: string; reason: string; needsAdmin?: boolean }[];
};

/** Collects the evidence for the scanned OS. */
export const collectBackups = async ({ probe }: CollectContext): Promise<BackupsEvidence> => {
  const system = await probe.system();
  const inv = await collectSoftwareInventory(probe, system.platform, system.homedir);
  const ev: BackupsEvidence = { sources: [], agents: matchCatalog(BACKUP_AGENTS, inv, system.platform), unknowns: inv.errors.map((e) => ({ what: e.source, reason: e.reason })) };
  if (system.platform === 'darwin') await collectTimeMachine(probe, ev);
  else if (system.platform === 'win32') await collectWindows(probe, system, ev);
  else await collectLinux(probe, system, ev);
  return ev;
};

const TM_PLIST = '/Library/Preferences/com.apple.TimeMachine.plist';
// Recent macOS lets tmutil read backup history only for apps with Full Disk Access (a privacy permission, not admin rights).
const FDA = /Full Disk Access/i;
const FDA_HINT = 'tmutil needs Full Disk Access: System Settings > Privacy & Security > Full Disk Access, turn it on for Practice Audit (or Terminal), then scan again';

const collectTimeMachine = async (probe: Probe, ev: BackupsEvidence): Promise<void> => {
  const info = await probe.run('backups.tmutil-destinationinfo', ['/usr/bin/tmutil', 'destinationinfo']);
  const dests = parseTmDestinationInfo(`${info.stdout}\n${info.stderr}`);
  const plist = await probe.plist('backups.timemachine-plist', TM_PLIST);
  const prefs = plist.ok ? parseTimeMachinePlist(plist.value) : undefined;
  if (dests === undefined && !prefs) {
    const reasons = [failureReason('`tmutil destinationinfo`', { error: info.error ?? 'failed', message: info.stderr.trim() || (info.message ?? 'unreadable output') }), ...(plist.ok ? [] : [failureReason(`reading ${TM_PLIST}`, plist)])];
    ev.unknowns.push({ what: 'Time Machine', reason: `${reasons.join('; ')}${FDA.test(`${info.stderr}${info.stdout}`) ? `. ${FDA_HINT}` : ''}` });
    return;
  }
  const count = dests?.length ?? prefs?.destinations ?? 0;
  if (count === 0) return;
  const latest = await probe.run('backups.tmutil-latestbackup', ['/usr/bin/tmutil', 'latestbackup']);
  const fromTmutil = latest.ok ? parseTmLatestBackup(latest.stdout) : undefined;
  const fdaBlocked = !latest.ok && FDA.test(`${latest.stderr}${latest.stdout}`);
  const candidates = [fromTmutil, prefs?.latest].filter((d): d is string => d !== undefined).sort();
  const names = dests?.map((d) => `${d.name || 'unnamed'} (${d.kind || 'unknown kind'})`).join(', ');
  ev.sources.push({
    kind: 'time-machine',
    name: 'Time Machine',
    lastBackup: candidates[candidates.length - 1] ?? null,
    detail: `${count} destination(s)${names ? `: ${names}` : ''}${prefs?.autoBackup === false ? '; automatic backups are off' : ''}${fdaBlocked ? `; ${FDA_HINT}` : ''}`,
  });
};

const FH_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\FileHistory';

const collectWindows = async (probe: Probe, system: SystemFacts, ev: BackupsEvidence): Promise<void> => {
  const local = system.env.LOCALAPPDATA ?? joinPath('win32', system.homedir, 'AppData', 'Local');
  const configDir = joinPath('win32', local, 'Microsoft', 'Windows', 'FileHistory', 'Configuration');
  const config = await probe.listDir('backups.filehistory-config', configDir);
  const reg = await probe.registry('backups.filehistory-registry', FH_KEY, { valueName: 'ProtectedUpToTime' });
  const configured = config.ok && config.entries.some((e) => /^Config\d+\.xml$/i.test(e.name));
  const last = reg.ok ? fileTimeToIso(regString(reg.keys[0], 'ProtectedUpToTime')) : undefined;
  if (configured || last) ev.sources.push({ kind: 'file-history', name: 'File History', lastBackup: last ?? null, detail: configured ? `configuration in ${configDir}` : `${FH_KEY}\\ProtectedUpToTime` });
  else if (!config.ok && config.error !== 'not-found') ev.unknowns.push({ what: 'File History', reason: failureReason(`listing ${configDir}`, config) });

  // Windows Backup (wbadmin) history can only be read by an administrator; never prompt for it.
  if (system.elevated === true) {
    const wb = await probe.run('backups.wbadmin-versions', ['wbadmin', 'get', 'versions'], { timeoutMs: 60_000 });
    const versions = parseWbadminVersions(wb.stdout);
    if (versions.count > 0) ev.sources.push({ kind: 'windows-backup', name: 'Windows Backup (wbadmin)', lastBackup: versions.latest ?? null, detail: `${versions.count} backup version(s)` });
  } else ev.unknowns.push({ what: 'Windows Backup (wbadmin)', reason: 'the list of Windows system-image backups can only be read by an administrator', needsAdmin: true });
};

const collectLinux = async (probe: Probe, system: SystemFacts, ev: BackupsEvidence): Promise<void> => {
  for (const path of ['/etc/timeshift/timeshift.json', '/etc/timeshift.json']) {
    const file = await probe.readFile('backups.timeshift-config', path);
    if (!file.ok) {
      if (file.error !== 'not-found') ev.unknowns.push({ what: 'Timeshift', reason: failureReason(`reading ${path}`, file) });
      continue;
    }
    const ts = parseTimeshiftJson(file.text);
    if (ts?.device && ts.scheduled.length > 0) ev.sources.push({ kind: 'timeshift', name: 'Timeshift', lastBackup: null, detail: `scheduled ${ts.scheduled.join(', ')} (system files; documents only if configured)` });
    break;
  }
  const dejaDup = await probe.run('backups.dejadup-last-backup', ['gsettings', 'get', 'org.gnome.DejaDup', 'last-backup']);
  if (dejaDup.ok) {
    const last = parseGsettingsString(dejaDup.stdout);
    if (last) ev.sources.push({ kind: 'deja-dup', name: 'Déjà Dup (Backups)', lastBackup: last, detail: 'org.gnome.DejaDup last-backup' });
  }
  const home = system.env.XDG_CONFIG_HOME ?? joinPath('linux', system.homedir, '.config');
  for (const path of ['/etc/borgmatic/config.yaml', '/etc/borgmatic.d', joinPath('linux', home, 'borgmatic', 'config.yaml'), joinPath('linux', home, 'borgmatic.d')]) {
    const st = await probe.stat('backups.borgmatic-config', path);
    if (st.ok) {
      ev.sources.push({ kind: 'borgmatic', name: 'borgmatic', lastBackup: null, detail: `configuration at ${path}` });
      break;
    }
  }
};
