import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, loadSnapshot, saveSnapshot } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

/**
 * A format 5 load leaves the lookup index (node keys by symbol, corpus laws by name) to its first use
 * (Corpus.restoreIndexLater): built then, it must be the index a format 4 load builds at once (rebuildIndex), entry for
 * entry and in order, whatever reaches it first, a lookup or a change of the corpus.
 */
const dir = mkdtempSync(join(tmpdir(), 'vanban-lookup-index-'));
// a folder of laws (the index by name) and one of local plans (symbols with places and years)
const folders = ['underthesea-vlc', 'congbot'].map((f) => join(SHARED, 'corpus', f));
let ingested: Corpus;
const v4 = join(dir, 'laws.v4');
const v5 = join(dir, 'laws.v5');

beforeAll(async () => {
  ingested = await Corpus.fromFolder(folders[0] as string, { manifests: true });
  for (const folder of folders.slice(1)) await ingested.addFolder(folder, undefined, { manifests: true });
  await saveSnapshot(ingested, v4, { version: 4 });
  await saveSnapshot(ingested, v5);
}, 120_000);

/** The corpus's private index as JSON, every map and set in its order. */
const indexOf = (corpus: Corpus): string =>
  JSON.stringify((corpus as unknown as { index: unknown }).index, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v));

/** References that go through the index: symbols without place or year, laws by name, and keys as they are. */
function lookups(corpus: Corpus): unknown[] {
  const refs: string[] = [];
  corpus.graph.forEachNode((key, a) => {
    refs.push(key, key.replace(/@[^#]*/, '@?'), key.replace(/#.*$/, '#?'));
    if (a.type === 'Luật' && a.title) refs.push(`luat:${a.title}`);
  });
  return refs.map((ref) => corpus.lookup(ref, (text) => [{ id: text }]));
}

describe('format 5: the lookup index built on first use', () => {
  it('is the index a format 4 load builds, entry for entry', async () => {
    const eager = await loadSnapshot(v4, { search: 'none' });
    const later = await loadSnapshot(v5, { search: 'none' });
    expect(indexOf(eager)).toContain('luat:');
    expect(indexOf(later)).toBe(indexOf(eager));
    // (an ingested corpus's index is in the order its documents were read, not the graph's: a load of either format differs from it in order only)
    expect(indexOf(later).length).toBe(indexOf(ingested).length);
  }, 60_000);

  it('answers lookups as a format 4 load does', async () => {
    const eager = await loadSnapshot(v4, { search: 'none' });
    const later = await loadSnapshot(v5, { search: 'none' });
    const answers = lookups(eager);
    expect(answers.length).toBeGreaterThan(900);
    expect(lookups(later)).toEqual(answers);
  }, 60_000);

  it('reached first by a change (a document removed, a folder added, a law renamed in place), then the same as a format 4 load', async () => {
    const eager = await loadSnapshot(v4, { search: 'none' });
    const later = await loadSnapshot(v5, { search: 'none' });
    for (const corpus of [eager, later]) {
      // a law's title changed in the graph before anything reads the index: the index keeps the title as loaded
      const law = corpus.graph.findNode((_k, a) => a.type === 'Luật' && a.kind === 'document' && a.title !== null) as string;
      corpus.graph.mergeNodeAttributes(law, { title: 'Luật đổi tên trong bộ nhớ' });
      const [first] = [...corpus.documents.keys()];
      expect(corpus.removeDocument(first as string)).toBe(true);
      await corpus.addFolder(join(SHARED, 'corpus', 'vbai'), undefined, { manifests: true });
    }
    expect(indexOf(later)).toBe(indexOf(eager));
    expect(lookups(later)).toEqual(lookups(eager));
  }, 120_000);

  it('a graph read later (graph: lazy) gets the same index', async () => {
    const eager = await loadSnapshot(v4, { search: 'none' });
    const lazy = await loadSnapshot(v5, { graph: 'lazy', search: 'none' });
    expect(lazy.hasGraphLoaded).toBe(false);
    expect(lookups(lazy)).toEqual(lookups(eager));
    expect(indexOf(lazy)).toBe(indexOf(eager));
  }, 60_000);
});
