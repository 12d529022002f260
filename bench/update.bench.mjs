// `vanban ingest <dir> --update <snapshot>` against a full `vanban ingest <dir> --out` of the same folder (issue 17.4):
// one changed file in a folder of n synthetic documents (bench/synthetic.mjs, real passages), end to end, each in a
// fresh process. Baselines of the same run: the full ingest, an update with nothing changed (every file hashed, the
// snapshot loaded, nothing written), and a process that reads the snapshot's bytes.
//
//   npm run build && node bench/update.bench.mjs [n, default 10000]
//
// RUNS (default 3) updates of one changed file, each on a fresh copy of the full ingest's snapshot. BENCH_DIR keeps
// the folder and the full snapshot between runs (the full ingest of 100 000 documents takes some 10–20 minutes);
// a kept snapshot is used as it is, and the full ingest's row is then left out. Wall clock, CPU (user + system) and
// peak RSS come from GNU time (`/usr/bin/time`, Debian package `time`).
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fmt, loadCorpus, mb } from './common.mjs';
import { generate, passageLines } from './synthetic.mjs';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const n = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 3);
const keep = process.env.BENCH_DIR;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'vanban-update-'));
if (keep) mkdirSync(keep, { recursive: true });
const folder = join(dir, `synthetic-${n}`);
const full = join(dir, `synthetic-${n}.ndjson`);
const heap = '--max-old-space-size=12000';
if (!existsSync('/usr/bin/time')) throw new Error('bench/update.bench.mjs needs GNU time (/usr/bin/time; Debian package "time")');

/** One fresh process under GNU time: wall and CPU seconds, peak RSS in MB; throws with its stderr when it fails. */
function measured(args) {
  const p = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = p.stderr.split('\n').find((l) => l.startsWith('TIME ')) ?? '';
  const [wall, user, sys, rss] = line.split(' ').slice(1).map(Number);
  if (p.status !== 0 || wall === undefined) throw new Error(`${args.join(' ')}: exit ${p.status}\n${p.stderr.slice(-2000)}`);
  return { wall, cpu: user + sys, rss: rss / 1024, out: p.stdout };
}

const files = (d) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name)).sort();

if (!existsSync(folder)) {
  const passages = passageLines(loadCorpus().filter((d) => !d.path.startsWith('seeds')).map((d) => d.text));
  for (const d of generate(n, 42, { passages })) {
    const path = join(folder, d.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, d.text);
  }
}
const rows = [];
const row = (what, t, base) => rows.push(`${what} | ${fmt(t.wall, 1)} | ${fmt(t.cpu, 1)} | ${fmt(t.rss, 0)} | ${base ? fmt(t.wall / base.wall, 3) : ''}`);
let fullRun = null;
if (!existsSync(full)) {
  fullRun = measured([heap, cli, 'ingest', folder, '--out', full, '--no-progress']);
}
const read = measured(['-e', `require('node:fs').readFileSync(${JSON.stringify(full)})`]);
const unchanged = join(dir, 'unchanged.ndjson');
copyFileSync(full, unchanged);
const nothing = measured([heap, cli, 'ingest', folder, '--update', unchanged, '--no-progress']);
if (!/0 added, 0 replaced, \d+ unchanged, 0 removed/.test(nothing.out)) throw new Error(`an update of an unchanged folder read something: ${nothing.out.slice(0, 300)}`);
// one file in the middle of the walk, changed again for each run (a citation appended), on a fresh copy each time
const all = files(folder);
const changed = all[Math.floor(all.length / 2)];
const updates = [];
for (let r = 0; r < RUNS; r++) {
  appendFileSync(changed, `\nThực hiện Nghị quyết số 18-NQ/TW (lần ${r + 1}).\n`);
  const copy = join(dir, 'updated.ndjson');
  copyFileSync(full, copy);
  const t = measured([heap, cli, 'ingest', folder, '--update', copy, '--no-progress']);
  if (!/0 added, 1 replaced/.test(t.out)) throw new Error(`expected one file replaced: ${t.out.slice(0, 300)}`);
  updates.push(t);
}
updates.sort((a, b) => a.wall - b.wall);
const median = updates[Math.floor(updates.length / 2)];
const base = fullRun;
console.log(`synthetic ${n}: ${all.length} files, snapshot ${fmt(mb(statSync(full).size), 0)} MB; changed: ${changed.slice(folder.length + 1)}`);
console.log('what | wall s | CPU s | peak RSS MB | × full ingest (wall)');
if (fullRun) row('full ingest (`--out`)', fullRun, null);
row('read the snapshot (baseline)', read, base);
row('update, nothing changed', nothing, base);
row(`update, one file changed (median of ${RUNS}; wall ${updates.map((u) => fmt(u.wall, 1)).join(', ')})`, median, base);
for (const r of rows) console.log(r);
rmSync(join(dir, 'updated.ndjson'), { force: true });
rmSync(unchanged, { force: true });
if (!keep) rmSync(dir, { recursive: true, force: true });
