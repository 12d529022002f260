/**
 * Documents: read real files (.txt, .md, .html, .docx; UTF-8, UTF-16, TCVN3, VNI) into a
 * typed Document with its identity, header parts, sections and citations.
 *
 * @module vanban/doc
 */
export { readDocument, type ReadDocumentOptions } from './read.js';
export { defaultSkip, describeSkipped, IGNORE_FILE, readCorpus, walkFiles, type CorpusItem, type ReadCorpusOptions, type SkippedEntry, type SkipReason, type WalkOptions } from './corpus.js';
export {
  KnownIdentitySchema,
  ManifestEntrySchema,
  MANIFEST_NAMES,
  loadManifest,
  parseTsvManifest,
  parseJsonManifest,
  splitTitleOrNumber,
  type KnownIdentity,
  type ManifestEntry,
  type Manifest,
} from './manifest.js';
export { READERS, readerFor, decodeBytes, DEFAULT_LIMITS, ReadError, type ReadLimits, type Reader, type ReadResult, type SourceFormat } from './readers/index.js';
export { decodeTcvn3, decodeVni, detectLegacy, type LegacyEncoding } from './legacy.js';
export {
  DocumentSchema,
  DocIdentitySchema,
  DocumentCitationSchema,
  SectionSchema,
  HeaderPartsSchema,
  type Document,
  type DocIdentity,
  type DocumentCitation,
  type Section,
  type HeaderParts,
  type Level,
} from './schema.js';
