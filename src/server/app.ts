import { basename } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { z } from 'zod';
import { AnswerError, documentAnswer, documentText, DocumentParamsSchema, ExtractContextSchema, extractAnswer, extractContext, ParameterError, parseParams } from '../answers/index.js';
import { annotateDocument, linkFromTemplate } from '../annotate/index.js';
import { DEFAULT_LINK } from '../cli/annotate-command.js';
import { ReadError } from '../doc/index.js';
import { StoreError, type Store, type StoreStats } from '../store/index.js';
import { openApiDocument } from './openapi.js';
import { BAD_QUERY, parseQuery, type ParsedQuery } from './query.js';
import { AnnotateParamsSchema, documentBodySchema, QUERY_ROUTES } from './routes.js';
import { mountWorkspace, notFoundPage } from './workspace.js';

/** The limits of one request; every one of them answers a 4xx, never a 500 or a hang. */
export interface ServerLimits {
  /** a JSON or plain-text body, bytes (default 4 MiB: a long law is about 1 MiB of text) */
  bodyBytes?: number;
  /** an uploaded file, bytes (default 16 MiB: a .docx with images) */
  uploadBytes?: number;
  /** the request line's path and query, characters (default 4096) */
  urlLength?: number;
}

export interface ServerOptions {
  /** one line per request (method, path, status, ms); null or absent: no access log */
  accessLog?: ((line: string) => void) | null;
  /** an unexpected error (a 500), with its stack: never sent to the client (default: stderr) */
  errorLog?: (line: string) => void;
  limits?: ServerLimits;
  /** the package's version, for the OpenAPI document */
  version?: string;
}

export interface VanbanServer {
  app: FastifyInstance;
  /** the store to answer from (a corpus in memory, a database): /readyz says ready from then on */
  setStore(store: Store): Promise<void>;
  /** the corpus could not be loaded: /readyz says why (the process usually ends) */
  setFailed(message: string): void;
}

const STATUS_OF: Record<AnswerError['kind'], number> = { 'bad-parameter': 400, 'not-found': 404, ambiguous: 409, unavailable: 503 };
const ERROR_OF_STATUS: Record<number, string> = { 400: 'bad-request', 404: 'not-found', 405: 'method-not-allowed', 406: 'unsupported-media-type', 413: 'body-too-large', 414: 'uri-too-long', 415: 'unsupported-media-type', 431: 'uri-too-long' };

/** A line for a terminal: no control characters from the request, bounded length. */
const printable = (s: string, max = 300): string => {
  // eslint-disable-next-line no-control-regex -- these are the characters taken out
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > max ? clean.slice(0, max) + '…' : clean;
};

function sendError(reply: FastifyReply, status: number, error: string, message: string, details: Record<string, unknown> = {}): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error, message, details });
}

/**
 * The HTTP server of a corpus: the JSON API (the answers `vanban <command> --json` prints, from the
 * same code), its OpenAPI document, health, and the web workspace's pages (src/server/pages) at `/`,
 * `/search`, `/documents/<id>` and `/missing`, drawn from the same answers. It listens before the corpus is loaded (/healthz
 * answers at once, /readyz and the API 503 until `setCorpus`), so a supervisor sees the process
 * alive while a large snapshot loads.
 */
export async function createServer(options: ServerOptions = {}): Promise<VanbanServer> {
  const limits = { bodyBytes: 4 * 1024 * 1024, uploadBytes: 16 * 1024 * 1024, urlLength: 4096, ...options.limits };
  const errorLog = options.errorLog ?? ((line: string) => process.stderr.write(line + '\n'));
  let store: Store | null = null;
  let stats: StoreStats | null = null;
  let failed: string | null = null;

  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyBytes,
    // ids hold "/", "#" and ":" (vn:30/2020/NĐ-CP): a client percent-encodes the whole id as one segment
    routerOptions: { maxParamLength: 1000, ignoreTrailingSlash: true, querystringParser: parseQuery },
    // a slow or stuck client gets no more than this to send its request
    requestTimeout: 30_000,
    return503OnClosing: true,
    // a path that is not percent-encoded UTF-8 ("/api/documents/%FF") is refused before routing: the same JSON error
    frameworkErrors: (err, req, reply) => {
      sendError(reply, 400, 'bad-request', `the path is not percent-encoded UTF-8: ${printable(req.url.split('?')[0] ?? '', 200)}`, { code: err.code });
    },
    // a request the HTTP parser refuses (bytes that are no URL, headers too large) gets the same JSON error
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
      options.accessLog?.(`- - ${status} (${printable(err.code ?? err.message, 80)})`);
      if (!socket.writable) return socket.destroy();
      const body = JSON.stringify({ error: status === 431 ? 'uri-too-long' : 'bad-request', message: status === 431 ? 'the request line and headers are too large' : status === 408 ? 'the request took too long to arrive' : 'not an HTTP request this server can read (a URL must be ASCII, its other bytes percent-encoded)', details: { code: err.code ?? null } });
      socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    },
  });
  await app.register(multipart, { limits: { fileSize: limits.uploadBytes, files: 1, fields: 10, fieldSize: 1000, parts: 12 } });

  app.addHook('onRequest', async (req, reply) => {
    if (req.url.length > limits.urlLength) return sendError(reply, 414, 'uri-too-long', `the path and query are ${req.url.length} characters; at most ${limits.urlLength}`, { limit: limits.urlLength });
    const bad = (req.query as ParsedQuery | undefined)?.[BAD_QUERY];
    if (bad) return sendError(reply, 400, 'bad-request', bad);
  });
  if (options.accessLog) {
    const log = options.accessLog;
    app.addHook('onResponse', async (req, reply) => {
      log(`${req.method} ${printable(req.url)} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`);
    });
  }

  app.setErrorHandler((err: FastifyError | AnswerError | Error, req, reply) => {
    if (err instanceof AnswerError) return sendError(reply, STATUS_OF[err.kind], err.kind, err.message, err.details);
    // the store could not answer now (a database down, a snapshot's search part damaged): the service is unavailable, not broken
    if (err instanceof StoreError) return sendError(reply, 503, 'unavailable', err.message, err.details);
    const status = 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : 500;
    const code = 'code' in err && typeof err.code === 'string' ? err.code : null;
    if (status >= 400 && status < 500) return sendError(reply, status, ERROR_OF_STATUS[status] ?? 'bad-request', friendly(code, req) ?? printable(err.message, 500), code ? { code } : {});
    errorLog(`vanban serve: ${req.method} ${printable(req.url)}: ${err.stack ?? err.message}`);
    return sendError(reply, 500, 'internal', 'an unexpected error; the server log says more');
  });
  app.setNotFoundHandler((req, reply) => {
    const path = printable(req.url.split('?')[0] ?? '', 200);
    // a person following a link gets a page; a program asking the API gets JSON
    if (req.method === 'GET' && !path.startsWith('/api/') && /\btext\/html\b/.test(req.headers.accept ?? '')) return notFoundPage(reply, path);
    return sendError(reply, 404, 'not-found', `no route ${req.method} ${path}`);
  });

  /** Fastify's own words for the refusals a client most often meets, said as what to send instead. */
  const friendly = (code: string | null, req: FastifyRequest): string | null => {
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return `content type ${JSON.stringify(printable(req.headers['content-type'] ?? '', 100))}: expected application/json, text/plain or multipart/form-data`;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return `the body is larger than ${limits.bodyBytes} bytes`;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return `the file is larger than ${limits.uploadBytes} bytes`;
    return null;
  };

  const ready = (): Store => {
    if (store) return store;
    throw new AnswerError('unavailable', failed ? `the corpus could not be loaded: ${failed}` : 'the corpus is still loading: ask /readyz');
  };
  const query = (req: FastifyRequest): Record<string, unknown> => ({ ...(req.query as Record<string, unknown>) });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    if (store && stats) return { status: 'ready', documents: stats.documents, nodes: stats.nodes, edges: stats.edges, search: stats.search };
    return sendError(reply, 503, 'unavailable', failed ? `the corpus could not be loaded: ${failed}` : 'the corpus is still loading', { status: failed ? 'failed' : 'loading' });
  });
  const openapi = openApiDocument(options.version);
  app.get('/api/openapi.json', async () => openapi);

  for (const r of QUERY_ROUTES) {
    const schema = r.query.strict();
    app.get(r.path, async (req) => {
      const params = parseParams(schema, query(req));
      return r.answer(ready(), params as never);
    });
  }

  app.get('/api/documents/:id', async (req) => {
    const params = parseParams(DocumentParamsSchema.strict(), { ...query(req), ...(req.params as object) });
    return documentAnswer(ready(), params);
  });
  app.get('/api/documents/:id/text', async (req, reply) => {
    const params = parseParams(DocumentParamsSchema.strict(), { ...query(req), ...(req.params as object) });
    const text = await documentText(ready(), params);
    return reply.type('text/plain; charset=utf-8').send(text);
  });

  mountWorkspace(app, ready, errorLog);

  /**
   * A document sent to be read: a file (or a `text` field) of a form, a text/plain body, or JSON
   * { text, name? }; the other fields, the query string (with a text/plain body) or the JSON's
   * other keys are read by `schema`. A text is plain text; a file is read by its name's extension.
   */
  async function documentBody<S extends z.ZodObject>(req: FastifyRequest, schema: S): Promise<{ input: Buffer | string; name: string | null; params: z.output<S> }> {
    // unknown fields are refused: the same parameters, strict (the output is the schema's own)
    const strict = schema.strict() as unknown as S;
    if (req.isMultipart()) {
      let file: { name: string; bytes: Buffer } | null = null;
      const fields: Record<string, unknown> = {};
      try {
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            if (file) throw new ParameterError('file', part.filename, 'one file per request');
            // the name is read for its extension (the format) and a number, never as a path
            file = { name: basename(part.filename || 'upload.txt'), bytes: await part.toBuffer() };
          } else fields[part.fieldname] = part.value;
        }
      } catch (e) {
        // the form parser's own refusals (no boundary, a form cut short) carry no status: the body is the client's
        if (e instanceof AnswerError || typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
        throw new ParameterError('body', undefined, `not a multipart/form-data body this server can read: ${(e as Error).message}`);
      }
      const text = fields.text;
      delete fields.text;
      const params = parseParams(strict, fields);
      if (file) return { input: file.bytes, name: file.name, params };
      if (typeof text === 'string') return { input: text, name: null, params };
      throw new ParameterError('file', undefined, 'required: a file field ("file") or a text field ("text")');
    }
    // text/plain: the body is the document, the parameters in the query string
    if (typeof req.body === 'string') return { input: req.body, name: null, params: parseParams(strict, query(req)) };
    if (req.body === undefined || req.body === null) throw new ParameterError('body', undefined, 'required: JSON { text, … }, text/plain, or multipart/form-data with a file');
    if (typeof req.body !== 'object' || Array.isArray(req.body)) throw new ParameterError('body', undefined, 'expected a JSON object { text, name?, … }');
    const { text, name, ...params } = parseParams(documentBodySchema(schema), req.body as Record<string, unknown>) as { text: string; name?: string } & Record<string, unknown>;
    return { input: text, name: name ? basename(name) : null, params: params as z.output<S> };
  }

  app.post('/api/extract', async (req) => {
    const { input, name, params } = await documentBody(req, ExtractContextSchema);
    return [await extractAnswer(input, name ?? '-', extractContext(params))];
  });

  app.post('/api/annotate', async (req) => {
    const { input, name, params } = await documentBody(req, AnnotateParamsSchema);
    const { format, link, ...context } = params;
    try {
      // the one code path of `vanban annotate`; a text is plain text, whatever its name
      return await annotateDocument(typeof input === 'string' ? Buffer.from(input, 'utf8') : input, {
        link: linkFromTemplate(link ?? DEFAULT_LINK),
        context: extractContext(context),
        ...(name ? { path: name } : {}),
        ...(typeof input === 'string' ? { sourceFormat: 'txt' as const } : {}),
        ...(format ? { format } : {}),
      });
    } catch (e) {
      if (e instanceof ReadError) throw new ParameterError('file', name ?? undefined, e.message);
      throw e;
    }
  });

  return {
    app,
    setStore: async (s) => {
      stats = await s.stats();
      store = s;
      failed = null;
    },
    setFailed: (message) => {
      failed = message;
    },
  };
}
