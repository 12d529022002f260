import { z } from 'zod';
import {
  checkAnswer,
  CheckParamsSchema,
  citesAnswer,
  CitesParamsSchema,
  coverageAnswer,
  CoverageParamsSchema,
  DocumentOutputSchema,
  ExtractContextSchema,
  missingAnswer,
  MissingParamsSchema,
  pathAnswer,
  PathParamsSchema,
  rankAnswer,
  RankParamsSchema,
  searchAnswer,
  SearchParamsSchema,
  traceAnswer,
  TraceParamsSchema,
} from '../answers/index.js';
import { CheckOutputSchema, CitesOutputSchema, CoverageOutputSchema, ExtractOutputSchema, MissingOutputSchema, PathOutputSchema, RankOutputSchema, SearchOutputSchema, TraceOutputSchema } from '../cli/output-schemas.js';
import { AnnotateFormatSchema, AnnotatedDocumentSchema } from '../annotate/index.js';
import { linkTemplateSchema } from '../cli/options.js';
import type { Store } from '../store/index.js';

/**
 * The JSON API's routes as data: the server registers them and the OpenAPI document is written
 * from them, so a route cannot be served without being described, nor described with other
 * parameters than those it reads.
 */

/** A GET whose query is read by `query` and whose answer is the CLI command's `--json`. */
export interface QueryRoute {
  path: string;
  /** the CLI command whose `--json` this answers */
  command: string;
  summary: string;
  query: z.ZodObject;
  output: z.ZodType;
  /** the output schema's name in the OpenAPI components */
  name: string;
  answer: (store: Store, params: never) => Promise<unknown>;
}

const route = <S extends z.ZodObject>(r: Omit<QueryRoute, 'query' | 'answer'> & { query: S; answer: (store: Store, params: z.output<S>) => Promise<unknown> }): QueryRoute => r as unknown as QueryRoute;

export const QUERY_ROUTES: readonly QueryRoute[] = [
  route({
    path: '/api/search',
    command: 'search',
    summary: 'Full-text and citation search, with filters, facets and snippets',
    query: SearchParamsSchema,
    output: SearchOutputSchema,
    name: 'SearchAnswer',
    answer: (store, p) => searchAnswer(store, p),
  }),
  route({
    path: '/api/trace',
    command: 'trace',
    summary: 'What a document rests on, who implements it (level, place, lag), its amendments and legal status; an ambiguous reference answers 409 with the candidates',
    query: TraceParamsSchema,
    output: TraceOutputSchema,
    name: 'TraceAnswer',
    answer: (store, p) => traceAnswer(store, p),
  }),
  route({
    path: '/api/coverage',
    command: 'coverage',
    summary: 'Which places implement a document, when, and which have nothing yet, on the official map',
    query: CoverageParamsSchema,
    output: CoverageOutputSchema,
    name: 'CoverageAnswer',
    answer: (store, p) => coverageAnswer(store, p),
  }),
  route({
    path: '/api/cites',
    command: 'cites',
    summary: 'Who cites a document, grouped by relation, most mentions first',
    query: CitesParamsSchema,
    output: CitesOutputSchema,
    name: 'CitesAnswer',
    answer: (store, p) => citesAnswer(store, p),
  }),
  route({
    path: '/api/path',
    command: 'path',
    summary: 'The shortest chain of citations between two documents, in whichever direction exists',
    query: PathParamsSchema,
    output: PathOutputSchema,
    name: 'PathAnswer',
    answer: (store, p) => pathAnswer(store, p),
  }),
  route({
    path: '/api/missing',
    command: 'missing',
    summary: 'Documents cited but not in the corpus, most cited first',
    query: MissingParamsSchema,
    output: MissingOutputSchema,
    name: 'MissingAnswer',
    answer: (store, p) => missingAnswer(store, p),
  }),
  route({
    path: '/api/rank',
    command: 'rank',
    summary: 'The most cited documents (distinct citing documents, PageRank)',
    query: RankParamsSchema,
    output: RankOutputSchema,
    name: 'RankAnswer',
    answer: (store, p) => rankAnswer(store, p),
  }),
  route({
    path: '/api/check',
    command: 'check',
    summary: 'Data-quality findings: id conflicts, cycles, citations of later documents, bad files',
    query: CheckParamsSchema,
    output: CheckOutputSchema,
    name: 'CheckAnswer',
    answer: (store) => checkAnswer(store),
  }),
];

/** The parameters of POST /api/annotate besides the document: its context, the output format, the link template. */
export const AnnotateParamsSchema = ExtractContextSchema.extend({
  format: AnnotateFormatSchema.optional().describe('html or markdown; default: html for an HTML file (its own markup), markdown for the others'),
  link: linkTemplateSchema.optional().describe('the URL of a cited document, {id} where its id goes (default "/documents/{id}")'),
});

/** A JSON body carrying a document: the text, its file name, and the parameters of the question. */
export function documentBodySchema<S extends z.ZodObject>(params: S) {
  return params
    .extend({
      text: z.string().describe('the document, as plain text'),
      name: z.string().max(255).optional().describe('its file name, read for a number as `extract` reads one from a file name'),
    })
    .strict();
}

/** The body of POST /api/extract as JSON: the text and its context. */
export const ExtractBodySchema = documentBodySchema(ExtractContextSchema);
export const AnnotateBodySchema = documentBodySchema(AnnotateParamsSchema);

export const ErrorOutputSchema = z.object({
  error: z.enum(['bad-parameter', 'not-found', 'ambiguous', 'unavailable', 'bad-request', 'method-not-allowed', 'body-too-large', 'uri-too-long', 'unsupported-media-type', 'internal']),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});

export { AnnotatedDocumentSchema, DocumentOutputSchema, ExtractOutputSchema };
