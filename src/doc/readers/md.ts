import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { buildFrom, type TextBuilder } from './builder.js';
import { decodeBytes } from './decode.js';
import type { Reader, ReadResult } from './types.js';

/**
 * Markdown through unified + remark-parse, with the block constructs switched off:
 * legal numbering ("1. Mục đích", "2020. Năm dân vận") would otherwise become list
 * markers and lose its number (../shared/spec/ecosystem.md §4). Every line stays a
 * paragraph, emphasis is dropped, and each text node is copied with its exact offsets.
 * Table rows ("| a | b |") are flattened to one cell per line.
 */
const DISABLED = [
  'list', 'codeIndented', 'headingAtx', 'setextUnderline', 'thematicBreak', 'blockQuote', 'htmlFlow', 'htmlText',
  'codeFenced', 'definition', 'labelStartLink', 'labelStartImage', 'labelEnd', 'autolink', 'characterEscape',
  'characterReference', 'codeText', 'hardBreakEscape',
];

function legalTextOnly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: DISABLED } });
}

const parser = unified().use(remarkParse).use(legalTextOnly);

const TABLE_ROW = /^[ ]*\|.*\|[ ]*$/;
const TABLE_RULE = /^[ ]*\|?[ ]*:?-{3,}:?[ ]*(?:\|[ ]*:?-{3,}:?[ ]*)*\|?[ ]*$/;

/** Copy one text node, splitting table rows into cells. */
function emitText(b: TextBuilder, source: string, start: number, end: number): void {
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = source.slice(lineStart, lineEnd);
    if (TABLE_RULE.test(line) && line.includes('-')) {
      b.replace(lineStart, lineEnd, '');
    } else if (TABLE_ROW.test(line)) {
      let cellStart = lineStart + line.indexOf('|') + 1;
      for (let p = cellStart; p <= lineEnd; p++) {
        if (p === lineEnd || source[p] === '|') {
          const cell = source.slice(cellStart, p);
          const lead = cell.length - cell.trimStart().length;
          const trail = cell.length - cell.trimEnd().length;
          if (cell.trim() !== '') {
            b.newline(cellStart);
            b.copy(cellStart + lead, p - trail);
          }
          cellStart = p + 1;
        }
      }
    } else {
      b.copy(lineStart, lineEnd);
    }
    if (lineEnd < end) {
      b.newline(lineEnd);
      lineStart = lineEnd + 1;
    } else lineStart = end;
  }
}

function walk(node: Nodes, b: TextBuilder, source: string): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'text' || node.type === 'inlineCode') {
    if (start === undefined || end === undefined) return;
    if (source.slice(start, end) === node.value) emitText(b, source, start, end);
    else b.replace(start, end, node.value);
    return;
  }
  if (node.type === 'break') {
    if (start !== undefined) b.newline(start);
    return;
  }
  if ('children' in node) {
    for (const child of node.children) walk(child as Nodes, b, source);
  }
  if (node.type === 'paragraph' && end !== undefined) {
    // keep the source's own line breaks between paragraphs (one blank line stays one blank line)
    const nextBreaks = /^\n+/.exec(source.slice(end));
    if (nextBreaks) b.replace(end, end + nextBreaks[0].length, '\n'.repeat(Math.min(2, nextBreaks[0].length)));
  }
}

export const mdReader: Reader = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  async read(bytes: Uint8Array): Promise<ReadResult> {
    const { text: source, encoding, warnings } = decodeBytes(bytes);
    const tree = parser.parse(source) as Root;
    const { text, map } = buildFrom(source, (b) => walk(tree, b, source));
    return { text, source, map, format: 'md', encoding, warnings };
  },
};
