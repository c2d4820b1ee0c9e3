/** Findings grouped by severity; each opens to show why it matters and how to fix it. */
import type { ReportFinding } from '../api.js';
import { SEVERITY_LABEL, SEVERITY_ORDER } from '../format.js';
import { SeverityBadge } from './SeverityBadge.js';

/** The findings list for the dashboard. */
export const FindingList = ({ findings }: { findings: readonly ReportFinding[] }) => {
  if (findings.length === 0) return <p className="empty">No problems found by the checks that ran.</p>;
  return (
    <div className="finding-groups">
      {SEVERITY_ORDER.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className="finding-group">
            <h3>
              {SEVERITY_LABEL[severity]} <span className="count">({list.length})</span>
            </h3>
            <ul className="findings">
              {list.map((f) => (
                <li key={f.id} className={`finding sev-edge-${f.severity}`}>
                  <details>
                    <summary>
                      <SeverityBadge severity={f.severity} unknown={f.status === 'unknown'} />
                      <span className="finding-title">{f.title}</span>
                    </summary>
                    <div className="finding-body">
                      <p>{f.description}</p>
                      {f.remediation.length > 0 && (
                        <>
                          <h4>How to fix it</h4>
                          <ol>
                            {f.remediation.map((step) => (
                              <li key={step}>{step}</li>
                            ))}
                          </ol>
                        </>
                      )}
                      {f.needsAdmin && <p className="hint">Running the scan as an administrator would let it check this.</p>}
                      {f.safeguards.length > 0 && <p className="hint">HIPAA Security Rule: {f.safeguards.map((s) => `45 CFR ${s}`).join('; ')}</p>}
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
};
