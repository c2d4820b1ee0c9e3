/** Start screen: what will be checked, where to look for patient records, and one button to start. */
import { useEffect, useState } from 'react';
import { api, type CheckGroup, type StartInfo } from '../api.js';

type Props = { onError: (message: string) => void; onHistory: () => void };

/** The first screen a person sees. */
export const StartScreen = ({ onError, onHistory }: Props) => {
  const [info, setInfo] = useState<StartInfo | null>(null);
  const [groups, setGroups] = useState<CheckGroup[]>([]);
  const [folders, setFolders] = useState<string[]>([]);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    void api()
      .getStartInfo()
      .then((i) => {
        setInfo(i);
        setGroups(i.groups.filter((g) => g.checks > 0).map((g) => g.id));
        setFolders([i.homeDir]);
      });
  }, []);

  const toggle = (id: CheckGroup) => setGroups((g) => (g.includes(id) ? g.filter((x) => x !== id) : [...g, id]));

  const addFolder = async (replace: boolean) => {
    const chosen = await api().chooseFolder();
    if (chosen) setFolders((f) => (replace ? [chosen] : f.includes(chosen) ? f : [...f, chosen]));
  };

  const start = async () => {
    setStarting(true);
    try {
      // Keep the engine's order so progress reads top to bottom.
      const ordered = info ? info.groups.map((g) => g.id).filter((id) => groups.includes(id)) : groups;
      await api().startScan({ groups: ordered, paths: folders });
    } catch (err) {
      onError(err instanceof Error ? err.message : String(err));
      setStarting(false);
    }
  };

  if (!info) return <p className="loading">Getting ready…</p>;
  const searchesRecords = groups.includes('patient-records');
  return (
    <section aria-labelledby="start-title" className="screen">
      <h1 id="start-title" tabIndex={-1}>
        Check this computer for HIPAA risks
      </h1>
      <p className="lead">
        Practice Audit looks at <strong>{info.hostname}</strong> the way an auditor or insurer would: is the disk encrypted, are patient files stored
        here, which chat apps are installed, and how the computer is set up. It takes a few minutes.
      </p>

      <div className="card">
        <h2>What will be checked</h2>
        <ul className="group-list">
          {info.groups.map((g) => (
            <li key={g.id}>
              <label className={g.checks === 0 ? 'muted' : undefined}>
                <input type="checkbox" checked={groups.includes(g.id)} disabled={g.checks === 0} onChange={() => toggle(g.id)} />
                <span>
                  <strong>{g.title}</strong>
                  <span className="hint">
                    {g.question}
                    {g.checks === 0 ? ' (not available on this computer yet)' : g.slow ? ' This part takes longest.' : ''}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </div>

      <div className={searchesRecords ? 'card' : 'card muted'}>
        <h2>Where to look for patient records</h2>
        <ul className="folder-list" aria-label="Folders to search">
          {folders.map((f) => (
            <li key={f}>
              <code>{f}</code>
              {folders.length > 1 && (
                <button type="button" className="link-button" onClick={() => setFolders((all) => all.filter((x) => x !== f))} aria-label={`Remove ${f}`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
        <div className="button-row">
          <button type="button" className="secondary" disabled={!searchesRecords} onClick={() => void addFolder(true)}>
            Choose a different folder…
          </button>
          <button type="button" className="secondary" disabled={!searchesRecords} onClick={() => void addFolder(false)}>
            Add another folder…
          </button>
        </div>
        <p className="hint">Your whole user folder is searched by default. Searching a large folder can take a while.</p>
      </div>

      <p className="consent">
        <svg className="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5A1 1 0 0 1 13 8v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z" />
        </svg>
        Nothing leaves this computer. The scan only reads; it never changes, moves or uploads your files.
      </p>
      <div className="button-row">
        <button type="button" className="primary large" disabled={groups.length === 0 || folders.length === 0 || starting} onClick={() => void start()}>
          {starting ? 'Starting…' : 'Start scan'}
        </button>
        <button type="button" className="link-button" onClick={onHistory}>
          See earlier scans
        </button>
      </div>
    </section>
  );
};
