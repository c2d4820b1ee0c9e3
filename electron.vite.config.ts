// electron-vite build: main (ESM, with the scan worker as a second entry), preload (CommonJS, sandboxed), renderer (React).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
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
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
