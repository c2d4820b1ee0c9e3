// electron-vite build: main (ESM, with the scan worker as a second entry), preload (CommonJS, sandboxed), renderer (React).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// electron-vite adds `const require = createRequire(import.meta.url)` to every ESM chunk that calls
// require(); a module declaring the same line itself would then declare `require` twice in the
// chunk (a SyntaxError at load). Drop the module's copy: the chunk-level one is identical.
const LOCAL_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;
// `npm start` only: React's hot-reload preamble is an inline script, which the strict CSP forbids.
// Builds keep the policy unchanged.
const devOnlyInlineScripts = (): Plugin => ({
  name: 'practice-audit:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
});

const dedupeRequireShim = (): Plugin => ({
  name: 'practice-audit:dedupe-require-shim',
  transform: (code, id) => (/\.[cm]?ts$/.test(id) && LOCAL_REQUIRE.test(code) ? { code: code.replace(LOCAL_REQUIRE, ''), map: null } : null),
});

export default defineConfig({
  main: {
    plugins: [dedupeRequireShim()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          'scan-worker': resolve('main/scan-worker.ts'),
          // The patient-records pool loads `./scan-worker-boot.mjs` next to its own (bundled) chunk;
          // in the app that file is the bundled file-inspection worker itself.
          'chunks/scan-worker-boot': resolve('checks/patient-records/scan-worker.ts'),
        },
        output: {
          format: 'es',
          entryFileNames: (chunk) => (chunk.name === 'chunks/scan-worker-boot' ? '[name].mjs' : '[name].js'),
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file; it imports only electron and our own files.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('main/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), devOnlyInlineScripts()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
