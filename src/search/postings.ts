import type { FrozenField } from './binary.js';
import { grow, setBit, wordsFor, type Bitset } from './bitset.js';

/**
 * flexsearch's posting list of one token in one field: document ids grouped by slot, the
 * position of the token's first occurrence scaled to the field's resolution (slot 0: the start of
 * the field). flexsearch appends ids as documents are added, and vanban adds them in increasing
 * id order and never re-adds one, so every slot is in ascending id order.
 */
export type Slots = ReadonlyArray<ArrayLike<number> | undefined>;

/** Per slot, the ids of `a` then those of `b` (all larger: added after `a` was frozen). */
function concatSlots(a: Slots, b: Slots): Slots {
  const out: Array<ArrayLike<number> | undefined> = [];
  for (let y = 0; y < Math.max(a.length, b.length); y++) {
    const x = a[y];
    const z = b[y];
    if (!x?.length) out.push(z);
    else if (!z?.length) out.push(x);
    else {
      const ids = new Uint32Array(x.length + z.length);
      ids.set(x);
      ids.set(z, x.length);
      out.push(ids);
    }
  }
  return out;
}

/** The posting lists a snapshot held, read in place (binary.ts): a loaded index adds to flexsearch only what comes after. */
export interface FrozenPostings {
  fields: ReadonlyMap<string, FrozenField>;
}

/** What vanban reads of one flexsearch field index (`Index`): its term map and its pair (context) map. */
interface FieldStore {
  map: Map<string, Slots>;
  ctx: Map<string, Map<string, Slots>>;
  resolution: number;
}

/**
 * Read access to the posting lists of a flexsearch `Document` (pinned at 0.8.212). flexsearch's
 * own AND (`intersect.js`) counts every posting of every term in a hash, 20–60 ms for two common
 * syllables at 100 000 documents; vanban intersects the same lists itself (see `match.ts`).
 * The lists are flexsearch's internal storage, not its documented API: the constructor checks
 * their shape and `test/search-engine.test.ts` checks them against flexsearch's own search, so a
 * flexsearch upgrade that changes them fails loudly instead of returning wrong results.
 */
export class Postings {
  private readonly fields: Map<string, FieldStore>;

  constructor(
    /** the flexsearch Document (typed loosely: its layout is checked here, and its .d.ts need not reach vanban's users) */
    flex: object,
    fields: readonly string[],
    /** the postings of a loaded snapshot, ids below any in `flex` */
    readonly frozen: FrozenPostings | null = null,
  ) {
    const index = (flex as { index?: unknown }).index;
    if (!(index instanceof Map)) throw new Error('flexsearch Document has no field index map: vanban needs flexsearch 0.8.212');
    this.fields = new Map();
    for (const f of fields) {
      const store = index.get(f) as Partial<FieldStore> | undefined;
      if (!store || !(store.map instanceof Map) || !(store.ctx instanceof Map) || typeof store.resolution !== 'number') {
        throw new Error(`flexsearch field index "${f}" does not have the layout of flexsearch 0.8.212 (map, ctx, resolution)`);
      }
      this.fields.set(f, store as FieldStore);
    }
  }

  private store(field: string): FieldStore {
    const s = this.fields.get(field);
    if (!s) throw new Error(`unknown field ${field}`);
    return s;
  }

  /** The slots of one encoded token, or undefined when no document has it. */
  token(field: string, token: string): Slots | undefined {
    const added = this.store(field).map.get(token);
    const base = this.frozen?.fields.get(field)?.token(token);
    return base && added ? concatSlots(base, added) : (base ?? added);
  }

  /** The slots of `a` immediately followed by `b` (flexsearch's context index, depth 1, in order). */
  pair(field: string, a: string, b: string): Slots | undefined {
    const added = this.store(field).ctx.get(a)?.get(b);
    const base = this.frozen?.fields.get(field)?.pair(a, b);
    return base && added ? concatSlots(base, added) : (base ?? added);
  }

  /** Every term of `field`, sorted (for writing the postings out). */
  tokenTerms(field: string): string[] {
    const set = new Set(this.store(field).map.keys());
    for (const t of this.frozen?.fields.get(field)?.tokenTerms() ?? []) set.add(t);
    return [...set].sort();
  }

  /** Every term that starts a pair in `field`, sorted. */
  firstTerms(field: string): string[] {
    const set = new Set(this.store(field).ctx.keys());
    for (const t of this.frozen?.fields.get(field)?.firstTerms() ?? []) set.add(t);
    return [...set].sort();
  }

  /** Every term that follows `a` in a pair of `field`, sorted. */
  secondTerms(field: string, a: string): string[] {
    const set = new Set(this.store(field).ctx.get(a)?.keys() ?? []);
    for (const t of this.frozen?.fields.get(field)?.secondTerms(a) ?? []) set.add(t);
    return [...set].sort();
  }

  resolution(field: string): number {
    return this.store(field).resolution;
  }
}

/** How many ids a posting list holds. */
export function postingCount(slots: Slots): number {
  let n = 0;
  for (const ids of slots) if (ids) n += ids.length;
  return n;
}

/**
 * Sets the bits of the ids above `above` in `sets`: with one set, every id; with one per slot,
 * each id in the set of its slot and in every later one (cumulative: sets[y] holds slots 0…y).
 * With summaries (one per set, or none), also the bit of each word set (summaries[y] marks the non-empty words of sets[y]).
 */
function fill(sets: Bitset[], summaries: Bitset[], slots: Slots, above: number): void {
  const last = sets.length - 1;
  for (let y = 0; y < slots.length; y++) {
    const ids = slots[y];
    if (!ids) continue;
    // ascending: the ids added since the sets were made are at the end of each slot
    for (let z = ids.length - 1; z >= 0; z--) {
      const id = ids[z] as number;
      if (id <= above) break;
      for (let l = Math.min(y, last); l <= last; l++) {
        setBit(sets[l] as Bitset, id);
        const summary = summaries[l];
        if (summary) setBit(summary, id >>> 5);
      }
    }
  }
}

/**
 * A token's cumulative slot bitsets, with their summaries: bit w of summaries[y] is set when word w of
 * sets[y] is not empty (or was not: removed documents are not cleared), so that a walk over a low level, where
 * few documents are, skips 32 empty words at a time.
 */
export interface LevelSets {
  sets: Bitset[];
  summaries: Bitset[];
}

interface CachedSets extends LevelSets {
  /** the largest id the sets cover: ids added later are read from the tails of the slots */
  upTo: number;
}

function entryBytes(e: LevelSets): number {
  return e.sets.length * ((e.sets[0] as Bitset).length + (e.summaries[0]?.length ?? 0)) * 4;
}

/**
 * Posting lists as bitsets, either one (which documents hold the token) or one per slot,
 * cumulative (which hold it within the first y slots: positions, word-parallel). A list of more
 * than maxId/64 ids costs more memory than one bitset (8 bytes an id against maxId/8 bytes), so
 * those are cached, least recently used first out within a byte budget; shorter lists are turned
 * into bitsets for the query (from `scratch`) and dropped. Adding documents does not invalidate a
 * cached set: the new ids, larger than any it covers, are read from the end of each slot on the
 * next use. Removed documents are not cleared from it: callers intersect with the live documents.
 */
export class PostingSets {
  private readonly cache = new Map<string, CachedSets>();
  private bytes = 0;

  constructor(private readonly budget: number) {}

  /** `slots` (the list of `key`) as one bitset of `wordsFor(maxId)` words; do not modify it. */
  get(key: string, slots: Slots, maxId: number, scratch: (words: number) => Bitset): Bitset {
    return this.sets(key, slots, maxId, 1, false, scratch).sets[0] as Bitset;
  }

  /** `slots` as `levels` cumulative bitsets: [y] holds the ids of slots 0…y, with summaries; do not modify them. */
  levels(key: string, slots: Slots, maxId: number, levels: number, scratch: (words: number) => Bitset): LevelSets {
    return this.sets(`${key}\u0003${levels}`, slots, maxId, levels, true, scratch);
  }

  private sets(key: string, slots: Slots, maxId: number, levels: number, summarized: boolean, scratch: (words: number) => Bitset): LevelSets {
    const words = wordsFor(maxId);
    const summaryWords = summarized ? wordsFor(words - 1) : 0;
    let entry = this.cache.get(key);
    if (!entry) {
      if (postingCount(slots) * 64 < maxId) {
        const sets = Array.from({ length: levels }, () => scratch(words));
        const summaries = summarized ? Array.from({ length: levels }, () => scratch(summaryWords)) : [];
        fill(sets, summaries, slots, -1);
        return { sets, summaries };
      }
      entry = {
        sets: Array.from({ length: levels }, () => new Uint32Array(words)),
        summaries: Array.from({ length: summarized ? levels : 0 }, () => new Uint32Array(summaryWords)),
        upTo: -1,
      };
      this.bytes += entryBytes(entry);
    } else {
      // most recently used last
      this.cache.delete(key);
      const had = (entry.sets[0] as Bitset).length;
      if (had < words) {
        const size = Math.max(words, had * 2);
        this.bytes -= entryBytes(entry);
        entry.sets = entry.sets.map((old) => grow(old, size));
        entry.summaries = entry.summaries.map((old) => grow(old, wordsFor(size - 1)));
        this.bytes += entryBytes(entry);
      }
    }
    if (entry.upTo < maxId) {
      fill(entry.sets, entry.summaries, slots, entry.upTo);
      entry.upTo = maxId;
    }
    this.cache.set(key, entry);
    for (const [k, e] of this.cache) {
      if (this.bytes <= this.budget || k === key) break;
      this.cache.delete(k);
      this.bytes -= entryBytes(e);
    }
    if ((entry.sets[0] as Bitset).length === words) return entry;
    return { sets: entry.sets.map((b) => b.subarray(0, words)), summaries: entry.summaries.map((b) => b.subarray(0, summaryWords)) };
  }

  clear(): void {
    this.cache.clear();
    this.bytes = 0;
  }
}

/** What `addToFlex` writes into: one flexsearch field index (`Index`, 0.8.212), as its `add` reads it. */
interface FieldIndex extends FieldStore {
  encoder: { encode(text: string, dedupe: boolean): string[] };
  depth: number;
  score: ((content: string[], term: string, index: number, partial: string | null, x: number) => number) | null;
  tokenize: string;
  rtl: boolean;
  fastupdate: boolean;
  bidirectional: boolean;
  reg: Set<number>;
}

/** scratch of addToFlex, reused from field to field: the document's distinct terms, and its distinct pairs */
const localCode = new Map<string, number>();
const localTerms: string[] = [];
const localSlot: number[] = [];
const localSeconds: Array<Map<string, Array<number[] | undefined>> | undefined> = [];
let codes = new Int32Array(1024);
const localPairs = new Map<number, number>();

/**
 * `flex.add({ id, ...fields })` for vanban's flexsearch Document, writing the same posting lists, pairs and
 * register (test/search-build.test.ts holds flexsearch's export of both equal). flexsearch's own add looks up
 * every occurrence of every term and pair in the index's maps (hundreds of thousands of keys, each lookup a
 * cache miss) and tracks the ones already added in dictionary objects it makes per field and document; here
 * the document's terms and pairs are first made distinct in small maps of its own, in the order they first
 * occur (flexsearch's order of insertion, so its export is unchanged), and the index's maps are touched once
 * for each. The encoders are flexsearch's own: the tokens are the same.
 */
export function addToFlex(flex: object, id: number, content: Readonly<Record<string, string>>): void {
  const index = (flex as { index: Map<string, FieldIndex> }).index;
  let reg: Set<number> | null = null;
  for (const [field, text] of Object.entries(content)) {
    const f = index.get(field);
    if (!f) throw new Error(`unknown field ${field}`);
    if (f.tokenize !== 'strict' || f.rtl || f.fastupdate || (f.depth > 0 && f.bidirectional) || !f.score || f.depth > 1) throw new Error(`flexsearch field index "${field}" is not configured as addToFlex expects`);
    reg = f.reg;
    if (!text) continue;
    const depth = f.depth;
    const terms = f.encoder.encode(text, !depth);
    const n = terms.length;
    if (n === 0) continue;
    localCode.clear();
    localTerms.length = 0;
    localSlot.length = 0;
    localPairs.clear();
    if (codes.length < n) codes = new Int32Array(Math.max(n, codes.length * 2));
    // distinct terms, each with the slot of its first occurrence (an empty term is skipped, as flexsearch does)
    for (let i = 0; i < n; i++) {
      const term = terms[i] as string;
      let k = localCode.get(term);
      if (k === undefined) {
        k = localTerms.length;
        localCode.set(term, k);
        localTerms.push(term);
        localSlot.push(term.length === 0 ? -1 : f.score(terms, term, i, null, 0));
      }
      codes[i] = k;
    }
    const distinct = localTerms.length;
    const map = f.map as Map<string, Array<number[] | undefined>>;
    for (let k = 0; k < distinct; k++) {
      const slot = localSlot[k] as number;
      if (slot < 0) continue;
      const term = localTerms[k] as string;
      let slots = map.get(term);
      if (!slots) map.set(term, (slots = []));
      const ids = slots[slot];
      if (ids) ids.push(id);
      else slots[slot] = [id];
    }
    if (depth) {
      // distinct pairs of adjacent terms, each with its slot, in order of first occurrence
      for (let i = 0; i < n - 1; i++) {
        const a = codes[i] as number;
        if ((localSlot[a] as number) < 0) continue;
        const key = a * distinct + (codes[i + 1] as number);
        if (!localPairs.has(key)) localPairs.set(key, f.score(terms, terms[i] as string, i, terms[i + 1] as string, 0));
      }
      const ctx = f.ctx as Map<string, Map<string, Array<number[] | undefined>>>;
      localSeconds.length = 0;
      for (const [key, slot] of localPairs) {
        const a = Math.floor(key / distinct);
        let seconds = localSeconds[a];
        if (!seconds) {
          const term = localTerms[a] as string;
          seconds = ctx.get(term);
          if (!seconds) ctx.set(term, (seconds = new Map()));
          localSeconds[a] = seconds;
        }
        const next = localTerms[key - a * distinct] as string;
        let pair = seconds.get(next);
        if (!pair) seconds.set(next, (pair = []));
        const ids = pair[slot];
        if (ids) ids.push(id);
        else pair[slot] = [id];
      }
    }
    reg.add(id);
  }
  reg?.add(id);
}
