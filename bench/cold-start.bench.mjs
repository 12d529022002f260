// Cold start of the CLI: each command in a fresh process (`node dist/cli/main.js <cmd> … --snapshot <file>`), the
// way a user who runs many short commands meets vanban, on a snapshot of the shared corpus and of 10 000 and
// 100 000 synthetic documents (bench/synthetic.mjs, with real passages: the search part is as large as a real one).
// Baselines in the same run: `node -e 0` (the runtime), reading the snapshot's bytes in a fresh process (the
// disk), loading it through the library (graph only; graph and search), and the same commands on the same
// corpus written in format version 3 (one stream: the search index parsed by every command).
//
//   npm run build && node --max-old-space-size=8000 bench/cold-start.bench.mjs [sizes, default shared,10000,100000]
//
// RUNS (default 5) runs of each, median and min reported. BENCH_DIR keeps the snapshots between runs (they take
// minutes to build at 100 000 documents); without it they are built in a temporary folder and removed. BUILD_ONLY=1
// builds them and stops. FORMATS=4 leaves format 3 out (its snapshot of 100 000 documents alone takes some 20
// minutes to write); a BENCH_DIR holding only <size>.v4.ndjson (`vanban ingest <dir> --out`) is then used as it is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const formats = (process.env.FORMATS ?? '4,3').split(',').map(Number);
const dir = keep ?? mkdtempSync(join(tmpdir(), 'vanban-cold-'));
if (keep) mkdirSync(keep, { recursive: true });

/** The snapshots (versions 4 and 3) of one corpus, built unless BENCH_DIR already holds them. */
async function snapshots(size) {
  const v4 = join(dir, `${size}.v4.ndjson`);
  const v3 = join(dir, `${size}.v3.ndjson`);
  if (existsSync(v4) && (existsSync(v3) || !formats.includes(3))) return { v4, v3 };
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
  await saveSnapshot(corpus, v4);
  if (formats.includes(3)) await saveSnapshot(corpus, v3, { version: 3 });
  console.log(`${size}: built in ${fmt((performance.now() - t0) / 1000, 0)} s`);
  return { v4, v3 };
}

/**
 * Wall-clock seconds of `node args…` in a fresh process, RUNS times; a command that fails (or prints nothing) is
 * reported as such, with its last line of stderr, after its first run.
 */
function timed(args, runs = RUNS) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push((performance.now() - t0) / 1000);
    const silent = args[0] === cli && p.stdout.trim() === '';
    if (p.status !== 0 || silent) return { failed: `exit ${p.status ?? p.signal}${silent ? ', no output' : ''} after ${fmt(times[0], 1)} s: ${p.stderr.trim().split('\n').at(-1)?.slice(0, 200) ?? ''}` };
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0] };
}

const loadScript = (file, search) =>
  `import { loadSnapshot } from ${JSON.stringify(lib)}; const c = await loadSnapshot(${JSON.stringify(file)}, { search: ${JSON.stringify(search)} }); if (${search === 'eager'} && !c.searchIndex) process.exit(2);`;

if (process.env.BUILD_ONLY) {
  for (const size of sizes) await snapshots(size);
  process.exit(0);
}

const nodeZero = timed(['-e', '0'], Math.max(RUNS, 9));
console.log(`node -e 0: median ${fmt(nodeZero.median, 3)} s (machine: ${readdirSync('/sys/devices/system/cpu').filter((c) => /^cpu\d+$/.test(c)).length} cpus, node ${process.version})`);
// the CLI's own start-up, no snapshot: what a script that asks for the version or the help pays
for (const args of [['--version'], ['--help']]) {
  const t = timed([cli, ...args], Math.max(RUNS, 9));
  console.log(`vanban ${args[0]}: median ${fmt(t.median, 3)} s, min ${fmt(t.min, 3)} s (${fmt(t.median / nodeZero.median, 1)}× node -e 0, +${fmt(t.median - nodeZero.median, 3)} s)`);
}
console.log('corpus | snapshot | what | median s | min s | × node -e 0 | × reading the file');
console.log(`(${RUNS} runs of each; at 100 000 documents ${process.env.BIG_RUNS ?? RUNS} of version 4, 1 of version 3)`);

for (const size of sizes) {
  const { v4, v3 } = await snapshots(size);
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
  for (const [file, version] of [
    [v4, 4],
    [v3, 3],
  ].filter(([, v]) => formats.includes(v))) {
    const bytes = statSync(file).size;
    const label = `${size === 'shared' ? 'shared corpus' : `synthetic ${size}`} | v${version} ${fmt(mb(bytes), 0)} MB`;
    // BIG_RUNS (default RUNS) runs of each at 100 000 documents, and one of version 3 there (about 20 s a load when
    // the machine is quiet): a shared machine cannot spare more
    const big = Number(size) >= 100_000;
    const runs = big ? (version === 3 ? 1 : Number(process.env.BIG_RUNS ?? RUNS)) : RUNS;
    const time = (args) => timed(args, runs);
    const read = time(['-e', `require('node:fs').readFileSync(${JSON.stringify(file)})`]);
    const row = (what, t) =>
      console.log(t.failed ? `${label} | ${what} | failed: ${t.failed} | | |` : `${label} | ${what} | ${fmt(t.median, 3)} | ${fmt(t.min, 3)} | ${fmt(t.median / nodeZero.median, 1)} | ${fmt(t.median / read.median, 1)}`);
    row('read the file (baseline)', read);
    // version 3 at 100 000 documents: one command tells it
    if (version === 4 || !big) {
      row('loadSnapshot, graph only', time(['--input-type=module', '-e', loadScript(file, 'none')]));
      row('loadSnapshot, graph + search', time(['--input-type=module', '-e', loadScript(file, 'eager')]));
    }
    // version 3: every command parses the search part; two commands tell it (the rest cost the same)
    for (const [cmd, ...args] of version === 4 ? commands : commands.slice(0, big ? 1 : 2)) {
      const t = time([cli, cmd, ...args, '--snapshot', file]);
      row(`vanban ${[cmd, ...args.map((a) => JSON.stringify(a))].join(' ')}`, t);
    }
  }
}
if (!keep) rmSync(dir, { recursive: true, force: true });
