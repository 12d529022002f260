import { Document as FlexDocument, Encoder } from 'flexsearch';
import { extractCitations } from '../cite/extract.js';
import type { Document } from '../doc/schema.js';
import type { z } from 'zod';
import { documentName, exactKey, foldedKey, queryTerms } from './analyzer.js';
import { BitsetPool, clearBit, countBits, grow, hasBit, IdList, setBit, wordsFor, type Bitset } from './bitset.js';
import { DocColumns, type FacetCounts } from './columns.js';
import { bestByTier, eligibleDocuments, matchField, matchedDocuments, positionSlot, RESOLUTION, TEXT_WEIGHTS, tierOf, type FieldMatch, type QueryTokens, type Ranked } from './match.js';
import { BinaryError, FrozenField, PagedTable, PostingTable, regionOf, u32sOf, type BlockReader, type BlockRegion, type BlockWriter, type TermTable } from './binary.js';
import { IndexBuilder } from './builder.js';
import { Postings, PostingSets } from './postings.js';
import { citesByRelation, FrozenSymbols, phraseKey, ReferenceScores, symbolOf, SymbolTable, writeSymbols } from './references.js';
import {
  SearchIndexOptionsSchema,
  SearchOptionsSchema,
  type Hit,
  type SearchDocRecordSchema,
  type SearchIndexOptions,
  type SearchOptions,
  type SearchRecord,
  type SearchResult,
} from './schema.js';
import { foldedMirror, snippetOf, snippetWords, type FoldedMirror } from './snippet.js';
import { TextStore } from './text-store.js';
import { hitOf, searchResult } from './result.js';

type DocRecord = z.infer<typeof SearchDocRecordSchema>['meta'];
/**
 * One indexed document: the snapshot's record, with its citations as sets, and its text and folded
 * body as handles into the text store (outside the heap).
 */
type Meta = Omit<DocRecord, 'cites' | 'text' | 'phraseBody'> & { cites: Map<string, Set<string>>; text: number; phraseBody: number };

// a type alias, not an interface: flexsearch's DocumentData wants an index signature
type Record_ = {
  [key: string]: string | number;
  id: number;
  title: string;
  body: string;
  titleExact: string;
  bodyExact: string;
};

const FIELDS = { title: { folded: 'title', exact: 'titleExact' }, body: { folded: 'body', exact: 'bodyExact' } } as const;
const FIELD_NAMES = ['title', 'body', 'titleExact', 'bodyExact'] as const;
const MIRROR_CACHE = 256; // documents whose folded mirror is kept between queries
const BODY_LIMIT = 60_000; // characters of body indexed per document: the rest is reached through citations
const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
/** matches looser than "every word in one field" (some of the words in the title) count this much of a title match */
const LOOSE_FACTOR = 0.2;
/**
 * The layout of the flexsearch part of a snapshot, written as a record of its own: snapshots made
 * before pairs were indexed (no record) are re-indexed from their stored texts on load.
 */
const FORMAT_KEY = 'vanban-search-format';
const FORMAT_VERSION = 2;
/** The binary layout (writeBinary): its own version, apart from the snapshot's. */
const BINARY_FORMAT = 'vanban-search-binary';
/**
 * 1: everything read at once; 2 (a paged part, paged-part.ts): the posting tables with sparse indexes, read by
 * range; 3 (what a paged part is written in now): the documents' records, the keys and the symbol table read
 * by range too, the columns as typed arrays (see `readBinary`)
 */
const BINARY_VERSION = 1;
// layout 2 (paged posting tables, the records one JSON block) was written for an hour of development, never released:
// it is refused as unknown
const DOCS_VERSION = 3;
/** One document in the binary layout's JSON block: its record, with its texts as handles into the text store. */
type DocTuple = [id: number, key: string, aliases: string[], path: string | null, type: string | null, number: string | null, date: string | null, year: number | null, title: string | null, level: string | null, family: string | null, place: string | null, issuerFolded: string, phraseTitle: string, cites: Array<[string, string[]]>, text: number, phraseBody: number];

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
/** A document tuple's shape, checked by hand: zod would cost seconds at 100 000 documents. */
function checkDocTuple(d: unknown, texts: number): asserts d is DocTuple {
  const ok =
    Array.isArray(d) &&
    d.length === 17 &&
    Number.isSafeInteger(d[0]) &&
    (d[0] as number) > 0 &&
    isStr(d[1]) &&
    isStrArray(d[2]) &&
    [3, 4, 5, 6, 8, 9, 10, 11].every((k) => isStrOrNull(d[k])) &&
    (d[7] === null || Number.isSafeInteger(d[7])) &&
    isStr(d[12]) &&
    isStr(d[13]) &&
    Array.isArray(d[14]) &&
    (d[14] as unknown[]).every((c) => Array.isArray(c) && c.length === 2 && isStr(c[0]) && isStrArray(c[1])) &&
    Number.isSafeInteger(d[15]) &&
    Number.isSafeInteger(d[16]) &&
    (d[15] as number) >= 0 &&
    (d[15] as number) < texts &&
    (d[16] as number) >= 0 &&
    (d[16] as number) < texts;
  if (!ok) throw new BinaryError(`a document record of the wrong shape: ${JSON.stringify(d).slice(0, 120)}`);
}

/** Values [from, to) of a region of u32s. */
/**
 * The documents' records of a paged part (layout 3): their ids ascending in memory, each record (a DocTuple's
 * JSON) read by range and checked when first asked for.
 */
class FrozenDocs {
  constructor(
    readonly ids: Uint32Array,
    private readonly offsets: BlockRegion,
    private readonly records: BlockRegion,
    private readonly texts: number,
    private readonly damaged: (reason: string) => Error,
  ) {}

  indexOf(id: number): number {
    let lo = 0;
    let hi = this.ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = this.ids[mid] as number;
      if (x === id) return mid;
      if (x < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  record(k: number): DocTuple {
    const [from, to] = u32sOf(this.offsets, k, k + 2) as unknown as [number, number];
    if (to < from || to > this.records.length) throw this.damaged(`document record ${k} lies outside its block`);
    let d: unknown;
    try {
      d = JSON.parse(this.records.bytes(from, to).toString('utf8'));
      checkDocTuple(d, this.texts);
    } catch (e) {
      throw e instanceof BinaryError || e instanceof SyntaxError ? this.damaged(`document record ${k}: ${e.message}`) : e;
    }
    if (d[0] !== this.ids[k]) throw this.damaged(`document record ${k} is not the one of document ${this.ids[k]}`);
    return d;
  }
}

/**
 * The documents' records by id, in ascending id order: those of a paged part (decoded when first asked for,
 * then kept), then those added since.
 */
class Metas implements Iterable<[number, Meta]> {
  private readonly added = new Map<number, Meta>();
  private readonly decoded = new Map<number, Meta>();
  private readonly removed = new Set<number>();
  private frozenLive = 0;

  constructor(
    private readonly frozen: FrozenDocs | null = null,
    private readonly toMeta: (d: DocTuple) => Meta = () => {
      throw new Error('no records to decode');
    },
  ) {
    this.frozenLive = frozen?.ids.length ?? 0;
  }

  get size(): number {
    return this.frozenLive + this.added.size;
  }

  get(id: number): Meta | undefined {
    const m = this.added.get(id) ?? this.decoded.get(id);
    if (m || !this.frozen || this.removed.has(id)) return m;
    const k = this.frozen.indexOf(id);
    if (k < 0) return undefined;
    const meta = this.toMeta(this.frozen.record(k));
    this.decoded.set(id, meta);
    return meta;
  }

  /** (a new id: the part's are never set again) */
  set(id: number, m: Meta): void {
    this.added.set(id, m);
  }

  delete(id: number): boolean {
    if (this.added.delete(id)) return true;
    if (!this.frozen || this.removed.has(id) || this.frozen.indexOf(id) < 0) return false;
    this.removed.add(id);
    this.decoded.delete(id);
    this.frozenLive--;
    return true;
  }

  *[Symbol.iterator](): Iterator<[number, Meta]> {
    if (this.frozen) for (const id of this.frozen.ids) if (!this.removed.has(id)) yield [id, this.get(id) as Meta];
    yield* this.added;
  }
}

/** scratch for topBy: the scores of the ids, and the same sorted */
let topScores = new Float64Array(256);
let topSorted = new Float64Array(256);

/** The `k` ids first by score (highest first, then lowest id), in any order, without sorting all objects. */
function topBy(ids: IdList, score: (id: number) => number, k: number): number[] {
  const n = ids.length;
  if (n <= k) return Array.from(ids.items.subarray(0, n));
  topScores = grow(topScores, n);
  topSorted = grow(topSorted, n);
  for (let i = 0; i < n; i++) topScores[i] = score(ids.at(i));
  topSorted.set(topScores.subarray(0, n));
  const cut = topSorted.subarray(0, n).sort()[n - k] as number;
  const out: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = topScores[i] as number;
    if (s > cut) out.push(ids.at(i));
    else if (s === cut) tied.push(ids.at(i));
  }
  return out.concat(tied.sort((a, b) => a - b).slice(0, k - out.length));
}

interface Reference {
  score: number;
  matchedBy: Hit['matchedBy'];
  relation: string | null;
}

/**
 * The search index of a corpus. Each syllable is indexed twice (exact and folded, see
 * analyzer.ts) in the title (type and trích yếu) and the body, and adjacent syllables as pairs (as
 * flexsearch's context index would); document numbers are matched on a table of symbols, never as
 * text. flexsearch's Encoders define the terms; the posting lists are vanban's own (builder.ts),
 * and the query is answered by intersecting them as bitsets (match.ts), so that common syllables
 * at 100 000 documents cost microseconds.
 *
 * Removing a document marks it dead: it leaves every result at once, and its postings are
 * dropped when dead documents outnumber live ones (or on `compact()`), by building the lists again
 * from the stored texts — flexsearch's own removal walked every posting of the index (about 0.5 s
 * a document at 100 000 documents).
 *
 * @example
 *   const index = new SearchIndex();
 *   for await (const item of readCorpus('corpus')) if (item.ok) index.add(item.document.identity.id ?? item.path, item.document);
 *   index.search('nghi quyet 18', { level: ['province'] });
 */
export class SearchIndex {
  /** the posting lists of the documents added (builder.ts) */
  private builder: IndexBuilder;
  /** a format-3 snapshot's flexsearch chunks, read in until `finishImport` copies their lists to the builder */
  private importing: FlexDocument<Record_> | null = null;
  private postings: Postings;
  private readonly sets: PostingSets;
  // the folded fields are given text already folded (the phrase keys kept for phrase checks): folding it
  // again would cost a fifth of the indexing time
  private readonly foldedEncoder = new Encoder({ normalize: false, dedupe: false, numeric: false });
  private readonly exactEncoder = new Encoder({ normalize: exactKey, dedupe: false, numeric: false });
  private meta = new Metas();
  /** ids by key of the documents registered one by one (a paged part's are in `frozenKeys`) */
  private readonly idOf = new Map<string, number>();
  /** a paged part's keys, each with its id (removed documents' too: `idFor` skips them) */
  private frozenKeys: TermTable | null = null;
  private readonly symbols = new SymbolTable();
  private columns = new DocColumns();
  /** ids of the documents in the index; the postings may still hold dead ones */
  private live: Bitset = new Uint32Array(32);
  /** the facet counts of every live document (made when a query needs them, dropped on add and remove) */
  private liveFacets: FacetCounts | null = null;
  /** ids in the postings, live or dead */
  private indexed = 0;
  private nextId = 1;
  /** layout of the flexsearch records being imported (null: from before the format record) */
  private importFormat: number | null = null;
  /** closes the file a snapshot's search part is read from by range (null for an index in memory) */
  private release: (() => void) | null = null;
  private imported = false;
  /** texts and folded bodies, as UTF-8 outside the heap */
  private texts = new TextStore();
  /** recently shown documents, their text and folded mirror, for snippets (most recent last) */
  private readonly mirrors = new Map<number, { text: string; mirror: FoldedMirror }>();
  /** the bitsets of one query, taken back when it ends */
  private readonly pool = new BitsetPool();
  /** the reference scores of one query, cleared when it ends */
  private readonly refs = new ReferenceScores();
  /** the documents reached through references that pass the filters (kept from query to query) */
  private readonly firstIds = new IdList();

  constructor(options: SearchIndexOptions = {}) {
    const opts = SearchIndexOptionsSchema.parse(options);
    this.sets = new PostingSets(opts.cacheBytes ?? 64 << 20);
    this.symbols.isLive = (id) => hasBit(this.live, id);
    this.builder = this.newBuilder();
    this.postings = new Postings(this.builder.fields, FIELD_NAMES);
  }

  private newBuilder(): IndexBuilder {
    return new IndexBuilder(
      FIELD_NAMES.map((name) => ({ name, pairs: name === FIELDS.title.folded || name === FIELDS.body.folded })),
      { folded: this.foldedEncoder, exact: this.exactEncoder },
    );
  }

  /**
   * flexsearch's own index of the live documents, made from their stored texts with its `add` each time it is
   * read: what a format-3 snapshot exports, and the reference the builder's lists are tested against.
   */
  private get flex(): FlexDocument<Record_> {
    const flex = this.newFlex();
    for (const [id, m] of [...this.meta].sort((a, b) => a[0] - b[0])) {
      flex.add({ id, ...SearchIndex.fields({ ...m, text: this.texts.get(m.text), phraseBody: this.texts.get(m.phraseBody) }) });
    }
    return flex;
  }

  private newFlex(): FlexDocument<Record_> {
    // pairs of adjacent syllables, in order, in the folded fields: a phrase is every pair of it
    const context = { depth: 1, bidirectional: false, resolution: 1 };
    const ranked = { tokenize: 'strict', resolution: RESOLUTION, score: positionSlot } as const;
    return new FlexDocument<Record_>({
      document: {
        id: 'id',
        index: [
          { field: 'title', encoder: this.foldedEncoder, ...ranked, context },
          { field: 'body', encoder: this.foldedEncoder, ...ranked, context },
          { field: 'titleExact', encoder: this.exactEncoder, ...ranked },
          { field: 'bodyExact', encoder: this.exactEncoder, ...ranked },
        ],
      },
    });
  }

  get size(): number {
    return this.meta.size;
  }

  /** Documents removed but still in the postings (see `compact`). */
  get deadDocuments(): number {
    return this.indexed - this.meta.size;
  }

  /** Records that rebuild this index without re-indexing (see `importRecord`); the snapshot stores them. */
  async exportRecords(write: (record: SearchRecord) => Promise<void>): Promise<void> {
    // the format holds flexsearch's own export: its index of the live documents, made from their texts
    const flex = this.flex;
    for (const [id, m] of this.meta) await write({ t: 'search-doc', id, meta: this.recordOf(m) });
    await write({ t: 'search-index', key: FORMAT_KEY, data: JSON.stringify({ version: FORMAT_VERSION, indexed: this.meta.size }) });
    const chunks: Array<[string, string]> = [];
    await flex.export((key: string | number, data: string) => {
      chunks.push([String(key), data]);
    });
    for (const [key, data] of chunks) await write({ t: 'search-index', key, data });
  }

  /**
   * The index in the binary layout of a snapshot's search part (binary.ts): the documents' records as
   * one JSON block, their texts as UTF-8 runs, and the posting lists as arrays of ids, read
   * back in place by `readBinary` (flexsearch's own export, JSON parsed and re-imported, cost most of
   * a snapshot's load).
   */
  async writeBinary(w: BlockWriter, flush: () => Promise<void>, paged = false): Promise<void> {
    w.json({ format: BINARY_FORMAT, version: paged ? DOCS_VERSION : BINARY_VERSION, documents: this.meta.size, indexed: this.indexed, nextId: this.nextId, fields: FIELD_NAMES });
    const docs: DocTuple[] = [];
    for (const [id, m] of this.meta) {
      docs.push([id, m.key, m.aliases, m.path, m.type, m.number, m.date, m.year, m.title, m.level, m.family, m.place, m.issuerFolded, m.phraseTitle, [...m.cites].map(([r, set]) => [r, [...set]]), m.text, m.phraseBody]);
    }
    if (!paged) w.json(docs);
    else {
      // each record apart, read when a query shows, filters or checks its document; what every query needs
      // (columns, keys, symbols) as tables: what an index read from layout 1 holds, made from the live records
      const records = docs.map((d) => Buffer.from(JSON.stringify(d), 'utf8'));
      const offsets = new Uint32Array(records.length + 1);
      records.forEach((b, k) => (offsets[k + 1] = (offsets[k] as number) + b.length));
      w.u32(Uint32Array.from(docs, (d) => d[0]));
      w.u32(offsets);
      w.raw(Buffer.concat(records));
      await flush();
      const columns = new DocColumns();
      for (const [id, m] of this.meta) columns.set(id, m);
      columns.writeBinary(w, this.nextId);
      const keys = docs.map((d) => [d[1], d[0]] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const idOfKey = new Map(keys);
      PostingTable.write(w, keys.map(([k]) => k), (k) => [[idOfKey.get(k) as number]], true);
      writeSymbols(w, this.meta);
    }
    await flush();
    this.texts.writeBinary(w);
    await flush();
    // a table left in its file is read whole once here (term after term by range would cost a lookup each)
    const frozen = this.postings.frozen;
    const p = frozen ? new Postings(this.builder.fields, FIELD_NAMES, { fields: new Map([...frozen.fields].map(([f, t]) => [f, t.whole()])) }) : this.postings;
    for (const f of FIELD_NAMES) {
      FrozenField.write(
        w,
        p.tokenTerms(f),
        (t) => p.token(f, t) ?? [],
        p.firstTerms(f),
        (a) => p.secondTerms(f, a),
        (a, b) => p.pair(f, a, b) ?? [],
        paged,
      );
      await flush();
    }
  }

  /**
   * An index read back from `writeBinary`'s blocks: posting lists and texts stay views of the reader's
   * buffer. Throws a BinaryError when the bytes are not such an index.
   */
  static readBinary(r: BlockReader, options: SearchIndexOptions = {}): SearchIndex {
    const head = r.json() as { format?: unknown; version?: unknown; documents?: unknown; indexed?: unknown; nextId?: unknown; fields?: unknown };
    if (head?.format !== BINARY_FORMAT) throw new BinaryError('not a vanban search index');
    if (head.version !== BINARY_VERSION && head.version !== DOCS_VERSION) throw new BinaryError(`search index layout ${String(head.version)} is unknown (this vanban reads ${BINARY_VERSION} and ${DOCS_VERSION})`);
    if (!Number.isSafeInteger(head.documents) || !Number.isSafeInteger(head.indexed) || !Number.isSafeInteger(head.nextId) || (head.nextId as number) < 1) throw new BinaryError('a damaged search index header');
    if (JSON.stringify(head.fields) !== JSON.stringify(FIELD_NAMES)) throw new BinaryError('a search index of other fields');
    if (head.version === DOCS_VERSION) return SearchIndex.readDocsLayout(r, head as { documents: number; indexed: number; nextId: number }, options);
    const docs = r.json();
    if (!Array.isArray(docs) || docs.length !== head.documents) throw new BinaryError('the document records do not match the header');
    const texts = TextStore.readBinary(r);
    const maxId = (head.nextId as number) - 1;
    const fields = new Map(FIELD_NAMES.map((f) => [f, FrozenField.read(r, maxId)] as const));
    if (!r.done) throw new BinaryError('bytes after the last block');
    const index = new SearchIndex(options);
    index.texts = texts;
    index.postings = new Postings(index.builder.fields, FIELD_NAMES, { fields });
    for (const d of docs as unknown[]) {
      checkDocTuple(d, texts.size);
      const [id, key, aliases, path, type, number, date, year, title, level, family, place, issuerFolded, phraseTitle, cites, text, phraseBody] = d;
      if (id > maxId || index.meta.get(id) !== undefined || index.idOf.has(key)) throw new BinaryError(`document ${id} (${key}) repeated or out of range`);
      index.register(id, { key, aliases, path, type, number, date, year, title, level, family, place, issuerFolded, phraseTitle, text, phraseBody, cites: new Map(cites.map(([rel, ids]) => [rel, new Set(ids)])) });
    }
    index.indexed = head.indexed as number;
    index.nextId = head.nextId as number;
    index.release = () => r.close();
    return index;
  }

  /**
   * Gives back the snapshot file an index read from a search part keeps open (its texts, and in a paged part its
   * postings, are read by range). Nothing to do for an index built in memory. A query that reads the file afterwards
   * is refused; an index not closed gives the file back when it is collected.
   */
  close(): void {
    const release = this.release;
    this.release = null;
    release?.();
  }

  /** The rest of layout 3 (`writeBinary(…, paged = true)`) after its header: records, keys and symbols left in place. */
  private static readDocsLayout(r: BlockReader, head: { documents: number; indexed: number; nextId: number }, options: SearchIndexOptions): SearchIndex {
    const maxId = head.nextId - 1;
    const ids = Uint32Array.from(r.u32(head.documents));
    for (let k = 0; k < ids.length; k++) if ((ids[k] as number) < 1 || (ids[k] as number) > maxId || (k > 0 && (ids[k] as number) <= (ids[k - 1] as number))) throw new BinaryError('document ids out of order or range');
    const offsets = regionOf(r.region());
    const records = regionOf(r.region());
    if (offsets.length !== (ids.length + 1) * 4) throw new BinaryError('document records: offsets of the wrong length');
    const columns = DocColumns.readBinary(r, head.nextId);
    const keys = PagedTable.read(r, maxId);
    if (keys.size !== ids.length) throw new BinaryError('a key table of the wrong length');
    const symbols = FrozenSymbols.read(r, maxId);
    const texts = TextStore.readBinary(r);
    const fields = new Map(FIELD_NAMES.map((f) => [f, FrozenField.readPaged(r, maxId)] as const));
    if (!r.done) throw new BinaryError('bytes after the last block');
    const index = new SearchIndex(options);
    index.texts = texts;
    index.postings = new Postings(index.builder.fields, FIELD_NAMES, { fields });
    const frozen = new FrozenDocs(ids, offsets, records, texts.size, (reason) => r.damaged(reason));
    index.meta = new Metas(frozen, (d) => {
      const [, key, aliases, path, type, number, date, year, title, level, family, place, issuerFolded, phraseTitle, cites, text, phraseBody] = d;
      return { key, aliases, path, type, number, date, year, title, level, family, place, issuerFolded, phraseTitle, text, phraseBody, cites: new Map(cites.map(([rel, list]) => [rel, new Set(list)])) };
    });
    index.columns = columns;
    index.frozenKeys = keys;
    index.symbols.frozen = symbols;
    index.live = new Uint32Array(Math.max(32, wordsFor(maxId)));
    for (const id of ids) setBit(index.live, id);
    index.indexed = head.indexed;
    index.nextId = head.nextId;
    index.release = () => r.close();
    return index;
  }

  /** The id of the document `key` in the index, if it is there. */
  private idFor(key: string): number | undefined {
    const id = this.idOf.get(key);
    if (id !== undefined || !this.frozenKeys) return id;
    const k = this.frozenKeys.find(key);
    if (k < 0) return undefined;
    const found = this.frozenKeys.slotsAt(k)[0]?.[0];
    return found !== undefined && hasBit(this.live, found) ? found : undefined;
  }

  /**
   * Restore one record written by `exportRecords` (in order; the flexsearch options are this class's
   * own), then call `finishImport` once.
   */
  importRecord(r: SearchRecord): void {
    this.imported = true;
    if (r.t === 'search-doc') {
      this.register(r.id, this.metaOf(r.meta));
    } else if (r.key === FORMAT_KEY) {
      const f = JSON.parse(r.data) as { version?: unknown; indexed?: unknown };
      if (typeof f.version !== 'number' || typeof f.indexed !== 'number') throw new Error(`bad ${FORMAT_KEY} record`);
      if (f.version > FORMAT_VERSION) throw new Error(`search index format ${f.version} is newer than this vanban reads (${FORMAT_VERSION})`);
      this.importFormat = f.version;
      this.indexed = f.indexed;
    } else if (this.importFormat === FORMAT_VERSION) {
      (this.importing ??= this.newFlex()).import(r.key, r.data);
    }
    // (chunks of an older layout are skipped: finishImport re-indexes their documents)
  }

  /** After the last `importRecord`: an index saved in an older layout is rebuilt from its stored texts. */
  finishImport(): void {
    if (!this.imported) return;
    this.imported = false;
    if (this.importFormat !== FORMAT_VERSION) this.compact();
    else if (this.importing) this.adopt(this.importing);
    this.importing = null;
    this.importFormat = null;
  }

  /** Copy a flexsearch index's lists (ids below any added after) into the builder's. */
  private adopt(flex: FlexDocument<Record_>): void {
    const p = new Postings(flex, FIELD_NAMES);
    const dict = this.builder.dict;
    for (const f of FIELD_NAMES) {
      const into = this.builder.fields.get(f) as NonNullable<ReturnType<IndexBuilder['fields']['get']>>;
      for (const t of p.tokenTerms(f)) (p.token(f, t) ?? []).forEach((ids, y) => ids && into.appendToken(dict.id(t), y, ids));
      for (const a of p.firstTerms(f)) {
        for (const b of p.secondTerms(f, a)) {
          // a pair has one slot (positionSlot), but a list read from a file is not trusted to
          const ids = [...new Set((p.pair(f, a, b) ?? []).flatMap((l) => (l ? Array.from(l) : [])))].sort((x, y) => x - y);
          into.appendPair(dict.id(a), dict.id(b), ids);
        }
      }
    }
  }

  /** Make `m` known under `id` (everything but the postings). */
  private register(id: number, m: Meta): void {
    this.meta.set(id, m);
    this.idOf.set(m.key, id);
    this.nextId = Math.max(this.nextId, id + 1);
    this.symbols.addSymbols(m.key, m.aliases);
    this.symbols.addCitations(id, m.cites);
    this.columns.set(id, m);
    this.live = grow(this.live, wordsFor(id));
    setBit(this.live, id);
    this.liveFacets = null;
  }

  /** A snapshot record as kept in memory: texts into the store, citations as sets. */
  private metaOf(r: DocRecord): Meta {
    return { ...r, text: this.texts.put(r.text), phraseBody: this.texts.put(r.phraseBody), cites: new Map(r.cites.map(([rel, ids]) => [rel, new Set(ids)])) };
  }

  private recordOf(m: Meta): DocRecord {
    return { ...m, text: this.texts.get(m.text), phraseBody: this.texts.get(m.phraseBody), cites: [...m.cites].map(([r, set]) => [r, [...set]] as [string, string[]]) };
  }

  private static fields(r: Pick<DocRecord, 'type' | 'title' | 'text' | 'phraseTitle' | 'phraseBody'>): { title: string; body: string; titleExact: string; bodyExact: string } {
    return { title: r.phraseTitle, body: r.phraseBody, titleExact: documentName(r), bodyExact: r.text.slice(0, BODY_LIMIT) };
  }

  /** Add (or replace) one document under `key` (its id in the graph). */
  add(key: string, doc: Document): void {
    if (this.idFor(key) !== undefined) this.remove(key);
    const id = this.nextId++;
    const i = doc.identity;
    const cites = citesByRelation(doc.citations);
    const aliases: string[] = [];
    if (i.title && i.type && LAW_TYPES.has(i.type)) {
      // a law is cited by its name far more than by its number: "Luật Tiếp công dân" names this document
      const title = i.title.toLowerCase().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      for (const c of extractCitations(`${i.type} ${title}`)) if (c.kind === 'named') aliases.push(symbolOf(c.id));
      // and typed without diacritics ("luat tiep cong dan"), which the extractor does not read
      aliases.push(`name:${phraseKey(`${i.type} ${i.title}`)}`);
    }
    // the title and the body, read once for both keys (builder.ts); the folded field indexes their phrase keys
    const name = documentName(i);
    const phraseTitle = this.builder.index(id, FIELDS.title, name);
    const phraseBody = this.builder.index(id, FIELDS.body, doc.text.slice(0, BODY_LIMIT));
    const r: DocRecord = {
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
      phraseTitle,
      phraseBody,
      cites: [],
    };
    this.register(id, { ...this.metaOf(r), cites });
    this.indexed++;
  }

  /** Remove the document `key`; false when it is not in the index. */
  remove(key: string): boolean {
    const id = this.idFor(key);
    if (id === undefined) return false;
    const m = this.meta.get(id) as Meta;
    this.symbols.remove(key, id, m.aliases, m.cites);
    this.meta.delete(id);
    this.mirrors.delete(id);
    this.idOf.delete(key);
    clearBit(this.live, id);
    this.liveFacets = null;
    if (this.deadDocuments > Math.max(1000, this.meta.size)) this.compact();
    return true;
  }

  /**
   * Drop the postings of removed documents: the lists are built again from the stored texts of
   * the live ones (ids unchanged). Runs by itself when dead documents outnumber live ones.
   */
  compact(): void {
    this.builder = this.newBuilder();
    this.postings = new Postings(this.builder.fields, FIELD_NAMES);
    this.sets.clear();
    const old = this.texts;
    this.texts = new TextStore();
    // in id order: each posting slot stays in ascending id order (see postings.ts)
    for (const [id, m] of [...this.meta].sort((a, b) => a[0] - b[0])) {
      const text = old.get(m.text);
      const phraseBody = old.get(m.phraseBody);
      m.text = this.texts.put(text);
      m.phraseBody = this.texts.put(phraseBody);
      this.builder.index(id, FIELDS.title, documentName(m));
      this.builder.index(id, FIELDS.body, text.slice(0, BODY_LIMIT));
    }
    this.indexed = this.meta.size;
  }

  /** A shown document's text and folded mirror (decoded and made once, kept for the next queries). */
  private textAndMirror(id: number, m: Meta): { text: string; mirror: FoldedMirror } {
    let entry = this.mirrors.get(id);
    if (entry) this.mirrors.delete(id);
    else {
      // the text past the mirror is not read by snippets: its head, with room for a snippet's last words
      const text = this.texts.head(m.text, BODY_LIMIT + 1000);
      entry = { text, mirror: foldedMirror(text, BODY_LIMIT) };
    }
    this.mirrors.set(id, entry);
    if (this.mirrors.size > MIRROR_CACHE) this.mirrors.delete(this.mirrors.keys().next().value as number);
    return entry;
  }

  /** The query's words, cut by the index's own encoders. */
  private tokens(text: string): QueryTokens | null {
    const sequence = this.foldedEncoder.encode(phraseKey(text));
    if (sequence.length === 0) return null;
    const folded = [...new Set(sequence)];
    const exact = [...new Set(this.exactEncoder.encode(text))];
    // without diacritics the exact keys are the folded ones: nothing to rank by
    return { sequence, folded, exact: exact.some((t) => !folded.includes(t)) ? exact : [] };
  }

  /** Ids of the documents that have `relation` to the document `id` names. */
  private relatedIds(related: { relation: string; id: string }): Set<number> {
    const sym = symbolOf(related.id);
    const out = new Set<number>();
    this.symbols.forEachCiter(sym, (_, id) => {
      const cites = this.meta.get(id)?.cites.get(related.relation);
      if (cites && [...cites].some((c) => symbolOf(c) === sym)) out.add(id);
    });
    return out;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    try {
      return this.run(query, SearchOptionsSchema.parse(options));
    } finally {
      this.pool.reclaim();
      this.refs.clear();
      this.firstIds.clear();
    }
  }

  private run(query: string, opts: SearchOptions): SearchResult {
    const limit = opts.limit ?? 20;
    const offset = opts.offset ?? 0;
    const want = offset + limit;
    const maxId = this.nextId - 1;
    const keep = this.columns.filter(opts, opts.related ? this.relatedIds(opts.related) : null);
    const facets = this.columns.facets();
    let total = 0;

    // 1. the document the query names, then the documents that cite it
    const { symbols: named, textQuery } = this.symbols.named(query);
    const refs = this.refs;
    for (const sym of named) {
      for (const id of this.symbols.documentsOf(sym, (key) => this.idOf.get(key))) refs.bump(id, 1000, true, null);
      this.symbols.forEachCiter(sym, (relation, id) => refs.bump(id, relation === 'cites' ? 300 : 400, false, relation));
    }

    // 2. the words (see match.ts for the ranking)
    const tokens = this.tokens(textQuery);
    let title: FieldMatch | null = null;
    let body: FieldMatch | null = null;
    let matched: Bitset | null = null;
    if (tokens) {
      title = matchField(tokens, FIELDS.title, this.postings, this.sets, maxId, this.pool);
      body = matchField(tokens, FIELDS.body, this.postings, this.sets, maxId, this.pool);
      matched = matchedDocuments(title, body, this.live, maxId, this.pool);
    }

    // references first, by their own score and then their words
    const refIds = refs.ids.length > 0 ? this.pool.take(wordsFor(maxId)) : null;
    const firstIds = this.firstIds;
    for (let i = 0; i < refs.ids.length; i++) {
      const id = refs.ids.at(i);
      if (keep && !keep(id)) continue;
      setBit(refIds as Bitset, id);
      facets.add(id);
      firstIds.push(id);
    }
    total += firstIds.length;
    const refScore = (id: number): number => refs.scoreOf(id) + (title && body ? tierOf(title, body, id) : 0);
    const first: Array<Ranked & Reference> = topBy(firstIds, refScore, want)
      .map((id) => ({ id, score: refScore(id), matchedBy: refs.matchedBy(id), relation: refs.relationOf(id) }))
      .sort((a, b) => b.score - a.score || a.id - b.id);

    // then documents with every word, by tier and position
    let textHits: Ranked[] = [];
    if (title && body && matched) {
      const eligible = eligibleDocuments(matched, refIds, keep, this.pool);
      const size = countBits(eligible);
      total += size;
      if (!this.liveFacets) {
        this.liveFacets = this.columns.facets();
        this.liveFacets.addAll(this.live);
      }
      // (the live documents are those with a record)
      facets.addAllWithin(eligible, size, this.live, this.liveFacets, this.meta.size);
      // the phrase tiers come from pairs: with three words or more, checked on the documents ranked
      const phrase = ` ${(tokens as QueryTokens).sequence.join(' ')} `;
      const phraseBytes = Buffer.from(phrase, 'utf8');
      const check =
        (tokens as QueryTokens).sequence.length > 2
          ? (id: number, inTitle: boolean): boolean => {
              const m = this.meta.get(id) as Meta;
              return inTitle ? m.phraseTitle.includes(phrase) : this.texts.includes(m.phraseBody, phraseBytes);
            }
          : null;
      textHits = bestByTier(title, body, eligible, want - firstIds.length, check);
    }

    // when too few documents have every word, documents whose title has some of them, far below
    // (a query that names a document is not loosened: "18-NQ/TW" must not turn into "any text with TW")
    let looseHits: Ranked[] = [];
    if (tokens && matched && total < want && tokens.folded.length > 1 && named.length === 0) {
      const loose = this.loose(tokens, matched, refIds, keep, want - total);
      for (const id of loose.all) facets.add(id);
      total += loose.all.length;
      looseHits = loose.best;
    }

    const shown = snippetWords(queryTerms(query)); // snippets show every word of the query, the reference included
    const ranked: Array<Ranked & Partial<Reference>> = [...first, ...textHits, ...looseHits];
    const hits: Hit[] = ranked.slice(offset, offset + limit).map((r) => {
      const m = this.meta.get(r.id) as Meta;
      const { text, mirror } = this.textAndMirror(r.id, m);
      return hitOf(m, r, shown ? snippetOf(text, shown, 220, mirror) : null);
    });
    return searchResult(query, textQuery, total, hits, facets.result(), named, opts);
  }

  /**
   * Documents (not already matched) whose title holds some of the words, more words first: the
   * folded ones count 30, the exact ones 12, shared among the words, all of it times 0.2 (under
   * any match of every word). `all` lists every such document; `best` the first `need` of them.
   */
  private loose(q: QueryTokens, matched: Bitset, skip: Bitset | null, keep: ((id: number) => boolean) | null, need: number): { all: number[]; best: Ranked[] } {
    const size = this.nextId;
    const count = new Uint16Array(size);
    const countExact = new Uint16Array(size);
    const touched: number[] = [];
    for (const t of q.folded) {
      for (const ids of this.postings.token(FIELDS.title.folded, t) ?? []) {
        if (!ids) continue;
        for (let z = 0; z < ids.length; z++) {
          const id = ids[z] as number;
          const c = count[id] as number;
          if (c === 0) touched.push(id);
          count[id] = c + 1;
        }
      }
    }
    for (const t of q.exact) {
      for (const ids of this.postings.token(FIELDS.title.exact, t) ?? []) {
        if (!ids) continue;
        for (let z = 0; z < ids.length; z++) countExact[ids[z] as number] = (countExact[ids[z] as number] as number) + 1;
      }
    }
    const all: number[] = [];
    const score = (id: number): number =>
      LOOSE_FACTOR * (TEXT_WEIGHTS.title * ((count[id] as number) / q.folded.length) + (q.exact.length > 0 ? TEXT_WEIGHTS.titleExact * ((countExact[id] as number) / q.exact.length) : 0));
    for (const id of touched) {
      if (!hasBit(this.live, id) || hasBit(matched, id) || (skip && hasBit(skip, id)) || (keep && !keep(id))) continue;
      all.push(id);
    }
    if (need <= 0) return { all, best: [] };
    // the best `need` by score without sorting them all (a common title word touches most documents): the
    // scores take few values, so the cut is found by counting; equals keep the order they were met in
    // (earlier in the first word's posting list first)
    const byScore = new Map<number, number>();
    for (const id of all) {
      const s = score(id);
      byScore.set(s, (byScore.get(s) ?? 0) + 1);
    }
    let cut = -Infinity;
    let above = 0;
    for (const [s, n] of [...byScore].sort((a, b) => b[0] - a[0])) {
      cut = s;
      if (above + n >= need) break;
      above += n;
    }
    let atCut = need - above;
    const best: Ranked[] = [];
    for (const id of all) {
      const s = score(id);
      if (s > cut || (s === cut && atCut-- > 0)) best.push({ id, score: s });
    }
    return { all, best: best.sort((a, b) => b.score - a.score) };
  }
}
