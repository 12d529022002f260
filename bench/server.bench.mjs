// Load on `vanban serve` over loopback with autocannon: mixed search / trace / document requests at 1, 16 and 64
// concurrent connections; throughput, latency p50/p99/max, errors (and non-2xx answers), the server's RSS before and
// after each run. The server is a separate process (the CLI from the TypeScript source through tsx, or dist/ with
// --dist), so the load generator does not share its event loop.
//
//   node bench/server.bench.mjs [--corpus <dir> | --snapshot <file>] [--seconds 20] [--dist]
//
// Default corpus: ../shared/corpus (the real documents), ingested by the server at start.
/* global fetch */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SHARED } from './common.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const seconds = Number(arg('--seconds', '20'));
const snapshot = arg('--snapshot', null);
const corpus = snapshot ? null : arg('--corpus', join(SHARED, 'corpus'));
const root = join(import.meta.dirname, '..');
const entry = process.argv.includes('--dist') ? [join(root, 'dist', 'cli', 'main.js')] : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];

const child = spawn(process.execPath, [...entry, 'serve', ...(snapshot ? ['--snapshot', snapshot] : ['--corpus', corpus]), '--port', '0', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
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

// the questions: documents of the corpus (the most cited first), their ids as trace references, and searches
const rank = await (await fetch(`${base}/api/rank?limit=400`)).json();
const docs = rank.filter((r) => r.kind === 'document').slice(0, 40).map((r) => r.id);
const cited = rank.filter((r) => r.kind === 'cited').slice(0, 10).map((r) => r.id);
const searches = ['tinh gon bo may', 'nghị quyết 18', '18-NQ/TW', 'phong chong tham nhung', 'ke hoach thuc hien', 'cải cách hành chính', 'chuyen doi so', 'NQ 18 TW', 'bảo hiểm xã hội', 'ubnd tinh'];
const requests = [];
for (let i = 0; i < 60; i++) {
  const k = i % 10;
  if (k < 4) requests.push({ method: 'GET', path: `/api/search?q=${encodeURIComponent(searches[i % searches.length])}&limit=10` });
  else if (k < 7) requests.push({ method: 'GET', path: `/api/trace?ref=${encodeURIComponent(i % 3 === 0 ? cited[i % cited.length] ?? docs[0] : docs[i % docs.length])}` });
  else requests.push({ method: 'GET', path: `/api/documents/${encodeURIComponent(docs[i % docs.length])}` });
}
// each request once, so the first run does not pay for the first reads
for (const r of requests) await fetch(base + r.path);

const rows = [];
const rssStart = rssMiB();
for (const connections of [1, 16, 64]) {
  const before = rssMiB();
  const r = await autocannon({ url: base, connections, duration: seconds, requests });
  rows.push({
    connections,
    requests: r.requests.total,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    rssBefore: before,
    rssAfter: rssMiB(),
  });
}
child.kill('SIGTERM');
const code = await new Promise((resolve) => child.on('exit', resolve));

const f = (n, d = 0) => n.toFixed(d);
console.log(`vanban serve, ${snapshot ? `snapshot ${snapshot}` : `corpus ${corpus}`}: ready in ${f(loadSeconds, 1)} s (${/ready: ([^\n]*) in /.exec(log)?.[1] ?? ''}); ${requests.length} requests cycled per connection (40 % search, 30 % trace, 30 % document), ${seconds} s per run; server RSS ${f(rssStart)} MiB after warm-up; exit ${code} on SIGTERM`);
console.log('');
console.log('| connections | requests | req/s | p50 ms | p99 ms | max ms | errors | non-2xx | server RSS before → after (MiB) |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of rows) console.log(`| ${r.connections} | ${r.requests} | ${f(r.rps)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.errors} | ${r.non2xx} | ${f(r.rssBefore)} → ${f(r.rssAfter)} |`);
