import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve as resolvePath, sep } from 'node:path';
import Table from 'cli-table3';
import type { Command } from 'commander';
import type pg from 'pg';
import { z } from 'zod';
import { RelationSchema } from '../cite/schema.js';
import type { SkippedEntry } from '../doc/corpus.js';
import { Corpus } from '../graph/corpus.js';
import { unitOfSlug } from '../graph/places.js';
import { loadSnapshot, saveSnapshot, SnapshotError } from '../graph/snapshot.js';
import type { ExportFormat } from '../graph/export.js';
import { writeTextAtomic } from '../graph/atomic-write.js';
import { StoreError } from '../store/errors.js';
import { MemoryStore } from '../store/memory.js';
import type { Store } from '../store/store.js';
import { isDatabaseUrl, redact } from '../store/url.js';
import { SCHEMA_VERSION } from '../store/postgres/migrations.js';

/** The PostgreSQL client and store, loaded by the commands given --db (the others start without them). */
const database = () => import('../store/postgres/index.js');
/** The exporters (graphology-gexf, @xmldom/xmldom) and the progress bar, likewise loaded by the one command that uses each. */
const exporters = () => import('../graph/export.js');
const progressBar = () => import('cli-progress');
/**
 * The folder walk (src/doc/corpus.ts: `ignore`, the readers and the extractor behind them) and the search engine
 * (flexsearch), loaded by the commands that read a folder: a question about a snapshot needs neither.
 */
const folderWalk = () => import('../doc/corpus.js');
const newSearchIndex = async () => new (await import('../search/search-index.js')).SearchIndex();
// by file, not the answers' index: its extract answers load the readers and the extractor
import { AnswerError, ParameterError } from '../answers/errors.js';
import { checkAnswer, citesAnswer, coverageAnswer, coveragePageAnswer, missingAnswer, pathAnswer, rankAnswer, searchAnswer, traceAnswer } from '../answers/graph.js';
// the builders, not params.ts's built schemas: a command builds the schema of its own question only
import { COVERAGE_LEVELS, coverageParamsSchema, missingParamsSchema, rankParamsSchema, SEARCH_MAX, searchParamsSchema, TRACE_LIMIT, TRACE_MAX, traceParamsSchema } from '../answers/param-schemas.js';
import { checkFolder, checkOutFile, FAMILIES, LEVELS, limitFlagsSchema, limitOptions, limitsFromFlags, parseFlags, TYPE_NAMES, UsageError } from './options.js';
import type { Io } from './run.js';

const PLAIN = { head: [], border: [], compact: true };
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

interface SourceFlags {
  snapshot?: string;
  corpus?: string;
  db?: string;
  json?: boolean;
  /** undefined: the manifests beside the documents; a path: that one; false (--no-manifest): none */
  manifest?: string | false;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Corpus.fromFolder's manifest options from --manifest / --no-manifest (the folders' own by default). */
function manifestOptions(flag: string | false | undefined): { manifests?: boolean; manifest?: string } {
  if (flag === false) return {};
  return typeof flag === 'string' ? { manifest: flag } : { manifests: true };
}

/** An explicit manifest that cannot be read is a usage error, said before any document is read. */
async function checkManifestFlag(flag: string | false | undefined, io: Io): Promise<boolean> {
  if (typeof flag !== 'string') return true;
  try {
    await access(flag, constants.R_OK);
    if ((await stat(flag)).isFile()) return true;
    io.stderr(`vanban: --manifest ${flag}: not a file (a MANIFEST.tsv or vanban.manifest.json)\n`);
    return false;
  } catch {
    io.stderr(`vanban: --manifest ${flag}: no such file (or not readable)\n`);
    return false;
  }
}

/**
 * The corpus a command reads: a snapshot, or a folder ingested now. `withSearch`: true, a search
 * index is needed (a snapshot without one is refused); 'when-possible', a folder gets one and a
 * snapshot is taken as it is (`serve` answers the rest without it). `graph`: 'lazy', a snapshot's graph part is read
 * on first touch (loadSnapshot's option), for a command that may need no graph at all.
 */
export async function openStore(command: string, flags: SourceFlags, io: Io, withSearch: boolean | 'when-possible' = false, graph: 'eager' | 'lazy' = 'eager'): Promise<Store | null> {
  const given = (['snapshot', 'corpus', 'db'] as const).filter((f) => flags[f] !== undefined);
  if (given.length > 1) throw new UsageError(`vanban ${command}: ${given.map((f) => `--${f}`).join(' and ')}: expected one of them, not ${given.length === 2 ? 'both' : 'several'}`);
  if (flags.db !== undefined) {
    if (!isDatabaseUrl(flags.db)) throw new UsageError(`vanban ${command}: --db ${JSON.stringify(redact(flags.db))}: expected a PostgreSQL URL (postgres://user@host:port/database)`);
    try {
      const { PostgresStore } = await database();
      const store = await PostgresStore.open(flags.db);
      openedStores.add(store);
      return store;
    } catch (e) {
      if (!(e instanceof StoreError)) throw e;
      io.stderr(`vanban: ${e.message}\n`);
      return null;
    }
  }
  const corpus = await openCorpus(command, flags, io, withSearch, graph);
  return corpus && new MemoryStore(corpus);
}

/** The database stores this process opened: their pools are closed when the command ends (or the process would wait on them). */
const openedStores = new Set<Store>();

export async function closeOpenedStores(): Promise<void> {
  const stores = [...openedStores];
  openedStores.clear();
  await Promise.all(stores.map((s) => s.close().catch(() => {})));
}

async function openCorpus(command: string, flags: SourceFlags, io: Io, withSearch: boolean | 'when-possible', graph: 'eager' | 'lazy'): Promise<Corpus | null> {
  if (flags.snapshot) {
    try {
      // a command that does not search leaves the search part unread and the search engine (flexsearch, the query reader,
      // the extractor behind it) unimported: search 'none' (the default 'lazy' imports the engine at load)
      const corpus = await loadSnapshot(flags.snapshot, { graph, ...(withSearch === false ? { search: 'none' as const } : {}) });
      if (withSearch === true && !corpus.hasSearchIndex) {
        io.stderr(`vanban: ${flags.snapshot} holds no search index (written with --no-search): ingest again without it, or use --corpus <dir>\n`);
        return null;
      }
      return corpus;
    } catch (e) {
      // anything else (a folder given as the snapshot, a read error) goes to run's one-line handler
      if (!(e instanceof SnapshotError)) throw e;
      io.stderr(`vanban: ${e.message}\n`);
      return null;
    }
  }
  if (flags.corpus) {
    await checkFolder(command, '--corpus', flags.corpus);
    if (!(await checkManifestFlag(flags.manifest, io))) throw new UsageError(`vanban ${command}: --manifest ${JSON.stringify(flags.manifest)}: no such file (or not readable)`);
    return Corpus.fromFolder(flags.corpus, { ...manifestOptions(flags.manifest), ...(withSearch ? { searchIndex: await newSearchIndex() } : {}) });
  }
  throw new UsageError(`vanban ${command}: give --snapshot <file>, --corpus <dir> or --db <postgres://…>`);
}

/**
 * The answer (src/answers: the object `--json` prints and `vanban serve` sends), or null once its
 * refusal is said: a bad parameter is a usage error (exit 2); a reference that names no document or
 * several, or a corpus that cannot answer, is one line (exit 1).
 */
async function ask<T>(command: string, io: Io, answer: () => T | Promise<T>): Promise<T | null> {
  try {
    return await answer();
  } catch (e) {
    if (e instanceof ParameterError) throw new UsageError(`vanban ${command}: ${e.asFlag()}`);
    if (e instanceof AnswerError || e instanceof StoreError) {
      io.stderr(`vanban: ${e.message}\n`);
      return null;
    }
    throw e;
  }
}

const printJson = (io: Io, value: unknown): void => io.stdout(JSON.stringify(value, null, 2) + '\n');

const SourceFlagsSchema = z.object({
  snapshot: z.string().optional(),
  corpus: z.string().optional(),
  db: z.string().optional(),
  manifest: z.union([z.string(), z.literal(false)]).optional(),
  json: z.boolean().optional(),
});

/** The folder to walk and the file to write, checked before anything is read. */
async function checkIngest(dir: string, out: string): Promise<void> {
  await checkFolder('ingest', 'the folder', dir);
  await checkOutFile('ingest', '--out', out);
}

/** `vanban ingest <dir> --db <url>`: the folder into the database, file by file; the exit code. */
async function ingestDatabase(dir: string, url: string, flags: { prune?: boolean; bulk?: boolean; progress: boolean; manifest?: string | false; includeAll?: boolean; limits: ReturnType<typeof limitsFromFlags> }, io: Io): Promise<number> {
  if (!isDatabaseUrl(url)) throw new UsageError(`vanban ingest: --db ${JSON.stringify(redact(url))}: expected a PostgreSQL URL (postgres://user@host:port/database)`);
  await checkFolder('ingest', 'the folder', dir);
  if (!(await checkManifestFlag(flags.manifest, io))) return 2;
  const { PostgresStore, ingestIntoDatabase, bulkIngestIntoDatabase } = await database();
  let store: Awaited<ReturnType<typeof PostgresStore.open>>;
  try {
    store = await PostgresStore.open(url);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    io.stderr(`vanban: ${e.message}\n`);
    return 1;
  }
  openedStores.add(store);
  const skipped: SkippedEntry[] = [];
  const bad: string[] = [];
  let done = 0;
  let report;
  try {
    report = await (flags.bulk ? bulkIngestIntoDatabase : ingestIntoDatabase)(store, dir, {
      ...manifestOptions(flags.manifest),
      ...(flags.includeAll ? { includeAll: true } : {}),
      ...(flags.prune ? { prune: true } : {}),
      limits: flags.limits,
      onSkip: (s) => skipped.push(s),
      onProgress: (p) => {
        done++;
        if (p.outcome === 'failed') bad.push(`  bad file ${p.path}: ${p.error ?? ''}`);
        if (flags.progress && done % 50 === 0) io.stderr(`ingest: ${done} files\n`);
      },
    });
  } catch (e) {
    // a database that cannot take the ingest (a read-only replica) is said in one line, before any file was written
    if (!(e instanceof StoreError)) throw e;
    io.stderr(`vanban: ${e.message}\n`);
    return 1;
  }
  const stats = await store.stats();
  const { describeSkipped } = await folderWalk();
  io.stdout(
    [
      `files: ${report.added} added, ${report.replaced} replaced, ${report.unchanged} unchanged, ${report.failed} bad${flags.prune ? `, ${report.pruned} removed (gone from the folder)` : ''}; ${report.merged} incomplete ids merged`,
      `skipped: ${describeSkipped(skipped)}`,
      `database: ${stats.documents} documents, ${stats.nodes} nodes, ${stats.edges} edges, ${stats.badFiles} bad files`,
      ...bad,
      `database: ${redact(url)}`,
    ].join('\n') + '\n',
  );
  return report.failed > 0 ? 1 : 0;
}

/** `vanban ingest <dir> --update <snapshot>`: the snapshot brought up to date with the folder, written back atomically; the exit code. */
async function updateSnapshot(dir: string, file: string, flags: { search: boolean; manifest?: string | false; includeAll?: boolean; limits: ReturnType<typeof limitsFromFlags> }, io: Io): Promise<number> {
  await checkFolder('ingest', 'the folder', dir);
  await checkOutFile('ingest', '--update', file);
  if (!(await checkManifestFlag(flags.manifest, io))) return 2;
  const skipped: SkippedEntry[] = [];
  let corpus: Corpus;
  let started: number;
  let r: Awaited<ReturnType<Corpus['update']>>;
  let changed: boolean;
  try {
    corpus = await loadSnapshot(file);
    // the documents are known by their paths as the ingest wrote them ('corpus/…', '/data/corpus/…'): the same folder
    // given another way would be read as new files beside the old ones, the corpus doubled, nothing said
    const prefix = join(dir, sep);
    const paths = [...corpus.documents.values()].filter((p): p is string => p !== null);
    if (paths.length > 0 && !paths.some((p) => p.startsWith(prefix))) {
      io.stderr(`vanban ingest: --update ${JSON.stringify(file)}: none of its documents is in ${JSON.stringify(dir)} as written (they are at paths like ${JSON.stringify(paths[0])}): give the folder as it was given to the ingest that wrote the snapshot\n`);
      return 2;
    }
    started = performance.now();
    // the search part is read when the first document is added or removed (a snapshot written with --no-search stays
    // without one): an update that finds nothing changed never reads it (at 100 000 documents, 0.9 GB of the 1.2)
    r = await corpus.update(dir, { ...manifestOptions(flags.manifest), ...(flags.includeAll ? { includeAll: true } : {}), limits: flags.limits, onSkip: (s) => skipped.push(s) });
    changed = r.added + r.replaced + r.removed + r.failed > 0;
    // an unchanged folder leaves the file as it was (not even rewritten); a damaged search part met on the way is
    // refused here as well, before anything is written
    if (changed) await saveSnapshot(corpus, file);
  } catch (e) {
    if (!(e instanceof SnapshotError)) throw e;
    io.stderr(`vanban: ${e.message}\n`);
    return 1;
  }
  const { describeSkipped } = await folderWalk();
  io.stdout(
    [
      `files: ${r.added} added, ${r.replaced} replaced, ${r.unchanged} unchanged, ${r.removed} removed, ${r.failed} bad (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      `skipped: ${describeSkipped(skipped)}`,
      `graph: ${corpus.graph.order} nodes, ${corpus.graph.size} edges; documents: ${corpus.documents.size}, bad files: ${corpus.badFiles.length}`,
      ...corpus.badFiles.map((b) => `  bad file ${b.path}: ${b.error}`),
      `snapshot: ${file}${changed ? '' : ' (unchanged)'}`,
    ].join('\n') + '\n',
  );
  return corpus.badFiles.length > 0 ? 1 : 0;
}

/** `vanban db migrate|status --db <url>`: the database's schema. */
function addDatabaseCommands(program: Command, io: Io, setCode: (c: number) => void): void {
  const db = program.command('db').description('the PostgreSQL store: its schema (docs/postgres.md)');
  const connect = async (command: string, url: string): Promise<pg.Pool> => {
    if (!isDatabaseUrl(url)) throw new UsageError(`vanban db: ${command}: --db ${JSON.stringify(redact(url))}: expected a PostgreSQL URL (postgres://user@host:port/database)`);
    return (await database()).adminPool(url);
  };
  db.command('migrate')
    .description(`bring the database's schema to version ${SCHEMA_VERSION} (safe to run again; two at once wait for each other)`)
    .requiredOption('--db <url>', 'the database (postgres://user@host:port/database)')
    .action(async (flags: { db: string }) => {
      const pool = await connect('migrate', flags.db);
      try {
        const applied = await (await database()).migrate(pool);
        io.stdout(applied.length ? `migrated ${redact(flags.db)} to schema version ${SCHEMA_VERSION} (applied ${applied.join(', ')})\n` : `${redact(flags.db)} is at schema version ${SCHEMA_VERSION}: nothing to do\n`);
        setCode(0);
      } catch (e) {
        io.stderr(`vanban: ${e instanceof StoreError ? e.message : `cannot migrate ${redact(flags.db)}: ${(e as Error).message}`}\n`);
        setCode(1);
      } finally {
        await pool.end();
      }
    });
  db.command('status')
    .description("the database's schema version, and the one this vanban needs")
    .requiredOption('--db <url>', 'the database (postgres://user@host:port/database)')
    .action(async (flags: { db: string }) => {
      const pool = await connect('status', flags.db);
      try {
        const client = await pool.connect();
        const at = await (await database()).schemaVersion(client).finally(() => client.release());
        io.stdout(`${redact(flags.db)}: schema version ${at}${at === SCHEMA_VERSION ? ' (current)' : at < SCHEMA_VERSION ? ` (this vanban needs ${SCHEMA_VERSION}: run \`vanban db migrate\`)` : ` (newer than this vanban's ${SCHEMA_VERSION})`}\n`);
        setCode(at === SCHEMA_VERSION ? 0 : 1);
      } catch (e) {
        io.stderr(`vanban: cannot read ${redact(flags.db)}: ${(e as Error).message}\n`);
        setCode(1);
      } finally {
        await pool.end();
      }
    });
}

export function addGraphCommands(program: Command, io: Io, setCode: (c: number) => void): void {
  addDatabaseCommands(program, io, setCode);
  const source = (c: Command): Command => {
    c.option('--snapshot <file>', 'a snapshot written by `vanban ingest`')
      .option('--corpus <dir>', 'ingest this folder on the fly')
      .option('--db <url>', 'a PostgreSQL database filled by `vanban ingest --db` (postgres://user@host:port/database; docs/postgres.md)')
      .option('--manifest <file>', 'with --corpus: complete lost headers from this manifest (default: MANIFEST.tsv or vanban.manifest.json beside the documents)')
      .option('--no-manifest', 'with --corpus: read no manifest');
    // export writes its own formats: no --json
    return c.name() === 'export' ? c : c.option('--json', `print JSON (docs/schema/${c.name()}.json)`);
  };

  limitOptions(program
    .command('ingest'))
    .description('read a folder into a corpus snapshot (documents, citations, graph)')
    .argument('<dir>', 'folder of documents')
    .option('--out <file>', 'snapshot file to write (its folder must exist)')
    .option('--db <url>', 'write into this PostgreSQL database instead (migrated by `vanban db migrate`): one transaction per file, unchanged files skipped')
    .option('--prune', 'with --db: remove the documents of this folder whose files are gone')
    .option('--bulk', 'with --db, into an empty database: the whole folder in one transaction, the graph written at the end (a first load: much faster than file by file; all or nothing)')
    .option('--update <snapshot>', 'bring this snapshot (written by ingest of the same folder) up to date: only files added, changed or removed since are read; written back atomically')
    .option('--no-progress', 'no progress bar')
    .option('--no-search', 'leave the full-text index out of the snapshot (smaller, faster; `vanban search` then needs --corpus)')
    .option('--manifest <file>', 'complete lost headers from this manifest (default: MANIFEST.tsv or vanban.manifest.json beside the documents)')
    .option('--no-manifest', 'read no manifest: identity only from the documents\' text')
    .option('--include-all', 'also read README*, SOURCES*, LICENSE*, CHANGELOG*, dotfiles and dot-folders (left out by default; .vanbanignore rules still apply)')
    .action(async (dir: string, flags: { out?: string; db?: string; update?: string; prune?: boolean; bulk?: boolean; progress: boolean; search: boolean; manifest?: string | false; includeAll?: boolean; maxFileSize?: string; maxUnzippedSize?: string }) => {
      const limits = limitsFromFlags(parseFlags('ingest', limitFlagsSchema(), flags));
      if (flags.out !== undefined && flags.db !== undefined) throw new UsageError('vanban ingest: --out and --db: expected one of them, not both');
      const targets = (['out', 'db', 'update'] as const).filter((f) => flags[f] !== undefined);
      if (targets.length > 1) throw new UsageError(`vanban ingest: ${targets.map((f) => `--${f}`).join(' and ')}: expected one of them, not ${targets.length === 2 ? 'both' : 'several'}`);
      if (flags.bulk && flags.db === undefined) throw new UsageError('vanban ingest: --bulk: only with --db (a snapshot is always written whole)');
      if (flags.bulk && flags.prune) throw new UsageError('vanban ingest: --bulk and --prune: a bulk load is into an empty database, where nothing is to prune');
      if (flags.db !== undefined) return setCode(await ingestDatabase(dir, flags.db, { ...flags, limits }, io));
      if (flags.update !== undefined) return setCode(await updateSnapshot(dir, flags.update, { ...flags, limits }, io));
      if (flags.out === undefined) throw new UsageError('vanban ingest: give --out <file> (a snapshot), --update <file> (a snapshot to bring up to date) or --db <postgres://…> (a database)');
      if (flags.prune) throw new UsageError('vanban ingest: --prune: only with --db (a snapshot is written whole)');
      await checkIngest(dir, flags.out);
      if (!(await checkManifestFlag(flags.manifest, io))) return setCode(2);
      let total = 0;
      const { describeSkipped, walkFiles } = await folderWalk();
      const skipped: SkippedEntry[] = [];
      const walk = { ...(flags.includeAll ? { includeAll: true } : {}), onSkip: (s: SkippedEntry) => skipped.push(s) };
      for await (const file of walkFiles(dir, walk)) if (file) total++;
      const bar = flags.progress ? new (await progressBar()).SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {documents} documents, {failed} failed', hideCursor: true, noTTYOutput: false }) : null;
      bar?.start(total, 0, { documents: 0, failed: 0 });
      const corpus = await Corpus.fromFolder(dir, {
        onProgress: (p) => bar?.increment(1, { documents: p.documents, failed: p.failed }),
        ...(flags.search ? { searchIndex: await newSearchIndex() } : {}),
        ...manifestOptions(flags.manifest),
        ...(flags.includeAll ? { includeAll: true } : {}),
        limits,
      });
      bar?.stop();
      await saveSnapshot(corpus, flags.out);
      const g = corpus.graph;
      let citations = 0;
      let resolved = 0;
      g.forEachEdge((_e, a, _s, t) => {
        if (a.asserted) return;
        citations += a.count;
        if (g.getNodeAttribute(t, 'kind') === 'document') resolved += a.count;
      });
      // every mention of another document counts once on the node it names (as `extract --summary` counts
      // them); the edges count only those from the citing document: a mention inside another cited
      // document's description states a relation between those two documents instead. A mention that
      // resolves to the citing document itself (a law naming itself) is no citation: extract counts it
      let mentions = 0;
      g.forEachNode((_k, a) => {
        mentions += a.mentions;
      });
      const leftOut = skipped.filter((s) => s.reason !== 'manifest' && s.reason !== 'format');
      const lines = [
        `documents: ${corpus.documents.size}, bad files: ${corpus.badFiles.length}`,
        `skipped: ${describeSkipped(skipped)}${leftOut.length ? `: ${leftOut.slice(0, 5).map((s) => s.path + (s.folder ? '/' : '')).join(', ')}${leftOut.length > 5 ? ', …' : ''}` : ''}${skipped.some((s) => s.reason === 'project-file' || s.reason === 'hidden') ? ' (--include-all reads them)' : ''}`,
        `citations: ${mentions} mentions of other documents; ${citations} from the citing document, ${citations ? ((100 * resolved) / citations).toFixed(1) : '0'}% resolved to a corpus document; ${mentions - citations} inside another cited document's description (a relation between those two)`,
        `graph: ${g.order} nodes, ${g.size} edges`,
        `missing (cited, not in the corpus): ${g.filterNodes((_k, a) => a.kind === 'cited').length}; id conflicts: ${corpus.conflicts.length}`,
        `identity: ${plural(g.filterNodes((k, a) => a.kind === 'document' && k.startsWith('file:')).length, 'document')} without a number (kept under file:<path>, see \`vanban check\`), ${g.filterNodes((_k, a) => a.kind === 'document' && (a.supplied?.length ?? 0) > 0).length} completed from a manifest`,
        ...corpus.badFiles.map((b) => `  bad file ${b.path}: ${b.error}`),
        `snapshot: ${flags.out}`,
      ];
      io.stdout(lines.join('\n') + '\n');
      setCode(corpus.badFiles.length > 0 ? 1 : 0);
    });

  source(
    program
      .command('trace')
      .description('what a document rests on, what implements it, its amendment history and legal status')
      .argument('<ref>', 'an id or citation text ("Nghị quyết số 18-NQ/TW", "18-NQ/TW")')
      .option('--at <date>', 'the day of the legal status (YYYY-MM-DD); default: with every act known')
      .option('--limit <n>', `how many implementers to list (1 to ${TRACE_MAX}); the total and the counts by level and place are over all of them`, String(TRACE_LIMIT))
      .option('--offset <n>', 'skip this many implementers first (paging)', '0'),
  ).action(async (ref: string, raw: Record<string, unknown>) => {
    const flags = parseFlags('trace', SourceFlagsSchema.extend(traceParamsSchema().omit({ ref: true }).shape), raw);
    const store = await openStore('trace', flags, io);
    if (!store) return setCode(1);
    const answer = await ask('trace', io, () => traceAnswer(store, { ref, at: flags.at, limit: flags.limit, offset: flags.offset }));
    if (!answer) return setCode(1);
    if (flags.json) {
      printJson(io, answer);
      return setCode(0);
    }
    const { id: key, node, amendments, implementers: impl, restsOn: rests } = answer;
    const out: string[] = [
      `${key}${node.path ? `  (${node.path})` : '  (not in the corpus)'}`,
      `${node.type ?? ''} ${node.date ?? ''} ${node.title ?? node.names[0] ?? ''}`.trim(),
      `status${amendments.at ? ` on ${amendments.at}` : ''}: ${amendments.status}`,
    ];
    // an unknown status says why when its own text is the reason
    if (amendments.endsEarlierIf) out.push(`  its own text ends it, or parts of it, on an act no text names: ${amendments.endsEarlierIf}`);
    out.push('', 'rests on:');
    for (const s of rests.direct) out.push(`  ${s.relation.padEnd(10)} ${s.id}${s.path ? '' : ' (not in the corpus)'}`);
    for (const u of rests.upstream.filter((x) => x.depth > 1)) out.push(`  upstream   ${u.id} (via ${u.via})`);
    out.push('', `implemented by (${impl.total}):`);
    const levels = Object.entries(answer.byLevelAndPlace).map(([level, byPlace]) => {
      const places = Object.keys(byPlace).length;
      return `${Object.values(byPlace).reduce((a, b) => a + b, 0)} ${level} (${plural(places, 'place')})`;
    });
    if (levels.length) out.push(`  by level: ${levels.join(', ')}`);
    const t = new Table({ head: ['depth', 'level', 'place', 'date', 'lag (days)', 'id', 'file'], style: PLAIN, chars: COMPACT });
    for (const i of impl.items) t.push([String(i.depth) + (i.asserted ? '*' : ''), i.level ?? '', unitOfSlug(i.place, i.date)?.display ?? i.place ?? '', i.date ?? '', i.lagDays === null ? '' : String(i.lagDays), i.id, i.path ?? '']);
    if (impl.items.length) out.push(t.toString(), '  * stated by a third document');
    // said whenever the table is not the whole list, so a reader never takes a page for all of them
    if (impl.items.length < impl.total) {
      out.push(
        impl.items.length
          ? `  showing ${impl.offset + 1}–${impl.offset + impl.items.length} of ${impl.total} (--limit, --offset)`
          : `  showing none of ${impl.total}: --offset ${impl.offset} is past the last (--limit, --offset)`,
      );
    }
    if (amendments.events.length) {
      out.push('', 'amendment history:');
      for (const e of amendments.events) {
        const scope = e.whole === true ? 'the whole' : e.parts.length ? e.parts.join('; ') : e.whole === false ? 'in part' : 'scope not stated';
        out.push(`  ${e.date ?? '????-??-??'} ${e.relation} (${scope}) by ${e.by}${e.asserted ? ` (stated by ${e.statedBy ?? 'a third document'})` : ''}`);
        // (where it is said, so that a reader can check it: the first mention's file and sentence)
        const said = e.evidence[0];
        if (said) out.push(`      ${said.path ?? said.document}@${said.start}: “${said.sentence.replace(/\s+/gu, ' ')}”`);
      }
      out.push(`  current version: ${amendments.current}`);
    }
    io.stdout(out.join('\n') + '\n');
    setCode(0);
  });

  source(
    program
      .command('coverage')
      .description('which places implement a document, when, and which places have nothing yet, on the official map')
      .argument('<ref>', 'an id or citation text')
      .option('--level <level>', `the places listed: ${COVERAGE_LEVELS.join(', ')}`, 'province')
      .option('--within <place>', 'list the districts (communes) of this province (district): a code ("42") or a name ("Hà Tĩnh")')
      .option('--at <date>', "the day whose map is used (YYYY-MM-DD); default the document's date")
      .option('--current', 'list the 34 provinces from 1 July 2025, earlier places counted under the province that took them in')
      .option('--html <file>', 'also write a self-contained HTML page with the implementation tree'),
  ).action(async (ref: string, raw: Record<string, unknown>) => {
    const flags = parseFlags('coverage', SourceFlagsSchema.extend({ ...coverageParamsSchema().omit({ ref: true }).shape, html: z.string().optional() }), raw);
    if (flags.html) await checkOutFile('coverage', '--html', flags.html);
    const store = await openStore('coverage', flags, io);
    if (!store) return setCode(1);
    const params = { ref, level: flags.level, within: flags.within, at: flags.at, current: flags.current };
    const c = await ask('coverage', io, () => coverageAnswer(store, params));
    if (!c) return setCode(1);
    const key = c.root;
    if (flags.html) await writeTextAtomic(flags.html, await coveragePageAnswer(store, { ...params, ref: key }, dirname(resolvePath(flags.html))));
    if (flags.json) printJson(io, c);
    else {
      const t = new Table({ head: ['place', 'first implementing document', 'date', 'lag (days)', 'count', 'file'], style: PLAIN, chars: COMPACT });
      for (const r of c.rows) {
        const name = r.via.length ? `${r.name} (${r.via.join(', ')})` : r.name;
        t.push([name, r.first?.id ?? '— none —', r.first?.date ?? '', r.first?.lagDays == null ? '' : String(r.first.lagDays), String(r.count), r.first?.path ?? '']);
      }
      const map = c.era === 'from-2025-07' ? 'the map from 1 July 2025' : 'the map before 1 July 2025';
      const lines = [`${key}: implemented in ${c.covered} of ${c.rows.length} ${c.level === 'province' ? 'provinces' : c.level === 'district' ? 'districts' : 'communes'} (${map}${c.at ? `, as of ${c.at}` : ''})`, t.toString()];
      if (c.outside.length) {
        lines.push(`${c.outside.length} implementing document(s) counted in no row:`);
        for (const o of c.outside) lines.push(`  ${o.implementer.id} (${o.implementer.date ?? 'undated'}): ${o.reason}`);
      }
      io.stdout(lines.join('\n') + '\n');
    }
    setCode(0);
  });

  source(program.command('search'))
    .description('full-text and citation search ("nghi quyet 18", "18-NQ/TW", "tinh gọn bộ máy")')
    .argument('<query>', 'words, with or without diacritics, or a document reference')
    .option('--type <types>', `comma-separated types, by name with or without accents or by code ("ke hoach,NQ"): ${TYPE_NAMES.join(', ')}`)
    .option('--level <levels>', `comma-separated: ${LEVELS.join(', ')}`)
    .option('--family <families>', `comma-separated: ${FAMILIES.join(', ')}`)
    .option('--place <place>', 'documents of this unit and the units within it: a code of the official lists ("42") or a name ("Hà Tĩnh", "huyện Can Lộc")')
    .option('--issuer <words>', 'words of the issuer\'s name, with or without accents ("ubnd tinh ha tinh", "Tỉnh ủy")')
    .option('--related <relation:ref>', `documents with this relation to a document: "implements:18-NQ/TW"; relations: ${RelationSchema.options.join(', ')}`)
    .option('--year <range>', 'a year or a range: 2018 or 2018-2020')
    .option('--limit <n>', `how many hits (1 to ${SEARCH_MAX})`, '10')
    .option('--offset <n>', 'skip this many hits first (paging)')
    .action(async (query: string, raw: Record<string, unknown>) => {
      const flags = parseFlags('search', SourceFlagsSchema.extend(searchParamsSchema().omit({ q: true }).shape), raw);
      // only --related asks the graph (its reference looked up there); the rest is the search part's
      const store = await openStore('search', flags, io, true, flags.related ? 'eager' : 'lazy');
      if (!store) return setCode(1);
      const result = await ask('search', io, () => searchAnswer(store, { ...flags, q: query }));
      if (!result) return setCode(1);
      if (flags.json) printJson(io, result);
      else {
        const lines = [`${result.total} documents${result.explanation.citations.length ? ` (names ${result.explanation.citations.join(', ')})` : ''}`];
        for (const h of result.hits) {
          lines.push(`${h.score.toFixed(1).padStart(7)}  ${h.id}  ${h.matchedBy}${h.relation ? ` (${h.relation})` : ''}`);
          lines.push(`         ${h.type ?? ''} ${h.date ?? ''} ${h.title ?? ''}  ${h.path ?? ''}`);
          if (h.snippets[0]) lines.push(`         … ${h.snippets[0].text} …`);
        }
        io.stdout(lines.join('\n') + '\n');
      }
      setCode(0);
    });

  source(
    program
      .command('cites')
      .description('who cites a document, grouped by relation (implements, basis, amends, …), most mentions first')
      .argument('<ref>', 'an id or citation text ("Nghị quyết số 18-NQ/TW", "18-NQ/TW")'),
  ).action(async (ref: string, raw: Record<string, unknown>) => {
    const flags = parseFlags('cites', SourceFlagsSchema, raw);
    const store = await openStore('cites', flags, io);
    if (!store) return setCode(1);
    const c = await ask('cites', io, () => citesAnswer(store, { ref }));
    if (!c) return setCode(1);
    if (flags.json) printJson(io, c);
    else {
      const lines = [`${c.id}${c.path ? `  (${c.path})` : '  (not in the corpus)'}: cited by ${plural(c.total, 'document')}`];
      for (const [relation, list] of Object.entries(c.byRelation)) {
        lines.push('', `${relation} (${list.length}):`);
        const t = new Table({ head: ['mentions', 'date', 'type', 'id', 'file'], style: PLAIN, chars: COMPACT });
        for (const d of list) t.push([String(d.count), d.date ?? '', d.type ?? '', d.id, d.path ?? '']);
        lines.push(t.toString());
      }
      io.stdout(lines.join('\n') + '\n');
    }
    setCode(0);
  });

  source(
    program
      .command('path')
      .description('how two documents are connected: the shortest chain of citations between them, in whichever direction exists')
      .argument('<from>', 'an id or citation text')
      .argument('<to>', 'an id or citation text'),
  ).action(async (a: string, b: string, raw: Record<string, unknown>) => {
    const flags = parseFlags('path', SourceFlagsSchema, raw);
    const store = await openStore('path', flags, io);
    if (!store) return setCode(1);
    const found = await ask('path', io, () => pathAnswer(store, { from: a, to: b }));
    if (!found) return setCode(1);
    const { from, to, steps } = found;
    if (flags.json) printJson(io, found);
    else if (!found.direction) io.stdout(`no chain of citations between ${from} and ${to}\n`);
    else {
      const lines = [found.direction === 'forward' ? `${from} → ${to}: ${plural(steps.length, 'step')}` : `${to} → ${from} (the chain runs the other way): ${plural(steps.length, 'step')}`];
      for (const s of steps) lines.push(`  ${s.from} ${s.relation}${s.asserted ? ' (stated by a third document)' : ''} ${s.to}`);
      io.stdout(lines.join('\n') + '\n');
    }
    // no chain is an answer, not a failure
    setCode(0);
  });

  source(program.command('missing').description('documents cited but not in the corpus, most cited first').option('--limit <n>', 'how many (1 to 100000)', '30')).action(
    async (raw: Record<string, unknown>) => {
      const flags = parseFlags('missing', SourceFlagsSchema.extend(missingParamsSchema().shape), raw);
      const store = await openStore('missing', flags, io);
      if (!store) return setCode(1);
      const list = await ask('missing', io, () => missingAnswer(store, flags));
      if (!list) return setCode(1);
      if (flags.json) printJson(io, list);
      else {
        const t = new Table({ head: ['cited by', 'mentions', 'id', 'as written'], style: PLAIN, chars: COMPACT });
        for (const m of list) t.push([String(m.citedBy.length), String(m.mentions), m.id, m.names[0] ?? '']);
        io.stdout(t.toString() + '\n');
      }
      setCode(0);
    },
  );

  source(program.command('rank').description('the most cited documents (distinct citing documents, PageRank)').option('--limit <n>', 'how many (1 to 100000)', '20')).action(
    async (raw: Record<string, unknown>) => {
      const flags = parseFlags('rank', SourceFlagsSchema.extend(rankParamsSchema().shape), raw);
      const store = await openStore('rank', flags, io);
      if (!store) return setCode(1);
      const list = await ask('rank', io, () => rankAnswer(store, flags));
      if (!list) return setCode(1);
      if (flags.json) printJson(io, list);
      else {
        const t = new Table({ head: ['cited by', 'pagerank', 'id', 'in corpus'], style: PLAIN, chars: COMPACT });
        for (const r of list) t.push([String(r.citedBy), r.pagerank.toFixed(4), r.id, r.kind === 'document' ? 'yes' : 'no']);
        io.stdout(t.toString() + '\n');
      }
      setCode(0);
    },
  );

  source(
    program
      .command('check')
      .description('data-quality findings: id conflicts, cycles, citations of later documents, unresolved ids, bad files and bad manifest lines, documents without a number (file: ids), identity supplied by a manifest'),
  ).action(async (raw: Record<string, unknown>) => {
    const flags = parseFlags('check', SourceFlagsSchema, raw);
    const store = await openStore('check', flags, io);
    if (!store) return setCode(1);
    const findings = await ask('check', io, () => checkAnswer(store));
    if (!findings) return setCode(1);
    if (flags.json) printJson(io, findings);
    else io.stdout(findings.map((f) => `${f.kind}: ${f.detail}`).join('\n') + '\n');
    setCode(0);
  });

  const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'neo4j'] as const satisfies readonly ExportFormat[];
  source(
    program
      .command('export')
      .description('export the graph: graphology JSON, GEXF (Gephi), GraphML, or Neo4j bulk-import CSV')
      .requiredOption('--format <format>', EXPORT_FORMATS.join(', '))
      .option('--out <file>', 'write here (neo4j: a prefix for <out>.nodes.csv and <out>.relationships.csv); default: standard output'),
  ).action(async (raw: Record<string, unknown>) => {
    const flags = parseFlags('export', SourceFlagsSchema.extend({ format: z.enum(EXPORT_FORMATS), out: z.string().optional() }), raw);
    if (flags.out) await checkOutFile('export', '--out', flags.format === 'neo4j' ? `${flags.out}.nodes.csv` : flags.out);
    const store = await openStore('export', flags, io);
    if (!store) return setCode(1);
    const g = await store.graph();
    const { toGEXF, toGraphML, toJSON, toNeo4jCSV } = await exporters();
    if (flags.format === 'neo4j') {
      const { nodes, relationships } = toNeo4jCSV(g);
      if (flags.out) {
        await writeTextAtomic(`${flags.out}.nodes.csv`, nodes);
        await writeTextAtomic(`${flags.out}.relationships.csv`, relationships);
      } else io.stdout(nodes + '\n' + relationships);
      return setCode(0);
    }
    const text = flags.format === 'json' ? toJSON(g) : flags.format === 'gexf' ? toGEXF(g) : toGraphML(g);
    if (flags.out) await writeTextAtomic(flags.out, text);
    else io.stdout(text + '\n');
    setCode(0);
  });
}
