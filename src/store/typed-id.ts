import { formatId, numberedIdParts } from '../cite/ids.js';
import { parseSymbol, SYMBOL_PATTERN } from '../cite/symbol.js';

// Only what the extractor would read as one symbol and nothing else: digits, ASCII letters, Đ/đ (U+0110/U+0111, which
// have no decomposed form) and the symbol's separators. Spaces, other letters (NFD marks, Ð U+00D0, a type word, a
// name) go to the extractor, whose normalizer and context rules they need.
const PLAIN = /^[0-9A-Za-zĐđ./-]{1,80}$/u;
const WHOLE_SYMBOL = new RegExp(`^(?:${SYMBOL_PATTERN})$`, 'u');

/**
 * The id `extractCitations(ref)[0]` gives when `ref` is a document number typed alone ("18-NQ/TW", "04/2015/nđ-cp"), or
 * null for anything else. A lookup answers such a reference without the extractor: loading it (its normalization
 * tables and name tries are built at import) and its first, cold call cost a `vanban trace` 50-80 ms, the id parse
 * well under a millisecond. A legacy symbol ("02/TU") is left to the extractor, which rebuilds it from a type word
 * when there is one; every other symbol, alone, has no context (issuer phrase, date, term, place) to read, so
 * `numberedIdParts` without one is what the extractor computes (test/typed-id.test.ts checks both agree).
 */
export function idOfTypedSymbol(ref: string): string | null {
  if (!PLAIN.test(ref) || !WHOLE_SYMBOL.test(ref)) return null;
  const symbol = parseSymbol(ref);
  if (!symbol || symbol.shape === 'legacy') return null;
  return formatId(numberedIdParts({ symbol, issuerPhrase: null, date: null, term: null, context: undefined }).parts);
}
