import type { Document } from '../doc/schema.js';
import type { CitationGraph } from '../graph/corpus.js';
import type { MissingDocument } from '../graph/queries/ranking.js';
import type { Ranked } from '../graph/queries/most-cited.js';
import type { AmendmentHistory } from '../graph/queries/amendments.js';
import type { Coverage, CoverageOptions } from '../graph/queries/coverage.js';
import type { Finding } from '../graph/queries/quality.js';
import type { Implementer, ImplementersPage } from '../graph/queries/implementers.js';
import type { NodeAttributes } from '../graph/schema.js';
import type { PathStep } from '../graph/queries/path.js';
import type { RestsOn } from '../graph/queries/rests-on.js';
import type { StoredEdge } from '../graph/store.js';

import type { SearchOptions, SearchResult } from '../search/schema.js';

export interface StoreStats {
  documents: number;
  nodes: number;
  edges: number;
  badFiles: number;
  /** true when the store can answer full-text searches */
  search: boolean;
}

/**
 * What every question of the CLI and the server asks of a corpus, whatever holds it: the in-memory
 * graph (`MemoryStore`, over graphology, synchronous inside) or a PostgreSQL database
 * (`PostgresStore`). Both answer through the same query functions of vanban/graph, so that the two
 * stores give the same answers; only where the data comes from differs. Every method is
 * asynchronous because a database is.
 */
export interface Store {
  readonly kind: 'memory' | 'postgres';
  stats(): Promise<StoreStats>;
  /** The node key a reference names: a key, or citation text ("Nghị quyết số 18-NQ/TW"); several candidates when ambiguous. */
  lookup(ref: string): Promise<{ key: string | null; candidates: string[] }>;
  node(key: string): Promise<NodeAttributes | null>;
  /** A node's edges, with both ends' attributes, in the stores' common order (see outEdgesInOrder). */
  edges(key: string, direction: 'in' | 'out'): Promise<StoredEdge[]>;
  /** Every implementer of a document, in the walk's order (depth, the document implemented, key). */
  implementers(root: string, options?: { transitive?: boolean; maxDepth?: number; includeAsserted?: boolean }): Promise<Implementer[]>;
  /**
   * A page of them in that order, with the total and the counts by level and place over all of them:
   * what a trace answers (a central resolution has tens of thousands of implementers).
   */
  implementersPage(root: string, options: { limit: number; offset: number; transitive?: boolean; maxDepth?: number; includeAsserted?: boolean }): Promise<ImplementersPage>;
  restsOn(key: string): Promise<RestsOn>;
  amendmentHistory(key: string, options?: { at?: string | null }): Promise<AmendmentHistory>;
  pathBetween(a: string, b: string): Promise<{ direction: 'forward' | 'backward'; steps: PathStep[] } | null>;
  coverage(root: string, options?: CoverageOptions): Promise<Coverage>;
  /** The coverage page (`vanban coverage --html`) of a document. */
  coveragePage(root: string, options?: CoverageOptions & { linkBase?: string }): Promise<string>;
  missing(limit: number): Promise<MissingDocument[]>;
  mostCited(limit: number): Promise<Ranked[]>;
  citingDocuments(key: string): Promise<string[]>;
  dataQuality(): Promise<Finding[]>;
  /** false when the store holds no full-text index (a snapshot written with --no-search) */
  hasSearch(): Promise<boolean>;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** A corpus document as read (identity, sections, citations, text), or null for a document only cited. */
  document(key: string): Promise<Document | null>;
  /** The whole graph in this process (graphology), for `vanban export`: a database store reads all of it. */
  graph(): Promise<CitationGraph>;
  close(): Promise<void>;
}
