import type { z } from 'zod';
import { exactKey, foldedKey } from './analyzer.js';
import type { SnippetSchema } from './schema.js';

/** A passage of a document with the matched words' offsets (see `SnippetSchema`). */
export type Snippet = z.infer<typeof SnippetSchema>;

/**
 * A folded copy of a text (lower case, no diacritics, đ→d) with, for each of its characters,
 * the offset of the character it came from: query words are found in it with `indexOf`, and
 * the offsets point back into the original, NFC or NFD alike.
 */
export interface FoldedMirror {
  folded: string;
  origin: Int32Array;
}

const UNKNOWN = 0xfffe;
const DROP = 0;
const SEVERAL = 0xffff;
/** code unit → its folded code unit, DROP (marks, zero-width), SEVERAL (ligatures), UNKNOWN (not seen yet) */
const TABLE = new Uint16Array(0x10000).fill(UNKNOWN);
const SEVERAL_FOLDS = new Map<number, string>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function learn(code: number): number {
  const ch = String.fromCharCode(code);
  // surrogates stay as they are: a pair is two code units and folds to itself
  const f = code >= 0xd800 && code <= 0xdfff ? ch : MARK.test(ch) ? '' : /\s/u.test(ch) ? ' ' : foldedKey(ch);
  const v = f.length === 0 ? DROP : f.length === 1 ? f.charCodeAt(0) : SEVERAL;
  if (v === SEVERAL) SEVERAL_FOLDS.set(code, f);
  TABLE[code] = v;
  return v;
}

const UTF16 = new TextDecoder('utf-16le');

export function foldedMirror(text: string, limit = text.length): FoldedMirror {
  const n = Math.min(limit, text.length);
  let out = new Uint16Array(n + 16);
  let origin = new Int32Array(n + 16);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let v = TABLE[code] as number;
    if (v === UNKNOWN) v = learn(code);
    if (v === DROP) continue;
    const f = v === SEVERAL ? (SEVERAL_FOLDS.get(code) as string) : null;
    const len = f ? f.length : 1;
    if (k + len > out.length) {
      const o2 = new Uint16Array(out.length * 2);
      o2.set(out);
      out = o2;
      const g2 = new Int32Array(origin.length * 2);
      g2.set(origin);
      origin = g2;
    }
    if (f) {
      for (let j = 0; j < f.length; j++) {
        out[k] = f.charCodeAt(j);
        origin[k++] = i;
      }
    } else {
      out[k] = v;
      origin[k++] = i;
    }
  }
  return { folded: UTF16.decode(out.subarray(0, k)), origin: origin.subarray(0, k) };
}

/** A test of one code unit against a character class, remembered per code unit (the regex runs once each). */
function charClass(re: RegExp): (c: number) => boolean {
  const known = new Uint8Array(0x10000).fill(2); // 1 in, 0 out, 2 not looked at yet
  return (c) => {
    let v = known[c] as number;
    if (v === 2) known[c] = v = re.test(String.fromCharCode(c)) ? 1 : 0;
    return v === 1;
  };
}
const letterOrDigit = charClass(LETTER_OR_DIGIT);
/** a letter, a mark or a digit of the original text: snippets do not cut one */
const wordish = charClass(/[\p{L}\p{M}\p{N}]/u);
const isMark = charClass(MARK);

/** a letter or digit of the folded mirror (which is lower-case ASCII but for rare scripts) */
function wordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && letterOrDigit(c));
}

/** code unit → its lower case when that is one code unit (0: not, 0xffff: not looked at yet) */
const LOWER = new Uint16Array(0x10000).fill(0xffff);
function lower(c: number): number {
  let v = LOWER[c] as number;
  if (v === 0xffff) {
    const l = String.fromCharCode(c).toLowerCase();
    LOWER[c] = v = l.length === 1 ? l.charCodeAt(0) : 0;
  }
  return v;
}

/** matches looked at per word and document: a common word in a long law occurs thousands of times */
const MAX_MATCHES = 3000;

/** The matches of the query words, in text order, in parallel arrays. */
interface Matches {
  start: Int32Array;
  end: Int32Array;
  /** index of the folded word */
  word: Uint16Array;
  /** 1 when written with the diacritics asked */
  exact: Uint8Array;
  length: number;
}

/**
 * Whether text[start, end) is, in lower case, one of `forms` (exact keys). Compared code unit by
 * code unit first, which settles text written as the query is; a spelling that differs only by
 * its form (NFD, the other tone placement) is settled by its exact key (`cache`).
 */
function writtenAs(text: string, start: number, end: number, forms: readonly string[], asciiForms: boolean, cache: Map<string, string>): boolean {
  for (const form of forms) {
    if (form.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < form.length && same; i++) same = lower(text.charCodeAt(start + i)) === form.charCodeAt(i);
    if (same) return true;
  }
  // a form without diacritics (a query typed without them) is only met as written: compared above
  if (asciiForms) return false;
  const raw = text.slice(start, end).toLowerCase();
  let key = cache.get(raw);
  if (key === undefined) cache.set(raw, (key = exactKey(raw)));
  return forms.includes(key);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** the matches of the last call of findWords (reused: a snippet is made for every hit shown) */
let scratch: Matches = { start: new Int32Array(1024), end: new Int32Array(1024), word: new Uint16Array(1024), exact: new Uint8Array(1024), length: 0 };

/** Where the query words occur as whole words, in text order (valid until the next call). */
function findWords(text: string, mirror: FoldedMirror, words: readonly string[], formsOf: ReadonlyArray<readonly string[]>): Matches {
  const m = mirror.folded;
  // (mirror position × 64 + word index): one numeric sort puts every word's matches in text order
  const found: number[] = [];
  words.forEach((w, k) => {
    if (w === '' || k >= 64) return;
    let n = 0;
    for (let i = m.indexOf(w); i >= 0 && n < MAX_MATCHES; i = m.indexOf(w, i + 1)) {
      if ((i > 0 && wordChar(m.charCodeAt(i - 1))) || (i + w.length < m.length && wordChar(m.charCodeAt(i + w.length)))) continue;
      found.push(i * 64 + k);
      n++;
    }
  });
  const order = Float64Array.from(found).sort();
  const total = order.length;
  if (scratch.start.length < total) scratch = { start: new Int32Array(total * 2), end: new Int32Array(total * 2), word: new Uint16Array(total * 2), exact: new Uint8Array(total * 2), length: 0 };
  const out = scratch;
  out.length = total;
  const cache = new Map<string, string>();
  const ascii = formsOf.map((forms) => forms.every(isAscii));
  for (let k = 0; k < total; k++) {
    const packed = order[k] as number;
    const w = packed % 64;
    const i = (packed - w) / 64;
    const start = mirror.origin[i] as number;
    let end = (mirror.origin[i + (words[w] as string).length - 1] as number) + 1;
    while (end < text.length && isMark(text.charCodeAt(end))) end++;
    out.start[k] = start;
    out.end[k] = end;
    out.word[k] = w;
    out.exact[k] = writtenAs(text, start, end, formsOf[w] as string[], ascii[w] as boolean, cache) ? 1 : 0;
  }
  return out;
}

const SPACE = 0x20;
/** JavaScript's \s */
function isSpace(c: number): boolean {
  return c === SPACE || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
let spaced = new Uint16Array(1024);
/** text[start, end) with each run of white space made one space */
function collapseSpaces(text: string, start: number, end: number): string {
  if (spaced.length < end - start) spaced = new Uint16Array(end - start);
  let k = 0;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!inSpace) spaced[k++] = SPACE;
      inSpace = true;
    } else {
      spaced[k++] = c;
      inSpace = false;
    }
  }
  return UTF16.decode(spaced.subarray(0, k));
}

/**
 * The best passage of `text` for the query: the window of about `width` characters that holds
 * the most distinct query terms (exact forms count double), with the matched words' offsets.
 * Pass the document's mirror when it is kept (see `foldedMirror`); otherwise one is made.
 */
export function bestSnippet(text: string, terms: Array<{ exact: string; folded: string }>, width = 220, mirror?: FoldedMirror): Snippet | null {
  if (terms.length === 0) return null;
  const words = [...new Set(terms.map((t) => t.folded))];
  const formsOf = words.map((w) => [...new Set(terms.filter((t) => t.folded === w).map((t) => t.exact))]);
  const hits = findWords(text, mirror ?? foldedMirror(text, 200_000), words, formsOf);
  const n = hits.length;
  if (n === 0) return null;
  // a sliding window over the matches, counting distinct words and exact forms as it moves
  let best = { score: -1, from: 0, to: 0 };
  const count = new Int32Array(words.length);
  let distinct = 0;
  let exacts = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const firstStart = hits.start[i] as number;
    while (j < n && (j === i || (hits.end[j] as number) - firstStart <= width)) {
      const w = hits.word[j] as number;
      if (count[w] === 0) distinct++;
      count[w] = (count[w] as number) + 1;
      exacts += hits.exact[j] as number;
      j++;
    }
    const score = distinct * 10 + exacts;
    if (score > best.score) best = { score, from: i, to: j };
    const w = hits.word[i] as number;
    count[w] = (count[w] as number) - 1;
    if (count[w] === 0) distinct--;
    exacts -= hits.exact[i] as number;
  }
  const first = hits.start[best.from] as number;
  const last = hits.end[best.to - 1] as number;
  const pad = Math.max(0, Math.floor((width - (last - first)) / 2));
  let start = Math.max(0, first - pad);
  let end = Math.min(text.length, last + pad);
  // do not cut a word (nor a diacritic off its letter)
  while (start > 0 && wordish(text.charCodeAt(start - 1))) start--;
  while (end < text.length && wordish(text.charCodeAt(end))) end++;
  const highlights: Array<{ start: number; end: number }> = [];
  for (let k = best.from; k < best.to; k++) highlights.push({ start: hits.start[k] as number, end: hits.end[k] as number });
  return { text: collapseSpaces(text, start, end), start, end, highlights };
}
