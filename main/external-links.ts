/** The only web pages the app will open (in the user's browser, never inside the app). */
import { assertNever } from '../checks/types.js';

/** Help topics the window may ask for, each a fixed page on hhs.gov. */
export const HELP_PAGES = {
  'hhs-risk-analysis': 'https://www.hhs.gov/hipaa/for-professionals/security/guidance/guidance-risk-analysis/index.html',
  'hhs-breach': 'https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html',
  'hhs-encryption': 'https://www.hhs.gov/hipaa/for-professionals/breach-notification/guidance/index.html',
} as const;

/** A help topic id. */
export type HelpTopic = keyof typeof HELP_PAGES;

const ALLOWED = new Set<string>(Object.values(HELP_PAGES));

/** True only for an exact https URL from the allow-list (no look-alike hosts, no other schemes). */
export const isAllowedExternalUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && ALLOWED.has(parsed.href);
  } catch {
    return false;
  }
};

/** The part of Electron's shell used here. */
export type ShellLike = { openExternal: (url: string) => Promise<void> };

/**
 * Opens one help page in the default browser. Each call passes a fixed address, so nothing the
 * window sends can reach shell.openExternal.
 */
export const openHelpPage = async (shell: ShellLike, topic: HelpTopic): Promise<void> => {
  switch (topic) {
    case 'hhs-risk-analysis':
      return shell.openExternal('https://www.hhs.gov/hipaa/for-professionals/security/guidance/guidance-risk-analysis/index.html');
    case 'hhs-breach':
      return shell.openExternal('https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html');
    case 'hhs-encryption':
      return shell.openExternal('https://www.hhs.gov/hipaa/for-professionals/breach-notification/guidance/index.html');
    default:
      return assertNever(topic);
  }
};

/** The help topic whose page is `url`, or null for any other address. */
export const helpTopicFor = (url: string): HelpTopic | null => {
  if (!isAllowedExternalUrl(url)) return null;
  return (Object.keys(HELP_PAGES) as HelpTopic[]).find((t) => HELP_PAGES[t] === new URL(url).href) ?? null;
};

/** Opens `url` in the default browser only if it is one of the help pages; returns whether it did. */
export const openExternalSafely = async (shell: ShellLike, url: string): Promise<boolean> => {
  const topic = helpTopicFor(url);
  if (topic === null) return false;
  await openHelpPage(shell, topic);
  return true;
};
