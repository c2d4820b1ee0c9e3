/** The report services the app uses (signing, answers, export), bound to this computer's signing identity. */
import { applyAnswers, assessBreach, loadOrCreateSigningIdentity, signReport, writeReportBundle } from '../reports/index.js';
import type { Report } from '../reports/schema.js';
import type { AppDeps } from './app-handlers.js';
import type { SignBytes } from './history.js';

/** What createAppHandlers and the history store need from reports/. */
export type ReportServices = Pick<AppDeps, 'attest' | 'exportBundle' | 'assessBreach'> & { sign: SignBytes };

/** Loads (or on first run creates) the signing identity kept in `signingDir`. */
export const createReportServices = async (signingDir: string): Promise<ReportServices> => {
  const identity = await loadOrCreateSigningIdentity(signingDir);
  return {
    sign: async (bytes) => signReport(bytes, identity),
    attest: (report: Report, answers, attestedBy, at) =>
      applyAnswers(report, { attestedBy, attestedAt: at.toISOString(), answers: answers.map((a) => ({ ...a, line: 0 })) }),
    exportBundle: async (report, outDir, formats, redactPaths) => (await writeReportBundle(report, outDir, { formats, identity, redactPaths })).map((w) => w.path),
    assessBreach,
  };
};
