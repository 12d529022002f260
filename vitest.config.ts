import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/helpers/plain-summary-reporter.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // every core: vitest's default keeps one idle, which on the 2-core machines the suite runs on halves it (one worker, about
    // 12 minutes, against about 7 with two)
    maxWorkers: availableParallelism(),
    // one throw-away PostgreSQL cluster for the run (docs/postgres.md)
    globalSetup: ['./test/helpers/pg-global-setup.ts'],
    reporters: ['default', new PlainSummaryReporter()],
  },
});
