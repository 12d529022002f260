/**
 * The start of the line that holds a position, found in the text's line starts rather than by `lastIndexOf('\n', …)`: the
 * readers ask it for every mention and status phrase, and a text of one long line (a database's export, a pasted page) made
 * each such scan run back to the text's start, quadratic in its length.
 */

import { lineIndexAt, lineStarts } from './layout.js';

// (the readers ask about one text many times in a row, then the next: the starts of the last few texts asked about are kept, the
// most recent first, so that a caller alternating between a text and a part of it does not count either's lines again)
const KEPT = 4;
const kept: Array<{ text: string; starts: number[] }> = [];

function startsOf(text: string): number[] {
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as { text: string; starts: number[] };
    // (strings are compared by content only when the lengths agree, and not at all when they are one object: the entry keeps the
    // object last asked about, so that a copy of a text kept (the same text read again) is compared once, not at every call)
    if (k.text === text) {
      k.text = text;
      if (i > 0) kept.unshift(...kept.splice(i, 1));
      return k.starts;
    }
  }
  const starts = lineStarts(text);
  kept.unshift({ text, starts });
  if (kept.length > KEPT) kept.pop();
  return starts;
}

/** The start of the line `at` is on (`at` itself when a line break is right before it): `text.lastIndexOf('\n', at - 1) + 1`. */
export function lineStartIn(text: string, at: number): number {
  if (at <= 0) return 0;
  const starts = startsOf(text);
  return starts[lineIndexAt(starts, at)] as number;
}
