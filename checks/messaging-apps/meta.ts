/** What the messaging-apps check asks, why it matters, and how to fix it per OS. */
import type { CheckMeta } from '../types.js';

/** Static description of the messaging-apps check. */
export const MESSAGING_META: CheckMeta = {
  id: 'messaging-apps',
  title: 'Messaging apps without a BAA',
  group: 'messaging-apps',
  platforms: ['win32', 'darwin', 'linux'],
  safeguards: ['164.308(b)(1)', '164.312(e)(1)', '164.502(e)'],
  insuranceControls: ['secure-messaging'],
  rationale:
    'Clinicians often text about patients. A messaging service that stores or carries patient information is a business associate and needs a signed BAA (45 CFR 164.308(b)(1), 164.502(e)); consumer apps such as WhatsApp, Signal, Telegram or iMessage offer none, and the chat history they keep on the laptop is unprotected patient data. The check finds these apps by exact identifiers (bundle ids, uninstall keys, Store package names, .desktop ids, Flatpak and Snap ids), whether they are running, and the chat data they left on disk, without opening any message.',
  remediation: {
    win32: [
      'Use only messaging services that sign a BAA with the practice for anything about patients.',
      'Remove consumer messaging apps: Settings > Apps > Installed apps > the app > Uninstall.',
      "Delete chat data left in the user's AppData folders after your privacy officer decides what must be kept.",
    ],
    darwin: [
      'Use only messaging services that sign a BAA with the practice for anything about patients.',
      'Quit consumer messaging apps and drag them from Applications to the Trash.',
      'Delete chat data left in ~/Library after your privacy officer decides what must be kept; sign out of Messages on practice Macs.',
    ],
    linux: [
      'Use only messaging services that sign a BAA with the practice for anything about patients.',
      'Remove consumer messaging apps with flatpak uninstall, snap remove or your package manager.',
      'Delete chat data left in ~/.config, ~/.local/share or ~/.var/app after your privacy officer decides what must be kept.',
    ],
  },
};
