import type { z } from 'zod';
import { RelationSchema, type Relation } from '../cite/schema.js';
import type { Document } from '../doc/schema.js';
import { CoverageOptionsSchema, type CoverageOptions } from '../graph/queries/coverage.js';
import { type Implementer } from '../graph/queries/implementers.js';
import { type NodeAttributes } from '../graph/schema.js';
import { SearchOptionsSchema, type SearchOptions } from '../search/schema.js';
import { StoreError } from '../store/errors.js';
import type { Store } from '../store/store.js';
import { AnswerError, ParameterError } from './errors.js';
import { TRACE_LIMIT } from './param-schemas.js';
import type { CoverageParams, SearchParams, TraceParams } from './params.js';

/**
 * The answers of the graph questions (trace, coverage, search, cites, path, missing, rank, check,
 * a document): a store (a corpus in memory or in PostgreSQL) and validated parameters in, the JSON object out. `vanban <command> --json`
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
export async function resolveRef(store: Store, ref: string, param = 'ref'): Promise<string> {
  const { key, candidates } = await store.lookup(ref);
  if (key) return key;
  if (candidates.length > 1) throw new AnswerError('ambiguous', `"${ref}" is ambiguous: ${candidates.join(', ')}`, { parameter: param, value: ref, candidates });
  throw new AnswerError('not-found', `no document matches "${ref}"`, { parameter: param, value: ref });
}

export const pathOf = async (store: Store, key: string): Promise<string | null> => (await store.node(key))?.path ?? null;

/** The library's query results name a document `key`; every JSON answer names it `id`. */
const implementerOut = ({ key, ...rest }: Implementer): Omit<Implementer, 'key'> & { id: string } => ({ id: key, ...rest });
export type ImplementerOut = ReturnType<typeof implementerOut>;

/**
 * A trace: the document, what it rests on, its amendments, and a page of its implementers (`limit`
 * from `offset`, in the walk's order) with their total and their counts by level and place over all
 * of them. Without limit and offset, the first TRACE_LIMIT.
 */
export async function traceAnswer(store: Store, params: Omit<TraceParams, 'limit' | 'offset'> & Partial<Pick<TraceParams, 'limit' | 'offset'>>) {
  const key = await resolveRef(store, params.ref);
  const node = (await store.node(key)) as NodeAttributes;
  const page = { limit: params.limit ?? TRACE_LIMIT, offset: params.offset ?? 0 };
  const [impl, rests, amendments] = await Promise.all([store.implementersPage(key, page), store.restsOn(key), store.amendmentHistory(key, { at: params.at ?? null })]);
  return {
    id: key,
    path: node.path,
    node,
    restsOn: { direct: rests.direct.map(({ key: id, ...r }) => ({ id, ...r })), upstream: rests.upstream.map(({ key: id, ...r }) => ({ id, ...r })) },
    implementers: { total: impl.total, offset: impl.offset, limit: impl.limit, items: impl.items.map(implementerOut) },
    byLevelAndPlace: impl.byLevelAndPlace,
    amendments,
  };
}
export type TraceAnswer = Awaited<ReturnType<typeof traceAnswer>>;

/** The library's coverage options from the parameters (also what the CLI's --html page is drawn with). */
export function coverageOptions(params: CoverageParams): CoverageOptions {
  return {
    level: params.level,
    ...(params.within !== undefined ? { within: params.within } : {}),
    ...(params.at !== undefined ? { at: params.at } : {}),
    ...(params.current !== undefined ? { current: params.current } : {}),
  };
}

export async function coverageAnswer(store: Store, params: CoverageParams) {
  const key = await resolveRef(store, params.ref);
  const options = libraryOptions(CoverageOptionsSchema, coverageOptions(params), {});
  const c = await withinChecked(params, () => store.coverage(key, options));
  return { ...c, rows: c.rows.map((r) => ({ ...r, first: r.first && implementerOut(r.first) })), outside: c.outside.map((o) => ({ ...o, implementer: implementerOut(o.implementer) })) };
}
export type CoverageAnswer = Awaited<ReturnType<typeof coverageAnswer>>;

/** The coverage page (`vanban coverage --html`), drawn from the same options as the answer. */
export async function coveragePageAnswer(store: Store, params: CoverageParams, linkBase: string): Promise<string> {
  const key = await resolveRef(store, params.ref);
  const options = libraryOptions(CoverageOptionsSchema, coverageOptions(params), {});
  return withinChecked(params, () => store.coveragePage(key, { ...options, linkBase }));
}

/** The one option coverage cannot check before it looks: a --within naming no unit of the map. */
async function withinChecked<T>(params: CoverageParams, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof StoreError) throw e;
    throw new ParameterError('within', params.within, (e as Error).message);
  }
}

/** "implements:18-NQ/TW" → the relation and the document the reference names. */
async function relatedParam(store: Store, value: string): Promise<{ relation: Relation; id: string }> {
  const accepted = `a relation and a document, "<relation>:<reference>" ("implements:18-NQ/TW"); relations: ${RelationSchema.options.join(', ')}`;
  const m = /^([a-z-]+):(.+)$/.exec(value.trim());
  const relation = RelationSchema.safeParse(m?.[1]);
  if (!m || !relation.success) throw new ParameterError('related', value, `expected ${accepted}`);
  const ref = (m[2] as string).trim();
  const { key } = await store.lookup(ref);
  // a document cited but not in the corpus still has citing documents: its id is enough (the extractor is
  // imported here, not with the answers: a question that names no related document does not load it)
  const id = key ?? (await import('../cite/extract.js')).extractCitations(ref)[0]?.id;
  if (!id) throw new ParameterError('related', value, `"${ref}" names no document (give an id or a citation: "18-NQ/TW", "Nghị quyết số 18-NQ/TW")`);
  return { relation: relation.data, id };
}

export async function searchAnswer(store: Store, params: SearchParams) {
  if (!(await store.hasSearch())) {
    // (a PostgreSQL store always has search: a database without the search rows' schema is refused when opened)
    throw new AnswerError('unavailable', 'the corpus holds no search index (a snapshot ingested with --no-search): ingest again without it, or serve the folder');
  }
  const wanted: SearchOptions = {
    limit: params.limit,
    ...(params.offset !== undefined ? { offset: params.offset } : {}),
    ...(params.type ? { type: params.type } : {}),
    ...(params.level ? { level: params.level } : {}),
    ...(params.family ? { family: params.family } : {}),
    ...(params.place ? { place: params.place.slugs } : {}),
    ...(params.issuer ? { issuer: params.issuer } : {}),
    ...(params.related ? { related: await relatedParam(store, params.related) } : {}),
    ...(params.year ?? {}),
  };
  const result = await store.search(params.q, libraryOptions(SearchOptionsSchema, wanted, { yearFrom: 'year', yearTo: 'year' }));
  // the place as asked, not the few hundred slugs of the units within it that the filter was given
  if (params.place) result.explanation.filters.place = { slug: params.place.slug, name: params.place.display, withUnitsWithin: params.place.slugs.length };
  return result;
}
export type SearchAnswer = Awaited<ReturnType<typeof searchAnswer>>;

interface CitingDocument {
  id: string;
  path: string | null;
  type: string | null;
  date: string | null;
  count: number;
}

/** Who cites a document, grouped by the relation of each citing document to it. */
async function citesOf(store: Store, key: string): Promise<{ total: number; byRelation: Partial<Record<Relation, CitingDocument[]>> }> {
  const byRelation: Partial<Record<Relation, CitingDocument[]>> = {};
  const citing = new Set(await store.citingDocuments(key));
  for (const { attributes: a, source, sourceAttributes: s } of await store.edges(key, 'in')) {
    if (a.asserted || !citing.has(source)) continue;
    const list = (byRelation[a.relation] ??= []);
    const seen = list.find((x) => x.id === source);
    if (seen) seen.count += a.count;
    else list.push({ id: source, path: s.path, type: s.type, date: s.date, count: a.count });
  }
  for (const list of Object.values(byRelation)) list.sort((x, y) => y.count - x.count || (x.date ?? '').localeCompare(y.date ?? '') || x.id.localeCompare(y.id));
  // relations in the schema's order (implements, basis, cites, amends, …), whatever order the edges came in
  const ordered = Object.fromEntries(RelationSchema.options.flatMap((r) => (byRelation[r] ? [[r, byRelation[r]]] : [])));
  return { total: citing.size, byRelation: ordered };
}

export async function citesAnswer(store: Store, params: { ref: string }) {
  const key = await resolveRef(store, params.ref);
  return { id: key, path: await pathOf(store, key), ...(await citesOf(store, key)) };
}
export type CitesAnswer = Awaited<ReturnType<typeof citesAnswer>>;

/** The paths of many nodes at once (one round trip to a database, not one per node). */
async function pathsOf(store: Store, keys: Iterable<string>): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const k of keys) if (!out.has(k)) out.set(k, null);
  await Promise.all([...out.keys()].map(async (k) => out.set(k, await pathOf(store, k))));
  return out;
}

export async function pathAnswer(store: Store, params: { from: string; to: string }) {
  const from = await resolveRef(store, params.from, 'from');
  const to = await resolveRef(store, params.to, 'to');
  const found = await store.pathBetween(from, to);
  const paths = await pathsOf(store, (found?.steps ?? []).flatMap((s) => [s.from, s.to]));
  const steps = (found?.steps ?? []).map((s) => ({ ...s, fromPath: paths.get(s.from) ?? null, toPath: paths.get(s.to) ?? null }));
  return { from, to, direction: found?.direction ?? null, steps };
}
export type PathAnswer = Awaited<ReturnType<typeof pathAnswer>>;

export async function missingAnswer(store: Store, params: { limit: number }) {
  const list = await store.missing(params.limit);
  const paths = await pathsOf(store, list.flatMap((m) => m.citedBy));
  return list.map(({ key, ...m }) => ({ id: key, ...m, citedBy: m.citedBy.map((k) => ({ id: k, path: paths.get(k) ?? null })) }));
}
export type MissingAnswer = Awaited<ReturnType<typeof missingAnswer>>;

export async function rankAnswer(store: Store, params: { limit: number }) {
  const list = await store.mostCited(params.limit);
  const paths = await pathsOf(store, list.map((r) => r.key));
  return list.map(({ key, ...r }) => ({ id: key, ...r, path: paths.get(key) ?? null }));
}
export type RankAnswer = Awaited<ReturnType<typeof rankAnswer>>;

export async function checkAnswer(store: Store) {
  return (await store.dataQuality()).map(({ kind, nodes, ...f }) => ({ kind, ids: nodes, ...f }));
}
export type CheckAnswer = Awaited<ReturnType<typeof checkAnswer>>;

/** One edge of a document, seen from it: the other document and the relation. */
async function edgesOf(store: Store, key: string, direction: 'out' | 'in') {
  const out: Array<{ id: string; relation: Relation; count: number; asserted: boolean; assertedBy: string | null; path: string | null; type: string | null; date: string | null; inCorpus: boolean }> = [];
  for (const e of await store.edges(key, direction)) {
    const other = direction === 'out' ? e.target : e.source;
    const n = direction === 'out' ? e.targetAttributes : e.sourceAttributes;
    const a = e.attributes;
    out.push({ id: other, relation: a.relation, count: a.count, asserted: a.asserted, assertedBy: a.assertedBy, path: n.path, type: n.type, date: n.date, inCorpus: n.kind === 'document' });
  }
  // a stable order: relation as the schema lists them, then the other document
  const rank = new Map(RelationSchema.options.map((r, i) => [r, i]));
  return out.sort((x, y) => (rank.get(x.relation) ?? 0) - (rank.get(y.relation) ?? 0) || x.id.localeCompare(y.id) || (x.assertedBy ?? '').localeCompare(y.assertedBy ?? ''));
}

/** A corpus document as read, or null for a document only cited; a store that cannot read it now is said, not guessed. */
export async function readCorpusDocument(store: Store, key: string): Promise<Document | null> {
  try {
    return await store.document(key);
  } catch (e) {
    if (e instanceof StoreError) throw new AnswerError('unavailable', e.message, e.details);
    throw e;
  }
}

/**
 * A document of the graph: its node (identity as the graph holds it), the document as its file
 * reads (identity, sections, citations with zone and section path; without the text, which
 * `documentText` answers), and the edges out of it and into it. A document known only from
 * citations has `document: null`.
 */
export async function documentAnswer(store: Store, params: { id: string }) {
  const node = await store.node(params.id);
  if (!node) throw new AnswerError('not-found', `no document has the id "${params.id}"`, { parameter: 'id', value: params.id });
  const key = params.id;
  const doc = await readCorpusDocument(store, key);
  const document = doc && (({ text: _text, ...rest }: Document) => rest)(doc);
  return { id: key, path: node.path, node, document, outgoing: await edgesOf(store, key, 'out'), incoming: await edgesOf(store, key, 'in') };
}
export type DocumentAnswer = Awaited<ReturnType<typeof documentAnswer>>;

/** The plain text of a corpus document, the one every offset of its citations and sections points into. */
export async function documentText(store: Store, params: { id: string }): Promise<string> {
  if (!(await store.node(params.id))) throw new AnswerError('not-found', `no document has the id "${params.id}"`, { parameter: 'id', value: params.id });
  const doc = await readCorpusDocument(store, params.id);
  if (!doc) throw new AnswerError('not-found', `${params.id} is cited but not in the corpus: it has no text here`, { parameter: 'id', value: params.id, inCorpus: false });
  return doc.text;
}
