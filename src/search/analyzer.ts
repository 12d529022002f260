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

/** Query terms: exact and folded forms, in order. */
export function queryTerms(query: string): Array<{ exact: string; folded: string; hasMarks: boolean }> {
  return (query.match(WORD) ?? []).map((w) => ({ exact: exactKey(w), folded: foldedKey(w), hasMarks: foldedKey(w) !== w.toLowerCase() }));
}

/**
 * The name a document goes by: its type and its title ("Pháp lệnh Ưu đãi người có công…"). The trích yếu line
 * omits the type, and people type both; a title that already starts with its type is left as it is.
 */
export function documentName(identity: { type: string | null; title: string | null }): string {
  const { type, title } = identity;
  if (!title) return '';
  return type && !exactKey(title).startsWith(exactKey(type)) ? `${type} ${title}` : title;
}
