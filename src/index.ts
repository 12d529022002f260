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
// the annotate entry's SkipReason would clash with vanban/doc's: it stays on vanban/annotate; so do the annotators of
// an HTML or Markdown file's own source, which bring their parsers (remark, rehype: some 400 modules) with them. Read
// from the modules, not from annotate's index, which would load those two.
export {
  annotate,
  citationTitle,
  isUnsafeUrl,
  planLinks,
  AnnotatableCitationSchema,
  AnnotateFormatSchema,
  type AnnotatableCitation,
  type AnnotateFormat,
  type AnnotateOptions,
  type PlannedLink,
} from './annotate/annotate.js';
export { annotateDocument, linkFromTemplate, AnnotateDocumentOptionsSchema, AnnotatedDocumentSchema, type AnnotateDocumentOptions, type AnnotatedDocument } from './annotate/document.js';
export { escapeHtml, escapeMarkdown } from './annotate/escape.js';
