/** Small fakes of the Electron objects the main-process modules take as arguments. */
import type { SessionLike, WebContentsLike } from '../../main/security.js';
import type { IpcMainLike, InvokeEvent } from '../../main/ipc.js';

/** A session that records the handlers the hardening installs. */
export const fakeSession = () => {
  const s = {
    permissionRequest: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: null as null | ((wc: unknown, permission: string) => boolean),
    beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    headersReceived: null as null | ((d: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void),
  };
  const session: SessionLike = {
    setPermissionRequestHandler: (h) => void (s.permissionRequest = h),
    setPermissionCheckHandler: (h) => void (s.permissionCheck = h),
    webRequest: {
      onBeforeRequest: (l) => void (s.beforeRequest = l),
      onHeadersReceived: (l) => void (s.headersReceived = l),
    },
  };
  return { session, handlers: s };
};

type Listener = (event: { preventDefault: () => void }, ...args: unknown[]) => void;

/** A web contents that lets a test fire navigation events and window.open. */
export const fakeWebContents = () => {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (h: (d: { url: string }) => { action: string }) => {
      openHandler = h;
    },
  };
  const fire = (event: string, url: string): boolean => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as WebContentsLike, fire, open: (url: string) => openHandler?.({ url }), listeners };
};

/** An ipcMain that keeps handlers so a test can invoke them as a window would. */
export const fakeIpcMain = () => {
  const handlers = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const invoke = (channel: string, frameUrl: string, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: { url: frameUrl, parent: null } }, ...args);
  };
  return { ipcMain, handlers, invoke };
};
