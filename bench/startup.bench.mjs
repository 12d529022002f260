// Start-up of the CLI, cold: each command a fresh process under /usr/bin/time, the builds given alternated run by
// run (so a change of the machine's load falls on all of them), median of RUNS of wall clock and of CPU (user +
// system: steadier than wall clock on a shared machine).
//
//   node bench/startup.bench.mjs RUNS DIST [DIST …]      e.g. node bench/startup.bench.mjs 9 dist /tmp/other/dist
//   SNAP=<snapshot> (default /tmp/cold/shared.v4.ndjson)  CMDS=node,version,help,trace,search,coverage,missing,load
//
// `load` is trace with a missing snapshot: the modules of a graph command and nothing else.
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 5);
const dirs = process.argv.slice(3);
if (dirs.length === 0) dirs.push('dist');
const S = process.env.SNAP ?? '/tmp/cold/shared.v4.ndjson';
const cmds = (process.env.CMDS ?? 'node,version,help,trace,search').split(',');
const argsOf = {
  version: ['--version'],
  help: ['--help'],
  trace: ['trace', '18-NQ/TW', '--snapshot', S],
  search: ['search', 'tinh gọn bộ máy', '--snapshot', S],
  coverage: ['coverage', '18-NQ/TW', '--snapshot', S],
  missing: ['missing', '--snapshot', S],
  load: ['trace', '18-NQ/TW', '--snapshot', '/nonexistent'],
};
const res = {};
for (let i = 0; i < runs; i++) {
  for (const d of dirs) {
    for (const c of cmds) {
      const a = c === 'node' ? ['node', '-e', '0'] : ['node', `${d}/cli/main.js`, ...argsOf[c]];
      const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', ...a], { encoding: 'utf8' });
      if (r.status !== 0 && c !== 'load') console.error(d, c, 'exit', r.status, r.stderr?.slice(0, 300));
      const [e, u, s] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
      ((res[d] ??= {})[c] ??= []).push([e, u + s]);
    }
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const d of dirs) console.log(d.padEnd(12), Object.entries(res[d]).map(([c, a]) => `${c} ${median(a.map((x) => x[1])).toFixed(2)}/${median(a.map((x) => x[0])).toFixed(2)}`).join('  '), '(CPU/wall s)');
