import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './helpers/cli-fixture.js';
import { freshDatabase, type FreshDatabase } from './helpers/pg.js';
import { startServer } from './helpers/server-fixture.js';
import { MemoryStore, MIGRATIONS, PostgresStore, SCHEMA_VERSION } from '../src/store/index.js';
import { loadSnapshot } from '../src/graph/index.js';

/**
 * `--db` through the CLI and the server, against a real PostgreSQL: the same folder ingested into a
 * snapshot and into the database answers every command's --json identically; an ingest again reads
 * nothing, a changed file replaces its rows, --prune removes what is gone.
 */
const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'seeds');

describe('vanban --db', () => {
  let db: FreshDatabase;
  let dir: string;
  let docs: string;
  let snap: string;
  beforeAll(async () => {
    db = await freshDatabase('cli');
    dir = mkdtempSync(join(tmpdir(), 'vanban-db-'));
    docs = join(dir, 'docs');
    mkdirSync(docs);
    for (const f of readdirSync(SEEDS)) if (f.endsWith('.txt')) copyFileSync(join(SEEDS, f), join(docs, f));
    snap = join(dir, 'seeds.ndjson');
    expect((await cli('ingest', docs, '--out', snap, '--no-progress')).code).toBe(0);
  }, 120_000);
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('db status, db migrate (twice), ingest: what each says', async () => {
    const before = await cli('db', 'status', '--db', db.url);
    expect(before.code).toBe(1);
    expect(before.out).toContain(`schema version 0 (this vanban needs ${SCHEMA_VERSION}: run \`vanban db migrate\`)`);
    const refused = await cli('trace', '18-NQ/TW', '--db', db.url);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^vanban: the database has no vanban schema: run `vanban db migrate --db <url>` first\n$/);
    expect((await cli('db', 'migrate', '--db', db.url)).out).toContain(`to schema version ${SCHEMA_VERSION} (applied ${MIGRATIONS.map((m) => m.version).join(', ')})`);
    expect((await cli('db', 'migrate', '--db', db.url)).out).toContain(`is at schema version ${SCHEMA_VERSION}: nothing to do`);
    const first = await cli('ingest', docs, '--db', db.url, '--no-progress');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^files: 5 added, 0 replaced, 0 unchanged, 0 bad/);
    const again = await cli('ingest', docs, '--db', db.url, '--no-progress');
    expect(again.out).toMatch(/^files: 0 added, 0 replaced, 5 unchanged, 0 bad/);
  }, 120_000);

  it('every command answers the same --json from the database as from the snapshot', async () => {
    const questions = [
      ['trace', 'Nghị quyết số 18-NQ/TW'],
      ['trace', '18-NQ/TW', '--at', '2020-01-01'],
      ['trace', '18-NQ/TW', '--limit', '2', '--offset', '3'],
      ['coverage', '18-NQ/TW'],
      ['coverage', '18-NQ/TW', '--level', 'district'],
      ['cites', '18-NQ/TW'],
      ['missing', '--limit', '50'],
      ['rank', '--limit', '20'],
      ['check'],
    ];
    for (const q of questions) {
      const fromSnapshot = await cli(...q, '--snapshot', snap, '--json');
      const fromDb = await cli(...q, '--db', db.url, '--json');
      expect(fromDb.code, `${q.join(' ')}: ${fromDb.err}`).toBe(fromSnapshot.code);
      expect(JSON.parse(fromDb.out), q.join(' ')).toEqual(JSON.parse(fromSnapshot.out));
    }
    const exported = await cli('export', '--format', 'json', '--db', db.url);
    expect(JSON.parse(exported.out).nodes.length).toBe(JSON.parse((await cli('export', '--format', 'json', '--snapshot', snap)).out).nodes.length);
  }, 120_000);

  it('the server answers from the database as from the snapshot', async () => {
    const fromSnapshot = await startServer(snap);
    const fromDb = await startServer(null);
    await fromDb.server.setStore(await PostgresStore.open(db.url));
    try {
      for (const path of ['/api/trace?ref=18-NQ%2FTW', '/api/trace?ref=18-NQ%2FTW&limit=2&offset=1', '/api/coverage?ref=18-NQ%2FTW', '/api/missing?limit=10', '/api/check', '/readyz']) {
        const a = await fetch(fromSnapshot.base + path);
        const b = await fetch(fromDb.base + path);
        expect(b.status, path).toBe(a.status);
        const [ja, jb] = [await a.json(), await b.json()];
        expect(jb, path).toEqual(ja);
      }
      const id = (await (await fetch(`${fromSnapshot.base}/api/trace?ref=18-NQ%2FTW`)).json()).implementers.items[0].id as string;
      const page = await fetch(`${fromDb.base}/documents/${encodeURIComponent(id)}`);
      expect(page.status).toBe(200);
      // full-text search through PostgreSQL has its own engine: the same shape of answer, hits from the same documents
      const search = await fetch(`${fromDb.base}/api/search?q=ke+hoach`);
      expect(search.status).toBe(200);
      const hits = (await search.json()).hits as Array<{ id: string }>;
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect((await fetch(`${fromSnapshot.base}/api/documents/${encodeURIComponent(h.id)}`)).status, h.id).toBe(200);
    } finally {
      await fromSnapshot.server.app.close();
      await fromDb.server.app.close();
    }
  }, 120_000);

  it('a changed file replaces its rows, a file gone is removed with --prune, and the answers follow', async () => {
    const file = readdirSync(docs).find((f) => f.endsWith('.txt')) as string;
    writeFileSync(join(docs, file), '\n', { flag: 'a' });
    const changed = await cli('ingest', docs, '--db', db.url, '--no-progress');
    expect(changed.err).toBe('');
    expect(changed.out).toMatch(/^files: 0 added, 1 replaced, 4 unchanged, 0 bad/);
    rmSync(join(docs, file));
    const kept = await cli('ingest', docs, '--db', db.url, '--no-progress');
    expect(kept.out).toMatch(/^files: 0 added, 0 replaced, 4 unchanged, 0 bad/);
    expect(kept.out).toMatch(/database: 5 documents/);
    const pruned = await cli('ingest', docs, '--db', db.url, '--no-progress', '--prune');
    expect(pruned.out).toMatch(/^files: 0 added, 0 replaced, 4 unchanged, 0 bad, 1 removed/);
    expect(pruned.out).toMatch(/database: 4 documents/);
    // the database now holds what the in-memory store holds after the same changes (`ingest --update` of the
    // snapshot of the five files): the same nodes, edges and mention counts. Neither undoes a merge that the
    // removed document made possible (an incomplete id merged into its id): docs/postgres.md
    const r = await cli('ingest', docs, '--update', snap, '--no-progress');
    expect(r.out, r.err).toMatch(/^files: 0 added, 0 replaced, 4 unchanged, 1 removed, 0 bad/);
    const memory = new MemoryStore(await loadSnapshot(snap));
    const store = await PostgresStore.open(db.url);
    try {
      const g = await store.graph();
      expect(g.nodes().sort()).toEqual(memory.corpus.graph.nodes().sort());
      expect(g.edges().sort()).toEqual(memory.corpus.graph.edges().sort());
      // mentions taken back when the file went, in both stores
      expect(g.mapNodes((k, a) => [k, a.mentions]).sort()).toEqual(memory.corpus.graph.mapNodes((k, a) => [k, a.mentions]).sort());
    } finally {
      await store.close();
    }
  }, 180_000);
});
