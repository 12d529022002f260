import { createRequire } from 'node:module';
import type { pagerank as PageRank } from 'graphology-metrics/centrality/index.js';
import { DirectedGraph } from 'graphology';
import type { GraphStore } from '../store.js';
import { citingDocuments } from './ranking.js';

// apart from ranking.ts: graphology-metrics loads only with the command that ranks. The library's main entry exports
// mostCited too, so the package itself is required on the first call (it is CommonJS), not when vanban is imported.
const require = createRequire(import.meta.url);
let pagerankFn: typeof PageRank | undefined;
const pagerank = ((...args: Parameters<typeof PageRank>) =>
  (pagerankFn ??= require('graphology-metrics/centrality/pagerank.js') as typeof PageRank)(...args)) as typeof PageRank;

export interface Ranked {
  key: string;
  kind: 'document' | 'cited';
  type: string | null;
  /** distinct documents that cite it (asserted relations not counted) */
  citedBy: number;
  mentions: number;
  pagerank: number;
}

/**
 * The most cited documents: by distinct citing documents, with PageRank (graphology-metrics)
 * over the simple graph of citations (one edge per citing pair).
 *
 * @example mostCited(corpus.graph, { limit: 20 })
 */
export function mostCited(graph: GraphStore, options: { limit?: number } = {}): Ranked[] {
  const simple = new DirectedGraph();
  graph.forEachNode((n) => simple.addNode(n));
  graph.forEachEdge((_e, a, s, t) => {
    if (!a.asserted && !simple.hasEdge(s, t)) simple.addEdge(s, t);
  });
  const pr = simple.order > 0 ? pagerank(simple, { getEdgeWeight: null }) : {};
  const out: Ranked[] = [];
  graph.forEachNode((key, a) => out.push({ key, kind: a.kind, type: a.type, citedBy: citingDocuments(graph, key).length, mentions: a.mentions, pagerank: pr[key] ?? 0 }));
  out.sort((x, y) => y.citedBy - x.citedBy || y.pagerank - x.pagerank || x.key.localeCompare(y.key));
  return out.slice(0, options.limit ?? 20);
}

