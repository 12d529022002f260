/**
 * The HTTP server of a corpus (`vanban serve`): the JSON API, whose answers are the CLI's `--json`
 * answers from the same code (src/answers), its OpenAPI 3.1 document, health and readiness.
 *
 * @module vanban/server
 */
export { createServer, type ServerOptions, type ServerLimits, type VanbanServer } from './app.js';
export { openApiDocument } from './openapi.js';
export { QUERY_ROUTES, ExtractBodySchema, AnnotateBodySchema, AnnotateParamsSchema, ErrorOutputSchema, type QueryRoute } from './routes.js';
