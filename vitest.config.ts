import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node; renderer units in jsdom; the browser suite drives Chromium.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
