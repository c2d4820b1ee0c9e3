/** The `report`, `verify` and `answers` commands, and the signing and answers options `scan` shares. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../checks/scan-options.js';
import {
  AnswersError,
  answersTemplate,
  applyAnswers,
  defaultDataDir,
  deriveReport,
  loadOrCreateSigningIdentity,
  loadSigningIdentity,
  parseAnswersYaml,
  parseReport,
  verifyReportSignature,
  writeReportBundle,
  type Answers,
  type Report,
  type ReportFormat,
  type SigningIdentity,
} from '../reports/index.js';
import { parseFormats } from './scan-options.js';

/** Flags shared by `scan` and `report` for signing, answers and redaction. */
export type OutputFlags = { answers?: string; key?: string; cert?: string; sign?: boolean; redactPaths?: boolean };

const readText = async (file: string, what: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
};

/** Reads and validates an answers file; mistakes become usage errors naming the line and id. */
export const readAnswers = async (file: string | undefined): Promise<Answers | undefined> => {
  if (!file) return undefined;
  const text = await readText(file, 'answers file');
  try {
    return parseAnswersYaml(text);
  } catch (err) {
    if (err instanceof AnswersError) throw new UsageError(`${file}: ${err.message}`);
    throw err;
  }
};

/** The signing identity: --key/--cert, or the app's own (created on first use), or none with --no-sign. */
export const resolveIdentity = async (flags: OutputFlags): Promise<SigningIdentity | null> => {
  if (flags.sign === false) return null;
  if (Boolean(flags.key) !== Boolean(flags.cert)) throw new UsageError('--key and --cert go together (PEM files)');
  if (flags.key && flags.cert) {
    try {
      return await loadSigningIdentity(flags.key, flags.cert);
    } catch (err) {
      throw new UsageError(`cannot use --key/--cert: ${(err as Error).message}`);
    }
  }
  return loadOrCreateSigningIdentity(defaultDataDir());
};

/** Reads a report.json for re-rendering; a bad file is a usage error. */
export const readReport = async (file: string): Promise<Report> => {
  const text = await readText(file, 'report');
  try {
    return parseReport(JSON.parse(text));
  } catch (err) {
    throw new UsageError(`${file}: ${(err as Error).message}`);
  }
};

/** `report --from report.json`: re-renders (and re-signs) a saved report, with answers if given. */
export const reportCommand = async (flags: OutputFlags & { from?: string; out?: string; format?: string[] }): Promise<{ outDir: string; files: string[] }> => {
  if (!flags.from) throw new UsageError('report needs --from report.json');
  const formats = parseFormats(flags.format, ['json', 'html', 'pdf']) as ReportFormat[];
  const answers = await readAnswers(flags.answers);
  let report = await readReport(flags.from);
  // Reports written before the checklist existed get their derived parts now.
  if (report.checklist.length === 0) report = deriveReport(report);
  if (answers) report = applyAnswers(report, answers);
  const identity = await resolveIdentity(flags);
  const outDir = path.resolve(flags.out ?? path.dirname(flags.from));
  const written = await writeReportBundle(report, outDir, { formats, identity, redactPaths: flags.redactPaths === true });
  return { outDir, files: written.map((w) => w.path) };
};

/** `verify report.json [--sig file]`: prints the result; returns the exit code (0 valid, 1 not). */
export const verifyCommand = async (file: string, flags: { sig?: string; fingerprint?: string }, out: (line: string) => void): Promise<number> => {
  const sigFile = flags.sig ?? `${file}.p7s`;
  let bytes: Buffer;
  let sig: Buffer;
  try {
    bytes = await readFile(file);
    sig = await readFile(sigFile);
  } catch (err) {
    out(`NOT VERIFIED: cannot read ${(err as NodeJS.ErrnoException).path ?? file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    return 1;
  }
  const result = verifyReportSignature(bytes, sig);
  const want = flags.fingerprint?.replace(/[^0-9a-f]/gi, '').toUpperCase();
  const got = result.fingerprint.replace(/:/g, '');
  if (result.ok && want && want !== got) {
    out(`NOT VERIFIED: signed by a different certificate (${result.fingerprint}) than expected`);
    return 1;
  }
  out(`${result.ok ? 'VERIFIED' : 'NOT VERIFIED'}: ${path.basename(file)}${result.reason ? `: ${result.reason}` : ''}`);
  if (result.subject) out(`  signer: ${result.subject}`);
  if (result.fingerprint) out(`  certificate SHA-256: ${result.fingerprint}`);
  if (result.signedAt) out(`  signed at: ${result.signedAt}`);
  return result.ok ? 0 : 1;
};

/** `answers --template [--from report.json] [--out file]`: the answers file to fill in. */
export const answersCommand = async (flags: { template?: boolean; from?: string; out?: string }): Promise<string | null> => {
  if (!flags.template) throw new UsageError('answers needs --template (and optionally --from report.json to include what the scan found)');
  const report = flags.from ? await readReport(flags.from) : undefined;
  const text = answersTemplate(report && report.checklist.length === 0 ? deriveReport(report) : report);
  if (flags.out) {
    await writeFile(flags.out, text);
    return flags.out;
  }
  process.stdout.write(text);
  return null;
};
