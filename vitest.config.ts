import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import PlainSummaryReporter from './test/helpers/plain-summary-reporter.js';

// Files that replace or reset modules (vi.mock, vi.resetModules, spies on a module's exports), change the process's directory
// or environment, test what a fresh process loads, or count the process's open files: each runs in a process of its own. The others share their
// worker's registry (isolate: false): isolated, each file imported src/ afresh (190 s of the suite's CPU) and ran the readers
// cold, their regular expressions compiled and their tables built again; shared, the suite took 609 s against 949 s on the
// project's two cores (the tests' own time 1 147 s against 1 627 s).
const ISOLATED = [
  'test/cli-imports.test.ts',
  'test/gazetteer-lazy.test.ts',
  'test/readme-examples.test.ts',
  'test/search-close.test.ts',
  'test/search-lazy-graph.test.ts',
  'test/snapshot-edge-insert.test.ts',
  'test/snapshot-search-engine-lazy.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // every core: vitest's default keeps one idle, which on the 2-core machines the suite runs on halves it
    maxWorkers: availableParallelism(),
    // one throw-away PostgreSQL cluster for the run (docs/postgres.md)
    globalSetup: ['./test/helpers/pg-global-setup.ts'],
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
    ],
  },
});
