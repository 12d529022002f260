/** The PostgreSQL store's runtime (the `pg` client and what uses it), loaded only where a database is used. */
import pg from 'pg';

export { PostgresStore } from './postgres-store.js';
export { ingestIntoDatabase } from './ingest.js';
export { bulkIngestIntoDatabase } from './bulk.js';
export { migrate, schemaVersion } from './migrations.js';

/** A pool of one connection for the schema commands; an idle connection the server closes is no uncaught error. */
export function adminPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => {});
  return pool;
}
