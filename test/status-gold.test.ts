import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, amendmentHistory } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

/**
 * Legal status on a day against hand-checked gold (fixtures/status/gold.json, notes in its README): for each
 * document and date, the status a lawyer reads from the texts of ../shared/corpus. The whole shared corpus is
 * ingested once; each entry's document is found by its number. The test split's figures are printed, its errors
 * are not (it stays apart from tuning).
 */
interface Entry { document: string; at: string; status: string; split: 'dev' | 'test'; note: string }
// what the code reaches, rounded down (dev 0.647, test 0.686); the issue's target is 0.95. Most misses left are acts
// only a consolidated text's footnotes report (partial repeals by a third law), which are not read yet
const FLOORS = { dev: 0.6, test: 0.6 };

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'status', 'gold.json'), 'utf8')) as Entry[];

describe('legal status on a day against hand-checked gold (fixtures/status)', () => {
  let corpus: Corpus;
  const bySymbol = new Map<string, string[]>();
  beforeAll(async () => {
    corpus = await Corpus.fromFolder(join(SHARED, 'corpus'));
    corpus.graph.forEachNode((key) => {
      const symbol = key.replace(/^(?:vn|dang):/, '').replace(/[@#~].*$/, '');
      bySymbol.set(symbol, [...(bySymbol.get(symbol) ?? []), key]);
    });
  }, 120_000);

  it('the gold holds at least 50 documents', () => {
    expect(new Set(gold.map((g) => g.document)).size).toBeGreaterThanOrEqual(50);
  });

  for (const split of ['dev', 'test'] as const) {
    it(`${split}: status right for ≥ ${FLOORS[split]} of the entries`, () => {
      const entries = gold.filter((g) => g.split === split);
      const wrong: string[] = [];
      let right = 0;
      const confusion = new Map<string, number>();
      for (const g of entries) {
        const keys = bySymbol.get(g.document) ?? [];
        const got = keys.length === 1 ? amendmentHistory(corpus.graph, keys[0] as string, { at: g.at }).status : keys.length === 0 ? 'not in the graph' : `ambiguous (${keys.length} nodes)`;
        if (got === g.status) right++;
        else {
          wrong.push(`${g.document} on ${g.at}: got ${got}, gold ${g.status}`);
          confusion.set(`${g.status} → ${got}`, (confusion.get(`${g.status} → ${got}`) ?? 0) + 1);
        }
      }
      const accuracy = right / entries.length;
      console.log(`status ${split}: ${right}/${entries.length} right (${accuracy.toFixed(3)}); errors by kind: ${[...confusion].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      if (split === 'dev') for (const w of wrong) console.log('  ' + w);
      expect(accuracy).toBeGreaterThanOrEqual(FLOORS[split]);
    }, 60_000);
  }
});
