import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportedActs } from '../src/doc/consolidated.js';
import { readDocument } from '../src/doc/index.js';
import { SHARED } from './helpers/score.js';

/**
 * A consolidated text's notes against the relation gold (fixtures/relations, issue 16): "2 Khoản này được sửa đổi, bổ sung theo
 * quy định tại khoản 1 Điều 1 của Luật số 46/2014/QH13 …" reports that 46/2014 amended the clause of the base where the note's
 * mark ("1.2 Bảo hiểm y tế là …") sits. The gold keys each such report at the acting document's mention in the note, with the
 * base as its object and the base's provision as its scope (read from the mark). Scored: the act found at that mention with
 * its relation and every provision of the gold's scope named in its part (or, for a provision of an amending act the text
 * reproduces, on the base's mention with its places). Dev and spent errors are printed; test figures only.
 */
interface GoldScope { whole: boolean; articles: string[]; clauses: string[]; points: string[]; annexes: string[] }
interface GoldRelation { text: string; start: number; end: number; relation: string; direction: string; object?: string | null; target: string; scope: GoldScope | null }
interface GoldDoc { file: string; split: 'dev' | 'spent' | 'test'; relations: GoldRelation[] }

const DIR = join(import.meta.dirname, '..', 'fixtures', 'relations');
const gold = readdirSync(DIR)
  .filter((f) => /^batch-.*\.json$/.test(f))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldDoc[]);

// what each split reaches, rounded down. First measured 2026-12-04 before the marks were read (every part was the note's own
// "Khoản này", "Điều này"): dev 0/391, spent 1/67, test 0/77; with the marks read (tuned on dev, then on spent's forms and
// points): dev .959, spent .955, test .805 (test read for its figure only); acts read from notes that the gold has .997 / .986
// / 1.000, and 1.000 on each once a line without a number had to open with "… này" (the status gold caught a sentence of a base
// read as a note). Two dev entries corrected after reading their errors (the mark in khoản 2, fixtures/relations/README.md): dev
// .964.
// The test split was spent on 2026-12-05 (fixtures/relations/README.md, "Spending the blind quarter"): spent as a whole then
// .875 (126/144), precision 1.000.
const FLOORS = { dev: { found: 0.95, precision: 0.99 }, spent: { found: 0.87, precision: 0.99 } };

/** The provisions the gold's scope names, as a part names them ("khoản 1 Điều 2", "điểm a khoản 2 Điều 12", "Phụ lục II"). */
const provisions = (s: GoldScope): string[] => [...s.articles.map((a) => `Điều ${a}`), ...s.clauses.map((c) => `khoản ${c}`), ...s.points.map((p) => `điểm ${p}`), ...s.annexes.map((a) => (a.startsWith('Mẫu') ? a : `Phụ lục ${a}`))];

describe("a consolidated text's notes: the act, its actor and the base's provision (fixtures/relations)", () => {
  for (const split of ['dev', 'spent'] as const) {
    it(`${split}: acts of notes found with their pinpoint ≥ ${FLOORS[split].found}, acts read from notes right ≥ ${FLOORS[split].precision}`, async () => {
      let total = 0;
      let found = 0;
      // precision: every act read from a note of a consolidated text the gold annotates, right when the gold has that act
      // (relation, at that mention, reported) whatever its scope
      let predicted = 0;
      let right = 0;
      const errors: string[] = [];
      for (const d of gold.filter((x) => x.split === split)) {
        const bases = new Set(d.relations.filter((r) => r.relation === 'consolidates' && r.direction === 'outgoing').map((r) => r.target));
        if (bases.size === 0) continue;
        const notes = d.relations.filter((r) => r.direction === 'reported' && r.object && bases.has(r.object) && r.scope && provisions(r.scope).length > 0);
        const doc = await readDocument(join(SHARED, 'corpus', d.file));
        const acts = reportedActs(doc.text, doc.citations).map((a) => ({ ...a, at: doc.citations[a.index] as { start: number; end: number } }));
        for (const a of acts) {
          predicted++;
          if (d.relations.some((g) => g.direction === 'reported' && g.start < a.at.end && a.at.start < g.end && (g.relation === a.relation || (g.relation === 'replaces' && a.relation === 'repeals')))) right++;
          else errors.push(`  spurious ${d.file}@${a.at.start} ${a.relation} "${a.part}"`);
        }
        for (const g of notes) {
          total++;
          const want = provisions(g.scope as GoldScope);
          const same = (r: string): boolean => r === g.relation || (g.relation === 'replaces' && r === 'repeals');
          const act = acts.find((a) => a.at.start < g.end && g.start < a.at.end && same(a.relation));
          const part = act?.part.toLowerCase() ?? '';
          // (a provision of an amending act the text reproduces reports it on the base's mention, with the base's places: "4. Bãi
          // bỏ … b) Khoản 2 Điều 4 của Luật Bảo hiểm y tế số 25/2008/QH12")
          const reproduced = doc.citations.find((c) => c.start < g.end && g.start < c.end && [c.asserted, ...(c.alsoAsserted ?? [])].some((x) => x && same(x.relation)));
          const reproducedPart = (reproduced?.scope?.part ?? reproduced?.pinpoint?.text ?? '').toLowerCase();
          if ((act && want.every((w) => part.includes(w.toLowerCase()))) || (reproduced && want.every((w) => reproducedPart.includes(w.toLowerCase())))) found++;
          else errors.push(`  ${d.file}@${g.start} ${g.relation} ${want.join('; ')}: got ${act ? `${act.relation} "${act.part}"` : 'no act'}`);
        }
      }
      const share = total ? found / total : 1;
      const precision = predicted ? right / predicted : 1;
      console.log(`consolidated notes ${split}: ${found}/${total} acts found with the base's provision (${share.toFixed(3)}); acts read from notes that the gold has: ${right}/${predicted} (${precision.toFixed(3)})\n${errors.slice(0, 40).join('\n')}${errors.length > 40 ? `\n  … ${errors.length - 40} more` : ''}`);
      expect(share).toBeGreaterThanOrEqual(FLOORS[split].found);
      expect(precision).toBeGreaterThanOrEqual(FLOORS[split].precision);
    }, 120_000);
  }
});
