import { z } from 'zod';
import { CitationSchema } from '../cite/schema.js';
import { escapeHtml, escapeMarkdown } from './escape.js';

/**
 * What `annotate` needs of a citation: its span, and what the link's title says. A `Citation`
 * of `extractCitations` or a `DocumentCitation` of `readDocument` is one.
 */
export const AnnotatableCitationSchema = CitationSchema.pick({ start: true, end: true }).extend(
  CitationSchema.pick({ id: true, text: true, type: true, number: true, date: true, relation: true }).partial().shape,
);
export type AnnotatableCitation = z.infer<typeof AnnotatableCitationSchema>;

export const AnnotateFormatSchema = z.enum(['html', 'markdown']);
export type AnnotateFormat = z.infer<typeof AnnotateFormatSchema>;

/** Why a citation was left without a link. */
export const SkipReasonSchema = z.enum([
  'no-link', // `link` gave null
  'empty', // start === end
  'overlaps', // it overlaps a citation linked before it (see `planLinks`)
  'unsafe-url', // `link` gave a javascript:, vbscript: or data: URL
  'no-text-node', // HTML or Markdown source: no part of its span is text where a link may stand (a script, a table's structure, code, markup inside the span)
  'in-link', // HTML or Markdown source: it lies in a link the page already has, in whole or in part
]);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

export interface AnnotateOptions<C extends AnnotatableCitation = AnnotatableCitation> {
  /** the URL a citation links to; null leaves it as text */
  link: (citation: C) => string | null;
  /** 'html' (default) or 'markdown' */
  format?: AnnotateFormat;
  /** the link's title (shown on hover); default `citationTitle` */
  title?: (citation: C) => string;
  /** told of every citation left without a link, and why */
  onSkip?: (citation: C, reason: SkipReason) => void;
}

/** "Nghị định 15/2020/NĐ-CP, 2020-02-03, basis": type and number, date, relation (what is known of them). */
export function citationTitle(c: AnnotatableCitation): string {
  // a named citation ("Luật Tiếp công dân") has no number: its words name it
  const name = (c.number ? [c.type, c.number].filter(Boolean).join(' ') : c.text?.replace(/\s+/g, ' ')) || c.type || c.id || '';
  return [name, c.date, c.relation].filter(Boolean).join(', ');
}

/**
 * Whether a click on `url` would run something rather than follow a link: a javascript:, vbscript:
 * or data: URL, read as a browser reads it (tabs and line breaks anywhere are dropped, leading
 * controls and spaces too: "java\tscript:" is javascript:).
 */
export function isUnsafeUrl(url: string): boolean {
  let s = '';
  for (const ch of url) if (ch !== '\t' && ch !== '\n' && ch !== '\r') s += ch;
  let i = 0;
  while (i < s.length && s.charCodeAt(i) <= 0x20) i++;
  return /^(?:javascript|vbscript|data):/i.test(s.slice(i));
}

/** A half-open range [start, end) of the annotated string, with the citation it links. */
export interface PlannedLink<C> {
  start: number;
  end: number;
  citation: C;
  href: string;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function checkSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`annotate: span [${start}, ${end}) is not inside the text (length ${text.length})`);
  }
  // a link boundary between the two halves of a surrogate pair would leave each half alone, unreadable
  for (const p of [start, end]) {
    if (p > 0 && p < text.length && isLowSurrogate(text.charCodeAt(p)) && !isLowSurrogate(text.charCodeAt(p - 1)) && text.charCodeAt(p - 1) >= 0xd800 && text.charCodeAt(p - 1) <= 0xdbff) {
      throw new RangeError(`annotate: offset ${p} splits a surrogate pair`);
    }
  }
}

/**
 * Which citations get a link, and where. Links cannot nest (HTML forbids an anchor inside an
 * anchor; Markdown has no nested links), so the rule for overlapping spans is: in order of start,
 * the longer first on a tie, a citation is linked unless it overlaps one linked before it. A
 * list head and an item inside it ("các Nghị định số 15 và 16" read as one span, then "16")
 * therefore link the outer span; the inner one is told to `onSkip` as 'overlaps'.
 */
export function planLinks<C extends AnnotatableCitation>(text: string, citations: readonly C[], options: Pick<AnnotateOptions<C>, 'link' | 'onSkip'>, span: (c: C) => { start: number; end: number } = (c) => c): Array<PlannedLink<C>> {
  const order = citations.map((c, i) => ({ c, i, ...span(c) }));
  for (const o of order) checkSpan(text, o.start, o.end);
  order.sort((a, b) => a.start - b.start || b.end - a.end || a.i - b.i);
  const out: Array<PlannedLink<C>> = [];
  let reached = 0;
  for (const o of order) {
    if (o.start === o.end) {
      options.onSkip?.(o.c, 'empty');
      continue;
    }
    if (o.start < reached) {
      options.onSkip?.(o.c, 'overlaps');
      continue;
    }
    const href = options.link(o.c);
    if (href === null) {
      options.onSkip?.(o.c, 'no-link');
      continue;
    }
    if (isUnsafeUrl(href)) {
      options.onSkip?.(o.c, 'unsafe-url');
      continue;
    }
    out.push({ start: o.start, end: o.end, citation: o.c, href });
    reached = o.end;
  }
  return out;
}

/** The opening tag of a citation's link in HTML: class and data-relation for styling, title for hover. */
export function htmlOpenTag(href: string, title: string, relation: string | undefined): string {
  return `<a class="vanban-cite"${relation ? ` data-relation="${escapeHtml(relation)}"` : ''} href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
}

/** A URL as a Markdown link destination in angle brackets: only "<", ">" and line breaks cannot stand there. */
function markdownDestination(href: string): string {
  return '<' + href.replace(/[<>\n\r\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')) + '>';
}

/** A title in double quotes: backslash and quote escaped, "|" too (it would end a GFM table cell), line breaks as spaces. */
function markdownTitle(title: string): string {
  return '"' + title.replace(/[\r\n]+/g, ' ').replace(/[\\"|]/g, (c) => '\\' + c) + '"';
}

/** The end of a Markdown link after its text: `](<url> "title")`. */
export function markdownLinkEnd(href: string, title: string): string {
  return `](${markdownDestination(href)} ${markdownTitle(title)})`;
}

/**
 * `text` with each citation wrapped in a link, everything else escaped for the format and
 * otherwise unchanged: removing the inserted markup and unescaping gives `text` back exactly
 * (docs/annotate.md; a property test checks it on random text).
 *
 * HTML: `<a class="vanban-cite" data-relation="basis" href="…" title="Nghị định 15/2020/NĐ-CP,
 * 2020-02-03, basis">…</a>`, a fragment: line breaks are kept as they are, so show it with
 * `white-space: pre-wrap` (or inside `<pre>`). Markdown: `[…](<…> "…")`, with hard line breaks
 * so that each line of the text stays a line.
 *
 * Offsets are UTF-16 offsets into `text`, as every offset of vanban (`Citation.start`/`end` of
 * `extractCitations(text)`; for a document read from a file, `readDocument(…).text` and its
 * citations' `start`/`end`). A span outside the text or splitting a surrogate pair throws a RangeError.
 */
export function annotate<C extends AnnotatableCitation>(text: string, citations: readonly C[], options: AnnotateOptions<C>): string {
  const format = AnnotateFormatSchema.parse(options.format ?? 'html');
  const title = options.title ?? citationTitle;
  const links = planLinks(text, citations, options);
  const esc = format === 'html' ? (s: number, e: number) => escapeHtml(text.slice(s, e)) : (s: number, e: number) => escapeMarkdown(text, s, e);
  let out = '';
  let at = 0;
  for (const l of links) {
    out += esc(at, l.start);
    const inner = esc(l.start, l.end);
    if (format === 'html') out += htmlOpenTag(l.href, title(l.citation), l.citation.relation) + inner + '</a>';
    else out += '[' + inner + markdownLinkEnd(l.href, title(l.citation));
    at = l.end;
  }
  return out + esc(at, text.length);
}
