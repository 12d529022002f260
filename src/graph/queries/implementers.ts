import { dayNumber, implementsIndex, type ImplementsIndex } from '../implements-index.js';
import { compareKeys, inEdgesInOrder, type GraphStore } from '../store.js';

export interface Implementer {
  key: string;
  path: string | null;
  type: string | null;
  level: string | null;
  place: string | null;
  date: string | null;
  /** 1 for a direct implementer, 2 for one that implements a direct implementer, … */
  depth: number;
  /** the document it implements (the root, or an implementer of the root) */
  implements: string;
  /** days from the root document's date to this one's, when both are known */
  lagDays: number | null;
  /** true when the relation is only stated by a third document */
  asserted: boolean;
}

type Options = { transitive?: boolean; maxDepth?: number; includeAsserted?: boolean };

/**
 * A page of a document's implementers, in the order `implementers()` lists them (depth, then the
 * document implemented, then key), with what a page cannot show: how many there are in all, and
 * how many at each level and place. A central resolution of a national corpus has tens of thousands
 * of implementers; nobody reads them all, and an answer carrying them all holds a server for seconds.
 */
export interface ImplementersPage {
  /** every implementer, not only this page's */
  total: number;
  offset: number;
  limit: number;
  items: Implementer[];
  /** how many implementers at each level, then place (the keys of `groupByLevelAndPlace`), over all of them */
  byLevelAndPlace: Record<string, Record<string, number>>;
}

/**
 * Who implements a document: the documents with an "implements" edge into it, and (transitively)
 * into those, breadth first. A district plan implementing a provincial plan implementing
 * Nghị quyết 18-NQ/TW is an implementer of 18-NQ/TW at depth 2.
 *
 * @example implementers(corpus.graph, 'dang:18-NQ/TW#XII', { transitive: true })
 */
export function implementers(graph: GraphStore, root: string, options: Options = {}): Implementer[] {
  if (!graph.hasNode(root)) return [];
  const index = implementsIndex(graph);
  return index ? walkIndex(index, root, options) : walkStore(graph, root, options);
}

const lag = (day: number, rootDay: number): number | null => {
  const d = day - rootDay;
  return Number.isNaN(d) ? null : d;
};

function walkIndex(index: ImplementsIndex, rootKey: string, { transitive = true, maxDepth = 12, includeAsserted = true }: Options): Implementer[] {
  const root = index.ids.get(rootKey)!;
  const rootDay = index.day[root]!;
  index.startWalk();
  index.visit(root);
  const out: Implementer[] = [];
  let frontier = [root];
  for (let depth = 1; frontier.length > 0 && depth <= (transitive ? maxDepth : 1); depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      const by = index.implementedBy[node];
      if (!by) continue;
      for (let i = 0; i < by.length; i += 2) {
        const source = by[i]!;
        const asserted = by[i + 1] === 1;
        if ((asserted && !includeAsserted) || !index.visit(source)) continue;
        const s = index.attributes[source]!;
        out.push({ key: index.keys[source]!, path: s.path, type: s.type, level: s.level, place: s.place, date: s.date, depth, implements: index.keys[node]!, lagDays: lag(index.day[source]!, rootDay), asserted });
        next.push(source);
      }
    }
    // every store walks the same way: a ring in key order, so an implementer reached from two
    // documents of the ring names the first in that order, whatever order the edges were stored in
    frontier = next.sort((a, b) => compareKeys(index.keys[a]!, index.keys[b]!));
  }
  return out;
}

/** The same walk over any store, for stores that keep no index (a server-backed one walks in SQL instead). */
function walkStore(graph: GraphStore, root: string, { transitive = true, maxDepth = 12, includeAsserted = true }: Options): Implementer[] {
  const rootDay = dayNumber(graph.getNodeAttributes(root).date);
  const seen = new Set<string>([root]);
  const out: Implementer[] = [];
  let frontier = [root];
  for (let depth = 1; frontier.length > 0 && depth <= (transitive ? maxDepth : 1); depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { attributes: a, source, sourceAttributes: s } of inEdgesInOrder(graph, node)) {
        if (a.relation !== 'implements' || (a.asserted && !includeAsserted) || seen.has(source)) continue;
        seen.add(source);
        out.push({ key: source, path: s.path, type: s.type, level: s.level, place: s.place, date: s.date, depth, implements: node, lagDays: lag(dayNumber(s.date), rootDay), asserted: a.asserted });
        next.push(source);
      }
    }
    frontier = next.sort(compareKeys);
  }
  return out;
}

/** The level and place an implementer is grouped under: "unknown" when not known, "central" for a central document's place. */
function levelAndPlace(i: Implementer): [string, string] {
  return [i.level ?? 'unknown', i.place ?? (i.level === 'central' ? 'central' : 'unknown')];
}

/** Implementers grouped by level, then by place. */
export function groupByLevelAndPlace(list: readonly Implementer[]): Record<string, Record<string, Implementer[]>> {
  const out: Record<string, Record<string, Implementer[]>> = {};
  for (const i of list) {
    const [level, place] = levelAndPlace(i);
    ((out[level] ??= {})[place] ??= []).push(i);
  }
  return out;
}

/** How many implementers at each level, then place (the groups of `groupByLevelAndPlace`, counted). */
export function countByLevelAndPlace(list: readonly Implementer[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const i of list) {
    const [level, place] = levelAndPlace(i);
    const byPlace = (out[level] ??= {});
    byPlace[place] = (byPlace[place] ?? 0) + 1;
  }
  return out;
}

/**
 * A page of the full list `implementers()` gives: `limit` of them from `offset` (fewer at the end,
 * none past it), with the total and the counts by level and place over the whole list (`counts`:
 * those counts, when the caller keeps them from an earlier page of the same list).
 *
 * @example pageOfImplementers(implementers(graph, root), { limit: 100, offset: 200 })
 */
export function pageOfImplementers(list: readonly Implementer[], { limit, offset }: { limit: number; offset: number }, counts?: Record<string, Record<string, number>>): ImplementersPage {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`limit ${limit}: expected a whole number, 0 or more`);
  if (!Number.isSafeInteger(offset) || offset < 0) throw new RangeError(`offset ${offset}: expected a whole number, 0 or more`);
  return { total: list.length, offset, limit, items: list.slice(offset, offset + limit), byLevelAndPlace: counts ?? countByLevelAndPlace(list) };
}
