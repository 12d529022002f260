import { Document as FlexDocument, Encoder } from 'flexsearch';
import { extractCitations } from '../cite/extract.js';
import { parseId } from '../cite/ids.js';
import { TYPE_WORDS } from '../cite/lexicon/document-types.js';
import type { Document } from '../doc/schema.js';
import type { z } from 'zod';
import { documentName, exactKey, foldedKey, queryTerms } from './analyzer.js';
import { SearchOptionsSchema, type Hit, type SearchDocRecordSchema, type SearchOptions, type SearchRecord, type SearchResult } from './schema.js';
import { bestSnippet, foldedMirror, type FoldedMirror } from './snippet.js';

/** One indexed document: the snapshot's record, with its citations as sets. */
type Meta = Omit<z.infer<typeof SearchDocRecordSchema>['meta'], 'cites'> & { cites: Map<string, Set<string>> };

// a type alias, not an interface: flexsearch's DocumentData wants an index signature
type Record_ = {
  [key: string]: string | number;
  id: number;
  title: string;
  body: string;
  titleExact: string;
  bodyExact: string;
};

const PHRASE_CANDIDATES = 50; // best-scored documents checked for the query as a phrase
const MIRROR_CACHE = 256; // documents whose folded mirror is kept between queries
const BODY_LIMIT = 60_000; // characters of body indexed per document: the rest is reached through citations

/** Folded text with punctuation turned into spaces: the haystack for phrase matching. */
function phraseKey(s: string): string {
  return foldedKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The symbol part of an id, without place and scope: "dang:18-NQ/TW" for "dang:18-NQ/TW#XII". */
function symbolOf(id: string): string {
  try {
    const p = parseId(id.replace(/~\d+$/, ''));
    return `${p.scheme}:${p.key}`;
  } catch {
    return id;
  }
}

/** folded type word or abbreviation → type code ("nghi dinh" and "nd" → "NĐ"; "luat" → the QH codes of laws) */
const FOLDED_TYPE_CODE = new Map<string, string>([
  ...TYPE_WORDS.filter((t) => t.code).flatMap((t) => t.forms.map((f) => [foldedKey(f), foldedKey(t.code as string)] as const)),
  ...['nq', 'nd', 'qd', 'ct', 'kl', 'kh', 'tt', 'ctr', 'hd', 'qdi', 'tb', 'ttlt', 'bc', 'da'].map((c) => [c, c] as const),
  ['luat', 'qh'],
  ['bo luat', 'qh'],
  ['phap lenh', 'ubtvqh'],
]);
const FOLDED_NUMBER_QUERY = new RegExp(
  `^(${[...FOLDED_TYPE_CODE.keys()].sort((a, b) => b.length - a.length).join('|')})\\s*(?:so\\s*)?[-\\s]?(\\d{1,5})(?:\\s*/\\s*(\\d{4}))?(?:\\s*[-/\\s]\\s*([a-z][a-z0-9&]{0,12}(?:\\s*[-/]\\s*[a-z][a-z0-9&]{0,12})?))?$`,
  'u',
);
/** a symbol's parts: number, year, type code, issuer ("vn:12/2022/NĐ-CP", "dang:18-NQ/TW", "vn:61/2020/QH14") */
const SYMBOL_PARTS = /^(?:dang|vn):0*(\d+)[a-z]?[-/](?:(\d{4})\/)?([^-/@#~]+)(?:-([^/@#~]+))?(?:\/([^@#~]+))?/u;
const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
const alnum = (s: string): string => foldedKey(s).replace(/[^a-z0-9]/g, '');

/**
 * The search index of a corpus. Two keys per syllable (exact and folded, see analyzer.ts), the
 * title (trích yếu) weighted above the body, a context index for phrases, tags for filters, and
 * an exact map of citation ids: document numbers are never searched as text.
 *
 * @example
 *   const index = new SearchIndex();
 *   for await (const item of readCorpus('corpus')) if (item.ok) index.add(item.document.identity.id ?? item.path, item.document);
 *   index.search('nghi quyet 18', { level: ['province'] });
 */
export class SearchIndex {
  private readonly flex: FlexDocument<Record_>;
  private readonly meta = new Map<number, Meta>();
  private readonly idOf = new Map<string, number>();
  /** symbol ("dang:18-NQ/TW") → document keys with that identity */
  private readonly bySymbol = new Map<string, Set<string>>();
  /** symbol → keys of documents that cite it, with the relation */
  private readonly citedBy = new Map<string, Map<string, string>>();
  private nextId = 1;
  /** numeral ("18") → known symbols with that number: number queries look here, not at every symbol */
  private readonly byNumeral = new Map<string, Set<string>>();
  /** folded mirrors of recently shown documents, for snippets (most recent last) */
  private readonly mirrors = new Map<number, FoldedMirror>();

  constructor() {
    const folded = new Encoder({ normalize: foldedKey, dedupe: false, numeric: false });
    const exact = new Encoder({ normalize: exactKey, dedupe: false, numeric: false });
    // no flexsearch context index: in 0.8.212 a phrase whose pairs are not all adjacent returns nothing
    // instead of falling back; phrases are ranked below by looking for the folded phrase itself
    this.flex = new FlexDocument<Record_>({
      document: {
        id: 'id',
        index: [
          { field: 'title', encoder: folded, tokenize: 'strict' },
          { field: 'body', encoder: folded, tokenize: 'strict' },
          { field: 'titleExact', encoder: exact, tokenize: 'strict' },
          { field: 'bodyExact', encoder: exact, tokenize: 'strict' },
        ],
      },
    });
  }

  get size(): number {
    return this.meta.size;
  }

  /** Records that rebuild this index without re-indexing (see `importRecord`); the snapshot stores them. */
  async exportRecords(write: (record: SearchRecord) => Promise<void>): Promise<void> {
    for (const [id, m] of this.meta) {
      await write({ t: 'search-doc', id, meta: { ...m, cites: [...m.cites].map(([r, set]) => [r, [...set]] as [string, string[]]) } });
    }
    const chunks: Array<[string, string]> = [];
    await this.flex.export((key: string | number, data: string) => {
      chunks.push([String(key), data]);
    });
    for (const [key, data] of chunks) await write({ t: 'search-index', key, data });
  }

  /** Restore one record written by `exportRecords` (in order); the flexsearch options are this class's own. */
  importRecord(r: SearchRecord): void {
    if (r.t === 'search-doc') {
      const m: Meta = { ...r.meta, cites: new Map(r.meta.cites.map(([rel, ids]) => [rel, new Set(ids)])) };
      this.meta.set(r.id, m);
      this.idOf.set(m.key, r.id);
      this.nextId = Math.max(this.nextId, r.id + 1);
      this.registerSymbols(m.key, m.aliases);
      this.registerCitations(m.key, m.cites);
    } else {
      this.flex.import(r.key, r.data);
    }
  }

  private noteNumeral(sym: string): void {
    const m = /^(?:dang|vn):0*(\d+)/u.exec(sym);
    if (!m) return;
    const numeral = String(Number(m[1]));
    let set = this.byNumeral.get(numeral);
    if (!set) this.byNumeral.set(numeral, (set = new Set()));
    set.add(sym);
  }

  /** `key` cites these: a stronger relation (implements, basis …) wins over a plain mention */
  private registerCitations(key: string, cites: Map<string, Set<string>>): void {
    for (const [relation, ids] of cites) {
      for (const cited of ids) {
        const sym = symbolOf(cited);
        let by = this.citedBy.get(sym);
        if (!by) {
          this.citedBy.set(sym, (by = new Map()));
          this.noteNumeral(sym);
        }
        if (!by.has(key) || relation !== 'cites') by.set(key, relation);
      }
    }
  }

  private registerSymbols(key: string, aliases: string[]): void {
    for (const sym of [symbolOf(key), ...aliases]) {
      this.noteNumeral(sym);
      let set = this.bySymbol.get(sym);
      if (!set) this.bySymbol.set(sym, (set = new Set()));
      set.add(key);
    }
  }

  /** Add (or replace) one document under `key` (its id in the graph). */
  add(key: string, doc: Document): void {
    if (this.idOf.has(key)) this.remove(key);
    const id = this.nextId++;
    const i = doc.identity;
    const body = doc.text.slice(0, BODY_LIMIT);
    const title = documentName(i);
    const cites = new Map<string, Set<string>>();
    for (const c of doc.citations) {
      if (c.role === 'embedded') continue;
      let set = cites.get(c.relation);
      if (!set) cites.set(c.relation, (set = new Set()));
      set.add(c.id);
    }
    this.registerCitations(key, cites);
    const aliases: string[] = [];
    if (i.title && i.type && LAW_TYPES.has(i.type)) {
      // a law is cited by its name far more than by its number: "Luật Tiếp công dân" names this document
      const title = i.title.toLowerCase().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      for (const c of extractCitations(`${i.type} ${title}`)) if (c.kind === 'named') aliases.push(symbolOf(c.id));
      // and typed without diacritics ("luat tiep cong dan"), which the extractor does not read
      aliases.push(`name:${phraseKey(`${i.type} ${i.title}`)}`);
    }
    this.meta.set(id, {
      key,
      aliases,
      path: doc.path,
      type: i.type,
      number: i.number,
      date: i.date?.iso ?? null,
      year: i.date?.year ?? null,
      title: i.title,
      level: i.level,
      family: i.family,
      place: i.place?.slug ?? null,
      issuerFolded: foldedKey(i.issuer?.name ?? ''),
      text: doc.text,
      phraseTitle: ` ${phraseKey(title)} `,
      phraseBody: ` ${phraseKey(body)} `,
      cites,
    });
    this.idOf.set(key, id);
    this.registerSymbols(key, aliases);
    this.flex.add({ id, title, body, titleExact: title, bodyExact: body });
  }

  remove(key: string): boolean {
    const id = this.idOf.get(key);
    if (id === undefined) return false;
    this.flex.remove(id);
    for (const sym of [symbolOf(key), ...(this.meta.get(id)?.aliases ?? [])]) this.bySymbol.get(sym)?.delete(key);
    this.meta.delete(id);
    this.mirrors.delete(id);
    this.idOf.delete(key);
    for (const by of this.citedBy.values()) by.delete(key);
    return true;
  }

  private mirrorOf(id: number, text: string): FoldedMirror {
    let mirror = this.mirrors.get(id);
    if (mirror) this.mirrors.delete(id);
    else mirror = foldedMirror(text, BODY_LIMIT);
    this.mirrors.set(id, mirror);
    if (this.mirrors.size > MIRROR_CACHE) this.mirrors.delete(this.mirrors.keys().next().value as number);
    return mirror;
  }

  /** The documents a query names: by the extractor, or by an abbreviation ("NQ 18 TW"). */
  private namedSymbols(query: string): { symbols: string[]; textQuery: string } {
    const out = new Set<string>();
    // the parts of the query that are document numbers: matched on the symbol map, left out of the text search
    // (as text, "18-NQ/TW" would be "18 nq tw", found in every Party document)
    let textQuery = query;
    // queries are typed in lower case: "nghị quyết 18" is read as "Nghị quyết 18"
    const capitalized = query.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase());
    const known = (sym: string): boolean => this.bySymbol.has(sym) || this.citedBy.has(sym);
    for (const c of extractCitations(capitalized)) {
      // (only a number that names a known document: "158/2025/nd-cp" typed in lower case still needs the text)
      if (c.kind === 'numbered' && c.form !== 'partial' && known(symbolOf(c.id))) textQuery = textQuery.slice(0, c.start) + ' '.repeat(c.end - c.start) + textQuery.slice(c.end);
      if (c.form === 'partial' && c.number) {
        // "nghị quyết 18": every known symbol with that type code and number; when there is one, the words are
        // the reference, not text to search (as text, "nghị quyết 18" is in most documents of a corpus)
        const numeral = String(Number(c.number.replace(/\D.*$/, '')));
        const before = out.size;
        for (const sym of this.byNumeral.get(numeral) ?? []) {
          const m = SYMBOL_PARTS.exec(sym);
          if (m && m[1] === numeral && m[3] === c.typeCode) out.add(sym);
        }
        if (out.size > before) textQuery = textQuery.slice(0, c.start) + ' '.repeat(c.end - c.start) + textQuery.slice(c.end);
      } else out.add(symbolOf(c.id));
    }
    if (out.size === 0) {
      const byName = `name:${phraseKey(query)}`;
      if (this.bySymbol.has(byName)) out.add(byName);
    }
    // a type word or its abbreviation and a number, typed any way: "nghi dinh 145", "nđ 12/2022",
    // "TT 13/2024 BLDTBXH", "NQ 18 TW": every known symbol with that number, type code, year and issuer
    const q = FOLDED_NUMBER_QUERY.exec(foldedKey(query).trim());
    if (q && out.size === 0) {
      const before = out.size;
      const code = FOLDED_TYPE_CODE.get(q[1] as string) as string;
      const numeral = String(Number(q[2]));
      const year = q[3] ?? null;
      const issuer = q[4] ? alnum(q[4]) : null;
      for (const sym of this.byNumeral.get(numeral) ?? []) {
        const m = SYMBOL_PARTS.exec(sym);
        if (!m || m[1] !== numeral || (year !== null && m[2] !== year)) continue;
        const symCode = alnum(m[3] as string);
        // laws carry the legislature's code ("QH14"), ordinances the standing committee's
        // and resolutions of the Assembly or its committee have no type code at all ("17/2022/UBTVQH15")
        const legislature = /^(?:qh|ubtvqh)\d*$/.test(symCode);
        const codeOk = symCode === code || (code === 'qd' && symCode === 'qdi') || ((code === 'qh' || code === 'ubtvqh') && symCode.startsWith(code)) || (code === 'nq' && legislature);
        if (!codeOk) continue;
        const symIssuer = alnum(`${m[4] ?? ''}${m[5] ?? ''}`);
        if (issuer !== null && !(symIssuer.includes(issuer) || alnum(m[3] as string).includes(issuer) || issuer.includes(symIssuer) && symIssuer !== '')) continue;
        out.add(sym);
      }
      if (out.size > before) textQuery = '';
    }
    return { symbols: [...out], textQuery };
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const opts = SearchOptionsSchema.parse(options);
    const limit = opts.limit ?? 20;
    const offset = opts.offset ?? 0;
    const scores = new Map<number, { score: number; matchedBy: Hit['matchedBy']; relation: string | null }>();
    const bump = (id: number, score: number, matchedBy: Hit['matchedBy'], relation: string | null = null): void => {
      const s = scores.get(id);
      if (!s) scores.set(id, { score, matchedBy, relation });
      else {
        s.score += score;
        if (matchedBy !== 'text' && s.matchedBy === 'text') Object.assign(s, { matchedBy, relation });
      }
    };
    // 1. the document the query names, then the documents that cite it
    const { symbols: named, textQuery } = this.namedSymbols(query);
    for (const sym of named) {
      for (const key of this.bySymbol.get(sym) ?? []) bump(this.idOf.get(key) as number, 1000, 'document');
      for (const [key, relation] of this.citedBy.get(sym) ?? []) {
        const id = this.idOf.get(key);
        if (id !== undefined) bump(id, relation === 'cites' ? 300 : 400, 'citing', relation);
      }
    }
    // 2. words: title above body, exact diacritics above folded collisions, adjacent syllables above scattered ones
    const terms = queryTerms(textQuery);
    // snippets show every word of the query, the reference included
    const shown = queryTerms(query);
    if (terms.length > 0) {
      const text = terms.map((t) => t.exact).join(' ');
      const weights: Record<string, number> = { title: 30, body: 10, titleExact: 12, bodyExact: 4 };
      // every word first; only when that finds too little, documents with some of the words (ranked far below)
      const strict = this.flex.search({ query: text, limit: 1000 }) as Array<{ field: string; result: number[] }>;
      const found = new Set(strict.flatMap((r) => r.result));
      // (a query that names a document is not loosened: "18-NQ/TW" must not turn into "any text with TW")
      const loose = found.size < limit + offset && terms.length > 1 && named.length === 0 ? (this.flex.search({ query: text, index: ['title', 'titleExact'], limit: 1000, suggest: true }) as Array<{ field: string; result: number[] }>) : [];
      for (const [results, factor] of [[strict, 1], [loose, 0.2]] as const) {
        for (const r of results) {
          const w = (weights[r.field] ?? 1) * factor;
          const n = r.result.length;
          r.result.forEach((id, rank) => bump(id, w * (1 - rank / (n + 1)), 'text'));
        }
      }
    }
    // adjacent syllables in order ("tinh gọn bộ máy") rank above the same words scattered
    // (checked on the best candidates only: scanning every matching body would dominate the query time)
    if (terms.length > 1) {
      const phrase = ` ${terms.map((t) => t.folded).join(' ')} `;
      const candidates = scores.size <= PHRASE_CANDIDATES ? [...scores] : [...scores].sort((a, b) => b[1].score - a[1].score).slice(0, PHRASE_CANDIDATES);
      for (const [id, sc] of candidates) {
        const m = this.meta.get(id) as Meta;
        if (m.phraseTitle.includes(phrase)) sc.score += 40;
        else if (m.phraseBody.includes(phrase)) sc.score += 15;
      }
    }
    // 3. filters, facets
    const related = opts.related;
    const relatedSym = related ? symbolOf(related.id) : null;
    const pass = (m: Meta): boolean =>
      (!opts.type || (m.type !== null && opts.type.includes(m.type))) &&
      (!opts.family || (m.family !== null && opts.family.includes(m.family as 'party'))) &&
      (!opts.level || (m.level !== null && opts.level.includes(m.level as 'central'))) &&
      (!opts.place || (m.place !== null && opts.place.includes(m.place))) &&
      (!opts.issuer || m.issuerFolded.includes(foldedKey(opts.issuer))) &&
      (opts.yearFrom === undefined || (m.year !== null && m.year >= opts.yearFrom)) &&
      (opts.yearTo === undefined || (m.year !== null && m.year <= opts.yearTo)) &&
      (!related || [...(m.cites.get(related.relation) ?? [])].some((id) => symbolOf(id) === relatedSym));
    const ranked = [...scores].filter(([id]) => pass(this.meta.get(id) as Meta)).sort((a, b) => b[1].score - a[1].score || a[0] - b[0]);
    const facets: SearchResult['facets'] = { type: {}, year: {}, level: {}, family: {} };
    for (const [id] of ranked) {
      const m = this.meta.get(id) as Meta;
      const inc = (f: Record<string, number>, v: string | number | null): void => {
        const k = v === null ? 'unknown' : String(v);
        f[k] = (f[k] ?? 0) + 1;
      };
      inc(facets.type, m.type);
      inc(facets.year, m.year);
      inc(facets.level, m.level);
      inc(facets.family, m.family);
    }
    const hits: Hit[] = ranked.slice(offset, offset + limit).map(([id, s]) => {
      const m = this.meta.get(id) as Meta;
      const snippet = bestSnippet(m.text, shown, 220, this.mirrorOf(id, m.text));
      return { id: m.key, path: m.path, type: m.type, number: m.number, date: m.date, title: m.title, score: Math.round(s.score * 100) / 100, matchedBy: s.matchedBy, relation: s.relation, snippets: snippet ? [snippet] : [] };
    });
    const filters: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(opts)) if (v !== undefined && k !== 'limit' && k !== 'offset') filters[k] = v;
    return { query, total: ranked.length, hits, facets, explanation: { citations: named, terms: terms.map(({ exact, folded }) => ({ exact, folded })), filters } };
  }
}
