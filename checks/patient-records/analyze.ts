/** Turns the file-scan evidence into findings: one per exposed group (top folder x category). Pure. */
import type { PatientRecordFile, PatientRecords } from '../../reports/schema.js';
import type { AnalyzeContext, CheckOutcome, Finding, Severity } from '../types.js';
import { EXPOSURE_REMEDIATION, patientRecordsMeta } from './meta.js';

const CHECK_ID = patientRecordsMeta.id;

/** Separator-agnostic path pieces (evidence may come from a Windows recording). */
const split = (p: string): string[] => p.split(/[\\/]+/).filter(Boolean);
const sepOf = (p: string): string => (p.includes('\\') && !p.includes('/') ? '\\' : '/');

/** The folder a file is grouped under: its root's first-level folder, or the root itself. */
export const topFolder = (file: string, roots: readonly string[]): string => {
  const parts = split(file);
  const root = roots
    .map((r) => ({ r, parts: split(r) }))
    .filter(({ parts: rp }) => rp.length < parts.length && rp.every((x, i) => x.toLowerCase() === parts[i]?.toLowerCase()))
    .sort((a, b) => b.parts.length - a.parts.length)[0];
  if (!root) return file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'))) || file;
  const rest = parts.slice(root.parts.length);
  return rest.length > 1 ? `${root.r.replace(/[\\/]+$/, '')}${sepOf(root.r)}${rest[0]}` : root.r;
};

/** Severity by category, patient count and identifier strength (500+ people triggers HHS media notice). */
export const groupSeverity = (category: 'phi' | 'pii', patients: number, identifiers: Record<string, number>): Severity => {
  const strong = (identifiers.ssn ?? 0) + (identifiers.mbi ?? 0) > 0;
  if (category === 'phi') return patients >= 500 ? 'critical' : patients >= 10 || strong ? 'high' : 'medium';
  return patients >= 500 ? 'high' : strong || patients >= 10 ? 'medium' : 'low';
};

const sum = (files: PatientRecordFile[], pick: (f: PatientRecordFile) => Record<string, number>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const f of files) for (const [k, n] of Object.entries(pick(f))) out[k] = (out[k] ?? 0) + n;
  return out;
};

const describeIds = (ids: Record<string, number>): string =>
  Object.entries(ids)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');

const groupFinding = (folder: string, category: 'phi' | 'pii', files: PatientRecordFile[], ctx: AnalyzeContext): Finding => {
  const patients = files.reduce((n, f) => n + f.estimatedPatients, 0);
  const identifiers = sum(files, (f) => f.identifiers);
  const what = category === 'phi' ? 'patient records (identifiers with health information)' : 'sensitive personal identifiers';
  const plural = files.length === 1 ? 'file' : 'files';
  return {
    id: `${CHECK_ID}:${category}:${folder}`,
    checkId: CHECK_ID,
    status: 'fail',
    severity: groupSeverity(category, patients, identifiers),
    title: `${files.length} unprotected ${plural} with ${category === 'phi' ? 'patient records' : 'personal identifiers'} in ${folder}`,
    description: `${files.length} ${plural} in ${folder} hold ${what} for about ${patients} ${patients === 1 ? 'person' : 'people'} (${describeIds(identifiers) || 'identifiers'}). They are readable by anyone who gets this computer or its disk; if it is lost or stolen without full-disk encryption this is a reportable breach${patients >= 500 ? ', and at 500 or more people HHS and the media must be notified' : ''}.`,
    remediation: [...EXPOSURE_REMEDIATION[ctx.platform]],
    safeguards: [...patientRecordsMeta.safeguards],
    insuranceControls: [...patientRecordsMeta.insuranceControls],
    evidence: { folder, category, files: files.length, estimatedPatients: patients, identifiers, healthContext: sum(files, (f) => f.healthContext), examples: files.slice(0, 5).map((f) => f.path) },
  };
};

/** Findings for the scan: exposed groups, plus what could not be inspected. */
export const analyzePatientRecords = (ev: PatientRecords, ctx: AnalyzeContext): CheckOutcome => {
  const groups = new Map<string, { folder: string; category: 'phi' | 'pii'; files: PatientRecordFile[] }>();
  for (const f of ev.files) {
    if (f.encrypted) continue; // protected: not exposed
    const folder = topFolder(f.path, ev.roots);
    const key = `${f.category}\u0000${folder}`;
    const g = groups.get(key) ?? { folder, category: f.category, files: [] };
    g.files.push(f);
    groups.set(key, g);
  }
  const findings: Finding[] = [...groups.values()].map((g) => groupFinding(g.folder, g.category, g.files, ctx));
  const uninspected = ev.containers.filter((c) => c.kind !== 'encrypted-file');
  if (uninspected.length) {
    const kinds = [...new Set(uninspected.map((c) => c.kind))].join(', ');
    findings.push({
      id: `${CHECK_ID}:not-inspected`,
      checkId: CHECK_ID,
      status: 'unknown',
      severity: 'low',
      title: `${uninspected.length} data ${uninspected.length === 1 ? 'store' : 'stores'} could not be inspected`,
      description: `Mail archives, chat databases or scanned PDFs (${kinds}) may hold patient information but were listed without reading them. Someone should open them and confirm.`,
      remediation: ['Open each listed file and check whether it holds patient information; move or delete what does, as for the other findings.'],
      safeguards: ['164.308(a)(1)'],
      insuranceControls: ['phi-inventory'],
      evidence: { containers: uninspected.slice(0, 20).map((c) => ({ path: c.path, kind: c.kind })) },
    });
  }
  if (ev.partial) {
    findings.push({
      id: `${CHECK_ID}:partial`,
      checkId: CHECK_ID,
      status: 'unknown',
      severity: 'info',
      title: 'The file scan was stopped before it finished',
      description: `Only ${ev.totals.filesSeen} files were looked at; files not reached may hold patient records.`,
      remediation: ['Run the scan again and let it finish; unchanged files are answered from the cache, so it resumes quickly.'],
      safeguards: ['164.308(a)(1)'],
      insuranceControls: ['phi-inventory'],
      evidence: { filesSeen: ev.totals.filesSeen },
    });
  }
  const exposed = findings.filter((f) => f.status === 'fail');
  const people = ev.files.filter((f) => !f.encrypted).reduce((n, f) => n + f.estimatedPatients, 0);
  const summary = exposed.length
    ? `${ev.totals.phiFiles} files with patient records and ${ev.totals.piiFiles} with personal identifiers (about ${people} people) are stored unprotected.`
    : `No unprotected patient records found in ${ev.totals.filesInspected} inspected files${ev.partial ? ' (scan incomplete)' : ''}.`;
  return { status: exposed.length ? 'fail' : ev.partial ? 'unknown' : 'pass', summary, findings };
};
