import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { citationTitle, markdownLinkEnd, planLinks, type AnnotatableCitation, type AnnotateOptions } from './annotate.js';
import { applyInsertions, type Insertion } from './insert.js';

/**
 * Links in a Markdown document's own source, as `annotateHtmlSource` does for HTML: `[` and
 * `](<url> "title")` inserted around a citation's `source` span, nothing else changed, so removing
 * them gives the file's text back and the page renders as before with the citations clickable.
 *
 * Markdown has no closed element to stand in, so a link is inserted only where CommonMark reads
 * the span as plain text and a link around it cannot change how anything else reads; elsewhere
 * the citation stays text, all of it ('no-text-node', or 'in-link' inside a link of the page):
 *
 * - a span that crosses emphasis markers or line breaks ("*Nghị quyết số* *203/2025/QH15*", as
 *   pandoc writes it) gets one link per run of text between them, each with the same URL and title;
 * - no run holds `[ ] ` < > |` (a link cannot cross that markup) or ends in an escaping backslash,
 *   or follows `!` (an image) or an escaping backslash, or starts or ends inside a character reference;
 * - its paragraph, parsed by a CommonMark parser with the links and without, reads the same but for
 *   the links (a bracket beside an emphasis run can change how the runs pair: "a*Luật*b");
 * - its line is not in a fenced or indented code block, nor in an HTML block, nor in a table other than a pipe table
 *   (pandoc's grid, simple and multiline tables align columns: one inserted character breaks them);
 * - before it in its paragraph, no code span, link text or autolink is left open.
 */

const FORBIDDEN = /[[\]`<>|]/;
// what a citation's span is cut at: emphasis markers and line breaks (each run of text between them gets its own link)
const SPLIT = /[*_\r\n]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// the start of an HTML block (CommonMark 4.6): raw-text elements, a comment, a processing instruction, CDATA, a declaration, a
// block-level tag (condition 6), or a complete tag alone on its line (condition 7, which cannot interrupt a paragraph); an inline tag
// that opens a paragraph's line, "<b>… text", starts no block, so a fence on the next line opens code as a renderer reads it
const HTML_BLOCK = /^ {0,3}<(?:(script|pre|style|textarea)\b|(!--)|(\?)|(!\[CDATA\[)|(![A-Za-z])|\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$))/i;
const HTML_BLOCK_TAG_ALONE = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^'\n]*'|"[^"\n]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
// pandoc's grid table border, or the rows of dashes of its simple and multiline tables
const TABLE_RULE = /^\s*(?:\+[-=:]{3,}|-{3,}(?:\s+-{3,})*\s*$)/;

interface Line {
  start: number;
  end: number;
  /** where its block of non-blank lines starts: a code span or a link's text may run over several lines */
  block: number;
  /** no link may be inserted on this line */
  closed: boolean;
}

function readLines(md: string): Line[] {
  const lines: Line[] = [];
  for (let s = 0; s <= md.length; ) {
    let e = s;
    while (e < md.length && md[e] !== '\n' && md[e] !== '\r') e++;
    lines.push({ start: s, end: e, block: s, closed: false });
    if (e >= md.length) break;
    s = md[e] === '\r' && md[e + 1] === '\n' ? e + 2 : e + 1;
  }
  const blank = (l: Line): boolean => md.slice(l.start, l.end).trim() === '';
  let fence: string | null = null;
  // an HTML block (CommonMark 4.6): raw HTML to a renderer, where a Markdown link would show as written
  let html: RegExp | 'blank' | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const text = md.slice(l.start, l.end);
    if (html !== null) {
      if (html === 'blank' ? blank(l) : html.test(text)) {
        l.closed = html !== 'blank';
        html = null;
        if (l.closed) continue;
      } else {
        l.closed = true;
        continue;
      }
    }
    const prevLine = lines[i - 1];
    const inParagraph = prevLine !== undefined && !blank(prevLine) && !prevLine.closed;
    const h = HTML_BLOCK.exec(text);
    if ((h || (!inParagraph && HTML_BLOCK_TAG_ALONE.test(text))) && fence === null) {
      const end = !h ? 'blank' : h[1] ? new RegExp(`</(?:${h[1]})>`, 'i') : h[2] ? /-->/ : h[3] ? /\?>/ : h[4] ? /\]\]>/ : h[5] ? />/ : 'blank';
      l.closed = true;
      html = h && end instanceof RegExp && end.test(text.slice(h[0].length)) ? null : end;
      continue;
    }
    const f = FENCE.exec(text);
    if (fence !== null) {
      l.closed = true;
      if (f && (f[1] as string)[0] === fence[0] && (f[1] as string).length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1] as string;
      l.closed = true;
      continue;
    }
    // indented code: four columns of indentation after a blank line (or after indented code)
    const prev = lines[i - 1];
    if (/^(?: {4}|\t)/.test(text) && !blank(l) && (!prev || blank(prev) || prev.closed)) l.closed = true;
  }
  // a block of lines with a table rule is a table whose columns are aligned: closed whole
  for (let i = 0; i < lines.length; ) {
    if (blank(lines[i] as Line)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !blank(lines[j] as Line)) j++;
    const table = lines.slice(i, j).some((l) => TABLE_RULE.test(md.slice(l.start, l.end)));
    for (let k = i; k < j; k++) {
      (lines[k] as Line).block = (lines[i] as Line).start;
      if (table) (lines[k] as Line).closed = true;
    }
    i = j;
  }
  return lines;
}

const ENTITY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Whether position p falls inside a character reference ("&amp;", "&#273;"): a link boundary there would break it. */
function insideEntity(md: string, p: number): boolean {
  for (let a = p - 1; a >= 0 && a >= p - 33; a--) {
    if (md[a] === ';' || md[a] === '\n') return false;
    if (md[a] === '&') {
      ENTITY.lastIndex = a;
      const m = ENTITY.exec(md);
      return m !== null && a + m[0].length > p;
    }
  }
  return false;
}

const verifier = unified().use(remarkParse);

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/**
 * What a CommonMark renderer makes of a block, as a string: the tree's node types and texts, with
 * the links whose URL is in `ours` replaced by their content (adjacent texts merged).
 */
function shape(block: string, ours: ReadonlySet<string>): string {
  const flat = (nodes: MdNode[]): MdNode[] => {
    const out: MdNode[] = [];
    for (const n of nodes) {
      const parts = n.type === 'link' && n.url !== undefined && ours.has(n.url) ? flat(n.children ?? []) : [n.children ? { ...n, children: flat(n.children) } : n];
      for (const m of parts) {
        const last = out[out.length - 1];
        if (m.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: (last.value ?? '') + (m.value ?? '') };
        else out.push(m);
      }
    }
    return out;
  };
  const strip = (n: MdNode): unknown => [n.type, n.value ?? null, n.url ?? null, (n.children ?? []).map(strip)];
  return JSON.stringify(flat((verifier.parse(block) as unknown as MdNode).children ?? []).map(strip));
}

/** Whether md[p] is escaped: an odd run of backslashes just before it. */
function escaped(md: string, p: number): boolean {
  let n = 0;
  for (let q = p - 1; q >= 0 && md[q] === '\\'; q--) n++;
  return n % 2 === 1;
}

/**
 * What the paragraph before a position leaves open: a code span, a link's text, an autolink or
 * inline HTML. Positions come in increasing order, so each paragraph is scanned once, however
 * many citations it holds.
 */
function openScanner(md: string): (block: number, to: number) => 'code' | 'link' | 'angle' | null {
  let block = -1;
  let pos = 0;
  let ticks = 0;
  let lastOpen = -1;
  let lastClose = -1;
  let lastLt = -1;
  let lastGt = -1;
  return (from, to) => {
    if (from !== block || to < pos) {
      block = from;
      pos = from;
      ticks = 0;
      lastOpen = lastClose = lastLt = lastGt = -1;
    }
    for (; pos < to; pos++) {
      const c = md[pos];
      if ((c === '`' || c === '[' || c === ']' || c === '<' || c === '>') && escaped(md, pos)) continue;
      if (c === '`') ticks++;
      else if (c === '[') lastOpen = pos;
      else if (c === ']') lastClose = pos;
      else if (c === '<') lastLt = pos;
      else if (c === '>') lastGt = pos;
    }
    if (ticks % 2 === 1) return 'code';
    if (lastOpen > lastClose) return 'link';
    if (lastLt > lastGt) return 'angle';
    return null;
  };
}

/**
 * `md` (a Markdown document's decoded source) with a link around each citation's `source` span
 * (the span `readDocument` gives every citation of a Markdown file) where the rules above allow
 * one, nothing else changed. The overlap rule is `planLinks`'s.
 */
export function annotateMarkdownSource<C extends AnnotatableCitation & { source: { start: number; end: number } }>(md: string, citations: readonly C[], options: Omit<AnnotateOptions<C>, 'format'>): string {
  const title = options.title ?? citationTitle;
  const links = planLinks(md, citations, options, (c) => c.source);
  const lines = readLines(md);
  const indexOf = (p: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as Line).start <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineOf = (p: number): Line => lines[indexOf(p)] as Line;
  /** The end of the last line of the paragraph p is in. */
  const blockEnd = (p: number): number => {
    let k = indexOf(p);
    while (k + 1 < lines.length && (lines[k + 1] as Line).block === (lines[k] as Line).block && md.slice((lines[k + 1] as Line).start, (lines[k + 1] as Line).end).trim() !== '') k++;
    return (lines[k] as Line).end;
  };
  const openBefore = openScanner(md);
  const accepted: Array<{ citation: C; block: number; href: string; pieces: Array<[number, number]>; end: string }> = [];
  for (const l of links) {
    // one link per run of text between emphasis markers and line breaks: pandoc writes "*Nghị quyết số* *203/2025/QH15*"
    const pieces: Array<[number, number]> = [];
    for (let p = l.start; p < l.end; ) {
      while (p < l.end && SPLIT.test(md[p] as string)) p++;
      let e = p;
      while (e < l.end && !SPLIT.test(md[e] as string)) e++;
      if (e > p && md.slice(p, e).trim() !== '') pieces.push([p, e]);
      p = e;
    }
    let reason: 'no-text-node' | 'in-link' | null = pieces.length === 0 ? 'no-text-node' : null;
    for (const [s, e] of pieces) {
      if (reason) break;
      const line = lineOf(s);
      const open = openBefore(line.block, s);
      if (open === 'link') reason = 'in-link';
      else if (line.closed || open !== null || FORBIDDEN.test(md.slice(s, e)) || md[s - 1] === '!' || escaped(md, s) || escaped(md, e) || insideEntity(md, s) || insideEntity(md, e)) reason = 'no-text-node';
    }
    if (reason) {
      options.onSkip?.(l.citation, reason);
      continue;
    }
    accepted.push({ citation: l.citation, block: lineOf((pieces[0] as [number, number])[0]).block, href: l.href, pieces, end: markdownLinkEnd(l.href, title(l.citation)) });
  }
  // each paragraph with links, parsed before and after by a CommonMark parser: where brackets beside emphasis
  // runs would change how the emphasis pairs ("a*Luật*b", "!**Nghị quyết số*"), the paragraph keeps no link
  const inserts: Insertion[] = [];
  for (let i = 0; i < accepted.length; ) {
    let j = i;
    while (j < accepted.length && (accepted[j] as (typeof accepted)[number]).block === (accepted[i] as (typeof accepted)[number]).block) j++;
    const group = accepted.slice(i, j);
    const from = (group[0] as (typeof accepted)[number]).block;
    const lastPiece = (group[group.length - 1] as (typeof accepted)[number]).pieces.at(-1) as [number, number];
    const to = lineOf(lastPiece[1]).block === from ? blockEnd(lastPiece[1]) : lastPiece[1];
    const mine: Array<{ at: number; text: string }> = [];
    for (const g of group) for (const [s, e] of g.pieces) mine.push({ at: s, text: '[' }, { at: e, text: g.end });
    let after = '';
    let at = from;
    for (const ins of mine) {
      after += md.slice(at, ins.at) + ins.text;
      at = ins.at;
    }
    after += md.slice(at, to);
    const ours = new Set(group.map((g) => g.href));
    if (shape(md.slice(from, to), ours) === shape(after, ours)) inserts.push(...mine);
    else for (const g of group) options.onSkip?.(g.citation, 'no-text-node');
    i = j;
  }
  return applyInsertions(md, inserts);
}
