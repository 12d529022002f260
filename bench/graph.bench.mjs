// The citation graph at scale: ingest of the real corpus and of synthetic corpora (bench/synthetic.mjs),
// query latency, snapshot size and load time. Baseline in the same process: readDocument alone on the same
// documents (the graph's own cost is the ratio). SCALES=10000,100000 by default.
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus, coverage, implementers, loadSnapshot, readDocument, saveSnapshot } from '../dist/index.js';
import { fmt, mb, percentile, SHARED, withPeakMemory } from './common.mjs';
import { generate } from './synthetic.mjs';

const scales = (process.env.SCALES ?? '10000,100000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-'));

function latency(fn, keys) {
  const times = [];
  for (const k of keys) {
    const t0 = performance.now();
    fn(k);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return `p50 ${fmt(percentile(times, 50), 3)} ms, p99 ${fmt(percentile(times, 99), 3)} ms, max ${fmt(times[times.length - 1], 3)} ms over ${times.length} queries`;
}

{
  const t0 = performance.now();
  const { result: corpus, peakRss, peakHeap } = await withPeakMemory(() => Corpus.fromFolder(join(SHARED, 'corpus')));
  const s = (performance.now() - t0) / 1000;
  console.log(`real corpus: ${corpus.documents.size} documents in ${fmt(s, 2)} s (${fmt(corpus.documents.size / s, 0)} docs/s), graph ${corpus.graph.order} nodes / ${corpus.graph.size} edges, peak rss ${fmt(mb(peakRss))} MB, heap ${fmt(mb(peakHeap))} MB`);
}

for (const n of scales) {
  const docs = [...generate(n)].map((d) => ({ path: d.path, bytes: Buffer.from(d.text) }));
  const bytes = docs.reduce((k, d) => k + d.bytes.length, 0);
  // baseline: reading the same documents without building the graph (after a warm-up)
  for (const d of docs.slice(0, 1000)) await readDocument(d.bytes, { path: d.path });
  let t0 = performance.now();
  for (const d of docs) await readDocument(d.bytes, { path: d.path });
  const readPerDoc = (performance.now() - t0) / docs.length;
  t0 = performance.now();
  const { result: corpus, peakRss, peakHeap } = await withPeakMemory(async () => {
    const c = new Corpus();
    for (const d of docs) c.addDocument(await readDocument(d.bytes, { path: d.path }));
    c.reconcile();
    return c;
  });
  const ingest = (performance.now() - t0) / 1000;
  const g = corpus.graph;
  console.log(`synthetic ${n}: ${fmt(mb(bytes), 1)} MB, ingest ${fmt(ingest, 1)} s = ${fmt(n / ingest, 0)} docs/s, ${fmt(mb(bytes) / ingest, 2)} MB/s; baseline readDocument alone ${fmt((readPerDoc * n) / 1000, 1)} s → ingest / baseline ${fmt(ingest / ((readPerDoc * n) / 1000), 2)}x`);
  console.log(`  graph ${g.order} nodes, ${g.size} edges, ${corpus.conflicts.length} id conflicts; peak rss ${fmt(mb(peakRss))} MB, heap ${fmt(mb(peakHeap))} MB`);
  const central = g.filterNodes((k, a) => a.kind === 'cited' && (k.startsWith('dang:') || k.includes('NĐ-CP')));
  const provincial = g.filterNodes((_k, a) => a.level === 'province').slice(0, 500);
  console.log(`  transitive implementers of central documents: ${latency((k) => implementers(g, k), central)}`);
  console.log(`  transitive implementers of provincial plans: ${latency((k) => implementers(g, k), provincial)}`);
  console.log(`  coverage by province of central documents: ${latency((k) => coverage(g, k, { level: 'province' }), central)}`);
  const file = join(dir, `synthetic-${n}.ndjson`);
  t0 = performance.now();
  await saveSnapshot(corpus, file);
  const save = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const back = await loadSnapshot(file);
  const load = (performance.now() - t0) / 1000;
  console.log(`  snapshot ${fmt(mb(statSync(file).size), 1)} MB, save ${fmt(save, 2)} s, load ${fmt(load, 2)} s (${back.graph.order} nodes, ${back.graph.size} edges)`);
}
