import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { sectionPathAt } from '../src/doc/structure.js';
import type { Section } from '../src/doc/schema.js';
import { RATIO_BOUND, SHAPES, timeInChild, type Timing } from './helpers/linear-shapes.js';

/**
 * Issue 18.2: reading is linear in the input, on the shapes that were not. Each shape is read at n and
 * at 4n characters; the time of 4n must stay within RATIO_BOUND (8) times the time of n (a quadratic reader
 * takes 16).
 * The timing is the CPU time of a process of its own, the collector run before each read and its young generation
 * large enough for the inputs: otherwise the larger input's allocations move the collector into a
 * costlier regime (measured 7-11 times at 4n on shapes that are linear from 100 KB to 1.6 MB).
 */


describe(`reading time is linear in the input (time of 4n ≤ ${RATIO_BOUND} × time of n)`, () => {
  let results = new Map<string, Timing>();
  beforeAll(async () => {
    results = await timeInChild('read', 120_000);
  }, 150_000);

  it.each(SHAPES.map((s) => s.name))('%s', (name) => {
    const r = results.get(name);
    expect(r).toBeDefined();
    const { n, small, large } = r as { n: number; small: number; large: number };
    console.log(`${name}: n=${n} ${small.toFixed(1)} ms, 4n ${large.toFixed(1)} ms, ratio ${(large / small).toFixed(2)}`);
    expect(large / small).toBeLessThanOrEqual(RATIO_BOUND);
  });
});

describe('sectionPathAt', () => {
  // the scan it replaced: the deepest section holding the position
  const scan = (sections: readonly Section[], pos: number): string[] => {
    let best: Section | null = null;
    for (const s of sections) if (s.start <= pos && pos < s.end && (!best || s.path.length > best.path.length)) best = s;
    return best ? [...best.path] : [];
  };

  it('answers as the scan did at every position of a real structure', async () => {
    const text = ['QUYẾT ĐỊNH:', 'Chương I', 'Điều 1. Phạm vi', '1. Một', 'a) điểm a', 'b) điểm b', '2. Hai', 'Điều 2. Khác', 'Chương II', 'Mục 1', 'Điều 3. Ba', '1. Một', 'PHỤ LỤC I', 'I. Mục', '1. Một'].join('\n');
    const d = await readDocument(Buffer.from(text), { path: 'a.txt' });
    expect(d.sections.length).toBeGreaterThan(10);
    for (let pos = -1; pos <= d.text.length + 1; pos++) expect(sectionPathAt(d.sections, pos)).toEqual(scan(d.sections, pos));
  });
});
