import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { dirname, resolve as resolvePath } from 'node:path';
import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import type { Command } from 'commander';
import { extractCitations } from '../cite/index.js';
import { describeSkipped, walkFiles, type SkippedEntry } from '../doc/index.js';
import { SearchIndex } from '../search/index.js';
import {
  amendmentHistory,
  Corpus,
  coverage,
  CoverageOptionsSchema,
  unitOfSlug,
  coveragePage,
  dataQuality,
  groupByLevelAndPlace,
  implementers,
  loadSnapshot,
  missing,
  mostCited,
  restsOn,
  saveSnapshot,
  SnapshotError,
  toGEXF,
  toGraphML,
  toJSON,
  toNeo4jCSV,
} from '../graph/index.js';
import type { Io } from './run.js';

const PLAIN = { head: [], border: [], compact: true };
const COMPACT = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

interface SourceFlags {
  snapshot?: string;
  corpus?: string;
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
    return true;
  } catch {
    io.stderr(`vanban: --manifest ${flag}: no such file (or not readable)\n`);
    return false;
  }
}

async function openCorpus(flags: SourceFlags, io: Io, withSearch = false): Promise<Corpus | null> {
  if (flags.snapshot) {
    try {
      const corpus = await loadSnapshot(flags.snapshot);
      if (withSearch && corpus.searchIndex === null) {
        io.stderr(`vanban: ${flags.snapshot} holds no search index (written with --no-search): ingest again without it, or use --corpus <dir>\n`);
        return null;
      }
      return corpus;
    } catch (e) {
      io.stderr(`vanban: ${e instanceof SnapshotError ? e.message : String(e)}\n`);
      return null;
    }
  }
  if (flags.corpus) {
    if (!(await checkManifestFlag(flags.manifest, io))) return null;
    return Corpus.fromFolder(flags.corpus, { ...manifestOptions(flags.manifest), ...(withSearch ? { searchIndex: new SearchIndex() } : {}) });
  }
  io.stderr('vanban: give --snapshot <file> or --corpus <dir>\n');
  return null;
}

function resolveRef(corpus: Corpus, ref: string, io: Io): string | null {
  const { key, candidates } = corpus.lookup(ref, (t) => extractCitations(t));
  if (key) return key;
  if (candidates.length > 1) io.stderr(`vanban: "${ref}" is ambiguous: ${candidates.join(', ')}\n`);
  else io.stderr(`vanban: no document matches "${ref}"\n`);
  return null;
}

const pathOf = (corpus: Corpus, key: string): string | null => corpus.graph.getNodeAttribute(key, 'path');

export function addGraphCommands(program: Command, io: Io, setCode: (c: number) => void): void {
  const source = (c: Command): Command =>
    c
      .option('--snapshot <file>', 'a snapshot written by `vanban ingest`')
      .option('--corpus <dir>', 'ingest this folder on the fly')
      .option('--manifest <file>', 'with --corpus: complete lost headers from this manifest (default: MANIFEST.tsv or vanban.manifest.json beside the documents)')
      .option('--no-manifest', 'with --corpus: read no manifest')
      .option('--json', 'print JSON');

  program
    .command('ingest')
    .description('read a folder into a corpus snapshot (documents, citations, graph)')
    .argument('<dir>', 'folder of documents')
    .requiredOption('--out <file>', 'snapshot file to write')
    .option('--no-progress', 'no progress bar')
    .option('--no-search', 'leave the full-text index out of the snapshot (smaller, faster; `vanban search` then needs --corpus)')
    .option('--manifest <file>', 'complete lost headers from this manifest (default: MANIFEST.tsv or vanban.manifest.json beside the documents)')
    .option('--no-manifest', 'read no manifest: identity only from the documents\' text')
    .option('--include-all', 'also read README*, SOURCES*, LICENSE*, CHANGELOG*, dotfiles and dot-folders (left out by default; .vanbanignore rules still apply)')
    .action(async (dir: string, flags: { out: string; progress: boolean; search: boolean; manifest?: string | false; includeAll?: boolean }) => {
      if (!(await checkManifestFlag(flags.manifest, io))) return setCode(2);
      let total = 0;
      const skipped: SkippedEntry[] = [];
      const walk = { ...(flags.includeAll ? { includeAll: true } : {}), onSkip: (s: SkippedEntry) => skipped.push(s) };
      for await (const file of walkFiles(dir, walk)) if (file) total++;
      const bar = flags.progress ? new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {documents} documents, {failed} failed', hideCursor: true, noTTYOutput: false }) : null;
      bar?.start(total, 0, { documents: 0, failed: 0 });
      const corpus = await Corpus.fromFolder(dir, {
        onProgress: (p) => bar?.increment(1, { documents: p.documents, failed: p.failed }),
        ...(flags.search ? { searchIndex: new SearchIndex() } : {}),
        ...manifestOptions(flags.manifest),
        ...(flags.includeAll ? { includeAll: true } : {}),
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
      .option('--at <date>', 'the day of the legal status (YYYY-MM-DD); default: with every act known'),
  ).action(
    async (ref: string, flags: SourceFlags & { at?: string }) => {
      if (flags.at !== undefined && !/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(flags.at)) {
        io.stderr(`vanban trace: --at "${flags.at}" is not a date (YYYY-MM-DD)\n`);
        return setCode(2);
      }
      const corpus = await openCorpus(flags, io);
      if (!corpus) return setCode(1);
      const key = resolveRef(corpus, ref, io);
      if (!key) return setCode(1);
      const node = corpus.graph.getNodeAttributes(key);
      const impl = implementers(corpus.graph, key);
      const result = { id: key, path: node.path, node, restsOn: restsOn(corpus.graph, key), implementers: impl, byLevelAndPlace: groupByLevelAndPlace(impl), amendments: amendmentHistory(corpus.graph, key, { at: flags.at ?? null }) };
      if (flags.json) {
        io.stdout(JSON.stringify(result, null, 2) + '\n');
        return setCode(0);
      }
      const out: string[] = [
        `${key}${node.path ? `  (${node.path})` : '  (not in the corpus)'}`,
        `${node.type ?? ''} ${node.date ?? ''} ${node.title ?? node.names[0] ?? ''}`.trim(),
        `status${result.amendments.at ? ` on ${result.amendments.at}` : ''}: ${result.amendments.status}`,
      ];
      out.push('', 'rests on:');
      for (const s of result.restsOn.direct) out.push(`  ${s.relation.padEnd(10)} ${s.key}${s.path ? '' : ' (not in the corpus)'}`);
      for (const u of result.restsOn.upstream.filter((x) => x.depth > 1)) out.push(`  upstream   ${u.key} (via ${u.via})`);
      out.push('', `implemented by (${impl.length}):`);
      const t = new Table({ head: ['depth', 'level', 'place', 'date', 'lag (days)', 'id', 'file'], style: PLAIN, chars: COMPACT });
      for (const i of impl) t.push([String(i.depth) + (i.asserted ? '*' : ''), i.level ?? '', unitOfSlug(i.place, i.date)?.display ?? i.place ?? '', i.date ?? '', i.lagDays === null ? '' : String(i.lagDays), i.key, i.path ?? '']);
      if (impl.length) out.push(t.toString(), '  * stated by a third document');
      if (result.amendments.events.length) {
        out.push('', 'amendment history:');
        for (const e of result.amendments.events) {
          const scope = e.whole === true ? 'the whole' : e.parts.length ? e.parts.join('; ') : e.whole === false ? 'in part' : 'scope not stated';
          out.push(`  ${e.date ?? '????-??-??'} ${e.relation} (${scope}) by ${e.by}${e.asserted ? ` (stated by ${e.statedBy ?? 'a third document'})` : ''}`);
        }
        out.push(`  current version: ${result.amendments.current}`);
      }
      io.stdout(out.join('\n') + '\n');
      setCode(0);
    },
  );

  source(
    program
      .command('coverage')
      .description('which places implement a document, when, and which places have nothing yet, on the official map')
      .argument('<ref>', 'an id or citation text')
      .option('--level <level>', 'province, district or commune', 'province')
      .option('--within <place>', 'list the districts (communes) of this province (district): a code ("42") or a name ("Hà Tĩnh")')
      .option('--at <date>', "the day whose map is used (YYYY-MM-DD); default the document's date")
      .option('--current', 'list the 34 provinces from 1 July 2025, earlier places counted under the province that took them in')
      .option('--html <file>', 'also write a self-contained HTML page with the implementation tree'),
  ).action(async (ref: string, flags: SourceFlags & { level: string; within?: string; at?: string; current?: boolean; html?: string }) => {
    const parsed = CoverageOptionsSchema.safeParse({ level: flags.level, within: flags.within, at: flags.at, current: flags.current });
    if (!parsed.success || !['province', 'district', 'commune'].includes(flags.level)) {
      const issue = parsed.success ? null : parsed.error.issues[0];
      io.stderr(`vanban coverage: ${issue ? `--${String(issue.path[0])}: ${issue.message}` : `--level must be province, district or commune, not ${JSON.stringify(flags.level)}`}\n`);
      return setCode(2);
    }
    const corpus = await openCorpus(flags, io);
    if (!corpus) return setCode(1);
    const key = resolveRef(corpus, ref, io);
    if (!key) return setCode(1);
    let c;
    try {
      c = coverage(corpus.graph, key, parsed.data);
    } catch (e) {
      io.stderr(`vanban coverage: --within: ${(e as Error).message}\n`);
      return setCode(2);
    }
    if (flags.html) await writeFile(flags.html, coveragePage(corpus.graph, key, { ...parsed.data, linkBase: dirname(resolvePath(flags.html)) }));
    if (flags.json) io.stdout(JSON.stringify(c, null, 2) + '\n');
    else {
      const t = new Table({ head: ['place', 'first implementing document', 'date', 'lag (days)', 'count', 'file'], style: PLAIN, chars: COMPACT });
      for (const r of c.rows) {
        const name = r.via.length ? `${r.name} (${r.via.join(', ')})` : r.name;
        t.push([name, r.first?.key ?? '— none —', r.first?.date ?? '', r.first?.lagDays == null ? '' : String(r.first.lagDays), String(r.count), r.first?.path ?? '']);
      }
      const map = c.era === 'from-2025-07' ? 'the map from 1 July 2025' : 'the map before 1 July 2025';
      const lines = [`${key}: implemented in ${c.covered} of ${c.rows.length} ${c.level === 'province' ? 'provinces' : c.level === 'district' ? 'districts' : 'communes'} (${map}${c.at ? `, as of ${c.at}` : ''})`, t.toString()];
      if (c.outside.length) {
        lines.push(`${c.outside.length} implementing document(s) counted in no row:`);
        for (const o of c.outside) lines.push(`  ${o.implementer.key} (${o.implementer.date ?? 'undated'}): ${o.reason}`);
      }
      io.stdout(lines.join('\n') + '\n');
    }
    setCode(0);
  });

  source(program.command('search'))
    .description('full-text and citation search ("nghi quyet 18", "18-NQ/TW", "tinh gọn bộ máy")')
    .argument('<query>', 'words, with or without diacritics, or a document reference')
    .option('--type <types>', 'comma-separated types ("Nghị quyết,Kế hoạch")')
    .option('--level <levels>', 'comma-separated: central, province, district, commune')
    .option('--year <range>', 'a year or a range: 2018 or 2018-2020')
    .option('--limit <n>', 'how many hits', '10')
    .action(async (query: string, flags: SourceFlags & { type?: string; level?: string; year?: string; limit: string }) => {
      const corpus = await openCorpus(flags, io, true);
      if (!corpus) return setCode(1);
      const years = flags.year?.split('-').map(Number);
      const result = corpus.search(query, {
        limit: Number(flags.limit),
        ...(flags.type ? { type: flags.type.split(',') } : {}),
        ...(flags.level ? { level: flags.level.split(',') as Array<'central' | 'province' | 'district' | 'commune'> } : {}),
        ...(years ? { yearFrom: years[0], yearTo: years[1] ?? years[0] } : {}),
      });
      if (flags.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
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

  source(program.command('missing').description('documents cited but not in the corpus, most cited first').option('--limit <n>', 'how many', '30')).action(
    async (flags: SourceFlags & { limit: string }) => {
      const corpus = await openCorpus(flags, io);
      if (!corpus) return setCode(1);
      const list = missing(corpus.graph).slice(0, Number(flags.limit));
      if (flags.json) io.stdout(JSON.stringify(list.map((m) => ({ ...m, citedBy: m.citedBy.map((k) => ({ id: k, path: pathOf(corpus, k) })) })), null, 2) + '\n');
      else {
        const t = new Table({ head: ['cited by', 'mentions', 'id', 'as written'], style: PLAIN, chars: COMPACT });
        for (const m of list) t.push([String(m.citedBy.length), String(m.mentions), m.key, m.names[0] ?? '']);
        io.stdout(t.toString() + '\n');
      }
      setCode(0);
    },
  );

  source(program.command('rank').description('the most cited documents (distinct citing documents, PageRank)').option('--limit <n>', 'how many', '20')).action(
    async (flags: SourceFlags & { limit: string }) => {
      const corpus = await openCorpus(flags, io);
      if (!corpus) return setCode(1);
      const list = mostCited(corpus.graph, { limit: Number(flags.limit) });
      if (flags.json) io.stdout(JSON.stringify(list.map((r) => ({ ...r, path: pathOf(corpus, r.key) })), null, 2) + '\n');
      else {
        const t = new Table({ head: ['cited by', 'pagerank', 'id', 'in corpus'], style: PLAIN, chars: COMPACT });
        for (const r of list) t.push([String(r.citedBy), r.pagerank.toFixed(4), r.key, r.kind === 'document' ? 'yes' : 'no']);
        io.stdout(t.toString() + '\n');
      }
      setCode(0);
    },
  );

  source(
    program
      .command('check')
      .description('data-quality findings: id conflicts, cycles, citations of later documents, unresolved ids, bad files and bad manifest lines, documents without a number (file: ids), identity supplied by a manifest'),
  ).action(async (flags: SourceFlags) => {
    const corpus = await openCorpus(flags, io);
    if (!corpus) return setCode(1);
    const findings = dataQuality(corpus);
    io.stdout(flags.json ? JSON.stringify(findings, null, 2) + '\n' : findings.map((f) => `${f.kind}: ${f.detail}`).join('\n') + '\n');
    setCode(0);
  });

  source(
    program
      .command('export')
      .description('export the graph: graphology JSON, GEXF (Gephi), GraphML, or Neo4j bulk-import CSV')
      .requiredOption('--format <format>', 'json, gexf, graphml or neo4j')
      .option('--out <file>', 'write here (neo4j: a prefix for <out>.nodes.csv and <out>.relationships.csv); default: standard output'),
  ).action(async (flags: SourceFlags & { format: string; out?: string }) => {
    const corpus = await openCorpus(flags, io);
    if (!corpus) return setCode(1);
    const g = corpus.graph;
    if (flags.format === 'neo4j') {
      const { nodes, relationships } = toNeo4jCSV(g);
      if (flags.out) {
        await writeFile(`${flags.out}.nodes.csv`, nodes);
        await writeFile(`${flags.out}.relationships.csv`, relationships);
      } else io.stdout(nodes + '\n' + relationships);
      return setCode(0);
    }
    const text = flags.format === 'json' ? toJSON(g) : flags.format === 'gexf' ? toGEXF(g) : flags.format === 'graphml' ? toGraphML(g) : null;
    if (text === null) {
      io.stderr(`vanban: unknown format "${flags.format}" (json, gexf, graphml, neo4j)\n`);
      return setCode(2);
    }
    if (flags.out) await writeFile(flags.out, text);
    else io.stdout(text + '\n');
    setCode(0);
  });
}
