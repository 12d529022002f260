import { tokenize, type Token } from './analyzer.js';

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
 * The best passage of `text` for the query: the window of about `width` characters that holds
 * the most distinct query terms (exact forms count double), with the matched words' offsets.
 */
export function bestSnippet(text: string, terms: Array<{ exact: string; folded: string }>, width = 220): Snippet | null {
  if (terms.length === 0) return null;
  // the passage is looked for in the first 40 000 words: enough for a snippet, bounded for long texts
  const tokens: Token[] = tokenize(text, 40_000);
  const wanted = new Set(terms.map((t) => t.folded));
  const exact = new Set(terms.map((t) => t.exact));
  const hits = tokens.filter((t) => wanted.has(t.folded));
  if (hits.length === 0) return null;
  let best = { score: -1, from: 0, to: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const startTok = hits[i] as Token;
    while (j < hits.length && (hits[j] as Token).end - startTok.start <= width) j++;
    const window = hits.slice(i, j);
    const distinct = new Set(window.map((t) => t.folded)).size;
    const exacts = window.filter((t) => exact.has(t.exact)).length;
    const score = distinct * 10 + exacts;
    if (score > best.score) best = { score, from: i, to: j };
  }
  const inWindow = hits.slice(best.from, best.to);
  const first = inWindow[0] as Token;
  const last = inWindow[inWindow.length - 1] as Token;
  const pad = Math.max(0, Math.floor((width - (last.end - first.start)) / 2));
  let start = Math.max(0, first.start - pad);
  let end = Math.min(text.length, last.end + pad);
  // do not cut a word (nor a diacritic off its letter)
  while (start > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[start - 1] as string)) start--;
  while (end < text.length && /[\p{L}\p{M}\p{N}]/u.test(text[end] as string)) end++;
  return { text: text.slice(start, end).replace(/\s+/g, ' '), start, end, highlights: inWindow.map((t) => ({ start: t.start, end: t.end })) };
}
