import { z } from 'zod';
import { DocumentParamsSchema, ExtractContextSchema } from '../answers/index.js';
import { AnnotatedDocumentSchema, AnnotateParamsSchema, documentBodySchema, DocumentOutputSchema, ErrorOutputSchema, ExtractOutputSchema, QUERY_ROUTES } from './routes.js';

/**
 * The OpenAPI 3.1 document of the JSON API, written from the zod schemas the server parses with and
 * the CLI's output schemas (zod 4's JSON Schema, draft 2020-12, which OpenAPI 3.1 uses as is): a
 * parameter is described as it is read, an answer as `--json` prints it. Tests validate real
 * responses against it.
 */

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a zod schema, without its $schema line (OpenAPI names the dialect once). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** What each query parameter means, by name (the same words as the CLI's help for its flag). */
const DESCRIPTIONS: Record<string, string> = {
  q: 'words, with or without diacritics, or a document reference ("tinh gon bo may", "18-NQ/TW")',
  type: 'comma-separated document types, by name with or without accents or by code ("ke hoach,NQ")',
  level: 'search: comma-separated levels (central, province, district, commune); coverage: the level of the places listed',
  family: 'comma-separated: party, state-normative, state-admin',
  place: 'documents of this unit and the units within it: a code ("42"), a name ("Hà Tĩnh") or an id\'s place ("tinh-ha-tinh")',
  issuer: 'words of the issuer\'s name, with or without accents ("ubnd tinh ha tinh")',
  related: 'documents with this relation to a document: "implements:18-NQ/TW"',
  year: 'a year or a range: 2018 or 2018-2020',
  limit: 'how many (search: hits; trace: implementers listed, the total and the counts by level and place being over all of them; missing, rank: documents)',
  offset: 'skip this many first (paging: search hits, trace implementers)',
  ref: 'an id or citation text ("Nghị quyết số 18-NQ/TW", "18-NQ/TW"); an ambiguous one answers 409 with the candidates',
  at: 'a day, YYYY-MM-DD (trace: the day of the legal status; coverage: the day whose map is used)',
  within: 'list the districts (communes) of this province (district): a code or a name',
  current: 'list the 34 provinces from 1 July 2025',
  from: 'an id or citation text',
  to: 'an id or citation text',
  id: 'a document id, percent-encoded as one path segment (vn%3A30%2F2020%2FN%C4%90-CP)',
  province: 'province of the text, to complete the ids it cites ("Hà Tĩnh")',
  format: 'annotate: html or markdown',
  link: 'annotate: the URL of a cited document, {id} where its id goes (default "/documents/{id}")',
  district: 'district of the text ("thị xã Hồng Lĩnh")',
};

function parameters(schema: z.ZodObject, where: 'query' | 'path'): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: where,
    required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
    ...(DESCRIPTIONS[name] ? { description: DESCRIPTIONS[name] } : {}),
    schema: jsonSchema(field as z.ZodType, 'input'),
  }));
}

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema, description: string): JsonSchema => ({ description, content: { 'application/json': { schema } } });
const ERRORS = {
  '400': json(ref('Error'), 'a bad parameter or request: the message names it and says what it accepts'),
  '503': json(ref('Error'), 'the corpus is still loading'),
};

/** The OpenAPI 3.1 document (a plain object, ready for JSON). */
export function openApiDocument(version = '0.0.0'): JsonSchema {
  const schemas: Record<string, JsonSchema> = { Error: jsonSchema(ErrorOutputSchema, 'output'), DocumentAnswer: jsonSchema(DocumentOutputSchema, 'output'), ExtractAnswer: jsonSchema(ExtractOutputSchema, 'output'), AnnotateAnswer: jsonSchema(AnnotatedDocumentSchema, 'output') };
  const paths: Record<string, JsonSchema> = {};
  for (const r of QUERY_ROUTES) {
    schemas[r.name] = jsonSchema(r.output, 'output');
    paths[r.path] = {
      get: {
        operationId: r.command,
        summary: r.summary,
        description: `The answer \`vanban ${r.command} --json\` prints for the same parameters on the same corpus.`,
        parameters: parameters(r.query, 'query'),
        responses: {
          '200': json(ref(r.name), `as \`vanban ${r.command} --json\``),
          ...ERRORS,
          ...(r.query.shape.ref || r.query.shape.from ? { '404': json(ref('Error'), 'no document matches the reference'), '409': json(ref('Error'), 'the reference names several documents: details.candidates lists them') } : {}),
        },
      },
    };
  }
  paths['/api/documents/{id}'] = {
    get: {
      operationId: 'document',
      summary: 'A document: identity, sections, citations with zone and section path, edges out and in',
      parameters: parameters(DocumentParamsSchema, 'path'),
      responses: { '200': json(ref('DocumentAnswer'), 'the document (its file read as `vanban read --json` reads it, without the text)'), ...ERRORS, '404': json(ref('Error'), 'no document has this id') },
    },
  };
  paths['/api/documents/{id}/text'] = {
    get: {
      operationId: 'documentText',
      summary: 'The plain text of a corpus document: every offset of its citations and sections points into it',
      parameters: parameters(DocumentParamsSchema, 'path'),
      responses: { '200': { description: 'the text', content: { 'text/plain': { schema: { type: 'string' } } } }, ...ERRORS, '404': json(ref('Error'), 'no document has this id, or it is cited but not in the corpus') },
    },
  };
  const documentPost = (operationId: string, summary: string, params: z.ZodObject, answer: string, answerText: string): JsonSchema => ({
    post: {
      operationId,
      summary,
      parameters: parameters(params, 'query').map((p) => ({ ...p, description: `${String(p.description ?? p.name)} (with a text/plain body; otherwise a field of the form or a key of the JSON)` })),
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: jsonSchema(documentBodySchema(params), 'input') },
          'text/plain': { schema: { type: 'string' } },
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' }, text: { type: 'string' }, ...Object.fromEntries(Object.keys(params.shape).map((k) => [k, { type: 'string' }])) },
            },
          },
        },
      },
      responses: { '200': json(ref(answer), answerText), ...ERRORS, '413': json(ref('Error'), 'the body or the file is larger than the limit'), '415': json(ref('Error'), 'a content type other than JSON, plain text or a form') },
    },
  });
  paths['/api/extract'] = documentPost('extract', 'The citations of a text or a file (.txt, .md, .html, .docx): the answer `vanban extract <file> --json` prints', ExtractContextSchema, 'ExtractAnswer', 'as `vanban extract <file> --json`');
  paths['/api/annotate'] = documentPost(
    'annotate',
    'A text or a file with every citation a link to the cited document, everything else escaped and unchanged: `output` is what `vanban annotate <file>` prints',
    AnnotateParamsSchema,
    'AnnotateAnswer',
    'the annotated text (`output`, as `vanban annotate` prints it) with the counts of citations linked and left as text',
  );
  paths['/healthz'] = { get: { operationId: 'health', summary: 'The process answers', responses: { '200': json({ type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] }, 'alive') } } };
  paths['/readyz'] = {
    get: {
      operationId: 'ready',
      summary: 'The corpus is loaded and the API answers',
      responses: {
        '200': json({ type: 'object', properties: { status: { const: 'ready' }, documents: { type: 'integer' }, nodes: { type: 'integer' }, edges: { type: 'integer' }, search: { type: 'boolean' } }, required: ['status', 'documents', 'nodes', 'edges', 'search'] }, 'ready'),
        '503': json(ref('Error'), 'still loading, or the load failed'),
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'vanban', version, description: 'Citations of Vietnamese legal, administrative and Party documents: the answers of the `vanban` CLI over HTTP. Errors are JSON { error, message, details }.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas },
  };
}
