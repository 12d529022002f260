import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';

/**
 * Databases for the store tests, on the one throw-away cluster that test/helpers/pg-global-setup.ts
 * starts for the whole run. Each test file takes its own database, so files running in parallel
 * never see each other's rows:
 *
 *   const db = await freshDatabase('ingest');
 *   afterAll(() => db.drop());
 *   const pool = new pg.Pool({ connectionString: db.url });   // end it before db.drop()
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The cluster's maintenance database: postgres://postgres@127.0.0.1:<port>/postgres. */
    pgUrl: string;
    /** A template database with the extensions the store needs (unaccent) already created. */
    pgTemplate: string;
    /** The folder of initdb, pg_ctl…, for tests that start clusters of their own (replicas). */
    pgBinDir: string;
  }
}

/** The URL of another database on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export interface FreshDatabase {
  readonly name: string;
  readonly url: string;
  /** DROP DATABASE … WITH (FORCE): ends connections still open (PostgreSQL 13+). Safe to call twice. */
  drop(): Promise<void>;
}

let counter = 0;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: inject('pgUrl') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * A new, empty database (a copy of the extension-ready template) with a name no other file or
 * worker uses: the label, the worker's pid, a counter and random bytes.
 */
export async function freshDatabase(label = 'test'): Promise<FreshDatabase> {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 24);
  const name = `t_${slug}_${process.pid}_${++counter}_${randomBytes(3).toString('hex')}`;
  const template = inject('pgTemplate');
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  let dropped = false;
  return {
    name,
    url: databaseUrl(inject('pgUrl'), name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
