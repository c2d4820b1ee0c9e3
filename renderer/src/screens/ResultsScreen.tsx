/** Results dashboard: overall risk, the lost-laptop verdict, findings, patient files, apps and device. */
import type { CheckGroup, ReportView } from '../api.js';
import type { Screen } from '../App.js';
import { FindingList } from '../components/FindingList.js';
import { PatientFiles } from '../components/PatientFiles.js';
import { SeverityBadge, StatusPill } from '../components/SeverityBadge.js';
import { countBySeverity, formatDate, overallRisk, plural, SEVERITY_LABEL, SEVERITY_ORDER } from '../format.js';

const VERDICT_LABEL = { yes: 'Reportable breach', 'safe-harbor': 'Protected', 'none-found': 'Probably not', 'cannot-tell': 'Cannot tell' } as const;

type Props = { view: ReportView; onNavigate: (screen: Screen) => void };

/** The dashboard for one saved scan. */
export const ResultsScreen = ({ view, onNavigate }: Props) => {
  const { report, breach } = view;
  const risk = overallRisk(report);
  const counts = countBySeverity(report.findings);
  const openQuestions = report.checklist.filter((c) => c.basis === 'needs-person' || c.basis === 'indicated').length;
  const checksOf = (group: CheckGroup) => report.checks.filter((c) => c.group === group);
  const findingsOf = (group: CheckGroup) => report.findings.filter((f) => checksOf(group).some((c) => c.checkId === f.checkId));

  return (
    <section aria-labelledby="results-title" className="screen">
      <h1 id="results-title" tabIndex={-1}>
        Results for {report.device.hostname}
      </h1>
      <p className="lead">
        Scanned {formatDate(report.device.scanFinishedAt)} · {report.device.os.name} {report.device.os.version}
        {view.signed ? ' · Signed report' : ''}
        {report.scan.partial ? ' · Incomplete scan' : ''}
      </p>

      <div className="summary-grid">
        <div className={`card risk-card risk-${risk.level}`}>
          <h2>Overall risk</h2>
          <p className="big">{risk.label}</p>
          <p>{risk.sentence}</p>
          <ul className="count-row" aria-label="Findings by severity">
            {SEVERITY_ORDER.map((s) => (
              <li key={s}>
                <span className={`dot sev-${s}`} aria-hidden="true" />
                {SEVERITY_LABEL[s]}: {counts[s]}
              </li>
            ))}
          </ul>
        </div>
        <div className={`card verdict-card verdict-${breach.verdict}`}>
          <h2>If this laptop were lost or stolen today</h2>
          <p className="big">{VERDICT_LABEL[breach.verdict]}</p>
          <p>{breach.headline}</p>
          {breach.reasons.length > 0 && (
            <ul className="reasons">
              {breach.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {openQuestions > 0 && (
        <div className="callout">
          <p>
            <strong>{plural(openQuestions, 'question')}</strong> for the insurance checklist need a person to answer.
          </p>
          <button type="button" className="primary" onClick={() => onNavigate('questions')}>
            Answer the questions
          </button>
        </div>
      )}

      <div className="card">
        <h2>What needs attention</h2>
        <FindingList findings={report.findings} />
      </div>

      <div className="card">
        <h2>Patient records on this computer</h2>
        {report.patientRecords ? <PatientFiles reportId={view.id} records={report.patientRecords} /> : <p className="empty">Patient records were not searched for in this scan.</p>}
      </div>

      {(['disk-encryption', 'messaging-apps', 'device-posture'] as const).map((group) => (
        <GroupCard key={group} group={group} checks={checksOf(group)} findings={findingsOf(group)} />
      ))}

      <div className="button-row">
        <button type="button" className="primary" onClick={() => onNavigate('export')}>
          Export the reports
        </button>
        <button type="button" className="secondary" onClick={() => onNavigate('history')}>
          Compare with an earlier scan
        </button>
      </div>
    </section>
  );
};

const GROUP_HEADING: Record<CheckGroup, string> = {
  'messaging-apps': 'Messaging apps',
  'device-posture': 'Device settings',
  'disk-encryption': 'Disk encryption',
  'patient-records': 'Patient records',
};

const GroupCard = ({ group, checks, findings }: { group: CheckGroup; checks: ReportView['report']['checks']; findings: ReportView['report']['findings'] }) => (
  <div className="card">
    <h2>{GROUP_HEADING[group]}</h2>
    {checks.length === 0 ? (
      <p className="empty">Not checked in this scan.</p>
    ) : (
      <>
        <ul className="check-list">
          {checks.map((c) => (
            <li key={c.checkId}>
              <StatusPill status={c.status} />
              <span>
                <strong>{c.title}</strong>
                <span className="hint block">{c.summary}</span>
              </span>
            </li>
          ))}
        </ul>
        {findings.length > 0 && (
          <>
            <ul className="plain-list group-findings" aria-label={`${GROUP_HEADING[group]}: findings`}>
              {findings.map((f) => (
                <li key={f.id}>
                  <SeverityBadge severity={f.severity} unknown={f.status === 'unknown'} /> {f.title}
                </li>
              ))}
            </ul>
            <p className="hint">How to fix each one is under “What needs attention”.</p>
          </>
        )}
      </>
    )}
  </div>
);
