/** Words the report prints for model values (data only, shared by HTML and PDF). */
import type { ChecklistItem, Risk, SafeguardRow } from '../schema.js';
import type { Severity } from '../../checks/types.js';
import type { Tone } from './blocks.js';

export const RATING_LABEL: Record<Risk['rating'], string> = { critical: 'Critical', high: 'High', moderate: 'Moderate', low: 'Low' };
export const RATING_TONE: Record<Risk['rating'], Tone> = { critical: 'bad', high: 'bad', moderate: 'warn', low: 'good' };
export const RATING_ADVICE: Record<Risk['rating'], string> = {
  critical: 'Act this week: at least one problem could cause a reportable breach or a declined insurance application.',
  high: 'Fix within 30 days: serious weaknesses were found.',
  moderate: 'Plan the fixes below over the next few months.',
  low: 'No serious weakness was found on this device.',
};
export const LEVEL_LABEL: Record<Risk['likelihood'], string> = { low: 'Low', moderate: 'Moderate', high: 'High' };
export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };
export const SEVERITY_TONE: Record<Severity, Tone> = { critical: 'bad', high: 'bad', medium: 'warn', low: 'info', info: 'muted' };

export const SAFEGUARD_STATUS: Record<SafeguardRow['status'], { text: string; tone: Tone }> = {
  met: { text: 'Met', tone: 'good' },
  'not-met': { text: 'Not met', tone: 'bad' },
  partly: { text: 'Partly', tone: 'warn' },
  'needs-person': { text: 'Needs a person', tone: 'info' },
  'not-assessed': { text: 'Not assessed', tone: 'muted' },
};
export const SAFEGUARD_KIND: Record<SafeguardRow['kind'], string> = { required: 'Required', addressable: 'Addressable', standard: 'Standard (required)', proposed: 'Proposed' };

const ANSWER_WORD: Record<NonNullable<ChecklistItem['answer']>, string> = { yes: 'Yes', no: 'No', partial: 'Partly', unknown: 'Unknown', 'not-applicable': 'Not applicable' };

/** How an answer reads in the checklist: an indicated answer is never shown as a plain yes. */
export const answerLabel = (item: ChecklistItem): { text: string; tone: Tone } => {
  const value = item.value !== undefined ? item.value.toLocaleString('en-US') : undefined;
  const word = item.answer ? ANSWER_WORD[item.answer] : value;
  switch (item.basis) {
    case 'evidence':
      return { text: `${word ?? '-'} (scan evidence)`, tone: item.answer === 'no' ? 'bad' : item.answer === 'partial' ? 'warn' : 'good' };
    case 'indicated':
      return { text: `Indicated ${word?.toLowerCase() ?? ''}: confirm`, tone: item.answer === 'no' ? 'bad' : 'warn' };
    case 'attested':
      return { text: `${word ?? '-'} (attested)`, tone: item.conflict ? 'bad' : 'info' };
    case 'needs-person':
      return { text: 'Needs a person', tone: 'muted' };
  }
};

export const READINESS_LABEL = {
  gap: { text: 'Gap', tone: 'bad' },
  unknown: { text: 'Unanswered', tone: 'warn' },
  confirm: { text: 'Confirm', tone: 'warn' },
  ready: { text: 'Ready', tone: 'good' },
} as const satisfies Record<string, { text: string; tone: Tone }>;

/** Formats dollars without cents ($1,040,000). */
export const money = (n: number): string => `$${Math.round(n).toLocaleString('en-US')}`;

/** Formats an ISO time as "2026-11-20 18:05 UTC". */
export const when = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

/** Formats a byte count (1.2 MB). */
export const bytes = (n: number): string => (n >= 1e9 ? `${(n / 1e9).toFixed(1)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${(n / 1e3).toFixed(0)} KB` : `${n} B`);
