import type { Nodes, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { AnchoredBuilder } from './builder.js';
import { decodeBytes } from './decode.js';
import type { ReadLimits, Reader, ReadResult } from './types.js';
import { DEFAULT_LIMITS, limitsOf } from './types.js';

/**
 * Markdown through unified + remark-parse, with most block constructs switched off:
 * legal numbering ("1. Mục đích", "2020. Năm dân vận") would otherwise become list
 * markers and lose its number (../shared/spec/ecosystem.md §4). Every line stays a
 * paragraph, emphasis is dropped, backslash escapes (pandoc writes "1\." and "\-") and
 * hard breaks (a trailing "\") are read, and each text run is copied with its exact offsets.
 *
 * Tables are read before remark sees the text, because remark-parse knows none of
 * pandoc's: grid tables ("+---+" borders, "|" cells), multiline and simple tables (rows of
 * dashes whose runs give the columns) and pipe tables. A cell of a grid or multiline table
 * is a column slice of several source lines; it is read cell by cell (the issuer's lines,
 * then the motto's), each cell parsed by remark on its own, one cell per line of text.
 */
const DISABLED = [
  'list', 'codeIndented', 'setextUnderline', 'thematicBreak', 'blockQuote', 'htmlFlow', 'htmlText',
  'codeFenced', 'definition', 'labelStartLink', 'labelStartImage', 'labelEnd', 'autolink',
  'characterReference', 'codeText',
];

function legalTextOnly(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: DISABLED } });
}

const parser = unified().use(remarkParse).use(legalTextOnly);

/**
 * What remark parses: source slices, in any order, lines joined by "\n". For the document
 * itself it is the source with its tables blanked out; for a cell, the cell's slice of each
 * of its lines. Offsets in it map back to the source.
 */
class Virtual {
  readonly text: string;
  private readonly vAt: number[] = [];
  private readonly sAt: number[] = [];
  private readonly len: number[] = [];

  /** `lines`: each line a list of source ranges; `text` replaces the slices' text (same length) when given. */
  constructor(source: string, lines: Array<Array<[number, number]>>, text?: string) {
    const parts: string[] = [];
    let v = 0;
    lines.forEach((segments, i) => {
      if (i > 0) {
        parts.push('\n');
        v++;
      }
      for (const [s, e] of segments) {
        if (e <= s) continue;
        this.vAt.push(v);
        this.sAt.push(s);
        this.len.push(e - s);
        parts.push(source.slice(s, e));
        v += e - s;
      }
    });
    this.text = text ?? parts.join('');
  }

  /** Index of the last segment starting at or before v, -1 if none. */
  private segmentAt(v: number): number {
    let lo = 0;
    let hi = this.vAt.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.vAt[mid] as number) <= v) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  toSource(v: number): number {
    const i = this.segmentAt(v);
    if (i < 0) return this.sAt[0] ?? 0;
    return (this.sAt[i] as number) + Math.min(v - (this.vAt[i] as number), this.len[i] as number);
  }

  /** True for a "\n" that joins two lines of a cell: it stands for no source character. */
  isJoin(v: number): boolean {
    const i = this.segmentAt(v);
    return i < 0 || v >= (this.vAt[i] as number) + (this.len[i] as number);
  }

  /** Copy text[from, to) (no joins inside) segment by segment. */
  copy(b: AnchoredBuilder, from: number, to: number): void {
    let i = this.segmentAt(from);
    while (from < to && i >= 0 && i < this.vAt.length) {
      const vStart = this.vAt[i] as number;
      const vEnd = vStart + (this.len[i] as number);
      if (from >= vEnd) {
        i++;
        continue;
      }
      // a join between two lines has no source: start at the next segment
      if (from < vStart) from = Math.min(to, vStart);
      if (from >= to) break;
      const upTo = Math.min(to, vEnd);
      const s = this.sAt[i] as number;
      b.copy(s + from - vStart, s + upTo - vStart);
      from = upTo;
      i++;
    }
  }
}

interface Ctx {
  b: AnchoredBuilder;
  v: Virtual;
  /** what a join between the lines of a cell, or a <br> in it, becomes: the cell is one line of text */
  inCell: boolean;
}

// markup left as text: "<br>" (a line break), and stars remark could not pair ("** **", "**1. **Thông qua", "pháp*,*");
// an escaped star ("\*", pandoc's literal one) and a line of nothing but stars (a rule under the issuer) are text
const LEFTOVER = /<br[ ]*\/?>|(?<!\\)\*+|\n/giu;

function wholeLine(text: string, from: number, to: number): boolean {
  return (from === 0 || text[from - 1] === '\n') && (to === text.length || text[to] === '\n');
}

/** Copy text[from, to) of the virtual string, reading leftover markup on the way. */
function emitRange(ctx: Ctx, from: number, to: number): void {
  const { b, v } = ctx;
  let at = from;
  // the search runs over [from, to) only (and the character before, for the escape's lookbehind): over
  // the whole text it would go on to the next match, once for every run of a long line
  const base = Math.max(0, from - 1);
  const window = v.text.slice(base, to);
  LEFTOVER.lastIndex = from - base;
  for (let w = LEFTOVER.exec(window); w; w = LEFTOVER.exec(window)) {
    const m = { index: base + w.index, 0: w[0] };
    const end = m.index + m[0].length;
    // stars that go on past `to` are one run with what follows: not this range's to read
    if (end === to && m[0][0] === '*' && v.text[to] === '*') break;
    if (m[0] === '\n' && !v.isJoin(m.index)) continue;
    if (m[0][0] === '*' && wholeLine(v.text, m.index, end)) continue;
    v.copy(b, at, m.index);
    if (m[0] === '\n') b.insert(v.toSource(m.index), ctx.inCell ? ' ' : '\n');
    else if (m[0][0] === '<') b.replace(v.toSource(m.index), v.toSource(end), ctx.inCell ? ' ' : '\n');
    at = end;
  }
  v.copy(b, at, to);
}

/**
 * Emit a text node. Its value differs from its source where remark read markup: an escape
 * ("1\." is "1."), blanks at the edges of a line. Walk both and copy the runs that agree, so
 * every character keeps its own offset; what cannot be aligned is emitted as a replacement.
 */
function emitText(ctx: Ctx, start: number, end: number, value: string): void {
  const src = ctx.v.text;
  if (src.slice(start, end) === value) {
    emitRange(ctx, start, end);
    return;
  }
  let i = start;
  let j = 0;
  let run = start;
  while (i < end && j < value.length) {
    if (src[i] === value[j]) {
      i++;
      j++;
      continue;
    }
    emitRange(ctx, run, i);
    if (src[i] === '\\' && src[i + 1] === value[j]) i++;
    else if (src[i] === ' ' || src[i] === '\t') i++;
    else {
      ctx.b.replace(ctx.v.toSource(i), ctx.v.toSource(end), value.slice(j));
      return;
    }
    run = i;
  }
  emitRange(ctx, run, i);
  if (j < value.length) ctx.b.insert(ctx.v.toSource(end), value.slice(j));
}

/** An escape CommonMark reads: a backslash before ASCII punctuation, or before a line break (a hard break). */
const ESCAPE = /\\[!-/:-@[-`{-~\n]/g;

/**
 * Copy text[from, to) without parsing it: what a block too dense with emphasis becomes. Escapes are
 * read (the backslash dropped) and stars dropped as `emitRange` drops the ones remark leaves; the
 * rest is text as it stands.
 */
function emitPlain(ctx: Ctx, from: number, to: number): void {
  const window = ctx.v.text.slice(from, to);
  let at = from;
  ESCAPE.lastIndex = 0;
  for (let m = ESCAPE.exec(window); m; m = ESCAPE.exec(window)) {
    emitRange(ctx, at, from + m.index);
    at = from + m.index + 1;
  }
  emitRange(ctx, at, to);
}

/**
 * Emphasis remark cannot be given in bulk: matching its delimiters takes time quadratic in how many
 * runs of them a paragraph holds (100 KB of "*a" takes 94 s), and a long run nests as deep as it is
 * long. Past these bounds a block is read as plain text instead (and says so in the warnings); pandoc's
 * files hold at most a few dozen delimiters a paragraph and runs of three.
 */
const MAX_DELIMITER_RUNS = 256;
const MAX_RUN_LENGTH = 16;
const DELIMITER_RUN = /(?<!\\)(?:\*+|_+)/g;

/**
 * Why a block of text is too dense with emphasis to parse (null when it is not), and how much inline
 * markup remark would have to resolve in it (runs of emphasis marks and escapes).
 */
export function denseEmphasis(text: string, from: number, to: number, maxDepth: number): { why: string | null; markup: number } {
  const window = text.slice(from, to);
  let runs = 0;
  let chars = 0;
  DELIMITER_RUN.lastIndex = 0;
  for (let m = DELIMITER_RUN.exec(window); m; m = DELIMITER_RUN.exec(window)) {
    // a run with blanks (or a line's edge) on both sides can neither open nor close emphasis: a line of
    // stars under the issuer, a blank to fill in ("Họ và tên: ____________")
    const before = m.index === 0 ? ' ' : (window[m.index - 1] as string);
    const after = window[m.index + m[0].length] ?? ' ';
    if (/\s/u.test(before) && /\s/u.test(after)) continue;
    runs++;
    chars += m[0].length;
    if (m[0].length > MAX_RUN_LENGTH) return { why: `a run of ${m[0].length} emphasis marks`, markup: runs };
  }
  if (runs > MAX_DELIMITER_RUNS) return { why: `${runs} runs of emphasis marks in one paragraph`, markup: runs };
  // every level of emphasis takes a mark on each side: this many marks cannot nest deeper than the limit
  if (chars > 2 * maxDepth) return { why: `emphasis that may nest deeper than ${maxDepth} levels (the nesting limit)`, markup: runs };
  let escapes = 0;
  ESCAPE.lastIndex = 0;
  while (ESCAPE.exec(window)) escapes++;
  return { why: null, markup: runs + escapes };
}

/**
 * How much inline markup remark resolves in one document: it costs some 40 µs a run of emphasis or an
 * escape, against some 0.5 µs a character of text, so a file of nothing else would read at 50 KB/s. The
 * budget grows with the file, above what real files hold (pandoc's: one in 60 characters); past it,
 * paragraphs with markup are read as plain text.
 */
export const markupBudget = (length: number): number => 4096 + Math.floor(length / 32);

/** The blocks of a text (runs of lines between blank lines), as [start, end). */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const BLANK = /\n[ \t\r]*(?=\n)/g;
  let start = 0;
  for (let m = BLANK.exec(text); m; m = BLANK.exec(text)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (text.length > start) out.push([start, text.length]);
  return out.map(([a, e]) => {
    while (a < e && text[a] === '\n') a++;
    return [a, e] as [number, number];
  }).filter(([a, e]) => e > a);
}

/** How much text remark is given at once (a batch of whole paragraphs, or one paragraph when longer). */
const PARSE_BATCH = 4096;

/** Consecutive ranges joined into batches of about `size` (a range longer than that is a batch of its own). */
function batches(ranges: Array<[number, number]>, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges) {
    const last = out[out.length - 1];
    if (last && e - last[0] <= size) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}

function walkInline(node: Nodes, ctx: Ctx): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'text' || node.type === 'inlineCode') {
    if (start !== undefined && end !== undefined) emitText(ctx, start, end, node.value);
    return;
  }
  if (node.type === 'break') {
    if (start !== undefined) ctx.b.insert(ctx.v.toSource(start), '\n');
    return;
  }
  if ('children' in node) for (const child of node.children) walkInline(child as Nodes, ctx);
}

// ---------------------------------------------------------------- tables

interface SourceLine {
  start: number;
  end: number;
  text: string;
}

/** A table found in the source: its lines [first, last], its rows of cells, each cell its source ranges line by line. */
interface Table {
  first: number;
  last: number;
  rows: Array<Array<Array<Array<[number, number]>>>>;
}

const GRID_BORDER = /^[ ]{0,3}\+(?:[-=:]+\+)+[ ]*$/;
const GRID_ROW = /^[ ]{0,3}\|/;
const DASH_RUNS = /^[ ]*-{3,}(?:[ ]+-{3,})+[ ]*$/;
const DASH_LINE = /^[ ]*-{3,}[ ]*$/;
const PIPE_ROW = /^[ ]{0,3}\|.*\|[ ]*$/;
const PIPE_RULE_CELL = /^[ ]*:?-+:?[ ]*$/;
const MARK = /\p{M}/u;

/**
 * The code unit where display column `col` starts. Pandoc lays its tables out by display
 * width, and these files are partly NFD: a combining mark takes no column.
 */
function offsetOfColumn(line: string, col: number): number {
  const at = columnStarts(line);
  return col < at.length ? (at[col] as number) : line.length;
}

// the column starts of the lines of the table being read: a row is cut at every column, and a scan of
// the line for each would cost its length times its columns
let lastLine: string | null = null;
let lastStarts: number[] = [];

/** The code unit where each display column of `line` starts. */
function columnStarts(line: string): number[] {
  if (line === lastLine) return lastStarts;
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 0xdc00 && c <= 0xdfff) || (c >= 0x300 && MARK.test(line[i] as string))) continue;
    at.push(i);
  }
  lastLine = line;
  lastStarts = at;
  return at;
}

/** The range [s, e) of a line without its blanks at both ends. */
function trimmed(line: SourceLine, a: number, e: number): [number, number] {
  let s = a;
  let t = e;
  while (s < t && (line.text[s] === ' ' || line.text[s] === '\t')) s++;
  while (t > s && (line.text[t - 1] === ' ' || line.text[t - 1] === '\t')) t--;
  return [line.start + s, line.start + t];
}

/**
 * The segments of one line of a cell. Pandoc closes emphasis after a hard break inside a
 * cell as "CHỦ TỊCH\**" or "Nơi nhận:\***", which CommonMark reads as an escaped star: the
 * closing stars are moved before the backslash, so the cell reads "CHỦ TỊCH**\".
 */
function cellLine(line: SourceLine, a: number, e: number): Array<[number, number]> {
  const [s, t] = trimmed(line, a, e);
  const text = line.text.slice(s - line.start, t - line.start);
  const m = /[^\s\\]\\(\*{1,3})$/u.exec(text);
  if (!m) return [[s, t]];
  const slash = t - (m[1] as string).length - 1;
  return [[s, slash], [slash + 1, t], [slash, slash + 1]];
}

/** Cells of a line split at its unescaped pipes, between the first and the last. */
function pipeCells(line: SourceLine): Array<[number, number]> {
  const bars: number[] = [];
  for (let i = 0; i < line.text.length; i++) {
    if (line.text[i] === '\\') i++;
    else if (line.text[i] === '|') bars.push(i);
  }
  const cells: Array<[number, number]> = [];
  for (let k = 0; k + 1 < bars.length; k++) cells.push([(bars[k] as number) + 1, bars[k + 1] as number]);
  return cells;
}

function gridTable(lines: SourceLine[], i: number): Table | null {
  const border = (lines[i] as SourceLine).text;
  const cols: number[] = [];
  for (let k = 0; k < border.length; k++) if (border[k] === '+') cols.push(k);
  const rowLines: number[][] = [];
  let current: number[] = [];
  let last = -1;
  for (let j = i + 1; j < lines.length; j++) {
    const t = (lines[j] as SourceLine).text;
    if (GRID_BORDER.test(t)) {
      if (current.length > 0) rowLines.push(current);
      current = [];
      last = j;
      if (j + 1 < lines.length && (GRID_ROW.test((lines[j + 1] as SourceLine).text) || GRID_BORDER.test((lines[j + 1] as SourceLine).text))) continue;
      break;
    }
    if (!GRID_ROW.test(t)) break;
    current.push(j);
  }
  if (last < 0 || rowLines.length === 0) return null;
  const rows = rowLines.map((idx) => {
    const cells: Array<Array<Array<[number, number]>>> = cols.slice(0, -1).map(() => []);
    for (const j of idx) {
      const line = lines[j] as SourceLine;
      const bars = pipeCells(line);
      for (let k = 0; k + 1 < cols.length; k++) {
        const a = offsetOfColumn(line.text, cols[k] as number);
        const e = offsetOfColumn(line.text, cols[k + 1] as number);
        const aligned = /[|+]/.test(line.text[a] ?? '') && /[|+]/.test(line.text[e] ?? '');
        // a row that does not sit on the border's columns: take its k-th pipe-separated cell
        const range = aligned ? [a + 1, e] : bars[k];
        if (range) (cells[k] as Array<Array<[number, number]>>).push(cellLine(line, range[0] as number, range[1] as number));
      }
    }
    return cells;
  });
  return { first: i, last, rows };
}

/** Column ranges (display columns) from a line of dash runs: each column runs to the start of the next. */
function dashColumns(text: string): Array<[number, number]> {
  const starts = [...text.matchAll(/-+/g)].map((m) => m.index);
  return starts.map((s, k) => [k === 0 ? 0 : s, k + 1 < starts.length ? (starts[k + 1] as number) : Number.MAX_SAFE_INTEGER]);
}

function columnCells(lines: SourceLine[], idx: number[], cols: Array<[number, number]>): Array<Array<Array<[number, number]>>> {
  const cells = cols.map((): Array<Array<[number, number]>> => []);
  // line by line, each line's columns read once
  for (const j of idx) {
    const line = lines[j] as SourceLine;
    cols.forEach(([from, to], k) => (cells[k] as Array<Array<[number, number]>>).push(cellLine(line, offsetOfColumn(line.text, from), offsetOfColumn(line.text, to))));
  }
  return cells;
}

/** Rows of a multiline table: blocks of lines between blank lines; with no blank line at all, a simple table: one row a line. */
function bodyRows(lines: SourceLine[], from: number, to: number): number[][] {
  const idx: number[] = [];
  for (let j = from; j < to; j++) idx.push(j);
  const blank = (j: number): boolean => (lines[j] as SourceLine).text.trim() === '';
  if (!idx.some(blank)) return idx.map((j) => [j]);
  const rows: number[][] = [];
  let current: number[] = [];
  for (const j of idx) {
    if (blank(j)) {
      if (current.length > 0) rows.push(current);
      current = [];
    } else current.push(j);
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

const MAX_TABLE_LINES = 80;

function dashTable(lines: SourceLine[], i: number, notBefore: number): Table | null {
  const text = (lines[i] as SourceLine).text;
  const isClose = (j: number): boolean => DASH_RUNS.test((lines[j] as SourceLine).text) || DASH_LINE.test((lines[j] as SourceLine).text);
  if (DASH_LINE.test(text)) {
    // multiline table with a header: a full-width rule, header lines, the column rule, rows, a full-width rule
    let m = i + 1;
    while (m < lines.length && m < i + 8 && (lines[m] as SourceLine).text.trim() !== '' && !isClose(m)) m++;
    if (m === i + 1 || m >= lines.length || !DASH_RUNS.test((lines[m] as SourceLine).text)) return null;
    let c = m + 1;
    while (c < lines.length && c < m + MAX_TABLE_LINES && !DASH_LINE.test((lines[c] as SourceLine).text)) c++;
    if (c >= lines.length || !DASH_LINE.test((lines[c] as SourceLine).text)) return null;
    const cols = dashColumns((lines[m] as SourceLine).text);
    const header = [];
    for (let j = i + 1; j < m; j++) header.push(j);
    const rows = [header, ...bodyRows(lines, m + 1, c)].map((r) => columnCells(lines, r, cols));
    return { first: i, last: c, rows };
  }
  const cols = dashColumns(text);
  const blank = (j: number): boolean => (lines[j] as SourceLine).text.trim() === '';
  const headerLine = i - 1 >= notBefore && !blank(i - 1) ? i - 1 : -1;
  if (headerLine < 0) {
    // headerless (after a blank line): rows, one blank line between two, up to the closing rule
    let c = i + 1;
    while (c < lines.length && c < i + MAX_TABLE_LINES && !isClose(c) && !(blank(c) && c + 1 < lines.length && blank(c + 1))) c++;
    if (c >= lines.length || !isClose(c)) return null;
    const rows = bodyRows(lines, i + 1, c).map((r) => columnCells(lines, r, cols));
    return rows.length > 0 ? { first: i, last: c, rows } : null;
  }
  // simple table under its header line: one row a line, up to a blank line (a closing rule is no row)
  let e = i + 1;
  while (e < lines.length && !blank(e)) e++;
  if (e === i + 1) return null;
  const body: number[][] = [];
  for (let j = i + 1; j < e; j++) if (!isClose(j)) body.push([j]);
  const rows = [[headerLine], ...body].map((r) => columnCells(lines, r, cols));
  return { first: headerLine, last: e - 1, rows };
}

function pipeTable(lines: SourceLine[], i: number): Table {
  let last = i;
  while (last + 1 < lines.length && PIPE_ROW.test((lines[last + 1] as SourceLine).text)) last++;
  const rows: Table['rows'] = [];
  for (let j = i; j <= last; j++) {
    const line = lines[j] as SourceLine;
    const cells = pipeCells(line);
    if (cells.every(([a, e]) => PIPE_RULE_CELL.test(line.text.slice(a, e)))) continue;
    rows.push(cells.map(([a, e]) => [cellLine(line, a, e)]));
  }
  return { first: i, last, rows };
}

function findTables(lines: SourceLine[]): Table[] {
  const tables: Table[] = [];
  let notBefore = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as SourceLine).text;
    let table: Table | null = null;
    if (GRID_BORDER.test(text)) table = gridTable(lines, i);
    else if (DASH_RUNS.test(text) || DASH_LINE.test(text)) table = dashTable(lines, i, notBefore);
    else if (PIPE_ROW.test(text)) table = pipeTable(lines, i);
    if (table) {
      tables.push(table);
      i = table.last;
      notBefore = table.last + 1;
    }
  }
  return tables;
}

function splitSourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let s = 0;
  for (;;) {
    const i = source.indexOf('\n', s);
    // a CRLF file's lines end before their CR: table rules and rows are recognized the same
    const e = i < 0 ? source.length : i > s && source[i - 1] === '\r' ? i - 1 : i;
    lines.push({ start: s, end: e, text: source.slice(s, e) });
    if (i < 0) return lines;
    s = i + 1;
  }
}

/** What makes a cell more than its words: markup remark reads, or an empty line (two paragraphs). */
const PLAIN_CELL_NOT = /[\\*_`<>&[\]!#]|\n\n|^\n|\n$/u;

/** A cell's last line may end in a hard break with nothing after it ("18-NQ/TW\"): remark would keep that "\" as text. */
function withoutFinalBreak(source: string, cell: Array<Array<[number, number]>>): Array<Array<[number, number]>> {
  for (let l = cell.length - 1; l >= 0; l--) {
    const segments = cell[l] as Array<[number, number]>;
    const last = segments[segments.length - 1];
    if (!last || last[1] <= last[0]) continue;
    let slashes = 0;
    while (last[1] - slashes > last[0] && source[last[1] - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return cell;
    const copy = cell.slice();
    copy[l] = [...segments.slice(0, -1), [last[0], last[1] - 1]];
    return copy;
  }
  return cell;
}

/** What a parse of one cell costs against the markup budget: some 0.3 ms, as much as 8 runs of emphasis. */
const CELL_PARSE = 8;

function emitTable(b: AnchoredBuilder, source: string, table: Table, maxDepth: number, dense: string[], budget: { left: number }): void {
  for (const row of table.rows) {
    for (const cell of row) {
      const v = new Virtual(source, withoutFinalBreak(source, cell));
      if (v.text.trim() === '') continue;
      const ctx: Ctx = { b, v, inCell: true };
      const plainCell = !PLAIN_CELL_NOT.test(v.text);
      const { why, markup } = plainCell ? { why: null, markup: 0 } : denseEmphasis(v.text, 0, v.text.length, maxDepth);
      if (why || markup + CELL_PARSE > budget.left) {
        dense.push(why ?? 'more inline markup than the file\'s budget');
        b.breakLines(v.toSource(0), 1);
        emitPlain(ctx, 0, v.text.length);
        continue;
      }
      // most cells are plain words on one line or a few ("00070", "Phường Hoàn Kiếm"): one paragraph, as it is;
      // a parse per cell costs 0.3 ms, four seconds for the 13 000 cells of the commune code list
      if (plainCell) {
        b.breakLines(v.toSource(0), 1);
        emitRange(ctx, 0, v.text.length);
        continue;
      }
      budget.left -= markup + CELL_PARSE;
      const tree = parser.parse(v.text) as Root;
      for (const block of tree.children) {
        const start = block.position?.start.offset ?? 0;
        b.breakLines(v.toSource(start), 1);
        walkInline(block, ctx);
      }
    }
  }
}

// ---------------------------------------------------------------- the document

function countBreaks(source: string, from: number, to: number): number {
  let n = 0;
  for (let i = source.indexOf('\n', from); i >= 0 && i < to && n < 2; i = source.indexOf('\n', i + 1)) n++;
  return n;
}

export function readMarkdown(source: string, maxDepth = DEFAULT_LIMITS.maxDepth): { text: string; map: ReadResult['map']; warnings: string[] } {
  const lines = splitSourceLines(source);
  const tables = findTables(lines);
  const dense: string[] = [];
  // remark reads the document with its tables blanked out (offsets unchanged); the tables are read cell by cell
  let masked = source;
  if (tables.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const t of tables) {
      const s = (lines[t.first] as SourceLine).start;
      const e = (lines[t.last] as SourceLine).end;
      parts.push(source.slice(at, s), source.slice(s, e).replace(/[^\n]/g, ' '));
      at = e;
    }
    parts.push(source.slice(at));
    masked = parts.join('');
  }
  // paragraphs too dense with emphasis are read as plain text, and blanked out of what remark is given
  const plain: Array<[number, number]> = [];
  const budget = { left: markupBudget(source.length) };
  for (const [s, e] of paragraphs(masked)) {
    const { why, markup } = denseEmphasis(masked, s, e, maxDepth);
    if (!why && (markup === 0 || markup <= budget.left)) {
      budget.left -= markup;
      continue;
    }
    dense.push(why ?? 'more inline markup than the file\'s budget');
    plain.push([s, e]);
  }
  if (plain.length > 0) {
    const parts: string[] = [];
    let at = 0;
    for (const [s, e] of plain) {
      parts.push(masked.slice(at, s), masked.slice(s, e).replace(/[^\n]/g, ' '));
      at = e;
    }
    parts.push(masked.slice(at));
    masked = parts.join('');
  }
  const b = new AnchoredBuilder(source);

  type Block = { start: number; end: number; node?: RootContent; ctx?: Ctx; table?: Table; plain?: Virtual };
  const blocks: Block[] = [];
  // remark is given the text a few KB at a time, cut at blank lines (no construct left on crosses one):
  // micromark splices each paragraph's inline events into one array for the whole input, which costs
  // time quadratic in the markup of the input (escapes, emphasis) when it is given all at once
  for (const [from, to] of batches(paragraphs(masked), PARSE_BATCH)) {
    const v = new Virtual(source, [[[from, to]]], masked.slice(from, to));
    const tree = parser.parse(v.text) as Root;
    const ctx: Ctx = { b, v, inCell: false };
    for (const node of tree.children) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) blocks.push({ start: from + start, end: from + end, node, ctx });
    }
  }
  for (const table of tables) blocks.push({ start: (lines[table.first] as SourceLine).start, end: (lines[table.last] as SourceLine).end, table });
  for (const [start, end] of plain) blocks.push({ start, end, plain: new Virtual(source, [[[start, end]]]) });
  blocks.sort((x, y) => x.start - y.start);

  let prevEnd = -1;
  for (const block of blocks) {
    // keep the source's own line breaks between blocks (one blank line stays one blank line)
    if (prevEnd >= 0) b.breakLines(block.start, Math.max(1, countBreaks(source, prevEnd, block.start)));
    if (block.table) emitTable(b, source, block.table, maxDepth, dense, budget);
    else if (block.plain) emitPlain({ b, v: block.plain, inCell: false }, 0, block.plain.text.length);
    else if (block.node && block.ctx) walkInline(block.node, block.ctx);
    prevEnd = block.end;
  }
  if (prevEnd >= 0 && b.length > 0) b.breakLines(source.length, Math.min(2, countBreaks(source, prevEnd, source.length)));
  const warnings = dense.length > 0 ? [`${dense.length} block${dense.length === 1 ? '' : 's'} too dense with emphasis to parse, read as plain text (${dense[0]}${dense.length > 1 ? ', …' : ''})`] : [];
  return { ...b.finish(), warnings };
}

export const mdReader: Reader = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  async read(bytes: Uint8Array, limits?: ReadLimits): Promise<ReadResult> {
    const { text: source, encoding, warnings } = decodeBytes(bytes);
    const read = readMarkdown(source, limitsOf(limits).maxDepth);
    return { text: read.text, source, map: read.map, format: 'md', encoding, warnings: [...warnings, ...read.warnings] };
  },
};
