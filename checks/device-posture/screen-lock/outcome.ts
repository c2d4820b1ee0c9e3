/** Outcome builders shared by the per-OS screen-lock analyzers (pure). */
import type { CheckOutcome, Finding, Platform } from '../../types.js';
import { makeFinding } from '../shared/findings.js';
import { durationText } from '../shared/posture-1.js';
import { screenLockMeta as meta } from './meta.js';

/** Plain duration, with "never" for no limit. */
export const whenText = (seconds: number): string => (Number.isFinite(seconds) ? `after ${durationText(seconds)}` : 'never');

/** A pass, fail or unknown outcome with at most one finding about the idle lock. */
export const lockOutcome = (platform: Platform, status: 'pass' | 'fail' | 'unknown', summary: string, description: string, evidence: Record<string, unknown>, extra: Partial<Pick<Finding, 'severity' | 'title' | 'needsAdmin'>> = {}): CheckOutcome => {
  if (status === 'pass') return { status, summary, findings: [] };
  const title = extra.title ?? (status === 'fail' ? 'Screen does not lock within 15 minutes' : 'Screen lock could not be checked');
  const severity = extra.severity ?? (status === 'fail' ? 'high' : 'medium');
  return { status, summary, findings: [makeFinding(meta, platform, { subject: 'idle-lock', status, severity, title, description, evidence, ...(extra.needsAdmin ? { needsAdmin: true } : {}) })] };
};

