/** Pure parsers for backup evidence: Time Machine, File History, wbadmin, Timeshift, Déjà Dup. */

/** One Time Machine destination as `tmutil destinationinfo` prints it. */
export type TmDestination = { name: string; kind: string; mountPoint?: string; id?: string };

/**
 * `tmutil destinationinfo`: blocks separated by `====` lines with `Key : Value` rows, or
 * "No destinations configured." Returns undefined when the text is neither.
 */
export const parseTmDestinationInfo = (stdout: string): TmDestination[] | undefined => {
  if (/No destinations configured/i.test(stdout)) return [];
  const blocks = stdout.split(/^=+\s*$/m).map((b) => b.trim()).filter(Boolean);
  const dests: TmDestination[] = [];
  for (const block of blocks) {
    const row: Record<string, string> = {};
    for (const line of block.split(/\r?\n/)) {
      const m = /^\s*([A-Za-z >]+?)\s*:\s*(.*)$/.exec(line);
      // tmutil marks the destination used last with a leading ">".
      if (m) row[(m[1] ?? '').replace(/^[\s>]+/, '').trim().toLowerCase()] = (m[2] ?? '').trim();
    }
    if (row.name !== undefined || row.id !== undefined) dests.push({ name: row.name ?? '', kind: row.kind ?? '', ...(row['mount point'] ? { mountPoint: row['mount point'] } : {}), ...(row.id ? { id: row.id } : {}) });
  }
  return blocks.length > 0 && dests.length === 0 ? undefined : dests;
};

/** `tmutil latestbackup`: a path ending in a `YYYY-MM-DD-HHMMSS` folder (`.backup` on APFS). Local time, read as UTC. */
export const parseTmLatestBackup = (stdout: string): string | undefined => {
  const all = [...stdout.matchAll(/(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})/g)];
  const m = all[all.length - 1];
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

const asDate = (v: unknown): Date | undefined => {
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
};

/** /Library/Preferences/com.apple.TimeMachine.plist: AutoBackup, destination count and the newest SnapshotDates entry. */
export const parseTimeMachinePlist = (value: unknown): { autoBackup: boolean | null; destinations: number; latest: string | undefined } => {
  const dict = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const dests = Array.isArray(dict.Destinations) ? (dict.Destinations as unknown[]) : [];
  let latest: Date | undefined;
  for (const d of dests) {
    const snaps = typeof d === 'object' && d !== null ? (d as Record<string, unknown>).SnapshotDates : undefined;
    for (const s of Array.isArray(snaps) ? snaps : []) {
      const date = asDate(s);
      if (date && (!latest || date > latest)) latest = date;
    }
  }
  return { autoBackup: typeof dict.AutoBackup === 'boolean' ? dict.AutoBackup : null, destinations: dests.length, latest: latest?.toISOString() };
};

/** A Windows FILETIME (100-ns ticks since 1601, as `reg query` prints a REG_QWORD: `0x1d9...`) as an ISO date. */
export const fileTimeToIso = (data: string | undefined): string | undefined => {
  if (!data || !/^(0x[0-9a-f]+|\d+)$/i.test(data.trim())) return undefined;
  const ticks = BigInt(data.trim());
  if (ticks === 0n) return undefined;
  const ms = Number(ticks / 10_000n) - 11_644_473_600_000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};

/**
 * `wbadmin get versions` (administrators only). The "Version identifier" value has the same
 * `MM/DD/YYYY-HH:MM` (UTC) shape in every language, so dates are read from it, not from labels.
 */
export const parseWbadminVersions = (stdout: string): { count: number; latest: string | undefined } => {
  const dates = [...stdout.matchAll(/\b(\d{2})\/(\d{2})\/(\d{4})-(\d{2}):(\d{2})\b/g)].map((m) => new Date(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]))));
  const valid = dates.filter((d) => !Number.isNaN(d.getTime())).sort((a, b) => a.getTime() - b.getTime());
  return { count: valid.length, latest: valid[valid.length - 1]?.toISOString() };
};

/** Timeshift's JSON settings: configured when a backup device is set and some schedule is on. */
export const parseTimeshiftJson = (text: string): { device: boolean; scheduled: string[] } | undefined => {
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    const scheduled = ['hourly', 'daily', 'weekly', 'monthly', 'boot'].filter((k) => String(o[`schedule_${k}`]) === 'true');
    return { device: typeof o.backup_device_uuid === 'string' && o.backup_device_uuid !== '', scheduled };
  } catch {
    return undefined;
  }
};

/** `gsettings get org.gnome.DejaDup last-backup`: a quoted ISO time, or `''` when it never ran. */
export const parseGsettingsString = (stdout: string): string | undefined => {
  const m = /^'(.*)'\s*$/.exec(stdout.trim());
  if (!m || m[1] === '') return undefined;
  const d = new Date(m[1] ?? '');
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
};
