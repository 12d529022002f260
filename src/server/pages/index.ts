/**
 * The web workspace's pages: pure functions from the JSON answers of the API (the CLI's `--json`
 * objects) to complete HTML pages, with one shared style sheet and no script the user must build.
 * Every value that comes from a document is escaped (`esc`); a document's text is shown through
 * `annotate`, which escapes everything but its own links. The server mounts them:
 *
 * - `/` and `/search?q=…` → `searchPage({ params, answer })` (answer: `/api/search`, null without q);
 * - `/documents/<id>[?level=&offset=]` → `documentPage({ answer, text, trace, coverage })`
 *   (`/api/documents/<id>`, its `/text`, `/api/trace?ref=<id>&limit=500&offset=`, `/api/coverage?ref=<id>&level=`),
 *   for corpus documents and documents known only from citations alike;
 * - `/missing[?limit=]` → `missingPage(answer, limit)` (`/api/missing`);
 * - any error → `errorPage(status, message)`.
 *
 * The search form sends every field, the empty ones too ("?q=x&type=&level="): the HTML routes drop
 * empty values before reading the parameters (the API's strict reading would refuse `type=`), and
 * a refused parameter is shown on the page (`searchPage({ params, answer: null, error })`, status 400).
 */
export { searchPage, markSnippet, type SearchPageInput, type SearchPageParams, type SearchOutput } from './search.js';
export { documentPage, type DocumentPageData, type DocumentPageInput } from './document.js';
export { implementersTree, coverageTable, type TraceOutput, type CoverageOutput } from './implementers.js';
export { placeName } from './place.js';
export { treeDrawing } from './tree-drawing.js';
export { missingPage, type MissingOutput } from './missing.js';
export { layout, errorPage, WORKSPACE_CSS, type LayoutOptions } from './layout.js';
export { esc, documentHref, documentName, queryString } from './html.js';
