import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../src/answers/index.js';
import { Corpus } from '../src/graph/index.js';
import { ingestIntoDatabase, MemoryStore, migrate, MIGRATIONS, PostgresStore, SCHEMA_VERSION, StoreError, type Store } from '../src/store/index.js';
import { freshDatabase, type FreshDatabase } from './helpers/pg.js';

/**
 * The PostgreSQL store against the in-memory store, on a real server (the throw-away cluster of
 * test/helpers/pg-global-setup.ts): the same folders ingested into both give the same graph, row for
 * row, and the same answers to every question the CLI and the server ask.
 */
const SHARED = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const FOLDERS = (process.env.VANBAN_PG_FOLDERS ?? 'seeds,phapluat8chude').split(',').map((f) => join(SHARED, f));

describe('the PostgreSQL store answers as the memory store does', () => {
  let db: FreshDatabase;
  let memory: MemoryStore;
  let postgres: PostgresStore;
  beforeAll(async () => {
    db = await freshDatabase('equivalence');
    const pool = new pg.Pool({ connectionString: db.url });
    expect(await migrate(pool)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(MIGRATIONS.at(-1)?.version).toBe(SCHEMA_VERSION);
    // a second migration finds nothing to do
    expect(await migrate(pool)).toEqual([]);
    await pool.end();
    const corpus = new Corpus();
    for (const f of FOLDERS) await corpus.addFolder(f, undefined, { manifests: true });
    memory = new MemoryStore(corpus);
    postgres = await PostgresStore.open(db.url);
    for (const f of FOLDERS) await ingestIntoDatabase(postgres, f, { manifests: true });
  }, 600_000);
  afterAll(async () => {
    await postgres?.close();
    await db?.drop();
  });

  it('holds the same graph: every node and edge with the same attributes, the same conflicts and bad files', async () => {
    const m = memory.corpus.graph;
    const p = await postgres.graph();
    expect(p.order).toBe(m.order);
    expect(p.size).toBe(m.size);
    const nodes = (g: typeof m) => new Map(g.mapNodes((k, a) => [k, a] as const));
    expect(nodes(p)).toEqual(nodes(m));
    const edges = (g: typeof m) => new Map(g.mapEdges((k, a, s, t) => [k, { s, t, a }] as const));
    expect(edges(p)).toEqual(edges(m));
    // (the memory corpus here has no search index; the database's search rows are tested in postgres-search.test.ts)
    expect({ ...(await postgres.stats()), search: null }).toEqual({ ...(await memory.stats()), search: null });
  });

  it('answers trace, cites and document for every document the same way', async () => {
    const keys = memory.corpus.graph.filterNodes((_k, a) => a.kind === 'document');
    expect(keys.length).toBeGreaterThan(20);
    for (const id of keys) {
      expect(await A.traceAnswer(postgres, { ref: id }), id).toEqual(await A.traceAnswer(memory, { ref: id }));
      expect(await A.citesAnswer(postgres, { ref: id }), id).toEqual(await A.citesAnswer(memory, { ref: id }));
      const d = await A.documentAnswer(postgres, { id });
      const m = await A.documentAnswer(memory, { id });
      // the memory store reads a document's file again when asked, without the manifest it was ingested
      // with; the database keeps the document as ingested. They differ only where a manifest spoke
      if (m.node.supplied || m.node.disagrees) expect({ ...d, document: null }, id).toEqual({ ...m, document: null });
      else expect(d, id).toEqual(m);
    }
  }, 300_000);

  it('finds the same path between documents, walking the database ring by ring', async () => {
    const g = memory.corpus.graph;
    const keys = g.filterNodes((_k, a) => a.kind === 'document');
    // pairs joined by a chain (a document and what it rests on, two steps up) and pairs that are not
    const pairs: Array<[string, string]> = [];
    for (const k of keys.slice(0, 60)) {
      const up = g.outNeighbors(k).flatMap((n) => g.outNeighbors(n));
      if (up[0]) pairs.push([k, up[0]], [up[0], k]);
      pairs.push([k, keys[(keys.indexOf(k) * 7 + 3) % keys.length] as string]);
    }
    let found = 0;
    for (const [from, to] of pairs) {
      const p = await A.pathAnswer(postgres, { from, to });
      expect(p, `${from} → ${to}`).toEqual(await A.pathAnswer(memory, { from, to }));
      if (p.steps.length > 1) found++;
    }
    expect(found).toBeGreaterThan(10);
  }, 300_000);

  it('answers coverage, missing, rank and check the same way', async () => {
    const roots = memory.corpus.graph.filterNodes((k) => memory.corpus.graph.inEdges(k).some((e) => memory.corpus.graph.getEdgeAttribute(e, 'relation') === 'implements'));
    expect(roots.length).toBeGreaterThan(0);
    for (const ref of roots) {
      for (const level of ['province', 'district', 'commune'] as const) expect(await A.coverageAnswer(postgres, { ref, level }), ref).toEqual(await A.coverageAnswer(memory, { ref, level }));
      // the 34 provinces from 1 July 2025, and a day of the other map: the grouped query's eras meet the map's
      expect(await A.coverageAnswer(postgres, { ref, level: 'province', current: true }), ref).toEqual(await A.coverageAnswer(memory, { ref, level: 'province', current: true }));
      expect(await A.coverageAnswer(postgres, { ref, level: 'province', at: '2025-08-01' }), ref).toEqual(await A.coverageAnswer(memory, { ref, level: 'province', at: '2025-08-01' }));
      for (const options of [{ transitive: false }, { includeAsserted: false }, { maxDepth: 2 }]) expect(await postgres.implementers(ref, options), ref).toEqual(await memory.implementers(ref, options));
      // pages counted and cut in SQL: the same page, total and counts, the counts' keys in the same order
      for (const [limit, offset] of [[100, 0], [2, 0], [2, 3], [5, 1_000_000], [0, 0]] as const) {
        const [p, m] = [await postgres.implementersPage(ref, { limit, offset }), await memory.implementersPage(ref, { limit, offset })];
        expect(JSON.stringify(p), `${ref} ${limit}@${offset}`).toBe(JSON.stringify(m));
      }
    }
    expect(await A.missingAnswer(postgres, { limit: 100 })).toEqual(await A.missingAnswer(memory, { limit: 100 }));
    expect(await A.rankAnswer(postgres, { limit: 50 })).toEqual(await A.rankAnswer(memory, { limit: 50 }));
    expect(await A.checkAnswer(postgres)).toEqual(await A.checkAnswer(memory));
  }, 300_000);

  it('resolves references (ids, citation text) the same way', async () => {
    const refs = ['Nghị quyết số 18-NQ/TW', '18-NQ/TW', 'Luật Bảo hiểm y tế', 'Bộ luật Lao động', 'Kế hoạch số 44/KH-UBND', 'no such thing'];
    const ask = async (s: Store, ref: string) => A.resolveRef(s, ref).catch((e: unknown) => (e as Error).message);
    for (const ref of refs) expect(await ask(postgres, ref), ref).toEqual(await ask(memory, ref));
  });

  it('ingesting the same folder again changes nothing and reads nothing', async () => {
    const before = await postgres.graph();
    const report = await ingestIntoDatabase(postgres, FOLDERS[0] as string, { manifests: true });
    expect(report).toMatchObject({ added: 0, replaced: 0, failed: 0 });
    expect(report.unchanged).toBeGreaterThan(0);
    const after = await postgres.graph();
    expect(after.export()).toEqual(before.export());
  });
});

describe('a database vanban cannot read is refused with a clear message', () => {
  let db: FreshDatabase;
  beforeAll(async () => {
    db = await freshDatabase('schema');
  });
  afterAll(async () => db?.drop());

  it('not migrated, then migrated, then from a newer vanban', async () => {
    await expect(PostgresStore.open(db.url)).rejects.toThrow(/no vanban schema: run `vanban db migrate/);
    const pool = new pg.Pool({ connectionString: db.url });
    await migrate(pool);
    const store = await PostgresStore.open(db.url);
    await store.close();
    await pool.query("INSERT INTO vanban_schema (version, name) VALUES (999, 'from the future')");
    await pool.end();
    const refused = await PostgresStore.open(db.url).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).message).toMatch(/schema version 999, newer than this vanban knows/);
  });

  it('an unreachable server', async () => {
    await expect(PostgresStore.open('postgres://nobody@127.0.0.1:1/none')).rejects.toThrow(/cannot use the database postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
  });
});
