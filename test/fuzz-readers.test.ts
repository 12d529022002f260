import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module shared with bench/fuzz.mjs, no declarations
import { campaign } from '../bench/fuzz-inputs.mjs';
import { extract } from '../src/cite/index.js';
import { ReadError, readDocument } from '../src/doc/index.js';

/**
 * The short version of the input-side fuzz campaign (bench/fuzz.mjs runs 10^6): generated .txt, .md, .html
 * and damaged .docx files through `extract` and `readDocument`. A file may be refused (a ReadError with its
 * reason); nothing may throw anything else, every citation's offsets must give back its text, and no input
 * of these sizes may take a second.
 */

interface Result {
  counts: Record<'inputs' | 'read' | 'refused' | 'throw' | 'offset' | 'slow', number>;
  byFormat: Record<string, { inputs: number; read: number; refused: number }>;
  examples: Array<{ kind: string; where: string; detail: string; format: string }>;
}

describe('fuzz: generated files of every format through extract and readDocument', () => {
  it('3000 inputs: no throw but ReadError, no offset error, none slow', async () => {
    const { counts, byFormat, examples } = (await campaign({ extract, readDocument, ReadError }, { count: 3000, seed: 18, slowMs: 1000 })) as Result;
    console.log(JSON.stringify({ counts, byFormat }));
    for (const e of examples.slice(0, 5)) console.log(e.kind, e.where, e.format, e.detail);
    expect(counts.inputs).toBe(3000);
    expect(examples.map((e) => `${e.kind} ${e.where}: ${e.detail}`)).toEqual([]);
    expect({ throw: counts.throw, offset: counts.offset, slow: counts.slow }).toEqual({ throw: 0, offset: 0, slow: 0 });
    // the campaign reaches what it is for: each format read and refused, not only one or the other
    for (const f of ['txt', 'md', 'html', 'docx']) expect(byFormat[f]?.read).toBeGreaterThan(100);
    expect(byFormat.docx?.refused).toBeGreaterThan(50);
  }, 60_000);
});

describe('what the fuzz campaign found, kept', () => {
  it('a citation running from one Markdown table cell into the next has a source span covering all of it', async () => {
    // cells are read column by column: "18-NQ/TW" (row 1, cell 2) comes before "số" (row 2, cell 1) in the source
    const md = '+-----------+----------+\n| Nghị định | 18-NQ/TW |\n| số        | x        |\n+-----------+----------+\n';
    const d = await readDocument(Buffer.from(md), { path: 'a.md' });
    const c = d.citations[0];
    expect(c?.text).toBe('Nghị định số\n18-NQ/TW');
    const { start, end } = c?.source ?? { start: 0, end: 0 };
    expect(start).toBeLessThanOrEqual(end);
    for (const piece of ['Nghị định', 'số', '18-NQ/TW']) {
      const at = md.indexOf(piece);
      expect(at >= start && at + piece.length <= end, piece).toBe(true);
    }
  });

  it('an HTML character reference past the last code point is the parser\'s U+FFFD, not a RangeError', async () => {
    const d = await readDocument(Buffer.from('<p>&#9999999; Nghị định số 04/2015/NĐ-CP &#x110;</p>'), { path: 'a.html' });
    expect(d.text).toBe('\uFFFD Nghị định số 04/2015/NĐ-CP Đ\n');
    expect(d.citations.map((c) => c.text)).toEqual(['Nghị định số 04/2015/NĐ-CP']);
  });
});
