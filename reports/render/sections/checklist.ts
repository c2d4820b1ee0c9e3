/** The cyber-liability checklist: readiness summary first, then every question with its basis. */
import { readinessOf, readinessOrder } from '../../checklist.js';
import type { ChecklistItem, Report } from '../../schema.js';
import type { Block } from '../blocks.js';
import { answerLabel, READINESS_LABEL } from '../labels.js';

const basisText = (item: ChecklistItem): string => {
  const parts = [...item.evidence];
  if (item.basis === 'attested') parts.unshift(`Attested by ${item.attestedBy ?? 'unknown'}${item.attestedAt ? ` on ${item.attestedAt}` : ''}${item.scanAnswer ? `; the scan alone said "${item.scanAnswer}"` : ''}.`);
  if (item.conflict) parts.unshift(`CONFLICT: ${item.conflict}`);
  if (item.comment) parts.push(item.comment);
  return parts.join(' | ') || '-';
};

/** The checklist section. */
export const checklistBlocks = (report: Report): Block[] => {
  const ordered = readinessOrder(report.checklist);
  const open = ordered.filter((i) => readinessOf(i) !== 'ready');
  const conflicts = report.checklist.filter((i) => i.conflict);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Cyber-liability insurance checklist', id: 'checklist' },
    { kind: 'paragraph', text: 'Questions cyber insurers ask, with their source. Each answer says where it comes from: scan evidence, indicated by the scan (true on this device, to be confirmed: never a plain yes), attested by a named person, or still needing a person. An application is part of the policy: a wrong answer can void coverage (Travelers v. ICS, 2022), so confirm before you sign.' },
  ];
  if (conflicts.length > 0) blocks.push({ kind: 'callout', tone: 'bad', title: 'Attested answers that contradict the scan', lines: conflicts.map((c) => `${c.question} ${c.conflict ?? ''}`) });
  blocks.push({ kind: 'heading', level: 2, text: 'Readiness: what to settle before applying' });
  if (open.length === 0) blocks.push({ kind: 'paragraph', text: 'Every question has an answer an underwriter wants to read.' });
  else
    blocks.push({
      kind: 'table',
      small: true,
      columns: [
        { label: 'Status', width: 0.12 },
        { label: 'Question', width: 0.5 },
        { label: 'Decline risk', width: 0.13 },
        { label: 'Current answer', width: 0.25 },
      ],
      rows: open.map((i) => {
        const r = READINESS_LABEL[readinessOf(i)];
        const a = answerLabel(i);
        return [{ text: r.text, tone: r.tone }, i.question, i.declineRisk ? { text: 'Often declined', tone: 'bad' } : '-', { text: a.text, tone: a.tone }];
      }),
    });
  blocks.push({ kind: 'heading', level: 2, text: 'All questions' });
  blocks.push({
    kind: 'table',
    small: true,
    columns: [
      { label: 'Question', width: 0.3 },
      { label: 'Answer', width: 0.15 },
      { label: 'Evidence / attestation', width: 0.33 },
      { label: 'Source', width: 0.22 },
    ],
    rows: report.checklist.map((i) => {
      const a = answerLabel(i);
      return [`${i.tier === 1 ? '[Tier 1] ' : ''}${i.question}`, { text: a.text, tone: a.tone }, basisText(i), i.source];
    }),
  });
  return blocks;
};
