import { stat } from 'node:fs/promises';
import type { z } from 'zod';
import { extractCitations, RelationSchema, type Relation } from '../cite/index.js';
import { readDocument, ReadError, type Document } from '../doc/index.js';
import {
  amendmentHistory,
  citingDocuments,
  coverage,
  CoverageOptionsSchema,
  dataQuality,
  groupByLevelAndPlace,
  implementers,
  missing,
  mostCited,
  pathBetween,
  restsOn,
  type CitationGraph,
  type Corpus,
  type CoverageOptions,
  type Implementer,
} from '../graph/index.js';
import { SearchOptionsSchema, type SearchOptions } from '../search/index.js';
import { AnswerError, ParameterError } from './errors.js';
import type { CoverageParams, SearchParams, TraceParams } from './params.js';

/**
 * The answers of the graph questions (trace, coverage, search, cites, path, missing, rank, check,
 * a document): a corpus and validated parameters in, the JSON object out. `vanban <command> --json`
 * prints these objects and `vanban serve` sends them, so the two cannot drift; the CLI's tables
 * are written from the same objects. A question without an answer throws an AnswerError.
 */

/** The library's own option schema over the values read; a refusal names the parameter it came from. */
function libraryOptions<S extends z.ZodType>(schema: S, value: unknown, paramOf: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const key = String(issue.path[0] ?? '');
  throw new ParameterError(paramOf[key] ?? key, undefined, issue.message);
}

/** The graph node a reference names: an id, or the text of a citation ("Nghị quyết số 18-NQ/TW"). */
export function resolveRef(corpus: Corpus, ref: string, param = 'ref'): string {
  const { key, candidates } = corpus.lookup(ref, (t) => extractCitations(t));
  if (key) return key;
  if (candidates.length > 1) throw new AnswerError('ambiguous', `"${ref}" is ambiguous: ${candidates.join(', ')}`, { parameter: param, value: ref, candidates });
  throw new AnswerError('not-found', `no document matches "${ref}"`, { parameter: param, value: ref });
}

export const pathOf = (corpus: Corpus, key: string): string | null => (corpus.graph.hasNode(key) ? corpus.graph.getNodeAttribute(key, 'path') : null);

/** The library's query results name a document `key`; every JSON answer names it `id`. */
const implementerOut = ({ key, ...rest }: Implementer): Omit<Implementer, 'key'> & { id: string } => ({ id: key, ...rest });
export type ImplementerOut = ReturnType<typeof implementerOut>;

export function traceAnswer(corpus: Corpus, params: TraceParams) {
  const key = resolveRef(corpus, params.ref);
  const node = corpus.graph.getNodeAttributes(key);
  const impl = implementers(corpus.graph, key);
  const rests = restsOn(corpus.graph, key);
  const amendments = amendmentHistory(corpus.graph, key, { at: params.at ?? null });
  const grouped = Object.fromEntries(Object.entries(groupByLevelAndPlace(impl)).map(([level, byPlace]) => [level, Object.fromEntries(Object.entries(byPlace).map(([place, list]) => [place, list.map(implementerOut)]))]));
  return {
    id: key,
    path: node.path,
    node,
    restsOn: { direct: rests.direct.map(({ key: id, ...r }) => ({ id, ...r })), upstream: rests.upstream.map(({ key: id, ...r }) => ({ id, ...r })) },
    implementers: impl.map(implementerOut),
    byLevelAndPlace: grouped,
    amendments,
  };
}
export type TraceAnswer = ReturnType<typeof traceAnswer>;

/** The library's coverage options from the parameters (also what the CLI's --html page is drawn with). */
export function coverageOptions(params: CoverageParams): CoverageOptions {
  return {
    level: params.level,
    ...(params.within !== undefined ? { within: params.within } : {}),
    ...(params.at !== undefined ? { at: params.at } : {}),
    ...(params.current !== undefined ? { current: params.current } : {}),
  };
}

export function coverageAnswer(corpus: Corpus, params: CoverageParams) {
  const key = resolveRef(corpus, params.ref);
  const options = libraryOptions(CoverageOptionsSchema, coverageOptions(params), {});
  let c;
  try {
    c = coverage(corpus.graph, key, options);
  } catch (e) {
    // the one option coverage cannot check before it looks: a --within naming no unit of the map
    throw new ParameterError('within', params.within, (e as Error).message);
  }
  return { ...c, rows: c.rows.map((r) => ({ ...r, first: r.first && implementerOut(r.first) })), outside: c.outside.map((o) => ({ ...o, implementer: implementerOut(o.implementer) })) };
}
export type CoverageAnswer = ReturnType<typeof coverageAnswer>;

/** "implements:18-NQ/TW" → the relation and the document the reference names. */
function relatedParam(corpus: Corpus, value: string): { relation: Relation; id: string } {
  const accepted = `a relation and a document, "<relation>:<reference>" ("implements:18-NQ/TW"); relations: ${RelationSchema.options.join(', ')}`;
  const m = /^([a-z-]+):(.+)$/.exec(value.trim());
  const relation = RelationSchema.safeParse(m?.[1]);
  if (!m || !relation.success) throw new ParameterError('related', value, `expected ${accepted}`);
  const ref = (m[2] as string).trim();
  const { key } = corpus.lookup(ref, (t) => extractCitations(t));
  // a document cited but not in the corpus still has citing documents: its id is enough
  const id = key ?? extractCitations(ref)[0]?.id;
  if (!id) throw new ParameterError('related', value, `"${ref}" names no document (give an id or a citation: "18-NQ/TW", "Nghị quyết số 18-NQ/TW")`);
  return { relation: relation.data, id };
}

export function searchAnswer(corpus: Corpus, params: SearchParams) {
  if (!corpus.searchIndex) throw new AnswerError('unavailable', 'the corpus holds no search index (a snapshot ingested with --no-search): ingest again without it, or serve the folder');
  const wanted: SearchOptions = {
    limit: params.limit,
    ...(params.offset !== undefined ? { offset: params.offset } : {}),
    ...(params.type ? { type: params.type } : {}),
    ...(params.level ? { level: params.level } : {}),
    ...(params.family ? { family: params.family } : {}),
    ...(params.place ? { place: params.place.slugs } : {}),
    ...(params.issuer ? { issuer: params.issuer } : {}),
    ...(params.related ? { related: relatedParam(corpus, params.related) } : {}),
    ...(params.year ?? {}),
  };
  const result = corpus.search(params.q, libraryOptions(SearchOptionsSchema, wanted, { yearFrom: 'year', yearTo: 'year' }));
  // the place as asked, not the few hundred slugs of the units within it that the filter was given
  if (params.place) result.explanation.filters.place = { slug: params.place.slug, name: params.place.display, withUnitsWithin: params.place.slugs.length };
  return result;
}
export type SearchAnswer = ReturnType<typeof searchAnswer>;

interface CitingDocument {
  id: string;
  path: string | null;
  type: string | null;
  date: string | null;
  count: number;
}

/** Who cites a document, grouped by the relation of each citing document to it. */
function citesOf(graph: CitationGraph, key: string): { total: number; byRelation: Partial<Record<Relation, CitingDocument[]>> } {
  const byRelation: Partial<Record<Relation, CitingDocument[]>> = {};
  const citing = new Set(citingDocuments(graph, key));
  graph.forEachInEdge(key, (_e, a, source) => {
    if (a.asserted || !citing.has(source)) return;
    const s = graph.getNodeAttributes(source);
    const list = (byRelation[a.relation] ??= []);
    const seen = list.find((x) => x.id === source);
    if (seen) seen.count += a.count;
    else list.push({ id: source, path: s.path, type: s.type, date: s.date, count: a.count });
  });
  for (const list of Object.values(byRelation)) list.sort((x, y) => y.count - x.count || (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
  // relations in the schema's order (implements, basis, cites, amends, …), whatever order the edges came in
  const ordered = Object.fromEntries(RelationSchema.options.flatMap((r) => (byRelation[r] ? [[r, byRelation[r]]] : [])));
  return { total: citing.size, byRelation: ordered };
}

export function citesAnswer(corpus: Corpus, params: { ref: string }) {
  const key = resolveRef(corpus, params.ref);
  return { id: key, path: pathOf(corpus, key), ...citesOf(corpus.graph, key) };
}
export type CitesAnswer = ReturnType<typeof citesAnswer>;

export function pathAnswer(corpus: Corpus, params: { from: string; to: string }) {
  const from = resolveRef(corpus, params.from, 'from');
  const to = resolveRef(corpus, params.to, 'to');
  const found = pathBetween(corpus.graph, from, to);
  const steps = (found?.steps ?? []).map((s) => ({ ...s, fromPath: pathOf(corpus, s.from), toPath: pathOf(corpus, s.to) }));
  return { from, to, direction: found?.direction ?? null, steps };
}
export type PathAnswer = ReturnType<typeof pathAnswer>;

export function missingAnswer(corpus: Corpus, params: { limit: number }) {
  return missing(corpus.graph)
    .slice(0, params.limit)
    .map(({ key, ...m }) => ({ id: key, ...m, citedBy: m.citedBy.map((k) => ({ id: k, path: pathOf(corpus, k) })) }));
}
export type MissingAnswer = ReturnType<typeof missingAnswer>;

export function rankAnswer(corpus: Corpus, params: { limit: number }) {
  return mostCited(corpus.graph, { limit: params.limit }).map(({ key, ...r }) => ({ id: key, ...r, path: pathOf(corpus, key) }));
}
export type RankAnswer = ReturnType<typeof rankAnswer>;

export function checkAnswer(corpus: Corpus) {
  return dataQuality(corpus).map(({ kind, nodes, ...f }) => ({ kind, ids: nodes, ...f }));
}
export type CheckAnswer = ReturnType<typeof checkAnswer>;

/** One edge of a document, seen from it: the other document and the relation. */
function edgesOf(corpus: Corpus, key: string, direction: 'out' | 'in') {
  const g = corpus.graph;
  const out: Array<{ id: string; relation: Relation; count: number; asserted: boolean; assertedBy: string | null; path: string | null; type: string | null; date: string | null; inCorpus: boolean }> = [];
  const each = (_e: string, a: { relation: Relation; count: number; asserted: boolean; assertedBy: string | null }, source: string, target: string): void => {
    const other = direction === 'out' ? target : source;
    const n = g.getNodeAttributes(other);
    out.push({ id: other, relation: a.relation, count: a.count, asserted: a.asserted, assertedBy: a.assertedBy, path: n.path, type: n.type, date: n.date, inCorpus: n.kind === 'document' });
  };
  if (direction === 'out') g.forEachOutEdge(key, each);
  else g.forEachInEdge(key, each);
  // a stable order: relation as the schema lists them, then the other document
  const rank = new Map(RelationSchema.options.map((r, i) => [r, i]));
  return out.sort((x, y) => (rank.get(x.relation) ?? 0) - (rank.get(y.relation) ?? 0) || x.id.localeCompare(y.id) || (x.assertedBy ?? '').localeCompare(y.assertedBy ?? ''));
}

/**
 * The corpus document's file, read again as `vanban read` reads it: the graph keeps identity and
 * edges, not sections or offsets. A file moved or changed since the snapshot is said, not guessed.
 */
export async function readCorpusDocument(corpus: Corpus, key: string): Promise<Document | null> {
  const path = pathOf(corpus, key);
  if (!path) return null;
  const cache = readCache.get(corpus) ?? readCache.set(corpus, new Map()).get(corpus)!;
  try {
    // a server asks for the same few documents again and again (a page, then its text): a file is read again
    // only when its size or time of change moved, so an edited file is never answered from memory
    const s = await stat(path).catch(() => null);
    const seen = cache.get(key);
    if (s && seen && seen.path === path && seen.size === s.size && seen.mtimeMs === s.mtimeMs) {
      cache.delete(key);
      cache.set(key, seen);
      return seen.doc;
    }
    const doc = await readDocument(path);
    if (s) {
      cache.set(key, { path, size: s.size, mtimeMs: s.mtimeMs, doc });
      // the oldest entry out (a Map keeps insertion order; a hit above moved its entry to the end)
      if (cache.size > READ_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return doc;
  } catch (e) {
    if (e instanceof ReadError) throw new AnswerError('unavailable', `the file of ${key} cannot be read now: ${path}: ${e.message}`, { id: key, path });
    throw e;
  }
}

const READ_CACHE_SIZE = 32;
const readCache = new WeakMap<Corpus, Map<string, { path: string; size: number; mtimeMs: number; doc: Document }>>();

/**
 * A document of the graph: its node (identity as the graph holds it), the document as its file
 * reads (identity, sections, citations with zone and section path; without the text, which
 * `documentText` answers), and the edges out of it and into it. A document known only from
 * citations has `document: null`.
 */
export async function documentAnswer(corpus: Corpus, params: { id: string }) {
  if (!corpus.graph.hasNode(params.id)) throw new AnswerError('not-found', `no document has the id "${params.id}"`, { parameter: 'id', value: params.id });
  const key = params.id;
  const node = corpus.graph.getNodeAttributes(key);
  const doc = await readCorpusDocument(corpus, key);
  const document = doc && (({ text: _text, ...rest }: Document) => rest)(doc);
  return { id: key, path: node.path, node, document, outgoing: edgesOf(corpus, key, 'out'), incoming: edgesOf(corpus, key, 'in') };
}
export type DocumentAnswer = Awaited<ReturnType<typeof documentAnswer>>;

/** The plain text of a corpus document, the one every offset of its citations and sections points into. */
export async function documentText(corpus: Corpus, params: { id: string }): Promise<string> {
  if (!corpus.graph.hasNode(params.id)) throw new AnswerError('not-found', `no document has the id "${params.id}"`, { parameter: 'id', value: params.id });
  const doc = await readCorpusDocument(corpus, params.id);
  if (!doc) throw new AnswerError('not-found', `${params.id} is cited but not in the corpus: it has no text here`, { parameter: 'id', value: params.id, inCorpus: false });
  return doc.text;
}
