/**
 * Serves the renderer from a private `app://renderer/` scheme instead of file:// (Electron
 * security checklist item 18), so the page gets a real origin and no file:// privileges.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './security.js';

/** The page the window loads in production. */
export const APP_URL = 'app://renderer/index.html';

/** Registered before the app is ready: a standard, secure scheme (like https) with no extra powers. */
export const APP_SCHEME = { scheme: 'app', privileges: { standard: true, secure: true } } as const;

/** Maps an app:// URL to a file inside `rendererDir`; null for anything else or outside it. */
export const resolveAppFile = (rendererDir: string, url: string): string | null => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== 'renderer') return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative === '/' ? '/index.html' : relative}`);
  return file.startsWith(root + path.sep) ? file : null;
};

/** The part of Electron's protocol module used here. */
export type ProtocolLike = { handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => void };

/** Answers app:// requests from the built renderer folder, with the CSP header on every response. */
export const registerAppProtocol = (protocol: ProtocolLike, fetchFile: (fileUrl: string) => Promise<Response>, rendererDir: string): void => {
  protocol.handle(APP_SCHEME.scheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await fetchFile(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
};
