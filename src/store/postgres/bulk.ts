import type pg from 'pg';
import { readCorpus } from '../../doc/corpus.js';
import type { Document } from '../../doc/schema.js';
import { Corpus } from '../../graph/corpus.js';
import { StoreError } from '../errors.js';
import { insertEdges, insertNodes } from './graph-session.js';
import { refuseReadOnly, stamp, type DatabaseIngestOptions, type DatabaseIngestReport } from './ingest.js';
import { GRAPH_LOCK } from './migrations.js';
import type { PostgresStore } from './postgres-store.js';
import { writeSearchRows } from './search.js';
import { inTransaction } from './transaction.js';

/** Rows a statement: large enough that a statement's round trip is small beside its rows, small enough to stay well under the protocol's limits. */
const BATCH = 2000;
/** Documents held before their rows are written (their texts are the bulk of the memory a load takes). */
const DOCUMENT_BATCH = 200;

/**
 * The first load of a folder into an empty database, in one transaction: every file is read into a graph
 * in this process (the memory store's code, `Corpus.addDocument` then `reconcile`), the document, citation
 * and search rows written as the files are read, and the graph's rows written at the end, a few thousand
 * a statement. It costs one pass over the files and a statement per few thousand rows, where the
 * per-file path (`ingestIntoDatabase`) loads and writes back the part of the graph each file touches, in
 * its own transaction. It is all or nothing: a process killed during it leaves the database as empty as
 * it was, and readers see nothing of it until it commits. The graph of the folder must fit in this
 * process's memory (about 8 KB a document; the texts are not held).
 *
 * Refused (StoreError) on a database that holds anything: later changes go through `ingestIntoDatabase`,
 * which keeps what is there and reads only what changed.
 */
export async function bulkIngestIntoDatabase(store: PostgresStore, dir: string, options: Omit<DatabaseIngestOptions, 'prune'> = {}): Promise<DatabaseIngestReport> {
  await refuseReadOnly(store.pool);
  const { onProgress, ...readOptions } = options;
  return inTransaction(store.pool, async (client) => {
    // another ingest waits for this one to commit, then finds the files stored and unchanged
    await client.query('SELECT pg_advisory_xact_lock($1)', [GRAPH_LOCK]);
    const held = await client.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM vanban_documents) OR EXISTS (SELECT 1 FROM vanban_nodes) OR EXISTS (SELECT 1 FROM vanban_bad_files) AS any');
    if (held.rows[0]?.any) throw new StoreError('unavailable', 'a bulk load is for an empty database, and this one holds documents: ingest without --bulk (it reads only what changed)');
    const report: DatabaseIngestReport = { added: 0, replaced: 0, unchanged: 0, failed: 0, pruned: 0, merged: 0 };
    const corpus = new Corpus();
    let pending: { key: string; document: Document; hash: string }[] = [];
    for await (const item of readCorpus(dir, { ...readOptions, unchanged: () => false })) {
      if (!item.ok) {
        report.failed++;
        await client.query(`INSERT INTO vanban_bad_files (path, seq, error) VALUES ($1, nextval('vanban_graph_seq'), $2) ON CONFLICT (path) DO UPDATE SET error = EXCLUDED.error`, [item.path, item.error]);
        onProgress?.({ path: item.path, outcome: 'failed', error: item.error });
        continue;
      }
      const key = corpus.addDocument(item.document);
      pending.push({ key, document: item.document, hash: stamp(item.hash as string) });
      report.added++;
      onProgress?.({ path: item.path, outcome: 'added' });
      if (pending.length >= DOCUMENT_BATCH) {
        await writeDocuments(client, pending);
        pending = [];
      }
    }
    await writeDocuments(client, pending);
    report.merged = corpus.reconcile();
    await writeGraph(client, corpus);
    return report;
  });
}

/** Document, citation and search rows; `mentioned` is written with the graph, once the merges have moved it. */
async function writeDocuments(client: pg.ClientBase, batch: { key: string; document: Document; hash: string }[]): Promise<void> {
  if (batch.length === 0) return;
  await client.query(
    `INSERT INTO vanban_documents (key, path, content_hash, seq, document, text, mentioned)
     SELECT k, p, h, nextval('vanban_graph_seq'), d, t, '{}' FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[]) WITH ORDINALITY AS r(k, p, h, d, t, o) ORDER BY o`,
    [batch.map((b) => b.key), batch.map((b) => b.document.path), batch.map((b) => b.hash), batch.map(({ document: { text: _t, ...rest } }) => JSON.stringify(rest)), batch.map((b) => b.document.text)],
  );
  const cites = batch.flatMap((b) => b.document.citations.map((c, i) => ({ key: b.key, i, c })));
  for (let i = 0; i < cites.length; i += BATCH) {
    const part = cites.slice(i, i + BATCH);
    await client.query(
      `INSERT INTO vanban_citations (document, ordinal, start_offset, end_offset, id, relation, zone)
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[])`,
      [part.map((x) => x.key), part.map((x) => x.i), part.map((x) => x.c.start), part.map((x) => x.c.end), part.map((x) => x.c.id), part.map((x) => x.c.relation), part.map((x) => x.c.zone)],
    );
  }
  await writeSearchRows(client, batch);
}

/** Nodes and edges in the graph's order (their `seq`, the order every store walks them in), conflicts, and each document's mentions. */
async function writeGraph(client: pg.ClientBase, corpus: Corpus): Promise<void> {
  const g = corpus.graph;
  const nodes = g.nodes();
  for (let i = 0; i < nodes.length; i += BATCH) {
    const keys = nodes.slice(i, i + BATCH);
    await insertNodes(client, keys, keys.map((k) => g.getNodeAttributes(k)));
  }
  const edges = g.edges();
  for (let i = 0; i < edges.length; i += BATCH) {
    const keys = edges.slice(i, i + BATCH);
    await insertEdges(client, keys, keys.map((k) => g.source(k)), keys.map((k) => g.target(k)), keys.map((k) => JSON.stringify(g.getEdgeAttributes(k))));
  }
  for (const c of corpus.conflicts) await client.query(`INSERT INTO vanban_conflicts (id, seq, conflict) VALUES ($1, nextval('vanban_graph_seq'), $2)`, [c.id, JSON.stringify(c)]);
  const mentioned = [...corpus.mentioned].filter(([, list]) => list.length > 0);
  for (let i = 0; i < mentioned.length; i += DOCUMENT_BATCH) {
    const part = mentioned.slice(i, i + DOCUMENT_BATCH);
    // a text[] a document: passed as JSON arrays, since a parameter of arrays of unequal lengths is not a SQL array
    await client.query(
      `UPDATE vanban_documents d SET mentioned = ARRAY(SELECT jsonb_array_elements_text(r.m)) FROM unnest($1::text[], $2::jsonb[]) AS r(k, m) WHERE d.key = r.k`,
      [part.map(([k]) => k), part.map(([, list]) => JSON.stringify(list))],
    );
  }
}
