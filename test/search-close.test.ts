import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, loadSnapshot, saveSnapshot, SnapshotError } from '../src/graph/index.js';
import { SearchIndex } from '../src/search/index.js';
import { MemoryStore } from '../src/store/memory.js';
import { writeChain } from './helpers/cli-fixture.js';

/**
 * A search index read from a snapshot keeps the file open (texts, and in a paged part postings, are read by
 * range): closing the corpus or its store gives the descriptor back at once, not when the collector runs.
 */
const { dir, docs } = writeChain();
const file = join(dir, 'chain.v5');
// (Linux: the process's open descriptors; elsewhere the count is skipped and the refusal still checked)
const openFiles = (): number | null => {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return null;
  }
};

beforeAll(async () => {
  await saveSnapshot(await Corpus.fromFolder(docs, { searchIndex: new SearchIndex() }), file);
});

describe('closing a loaded search index', () => {
  it('gives the snapshot file back, and a later search that reads it is refused', async () => {
    const before = openFiles();
    const corpus = await loadSnapshot(file);
    const hits = corpus.search('kế hoạch', { limit: 5 });
    expect(hits.hits.length).toBeGreaterThan(0);
    const open = openFiles();
    if (before !== null && open !== null) expect(open).toBe(before + 1);
    corpus.close();
    if (before !== null) expect(openFiles()).toBe(before);
    expect(() => corpus.search('thực hiện', { limit: 5 })).toThrow(SnapshotError);
    // closing twice is harmless, and the graph is still there
    corpus.close();
    expect(corpus.graph.order).toBeGreaterThan(0);
  });

  it('MemoryStore.close closes its corpus\'s search file; many loads closed leave nothing open', async () => {
    const before = openFiles();
    for (let i = 0; i < 50; i++) {
      const store = new MemoryStore(await loadSnapshot(file));
      expect((await store.search('kế hoạch', { limit: 3 })).hits.length).toBeGreaterThan(0);
      await store.close();
    }
    if (before !== null) expect(openFiles()).toBe(before);
  });

  it('an index built in memory has nothing to close and keeps answering', async () => {
    const corpus = await Corpus.fromFolder(docs, { searchIndex: new SearchIndex() });
    corpus.close();
    expect(corpus.search('kế hoạch', { limit: 5 }).hits.length).toBeGreaterThan(0);
  });
});
