import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // End-to-end tests start Chromium and a web host each; two cores are enough for two at a time.
    maxWorkers: 2,
    reporters: ['default', './test/support/summaryReporter.ts'],
    // Performance hints would print after the summary; CI and readers expect the summary line last.
    experimental: { diagnostics: false },
  },
});
