import type pg from 'pg';
import { extractCitations } from '../../cite/extract.js';
import { parseId } from '../../cite/ids.js';
import { correctLegislature } from '../../cite/laws.js';
import type { Document } from '../../doc/schema.js';
import type { Corpus } from '../../graph/corpus.js';
import { amendmentHistory } from '../../graph/queries/amendments.js';
import { inEdgesInOrder, outEdgesInOrder } from '../../graph/store.js';
import { rankMissing, type MissingDocument } from '../../graph/queries/ranking.js';
import { pageOfImplementers, type ImplementersPage } from '../../graph/queries/implementers.js';
import { comparePathEdges, shortestPathWalk, type PathEdge, type PathStep } from '../../graph/queries/path.js';
import { restsOn } from '../../graph/queries/rests-on.js';
import { type CitationGraph } from '../../graph/corpus.js';
import { type CoverageOptions } from '../../graph/queries/coverage.js';
import { type NodeAttributes } from '../../graph/schema.js';
import { symbolKey } from '../../graph/resolve.js';
import type { SearchOptions, SearchResult } from '../../search/schema.js';
import { StoreError } from '../errors.js';
import type { Store, StoreStats } from '../store.js';
import { GraphSession } from './graph-session.js';
import { coverageSql, implementersPageSql } from './implementers.js';
import { checkSchema } from './migrations.js';
import { inTransaction } from './transaction.js';
import { redact } from '../url.js';
import { searchDatabase } from './search.js';
import { coveragePageModule, mostCitedModule, qualityModule } from '../on-demand.js';

/** How deep the transitive walks go, as in memory (implementers, restsOn). */
const MAX_DEPTH = 12;

/**
 * The corpus in a PostgreSQL database (see docs/postgres.md): documents, citations and the graph as
 * rows, shared by every process that opens the same database, and written by `vanban ingest --db`
 * one file per transaction (./ingest.ts).
 *
 * Each question selects in SQL the part of the graph it needs — the transitive implementers of a
 * document by a recursive CTE over the indexed edges, the chain of replacements, a node's edges —
 * loads that part into a small in-memory graph and answers with the same query functions as the
 * memory store, so the two stores cannot disagree on what an answer means. Questions about the whole
 * graph (PageRank, cycles, paths between any two documents, export) read the whole edge list, without
 * the evidence.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(readonly pool: pg.Pool) {}

  /**
   * Open a store on `url` (postgres://…): connects, and refuses a database that was not migrated, or was
   * migrated by another version of vanban (StoreError). `max`: connections of the pool.
   */
  static async open(url: string, options: { max?: number; readOnly?: boolean } = {}): Promise<PostgresStore> {
    // `pg` (and the node:net, tls and crypto it brings) loads only when a database is opened: importing vanban or
    // vanban/store for anything else should not pay for it
    const { default: driver } = await import('pg');
    const pool = new driver.Pool({ connectionString: url, max: options.max ?? 4, ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}) });
    // an idle connection the server closes is an error on the pool, not an uncaught exception
    pool.on('error', () => {});
    try {
      const client = await pool.connect();
      try {
        await checkSchema(client);
      } finally {
        client.release();
      }
    } catch (e) {
      await pool.end().catch(() => {});
      if (e instanceof StoreError) throw e;
      throw new StoreError('unavailable', `cannot use the database ${redact(url)}: ${(e as Error).message}`, {}, { cause: e });
    }
    return new PostgresStore(pool);
  }

  /** One connection for the length of `fn` (a session reads consistent rows only inside a transaction). */
  private read<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, fn, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }


  async stats(): Promise<StoreStats> {
    const r = await this.pool.query<{ documents: string; nodes: string; edges: string; bad: string }>(
      'SELECT (SELECT count(*) FROM vanban_documents) AS documents, (SELECT count(*) FROM vanban_nodes) AS nodes, (SELECT count(*) FROM vanban_edges) AS edges, (SELECT count(*) FROM vanban_bad_files) AS bad',
    );
    const row = r.rows[0]!;
    return { documents: Number(row.documents), nodes: Number(row.nodes), edges: Number(row.edges), badFiles: Number(row.bad), search: await this.hasSearch() };
  }

  async lookup(ref: string): Promise<{ key: string | null; candidates: string[] }> {
    const found = extractCitations(ref)[0];
    return this.read(async (client) => {
      const s = new GraphSession(client);
      const keys = [ref];
      const symbols: string[] = [];
      const stems: string[] = [];
      const lawNames: string[] = [];
      if (found) {
        keys.push(found.id);
        const fixed = found.id.startsWith('vn:') ? correctLegislature(found.id.slice(3)) : null;
        if (fixed) keys.push(`vn:${fixed}`);
        const sym = symbolKey(found.id);
        if (sym) symbols.push(sym);
        stems.push(found.id.replace(/[@#].*$/, ''));
        const law = lawNameOf(found.id);
        if (law) lawNames.push(law);
      }
      await s.loadNodes('key = ANY($1) OR symbol = ANY($2) OR stem = ANY($3) OR law_name = ANY($4)', [keys, symbols, stems, lawNames]);
      s.ready();
      return s.corpus.lookup(ref, () => (found ? [found] : []));
    });
  }

  async node(key: string): Promise<NodeAttributes | null> {
    const r = await this.pool.query<{ attributes: NodeAttributes }>('SELECT attributes FROM vanban_nodes WHERE key = $1', [key]);
    return r.rows[0]?.attributes ?? null;
  }

  async edges(key: string, direction: 'in' | 'out') {
    return this.read(async (client) => {
      const s = new GraphSession(client);
      await s.loadNodes('key = $1', [key]);
      if (!s.corpus.graph.hasNode(key)) return [];
      await s.loadEdges(direction === 'in' ? 'target = $1' : 'source = $1', [key]);
      return direction === 'in' ? inEdgesInOrder(s.corpus.graph, key) : outEdgesInOrder(s.corpus.graph, key);
    });
  }

  /**
   * The documents that implement `root`, transitively, and the implements edges among them: a recursive
   * CTE walks the edges into each level (`reachable`), then the walk of `implementers` over that part of the graph picks
   * each document's depth and parent as memory does.
   */
  private async implementsPart(client: pg.ClientBase, root: string, maxDepth: number): Promise<GraphSession> {
    const s = new GraphSession(client);
    await s.loadNodes('key = $1', [root]);
    if (!s.corpus.graph.hasNode(root)) return s;
    const keys = await reachable(client, root, 'implements', 'in', maxDepth);
    await s.loadNodes('key = ANY($1)', [keys]);
    await s.loadEdges(`relation = 'implements' AND target = ANY($1) AND source = ANY($1)`, [keys]);
    return s;
  }

  /** In SQL, every one of them (./implementers.ts): a page of them is `implementersPage`. */
  async implementers(root: string, options?: { transitive?: boolean; maxDepth?: number; includeAsserted?: boolean }) {
    return this.read(async (client) => (await implementersPageSql(client, root, { ...options, limit: Number.MAX_SAFE_INTEGER, offset: 0 })).items);
  }

  /** Counted and paged in SQL (./implementers.ts): only the page leaves the database. */
  async implementersPage(root: string, options: { limit: number; offset: number; transitive?: boolean; maxDepth?: number; includeAsserted?: boolean }): Promise<ImplementersPage> {
    // the same refusals as memory's pageOfImplementers
    pageOfImplementers([], { limit: options.limit, offset: options.offset });
    const page = await this.read((client) => implementersPageSql(client, root, options));
    return { total: page.total, offset: options.offset, limit: options.limit, items: page.items, byLevelAndPlace: page.byLevelAndPlace };
  }

  /** A grouped query, a row a place (./implementers.ts), placed on the map by the same code as memory. */
  async coverage(root: string, options?: CoverageOptions) {
    return this.read(async (client) => coverageSql(client, root, options));
  }

  async coveragePage(root: string, options?: CoverageOptions & { linkBase?: string }) {
    const { coveragePage } = await coveragePageModule();
    return this.read(async (client) => coveragePage((await this.implementsPart(client, root, MAX_DEPTH)).corpus.graph, root, options));
  }

  async restsOn(key: string) {
    return this.read(async (client) => {
      const s = new GraphSession(client);
      await s.loadNodes('key = $1', [key]);
      if (!s.corpus.graph.hasNode(key)) return restsOn(s.corpus.graph, key);
      const keys = await reachable(client, key, 'implements', 'out', MAX_DEPTH);
      await s.loadEdges(`(source = $1 AND relation IN ('basis', 'implements')) OR (relation = 'implements' AND source = ANY($2))`, [key, keys]);
      return restsOn(s.corpus.graph, key);
    });
  }

  async amendmentHistory(key: string, options?: { at?: string | null }) {
    return this.read(async (client) => {
      const s = new GraphSession(client);
      await s.loadNodes('key = $1', [key]);
      if (s.corpus.graph.hasNode(key)) {
        // the document, and every document that replaced it or a replacement of it: the current version is found along them
        await s.loadEdges('target = ANY($1)', [await reachable(client, key, 'replaces', 'in', 64)]);
      }
      return amendmentHistory(s.corpus.graph, key, options);
    });
  }

  /** The whole graph in this process; `evidence`: false leaves each edge's evidence out (a fifth of the rows' size and most of their parsing). */
  private async whole(evidence: boolean): Promise<Corpus> {
    return this.read(async (client) => {
      const s = new GraphSession(client);
      await s.loadNodes('true', []);
      await s.loadEdges('true', [], evidence ? 'attributes' : `attributes || '{"evidence": []}'::jsonb`);
      const conflicts = await client.query<{ id: string }>('SELECT id FROM vanban_conflicts');
      await s.loadConflicts(conflicts.rows.map((c) => c.id));
      const bad = await client.query<{ path: string; error: string }>('SELECT path, error FROM vanban_bad_files ORDER BY seq');
      for (const b of bad.rows) s.corpus.restoreRecord({ t: 'bad', path: b.path, error: b.error });
      const docs = await client.query<{ key: string; path: string | null }>('SELECT key, path FROM vanban_documents ORDER BY seq');
      for (const d of docs.rows) s.corpus.restoreRecord({ t: 'document', key: d.key, path: d.path });
      return s.corpus;
    });
  }

  /** The same two-sided walk as memory (shortestPathWalk), one query per ring of edges: no load of the graph. */
  async pathBetween(a: string, b: string): Promise<{ direction: 'forward' | 'backward'; steps: PathStep[] } | null> {
    return this.read(async (client) => {
      const known = await client.query('SELECT 1 FROM vanban_nodes WHERE key = ANY($1)', [[a, b]]);
      if ((known.rowCount ?? 0) < (a === b ? 1 : 2)) return null;
      const walk = async (from: string, to: string): Promise<PathStep[] | null> => {
        const w = shortestPathWalk(from, to, 1_000_000);
        for (let r = w.next(); ; ) {
          if (r.done) return r.value;
          const { nodes, forward } = r.value;
          const rows = await client.query<PathEdge & { asserted_by: string | null }>(`SELECT source, target, relation, asserted_by FROM vanban_edges WHERE ${forward ? 'source' : 'target'} = ANY($1)`, [nodes]);
          const edges = new Map<string, PathEdge[]>();
          for (const row of rows.rows) {
            const at = forward ? row.source : row.target;
            let list = edges.get(at);
            if (!list) edges.set(at, (list = []));
            list.push({ source: row.source, target: row.target, relation: row.relation, assertedBy: row.asserted_by });
          }
          for (const list of edges.values()) list.sort(comparePathEdges(forward));
          r = w.next(edges);
        }
      };
      const forward = await walk(a, b);
      if (forward) return { direction: 'forward' as const, steps: forward };
      const backward = await walk(b, a);
      return backward ? { direction: 'backward' as const, steps: backward } : null;
    });
  }

  async missing(limit: number): Promise<MissingDocument[]> {
    const r = await this.pool.query<{ key: string; attributes: NodeAttributes; cited_by: string[] }>(
      `SELECT n.key, n.attributes, coalesce(array_agg(DISTINCT e.source) FILTER (WHERE e.source IS NOT NULL), '{}') AS cited_by
       FROM vanban_nodes n LEFT JOIN vanban_edges e ON e.target = n.key AND e.asserted_by IS NULL
       WHERE n.kind = 'cited'
       GROUP BY n.key, n.attributes`,
    );
    const list = r.rows.map((row) => ({ key: row.key, type: row.attributes.type, names: row.attributes.names, citedBy: [...row.cited_by].sort(compareKeys), mentions: row.attributes.mentions }));
    return rankMissing(list).slice(0, limit);
  }

  async mostCited(limit: number) {
    const { mostCited } = await mostCitedModule();
    return mostCited((await this.whole(false)).graph, { limit });
  }

  async citingDocuments(key: string): Promise<string[]> {
    const r = await this.pool.query<{ source: string }>('SELECT DISTINCT source FROM vanban_edges WHERE target = $1 AND asserted_by IS NULL', [key]);
    return r.rows.map((x) => x.source).sort(compareKeys);
  }

  async dataQuality() {
    const { dataQuality } = await qualityModule();
    return dataQuality(await this.whole(false));
  }

  /** Always: a database this vanban opens is at the schema that holds the search rows (migration 2). */
  async hasSearch(): Promise<boolean> {
    return true;
  }

  /** Full-text search in SQL, read as memory reads a query (./search.ts), on one consistent view of the rows. */
  async search(query: string, options?: SearchOptions): Promise<SearchResult> {
    return this.read((client) => searchDatabase(client, query, options));
  }

  async document(key: string): Promise<Document | null> {
    const r = await this.pool.query<{ document: Omit<Document, 'text'>; text: string }>('SELECT document, text FROM vanban_documents WHERE key = $1', [key]);
    const row = r.rows[0];
    return row ? ({ ...row.document, text: row.text } as Document) : null;
  }

  async graph(): Promise<CitationGraph> {
    return (await this.whole(true)).graph;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/**
 * The documents `start` reaches along one relation, itself included: into it ('in': who implements it, who
 * replaced it) or out of it ('out': what it implements). A recursive CTE whose rows are (document, depth) pairs
 * kept once by UNION, at most `maxDepth` levels deep: a cycle ends at the bound, and a document reached by many
 * paths costs a row per depth, not one per path.
 */
async function reachable(client: pg.ClientBase, start: string, relation: string, direction: 'in' | 'out', maxDepth: number): Promise<string[]> {
  const [next, at] = direction === 'in' ? ['source', 'target'] : ['target', 'source'];
  const r = await client.query<{ key: string }>(
    `WITH RECURSIVE walk(key, depth) AS (
       SELECT $1::text COLLATE "C", 0
       UNION
       SELECT e.${next}, w.depth + 1
       FROM walk w JOIN vanban_edges e ON e.${at} = w.key AND e.relation = $2
       WHERE w.depth < $3
     )
     SELECT DISTINCT key FROM walk`,
    [start, relation, maxDepth],
  );
  return r.rows.map((x) => x.key);
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The name key of a law cited by name ("vn:luat:dau-tu" → "luat:dau-tu"), as the lookup index files corpus laws. */
export function lawNameOf(id: string): string | null {
  try {
    const p = parseId(id);
    return p.scheme === 'vn' && /^(luat|bo-luat|phap-lenh):/.test(p.key) ? p.key : null;
  } catch {
    return null;
  }
}

