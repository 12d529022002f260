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
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
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

/**
 * The registry of laws (src/cite/lexicon/law-registry.ts: 84 kB of object literals once minified), read by
 * graph/resolve.ts through cite/laws.ts in every graph command, as a JSON file beside the chunks parsed at import:
 * JSON.parse of the text costs less than compiling and running the literals. The library's own module is left as
 * tsc wrote it.
 */
const LAWS_FILE = 'law-registry.json';
const lawsModule = join(dist, 'cite', 'lexicon', 'law-registry.js');
const { LAW_REGISTRY } = await import(pathToFileURL(lawsModule).href);
if (!Array.isArray(LAW_REGISTRY) || LAW_REGISTRY.length === 0) throw new Error(`bundle-cli: ${lawsModule}: not the registry expected`);
let lawsReplaced = false;
const lawsFromFile = {
  name: 'laws-from-file',
  setup(b) {
    b.onLoad({ filter: /[\\/]cite[\\/]lexicon[\\/]law-registry\.js$/ }, (args) => {
      if (args.path !== lawsModule) return undefined;
      lawsReplaced = true;
      return {
        contents: `import { readFileSync } from 'node:fs';
export const LAW_REGISTRY = JSON.parse(readFileSync(new URL(/\\/chunks\\/[^/]*$/.test(import.meta.url) ? '../${LAWS_FILE}' : './${LAWS_FILE}', import.meta.url), 'utf8'));
`,
        loader: 'js',
      };
    });
  },
};

/**
 * Two parts of zod that vanban never calls, left out of the bundle: z.compile (core/compile.js, 92 kB of source: a
 * compiler of schemas to validator functions, which zod's own parse does not import) and z.fromJSONSchema
 * (classic/from-json-schema.js, 38 kB). Every command compiles the zod chunk; calling either in the bundle throws.
 * The build stops if vanban's own code names them.
 */
const ZOD_LEFT_OUT = {
  [join('zod', 'v4', 'core', 'compile.js')]: `export const INVALID = Symbol.for('zod.compile.invalid');
const absent = (name) => () => { throw new Error('vanban: zod ' + name + ' is left out of the CLI bundle (scripts/bundle-cli.mjs)'); };
export class ZodCompileAsyncError extends Error {}
export class ZodCompileUnsupportedError extends Error {}
export const compile = absent('compile');
export const withParser = absent('withParser');
export const compileFn = absent('compileFn');
`,
  [join('zod', 'v4', 'classic', 'from-json-schema.js')]: `export const fromJSONSchema = () => { throw new Error('vanban: zod fromJSONSchema is left out of the CLI bundle (scripts/bundle-cli.mjs)'); };
`,
};
const zodLeftOut = {
  name: 'zod-left-out',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/](?:core[\\/]compile|classic[\\/]from-json-schema)\.js$/ }, (args) => {
      const key = Object.keys(ZOD_LEFT_OUT).find((k) => args.path.endsWith(k));
      return key ? { contents: ZOD_LEFT_OUT[key], loader: 'js' } : undefined;
    });
  },
};

// chunks of an earlier build would be shipped beside the new ones
rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
writeFileSync(join(outdir, DIVISIONS_FILE), divisionTexts.join('\0'));
writeFileSync(join(outdir, LAWS_FILE), JSON.stringify(LAW_REGISTRY));
// what the bundle leaves out of zod must stay unused by vanban (tsc's output, the CLI's own entry aside)
for (const f of readdirSync(dist, { recursive: true })) {
  if (!String(f).endsWith('.js') || String(f).startsWith(`cli${sep}chunks`)) continue;
  if (/\bz\.(?:compile|withParser|fromJSONSchema)\b|\b(?:compileFn|fromJSONSchema)\(/.test(readFileSync(join(dist, String(f)), 'utf8'))) throw new Error(`bundle-cli: ${f} calls a part of zod the bundle leaves out (ZOD_LEFT_OUT)`);
}
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
  plugins: [zodEnglishOnly, zodLeftOut, divisionsFromFile, lawsFromFile],
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
if (!lawsReplaced) throw new Error(`bundle-cli: ${lawsModule} was not met: the registry would be compiled into a chunk`);
// which modules each chunk holds, for checking what a command loads (docs/layout.md, "What a question imports")
if (process.env.VANBAN_BUNDLE_META) writeFileSync(process.env.VANBAN_BUNDLE_META, JSON.stringify(result.metafile));
const outputs = Object.entries(result.metafile.outputs);
const bytes = outputs.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundle-cli: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} kB in ${outdir} (${(performance.now() - started).toFixed(0)} ms)`);
