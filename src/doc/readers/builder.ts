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
