/**
 * The package as a stranger gets it, installed into a fresh consumer project three ways:
 *  - the tarball `npm pack` makes (what `npm publish` uploads; packed with --ignore-scripts, so it holds the dist/
 *    the build left in this checkout, as CI builds it right before the tests),
 *  - a git URL: a `git clone` of HEAD of the checkout the test runs in (uncommitted work is not in it), installed
 *    with `npm install git+file://…`, so npm itself installs the dev dependencies and builds dist/ by `prepare`,
 *  - a local path, `npm install /path/to/checkout` (a symlink to this checkout and its dist/), with --ignore-scripts:
 *    npm would otherwise run this checkout's `prepare` and rebuild its dist/ in place (~35 s) from the working tree,
 *    under the feet of anything else reading dist/ at the time; the git install is the one that proves `prepare`.
 * In each consumer an ESM script imports, a CommonJS script requires (Node ≥ 20.19 / 22.12 load ESM from
 * require()), the bin runs, and tsc checks a .ts and a .cts file against the shipped types; a @ts-expect-error
 * line in each makes the check fail if the types degrade to `any` or do not resolve.
 * Network: npm runs with --prefer-offline, so the packages come from the cache `npm ci` filled.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
const STEP_TIMEOUT = 400_000; // the git install (dev dependencies, then a full tsc build) took 66-134 s on 2 busy cores

// `npm test` exports its own lifecycle variables (npm_package_json, npm_lifecycle_event, INIT_CWD …) which would
// describe this repository to the nested npm runs; a consumer's shell has none of them. npm_config_* stay (a
// registry or cache the caller configured applies to the consumer too).
function consumerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('npm_') && !k.startsWith('npm_config_')) continue;
    if (k === 'INIT_CWD' || k === 'npm_config_local_prefix' || k === 'NODE_ENV' || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  return env;
}

interface Ran { code: number | null; out: string; err: string; ms: number }

function run(cmd: string, args: string[], cwd: string, timeout = STEP_TIMEOUT - 10_000): Promise<Ran> {
  const t0 = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env: consumerEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err, ms: Date.now() - t0 }));
  });
}

async function ok(cmd: string, args: string[], cwd: string): Promise<Ran> {
  const r = await run(cmd, args, cwd);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.code}\n${r.err}\n${r.out}`);
  return r;
}

const TEXT = 'Căn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương';
const EXPECTED_IDS = ['dang:18-NQ/TW#XII'];

const consumerFiles: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2),
  'esm.mjs': `
import { extractCitations } from 'vanban';
import { extract } from 'vanban/cite';
import { annotate } from 'vanban/annotate';
const ids = extractCitations(${JSON.stringify(TEXT)}).map((c) => c.id);
const links = annotate(${JSON.stringify(TEXT)}, extract(${JSON.stringify(TEXT)}).citations, { link: (c) => '/d/' + c.id, format: 'html' }).split('<a ').length - 1;
console.log(JSON.stringify({ ids, viaSubpath: extract(${JSON.stringify(TEXT)}).citations.length, links }));
`,
  'cjs.cjs': `
const vanban = require('vanban');
const { normalizeText } = require('vanban/text');
const ids = vanban.extractCitations(${JSON.stringify(TEXT)}).map((c) => c.id);
// require() and import() must give the one module instance (no dual-package hazard)
import('vanban').then((esm) => {
  console.log(JSON.stringify({ ids, normalize: typeof normalizeText, sameInstance: esm.Corpus === vanban.Corpus }));
});
`,
  'esm.ts': `
import { extractCitations, type Citation } from 'vanban';
import { Corpus } from 'vanban/graph';
const citations: Citation[] = extractCitations('Nghị quyết số 18-NQ/TW');
const id: string = citations[0]!.id;
const corpus: Corpus = new Corpus();
// @ts-expect-error the text is a string: fails to compile if the types are missing or any
extractCitations(42);
export { id, corpus };
`,
  'cjs.cts': `
import vanban = require('vanban');
const citations: vanban.Citation[] = vanban.extractCitations('Nghị quyết số 18-NQ/TW');
// @ts-expect-error the text is a string: fails to compile if the types are missing or any
vanban.extractCitations(42);
export = citations.length;
`,
};

function tsconfig(checkLibs: boolean): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true,
      // with checkLibs the shipped declarations are checked too (one naming a dev-only package or a missing file
      // fails); that also checks every other library's and costs ~10 s of CPU, so it is done for the tarball only
      skipLibCheck: !checkLibs,
      types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
    },
    files: ['esm.ts', 'cjs.cts'],
  }, null, 2);
}

let tmp = '';
const timings: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
  tmp = await mkdtemp(join(tmpdir(), 'vanban-package-'));
});

afterAll(async () => {
  if (timings.length) console.log(`package install timings: ${timings.join(', ')}`);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function consumer(name: string, checkLibs: boolean): Promise<string> {
  const dir = join(tmp, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(consumerFiles)) await writeFile(join(dir, file), text);
  await writeFile(join(dir, 'tsconfig.json'), tsconfig(checkLibs));
  return dir;
}

async function installAndUse(name: string, spec: string, checkLibs = false, npmFlags: string[] = []): Promise<void> {
  const dir = await consumer(name, checkLibs);
  const install = await ok('npm', ['install', ...NPM_FLAGS, ...npmFlags, spec], dir);
  timings.push(`${name} install ${(install.ms / 1000).toFixed(1)} s`);
  expect(existsSync(join(dir, 'node_modules', 'vanban', 'dist', 'index.d.ts'))).toBe(true);

  const esm = JSON.parse((await ok('node', ['esm.mjs'], dir)).out) as { ids: string[]; viaSubpath: number; links: number };
  expect(esm.links).toBe(EXPECTED_IDS.length);
  expect(esm.ids).toEqual(EXPECTED_IDS);
  expect(esm.viaSubpath).toBe(EXPECTED_IDS.length);

  const cjsRun = await ok('node', ['cjs.cjs'], dir);
  const cjs = JSON.parse(cjsRun.out) as { ids: string[]; normalize: string; sameInstance: boolean };
  expect(cjs).toEqual({ ids: EXPECTED_IDS, normalize: 'function', sameInstance: true });
  // a consumer's require() should be quiet (an ExperimentalWarning here would reach every user's terminal)
  expect(cjsRun.err).toBe('');

  const tsc = await run('node', [TSC, '-p', 'tsconfig.json'], dir);
  expect(tsc.out + tsc.err, 'tsc on the consumer').toBe('');
  expect(tsc.code).toBe(0);

  const vanban = join(dir, 'node_modules', '.bin', 'vanban');
  const bin = await ok(vanban, ['--help'], dir);
  expect(bin.out).toMatch(/extract/);

  // a question from the installed bin: the CLI bundle reads data files shipped beside its chunks (the law registry,
  // read by every graph command; the divisions, read by coverage), which --help never opens
  await mkdir(join(dir, 'docs'));
  await writeFile(join(dir, 'docs', 'province.txt'), PROVINCE_PLAN);
  await writeFile(join(dir, 'docs', 'district.txt'), DISTRICT_PLAN);
  await ok(vanban, ['ingest', 'docs', '--out', 'corpus.ndjson'], dir);
  const trace = await ok(vanban, ['trace', '18-NQ/TW', '--snapshot', 'corpus.ndjson', '--json'], dir);
  expect(trace.out).toContain('vn:12/KH-UBND@tinh-ha-tinh#2018');
  const coverage = JSON.parse((await ok(vanban, ['coverage', '18-NQ/TW', '--snapshot', 'corpus.ndjson', '--json'], dir)).out) as { rows: { name: string; count: number }[] };
  expect(coverage.rows.find((r) => r.name === 'Hà Tĩnh')?.count).toBe(2);
}

const PROVINCE_PLAN = 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 15 tháng 3 năm 2018\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; căn cứ Luật Đất đai số 45/2013/QH13\n';
const DISTRICT_PLAN = 'ỦY BAN NHÂN DÂN\nHUYỆN KỲ ANH\nSố: 3/KH-UBND\nKỳ Anh, ngày 20 tháng 4 năm 2018\n\nKẾ HOẠCH\nThực hiện Kế hoạch số 12/KH-UBND ngày 15/3/2018 của UBND tỉnh Hà Tĩnh về thực hiện Nghị quyết số 18-NQ/TW\n';

describe('the package installed into a consumer project', () => {
  it('packs the built files, the licence and the changelog, and no source maps pointing at unshipped sources', async () => {
    const packDir = join(tmp, 'pack');
    await mkdir(packDir);
    const r = await ok('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], ROOT);
    const [info] = JSON.parse(r.out) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/cli/law-registry.json', 'dist/cli/divisions.txt'])
      expect(files, f).toContain(f);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => !/^(dist\/|LICENSE$|README\.md$|CHANGELOG\.md$|package\.json$)/.test(f))).toEqual([]);

    // every target the exports map names is in the tarball
    const pkg = (await import(pathToFileURL(join(ROOT, 'package.json')).href, { with: { type: 'json' } })) as {
      default: { exports: Record<string, string | Record<string, string>> };
    };
    for (const [sub, target] of Object.entries(pkg.default.exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target))
        expect(files, `${sub} → ${path}`).toContain(path.replace(/^\.\//, ''));
    }
    expect(await readdir(packDir)).toEqual([info!.filename]);
  }, STEP_TIMEOUT);

  it('installs from the packed tarball: import, require, bin and types work', async () => {
    const [tarball] = await readdir(join(tmp, 'pack'));
    expect(tarball).toMatch(/^vanban-.*\.tgz$/);
    await installAndUse('from-tarball', join(tmp, 'pack', tarball!), true);
  }, STEP_TIMEOUT);

  it('installs from a git URL (HEAD of this checkout), building dist/ by prepare', async () => {
    const clone = join(tmp, 'clone');
    await ok('git', ['clone', '--quiet', ROOT, clone], tmp);
    expect(existsSync(join(clone, 'dist'))).toBe(false);
    // npm caches what it built from a git commit: a fresh commit (same tree) makes it run prepare every time
    await ok('git', ['-c', 'user.name=package test', '-c', 'user.email=package-test@example.invalid',
      'commit', '--quiet', '--allow-empty', '--no-verify', '-m', 'package test'], clone);
    await installAndUse('from-git', `git+${pathToFileURL(clone).href}`);
  }, STEP_TIMEOUT);

  it('installs from a local path: import, require, bin and types work', async () => {
    await installAndUse('from-path', ROOT, false, ['--ignore-scripts']);
  }, STEP_TIMEOUT);
});
