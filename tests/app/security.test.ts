import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY, createAppWindow, hardenContents, registerAppPreload, hardenSession, isLocalRequest, isTrustedSender, type WindowConstructor } from '../../main/security.js';

type WindowOptions = ConstructorParameters<WindowConstructor<unknown>>[0];
import { fakeSession, fakeWebContents } from './fake-electron.js';

/** Stands in for Electron's BrowserWindow: keeps the options it was built with. */
class FakeBrowserWindow {
  constructor(readonly options: WindowOptions) {}
}

describe('window defaults', () => {
  const prefs = createAppWindow(FakeBrowserWindow).options.webPreferences ?? {};

  it('isolates and sandboxes the page with no Node access', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens at a size that fits 1280x800', () => {
    const o = createAppWindow(FakeBrowserWindow).options;
    expect(o.width).toBeLessThanOrEqual(1280);
    expect(o.height).toBeLessThanOrEqual(800);
    expect(o.show).toBe(false);
  });
});

describe('preload registration', () => {
  it('registers the preload bundle for page frames on the session', () => {
    const registered: unknown[] = [];
    registerAppPreload({ registerPreloadScript: (s) => String(registered.push(s)) }, '/app/out/preload/index.cjs');
    expect(registered).toEqual([{ type: 'frame', id: 'practice-audit-preload', filePath: '/app/out/preload/index.cjs' }]);
  });
});

describe('session hardening', () => {
  const { session, handlers } = fakeSession();
  hardenSession(session, null);

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) handlers.permissionRequest?.({}, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(handlers.permissionCheck?.({}, 'media')).toBe(false);
  });

  it.each([
    ['https://example.com/x.js', true],
    ['http://localhost:5173/', true],
    ['ws://evil.test/', true],
    ['app://renderer/assets/index.js', false],
    ['file:///app/out/renderer/index.html', true],
    ['data:image/png;base64,AAAA', false],
  ])('cancels remote request %s: %s', (url, cancel) => {
    let result: boolean | null = null;
    handlers.beforeRequest?.({ url }, (r) => (result = r.cancel));
    expect(result).toBe(cancel);
  });

  it('adds the CSP header to every response', () => {
    let headers: Record<string, string[]> = {};
    handlers.headersReceived?.({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('leaves the CSP header to the dev server page in development', () => {
    const dev = fakeSession();
    hardenSession(dev.session, 'http://localhost:5173');
    expect(dev.handlers.headersReceived).toBeNull();
    expect(dev.handlers.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('allows the dev server only in development', () => {
    expect(isLocalRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isLocalRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isLocalRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isLocalRequest('http://localhost:5173/', null)).toBe(false);
  });
});

describe('web contents hardening', () => {
  it('blocks navigation, redirects, webviews and new windows; hands links to the allow-listing opener', () => {
    const fake = fakeWebContents();
    const opened: string[] = [];
    hardenContents(fake.contents, (url) => opened.push(url));
    expect(fake.fire('will-navigate', 'https://evil.test/')).toBe(true);
    expect(fake.fire('will-redirect', 'https://evil.test/')).toBe(true);
    expect(fake.fire('will-attach-webview', 'https://evil.test/')).toBe(true);
    expect(fake.open('https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html']);
  });
});

describe('trusted sender', () => {
  const appUrl = 'app://renderer/index.html';
  it.each([
    [{ url: appUrl, parent: null }, appUrl, true],
    [{ url: `${appUrl}#results`, parent: null }, appUrl, true],
    [{ url: 'app://other/index.html', parent: null }, appUrl, false],
    [{ url: 'file:///tmp/evil.html', parent: null }, appUrl, false],
    [{ url: 'https://renderer/index.html', parent: null }, appUrl, false],
    [{ url: appUrl, parent: {} }, appUrl, false],
    [null, appUrl, false],
    [{ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173', true],
    [{ url: 'http://localhost:5174/', parent: null }, 'http://localhost:5173', false],
    [{ url: 'not a url', parent: null }, appUrl, false],
  ])('%j from %s -> %s', (frame, appUrl, trusted) => {
    expect(isTrustedSender(frame, appUrl)).toBe(trusted);
  });
});

describe('content security policy', () => {
  it('is the same in renderer/index.html and forbids remote and inline code', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).toContain(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
