import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { buildFrom, type TextBuilder } from './builder.js';
import { decodeBytes } from './decode.js';
import type { Reader, ReadResult } from './types.js';

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
    const decoded = m[1] ? String.fromCodePoint(Number(m[1])) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : NAMED[(m[3] as string).toLowerCase()];
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

function walk(node: Nodes, b: TextBuilder, source: string): void {
  if (node.type === 'text') {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined) return;
    if (source.slice(s, e) === node.value) b.copy(s, e);
    else copyWithEntities(b, source, s, e, node.value);
    return;
  }
  if (node.type === 'element') {
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    const s = el.position?.start.offset ?? 0;
    const e = el.position?.end.offset ?? s;
    if (BLOCK.has(el.tagName)) b.newline(s);
    for (const child of el.children) walk(child as Nodes, b, source);
    if (BLOCK.has(el.tagName)) b.newline(e);
    return;
  }
  if (node.type === 'root') for (const child of (node as Root).children) walk(child as Nodes, b, source);
}

export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    const { text: source, encoding, warnings } = decodeBytes(bytes);
    const tree = parser.parse(source) as Root;
    const { text, map } = buildFrom(source, (b) => walk(tree, b, source));
    return { text, source, map, format: 'html', encoding, warnings };
  },
};
