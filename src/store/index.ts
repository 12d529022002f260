/**
 * Stores: where a corpus lives and how it is asked. `MemoryStore` keeps it in this process (a folder
 * read now, or a snapshot); `PostgresStore` in a PostgreSQL database that several processes share.
 * Both answer the same `Store` interface through the same queries, so the CLI and the server ask
 * either the same way.
 *
 * @module vanban/store
 */
export type { Store, StoreStats } from './store.js';
export { MemoryStore } from './memory.js';
export { StoreError } from './errors.js';
export { openStore } from './open.js';
export { isDatabaseUrl, redact } from './url.js';
export { PostgresStore } from './postgres/postgres-store.js';
export { migrate, checkSchema, schemaVersion, SCHEMA_VERSION, MIGRATIONS, type Migration } from './postgres/migrations.js';
export { ingestIntoDatabase, EXTRACTION_VERSION, type DatabaseIngestOptions, type DatabaseIngestProgress, type DatabaseIngestReport } from './postgres/ingest.js';
export { bulkIngestIntoDatabase } from './postgres/bulk.js';
