import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus, loadSnapshot, saveSnapshot } from '../src/graph/index.js';
import { amendmentHistory } from '../src/graph/queries/amendments.js';

/**
 * A node column added to format 5 after its first files (`expires`, the last day of a document in force for a
 * stated period): the graph part's head counts its node columns, and a file whose head does not (written before
 * the column) still loads, with the columns it has. The fixture was written by the build before the column
 * (1b9c32a) from fixtures/snapshots/validity.
 */
const FOLDER = 'fixtures/snapshots/validity';
const FIRST_LAYOUT = 'fixtures/snapshots/format5-first-layout.ndjson';
const KEY = 'vn:66/2026/NQ-CP';

describe('format 5 node columns', () => {
  it('a document in force for a period carries its last day, through a save and a load, and is expired after it', async () => {
    const corpus = await Corpus.fromFolder(FOLDER);
    expect(corpus.graph.getNodeAttribute(KEY, 'expires')).toBe('2027-02-28');
    const file = join(mkdtempSync(join(tmpdir(), 'vanban-node-fields-')), 'validity.v5');
    await saveSnapshot(corpus, file);
    const loaded = await loadSnapshot(file);
    expect(loaded.graph.getNodeAttributes(KEY)).toEqual(corpus.graph.getNodeAttributes(KEY));
    expect(Object.keys(loaded.graph.getNodeAttributes(KEY))).toEqual(Object.keys(corpus.graph.getNodeAttributes(KEY)));
    expect(amendmentHistory(loaded.graph, KEY, { at: '2027-02-28' }).status).toBe('in force');
    expect(amendmentHistory(loaded.graph, KEY, { at: '2027-03-01' }).status).toBe('expired');
  });

  it('a file of the first layout (16 node columns, no count in its head) loads as it was written', async () => {
    const old = await loadSnapshot(FIRST_LAYOUT);
    const fresh = await Corpus.fromFolder(FOLDER);
    expect(old.graph.order).toBe(fresh.graph.order);
    expect(old.graph.size).toBe(fresh.graph.size);
    const { expires, ...rest } = fresh.graph.getNodeAttributes(KEY);
    expect(expires).toBe('2027-02-28');
    // everything but the column it predates, key for key
    expect(old.graph.getNodeAttributes(KEY)).toEqual(rest);
    expect(old.graph.hasNodeAttribute(KEY, 'expires')).toBe(false);
    for (const e of fresh.graph.edges()) expect(old.graph.getEdgeAttributes(e)).toEqual(fresh.graph.getEdgeAttributes(e));
  });
});
