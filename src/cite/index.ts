/**
 * Citation extraction: every reference to another document in a Vietnamese
 * legal, administrative or Party text, typed, with offsets, relation and id.
 *
 * @module vanban/cite
 */
export { extract, extractCitations, extractNormalized } from './extract.js';
export { readLayout, zoneAt, type Layout, type Zone } from './layout.js';
export {
  ActScopeSchema,
  CitationSchema,
  CitationContextSchema,
  ExtractOptionsSchema,
  ExtractResultSchema,
  RelationSchema,
  SelfReferenceSchema,
  AliasSchema,
  validateCitation,
  type ActScope,
  type Alias,
  type Citation,
  type CitationContext,
  type ExtractOptions,
  type ExtractResult,
  type Pinpoint,
  type Relation,
  type SelfReference,
} from './schema.js';
export { formatId, parseId, isContextDependent, isUnknownPlace, IdPartsSchema, type IdParts } from './ids.js';
export { parseSymbol, canonicalNumeral, type ParsedSymbol, type SymbolShape } from './symbol.js';
export { LawEntrySchema, lawsNamed, lawByNumber, lawSubjectOf, resolveNamedLaw, sameLawSubject, type LawEntry, type NamedLawResolution } from './laws.js';
