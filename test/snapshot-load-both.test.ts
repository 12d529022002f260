import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, loadSnapshot, saveSnapshot, SnapshotError } from '../src/graph/index.js';
import { SearchIndex } from '../src/search/index.js';
import { dumpOf } from '../bench/fuzz-snapshot.mjs';
import { writeChain } from './helpers/cli-fixture.js';

/**
 * A format 5 load of graph and search part now (`search: 'eager'`) opens the search part while the graph part is read on
 * the thread pool (snapshot.ts, loadV5Both). It must load what the one-after-the-other load gives, and refuse what that
 * load refuses, with the same reason (the graph's damage first), never returning a corpus from a damaged file.
 */
const { dir, docs } = writeChain();
const file = join(dir, 'both.v5');
let bytes: Buffer;
let dump: string;

beforeAll(async () => {
  const corpus = await Corpus.fromFolder(docs, { searchIndex: new SearchIndex() });
  await saveSnapshot(corpus, file);
  bytes = readFileSync(file);
  dump = dumpOf(corpus);
});

/** The reason a load gives, or null when it loads: both at once, or the graph then the search part. */
async function reason(path: string, both: boolean): Promise<string | null> {
  try {
    const corpus = both ? await loadSnapshot(path, { search: 'eager' }) : await loadSnapshot(path);
    if (!both) await corpus.searchReady();
    return null;
  } catch (e) {
    if (!(e instanceof SnapshotError)) throw e;
    return e.message;
  }
}

describe('format 5: graph and search part loaded together', () => {
  it('loads what was written, its search index read', async () => {
    const corpus = await loadSnapshot(file, { search: 'eager' });
    expect(corpus.hasSearchIndex).toBe(true);
    expect(dumpOf(corpus)).toBe(dump);
  });

  it('refuses a flipped byte as the graph-then-search load does, with the same reason', async () => {
    const nl = bytes.indexOf(10);
    // every byte of the header line and of the last 200 (the trailers, the search part's head), one in 41 elsewhere
    const at = [...Array(bytes.length).keys()].filter((i) => i <= nl || i >= bytes.length - 200 || i % 41 === 0);
    const path = join(dir, 'flipped.v5');
    let refused = 0;
    // (a low bit keeps a digit a digit: a header line whose search id or count changed still parses, and its search
    // part is refused for it, yet the graph part's checksum, which covers the line, is the reason given first)
    const flips = at.flatMap((i) => (i <= nl ? [[i, 0x10] as const, [i, 0x01] as const] : [[i, 0x10] as const]));
    for (const [i, bit] of flips) {
      const copy = Buffer.from(bytes);
      copy[i] = (copy[i] as number) ^ bit;
      writeFileSync(path, copy);
      const together = await reason(path, true);
      expect(together, `byte ${i} ^ ${bit}`).toBe(await reason(path, false));
      if (together !== null) refused++;
    }
    // (a flip in the search part's body is found when the page holding it is read, by a query: not by either load)
    expect(refused).toBeGreaterThan(flips.length / 3);
  }, 300_000);

  it('refuses a file cut anywhere', async () => {
    const path = join(dir, 'cut.v5');
    for (const length of [0, 7, bytes.indexOf(10) + 1, Math.floor(bytes.length / 2), bytes.length - 33, bytes.length - 1]) {
      writeFileSync(path, bytes.subarray(0, length));
      await expect(loadSnapshot(path, { search: 'eager' }), `cut at ${length}`).rejects.toThrow(SnapshotError);
    }
  });
});
