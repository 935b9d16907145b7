import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests (STYLE.md): unit tests beside the code, medium tests on real databases
 * (SQLite always, PostgreSQL when TEST_DATABASE_URL is set) and end-to-end flows in Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'medium', include: ['test/medium/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          // The first suite seeds the demo court's template data directory (test/support/e2e.ts).
          hookTimeout: 420_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
