import { bidirectional } from 'graphology-shortest-path';
import type { CitationGraph } from '../corpus.js';

export interface PathStep {
  from: string;
  to: string;
  relation: string;
  asserted: boolean;
}

/**
 * How two documents are connected: the shortest chain of citations from `a` to `b`, or from
 * `b` to `a` when that is the direction that exists; null when none.
 *
 * @example pathBetween(corpus.graph, 'vn:55/2023/NĐ-CP', 'vn:02/2020/UBTVQH14')
 */
export function pathBetween(graph: CitationGraph, a: string, b: string): { direction: 'forward' | 'backward'; steps: PathStep[] } | null {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
  for (const [from, to, direction] of [[a, b, 'forward'], [b, a, 'backward']] as const) {
    const nodes = bidirectional(graph, from, to);
    if (!nodes) continue;
    const steps: PathStep[] = [];
    for (let i = 0; i + 1 < nodes.length; i++) {
      const s = nodes[i] as string;
      const t = nodes[i + 1] as string;
      const edge = graph.edges(s, t).map((e) => graph.getEdgeAttributes(e)).sort((x, y) => Number(x.asserted) - Number(y.asserted))[0];
      steps.push({ from: s, to: t, relation: edge?.relation ?? 'cites', asserted: edge?.asserted ?? false });
    }
    return { direction, steps };
  }
  return null;
}
