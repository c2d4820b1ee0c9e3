/** The app shell: side navigation, the current screen, and the scan-event subscription. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type ProgressEvent, type ReportView, type ScanEvent } from './api.js';
import { StartScreen } from './screens/StartScreen.js';
import { ProgressScreen, type ScanProgress } from './screens/ProgressScreen.js';
import { ResultsScreen } from './screens/ResultsScreen.js';
import { QuestionsScreen } from './screens/QuestionsScreen.js';
import { ExportScreen } from './screens/ExportScreen.js';
import { HistoryScreen } from './screens/HistoryScreen.js';

/** The screens of the app. */
export type Screen = 'start' | 'progress' | 'results' | 'questions' | 'export' | 'history';

const NAV: { screen: Screen; label: string; needsReport: boolean }[] = [
  { screen: 'start', label: 'New scan', needsReport: false },
  { screen: 'results', label: 'Results', needsReport: true },
  { screen: 'questions', label: 'Questions', needsReport: true },
  { screen: 'export', label: 'Export reports', needsReport: true },
  { screen: 'history', label: 'Scan history', needsReport: false },
];

const applyEvent = (progress: ScanProgress, event: ProgressEvent): ScanProgress => {
  switch (event.kind) {
    case 'check-start':
      return { ...progress, current: { checkId: event.checkId, title: event.title, group: event.group }, started: [...progress.started, event.checkId] };
    case 'check-end':
      return { ...progress, ended: { ...progress.ended, [event.checkId]: event.status } };
    case 'files':
      return { ...progress, files: event };
    case 'message':
      return { ...progress, message: event.text };
  }
};

/** The whole window. */
export const App = () => {
  const [screen, setScreen] = useState<Screen>('start');
  const [view, setView] = useState<ReportView | null>(null);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  const go = useCallback((next: Screen) => {
    setNotice(null);
    setScreen(next);
  }, []);

  const openReport = useCallback(async (id: string, next: Screen = 'results') => {
    setView(await api().loadReport(id));
    setScreen(next);
  }, []);

  useEffect(
    () =>
      api().onScanEvent((event: ScanEvent) => {
        if (event.kind === 'started') {
          setProgress({ groups: event.groups, paths: event.paths, startedAt: Date.now(), started: [], ended: {}, current: null, files: null, message: null, stopping: false });
          setScreen('progress');
        } else if (event.kind === 'progress') setProgress((p) => (p ? applyEvent(p, event.event) : p));
        else if (event.kind === 'done') {
          setProgress(null);
          void openReport(event.historyId);
        } else if (event.kind === 'cancelled') {
          setProgress(null);
          setNotice('The scan was stopped. Nothing was saved.');
          setScreen('start');
        } else {
          setProgress(null);
          setNotice(`The scan could not finish: ${event.message}`);
          setScreen('start');
        }
      }),
    [openReport],
  );

  // Move focus to the new screen's heading so keyboard and screen-reader users know where they are.
  useEffect(() => {
    if (mainRef.current) mainRef.current.scrollTop = 0;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [screen]);

  const scanning = progress !== null;
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <svg className="brand-mark" viewBox="64 64 896 896" aria-hidden="true" focusable="false">
            <rect x="64" y="64" width="896" height="896" rx="200" fill="#e3f1f2" />
            <path d="M512 196 L780 300 V500 C780 668 668 792 512 846 C356 792 244 668 244 500 V300 Z" fill="#0f3d43" />
            <path d="M392 520 L480 608 L652 420" fill="none" stroke="#e3f1f2" strokeWidth="64" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>
            <strong>Practice Audit</strong>
            <small>HIPAA device check</small>
          </span>
        </div>
        <ul>
          {NAV.map((item) => {
            const disabled = scanning || (item.needsReport && !view);
            return (
              <li key={item.screen}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={screen === item.screen ? 'page' : undefined}
                  disabled={disabled}
                  onClick={() => go(item.screen)}
                >
                  {item.label}
                </button>
              </li>
            );
          })}
        </ul>
        <p className="sidebar-note">Everything stays on this computer. Nothing is uploaded.</p>
      </nav>
      <main ref={mainRef} className="content">
        {notice && (
          <div className="notice" role="status">
            {notice}
          </div>
        )}
        {screen === 'start' && <StartScreen onError={setNotice} onHistory={() => go('history')} />}
        {screen === 'progress' && progress && <ProgressScreen progress={progress} onStop={() => setProgress((p) => (p ? { ...p, stopping: true } : p))} />}
        {screen === 'results' && view && <ResultsScreen view={view} onNavigate={go} />}
        {screen === 'questions' && view && <QuestionsScreen view={view} onSaved={setView} />}
        {screen === 'export' && view && <ExportScreen view={view} />}
        {screen === 'history' && <HistoryScreen currentId={view?.id ?? null} onOpen={(id) => void openReport(id)} />}
      </main>
    </div>
  );
};
