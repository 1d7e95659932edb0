// Test projects: `unit` (Node), `dom` (jsdom) and `browser` (real Chromium with the built extension, one
// file at a time). Browser tests skip without /usr/bin/chromium, except when CI is set: then they fail.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          // CLI tests spawn the command several times; a shared 2-core machine needs headroom. The quality guards
          // score tens of thousands of held-out texts in their beforeAll hooks.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.ts'],
          // jsdom parses pages of thousands of messages; on a busy shared machine that takes seconds, not milliseconds
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
