import { describe, expect, it } from 'vitest';
import { CHANNELS, ipcChannel, SCAN_EVENT_CHANNEL } from '../../main/channels.js';
import { channelArgs, type AppHandlers } from '../../main/ipc-contract.js';
import { registerIpc } from '../../main/ipc.js';
import { buildPreloadApi } from '../../main/preload-api.js';
import type { ScanEvent } from '../../main/ipc-contract.js';
import { fakeIpcMain } from './fake-electron.js';

const APP_URL = 'file:///app/out/renderer/index.html';

const recordingHandlers = () => {
  const calls: [string, unknown[]][] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async (...args: unknown[]) => {
        calls.push([c, args]);
        return `${c}-result`;
      },
    ]),
  ) as unknown as AppHandlers;
  return { handlers, calls };
};

describe('IPC contract', () => {
  it('has an argument schema for every channel and no others', () => {
    expect(Object.keys(channelArgs).sort()).toEqual([...CHANNELS].sort());
  });
});

describe('registerIpc', () => {
  const setup = () => {
    const fake = fakeIpcMain();
    const { handlers, calls } = recordingHandlers();
    registerIpc(fake.ipcMain, handlers, (frame) => frame?.url === APP_URL);
    return { ...fake, calls };
  };

  it('registers every channel under the app namespace', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannel).sort());
  });

  it('passes valid calls through to the handler', async () => {
    const { invoke, calls } = setup();
    await expect(invoke(ipcChannel('startScan'), APP_URL, { paths: ['/home/pat'], groups: ['patient-records'] })).resolves.toBe('startScan-result');
    expect(calls).toEqual([['startScan', [{ paths: ['/home/pat'], groups: ['patient-records'] }]]]);
  });

  it('refuses calls from any other page', async () => {
    const { invoke, calls } = setup();
    await expect(invoke(ipcChannel('listHistory'), 'https://evil.test/')).rejects.toThrow(/refused/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['startScan', [{ paths: ['/x'], groups: ['no-such-group'] }]],
    ['startScan', [{ paths: ['/x'], groups: [] }]],
    ['startScan', [{ paths: '/x', groups: ['patient-records'] }]],
    ['loadReport', ['../../etc/passwd']],
    ['loadReport', []],
    ['compareScans', ['a']],
    ['saveAnswers', ['a', [{ id: 'mfa-email', answer: 'maybe' }], 'Pat']],
    ['saveAnswers', ['a', [], '   ']],
    ['exportReport', ['a', ['exe'], { redactPaths: false }]],
    ['exportReport', ['a', ['pdf']]],
    ['openHelp', ['https://evil.test/']],
    ['listHistory', ['extra']],
  ] as const)('refuses %s with invalid arguments %j', async (channel, args) => {
    const { invoke, calls } = setup();
    await expect(invoke(ipcChannel(channel), APP_URL, ...args)).rejects.toThrow(/not valid/);
    expect(calls).toEqual([]);
  });
});

describe('preload API', () => {
  const fakeIpcRenderer = () => {
    const invoked: [string, unknown[]][] = [];
    const listeners = new Map<string, (event: unknown, payload: ScanEvent) => void>();
    return {
      invoked,
      listeners,
      ipc: {
        invoke: async (channel: string, ...args: unknown[]) => void invoked.push([channel, args]),
        on: (channel: string, l: (event: unknown, payload: ScanEvent) => void) => void listeners.set(channel, l),
        removeListener: (channel: string) => void listeners.delete(channel),
      },
    };
  };

  it('has exactly one method per channel plus onScanEvent, and is frozen', () => {
    const api = buildPreloadApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'onScanEvent'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the namespaced channel with the arguments', async () => {
    const fake = fakeIpcRenderer();
    await buildPreloadApi(fake.ipc).compareScans('a', 'b');
    expect(fake.invoked).toEqual([['practice-audit:compareScans', ['a', 'b']]]);
  });

  it('gives event callbacks the payload only and unsubscribes', () => {
    const fake = fakeIpcRenderer();
    const seen: unknown[] = [];
    const off = buildPreloadApi(fake.ipc).onScanEvent((...args) => seen.push(args));
    fake.listeners.get(SCAN_EVENT_CHANNEL)?.({ sender: 'ipcRenderer!' }, { kind: 'cancelled' });
    expect(seen).toEqual([[{ kind: 'cancelled' }]]);
    off();
    expect(fake.listeners.has(SCAN_EVENT_CHANNEL)).toBe(false);
  });
});
