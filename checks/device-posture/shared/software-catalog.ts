/** A catalog of software (remote-access tools, backup agents) and how to spot it on each OS. */
import { z } from 'zod';
import type { Platform } from '../../types.js';
import type { SoftwareInventory } from './software-inventory.js';

const names = z.array(z.string().min(1)).default([]);

/** One catalog entry; matching is case-insensitive (prefix for DisplayNames, launchd and desktop files unless the pattern ends in `$`; exact for apps, packages and processes). */
export const catalogEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  note: z.string().optional(),
  windows: z.object({ displayNames: names, processes: names }).partial().default({}),
  macos: z.object({ apps: names, bundleIds: names, processes: names }).partial().default({}),
  linux: z.object({ packages: names, desktopFiles: names, processes: names }).partial().default({}),
  sources: z.array(z.string().url()).min(1),
});

export const catalogSchema = z.object({ description: z.string(), entries: z.array(catalogEntrySchema).min(1) });

/** A validated catalog entry. */
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** One piece of software found, with where it was seen. */
export type CatalogMatch = { id: string; name: string; seen: { via: 'installed' | 'launchd' | 'package' | 'desktop-file' | 'running'; value: string }[] };

const lower = (s: string) => s.toLowerCase();
// Windows reports `TeamViewer.exe`, other systems `TeamViewer`: compare without the suffix.
const procName = (s: string) => lower(s).replace(/\.exe$/, '');
// A pattern ending in `$` must match the whole name ("LogMeIn$" is the host, not "LogMeIn Hamachi", a VPN).
const startsWithAny = (value: string, prefixes: readonly string[] = []) =>
  prefixes.some((p) => (p.endsWith('$') ? lower(value) === lower(p.slice(0, -1)) : lower(value).startsWith(lower(p))));

/** Matches the inventory against the catalog for one OS. Pure. */
export const matchCatalog = (entries: readonly CatalogEntry[], inv: SoftwareInventory, platform: Platform): CatalogMatch[] => {
  const matches: CatalogMatch[] = [];
  for (const entry of entries) {
    const seen: CatalogMatch['seen'] = [];
    const add = (via: CatalogMatch['seen'][number]['via'], values: string[]) => {
      for (const value of values) if (!seen.some((s) => s.via === via && s.value === value)) seen.push({ via, value });
    };
    const procs = (wanted: readonly string[] = []) => inv.processes.filter((p) => wanted.some((w) => procName(w) === procName(p)));
    if (platform === 'win32') {
      add('installed', inv.apps.filter((a) => startsWithAny(a, entry.windows.displayNames)));
      add('running', procs(entry.windows.processes));
    } else if (platform === 'darwin') {
      add('installed', inv.apps.filter((a) => (entry.macos.apps ?? []).some((w) => lower(w) === lower(a))));
      add('launchd', inv.launchd.filter((l) => startsWithAny(l, entry.macos.bundleIds)));
      add('running', procs(entry.macos.processes));
    } else {
      add('package', inv.packages.filter((p) => (entry.linux.packages ?? []).some((w) => lower(w) === lower(p))));
      add('desktop-file', inv.desktopFiles.filter((d) => startsWithAny(d, entry.linux.desktopFiles)));
      add('running', procs(entry.linux.processes));
    }
    if (seen.length > 0) matches.push({ id: entry.id, name: entry.name, seen });
  }
  return matches;
};
