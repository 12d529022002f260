import type { z } from 'zod';
import { exactKey, foldedKey } from './analyzer.js';
import { grow } from './bitset.js';
import type { SnippetSchema } from './schema.js';

/** A passage of a document with the matched words' offsets (see `SnippetSchema`). */
export type Snippet = z.infer<typeof SnippetSchema>;

/**
 * A folded copy of a text (lower case, no diacritics, đ→d) with, for each of its characters,
 * the offset of the character it came from: query words are found in it with `indexOf`, and
 * the offsets point back into the original, NFC or NFD alike.
 *
 * It is made as far as a search needs it (each character folds on its own, so the copy of a prefix is a
 * prefix of the copy): a snippet usually stops within the first few thousand characters of a text, and
 * folding the 60 000 a mirror covers cost about 5 ms a document in a fresh process (10 hits: a tenth of a
 * cold `vanban search`). `folded` and `origin` make it whole.
 */
export class FoldedMirror {
  private out = new Uint16Array(0);
  private map = new Int32Array(0);
  /** characters of the mirror made, and of the text folded into them */
  private k = 0;
  private done = 0;
  /** the mirror made so far, as a string (remade when it grows) */
  private prefix = '';
  private prefixOf = -1;

  constructor(
    private readonly text: string,
    /** characters of the text the mirror covers */
    private readonly end: number,
  ) {}

  /** Whether the whole text (to `end`) is folded. */
  get complete(): boolean {
    return this.done >= this.end;
  }

  /** The mirror made so far. */
  get made(): string {
    if (this.prefixOf !== this.k) {
      this.prefix = UTF16.decode(this.out.subarray(0, this.k));
      this.prefixOf = this.k;
    }
    return this.prefix;
  }

  /** Folds on, past at least `chars` more characters of the text (all of it when the rest is short). */
  extend(chars: number): void {
    const text = this.text;
    const n = Math.min(this.end, this.done + Math.max(chars, 4096));
    let out = this.out;
    let origin = this.map;
    if (out.length < this.k + (n - this.done) + 16) {
      out = grow(out, this.k + (n - this.done) + 16);
      origin = grow(origin, out.length);
    }
    let k = this.k;
    for (let i = this.done; i < n; i++) {
      const code = text.charCodeAt(i);
      let v = TABLE[code] as number;
      if (v === UNKNOWN) v = learn(code);
      if (v === DROP) continue;
      const f = v === SEVERAL ? (SEVERAL_FOLDS.get(code) as string) : null;
      const len = f ? f.length : 1;
      if (k + len > out.length) {
        out = grow(out, k + len);
        origin = grow(origin, out.length);
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
    this.out = out;
    this.map = origin;
    this.k = k;
    this.done = n;
  }

  /** The whole mirror. */
  get folded(): string {
    while (!this.complete) this.extend(this.end);
    return this.made;
  }

  /** For each character of the mirror made so far (all of it, after `folded`), the offset it came from. */
  get origin(): Int32Array {
    return this.map.subarray(0, this.k);
  }

  /**
   * The next whole-word occurrence of `w` at or after `from`, or -1: as `indexOf` in the whole mirror with
   * the characters on both sides not letters or digits, folding on only while it cannot tell.
   */
  nextWord(w: string, from: number): number {
    let at = from;
    for (;;) {
      const m = this.made;
      const whole = this.complete;
      for (let i = m.indexOf(w, at); i >= 0; i = m.indexOf(w, i + 1)) {
        // (a word that ends the mirror made so far may go on in the text: told after folding on)
        if (!whole && i + w.length >= m.length) break;
        if ((i > 0 && wordChar(m.charCodeAt(i - 1))) || (i + w.length < m.length && wordChar(m.charCodeAt(i + w.length)))) continue;
        return i;
      }
      if (whole) return -1;
      // occurrences that start before here were settled in the mirror made so far
      at = Math.max(at, m.length - w.length);
      this.extend(this.done);
    }
  }
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

/** The mirror of the first `limit` characters of `text`, made as far as it is searched (see FoldedMirror). */
export function foldedMirror(text: string, limit = text.length): FoldedMirror {
  return new FoldedMirror(text, Math.min(limit, text.length));
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

/** exact keys of the spellings met, by their lower case (kept between calls; emptied when large) */
const exactKeys = new Map<string, string>();

/**
 * Whether text[start, end) is, in lower case, one of `forms` (exact keys). Compared code unit by
 * code unit first, which settles text written as the query is; a spelling that differs only by
 * its form (NFD, the other tone placement) is settled by its exact key.
 */
function writtenAs(text: string, start: number, end: number, forms: readonly string[]): boolean {
  for (const form of forms) {
    if (form.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < form.length && same; i++) same = lower(text.charCodeAt(start + i)) === form.charCodeAt(i);
    if (same) return true;
  }
  const raw = text.slice(start, end).toLowerCase();
  let key = exactKeys.get(raw);
  if (key === undefined) {
    if (exactKeys.size > 4096) exactKeys.clear();
    exactKeys.set(raw, (key = exactKey(raw)));
  }
  return forms.includes(key);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}


/** A query's words, made ready once for the snippets of every hit shown. */
export interface SnippetWords {
  /** the distinct folded words (64 at most) */
  words: string[];
  /** for each word, the exact keys it was typed as */
  formsOf: string[][];
  /** whether the query has diacritics: typed without them, it prefers no spelling */
  weighExact: boolean;
}

export function snippetWords(terms: ReadonlyArray<{ exact: string; folded: string }>): SnippetWords | null {
  const words = [...new Set(terms.map((t) => t.folded))].filter((w) => w !== '').slice(0, 64);
  if (words.length === 0) return null;
  const formsOf = words.map((w) => [...new Set(terms.filter((t) => t.folded === w).map((t) => t.exact))]);
  return { words, formsOf, weighExact: !formsOf.every((forms) => forms.every(isAscii)) };
}

/** the matches met by the last call, and the per-word state (reused: a snippet is made for every hit shown) */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);
let wordOf = new Uint16Array(1024);
let exactOf = new Uint8Array(1024);
const nextAt = new Int32Array(64);
const met = new Int32Array(64);
const count = new Int32Array(64);
const exactCount = new Int32Array(64);

/**
 * The best passage of `text` for the query: the window of about `width` characters that holds
 * the most distinct query words, each counting 10, plus 1 for each of them written in the window
 * with the diacritics asked (when the query has any); the first such window, with the matched
 * words' offsets. Pass the document's mirror when it is kept (see `foldedMirror`); otherwise one is made.
 */
export function bestSnippet(text: string, terms: Array<{ exact: string; folded: string }>, width = 220, mirror?: FoldedMirror): Snippet | null {
  const q = snippetWords(terms);
  return q ? snippetOf(text, q, width, mirror ?? foldedMirror(text, 200_000)) : null;
}

/**
 * bestSnippet with the query's words made ready. The matches are met in text order, by merging
 * each word's run of `indexOf` in the mirror, and windows are scored as they close: the scan
 * stops at the first window that cannot be beaten, so a phrase near the start of a long law
 * costs a few hundred characters, not the law.
 */
export function snippetOf(text: string, q: SnippetWords, width: number, mirror: FoldedMirror): Snippet | null {
  const { words, formsOf, weighExact } = q;
  const W = words.length;
  // the best score a window can reach: every word the text holds at all, with the diacritics asked
  let ceiling = 0;
  for (let w = 0; w < W; w++) {
    nextAt[w] = mirror.nextWord(words[w] as string, 0);
    met[w] = count[w] = exactCount[w] = 0;
    if ((nextAt[w] as number) >= 0) ceiling += weighExact ? 11 : 10;
  }
  let distinct = 0;
  let exactWords = 0;
  let best = -1;
  let bestFrom = 0;
  let bestTo = 0;
  let head = 0; // the window is matches [head, n)
  let n = 0;
  for (;;) {
    // the word met next in the text (none: every window still open closes)
    let k = -1;
    for (let w = 0; w < W; w++) if ((nextAt[w] as number) >= 0 && (k < 0 || (nextAt[w] as number) < (nextAt[k] as number))) k = w;
    let start = 0;
    let end = Infinity;
    if (k >= 0) {
      const i = nextAt[k] as number;
      const word = words[k] as string;
      met[k] = (met[k] as number) + 1;
      nextAt[k] = (met[k] as number) >= MAX_MATCHES ? -1 : mirror.nextWord(word, i + 1);
      const origin = mirror.origin;
      start = origin[i] as number;
      end = (origin[i + word.length - 1] as number) + 1;
      while (end < text.length && isMark(text.charCodeAt(end))) end++;
    }
    // the windows that cannot hold this match close: each is the longest that starts where it starts
    while (head < n && end - (starts[head] as number) > width && best < ceiling) {
      const score = distinct * 10 + exactWords;
      if (score > best) {
        best = score;
        bestFrom = head;
        bestTo = n;
      }
      const w = wordOf[head] as number;
      count[w] = (count[w] as number) - 1;
      if (count[w] === 0) distinct--;
      if (exactOf[head] === 1) {
        exactCount[w] = (exactCount[w] as number) - 1;
        if (exactCount[w] === 0) exactWords--;
      }
      head++;
    }
    if (k < 0 || best >= ceiling) break;
    if (n === starts.length) {
      starts = grow(starts, n + 1);
      ends = grow(ends, n + 1);
      wordOf = grow(wordOf, n + 1);
      exactOf = grow(exactOf, n + 1);
    }
    const exact = weighExact && writtenAs(text, start, end, formsOf[k] as string[]) ? 1 : 0;
    starts[n] = start;
    ends[n] = end;
    wordOf[n] = k;
    exactOf[n] = exact;
    n++;
    if (count[k] === 0) distinct++;
    count[k] = (count[k] as number) + 1;
    if (exact === 1) {
      if (exactCount[k] === 0) exactWords++;
      exactCount[k] = (exactCount[k] as number) + 1;
    }
  }
  if (best < 0) return null;
  const first = starts[bestFrom] as number;
  const last = ends[bestTo - 1] as number;
  const pad = Math.max(0, Math.floor((width - (last - first)) / 2));
  let start = Math.max(0, first - pad);
  let end = Math.min(text.length, last + pad);
  // do not cut a word (nor a diacritic off its letter)
  while (start > 0 && wordish(text.charCodeAt(start - 1))) start--;
  while (end < text.length && wordish(text.charCodeAt(end))) end++;
  const highlights: Array<{ start: number; end: number }> = [];
  for (let k = bestFrom; k < bestTo; k++) highlights.push({ start: starts[k] as number, end: ends[k] as number });
  return { text: collapseSpaces(text, start, end), start, end, highlights };
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
