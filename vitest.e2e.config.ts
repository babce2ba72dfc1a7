import { defineConfig } from 'vitest/config';

// Browser tests of the built widget (npm run build first): Debian's Chromium on partner pages served
// from 127.0.0.1. One file at a time: each drives a real browser, and CI has two cores.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/embed/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
