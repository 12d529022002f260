import { z } from 'zod';

export const SearchOptionsSchema = z.object({
  limit: z.number().int().positive().max(1000).optional(),
  offset: z.number().int().nonnegative().optional(),
  /** canonical type names ("Nghị quyết", "Kế hoạch") */
  type: z.array(z.string()).optional(),
  family: z.array(z.enum(['party', 'state-normative', 'state-admin'])).optional(),
  level: z.array(z.enum(['central', 'province', 'district', 'commune'])).optional(),
  /** place slugs ("tinh-ha-tinh") */
  place: z.array(z.string()).optional(),
  /** words of the issuer's name, folded ("uy ban nhan dan tinh") */
  issuer: z.string().optional(),
  yearFrom: z.number().int().optional(),
  yearTo: z.number().int().optional(),
  /** only documents with this relation to the document this id names ("implements", "dang:18-NQ/TW#XII") */
  related: z.object({ relation: z.string(), id: z.string() }).optional(),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

export const SearchIndexOptionsSchema = z.object({
  /**
   * memory for the posting lists of common words kept as bitsets between queries (default 64 MiB;
   * a bitset is maxId/8 bytes: 12.5 KB at 100 000 documents)
   */
  cacheBytes: z.number().int().nonnegative().optional(),
});
export type SearchIndexOptions = z.infer<typeof SearchIndexOptionsSchema>;

export const SnippetSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  highlights: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});

export const HitSchema = z.object({
  id: z.string(),
  path: z.string().nullable(),
  type: z.string().nullable(),
  number: z.string().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  score: z.number(),
  /** why it matched: it is the document the query names, it cites that document, or by its words */
  matchedBy: z.enum(['document', 'citing', 'text']),
  /** for "citing": the relation of this document to the one the query names */
  relation: z.string().nullable(),
  snippets: z.array(SnippetSchema),
});
export type Hit = z.infer<typeof HitSchema>;

export const SearchResultSchema = z.object({
  query: z.string(),
  total: z.number().int().nonnegative(),
  hits: z.array(HitSchema),
  facets: z.object({
    type: z.record(z.string(), z.number()),
    year: z.record(z.string(), z.number()),
    level: z.record(z.string(), z.number()),
    family: z.record(z.string(), z.number()),
  }),
  explanation: z.object({
    /** ids of the documents the query names (by citation), if any */
    citations: z.array(z.string()),
    terms: z.array(z.object({ exact: z.string(), folded: z.string() })),
    filters: z.record(z.string(), z.unknown()),
  }),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** What a snapshot keeps of one indexed document (see `SearchIndex.exportRecords`). */
export const SearchDocRecordSchema = z.object({
  t: z.literal('search-doc'),
  id: z.number().int().positive(),
  meta: z.object({
    key: z.string(),
    path: z.string().nullable(),
    type: z.string().nullable(),
    number: z.string().nullable(),
    date: z.string().nullable(),
    year: z.number().int().nullable(),
    title: z.string().nullable(),
    level: z.string().nullable(),
    family: z.string().nullable(),
    place: z.string().nullable(),
    issuerFolded: z.string(),
    /** other symbols the document is known by: a law's name ("vn:luat:tiep-cong-dan") */
    aliases: z.array(z.string()),
    text: z.string(),
    /** folded title and indexed body, with single spaces: phrases are found in them */
    phraseTitle: z.string(),
    phraseBody: z.string(),
    /** relation → ids this document cites with it */
    cites: z.array(z.tuple([z.string(), z.array(z.string())])),
  }),
});
/** One of flexsearch's own export chunks, opaque here: flexsearch parses it on import. */
export const SearchIndexRecordSchema = z.object({ t: z.literal('search-index'), key: z.string(), data: z.string() });
export const SearchRecordSchema = z.discriminatedUnion('t', [SearchDocRecordSchema, SearchIndexRecordSchema]);
export type SearchRecord = z.infer<typeof SearchRecordSchema>;
