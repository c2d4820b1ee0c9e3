/** A severity shown as a colored label with the word (never color alone). */
import type { Severity } from '../api.js';
import { SEVERITY_LABEL } from '../format.js';

/** The badge for one severity; `status: 'unknown'` findings read "Could not check". */
export const SeverityBadge = ({ severity, unknown = false }: { severity: Severity; unknown?: boolean }) => (
  <span className={`badge sev-${severity}${unknown ? ' badge-unknown' : ''}`}>{unknown ? `${SEVERITY_LABEL[severity]} · not checked` : SEVERITY_LABEL[severity]}</span>
);

const STATUS_TEXT: Record<string, string> = { pass: 'OK', fail: 'Problem', unknown: 'Could not check', 'not-applicable': 'Not applicable', error: 'Error' };

/** A check's status as a labelled pill. */
export const StatusPill = ({ status }: { status: string }) => <span className={`pill status-${status}`}>{STATUS_TEXT[status] ?? status}</span>;
