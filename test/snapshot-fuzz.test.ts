import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dumpOf, fuzzSnapshots, readSearchWhole, termQueries, v5Layout } from '../bench/fuzz-snapshot.mjs';
import { CheckedLineWriter } from '../src/graph/checksum.js';
import { BlockWriter } from '../src/search/binary.js';
import { Corpus, loadSnapshot, saveSnapshot, SnapshotError } from '../src/graph/index.js';
import { SearchIndex } from '../src/search/index.js';
import { writeChain } from './helpers/cli-fixture.js';

/**
 * The short version of bench/fuzz-snapshot.mjs (the same function): flips, cuts, garbage and
 * reshaped records over two snapshots of the CLI's test chain, and the same in the binary search
 * part alone; the same snapshots in format 5 flipped, cut, overwritten, and flipped behind checksums made to match,
 * their paged search part alone too. Damage is always refused with a SnapshotError, at the load, or (the paged
 * search part, read by range) at the first query that reads it, or when the rest of the part is read after a
 * query over every term: never a wrong answer; nothing else is ever thrown.
 */
it('a few thousand damaged and reshaped snapshots: every damaged one refused, no other error', async () => {
  const { dir, docs } = writeChain();
  const snapshots = [];
  for (const [name, options] of [
    ['chain', {}],
    ['chain with search', { searchIndex: new SearchIndex() }],
  ] as const) {
    const path = join(dir, `${name}.ndjson`);
    const corpus = await Corpus.fromFolder(docs, options);
    await saveSnapshot(corpus, path, { version: 4 });
    const bytes = readFileSync(path);
    await saveSnapshot(corpus, path, { version: 3 });
    const v3 = readFileSync(path);
    await saveSnapshot(corpus, path, { version: 5 });
    snapshots.push({ name, bytes, v3, v5: readFileSync(path) });
  }
  const work = mkdtempSync(join(tmpdir(), 'vanban-fuzz-'));
  const { counts, examples } = await fuzzSnapshots({ lib: { loadSnapshot, SnapshotError, CheckedLineWriter, BlockWriter }, snapshots, iterations: 2500, seed: 18, dir: work });
  expect(examples.otherThrow).toEqual([]);
  expect(examples.acceptedWrong).toEqual([]);
  for (const kind of ['flip', 'truncation', 'garbage', 'version 5: flip', 'version 5: truncation', 'version 5: garbage', 'version 5: search part: flip', 'version 5: search part: cut']) {
    const c = counts[kind];
    expect(c?.cases, kind).toBeGreaterThan(kind.includes('search part: cut') ? 15 : kind.includes('garbage') || kind.includes('search part') ? 40 : 100);
    expect(c?.refused, kind).toBe(c?.cases);
  }
  // a paged search part (format 5's) read by range: a flip behind page checksums made to match is refused by
  // the index's own checks when a query or the whole read meets it, or read as what it says
  const pagedResealed = counts['version 5: search part: flip, sealed again'];
  expect(pagedResealed?.cases).toBeGreaterThan(20);
  expect(pagedResealed?.otherThrow).toBe(0);
  expect(pagedResealed?.refused).toBeGreaterThan(0);
  // behind matching checksums the binary reader's own checks refuse most flips; the rest read as what they say
  const resealed = counts['version 5: flip, sealed again'];
  expect(resealed?.cases).toBeGreaterThan(100);
  expect(resealed?.otherThrow).toBe(0);
  expect(resealed?.refused).toBeGreaterThan(0);
  // the search part, read lazily: damage there is refused when it is read (never half-loaded)
  for (const kind of ['search part: flip', 'search part: cut']) {
    const c = counts[kind];
    expect(c?.cases, kind).toBeGreaterThan(30);
    expect(c?.refused, kind).toBe(c?.cases);
  }
  expect(counts['search part: flip, sealed again']?.otherThrow).toBe(0);
  const shapes = counts['shape, sealed again'];
  expect(shapes?.otherThrow).toBe(0);
  expect(shapes?.refused).toBeGreaterThan(100);
  // version 2 has no checksum: some flips load as other values (why version 3 exists); it never crashes
  expect(counts['flip, version 2 (no checksum)']?.otherThrow).toBe(0);
}, 60_000);

/**
 * Format 5's paged search part is read by range (src/search/paged-part.ts): its head is checked at the load's
 * first search, each page of the rest when a query reads it. Every single-byte flip of the part and every cut
 * of the file is refused: at the load, at the first query that reads the page (a query over every term and pair
 * of terms is run), or when the rest of the part is read; never a wrong answer, never another error.
 */
it('every flip of a paged search part and every cut of its file is refused at the load or when read, never answered wrongly', async () => {
  const { dir, docs } = writeChain();
  const path = join(dir, 'paged.snap');
  await saveSnapshot(await Corpus.fromFolder(docs, { searchIndex: new SearchIndex() }), path);
  const bytes = readFileSync(path);
  const layout = v5Layout(bytes);
  expect(layout.paged).toBe(true);
  const clean = await loadSnapshot(path);
  const expected = dumpOf(clean);
  const queries = termQueries(clean.searchIndex);
  expect(queries.length).toBeGreaterThan(100);
  const answers = queries.map((q) => JSON.stringify(clean.searchIndex?.search(q, { limit: 1000 })));
  const file = join(dir, 'damaged.snap');
  const outcomes: Record<string, number> = {};
  const wrong: string[] = [];
  const at = layout.searchAt as number;
  for (let i = at; i < bytes.length; i++) {
    const b = Buffer.from(bytes);
    b[i] = (b[i] as number) ^ 0xff;
    writeFileSync(file, b);
    let outcome: string;
    try {
      const corpus = await loadSnapshot(file);
      if (dumpOf(corpus) !== expected) outcome = 'wrong';
      else {
        const read = await readSearchWhole(corpus, queries, answers, SnapshotError, BlockWriter);
        outcome = read.outcome === 'refused' ? 'refused when read' : read.outcome;
        if (read.outcome === 'wrong') wrong.push(`byte ${i}: ${read.detail}`);
      }
    } catch (e) {
      outcome = e instanceof SnapshotError ? 'refused at the load' : 'other error';
      if (!(e instanceof SnapshotError)) wrong.push(`byte ${i}: ${String(e)}`);
    }
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  expect(wrong).toEqual([]);
  // (this part's body is one page of 64 kB: the load's first search reads it; test/search-paged.test.ts has pages read later)
  expect(Object.keys(outcomes).filter((k) => !k.startsWith('refused'))).toEqual([]);
  expect(outcomes['refused at the load']).toBeGreaterThan(0);
  // (cuts of the graph part: test/snapshot-format5.test.ts)
  for (let cut = at; cut < bytes.length; cut++) {
    writeFileSync(file, bytes.subarray(0, cut));
    await expect(loadSnapshot(file), `cut at ${cut}`).rejects.toThrow(SnapshotError);
  }
}, 120_000);
