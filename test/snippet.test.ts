import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestSnippet, exactKey, foldedKey, queryTerms } from '../src/search/index.js';

/**
 * The snippet rule read plainly: every whole-word occurrence of every query word (folded), in text order; for
 * each match, the longest run of following matches that ends within `width` of its start; the first run with
 * the best score (10 a distinct word, +1 a distinct word written with the diacritics asked, when the query has
 * any). Slow and uncapped; bestSnippet merges the words' occurrences and stops at a window it cannot beat.
 */
function bestWindowByHand(text: string, query: string, width: number): Array<{ start: number; end: number }> | null {
  const terms = queryTerms(query);
  const words = [...new Set(terms.map((t) => t.folded))];
  const weighExact = terms.some((t) => t.hasMarks);
  // the folded text character by character, remembering where each folded character came from
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const f = /\p{M}/u.test(ch) ? '' : /\s/u.test(ch) ? ' ' : foldedKey(ch);
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
  }
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const matches: Array<{ start: number; end: number; word: number; exact: boolean; at: number }> = [];
  words.forEach((w, k) => {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      if (isWordChar(folded[i - 1]) || isWordChar(folded[i + w.length])) continue;
      const start = origin[i] as number;
      let end = (origin[i + w.length - 1] as number) + 1;
      while (end < text.length && /\p{M}/u.test(text[end] as string)) end++;
      const forms = terms.filter((t) => t.folded === w).map((t) => t.exact);
      matches.push({ start, end, word: k, exact: weighExact && forms.includes(exactKey(text.slice(start, end).toLowerCase())), at: i * 64 + k });
    }
  });
  matches.sort((a, b) => a.at - b.at);
  let best: { score: number; from: number; to: number } | null = null;
  for (let i = 0; i < matches.length; i++) {
    let j = i + 1;
    while (j < matches.length && (matches[j] as { end: number }).end - (matches[i] as { start: number }).start <= width) j++;
    const inWindow = matches.slice(i, j);
    const score = new Set(inWindow.map((m) => m.word)).size * 10 + new Set(inWindow.filter((m) => m.exact).map((m) => m.word)).size;
    if (!best || score > best.score) best = { score, from: i, to: j };
  }
  return best ? matches.slice(best.from, best.to).map(({ start, end }) => ({ start, end })) : null;
}

const SYLLABLES = ['tinh', 'tính', 'tình', 'gọn', 'gon', 'bộ', 'bò', 'máy', 'may', 'hòa', 'hoà', 'ho\u0300a', 'Đảng', 'dang', 'ĐẢNG', 'x', 'bộmáy'];
const SEPARATORS = [' ', '  ', '\n', ', ', '. ', '\u00a0', '-', ' “', '” '];

describe('snippets', () => {
  it('choose the window the plain rule chooses, on random texts (NFC and NFD, both tone placements, Đ, nbsp)', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 80 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const query = fc.array(fc.constantFrom('tinh', 'tính', 'gọn', 'gon', 'bộ', 'máy', 'may', 'hòa', 'hoa', 'đảng', 'dang'), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, query, fc.integer({ min: 8, max: 60 }), (t, q, width) => {
        const got = bestSnippet(t, queryTerms(q), width);
        const want = bestWindowByHand(t, q, width);
        expect(got?.highlights ?? null).toEqual(want);
        if (got) {
          // the passage holds its highlights, and its offsets point into the text as given
          expect(got.start).toBeLessThanOrEqual(got.highlights[0]?.start as number);
          expect(got.end).toBeGreaterThanOrEqual(got.highlights.at(-1)?.end as number);
          const words = queryTerms(q).map((x) => x.folded);
          for (const h of got.highlights) expect(words).toContain(foldedKey(t.slice(h.start, h.end)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('prefer the words as typed, and stop at the first window that holds them all', () => {
    const text = 'bo may cu. ' + 'x '.repeat(200) + 'tinh gọn bộ máy, ' + 'x '.repeat(100) + 'tinh gọn bộ máy';
    const s = bestSnippet(text, queryTerms('tinh gọn bộ máy'), 60);
    expect(s?.highlights[0]?.start).toBe(text.indexOf('tinh gọn'));
    expect(s?.highlights.map((h) => text.slice(h.start, h.end))).toEqual(['tinh', 'gọn', 'bộ', 'máy']);
    // typed without diacritics, no form is preferred: the first window with every word
    const folded = bestSnippet('tinh gon bo may. ' + 'x '.repeat(50) + 'Tinh gọn bộ máy.', queryTerms('tinh gon bo may'), 60);
    expect(folded?.highlights[0]?.start).toBe(0);
    expect(folded?.highlights).toHaveLength(4);
  });
});
