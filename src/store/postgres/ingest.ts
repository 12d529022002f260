import type pg from 'pg';
import { correctLegislature } from '../../cite/laws.js';
import { readCorpus, type ReadCorpusOptions } from '../../doc/corpus.js';
import type { Document } from '../../doc/schema.js';
import { symbolKey } from '../../graph/resolve.js';
import { GraphSession } from './graph-session.js';
import { inTransaction } from './transaction.js';
import { GRAPH_LOCK } from './migrations.js';
import type { PostgresStore } from './postgres-store.js';
import { lawNameOf } from './postgres-store.js';
import { titleAmendCandidates } from '../../graph/title-amends.js';
import { writeSearchRows } from './search.js';
import { StoreError } from '../errors.js';

import { EXTRACTION_VERSION, stamp } from '../../doc/extraction-version.js';

export { EXTRACTION_VERSION, stamp };

export interface DatabaseIngestProgress {
  path: string;
  outcome: 'added' | 'replaced' | 'unchanged' | 'failed';
  error?: string;
}

export interface DatabaseIngestReport {
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** documents whose files are gone, removed (with `prune`) */
  pruned: number;
  /** incomplete ids and laws cited by name merged into the document they name */
  merged: number;
}

export interface DatabaseIngestOptions extends Pick<ReadCorpusOptions, 'manifests' | 'manifest' | 'includeAll' | 'onSkip' | 'limits'> {
  /** remove the documents of this folder whose files are no longer there */
  prune?: boolean;
  onProgress?: (p: DatabaseIngestProgress) => void;
}

/**
 * Read a folder into the database: each file in its own transaction (its document row, citations, graph
 * rows), so a process killed at any moment leaves every file either wholly in or wholly out, and the next
 * run takes up what is missing. A file whose bytes (and manifest entry) are those already stored is not
 * read again; a changed file replaces its rows in the same transaction that writes the new ones.
 * Graph writes hold an advisory lock, so two ingests into one database take turns file by file instead
 * of racing on shared nodes (a cited document's mention count, an id conflict).
 */
export async function ingestIntoDatabase(store: PostgresStore, dir: string, options: DatabaseIngestOptions = {}): Promise<DatabaseIngestReport> {
  await refuseReadOnly(store.pool);
  const report: DatabaseIngestReport = { added: 0, replaced: 0, unchanged: 0, failed: 0, pruned: 0, merged: 0 };
  const stored = new Map<string, string>();
  for (const row of (await store.pool.query<{ path: string; content_hash: string }>('SELECT path, content_hash FROM vanban_documents WHERE path IS NOT NULL')).rows) stored.set(row.path, row.content_hash);
  const seen = new Set<string>();
  // the keys of documents removed or replaced: who cited them through context is read again at the end
  const gone = new Set<string>();
  const { prune, onProgress, ...readOptions } = options;
  for await (const item of readCorpus(dir, {
    ...readOptions,
    unchanged: (path, hash) => {
      seen.add(path);
      if (stored.get(path) !== stamp(hash)) return false;
      report.unchanged++;
      onProgress?.({ path, outcome: 'unchanged' });
      return true;
    },
  })) {
    if (!item.ok) {
      if (!item.manifest) seen.add(item.path);
      report.failed++;
      await transaction(store.pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
        // a file that was a document and is now unreadable: its old rows go, as a corpus without it would be
        if (!item.manifest) {
          const key = await removeByPath(client, item.path);
          if (key) gone.add(key);
        }
        await client.query(`INSERT INTO vanban_bad_files (path, seq, error) VALUES ($1, nextval('vanban_graph_seq'), $2) ON CONFLICT (path) DO UPDATE SET error = EXCLUDED.error`, [item.path, item.error]);
      });
      onProgress?.({ path: item.path, outcome: 'failed', error: item.error });
      continue;
    }
    const replaced = await transaction(store.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      // another process may have written this file meanwhile: then there is nothing to do
      const now = await client.query<{ content_hash: string }>('SELECT content_hash FROM vanban_documents WHERE path = $1', [item.path]);
      if (now.rows[0]?.content_hash === stamp(item.hash as string)) return null;
      const removed = await removeByPath(client, item.path);
      await client.query('DELETE FROM vanban_bad_files WHERE path = $1', [item.path]);
      await addDocument(client, item.document, stamp(item.hash as string));
      if (removed) gone.add(removed);
      return removed !== null;
    });
    if (replaced === null) report.unchanged++;
    else if (replaced) report.replaced++;
    else report.added++;
    onProgress?.({ path: item.path, outcome: replaced === null ? 'unchanged' : replaced ? 'replaced' : 'added' });
  }
  if (prune) report.pruned = await pruneMissing(store.pool, dir, seen, gone);
  await rereadDependents(store.pool, gone);
  report.merged = await reconcile(store.pool);
  return report;
}


/**
 * A hot standby (a read replica) or a read-only connection cannot take an ingest: said once, before any
 * file is read, rather than as the first write's 'cannot execute DELETE in a read-only transaction'.
 */
export async function refuseReadOnly(pool: pg.Pool): Promise<void> {
  const r = await pool.query<{ standby: boolean; ro: string }>("SELECT pg_is_in_recovery() AS standby, current_setting('transaction_read_only') AS ro");
  if (r.rows[0]?.standby) throw new StoreError('unavailable', 'the database is a read-only replica (a hot standby in recovery): ingest into its primary');
  if (r.rows[0]?.ro === 'on') throw new StoreError('unavailable', 'the connection is read-only (default_transaction_read_only): ingest through a read-write connection to the primary');
}

const transaction = <T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> => inTransaction(pool, fn);

/** Add one document: the graph part it touches, changed by Corpus.addDocument, its document and citation rows. */
async function addDocument(client: pg.ClientBase, doc: Document, hash: string): Promise<string> {
  const { key, mentioned } = await changeGraph(
    client,
    (s) => loadForDocument(s, doc),
    (s) => {
      const k = s.corpus.addDocument(doc);
      return { key: k, mentioned: s.corpus.mentioned.get(k) ?? [] };
    },
  );
  const { text, ...rest } = doc;
  await client.query(`INSERT INTO vanban_documents (key, path, content_hash, seq, document, text, mentioned) VALUES ($1, $2, $3, nextval('vanban_graph_seq'), $4, $5, $6)`, [key, doc.path, hash, JSON.stringify(rest), text, mentioned]);
  await writeSearchRows(client, [{ key, document: doc }]);
  if (doc.citations.length) {
    await client.query(
      `INSERT INTO vanban_citations (document, ordinal, start_offset, end_offset, id, relation, zone)
       SELECT $1, o - 1, s, e, i, r, z FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS c(s, e, i, r, z, o)`,
      [key, doc.citations.map((c) => c.start), doc.citations.map((c) => c.end), doc.citations.map((c) => c.id), doc.citations.map((c) => c.relation), doc.citations.map((c) => c.zone)],
    );
  }
  return key;
}

/**
 * Load, change, and write back the part of the graph a change touches. When the change made rows the
 * database already holds (the loading could not foresee them), it is run again on a session that loads
 * them too: a change is never written from a partial view.
 */
async function changeGraph<T>(client: pg.ClientBase, load: (s: GraphSession) => Promise<void>, change: (s: GraphSession) => T): Promise<T> {
  const extra = { nodes: new Set<string>(), edges: new Set<string>() };
  for (let attempt = 0; ; attempt++) {
    const s = new GraphSession(client);
    await load(s);
    if (extra.nodes.size) await s.loadNodes('key = ANY($1)', [[...extra.nodes]]);
    if (extra.edges.size) await s.loadEdges('key = ANY($1)', [[...extra.edges]]);
    s.ready();
    const out = change(s);
    const missed = await s.missed();
    if (missed.nodes.length === 0 && missed.edges.length === 0) {
      await s.save();
      return out;
    }
    if (attempt >= 4) throw new Error(`the graph part of a change kept growing (${[...missed.nodes, ...missed.edges].slice(0, 3).join(', ')}…): not written`);
    for (const k of missed.nodes) extra.nodes.add(k);
    for (const k of missed.edges) extra.edges.add(k);
  }
}

async function loadForDocument(s: GraphSession, doc: Document): Promise<void> {
  const own = doc.identity.id ?? `file:${doc.path ?? 'unknown'}`;
  const ids = [...new Set(doc.citations.map((c) => c.id))];
  // everything resolveId can look at for these ids: the ids, their corrected numbers, the known documents of
  // the same symbol (for incomplete ids), the corpus laws of the same name; and the document's own id with
  // the keys of earlier documents of the same id ("~2")
  // (and the laws the titles of cited amending laws name: src/graph/title-amends.ts)
  ids.push(...new Set(doc.citations.flatMap(titleAmendCandidates)));
  const keys = [own, ...ids, ...ids.flatMap((id) => (id.startsWith('vn:') ? [correctLegislature(id.slice(3))].filter((x): x is string => x !== null).map((x) => `vn:${x}`) : []))];
  const symbols = [...new Set([own, ...ids].map((id) => symbolKey(id)).filter((x): x is string => x !== null))];
  const lawNames = [...new Set(ids.map(lawNameOf).filter((x): x is string => x !== null))];
  await s.loadNodes(`key = ANY($1) OR symbol = ANY($2) OR law_name = ANY($3) OR left(key, $5) = $4`, [keys, symbols, lawNames, `${own}~`, own.length + 1]);
  await s.loadEdges('(source = $1 AND asserted_by IS NULL) OR asserted_by = $1', [own]);
  await s.loadConflicts([own]);
}

/**
 * Remove the document read from `path`, as Corpus.removeDocument does: its own edges and the relations it
 * asserted go; it stays as a cited node while others cite it; cited nodes it alone pointed at go.
 */
async function removeByPath(client: pg.ClientBase, path: string): Promise<string | null> {
  const r = await client.query<{ key: string; mentioned: string[] | null }>('DELETE FROM vanban_documents WHERE path = $1 RETURNING key, mentioned', [path]);
  const key = r.rows[0]?.key;
  if (!key) return null;
  const mentioned = r.rows[0]?.mentioned ?? null;
  // its mentions are taken back from the nodes they counted on (merges moved them along: see reconcile)
  if (mentioned?.length) {
    await client.query(
      `UPDATE vanban_nodes n SET attributes = jsonb_set(n.attributes, '{mentions}', to_jsonb(greatest(0, (n.attributes->>'mentions')::int - c.taken)))
       FROM (SELECT t, count(*)::int AS taken FROM unnest($1::text[]) AS t GROUP BY t) c WHERE n.key = c.t`,
      [mentioned],
    );
  }
  const touched = await client.query<{ target: string }>('DELETE FROM vanban_edges WHERE (source = $1 AND asserted_by IS NULL) OR asserted_by = $1 RETURNING target', [key]);
  const cited = await client.query('SELECT 1 FROM vanban_edges WHERE target = $1 LIMIT 1', [key]);
  if (cited.rowCount) {
    await client.query(`UPDATE vanban_nodes SET kind = 'cited', law_name = NULL, attributes = (attributes - 'supplied' - 'disagrees' - 'effective' - 'expires' - 'endsEarlierIf') || '{"kind": "cited", "path": null}'::jsonb WHERE key = $1`, [key]);
  } else await client.query('DELETE FROM vanban_nodes WHERE key = $1', [key]);
  const targets = [...new Set([...touched.rows.map((t) => t.target), ...(mentioned ?? [])])];
  if (targets.length) {
    // a cited node goes with its last edge and its last mention (as in memory: Corpus.removeDocument)
    await client.query(
      `DELETE FROM vanban_nodes n WHERE n.key = ANY($1) AND n.kind = 'cited'
       AND ($2::boolean OR (n.attributes->>'mentions')::int = 0)
       AND NOT EXISTS (SELECT 1 FROM vanban_edges e WHERE e.source = n.key OR e.target = n.key)`,
      [targets, mentioned === null],
    );
  }
  return key;
}

/**
 * The documents whose citations counted on a document that is gone (removed, or read again under another id):
 * an incomplete id or a law's name they wrote may have resolved to it. Each is read again from its stored row,
 * in its own transaction, so that it resolves as a corpus without the gone document resolves it, as memory's
 * `Corpus.update` does.
 */
async function rereadDependents(pool: pg.Pool, gone: ReadonlySet<string>): Promise<void> {
  if (gone.size === 0) return;
  const still = await pool.query<{ key: string }>('SELECT key FROM vanban_documents WHERE key = ANY($1)', [[...gone]]);
  const left = [...gone].filter((k) => !still.rows.some((r) => r.key === k));
  if (left.length === 0) return;
  const r = await pool.query<{ path: string }>('SELECT path FROM vanban_documents WHERE mentioned && $1::text[] AND path IS NOT NULL ORDER BY seq', [left]);
  for (const { path } of r.rows) {
    await transaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      const row = await client.query<{ document: Omit<Document, 'text'>; text: string; content_hash: string }>('SELECT document, text, content_hash FROM vanban_documents WHERE path = $1', [path]);
      const stored = row.rows[0];
      // (another process may have removed it meanwhile)
      if (!stored) return;
      await removeByPath(client, path);
      await addDocument(client, { ...stored.document, text: stored.text } as Document, stored.content_hash);
    });
  }
}

/** The documents read from this folder earlier whose files the walk no longer found. */
async function pruneMissing(pool: pg.Pool, dir: string, seen: Set<string>, gone: Set<string>): Promise<number> {
  const prefix = dir.endsWith('/') ? dir : `${dir}/`;
  const r = await pool.query<{ path: string }>('SELECT path FROM vanban_documents WHERE left(path, $2) = $1 UNION SELECT path FROM vanban_bad_files WHERE left(path, $2) = $1', [prefix, prefix.length]);
  let pruned = 0;
  for (const { path } of r.rows) {
    if (seen.has(path)) continue;
    const removed = await transaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      await client.query('DELETE FROM vanban_bad_files WHERE path = $1', [path]);
      return removeByPath(client, path);
    });
    if (removed) {
      gone.add(removed);
      pruned++;
    }
  }
  return pruned;
}

/**
 * The merges Corpus.reconcile makes after a folder is read — an incomplete id that now has exactly one
 * compatible known document, a law cited by name now in the corpus, a plenum's resolution cited by its
 * quoted title — one node at a time, each in its own transaction, over the part of the graph it reads.
 */
async function reconcile(pool: pg.Pool): Promise<number> {
  const r = await pool.query<{ key: string }>(
    `SELECT key FROM vanban_nodes WHERE kind = 'cited' AND (strpos(key, '?') > 0 OR key ~ '^vn:(luat|bo-luat|phap-lenh):' OR left(key, 20) = 'dang:meeting:TW:HNTW') ORDER BY seq`,
  );
  let merged = 0;
  for (const { key } of r.rows) {
    merged += await transaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
      const still = await client.query(`SELECT 1 FROM vanban_nodes WHERE key = $1 AND kind = 'cited'`, [key]);
      if (!still.rowCount) return 0;
      const done = await changeGraph(client, (s) => loadForMerge(s, key), (s) => ({ n: s.corpus.reconcile([key]), merges: [...s.corpus.merges] }));
      // the mentions moved with the node: a document removed later takes them back from where they are now
      for (const [from, to] of done.merges) await client.query('UPDATE vanban_documents SET mentioned = array_replace(mentioned, $1, $2) WHERE mentioned @> ARRAY[$1]', [from, to]);
      return done.n;
    });
  }
  return merged;
}

/** What merging `key` can read: the node, its edges, the documents it may be merged into, and their edges to its neighbours. */
async function loadForMerge(s: GraphSession, key: string): Promise<void> {
  await s.loadNodes('key = $1', [key]);
  const plenum = /^dang:meeting:TW:HNTW\d+#([IVXLC]+)$/.exec(key);
  if (plenum) {
    // the numbered resolutions of the term, with the descriptions (evidence) that may quote the title
    await s.loadNodes('key ~ $1', [`^dang:[0-9]+[a-z]?-NQ/TW#${plenum[1] as string}$`]);
    await s.loadEdges('target = ANY($1)', [s.corpus.graph.filterNodes((k) => k !== key)]);
  } else {
    const fixed = key.startsWith('vn:') ? correctLegislature(key.slice(3)) : null;
    await s.loadNodes('symbol = $1 OR law_name = $2 OR key = $3', [symbolKey(key), lawNameOf(key), fixed ? `vn:${fixed}` : null]);
  }
  const candidates = s.corpus.graph.filterNodes((k) => k !== key);
  await s.loadEdges('source = $1 OR target = $1', [key]);
  // the edges a merge may fold into: between a candidate and a neighbour of the merged node
  const neighbours = [...new Set([...s.corpus.graph.inNeighbors(key), ...s.corpus.graph.outNeighbors(key)])];
  if (candidates.length && neighbours.length) await s.loadEdges('(source = ANY($1) AND target = ANY($2)) OR (source = ANY($2) AND target = ANY($1))', [candidates, neighbours]);
}

