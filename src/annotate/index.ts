/**
 * Citations as links: a text (or an HTML or Markdown document's own source) with every citation wrapped in
 * a link to the cited document, everything else escaped and unchanged, as eyecite's `annotate`
 * does for US law. See docs/annotate.md.
 *
 * @module vanban/annotate
 */
export {
  annotate,
  citationTitle,
  isUnsafeUrl,
  planLinks,
  AnnotatableCitationSchema,
  AnnotateFormatSchema,
  SkipReasonSchema,
  type AnnotatableCitation,
  type AnnotateFormat,
  type AnnotateOptions,
  type PlannedLink,
  type SkipReason,
} from './annotate.js';
export { annotateHtmlSource } from './html-source.js';
export { annotateMarkdownSource } from './markdown-source.js';
export { annotateDocument, linkFromTemplate, AnnotateDocumentOptionsSchema, AnnotatedDocumentSchema, type AnnotateDocumentOptions, type AnnotatedDocument } from './document.js';
export { escapeHtml, escapeMarkdown } from './escape.js';
