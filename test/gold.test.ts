import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../src/cite/index.js';
import { emptyTally, f1, loadGold, report, scoreDocument, SHARED, type GoldFile, type Tally } from './helpers/score.js';

/**
 * Accuracy against hand-checked gold: the five seed plans (../shared/gold/seeds.json)
 * and our own fixtures (fixtures/gold/batch-*.json, 32 documents of ../shared/corpus
 * annotated by reading, notes beside each batch). Scoring: spans matched by overlap;
 * a numbered citation is correct when number, year and date all agree; a named one
 * when it is found. The figures are printed on every run.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'gold');

function score(name: string, files: GoldFile[], root: string): Tally {
  const t = emptyTally();
  for (const g of files) scoreDocument(g.file, g.citations, extractCitations(readFileSync(join(root, g.file), 'utf8')), t);
  console.log(report(name, t));
  for (const line of [...t.misses.map((m) => 'missed   ' + m), ...t.extras.map((m) => 'spurious ' + m), ...t.wrong.map((m) => 'wrong    ' + m)]) {
    console.log('  ' + line);
  }
  return t;
}

describe('accuracy on hand-checked gold', () => {
  const seeds = loadGold(join(SHARED, 'gold', 'seeds.json'));
  const fixtureFiles = readdirSync(FIXTURES).filter((f) => /^batch-.*\.json$/.test(f)).sort();
  const fixtures = fixtureFiles.flatMap((f) => loadGold(join(FIXTURES, f)));

  it('the fixtures are as large and varied as promised, and every span slices its file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.reduce((n, f) => n + f.citations.length, 0)).toBeGreaterThanOrEqual(400);
    const folders = new Set(fixtures.map((f) => f.file.split('/')[0]));
    expect(folders.size).toBeGreaterThanOrEqual(4);
    for (const f of fixtures) {
      const text = readFileSync(join(SHARED, 'corpus', f.file), 'utf8');
      for (const c of f.citations) expect(text.slice(c.start, c.end), `${f.file}@${c.start}`).toBe(c.text);
    }
  });

  it('seeds: F1 ≥ 0.97', () => {
    const t = score('seeds (154 gold citations, 5 local plans)', seeds, join(SHARED, 'corpus', 'seeds'));
    expect(f1(t).f1).toBeGreaterThanOrEqual(0.97);
  });

  it('fixtures: F1 ≥ 0.97', () => {
    const t = score(`fixtures (${fixtures.length} documents)`, fixtures, join(SHARED, 'corpus'));
    expect(f1(t).f1).toBeGreaterThanOrEqual(0.97);
  });

  it('per family of source: F1 ≥ 0.97 on each folder with enough citations', () => {
    const byFolder = new Map<string, GoldFile[]>();
    for (const f of fixtures) {
      const folder = f.file.split('/')[0] as string;
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), f]);
    }
    for (const [folder, files] of byFolder) {
      const n = files.reduce((k, f) => k + f.citations.length, 0);
      const t = score(`  ${folder} (${files.length} documents)`, files, join(SHARED, 'corpus'));
      if (n >= 50) expect(f1(t).f1, folder).toBeGreaterThanOrEqual(0.97);
    }
  });
});
