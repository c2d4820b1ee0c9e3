import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../main/menu.js';

const roles = (items: ReturnType<typeof menuTemplate>): string[] =>
  items.flatMap((i) => [String(i.role ?? i.label), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);

describe('application menu', () => {
  it('has no developer tools or reload in a packaged build', () => {
    const r = roles(menuTemplate('win32', true, () => undefined));
    expect(r).not.toContain('toggleDevTools');
    expect(r).not.toContain('reload');
    expect(roles(menuTemplate('win32', false, () => undefined))).toContain('toggleDevTools');
  });

  it('adds the app menu on macOS only', () => {
    expect(roles(menuTemplate('darwin', true, () => undefined))).toContain('appMenu');
    expect(roles(menuTemplate('linux', true, () => undefined))).not.toContain('appMenu');
  });

  it('help items open allow-listed topics', () => {
    const topics: string[] = [];
    const help = menuTemplate('linux', true, (t) => topics.push(t)).find((i) => i.role === 'help');
    for (const item of Array.isArray(help?.submenu) ? help.submenu : []) (item.click as () => void)();
    expect(topics).toEqual(['hhs-risk-analysis', 'hhs-breach']);
  });
});
