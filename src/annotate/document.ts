import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CitationContextSchema } from '../cite/schema.js';
import { readDocument } from '../doc/read.js';
import { readerFor, ReadError, type SourceFormat } from '../doc/readers/index.js';
import type { DocumentCitation } from '../doc/schema.js';
import { annotate, AnnotateFormatSchema, SkipReasonSchema, type AnnotateFormat, type SkipReason } from './annotate.js';

export const AnnotateDocumentOptionsSchema = z.object({
  /** 'html' or 'markdown'; default: 'html' for an HTML file (its own markup), 'markdown' for the others */
  format: AnnotateFormatSchema.optional(),
  /** the file's name or path, for its format when the input is bytes */
  path: z.string().optional(),
  /** force a format instead of going by the extension */
  sourceFormat: z.enum(['txt', 'md', 'html', 'docx']).optional(),
  /** what the caller knows of the document: it completes ids the text leaves open */
  context: CitationContextSchema.optional(),
});
export type AnnotateDocumentOptions = z.infer<typeof AnnotateDocumentOptionsSchema> & {
  /** the URL of a cited document; null leaves the citation as text */
  link: (citation: DocumentCitation) => string | null;
};

export const AnnotatedDocumentSchema = z.object({
  /** the annotated text */
  output: z.string(),
  format: AnnotateFormatSchema,
  /** 'markup': an HTML or Markdown file's own source with links inserted; 'text': the document's plain text, escaped */
  annotated: z.enum(['markup', 'text']),
  citations: z.number().int().nonnegative(),
  linked: z.number().int().nonnegative(),
  /** the citations left as text, by reason */
  skipped: z.partialRecord(SkipReasonSchema, z.number().int().positive()),
});
export type AnnotatedDocument = z.infer<typeof AnnotatedDocumentSchema>;

/**
 * A document file (a path, or its bytes with `path` or `sourceFormat`) with every citation a link:
 * an HTML file as HTML and a Markdown file as Markdown (their defaults) in their own markup
 * (`annotateHtmlSource`, `annotateMarkdownSource`); any other file, or a file in the other format,
 * in its plain text (`readDocument(…).text`). What `vanban annotate` prints; a file that is not a
 * readable document throws ReadError.
 */
export async function annotateDocument(input: string | Uint8Array, options: AnnotateDocumentOptions): Promise<AnnotatedDocument> {
  const { link, ...rest } = options;
  const o = AnnotateDocumentOptionsSchema.parse(rest);
  const path = typeof input === 'string' ? input : o.path;
  const bytes = typeof input === 'string' ? await readFile(input).catch((e: NodeJS.ErrnoException) => {
    throw new ReadError(e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : `cannot read (${e.code ?? String(e)})`);
  }) : input;
  // bytes with neither a name nor a format are plain text (said here: readDocument's own default does not find the .txt reader)
  const sourceFormat: SourceFormat | undefined = o.sourceFormat ?? (path ? undefined : 'txt');
  const doc = await readDocument(bytes, { ...(path ? { path } : {}), ...(sourceFormat ? { format: sourceFormat } : {}), ...(o.context ? { context: o.context } : {}) });
  const format: AnnotateFormat = o.format ?? (doc.format === 'html' ? 'html' : 'markdown');
  const skipped: Partial<Record<SkipReason, number>> = {};
  const onSkip = (_c: DocumentCitation, r: SkipReason): void => void (skipped[r] = (skipped[r] ?? 0) + 1);
  let output: string;
  let annotated: AnnotatedDocument['annotated'];
  // the source the citations' `source` spans point into: the reader's own decoding of the bytes
  const source = async (f: 'html' | 'md'): Promise<string> => (await (readerFor(f) as NonNullable<ReturnType<typeof readerFor>>).read(bytes)).source;
  if (format === 'html' && doc.format === 'html') {
    output = (await import('./html-source.js')).annotateHtmlSource(await source('html'), doc.citations, { link, onSkip });
    annotated = 'markup';
  } else if (format === 'markdown' && doc.format === 'md') {
    output = (await import('./markdown-source.js')).annotateMarkdownSource(await source('md'), doc.citations, { link, onSkip });
    annotated = 'markup';
  } else {
    output = annotate(doc.text, doc.citations, { link, format, onSkip });
    annotated = 'text';
  }
  const left = Object.values(skipped).reduce((a, b) => a + b, 0);
  return { output, format, annotated, citations: doc.citations.length, linked: doc.citations.length - left, skipped };
}

/** A link template ("/documents/{id}") as a link function: {id} is the cited document's id, URL-encoded. */
export function linkFromTemplate(template: string): (c: { id?: string }) => string {
  // encodeURIComponent throws on a lone surrogate, which an id read from a broken file could hold
  return (c) => template.split('{id}').join(encodeURIComponent((c.id ?? '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')));
}
