import { OffsetMap, OffsetStage } from '../../text/offset-map.js';

/**
 * Builds a plain text out of pieces of a source string (copied, replaced, or inserted)
 * and records where the length changed, so that every offset of the result maps back
 * into the source.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly stage = new OffsetStage();
  private srcPos = 0;
  private outLen = 0;

  constructor(private readonly source: string) {}

  /** Drop source text up to `at` (markup, skipped elements). */
  private skipTo(at: number): void {
    if (at > this.srcPos) {
      this.stage.record(this.srcPos, at, this.outLen, 0);
      this.srcPos = at;
    }
  }

  /** Copy source[start, end) as it is. */
  copy(start: number, end: number): void {
    if (start < this.srcPos) start = this.srcPos; // overlapping nodes: never emit a source range twice
    if (end <= start) return;
    this.skipTo(start);
    this.parts.push(this.source.slice(start, end));
    this.outLen += end - start;
    this.srcPos = end;
  }

  /** Emit `text` in place of source[start, end) (an entity, a cell separator, an inserted line break). */
  replace(start: number, end: number, text: string): void {
    if (start < this.srcPos) start = this.srcPos;
    if (end < start) end = start;
    this.skipTo(start);
    if (end - start !== text.length) this.stage.record(start, end, this.outLen, text.length);
    this.parts.push(text);
    this.outLen += text.length;
    this.srcPos = end;
  }

  /** The last character emitted, or "" at the start. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i] as string;
      if (p.length > 0) return p[p.length - 1] as string;
    }
    return '';
  }

  /** Make sure the output ends with a line break, inserted at source position `at`. */
  newline(at: number): void {
    const last = this.lastChar();
    if (last !== '' && last !== '\n') this.replace(Math.max(at, this.srcPos), Math.max(at, this.srcPos), '\n');
  }

  finish(): { text: string; map: OffsetMap } {
    this.skipTo(this.source.length);
    return { text: this.parts.join(''), map: new OffsetMap([this.stage]) };
  }
}

/** Read a markup source: decode the bytes, let `walk` copy what is text into a builder, return text and map. */
export function buildFrom(source: string, walk: (b: TextBuilder) => void): { text: string; map: OffsetMap } {
  const b = new TextBuilder(source);
  walk(b);
  return b.finish();
}

/**
 * A builder whose pieces may come from anywhere in the source, in any order: every copied
 * run records where it starts, so a table read column by column (the left cell's lines,
 * then the right cell's, each a slice of several source lines) still maps every offset of
 * the text back into the source. Nothing is dropped implicitly: what is not copied,
 * replaced or inserted simply has no text.
 */
export class AnchoredBuilder {
  private readonly parts: string[] = [];
  private readonly stage = new OffsetStage();
  private outLen = 0;

  constructor(private readonly source: string) {}

  get length(): number {
    return this.outLen;
  }

  /** Copy source[start, end) as it is. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.stage.record(start, start, this.outLen, 0);
    this.parts.push(this.source.slice(start, end));
    this.outLen += end - start;
  }

  /** Emit `text` for source[start, end) (markup read as a line break, a run that could not be aligned). */
  replace(start: number, end: number, text: string): void {
    if (text === '') return;
    this.stage.record(start, Math.max(start, end), this.outLen, text.length);
    this.parts.push(text);
    this.outLen += text.length;
  }

  /** Emit `text` standing for nothing in the source, placed at source position `at`. */
  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  /** The last character emitted, or "" at the start. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i] as string;
      if (p.length > 0) return p[p.length - 1] as string;
    }
    return '';
  }

  /** Make the output end with `count` line breaks (or more), inserted at source position `at`; nothing at the very start. */
  breakLines(at: number, count: number): void {
    if (this.outLen === 0) return;
    let have = 0;
    for (let i = this.parts.length - 1; i >= 0 && have < count; i--) {
      const p = this.parts[i] as string;
      let k = p.length - 1;
      while (k >= 0 && p[k] === '\n' && have < count) {
        have++;
        k--;
      }
      if (k >= 0) break;
    }
    if (have < count) this.insert(at, '\n'.repeat(count - have));
  }

  finish(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap([this.stage]) };
  }
}
