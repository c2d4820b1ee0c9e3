import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME, registerAppProtocol, resolveAppFile } from '../../main/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../main/security.js';

describe('app:// protocol', () => {
  const root = path.resolve('/opt/app/out/renderer');

  it.each([
    ['app://renderer/index.html', path.join(root, 'index.html')],
    ['app://renderer/', path.join(root, 'index.html')],
    ['app://renderer/assets/index-abc.js', path.join(root, 'assets/index-abc.js')],
    ['app://renderer/../../secret.txt', path.join(root, 'secret.txt')],
    ['app://renderer/%2e%2e/%2e%2e/etc/passwd', path.join(root, 'etc/passwd')],
    ['app://renderer/..%2f..%2f..%2fetc/passwd', null],
    ['app://renderer/assets/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['file:///opt/app/out/renderer/index.html', null],
    ['https://renderer/index.html', null],
    ['not a url', null],
  ])('%s -> %s', (url, file) => {
    expect(resolveAppFile(root, url)).toBe(file);
  });

  it('is a standard, secure scheme with no other privileges', () => {
    expect(APP_SCHEME).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  describe('handler', () => {
    let dir: string;
    let handler: (request: { url: string }) => Promise<Response>;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'pa-protocol-'));
      await mkdir(path.join(dir, 'assets'));
      await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
      const fetchFile = async (fileUrl: string) => new Response(await readFile(fileURLToPath(fileUrl)), { status: 200, headers: { 'content-type': 'text/javascript' } });
      registerAppProtocol({ handle: (_scheme, h) => void (handler = h) }, fetchFile, dir);
    });
    afterAll(async () => rm(dir, { recursive: true, force: true }));

    it('serves files from the renderer folder with the CSP header', async () => {
      const response = await handler({ url: 'app://renderer/assets/app.js' });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('console.log(1)');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('content-type')).toBe('text/javascript');
    });

    it('answers 404 for anything outside it', async () => {
      expect((await handler({ url: 'app://renderer/..%2f..%2fetc/passwd' })).status).toBe(404);
      expect((await handler({ url: 'app://elsewhere/x' })).status).toBe(404);
    });
  });
});
