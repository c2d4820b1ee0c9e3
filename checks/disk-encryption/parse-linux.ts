/** Pure parsers for Linux block-device facts: lsblk JSON/pairs, mountinfo, /proc/swaps, crypttab. */

/** One lsblk device, normalised across util-linux versions. */
export type BlockNode = {
  name: string;
  /** Kernel name (dm-0, sda2): what /proc/swaps prints for mapped swap. */
  kname: string | null;
  path: string;
  majMin: string | null;
  type: string;
  fstype: string | null;
  mountpoints: string[];
  rm: boolean | null;
  hotplug: boolean | null;
  tran: string | null;
  size: number | null;
  pkname: string | null;
  label: string | null;
  children: BlockNode[];
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : typeof v === 'number' ? String(v) : null);

// lsblk < 2.33 prints booleans as "0"/"1" strings; newer versions print JSON booleans.
const bool = (v: unknown): boolean | null => {
  if (typeof v === 'boolean') return v;
  if (v === '1' || v === 1) return true;
  if (v === '0' || v === 0) return false;
  return null;
};

const num = (v: unknown): number | null => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return null;
};

const toNode = (raw: Record<string, unknown>): BlockNode => {
  const name = str(raw.name) ?? '?';
  // MOUNTPOINTS (util-linux >= 2.37) is a list; older versions print a single MOUNTPOINT.
  const many = Array.isArray(raw.mountpoints) ? raw.mountpoints : [raw.mountpoint];
  // Without a PATH column (util-linux < 2.33), device-mapper devices live under /dev/mapper.
  const mapper = /^(crypt|lvm|dm|mpath)$/.test(str(raw.type) ?? '') && !/^dm-\d+$/.test(name);
  const path = str(raw.path) ?? (name.startsWith('/') ? name : mapper ? `/dev/mapper/${name}` : `/dev/${name}`);
  const children = Array.isArray(raw.children) ? raw.children.filter((c): c is Record<string, unknown> => typeof c === 'object' && c !== null).map(toNode) : [];
  return {
    name: name.replace(/^\/dev\/(mapper\/)?/, ''),
    kname: str(raw.kname),
    path,
    majMin: str(raw['maj:min']) ?? str(raw['maj_min']),
    type: str(raw.type) ?? (str(raw.fstype) === 'crypto_LUKS' ? 'part' : 'unknown'),
    fstype: str(raw.fstype),
    mountpoints: many.filter((m): m is string => typeof m === 'string' && m.length > 0),
    rm: bool(raw.rm),
    hotplug: bool(raw.hotplug),
    tran: str(raw.tran),
    size: num(raw.size),
    pkname: str(raw.pkname),
    label: str(raw.label),
    children,
  };
};

/** Parses `lsblk -J` output (any column set); throws when it is not lsblk JSON. */
export const parseLsblkJson = (text: string): BlockNode[] => {
  const start = text.indexOf('{');
  if (start < 0) throw new Error('no JSON object in lsblk output');
  const parsed = JSON.parse(text.slice(start)) as { blockdevices?: unknown };
  if (!Array.isArray(parsed.blockdevices)) throw new Error('lsblk JSON has no "blockdevices" list');
  return parsed.blockdevices.filter((d): d is Record<string, unknown> => typeof d === 'object' && d !== null).map(toNode);
};

/** Parses `lsblk -P` (KEY="value" pairs, one device a line) into a tree using PKNAME. */
export const parseLsblkPairs = (text: string): BlockNode[] => {
  const flat: BlockNode[] = [];
  for (const line of text.split(/\r?\n/)) {
    const raw: Record<string, unknown> = {};
    for (const m of line.matchAll(/([A-Z:%_-]+)="((?:[^"\\]|\\.)*)"/g)) {
      // util-linux >= 2.37 prints MAJ_MIN in pairs mode, older versions MAJ:MIN.
      const key = (m[1] ?? '').toLowerCase();
      raw[key === 'maj_min' ? 'maj:min' : key] = (m[2] ?? '').replace(/\\x([0-9a-f]{2})/gi, (_s, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
    if (raw.name !== undefined) flat.push(toNode(raw));
  }
  const roots: BlockNode[] = [];
  for (const node of flat) {
    const pk = node.pkname?.replace(/^\/dev\/(mapper\/)?/, '');
    const parent = pk ? flat.find((p) => p.name === pk) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
};

/** Parses plain `lsblk` tree output (├─/└─ or ASCII `|-`/`` `- `` prefixes; columns from the header line). */
export const parseLsblkText = (text: string): BlockNode[] => {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => /^NAME\s+/.test(l));
  if (at < 0) throw new Error('no lsblk header line');
  const columns = (lines[at] ?? '').trim().split(/\s+/).map((c) => c.toLowerCase());
  const roots: BlockNode[] = [];
  const stack: BlockNode[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^((?:[│|]\s|\s\s)*(?:[├└]─|[|`]-)?)(\S+)(.*)$/.exec(line);
    if (!m || !m[2]) continue;
    const depth = Math.floor([...(m[1] ?? '')].length / 2);
    const values = (m[3] ?? '').trim().split(/\s+/);
    const raw: Record<string, unknown> = { name: m[2] };
    columns.slice(1).forEach((c, i) => {
      // The last column (MOUNTPOINT[S]) may be empty or hold spaces.
      const v = i === columns.length - 2 ? values.slice(i).join(' ') : values[i];
      if (v) raw[c === 'mountpoints' ? 'mountpoint' : c] = v;
    });
    const node = toNode(raw);
    stack.length = depth;
    const parent = stack[depth - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack[depth] = node;
  }
  return roots;
};

/** Parses whatever lsblk printed: JSON (-J), pairs (-P) or the plain tree. */
export const parseLsblkAny = (text: string): BlockNode[] => {
  const t = text.trimStart();
  if (t.startsWith('{') || /^\$?[^\n]*lsblk[^\n]*-\w*J/.test(t)) return parseLsblkJson(text);
  if (/^NAME="/m.test(text)) return parseLsblkPairs(text);
  return parseLsblkText(text);
};

/** A device with the chain of devices it sits on (outermost disk first). */
export type BlockChain = { node: BlockNode; ancestors: BlockNode[] };

/** Every occurrence of every device in the tree, with its ancestors. */
export const flattenBlockTree = (roots: BlockNode[]): BlockChain[] => {
  const out: BlockChain[] = [];
  const walk = (node: BlockNode, ancestors: BlockNode[]) => {
    out.push({ node, ancestors });
    for (const child of node.children) walk(child, [...ancestors, node]);
  };
  for (const root of roots) walk(root, []);
  return out;
};

/** One line of /proc/self/mountinfo. */
export type MountEntry = { majMin: string; root: string; mountPoint: string; fsType: string; source: string; options: string };

// mountinfo escapes space, tab, newline and backslash as octal (\040).
const unescape = (s: string): string => s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));

/** Parses /proc/self/mountinfo (see proc(5)); malformed lines are skipped. */
export const parseMountinfo = (text: string): MountEntry[] => {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(' ');
    const dash = fields.indexOf('-');
    if (fields.length < 10 || dash < 6) continue;
    out.push({
      majMin: fields[2] ?? '',
      root: unescape(fields[3] ?? ''),
      mountPoint: unescape(fields[4] ?? ''),
      options: fields[5] ?? '',
      fsType: fields[dash + 1] ?? '',
      source: unescape(fields[dash + 2] ?? ''),
    });
  }
  return out;
};

/** One active swap area from /proc/swaps. */
export type SwapEntry = { file: string; type: string; sizeKiB: number | null };

/** Parses /proc/swaps (header line, then one swap area a line). */
export const parseProcSwaps = (text: string): SwapEntry[] =>
  text
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 3 && f[0])
    .map((f) => ({ file: unescape(f[0] ?? ''), type: f[1] ?? '', sizeKiB: num(f[2]) }));

/** One configured mapping from /etc/crypttab. */
export type CrypttabEntry = { name: string; device: string; keyFile: string | null; options: string[] };

/** Parses /etc/crypttab (see crypttab(5)); comments and blank lines are skipped. */
export const parseCrypttab = (text: string): CrypttabEntry[] =>
  text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l.length > 0)
    .map((l) => l.split(/\s+/))
    .filter((f) => f.length >= 2)
    .map((f) => ({ name: f[0] ?? '', device: f[1] ?? '', keyFile: f[2] && f[2] !== 'none' && f[2] !== '-' ? f[2] : null, options: (f[3] ?? '').split(',').filter(Boolean) }));

/** A `cryptsetup status` answer: active mapping with its LUKS type, or why not. */
export type CryptsetupStatus = { active: boolean; type: string | null; cipher: string | null; device: string | null; error: string | null };

/** Parses `cryptsetup status NAME` output (needs root on most systems). */
export const parseCryptsetupStatus = (text: string): CryptsetupStatus => {
  const field = (k: string) => new RegExp(`^\\s*${k}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim() ?? null;
  if (/ is active/.test(text)) return { active: true, type: field('type'), cipher: field('cipher'), device: field('device'), error: null };
  if (/ is inactive/.test(text)) return { active: false, type: null, cipher: null, device: null, error: 'inactive' };
  return { active: false, type: null, cipher: null, device: null, error: text.trim().split('\n')[0] || 'empty output' };
};

/** Parses the "Block devices:" part of /proc/devices into major number -> driver name. */
export const parseProcDevicesBlock = (text: string): Record<string, string> => {
  const block = text.split(/^Block devices:\s*$/m)[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/^\s*(\d+)\s+(\S+)\s*$/gm)) out[m[1] ?? ''] = m[2] ?? '';
  return out;
};
