/**
 * Maps positions of a transformed string back to the string it came from.
 *
 * A stage records only the places where the length changed (deletions, NFC
 * composition, CRLF); one-to-one substitutions (quotes, dashes, look-alikes)
 * need no entry. Stages compose, so the final matching text maps back to the
 * original input through every step, and spans are always reported in the
 * caller's own UTF-16 offsets.
 */
/** Index of the last of the sorted `starts` that is <= p (or < p when strict), -1 if none: a binary search. */
function lastAtOrBefore(starts: readonly number[], p: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = starts[mid] as number;
    if (strict ? d < p : d <= p) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

export class OffsetStage {
  /** Parallel arrays, sorted by position: [srcStart, srcEnd) became [dstStart, dstEnd). */
  private readonly srcStart: number[] = [];
  private readonly srcEnd: number[] = [];
  private readonly dstStart: number[] = [];
  private readonly dstEnd: number[] = [];

  get size(): number {
    return this.srcStart.length;
  }

  /** Record that src[srcStart, srcEnd) became dst[dstStart, dstStart + dstLength). Calls must come in order. */
  record(srcStart: number, srcEnd: number, dstStart: number, dstLength: number): void {
    this.srcStart.push(srcStart);
    this.srcEnd.push(srcEnd);
    this.dstStart.push(dstStart);
    this.dstEnd.push(dstStart + dstLength);
  }

  /** Index of the last edit whose dstStart is <= p (or < p when strict), -1 if none. */
  private find(p: number, strict: boolean): number {
    return lastAtOrBefore(this.dstStart, p, strict);
  }

  /** Source position of the character at dst position p. */
  mapStart(p: number): number {
    const i = this.find(p, false);
    if (i < 0) return p;
    const dEnd = this.dstEnd[i] as number;
    if (p < dEnd) return this.srcStart[i] as number;
    return p - dEnd + (this.srcEnd[i] as number);
  }

  /** Index of the last edit whose srcStart is <= p (or < p when strict), -1 if none. */
  private findSource(p: number, strict: boolean): number {
    return lastAtOrBefore(this.srcStart, p, strict);
  }

  /** Destination position of the character at src position p (inside an edit: where the edit's result starts). */
  forwardStart(p: number): number {
    const i = this.findSource(p, false);
    if (i < 0) return p;
    if (p < (this.srcEnd[i] as number)) return this.dstStart[i] as number;
    return p - (this.srcEnd[i] as number) + (this.dstEnd[i] as number);
  }

  /** Destination position just after the character that ends at src position e (exclusive end). */
  forwardEnd(e: number): number {
    const i = this.findSource(e, true);
    if (i < 0) return e;
    if (e <= (this.srcEnd[i] as number)) return this.dstEnd[i] as number;
    return e - (this.srcEnd[i] as number) + (this.dstEnd[i] as number);
  }

  /** Source position just after the character that ends at dst position e (exclusive end). */
  mapEnd(e: number): number {
    const i = this.find(e, true);
    if (i < 0) return e;
    const dEnd = this.dstEnd[i] as number;
    if (e <= dEnd) return this.srcEnd[i] as number;
    return e - dEnd + (this.srcEnd[i] as number);
  }
}

/** A chain of stages, first applied first. */
export class OffsetMap {
  constructor(private readonly stages: readonly OffsetStage[] = []) {}

  /** True when no stage changed any length: offsets are the same in both strings. */
  get isIdentity(): boolean {
    return this.stages.every((s) => s.size === 0);
  }

  toOriginalStart(p: number): number {
    let q = p;
    for (let i = this.stages.length - 1; i >= 0; i--) q = (this.stages[i] as OffsetStage).mapStart(q);
    return q;
  }

  toOriginalEnd(e: number): number {
    let q = e;
    for (let i = this.stages.length - 1; i >= 0; i--) q = (this.stages[i] as OffsetStage).mapEnd(q);
    return q;
  }

  /**
   * Map a half-open span [start, end) of the original text to the transformed text, for a rule that reads the
   * transformed text around spans reported in the original's offsets.
   */
  toTransformed(start: number, end: number): { start: number; end: number } {
    let s = start;
    let e = end;
    for (const stage of this.stages) {
      s = stage.forwardStart(s);
      e = stage.forwardEnd(e);
    }
    return { start: s, end: end <= start ? s : Math.max(s, e) };
  }

  /** Map a half-open span [start, end) of the transformed text to the original text. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const s = this.toOriginalStart(start);
      return { start: s, end: s };
    }
    return { start: this.toOriginalStart(start), end: this.toOriginalEnd(end) };
  }
}
