/** Progress screen: each group's state, the file count and time left, and a Stop button. */
import { useEffect, useState } from 'react';
import { api, type CheckGroup, type ProgressEvent } from '../api.js';
import { formatBytes, formatEta, plural } from '../format.js';

/** What the window knows about the running scan. */
export type ScanProgress = {
  groups: CheckGroup[];
  paths: string[];
  startedAt: number;
  started: string[];
  ended: Record<string, string>;
  current: { checkId: string; title: string; group: CheckGroup } | null;
  files: Extract<ProgressEvent, { kind: 'files' }> | null;
  message: string | null;
  stopping: boolean;
};

const GROUP_TITLE: Record<CheckGroup, string> = {
  'disk-encryption': 'Disk encryption',
  'messaging-apps': 'Messaging apps',
  'patient-records': 'Patient records',
  'device-posture': 'Device settings',
};

type Props = { progress: ScanProgress; onStop: () => void };

/** Shown while a scan runs. */
export const ProgressScreen = ({ progress, onStop }: Props) => {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  const groupState = (g: CheckGroup): 'done' | 'running' | 'waiting' => {
    if (progress.current?.group === g && !progress.ended[progress.current.checkId]) return 'running';
    const order = progress.groups;
    const currentIndex = progress.current ? order.indexOf(progress.current.group) : -1;
    return order.indexOf(g) < currentIndex ? 'done' : 'waiting';
  };
  const elapsed = Math.round((now - progress.startedAt) / 1000);
  const files = progress.files;
  const percent = files && files.filesTotal ? Math.min(100, Math.round((files.filesDone / files.filesTotal) * 100)) : null;

  const stop = () => {
    onStop();
    void api().cancelScan();
  };

  return (
    <section aria-labelledby="progress-title" className="screen">
      <h1 id="progress-title" tabIndex={-1}>
        Scanning this computer…
      </h1>
      <p className="lead">You can keep working while the scan runs. It only reads; nothing is changed or uploaded.</p>
      <div className="card">
        <ol className="step-list">
          {progress.groups.map((g) => {
            const state = groupState(g);
            return (
              <li key={g} className={`step step-${state}`}>
                <span className="step-icon" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'running' ? '●' : '○'}
                </span>
                <span className="step-title">{GROUP_TITLE[g]}</span>
                <span className="step-state">{state === 'done' ? 'Done' : state === 'running' ? 'In progress' : 'Waiting'}</span>
              </li>
            );
          })}
        </ol>
        <div aria-live="polite" className="progress-detail">
          {progress.current && <p>Now: {progress.current.title}</p>}
          {files && (
            <>
              <progress max={100} value={percent ?? undefined} aria-label="Files inspected" />
              <p>
                {plural(files.filesDone, 'file')} inspected
                {files.filesTotal !== null ? ` of ${files.filesTotal.toLocaleString('en-US')}` : ''} ({formatBytes(files.bytesDone)}). Time left:{' '}
                {formatEta(files.etaSeconds)}.
              </p>
              <p className="hint path-line">Looking in {files.currentFolder}</p>
            </>
          )}
          {progress.message && <p className="hint">{progress.message}</p>}
        </div>
        <p className="hint">Running for {elapsed < 60 ? plural(elapsed, 'second') : plural(Math.floor(elapsed / 60), 'minute')}.</p>
      </div>
      <button type="button" className="secondary" onClick={stop} disabled={progress.stopping}>
        {progress.stopping ? 'Stopping…' : 'Stop scan'}
      </button>
    </section>
  );
};
