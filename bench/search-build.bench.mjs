// Search index build alone: vanban's SearchIndex and MiniSearch (same two fields) built in the same process from the
// same documents, read beforehand (reading and parsing them is not counted), alternating ROUNDS times; wall clock and
// CPU time (user + system of the process) of each build, and their ratio. On a shared machine CPU time is the
// steadier of the two: another worker's load stretches wall clock, far less the CPU a build takes. PROFILE=<file>
// also writes a V8 CPU profile of vanban's first build (sampled every 0.5 ms) and prints where its time went, by
// function (self time) — the table of issue 17 item 3. Then, unless MEMORY=0, each engine builds once more in a
// process of its own (this script with MEMORY_OF=<engine>), for its peak RSS (the process's, documents included: the
// RSS before the build is printed too) and what the built index holds: heap, and memory outside it (typed arrays,
// Buffers), measured after a full collection.
//
//   npm run build && node --expose-gc bench/search-build.bench.mjs [size, default 10000; 0 = the shared corpus]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { documentName, readCorpus, readDocument, SearchIndex } from '../dist/index.js';
import { fmt, loadCorpus, SHARED } from './common.mjs';
import { generate, passageLines } from './synthetic.mjs';

const n = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const docs = [];
if (n === 0) {
  for await (const item of readCorpus(join(SHARED, 'corpus'))) if (item.ok) docs.push(item.document);
} else {
  const passages = passageLines(loadCorpus().filter((d) => !d.path.startsWith('seeds')).map((d) => d.text));
  for (const d of generate(n, 42, { passages })) docs.push(await readDocument(Buffer.from(d.text), { path: d.path }));
}
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
console.log(`${n === 0 ? 'shared corpus' : `synthetic ${n}`}: ${docs.length} documents, ${fmt(bytes / 2 ** 20, 1)} MB of text`);

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};
const builds = {
  vanban: () => {
    const index = new SearchIndex();
    docs.forEach((doc, i) => index.add(doc.identity.id ? `${doc.identity.id}~${i}` : `file:${i}`, doc));
    return index;
  },
  minisearch: () => {
    const mini = new MiniSearch({ fields: ['title', 'body'] });
    docs.forEach((doc, i) => mini.add({ id: i, title: documentName(doc.identity), body: doc.text }));
    return mini;
  },
};

if (process.env.MEMORY_OF) {
  const engine = process.env.MEMORY_OF;
  globalThis.gc?.();
  const before = process.memoryUsage();
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  const built = builds[engine]();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  globalThis.gc?.();
  const after = process.memoryUsage();
  console.log(JSON.stringify({ engine, rssBefore, peakRss, heap: after.heapUsed - before.heapUsed, outside: after.external - before.external, kept: built !== null }));
  process.exit(0);
}

/** Self time by function of a V8 CPU profile, largest first. */
function selfTimes(profile) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byNode.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

const session = process.env.PROFILE ? new Session() : null;
const times = { vanban: [], minisearch: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const engine of ['vanban', 'minisearch']) {
    globalThis.gc?.();
    const profiling = session && round === 0 && engine === 'vanban';
    if (profiling) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
      await session.post('Profiler.start');
    }
    const c0 = cpu();
    const t0 = performance.now();
    builds[engine]();
    const wall = (performance.now() - t0) / 1000;
    const used = cpu() - c0;
    times[engine].push({ wall, cpu: used });
    console.log(`  round ${round + 1} ${engine.padEnd(10)} wall ${fmt(wall, 2)} s, cpu ${fmt(used, 2)} s`);
    if (profiling) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(process.env.PROFILE, JSON.stringify(profile));
      const rows = selfTimes(profile);
      const total = rows.reduce((s, r) => s + r[1], 0);
      for (const [k, ms] of rows.slice(0, 25)) console.log(`    ${fmt(ms, 0).padStart(7)} ms ${fmt((100 * ms) / total, 1).padStart(5)} %  ${k}`);
    }
  }
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const v = times.vanban;
const m = times.minisearch;
console.log(
  `median: vanban wall ${fmt(median(v.map((t) => t.wall)), 2)} s cpu ${fmt(median(v.map((t) => t.cpu)), 2)} s; MiniSearch wall ${fmt(median(m.map((t) => t.wall)), 2)} s cpu ${fmt(median(m.map((t) => t.cpu)), 2)} s; vanban / MiniSearch: wall ${fmt(median(v.map((t) => t.wall)) / median(m.map((t) => t.wall)), 2)}x, cpu ${fmt(median(v.map((t) => t.cpu)) / median(m.map((t) => t.cpu)), 2)}x`,
);

if (process.env.MEMORY !== '0') {
  const mb = (b) => `${fmt(b / 2 ** 20, 0)} MB`;
  for (const engine of ['vanban', 'minisearch']) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1], String(n)], { env: { ...process.env, MEMORY_OF: engine, PROFILE: '' }, encoding: 'utf8', maxBuffer: 1 << 26 });
    const r = JSON.parse(out.trim().split('\n').pop());
    console.log(`memory ${engine.padEnd(10)} peak RSS ${mb(r.peakRss)} (before the build ${mb(r.rssBefore)}); index: heap ${mb(r.heap)}, outside the heap ${mb(r.outside)}`);
  }
}
