/**
 * The implementation behind every channel. The IPC layer (and the e2e test server) call these;
 * everything that touches Electron or the disk is injected, so the module is tested with fakes.
 */
import path from 'node:path';
import type { BreachAssessment } from '../reports/breach.js';
import type { Report } from '../reports/schema.js';
import { compareScans } from './compare-scans.js';
import type { HelpTopic } from './external-links.js';
import type { HistoryStore } from './history.js';
import type { AppHandlers, ChecklistAnswer, ExportFormat, QuestionInfo, ReportView, ScanEvent, StartInfo } from './ipc-contract.js';
import type { ScanRunner } from './scan-runner.js';

/** Everything the handlers need from the outside world. */
export type AppDeps = {
  history: HistoryStore;
  runScan: ScanRunner;
  /** Sends a scan event to the window. */
  emit: (event: ScanEvent) => void;
  startInfo: () => StartInfo;
  questions: () => QuestionInfo[];
  /** The native folder picker for the scan (null when the person cancels). */
  chooseFolder: () => Promise<string | null>;
  /** The native folder picker for exports (null when the person cancels). */
  chooseExportFolder: () => Promise<string | null>;
  showItemInFolder: (file: string) => void;
  /** Opens a fixed help page in the default browser. */
  openHelp: (topic: HelpTopic) => Promise<void>;
  /** Records a person's answers in the report (basis becomes "attested", with name and date). */
  attest: (report: Report, answers: ChecklistAnswer[], attestedBy: string, at: Date) => Report;
  /** Writes the report in the chosen formats (and its signature) to `outDir`; returns the files. */
  exportBundle: (report: Report, outDir: string, formats: ExportFormat[], redactPaths: boolean) => Promise<string[]>;
  /** The lost-laptop verdict (pure, from the report). */
  assessBreach: (report: Report) => BreachAssessment;
  now: () => Date;
};

/** The handlers, plus `idle()` so callers (and tests) can wait for a running scan to end. */
export type AppController = AppHandlers & { idle: () => Promise<void> };

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Builds the channel implementations around the injected dependencies. One scan runs at a time. */
export const createAppHandlers = (deps: AppDeps): AppController => {
  let running: { controller: AbortController; done: Promise<void> } | null = null;

  const knownFiles = (report: Report): Set<string> =>
    new Set([...(report.patientRecords?.files ?? []).map((f) => f.path), ...(report.patientRecords?.containers ?? []).map((c) => c.path)]);

  const view = async (id: string, report?: Report): Promise<ReportView> => {
    const r = report ?? (await deps.history.load(id));
    return { id, report: r, breach: deps.assessBreach(r), signed: (await deps.history.signaturePath(id)) !== null };
  };

  return {
    getStartInfo: async () => deps.startInfo(),
    getQuestions: async () => deps.questions(),
    chooseFolder: () => deps.chooseFolder(),
    startScan: async (request) => {
      if (running) throw new Error('A scan is already running. Wait for it to finish or stop it first.');
      const controller = new AbortController();
      deps.emit({ kind: 'started', groups: request.groups, paths: request.paths });
      const done = deps
        .runScan(request, (event) => deps.emit({ kind: 'progress', event }), controller.signal)
        .then(async ({ report, cancelled }) => {
          // A stopped scan is incomplete; it is not kept, so history only holds whole scans.
          if (cancelled) deps.emit({ kind: 'cancelled' });
          else deps.emit({ kind: 'done', historyId: await deps.history.add(report) });
        })
        .catch((err: unknown) => deps.emit(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: message(err) }))
        .finally(() => {
          running = null;
        });
      running = { controller, done };
      return { started: true };
    },
    cancelScan: async () => {
      if (!running) return { cancelled: false };
      running.controller.abort();
      return { cancelled: true };
    },
    listHistory: () => deps.history.list(),
    loadReport: (id) => view(id),
    compareScans: async (a, b) => compareScans({ id: a, report: await deps.history.load(a) }, { id: b, report: await deps.history.load(b) }),
    saveAnswers: async (id, answers, attestedBy) => {
      const updated = deps.attest(await deps.history.load(id), answers, attestedBy, deps.now());
      await deps.history.replace(id, updated);
      return view(id, updated);
    },
    exportReport: async (id, formats, { redactPaths }) => {
      const report = await deps.history.load(id);
      const folder = await deps.chooseExportFolder();
      if (folder === null) return null;
      const outDir = path.join(folder, `practice-audit-${id}`);
      return { folder: outDir, files: await deps.exportBundle(report, outDir, formats, redactPaths) };
    },
    showInFolder: async (id, file) => {
      // Only files the scan itself reported can be revealed, never an arbitrary path.
      if (!knownFiles(await deps.history.load(id)).has(file)) return { shown: false };
      deps.showItemInFolder(file);
      return { shown: true };
    },
    openHelp: async (topic) => {
      await deps.openHelp(topic);
      return { opened: true };
    },
    idle: async () => {
      await running?.done;
    },
  };
};
