import type { NodeAttributes } from './schema.js';
import { compareKeys, type GraphStore } from './store.js';

/**
 * A compact copy of the graph's "implements" edges, keyed by integers, for the transitive
 * queries (implementers, coverage). Walked through graphology, a central resolution's 12 500
 * implementers at 100 000 documents cost ~10 ms (string sets, in-edge iteration over every
 * relation, a Date.parse per node); over integer adjacency lists with an epoch-stamped visited
 * array they cost ~1 ms.
 *
 * The index is derived data: it is built on the first query and dropped on any change of the
 * graph (graphology emits an event for every mutation), so it can never be stale. Rebuilding
 * costs one pass over the edges (~50 ms at 230 000 edges); a store that emits no events (a
 * server-backed one) gets no index and the queries walk it directly.
 */
export class ImplementsIndex {
  readonly keys: string[] = [];
  readonly attributes: NodeAttributes[] = [];
  readonly ids = new Map<string, number>();
  /** day number of each node's date, NaN when unknown */
  readonly day: Float64Array;
  /** for each node: the sources of its in-coming implements edges, as [source, asserted (0|1), …] */
  readonly implementedBy: (number[] | undefined)[];
  private readonly mark: Uint32Array;
  private epoch = 0;
  private readonly placesByLevel = new Map<string, string[]>();

  constructor(store: GraphStore) {
    store.forEachNode((key, a) => {
      this.ids.set(key, this.keys.length);
      this.keys.push(key);
      this.attributes.push(a);
    });
    const n = this.keys.length;
    this.day = new Float64Array(n);
    for (let i = 0; i < n; i++) this.day[i] = dayNumber(this.attributes[i]!.date);
    this.implementedBy = new Array<number[] | undefined>(n);
    this.mark = new Uint32Array(n);
    store.forEachEdge((_e, a, source, target) => {
      if (a.relation !== 'implements') return;
      const t = this.ids.get(target)!;
      (this.implementedBy[t] ??= []).push(this.ids.get(source)!, a.asserted ? 1 : 0);
    });
    // each list in the order every store walks it (see outEdgesInOrder): by source key, a direct edge before an asserted one
    for (let t = 0; t < n; t++) {
      const by = this.implementedBy[t];
      if (!by || by.length <= 2) continue;
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < by.length; i += 2) pairs.push([by[i]!, by[i + 1]!]);
      pairs.sort((x, y) => compareKeys(this.keys[x[0]]!, this.keys[y[0]]!) || x[1] - y[1]);
      this.implementedBy[t] = pairs.flat();
    }
  }

  /** A fresh visited-set: marks from earlier walks no longer count. */
  startWalk(): void {
    if (++this.epoch === 0xffffffff) {
      this.mark.fill(0);
      this.epoch = 1;
    }
  }

  /** Marks a node as visited in the current walk; false when it already was. */
  visit(node: number): boolean {
    if (this.mark[node] === this.epoch) return false;
    this.mark[node] = this.epoch;
    return true;
  }

  /** The places of the corpus's own documents at a level, sorted (computed once per index). */
  places(level: string): string[] {
    let out = this.placesByLevel.get(level);
    if (!out) this.placesByLevel.set(level, (out = placesAtLevel(this.attributes, level)));
    return out;
  }
}

/** The places of the documents (not the merely cited) at a level, sorted. */
export function placesAtLevel(attributes: Iterable<NodeAttributes>, level: string): string[] {
  const set = new Set<string>();
  for (const a of attributes) if (a.kind === 'document' && a.level === level && a.place) set.add(a.place);
  return [...set].sort();
}

export const dayNumber = (iso: string | null): number => (iso ? Math.round(Date.parse(iso) / 86_400_000) : Number.NaN);

/** graphology's mutation events: any one of them makes a built index stale. */
const MUTATIONS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

interface Emitter {
  on(event: string, listener: () => void): unknown;
}
const isEmitter = (store: object): store is Emitter => typeof (store as Partial<Emitter>).on === 'function';

const built = new WeakMap<object, ImplementsIndex>();
const watched = new WeakSet<object>();

/** The store's index, built now if the store changed since the last one; null for a store that cannot say when it changes. */
export function implementsIndex(store: GraphStore): ImplementsIndex | null {
  if (!isEmitter(store)) return null;
  let index = built.get(store);
  if (index) return index;
  if (!watched.has(store)) {
    watched.add(store);
    const drop = (): void => void built.delete(store);
    for (const event of MUTATIONS) store.on(event, drop);
  }
  index = new ImplementsIndex(store);
  built.set(store, index);
  return index;
}
