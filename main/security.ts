/**
 * Window defaults and hardening per Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security). Unit-tested with a fake electron.
 */
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';

/** The renderer's Content-Security-Policy; renderer/index.html carries the same policy in a meta tag. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** A window constructor: Electron's BrowserWindow, or a fake in tests. */
export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Creates the one app window: isolated, sandboxed, no Node in the page, no middle-click popups.
 * The preload is registered on the session (registerAppPreload), not per window.
 */
export const createAppWindow = <W>(BrowserWindow: WindowConstructor<W>): W =>
  new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Practice Audit',
    backgroundColor: '#f4f6f8',
    webPreferences: {
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
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });

/** The part of a Session that registers preload scripts. */
export type PreloadRegistrar = { registerPreloadScript: (script: { type: 'frame'; id: string; filePath: string }) => string };

/**
 * Registers the preload (the CommonJS bundle that exposes `window.practiceAudit`) for the app's
 * page frames. It runs sandboxed and context-isolated like a webPreferences preload.
 */
export const registerAppPreload = (session: PreloadRegistrar, filePath: string): string =>
  session.registerPreloadScript({ type: 'frame', id: 'practice-audit-preload', filePath });

/** The parts of a Session the hardening uses. */
export type SessionLike = {
  setPermissionRequestHandler: (handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) => void;
  setPermissionCheckHandler: (handler: (webContents: unknown, permission: string) => boolean) => void;
  webRequest: {
    onBeforeRequest: (listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) => void;
    onHeadersReceived: (
      listener: (details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void,
    ) => void;
  };
};

/**
 * True for requests the app itself makes: its own pages (app://renderer/), in-page data, and (in development only)
 * the Vite dev server. Everything else, including any web address, is refused.
 */
export const isLocalRequest = (url: string, devServerOrigin: string | null): boolean => {
  if (url.startsWith('app://renderer/') || url.startsWith('data:') || url.startsWith('devtools://')) return true;
  if (devServerOrigin === null) return false;
  try {
    const u = new URL(url);
    const dev = new URL(devServerOrigin);
    return u.host === dev.host && (u.protocol === dev.protocol || u.protocol === 'ws:');
  } catch {
    return false;
  }
};

/**
 * Denies every permission (camera, notifications, ...), blocks remote requests, and adds the CSP
 * header (in development the dev server's page keeps its meta policy, relaxed for hot reload).
 */
export const hardenSession = (session: SessionLike, devServerOrigin: string | null): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url, devServerOrigin) }));
  if (devServerOrigin !== null) return;
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
};

/** The parts of a WebContents the hardening uses. */
export type WebContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Blocks navigation away from the app, in-app popups and webviews. A link to an allow-listed
 * help page is handed to the system browser through `openExternal`.
 */
export const hardenContents = (contents: WebContentsLike, openHelpUrl: (url: string) => void): void => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openHelpUrl(url);
    return { action: 'deny' };
  });
};

/** The sender of an IPC message, as Electron describes it. */
export type SenderFrame = { url: string; parent: unknown } | null;

/** True when a message comes from the app's own page in the top frame (never a subframe or other URL). */
export const isTrustedSender = (frame: SenderFrame, appUrl: string): boolean => {
  if (!frame || frame.parent !== null) return false;
  try {
    const from = new URL(frame.url);
    const app = new URL(appUrl);
    // app:// is not a WHATWG special scheme, so compare scheme and host rather than `origin`.
    return from.protocol === app.protocol && from.host === app.host && app.host !== '';
  } catch {
    return false;
  }
};
