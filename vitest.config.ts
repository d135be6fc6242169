import { defineConfig } from 'vitest/config';

// Two tiers: `unit` runs pure logic in Node; `e2e` drives the built extension in real browsers.
export default defineConfig({
  // The content script's timing marks are a build flag (see vite.config.ts); unit tests run without them.
  define: { __TIFA_MARKS__: 'false' },
  test: {
    reporters: ['default'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
