import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { citationTitle, htmlOpenTag, planLinks, type AnnotatableCitation, type AnnotateOptions } from './annotate.js';
import { applyInsertions, type Insertion } from './insert.js';

/**
 * Links in an HTML document's own source. For an HTML file the original text is its markup:
 * the page with its tables, headings and styles. `annotateHtmlSource` inserts anchors into that
 * markup and changes nothing else, so removing them gives the file's text back byte for byte.
 * A citation that lies in a link of the page, even in part, stays text ('in-link').
 *
 * An anchor may only stand inside one text node: a citation whose source span crosses markup
 * ("<b>Nghị định</b> số 15") gets one anchor per piece of text, each with the same link. Text
 * where an anchor is not allowed or would move is left alone: inside a link already, in
 * script/style/title/textarea and other raw-text elements, in SVG and MathML, in form controls,
 * and directly in a table's structure (the parser would move an anchor out of the table).
 */

const parser = unified().use(rehypeParse, { fragment: false });

const NO_ANCHOR = new Set([
  'a', 'script', 'style', 'textarea', 'title', 'noscript', 'template', 'head', 'xmp', 'iframe', 'noembed', 'noframes',
  'plaintext', 'svg', 'math', 'select', 'option', 'optgroup', 'button', 'datalist',
]);
const TABLE_STRUCTURE = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup']);
// a character reference in the source: an anchor boundary never falls inside one
const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;

/** The source ranges [start, end) of text nodes where an anchor may stand, in order; and of the page's own links. */
function textRanges(html: string): { nodes: Array<[number, number]>; links: Array<[number, number]> } {
  const tree = parser.parse(html) as Root;
  const out: Array<[number, number]> = [];
  const links: Array<[number, number]> = [];
  const walk = (node: Nodes, parent: string | null): void => {
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      // a text node whose source holds a tag was put together by the parser (foster parenting): not one run of the source
      if (s === undefined || e === undefined || e <= s || (parent !== null && TABLE_STRUCTURE.has(parent)) || /<[a-zA-Z/!?]/.test(html.slice(s, e))) return;
      out.push([s, e]);
      return;
    }
    if (node.type === 'element') {
      const el = node as Element;
      if (el.tagName === 'a' && el.position?.start.offset !== undefined && el.position.end.offset !== undefined) links.push([el.position.start.offset, el.position.end.offset]);
      if (NO_ANCHOR.has(el.tagName)) return;
      for (const child of el.children) walk(child as Nodes, el.tagName);
      return;
    }
    if (node.type === 'root') for (const child of (node as Root).children) walk(child as Nodes, null);
  };
  walk(tree, null);
  out.sort((a, b) => a[0] - b[0]);
  return { nodes: out, links };
}

/** Move a boundary out of a character reference it falls inside (outward: to its start for a start, its end for an end). */
function outsideEntity(html: string, node: [number, number], p: number, side: 'start' | 'end'): number {
  const raw = html.slice(node[0], node[1]);
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const s = node[0] + m.index;
    const e = s + m[0].length;
    if (s >= p) break;
    if (p > s && p < e) return side === 'start' ? s : e;
  }
  return p;
}

/**
 * `html` (a document's decoded source) with an anchor around each citation's `source` span
 * (the span `readDocument` gives every citation of an HTML file), nothing else changed. The
 * overlap rule is `planLinks`'s; a citation with no piece of text where an anchor may stand is
 * told to `onSkip` as 'no-text-node'.
 */
export function annotateHtmlSource<C extends AnnotatableCitation & { source: { start: number; end: number } }>(html: string, citations: readonly C[], options: Omit<AnnotateOptions<C>, 'format'>): string {
  const title = options.title ?? citationTitle;
  const links = planLinks(html, citations, options, (c) => c.source);
  const { nodes, links: pageLinks } = textRanges(html);
  const inserts: Insertion[] = [];
  let k = 0;
  // two links whose boundaries fall inside one character reference would otherwise both take it whole
  let reached = 0;
  for (const l of links) {
    // a citation partly inside a link of the page stays text whole: a link on the rest of it would read as a different citation
    if (pageLinks.some(([s, e]) => s < l.end && l.start < e)) {
      options.onSkip?.(l.citation, 'in-link');
      continue;
    }
    while (k < nodes.length && (nodes[k] as [number, number])[1] <= l.start) k++;
    let pieces = 0;
    const open = htmlOpenTag(l.href, title(l.citation), l.citation.relation);
    for (let j = k; j < nodes.length && (nodes[j] as [number, number])[0] < l.end; j++) {
      const node = nodes[j] as [number, number];
      const s = Math.max(reached, outsideEntity(html, node, Math.max(node[0], l.start), 'start'));
      const e = outsideEntity(html, node, Math.min(node[1], l.end), 'end');
      // whitespace alone between two tags of the span is left as it is
      if (e <= s || html.slice(s, e).trim() === '') continue;
      inserts.push({ at: s, text: open }, { at: e, text: '</a>' });
      reached = e;
      pieces++;
    }
    if (pieces === 0) options.onSkip?.(l.citation, 'no-text-node');
  }
  return applyInsertions(html, inserts);
}
