// `npm run build` for npm's `prepare`, skipped when dist/ was built by this script from the same inputs.
//
// Why: installing from a git URL, npm runs `prepare` twice in the clone (pacote's `npm install` there runs it,
// then packing the clone runs it again), and each build is a full tsc of the project (~20 s of a 70 s install).
// The inputs of the build are hashed (the sources, the build's configs and scripts, the manifest and lockfile)
// into dist/.prepared; a second `prepare` with the same hash and the entries present does nothing. `npm run
// build` itself always builds; `npm pack`'s prepack removes dist/, stamp included.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = join(root, 'dist', '.prepared');
const INPUTS = ['src', 'scripts/bundle-cli.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];

function files(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => files(join(path, name)));
}

const hash = createHash('sha256');
for (const f of INPUTS.flatMap(files)) hash.update(`${f}\0`).update(readFileSync(join(root, f))).update('\0');
const inputs = hash.digest('hex');

const built = ['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js'].every((f) => existsSync(join(root, f)));
if (built && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === inputs) {
  console.log('vanban: dist/ is built from these sources already');
} else {
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(STAMP, `${inputs}\n`);
}
