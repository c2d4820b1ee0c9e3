/** Plain-language text for messaging-app findings (pure). */
import type { Platform } from '../types.js';
import type { CatalogApp } from './catalog.js';
import type { DataStore, Detection } from './evidence.js';

/** How strongly the machine shows use of an app. */
export type UseLevel = 'recent-chats' | 'installed' | 'leftover-data';

const SOURCE_WORDS: Record<Detection['source'], string> = {
  'mac-bundle-id': 'app bundle',
  'mac-app-name': 'app bundle (by name)',
  'uninstall-key': 'Apps & features entry',
  'uninstall-display-name': 'Apps & features entry',
  'store-package': 'Microsoft Store package',
  'install-path': 'program file',
  'desktop-file': 'app launcher',
  flatpak: 'Flatpak',
  snap: 'Snap',
  'system-package': 'system package',
  process: 'running program',
};

/** "1.2 GB" style sizes for an office manager. */
export const formatBytes = (n: number): string => {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${v} bytes` : `${v.toFixed(1)} ${units[u]}`;
};

/** The finding title, led by what was found. */
export const titleFor = (app: CatalogApp, level: UseLevel, hasChatStore: boolean): string => {
  const head =
    level === 'recent-chats' ? `${app.name} holds recent chats on this computer` : level === 'installed' ? `${app.name} is installed on this computer` : `${app.name} left ${hasChatStore ? 'chat data' : 'data'} behind on this computer`;
  return app.baa.status === 'none' ? head : `${head}: confirm your plan includes a BAA`;
};

/** What was found, what it means, and how the vendor stores data. */
export const describeFinding = (app: CatalogApp, installed: Detection[], running: Detection[], stores: DataStore[]): string => {
  const found: string[] = [];
  if (installed.length > 0) found.push(`installed (${[...new Set(installed.map((d) => `${SOURCE_WORDS[d.source]} ${d.identifier}`))].slice(0, 3).join('; ')})`);
  else if (stores.length > 0 && !app.builtIn) found.push('not installed any more');
  if (running.length > 0) found.push('running now');
  if (stores.length > 0) {
    const bytes = stores.reduce((sum, s) => sum + s.sizeBytes, 0);
    const newest = stores.map((s) => s.lastModified).sort().at(-1)?.slice(0, 10);
    const partial = stores.some((s) => !s.sizeComplete) ? 'at least ' : '';
    const size = bytes === 0 && partial ? '' : `${partial}${formatBytes(bytes)}, `;
    found.push(`local data in ${stores.length} place${stores.length === 1 ? '' : 's'} (${size}last changed ${newest})`);
  }
  const meaning =
    app.baa.status === 'none'
      ? `${app.vendor} does not sign a Business Associate Agreement (BAA) for ${app.name}. If anyone at the practice uses it about patients, patient information travels through a service HIPAA does not allow for that, and the chat history kept on this computer is patient data outside the practice's safeguards. ${app.baa.note}`
      : `${app.baa.note} Patient matters may go through ${app.name} only when the practice's own plan includes a signed BAA and staff sign in with the practice's account, not a personal or free one.`;
  const retired = app.retired ? ` ${app.retired.note} The program no longer gets security fixes.` : '';
  return `Found: ${found.join('; ')}. ${meaning}${retired} How it stores data: ${app.localStore.detail}`;
};

const uninstallStep = (app: CatalogApp, platform: Platform, installed: Detection[]): string | undefined => {
  if (installed.length === 0 || app.builtIn) return undefined;
  if (platform === 'win32') return `Uninstall ${app.name}: Settings > Apps > Installed apps, find ${app.name}, then Uninstall.`;
  if (platform === 'darwin') return `Quit ${app.name}, then drag it from ${installed[0]?.location ?? 'Applications'} to the Trash.`;
  const flatpak = installed.find((d) => d.source === 'flatpak');
  const snap = installed.find((d) => d.source === 'snap');
  const pkg = installed.find((d) => d.source === 'system-package');
  if (flatpak) return `Remove it with: flatpak uninstall --delete-data ${flatpak.identifier}`;
  if (snap) return `Remove it with: sudo snap remove --purge ${snap.identifier}`;
  if (pkg) return `Remove it with: sudo apt remove ${pkg.identifier} (or sudo dnf remove ${pkg.identifier})`;
  return `Remove ${app.name} with the tool that installed it; its launcher is ${installed[0]?.location ?? 'in your applications menu'}.`;
};

const builtInStep = (app: CatalogApp): string | undefined => {
  if (app.id === 'apple-messages') return 'In Messages > Settings > iMessage, sign out and turn off Messages in iCloud; on the iPhone, turn off Settings > Messages > Text Message Forwarding for this Mac.';
  if (app.id === 'microsoft-phone-link') return 'Open Phone Link, go to Settings > My devices, and remove the paired phone so its text messages stop copying to this computer.';
  return undefined;
};

/** Ordered steps for the scanned OS: replace the app, remove it, then deal with its data. */
export const remediationFor = (app: CatalogApp, platform: Platform, installed: Detection[], stores: DataStore[], level: UseLevel): string[] => {
  const steps: string[] = [];
  if (app.baa.status === 'none') {
    steps.push(`Stop using ${app.name} for anything about patients. Move those conversations to a messaging service that signs a BAA with the practice (for example the secure messaging in your EHR, or Microsoft Teams, Slack or Zoom on a plan that includes a BAA).`);
  } else {
    steps.push(`Confirm the practice's ${app.name} plan includes a signed BAA and keep a copy with your BAA records.`);
    steps.push(`Make sure everyone signs in to ${app.name} with the practice's account, not a personal or free one.`);
    steps.push(`If there is no BAA, stop using ${app.name} for patient matters and remove it.`);
  }
  const remove = app.baa.status === 'none' ? (uninstallStep(app, platform, installed) ?? builtInStep(app)) : undefined;
  if (remove) steps.push(remove);
  if (stores.length > 0) {
    const paths = stores.map((s) => s.path).slice(0, 4).join('; ');
    steps.push(`Before deleting its local data, ask your privacy officer whether any messages must be copied into patient records. Then delete: ${paths}.`);
  }
  if (level === 'recent-chats' && app.baa.status === 'none') steps.push('If patient information was shared through it, follow your breach-assessment procedure.');
  return steps;
};
