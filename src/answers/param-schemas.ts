import { z } from 'zod';
import { CoverageOptionsSchema } from '../graph/queries/coverage.js';
import { SearchOptionsSchema } from '../search/schema.js';
import { countSchema, daySchema, dateOrPartSchema, familyListSchema, levelListSchema, once, placeSchema, typeListSchema, yearRangeSchema } from '../cli/options.js';

/**
 * The parameters of each question, as strings in (a CLI flag, a query-string value) and the
 * library's values out. The CLI reads its flags with these shapes (plus its own --snapshot, --json…)
 * and the server its query strings, so a value one accepts the other accepts, with the same words
 * when it is refused. Each value schema comes from src/cli/options.ts, where the CLI's help is
 * written from the same definitions.
 *
 * Each is built on its first use and kept (a function returning the same schema every time): a CLI command builds the
 * schema of its own question, not those of all of them. src/answers/params.ts exports them built, under their names
 * (the server and the answers' index use those); both give the same objects.
 */

/** An id or the text of a citation. */
export const refSchema = once(() => z.string().trim().min(1, 'an id or citation text ("Nghị quyết số 18-NQ/TW", "18-NQ/TW")').max(1000, 'at most 1000 characters'));

/** A boolean switch: the CLI hands over `true`, a query string "true", "1" or "" (present). */
export const switchSchema = once(() => z.union([z.boolean(), z.enum(['true', 'false', '1', '0', '']).transform((s) => s === 'true' || s === '1' || s === '')]));

export const SEARCH_MAX = SearchOptionsSchema.shape.limit.unwrap().maxValue ?? 1000;

export const searchParamsSchema = once(() =>
  z.object({
    q: z.string().max(1000, 'at most 1000 characters'),
    type: typeListSchema().optional(),
    level: levelListSchema().optional(),
    family: familyListSchema().optional(),
    place: placeSchema().optional(),
    issuer: z.string().trim().min(1, 'words of the issuer\'s name ("uy ban nhan dan tinh ha tinh")').optional(),
    related: z.string().optional(),
    year: yearRangeSchema().optional(),
    limit: countSchema(1, SEARCH_MAX).prefault('10'),
    offset: countSchema(0, 1_000_000).optional(),
  }),
);

/** How many implementers a trace lists at most; the total and the counts by level and place are over all of them. */
export const TRACE_MAX = 10_000;
export const TRACE_LIMIT = 100;
export const traceParamsSchema = once(() =>
  z.object({
    ref: refSchema(),
    at: daySchema().optional(),
    limit: countSchema(1, TRACE_MAX).prefault(String(TRACE_LIMIT)),
    offset: countSchema(0, 1_000_000).prefault('0'),
  }),
);

export const COVERAGE_LEVELS = CoverageOptionsSchema.shape.level.unwrap().options;
export const coverageParamsSchema = once(() =>
  z.object({
    ref: refSchema(),
    level: z.enum(COVERAGE_LEVELS).default('province'),
    within: z.string().optional(),
    at: daySchema().optional(),
    current: switchSchema().optional(),
  }),
);

export const citesParamsSchema = once(() => z.object({ ref: refSchema() }));
export const pathParamsSchema = once(() => z.object({ from: refSchema(), to: refSchema() }));
export const missingParamsSchema = once(() => z.object({ limit: countSchema(1, 100_000).prefault('30') }));
export const rankParamsSchema = once(() => z.object({ limit: countSchema(1, 100_000).prefault('20') }));
export const checkParamsSchema = once(() => z.object({}));
export const documentParamsSchema = once(() => z.object({ id: refSchema() }));

/** The context a caller gives the text it extracts from (as `extract --province --district --date`). */
export const extractContextSchema = once(() =>
  z.object({
    province: z.string().trim().min(1).max(200).optional(),
    district: z.string().trim().min(1).max(200).optional(),
    date: dateOrPartSchema().optional(),
  }),
);
