import type { z } from 'zod';
import {
  checkParamsSchema,
  citesParamsSchema,
  coverageParamsSchema,
  documentParamsSchema,
  extractContextSchema,
  missingParamsSchema,
  pathParamsSchema,
  rankParamsSchema,
  refSchema as refSchemaOnce,
  searchParamsSchema,
  switchSchema as switchSchemaOnce,
  traceParamsSchema,
} from './param-schemas.js';

/**
 * The parameters of each question (src/answers/param-schemas.ts defines them), built, under the names the server and
 * the answers' index use. The CLI takes each from param-schemas.ts when its command runs, so that a command does not
 * build the others; these are the same objects.
 */

export { SEARCH_MAX, TRACE_MAX, TRACE_LIMIT, COVERAGE_LEVELS } from './param-schemas.js';

/** An id or the text of a citation. */
export const refSchema = refSchemaOnce();

/** A boolean switch: the CLI hands over `true`, a query string "true", "1" or "" (present). */
export const switchSchema = switchSchemaOnce();

export const SearchParamsSchema = searchParamsSchema();
export type SearchParams = z.output<typeof SearchParamsSchema>;

export const TraceParamsSchema = traceParamsSchema();
export type TraceParams = z.output<typeof TraceParamsSchema>;

export const CoverageParamsSchema = coverageParamsSchema();
export type CoverageParams = z.output<typeof CoverageParamsSchema>;

export const CitesParamsSchema = citesParamsSchema();
export const PathParamsSchema = pathParamsSchema();
export const MissingParamsSchema = missingParamsSchema();
export const RankParamsSchema = rankParamsSchema();
export const CheckParamsSchema = checkParamsSchema();
export const DocumentParamsSchema = documentParamsSchema();

/** The context a caller gives the text it extracts from (as `extract --province --district --date`). */
export const ExtractContextSchema = extractContextSchema();
export type ExtractContextParams = z.output<typeof ExtractContextSchema>;
