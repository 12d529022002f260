import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStartIn } from '../src/cite/line-starts.js';

// the readers' line starts stand for `text.lastIndexOf('\n', at - 1) + 1` (0 at 0: lastIndexOf would look at the first character) (src/cite/line-starts.ts), kept for the last texts asked
// about: the answer must not depend on which texts were asked about before, nor on a text being a copy of one kept
describe('lineStartIn', () => {
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'đ'), maxLength: 80 });

  it('gives the start of the line a position is on, as lastIndexOf does, at every position', () => {
    fc.assert(fc.property(text, (t) => {
      for (let at = 0; at <= t.length; at++) expect(lineStartIn(t, at), `${JSON.stringify(t)} at ${at}`).toBe(at === 0 ? 0 : t.lastIndexOf('\n', at - 1) + 1);
    }), { numRuns: 300 });
  });

  it('answers for each text, whatever texts (more than it keeps, copies of the same one) were asked about in between', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }), (texts, asks) => {
      for (const [i, p] of asks) {
        const t = texts[i % texts.length] as string;
        // (a copy with the same characters, another string object)
        const asked = i % 2 === 0 ? t : [...t].join('');
        const at = p % (t.length + 1);
        expect(lineStartIn(asked, at)).toBe(at === 0 ? 0 : t.lastIndexOf('\n', at - 1) + 1);
      }
    }), { numRuns: 300 });
  });
});
