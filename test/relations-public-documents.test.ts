import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { disagreements, readPassage, type KeyReading, type Passage } from './helpers/drafting-score.js';

/**
 * The public documents round (fixtures/relations/public-documents.json; README "Public documents round"): 35 real Gazette
 * texts from the repository the corpus's phapluat8chude/ was drawn from, files the corpus does not hold, each with the
 * reading a lawyer expects for every document it cites by number, written by reviewers who neither ran nor read the code.
 * It is the held-apart measure of the relation reading since the corpus gold's test split was spent (2026-12-05), so only
 * aggregates are printed: never a disagreement, a document or a key. Floors: what the code reaches, rounded down.
 */
// when it landed, on the code of 71241f4: 29/35 documents, 215/237 cited documents, reported acts 26/27; own acts P 1.000 on every
// relation, R amends .889 (8/9), guides .714 (5/7), repeals .222 (4/18, 14 of them in one repealing circular), replaces 1.000
// (10/10), corrects 1/1. The same with the rules written from the spent blind quarter.
const FLOORS = { documents: 0.82, keys: 0.9 };

interface Round { passages: Array<Passage & { reviewer: string; source: { repo: string; path: string; commit: string } }> }
const round = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'relations', 'public-documents.json'), 'utf8')) as Round;

/** The own acts of a reading ("amends/part+repeals/part" → ["amends/part", "repeals/part"]; cites and reports dropped). */
const ownActs = (reading: string): string[] => reading.split('+').filter((x) => x !== '' && x !== 'cites' && !x.startsWith('asserted:'));
const relationOf = (act: string): string => act.split('/')[0] as string;

describe('the public documents round: real acts nobody tuned on (fixtures/relations/public-documents.json), aggregates only', () => {
  it(`reads at least ${FLOORS.documents} of the documents and ${FLOORS.keys} of the cited documents as a lawyer does`, async () => {
    expect(round.passages.length).toBe(35);
    const families = new Map<string, [number, number]>();
    const byRelation = new Map<string, { expected: number; found: number; predicted: number; right: number }>();
    const tally = (relation: string) => byRelation.get(relation) ?? (byRelation.set(relation, { expected: 0, found: 0, predicted: 0, right: 0 }).get(relation) as { expected: number; found: number; predicted: number; right: number });
    let keys = 0;
    let keysRight = 0;
    let reports = 0;
    let reportsFound = 0;
    let documentsRight = 0;
    for (const p of round.passages) {
      const { citations } = await readDocument(Buffer.from(p.text, 'utf8'), { path: 'passage.txt' });
      const reading = readPassage(p, citations);
      const right = reading.keys.every((k) => k.ok) && reading.unexpected.length === 0;
      if (right) documentsRight++;
      const f = families.get(p.family) ?? [0, 0];
      families.set(p.family, [f[0] + 1, f[1] + (right ? 1 : 0)]);
      for (const k of reading.keys as KeyReading[]) {
        keys++;
        if (k.ok) keysRight++;
        const expectedActs = ownActs(k.held);
        const gotActs = ownActs(k.got);
        for (const a of expectedActs) {
          const t = tally(relationOf(a));
          t.expected++;
          if (gotActs.includes(a)) t.found++;
        }
        for (const a of gotActs) {
          const t = tally(relationOf(a));
          t.predicted++;
          if (expectedActs.includes(a)) t.right++;
        }
        for (const r of k.held.split('+').filter((x) => x.startsWith('asserted:'))) {
          reports++;
          if (k.reported.includes(r)) reportsFound++;
        }
      }
      for (const u of reading.unexpected) for (const a of u.acts) tally(relationOf(a)).predicted++;
    }
    const documents = documentsRight / round.passages.length;
    const keyShare = keysRight / keys;
    console.log(
      `public documents round: ${documentsRight}/${round.passages.length} documents read as a lawyer does (${documents.toFixed(3)}); ${keysRight}/${keys} cited documents (${keyShare.toFixed(3)}); reported acts found ${reportsFound}/${reports}\n` +
        [...families].sort().map(([k, [n, r]]) => `  ${k.padEnd(10)} ${r}/${n}`).join('\n') +
        '\n' +
        [...byRelation].sort().map(([k, t]) => `  ${k.padEnd(10)} expected ${String(t.expected).padStart(3)}  found ${String(t.found).padStart(3)}  predicted ${String(t.predicted).padStart(3)}  right ${String(t.right).padStart(3)}  P=${(t.predicted ? t.right / t.predicted : 1).toFixed(3)} R=${(t.expected ? t.found / t.expected : 1).toFixed(3)}`).join('\n'),
    );
    expect(documents).toBeGreaterThanOrEqual(FLOORS.documents);
    expect(keyShare).toBeGreaterThanOrEqual(FLOORS.keys);
  });
});

// the second round (public-documents-tuning.json): 14 longer texts (30 000 to 60 000 characters) of the same repository, read and
// tuned on. When it landed, on the code of dce12eb: 9/14 documents, 196/220 cited documents (the scorer folding Cyrillic letters
// that look Latin in a number, as the reader does); with the rules written from it (test/relations-public-tuning.test.ts), 11/14
// and 208/220 (the held round unmoved); with a places cell's dashed lines and the Prime Minister's decision a circular cannot end,
// 212/220.
const TUNING_FLOORS = { documents: 0.78, keys: 0.96 };
const tuning = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'relations', 'public-documents-tuning.json'), 'utf8')) as Round;

describe('the public documents round 2, for tuning (fixtures/relations/public-documents-tuning.json): every disagreement printed', () => {
  it(`reads at least ${TUNING_FLOORS.documents} of the documents and ${TUNING_FLOORS.keys} of the cited documents as a lawyer does`, async () => {
    expect(tuning.passages.length).toBe(14);
    let right = 0;
    let keys = 0;
    let keysRight = 0;
    const lines: string[] = [];
    for (const p of tuning.passages) {
      const { citations } = await readDocument(Buffer.from(p.text, 'utf8'), { path: 'passage.txt' });
      const reading = readPassage(p, citations);
      keys += reading.keys.length;
      keysRight += reading.keys.filter((k) => k.ok).length;
      const wrong = disagreements(p, citations);
      if (wrong.length === 0) right++;
      else lines.push(`  [${p.family}] ${p.type} ${p.number} (${p.source.path}):\n    ${wrong.join('\n    ')}`);
    }
    console.log(`public documents round 2 (tuning): ${right}/${tuning.passages.length} documents, ${keysRight}/${keys} cited documents read as a lawyer does\ndisagreements:\n${lines.join('\n')}`);
    expect(right / tuning.passages.length).toBeGreaterThanOrEqual(TUNING_FLOORS.documents);
    expect(keysRight / keys).toBeGreaterThanOrEqual(TUNING_FLOORS.keys);
  });
});
