/**
 * Vietnamese full-text search over the corpus. Citation-aware: a query that names a document
 * ("18-NQ/TW", "nghị quyết 18", "luật tiếp công dân") finds that document first, then the
 * documents that cite it, then text matches, ranked by tier (title or body, diacritics as typed,
 * phrase) and position. flexsearch's Encoders (pinned 0.8.212: frequent patch releases, open bugs
 * on update/remove) define the terms; the posting lists are vanban's own (builder.ts), and the
 * words are answered by intersecting them as bitsets (match.ts).
 *
 * @module vanban/search
 */
export { SearchIndex } from './search-index.js';
export type { BlockWriter, BlockReader, BlockSource, BlockRegion } from './binary.js';
export { documentName, exactKey, foldedKey, queryTerms } from './analyzer.js';
export { bestSnippet, type Snippet } from './snippet.js';
export {
  SearchOptionsSchema,
  SearchIndexOptionsSchema,
  SearchResultSchema,
  SnippetSchema,
  HitSchema,
  SearchRecordSchema,
  type SearchOptions,
  type SearchIndexOptions,
  type SearchResult,
  type Hit,
  type SearchRecord,
} from './schema.js';
