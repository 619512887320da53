import { defineConfig } from 'vitest/config';

// Domain code runs in Node; islands in a DOM with a fake IndexedDB; e2e drives the built site in Chromium.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run thousands of cases: on a busy machine they take longer, never differently.
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'], setupFiles: ['test/unit/fast-check-seed.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/component/**/*.test.{ts,tsx}'],
          setupFiles: ['test/component/setup.ts', 'test/unit/fast-check-seed.ts'],
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
