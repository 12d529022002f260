import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, type Document } from '../src/doc/index.js';
import { documentName, SearchIndex } from '../src/search/index.js';
import { IdLists } from '../src/search/builder.js';
import { Postings } from '../src/search/postings.js';
import { phraseKey } from '../src/search/references.js';
import { SHARED } from './helpers/score.js';

// The index writes its posting lists itself (src/search/builder.ts), cutting each text once for its exact and its
// folded keys. flexsearch's Encoders define the terms and its `add` is the reference: these tests hold every list
// (every term, every pair, every slot, the ids in order) equal to what flexsearch's own add writes for the same
// documents, with the fields computed here the way the index computed them before the builder.

const FIELDS = ['title', 'body', 'titleExact', 'bodyExact'];
const BODY_LIMIT = 60_000;

interface Inside {
  newFlex(): { add(record: Record<string, string | number>): void };
  idOf: Map<string, number>;
  postings: Postings;
  meta: Map<number, { phraseTitle: string; phraseBody: number }>;
  texts: { get(h: number): string };
}

/** Every list of `field` as plain arrays: term → slots, "a b" → the pair's slots. */
function listsOf(p: Postings, field: string): { tokens: Map<string, Array<number[] | null>>; pairs: Map<string, Array<number[] | null>> } {
  const plain = (slots: ReadonlyArray<ArrayLike<number> | undefined> | undefined): Array<number[] | null> => {
    const out = (slots ?? []).map((ids) => (ids && ids.length > 0 ? Array.from(ids) : null));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  };
  const tokens = new Map(p.tokenTerms(field).map((t) => [t, plain(p.token(field, t))] as const));
  const pairs = new Map<string, Array<number[] | null>>();
  for (const a of p.firstTerms(field)) for (const b of p.secondTerms(field, a)) pairs.set(`${a} ${b}`, plain(p.pair(field, a, b)));
  return { tokens, pairs };
}

/** The first term (or pair) whose lists differ, for a readable failure; null when all are equal. */
function firstDifference(ours: Map<string, unknown>, theirs: Map<string, unknown>): string | null {
  for (const [k, v] of theirs) if (JSON.stringify(ours.get(k)) !== JSON.stringify(v)) return `${k}: ours ${JSON.stringify(ours.get(k))?.slice(0, 200)}, flexsearch ${JSON.stringify(v).slice(0, 200)}`;
  for (const k of ours.keys()) if (!theirs.has(k)) return `${k}: only ours`;
  return null;
}

function check(docs: Document[]): { terms: number; pairs: number } {
  const index = new SearchIndex();
  docs.forEach((d, i) => index.add(`doc-${i}`, d));
  const ours = index as unknown as Inside;
  const reference = ours.newFlex();
  docs.forEach((d, i) => {
    const id = ours.idOf.get(`doc-${i}`) as number;
    const name = documentName(d.identity);
    const body = d.text.slice(0, BODY_LIMIT);
    const fields = { title: ` ${phraseKey(name)} `, body: ` ${phraseKey(body)} `, titleExact: name, bodyExact: body };
    // the phrase keys the builder returned are the ones phrase checks read
    const m = ours.meta.get(id) as Inside['meta'] extends Map<number, infer M> ? M : never;
    expect(m.phraseTitle, `doc-${i}`).toBe(fields.title);
    expect(ours.texts.get(m.phraseBody), `doc-${i}`).toBe(fields.body);
    reference.add({ id, ...fields });
  });
  const theirs = new Postings(reference, FIELDS);
  let terms = 0;
  let pairs = 0;
  for (const f of FIELDS) {
    const a = listsOf(ours.postings, f);
    const b = listsOf(theirs, f);
    expect(firstDifference(a.tokens, b.tokens), `${f} terms`).toBeNull();
    expect(firstDifference(a.pairs, b.pairs), `${f} pairs`).toBeNull();
    expect(ours.postings.resolution(f), f).toBe(theirs.resolution(f));
    terms += b.tokens.size;
    pairs += b.pairs.size;
  }
  return { terms, pairs };
}

const docs: Document[] = [];
beforeAll(async () => {
  for await (const item of readCorpus(join(SHARED, 'corpus'))) if (item.ok && docs.length < 150) docs.push(item.document);
}, 60_000);

describe('the index build', () => {
  it('writes the lists flexsearch itself writes for the same documents (real documents)', () => {
    const { terms, pairs } = check(docs);
    expect(terms).toBeGreaterThan(10_000);
    expect(pairs).toBeGreaterThan(50_000);
  }, 180_000);

  it('writes the same lists for texts that stress the one-pass reading and its fallback to the Encoders', () => {
    const base = docs[0] as Document;
    const texts = [
      // repeats: a term, a pair, a term twice in a row (the folded Encoder drops the repeat), the same once folded
      'kế hoạch kế hoạch kế hoạch kế hoạch',
      'a b a b a b a b a b c a b',
      'bàn bản ban BAN Bàn bàn, bản. ban',
      'một',
      '',
      '  ,,, ',
      // a word past flexsearch's 1 024 characters, between two equal ones, and one of exactly 1 024
      `ủy ${'x'.repeat(1025)} ủy ban ${'y'.repeat(1024)} nhân dân`,
      // NFD, a mark after a space, a mark on a letter with no precomposed form
      'Nghi\u0323 quye\u0302\u0301t so\u0302\u0301 18 \u0301 b\u0302c',
      // Greek final sigma, Turkish dotted I, ligature, fractions, superscripts, roman numerals
      'ΟΔΟΣ.ΒΑΣΗ ΟΔΟΣ İstanbul ﬁnal ½ 10² Ⅻ ª º',
      // zero-width and soft hyphen (fold drops them: the exact key cuts there, the folded one does not)
      'ủy\u200bban nhân\u00addân kế\ufeffhoạch',
      // non-breaking and other spaces, dashes, quotes, Đ and its look-alikes, tone placements
      'Nghị\u00a0quyết\u2002số\u202f18–NQ/TW “Đảng” ÐẢNG ƉẢNG đảng hoà hòa khoẻ khỏe Uỷ Ủy quý',
      // astral letters (surrogate pairs), Hangul syllables and jamo, CJK
      '𝐀𝐁𝐂 abc 한국 \u1100\u1161 中文 文件',
      // digits in many scripts
      '١٢٣ ۴۵۶ 123 ١٢٣',
    ];
    const extra = texts.map((text, k) => ({ ...base, text, path: `extra-${k}` }));
    // and titles of the same kinds
    extra.push({ ...base, identity: { ...base.identity, title: 'ΟΔΟΣ ủy\u200bban Nghi\u0323 quyết' }, path: 'extra-title' });
    check([docs[1] as Document, ...extra, docs[2] as Document]);
  }, 60_000);
});

describe('the arena of posting lists', () => {
  it('keeps every list whole while lists grow, move, reuse freed regions, and one outgrows a chunk', () => {
    const lists = new IdLists();
    const expected: number[][] = [];
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) expected.push([]);
    for (let k = 0; k < 2000; k++) expect(lists.create()).toBe(k);
    // interleaved appends of very different lengths: short lists move often and leave regions to be reused
    for (let step = 0; step < 200_000; step++) {
      const l = random(8) === 0 ? random(10) : random(2000);
      const ids = expected[l] as number[];
      const id = (ids[ids.length - 1] ?? 0) + 1 + random(3);
      ids.push(id);
      lists.push(l, id);
    }
    // two lists past a chunk (2^22 ids): the second reuses the region the first left, and moves to a chunk of its
    // own while the shared chunk still has room; then more short lists
    const bigs: number[] = [];
    for (let k = 0; k < 2; k++) {
      const big = lists.create();
      bigs.push(big);
      for (let id = 1; id <= (1 << 22) + 5; id++) lists.push(big, id);
      for (let j = 0; j < 300; j++) {
        const l = random(2000);
        const ids = expected[l] as number[];
        const id = (ids[ids.length - 1] ?? 0) + 1;
        ids.push(id);
        lists.push(l, id);
      }
      // two new lists of 64: the first takes the regions the big list left, the second new ones
      for (let j = 0; j < 2; j++) {
        const l = lists.create();
        expected[l] = Array.from({ length: 64 }, (_, z) => z + 1);
        for (let id = 1; id <= 64; id++) lists.push(l, id);
      }
    }
    // and lists larger than any region freed so far: new regions, cut from a shared chunk, not from the big list's
    for (let k = 0; k < 3; k++) {
      const l = lists.create();
      const ids: number[] = [];
      for (let id = 1; id <= 70_000; id++) {
        ids.push(id * 2);
        lists.push(l, id * 2);
      }
      expected[l] = ids;
    }
    expected.forEach((ids, l) => {
      if (ids) expect(Array.from(lists.view(l)), `list ${l}`).toEqual(ids);
    });
    for (const big of bigs) {
      const view = lists.view(big);
      expect(view.length).toBe((1 << 22) + 5);
      expect(view.every((id, z) => id === z + 1)).toBe(true);
    }
  }, 60_000);
});
