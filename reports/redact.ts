/** Replaces folder and file names that may carry patient names with stable placeholders (pure). */
import type { Report } from './schema.js';

/** Folder names kept as they are: system and well-known user folders carry no patient names. */
export const KEPT_FOLDERS: ReadonlySet<string> = new Set(
  [
    'users', 'home', 'volumes', 'mnt', 'media', 'library', 'appdata', 'local', 'roaming', 'locallow', 'application support',
    'desktop', 'documents', 'downloads', 'pictures', 'music', 'videos', 'movies', 'public', 'onedrive', 'dropbox',
    'google drive', 'my drive', 'icloud drive', 'mobile documents', 'box', 'microsoft', 'outlook', 'messages', 'packages',
    'program files', 'program files (x86)', 'programdata', 'windows', 'temp', 'tmp', 'private', 'var', 'system', 'recycle.bin', '$recycle.bin',
  ],
);

type Redactor = { map: Map<string, string>; folders: number; files: number };

const splitPath = (p: string): { sep: string; parts: string[] } => {
  const sep = p.includes('\\') ? '\\' : '/';
  return { sep, parts: p.split(/[\\/]/) };
};

const keep = (segment: string, index: number, userNames: ReadonlySet<string>): boolean =>
  segment === '' || (index === 0 && /^[a-z]:$/i.test(segment)) || KEPT_FOLDERS.has(segment.toLowerCase()) || userNames.has(segment.toLowerCase()) || segment.startsWith('%');

const placeholder = (r: Redactor, segment: string, isFile: boolean): string => {
  const known = r.map.get(segment);
  if (known) return known;
  const dot = segment.lastIndexOf('.');
  const ext = isFile && dot > 0 && segment.length - dot <= 6 ? segment.slice(dot) : '';
  const next = isFile ? `file-${++r.files}${ext}` : `folder-${++r.folders}`;
  r.map.set(segment, next);
  return next;
};

const redactOne = (r: Redactor, p: string, userNames: ReadonlySet<string>, lastIsFile: boolean): string => {
  const { sep, parts } = splitPath(p);
  return parts.map((seg, i) => (keep(seg, i, userNames) ? seg : placeholder(r, seg, lastIsFile && i === parts.length - 1))).join(sep);
};

/** Collects every path the report names, so the same name gets the same placeholder everywhere. */
const pathsOf = (report: Report): { files: string[]; folders: string[] } => {
  const pr = report.patientRecords;
  const files = [...(pr?.files.map((f) => f.path) ?? []), ...(pr?.containers.map((c) => c.path) ?? []), ...(pr?.errors.flatMap((e) => (e.path ? [e.path] : [])) ?? []), ...report.errors.flatMap((e) => (e.path ? [e.path] : []))];
  const members = pr?.files.flatMap((f) => (f.member ? [f.member] : [])) ?? [];
  return { files: [...files, ...members], folders: pr?.roots ?? [] };
};

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns a copy of the report with patient-record paths (and any mention of them in findings,
 * check evidence and errors) rewritten: kept folders stay, every other name becomes
 * `folder-N` / `file-N.ext`, the same name always mapping to the same placeholder.
 */
export const redactPaths = (report: Report): Report => {
  const r: Redactor = { map: new Map(), folders: 0, files: 0 };
  const users = new Set([report.device.user.toLowerCase()]);
  const { files, folders } = pathsOf(report);
  const replacements = new Map<string, string>();
  for (const f of [...new Set(files)].sort()) replacements.set(f, redactOne(r, f, users, true));
  for (const f of [...new Set(folders)].sort()) replacements.set(f, redactOne(r, f, users, false));
  // Folders of those files appear in evidence on their own (e.g. "Desktop\\Patient Lists").
  for (const [orig, red] of [...replacements]) {
    const a = splitPath(orig).parts;
    const b = splitPath(red).parts;
    for (let n = a.length - 1; n > 1; n--) replacements.set(a.slice(0, n).join(splitPath(orig).sep), b.slice(0, n).join(splitPath(orig).sep));
  }
  // A redacted name mentioned outside a full path is replaced when it sits next to a path
  // separator, or anywhere when it looks like a file name (dot, underscore or digit), so that
  // ordinary words in prose ("backup") survive.
  const segments = [...r.map.keys()].filter((x) => x.length >= 4).sort((a, b) => b.length - a.length);
  const ordered = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const rewrite = (s: string): string => {
    let out = s;
    for (const orig of ordered) if (out.includes(orig)) out = out.split(orig).join(replacements.get(orig) ?? orig);
    for (const seg of segments) {
      if (!out.includes(seg)) continue;
      const pattern = /[._\d]/.test(seg) ? `(^|[^\\w])${escapeRe(seg)}(?=$|[^\\w])` : `(^|[\\\\/])${escapeRe(seg)}(?=$|[\\\\/])|(^|.)${escapeRe(seg)}(?=[\\\\/])`;
      out = out.replace(new RegExp(pattern, 'g'), (_m, a?: string, b?: string) => `${a ?? b ?? ''}${r.map.get(seg) ?? seg}`);
    }
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rewrite(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const { device, tool, schemaVersion, ...rest } = report;
  return { schemaVersion, tool, device, ...(walk(rest) as Omit<Report, 'device' | 'tool' | 'schemaVersion'>) };
};
