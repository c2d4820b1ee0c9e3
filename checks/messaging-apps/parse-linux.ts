/** Parsers for Linux sources: .desktop entries, `snap list`, `flatpak list`, dpkg and rpm (pure). */
import path from 'node:path';

/** The parts of a .desktop file that identify the program it starts. */
export type DesktopEntry = { name?: string; program?: string; flatpakId?: string; snapName?: string };

/** Splits an Exec value into words, honouring double quotes (Desktop Entry spec, "The Exec key"). */
const execWords = (exec: string): string[] => {
  const words: string[] = [];
  const re = /"((?:\\.|[^"\\])*)"|(\S+)/g;
  for (let m = re.exec(exec); m; m = re.exec(exec)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''));
  return words;
};

/** Reads the [Desktop Entry] group: Name and what Exec runs (program, flatpak id or snap). */
export const parseDesktopEntry = (text: string): DesktopEntry => {
  let inMain = false;
  let name: string | undefined;
  let exec: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inMain = line === '[Desktop Entry]';
      continue;
    }
    if (!inMain) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    if (key === 'Name') name = line.slice(eq + 1).trim();
    else if (key === 'Exec') exec = line.slice(eq + 1).trim();
  }
  const entry: DesktopEntry = name === undefined ? {} : { name };
  if (!exec) return entry;
  let words = execWords(exec);
  // `env VAR=value program ...` is how snapd and many launchers start apps.
  if (words[0] && path.posix.basename(words[0]) === 'env') words = words.slice(1);
  while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words = words.slice(1);
  const program = words[0];
  if (!program) return entry;
  const base = path.posix.basename(program);
  if (base === 'flatpak' && words.includes('run')) {
    const flatpakId = words.slice(words.indexOf('run') + 1).find((w) => !w.startsWith('-'));
    return flatpakId ? { ...entry, program: base, flatpakId } : { ...entry, program: base };
  }
  if (program.startsWith('/snap/bin/')) return { ...entry, program: base, snapName: base.split('.')[0] ?? base };
  return { ...entry, program: base };
};

/** Snap names from `snap list` (first column, header skipped). */
export const parseSnapList = (stdout: string): string[] =>
  stdout
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** Application ids from `flatpak list --app --columns=application`. */
export const parseFlatpakList = (stdout: string): string[] =>
  stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/.test(l));

/** Installed package names from `dpkg-query -W -f '${Package}\t${db:Status-Abbrev}\n'` ("ii" only). */
export const parseDpkgQuery = (stdout: string): string[] =>
  stdout
    .split(/\r?\n/)
    .map((l) => l.split('\t'))
    .filter(([name, status]) => name && status?.trim() === 'ii')
    .map(([name]) => (name ?? '').split(':')[0] ?? '');

/** Package names from `rpm -qa --qf '%{NAME}\n'`. */
export const parseRpmList = (stdout: string): string[] =>
  stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
