import { fold } from '../text/fold.js';
import { toOldStyleTone } from '../text/tone.js';

/**
 * Vietnamese text analysis for the index: two keys per syllable, the exact one (NFC, lower
 * case, one tone placement: "hoà" = "hòa") and the folded one (no diacritics, đ→d), so that
 * "nghi quyet" finds "Nghị quyết" while "bàn" ranks "bàn" above "ban" and "bản". No stemming,
 * no phonetic rules, no deduplication of letters or digits ("11" is not "1").
 */
export function exactKey(s: string): string {
  return toOldStyleTone(s.normalize('NFC').toLowerCase().replace(/[\u00D0\u0189]/g, 'đ').replace(/[\u00F0\u0256]/g, 'đ'));
}

export const foldedKey = fold;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export interface Token {
  /** the word as written in the original text */
  start: number;
  end: number;
  exact: string;
  folded: string;
}

/** Words of a text with their offsets in it (for snippets); bounded by `limit` words. */
export function tokenize(text: string, limit = Infinity): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m && out.length < limit; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, exact: exactKey(m[0]), folded: foldedKey(m[0]) });
  }
  return out;
}

/** Query terms: exact and folded forms, in order. */
export function queryTerms(query: string): Array<{ exact: string; folded: string; hasMarks: boolean }> {
  return (query.match(WORD) ?? []).map((w) => ({ exact: exactKey(w), folded: foldedKey(w), hasMarks: foldedKey(w) !== w.toLowerCase() }));
}
