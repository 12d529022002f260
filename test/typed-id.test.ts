import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractCitations } from '../src/cite/extract.js';
import { SYMBOL_SCAN } from '../src/cite/symbol.js';
import { Corpus } from '../src/graph/corpus.js';
import { MemoryStore } from '../src/store/memory.js';
import { idOfTypedSymbol } from '../src/store/typed-id.js';
import { SHARED } from './helpers/score.js';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(SHARED, 'corpus', 'seeds');
const MORE = ['congbot', 'phapluat8chude'].map((d) => join(SHARED, 'corpus', d));

/** What the lookup did before the id parse: the extractor's first citation. */
const extracted = (ref: string): string | null => extractCitations(ref)[0]?.id ?? null;

/** Every document number of the citation gold, and every symbol-like run of the demo corpus and of shared folders. */
function writtenNumbers(): string[] {
  const found = new Set<string>();
  const gold = join(ROOT, 'fixtures', 'gold');
  for (const f of readdirSync(gold).filter((n) => n.endsWith('.json'))) {
    for (const d of JSON.parse(readFileSync(join(gold, f), 'utf8')) as Array<{ citations: Array<{ number: string | null }> }>) for (const c of d.citations) if (c.number) found.add(c.number);
  }
  const dirs = [SEEDS, ...MORE, ...readdirSync(join(ROOT, 'corpus'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(ROOT, 'corpus', e.name))];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) for (const m of readFileSync(join(dir, f), 'utf8').normalize('NFC').matchAll(SYMBOL_SCAN)) found.add(m[0]);
  }
  return [...found];
}

/** Strings made of the pieces of symbols (numbers, years, codes in either case, separators), most of them not symbols. */
function madeUp(count: number): string[] {
  const nums = ['18', '04', '1', '123', '05', '1.5', '12a', '0', '99999'];
  const years = ['2015', '2021', '1999', '1945', '2000'];
  const codes = ['NQ', 'nq', 'TW', 'tw', 'NĐ', 'nđ', 'Nđ', 'CP', 'QĐ', 'UBND', 'KH', 'QH13', 'QH', 'TT', 'BTC', 'TU', 'HU', 'BCĐ', 'VPCP', 'CV', 'VBHN', 'BYT', 'TTLT', 'PL', 'UBTVQH10', 'X', 'ĐU', 'HĐND', 'ubnd', 'CT', 'HD', 'BCH', 'UBTVQH', 'A1', 'CGC.BT'];
  const seps = ['-', '/', '/', '-', '.', ''];
  // mulberry32: the same strings on every run
  let seed = 17;
  const rnd = (k: number): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % k;
  };
  const pick = (a: string[]): string => a[rnd(a.length)] as string;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = pick(nums);
    const n = 1 + rnd(4);
    for (let j = 0; j < n; j++) s += pick(seps) + (rnd(4) === 0 ? pick(years) : pick(codes));
    if (rnd(5) === 0) s += pick(seps);
    out.push(s);
  }
  return out;
}

describe('a number typed alone, read as an id', () => {
  it('gives the id the extractor gives, for every number of the gold and the corpus, in any case', () => {
    const numbers = writtenNumbers();
    expect(numbers.length).toBeGreaterThan(2000);
    let parsed = 0;
    const differ: Array<[string, string, string | null]> = [];
    for (const n of numbers) {
      for (const ref of new Set([n, n.toLowerCase(), n.toUpperCase()])) {
        const id = idOfTypedSymbol(ref);
        if (id === null) continue;
        parsed++;
        if (id !== extracted(ref)) differ.push([ref, id, extracted(ref)]);
      }
    }
    expect(differ).toEqual([]);
    // most of them take the short way (what is left: legacy symbols, runs the extractor reads otherwise)
    expect(parsed).toBeGreaterThan(numbers.length);
  });

  it('gives the id the extractor gives for made-up strings of symbol pieces, or leaves them to it', () => {
    let parsed = 0;
    const differ: Array<[string, string, string | null]> = [];
    for (const ref of madeUp(40_000)) {
      const id = idOfTypedSymbol(ref);
      if (id === null) continue;
      parsed++;
      if (id !== extracted(ref)) differ.push([ref, id, extracted(ref)]);
    }
    expect(differ).toEqual([]);
    expect(parsed).toBeGreaterThan(1000);
  });

  it('reads the plain forms and leaves every other form to the extractor', () => {
    expect(idOfTypedSymbol('18-NQ/TW')).toBe('dang:18-NQ/TW#?');
    expect(idOfTypedSymbol('18-nq/tw')).toBe('dang:18-NQ/TW#?');
    expect(idOfTypedSymbol('04/2015/NĐ-CP')).toBe('vn:04/2015/NĐ-CP');
    expect(idOfTypedSymbol('123/QĐ-UBND')).toBe('vn:123/QĐ-UBND@?#?');
    for (const ref of [
      'Nghị quyết 18-NQ/TW',
      'nghị quyết số 18',
      'Luật Đất đai',
      ' 18-NQ/TW',
      '18-NQ/TW ',
      '04/2015/NĐ-CP'.normalize('NFD').replace('Đ', 'Ð'), // Ð U+00D0, which the normalizer reads as Đ
      '02/TU', // legacy: the extractor may rebuild it from a type word
      'dang:18-NQ/TW#XII',
      '',
    ]) {
      expect(idOfTypedSymbol(ref), ref).toBeNull();
    }
  });
});

describe('MemoryStore.lookup answers as the extractor made it answer', () => {
  let corpus: Corpus;
  let store: MemoryStore;
  beforeAll(async () => {
    corpus = await Corpus.fromFolder(SEEDS);
    store = new MemoryStore(corpus);
  });

  const forms = [
    '18-NQ/TW',
    '18-nq/tw',
    '18-NQ/tw',
    'Nghị quyết 18-NQ/TW',
    'Nghị quyết số 18-NQ/TW',
    'nghị quyết số 18',
    'Nghị quyết 18-NQ/TW'.normalize('NFD'),
    '18-NQ/TW'.normalize('NFD'),
    'Quy định số 217-QĐ/TW',
    '217-QĐ/TW',
    '217-qđ/tw',
    'Quy định số 217-QĐ/TW'.normalize('NFD'),
    '657-QĐ/TU',
    '96/KH-UBND',
    '96/kh-ubnd',
    'Luật Đất đai',
    'luật đất đai',
    'Luật Đất đai'.normalize('NFD'),
    '04/2015/NĐ-CP',
    'dang:18-NQ/TW#XII',
    'no such document',
  ];

  it.each(forms)('%s', async (ref) => {
    expect(await store.lookup(ref)).toEqual(corpus.lookup(ref, (t) => extractCitations(t)));
  });

  it('finds the documents the tests of the graph find', async () => {
    expect((await store.lookup('18-NQ/TW')).key).toBe('dang:18-NQ/TW#XII');
    expect((await store.lookup('18-nq/tw')).key).toBe('dang:18-NQ/TW#XII');
    expect((await store.lookup('Nghị quyết 18-NQ/TW'.normalize('NFD'))).key).toBe('dang:18-NQ/TW#XII');
    expect((await store.lookup('217-QĐ/TW')).key).toBe('dang:217-QĐ/TW#XI');
  });
});
