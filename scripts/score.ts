// Developer tool: print the accuracy of the extractor on the gold sets, with the errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCitations } from '../src/cite/index.js';
import { emptyTally, loadGold, report, scoreDocument, SHARED } from '../test/helpers/score.js';

const sets: Array<[string, string, string]> = [
  ['seeds', join(SHARED, 'gold', 'seeds.json'), join(SHARED, 'corpus', 'seeds')],
  ['fixtures', join(import.meta.dirname, '..', 'fixtures', 'gold'), join(SHARED, 'corpus')],
];
const verbose = process.argv.includes('-v');
for (const [name, goldPath, root] of sets) {
  const files = goldPath.endsWith('.json') ? [goldPath] : ['a', 'b', 'c', 'd', 'e'].map((b) => join(goldPath, `batch-${b}.json`));
  const t = emptyTally();
  for (const f of files) for (const g of loadGold(f)) {
    const text = readFileSync(join(root, g.file), 'utf8');
    scoreDocument(g.file, g.citations, extractCitations(text), t);
  }
  console.log(report(name, t));
  if (verbose) {
    for (const m of t.misses) console.log('  MISS ', m);
    for (const m of t.extras) console.log('  EXTRA', m);
    for (const m of t.wrong) console.log('  WRONG', m);
  }
}
