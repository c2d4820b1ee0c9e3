/**
 * The one IPC contract between the window and the main process: channel -> argument schema and
 * result type. The preload exposes one method per channel; main validates every argument with
 * these schemas before a handler runs. The renderer imports only the types from here.
 */
import { z } from 'zod';
import type { CheckGroup, ProgressEvent, Severity } from '../checks/types.js';
import type { BreachAssessment } from '../reports/breach.js';
import type { Report } from '../reports/schema.js';
import type { Channel } from './channels.js';

const folderPath = z.string().min(1).max(4096);
const historyId = z.string().regex(/^[0-9A-Za-z-]{1,64}$/);
const groupName = z.enum(['disk-encryption', 'messaging-apps', 'patient-records', 'device-posture']);

/** What the person chose on the start screen. */
export const scanRequestSchema = z.object({
  paths: z.array(folderPath).max(20),
  groups: z.array(groupName).min(1).max(4),
});
export type ScanRequest = z.infer<typeof scanRequestSchema>;

/** One answer a person gives to a checklist question. */
export const answerSchema = z.object({
  id: z.string().min(1).max(100),
  answer: z.enum(['yes', 'no', 'partial', 'not-applicable']),
  /** For questions that ask for a number (e.g. how many patient records the practice holds). */
  value: z.number().int().nonnegative().max(1e9).optional(),
  comment: z.string().max(2000).optional(),
});
export type ChecklistAnswer = z.infer<typeof answerSchema>;

export const exportFormatSchema = z.enum(['pdf', 'html', 'json', 'csv']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Argument tuples, one per channel; the main process parses each call with these. */
export const channelArgs = {
  getStartInfo: z.tuple([]),
  getQuestions: z.tuple([]),
  chooseFolder: z.tuple([]),
  startScan: z.tuple([scanRequestSchema]),
  cancelScan: z.tuple([]),
  listHistory: z.tuple([]),
  loadReport: z.tuple([historyId]),
  compareScans: z.tuple([historyId, historyId]),
  saveAnswers: z.tuple([historyId, z.array(answerSchema).max(200), z.string().trim().min(1).max(120)]),
  exportReport: z.tuple([historyId, z.array(exportFormatSchema).min(1).max(4), z.object({ redactPaths: z.boolean() })]),
  showInFolder: z.tuple([historyId, folderPath]),
  openHelp: z.tuple([z.enum(['hhs-risk-analysis', 'hhs-breach', 'hhs-encryption'])]),
} satisfies Record<Channel, z.ZodType>;

/** A check group as the start screen describes it. */
export type GroupInfo = { id: CheckGroup; title: string; question: string; checks: number; slow: boolean };

/** What the start screen needs to say what will be scanned. */
export type StartInfo = { homeDir: string; platform: string; hostname: string; groups: GroupInfo[] };

/** A checklist question as the questionnaire shows it. */
export type QuestionInfo = { id: string; question: string; hint: string; answerType: 'yes-no' | 'count'; scope: 'device' | 'practice' };

/** One saved scan in the history list. */
export type HistoryEntry = {
  id: string;
  finishedAt: string;
  hostname: string;
  groups: string[];
  counts: Record<Severity, number>;
  patientRecordFiles: number;
  signed: boolean;
  partial: boolean;
};

/** A finding as the comparison lists it. */
export type ComparedFinding = { id: string; title: string; severity: Severity };

/** Findings fixed, new and unchanged between an older and a newer scan. */
export type ScanComparison = {
  older: { id: string; finishedAt: string };
  newer: { id: string; finishedAt: string };
  fixed: ComparedFinding[];
  added: ComparedFinding[];
  unchanged: ComparedFinding[];
  /** Same finding id, different severity. */
  changed: (ComparedFinding & { previousSeverity: Severity })[];
  patientRecordFiles: { older: number; newer: number };
};

/** A saved report with what the dashboard derives from it (the lost-laptop verdict). */
export type ReportView = { id: string; report: Report; breach: BreachAssessment; signed: boolean };

/** Files written by an export. */
export type ExportResult = { folder: string; files: string[] } | null;

/** Events the window receives while a scan runs; callbacks get the payload only. */
export type ScanEvent =
  | { kind: 'started'; groups: CheckGroup[]; paths: string[] }
  | { kind: 'progress'; event: ProgressEvent }
  | { kind: 'done'; historyId: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Result type per channel. */
export type ChannelResults = {
  getStartInfo: StartInfo;
  getQuestions: QuestionInfo[];
  chooseFolder: string | null;
  startScan: { started: true };
  cancelScan: { cancelled: boolean };
  listHistory: HistoryEntry[];
  loadReport: ReportView;
  compareScans: ScanComparison;
  saveAnswers: ReportView;
  exportReport: ExportResult;
  showInFolder: { shown: boolean };
  openHelp: { opened: boolean };
};

/** The arguments of one channel, as a tuple. */
export type ChannelArgs<C extends Channel> = z.infer<(typeof channelArgs)[C]>;

/** Implementations of every channel (used by the IPC layer and the e2e test server alike). */
export type AppHandlers = { [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResults[C]> };

/** The object the preload exposes as `window.practiceAudit`. */
export type PracticeAuditApi = AppHandlers & {
  /** Subscribes to scan events; returns the unsubscribe function. */
  onScanEvent: (callback: (event: ScanEvent) => void) => () => void;
};
