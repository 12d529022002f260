import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { expect } from 'vitest';
import { GRAPH_LOCK } from '../../src/store/postgres/migrations.js';
import { migrate } from '../../src/store/index.js';
import { freshDatabase, type FreshDatabase } from './pg.js';

/**
 * The PostgreSQL store under real processes (test/postgres-concurrency.test.ts, test/postgres-kill.test.ts,
 * test/postgres-replica.test.ts): `vanban …` spawned as an operator runs it, every row of a database
 * to compare, and the invariants that must hold whatever process died when.
 */
export const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED = join(ROOT, '..', 'shared', 'corpus');

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}
export interface Running {
  child: ChildProcess;
  done: Promise<Ran>;
}

const children: ChildProcess[] = [];

/** `vanban …` as its own process (through tsx, as test/server-process.test.ts runs it). */
export function vanban(...args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<Ran>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out, err })));
  return { child, done };
}

/** For afterAll: no process of the test outlives it. */
export function killChildren(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A fresh database of the run's cluster, migrated. */
export async function migrated(label: string): Promise<FreshDatabase> {
  const db = await freshDatabase(label);
  const pool = new pg.Pool({ connectionString: db.url, max: 1 });
  try {
    await migrate(pool);
  } finally {
    await pool.end();
  }
  return db;
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function count(c: pg.Client, sql: string): Promise<number> {
  return Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
}

export type Dump = Record<'documents' | 'citations' | 'nodes' | 'edges' | 'conflicts' | 'bad' | 'search', Array<Record<string, unknown>>>;

/** Every row of every table, without the insertion numbers (seq), in key order. */
export function dump(url: string): Promise<Dump> {
  return withClient(url, async (c) => {
    const q = async (sql: string): Promise<Array<Record<string, unknown>>> => (await c.query(sql)).rows;
    const hasSearch = (await c.query<{ t: string | null }>(`SELECT to_regclass('vanban_search')::text AS t`)).rows[0]?.t;
    return {
      documents: await q('SELECT key, path, content_hash, document, text FROM vanban_documents ORDER BY key'),
      citations: await q('SELECT document, ordinal, start_offset, end_offset, id, relation, zone FROM vanban_citations ORDER BY document, ordinal'),
      nodes: await q('SELECT key, kind, type, level, place, date, symbol, stem, law_name, attributes FROM vanban_nodes ORDER BY key'),
      edges: await q('SELECT key, source, target, relation, asserted_by, attributes FROM vanban_edges ORDER BY key'),
      conflicts: await q('SELECT id, conflict FROM vanban_conflicts ORDER BY id'),
      bad: await q('SELECT path, error FROM vanban_bad_files ORDER BY path'),
      // the search rows (schema version 2) without their order numbers
      search: hasSearch ? await q(`SELECT to_jsonb(s) - 'seq' AS row FROM vanban_search s ORDER BY document`) : [],
    };
  });
}

/** Table by table: the same rows; a difference names its table and the first row that differs. */
export function expectSameRows(got: Dump, want: Dump, tables: Array<keyof Dump> = Object.keys(want) as Array<keyof Dump>): void {
  for (const t of tables) {
    expect(got[t].length, `${t}: row count`).toBe(want[t].length);
    const i = got[t].findIndex((row, j) => JSON.stringify(row) !== JSON.stringify(want[t][j]));
    if (i >= 0) expect(got[t][i], `${t}: row ${i}`).toEqual(want[t][i]);
  }
}

export const keysOf = (rows: Array<Record<string, unknown>>): unknown[] => rows.map((r) => r.key);

/**
 * What must hold at any moment, whatever process died when: each document row has all its citation
 * rows, its node (kind 'document') and its search row; each document node its row; no edge ends at a
 * node that is not there; no cited node is left without edges; no file is stored twice.
 */
export async function inconsistencies(url: string): Promise<Record<string, unknown[]>> {
  return withClient(url, async (c) => {
    const q = async (sql: string): Promise<unknown[]> => (await c.query(sql)).rows;
    const hasSearch = (await c.query<{ t: string | null }>(`SELECT to_regclass('vanban_search')::text AS t`)).rows[0]?.t;
    return {
      citationsShort: await q(
        `SELECT d.key, jsonb_array_length(d.document->'citations') AS want, (SELECT count(*) FROM vanban_citations c WHERE c.document = d.key)::int AS have
         FROM vanban_documents d WHERE jsonb_array_length(d.document->'citations') <> (SELECT count(*) FROM vanban_citations c WHERE c.document = d.key)`,
      ),
      documentWithoutNode: await q(`SELECT d.key FROM vanban_documents d LEFT JOIN vanban_nodes n ON n.key = d.key WHERE n.key IS NULL OR n.kind <> 'document'`),
      documentWithoutSearchRow: hasSearch ? await q(`SELECT d.key FROM vanban_documents d WHERE NOT EXISTS (SELECT 1 FROM vanban_search s WHERE s.document = d.key)`) : [],
      nodeWithoutDocument: await q(`SELECT n.key FROM vanban_nodes n WHERE n.kind = 'document' AND NOT EXISTS (SELECT 1 FROM vanban_documents d WHERE d.key = n.key)`),
      danglingEdges: await q(
        `SELECT e.key FROM vanban_edges e WHERE NOT EXISTS (SELECT 1 FROM vanban_nodes n WHERE n.key = e.source) OR NOT EXISTS (SELECT 1 FROM vanban_nodes n WHERE n.key = e.target)`,
      ),
      orphanCited: await q(`SELECT n.key FROM vanban_nodes n WHERE n.kind = 'cited' AND NOT EXISTS (SELECT 1 FROM vanban_edges e WHERE e.source = n.key OR e.target = n.key)`),
      sameFileTwice: await q(`SELECT document->>'path' AS path FROM vanban_documents GROUP BY 1 HAVING count(*) > 1`),
    };
  });
}

export const CONSISTENT = {
  citationsShort: [],
  documentWithoutNode: [],
  documentWithoutSearchRow: [],
  nodeWithoutDocument: [],
  danglingEdges: [],
  orphanCited: [],
  sameFileTwice: [],
};

/** The backends other than this client's that hold or wait for the graph lock (pg_advisory_xact_lock(GRAPH_LOCK)). */
export async function graphLock(c: pg.Client): Promise<{ holder: number | null; waiting: number[] }> {
  const r = await c.query<{ pid: number; granted: boolean }>(
    `SELECT pid, granted FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND classid = 0 AND objid = $1 AND pid <> pg_backend_pid()`,
    [GRAPH_LOCK],
  );
  return { holder: r.rows.find((x) => x.granted)?.pid ?? null, waiting: r.rows.filter((x) => !x.granted).map((x) => x.pid) };
}

/** The counts of `vanban ingest --db`'s first line. */
export function filesLine(r: Ran): { added: number; replaced: number; unchanged: number } {
  const m = /^files: (\d+) added, (\d+) replaced, (\d+) unchanged, 0 bad/.exec(r.out);
  expect(m, `${r.out}${r.err}`).not.toBeNull();
  return { added: Number(m![1]), replaced: Number(m![2]), unchanged: Number(m![3]) };
}
