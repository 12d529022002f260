// The citation graph at scale: ingest of the real corpus and of synthetic corpora (bench/synthetic.mjs),
// query latency, snapshot size and load time. Baseline in the same process: readDocument alone on the same
// documents (the graph's own cost is the ratio). SCALES=10000,100000 by default.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus, coverage, implementers, loadSnapshot, readDocument, saveSnapshot } from '../dist/index.js';
import { fmt, mb, percentile, SHARED, withPeakMemory } from './common.mjs';
import { generate } from './synthetic.mjs';

const scales = (process.env.SCALES ?? '10000,100000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-'));

function latency(fn, keys, rounds = 1) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const k of keys) {
      const t0 = performance.now();
      fn(k);
      times.push(performance.now() - t0);
    }
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
  // the first query after a change builds the implements index (src/graph/implements-index.ts); timed apart
  t0 = performance.now();
  implementers(g, central[0]);
  console.log(`  first query after a change (builds the implements index): ${fmt(performance.now() - t0, 1)} ms`);
  console.log(`  transitive implementers of central documents: ${latency((k) => implementers(g, k), central, 50)}`);
  console.log(`  transitive implementers of provincial plans: ${latency((k) => implementers(g, k), provincial)}`);
  console.log(`  coverage by province of central documents: ${latency((k) => coverage(g, k, { level: 'province' }), central, 50)}`);
  // same-process baseline: the walk through graphology itself, as a store that keeps no index would be walked
  const plain = { hasNode: (k) => g.hasNode(k), getNodeAttributes: (k) => g.getNodeAttributes(k), forEachNode: (f) => g.forEachNode(f), forEachEdge: (f) => g.forEachEdge(f), forEachInEdge: (k, f) => g.forEachInEdge(k, f), forEachOutEdge: (k, f) => g.forEachOutEdge(k, f) };
  console.log(`  baseline, the same walk without the index: ${latency((k) => implementers(plain, k), central, 10)}`);
  const file = join(dir, `synthetic-${n}.ndjson`);
  t0 = performance.now();
  await saveSnapshot(corpus, file);
  const save = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const back = await loadSnapshot(file);
  const load = (performance.now() - t0) / 1000;
  console.log(`  snapshot ${fmt(mb(statSync(file).size), 1)} MB, save ${fmt(save, 2)} s, load in this process (which still holds the ingested corpus) ${fmt(load, 2)} s (${back.graph.order} nodes, ${back.graph.size} edges)`);
  // what a user meets: a fresh process (the CLI's --snapshot) loading the file; median of 3, since
  // this process's own collector may still be busy with the corpus it holds
  const freshLoad = () => {
    const child = spawnSync(process.execPath, ['--max-old-space-size=8000', '--input-type=module', '-e', `import { loadSnapshot } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'index.js')).href)}; const t = performance.now(); const c = await loadSnapshot(${JSON.stringify(file)}); console.log(JSON.stringify({ s: (performance.now() - t) / 1000, rss: process.memoryUsage().rss, order: c.graph.order }));`], { encoding: 'utf8' });
    return JSON.parse(child.stdout);
  };
  const runs = [freshLoad(), freshLoad(), freshLoad()].sort((a, b) => a.s - b.s);
  const r = runs[1];
  console.log(`  load in a fresh process: median ${fmt(r.s, 2)} s (${runs.map((x) => fmt(x.s, 2)).join(', ')}), rss after ${fmt(mb(r.rss))} MB`);
}
