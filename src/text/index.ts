/**
 * Text normalization: the matching text with an offset map back to the input,
 * tone-placement canonicalization, and search folding.
 *
 * @module vanban/text
 */
export { normalizeText, isLetterCode, type NormalizedText } from './normalize.js';
export { OffsetMap, OffsetStage } from './offset-map.js';
export { toOldStyleTone } from './tone.js';
export { fold, lexiconKey } from './fold.js';
export { inSortedRanges, lastStartingAtOrBefore, rangeSet } from './ranges.js';
