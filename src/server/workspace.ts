import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AnswerError,
  COVERAGE_LEVELS,
  coverageAnswer,
  documentAnswer,
  documentText,
  MissingParamsSchema,
  missingAnswer,
  parseParams,
  SearchParamsSchema,
  searchAnswer,
  traceAnswer,
  TraceParamsSchema,
} from '../answers/index.js';
import { StoreError, type Store } from '../store/index.js';
import { documentPage, errorPage, missingPage, searchPage, type SearchPageParams } from './pages/index.js';

/**
 * The web workspace: the pages of src/server/pages (pure functions of the API's answers) at `/`,
 * `/search`, `/documents/<id>` and `/missing`, each from the same answer functions the JSON API
 * sends. A refusal is a page with the same message and status as the API's JSON error.
 */

// the pages draw the implementers tree with an inline script and style: nothing else is loaded, posted or framed
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** How many implementers a document page draws and lists at a time (`?offset=` pages on). */
export const TREE_PAGE = 500;
const TreePageParamsSchema = TraceParamsSchema.pick({ offset: true });

const STATUS_OF: Record<AnswerError['kind'], number> = { 'bad-parameter': 400, 'not-found': 404, ambiguous: 409, unavailable: 503 };

/** The query's string values, without the empty fields a form sends for every filter left blank. */
function formValues(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.query as Record<string, unknown>)) if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  return out;
}

export function mountWorkspace(app: FastifyInstance, ready: () => Store, errorLog: (line: string) => void): void {
  const page = (handler: (req: FastifyRequest) => Promise<{ status?: number; html: string }>) => async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      const { status, html } = await handler(req);
      return reply.code(status ?? 200).headers(PAGE_HEADERS).send(html);
    } catch (e) {
      if (e instanceof AnswerError) return reply.code(STATUS_OF[e.kind]).headers(PAGE_HEADERS).send(errorPage(STATUS_OF[e.kind], e.message));
      if (e instanceof StoreError) return reply.code(503).headers(PAGE_HEADERS).send(errorPage(503, e.message));
      errorLog(`vanban serve: ${req.method} ${req.url.slice(0, 300)}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return reply.code(500).headers(PAGE_HEADERS).send(errorPage(500, 'an unexpected error; the server log says more'));
    }
  };

  const search = page(async (req) => {
    const values = formValues(req);
    const params: SearchPageParams = values;
    if (values.q === undefined) return { html: searchPage({ params, answer: null }) };
    const store = ready();
    try {
      // a form field the search does not know (a bookmark from another version) is left out rather than refused
      const known = Object.fromEntries(Object.entries(values).filter(([k]) => k in SearchParamsSchema.shape));
      return { html: searchPage({ params, answer: await searchAnswer(store, parseParams(SearchParamsSchema, known)) }) };
    } catch (e) {
      // a refused filter is said above the form, which keeps what was typed
      if (e instanceof AnswerError && e.kind === 'bad-parameter') return { status: 400, html: searchPage({ params, answer: null, error: e.message }) };
      throw e;
    }
  });
  app.get('/', search);
  app.get('/search', search);

  app.get(
    '/documents/:id',
    page(async (req) => {
      const store = ready();
      const { id } = req.params as { id: string };
      const values = formValues(req);
      const level = values.level ?? 'province';
      if (!(COVERAGE_LEVELS as readonly string[]).includes(level)) throw new AnswerError('bad-parameter', `level ${JSON.stringify(level)}: expected one of ${COVERAGE_LEVELS.join(', ')}`);
      const answer = await documentAnswer(store, { id });
      const text = answer.document ? await documentText(store, { id }) : null;
      // the tree is drawn from one page of the implementers (a central resolution has thousands); the list pages on
      const { offset } = parseParams(TreePageParamsSchema, { offset: values.offset });
      const trace = await traceAnswer(store, { ref: id, limit: TREE_PAGE, offset });
      // the coverage table only for a document others implement: computing 63 provinces' rows for every page is waste
      const coverage = trace.implementers.total > 0 ? await coverageAnswer(store, { ref: id, level: level as (typeof COVERAGE_LEVELS)[number] }) : null;
      return { html: documentPage({ answer, text, trace, coverage }) };
    }),
  );

  app.get(
    '/missing',
    page(async (req) => {
      const store = ready();
      const params = parseParams(MissingParamsSchema, formValues(req));
      return { html: missingPage(await missingAnswer(store, params), params.limit) };
    }),
  );
}

/** The 404 of a path outside the API, as a page. */
export function notFoundPage(reply: FastifyReply, path: string): FastifyReply {
  return reply.code(404).headers(PAGE_HEADERS).send(errorPage(404, `no page ${path}`));
}
