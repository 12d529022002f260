import { fold } from '../text/fold.js';
import { exactKey } from './analyzer.js';
import { grow } from './bitset.js';
import { positionSlot, RESOLUTION } from './match.js';
import type { Slots } from './postings.js';
import { phraseKey } from './references.js';

/**
 * The index build: posting lists written by vanban instead of flexsearch's `add`. flexsearch keeps a
 * field's lists in `Map<term, slots>` and its pairs in `Map<term, Map<term, slots>>`, every id in a
 * JavaScript array of its own: at 10 000 documents 58 % of the build was spent in those maps (each
 * lookup a string hash and a cache miss), two thirds of it for pairs. Here terms are numbered once
 * (one dictionary for the four fields), pairs are two numbers in an open-addressing table, and ids are
 * appended to growable runs of one arena of typed arrays, the shape the query side reads (a run per
 * term and slot, ascending ids) and the snapshot's binary part holds. flexsearch's Encoders still
 * define the terms: `test/search-build.test.ts` holds every list, slot and pair equal to what
 * flexsearch's own `add` writes for the same documents.
 */

/** ids in one chunk of the arena (16 MiB); a list never spans two */
const CHUNK = 1 << 22;

/**
 * Many growable lists of u32 in a few large typed arrays. A list's capacity is a power of two; when it
 * is full it moves to a region twice as large, and the region it leaves goes to a free list of its size
 * for the next list that grows to it, so at most half of the arena is slack. Nothing here is a
 * JavaScript object per list: the garbage collector sees a few large arrays.
 */
export class IdLists {
  private chunks: Uint32Array[] = [];
  /** the chunk regions are cut from (not a list's own chunk), and its first free id */
  private current = -1;
  private used = CHUNK;
  /** freed regions by log2 of their size, each as chunk * CHUNK + offset */
  private readonly free: number[][] = [];
  /** per list, side by side (one cache line a push): its chunk, offset, length, and log2 of its capacity (255: none) */
  private meta = new Uint32Array(4 * 1024);
  count = 0;

  /** A new empty list (no storage until its first id). */
  create(): number {
    const l = this.count++;
    this.meta = grow(this.meta, 4 * (l + 1));
    this.meta[4 * l + 2] = 0;
    this.meta[4 * l + 3] = 255; // no region yet
    return l;
  }

  push(l: number, id: number): void {
    const m = this.meta;
    const at = 4 * l;
    const n = m[at + 2] as number;
    const log = m[at + 3] as number;
    if (log === 255 || n === 1 << log) this.move(l, n, log === 255 ? 0 : log + 1);
    (this.chunks[this.meta[at] as number] as Uint32Array)[(this.meta[at + 1] as number) + n] = id;
    this.meta[at + 2] = n + 1;
  }

  /** Append `ids` (ascending, above the list's last) to list `l`. */
  pushAll(l: number, ids: ArrayLike<number>): void {
    for (let z = 0; z < ids.length; z++) this.push(l, ids[z] as number);
  }

  private move(l: number, n: number, log: number): void {
    const size = 2 ** log;
    let at = this.free[log]?.pop();
    if (at === undefined) {
      if (size > CHUNK) {
        // a list larger than a chunk has one of its own
        this.chunks.push(new Uint32Array(size));
        at = (this.chunks.length - 1) * CHUNK;
      } else {
        if (this.used + size > CHUNK) {
          this.chunks.push(new Uint32Array(CHUNK));
          this.current = this.chunks.length - 1;
          this.used = 0;
        }
        at = this.current * CHUNK + this.used;
        this.used += size;
      }
    }
    const chunk = Math.floor(at / CHUNK);
    const offset = at - chunk * CHUNK;
    if (n > 0) {
      const oldChunk = this.meta[4 * l] as number;
      const oldOffset = this.meta[4 * l + 1] as number;
      const from = this.chunks[oldChunk] as Uint32Array;
      const to = this.chunks[chunk] as Uint32Array;
      // most lists are short: a loop, not a subarray object per move
      if (n <= 64) for (let z = 0; z < n; z++) to[offset + z] = from[oldOffset + z] as number;
      else to.set(from.subarray(oldOffset, oldOffset + n), offset);
      const oldLog = this.meta[4 * l + 3] as number;
      if (2 ** oldLog <= CHUNK) (this.free[oldLog] ??= []).push(oldChunk * CHUNK + oldOffset);
    }
    this.meta[4 * l] = chunk;
    this.meta[4 * l + 1] = offset;
    this.meta[4 * l + 3] = log;
  }

  /** The ids of list `l`, as a view (valid until the list grows). */
  view(l: number): Uint32Array {
    const off = this.meta[4 * l + 1] as number;
    return (this.chunks[this.meta[4 * l] as number] as Uint32Array).subarray(off, off + (this.meta[4 * l + 2] as number));
  }

  length(l: number): number {
    return this.meta[4 * l + 2] as number;
  }

  /** Bytes held by the arena and its tables. */
  get bytes(): number {
    return this.chunks.reduce((s, c) => s + c.byteLength, 0) + this.meta.byteLength;
  }
}

/** Terms as numbers, for the four fields together. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  id(term: string): number {
    let t = this.ids.get(term);
    if (t === undefined) {
      t = this.terms.length;
      this.ids.set(term, t);
      this.terms.push(term);
    }
    return t;
  }

  find(term: string): number | undefined {
    return this.ids.get(term);
  }
}

const EMPTY = -1;
const NO_TERMS: string[] = [];

/**
 * The posting lists of one field: per term, one list per slot (the slot of the term's first occurrence in a
 * document, see `positionSlot`); with `pairs`, per pair of adjacent terms one list (flexsearch's context index,
 * depth 1, one slot).
 */
export class FieldLists {
  /** global term id → the term's first list (its slot 0) + 1; 0 when the field does not have the term */
  private base = new Int32Array(1024);
  /** per term of the field (in order of its first list), its global id */
  private termIds = new Int32Array(1024);
  private fieldTerms = 0;
  /** per term's block of `levels` lists: the list of each slot + 1, 0 when none */
  private slotList = new Int32Array(1024 * RESOLUTION);
  /** per global term id: the last document that added it (a document's later occurrences are not postings) */
  private seen = new Int32Array(1024);
  /**
   * open-addressing table of pairs, four numbers a slot side by side (one cache line, where four arrays cost four
   * misses a lookup in a table of millions): first term (EMPTY: free), second term, the pair's list, its last document
   */
  private pairTable = new Int32Array(4 << 12).fill(EMPTY);
  pairCount = 0;
  /** per first term, the second terms (for writing out): made on demand, dropped when a pair is added */
  private seconds: Map<number, number[]> | null = null;

  constructor(
    private readonly lists: IdLists,
    private readonly dict: TermDictionary,
    readonly pairs: boolean,
    readonly resolution = RESOLUTION,
  ) {}

  /** The block of lists of global term `t`, made when the field first has it. */
  private blockOf(t: number): number {
    if (t >= this.base.length) this.base = grow(this.base, t + 1);
    const b = this.base[t] as number;
    if (b !== 0) return b - 1;
    const k = this.fieldTerms++;
    this.termIds = grow(this.termIds, k + 1);
    this.termIds[k] = t;
    this.slotList = grow(this.slotList, (k + 1) * this.resolution);
    const block = k * this.resolution;
    this.base[t] = block + 1;
    return block;
  }

  /** Add document `id` (larger than any added before) at term `t`, in slot `slot`, unless it already has `t`. */
  private posting(id: number, t: number, slot: number): boolean {
    if (t >= this.seen.length) this.seen = grow(this.seen, t + 1);
    if (this.seen[t] === id) return false;
    this.seen[t] = id;
    this.lists.push(this.tokenList(t, slot), id);
    return true;
  }

  /** The list of term `t`'s ids at `slot`, made on first use (0 in the table: none yet; else the list's number + 1). */
  private tokenList(t: number, slot: number): number {
    const at = this.blockOf(t) + slot;
    let l = (this.slotList[at] as number) - 1;
    if (l < 0) {
      l = this.lists.create();
      this.slotList[at] = l + 1;
    }
    return l;
  }

  /**
   * Document `id`'s terms, in order, as flexsearch's `add` reads them from its Encoder's output: a field
   * without pairs (`dedupe`) has each term once and its position is the count of distinct terms before it;
   * a field with pairs has no two equal terms in a row (the Encoder drops the repeat) and every adjacent
   * pair is a posting of the pair list (once a document).
   */
  add(id: number, terms: Int32Array, n: number): void {
    let k = 0;
    for (let i = 0; i < n; i++) {
      const t = terms[i] as number;
      if (this.posting(id, t, positionSlot(NO_TERMS, '', this.pairs ? i : k, null))) k++;
    }
    if (!this.pairs) return;
    for (let i = 0; i + 1 < n; i++) {
      const s = this.pairSlot(terms[i] as number, terms[i + 1] as number, true);
      if (this.pairTable[s + 3] === id) continue;
      this.pairTable[s + 3] = id;
      this.lists.push(this.pairTable[s + 2] as number, id);
    }
  }

  /** The slot of the pair table (the index of its first number) that holds (a, b), or the free slot where it goes. */
  private probe(table: Int32Array, a: number, b: number): number {
    const mask = (table.length >>> 2) - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const at = h << 2;
      const f = table[at] as number;
      if (f === EMPTY || (f === a && table[at + 1] === b)) return at;
      h = (h + 1) & mask;
    }
  }

  /** The slot of the pair (a, b) in the pair table (made when `create`), or -1. */
  private pairSlot(a: number, b: number, create: boolean): number {
    let at = this.probe(this.pairTable, a, b);
    if (this.pairTable[at] !== EMPTY) return at;
    if (!create) return -1;
    if ((this.pairCount + 1) * 2 > this.pairTable.length >>> 2) {
      this.rehash();
      at = this.probe(this.pairTable, a, b);
    }
    const t = this.pairTable;
    t[at] = a;
    t[at + 1] = b;
    t[at + 2] = this.lists.create();
    t[at + 3] = 0;
    this.pairCount++;
    this.seconds = null;
    return at;
  }

  private rehash(): void {
    const old = this.pairTable;
    const t = new Int32Array(old.length * 2).fill(EMPTY);
    for (let s = 0; s < old.length; s += 4) {
      const a = old[s] as number;
      if (a === EMPTY) continue;
      const at = this.probe(t, a, old[s + 1] as number);
      t[at] = a;
      t[at + 1] = old[s + 1] as number;
      t[at + 2] = old[s + 2] as number;
      t[at + 3] = old[s + 3] as number;
    }
    this.pairTable = t;
  }

  /** Append a whole list (ascending ids, above any of the term's): reading another index's lists in. */
  appendToken(t: number, slot: number, ids: ArrayLike<number>): void {
    if (ids.length === 0) return;
    this.lists.pushAll(this.tokenList(t, slot), ids);
  }

  appendPair(a: number, b: number, ids: ArrayLike<number>): void {
    if (ids.length === 0) return;
    // (the slot first: making it may replace the table)
    const s = this.pairSlot(a, b, true);
    this.lists.pushAll(this.pairTable[s + 2] as number, ids);
  }

  /** The slots of term `t` (flexsearch's shape: an array as long as the last slot used, holes undefined). */
  private slotsOf(t: number): Slots | undefined {
    const b = t < this.base.length ? (this.base[t] as number) : 0;
    if (b === 0) return undefined;
    const out: Array<Uint32Array | undefined> = [];
    let last = -1;
    for (let y = 0; y < this.resolution; y++) {
      const l = (this.slotList[b - 1 + y] as number) - 1;
      if (l >= 0 && this.lists.length(l) > 0) {
        out[y] = this.lists.view(l);
        last = y;
      } else out[y] = undefined;
    }
    out.length = last + 1;
    return last < 0 ? undefined : out;
  }

  token(term: string): Slots | undefined {
    const t = this.dict.find(term);
    return t === undefined ? undefined : this.slotsOf(t);
  }

  pair(a: string, b: string): Slots | undefined {
    const x = this.dict.find(a);
    const y = this.dict.find(b);
    if (x === undefined || y === undefined || !this.pairs) return undefined;
    const s = this.pairSlot(x, y, false);
    return s < 0 ? undefined : [this.lists.view(this.pairTable[s + 2] as number)];
  }

  tokenTerms(): string[] {
    const out: string[] = [];
    for (let k = 0; k < this.fieldTerms; k++) out.push(this.dict.terms[this.termIds[k] as number] as string);
    return out.sort();
  }

  private secondsByFirst(): Map<number, number[]> {
    if (this.seconds) return this.seconds;
    const m = new Map<number, number[]>();
    for (let s = 0; s < this.pairTable.length; s += 4) {
      const a = this.pairTable[s] as number;
      if (a === EMPTY) continue;
      let list = m.get(a);
      if (!list) m.set(a, (list = []));
      list.push(this.pairTable[s + 1] as number);
    }
    this.seconds = m;
    return m;
  }

  firstTerms(): string[] {
    return [...this.secondsByFirst().keys()].map((t) => this.dict.terms[t] as string).sort();
  }

  secondTerms(a: string): string[] {
    const t = this.dict.find(a);
    if (t === undefined) return [];
    return (this.secondsByFirst().get(t) ?? []).map((s) => this.dict.terms[s] as string).sort();
  }
}

/** What a source character is to the one-pass tokenizer. */
const UNKNOWN = 0;
const SEPARATOR = 1;
const WORD = 2;
/** a character whose exact key or fold depends on its neighbours, or cuts words differently in the two: the text takes the Encoders' path */
const OTHER = 3;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]+$/u;
const MARK = /\p{M}/u;
// fold's own context-dependent characters (surrogate pairs, Σ, Hangul jamo), which toLowerCase and NFC share
const CONTEXT = /[\uD800-\uDFFF\u03A3\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]/;
const kinds = new Uint8Array(0x10000);

/**
 * Whether code unit `c` can be read on its own: a letter or digit whose exact key and fold are letters or
 * digits (so a run of them is one word in both keys, and its keys are the keys of the run), or a separator whose
 * exact key and fold are neither (and not nothing: a dropped character would join two words in one key only).
 */
function kindOf(c: number): number {
  let k = kinds[c] as number;
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  if (CONTEXT.test(ch) || MARK.test(ch)) k = OTHER;
  else {
    const e = exactKey(ch);
    const f = fold(`a${ch}a`).slice(1, -1);
    if (LETTER_OR_DIGIT.test(ch)) k = LETTER_OR_DIGIT.test(e) && LETTER_OR_DIGIT.test(f) ? WORD : OTHER;
    else k = NO_LETTER_OR_DIGIT.test(e) && NO_LETTER_OR_DIGIT.test(f) ? SEPARATOR : OTHER;
  }
  kinds[c] = k;
  return k;
}

/** flexsearch's Encoder default: longer terms are not indexed */
const MAX_TERM = 1024;

interface Encoders {
  folded: { encode(text: string, dedupe: boolean): string[] };
  exact: { encode(text: string, dedupe: boolean): string[] };
}

/**
 * The lists of the four fields and the one pass over each text that feeds them: the text is cut into words
 * once, and each distinct word's exact key and folded key are computed once for the index's life (a word
 * dictionary), where flexsearch's Encoders normalized, folded and split the title and the body twice. A text
 * with a character that cannot be read on its own (see `kindOf`: combining marks of an NFD text, Greek sigma,
 * zero-width spaces…) goes through the Encoders as before.
 */
export class IndexBuilder {
  readonly dict = new TermDictionary();
  readonly lists = new IdLists();
  readonly fields = new Map<string, FieldLists>();
  /** source word → its exact and folded term ids (-1: too long to index) and its fold */
  private readonly words = new Map<string, number>();
  private wordExact = new Int32Array(1024);
  private wordFolded = new Int32Array(1024);
  private readonly wordFold: string[] = [];
  private folded = new Int32Array(4096);
  private exact = new Int32Array(4096);
  private parts: string[] = [];

  constructor(
    fields: ReadonlyArray<{ name: string; pairs: boolean }>,
    private readonly encoders: Encoders,
  ) {
    for (const f of fields) this.fields.set(f.name, new FieldLists(this.lists, this.dict, f.pairs));
  }

  private field(name: string): FieldLists {
    const f = this.fields.get(name);
    if (!f) throw new Error(`unknown field ${name}`);
    return f;
  }

  private word(w: string): number {
    let k = this.words.get(w);
    if (k === undefined) {
      k = this.wordFold.length;
      this.words.set(w, k);
      const e = exactKey(w);
      const f = fold(w);
      this.wordFold.push(f);
      this.wordExact = grow(this.wordExact, k + 1);
      this.wordFolded = grow(this.wordFolded, k + 1);
      this.wordExact[k] = e.length > MAX_TERM ? -1 : this.dict.id(e);
      this.wordFolded[k] = f.length > MAX_TERM ? -1 : this.dict.id(f);
    }
    return k;
  }

  /**
   * Index `text` as document `id` in the folded field (`fields.folded`, with pairs) and the exact one; returns
   * the text's phrase key, ` ${phraseKey(text)} `, which the folded field indexes.
   */
  index(id: number, fields: { folded: string; exact: string }, text: string): string {
    const folded = this.field(fields.folded);
    const exact = this.field(fields.exact);
    const n = text.length;
    // at most a word every two characters
    if (this.folded.length < n + 1) {
      this.folded = new Int32Array(n + 1024);
      this.exact = new Int32Array(n + 1024);
    }
    const f = this.folded;
    const e = this.exact;
    const parts = this.parts;
    // the phrase key starts and ends with a space: joined from an empty first and last part, one flat string
    parts.length = 0;
    parts.push('');
    let nf = 0;
    let ne = 0;
    let start = -1;
    for (let i = 0; i <= n; i++) {
      let k = SEPARATOR;
      if (i < n) {
        const c = text.charCodeAt(i);
        k = kinds[c] as number;
        if (k === UNKNOWN) k = kindOf(c);
      }
      if (k === WORD) {
        if (start < 0) start = i;
        continue;
      }
      if (k === OTHER) return this.viaEncoders(id, folded, exact, text);
      if (start < 0) continue;
      const w = this.word(text.slice(start, i));
      start = -1;
      parts.push(this.wordFold[w] as string);
      const ft = this.wordFolded[w] as number;
      // the Encoder of a field with pairs drops a term equal to the one before it
      if (ft >= 0 && (nf === 0 || f[nf - 1] !== ft)) f[nf++] = ft;
      const et = this.wordExact[w] as number;
      if (et >= 0) e[ne++] = et;
    }
    folded.add(id, f, nf);
    exact.add(id, e, ne);
    if (parts.length === 1) return '  ';
    parts.push('');
    const phrase = parts.join(' ');
    parts.length = 0;
    return phrase;
  }

  /** The same, through flexsearch's Encoders (the definition of the terms). */
  private viaEncoders(id: number, folded: FieldLists, exact: FieldLists, text: string): string {
    this.parts.length = 0;
    const phrase = ` ${phraseKey(text)} `;
    const put = (field: FieldLists, terms: string[], into: Int32Array): void => {
      for (let i = 0; i < terms.length; i++) into[i] = this.dict.id(terms[i] as string);
      field.add(id, into, terms.length);
    };
    const f = this.encoders.folded.encode(phrase, false);
    const e = this.encoders.exact.encode(text, true);
    this.folded = grow(this.folded, Math.max(f.length, e.length));
    this.exact = grow(this.exact, Math.max(f.length, e.length));
    put(folded, f, this.folded);
    put(exact, e, this.exact);
    return phrase;
  }

  /** Bytes of the posting lists (the arena). */
  get bytes(): number {
    return this.lists.bytes;
  }
}
