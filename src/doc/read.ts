import { open } from 'node:fs/promises';
import { extractNormalized } from '../cite/extract.js';
import { readLayout, type Layout } from '../cite/layout.js';
import { CitationContextSchema, type CitationContext } from '../cite/schema.js';
import { normalizeText } from '../text/normalize.js';
import type { OffsetMap } from '../text/offset-map.js';
import { readHeader, splitLines } from './header.js';
import { consolidatedRelations } from './consolidated.js';
import { buildIdentity, contextOf, type IdentityInput } from './identity.js';
import { formatSize, limitsOf, readerFor, ReadError, type ReadLimits, type SourceFormat } from './readers/index.js';
import type { Document, DocumentCitation, HeaderParts, Section, Span } from './schema.js';
import { rangeSet } from '../text/ranges.js';
import { readSections, sectionPathAt } from './structure.js';

export interface ReadDocumentOptions {
  /** the file's path, when `input` is a buffer (used for the format and reported back) */
  path?: string;
  /** force a format instead of going by the extension */
  format?: SourceFormat;
  /** what the caller knows of the document (completes or overrides what the header says) */
  context?: CitationContext;
  /**
   * the document's identity as the caller knows it (a manifest, command-line flags): completes
   * what the header lacks, never overrides it (see `buildIdentity`)
   */
  known?: IdentityInput['known'];
  /**
   * what one file may cost: its size, what a .docx may inflate to, how deep its elements may nest
   * (`DEFAULT_LIMITS` for what is left out); a file over a limit is a ReadError naming the limit
   */
  limits?: ReadLimits;
}

/**
 * Read one document — a path or the bytes of a .txt, .md, .html or .docx file — into a
 * `Document`: its identity from the header, its sections, and its citations with the zone
 * and section path of each. Throws ReadError (with a reason for people) on a file that is
 * not a readable document.
 */
export async function readDocument(input: string | Uint8Array, options: ReadDocumentOptions = {}): Promise<Document> {
  const path = typeof input === 'string' ? input : (options.path ?? null);
  const limits = limitsOf(options.limits);
  const reader = readerFor(options.format ?? path ?? '.txt');
  if (!reader) throw new ReadError(`unsupported file type (${path ?? 'no path'}); vanban reads .txt, .md, .html and .docx`);
  const bytes = typeof input === 'string' ? await readBytes(input, limits.maxFileSize) : input;
  if (bytes.length > limits.maxFileSize) throw tooLarge(bytes.length, limits.maxFileSize);
  const read = await reader.read(bytes, limits);
  const norm = normalizeText(read.text);
  const t = norm.text;
  const lines = splitLines(t);
  const layout = readLayout(t);
  const raw = readHeader(t, lines, layout.recipients);
  const given = options.context ? CitationContextSchema.parse(options.context) : {};
  const identity = buildIdentity({ text: t, raw, bodyFrom: layout.titleEnd, fileName: path, known: { number: given.number, date: given.date, ...options.known } });
  const context: CitationContext = { ...contextOf(identity), ...given };
  if (!context.title && identity.type && ['Luật', 'Bộ luật', 'Pháp lệnh'].includes(identity.type) && raw.title) context.title = raw.title.text;

  const result = extractNormalized(norm, { context }, layout);
  const toText = (s: number, e: number): Span => norm.map.toOriginal(s, e);
  const sectionsNorm = readSections(lines, layout.preambleEnd, layout.recipients, t.length);
  const sections: Section[] = sectionsNorm.map((s) => ({ ...s, ...toText(s.start, s.end) }));
  const zoneOf = zoneInText(layout, toText);
  const found: DocumentCitation[] = result.citations.map((c) => {
    const zone = zoneOf(c.start);
    return {
      ...c,
      zone,
      sectionPath: zone === 'body' ? sectionPathAt(sections, c.start) : [],
      source: sourceSpan(read.map, c.start, c.end, read.format === 'md' && c.text.includes('\n')),
    };
  });
  // a consolidated text amends nothing: it consolidates its base and the amending acts it lists
  const citations = identity.type === 'Văn bản hợp nhất' ? consolidatedRelations(read.text, found, norm) : found;
  const span = (p: [number, number] | null | undefined): Span | null => (p ? toText(p[0], p[1]) : null);
  const issuerSpan = raw.issuerLines.length > 0 ? toText((raw.issuerLines[0] as { start: number }).start, (raw.issuerLines[raw.issuerLines.length - 1] as { end: number }).end) : null;
  const parts: HeaderParts = {
    issuer: issuerSpan,
    number: span(raw.number?.span),
    placeDate: span(raw.placeDate?.span),
    typeLine: span(raw.typeLine?.span),
    title: span(raw.title?.span ?? raw.subject?.span),
    signature: span(raw.signature?.span),
    recipients: span(raw.recipients?.span),
  };
  return {
    path,
    format: read.format,
    encoding: read.encoding,
    bytes: bytes.length,
    text: read.text,
    identity,
    parts,
    sections,
    citations,
    selfReferences: result.selfReferences,
    warnings: [...read.warnings],
  };
}

const tooLarge = (size: number | null, max: number): ReadError => new ReadError(`file too large: ${size === null ? '' : `${formatSize(size)}, `}more than ${formatSize(max)} (the limit on a file's size)`);

/**
 * The file's bytes, never more than `max` of them: the size on disk is checked before reading, and
 * the read stops past `max` whatever the size said (a file growing meanwhile, a device, a pipe).
 */
export async function readBytes(path: string, max: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw fileError(e);
  }
  try {
    const { size, isDirectory } = await handle.stat().then((s) => ({ size: s.size, isDirectory: s.isDirectory() }));
    if (isDirectory) throw new ReadError('is a directory');
    if (size > max) throw tooLarge(size, max);
    let buffer = Buffer.allocUnsafe(Math.min(max + 1, Math.max(size, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) throw tooLarge(null, max);
        const bigger = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) throw tooLarge(null, max);
    return buffer.subarray(0, length);
  } catch (e) {
    throw e instanceof ReadError ? e : fileError(e);
  } finally {
    await handle.close();
  }
}

function fileError(e: unknown): ReadError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ReadError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(e)})`);
}

/**
 * A citation's span in the source file. A reader may take pieces out of the source's order: Markdown
 * tables are read cell by cell, each cell a line of text, so a citation running from one cell into the
 * next (across a line of the text) may start after it ends in the source, or leave out the rest of its
 * first cell; its span is then the one that covers every character it came from.
 */
function sourceSpan(map: OffsetMap, start: number, end: number, acrossPieces: boolean): Span {
  const span = map.toOriginal(start, end);
  if (span.end >= span.start && !acrossPieces) return span;
  let lo = Infinity;
  let hi = -Infinity;
  for (let p = start; p < end; p++) {
    lo = Math.min(lo, map.toOriginalStart(p));
    hi = Math.max(hi, map.toOriginalEnd(p + 1));
  }
  return { start: lo, end: hi };
}

function zoneInText(layout: Layout, toText: (s: number, e: number) => Span): (pos: number) => DocumentCitation['zone'] {
  const title = toText(layout.titleStart, layout.titleEnd);
  const preambleEnd = toText(layout.preambleEnd, layout.preambleEnd).start;
  const inRecipients = rangeSet(layout.recipients.map(([s, e]) => toText(s, e)).map((r) => [r.start, r.end] as [number, number]));
  return (pos) => {
    if (inRecipients(pos)) return 'recipients';
    if (pos >= title.start && pos < title.end) return 'title';
    if (pos < title.start) return 'header';
    if (pos < preambleEnd) return 'preamble';
    return 'body';
  };
}
