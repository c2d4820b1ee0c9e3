/** History: earlier scans, opening one, and comparing two. */
import { useEffect, useState } from 'react';
import { api, type HistoryEntry, type ScanComparison } from '../api.js';
import { formatDate, plural, SEVERITY_LABEL } from '../format.js';
import { SeverityBadge } from '../components/SeverityBadge.js';

type Props = { currentId: string | null; onOpen: (id: string) => void };

const problems = (e: HistoryEntry): number => e.counts.critical + e.counts.high + e.counts.medium;

/** The list of saved scans with a two-scan comparison. */
export const HistoryScreen = ({ currentId, onOpen }: Props) => {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparison, setComparison] = useState<ScanComparison | null>(null);

  useEffect(() => {
    void api().listHistory().then(setEntries);
  }, []);

  const pick = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const compare = async () => {
    const [a, b] = picked;
    if (a && b) setComparison(await api().compareScans(a, b));
  };

  if (!entries) return <p className="loading">Loading earlier scans…</p>;
  return (
    <section aria-labelledby="history-title" className="screen">
      <h1 id="history-title" tabIndex={-1}>
        Scan history
      </h1>
      <p className="lead">Every finished scan is kept on this computer with its signature. Tick two scans to see what changed between them.</p>
      {entries.length === 0 ? (
        <p className="empty card">No scans yet. Start one from “New scan”.</p>
      ) : (
        <div className="table-wrap card">
          <table>
            <caption className="sr-only">Earlier scans</caption>
            <thead>
              <tr>
                <th scope="col">Compare</th>
                <th scope="col">Date</th>
                <th scope="col">Computer</th>
                <th scope="col">Problems</th>
                <th scope="col">Patient files</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className={e.id === currentId ? 'current' : undefined}>
                  <td>
                    <input type="checkbox" checked={picked.includes(e.id)} onChange={() => pick(e.id)} aria-label={`Compare the scan of ${formatDate(e.finishedAt)}`} />
                  </td>
                  <td>
                    {formatDate(e.finishedAt)}
                    <span className="hint block">{[e.signed ? 'Signed' : 'Not signed', e.id === currentId ? 'open now' : ''].filter(Boolean).join(' · ')}</span>
                  </td>
                  <td>{e.hostname}</td>
                  <td>
                    {problems(e) === 0 ? 'None serious' : `${plural(problems(e), 'problem')} (${e.counts.critical} ${SEVERITY_LABEL.critical.toLowerCase()}, ${e.counts.high} high)`}
                  </td>
                  <td className="num">{e.patientRecordFiles}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpen(e.id)}>
                      Open
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" className="primary" disabled={picked.length !== 2} onClick={() => void compare()}>
        Compare the two ticked scans
      </button>
      {comparison && <Comparison comparison={comparison} />}
    </section>
  );
};

const Section = ({ title, items, empty }: { title: string; items: ScanComparison['fixed']; empty: string }) => (
  <div className="compare-col">
    <h3>
      {title} ({items.length})
    </h3>
    {items.length === 0 ? (
      <p className="hint">{empty}</p>
    ) : (
      <ul className="plain-list">
        {items.map((f) => (
          <li key={f.id}>
            <SeverityBadge severity={f.severity} /> {f.title}
          </li>
        ))}
      </ul>
    )}
  </div>
);

const Comparison = ({ comparison: c }: { comparison: ScanComparison }) => (
  <div className="card" aria-live="polite">
    <h2>
      What changed from {formatDate(c.older.finishedAt)} to {formatDate(c.newer.finishedAt)}
    </h2>
    <p>
      Patient files found: {c.patientRecordFiles.older} then {c.patientRecordFiles.newer}.
    </p>
    <div className="compare-grid">
      <Section title="Fixed" items={c.fixed} empty="Nothing was fixed." />
      <Section title="New" items={c.added} empty="No new problems." />
      <Section title="Changed severity" items={c.changed} empty="No changes in severity." />
      <Section title="Still open" items={c.unchanged} empty="Nothing left over." />
    </div>
  </div>
);
