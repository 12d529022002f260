import { fold } from '../text/fold.js';
import { toOldStyleTone } from '../text/tone.js';

/*
 * The keys names are compared by, apart from the gazetteer's tables so that the generator of those tables
 * (scripts/build-gazetteer.ts) computes each unit's slug with the same code the library reads places with.
 */

/** Key for exact comparison: NFC, lower case, one tone placement, dashes and spaces as one space, numbers without leading zeros. */
export function nameKey(s: string): string {
  return toOldStyleTone(s.normalize('NFC').replace(/[\u00D0\u0189]/g, 'Đ').toLowerCase())
    .replace(/[\s\u00A0\-‐‑‒–—―]+/g, ' ')
    .replace(/(?<![\p{L}\d])0+(?=\d)/gu, '')
    .trim();
}

/** Key without diacritics, for names written in upper case without marks or typed plainly. */
export function foldedKey(s: string): string {
  return nameKey(fold(s));
}

/** The folded key with a syllable's final y after a consonant written i: "Thuận Quý" and the list's "Thuận Quí", "Kỳ"/"Kì". */
export function looseKey(s: string): string {
  return foldedKey(s).replace(/\b([bcdghklmnprstvx]|qu)y\b/g, '$1i');
}

/** A name's part of an id slug: "Can Lộc" → "can-loc", "Thừa Thiên - Huế" → "thua-thien-hue". */
export function nameSlug(name: string): string {
  return foldedKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
