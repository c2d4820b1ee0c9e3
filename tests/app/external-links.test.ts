import { describe, expect, it } from 'vitest';
import { HELP_PAGES, isAllowedExternalUrl, openExternalSafely } from '../../main/external-links.js';

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

  it('opens only allow-listed pages', async () => {
    const opened: string[] = [];
    const open = async (u: string) => void opened.push(u);
    expect(await openExternalSafely(open, 'https://evil.test/')).toBe(false);
    expect(await openExternalSafely(open, HELP_PAGES['hhs-encryption'])).toBe(true);
    expect(opened).toEqual([HELP_PAGES['hhs-encryption']]);
  });
});
