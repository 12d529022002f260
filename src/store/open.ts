import { stat } from 'node:fs/promises';
import { Corpus } from '../graph/corpus.js';
import { loadSnapshot } from '../graph/snapshot.js';
import { SearchIndex } from '../search/search-index.js';
import { StoreError } from './errors.js';
import { MemoryStore } from './memory.js';
import { isDatabaseUrl } from './url.js';
import type { Store } from './store.js';


/**
 * A store for what `source` names: a PostgreSQL URL (a database migrated by `vanban db migrate`), a
 * snapshot file written by `vanban ingest`, or a folder of documents read now (with a search index).
 *
 * @example const store = await openStore('postgres://localhost/vanban'); await store.implementers('dang:18-NQ/TW#XII')
 */
export async function openStore(source: string, options: { readOnly?: boolean } = {}): Promise<Store> {
  // the database client is loaded only when a database is asked for
  if (isDatabaseUrl(source)) return (await import('./postgres/postgres-store.js')).PostgresStore.open(source, options);
  const s = await stat(source).catch(() => null);
  if (!s) throw new StoreError('unavailable', `${source}: no such file or folder (a snapshot, a folder of documents, or a postgres:// URL)`);
  if (s.isDirectory()) return new MemoryStore(await Corpus.fromFolder(source, { searchIndex: new SearchIndex() }));
  return new MemoryStore(await loadSnapshot(source));
}
