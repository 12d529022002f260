import { compareKeys, inEdgesInOrder, outEdgesInOrder, type GraphStore } from '../store.js';

export interface PathStep {
  from: string;
  to: string;
  relation: string;
  asserted: boolean;
}

/** Shortest directed path from `from` to `to` (breadth first from both ends), as the list of steps. */
function shortest(graph: GraphStore, from: string, to: string, maxNodes: number): PathStep[] | null {
  if (from === to) return [];
  // step[n] = the edge that reached n: forward side from `from`, backward side from `to`
  const fwd = new Map<string, PathStep | null>([[from, null]]);
  const bwd = new Map<string, PathStep | null>([[to, null]]);
  let fFrontier = [from];
  let bFrontier = [to];
  let meet: string | null = null;
  // one side's next ring: along out-edges from `from`, along in-edges (backwards) from `to`
  const expand = (frontier: string[], seen: Map<string, PathStep | null>, other: Map<string, PathStep | null>, forward: boolean): string[] => {
    const next: string[] = [];
    const visit = (_e: string, a: { relation: string; asserted: boolean }, s: string, t: string): void => {
      const reached = forward ? t : s;
      if (meet !== null || seen.has(reached)) return;
      seen.set(reached, { from: s, to: t, relation: a.relation, asserted: a.asserted });
      if (other.has(reached)) meet = reached;
      next.push(reached);
    };
    for (const n of frontier) for (const e of forward ? outEdgesInOrder(graph, n) : inEdgesInOrder(graph, n)) visit(e.key, e.attributes, e.source, e.target);
    return next.sort(compareKeys);
  };
  while (fFrontier.length && bFrontier.length && meet === null && fwd.size + bwd.size < maxNodes) {
    if (fFrontier.length <= bFrontier.length) fFrontier = expand(fFrontier, fwd, bwd, true);
    else bFrontier = expand(bFrontier, bwd, fwd, false);
  }
  if (meet === null) return null;
  const head: PathStep[] = [];
  for (let n: string = meet, step = fwd.get(n); step; n = step.from, step = fwd.get(n)) head.unshift(step);
  const tail: PathStep[] = [];
  for (let n: string = meet, step = bwd.get(n); step; n = step.to, step = bwd.get(n)) tail.push(step);
  return [...head, ...tail];
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
