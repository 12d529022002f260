// Search speed: index build time and memory, and query latency per query class (one word, two
// words, phrase, folded, number), for vanban's SearchIndex next to MiniSearch and Orama in their
// default configuration on the same documents in the same process (ratios = vanban / baseline).
// Each engine is built, queried, then dropped before the next is built, so that no engine's latency pays for
// another's heap. Real corpus (../shared/corpus), then synthetic corpora: the plans of bench/synthetic.mjs, each
// with about 1 500 characters of consecutive real lines from ../shared/corpus, so that queries meet real
// vocabulary (a template alone repeats a few hundred words, and most queries would find nothing).
// Latency is measured cold (each query's first run, on a fresh index: vanban keeps the posting lists of common
// words as bitsets, and V8 has not compiled the query code yet) and warm (after a warm-up of 20 rounds of every
// class, untimed per class but summarized). Usage: node bench/search.bench.mjs [sizes...]
import { join } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import MiniSearch from 'minisearch';
import { create, insert, search as oramaSearch } from '@orama/orama';
import { documentName, readCorpus, readDocument, SearchIndex, foldedKey } from '../dist/index.js';
import { fmt, loadCorpus, mb, percentile, searchQueryClasses, SHARED, withPeakMemory } from './common.mjs';
import { generate, passageLines } from './synthetic.mjs';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const scales = sizes.length ? sizes : [10_000, 100_000];

const CLASSES = searchQueryClasses(foldedKey);
const ROUNDS = 50;
const WARMUP_ROUNDS = 20;
// ENGINES=vanban (comma-separated) runs only those engines, for diagnosis; the ratios need all three
const ENGINES = (process.env.ENGINES ?? 'vanban,minisearch,orama').split(',');
if (ENGINES[0] !== 'vanban' || ENGINES.some((e) => !['vanban', 'minisearch', 'orama'].includes(e))) throw new Error(`ENGINES must start with vanban and name only vanban, minisearch, orama: ${ENGINES.join(',')}`);

/**
 * The machine's own jitter: a fixed computation (about half a millisecond of arithmetic on 128 KB, no
 * allocation), timed after every query of a class, so that it meets the same stalls. On a shared virtual machine
 * its p99 is several times its p50 (stalls of 3-12 ms, in bursts, that no steal counter shows): a query's p99
 * cannot be read without the p99 of this computation over the same seconds.
 */
const fixed = new Float64Array(16_384).map((_, i) => i);
let fixedPasses = 1;
function fixedWork() {
  let s = 0;
  for (let k = 0; k < fixedPasses; k++) for (let i = 0; i < fixed.length; i++) s += fixed[i] * 1.0001;
  return s;
}
{
  // calibrated once: as many passes as take about 0.5 ms here
  for (let i = 0; i < 50; i++) fixedWork();
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) fixedWork();
  fixedPasses = Math.max(1, Math.round(0.5 / ((performance.now() - t0) / 20)));
}
function timeFixedWork() {
  const t0 = performance.now();
  fixedWork();
  return performance.now() - t0;
}

/**
 * Garbage collection pauses, as V8 reports them: a class's p99 is read next to the pauses that fell inside its
 * queries (a scavenge pauses ~3 ms at a heap of 1 GB on this machine, a full collection far more). The kinds are kept
 * apart: a step of incremental marking or its finalization is not a scavenge, though both pause the queries.
 */
const GC_KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'full',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const collections = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, duration: e.duration, kind: GC_KINDS[e.detail?.kind] ?? `kind ${e.detail?.kind}` });
}).observe({ entryTypes: ['gc'] });

/** The pauses between two instants, by kind (observer entries arrive on a timer, not on the next turn). */
async function collectionsBetween(from, to) {
  await sleep(20);
  const byKind = {};
  for (const c of collections) {
    if (c.start < from || c.start >= to) continue;
    const k = (byKind[c.kind] ??= { n: 0, ms: 0, max: 0 });
    k.n++;
    k.ms += c.duration;
    k.max = Math.max(k.max, c.duration);
  }
  return byKind;
}

async function queryClasses(run) {
  const out = {};
  // cold: the first run of every query, before any other query of its class ran
  const cold = {};
  for (const [cls, queries] of Object.entries(CLASSES)) {
    const times = [];
    for (const q of queries) {
      const t0 = performance.now();
      await run(q);
      times.push(performance.now() - t0);
    }
    cold[cls] = times.sort((a, b) => a - b);
  }
  // warm-up, untimed per class: every class's queries in turn, WARMUP_ROUNDS rounds (or ~5 s), so that the timed
  // rounds meet the steady state a server is in. Right after the first runs V8 is still compiling the query code
  // (traced at 100k: ~70 functions optimized, and some deoptimized and optimized again, during the first ~400
  // queries of each class): timed then, a class's p99 held the compiler's work, and the class timed second (two
  // words) the most of it. The first runs above keep the cost of a process that has just started.
  const warm = [];
  const warmStart = performance.now();
  for (let r = 0; r < WARMUP_ROUNDS && (r < 1 || performance.now() - warmStart < 5000); r++) {
    for (const queries of Object.values(CLASSES)) {
      for (const q of queries) {
        const t0 = performance.now();
        await run(q);
        warm.push(performance.now() - t0);
      }
    }
  }
  warm.sort((a, b) => a - b);
  out.warmUp = { n: warm.length, seconds: (performance.now() - warmStart) / 1000, p50: percentile(warm, 50), p99: percentile(warm, 99), max: warm.at(-1) };
  for (const [cls, queries] of Object.entries(CLASSES)) {
    const times = [];
    const machine = [];
    const started = performance.now();
    // at most ROUNDS rounds, and no more than ~5 s per engine and class (slow baselines at 100k)
    for (let r = 0; r < ROUNDS && (r < 2 || performance.now() - started < 5000); r++) {
      for (const q of queries) {
        const t0 = performance.now();
        await run(q);
        times.push(performance.now() - t0);
        machine.push(timeFixedWork());
      }
    }
    machine.sort((a, b) => a - b);
    const gc = await collectionsBetween(started, performance.now());
    times.sort((a, b) => a - b);
    out[cls] = { n: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1), qps: times.length / (times.reduce((a, b) => a + b, 0) / 1000), coldMax: cold[cls].at(-1), coldP50: percentile(cold[cls], 50), gc, machine: { p50: percentile(machine, 50), p99: percentile(machine, 99) } };
  }
  return out;
}

async function buildAndQuery(engine, source, heapNow) {
  const heapBefore = heapNow();
  // typed arrays and Buffers (vanban's posting lists and texts) are outside the heap
  const externalBefore = process.memoryUsage().external;
  let indexing = 0;
  let n = 0;
  let bytes = 0;
  const { result: run, peakRss } = await withPeakMemory(async () => {
    let add;
    let query;
    if (engine === 'vanban') {
      const index = new SearchIndex();
      add = (doc, i) => index.add(doc.identity.id ? `${doc.identity.id}~${i}` : `file:${i}`, doc);
      query = (q) => index.search(q, { limit: 10 }).hits.length;
    } else if (engine === 'minisearch') {
      // the baselines get the same title field as vanban's index: the type and the trích yếu
      const mini = new MiniSearch({ fields: ['title', 'body'] });
      add = (doc, i) => mini.add({ id: i, title: documentName(doc.identity), body: doc.text });
      query = (q) => mini.search(q).slice(0, 10).length;
    } else {
      const db = create({ schema: { title: 'string', body: 'string' } });
      add = (doc, i) => insert(db, { id: String(i), title: documentName(doc.identity), body: doc.text });
      query = async (q) => (await oramaSearch(db, { term: q, limit: 10 })).hits.length;
    }
    for await (const doc of source()) {
      const t0 = performance.now();
      await add(doc, n++);
      indexing += performance.now() - t0;
      bytes += Buffer.byteLength(doc.text);
      // the loop awaits only promises: without a turn of the event loop now and then, the memory sampler never
      // runs, and every garbage collection's performance entry of the build (thousands at 100k) is delivered in
      // the first turn after it, inside the timed queries, whose scavenges then copy and promote them (traced:
      // two scavenges of 12 and 16 ms, always in the class timed second, where the first sleep falls)
      if (n % 500 === 0) await sleep(0);
    }
    return query;
  });
  const retained = heapNow() - heapBefore;
  const outside = process.memoryUsage().external - externalBefore;
  await sleep(50); // whatever the build left queued runs now, not inside the first timed class
  return { n, bytes, seconds: indexing / 1000, retained, outside, peakRss, latency: await queryClasses(run) };
}

/**
 * Builds each engine from `source()` (an async iterable of documents, read anew for each engine, so that no
 * engine is queried with the documents or another engine in memory: a large heap slows every garbage collection,
 * and a search server holds its index, not the documents it was built from), then queries it.
 */
async function measure(name, source) {
  const latency = {};
  const build = {};
  let docCount = 0;
  let bytes = 0;
  const heapNow = () => {
    globalThis.gc?.(); // run with --expose-gc for the index's own heap; without it the figure includes garbage
    return process.memoryUsage().heapUsed;
  };
  for (const engine of ENGINES) {
    // Orama in its default configuration takes ~40 s per query at 100 000 documents (measured once: one-word p50
    // 39 s): past 20 000 documents it is left out, or the bench would run for hours
    if (engine === 'orama' && docCount > 20_000) continue;
    // built, measured and queried inside one call: when it returns, nothing holds the engine any more
    const r = await buildAndQuery(engine, source, heapNow);
    if (engine === 'vanban') {
      docCount = r.n;
      bytes = r.bytes;
      console.log(`\n${name}: ${docCount} documents, ${fmt(mb(bytes), 1)} MB of text`);
    }
    build[engine] = r.seconds;
    latency[engine] = r.latency;
    console.log(
      `  ${engine.padEnd(10)} build ${fmt(r.seconds, 2)} s (${fmt(docCount / r.seconds, 0)} docs/s, ${fmt(mb(bytes) / r.seconds, 2)} MB/s; reading the documents not counted), heap held by the index ${fmt(mb(r.retained), 0)} MB (and ${fmt(mb(r.outside), 0)} MB outside the heap), peak rss ${fmt(mb(r.peakRss), 0)} MB${engine === 'vanban' ? '' : `; vanban / ${engine} build time ${fmt(build.vanban / r.seconds, 2)}x`}`,
    );
  }
  for (const [engine, byClass] of Object.entries(latency)) {
    const w = byClass.warmUp;
    console.log(`  ${engine.padEnd(10)} warm-up (untimed per class): ${w.n} queries of every class in ${fmt(w.seconds, 1)} s, p50 ${fmt(w.p50, 2)} ms p99 ${fmt(w.p99, 2)} ms max ${fmt(w.max, 2)} ms`);
  }
  for (const [cls] of Object.entries(CLASSES)) {
    const p = Object.fromEntries(Object.entries(latency).map(([engine, byClass]) => [engine, byClass[cls]]));
    const v = p.vanban;
    const others = Object.keys(p)
      .filter((e) => e !== 'vanban')
      .map((e) => `${e} p50 ${fmt(p[e].p50, 2)} p99 ${fmt(p[e].p99, 2)} (p99 ratio ${fmt(v.p99 / p[e].p99, 2)}x)`);
    const kinds = Object.entries(v.gc).map(([kind, k]) => `${k.n} ${kind} ${fmt(k.ms, 1)} ms (longest ${fmt(k.max, 1)})`);
    const gc = `GC pauses inside: ${kinds.length ? kinds.join(', ') : 'none'}`;
    const machine = `machine over the same seconds p50 ${fmt(v.machine.p50, 2)} p99 ${fmt(v.machine.p99, 2)} ms`;
    console.log(`  ${cls.padEnd(10)} vanban p50 ${fmt(v.p50, 2)} ms p99 ${fmt(v.p99, 2)} ms max ${fmt(v.max, 2)} (${v.n} queries, ${fmt(v.qps, 0)} q/s; ${machine}; ${gc}; first runs p50 ${fmt(v.coldP50, 2)} max ${fmt(v.coldMax, 2)}) | ${others.join(' | ')}`);
  }
}

const passages = passageLines(
  (() => {
    const texts = [];
    for (const d of loadCorpus()) if (!d.path.startsWith('seeds')) texts.push(d.text);
    return texts;
  })(),
);
await measure('real corpus (../shared/corpus)', async function* () {
  for await (const item of readCorpus(join(SHARED, 'corpus'))) if (item.ok) yield item.document;
});

for (const n of scales) {
  await measure(`synthetic ${n}`, async function* () {
    for (const d of generate(n, 42, { passages })) yield await readDocument(Buffer.from(d.text), { path: d.path });
  });
}
