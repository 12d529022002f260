import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, groupByLevelAndPlace, implementers, pageOfImplementers, type Implementer } from '../src/graph/index.js';
import { MemoryStore } from '../src/store/index.js';

/**
 * A page of implementers (what `trace` answers): the pages of a document, put together, are the whole
 * list `implementers()` gives, in its order; the total and the counts by level and place are the whole
 * list's on every page.
 */

let corpus: Corpus;
let store: MemoryStore;
beforeAll(async () => {
  corpus = await Corpus.fromFolder('corpus');
  store = new MemoryStore(corpus);
}, 60_000);

const counts = (list: Implementer[]): Record<string, Record<string, number>> =>
  Object.fromEntries(Object.entries(groupByLevelAndPlace(list)).map(([level, byPlace]) => [level, Object.fromEntries(Object.entries(byPlace).map(([place, l]) => [place, l.length]))]));

describe('implementersPage', () => {
  it('pages put together are the whole list, for every document others implement and several page sizes', async () => {
    const roots = corpus.graph.filterNodes((key) => implementers(corpus.graph, key).length > 1);
    expect(roots.length).toBeGreaterThan(3);
    for (const root of roots) {
      const whole = await store.implementers(root);
      for (const limit of [1, 2, 3, 100]) {
        const items: Implementer[] = [];
        for (let offset = 0; offset <= whole.length; offset += limit) {
          const page = await store.implementersPage(root, { limit, offset });
          expect(page, `${root} ${limit}/${offset}`).toMatchObject({ total: whole.length, offset, limit });
          expect(page.items.length).toBe(Math.max(0, Math.min(limit, whole.length - offset)));
          expect(page.byLevelAndPlace).toEqual(counts(whole));
          items.push(...page.items);
        }
        expect(items, `${root} by ${limit}`).toEqual(whole);
      }
    }
  });

  it('passes the walk options on: direct implementers only, without asserted relations', async () => {
    const root = corpus.graph.filterNodes((key) => implementers(corpus.graph, key).length > 1)[0] as string;
    for (const options of [{ transitive: false }, { includeAsserted: false }, { maxDepth: 1 }]) {
      const whole = await store.implementers(root, options);
      expect(await store.implementersPage(root, { ...options, limit: 10_000, offset: 0 })).toEqual({ total: whole.length, offset: 0, limit: 10_000, items: whole, byLevelAndPlace: counts(whole) });
    }
  });

  it('an unknown document has none; a limit or offset that is not a whole number 0 or more is refused', async () => {
    expect(await store.implementersPage('vn:999/2099/NĐ-CP', { limit: 5, offset: 0 })).toEqual({ total: 0, offset: 0, limit: 5, items: [], byLevelAndPlace: {} });
    for (const bad of [{ limit: -1, offset: 0 }, { limit: 1.5, offset: 0 }, { limit: 1, offset: -1 }, { limit: 1, offset: Number.NaN }]) expect(() => pageOfImplementers([], bad)).toThrow(RangeError);
  });
});
