/** Turns command-line words into output choices (pure, unit-tested); the scan options themselves are in checks/scan-options.ts. */
import path from 'node:path';
import { splitList, UsageError } from '../checks/scan-options.js';
import { SEVERITIES, type Severity } from '../checks/types.js';

export const OUTPUT_FORMATS = ['json', 'html', 'pdf', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The formats asked for (`json,html` lists, repeated or not), or `fallback` when none. */
export const parseFormats = (values: readonly string[] | string | undefined, fallback: OutputFormat[]): OutputFormat[] => {
  const words = splitList(values);
  if (words.length === 0) return fallback;
  const bad = words.filter((w) => !OUTPUT_FORMATS.includes(w as OutputFormat));
  if (bad.length) throw new UsageError(`unknown format: ${bad.join(', ')} (choose from ${OUTPUT_FORMATS.join(', ')})`);
  return [...new Set(words as OutputFormat[])];
};

/** The --fail-on severity, checked against the known ones. */
export const parseSeverity = (value: string | undefined): Severity | undefined => {
  if (value === undefined) return undefined;
  if (!SEVERITIES.includes(value as Severity)) throw new UsageError(`--fail-on takes one of ${SEVERITIES.join(', ')} (got "${value}")`);
  return value as Severity;
};

/** The default output folder: ./practice-audit-YYYY-MM-DD-HHMMSS in the current directory. */
export const defaultOutDir = (now: Date, cwd = process.cwd()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return path.join(cwd, `practice-audit-${stamp}`);
};
