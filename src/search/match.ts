import { andInto, hasBit, orInto, wordsFor, type Bitset, type BitsetPool } from './bitset.js';
import { slotOf, type PostingSets, type Postings, type Slots } from './postings.js';

/** A query's words as the index's encoders cut them. */
export interface QueryTokens {
  /** folded tokens in query order, repeats kept: adjacent pairs are read from it */
  sequence: string[];
  /** distinct folded tokens */
  folded: string[];
  /** distinct exact tokens, or none when the query has no diacritics (they would equal the folded ones) */
  exact: string[];
}

/** The documents that hold the words in one field (title or body). */
export interface FieldMatch {
  /** every word, diacritics ignored */
  all: Bitset | null;
  /** every word with the diacritics as typed */
  exact: Bitset | null;
  /** every pair of adjacent query words, adjacent and in order (somewhere: not necessarily one run) */
  phrase: Bitset | null;
  /** the posting lists of the folded words, walked slot by slot for positions */
  lists: Slots[];
  /** flexsearch's slots per field */
  resolution: number;
}

export interface FieldNames {
  folded: string;
  exact: string;
}

/**
 * The ranking of a text match, as weights added up: the title holding every word (30) above the
 * body holding them (10); the diacritics as typed (12 in the title, 4 in the body) above folded
 * collisions ("bàn" above "ban", "bản"); the words as one phrase (40 in the title, else 15 in the
 * body) above the same words scattered. Within one such tier, documents whose words all come
 * earlier in the field rank first: the bonus is under 1, so tiers never cross.
 */
export const TEXT_WEIGHTS = { title: 30, titleExact: 12, titlePhrase: 40, body: 10, bodyExact: 4, bodyPhrase: 15 } as const;
/** flexsearch slots per field: positions are bucketed into this many */
export const RESOLUTION = 9;

/**
 * flexsearch's `score` option: the slot of the token at `index` (its first occurrence) in a field.
 * flexsearch's default is the position relative to the field's length, which with pairs indexed
 * puts every word of a long law in slot 1: a long text then always looks as if it held the words
 * "early". The slot here is the absolute position, on a log scale (8 tokens, then 24, 56, 120 …
 * about 2 000), so that the header and the title (the first hundred tokens or so) stand apart from
 * the rest whatever the length. Pairs are not ranked by position: one slot.
 */
export function positionSlot(_content: string[], _term: string, index: number, partial: string | null): number {
  if (partial) return 0;
  return Math.min(RESOLUTION - 1, 31 - Math.clz32((index >>> 3) + 1));
}

/** a tier at or above this one has every word in its title */
export const TITLE_TIER = TEXT_WEIGHTS.title;
export const MAX_TIER = TEXT_WEIGHTS.title + TEXT_WEIGHTS.titleExact + TEXT_WEIGHTS.titlePhrase + TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyExact;

/** Intersect the posting lists of `tokens` (from `list`) as bitsets; null when one is empty. */
function allOf(tokens: readonly string[], list: (token: string) => Slots | undefined, key: (token: string) => string, sets: PostingSets, maxId: number, pool: BitsetPool): Bitset | null {
  if (tokens.length === 0) return null;
  const lists: Array<[string, Slots]> = [];
  for (const t of tokens) {
    const slots = list(t);
    if (!slots) return null;
    lists.push([t, slots]);
  }
  const words = wordsFor(maxId);
  const scratch = (n: number): Bitset => pool.take(n);
  let out: Bitset | null = null;
  for (const [t, slots] of lists) {
    const bits = sets.get(key(t), slots, maxId, scratch);
    if (out === null) {
      out = pool.take(words);
      out.set(bits.length === words ? bits : bits.subarray(0, words));
    } else andInto(out, bits);
  }
  return out;
}

/** Match one field pair (folded field with its context index, exact field). */
export function matchField(q: QueryTokens, fields: FieldNames, postings: Postings, sets: PostingSets, maxId: number, pool: BitsetPool): FieldMatch {
  const f = fields.folded;
  const all = allOf(q.folded, (t) => postings.token(f, t), (t) => `${f}\u0001${t}`, sets, maxId, pool);
  if (!all) return { all, exact: null, phrase: null, lists: [], resolution: postings.resolution(f) };
  const exact = allOf(q.exact, (t) => postings.token(fields.exact, t), (t) => `${fields.exact}\u0001${t}`, sets, maxId, pool);
  const pairs = new Map<string, [string, string]>();
  for (let i = 0; i + 1 < q.sequence.length; i++) pairs.set(`${q.sequence[i]} ${q.sequence[i + 1]}`, [q.sequence[i] as string, q.sequence[i + 1] as string]);
  const phrase = allOf(
    [...pairs.keys()],
    (k) => {
      const [a, b] = pairs.get(k) as [string, string];
      return postings.pair(f, a, b);
    },
    (k) => `${f}\u0002${k}`,
    sets,
    maxId,
    pool,
  );
  return { all, exact, phrase, lists: q.folded.map((t) => postings.token(f, t) as Slots), resolution: postings.resolution(f) };
}

/** The tier of a document (see TEXT_WEIGHTS); 0 when it holds the words in neither field. */
export function tierOf(title: FieldMatch, body: FieldMatch, id: number): number {
  let tier = 0;
  let titlePhrase = false;
  if (title.all && hasBit(title.all, id)) {
    tier += TEXT_WEIGHTS.title;
    if (title.exact && hasBit(title.exact, id)) tier += TEXT_WEIGHTS.titleExact;
    if (title.phrase && hasBit(title.phrase, id)) {
      tier += TEXT_WEIGHTS.titlePhrase;
      titlePhrase = true;
    }
  }
  if (body.all && hasBit(body.all, id)) {
    tier += TEXT_WEIGHTS.body;
    if (body.exact && hasBit(body.exact, id)) tier += TEXT_WEIGHTS.bodyExact;
    if (!titlePhrase && body.phrase && hasBit(body.phrase, id)) tier += TEXT_WEIGHTS.bodyPhrase;
  }
  return tier;
}

/** Documents that hold every word in the title or in the body, among `live`. */
export function matchedDocuments(title: FieldMatch, body: FieldMatch, live: Bitset, maxId: number, pool: BitsetPool): Bitset {
  const u = pool.take(wordsFor(maxId));
  if (title.all) orInto(u, title.all);
  if (body.all) orInto(u, body.all);
  andInto(u, live);
  return u;
}

/** Documents of each tier listed by `countTiers` (more are counted, not listed). */
const LISTED_PER_TIER = 256;

export interface TierCounts {
  /** documents by tier */
  counts: Uint32Array;
  /** the first `limit` documents of each tier, by id */
  listed: number[][];
  limit: number;
}

/**
 * Counts the documents of `matched` (not in `skip`, passing `keep`) by tier (see `tierOf`) and
 * hands each to `each`. A word of 32 documents at a time: the tier is read from the words of the
 * field sets, not looked up per document.
 */
export function countTiers(
  title: FieldMatch,
  body: FieldMatch,
  matched: Bitset,
  skip: Bitset | null,
  keep: ((id: number) => boolean) | null,
  each: (id: number) => void,
  limit = LISTED_PER_TIER,
): TierCounts {
  const counts = new Uint32Array(MAX_TIER + 1);
  const listed: number[][] = [];
  const word = (set: Bitset | null, w: number): number => (set ? (set[w] as number) | 0 : 0);
  for (let w = 0; w < matched.length; w++) {
    let x = (matched[w] as number) & ~word(skip, w);
    if (x === 0) continue;
    const ta = word(title.all, w);
    const te = word(title.exact, w);
    const tp = word(title.phrase, w);
    const ba = word(body.all, w);
    const be = word(body.exact, w);
    const bp = word(body.phrase, w);
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      const id = (w << 5) | (31 - Math.clz32(low));
      if (keep && !keep(id)) continue;
      let tier = 0;
      const inTitle = (ta & low) !== 0;
      const titlePhrase = inTitle && (tp & low) !== 0;
      if (inTitle) tier += TEXT_WEIGHTS.title + ((te & low) !== 0 ? TEXT_WEIGHTS.titleExact : 0) + (titlePhrase ? TEXT_WEIGHTS.titlePhrase : 0);
      if ((ba & low) !== 0) tier += TEXT_WEIGHTS.body + ((be & low) !== 0 ? TEXT_WEIGHTS.bodyExact : 0) + (!titlePhrase && (bp & low) !== 0 ? TEXT_WEIGHTS.bodyPhrase : 0);
      const n = counts[tier] as number;
      counts[tier] = n + 1;
      if (n < limit) (listed[tier] ??= []).push(id);
      each(id);
    }
  }
  return { counts, listed, limit };
}

export interface Ranked {
  id: number;
  score: number;
}

/** Says whether a document that holds every pair of the query holds the whole phrase in one run. */
export type PhraseCheck = (id: number, inTitle: boolean) => boolean;

/**
 * Calls `visit(id, slot)` for the documents of `matched` in the order their last query word first
 * appears in the field (the slot at which the document holds every word: flexsearch's own order),
 * ascending ids within a slot, until `visit` returns true. Each word's slots are added to a bitset
 * of its own as the walk goes down; a document is complete when it is in all of them.
 */
function walkBySlot(lists: readonly Slots[], matched: Bitset, pool: BitsetPool, visit: (id: number, slot: number) => boolean): void {
  if (lists.length === 0) return;
  const words = matched.length;
  if (lists.length === 1) {
    // one word: its own slots are the order
    const slots = lists[0] as Slots;
    for (let y = 0; y < slots.length; y++) {
      const ids = slots[y];
      if (!ids) continue;
      for (let z = 0; z < ids.length; z++) {
        const id = ids[z] as number;
        if (hasBit(matched, id) && visit(id, y)) return;
      }
    }
    return;
  }
  const seen = lists.map(() => pool.take(words));
  const done = pool.take(words);
  const slots = Math.max(...lists.map((l) => l.length));
  for (let y = 0; y < slots; y++) {
    for (let t = 0; t < lists.length; t++) {
      const ids = (lists[t] as Slots)[y];
      if (!ids) continue;
      const s = seen[t] as Uint32Array;
      for (let z = 0; z < ids.length; z++) {
        const id = ids[z] as number;
        if (id >>> 5 < words) s[id >>> 5] = ((s[id >>> 5] as number) | (1 << (id & 31))) >>> 0;
      }
    }
    for (let w = 0; w < words; w++) {
      let x = (matched[w] as number) & ~(done[w] as number);
      for (let t = 0; x !== 0 && t < seen.length; t++) x &= (seen[t] as Uint32Array)[w] as number;
      if (x === 0) continue;
      done[w] = ((done[w] as number) | x) >>> 0;
      while (x !== 0) {
        const low = x & -x;
        if (visit((w << 5) + 31 - Math.clz32(low), y)) return;
        x ^= low;
      }
    }
  }
}

/**
 * The best `need` documents of `matched` (those not `skip`ped and passing `keep`) by tier, then
 * position. `tierCounts[t]` is how many such documents have tier t. Only the tiers that reach
 * `need` are visited, in position order, and the walk stops as soon as they are filled: the cost is
 * the postings walked up to the last needed document, not the size of the match.
 *
 * The phrase tiers are read from pairs (every adjacent pair of the query somewhere in the field),
 * which over-matches long queries in long documents. With `check`, a pool of twice the documents
 * needed is taken, the phrase of those in a phrase tier is checked as one run, and those where it
 * is not are ranked again without it.
 */
export function bestByTier(
  title: FieldMatch,
  body: FieldMatch,
  matched: Bitset,
  tiers: TierCounts,
  need: number,
  skip: Bitset | null,
  keep: ((id: number) => boolean) | null,
  check: PhraseCheck | null,
  pool: BitsetPool,
): Ranked[] {
  if (need <= 0) return [];
  const tierCounts = tiers.counts;
  const wanted = check ? need + Math.max(need, 20) : need;
  // the lowest tier needed, and how many of it
  let boundary = 1;
  let above = 0;
  let fromBoundary = Infinity;
  for (let t = tierCounts.length - 1, sum = 0; t > 0; t--) {
    const n = tierCounts[t] as number;
    if (n === 0) continue;
    if (sum + n >= wanted) {
      boundary = t;
      above = sum;
      fromBoundary = wanted - sum;
      break;
    }
    sum += n;
  }
  const out: Array<Ranked & { slot: number; tier: number; inTitle: boolean }> = [];
  let listedAll = true;
  for (let t = boundary; t < tierCounts.length; t++) if ((tierCounts[t] as number) > tiers.limit) listedAll = false;
  if (listedAll) {
    // few documents to rank: each one's position is looked up (a binary search per word and slot)
    for (let t = boundary; t < tierCounts.length; t++) {
      for (const id of tiers.listed[t] ?? []) {
        const inTitle = t >= TITLE_TIER;
        const lists = (inTitle ? title : body).lists;
        let slot = 0;
        for (const l of lists) slot = Math.max(slot, slotOf(l, id));
        out.push({ id, score: 0, slot, tier: t, inTitle });
      }
    }
    out.sort((a, b) => b.tier - a.tier || a.slot - b.slot || a.id - b.id);
    out.length = Math.min(out.length, wanted);
  } else {
    // many: walked in position order, until the tiers needed are filled
    if (fromBoundary === Infinity) above = Infinity; // every matched document is needed: no early stop
    let gotAbove = 0;
    let gotBoundary = 0;
    const complete = (): boolean => gotAbove === above && gotBoundary === fromBoundary;
    const walk = (field: FieldMatch, inTitle: boolean): void =>
      walkBySlot(field.lists, matched, pool, (id, slot) => {
        if (skip && hasBit(skip, id)) return false;
        const tier = tierOf(title, body, id);
        if (tier < boundary || (tier >= TITLE_TIER) !== inTitle) return false;
        if (keep && !keep(id)) return false;
        if (tier > boundary) gotAbove++;
        else if (gotBoundary < fromBoundary) gotBoundary++;
        else return false;
        out.push({ id, score: 0, slot, tier, inTitle });
        return complete();
      });
    // every title tier is above every body tier: the title walk first, the body walk only if needed
    walk(title, true);
    if (!complete()) walk(body, false);
  }
  for (const r of out) {
    let tier = r.tier;
    if (check) {
      // a phrase read from pairs, checked as one run; without it in the title, the body's may still count
      const id = r.id;
      const inBody = body.all !== null && body.phrase !== null && hasBit(body.all, id) && hasBit(body.phrase, id);
      if (title.all && title.phrase && hasBit(title.all, id) && hasBit(title.phrase, id)) {
        if (!check(id, true)) {
          tier -= TEXT_WEIGHTS.titlePhrase;
          if (inBody && check(id, false)) tier += TEXT_WEIGHTS.bodyPhrase;
        }
      } else if (inBody && !check(id, false)) tier -= TEXT_WEIGHTS.bodyPhrase;
    }
    const res = (r.inTitle ? title : body).resolution;
    r.score = tier + (res - r.slot) / res;
  }
  return out.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, need).map(({ id, score }) => ({ id, score }));
}
