import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * One e2e project per browser: the same suites (tests/e2e/*.e2e.ts, and the component tests in
 * tests/browser/*.browser.test.ts) run once in each, handed the browser
 * under test by tests/support/fixtures.ts. They run one after the other (groupOrder), one file at a time:
 * two browsers at once on a small machine make the timing checks flaky.
 */
const e2e = (browser: 'chromium' | 'firefox', groupOrder: number): TestProjectInlineConfiguration => ({
  test: {
    name: `e2e-${browser}`,
    include: ['tests/e2e/**/*.e2e.ts', 'tests/browser/**/*.browser.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    provide: { browser },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { groupOrder },
  },
});

// Tiers: `unit` runs pure logic in Node; `e2e-*` drive the built extension in real browsers.
export default defineConfig({
  // The content script's timing marks are a build flag (see vite.config.ts); unit tests run without them.
  define: { __TIFA_MARKS__: 'false' },
  test: {
    reporters: ['default'],
    projects: [
      {
        // Projects do not inherit the root's `define`: the popup's entry code reads the flag in unit tests.
        define: { __TIFA_MARKS__: 'false' },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      e2e('chromium', 1),
      e2e('firefox', 2),
    ],
  },
});
