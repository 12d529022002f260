import { andInto, grow, hasBit, IdList, orInto, popcount32, setBit, wordsFor, type Bitset, type BitsetPool } from './bitset.js';
import type { LevelSets, PostingSets, Postings, Slots } from './postings.js';

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
  /**
   * positions, per word of the query: levels[k].sets[y] holds the documents with word k within the
   * first y + 1 slots of the field (read only: cached); a document's level is the slot of its latest
   * word, the first y where every word's sets[y] holds it
   */
  levels: LevelSets[] | null;
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

/**
 * The tiers, best first, as how the title and the body hold the words: 0 not all of them, 1 all,
 * 2 all with the diacritics as typed, 3 all as a phrase, 4 both (a body phrase does not count when
 * the title has it). Every combination has a tier of its own (no two sum alike).
 */
const TITLE_WEIGHT = [0, TEXT_WEIGHTS.title, TEXT_WEIGHTS.title + TEXT_WEIGHTS.titleExact, TEXT_WEIGHTS.title + TEXT_WEIGHTS.titlePhrase, TEXT_WEIGHTS.title + TEXT_WEIGHTS.titleExact + TEXT_WEIGHTS.titlePhrase];
const BODY_WEIGHT = [0, TEXT_WEIGHTS.body, TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyExact, TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyPhrase, TEXT_WEIGHTS.body + TEXT_WEIGHTS.bodyExact + TEXT_WEIGHTS.bodyPhrase];
const TIERS: ReadonlyArray<{ title: number; body: number; tier: number }> = [0, 1, 2, 3, 4]
  .flatMap((t) => [0, 1, 2, 3, 4].map((b) => ({ title: t, body: b, tier: (TITLE_WEIGHT[t] as number) + (BODY_WEIGHT[b] as number) })))
  .filter((c) => c.tier > 0 && !(c.title >= 3 && c.body >= 3))
  .sort((a, b) => b.tier - a.tier);

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
      out.set(bits);
    } else andInto(out, bits);
  }
  return out;
}

/**
 * The cumulative slot bitsets of every token (cached or scratch: read only), or null when a token
 * has no document. They are not intersected here: the ranking reads a level only for the words of
 * the documents it still has to place, usually the first level or two, so intersecting all nine
 * levels of every token up front (a third of a two-word query at 100 000 documents, and most of its
 * memory traffic) would mostly be thrown away.
 */
function tokenLevelsOf(tokens: readonly string[], field: string, postings: Postings, sets: PostingSets, maxId: number, pool: BitsetPool): LevelSets[] | null {
  if (tokens.length === 0) return null;
  const lists: Array<[string, Slots]> = [];
  for (const t of tokens) {
    const slots = postings.token(field, t);
    if (!slots) return null;
    lists.push([t, slots]);
  }
  const levels = postings.resolution(field);
  const scratch = (n: number): Bitset => pool.take(n);
  return lists.map(([t, slots]) => sets.levels(`${field}\u0001${t}`, slots, maxId, levels, scratch));
}

/** The documents with every token anywhere in the field: the last levels, intersected. */
function allLevels(tokenLevels: readonly LevelSets[], maxId: number, pool: BitsetPool): Bitset {
  const out = pool.take(wordsFor(maxId));
  tokenLevels.forEach(({ sets }, k) => {
    const last = sets[sets.length - 1] as Bitset;
    if (k === 0) out.set(last);
    else andInto(out, last);
  });
  return out;
}

/** Word `w` of level `y` of a field: the documents with every token within the first y + 1 slots. */
function levelWord(tokenLevels: readonly LevelSets[], y: number, w: number): number {
  let x = -1;
  for (let k = 0; k < tokenLevels.length; k++) x &= ((tokenLevels[k] as LevelSets).sets[y] as Bitset)[w] as number;
  return x;
}

/** Word `s` of the summary of level `y`: the words of level y where every token may have documents. */
function levelSummary(tokenLevels: readonly LevelSets[], y: number, s: number): number {
  let x = -1;
  for (let k = 0; k < tokenLevels.length; k++) x &= ((tokenLevels[k] as LevelSets).summaries[y] as Bitset)[s] as number;
  return x;
}

/** Match one field pair (folded field with its context index, exact field). */
export function matchField(q: QueryTokens, fields: FieldNames, postings: Postings, sets: PostingSets, maxId: number, pool: BitsetPool): FieldMatch {
  const f = fields.folded;
  const resolution = postings.resolution(f);
  const levels = tokenLevelsOf(q.folded, f, postings, sets, maxId, pool);
  if (!levels) return { all: null, exact: null, phrase: null, levels: null, resolution };
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
  return { all: allLevels(levels, maxId, pool), exact, phrase, levels, resolution };
}

/** The tier of a document (see TEXT_WEIGHTS); 0 when it holds the words in neither field. */
export function tierOf(title: FieldMatch, body: FieldMatch, id: number): number {
  const bit = 1 << (id & 31);
  for (const c of TIERS) if ((tierWord(title, body, c.title, c.body, id >>> 5) & bit) !== 0) return c.tier;
  return 0;
}

/** Documents that hold every word in the title or in the body, among `live`. */
export function matchedDocuments(title: FieldMatch, body: FieldMatch, live: Bitset, maxId: number, pool: BitsetPool): Bitset {
  const u = pool.take(wordsFor(maxId));
  if (title.all) orInto(u, title.all);
  if (body.all) orInto(u, body.all);
  andInto(u, live);
  return u;
}

/**
 * The matched documents a query counts: `matched` without `skip` and, when there are filters,
 * without those `keep` refuses (then tested one document at a time).
 */
export function eligibleDocuments(matched: Bitset, skip: Bitset | null, keep: ((id: number) => boolean) | null, pool: BitsetPool): Bitset {
  const out = pool.take(matched.length);
  for (let w = 0; w < matched.length; w++) {
    let x = (matched[w] as number) & ~(skip ? (skip[w] as number) : 0);
    if (x === 0 || !keep) {
      out[w] = x >>> 0;
      continue;
    }
    let kept = x;
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      if (!keep((w << 5) | (31 - Math.clz32(low)))) kept &= ~low;
    }
    out[w] = kept >>> 0;
  }
  return out;
}

/** The documents of word `w` in one combination of title and body states (see TIERS). */
function tierWord(title: FieldMatch, body: FieldMatch, tState: number, bState: number, w: number): number {
  const ta = title.all ? (title.all[w] as number) | 0 : 0;
  const te = title.exact ? (title.exact[w] as number) | 0 : 0;
  const tp = title.phrase ? (title.phrase[w] as number) | 0 : 0;
  const ba = body.all ? (body.all[w] as number) | 0 : 0;
  const be = body.exact ? (body.exact[w] as number) | 0 : 0;
  // a body phrase does not count when the title has the phrase
  const bp = (body.phrase ? (body.phrase[w] as number) | 0 : 0) & ~(ta & tp);
  const t = tState === 0 ? ~ta : tState === 1 ? ta & ~te & ~tp : tState === 2 ? ta & te & ~tp : tState === 3 ? ta & ~te & tp : ta & te & tp;
  const b = bState === 0 ? ~ba : bState === 1 ? ba & ~be & ~bp : bState === 2 ? ba & be & ~bp : bState === 3 ? ba & ~be & bp : ba & be & bp;
  return t & b;
}

/** Whether a title or body state can hold any document (no exact words, no phrase: fewer states). */
function possible(field: FieldMatch, state: number): boolean {
  if (state === 0) return true;
  if (!field.all) return false;
  if ((state === 2 || state === 4) && !field.exact) return false;
  return state < 3 || field.phrase !== null;
}

export interface Ranked {
  id: number;
  score: number;
}

/** Says whether a document that holds every pair of the query holds the whole phrase in one run. */
export type PhraseCheck = (id: number, inTitle: boolean) => boolean;

/** bestByTier's list of non-empty words (kept from call to call: at 100 000 documents, up to 3 125 of them) */
const NONZERO = new IdList();
/**
 * The tier being taken (kept from call to call): the words that hold its documents, as a summary (bit w set for
 * word w) and, per word, its documents not yet placed at a level
 */
let tierSummary = new Uint32Array(128);
let unplaced = new Uint32Array(4096);

/**
 * The best `need` documents of `eligible`, by tier (see TEXT_WEIGHTS), then level (the slot of
 * their latest word in the field that gives the tier: the title when it holds every word), then id.
 * Word-parallel: each tier is counted over the bitsets, the empty ones skipped, and a tier's
 * documents are taken level by level until enough are found; the cost follows the number of
 * tiers and levels looked at, not the size of the match (100 000 documents with "kế hoạch" in
 * their titles cost one pass).
 *
 * The phrase tiers are read from pairs (every adjacent pair of the query somewhere in the field),
 * which over-matches long queries in long documents. With `check`, a pool of twice the documents
 * needed (20 more at least) is taken, the phrase of those in a phrase tier is checked as one run, and those where it
 * is not are ranked again without it.
 */
export function bestByTier(title: FieldMatch, body: FieldMatch, eligible: Bitset, need: number, check: PhraseCheck | null): Ranked[] {
  if (need <= 0) return [];
  const wanted = check ? need + Math.max(need, 20) : need;
  const out: Array<Ranked & { slot: number; tier: number; inTitle: boolean }> = [];
  // the words that hold any eligible document: the only ones looked at from here on
  const nonzero = NONZERO;
  nonzero.clear();
  for (let w = 0; w < eligible.length; w++) if (eligible[w] !== 0) nonzero.push(w);
  for (let c = 0; c < TIERS.length && out.length < wanted; c++) {
    const { title: tState, body: bState, tier } = TIERS[c] as { title: number; body: number; tier: number };
    if (!possible(title, tState) || !possible(body, bState)) continue;
    // tiers are counted one at a time, best first, until enough documents are found (most queries stop at one)
    let size = 0;
    const summaryWords = wordsFor(eligible.length - 1);
    if (tierSummary.length < summaryWords) tierSummary = grow(tierSummary, summaryWords);
    if (unplaced.length < eligible.length) unplaced = grow(unplaced, eligible.length);
    tierSummary.fill(0, 0, summaryWords);
    for (let k = 0; k < nonzero.length; k++) {
      const w = nonzero.at(k);
      const x = (eligible[w] as number) & tierWord(title, body, tState, bState, w);
      if (x === 0) continue;
      size += popcount32(x);
      unplaced[w] = x;
      setBit(tierSummary, w);
    }
    if (size === 0) continue;
    const inTitle = tState > 0;
    const field = inTitle ? title : body;
    const levels = field.levels as LevelSets[];
    let taken = 0;
    // level by level: the documents whose latest word is in slot y (within y slots, none of them placed before);
    // the summaries skip the words without any at this level, most of them at the first levels
    for (let y = 0; y < field.resolution && taken < size && out.length < wanted; y++) {
      for (let s = 0; s < summaryWords && out.length < wanted; s++) {
        let candidates = (tierSummary[s] as number) & levelSummary(levels, y, s);
        while (candidates !== 0 && out.length < wanted) {
          const bit = candidates & -candidates;
          candidates ^= bit;
          const w = (s << 5) | (31 - Math.clz32(bit));
          const left = unplaced[w] as number;
          let x = left & levelWord(levels, y, w);
          if (x === 0) continue;
          unplaced[w] = left & ~x;
          // a word whose documents are all placed is not looked at again
          if (unplaced[w] === 0) tierSummary[s] = ((tierSummary[s] as number) & ~bit) >>> 0;
          while (x !== 0 && out.length < wanted) {
            const low = x & -x;
            x ^= low;
            out.push({ id: (w << 5) | (31 - Math.clz32(low)), score: 0, slot: y, tier, inTitle });
            taken++;
          }
        }
      }
    }
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
