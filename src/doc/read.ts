import { readFile } from 'node:fs/promises';
import { extractNormalized } from '../cite/extract.js';
import { readLayout, type Layout } from '../cite/layout.js';
import { CitationContextSchema, type CitationContext } from '../cite/schema.js';
import { normalizeText } from '../text/normalize.js';
import { readHeader, splitLines } from './header.js';
import { consolidatedRelations } from './consolidated.js';
import { buildIdentity, contextOf, type IdentityInput } from './identity.js';
import { readerFor, ReadError, type SourceFormat } from './readers/index.js';
import type { Document, DocumentCitation, HeaderParts, Section, Span } from './schema.js';
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
}

/**
 * Read one document — a path or the bytes of a .txt, .md, .html or .docx file — into a
 * `Document`: its identity from the header, its sections, and its citations with the zone
 * and section path of each. Throws ReadError (with a reason for people) on a file that is
 * not a readable document.
 */
export async function readDocument(input: string | Uint8Array, options: ReadDocumentOptions = {}): Promise<Document> {
  const path = typeof input === 'string' ? input : (options.path ?? null);
  const bytes = typeof input === 'string' ? await readBytes(input) : input;
  const reader = readerFor(options.format ?? path ?? '.txt');
  if (!reader) throw new ReadError(`unsupported file type (${path ?? 'no path'}); vanban reads .txt, .md, .html and .docx`);
  const read = await reader.read(bytes);
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
      source: read.map.toOriginal(c.start, c.end),
    };
  });
  // a consolidated text amends nothing: it consolidates its base and the amending acts it lists
  const citations = identity.type === 'Văn bản hợp nhất' ? consolidatedRelations(read.text, found) : found;
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

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(e)})`);
  }
}

function zoneInText(layout: Layout, toText: (s: number, e: number) => Span): (pos: number) => DocumentCitation['zone'] {
  const title = toText(layout.titleStart, layout.titleEnd);
  const preambleEnd = toText(layout.preambleEnd, layout.preambleEnd).start;
  const recipients = layout.recipients.map(([s, e]) => toText(s, e));
  return (pos) => {
    if (recipients.some((r) => pos >= r.start && pos < r.end)) return 'recipients';
    if (pos >= title.start && pos < title.end) return 'title';
    if (pos < title.start) return 'header';
    if (pos < preambleEnd) return 'preamble';
    return 'body';
  };
}
