import { describe, expect, it } from 'vitest';
import { HELP_PAGES, helpTopicFor, isAllowedExternalUrl, openExternalSafely, openHelpPage, type HelpTopic } from '../../main/external-links.js';

describe('external links', () => {
  it.each([
    [HELP_PAGES['hhs-breach'], true],
    [HELP_PAGES['hhs-risk-analysis'], true],
    ['https://www.hhs.gov/', false],
    ['http://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html', false],
    ['https://www.hhs.gov.evil.test/hipaa/for-professionals/breach-notification/index.html', false],
    ['https://user:pw@www.hhs.gov/hipaa/for-professionals/breach-notification/index.html', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });

  const fakeShell = () => {
    const opened: string[] = [];
    return { opened, shell: { openExternal: async (u: string) => void opened.push(u) } };
  };

  it('opens only allow-listed pages', async () => {
    const { opened, shell } = fakeShell();
    expect(await openExternalSafely(shell, 'https://evil.test/')).toBe(false);
    expect(await openExternalSafely(shell, HELP_PAGES['hhs-encryption'])).toBe(true);
    expect(opened).toEqual([HELP_PAGES['hhs-encryption']]);
  });

  it.each(Object.keys(HELP_PAGES) as HelpTopic[])('opens the listed address for %s', async (topic) => {
    const { opened, shell } = fakeShell();
    await openHelpPage(shell, topic);
    expect(opened).toEqual([HELP_PAGES[topic]]);
    expect(helpTopicFor(HELP_PAGES[topic])).toBe(topic);
  });
});
