import { extractCitations } from '../cite/extract.js';
import { parseId } from '../cite/ids.js';
import { TYPE_WORDS } from '../cite/lexicon/document-types.js';
import { RelationSchema } from '../cite/schema.js';
import { foldedKey } from './analyzer.js';
import { BinaryError, PagedTable, PostingTable, regionOf, type BlockReader, type BlockRegion, type BlockWriter, type TermTable } from './binary.js';
import { grow, IdList } from './bitset.js';
import type { Slots } from './postings.js';

/** Folded text with punctuation turned into spaces: how a law's name typed in a search box is compared. */
export function phraseKey(s: string): string {
  return foldedKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The symbol part of an id, without place and scope: "dang:18-NQ/TW" for "dang:18-NQ/TW#XII". */
export function symbolOf(id: string): string {
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
const alnum = (s: string): string => foldedKey(s).replace(/[^a-z0-9]/g, '');

/**
 * Who is who by number: the symbols each indexed document goes by, and the documents that cite
 * each symbol with their strongest relation. A query that names a document is matched here, never
 * as text (as text, "18-NQ/TW" is "18 nq tw", found in every Party document).
 */
export class SymbolTable {
  /** symbol ("dang:18-NQ/TW") → document keys with that identity */
  readonly bySymbol = new Map<string, Set<string>>();
  /** symbol → ids (the index's numbers) of documents that cite it, with the relation */
  readonly citedBy = new Map<string, Map<number, string>>();
  /** numeral ("18") → known symbols with that number: number queries look here, not at every symbol */
  private readonly byNumeral = new Map<string, Set<string>>();
  /**
   * cited id → its symbol: a central document is cited by thousands (3 700 distinct ids among 32 000 citations
   * at 10 000 synthetic documents), and an index read from a snapshot registers every citation at once
   */
  private readonly citedSymbol = new Map<string, string>();
  /** the table of a paged search part (layout 3), read by range; the maps above hold what was added since */
  frozen: FrozenSymbols | null = null;
  /** whether document `id` is still in the index (the frozen table keeps removed ones: they are skipped) */
  isLive: (id: number) => boolean = () => true;

  private symbolOfCited(id: string): string {
    let sym = this.citedSymbol.get(id);
    if (sym === undefined) this.citedSymbol.set(id, (sym = symbolOf(id)));
    return sym;
  }

  private noteNumeral(sym: string): void {
    const m = /^(?:dang|vn):0*(\d+)/u.exec(sym);
    if (!m) return;
    const numeral = String(Number(m[1]));
    let set = this.byNumeral.get(numeral);
    if (!set) this.byNumeral.set(numeral, (set = new Set()));
    set.add(sym);
  }

  /** Document `id` cites these: a stronger relation (implements, basis …) wins over a plain mention */
  addCitations(id: number, cites: Map<string, Set<string>>): void {
    for (const [relation, ids] of cites) {
      for (const cited of ids) {
        const sym = this.symbolOfCited(cited);
        let by = this.citedBy.get(sym);
        if (!by) {
          this.citedBy.set(sym, (by = new Map()));
          this.noteNumeral(sym);
        }
        if (!by.has(id) || relation !== 'cites') by.set(id, relation);
      }
    }
  }

  addSymbols(key: string, aliases: readonly string[]): void {
    for (const sym of [symbolOf(key), ...aliases]) {
      this.noteNumeral(sym);
      let set = this.bySymbol.get(sym);
      if (!set) this.bySymbol.set(sym, (set = new Set()));
      set.add(key);
    }
  }

  /** Forget document `id` (`key`): the symbols it goes by and its citations (only those it made are looked at). */
  remove(key: string, id: number, aliases: readonly string[], cites: Map<string, Set<string>>): void {
    for (const sym of [symbolOf(key), ...aliases]) this.bySymbol.get(sym)?.delete(key);
    for (const ids of cites.values()) for (const cited of ids) this.citedBy.get(this.symbolOfCited(cited))?.delete(id);
  }

  private known(sym: string): boolean {
    return this.bySymbol.has(sym) || this.citedBy.has(sym) || (this.frozen !== null && this.frozen.find(sym) >= 0);
  }

  /** Symbols with `numeral`, in the order they were first noted (the frozen table's first). */
  private numeralSymbols(numeral: string): Iterable<string> {
    const own = this.byNumeral.get(numeral);
    if (!this.frozen) return own ?? [];
    const base = this.frozen.numeral(numeral);
    if (!own) return base;
    const all = new Set(base);
    for (const sym of own) all.add(sym);
    return all;
  }

  /** Whether some document goes by `sym` (or did, when it was added to this table). */
  private hasDocuments(sym: string): boolean {
    if (this.bySymbol.has(sym)) return true;
    const i = this.frozen ? this.frozen.find(sym) : -1;
    return i >= 0 && (this.frozen as FrozenSymbols).documents(i).length > 0;
  }

  /** The documents in the index that go by `sym` (`idOf` gives the ids of those added to the maps). */
  documentsOf(sym: string, idOf: (key: string) => number | undefined): number[] {
    const out: number[] = [];
    const i = this.frozen ? this.frozen.find(sym) : -1;
    if (i >= 0) {
      const ids = (this.frozen as FrozenSymbols).documents(i);
      for (let z = 0; z < ids.length; z++) if (this.isLive(ids[z] as number)) out.push(ids[z] as number);
    }
    for (const key of this.bySymbol.get(sym) ?? []) {
      const id = idOf(key);
      if (id !== undefined) out.push(id);
    }
    return out;
  }

  /** Each document in the index that cites `sym`, with its strongest relation. */
  forEachCiter(sym: string, f: (relation: string, id: number) => void): void {
    const i = this.frozen ? this.frozen.find(sym) : -1;
    if (i >= 0) {
      const frozen = this.frozen as FrozenSymbols;
      frozen.citers(i).forEach((ids, code) => {
        if (!ids) return;
        const relation = frozen.relations[code] as string;
        for (let z = 0; z < ids.length; z++) if (this.isLive(ids[z] as number)) f(relation, ids[z] as number);
      });
    }
    // (forEach: an iterator would make an entry array per citing document)
    this.citedBy.get(sym)?.forEach((relation, id) => f(relation, id));
  }

  /**
   * The documents a query names: by the extractor, or by an abbreviation ("NQ 18 TW"), and the
   * query with those references blanked out (what is left is searched as text).
   */
  named(query: string): { symbols: string[]; textQuery: string } {
    const out = new Set<string>();
    let textQuery = query;
    const blank = (start: number, end: number): void => {
      textQuery = textQuery.slice(0, start) + ' '.repeat(end - start) + textQuery.slice(end);
    };
    // queries are typed in lower case: "nghị quyết 18" is read as "Nghị quyết 18"
    const capitalized = query.replace(/^\s*\p{Ll}/u, (c) => c.toUpperCase());
    for (const c of extractCitations(capitalized)) {
      // (only a number that names a known document: "158/2025/nd-cp" typed in lower case still needs the text)
      if (c.kind === 'numbered' && c.form !== 'partial' && this.known(symbolOf(c.id))) blank(c.start, c.end);
      if (c.form === 'partial' && c.number) {
        // "nghị quyết 18": every known symbol with that type code and number; when there is one, the words are
        // the reference, not text to search (as text, "nghị quyết 18" is in most documents of a corpus)
        const numeral = String(Number(c.number.replace(/\D.*$/, '')));
        const before = out.size;
        for (const sym of this.numeralSymbols(numeral)) {
          const m = SYMBOL_PARTS.exec(sym);
          if (m && m[1] === numeral && m[3] === c.typeCode) out.add(sym);
        }
        if (out.size > before) blank(c.start, c.end);
      } else out.add(symbolOf(c.id));
    }
    if (out.size === 0) {
      const byName = `name:${phraseKey(query)}`;
      if (this.hasDocuments(byName)) out.add(byName);
    }
    // a type word or its abbreviation and a number, typed any way: "nghi dinh 145", "nđ 12/2022",
    // "TT 13/2024 BLDTBXH", "NQ 18 TW": every known symbol with that number, type code, year and issuer
    const q = FOLDED_NUMBER_QUERY.exec(foldedKey(query).trim());
    if (q && out.size === 0) {
      const code = FOLDED_TYPE_CODE.get(q[1] as string) as string;
      const numeral = String(Number(q[2]));
      const year = q[3] ?? null;
      const issuer = q[4] ? alnum(q[4]) : null;
      for (const sym of this.numeralSymbols(numeral)) {
        const m = SYMBOL_PARTS.exec(sym);
        if (!m || m[1] !== numeral || (year !== null && m[2] !== year)) continue;
        const symCode = alnum(m[3] as string);
        // laws carry the legislature's code ("QH14"), ordinances the standing committee's
        // and resolutions of the Assembly or its committee have no type code at all ("17/2022/UBTVQH15")
        const legislature = /^(?:qh|ubtvqh)\d*$/.test(symCode);
        const codeOk = symCode === code || (code === 'qd' && symCode === 'qdi') || ((code === 'qh' || code === 'ubtvqh') && symCode.startsWith(code)) || (code === 'nq' && legislature);
        if (!codeOk) continue;
        const symIssuer = alnum(`${m[4] ?? ''}${m[5] ?? ''}`);
        if (issuer !== null && !(symIssuer.includes(issuer) || alnum(m[3] as string).includes(issuer) || (issuer.includes(symIssuer) && symIssuer !== ''))) continue;
        out.add(sym);
      }
      if (out.size > 0) textQuery = '';
    }
    return { symbols: [...out], textQuery };
  }

  /** The numerals noted, each with its symbols in the order noted. */
  numerals(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.byNumeral;
  }
}

/**
 * The symbol table of the documents in `docs` (ascending ids), as a paged search part stores it: what a table
 * filled by `addSymbols` and `addCitations` in that order holds, as three posting tables read by range (see
 * FrozenSymbols): symbols → the documents that go by them; the same symbols → the documents citing them, a
 * slot per relation; numerals → their symbols in the order noted.
 */
export function writeSymbols(w: BlockWriter, docs: Iterable<readonly [number, { key: string; aliases: readonly string[]; cites: ReadonlyMap<string, ReadonlySet<string>> }]>): void {
  const table = new SymbolTable();
  const idsOf = new Map<string, number[]>();
  for (const [id, m] of docs) {
    table.addSymbols(m.key, m.aliases);
    for (const sym of [symbolOf(m.key), ...m.aliases]) {
      let ids = idsOf.get(sym);
      if (!ids) idsOf.set(sym, (ids = []));
      if (ids[ids.length - 1] !== id) ids.push(id);
    }
    table.addCitations(id, m.cites as Map<string, Set<string>>);
  }
  const symbols = [...new Set([...idsOf.keys(), ...table.citedBy.keys()])].sort();
  const indexOf = new Map(symbols.map((s, i) => [s, i]));
  w.json({ relations: RELATIONS });
  PostingTable.write(w, symbols, (s) => [idsOf.get(s) ?? []], true);
  PostingTable.write(
    w,
    symbols,
    (s) => {
      const slots: number[][] = RELATIONS.map(() => []);
      table.citedBy.get(s)?.forEach((relation, id) => (slots[RELATIONS.indexOf(relation)] as number[]).push(id));
      return slots.map((ids) => ids.sort((a, b) => a - b));
    },
    true,
  );
  // numerals: each one's symbols as a run of `flat` (indexes into `symbols`, in the order noted), its slot the
  // run's positions (1-based: ascending, as every posting list)
  const numerals = [...table.numerals().keys()].sort();
  const flat: number[] = [];
  const runs = new Map<string, number[]>();
  for (const n of numerals) {
    const run: number[] = [];
    for (const sym of table.numerals().get(n) as ReadonlySet<string>) {
      flat.push(indexOf.get(sym) as number);
      run.push(flat.length);
    }
    runs.set(n, run);
  }
  w.u32(Uint32Array.from(flat));
  PostingTable.write(w, numerals, (n) => [runs.get(n) as number[]], true);
}

/** The symbol table of a paged search part (`writeSymbols`), left in the file but for its sparse indexes. */
export class FrozenSymbols {
  private constructor(
    readonly relations: readonly string[],
    private readonly docs: TermTable,
    private readonly cites: TermTable,
    private readonly flat: BlockRegion,
    private readonly byNumeral: TermTable,
    private readonly damaged: (reason: string) => Error,
  ) {}

  /** Index of `sym` in the table, or -1. */
  find(sym: string): number {
    return this.docs.find(sym);
  }

  /** Ids of the documents (when the part was written) that go by symbol `i`, ascending. */
  documents(i: number): ArrayLike<number> {
    return this.docs.slotsAt(i)[0] ?? [];
  }

  /** Per relation (an index into `relations`), the ids of the documents citing symbol `i`. */
  citers(i: number): Slots {
    const slots = this.cites.slotsAt(i);
    if (slots.length > this.relations.length) throw this.damaged('a citation of an unknown relation');
    return slots;
  }

  /** The symbols with `numeral`, in the order they were noted. */
  numeral(numeral: string): string[] {
    const i = this.byNumeral.find(numeral);
    if (i < 0) return [];
    const run = this.byNumeral.slotsAt(i)[0];
    if (!run || run.length === 0) return [];
    const first = run[0] as number;
    const last = run[run.length - 1] as number;
    if (last - first + 1 !== run.length) throw this.damaged('numerals: a run of symbols that is not one');
    const b = this.flat.bytes((first - 1) * 4, last * 4);
    const idx = new Uint32Array(b.buffer, b.byteOffset, run.length);
    const out: string[] = [];
    for (let k = 0; k < idx.length; k++) {
      const s = idx[k] as number;
      if (s >= this.docs.size) throw this.damaged('numerals: a symbol out of range');
      out.push(this.docs.termsIn(s, s + 1)[0] as string);
    }
    return out;
  }

  static read(r: BlockReader, maxId: number): FrozenSymbols {
    const head = r.json() as { relations?: unknown };
    if (!Array.isArray(head?.relations) || head.relations.some((x) => typeof x !== 'string')) throw new BinaryError('a symbol table without its relations');
    const docs = PagedTable.read(r, maxId);
    const cites = PagedTable.read(r, maxId);
    if (cites.size !== docs.size) throw new BinaryError('a symbol table whose two lists disagree');
    const flat = regionOf(r.region());
    if (flat.length % 4 !== 0) throw new BinaryError('numerals: not an array of u32');
    const byNumeral = PagedTable.read(r, flat.length / 4);
    return new FrozenSymbols(head.relations as string[], docs, cites, flat, byNumeral, (reason) => r.damaged(reason));
  }
}

const RELATIONS: readonly string[] = RelationSchema.options;

/**
 * The documents a query reaches through references (the document named, the documents citing it),
 * with their scores, in typed arrays indexed by document id and reused from query to query: a
 * central resolution is cited by thousands of plans, and an object apiece would feed the garbage
 * collector of a large heap.
 */
export class ReferenceScores {
  private score = new Float64Array(1024);
  /** 0: none, else 1 + the index of the relation in RELATIONS */
  private relation = new Uint8Array(1024);
  /** 1 when the document is the one named (not a citing one) */
  private named = new Uint8Array(1024);
  /** the ids with a score, in the order they got it */
  readonly ids = new IdList();

  bump(id: number, score: number, named: boolean, relation: string | null): void {
    this.score = grow(this.score, id + 1);
    this.relation = grow(this.relation, id + 1);
    this.named = grow(this.named, id + 1);
    if (this.score[id] === 0) this.ids.push(id);
    this.score[id] = (this.score[id] as number) + score;
    if (named) {
      this.named[id] = 1;
      this.relation[id] = 0;
    } else if (this.named[id] === 0 && this.relation[id] === 0 && relation !== null) this.relation[id] = RELATIONS.indexOf(relation) + 1;
  }

  scoreOf(id: number): number {
    return id < this.score.length ? (this.score[id] as number) : 0;
  }

  matchedBy(id: number): 'document' | 'citing' {
    return this.named[id] === 1 ? 'document' : 'citing';
  }

  relationOf(id: number): string | null {
    const r = this.relation[id] as number;
    return r === 0 ? null : (RELATIONS[r - 1] as string);
  }

  /** Forget this query's scores (only the ids touched are cleared). */
  clear(): void {
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids.at(i);
      this.score[id] = 0;
      this.relation[id] = 0;
      this.named[id] = 0;
    }
    this.ids.clear();
  }
}

/** The ids a document cites, by relation, in the order met; mentions inside quotations of other documents' text left out. */
export function citesByRelation(citations: ReadonlyArray<{ role: string; relation: string; id: string }>): Map<string, Set<string>> {
  const cites = new Map<string, Set<string>>();
  for (const c of citations) {
    if (c.role === 'embedded') continue;
    let set = cites.get(c.relation);
    if (!set) cites.set(c.relation, (set = new Set()));
    set.add(c.id);
  }
  return cites;
}
