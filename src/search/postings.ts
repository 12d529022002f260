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

/** One field's posting lists as the query reads them: the index's own (builder.ts), or a flexsearch field's. */
export interface FieldSource {
  readonly resolution: number;
  token(term: string): Slots | undefined;
  pair(a: string, b: string): Slots | undefined;
  tokenTerms(): string[];
  firstTerms(): string[];
  secondTerms(a: string): string[];
}

/** A flexsearch field index read as a FieldSource. */
class FlexField implements FieldSource {
  constructor(private readonly store: FieldStore) {}

  get resolution(): number {
    return this.store.resolution;
  }

  token(term: string): Slots | undefined {
    return this.store.map.get(term);
  }

  pair(a: string, b: string): Slots | undefined {
    return this.store.ctx.get(a)?.get(b);
  }

  tokenTerms(): string[] {
    return [...this.store.map.keys()].sort();
  }

  firstTerms(): string[] {
    return [...this.store.ctx.keys()].sort();
  }

  secondTerms(a: string): string[] {
    return [...(this.store.ctx.get(a)?.keys() ?? [])].sort();
  }
}

/**
 * Read access to the posting lists of the index: those it built (builder.ts), or those of a flexsearch
 * `Document` (pinned at 0.8.212: a format-3 snapshot holds its export, and it is the reference the builder is
 * tested against), followed by those a snapshot held (`frozen`, ids below any added since). flexsearch's own
 * AND (`intersect.js`) counts every posting of every term in a hash, 20–60 ms for two common syllables at
 * 100 000 documents; vanban intersects the lists itself (see `match.ts`). flexsearch's lists are its internal
 * storage, not its documented API: the constructor checks their shape and `test/search-engine.test.ts` checks
 * them against flexsearch's own search, so a flexsearch upgrade that changes them fails loudly instead of
 * returning wrong results.
 */
export class Postings {
  private readonly fields: Map<string, FieldSource>;

  constructor(
    /** the index's own lists by field, or a flexsearch Document (typed loosely: its layout is checked here, and its .d.ts need not reach vanban's users) */
    source: ReadonlyMap<string, FieldSource> | object,
    fields: readonly string[],
    /** the postings of a loaded snapshot, ids below any in `source` */
    readonly frozen: FrozenPostings | null = null,
  ) {
    this.fields = new Map();
    if (source instanceof Map) {
      for (const f of fields) {
        const s = (source as ReadonlyMap<string, FieldSource>).get(f);
        if (!s) throw new Error(`no posting lists for field ${f}`);
        this.fields.set(f, s);
      }
      return;
    }
    const index = (source as { index?: unknown }).index;
    if (!(index instanceof Map)) throw new Error('flexsearch Document has no field index map: vanban needs flexsearch 0.8.212');
    for (const f of fields) {
      const store = index.get(f) as Partial<FieldStore> | undefined;
      if (!store || !(store.map instanceof Map) || !(store.ctx instanceof Map) || typeof store.resolution !== 'number') {
        throw new Error(`flexsearch field index "${f}" does not have the layout of flexsearch 0.8.212 (map, ctx, resolution)`);
      }
      this.fields.set(f, new FlexField(store as FieldStore));
    }
  }

  private store(field: string): FieldSource {
    const s = this.fields.get(field);
    if (!s) throw new Error(`unknown field ${field}`);
    return s;
  }

  /** The slots of one encoded token, or undefined when no document has it. */
  token(field: string, token: string): Slots | undefined {
    const added = this.store(field).token(token);
    const base = this.frozen?.fields.get(field)?.token(token);
    return base && added ? concatSlots(base, added) : (base ?? added);
  }

  /** The slots of `a` immediately followed by `b` (flexsearch's context index, depth 1, in order). */
  pair(field: string, a: string, b: string): Slots | undefined {
    const added = this.store(field).pair(a, b);
    const base = this.frozen?.fields.get(field)?.pair(a, b);
    return base && added ? concatSlots(base, added) : (base ?? added);
  }

  /** Every term of `field`, sorted (for writing the postings out). */
  tokenTerms(field: string): string[] {
    return union(this.store(field).tokenTerms(), this.frozen?.fields.get(field)?.tokenTerms());
  }

  /** Every term that starts a pair in `field`, sorted. */
  firstTerms(field: string): string[] {
    return union(this.store(field).firstTerms(), this.frozen?.fields.get(field)?.firstTerms());
  }

  /** Every term that follows `a` in a pair of `field`, sorted. */
  secondTerms(field: string, a: string): string[] {
    return union(this.store(field).secondTerms(a), this.frozen?.fields.get(field)?.secondTerms(a));
  }

  resolution(field: string): number {
    return this.store(field).resolution;
  }
}

/** Two sorted lists of terms as one, sorted, each term once. */
function union(a: string[], b: string[] | undefined): string[] {
  if (!b?.length) return a;
  if (!a.length) return b;
  return [...new Set([...a, ...b])].sort();
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
