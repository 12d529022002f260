// Read + extract over all of ../shared/corpus through readDocument (decode, header, identity, sections,
// citations), next to the extractor alone on the same texts in the same process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, readCorpus, readDocument } from '../dist/index.js';
import { fmt, mb, median, percentile, SHARED, withPeakMemory } from './common.mjs';

const root = join(SHARED, 'corpus');
const RUNS = Number(process.env.RUNS ?? 3);
const paths = [];
let bytes = 0;
// first, with nothing else in memory: one streaming pass over the folder, as `vanban` and the graph use it
const stream = await withPeakMemory(async () => {
  const t0 = performance.now();
  for await (const item of readCorpus(root)) {
    if (item.ok) {
      paths.push(item.path);
      bytes += item.document.bytes;
    }
  }
  return { total: performance.now() - t0 };
});
const texts = paths.map((p) => readFileSync(p, 'utf8'));

async function readAll() {
  const perDoc = [];
  const t0 = performance.now();
  for (const p of paths) {
    const s = performance.now();
    await readDocument(p);
    perDoc.push(performance.now() - s);
  }
  return { total: performance.now() - t0, perDoc };
}
function extractAll() {
  const t0 = performance.now();
  for (const t of texts) extract(t);
  return performance.now() - t0;
}

await readAll();
extractAll();
const { result, peakRss, peakHeap } = await withPeakMemory(async () => {
  const read = [], ext = [];
  let last;
  for (let r = 0; r < RUNS; r++) {
    last = await readAll();
    read.push(last.total);
    ext.push(extractAll());
  }
  return { read: median(read), ext: median(ext), perDoc: last.perDoc };
});

const m = mb(bytes);
const sorted = [...result.perDoc].sort((a, b) => a - b);
let slowest = 0;
for (let i = 1; i < paths.length; i++) if (result.perDoc[i] > result.perDoc[slowest]) slowest = i;
console.log(`read bench: ${paths.length} documents, ${fmt(m)} MB, median of ${RUNS} runs, node ${process.version}`);
console.log(`  baseline (extract only, texts in memory): ${fmt(m / (result.ext / 1000))} MB/s, ${fmt(paths.length / (result.ext / 1000), 0)} docs/s`);
console.log(`  readDocument (file → Document):          ${fmt(m / (result.read / 1000))} MB/s, ${fmt(paths.length / (result.read / 1000), 0)} docs/s`);
console.log(`  ratio read / extract time:                ${fmt(result.read / result.ext, 2)}x`);
console.log(`  per-document latency ms: p50 ${fmt(percentile(sorted, 50), 2)}, p90 ${fmt(percentile(sorted, 90), 2)}, p99 ${fmt(percentile(sorted, 99), 2)}, max ${fmt(sorted[sorted.length - 1], 2)}`);
console.log(`  slowest document: ${paths[slowest].slice(root.length + 1)} (${fmt(result.perDoc[slowest], 1)} ms)`);
console.log(`  peak memory while reading file by file: rss ${fmt(mb(peakRss))} MB, heap ${fmt(mb(peakHeap))} MB (the texts for the baseline are held too)`);
console.log(`  streaming readCorpus over the folder (first pass, cold): ${fmt(stream.result.total / 1000, 2)} s, peak rss ${fmt(mb(stream.peakRss))} MB, heap ${fmt(mb(stream.peakHeap))} MB`);
