import { pagerank } from 'graphology-metrics/centrality/index.js';
import { DirectedGraph } from 'graphology';
import { compareKeys, nodesWhere, type GraphStore } from '../store.js';

export interface Ranked {
  key: string;
  kind: 'document' | 'cited';
  type: string | null;
  /** distinct documents that cite it (asserted relations not counted) */
  citedBy: number;
  mentions: number;
  pagerank: number;
}

/** Distinct citing documents of each node, over the citing documents' own edges. */
export function citingDocuments(graph: GraphStore, key: string): string[] {
  const set = new Set<string>();
  graph.forEachInEdge(key, (_e, a, source) => {
    if (!a.asserted) set.add(source);
  });
  return [...set].sort(compareKeys);
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

/**
 * Documents cited but missing from the corpus, by how many documents cite them: what to acquire next.
 *
 * @example missing(corpus.graph).slice(0, 10)
 */
export function missing(graph: GraphStore): MissingDocument[] {
  const out = nodesWhere(graph, (_k, a) => a.kind === 'cited')
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, type: a.type, names: a.names, citedBy: citingDocuments(graph, key), mentions: a.mentions };
    });
  return rankMissing(out);
}

export interface MissingDocument {
  key: string;
  type: string | null;
  names: string[];
  citedBy: string[];
  mentions: number;
}

/** The order of `missing` (most citing documents, then most mentions, then by id), for a store that lists them itself. */
export function rankMissing(list: MissingDocument[]): MissingDocument[] {
  return list.sort((x, y) => y.citedBy.length - x.citedBy.length || y.mentions - x.mentions || x.key.localeCompare(y.key));
}
