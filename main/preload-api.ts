/** Builds the `window.practiceAudit` object from an ipcRenderer (injected, so it is unit-tested). */
import { CHANNELS, ipcChannel, SCAN_EVENT_CHANNEL } from './channels.js';
import type { PracticeAuditApi, ScanEvent } from './ipc-contract.js';

/** The parts of ipcRenderer the API uses. */
export type IpcRendererLike = {
  invoke: (channel: string, ...args: unknown[]) => Promise<unknown>;
  on: (channel: string, listener: (event: unknown, payload: ScanEvent) => void) => unknown;
  removeListener: (channel: string, listener: (event: unknown, payload: ScanEvent) => void) => unknown;
};

/** One method per channel; event callbacks get the payload only, never the IPC event or ipcRenderer. */
export const buildPreloadApi = (ipc: IpcRendererLike): PracticeAuditApi => {
  const methods = Object.fromEntries(CHANNELS.map((channel) => [channel, (...args: unknown[]) => ipc.invoke(ipcChannel(channel), ...args)]));
  const onScanEvent: PracticeAuditApi['onScanEvent'] = (callback) => {
    const listener = (_event: unknown, payload: ScanEvent): void => callback(payload);
    ipc.on(SCAN_EVENT_CHANNEL, listener);
    return () => {
      ipc.removeListener(SCAN_EVENT_CHANNEL, listener);
    };
  };
  return Object.freeze({ ...(methods as Omit<PracticeAuditApi, 'onScanEvent'>), onScanEvent });
};
