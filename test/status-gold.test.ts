import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, amendmentHistory, dataQuality } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

/**
 * Legal status on a day against hand-checked gold (fixtures/status/gold.json, notes in its README): for each
 * document and date, the status a lawyer reads from the texts of ../shared/corpus. The whole shared corpus is
 * ingested once; each entry's document is found by its number. The test split's figures are printed, its errors
 * are not (it stays apart from tuning). The spent split is the entries of half the test split's documents, chosen by a
 * seeded hash and read on 2026-12-03 (fixtures/status/README.md): its errors are printed, its figures apart.
 */
interface Entry { document: string; at: string; status: string; split: 'dev' | 'spent' | 'test'; note: string }
// what the code reaches, rounded down, as a guard against regressions (the issue's target, 0.95, is not met on test).
// History: with batch E (2026-12-03 morning) dev .977 on 128 entries, test .831. Batch F's 68 dev entries (documents
// replaced, partly repealed, amended) landed under it; after the round on their classes dev is .949 on 196 entries and
// test .867. The dev floor is set on that larger dev set. After the next round (scope article guides, amending
// headings in capitals, parts listed after 'các quy định sau trong', legislature-less numbers, successions a consolidated
// text reproduces) dev is .963 on 214 entries (with batch G's), test .876 on 105. Batch H's entries then landed (dev 230, test
// 126: dev .939, test .841 on the code of their arrival); after the round on status phrases, typing slips and entries named by
// title and date, dev .961, test .849. The fall on test is batch H's held-apart entries, measured before any rule for
// them (.886 → .841 when they landed), not a regression: the test floor is reset on the 126 test entries. With the
// document's last day in force on its node (`expires`), dev .970 on 230, test .857 on 126.
// Half of the test documents became the spent split on 2026-12-03, before any error was read: spent .887 on 62 entries,
// test (the blind half) .844 on 64. After the round on the spent half (kept provisions until a stated day, each act's own
// day, one spent entry corrected): spent .935, test .891; with every actor of a status phrase, test .906. Half of what
// stayed blind was spent that night (25 documents, hash salt "spent-2-2026-12-03"): those 29 entries .897, the 35 left
// blind .914, spent as a whole .923 on 91; after the round on them dev .978, spent .945, test .943. With a document's own
// conditional end (unknown until its last day): dev .983, spent .956, test .971, one of whose entries had been seen
// (fixtures/status/README.md, "Two test entries seen"). With the laws a cited amending law's title names (107/2016, amended
// by name only in the title of 90/2025): dev .987. With the convention of 2026-12-06 (an amending act ended with the base its
// successor replaces is replaced; six entries changed, fixtures/relations/README.md), spent .956: an amending decree whose base
// the gold reads repealed and the code replaced. Each split's floor is what it measures now, rounded down.
const FLOORS = { dev: 0.98, spent: 0.95, test: 0.97 };

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'status', 'gold.json'), 'utf8')) as Entry[];

describe('legal status on a day against hand-checked gold (fixtures/status)', () => {
  let corpus: Corpus;
  const bySymbol = new Map<string, string[]>();
  beforeAll(async () => {
    // as `vanban ingest` reads it: with the folders' manifests
    corpus = await Corpus.fromFolder(join(SHARED, 'corpus'), { manifests: true });
    corpus.graph.forEachNode((key, a) => {
      const symbol = key.replace(/^(?:vn|dang):/, '').replace(/[@#~].*$/, '');
      bySymbol.set(symbol, [...(bySymbol.get(symbol) ?? []), key]);
      // a document the texts name without a number is written in the gold by its name and date, "Pháp lệnh Đê điều
      // (2000-08-24)" (the form of the relation gold's targets): it is the node of that name and date
      if (a.number === null && a.date) {
        for (const name of (a as { names?: string[] }).names ?? []) {
          const written = `${name.normalize('NFC').toLowerCase()} (${a.date})`;
          bySymbol.set(written, [...new Set([...(bySymbol.get(written) ?? []), key])]);
        }
      }
    });
  }, 120_000);

  // issue 16: a citation of a document adopted after the citing one is an error to fix, and none may come from
  // resolving names or misreading dates
  it('no document of the shared corpus cites a document adopted after it', () => {
    expect(dataQuality(corpus).filter((f) => f.kind === 'cites-a-later-document').map((f) => f.detail)).toEqual([]);
  });

  it('the gold holds at least 50 documents', () => {
    expect(new Set(gold.map((g) => g.document)).size).toBeGreaterThanOrEqual(50);
  });

  for (const split of ['dev', 'spent', 'test'] as const) {
    it(`${split}: status right for ≥ ${FLOORS[split]} of the entries`, () => {
      const entries = gold.filter((g) => g.split === split);
      const wrong: string[] = [];
      let right = 0;
      const confusion = new Map<string, number>();
      for (const g of entries) {
        const keys = bySymbol.get(g.document) ?? bySymbol.get(g.document.normalize('NFC').toLowerCase()) ?? [];
        const got = keys.length === 1 ? amendmentHistory(corpus.graph, keys[0] as string, { at: g.at }).status : keys.length === 0 ? 'not in the graph' : `ambiguous (${keys.length} nodes)`;
        if (got === g.status) right++;
        else {
          wrong.push(`${g.document} on ${g.at}: got ${got}, gold ${g.status}`);
          confusion.set(`${g.status} → ${got}`, (confusion.get(`${g.status} → ${got}`) ?? 0) + 1);
        }
      }
      const accuracy = right / entries.length;
      console.log(`status ${split}: ${right}/${entries.length} right (${accuracy.toFixed(3)}); errors by kind: ${[...confusion].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      if (split !== 'test') for (const w of wrong) console.log('  ' + w);
      expect(accuracy).toBeGreaterThanOrEqual(FLOORS[split]);
    }, 60_000);
  }
});
