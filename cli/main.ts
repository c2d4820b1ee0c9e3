/** The headless shell: parses the command line, runs the engine, writes outputs. */
import { Command, CommanderError, Option } from 'commander';
import path from 'node:path';
import { selectChecks } from '../checks/registry.js';
import { runScan } from '../checks/engine.js';
import { createLiveProbe } from '../checks/probe/live-probe.js';
import { createRecordingProbe, createReplayProbe, loadRecording } from '../checks/probe/recording.js';
import type { Probe } from '../checks/probe/probe.js';
import { toScanOptions, UsageError, type RawScanFlags } from '../checks/scan-options.js';
import { SEVERITIES, type ProgressEvent, type Severity } from '../checks/types.js';
import { buildReport, parseReport, serializeReport, writeReportBundle, type Report, type ReportFormat } from '../reports/index.js';
import { TOOL_VERSION } from './version.js';
import { renderSummary } from './summary.js';
import { defaultOutDir, parseFormats, parseSeverity } from './scan-options.js';
import { answersCommand, readAnswers, reportCommand, resolveIdentity, verifyCommand, type OutputFlags } from './report-commands.js';

type ScanFlags = RawScanFlags & OutputFlags & {
  only?: string[];
  out?: string;
  format?: string[];
  record?: string;
  replay?: string;
  failOn?: string;
  quiet?: boolean;
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Returns true when a finding reaches the --fail-on threshold. */
export const reachesThreshold = (report: Report, threshold: Severity | undefined): boolean =>
  threshold !== undefined && report.findings.some((f) => f.status === 'fail' && SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(threshold));

const progressPrinter = (quiet: boolean) => {
  let lastFilesLine = 0;
  return (event: ProgressEvent): void => {
    if (quiet) return;
    if (event.kind === 'check-start') process.stderr.write(`- ${event.title}...\n`);
    else if (event.kind === 'message') process.stderr.write(`  ${event.text}\n`);
    else if (event.kind === 'files' && Date.now() - lastFilesLine > 1000) {
      lastFilesLine = Date.now();
      const eta = event.etaSeconds === null ? '' : `, about ${Math.ceil(event.etaSeconds)} s left`;
      const total = event.filesTotal === null ? '' : ` of ${event.filesTotal}`;
      process.stderr.write(`  ${event.filesDone}${total} files, ${(event.bytesDone / 1e6).toFixed(1)} MB${eta}; in ${event.currentFolder}\n`);
    }
  };
};

const scanCommand = async (flags: ScanFlags, positional: string[]): Promise<number> => {
  if (flags.record && flags.replay) throw new UsageError('--record and --replay cannot be used together');
  const toStdout = positional.includes('-') || flags.out === '-';
  const formats = parseFormats(flags.format, ['json', 'html', 'pdf']);
  if (toStdout && (formats.length !== 1 || formats[0] !== 'json')) throw new UsageError('writing to standard output ("-") needs --format json');
  const failOn = parseSeverity(flags.failOn);
  const checks = selectChecks(flags.only?.flatMap((o) => o.split(',')).filter(Boolean));
  const options = toScanOptions(flags);
  // Read answers and the signing identity before scanning, so a mistake fails fast.
  const answers = await readAnswers(flags.answers);
  const identity = toStdout ? null : await resolveIdentity(flags);

  let probe: Probe;
  let recorder: ReturnType<typeof createRecordingProbe> | undefined;
  if (flags.replay) probe = createReplayProbe(await loadRecording(path.resolve(flags.replay)));
  else {
    probe = createLiveProbe();
    if (flags.record) {
      recorder = createRecordingProbe(probe, TOOL_VERSION);
      probe = recorder.probe;
    }
  }

  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping: finishing the files in progress (Ctrl-C again to quit at once)...\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const scan = await runScan({ probe, checks, options, progress: progressPrinter(flags.quiet === true), signal: controller.signal });
    const report = buildReport({ scan, toolVersion: TOOL_VERSION, ...(flags.replay ? { replayedFrom: path.resolve(flags.replay) } : {}), ...(answers ? { answers } : {}) });
    parseReport(report);
    if (recorder && flags.record) process.stderr.write(`Recording saved to ${await recorder.save(path.resolve(flags.record))}\n`);
    if (toStdout) process.stdout.write(serializeReport(report));
    else {
      const outDir = path.resolve(flags.out ?? defaultOutDir(new Date()));
      const written = await writeReportBundle(report, outDir, { formats: formats as ReportFormat[], identity, redactPaths: flags.redactPaths === true });
      if (!flags.quiet) process.stderr.write(renderSummary(report));
      process.stderr.write(`Report written to ${outDir}: ${written.map((w) => path.basename(w.path)).join(', ')}\n`);
    }
    return reachesThreshold(report, failOn) ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
};

const addOutputOptions = (command: Command): Command =>
  command
    .option('--key <pem>', 'sign with this private key (PEM) instead of the app\'s own')
    .option('--cert <pem>', 'the certificate (PEM) that goes with --key')
    .option('--no-sign', 'do not sign report.json')
    .option('--redact-paths', 'replace folder and file names that may contain patient names with placeholders');

/** Builds the command tree. Exposed for tests. */
export const buildProgram = (run: { code: number }): Command => {
  const program = new Command();
  program
    .name('practice-audit')
    .description('Find what would turn a lost practice laptop into a reportable HIPAA breach. Reads only; never changes or uploads anything.')
    .version(TOOL_VERSION)
    .showHelpAfterError()
    .exitOverride();

  const scan = program
    .command('scan')
    .description('scan this computer (or a recording) and write the reports')
    .argument('[dash...]', '"-" to print report.json on standard output (with --format json)')
    .option('--path <dir>', 'folder to search for patient records (repeatable; default: your home folder)', collect)
    .option('--only <groups>', 'checks or groups to run: disk-encryption, messaging-apps, patient-records, device-posture, or check ids (repeatable, comma-separated)', collect)
    .option('--out <dir>', 'output folder (default: ./practice-audit-DATE-TIME; "-" for standard output)')
    .option('--format <list>', 'json,html,pdf,csv (default json,html,pdf)', collect)
    .option('--answers <file>', 'answers to the insurance checklist questions (see `practice-audit answers --template`)')
    .option('--record <dir>', 'save every probe call and its result to DIR/recording.json')
    .option('--replay <dir>', 'analyse a recording instead of this computer')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices([...SEVERITIES]))
    .option('--all-volumes', 'also search other mounted data volumes for patient records')
    .option('--exclude <glob>', 'folder names or globs to skip (repeatable)', collect)
    .option('--include <glob>', 'folders to search even if skipped by default (repeatable)', collect)
    .option('--max-file-mb <n>', 'inspect at most this many MB of each file (default 50)')
    .option('--file-timeout <seconds>', 'give up on one file after this many seconds (default 30)')
    .option('--workers <n>', 'worker threads for file inspection (default: all cores)')
    .option('--no-cache', 'do not use or update the re-scan cache')
    .option('--cache-dir <dir>', 'where the re-scan cache lives')
    .option('--quiet', 'print no progress or summary');
  addOutputOptions(scan).action(async (dash: string[], flags: ScanFlags) => {
    run.code = await scanCommand(flags, dash);
  });

  const report = program
    .command('report')
    .description('re-render a saved report.json (optionally with answers, redacted paths, or another format) and sign it again')
    .option('--from <file>', 'the report.json to render')
    .option('--out <dir>', 'output folder (default: the folder of --from)')
    .option('--format <list>', 'json,html,pdf,csv (default json,html,pdf)', collect)
    .option('--answers <file>', 'answers to the insurance checklist questions (see `practice-audit answers --template`)');
  addOutputOptions(report).action(async (flags: OutputFlags & { from?: string; out?: string; format?: string[] }) => {
    const { outDir, files } = await reportCommand(flags);
    process.stderr.write(`Report written to ${outDir}: ${files.map((f) => path.basename(f)).join(', ')}\n`);
  });

  program
    .command('verify')
    .description('check that report.json matches its signature (report.json.p7s); exit 1 if it does not')
    .argument('<report>', 'path to report.json')
    .option('--sig <file>', 'the signature file (default: <report>.p7s)')
    .option('--fingerprint <sha256>', 'also require this signing-certificate fingerprint')
    .action(async (file: string, flags: { sig?: string; fingerprint?: string }) => {
      run.code = await verifyCommand(file, flags, (line) => process.stdout.write(`${line}\n`));
    });

  program
    .command('answers')
    .description('write the answers file people fill in for the insurance checklist')
    .option('--template', 'print the commented template')
    .option('--from <file>', 'include what this report.json found for each question')
    .option('--out <file>', 'write the template to a file instead of standard output')
    .action(async (flags: { template?: boolean; from?: string; out?: string }) => {
      const written = await answersCommand(flags);
      if (written) process.stderr.write(`Answers template written to ${written}\n`);
    });

  return program;
};

/** Entry point; returns the exit code (0 ok, 1 findings reached --fail-on or verification failed, 2 usage). */
export const main = async (argv: string[]): Promise<number> => {
  const run = { code: 0 };
  const program = buildProgram(run);
  try {
    await program.parseAsync(argv);
    return run.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`practice-audit: ${err.message}\n`);
      return 2;
    }
    if (err instanceof Error && /unknown check or group/.test(err.message)) {
      process.stderr.write(`practice-audit: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`practice-audit: ${err instanceof Error ? err.message : String(err)}\n`);
    return 3;
  }
};
