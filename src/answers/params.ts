import { z } from 'zod';
import { CoverageOptionsSchema } from '../graph/queries/coverage.js';
import { SearchOptionsSchema } from '../search/schema.js';
import { countSchema, daySchema, dateOrPartSchema, familyListSchema, levelListSchema, placeSchema, typeListSchema, yearRangeSchema } from '../cli/options.js';

/**
 * The parameters of each question, as strings in (a CLI flag, a query-string value) and the
 * library's values out. The CLI reads its flags with these shapes (plus its own --snapshot, --json…)
 * and the server its query strings, so a value one accepts the other accepts, with the same words
 * when it is refused. Each value schema comes from src/cli/options.ts, where the CLI's help is
 * written from the same definitions.
 */

/** An id or the text of a citation. */
export const refSchema = z.string().trim().min(1, 'an id or citation text ("Nghị quyết số 18-NQ/TW", "18-NQ/TW")').max(1000, 'at most 1000 characters');

/** A boolean switch: the CLI hands over `true`, a query string "true", "1" or "" (present). */
export const switchSchema = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', '']).transform((s) => s === 'true' || s === '1' || s === '')]);

export const SEARCH_MAX = SearchOptionsSchema.shape.limit.unwrap().maxValue ?? 1000;

export const SearchParamsSchema = z.object({
  q: z.string().max(1000, 'at most 1000 characters'),
  type: typeListSchema.optional(),
  level: levelListSchema.optional(),
  family: familyListSchema.optional(),
  place: placeSchema.optional(),
  issuer: z.string().trim().min(1, 'words of the issuer\'s name ("uy ban nhan dan tinh ha tinh")').optional(),
  related: z.string().optional(),
  year: yearRangeSchema.optional(),
  limit: countSchema(1, SEARCH_MAX).prefault('10'),
  offset: countSchema(0, 1_000_000).optional(),
});
export type SearchParams = z.output<typeof SearchParamsSchema>;

/** How many implementers a trace lists at most; the total and the counts by level and place are over all of them. */
export const TRACE_MAX = 10_000;
export const TRACE_LIMIT = 100;
export const TraceParamsSchema = z.object({
  ref: refSchema,
  at: daySchema.optional(),
  limit: countSchema(1, TRACE_MAX).prefault(String(TRACE_LIMIT)),
  offset: countSchema(0, 1_000_000).prefault('0'),
});
export type TraceParams = z.output<typeof TraceParamsSchema>;

export const COVERAGE_LEVELS = CoverageOptionsSchema.shape.level.unwrap().options;
export const CoverageParamsSchema = z.object({
  ref: refSchema,
  level: z.enum(COVERAGE_LEVELS).default('province'),
  within: z.string().optional(),
  at: daySchema.optional(),
  current: switchSchema.optional(),
});
export type CoverageParams = z.output<typeof CoverageParamsSchema>;

export const CitesParamsSchema = z.object({ ref: refSchema });
export const PathParamsSchema = z.object({ from: refSchema, to: refSchema });
export const MissingParamsSchema = z.object({ limit: countSchema(1, 100_000).prefault('30') });
export const RankParamsSchema = z.object({ limit: countSchema(1, 100_000).prefault('20') });
export const CheckParamsSchema = z.object({});
export const DocumentParamsSchema = z.object({ id: refSchema });

/** The context a caller gives the text it extracts from (as `extract --province --district --date`). */
export const ExtractContextSchema = z.object({
  province: z.string().trim().min(1).max(200).optional(),
  district: z.string().trim().min(1).max(200).optional(),
  date: dateOrPartSchema.optional(),
});
export type ExtractContextParams = z.output<typeof ExtractContextSchema>;
