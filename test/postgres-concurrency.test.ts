import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/doc/schema.js';
import { Corpus } from '../src/graph/index.js';
import { GRAPH_LOCK } from '../src/store/postgres/migrations.js';
import { ingestIntoDatabase, MIGRATIONS, PostgresStore, SCHEMA_VERSION } from '../src/store/index.js';
import { cli } from './helpers/cli-fixture.js';
import { freshDatabase, type FreshDatabase } from './helpers/pg.js';
import { CONSISTENT, dump, expectSameRows, filesLine, graphLock, inconsistencies, keysOf, killChildren, migrated, SHARED, sleep, vanban, withClient, type Dump, type Ran } from './helpers/pg-processes.js';

/**
 * The PostgreSQL store under real processes (issue 14, item 3): `vanban ingest --db` started twice at
 * once on one database, on the same folder and on two folders citing the same documents, and
 * `vanban db migrate` twice at once. Whatever the interleaving, the database must hold what one
 * process would have written: no duplicate row, no half document, no edge to a missing node.
 * (Killed processes: test/postgres-kill.test.ts.)
 */

/** One process's ingest of `dir`, in this process (the reference the concurrent runs are held to). */
async function ingestOnce(url: string, dir: string): Promise<void> {
  const store = await PostgresStore.open(url);
  try {
    // the options `vanban ingest --db` uses by default: the folders' manifests are read
    await ingestIntoDatabase(store, dir, { manifests: true });
  } finally {
    await store.close();
  }
}

/** A folder of copies of the .txt files of a shared folder (no manifest), those `pick` keeps. */
function copyTxt(from: string, to: string, pick: (name: string, i: number) => boolean): void {
  mkdirSync(to, { recursive: true });
  readdirSync(from).filter((f) => f.endsWith('.txt')).sort().filter(pick).forEach((f) => copyFileSync(join(from, f), join(to, f)));
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vanban-pg-conc-'));
});
afterAll(() => {
  killChildren();
  rmSync(work, { recursive: true, force: true });
});

describe('two ingest processes on one database at once', () => {
  // congbot: central documents, many of which cite the same laws, ordinances and decrees; the first 24
  // split alternately into a/ and b/, so that both halves write the same cited nodes and mention counts
  const FILES = 24;
  let union: string;
  let reference: FreshDatabase;
  let expected: Dump;
  const dbs: FreshDatabase[] = [];
  beforeAll(async () => {
    union = join(work, 'union');
    copyTxt(join(SHARED, 'congbot'), join(union, 'a'), (_f, i) => i < FILES && i % 2 === 0);
    copyTxt(join(SHARED, 'congbot'), join(union, 'b'), (_f, i) => i < FILES && i % 2 === 1);
    reference = await migrated('conc_ref');
    dbs.push(reference);
    await ingestOnce(reference.url, union);
    expected = await dump(reference.url);
    expect(expected.documents.length).toBe(FILES);
  }, 60_000);
  afterAll(async () => {
    for (const db of dbs) await db.drop();
  });

  /**
   * Both processes on `dirs`; both must exit 0. 'gated': the test holds the graph lock until both wait for it
   * with their first file, so they start writing at the same moment whatever their start-up took; a number:
   * the second is started that many ms after the first, and they meet wherever they meet.
   */
  async function race(dirs: [string, string], start: 'gated' | number): Promise<{ db: FreshDatabase; runs: Ran[] }> {
    const db = await migrated('conc');
    dbs.push(db);
    const gate = new pg.Client({ connectionString: db.url });
    await gate.connect();
    try {
      if (start === 'gated') {
        await gate.query('BEGIN');
        await gate.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      }
      const first = vanban('ingest', dirs[0], '--db', db.url, '--no-progress');
      if (typeof start === 'number') await sleep(start);
      const second = vanban('ingest', dirs[1], '--db', db.url, '--no-progress');
      if (start === 'gated') {
        while ((await graphLock(gate)).waiting.length < 2) {
          if (first.child.exitCode !== null || second.child.exitCode !== null) break;
          await sleep(20);
        }
        await gate.query('COMMIT');
      }
      const runs = await Promise.all([first.done, second.done]);
      for (const r of runs) expect(r.code, r.err).toBe(0);
      return { db, runs };
    } finally {
      await gate.end();
    }
  }

  it.each(['gated', 350] as const)('the same folder twice (start: %s): every file written once, the database the one ingest’s, row for row', async (start) => {
    const { db, runs } = await race([union, union], start);
    const [a, b] = runs.map(filesLine) as [ReturnType<typeof filesLine>, ReturnType<typeof filesLine>];
    // each file is added by exactly one of them; the other finds it there (under the lock) and leaves it
    expect(a.added + b.added).toBe(FILES);
    expect(a.unchanged + b.unchanged).toBe(FILES);
    expect(a.replaced + b.replaced).toBe(0);
    expect(await inconsistencies(db.url)).toEqual(CONSISTENT);
    // taking turns file by file in the same walk order, they write what one process writes, attributes included
    expectSameRows(await dump(db.url), expected);
  }, 120_000);

  it.each(['gated', 350] as const)('two folders citing the same documents (start: %s): the union, as one process writes it in the same order', async (start) => {
    const { db, runs } = await race([join(union, 'a'), join(union, 'b')], start);
    expect(runs.map(filesLine)).toEqual([
      { added: FILES / 2, replaced: 0, unchanged: 0 },
      { added: FILES / 2, replaced: 0, unchanged: 0 },
    ]);
    expect(await inconsistencies(db.url)).toEqual(CONSISTENT);
    const got = await dump(db.url);
    // the same rows as one ingest of the union: documents and citations exactly, the same node and edge keys
    // (a cited node written by both is one row, its mention count the sum of both halves)
    expectSameRows(got, expected, ['documents', 'citations', 'conflicts', 'bad', 'search']);
    expect(keysOf(got.nodes)).toEqual(keysOf(expected.nodes));
    expect(keysOf(got.edges)).toEqual(keysOf(expected.edges));
    const mentions = (d: Dump): unknown[] => d.nodes.map((n) => [n.key, (n.attributes as { mentions: number }).mentions]);
    expect(mentions(got)).toEqual(mentions(expected));
    const counts = (d: Dump): unknown[] => d.edges.map((e) => [e.key, (e.attributes as { count: number }).count]);
    expect(counts(got)).toEqual(counts(expected));
    // Some attributes depend on the order documents come in, in memory too: the first names a cited
    // node is seen under (at most a few are kept), the order of evidence, the note of how an id was
    // resolved ('no node with this id yet' until the cited document itself is read). The halves
    // interleave, so the graph must be the one memory builds from the documents in the order the
    // database committed them (vanban_documents.seq): the same graph as a serial run.
    const store = await PostgresStore.open(db.url);
    try {
      const order = await store.pool.query<{ document: Omit<Document, 'text'>; text: string }>('SELECT document, text FROM vanban_documents ORDER BY seq');
      // how often the commit order switches from one folder to the other
      const halves = order.rows.map((r) => (r.document.path?.includes('/a/') ? 'a' : 'b'));
      const switches = halves.filter((h, i) => i > 0 && h !== halves[i - 1]).length;
      const corpus = new Corpus();
      for (const row of order.rows) corpus.addDocument({ ...row.document, text: row.text } as Document);
      corpus.reconcile();
      const g = await store.graph();
      const m = corpus.graph;
      expect(new Map(g.mapNodes((k, a) => [k, a] as const))).toEqual(new Map(m.mapNodes((k, a) => [k, a] as const)));
      expect(new Map(g.mapEdges((k, a, s, t) => [k, { s, t, a }] as const))).toEqual(new Map(m.mapEdges((k, a, s, t) => [k, { s, t, a }] as const)));
      // released together, the two really took turns (not one folder, then the other)
      if (start === 'gated') expect(switches).toBeGreaterThanOrEqual(2);
      console.log(`two folders (start: ${start}): commit order ${halves.join('')}`);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('two `vanban db migrate` at once', () => {
  it('both succeed, one applies the migrations, the other finds nothing to do', async () => {
    const db = await freshDatabase('migrate_race');
    try {
      const runs = await Promise.all([vanban('db', 'migrate', '--db', db.url).done, vanban('db', 'migrate', '--db', db.url).done]);
      for (const r of runs) expect(r.code, r.err).toBe(0);
      const outs = runs.map((r) => r.out.trim()).sort();
      expect(outs[0]).toMatch(new RegExp(`^migrated .* to schema version ${SCHEMA_VERSION} \\(applied ${MIGRATIONS.map((m) => m.version).join(', ')}\\)$`));
      expect(outs[1]).toMatch(new RegExp(`is at schema version ${SCHEMA_VERSION}: nothing to do$`));
      const versions = await withClient(db.url, async (c) => (await c.query<{ version: number }>('SELECT version FROM vanban_schema ORDER BY version')).rows);
      expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
      const status = await cli('db', 'status', '--db', db.url);
      expect(status.out).toMatch(new RegExp(`schema version ${SCHEMA_VERSION} \\(current\\)`));
    } finally {
      await db.drop();
    }
  }, 120_000);
});

