/**
 * Scan history in the app's data folder: one folder per scan holding report.json and its
 * detached signature (report.json.p7s). Answers to the checklist rewrite and re-sign the report.
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReport, type Report } from '../reports/schema.js';
import type { HistoryEntry } from './ipc-contract.js';

/** Signs the exact report.json bytes; returns the detached signature file's contents. */
export type SignBytes = (bytes: Buffer) => Promise<Buffer | string>;

/** Reads and writes saved scans. */
export type HistoryStore = {
  /** Saves a new scan; returns its id. */
  add: (report: Report) => Promise<string>;
  /** Replaces a saved scan's report (e.g. after answers) and signs it again. */
  replace: (id: string, report: Report) => Promise<void>;
  load: (id: string) => Promise<Report>;
  /** The signature's path, or null when the scan is unsigned. */
  signaturePath: (id: string) => Promise<string | null>;
  /** Newest first. */
  list: () => Promise<HistoryEntry[]>;
};

const ID_PATTERN = /^[0-9A-Za-z-]{1,64}$/;
const REPORT = 'report.json';
const SIGNATURE = 'report.json.p7s';

/** The exact bytes written as report.json (the signature covers them). */
export const reportBytes = (report: Report): Buffer => Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');

/** A folder-safe id from the scan's finish time, e.g. `20261121-235500-123`. */
export const historyIdFor = (report: Report): string => report.device.scanFinishedAt.replace(/[^0-9]/g, '').replace(/^(\d{8})(\d{6})(\d*)$/, '$1-$2-$3').replace(/-$/, '');

/** Summarises a report for the history list. */
export const summarizeReport = (id: string, report: Report, signed: boolean): HistoryEntry => {
  const counts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  return {
    id,
    finishedAt: report.device.scanFinishedAt,
    hostname: report.device.hostname,
    groups: report.scan.groups,
    counts,
    patientRecordFiles: report.patientRecords?.files.length ?? 0,
    signed,
    partial: report.scan.partial,
  };
};

const exists = async (file: string): Promise<boolean> => readFile(file).then(() => true, () => false);

/** Opens (creating on first save) the history kept in `dir`. `sign` may be null when no signing identity exists. */
export const createHistoryStore = (dir: string, sign: SignBytes | null): HistoryStore => {
  const folderOf = (id: string): string => {
    // Ids come from the window; never let one walk out of the history folder.
    if (!ID_PATTERN.test(id)) throw new Error('not a saved scan');
    return path.join(dir, id);
  };

  const write = async (id: string, report: Report): Promise<void> => {
    const folder = folderOf(id);
    await mkdir(folder, { recursive: true });
    const bytes = reportBytes(report);
    // Write then rename, so a crash never leaves a half-written report next to a stale signature.
    await writeFile(path.join(folder, `${REPORT}.tmp`), bytes);
    await rename(path.join(folder, `${REPORT}.tmp`), path.join(folder, REPORT));
    if (sign) await writeFile(path.join(folder, SIGNATURE), await sign(bytes));
  };

  const load = async (id: string): Promise<Report> => parseReport(JSON.parse(await readFile(path.join(folderOf(id), REPORT), 'utf8')));

  return {
    add: async (report) => {
      const base = historyIdFor(report);
      let id = base;
      for (let n = 2; await exists(path.join(folderOf(id), REPORT)); n += 1) id = `${base}-${n}`;
      await write(id, report);
      return id;
    },
    replace: async (id, report) => {
      await load(id);
      await write(id, report);
    },
    load,
    signaturePath: async (id) => {
      const file = path.join(folderOf(id), SIGNATURE);
      return (await exists(file)) ? file : null;
    },
    list: async () => {
      const names = await readdir(dir).catch(() => [] as string[]);
      const entries: HistoryEntry[] = [];
      for (const name of names.filter((n) => ID_PATTERN.test(n))) {
        try {
          entries.push(summarizeReport(name, await load(name), await exists(path.join(dir, name, SIGNATURE))));
        } catch {
          // A damaged or foreign folder is left alone and not listed.
        }
      }
      return entries.sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
    },
  };
};
