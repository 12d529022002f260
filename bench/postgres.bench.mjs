// The PostgreSQL store against the in-memory store, in one process (ratios = PostgreSQL / memory):
// 1. ingest of the real corpus and of a synthetic corpus (bench/synthetic.mjs, with real lines as bodies) through
//    the per-file path (`ingestIntoDatabase`) and the bulk first load (`bulkIngestIntoDatabase`) against
//    `Corpus.addFolder` with a search index: docs/s, size on disk;
// 2. the same questions to both stores on the same data: transitive implementers, coverage, trace, search;
// 3. a graph of 1 000 000 synthetic documents (no text) written straight into vanban_nodes / vanban_edges, in the
//    shape the store writes, and asked through PostgresStore: what memory could not hold.
// The server is a throw-away cluster (test/helpers/pg-cluster.ts), hence tsx; with durable settings (fsync on),
// as an operator would run it, unlike the tests' cluster. It is stopped and its folder removed at the end.
//
//   node --expose-gc --max-old-space-size=8000 --import tsx bench/postgres.bench.mjs
//   PHASES=real,synthetic,million SYNTHETIC=20000 MILLION=1000000 INGEST=per-file,bulk PER_FILE_MAX=20000 (the defaults)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { Corpus, readDocument, SearchIndex, foldedKey } from '../src/index.ts';
import { MemoryStore, PostgresStore, bulkIngestIntoDatabase, ingestIntoDatabase, migrate } from '../src/store/index.ts';
import { nodeColumns } from '../src/store/postgres/graph-session.ts';
import { traceAnswer } from '../src/answers/index.ts';
import { startCluster } from '../test/helpers/pg-cluster.ts';
import { fmt, loadCorpus, mb, percentile, searchQueryClasses, SHARED, withPeakMemory } from './common.mjs';
import { generate, passageLines } from './synthetic.mjs';

const PHASES = (process.env.PHASES ?? 'real,synthetic,million').split(',');
const SYNTHETIC = Number(process.env.SYNTHETIC ?? 20_000);
const MILLION = Number(process.env.MILLION ?? 1_000_000);
// the 1M graph is this many documents of synthetic corpus, read the real way, copied under other numbers
const TEMPLATE = Number(process.env.TEMPLATE ?? 10_000);
// how the folders go into PostgreSQL: file by file, in bulk (a first load), or both, each into its own database;
// file by file takes hours above some ten thousand documents
const INGEST = (process.env.INGEST ?? 'per-file,bulk').split(',');
const PER_FILE_MAX = Number(process.env.PER_FILE_MAX ?? 20_000);

// the query classes of bench/search.bench.mjs
const CLASSES = searchQueryClasses(foldedKey);

const gc = globalThis.gc ?? (() => {});
const heapNow = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const rssMb = () => fmt(mb(process.memoryUsage().rss), 0);
const work = mkdtempSync(join(tmpdir(), 'vanban-pg-bench-'));

// durable, as an operator runs it: the harness turns fsync off for tests, this bench turns it back on
const cluster = await startCluster({
  settings: { fsync: true, synchronous_commit: true, full_page_writes: true, shared_buffers: '512MB', work_mem: '32MB', maintenance_work_mem: '256MB', max_wal_size: '4GB' },
});
const admin = new pg.Client({ connectionString: cluster.url() });
await admin.connect();
const version = (await admin.query('SHOW server_version')).rows[0].server_version;
console.log(`PostgreSQL ${version} on 127.0.0.1:${cluster.port} (fsync on, shared_buffers 512MB), started in ${cluster.startupMs} ms`);

async function database(name) {
  await admin.query(`CREATE DATABASE ${name}`);
  const url = cluster.url(name);
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  await migrate(pool);
  await pool.end();
  return url;
}

async function sizes(store) {
  const db = (await store.pool.query('SELECT pg_database_size(current_database()) AS b')).rows[0].b;
  const t = await store.pool.query(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname LIKE 'vanban%' ORDER BY 2 DESC`,
  );
  return `database ${fmt(mb(Number(db)), 1)} MB; ${t.rows.filter((r) => Number(r.b) > 64 * 1024).map((r) => `${r.name} ${fmt(mb(Number(r.b)), 1)}`).join(', ')} MB`;
}

async function latency(fn, keys, rounds = 1) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const k of keys) {
      const t0 = performance.now();
      await fn(k);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1], n: times.length };
}
const ms = (x) => (x >= 100 ? fmt(x, 0) : x >= 1 ? fmt(x, 1) : fmt(x, 3));
const show = (l) => `p50 ${ms(l.p50)} ms, p99 ${ms(l.p99)} ms (${l.n} queries)`;

/** The same question to both stores, warmed once each, then timed: memory first, PostgreSQL second. */
async function compare(label, keys, rounds, ask) {
  if (!keys.length) return console.log(`  ${label}: no such documents`);
  for (const s of [mem, db]) for (const k of keys) await ask(s, k);
  const m = await latency((k) => ask(mem, k), keys, rounds);
  const p = await latency((k) => ask(db, k), keys, rounds);
  console.log(`  ${label}: memory ${show(m)}; PostgreSQL ${show(p)}; ratio p50 ${fmt(p.p50 / m.p50, 0)}x, p99 ${fmt(p.p99 / m.p99, 0)}x`);
}

/** Central documents (no place) that others implement, most implemented first; provincial plans read. */
function questions(g) {
  const inImplements = (k) => g.inEdges(k).filter((e) => g.getEdgeAttribute(e, 'relation') === 'implements').length;
  const central = g.filterNodes((k, a) => !a.place && inImplements(k) > 0).sort((a, b) => inImplements(b) - inImplements(a)).slice(0, 40);
  const provincial = g.filterNodes((_k, a) => a.kind === 'document' && a.level === 'province').slice(0, 200);
  return { central, provincial };
}

let mem;
let db;

async function queries(g, rounds) {
  const { central, provincial } = questions(g);
  // the two stores must give the same answers before their speeds mean anything
  let differ = 0;
  for (const k of [...central, ...provincial]) {
    const [a, b] = await Promise.all([mem.implementers(k), db.implementers(k)]);
    if (JSON.stringify(a) !== JSON.stringify(b)) differ++;
  }
  const sizesOf = await Promise.all(central.map((k) => mem.implementers(k).then((x) => x.length)));
  console.log(`  ${central.length} central documents (${Math.min(...sizesOf)}–${Math.max(...sizesOf)} transitive implementers), ${provincial.length} provincial plans; implementers differ between the stores for ${differ}`);
  await compare('transitive implementers of central documents', central, rounds, (s, k) => s.implementers(k));
  await compare('transitive implementers of provincial plans', provincial, 1, (s, k) => s.implementers(k));
  await compare('coverage by province of central documents', central, rounds, (s, k) => s.coverage(k, { level: 'province' }));
  await compare('trace (traceAnswer) of central documents', central, rounds, (s, k) => traceAnswer(s, { ref: k }));
  if (!(await db.hasSearch())) return console.log('  search: PostgresStore.hasSearch() is false: not measured');
  for (const [cls, qs] of Object.entries(CLASSES)) await compare(`search, ${cls}`, qs, rounds, (s, q) => s.search(q, { limit: 10 }));
}

/** Ingest one folder into memory (with a search index, as `vanban ingest` builds) and into a new database. */
async function ingestBoth(label, dir, count) {
  const h0 = heapNow();
  let t0 = performance.now();
  const { result: corpus, peakRss } = await withPeakMemory(() => Corpus.fromFolder(dir, { searchIndex: new SearchIndex(), manifests: true }));
  const memS = (performance.now() - t0) / 1000;
  const heap = heapNow() - h0;
  const docs = corpus.documents.size;
  console.log(`${label}: memory (Corpus.addFolder with search index) ${docs} documents in ${fmt(memS, 1)} s = ${fmt(docs / memS, 0)} docs/s; heap ${fmt(mb(heap), 0)} MB (${fmt(heap / docs / 1024, 1)} KB/document), peak RSS ${fmt(mb(peakRss), 0)} MB; graph ${corpus.graph.order} nodes, ${corpus.graph.size} edges`);
  // file by file (the path every later change takes) and in bulk (a first load: one transaction), each into a new database
  const modes = INGEST.filter((m) => m !== 'per-file' || count <= PER_FILE_MAX);
  for (const mode of modes) {
    if (db) await db.close();
    const url = await database(`${label.replace(/\W+/g, '_')}_${mode.replace('-', '_')}`);
    db = await PostgresStore.open(url);
    t0 = performance.now();
    const report = await (mode === 'bulk' ? bulkIngestIntoDatabase : ingestIntoDatabase)(db, dir, { manifests: true });
    const pgS = (performance.now() - t0) / 1000;
    const stats = await db.stats();
    const how = mode === 'bulk' ? 'bulkIngestIntoDatabase, one transaction' : 'ingestIntoDatabase, one transaction per file';
    console.log(`  PostgreSQL (${how}) ${report.added} added, ${report.failed} failed, ${report.merged} merged in ${fmt(pgS, 1)} s = ${fmt(report.added / pgS, 0)} docs/s (${fmt((pgS * 1000) / report.added, 1)} ms/document): ${fmt(pgS / memS, 1)}x memory's time; ${stats.nodes} nodes, ${stats.edges} edges`);
    console.log(`  ${await sizes(db)}; ${fmt(Number((await db.pool.query('SELECT pg_database_size(current_database()) AS b')).rows[0].b) / count / 1024, 1)} KB/document`);
  }
  if (modes.length < INGEST.length) console.log(`  (file by file not run above ${PER_FILE_MAX} documents: PER_FILE_MAX)`);
  await db.pool.query('ANALYZE');
  mem = new MemoryStore(corpus);
  return corpus;
}

try {
  if (PHASES.includes('real')) {
    await ingestBoth('real', join(SHARED, 'corpus'), loadCorpus().length);
    await queries(mem.corpus.graph, 5);
    await db.close();
    mem = db = null;
  }

  if (PHASES.includes('synthetic')) {
    const dir = join(work, 'synthetic');
    const passages = passageLines(loadCorpus().map((d) => d.text));
    let bytes = 0;
    for (const d of generate(SYNTHETIC, 42, { passages })) {
      const p = join(dir, d.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, d.text);
      bytes += Buffer.byteLength(d.text);
    }
    console.log(`synthetic: ${SYNTHETIC} plans with ~1 500 characters of real lines each, ${fmt(mb(bytes), 1)} MB`);
    await ingestBoth(`synthetic_${SYNTHETIC}`, dir, SYNTHETIC);
    await queries(mem.corpus.graph, SYNTHETIC > 5000 ? 3 : 5);
    await db.close();
    mem = db = null;
    rmSync(dir, { recursive: true, force: true });
  }

  if (PHASES.includes('million')) await million();
} finally {
  await admin.end().catch(() => {});
  await cluster.stop();
  rmSync(work, { recursive: true, force: true });
}

/**
 * The 1M graph: TEMPLATE synthetic documents read and linked the real way (Corpus), then copied MILLION /
 * TEMPLATE times with the local documents renumbered (Kế hoạch số 100 → 10100, 20100, … so every key,
 * symbol and path is new), the central documents and the law shared by all copies, as they would be.
 * Rows go in through unnest in batches, into the tables and indexes `vanban db migrate` made.
 */
async function million() {
  const copies = Math.round(MILLION / TEMPLATE);
  const h0 = heapNow();
  const template = new Corpus();
  for (const d of generate(TEMPLATE)) template.addDocument(await readDocument(Buffer.from(d.text), { path: d.path }));
  template.reconcile();
  const g = template.graph;
  const graphHeap = heapNow() - h0;
  console.log(`million: template of ${TEMPLATE} synthetic documents in memory (graph only, no search index): ${g.order} nodes, ${g.size} edges, heap ${fmt(mb(graphHeap), 0)} MB = ${fmt(graphHeap / TEMPLATE / 1024, 2)} KB/document → ${fmt((graphHeap / TEMPLATE) * MILLION / 1024 ** 3, 1)} GB of heap at ${MILLION} documents`);
  const local = (k) => k.includes('@');
  const nodes = [];
  g.forEachNode((key, a) => nodes.push({ key, a }));
  const edges = [];
  g.forEachEdge((key, a, source, target) => edges.push({ key, a, source, target }));
  for (const { key } of nodes) if (local(key) && !/^vn:\d+\//.test(key)) throw new Error(`cannot renumber ${key}`);
  const STEP = 10_000;
  const renumber = (s, c) => s.replace(/(\d+)(\/KH-UBND)/g, (_m, n, rest) => `${Number(n) + c * STEP}${rest}`);
  const rekey = (k, c) => (c && local(k) ? renumber(k, c) : k);
  const nodeAttrs = (key, a, c) => {
    if (!local(key)) return { ...a, mentions: a.mentions * copies };
    if (!c) return a;
    return { ...a, number: a.number && renumber(a.number, c), names: a.names.map((n) => renumber(n, c)), path: a.path && `copy-${c}/${a.path}`, title: a.title && renumber(a.title, c) };
  };
  const edgeAttrs = (a, c) => (c ? { ...a, assertedBy: a.assertedBy && rekey(a.assertedBy, c), evidence: a.evidence.map((e) => ({ ...e, document: rekey(e.document, c), path: e.path && `copy-${c}/${e.path}` })) } : a);

  const url = await database('million');
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // a bulk load builds the secondary indexes once at the end, sorted, instead of one random insertion per row
  const indexes = (await pool.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('vanban_nodes', 'vanban_edges') AND indexname NOT LIKE '%_pkey'`)).rows;
  for (const i of indexes) await pool.query(`DROP INDEX ${i.indexname}`);
  const BATCH = 5000;
  let nodeRows = 0;
  let edgeRows = 0;
  const t0 = performance.now();
  const flushNodes = async (rows) => {
    const cols = rows.map((r) => nodeColumns(r.key, r.a));
    await pool.query(
      `INSERT INTO vanban_nodes (key, seq, kind, type, level, place, date, symbol, stem, law_name, attributes)
       SELECT k, nextval('vanban_graph_seq'), a->>'kind', a->>'type', a->>'level', a->>'place', a->>'date', sy, st, ln, a
       FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS r(k, a, sy, st, ln, o) ORDER BY o`,
      [rows.map((r) => r.key), rows.map((r) => JSON.stringify(r.a)), cols.map((c) => c.symbol), cols.map((c) => c.stem), cols.map((c) => c.lawName)],
    );
    nodeRows += rows.length;
  };
  const flushEdges = async (rows) => {
    await pool.query(
      `INSERT INTO vanban_edges (key, seq, source, target, relation, asserted_by, attributes)
       SELECT k, nextval('vanban_graph_seq'), s, t, a->>'relation', a->>'assertedBy', a
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS r(k, s, t, a, o) ORDER BY o`,
      [rows.map((r) => r.key), rows.map((r) => r.source), rows.map((r) => r.target), rows.map((r) => JSON.stringify(r.a))],
    );
    edgeRows += rows.length;
  };
  for (let c = 0; c < copies; c++) {
    const ns = nodes.filter(({ key }) => c === 0 || local(key)).map(({ key, a }) => ({ key: rekey(key, c), a: nodeAttrs(key, a, c) }));
    for (let i = 0; i < ns.length; i += BATCH) await flushNodes(ns.slice(i, i + BATCH));
    const es = edges.map((e) => ({ key: e.key.split('|').map((p) => rekey(p, c)).join('|'), source: rekey(e.source, c), target: rekey(e.target, c), a: edgeAttrs(e.a, c) }));
    for (let i = 0; i < es.length; i += BATCH) await flushEdges(es.slice(i, i + BATCH));
    if (c % 10 === 9) console.log(`  … ${c + 1}/${copies} copies, ${nodeRows} nodes, ${edgeRows} edges, ${fmt((performance.now() - t0) / 1000, 0)} s`);
  }
  const loadS = (performance.now() - t0) / 1000;
  let t1 = performance.now();
  for (const i of indexes) await pool.query(i.indexdef);
  const indexS = (performance.now() - t1) / 1000;
  t1 = performance.now();
  await pool.query('VACUUM ANALYZE');
  console.log(`  written: ${nodeRows} nodes, ${edgeRows} edges in ${fmt(loadS, 0)} s (${fmt((nodeRows + edgeRows) / loadS, 0)} rows/s, primary keys in place); ${indexes.length} secondary indexes built after in ${fmt(indexS, 0)} s; VACUUM ANALYZE ${fmt((performance.now() - t1) / 1000, 0)} s`);
  await pool.end();

  // what the process holds from here on is the store, not the template
  const provincialTemplate = g.filterNodes((_k, a) => a.kind === 'document' && a.level === 'province');
  const central = g.filterNodes((k) => !local(k) && g.inEdges(k).some((e) => g.getEdgeAttribute(e, 'relation') === 'implements'));
  nodes.length = 0;
  edges.length = 0;
  g.clear();
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = heapNow();
  const store = await PostgresStore.open(url);
  console.log(`  ${await sizes(store)}; ${fmt(Number((await store.pool.query('SELECT pg_database_size(current_database()) AS b')).rows[0].b) / MILLION / 1024, 2)} KB/document`);
  // provincial plans of copies spread over the whole graph
  const provincial = [];
  for (let i = 0; i < 200; i++) provincial.push(rekey(provincialTemplate[(i * 37) % provincialTemplate.length], (i * 13) % copies));
  const prov = await latency((k) => store.implementers(k), provincial);
  const provCount = (await store.implementers(provincial[0])).length;
  console.log(`  transitive implementers of provincial plans: ${show(prov)} (${provCount} implementers for the first); RSS ${rssMb()} MB`);
  const sizesOf = [];
  t1 = performance.now();
  const { result: impl, peakRss } = await withPeakMemory(() =>
    latency(async (k) => {
      sizesOf.push((await store.implementers(k)).length);
    }, central),
  );
  console.log(`  transitive implementers of central documents (${Math.min(...sizesOf)}–${Math.max(...sizesOf)} implementers each): ${show(impl)}, max ${ms(impl.max)} ms; peak RSS during them ${fmt(mb(peakRss), 0)} MB`);
  // what an answer asks: a page of 100, the total and the counts by level and place (trace, GET /api/trace)
  const page = await latency((k) => store.implementersPage(k, { limit: 100, offset: 0 }), central);
  console.log(`  a page of 100 implementers of central documents, with the total and the counts by level and place: ${show(page)}, max ${ms(page.max)} ms; RSS ${rssMb()} MB`);
  const trace = await latency((k) => traceAnswer(store, { ref: k, limit: 100, offset: 0 }), central);
  console.log(`  trace (traceAnswer, first page) of central documents: ${show(trace)}, max ${ms(trace.max)} ms; RSS ${rssMb()} MB`);
  const cov = await latency((k) => store.coverage(k, { level: 'province' }), central);
  console.log(`  coverage by province of central documents (a grouped query): ${show(cov)}, max ${ms(cov.max)} ms; RSS ${rssMb()} MB`);
  gc();
  const rssAfter = process.memoryUsage().rss;
  console.log(`  bench process RSS: ${fmt(mb(rssBefore), 0)} MB before opening the store, ${fmt(mb(rssAfter), 0)} MB after the queries (heap ${fmt(mb(heapBefore), 0)} → ${fmt(mb(heapNow()), 0)} MB); walks in ${fmt((performance.now() - t1) / 1000, 0)} s`);
  await store.close();
}
