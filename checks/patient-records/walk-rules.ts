/** Which folders and files the walk skips by default, and the user's include/exclude patterns (pure). */
import { CLINICAL_NAME } from './clinical-name.js';

/** Folder names skipped everywhere (compared case-insensitively): caches, tools, trash, app bundles. */
const SKIP_DIR_NAMES = new Set(
  [
    'node_modules', '.git', '.svn', '.hg', '.cache', 'caches', '.npm', '.yarn', '.pnpm-store', '.nvm', '.venv', 'venv', '__pycache__',
    '.gradle', '.m2', '.cargo', '.rustup', '.gem', '.pyenv', '.rbenv', '.conda', 'site-packages', '.trash', '.trashes', '$recycle.bin', 'system volume information',
    '.spotlight-v100', '.fseventsd', '.docker', '.vscode-server', 'cache', 'code cache', 'gpucache', 'cachestorage', 'shadercache',
    // Windows
    'program files', 'program files (x86)', 'programdata', '$windows.~bt', '$windows.~ws', 'msocache',
  ].map((n) => n.toLowerCase()),
);

/** Skipped only at the top of a home folder (or a walk root): a user's own "Library" folder deeper down is kept. */
const HOME_LEVEL_DIRS = new Set(['library', 'appdata', 'applications', 'windows', 'system']);
const HOME_CHILD = /(^|\/)(users|home)\/[^/]+\/[^/]+$/i;

/** Top-level system folders skipped when a walk starts at a volume root. */
const SYSTEM_ROOT_DIRS = new Set(['proc', 'sys', 'dev', 'run', 'snap', 'usr', 'bin', 'sbin', 'lib', 'lib32', 'lib64', 'etc', 'boot', 'var', 'tmp', 'opt', 'private', 'cores', 'volumes', 'lost+found']);

/** Folder-name suffixes that are application bundles (macOS) or packages, never user documents. */
const SKIP_DIR_SUFFIX = /\.(app|framework|bundle|kext|plugin|photoslibrary|xcodeproj|lproj)$/i;

/** Extensions never opened: media, executables, fonts, disk images (counted as skipped by type). */
export const SKIP_FILE_EXT = new Set(
  'jpg jpeg png gif bmp heic heif webp ico icns svg psd ai mp3 mp4 m4a m4v mov avi mkv wav flac aac ogg webm wmv exe dll sys msi so dylib o a lib class jar pyc ttf otf woff woff2 iso dmg img vmdk vdi qcow2 vhd vhdx swp lock'.split(' '),
);

/** Compiled glob: `*` within a segment, `**` across segments, `?` one character; matched case-insensitively on `/` paths. */
export const globToRegExp = (glob: string): RegExp => {
  const re = glob
    .replace(/\\/g, '/')
    .replace(/[.+^${}()|[\]]/g, '\\$&')
    .replace(/\*\*\/?/g, '\u2400')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]')
    .replace(/\u2400/g, '.*');
  return new RegExp(`(^|/)${re}$`, 'i');
};

/** A user pattern: a bare name matches any path segment; anything with `/` or a wildcard is a glob on the full path. */
export type PathPattern = { test: (fullPath: string, name: string) => boolean };

/** Compiles user include/exclude words (pure). */
export const compilePatterns = (words: readonly string[]): PathPattern[] =>
  words.map((w) => {
    if (!/[*?/\\]/.test(w)) return { test: (_p: string, name: string) => name.toLowerCase() === w.toLowerCase() };
    const re = globToRegExp(w);
    return { test: (p: string) => re.test(p.replace(/\\/g, '/')) };
  });

/** The rules one walk applies. */
export type WalkRules = { include: PathPattern[]; exclude: PathPattern[] };

/**
 * Why a folder is skipped ('default-skip', 'excluded'), or null to descend. `depth` is 1 for a walk root's children;
 * `atVolumeRoot` says the parent is a volume root.
 */
export const skipDirReason = (rules: WalkRules, fullPath: string, name: string, depth: number, atVolumeRoot: boolean): string | null => {
  if (rules.exclude.some((p) => p.test(fullPath, name))) return 'excluded';
  const lower = name.toLowerCase();
  const homeLevel = HOME_LEVEL_DIRS.has(lower) && (depth === 1 || HOME_CHILD.test(fullPath.replace(/\\/g, '/')));
  const byDefault = SKIP_DIR_NAMES.has(lower) || homeLevel || SKIP_DIR_SUFFIX.test(name) || (atVolumeRoot && SYSTEM_ROOT_DIRS.has(lower));
  if (byDefault && !rules.include.some((p) => p.test(fullPath, name))) return 'default-skip';
  return null;
};

/** Image types a scanner or phone camera produces. */
const SCANNED_IMAGE_EXT = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'heic', 'heif', 'webp', 'tif', 'tiff']);

/** Why a file is skipped ('excluded', 'media-or-binary-type'), or null to inspect. */
export const skipFileReason = (rules: WalkRules, fullPath: string, name: string): string | null => {
  if (rules.exclude.some((p) => p.test(fullPath, name))) return 'excluded';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (SKIP_FILE_EXT.has(ext) && !rules.include.some((p) => p.test(fullPath, name))) {
    // A scan in a clinical folder (Scans/Patient intake/...) is listed as needing OCR: its first bytes are read to confirm it is an image.
    if (SCANNED_IMAGE_EXT.has(ext) && CLINICAL_NAME.test(fullPath)) return null;
    return 'media-or-binary-type';
  }
  return null;
};
