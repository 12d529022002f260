import type { EdgeAttributes, NodeAttributes } from './schema.js';

type EdgeCallback = (edge: string, attributes: EdgeAttributes, source: string, target: string, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes) => void;

/**
 * What the queries need of a graph, and nothing more. graphology's MultiDirectedGraph (the
 * in-memory store, `corpus.graph`) has exactly these methods; a server-backed store (PostgreSQL,
 * with folding by `unaccent`) can implement them over SQL, and the queries and their callers
 * stay as they are.
 */
export interface GraphStore {
  hasNode(key: string): boolean;
  getNodeAttributes(key: string): NodeAttributes;
  forEachNode(callback: (key: string, attributes: NodeAttributes) => void): void;
  forEachEdge(callback: EdgeCallback): void;
  forEachInEdge(key: string, callback: EdgeCallback): void;
  forEachOutEdge(key: string, callback: EdgeCallback): void;
}

/** Keys of the nodes that pass `keep`. */
export function nodesWhere(store: GraphStore, keep: (key: string, a: NodeAttributes) => boolean): string[] {
  const out: string[] = [];
  store.forEachNode((k, a) => {
    if (keep(k, a)) out.push(k);
  });
  return out;
}
