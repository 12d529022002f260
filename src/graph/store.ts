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

export interface StoredEdge {
  key: string;
  attributes: EdgeAttributes;
  source: string;
  target: string;
  sourceAttributes: NodeAttributes;
  targetAttributes: NodeAttributes;
}

/**
 * Two stores holding the same graph may list a node's edges in different orders (graphology groups
 * them by neighbour in insertion order; a snapshot or a database restores them in another), so a
 * query whose answer depends on which edge it meets first reads them in this order instead: by the
 * other end, then relation, then the asserting document.
 */
const byEnds = (other: (e: StoredEdge) => string) => (x: StoredEdge, y: StoredEdge): number =>
  compareKeys(other(x), other(y)) || compareKeys(x.attributes.relation, y.attributes.relation) || compareKeys(x.attributes.assertedBy ?? '', y.attributes.assertedBy ?? '');

/** Code-unit order, the same in every store and locale (what PostgreSQL's "C" collation gives). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A node's in-edges in that order; `keep` picks edges before they are sorted (a central document has thousands of
 * in-edges, of which a query of its amendments wants the handful that amend it).
 */
export function inEdgesInOrder(store: GraphStore, key: string, keep?: (attributes: EdgeAttributes) => boolean): StoredEdge[] {
  const out: StoredEdge[] = [];
  store.forEachInEdge(key, (k, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (!keep || keep(attributes)) out.push({ key: k, attributes, source, target, sourceAttributes, targetAttributes });
  });
  return out.sort(byEnds((e) => e.source));
}

export function outEdgesInOrder(store: GraphStore, key: string): StoredEdge[] {
  const out: StoredEdge[] = [];
  store.forEachOutEdge(key, (k, attributes, source, target, sourceAttributes, targetAttributes) => out.push({ key: k, attributes, source, target, sourceAttributes, targetAttributes }));
  return out.sort(byEnds((e) => e.target));
}
