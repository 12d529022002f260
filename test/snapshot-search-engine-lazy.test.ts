import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SHARED } from './helpers/score.js';

// counts the imports of the search engine in a fresh module graph (vi.doMock's factory runs on the next import of it)
const engine = { imports: 0 };

const SEEDS = join(SHARED, 'corpus', 'seeds');
const fresh = async () => {
  vi.resetModules();
  engine.imports = 0;
  vi.doMock('../src/search/search-index.js', async (original) => {
    engine.imports++;
    return await original();
  });
  return { ...(await import('../src/graph/snapshot.js')), ...(await import('../src/graph/corpus.js')) };
};

describe('a snapshot loaded without its search part never imports the search engine', () => {
  let file: string;
  let saved: string[];
  beforeAll(async () => {
    const { Corpus, saveSnapshot } = await fresh();
    const { SearchIndex } = await import('../src/search/search-index.js');
    const corpus = await Corpus.fromFolder(SEEDS, { searchIndex: new SearchIndex() });
    saved = corpus.search('kế hoạch').hits.map((h) => h.id);
    file = join(mkdtempSync(join(tmpdir(), 'vanban-engine-')), 'seeds.snapshot');
    await saveSnapshot(corpus, file);
  });

  it("search: 'none': the graph answers, the engine is not imported", async () => {
    const { loadSnapshot } = await fresh();
    const corpus = await loadSnapshot(file, { search: 'none' });
    expect(corpus.lookup('dang:18-NQ/TW#XII', () => []).key).toBe('dang:18-NQ/TW#XII');
    expect(corpus.graph.order).toBeGreaterThan(0);
    expect(corpus.hasSearchIndex).toBe(false);
    expect(engine.imports).toBe(0);
  });

  it('the default (lazy): the engine is imported by the load, and the synchronous first search reads the part', async () => {
    expect(saved.length).toBeGreaterThan(0);
    const { loadSnapshot } = await fresh();
    const corpus = await loadSnapshot(file);
    expect(engine.imports).toBe(1);
    // corpus.search is synchronous: the part's loadSync needs the engine already imported
    expect(corpus.search('kế hoạch').hits.map((h) => h.id)).toEqual(saved);
  });
});
