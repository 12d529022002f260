import { compareKeys, nodesWhere, type GraphStore } from '../store.js';

/** Distinct citing documents of each node, over the citing documents' own edges. */
export function citingDocuments(graph: GraphStore, key: string): string[] {
  const set = new Set<string>();
  graph.forEachInEdge(key, (_e, a, source) => {
    if (!a.asserted) set.add(source);
  });
  return [...set].sort(compareKeys);
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
