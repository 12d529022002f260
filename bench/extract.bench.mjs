// Extraction throughput over all of ../shared/corpus, next to a baseline in the same process:
// one pass of the spec's single symbol regex (citation-grammar §2.3) over the same texts.
import { extract, normalizeText } from '../dist/index.js';
import { fmt, loadCorpus, mb, median, percentile, withPeakMemory } from './common.mjs';

const L = '[A-ZĐa-zđ]', CODE = `${L}[A-ZĐa-zđ0-9]*`, NUM = String.raw`\d{1,5}[a-z]?`, SP = '[ \\t]*';
const PARTY = String.raw`${NUM}${SP}-${SP}${CODE}${SP}/${SP}${CODE}`;
const NORM = String.raw`${NUM}${SP}/${SP}(?:19|20)\d{2}${SP}/${SP}${CODE}(?:${SP}-${SP}${CODE}(?:-${CODE})*)?`;
const ADMIN = String.raw`${NUM}${SP}/${SP}${CODE}${SP}-${SP}${CODE}(?:-${CODE})*`;
const BASELINE = new RegExp(String.raw`(?<![\p{L}\d/-])(?:${PARTY}|${NORM}|${ADMIN})(?![\p{L}\d])`, 'gu');

const docs = loadCorpus();
const totalBytes = docs.reduce((n, d) => n + d.bytes, 0);
const RUNS = Number(process.env.RUNS ?? 5);

function timeAll(fn) {
  const perDoc = new Array(docs.length);
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i++) {
    const s = performance.now();
    fn(docs[i].text);
    perDoc[i] = performance.now() - s;
  }
  return { total: performance.now() - t0, perDoc };
}

const baselineFn = (t) => {
  BASELINE.lastIndex = 0;
  let n = 0;
  while (BASELINE.exec(t)) n++;
  return n;
};
let citations = 0;
const extractFn = (t) => {
  citations += extract(t).citations.length;
};
const normalizeFn = (t) => normalizeText(t);

// warm-up: let the JIT and the regex compiler settle
timeAll(baselineFn);
timeAll(extractFn);
timeAll(normalizeFn);

const { result, peakRss, peakHeap } = await withPeakMemory(() => {
  const base = [], full = [], norm = [];
  let last;
  for (let r = 0; r < RUNS; r++) {
    base.push(timeAll(baselineFn).total);
    norm.push(timeAll(normalizeFn).total);
    citations = 0;
    last = timeAll(extractFn);
    full.push(last.total);
  }
  return { base: median(base), full: median(full), norm: median(norm), perDoc: last.perDoc };
});

const mbTotal = mb(totalBytes);
const sorted = [...result.perDoc].sort((a, b) => a - b);
let slowest = 0;
for (let i = 1; i < docs.length; i++) if (result.perDoc[i] > result.perDoc[slowest]) slowest = i;
const rate = (ms) => mbTotal / (ms / 1000);

console.log(`extract bench: ${docs.length} documents, ${fmt(mbTotal)} MB (UTF-8), ${citations} citations, median of ${RUNS} runs, node ${process.version}`);
console.log(`  baseline (one symbol regex pass): ${fmt(rate(result.base))} MB/s`);
console.log(`  normalize only:                   ${fmt(rate(result.norm))} MB/s`);
console.log(`  full extractor:                   ${fmt(rate(result.full))} MB/s, ${fmt(docs.length / (result.full / 1000), 0)} docs/s, ${fmt(citations / (result.full / 1000), 0)} citations/s`);
console.log(`  ratio full / baseline time:       ${fmt(result.full / result.base, 2)}x`);
console.log(`  per-document latency ms: p50 ${fmt(percentile(sorted, 50), 2)}, p90 ${fmt(percentile(sorted, 90), 2)}, p99 ${fmt(percentile(sorted, 99), 2)}, max ${fmt(sorted[sorted.length - 1], 2)}`);
console.log(`  slowest document: ${docs[slowest].path} (${fmt(mb(docs[slowest].bytes), 2)} MB, ${fmt(result.perDoc[slowest], 1)} ms)`);
console.log(`  peak memory: rss ${fmt(mb(peakRss))} MB, heap ${fmt(mb(peakHeap))} MB`);
