import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitations, type Citation } from '../src/cite/index.js';
import { SHARED } from './helpers/score.js';

/**
 * Documents cited by name in the classes vanban used to miss (fixtures/named/gold.json, notes in its README):
 * the Party's charter and congress documents, programmes and projects cited by their title, laws in lower case
 * or with abbreviations, names broken by a line wrap. Recall: a gold citation is found when a citation of its type
 * overlaps its span. Precision: predicted citations overlapping a look-alike the gold lists as none are false. Printed
 * per class and split; only the dev misses are listed.
 */
interface Span { text: string; start: number; end: number; type?: string }
interface Entry { file: string; split: 'dev' | 'test'; class: string; citations: Span[]; none?: Array<Span & { outOfClass?: true }> }
// the targets: recall ≥ 0.95 at precision ≥ 0.97 on the new classes; the recall floor is what the code reaches,
// rounded down (dev 1.000 at precision 0.990, test 1.000 at 1.000, with abbreviations inside names and wrapped names read);
// the look-alike still taken is a glossary row ("Luật PPP" alone on its line in a table of abbreviations)
const FLOORS = { dev: { recall: 0.99, precision: 0.97 }, test: { recall: 0.99, precision: 0.97 } };

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'named', 'gold.json'), 'utf8')) as Entry[];
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

describe('named citations of the classes once missed (fixtures/named)', () => {
  const found = new Map<string, Citation[]>();
  const citationsOf = (file: string): Citation[] => {
    let cs = found.get(file);
    if (!cs) found.set(file, (cs = extractCitations(readFileSync(join(SHARED, 'corpus', file), 'utf8'))));
    return cs;
  };

  it('the gold has every class and every span slices its file', () => {
    expect(new Set(gold.map((g) => g.class)).size).toBeGreaterThanOrEqual(4);
    for (const g of gold) {
      const text = readFileSync(join(SHARED, 'corpus', g.file), 'utf8');
      for (const c of [...g.citations, ...(g.none ?? [])]) expect(text.slice(c.start, c.end), `${g.file}@${c.start}`).toBe(c.text);
    }
  });

  for (const split of ['dev', 'test'] as const) {
    it(`${split}: recall and precision per class, printed`, () => {
      const rows = new Map<string, { gold: number; found: number; none: number; falsePositive: number }>();
      const misses: string[] = [];
      for (const g of gold.filter((x) => x.split === split)) {
        const cs = citationsOf(g.file);
        const r = rows.get(g.class) ?? { gold: 0, found: 0, none: 0, falsePositive: 0 };
        rows.set(g.class, r);
        // found: a citation over the span with the gold's type ("Bộ Luật Dân sự" read as a law named "Dân sự" is a miss)
        for (const c of g.citations) {
          r.gold++;
          const over = cs.filter((p) => overlaps(p, c));
          if (over.some((p) => p.type === c.type)) r.found++;
          else if (over.length > 0) misses.push(`wrong type ${g.class} ${g.file}@${c.start} ${JSON.stringify(c.text)} ${c.type} read as ${over.map((p) => p.type).join(', ')}`);
          else misses.push(`missed   ${g.class} ${g.file}@${c.start} ${JSON.stringify(c.text)}`);
        }
        // a look-alike that is a citation of another class is read right whatever the class; a defined name
        // ("(sau đây gọi là Luật PPP)") read as the alias of the citation before it is what the gold says it is
        for (const n of (g.none ?? []).filter((x) => !x.outOfClass)) {
          r.none++;
          const p = cs.find((x) => overlaps(x, n) && x.role !== 'alias' && !g.citations.some((c) => overlaps(c, x)));
          if (p) {
            r.falsePositive++;
            misses.push(`spurious ${g.class} ${g.file}@${n.start} ${JSON.stringify(n.text)} read as ${JSON.stringify(p.text)}`);
          }
        }
      }
      let goldAll = 0;
      let foundAll = 0;
      let fpAll = 0;
      const lines: string[] = [];
      for (const [cls, r] of [...rows].sort()) {
        goldAll += r.gold;
        foundAll += r.found;
        fpAll += r.falsePositive;
        lines.push(`  ${cls.padEnd(16)} recall ${r.found}/${r.gold}  look-alikes taken ${r.falsePositive}/${r.none}`);
      }
      const recall = goldAll ? foundAll / goldAll : 1;
      const precision = foundAll + fpAll ? foundAll / (foundAll + fpAll) : 1;
      console.log(`named ${split}: recall ${recall.toFixed(3)}, precision on look-alikes ${precision.toFixed(3)}\n${lines.join('\n')}`);
      if (split === 'dev') for (const m of misses) console.log('  ' + m);
      expect(recall).toBeGreaterThanOrEqual(FLOORS[split].recall);
      expect(precision).toBeGreaterThanOrEqual(FLOORS[split].precision);
    });
  }
});
