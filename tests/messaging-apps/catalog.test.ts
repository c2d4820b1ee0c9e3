import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, parseCatalog } from '../../checks/messaging-apps/catalog.js';

const raw = (): { apps: Record<string, unknown>[] } & Record<string, unknown> => JSON.parse(readFileSync('checks/messaging-apps/catalog.json', 'utf8')) as never;
const app = (id: string) => CATALOG.apps.find((a) => a.id === id);

// The list: none of these may be missing from the catalog.
const REQUIRED = ['whatsapp', 'signal', 'telegram', 'facebook-messenger', 'wechat', 'viber', 'line', 'discord', 'skype', 'element', 'wire', 'threema', 'kakaotalk', 'zalo', 'apple-messages', 'microsoft-teams', 'microsoft-teams-personal', 'slack', 'zoom'];

describe('messaging-apps catalog', () => {
  it('validates against its schema as shipped', () => {
    expect(() => parseCatalog(raw())).not.toThrow();
  });

  it.each(REQUIRED)('lists %s with a vendor, a BAA status with a source, and local-store facts', (id) => {
    const a = app(id);
    expect(a, id).toBeDefined();
    expect(a?.sources[a.baa.src]).toMatch(/\w/);
    expect(a?.sources[a.localStore.src]).toMatch(/\w/);
    const identifiers = [...Object.values(a?.mac ?? {}), ...Object.values(a?.windows ?? {}), ...Object.values(a?.linux ?? {})].flat();
    expect(identifiers.length).toBeGreaterThan(0);
  });

  it.each([
    ['slack', 'business-plans'],
    ['microsoft-teams', 'business-plans'],
    ['zoom', 'available'],
    ['microsoft-teams-personal', 'none'],
    ['whatsapp', 'none'],
    ['apple-messages', 'none'],
  ])('%s has BAA status %s', (id, status) => {
    expect(app(id)?.baa.status).toBe(status);
  });

  it.each([
    ['microsoft-teams', 'windows', 'packageFamilyNames', 'MSTeams_8wekyb3d8bbwe'],
    ['microsoft-teams-personal', 'windows', 'packageFamilyNames', 'MicrosoftTeams_8wekyb3d8bbwe'],
    ['whatsapp', 'windows', 'packageFamilyNames', '5319275A.WhatsAppDesktop_cv1g1gvanyjgm'],
    ['telegram', 'linux', 'flatpakIds', 'org.telegram.desktop'],
    ['telegram', 'mac', 'bundleIds', 'org.telegram.desktop'],
    ['telegram', 'mac', 'bundleIds', 'ru.keepcoder.Telegram'],
    ['signal', 'linux', 'flatpakIds', 'org.signal.Signal'],
    ['signal', 'linux', 'snapNames', 'signal-desktop'],
    ['slack', 'mac', 'bundleIds', 'com.tinyspeck.slackmacgap'],
    ['zoom', 'mac', 'bundleIds', 'us.zoom.xos'],
    ['skype', 'windows', 'uninstallKeys', 'Skype_is1'],
  ] as const)('%s carries the %s %s identifier %s', (id, os, field, value) => {
    const list = (app(id)?.[os] as Record<string, { id: string }[]> | undefined)?.[field] ?? [];
    expect(list.map((i) => i.id)).toContain(value);
  });

  it('marks retired apps with their retirement date', () => {
    expect(app('skype')?.retired?.date).toBe('2025-05-05');
    expect(app('facebook-messenger')?.retired?.date).toBe('2025-12-15');
  });

  it('rejects an identifier whose source is not listed', () => {
    const bad = raw();
    (bad.apps[0] as { mac: { bundleIds: { id: string; src: string }[] } }).mac.bundleIds.push({ id: 'com.example.x', src: 'nowhere' });
    expect(() => parseCatalog(bad)).toThrow(/unknown source "nowhere"/);
  });

  it('rejects a DisplayName pattern that is not anchored at both ends', () => {
    const bad = raw();
    (bad.apps[1] as { windows: { displayNames: { id: string; src: string }[] } }).windows.displayNames.push({ id: '^Signal', src: 'pkg' });
    expect(() => parseCatalog(bad)).toThrow(/not an anchored regular expression/);
  });

  it('rejects one identifier claimed by two apps', () => {
    const bad = raw();
    (bad.apps[1] as { mac: { bundleIds: { id: string; src: string }[] } }).mac.bundleIds.push({ id: 'net.whatsapp.WhatsApp', src: 'pkg' });
    expect(() => parseCatalog(bad)).toThrow(/claimed by whatsapp and signal/);
  });

  it('rejects an unknown field, so typos cannot silently drop identifiers', () => {
    const bad = raw();
    (bad.apps[0] as { mac: Record<string, unknown> }).mac.bundleId = [];
    expect(() => parseCatalog(bad)).toThrow(/catalog is invalid/);
  });
});
