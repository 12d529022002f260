import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { buildFrom, type TextBuilder } from './builder.js';
import { decodeBytes } from './decode.js';
import type { ReadLimits, Reader, ReadResult } from './types.js';
import { limitsOf, ReadError } from './types.js';

/**
 * HTML through unified + rehype-parse (positions kept). Text nodes are copied with their
 * offsets (entities decoded: "&nbsp;" becomes a space and maps back to the whole entity);
 * block elements and table cells start a new line, scripts and styles are dropped.
 */
const parser = unified().use(rehypeParse, { fragment: false });

const BLOCK = new Set([
  'p', 'div', 'br', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'table', 'thead', 'tbody', 'section', 'article', 'header', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'title', 'dt', 'dd', 'center',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
const NAMED: Record<string, string> = { nbsp: '\u00A0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };

/**
 * Copy a text node whose source holds character references: the text between references
 * keeps its exact offsets, each reference maps to itself. Falls back to one replacement
 * for the whole node when the decoding is not the one expected.
 */
function copyWithEntities(b: TextBuilder, source: string, s: number, e: number, value: string): void {
  const pieces: Array<[number, number, string | null]> = [];
  let rebuilt = '';
  let last = s;
  const raw = source.slice(s, e);
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(raw); m; m = ENTITY.exec(raw)) {
    const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : -1;
    // "&#9999999;" is no code point (String.fromCodePoint would throw): the parser's own decoding stands
    if (code > 0x10ffff) break;
    const decoded = code >= 0 ? String.fromCodePoint(code) : NAMED[(m[3] as string).toLowerCase()];
    if (decoded === undefined) break;
    pieces.push([last, s + m.index, null], [s + m.index, s + m.index + m[0].length, decoded]);
    rebuilt += source.slice(last, s + m.index) + decoded;
    last = s + m.index + m[0].length;
  }
  pieces.push([last, e, null]);
  rebuilt += source.slice(last, e);
  if (rebuilt !== value) {
    b.replace(s, e, value);
    return;
  }
  for (const [ps, pe, decoded] of pieces) {
    if (decoded === null) b.copy(ps, pe);
    else b.replace(ps, pe, decoded);
  }
}

/**
 * Copy the text of the tree, depth first. An explicit stack, not recursion: the depth of a tree is the
 * file's to choose. An element's entry is visited twice, to open its line and, after its children, to
 * close it.
 */
function walk(root: Root, b: TextBuilder, source: string): void {
  const stack: Array<{ node: Nodes; closing: boolean }> = [{ node: root, closing: false }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop() as { node: Nodes; closing: boolean };
    if (node.type === 'text') {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s === undefined || e === undefined) continue;
      if (source.slice(s, e) === node.value) b.copy(s, e);
      else copyWithEntities(b, source, s, e, node.value);
      continue;
    }
    if (node.type === 'element') {
      const el = node as Element;
      const s = el.position?.start.offset ?? 0;
      const e = el.position?.end.offset ?? s;
      if (closing) {
        b.newline(e);
        continue;
      }
      if (SKIP.has(el.tagName)) continue;
      if (BLOCK.has(el.tagName)) {
        b.newline(s);
        stack.push({ node, closing: true });
      }
    }
    if ((node.type === 'element' || node.type === 'root') && !closing) {
      const children = (node as Element | Root).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, closing: false });
    }
  }
}

// what the depth scan leaves uncounted: elements without content, and those whose end tag HTML lets
// the next one imply ("<p>a<p>b" are two paragraphs side by side, not one in the other)
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound', 'image', 'html', 'head', 'body']);
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'rtc', 'colgroup', 'caption']);
// elements the parser never nests in themselves: a second one closes the first (headings one another)
const NOT_IN_ITSELF = new Map([['a', 'a'], ['button', 'button'], ['form', 'form'], ['nobr', 'nobr'], ['h1', 'h'], ['h2', 'h'], ['h3', 'h'], ['h4', 'h'], ['h5', 'h'], ['h6', 'h']]);
// their content is text up to their end tag, whatever "<" it holds
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
// the HTML elements "<x/>" does not close (only foreign ones, SVG and MathML, close themselves so)
const HTML_ELEMENT = /^(?:div|span|b|i|u|s|em|strong|font|small|big|sub|sup|center|table|ul|ol|dl|section|article|header|footer|nav|aside|main|blockquote|pre|code|label|fieldset|details|summary|figure|figcaption|address|h[1-6]|a|abbr|cite|q|mark|del|ins|strike|tt|var|kbd|samp|dfn|bdo|bdi|select|object|map|canvas|video|audio|picture|ruby|menu|dir|marquee|template)$/;
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)/y;
const rawTextEnds = new Map<string, RegExp>();
const rawTextEnd = (name: string): RegExp => rawTextEnds.get(name) ?? (rawTextEnds.set(name, new RegExp(`</${name}`, 'gi')).get(name) as RegExp);

/**
 * How deep the elements of an HTML source nest, as the parser will build them, short of what it
 * reconstructs: a scan of the tags (end tags matched by name, comments and raw text skipped, tags the
 * parser closes on its own left uncounted), linear and stopped as soon as it passes `stopAbove`.
 */
export function htmlDepth(source: string, stopAbove: number): number {
  const open = new Map<string, number>();
  let depth = 0;
  let max = 0;
  for (let i = source.indexOf('<'); i >= 0; i = source.indexOf('<', i + 1)) {
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 2;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(source);
    if (!m) continue;
    const name = (m[2] as string).toLowerCase();
    const close = source.indexOf('>', i + m[0].length);
    if (close < 0) break;
    if (m[1]) {
      const n = open.get(name) ?? 0;
      if (n > 0 && !VOID.has(name) && !IMPLIED_END.has(name)) {
        open.set(name, n - 1);
        depth--;
      }
      i = close;
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name);
      end.lastIndex = close;
      if (!end.exec(source)) break;
      i = end.lastIndex - 1;
      continue;
    }
    i = close;
    if (VOID.has(name) || IMPLIED_END.has(name)) continue;
    if (source[close - 1] === '/' && !HTML_ELEMENT.test(name)) continue;
    const group = NOT_IN_ITSELF.get(name);
    if (group !== undefined && (open.get(group) ?? 0) > 0) continue;
    const key = group ?? name;
    open.set(key, (open.get(key) ?? 0) + 1);
    depth++;
    if (depth > max) max = depth;
    if (max > stopAbove) return max;
  }
  return max;
}

/** The depth of a parsed tree, counted without recursion. */
function treeDepth(root: Root, stopAbove: number): number {
  let max = 0;
  const stack: Array<[Nodes, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop() as [Nodes, number];
    if (d > max) max = d;
    if (max > stopAbove) return max;
    if (node.type === 'element' || node.type === 'root') for (const child of (node as Element | Root).children) stack.push([child as Nodes, d + 1]);
  }
  return max;
}

const tooDeep = (limit: number): ReadError => new ReadError(`HTML elements nest deeper than ${limit} levels (the nesting limit)`);

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  async read(bytes: Uint8Array, given?: ReadLimits): Promise<ReadResult> {
    const { maxDepth } = limitsOf(given);
    const { text: source, encoding, warnings } = decodeBytes(bytes);
    // the parser builds its tree recursively: a file nested deep enough takes its stack, so the depth is read first
    if (htmlDepth(source, maxDepth) > maxDepth) throw tooDeep(maxDepth);
    let tree: Root;
    try {
      tree = parser.parse(source) as Root;
    } catch (e) {
      // nesting the scan above cannot see (elements the parser reconstructs) still ends here, said as such
      if (e instanceof RangeError) throw new ReadError(`HTML elements nest too deeply to be parsed (the nesting limit is ${maxDepth} levels)`);
      throw e;
    }
    if (treeDepth(tree, maxDepth) > maxDepth) throw tooDeep(maxDepth);
    const { text, map } = buildFrom(source, (b) => walk(tree, b, source));
    return { text, source, map, format: 'html', encoding, warnings };
  },
};
