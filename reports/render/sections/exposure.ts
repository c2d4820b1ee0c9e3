/** Patient-record exposure: files by category and folder, protection, thresholds, cost range. */
import { assessBreach, fileProtection, type BreachAssessment } from '../../breach.js';
import { claimFigures, deviceLossSettlements, largeBreachReference, notificationDuties, safeHarborRule } from '../../data/exposure-sources.js';
import type { PatientRecordFile, Report } from '../../schema.js';
import type { Block, Cell } from '../blocks.js';
import { money } from '../labels.js';

const PROTECTION: Record<ReturnType<typeof fileProtection>, Cell> = {
  'file-encrypted': { text: 'File encrypted', tone: 'good' },
  'volume-encrypted': { text: 'Disk encrypted', tone: 'good' },
  exposed: { text: 'EXPOSED', tone: 'bad' },
  unknown: { text: 'Unknown', tone: 'warn' },
};

/** Rows shown in the documents; the CSV always has every file. */
const MAX_FILES = 150;
const MAX_FOLDERS = 60;
const PROTECTION_ORDER = ['exposed', 'unknown', 'volume-encrypted', 'file-encrypted'];

const folderOf = (p: string): string => p.replace(/[\\/][^\\/]*$/, '') || p;
const ids = (f: PatientRecordFile): string => Object.entries(f.identifiers).map(([k, n]) => `${k} ${n}`).join(', ') || '-';

/** Notification duties and cost range for the patients a loss would expose. */
export const exposureRange = (breach: BreachAssessment): Block[] => {
  if (breach.verdict === 'safe-harbor') return [{ kind: 'callout', tone: 'good', title: 'Estimated exposure from losing this device: about $0 in breach costs', lines: [safeHarborRule, 'Other risks, such as ransomware, remain.'] }];
  const n = breach.patients.max;
  const duties = [notificationDuties.individuals, n >= 500 ? notificationDuties.hhsLarge : notificationDuties.hhsSmall, ...(n > 500 ? [notificationDuties.media] : []), notificationDuties.state];
  const settlements = [...deviceLossSettlements].sort((a, b) => a.amount - b.amount);
  return [
    { kind: 'heading', level: 2, text: 'If the device were lost: notification duties' },
    { kind: 'list', items: breach.verdict === 'yes' ? duties : [`If patient data is on this device unencrypted: ${notificationDuties.individuals}`, notificationDuties.hhsSmall, notificationDuties.hhsLarge, notificationDuties.media] },
    { kind: 'heading', level: 2, text: 'Exposure range (an estimate, not a prediction)' },
    {
      kind: 'list',
      items: [
        `Typical small-business claim: ${money(claimFigures.median.amount)} (median) to ${money(claimFigures.mean.amount)} (average). Source: ${claimFigures.mean.source.replace(/: .*/, '')}.`,
        `Regulatory tail: OCR settlements for lost or stolen unencrypted devices ranged from ${money(settlements[0]?.amount ?? 0)} to ${money(settlements[settlements.length - 1]?.amount ?? 0)} (below).`,
        `Upper reference only: ${money(largeBreachReference.amount)}, ${largeBreachReference.source}. This overstates a small practice's exposure.`,
        'Mailing, call-centre and credit-monitoring costs scale with the number of patients; ask your carrier or a breach-response vendor for a per-patient quote.',
      ],
    },
    {
      kind: 'table',
      small: true,
      columns: [
        { label: 'Entity (year)', width: 0.24 },
        { label: 'Amount', width: 0.12 },
        { label: 'People', width: 0.1 },
        { label: 'What happened', width: 0.3 },
        { label: 'Source', width: 0.24 },
      ],
      rows: settlements.map((s) => [`${s.entity} (${s.year})`, money(s.amount), s.patients?.toLocaleString('en-US') ?? 'not stated', s.what, s.source]),
    },
  ];
};

/** The patient-record section. */
export const exposureBlocks = (report: Report): Block[] => {
  const head: Block = { kind: 'heading', level: 1, text: 'Patient-record exposure', id: 'patient-records' };
  const breach = assessBreach(report);
  const pr = report.patientRecords;
  if (!pr) return [head, { kind: 'paragraph', text: 'Patient records were not searched for in this scan, so exposure cannot be estimated. Run the scan with the patient-records check.' }, ...exposureRange(breach)];
  const platform = report.device.os.platform;
  const byFolder = new Map<string, PatientRecordFile[]>();
  for (const f of pr.files) byFolder.set(folderOf(f.path), [...(byFolder.get(folderOf(f.path)) ?? []), f]);
  const t = pr.totals;
  const blocks: Block[] = [
    head,
    { kind: 'paragraph', text: `Searched: ${pr.roots.join(', ') || 'nothing'}. ${t.filesSeen.toLocaleString('en-US')} files seen, ${t.filesInspected.toLocaleString('en-US')} inspected. Found ${t.phiFiles} file(s) with patient health information (PHI) and ${t.piiFiles} with other sensitive personal data (PII); about ${t.estimatedPatients.toLocaleString('en-US')} people in total (files may list the same people). ${breach.files.exposed} exposed, ${breach.files.protected} protected by encryption, ${breach.files.unknown} unknown.` },
  ];
  if (pr.partial) blocks.push({ kind: 'callout', tone: 'warn', title: 'Search incomplete', lines: ['The file search did not finish; more files may exist.'] });
  if (pr.files.length > 0) {
    blocks.push({
      kind: 'table',
      small: true,
      columns: [
        { label: 'Folder', width: 0.3 },
        { label: 'Files', width: 0.07 },
        { label: 'PHI / PII', width: 0.1 },
        { label: 'People (est.)', width: 0.11 },
        { label: 'Protection', width: 0.14 },
        { label: 'Cloud sync', width: 0.12 },
        { label: 'Formats', width: 0.16 },
      ],
      rows: [...byFolder].sort((a, b) => b[1].reduce((s, f) => s + f.estimatedPatients, 0) - a[1].reduce((s, f) => s + f.estimatedPatients, 0)).slice(0, MAX_FOLDERS).map(([folder, fs]) => {
        const prot = [...new Set(fs.map((f) => fileProtection(f, breach.encryption, platform)))];
        const cell: Cell = prot.length === 1 && prot[0] ? PROTECTION[prot[0]] : { text: prot.includes('exposed') ? 'Partly EXPOSED' : 'Mixed', tone: prot.includes('exposed') ? 'bad' : 'warn' };
        return [folder, String(fs.length), `${fs.filter((f) => f.category === 'phi').length} / ${fs.filter((f) => f.category === 'pii').length}`, fs.reduce((s, f) => s + f.estimatedPatients, 0).toLocaleString('en-US'), cell, [...new Set(fs.flatMap((f) => (f.syncFolder ? [f.syncFolder] : [])))].join(', ') || '-', [...new Set(fs.map((f) => f.format))].join(', ')];
      }),
    });
    if (byFolder.size > MAX_FOLDERS) blocks.push({ kind: 'paragraph', small: true, text: `The ${MAX_FOLDERS} folders with the most people are shown; all ${byFolder.size} are in patient-files.csv.` });
    // Exposed files first, then by how many people they hold.
    const shown = [...pr.files]
      .sort((a, b) => PROTECTION_ORDER.indexOf(fileProtection(a, breach.encryption, platform)) - PROTECTION_ORDER.indexOf(fileProtection(b, breach.encryption, platform)) || b.estimatedPatients - a.estimatedPatients)
      .slice(0, MAX_FILES);
    blocks.push({ kind: 'heading', level: 2, text: pr.files.length > MAX_FILES ? `Files (the ${MAX_FILES} that matter most of ${pr.files.length}; all are in patient-files.csv)` : 'Files' });
    blocks.push({
      kind: 'table',
      small: true,
      columns: [
        { label: 'File', width: 0.4 },
        { label: 'Type', width: 0.08 },
        { label: 'Identifiers found', width: 0.26 },
        { label: 'People', width: 0.1 },
        { label: 'Protection', width: 0.16 },
      ],
      rows: shown.map((f) => [f.member ? `${f.path} > ${f.member}` : f.path, f.category.toUpperCase(), ids(f), f.estimatedPatients.toLocaleString('en-US'), PROTECTION[fileProtection(f, breach.encryption, platform)]]),
    });
  }
  if (pr.containers.length > 0) blocks.push({ kind: 'paragraph', text: `Not inspected (mail archives, chat databases, encrypted archives): ${pr.containers.map((c) => `${c.path} (${c.kind})`).join('; ')}.`, small: true });
  if (pr.errors.length > 0) blocks.push({ kind: 'paragraph', text: `${pr.errors.length} file(s) could not be read; they are listed in report.json.`, small: true, tone: 'muted' });
  return [...blocks, ...exposureRange(breach)];
};
