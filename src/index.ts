/**
 * vanban: Vietnamese legal and administrative documents into a citation graph.
 * Data flows one way: text (and the map of places) → document → citations → graph and search index; annotate
 * writes a text back with its citations as links.
 *
 * @module vanban
 */
export * from './text/index.js';
export * from './place/index.js';
export * from './cite/index.js';
export * from './doc/index.js';
export * from './graph/index.js';
export * from './search/index.js';
export * from './store/index.js';
// the annotate entry's SkipReason would clash with vanban/doc's: it stays on vanban/annotate
export {
  annotate,
  annotateDocument,
  annotateHtmlSource,
  annotateMarkdownSource,
  citationTitle,
  escapeHtml,
  escapeMarkdown,
  isUnsafeUrl,
  linkFromTemplate,
  planLinks,
  AnnotatableCitationSchema,
  AnnotateDocumentOptionsSchema,
  AnnotatedDocumentSchema,
  AnnotateFormatSchema,
  type AnnotatableCitation,
  type AnnotateDocumentOptions,
  type AnnotatedDocument,
  type AnnotateFormat,
  type AnnotateOptions,
  type PlannedLink,
} from './annotate/index.js';
