/** The only web pages the app will open (in the user's browser, never inside the app). */

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

/** Opens `url` in the default browser if it is on the allow-list; returns whether it did. */
export const openExternalSafely = async (openExternal: (url: string) => Promise<void>, url: string): Promise<boolean> => {
  if (!isAllowedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
};
