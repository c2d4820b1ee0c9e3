/** The renderer's only door to the engine: the object the preload exposes. */
import type { PracticeAuditApi } from '../../main/ipc-contract.js';

declare global {
  interface Window {
    practiceAudit: PracticeAuditApi;
  }
}

/** The typed API (`window.practiceAudit`). */
export const api = (): PracticeAuditApi => window.practiceAudit;

export type {
  ChecklistAnswer,
  ExportFormat,
  ExportResult,
  GroupInfo,
  HistoryEntry,
  QuestionInfo,
  ReportView,
  ScanComparison,
  ScanEvent,
  StartInfo,
} from '../../main/ipc-contract.js';
export type { ChecklistItem, PatientRecordFile, Report, ReportFinding } from '../../reports/schema.js';
export type { CheckGroup, ProgressEvent, Severity } from '../../checks/types.js';
