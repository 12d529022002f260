import { stat } from 'node:fs/promises';
import { ReadError } from '../doc/readers/types.js';
import type { Document } from '../doc/schema.js';
import { amendmentHistory } from '../graph/queries/amendments.js';
import { citingDocuments, missing, type MissingDocument } from '../graph/queries/ranking.js';
import { coverage, type CoverageOptions } from '../graph/queries/coverage.js';
import { countByLevelAndPlace, implementers, pageOfImplementers, type Implementer } from '../graph/queries/implementers.js';
import { inEdgesInOrder, outEdgesInOrder } from '../graph/store.js';
import { pathBetween } from '../graph/queries/path.js';
import { restsOn } from '../graph/queries/rests-on.js';
import { SnapshotError } from '../graph/snapshot.js';
import { type Corpus } from '../graph/corpus.js';
import { implementsIndex } from '../graph/implements-index.js';
import type { SearchOptions } from '../search/schema.js';
import { StoreError } from './errors.js';
import { idOfTypedSymbol } from './typed-id.js';
import type { Store, StoreStats } from './store.js';
import { coveragePageModule, mostCitedModule, qualityModule } from './on-demand.js';

const READ_CACHE_SIZE = 32;
/** How many walks of implementersPage are kept, and from how many implementers on (a shorter walk costs less than a millisecond). */
const WALK_CACHE_SIZE = 8;
const WALK_CACHE_MIN = 500;

/**
 * The embedded store: a corpus in this process's memory (read from a folder or a snapshot), asked
 * through graphology with the synchronous queries of vanban/graph. The graph keeps identity and
 * edges, not sections or text: a document is read again from its file when asked for.
 */
export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  private readonly readCache = new Map<string, { path: string; size: number; mtimeMs: number; doc: Document }>();
  /** The long walks of implementersPage, the most recently asked last, all of the graph whose implements index is `walksIndex`. */
  private readonly walks = new Map<string, { list: readonly Implementer[]; counts: Record<string, Record<string, number>> }>();
  private walksIndex: object | null = null;

  constructor(readonly corpus: Corpus) {}

  async stats(): Promise<StoreStats> {
    const c = this.corpus;
    return { documents: c.documents.size, nodes: c.graph.order, edges: c.graph.size, badFiles: c.badFiles.length, search: c.hasSearchIndex };
  }

  /**
   * A number typed alone is read as an id (src/store/typed-id.ts); anything else by the extractor, imported then: a
   * lookup of "18-NQ/TW" neither needs the extractor loaded (its tables are built at import) nor pays its cold first call.
   */
  async lookup(ref: string) {
    const id = idOfTypedSymbol(ref);
    if (id !== null) return this.corpus.lookup(ref, () => [{ id }]);
    const { extractCitations } = await import('../cite/extract.js');
    return this.corpus.lookup(ref, (t) => extractCitations(t));
  }

  async node(key: string) {
    return this.corpus.graph.hasNode(key) ? this.corpus.graph.getNodeAttributes(key) : null;
  }

  async edges(key: string, direction: 'in' | 'out') {
    if (!this.corpus.graph.hasNode(key)) return [];
    return direction === 'in' ? inEdgesInOrder(this.corpus.graph, key) : outEdgesInOrder(this.corpus.graph, key);
  }

  async implementers(root: string, options?: { transitive?: boolean; maxDepth?: number; includeAsserted?: boolean }) {
    return implementers(this.corpus.graph, root, options);
  }

  /**
   * A page of the implementers. A server is asked for the pages of the same few central documents again
   * and again, each a walk over thousands of implementers (about 12 000, 10–40 ms with the counts, at
   * 100 000 documents): a walk over WALK_CACHE_MIN or more is kept, with its counts, for the next page,
   * until the graph changes (its implements index is rebuilt then: a new index empties the cache).
   */
  async implementersPage(root: string, options: { limit: number; offset: number; transitive?: boolean; maxDepth?: number; includeAsserted?: boolean }) {
    const { limit, offset, ...walk } = options;
    const index = implementsIndex(this.corpus.graph);
    if (index !== this.walksIndex) {
      // the graph changed (or this is the first walk): every walk kept is of the graph before
      this.walks.clear();
      this.walksIndex = index;
    }
    const key = JSON.stringify([root, walk.transitive ?? true, walk.maxDepth ?? null, walk.includeAsserted ?? true]);
    const seen = this.walks.get(key);
    if (seen) {
      this.walks.delete(key);
      this.walks.set(key, seen);
      return pageOfImplementers(seen.list, { limit, offset }, seen.counts);
    }
    const list = implementers(this.corpus.graph, root, walk);
    const counts = countByLevelAndPlace(list);
    if (index && list.length >= WALK_CACHE_MIN) {
      // frozen: every page hands out these objects, and a caller changing one would change the next answer
      for (const i of list) Object.freeze(i);
      for (const byPlace of Object.values(counts)) Object.freeze(byPlace);
      this.walks.set(key, { list: Object.freeze(list), counts: Object.freeze(counts) });
      if (this.walks.size > WALK_CACHE_SIZE) this.walks.delete(this.walks.keys().next().value as string);
    }
    return pageOfImplementers(list, { limit, offset }, counts);
  }

  async restsOn(key: string) {
    return restsOn(this.corpus.graph, key);
  }

  async amendmentHistory(key: string, options?: { at?: string | null }) {
    return amendmentHistory(this.corpus.graph, key, options);
  }

  async pathBetween(a: string, b: string) {
    return pathBetween(this.corpus.graph, a, b);
  }

  async coverage(root: string, options?: CoverageOptions) {
    return coverage(this.corpus.graph, root, options);
  }

  async coveragePage(root: string, options?: CoverageOptions & { linkBase?: string }) {
    return (await coveragePageModule()).coveragePage(this.corpus.graph, root, options);
  }

  async missing(limit: number): Promise<MissingDocument[]> {
    return missing(this.corpus.graph).slice(0, limit);
  }

  async mostCited(limit: number) {
    return (await mostCitedModule()).mostCited(this.corpus.graph, { limit });
  }

  async citingDocuments(key: string) {
    return this.corpus.graph.hasNode(key) ? citingDocuments(this.corpus.graph, key) : [];
  }

  async dataQuality() {
    return (await qualityModule()).dataQuality(this.corpus);
  }

  async hasSearch() {
    return this.corpus.hasSearchIndex;
  }

  /** A snapshot's search part is read (and checked) on the first search, without blocking the event loop. */
  async search(query: string, options?: SearchOptions) {
    try {
      await this.corpus.searchReady();
    } catch (e) {
      if (e instanceof SnapshotError) throw new StoreError('unavailable', `the search index cannot be read: ${e.message}`, {}, { cause: e });
      throw e;
    }
    return this.corpus.search(query, options);
  }

  /**
   * The corpus document's file, read again as `vanban read` reads it. A server asks for the same few
   * documents again and again (a page, then its text): a file is read again only when its size or time
   * of change moved, so an edited file is never answered from memory.
   */
  async document(key: string): Promise<Document | null> {
    const path = this.corpus.graph.hasNode(key) ? this.corpus.graph.getNodeAttribute(key, 'path') : null;
    if (!path) return null;
    const cache = this.readCache;
    try {
      const s = await stat(path).catch(() => null);
      const seen = cache.get(key);
      if (s && seen && seen.path === path && seen.size === s.size && seen.mtimeMs === s.mtimeMs) {
        cache.delete(key);
        cache.set(key, seen);
        return seen.doc;
      }
      // the readers (and the extractor behind them) are imported by the first document asked for, not by every command
      const { readDocument } = await import('../doc/read.js');
      const doc = await readDocument(path);
      if (s) {
        cache.set(key, { path, size: s.size, mtimeMs: s.mtimeMs, doc });
        // the oldest entry out (a Map keeps insertion order; a hit above moved its entry to the end)
        if (cache.size > READ_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      return doc;
    } catch (e) {
      if (e instanceof ReadError) throw new StoreError('unavailable', `the file of ${key} cannot be read now: ${path}: ${e.message}`, { id: key, path });
      throw e;
    }
  }

  async graph() {
    return this.corpus.graph;
  }

  /** Gives back the snapshot file the corpus's search index reads by range (Corpus.close). */
  async close(): Promise<void> {
    this.corpus.close();
  }
}
