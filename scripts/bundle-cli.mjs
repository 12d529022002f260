// The CLI as one ESM entry with code-split chunks (esbuild), written over tsc's dist/cli/main.js.
//
// Why: a command started from tsc's output opened about 210 modules (95 of them zod's) and spent
// ~0.14 s of a 1 s `vanban trace` resolving, stat-ing and compiling them; Node 20 has no compile
// cache for ES modules. The bundle is built from tsc's own JavaScript (not from the TypeScript:
// the code that runs is the code tsc emitted and the tests typecheck), keeps every dynamic
// import() a split point (the server, PostgreSQL, exporters, Markdown/HTML readers stay on demand),
// and inlines only the pure-JavaScript packages every command loads. The library entries
// (dist/index.js, dist/search/…) are left as tsc wrote them.
//
// Usage: node scripts/bundle-cli.mjs [distDir]   (after `tsc -p tsconfig.build.json`; `npm run build` runs both)
//        VANBAN_BUNDLE_META=<file>: also write esbuild's metafile there (the modules of each chunk)
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const outdir = join(dist, 'cli');

/**
 * Packages compiled into the bundle: loaded by every command, small, and without run-time
 * resolution of their own files. The rest stay imports of node_modules: the ones loaded on demand
 * (fastify, pg, mammoth, jszip, yauzl, the unified parsers, graphology's algorithms, cli-progress),
 * and d3, whose file the coverage page finds through require.resolve.
 */
const INLINE = new Set(['zod', 'commander', 'cli-table3', 'flexsearch', 'graphology', 'ignore']);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies)
  .filter((d) => !INLINE.has(d))
  .flatMap((d) => [d, `${d}/*`]);

/**
 * zod's 47 locales are half of its source (360 of 760 kB) and every import of `z` keeps them (the
 * namespace exports `locales`). vanban never calls z.config with another locale: its messages are
 * English, written by vanban or by zod's default `en`, which zod imports by itself.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'vanban-stub' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'vanban-stub' }, () => ({
      contents: `export { default as en } from ${JSON.stringify(join(root, 'node_modules/zod/v4/locales/en.js'))};`,
      resolveDir: root,
    }));
  },
};

/**
 * The official lists of places (src/place/data/divisions.ts: 0.5 MB of text in string literals) as a text file
 * beside the chunks, read in one call when the gazetteer is imported: compiling the literals (escaped to ASCII by
 * esbuild) cost every command that imports the gazetteer about 20 ms, reading the file 2-5 ms. The library's own
 * dist/place/data/divisions.js is left as tsc wrote it; the file holds its strings joined by NUL, which no
 * line of them holds.
 */
const DIVISIONS_FILE = 'divisions.txt';
const divisionsModule = join(dist, 'place', 'data', 'divisions.js');
const divisions = await import(pathToFileURL(divisionsModule).href);
const divisionTexts = [divisions.DIVISIONS_BEFORE_2025_07, divisions.DIVISIONS_FROM_2025_07, divisions.PROVINCE_SUCCESSORS];
if (divisionTexts.some((t) => typeof t !== 'string' || t.includes('\0'))) throw new Error(`bundle-cli: ${divisionsModule}: not the lists expected`);
const divisionsFromFile = {
  name: 'divisions-from-file',
  setup(b) {
    b.onLoad({ filter: /[\\/]place[\\/]data[\\/]divisions\.js$/ }, (args) => {
      if (args.path !== divisionsModule) return undefined;
      divisionsReplaced = true;
      return {
        // the chunk that holds this is in cli/chunks/ (any module the entry does not import itself is), the file in cli/
        contents: `import { readFileSync } from 'node:fs';
const texts = readFileSync(new URL(/\\/chunks\\/[^/]*$/.test(import.meta.url) ? '../${DIVISIONS_FILE}' : './${DIVISIONS_FILE}', import.meta.url), 'utf8').split('\\0');
export const DIVISIONS_BEFORE_2025_07 = texts[0];
export const DIVISIONS_FROM_2025_07 = texts[1];
export const PROVINCE_SUCCESSORS = texts[2];
export const DIVISIONS_DATA_DATE = ${JSON.stringify(divisions.DIVISIONS_DATA_DATE)};
`,
        loader: 'js',
      };
    });
  },
};
let divisionsReplaced = false;

// chunks of an earlier build would be shipped beside the new ones
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
writeFileSync(join(outdir, DIVISIONS_FILE), divisionTexts.join('\0'));
const started = performance.now();
const result = await build({
  entryPoints: { main: join(outdir, 'main.js') },
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  external,
  plugins: [zodEnglishOnly, divisionsFromFile],
  // commander and cli-table3 are CommonJS: their require() of Node's modules needs a real require
  banner: { js: "import { createRequire as __vanbanCreateRequire } from 'node:module'; const require = __vanbanCreateRequire(import.meta.url);" },
  // whitespace and syntax only: names stay (a --debug stack still names its functions). A cold command compiles
  // every chunk it opens (Node 20 has no compile cache for ES modules): 2.26 -> 1.75 MB of source
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
});
if (!divisionsReplaced) throw new Error(`bundle-cli: ${divisionsModule} was not met: the lists would be compiled into a chunk`);
// which modules each chunk holds, for checking what a command loads (docs/layout.md, "What a question imports")
if (process.env.VANBAN_BUNDLE_META) writeFileSync(process.env.VANBAN_BUNDLE_META, JSON.stringify(result.metafile));
const outputs = Object.entries(result.metafile.outputs);
const bytes = outputs.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundle-cli: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} kB in ${outdir} (${(performance.now() - started).toFixed(0)} ms)`);
