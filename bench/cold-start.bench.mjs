// Cold start of the CLI: each command in a fresh process (`node dist/cli/main.js <cmd> … --snapshot <file>`), the
// way a user who runs many short commands meets vanban, on a snapshot of the shared corpus and of 10 000 and
// 100 000 synthetic documents (bench/synthetic.mjs, with real passages: the search part is as large as a real one).
// Baselines in the same run: `node -e 0` (the runtime), reading the snapshot's bytes in a fresh process (the
// disk), loading it through the library (graph only; graph and search), and the same commands on the same
// corpus written in other format versions: 4 (the graph part as checked JSON lines) and 3 (one stream: the search
// index parsed by every command).
//
//   npm run build && node --max-old-space-size=8000 bench/cold-start.bench.mjs [sizes, default shared,10000,100000]
//
// RUNS (default 5) runs of each, median and min reported. BENCH_DIR keeps the snapshots between runs (they take
// minutes to build at 100 000 documents); without it they are built in a temporary folder and removed. BUILD_ONLY=1
// builds them and stops. FORMATS (default 5,4) names the format versions measured, 3 among them if asked (its
// snapshot of 100 000 documents alone takes some 20 minutes to write); a BENCH_DIR holding <size>.v<n>.ndjson for
// each of them (`vanban ingest <dir> --out`, or a copy) is used as it is. The load average is printed per corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Corpus, readDocument, saveSnapshot, SearchIndex } from '../dist/index.js';
import { fmt, loadCorpus, mb, SHARED } from './common.mjs';
import { generate, passageLines } from './synthetic.mjs';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const lib = pathToFileURL(join(root, 'dist', 'index.js')).href;
const RUNS = Number(process.env.RUNS ?? 5);
const sizes = (process.argv[2] ?? 'shared,10000,100000').split(',');
const keep = process.env.BENCH_DIR;
const formats = (process.env.FORMATS ?? '5,4').split(',').map(Number);
const dir = keep ?? mkdtempSync(join(tmpdir(), 'vanban-cold-'));
if (keep) mkdirSync(keep, { recursive: true });

/** The snapshots (one per version of FORMATS) of one corpus, built unless BENCH_DIR already holds them. */
async function snapshots(size) {
  const files = new Map(formats.map((v) => [v, join(dir, `${size}.v${v}.ndjson`)]));
  if ([...files.values()].every((f) => existsSync(f))) return files;
  const t0 = performance.now();
  let corpus;
  if (size === 'shared') corpus = await Corpus.fromFolder(join(SHARED, 'corpus'), { searchIndex: new SearchIndex(), manifests: true });
  else {
    const passages = passageLines(loadCorpus().filter((d) => !d.path.startsWith('seeds')).map((d) => d.text));
    corpus = new Corpus();
    corpus.searchIndex = new SearchIndex();
    for (const d of generate(Number(size), 42, { passages })) corpus.addDocument(await readDocument(Buffer.from(d.text), { path: d.path }));
    corpus.reconcile();
  }
  for (const [version, file] of files) if (!existsSync(file)) await saveSnapshot(corpus, file, { version });
  console.log(`${size}: built in ${fmt((performance.now() - t0) / 1000, 0)} s`);
  return files;
}

/** GNU time, when the machine has it: the CPU seconds (user + system) of each run, which a loaded machine changes less than wall time. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * Wall-clock seconds of `node args…` in a fresh process, RUNS times, and its CPU seconds when GNU time is there; a
 * command that fails (or prints nothing) is reported as such, with its last line of stderr, after its first run.
 */
function timed(args, runs = RUNS) {
  const times = [];
  const cpu = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const p = GNU_TIME ? spawnSync(GNU_TIME, ['-f', 'VBTIME %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push((performance.now() - t0) / 1000);
    const lines = p.stderr.trim().split('\n');
    const usage = GNU_TIME ? /^VBTIME ([\d.]+) ([\d.]+)$/.exec(lines.at(-1) ?? '') : null;
    if (usage) {
      cpu.push(Number(usage[1]) + Number(usage[2]));
      lines.pop();
    }
    const silent = args[0] === cli && p.stdout.trim() === '';
    if (p.status !== 0 || silent) return { failed: `exit ${p.status ?? p.signal}${silent ? ', no output' : ''} after ${fmt(times[0], 1)} s: ${lines.at(-1)?.slice(0, 200) ?? ''}` };
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], cpu: cpu.length ? cpu[Math.floor(cpu.length / 2)] : null };
}

const loadScript = (file, search) =>
  `import { loadSnapshot } from ${JSON.stringify(lib)}; const c = await loadSnapshot(${JSON.stringify(file)}, { search: ${JSON.stringify(search)} }); if (${search === 'eager'} && !c.searchIndex) process.exit(2);`;

if (process.env.BUILD_ONLY) {
  for (const size of sizes) await snapshots(size);
  process.exit(0);
}

const nodeZero = timed(['-e', '0'], Math.max(RUNS, 9));
console.log(`node -e 0: median ${fmt(nodeZero.median, 3)} s, CPU ${nodeZero.cpu === null ? '?' : fmt(nodeZero.cpu, 2)} s (machine: ${readdirSync('/sys/devices/system/cpu').filter((c) => /^cpu\d+$/.test(c)).length} cpus, node ${process.version})`);
// the CLI's own start-up, no snapshot: what a script that asks for the version or the help pays
for (const args of [['--version'], ['--help']]) {
  const t = timed([cli, ...args], Math.max(RUNS, 9));
  console.log(`vanban ${args[0]}: median ${fmt(t.median, 3)} s, min ${fmt(t.min, 3)} s (${fmt(t.median / nodeZero.median, 1)}× node -e 0, +${fmt(t.median - nodeZero.median, 3)} s)`);
}
console.log('corpus | snapshot | what | median s | min s | × node -e 0 | × reading the file | median CPU s (user + sys)');
console.log(`(${RUNS} runs of each; at 100 000 documents ${process.env.BIG_RUNS ?? RUNS} of versions 4 and 5, 1 of version 3)`);

for (const size of sizes) {
  const files = await snapshots(size);
  console.log(`${size}: load average ${loadavg().map((l) => fmt(l, 2)).join(' ')}`);
  // a central document that synthetic plans implement (a province's chain in eight), and that the shared corpus cites
  const ref = '18-NQ/TW';
  const query = 'tinh gọn bộ máy';
  const commands = [
    ['trace', ref],
    ['search', query],
    ['coverage', ref],
    ['missing'],
    ['rank'],
    ['check'],
  ];
  for (const [version, file] of files) {
    const bytes = statSync(file).size;
    const label = `${size === 'shared' ? 'shared corpus' : `synthetic ${size}`} | v${version} ${fmt(mb(bytes), 0)} MB`;
    // BIG_RUNS (default RUNS) runs of each at 100 000 documents, and one of version 3 there (about 20 s a load when
    // the machine is quiet): a shared machine cannot spare more
    const big = Number(size) >= 100_000;
    const runs = big ? (version === 3 ? 1 : Number(process.env.BIG_RUNS ?? RUNS)) : RUNS;
    const time = (args) => timed(args, runs);
    const read = time(['-e', `require('node:fs').readFileSync(${JSON.stringify(file)})`]);
    const row = (what, t) =>
      console.log(t.failed ? `${label} | ${what} | failed: ${t.failed} | | | |` : `${label} | ${what} | ${fmt(t.median, 3)} | ${fmt(t.min, 3)} | ${fmt(t.median / nodeZero.median, 1)} | ${fmt(t.median / read.median, 1)} | ${t.cpu === null ? '' : fmt(t.cpu, 2)}`);
    row('read the file (baseline)', read);
    // version 3 at 100 000 documents: one command tells it
    if (version !== 3 || !big) {
      row('loadSnapshot, graph only', time(['--input-type=module', '-e', loadScript(file, 'none')]));
      row('loadSnapshot, graph + search', time(['--input-type=module', '-e', loadScript(file, 'eager')]));
    }
    // version 3: every command parses the search part; two commands tell it (the rest cost the same)
    for (const [cmd, ...args] of version !== 3 ? commands : commands.slice(0, big ? 1 : 2)) {
      const t = time([cli, cmd, ...args, '--snapshot', file]);
      row(`vanban ${[cmd, ...args.map((a) => JSON.stringify(a))].join(' ')}`, t);
    }
  }
}
if (!keep) rmSync(dir, { recursive: true, force: true });
