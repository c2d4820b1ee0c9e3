/** The messaging-app catalog: identifiers, data stores and BAA status per app, validated at load. */
import { z } from 'zod';
import catalogJson from './catalog.json' with { type: 'json' };

const identifierSchema = z.strictObject({ id: z.string().min(1), src: z.string().min(1), note: z.string().optional() });

const storeKinds = ['messages', 'attachments', 'downloads', 'app-data'] as const;
/** What a data store holds: chat history, received files, downloads, or the app's general folder. */
export type StoreKind = (typeof storeKinds)[number];

// Path templates: `~/`, `%APPDATA%`, `%LOCALAPPDATA%`, `%USERPROFILE%`, `%PROGRAMFILES%`,
// `%PROGRAMFILES(X86)%`, `$XDG_CONFIG_HOME`, `$XDG_DATA_HOME`; `*` may appear in one segment.
const storeSchema = z.strictObject({ path: z.string().min(3), kind: z.enum(storeKinds), src: z.string().min(1), note: z.string().optional() });

const ids = z.array(identifierSchema).default([]);
const stores = z.array(storeSchema).default([]);

const macSchema = z.strictObject({ bundleIds: ids, appNames: ids, processNames: ids, dataStores: stores });
const windowsSchema = z.strictObject({
  uninstallKeys: ids,
  /** Anchored regular expressions for the uninstall entry's DisplayName. */
  displayNames: ids,
  packageFamilyNames: ids,
  /** MSIX package names when the publisher id is not known. */
  packageNames: ids,
  installPaths: ids,
  processNames: ids,
  dataStores: stores,
});
const linuxSchema = z.strictObject({
  desktopFiles: ids,
  /** Anchored regular expressions for .desktop file names. */
  desktopFilePatterns: ids,
  /** Program names a .desktop Exec line may start (matched on the base name). */
  executables: ids,
  flatpakIds: ids,
  snapNames: ids,
  /** deb or rpm package names. */
  packages: ids,
  processNames: ids,
  dataStores: stores,
});

const appSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(2),
  vendor: z.string().min(2),
  /** An all-in-one app that signs into several messaging services. */
  aggregator: z.boolean().optional(),
  /** Part of the OS (Messages, Phone Link): only its data shows that someone uses it. */
  builtIn: z.boolean().optional(),
  retired: z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), note: z.string() }).optional(),
  baa: z.strictObject({ status: z.enum(['none', 'business-plans', 'available']), note: z.string().min(10), src: z.string() }),
  localStore: z.strictObject({ encryptedAtRest: z.enum(['yes', 'no', 'partial', 'unknown']), detail: z.string().min(10), src: z.string() }),
  sources: z.record(z.string(), z.string().min(10)),
  mac: macSchema.default(() => macSchema.parse({})),
  windows: windowsSchema.default(() => windowsSchema.parse({})),
  linux: linuxSchema.default(() => linuxSchema.parse({})),
});

/** One app in the catalog. */
export type CatalogApp = z.output<typeof appSchema>;
/** One identifier with the key of its source. */
export type CatalogIdentifier = z.output<typeof identifierSchema>;
/** One place an app keeps local data. */
export type CatalogStore = z.output<typeof storeSchema>;
/** BAA availability: none, only on some business plans, or available on paid plans. */
export type BaaStatus = CatalogApp['baa']['status'];

const isAnchoredRegex = (s: string): boolean => {
  if (!s.startsWith('^') || !s.endsWith('$')) return false;
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
};

/** Every identifier and store of an app, with the field it sits in. */
const fieldsOf = (app: CatalogApp): { field: string; item: { src: string; id?: string } }[] => {
  const out: { field: string; item: { src: string; id?: string } }[] = [{ field: 'baa', item: app.baa }, { field: 'localStore', item: app.localStore }];
  for (const os of ['mac', 'windows', 'linux'] as const)
    for (const [field, list] of Object.entries(app[os])) for (const item of list as { src: string; id?: string }[]) out.push({ field: `${os}.${field}`, item });
  return out;
};

const catalogSchema = z
  .strictObject({ version: z.literal(1), reviewed: z.string(), apps: z.array(appSchema).min(1) })
  .superRefine((catalog, ctx) => {
    const seen = new Map<string, string>();
    catalog.apps.forEach((app, i) => {
      for (const { field, item } of fieldsOf(app)) {
        if (!(item.src in app.sources)) ctx.addIssue({ code: 'custom', path: ['apps', i, field], message: `${app.id}: unknown source "${item.src}"` });
        const isPattern = field.endsWith('displayNames') || field.endsWith('desktopFilePatterns');
        if (isPattern && item.id !== undefined && !isAnchoredRegex(item.id)) ctx.addIssue({ code: 'custom', path: ['apps', i, field], message: `${app.id}: "${item.id}" is not an anchored regular expression` });
        // An exact identifier belongs to one app only, or two apps would claim the same install.
        if (!isPattern && item.id !== undefined && !field.endsWith('processNames') && !field.endsWith('executables')) {
          const key = `${field}:${item.id.toLowerCase()}`;
          const owner = seen.get(key);
          if (owner && owner !== app.id) ctx.addIssue({ code: 'custom', path: ['apps', i, field], message: `${item.id} is claimed by ${owner} and ${app.id}` });
          seen.set(key, app.id);
        }
      }
    });
    const appIds = catalog.apps.map((a) => a.id);
    if (new Set(appIds).size !== appIds.length) ctx.addIssue({ code: 'custom', path: ['apps'], message: 'duplicate app ids' });
  });

/** The whole catalog. */
export type Catalog = z.output<typeof catalogSchema>;

/** Validates a catalog object; throws with every problem listed. */
export const parseCatalog = (json: unknown): Catalog => {
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) throw new Error(`messaging-apps catalog is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
};

/** The catalog shipped with the check (validated once, when the module loads). */
export const CATALOG: Catalog = parseCatalog(catalogJson);

/** Looks an app up by id. */
export const catalogApp = (catalog: Catalog, id: string): CatalogApp | undefined => catalog.apps.find((a) => a.id === id);
