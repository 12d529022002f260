// Load on `vanban serve` over loopback with autocannon: mixed search / trace / document requests at 1, 16 and 64
// concurrent connections; throughput, latency p50/p99/max, errors (and non-2xx answers), the server's RSS before and
// after each run. The server is a separate process (the CLI from the TypeScript source through tsx, or dist/ with
// --dist), so the load generator does not share its event loop.
//
//   node bench/server.bench.mjs [--corpus <dir> | --snapshot <file> | --synthetic <n>] [--seconds 20] [--connections 1,16,64] [--dist]
//   node bench/server.bench.mjs … --duration-run 300 [--connections 16] [--sample 10]
//   node bench/server.bench.mjs … --no-cited-trace   (every trace asks for a document of the corpus)
//   node bench/server.bench.mjs … --trace-gc         (the server's full collections and their pauses, per run)
//
// Default corpus: ../shared/corpus (the real documents), ingested by the server at start. --synthetic <n> serves a
// snapshot of n synthetic documents (bench/synthetic.mjs, bodies filled with real lines of the shared corpus, as the
// cold-start bench makes them), written as files and ingested by `vanban ingest` the way a user would, both kept in
// --cache (default /tmp/vanban-server-bench: the server reads a document's text from its file) and reused by the
// next run; it needs `npm run build`.
// --duration-run <s>: one long run per connection count instead of the table runs, the server's RSS sampled every
// --sample seconds (a leak shows as a series that keeps rising, not as one before/after pair).
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import autocannon from 'autocannon';
import { loadCorpus, SHARED } from './common.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('--seconds', '20'));
const longRun = arg('--duration-run', null) === null ? null : Number(arg('--duration-run'));
const sampleSeconds = Number(arg('--sample', '10'));
const connectionCounts = arg('--connections', longRun ? '16' : '1,16,64').split(',').map(Number);
// a third of the traces ask for the most cited documents outside the corpus: at 100 000 synthetic documents these
// are the central documents every plan implements (about 12 500 implementers each; the answer is the first page of
// 100 with the counts by level and place of all of them, about 200 KiB); without them, what the rest of the mix costs
const noCitedTrace = process.argv.includes('--no-cited-trace');
const traceGc = process.argv.includes('--trace-gc');
const synthetic = arg('--synthetic', null) === null ? null : Number(arg('--synthetic'));
const cache = arg('--cache', '/tmp/vanban-server-bench');
const root = join(import.meta.dirname, '..');
const dist = process.argv.includes('--dist');
const entry = dist ? [join(root, 'dist', 'cli', 'main.js')] : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
// the heap a 100 000-document corpus needs to be ingested (about the cold-start bench's) and served
const heap = '--max-old-space-size=8000';

/** The snapshot of n synthetic documents in the cache, written and ingested unless it is already there. */
async function syntheticSnapshot(n) {
  const file = join(cache, `synthetic-${n}.ndjson`);
  const folder = join(cache, `synthetic-${n}`);
  if (existsSync(file) && existsSync(folder)) return { file, built: null };
  const { generate, passageLines } = await import('./synthetic.mjs');
  rmSync(folder, { recursive: true, force: true });
  const t0 = performance.now();
  const passages = passageLines(loadCorpus().filter((d) => !d.path.startsWith('seeds')).map((d) => d.text));
  for (const d of generate(n, 42, { passages })) {
    const path = join(folder, d.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, d.text);
  }
  const written = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  // always the built CLI: the snapshot does not depend on how the server is then started
  const r = spawnSync(process.execPath, [heap, join(root, 'dist', 'cli', 'main.js'), 'ingest', folder, '--out', `${file}.tmp`, '--no-manifest', '--no-progress'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`vanban ingest ${folder}: exit ${r.status}\n${r.stderr.slice(0, 4000)}`);
  // the folder stays: the server reads a document's text from its file (/api/documents/<id>)
  renameSync(`${file}.tmp`, file);
  return { file, built: { written, ingest: (performance.now() - t1) / 1000, summary: r.stdout.trim().split('\n').slice(0, 3).join(' / ') } };
}

const snap = synthetic ? await syntheticSnapshot(synthetic) : null;
if (snap?.built) console.log(`synthetic ${synthetic}: files written in ${snap.built.written.toFixed(0)} s, \`vanban ingest\` in ${snap.built.ingest.toFixed(0)} s → ${snap.file} (${snap.built.summary})`);
const snapshot = snap ? snap.file : arg('--snapshot', null);
const corpus = snapshot ? null : arg('--corpus', join(SHARED, 'corpus'));

const child = spawn(process.execPath, [...(synthetic ? [heap] : []), ...(traceGc ? ['--trace-gc'] : []), ...entry, 'serve', ...(snapshot ? ['--snapshot', snapshot] : ['--corpus', corpus]), '--port', '0', '--quiet'], { cwd: root, stdio: ['ignore', traceGc ? 'pipe' : 'ignore', 'pipe'] });
// --trace-gc: the server's full collections (V8 prints one line each on stdout), the longest pause counted per run
const gcPauses = [];
if (traceGc) {
  let rest = '';
  child.stdout.on('data', (d) => {
    const lines = (rest + d.toString()).split('\n');
    rest = lines.pop();
    for (const l of lines) {
      const m = /Mark-Compact[^,]*, ([\d.]+) \/ [\d.]+ ms/.exec(l);
      if (m) gcPauses.push({ at: performance.now(), ms: Number(m[1]) });
    }
  });
}
// a bench that fails half-way must not leave a server behind
process.on('exit', () => child.kill('SIGTERM'));
let log = '';
const started = performance.now();
const base = await new Promise((resolve, reject) => {
  child.stderr.on('data', (d) => {
    log += d.toString();
    const url = /listening on (http:\/\/\S+)/.exec(log)?.[1];
    if (url && /ready: /.test(log)) resolve(url);
  });
  child.on('exit', (code) => reject(new Error(`the server exited (${code}): ${log}`)));
});
const loadSeconds = (performance.now() - started) / 1000;
const rssMiB = () => {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
const rssReady = rssMiB();
const json = async (path) => {
  const r = await fetch(base + path);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
};

// the questions, all about what the corpus holds: searches that find something (the first one also reads the
// search part of a format-4 snapshot, timed apart), documents of the corpus (the most cited first, then search
// hits, so a synthetic corpus's uncited commune plans are asked for too), their ids and cited-only ids as trace
// references
const candidates = ['tinh gon bo may', 'nghị quyết 18', '18-NQ/TW', 'phong chong tham nhung', 'ke hoach thuc hien', 'cải cách hành chính', 'chuyen doi so', 'NQ 18 TW', 'bảo hiểm xã hội', 'ubnd tinh', 'tuyên truyền phổ biến', 'nong thon moi'];
const firstStart = performance.now();
let firstSearchSeconds = null;
const searches = [];
const hitIds = [];
for (const q of candidates) {
  const r = await json(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
  firstSearchSeconds ??= (performance.now() - firstStart) / 1000;
  if (r.total > 0) {
    searches.push(q);
    hitIds.push(...r.hits.map((h) => h.id));
  }
}
if (searches.length < 5) throw new Error(`only ${searches.length} of the candidate searches find something: ${searches.join(', ')}`);
const rank = await json('/api/rank?limit=400');
const docs = [...new Set([...rank.filter((r) => r.kind === 'document').slice(0, 30).map((r) => r.id), ...hitIds])].slice(0, 60);
const cited = rank.filter((r) => r.kind === 'cited').slice(0, 10).map((r) => r.id);
const requests = [];
for (let i = 0; i < 60; i++) {
  const k = i % 10;
  if (k < 4) requests.push({ method: 'GET', path: `/api/search?q=${encodeURIComponent(searches[i % searches.length])}&limit=10` });
  else if (k < 7) requests.push({ method: 'GET', path: `/api/trace?ref=${encodeURIComponent(i % 3 === 0 && !noCitedTrace ? cited[i % cited.length] ?? docs[0] : docs[i % docs.length])}` });
  else requests.push({ method: 'GET', path: `/api/documents/${encodeURIComponent(docs[i % docs.length])}` });
}
// each request once, so the first run does not pay for the first reads; every one must answer 200. Then each once
// more, alone, timed: what one answer of each kind costs (and weighs) with nothing else in the queue
const kindOf = (path) => /^\/api\/(search|trace|documents)/.exec(path)[1];
const single = { search: [], trace: [], documents: [] };
for (const pass of [0, 1]) {
  for (const r of requests) {
    const t = performance.now();
    const res = await fetch(base + r.path);
    const bytes = (await res.arrayBuffer()).byteLength;
    if (res.status !== 200) throw new Error(`${r.path}: ${res.status}`);
    if (pass === 1) single[kindOf(r.path)].push({ ms: performance.now() - t, bytes, path: r.path });
  }
}

// the machine is shared: its load average (1 min) at the start and end of each run says how much of it the run had
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const f = (n, d = 0) => n.toFixed(d);
const rows = [];
const samples = [];
const rssWarm = rssMiB();
for (const connections of connectionCounts) {
  const before = rssMiB();
  const loadBefore = load();
  const t = performance.now();
  const sampler = longRun ? setInterval(() => samples.push({ s: (performance.now() - t) / 1000, rss: rssMiB() }), sampleSeconds * 1000) : null;
  if (longRun) samples.push({ s: 0, rss: before });
  const r = await autocannon({ url: base, connections, duration: longRun ?? seconds, requests });
  if (sampler) clearInterval(sampler);
  rows.push({
    connections,
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    // autocannon counts a timeout (no answer within its 10 s) among its errors too
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    rssBefore: before,
    rssAfter: rssMiB(),
    load: `${loadBefore} → ${load()}`,
    gc: gcPauses.filter((g) => g.at >= t),
  });
  if (longRun) samples.push({ s: (performance.now() - t) / 1000, rss: rows.at(-1).rssAfter });
}
child.kill('SIGTERM');
const code = await new Promise((resolve) => child.on('exit', resolve));

console.log(`vanban serve${dist ? ' (dist/)' : ' (tsx)'}, ${snapshot ? `snapshot ${snapshot}` : `corpus ${corpus}`}: ready in ${f(loadSeconds, 1)} s (${/ready: ([^\n]*) in /.exec(log)?.[1] ?? ''}), RSS ${f(rssReady)} MiB; first search ${f(firstSearchSeconds, 2)} s; ${searches.length} of ${candidates.length} candidate searches find something (${searches.join(', ')}); ${requests.length} requests cycled per connection (40 % search, 30 % trace${noCitedTrace ? ' of corpus documents only' : ''}, 30 % document) over ${docs.length} documents and ${cited.length} cited-only ids; ${longRun ?? seconds} s per run; server RSS ${f(rssWarm)} MiB after warm-up; exit ${code} on SIGTERM`);
console.log('');
console.log('| connections | requests | req/s | p50 ms | p99 ms | max ms | errors (of them timeouts) | non-2xx | server RSS before → after (MiB) | load average (1 min) before → after |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
if (traceGc) for (const r of rows) console.log(`${r.connections} connections: ${r.gc.length} full collections in the server, longest pause ${r.gc.length ? f(Math.max(...r.gc.map((g) => g.ms))) : '-'} ms, ${f(r.gc.reduce((k, g) => k + g.ms, 0))} ms in all`);
for (const r of rows) console.log(`| ${r.connections} | ${r.requests} | ${f(r.rps)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} (${r.timeouts}) | ${r.non2xx} | ${f(r.rssBefore)} → ${f(r.rssAfter)} | ${r.load} |`);
console.log('');
for (const [kind, list] of Object.entries(single)) {
  const ms = list.map((x) => x.ms).sort((a, b) => a - b);
  const worst = list.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`${kind}, one at a time: median ${f(ms[Math.floor(ms.length / 2)], 1)} ms, max ${f(worst.ms, 1)} ms (${decodeURIComponent(worst.path)}, ${f(worst.bytes / 1024)} KiB); answers ${f(Math.min(...list.map((x) => x.bytes)) / 1024)}–${f(Math.max(...list.map((x) => x.bytes)) / 1024)} KiB`);
}
if (longRun) {
  const rss = samples.map((x) => x.rss);
  console.log('');
  console.log(`server RSS every ${sampleSeconds} s (MiB): ${samples.map((x) => `${f(x.s)} s ${f(x.rss)}`).join(', ')}`);
  console.log(`min ${f(Math.min(...rss))}, max ${f(Math.max(...rss))}, first ${f(rss[0])}, last ${f(rss.at(-1))} MiB`);
}
