import { z } from 'zod';
import { RelationSchema } from '../cite/index.js';
import { DocumentCitationSchema, DocumentSchema } from '../doc/index.js';
import { AmendmentHistorySchema } from '../graph/queries/amendments.js';
import { NodeAttributesSchema } from '../graph/schema.js';
import { EraSchema, PlaceLevelSchema } from '../place/index.js';
import { SearchResultSchema } from '../search/schema.js';

/**
 * What every `--json` (and `--ndjson`) of the CLI prints, as zod schemas: the source of the JSON
 * Schemas in docs/schema/ (scripts/json-schemas.ts) and checked against real outputs by the tests.
 * One naming rule: a document's id is `id`, wherever it appears (the library's query results call
 * it `key`; the CLI renames it on the way out).
 */

const id = z.string().describe('a document id ("dang:18-NQ/TW#XII", "vn:30/2020/NĐ-CP")');
const path = z.string().nullable().describe('the file of a corpus document; null for a document known only from citations');

/** One line of `extract --ndjson`, one element of `extract --json`. */
export const ExtractFileOutputSchema = z.object({ file: z.string(), citations: z.array(DocumentCitationSchema) });
export const ExtractOutputSchema = z.array(ExtractFileOutputSchema);

export const ReadOutputSchema = DocumentSchema;

export const ImplementerOutputSchema = z.object({
  id,
  path,
  type: z.string().nullable(),
  level: z.string().nullable(),
  place: z.string().nullable(),
  date: z.string().nullable(),
  depth: z.number().int().positive(),
  implements: z.string(),
  lagDays: z.number().int().nullable(),
  asserted: z.boolean(),
});

/** A page of a document's implementers, in the walk's order: depth, then the document implemented, then id. */
export const ImplementersPageOutputSchema = z.object({
  total: z.number().int().nonnegative().describe('how many implement the document, directly or through another implementer'),
  offset: z.number().int().nonnegative().describe('how many were skipped before this page'),
  limit: z.number().int().positive().describe('the most this page holds'),
  items: z.array(ImplementerOutputSchema),
});

export const TraceOutputSchema = z.object({
  id,
  path,
  node: NodeAttributesSchema,
  restsOn: z.object({
    direct: z.array(z.object({ id, relation: z.enum(['basis', 'implements']), type: z.string().nullable(), date: z.string().nullable(), level: z.string().nullable(), path })),
    upstream: z.array(z.object({ id, depth: z.number().int().positive(), via: z.string() })),
  }),
  implementers: ImplementersPageOutputSchema,
  byLevelAndPlace: z
    .record(z.string(), z.record(z.string(), z.number().int().positive()))
    .describe('how many implementers at each level ("province", "unknown"), then place ("tinh-ha-tinh", "central", "unknown"): over all of them, not only the page'),
  amendments: AmendmentHistorySchema,
});

export const CoverageOutputSchema = z.object({
  root: z.string(),
  level: PlaceLevelSchema,
  era: EraSchema,
  at: z.string().nullable(),
  within: z.string().nullable(),
  covered: z.number().int().nonnegative(),
  rows: z.array(z.object({ place: z.string(), name: z.string(), first: ImplementerOutputSchema.nullable(), count: z.number().int().nonnegative(), via: z.array(z.string()) })),
  outside: z.array(z.object({ implementer: ImplementerOutputSchema, reason: z.string() })),
});

export const SearchOutputSchema = SearchResultSchema;

export const MissingOutputSchema = z.array(
  z.object({ id, type: z.string().nullable(), names: z.array(z.string()), citedBy: z.array(z.object({ id, path })), mentions: z.number().int().nonnegative() }),
);

export const RankOutputSchema = z.array(
  z.object({ id, kind: z.enum(['document', 'cited']), type: z.string().nullable(), citedBy: z.number().int().nonnegative(), mentions: z.number().int().nonnegative(), pagerank: z.number(), path }),
);

export const CheckOutputSchema = z.array(
  z.object({
    kind: z.enum(['conflict', 'cycle', 'cites-a-later-document', 'unresolved-id', 'bad-file', 'no-identity', 'identity-supplied', 'identity-disagrees']),
    ids: z.array(z.string()).describe('the documents concerned'),
    detail: z.string(),
    paths: z.array(z.string()).optional(),
    missing: z.array(z.string()).optional(),
  }),
);

export const CitingDocumentSchema = z.object({
  id,
  path,
  type: z.string().nullable(),
  date: z.string().nullable(),
  /** how many times it cites the document with this relation */
  count: z.number().int().positive(),
});

export const CitesOutputSchema = z.object({
  id,
  path,
  /** distinct documents citing it (relations stated by a third document not counted) */
  total: z.number().int().nonnegative(),
  /** the citing documents under each relation, most mentions first (a document citing it two ways is under both) */
  byRelation: z.partialRecord(RelationSchema, z.array(CitingDocumentSchema)),
});

export const PathOutputSchema = z.object({
  from: id,
  to: id,
  /** forward: `from` cites (through the steps) `to`; backward: the chain runs from `to` to `from`; null: no chain */
  direction: z.enum(['forward', 'backward']).nullable(),
  steps: z.array(z.object({ from: id, to: id, relation: RelationSchema, asserted: z.boolean(), fromPath: path, toPath: path })),
});

/** The outputs by file name in docs/schema/ (`<name>.json`). */
export const OUTPUT_SCHEMAS = {
  extract: ExtractOutputSchema,
  'extract-ndjson-line': ExtractFileOutputSchema,
  read: ReadOutputSchema,
  trace: TraceOutputSchema,
  coverage: CoverageOutputSchema,
  search: SearchOutputSchema,
  missing: MissingOutputSchema,
  rank: RankOutputSchema,
  check: CheckOutputSchema,
  cites: CitesOutputSchema,
  path: PathOutputSchema,
} as const satisfies Record<string, z.ZodType>;
