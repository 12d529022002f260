import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { Corpus, groupByLevelAndPlace, implementers, pageOfImplementers, type Implementer } from '../src/graph/index.js';
import { MemoryStore } from '../src/store/index.js';
import { planHeader } from './helpers/cli-fixture.js';

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

  it('a long walk is kept for the next page, until the graph changes', async () => {
    // 600 provincial plans implementing one resolution: over the length from which a walk is kept
    const plan = (k: number): Promise<Parameters<Corpus['addDocument']>[0]> =>
      readDocument(
        Buffer.from(`${planHeader(['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'], `${k}/KH-UBND`, 'Hà Tĩnh', [2019, 1 + (k % 12), 1 + (k % 28)])}\nThực hiện Nghị quyết số 18-NQ/TW\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n`),
        { path: `plan-${k}.txt` },
      );
    const big = new Corpus();
    for (let k = 1; k <= 600; k++) big.addDocument(await plan(k));
    big.reconcile();
    const s = new MemoryStore(big);
    const root = 'dang:18-NQ/TW#XII';
    const first = await s.implementersPage(root, { limit: 250, offset: 0 });
    expect(first.total).toBe(600);
    const second = await s.implementersPage(root, { limit: 250, offset: 250 });
    const third = await s.implementersPage(root, { limit: 250, offset: 500 });
    // the walk and its counts were not made again: the same objects
    expect(second.byLevelAndPlace).toBe(first.byLevelAndPlace);
    expect([...first.items, ...second.items, ...third.items]).toEqual(implementers(big.graph, root));
    expect(third.byLevelAndPlace).toEqual(counts(implementers(big.graph, root)));
    // what every page hands out cannot be changed by one caller for the next
    expect(() => {
      (first.items[0] as { date: string | null }).date = null;
    }).toThrow(TypeError);
    // another walk (direct implementers only) is another entry
    expect((await s.implementersPage(root, { limit: 1, offset: 0, transitive: false })).byLevelAndPlace).not.toBe(first.byLevelAndPlace);
    big.addDocument(await plan(601));
    big.reconcile();
    const after = await s.implementersPage(root, { limit: 250, offset: 500 });
    expect(after.total).toBe(601);
    expect(after.items).toHaveLength(101);
    expect(after.byLevelAndPlace).not.toBe(first.byLevelAndPlace);
    expect(after.byLevelAndPlace).toEqual(counts(implementers(big.graph, root)));
  }, 60_000);
});
