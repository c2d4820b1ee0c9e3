/** macOS collector: fdesetup status, diskutil apfs list / info / list (all read-only, no root needed). */
import type { Probe, RunResult } from '../probe/probe.js';
import type { ProbeProblem, VolumeVerdict } from './evidence.js';
import { parseApfsList, parseDiskutilInfo, parseDiskutilList, parseFdesetupStatus } from './parse-macos.js';
import { buildMacVolumes, type MacFacts } from './verdict-macos.js';

/** The macOS probe calls (id, argv), in the order they run. */
export const MAC_CALLS = {
  fdesetup: { id: 'disk.fdesetup', argv: ['/usr/bin/fdesetup', 'status'] },
  apfs: { id: 'disk.apfs-list', argv: ['/usr/sbin/diskutil', 'apfs', 'list', '-plist'] },
  root: { id: 'disk.diskutil-root', argv: ['/usr/sbin/diskutil', 'info', '-plist', '/'] },
  external: { id: 'disk.diskutil-external', argv: ['/usr/sbin/diskutil', 'list', '-plist', 'external', 'physical'] },
} as const;

const why = (r: RunResult): string => (r.stderr.trim().split('\n')[0] || r.message || r.error || 'failed').slice(0, 300);

/** Collects FileVault and APFS facts and turns them into volume verdicts. */
export const collectMac = async (probe: Probe): Promise<{ volumes: VolumeVerdict[]; problems: ProbeProblem[]; raw: Record<string, string> }> => {
  const problems: ProbeProblem[] = [];
  const raw: Record<string, string> = {};
  const errors: string[] = [];

  const get = async <T>(call: { id: string; argv: readonly string[] }, parse: (text: string) => T): Promise<T | null> => {
    const r = await probe.run(call.id, [...call.argv], { timeoutMs: 30_000 });
    if (!r.stdout.trim()) {
      const message = `${call.argv.join(' ')}: ${why(r)}`;
      problems.push({ probe: call.id, error: r.error ?? 'failed', message });
      errors.push(message);
      return null;
    }
    raw[call.id] = r.stdout;
    try {
      return parse(r.stdout);
    } catch (err) {
      const message = `odd output from ${call.argv.join(' ')}: ${err instanceof Error ? err.message : String(err)}`;
      problems.push({ probe: call.id, error: 'failed', message });
      errors.push(message);
      return null;
    }
  };

  const fdesetup = await get(MAC_CALLS.fdesetup, parseFdesetupStatus);
  if (fdesetup?.state === 'unknown') errors.push('fdesetup printed a status this check does not know');
  const facts: MacFacts = {
    fdesetup,
    containers: await get(MAC_CALLS.apfs, parseApfsList),
    root: await get(MAC_CALLS.root, parseDiskutilInfo),
    external: await get(MAC_CALLS.external, parseDiskutilList),
    errors,
  };
  return { volumes: buildMacVolumes(facts), problems, raw };
};
