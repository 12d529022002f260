import { exactKey, foldedKey } from './analyzer.js';

export interface Snippet {
  /** the passage as written (diacritics intact) */
  text: string;
  /** offsets of the passage in the document's text */
  start: number;
  end: number;
  /** offsets (in the document's text) of the matched words */
  highlights: Array<{ start: number; end: number }>;
}

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

/** a letter or digit of the folded mirror (which is lower-case ASCII but for rare scripts) */
function wordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
}

/** matches looked at per word and document: a common word in a long law occurs thousands of times */
const MAX_MATCHES = 3000;

interface Match {
  start: number;
  end: number;
  folded: string;
  exact: string;
}

/** Where the query words occur as whole words, in text order. */
function findWords(text: string, mirror: FoldedMirror, folded: Set<string>, exactForms: Set<string>): Match[] {
  const out: Match[] = [];
  // the same few spellings recur: each one's exact key is computed once
  const exactOf = new Map<string, string>();
  const m = mirror.folded;
  for (const w of folded) {
    if (w === '') continue;
    let found = 0;
    for (let i = m.indexOf(w); i >= 0 && found < MAX_MATCHES; i = m.indexOf(w, i + 1)) {
      if ((i > 0 && wordChar(m.charCodeAt(i - 1))) || (i + w.length < m.length && wordChar(m.charCodeAt(i + w.length)))) continue;
      const start = mirror.origin[i] as number;
      let end = (mirror.origin[i + w.length - 1] as number) + 1;
      while (end < text.length && MARK.test(text[end] as string)) end++;
      // most matches are written as asked: the full exact key only for the others
      const raw = text.slice(start, end).toLowerCase();
      let exact = exactForms.has(raw) ? raw : exactOf.get(raw);
      if (exact === undefined) exactOf.set(raw, (exact = exactKey(raw)));
      out.push({ start, end, folded: w, exact });
      found++;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The best passage of `text` for the query: the window of about `width` characters that holds
 * the most distinct query terms (exact forms count double), with the matched words' offsets.
 * Pass the document's mirror when it is kept (see `foldedMirror`); otherwise one is made.
 */
export function bestSnippet(text: string, terms: Array<{ exact: string; folded: string }>, width = 220, mirror?: FoldedMirror): Snippet | null {
  if (terms.length === 0) return null;
  const exact = new Set(terms.map((t) => t.exact));
  const hits = findWords(text, mirror ?? foldedMirror(text, 200_000), new Set(terms.map((t) => t.folded)), exact);
  if (hits.length === 0) return null;
  // a sliding window over the matches, counting distinct words and exact forms as it moves
  let best = { score: -1, from: 0, to: 0 };
  const count = new Map<string, number>();
  let exacts = 0;
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i] as Match;
    while (j < hits.length && (j === i || (hits[j] as Match).end - first.start <= width)) {
      const h = hits[j] as Match;
      count.set(h.folded, (count.get(h.folded) ?? 0) + 1);
      if (exact.has(h.exact)) exacts++;
      j++;
    }
    const score = count.size * 10 + exacts;
    if (score > best.score) best = { score, from: i, to: j };
    const c = count.get(first.folded) as number;
    if (c === 1) count.delete(first.folded);
    else count.set(first.folded, c - 1);
    if (exact.has(first.exact)) exacts--;
  }
  const inWindow = hits.slice(best.from, best.to);
  const first = inWindow[0] as Match;
  const last = inWindow[inWindow.length - 1] as Match;
  const pad = Math.max(0, Math.floor((width - (last.end - first.start)) / 2));
  let start = Math.max(0, first.start - pad);
  let end = Math.min(text.length, last.end + pad);
  // do not cut a word (nor a diacritic off its letter)
  while (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1] as string)) start--;
  while (end < text.length && /[\p{L}\p{M}\p{N}]/u.test(text[end] as string)) end++;
  return { text: text.slice(start, end).replace(/\s+/g, ' '), start, end, highlights: inWindow.map((t) => ({ start: t.start, end: t.end })) };
}
