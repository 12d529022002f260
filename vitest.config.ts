import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/helpers/plain-summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // one throw-away PostgreSQL cluster for the run (docs/postgres.md)
    globalSetup: ['./test/helpers/pg-global-setup.ts'],
    reporters: ['default', new PlainSummaryReporter()],
  },
});
