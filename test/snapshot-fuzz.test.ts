import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fuzzSnapshots } from '../bench/fuzz-snapshot.mjs';
import { CheckedLineWriter } from '../src/graph/checksum.js';
import { Corpus, loadSnapshot, saveSnapshot, SnapshotError } from '../src/graph/index.js';
import { SearchIndex } from '../src/search/index.js';
import { writeChain } from './helpers/cli-fixture.js';

/**
 * The short version of bench/fuzz-snapshot.mjs (the same function): flips, cuts, garbage and
 * reshaped records over two snapshots of the CLI's test chain, and the same in the binary search
 * part alone; the same snapshots in format 5 flipped, cut, overwritten, and flipped behind checksums made to match. Damage is always refused with a SnapshotError; nothing else is ever thrown.
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
  const { counts, examples } = await fuzzSnapshots({ lib: { loadSnapshot, SnapshotError, CheckedLineWriter }, snapshots, iterations: 2500, seed: 18, dir: work });
  expect(examples.otherThrow).toEqual([]);
  expect(examples.acceptedWrong).toEqual([]);
  for (const kind of ['flip', 'truncation', 'garbage', 'version 5: flip', 'version 5: truncation', 'version 5: garbage']) {
    const c = counts[kind];
    expect(c?.cases, kind).toBeGreaterThan(kind.includes('garbage') ? 50 : 100);
    expect(c?.refused, kind).toBe(c?.cases);
  }
  // behind matching checksums the binary reader's own checks refuse most flips; the rest read as what they say
  const resealed = counts['version 5: flip, sealed again'];
  expect(resealed?.cases).toBeGreaterThan(100);
  expect(resealed?.otherThrow).toBe(0);
  expect(resealed?.refused).toBeGreaterThan(0);
  // the search part, read lazily: damage there is refused when it is read (never half-loaded)
  for (const kind of ['search part: flip', 'search part: cut']) {
    const c = counts[kind];
    expect(c?.cases, kind).toBeGreaterThan(40);
    expect(c?.refused, kind).toBe(c?.cases);
  }
  expect(counts['search part: flip, sealed again']?.otherThrow).toBe(0);
  const shapes = counts['shape, sealed again'];
  expect(shapes?.otherThrow).toBe(0);
  expect(shapes?.refused).toBeGreaterThan(100);
  // version 2 has no checksum: some flips load as other values (why version 3 exists); it never crashes
  expect(counts['flip, version 2 (no checksum)']?.otherThrow).toBe(0);
}, 60_000);
