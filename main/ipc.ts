/** Registers every channel through one wrapper that checks the sender and validates arguments. */
import { CHANNELS, ipcChannel, type Channel } from './channels.js';
import { channelArgs, type AppHandlers } from './ipc-contract.js';
import type { SenderFrame } from './security.js';

/** The event Electron passes to an invoke handler (only the sender frame is used). */
export type InvokeEvent = { senderFrame: SenderFrame };

/** The part of ipcMain the app uses. */
export type IpcMainLike = {
  handle: (channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>) => void;
};

/** Thrown to the window when a call is refused; the message is safe to show. */
export class RefusedCall extends Error {}

/** Wraps one handler: refuses untrusted senders and arguments that do not match the contract. */
export const handle = <C extends Channel>(ipcMain: IpcMainLike, channel: C, handler: AppHandlers[C], isTrusted: (frame: SenderFrame) => boolean): void => {
  ipcMain.handle(ipcChannel(channel), async (event, ...args) => {
    if (!isTrusted(event.senderFrame)) throw new RefusedCall(`${channel}: refused a request from outside the app window`);
    const parsed = channelArgs[channel].safeParse(args);
    if (!parsed.success) throw new RefusedCall(`${channel}: the request was not valid`);
    const call = handler as (...a: unknown[]) => Promise<unknown>;
    return call(...(parsed.data as unknown[]));
  });
};

/** Registers every channel of the contract. */
export const registerIpc = (ipcMain: IpcMainLike, handlers: AppHandlers, isTrusted: (frame: SenderFrame) => boolean): void => {
  for (const channel of CHANNELS) handle(ipcMain, channel, handlers[channel], isTrusted);
};
