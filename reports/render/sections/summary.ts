/** Page 1 (executive summary, plain language) and the device inventory. */
import { assessBreach, readEncryptionFacts, volumeName, type BreachAssessment } from '../../breach.js';
import { readinessOf } from '../../checklist.js';
import { overallRisk } from '../../risk.js';
import type { Report } from '../../schema.js';
import type { Block, RenderOptions, Tone } from '../blocks.js';
import { RATING_ADVICE, RATING_LABEL, RATING_TONE, when } from '../labels.js';

const VERDICT_TONE: Record<BreachAssessment['verdict'], Tone> = { yes: 'bad', 'safe-harbor': 'good', 'none-found': 'warn', 'cannot-tell': 'warn' };

const dutyLine = (b: BreachAssessment): string[] => {
  if (b.verdict !== 'yes') return [];
  if (b.patients.max >= 500) return [`${b.patients.max >= 500 && b.patients.min >= 500 ? 'At least' : 'Possibly'} 500 or more patients: notice to each patient and to HHS within 60 days, and to the media if more than 500 live in one state.`];
  return ['Fewer than 500 patients: notice to each patient within 60 days, and to HHS in the annual log.'];
};

const readinessSentence = (readiness: readonly string[], declineGaps: number): string => {
  const n = (r: string) => readiness.filter((x) => x === r).length;
  const parts = [
    `${n('gap')} show a gap${declineGaps ? ` (${declineGaps} of them commonly lead to a declined application or an exclusion)` : ''}`,
    `${n('confirm')} are indicated by this scan and need confirming for the whole practice`,
    `${n('unknown')} need a person's answer`,
    ...(n('ready') ? [`${n('ready')} are ready`] : []),
  ];
  return `Of ${readiness.length} questions insurers ask: ${parts.join('; ')}. Fill in the answers file to settle them (see the checklist section).`;
};

/** The three things to fix first: the top risks, each with the first step of its first finding. */
export const topFixes = (report: Report): string[] =>
  report.risks
    .filter((r) => !r.vulnerability.startsWith('Not confirmed'))
    .slice(0, 3)
    .map((risk) => {
      const finding = report.findings.find((f) => risk.findingIds.includes(f.id));
      const step = finding?.remediation[0];
      return `${risk.vulnerability} (${RATING_LABEL[risk.rating]}).${step ? ` First step: ${step}` : ''}`;
    });

/** The executive summary blocks (meant to fit on one page). */
export const summaryBlocks = (report: Report, opts: RenderOptions): Block[] => {
  const breach = assessBreach(report);
  const overall = overallRisk(report.risks);
  const { device } = report;
  const fixes = topFixes(report);
  const fails = report.findings.filter((f) => f.status === 'fail');
  const unknown = report.findings.filter((f) => f.status === 'unknown');
  const readiness = report.checklist.map(readinessOf);
  const declineGaps = report.checklist.filter((c) => c.declineRisk && readinessOf(c) === 'gap').length;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'HIPAA Security Risk Report', id: 'summary' },
    { kind: 'paragraph', text: `${device.hostname} (${device.os.name} ${device.os.version}), user ${device.user}. Scanned ${when(device.scanFinishedAt)} by Practice Audit ${report.tool.version}.`, small: true },
    { kind: 'callout', tone: RATING_TONE[overall], title: `Overall risk: ${RATING_LABEL[overall]}`, lines: [RATING_ADVICE[overall], `${fails.length} problem${fails.length === 1 ? '' : 's'} found; ${unknown.length} item${unknown.length === 1 ? '' : 's'} the scan could not determine.`] },
    { kind: 'callout', tone: VERDICT_TONE[breach.verdict], title: `If this laptop were lost today, would it be a reportable breach? ${breach.headline}`, lines: [...breach.reasons, ...dutyLine(breach)] },
    { kind: 'heading', level: 2, text: 'Fix these first' },
    fixes.length > 0 ? { kind: 'list', ordered: true, items: fixes } : { kind: 'paragraph', text: 'Nothing urgent was found on this device. Keep the settings as they are and scan again after changes.' },
    { kind: 'heading', level: 2, text: 'Cyber-insurance readiness' },
    { kind: 'paragraph', text: readinessSentence(readiness, declineGaps) },
    { kind: 'paragraph', text: 'This report covers this one computer. It does not look at your EHR, email system, network or other devices; those parts of a HIPAA risk analysis need a person.', small: true, tone: 'muted' },
  ];
  if (report.scan.partial) blocks.splice(2, 0, { kind: 'callout', tone: 'warn', title: 'Partial scan', lines: ['The scan was stopped or could not finish. Results are incomplete.'] });
  if (opts.signer) blocks.push({ kind: 'paragraph', text: `Signed report. Certificate SHA-256 fingerprint: ${opts.signer.fingerprint}`, small: true, tone: 'muted' });
  return blocks;
};

const osSupport = (report: Report): string => {
  const check = report.checks.find((c) => c.checkId.includes('os-support'));
  if (!check) return 'not checked';
  const eol = report.findings.some((f) => f.status === 'fail' && f.insuranceControls.includes('end-of-life-software'));
  return `${eol ? 'NOT SUPPORTED' : check.status === 'error' ? 'could not check' : 'supported'}: ${check.summary}`;
};

const encLabel = (v: boolean | null): string => (v === true ? 'Encrypted' : v === false ? 'NOT encrypted' : 'Unknown');

/** The device inventory: host, OS and support, user, disks and their encryption, scan facts. */
export const inventoryBlocks = (report: Report): Block[] => {
  const { device } = report;
  const enc = readEncryptionFacts(report);
  const pairs: Array<[string, string]> = [
    ['Computer name', device.hostname],
    ['Model / serial', [device.model, device.serial].filter(Boolean).join(' / ') || 'not reported'],
    ['Operating system', `${device.os.name} ${device.os.version}${device.os.build ? ` (build ${device.os.build})` : ''}, ${device.os.arch}`],
    ['Support status', osSupport(report)],
    ['Signed-in user', `${device.user}${device.elevated === true ? ' (scan ran as administrator)' : device.elevated === false ? ' (scan ran without administrator rights)' : ''}`],
    ['Scan', `${when(device.scanStartedAt)} to ${when(device.scanFinishedAt)}${report.scan.replayedFrom ? ' (replayed from a recording)' : ''}`],
    ['Tool version', `Practice Audit ${device.toolVersion}`],
    ['Checks run', `${report.checks.length} (${report.scan.groups.join(', ')})`],
  ];
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Device inventory', id: 'inventory' }, { kind: 'kv', pairs }];
  if (enc.volumes.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { label: 'Disk', width: 0.22 },
        { label: 'Kind', width: 0.14 },
        { label: 'Encryption', width: 0.18 },
        { label: 'Details', width: 0.46 },
      ],
      rows: enc.volumes.map((v) => [volumeName(v), v.kind + (v.removable && v.kind !== 'removable' ? ' (removable)' : ''), { text: encLabel(v.encrypted), tone: v.encrypted === true ? 'good' : v.encrypted === false ? 'bad' : 'warn' }, v.reason]),
    });
  } else blocks.push({ kind: 'paragraph', text: enc.ran ? `System disk: ${encLabel(enc.systemVolumeEncrypted)}.` : 'Disk encryption was not checked in this scan.' });
  return blocks;
};
