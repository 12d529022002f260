import type pg from 'pg';
import { extractCitations } from '../../cite/extract.js';
import type { Document } from '../../doc/schema.js';
import { documentName, exactKey, foldedKey, queryTerms } from '../../search/analyzer.js';
import { TEXT_WEIGHTS } from '../../search/match.js';
import { citesByRelation, phraseKey, symbolOf, SymbolTable } from '../../search/references.js';
import { SearchOptionsSchema, type Hit, type SearchOptions, type SearchResult } from '../../search/schema.js';
import { foldedMirror, snippetOf, snippetWords } from '../../search/snippet.js';
import { hitOf, searchResult } from '../../search/result.js';

/**
 * Full-text search through PostgreSQL, read the way the in-memory index reads a query
 * (src/search/search-index.ts): references first (the document a query names, then the documents
 * citing it, on a table of symbols), then the words (every word in the title or in the body, ranked
 * by tier: field, diacritics as typed, phrase; then by position), then, when too few documents have
 * every word, documents whose title has some of them. Filters, facets and hits have the same shape
 * and meaning; snippets are cut by vanban's own snippet code from the stored text.
 *
 * The words are two tsvector columns of `vanban_search` (migration 2): the folded key
 * (`to_tsvector('simple', unaccent(…))`) and the exact key (`to_tsvector('simple', …)`), each the
 * title at weight A and the body at weight D, over text vanban has already put in its exact form (NFC,
 * lower case, one tone placement, punctuation as spaces), so that the database and memory cut the
 * same words. A field's test is a tsquery whose words carry its weight (`'ke':A & 'hoach':A`); a phrase
 * is `<->`.
 */

/** characters of body indexed per document, as in memory: the rest is reached through citations */
export const BODY_LIMIT = 60_000;
const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
const LOOSE_FACTOR = 0.2;
/** slots of position per field, as in memory (match.ts RESOLUTION) */
const RESOLUTION = 9;
const TITLE_WEIGHT = [0, TEXT_WEIGHTS.title, TEXT_WEIGHTS.title + TEXT_WEIGHTS.titleExact, TEXT_WEIGHTS.title + TEXT_WEIGHTS.titlePhrase, TEXT_WEIGHTS.title + TEXT_WEIGHTS.titleExact + TEXT_WEIGHTS.titlePhrase];
const BODY_WEIGHT = [0, TEXT_WEIGHTS.body, TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyExact, TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyPhrase, TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyExact + TEXT_WEIGHTS.bodyPhrase];

/** Text as the database is given it: vanban's exact key, with everything but letters, marks and digits as spaces. */
export function exactText(s: string): string {
  return exactKey(s)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** The number of a symbol ("18" for "dang:18-NQ/TW"), as the in-memory symbol table files it. */
function numeralOf(sym: string): string | null {
  const m = /^(?:dang|vn):0*(\d+)/u.exec(sym);
  return m ? String(Number(m[1])) : null;
}

/** The search rows of one document: its vanban_search values (the two texts still to be made tsvectors) and its cited symbols. */
function searchRowsOf(key: string, doc: Document) {
  const i = doc.identity;
  const aliases: string[] = [];
  if (i.title && i.type && LAW_TYPES.has(i.type)) {
    // a law is cited by its name far more than by its number (as in memory: search-index.ts add)
    const title = i.title.toLowerCase().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    for (const c of extractCitations(`${i.type} ${title}`)) if (c.kind === 'named') aliases.push(symbolOf(c.id));
    aliases.push(`name:${phraseKey(`${i.type} ${i.title}`)}`);
  }
  const symbols = [...new Set([symbolOf(key), ...aliases])];
  const numerals = [...new Set(symbols.map(numeralOf).filter((n): n is string => n !== null))];
  const cites = citesByRelation(doc.citations);
  // the relation a citing hit shows: as the in-memory symbol table keeps it, the last relation other than a
  // plain mention met, else a plain mention
  const strongest = new Map<string, string>();
  const rows = new Set<string>();
  const cited: Array<[string, string]> = [];
  for (const [relation, ids] of cites) {
    for (const id of ids) {
      const sym = symbolOf(id);
      if (!strongest.has(sym) || relation !== 'cites') strongest.set(sym, relation);
      const k = `${sym}\u0000${relation}`;
      if (rows.has(k)) continue;
      rows.add(k);
      cited.push([sym, relation]);
    }
  }
  return {
    row: [key, doc.path, i.type, i.number, i.date?.iso ?? null, i.date?.year ?? null, i.title, i.level, i.family, i.place?.slug ?? null, foldedKey(i.issuer?.name ?? ''), symbols, numerals, exactText(documentName(i)), exactText(doc.text.slice(0, BODY_LIMIT))] as const,
    cites: cited.map(([sym, relation]) => ({ key, sym, relation, strongest: strongest.get(sym) === relation, numeral: numeralOf(sym) })),
  };
}

/**
 * Write the search rows of documents (each with its key in the graph), in the caller's transaction: after
 * their vanban_documents rows, whose removal takes them away. Two statements whatever their number (a
 * bulk load writes a few hundred at once); `seq` follows the order given.
 */
export async function writeSearchRows(client: pg.ClientBase, documents: ReadonlyArray<{ key: string; document: Document }>): Promise<void> {
  if (documents.length === 0) return;
  const made = documents.map((d) => searchRowsOf(d.key, d.document));
  const column = (n: number): unknown[] => made.map((m) => m.row[n]);
  // (a text[] a document goes as a JSON array: arrays of unequal lengths make no SQL array)
  const list = (n: number): string[] => made.map((m) => JSON.stringify(m.row[n]));
  await client.query(
    `WITH r AS (
       SELECT *, to_tsvector('simple', unaccent(title_text)) AS tf, to_tsvector('simple', unaccent(body_text)) AS bf,
              to_tsvector('simple', title_text) AS te, to_tsvector('simple', body_text) AS be
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::jsonb[], $13::jsonb[], $14::text[], $15::text[])
         WITH ORDINALITY AS u(document, path, type, number, date, year, title, level, family, place, issuer_folded, symbols, numerals, title_text, body_text, o)
     )
     INSERT INTO vanban_search (document, seq, path, type, number, date, year, title, level, family, place, issuer_folded, symbols, numerals, title_length, folded, exact)
     SELECT document, nextval('vanban_graph_seq'), path, type, number, date, year, title, level, family, place, issuer_folded,
            ARRAY(SELECT jsonb_array_elements_text(symbols)), ARRAY(SELECT jsonb_array_elements_text(numerals)),
            coalesce((SELECT max(p) FROM unnest(tf) x, unnest(x.positions) p), 0),
            setweight(tf, 'A') || setweight(bf, 'D'), setweight(te, 'A') || setweight(be, 'D')
     FROM r ORDER BY o`,
    [column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7), column(8), column(9), column(10), list(11), list(12), column(13), column(14)],
  );
  const cited = made.flatMap((m) => m.cites);
  if (cited.length) {
    await client.query(
      `INSERT INTO vanban_search_cites (document, symbol, relation, strongest, numeral)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[])`,
      [cited.map((c) => c.key), cited.map((c) => c.sym), cited.map((c) => c.relation), cited.map((c) => c.strongest), cited.map((c) => c.numeral)],
    );
  }
}

/** Query parameters, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** The filters of `opts` as one SQL condition over `s` (vanban_search), true when there are none. */
function filterSql(opts: SearchOptions, p: Params): string {
  const parts: string[] = [];
  if (opts.type) parts.push(`s.type = ANY(${p.add(opts.type)}::text[])`);
  if (opts.level) parts.push(`s.level = ANY(${p.add(opts.level)}::text[])`);
  if (opts.family) parts.push(`s.family = ANY(${p.add(opts.family)}::text[])`);
  if (opts.place) parts.push(`s.place = ANY(${p.add(opts.place)}::text[])`);
  if (opts.issuer !== undefined) parts.push(`strpos(s.issuer_folded, ${p.add(foldedKey(opts.issuer))}) > 0`);
  if (opts.yearFrom !== undefined) parts.push(`s.year >= ${p.add(opts.yearFrom)}::int`);
  if (opts.yearTo !== undefined) parts.push(`s.year <= ${p.add(opts.yearTo)}::int`);
  if (opts.related) {
    parts.push(`EXISTS (SELECT 1 FROM vanban_search_cites rc WHERE rc.document = s.document AND rc.symbol = ${p.add(symbolOf(opts.related.id))} AND rc.relation = ${p.add(opts.related.relation)})`);
  }
  // (a null column fails its test: coalesce, so the condition can also be negated)
  return parts.length ? `coalesce(${parts.join(' AND ')}, false)` : 'true';
}

/**
 * `sql` with only the parameters it uses, renumbered: node-postgres refuses values a statement does not
 * take, and the conditions here are built once and used by several statements.
 */
function bind(sql: string, values: readonly unknown[]): [string, unknown[]] {
  const used = new Map<number, number>();
  const out: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
    const k = Number(n);
    let to = used.get(k);
    if (to === undefined) {
      out.push(values[k - 1]);
      used.set(k, (to = out.length));
    }
    return `$${to}`;
  });
  return [text, out];
}

/** A tsquery word, quoted: the lexemes come from the database's own parser (letters and digits only). */
const lexeme = (w: string, weight: 'A' | 'D' | ''): string => `'${w.replace(/'/g, "''").replace(/\\/g, '\\\\')}'${weight ? `:${weight}` : ''}`;

interface QueryWords {
  /** folded words in query order, repeats kept */
  sequence: string[];
  folded: string[];
  /** exact words, or none when the query has no diacritics (they would be the folded ones) */
  exact: string[];
}

/** The query's words as the database cuts them (the same expressions as the stored columns). */
async function queryWords(client: pg.ClientBase, text: string): Promise<QueryWords | null> {
  const t = exactText(text);
  if (t === '') return null;
  const r = await client.query<{ cfg: string; lexeme: string; positions: number[] | null }>(
    `SELECT 'f' AS cfg, lexeme, positions FROM unnest(to_tsvector('simple', unaccent($1)))
     UNION ALL SELECT 'e', lexeme, positions FROM unnest(to_tsvector('simple', $1))`,
    [t],
  );
  const at: Array<[number, string]> = [];
  const exact: string[] = [];
  for (const row of r.rows) {
    if (row.cfg === 'e') exact.push(row.lexeme);
    else for (const pos of row.positions ?? []) at.push([pos, row.lexeme]);
  }
  if (at.length === 0) return null;
  const sequence = at.sort((a, b) => a[0] - b[0]).map((x) => x[1]);
  const folded = [...new Set(sequence)];
  return { sequence, folded, exact: exact.some((e) => !folded.includes(e)) ? exact : [] };
}

interface Flags {
  ta: string;
  ba: string;
  te: string;
  be: string;
  tp: string;
  bp: string;
}

/**
 * The tsqueries of a query's words, as SQL: `flags(f, x)` says over a folded vector `f` and an exact one `x`
 * whether the title (A) and the body (D) hold every word, with the diacritics as typed, as a phrase;
 * `tierOf` makes the tier of a document from those flags (see match.ts TEXT_WEIGHTS).
 */
function tierSql(q: QueryWords, p: Params) {
  const and = (ws: string[], w: 'A' | 'D' | ''): string => ws.map((x) => lexeme(x, w)).join(' & ');
  const phrase = (w: 'A' | 'D'): string => q.sequence.map((x) => lexeme(x, w)).join(' <-> ');
  const all = `${p.add(and(q.folded, ''))}::tsquery`;
  const qa = `${p.add(and(q.folded, 'A'))}::tsquery`;
  const qd = `${p.add(and(q.folded, 'D'))}::tsquery`;
  const ea = q.exact.length ? `${p.add(and(q.exact, 'A'))}::tsquery` : null;
  const ed = q.exact.length ? `${p.add(and(q.exact, 'D'))}::tsquery` : null;
  const two = q.sequence.length > 1;
  const pa = two ? `${p.add(phrase('A'))}::tsquery` : null;
  const pd = two ? `${p.add(phrase('D'))}::tsquery` : null;
  const flags = (f: string, x: string): Flags => ({
    ta: `(${f} @@ ${qa})`,
    ba: `(${f} @@ ${qd})`,
    te: ea ? `(${x} @@ ${ea})` : 'false',
    be: ed ? `(${x} @@ ${ed})` : 'false',
    tp: pa ? `(${f} @@ ${pa})` : 'false',
    bp: pd ? `(${f} @@ ${pd})` : 'false',
  });
  const state = (a: string, e: string, ph: string, w: readonly number[]): string =>
    `CASE WHEN NOT ${a} THEN ${w[0]} WHEN ${e} AND ${ph} THEN ${w[4]} WHEN ${ph} THEN ${w[3]} WHEN ${e} THEN ${w[2]} ELSE ${w[1]} END`;
  // a body phrase does not count when the title has the phrase
  const tierOf = (c: Flags): string => `(${state(c.ta, c.te, c.tp, TITLE_WEIGHT)} + ${state(c.ba, c.be, `(${c.bp} AND NOT (${c.ta} AND ${c.tp}))`, BODY_WEIGHT)})`;
  const own = flags('s.folded', 's.exact');
  return { all, flags, tierOf, exact: ea !== null, matched: `(s.folded @@ ${all} AND (${own.ta} OR ${own.ba}))`, tier: tierOf(own) };
}

/** Where the slots of memory's positions end (match.ts positionSlot): a token at index i is in slot width_bucket(i, SLOT_ENDS). */
const SLOT_ENDS = '{8,24,56,120,248,504,1016,2040}';

interface RefHit {
  key: string;
  seq: number;
  score: number;
  matchedBy: 'document' | 'citing';
  relation: string | null;
}

interface Ranked {
  key: string;
  score: number;
  matchedBy?: Hit['matchedBy'];
  relation?: string | null;
}

/** Search the database as SearchIndex.search searches memory (one read-only, repeatable-read transaction: the caller's). */
export async function searchDatabase(client: pg.ClientBase, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const opts = SearchOptionsSchema.parse(options);
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  const want = offset + limit;

  // 1. the document the query names, then the documents that cite it: the symbol table of memory, filled with
  // the symbols of the numbers the query holds (and the law name it may be), which is all it looks at
  const numerals = [...new Set((query.match(/\d+/g) ?? []).map((d) => String(Number(d))))];
  const byName = `name:${phraseKey(query)}`;
  const table = new SymbolTable();
  const own = await client.query<{ document: string; symbols: string[] }>(`SELECT document, symbols FROM vanban_search WHERE numerals && $1::text[] OR symbols @> ARRAY[$2]::text[]`, [numerals, byName]);
  for (const row of own.rows) table.addSymbols(row.document, row.symbols.slice(1));
  if (numerals.length) {
    const cited = await client.query<{ symbol: string }>(`SELECT DISTINCT symbol FROM vanban_search_cites WHERE numeral = ANY($1::text[])`, [numerals]);
    // (only whether a symbol is cited matters to the table's reading: who cites it is asked below)
    table.addCitations(0, new Map([['cites', new Set(cited.rows.map((r) => r.symbol))]]));
  }
  const { symbols: named, textQuery } = table.named(query);

  const words = await queryWords(client, textQuery);
  const p = new Params();
  const keep = filterSql(opts, p);
  const t = words ? tierSql(words, p) : null;

  // the referenced documents, scored as memory scores them (1000 for the document, 400 for a citing one
  // that implements or rests on it, 300 for a mention), plus their tier when the words match too
  const refs = new Map<string, RefHit>();
  if (named.length) {
    const pn = new Params();
    const rows = await client.query<{ document: string; seq: string; symbols: string[] }>(`SELECT document, seq, symbols FROM vanban_search WHERE symbols && ${pn.add(named)}::text[]`, pn.values);
    const citing = await client.query<{ document: string; seq: string; symbol: string; relation: string }>(
      `SELECT c.document, s.seq, c.symbol, c.relation FROM vanban_search_cites c JOIN vanban_search s USING (document) WHERE c.strongest AND c.symbol = ANY($1::text[]) ORDER BY s.seq`,
      [named],
    );
    const ownSymbols = rows.rows.map((r) => ({ ...r, set: new Set([symbolOf(r.document), ...r.symbols.slice(1)]) }));
    for (const sym of named) {
      for (const r of ownSymbols.sort((a, b) => Number(a.seq) - Number(b.seq))) {
        if (!r.set.has(sym)) continue;
        const h = refs.get(r.document);
        if (h) {
          h.score += 1000;
          h.matchedBy = 'document';
          h.relation = null;
        } else refs.set(r.document, { key: r.document, seq: Number(r.seq), score: 1000, matchedBy: 'document', relation: null });
      }
      for (const c of citing.rows) {
        if (c.symbol !== sym) continue;
        const score = c.relation === 'cites' ? 300 : 400;
        const h = refs.get(c.document);
        if (h) {
          h.score += score;
          if (h.matchedBy === 'citing' && h.relation === null) h.relation = c.relation;
        } else refs.set(c.document, { key: c.document, seq: Number(c.seq), score, matchedBy: 'citing', relation: c.relation });
      }
    }
  }
  const refKeys = [...refs.keys()];
  const refKeysParam = p.add(refKeys);
  let first: RefHit[] = [];
  if (refKeys.length) {
    const kept = await client.query<{ document: string; tier: number }>(...bind(`SELECT s.document, ${t ? t.tier : '0'} AS tier FROM vanban_search s WHERE s.document = ANY(${refKeysParam}::text[]) AND ${keep}`, p.values));
    first = kept.rows.map((r) => {
      const h = refs.get(r.document) as RefHit;
      return { ...h, score: h.score + (t ? Number(r.tier) : 0) };
    });
    first.sort((a, b) => b.score - a.score || a.seq - b.seq);
  }
  const keptRefs = first.map((r) => r.key);
  let total = keptRefs.length;

  // 2. documents with every word in the title or the body, by tier, then by the position of their latest word
  let textHits: Ranked[] = [];
  const eligible = t ? `(${t.matched} AND ${keep} AND NOT s.document = ANY(${refKeysParam}::text[]))` : null;
  const facetCounts: Array<{ type: string | null; year: number | null; level: string | null; family: string | null; n: number | string }> = [];
  if (t && eligible && words) {
    const need = Math.max(0, want - first.length);
    const f = t.flags('v.f', 'v.x');
    const col = { ta: 'b.ta', ba: 'b.ba', te: 'b.te', be: 'b.be', tp: 'b.tp', bp: 'b.bp' };
    // each vector is read (and decompressed) once a row, into v, not once per test; the query's words
    // alone, with every position (weight B, unused by the columns), give the position of each word's first
    // occurrence: in the title up to title_length, in the body after it
    const r = await client.query<{ document: string; tier: number; slot: number; total: string; facets: typeof facetCounts | null }>(
      ...bind(
        `WITH b AS MATERIALIZED (
           SELECT s.document, s.seq, s.title_length, s.type, s.year, s.level, s.family,
             ${f.ta} AS ta, ${f.ba} AS ba, ${f.te} AS te, ${f.be} AS be, ${f.tp} AS tp, ${f.bp} AS bp,
             ts_filter(setweight(v.f, 'b', ${p.add(words.folded)}::text[]), '{b}') AS w
           FROM vanban_search s
           CROSS JOIN LATERAL (SELECT s.folded || ''::tsvector AS f, ${t.exact ? `s.exact || ''::tsvector` : 'NULL::tsvector'} AS x OFFSET 0) v
           WHERE s.folded @@ ${t.all} AND ${keep} AND NOT s.document = ANY(${refKeysParam}::text[])
         ), e AS (
           SELECT b.document, b.seq, b.type, b.year, b.level, b.family, ${t.tierOf(col)} AS tier,
             width_bucket((SELECT max(CASE WHEN b.ta THEN y.tf ELSE y.bf - b.title_length END) - 1
                           FROM (SELECT min(x) FILTER (WHERE x <= b.title_length) AS tf, min(x) FILTER (WHERE x > b.title_length) AS bf
                                 FROM unnest(b.w) u, unnest(u.positions) x GROUP BY u.lexeme) y), '${SLOT_ENDS}'::int[]) AS slot
           FROM b WHERE b.ta OR b.ba
         )
         SELECT e.document, e.tier, e.slot, count(*) OVER () AS total,
           (SELECT json_agg(g) FROM (SELECT type, year, level, family, count(*) AS n FROM e GROUP BY 1, 2, 3, 4) g) AS facets
         FROM e ORDER BY e.tier DESC, e.slot, e.seq LIMIT ${need}`,
        p.values,
      ),
    );
    if (r.rows.length) {
      total += Number(r.rows[0]!.total);
      facetCounts.push(...(r.rows[0]!.facets ?? []));
    } else if (need === 0) {
      // (a page filled by references: the matched documents are still counted)
      const c = await client.query<{ total: string; facets: typeof facetCounts | null }>(
        ...bind(`SELECT (SELECT count(*) FROM vanban_search s WHERE ${eligible}) AS total, (SELECT json_agg(g) FROM (SELECT s.type, s.year, s.level, s.family, count(*) AS n FROM vanban_search s WHERE ${eligible} GROUP BY 1, 2, 3, 4) g) AS facets`, p.values),
      );
      total += Number(c.rows[0]!.total);
      facetCounts.push(...(c.rows[0]!.facets ?? []));
    }
    textHits = r.rows.map((row) => ({ key: row.document, score: Number(row.tier) + (RESOLUTION - Number(row.slot)) / RESOLUTION }));
  }

  // 3. when too few documents have every word, documents whose title has some of them, far below
  // (a query that names a document is not loosened)
  let looseHits: Ranked[] = [];
  let loose: string | null = null;
  if (t && words && total < want && words.folded.length > 1 && named.length === 0) {
    const each = (ws: string[]): string => p.add(ws.map((w) => lexeme(w, 'A')));
    const anyTitle = p.add(words.folded.map((w) => lexeme(w, 'A')).join(' | '));
    loose = `(s.folded @@ ${anyTitle}::tsquery AND NOT ${t.matched} AND ${keep} AND NOT s.document = ANY(${refKeysParam}::text[]))`;
    const foldedQs = each(words.folded);
    const exactQs = words.exact.length ? each(words.exact) : null;
    const score = `${LOOSE_FACTOR} * (${TEXT_WEIGHTS.title} * (SELECT count(*) FROM unnest(${foldedQs}::tsquery[]) w WHERE s.folded @@ w)::float8 / ${words.folded.length}${
      exactQs ? ` + ${TEXT_WEIGHTS.titleExact} * (SELECT count(*) FROM unnest(${exactQs}::tsquery[]) w WHERE s.exact @@ w)::float8 / ${words.exact.length}` : ''
    })`;
    const r = await client.query<{ document: string; score: number; n: string }>(
      ...bind(`SELECT s.document, ${score} AS score, count(*) OVER () AS n FROM vanban_search s WHERE ${loose} ORDER BY score DESC, s.seq LIMIT ${Math.max(0, want - total)}`, p.values)
    );
    if (r.rows.length) total += Number(r.rows[0]!.n);
    else {
      const n = await client.query<{ n: string }>(...bind(`SELECT count(*) AS n FROM vanban_search s WHERE ${loose}`, p.values));
      total += Number(n.rows[0]!.n);
    }
    looseHits = r.rows.map((row) => ({ key: row.document, score: Number(row.score) }));
  }

  // facets: every document counted in the total (the matched ones counted above)
  const facetRows = await client.query<{ type: string | null; year: number | null; level: string | null; family: string | null; n: string }>(
    ...bind(
      `SELECT s.type, s.year, s.level, s.family, count(*) AS n FROM vanban_search s
       WHERE s.document = ANY(${p.add(keptRefs)}::text[])${loose ? ` OR ${loose}` : ''}
       GROUP BY 1, 2, 3, 4`,
      p.values,
    ),
  );
  facetCounts.push(...facetRows.rows);
  const facets: SearchResult['facets'] = { type: {}, year: {}, level: {}, family: {} };
  const count = (m: Record<string, number>, k: string, n: number): void => {
    m[k] = (m[k] ?? 0) + n;
  };
  for (const f of facetCounts) {
    const n = Number(f.n);
    count(facets.type, f.type ?? 'unknown', n);
    count(facets.year, f.year === null ? 'unknown' : String(f.year), n);
    count(facets.level, f.level ?? 'unknown', n);
    count(facets.family, f.family ?? 'unknown', n);
  }
  // years in order, the unknown last
  facets.year = Object.fromEntries(Object.entries(facets.year).sort((a, b) => (a[0] === 'unknown' ? 1 : b[0] === 'unknown' ? -1 : Number(a[0]) - Number(b[0]))));

  // the page, with snippets cut from the stored text as memory cuts them
  const ranked: Ranked[] = [...first.map((r) => ({ key: r.key, score: r.score, matchedBy: r.matchedBy, relation: r.relation })), ...textHits, ...looseHits];
  const page = ranked.slice(offset, offset + limit);
  const rows = page.length
    ? (
        await client.query<{ document: string; path: string | null; type: string | null; number: string | null; date: string | null; title: string | null; text: string }>(
          `SELECT s.document, s.path, s.type, s.number, s.date, s.title, left(d.text, ${BODY_LIMIT + 1000}) AS text
           FROM vanban_search s JOIN vanban_documents d ON d.key = s.document WHERE s.document = ANY($1::text[])`,
          [page.map((r) => r.key)],
        )
      ).rows
    : [];
  const byKey = new Map(rows.map((r) => [r.document, r]));
  const shown = snippetWords(queryTerms(query)); // snippets show every word of the query, the reference included
  const hits: Hit[] = page.map((r) => {
    const m = byKey.get(r.key)!;
    return hitOf({ ...m, key: r.key }, r, shown ? snippetOf(m.text, shown, 220, foldedMirror(m.text, BODY_LIMIT)) : null);
  });
  return searchResult(query, textQuery, total, hits, facets, named, opts);
}
