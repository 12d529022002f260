import { compareKeys, inEdgesInOrder, outEdgesInOrder, type GraphStore } from '../store.js';

export interface PathStep {
  from: string;
  to: string;
  relation: string;
  asserted: boolean;
}

/** One edge as the walk needs it. */
export interface PathEdge {
  source: string;
  target: string;
  relation: string;
  /** the document that states the relation, for an asserted one */
  assertedBy: string | null;
}

/** A ring of the walk asks for the edges of these nodes: out of them (forward) or into them. */
export interface PathRing {
  nodes: string[];
  forward: boolean;
}

/**
 * The order every store gives a node's edges to the walk (see outEdgesInOrder): by the other end, then
 * relation, then the asserting document.
 */
export function comparePathEdges(forward: boolean): (x: PathEdge, y: PathEdge) => number {
  const other = (e: PathEdge): string => (forward ? e.target : e.source);
  return (x, y) => compareKeys(other(x), other(y)) || compareKeys(x.relation, y.relation) || compareKeys(x.assertedBy ?? '', y.assertedBy ?? '');
}

/**
 * The shortest directed path from `from` to `to` (breadth first from both ends, the smaller ring first), as a
 * walk that asks for each ring's edges and is given them in `comparePathEdges` order, one list per node: the
 * in-memory store answers from the graph at once, a database with one query per ring, and both walk the same.
 */
export function* shortestPathWalk(from: string, to: string, maxNodes: number): Generator<PathRing, PathStep[] | null, ReadonlyMap<string, readonly PathEdge[]>> {
  if (from === to) return [];
  // step[n] = the edge that reached n: forward side from `from`, backward side from `to`
  const fwd = new Map<string, PathStep | null>([[from, null]]);
  const bwd = new Map<string, PathStep | null>([[to, null]]);
  let fFrontier = [from];
  let bFrontier = [to];
  let meet: string | null = null;
  while (fFrontier.length && bFrontier.length && meet === null && fwd.size + bwd.size < maxNodes) {
    const forward = fFrontier.length <= bFrontier.length;
    const frontier = forward ? fFrontier : bFrontier;
    const seen = forward ? fwd : bwd;
    const other = forward ? bwd : fwd;
    const edges = yield { nodes: frontier, forward };
    const next: string[] = [];
    for (const n of frontier) {
      for (const e of edges.get(n) ?? []) {
        const reached = forward ? e.target : e.source;
        if (meet !== null || seen.has(reached)) continue;
        seen.set(reached, { from: e.source, to: e.target, relation: e.relation, asserted: e.assertedBy !== null });
        if (other.has(reached)) meet = reached;
        next.push(reached);
      }
    }
    next.sort(compareKeys);
    if (forward) fFrontier = next;
    else bFrontier = next;
  }
  if (meet === null) return null;
  const head: PathStep[] = [];
  for (let n: string = meet, step = fwd.get(n); step; n = step.from, step = fwd.get(n)) head.unshift(step);
  const tail: PathStep[] = [];
  for (let n: string = meet, step = bwd.get(n); step; n = step.to, step = bwd.get(n)) tail.push(step);
  return [...head, ...tail];
}

function shortest(graph: GraphStore, from: string, to: string, maxNodes: number): PathStep[] | null {
  const walk = shortestPathWalk(from, to, maxNodes);
  for (let r = walk.next(); ; ) {
    if (r.done) return r.value;
    const edges = new Map<string, PathEdge[]>();
    for (const n of r.value.nodes) {
      const list = r.value.forward ? outEdgesInOrder(graph, n) : inEdgesInOrder(graph, n);
      edges.set(n, list.map((e) => ({ source: e.source, target: e.target, relation: e.attributes.relation, assertedBy: e.attributes.assertedBy })));
    }
    r = walk.next(edges);
  }
}

/**
 * How two documents are connected: the shortest chain of citations from `a` to `b`, or from
 * `b` to `a` when that is the direction that exists; null when none (or when more than
 * `maxNodes` documents would have to be visited).
 *
 * @example pathBetween(corpus.graph, 'vn:55/2023/NĐ-CP', 'vn:02/2020/UBTVQH14')
 */
export function pathBetween(graph: GraphStore, a: string, b: string, maxNodes = 1_000_000): { direction: 'forward' | 'backward'; steps: PathStep[] } | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  const forward = shortest(graph, a, b, maxNodes);
  if (forward) return { direction: 'forward', steps: forward };
  const backward = shortest(graph, b, a, maxNodes);
  return backward ? { direction: 'backward', steps: backward } : null;
}
