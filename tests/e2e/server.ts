/**
 * The e2e test server: serves the Vite-built renderer and implements window.practiceAudit over
 * HTTP by calling the same main-process modules the Electron app wires up (handlers, IPC
 * validation, history, the worker scan runner with the live probe, report services).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppHandlers, type AppController } from '../../main/app-handlers.js';
import { CHANNELS, ipcChannel, type Channel } from '../../main/channels.js';
import { createHistoryStore } from '../../main/history.js';
import { registerIpc, type InvokeEvent } from '../../main/ipc.js';
import type { ScanEvent } from '../../main/ipc-contract.js';
import { createReportServices } from '../../main/reports-bridge.js';
import { createWorkerScanRunner } from '../../main/scan-runner.js';
import { listQuestions, readStartInfo } from '../../main/start-info.js';

/** Where the server reads and writes. */
export type TestServerOptions = { rendererDir: string; dataDir: string; scanFolder: string; exportDir: string; cacheDir: string };

/** A running server, with what the window asked the "operating system" to do. */
export type TestServer = { url: string; handlers: AppController; shown: string[]; close: () => Promise<void> };

const here = path.dirname(fileURLToPath(import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

const readBody = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '[]');
};

const send = (res: ServerResponse, status: number, type: string, body: string | Buffer): void => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
};

/** Starts the server on a free localhost port. */
export const startTestServer = async (options: TestServerOptions): Promise<TestServer> => {
  const clients = new Set<ServerResponse>();
  const shown: string[] = [];
  const services = await createReportServices(path.join(options.dataDir, 'signing'));
  const handlers = createAppHandlers({
    history: createHistoryStore(path.join(options.dataDir, 'scans'), services.sign),
    // The same worker entry the app builds (main/scan-worker.ts), loaded from source through tsx;
    // its re-scan cache goes to the test's folder, never the user's.
    runScan: createWorkerScanRunner(path.join(here, 'scan-worker-from-source.mjs'), '0.0.0-e2e', { cacheDir: options.cacheDir }),
    emit: (event: ScanEvent) => {
      for (const client of clients) client.write(`data: ${JSON.stringify(event)}\n\n`);
    },
    startInfo: readStartInfo,
    questions: listQuestions,
    chooseFolder: async () => options.scanFolder,
    chooseExportFolder: async () => options.exportDir,
    showItemInFolder: (file) => void shown.push(file),
    openHelp: async () => undefined,
    attest: services.attest,
    exportBundle: services.exportBundle,
    assessBreach: services.assessBreach,
    now: () => new Date(),
  });

  // Route every call through the same sender check and argument validation as the IPC layer.
  const routes = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  registerIpc({ handle: (channel, listener) => void routes.set(channel, listener) }, handlers, (frame) => frame?.url === 'e2e-shim');

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (url.pathname.startsWith('/api/') && req.method === 'POST') {
        const channel = url.pathname.slice('/api/'.length) as Channel;
        const route = CHANNELS.includes(channel) ? routes.get(ipcChannel(channel)) : undefined;
        if (!route) return send(res, 404, 'application/json', JSON.stringify({ error: 'no such channel' }));
        try {
          const args = (await readBody(req)) as unknown[];
          const result = await route({ senderFrame: { url: 'e2e-shim', parent: null } }, ...args);
          return send(res, 200, 'application/json', JSON.stringify({ result: result ?? null }));
        } catch (err) {
          return send(res, 500, 'application/json', JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
        }
      }
      if (url.pathname === '/e2e-shim.js') return send(res, 200, TYPES['.js'] ?? '', await readFile(path.join(here, 'shim.js')));
      if (url.pathname === '/' || url.pathname === '/index.html') {
        const html = await readFile(path.join(options.rendererDir, 'index.html'), 'utf8');
        const shim = `<script src="/e2e-shim.js" data-channels='${JSON.stringify(CHANNELS)}'></script>`;
        return send(res, 200, TYPES['.html'] ?? '', html.replace('</head>', `${shim}</head>`));
      }
      const file = path.normalize(path.join(options.rendererDir, url.pathname));
      if (!file.startsWith(options.rendererDir)) return send(res, 403, 'text/plain', 'forbidden');
      try {
        return send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(res, 404, 'text/plain', 'not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    handlers,
    shown,
    close: async () => {
      for (const client of clients) client.end();
      await handlers.idle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
