import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writeChain } from './helpers/cli-fixture.js';

/**
 * Issue 17 (cold start): a question about a snapshot imports the graph and its queries, not what reads documents
 * (the readers, the folder walk and `ignore`, the commands extract and read) nor the search engine (flexsearch and
 * the query reader). Each command runs in a fresh module graph where these modules are counted as they are imported
 * (vi.doMock's factory runs on each import of the module). extract and search import theirs: the count can fail.
 */
const HEAVY = {
  readers: '../src/doc/read.js',
  walk: '../src/doc/corpus.js',
  engine: '../src/search/search-index.js',
  documentCommands: '../src/cli/document-commands.js',
  extractAnswers: '../src/answers/extract.js',
} as const;
type Heavy = keyof typeof HEAVY;
const imported = new Set<Heavy>();

async function freshCli(): Promise<(...argv: string[]) => Promise<{ code: number; out: string; err: string }>> {
  vi.resetModules();
  imported.clear();
  for (const [name, path] of Object.entries(HEAVY) as Array<[Heavy, string]>) {
    vi.doMock(path, async (original) => {
      imported.add(name);
      return await original();
    });
  }
  const { run } = await import('../src/cli/run.js');
  return async (...argv) => {
    let out = '';
    let err = '';
    const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  };
}

describe('what a CLI command imports', () => {
  let snapshot: string;
  let docs: string;
  beforeAll(async () => {
    const chain = writeChain();
    docs = chain.docs;
    snapshot = join(chain.dir, 'chain.snapshot');
    const cli = await freshCli();
    const r = await cli('ingest', docs, '--out', snapshot, '--no-progress');
    expect(r.code, r.err).toBe(0);
  }, 60_000);

  const questions: string[][] = [['trace', '18-NQ/TW'], ['trace', '18-NQ/TW', '--json'], ['coverage', '18-NQ/TW'], ['cites', '191/KH-UBND'], ['path', '45/KH-UBND', '18-NQ/TW'], ['missing'], ['rank'], ['check']];
  for (const q of questions) {
    it(`${q.join(' ')} --snapshot: no reader, folder walk or search engine`, async () => {
      const cli = await freshCli();
      const r = await cli(...q, '--snapshot', snapshot);
      // check exits 1 when it reports a problem; every other question answers with 0
      expect(q[0] === 'check' ? [0, 1] : [0], r.err).toContain(r.code);
      expect(r.out.length).toBeGreaterThan(0);
      expect([...imported]).toEqual([]);
    });
  }

  it('a search imports the engine (not the readers), extract the readers and the walk', async () => {
    let cli = await freshCli();
    const s = await cli('search', 'kế hoạch', '--snapshot', snapshot);
    expect(s.code, s.err).toBe(0);
    expect([...imported].sort()).toEqual(['engine']);
    cli = await freshCli();
    const e = await cli('extract', docs, '--json');
    expect(e.code, e.err).toBe(0);
    expect([...imported].sort()).toEqual(['documentCommands', 'extractAnswers', 'readers', 'walk']);
  });
});
