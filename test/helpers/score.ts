import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Citation } from '../../src/cite/index.js';

/** One gold citation, in the format of ../shared/gold/ANNOTATION.md. */
export interface GoldCitation {
  text: string;
  start: number;
  end: number;
  kind: 'numbered' | 'named';
  number: string | null;
  type: string;
  year: number | null;
  date: string | null;
  issuer: string | null;
  relation: string;
}

export interface GoldFile {
  file: string;
  citations: GoldCitation[];
}

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');

export function loadGold(path: string): GoldFile[] {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile[];
}

export interface Tally {
  gold: number;
  predicted: number;
  /** numbered: overlap + number + year + date equal; named: overlap */
  correct: number;
  /** overlap only, any kind */
  detected: number;
  typeCorrect: number;
  relationCorrect: number;
  misses: string[];
  extras: string[];
  wrong: string[];
}

export const emptyTally = (): Tally => ({ gold: 0, predicted: 0, correct: 0, detected: 0, typeCorrect: 0, relationCorrect: 0, misses: [], extras: [], wrong: [] });

const canonNumber = (n: string | null): string | null =>
  n === null ? null : n.replace(/\s+/g, '').replace(/\u00D0/g, 'Đ');

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Score one document: greedy one-to-one matching in text order by span overlap. */
export function scoreDocument(file: string, gold: GoldCitation[], predicted: Citation[], t: Tally): void {
  t.gold += gold.length;
  t.predicted += predicted.length;
  const used = new Set<number>();
  for (const g of gold) {
    let hit = -1;
    for (let i = 0; i < predicted.length; i++) {
      if (used.has(i)) continue;
      const p = predicted[i] as Citation;
      if (overlaps(g, p)) {
        hit = i;
        break;
      }
      if (p.start >= g.end) break;
    }
    if (hit < 0) {
      t.misses.push(`${file}@${g.start} ${JSON.stringify(g.text)}`);
      continue;
    }
    used.add(hit);
    const p = predicted[hit] as Citation;
    t.detected++;
    if (p.type === g.type) t.typeCorrect++;
    if (p.relation === g.relation) t.relationCorrect++;
    const ok =
      g.kind === 'named'
        ? p.kind === 'named' || p.form === 'law-with-number'
        : canonNumber(p.number) === canonNumber(g.number) && p.year === g.year && p.date === g.date;
    if (ok) t.correct++;
    else t.wrong.push(`${file}@${g.start} ${JSON.stringify(g.text)} gold(${g.number},${g.year},${g.date}) got(${p.number},${p.year},${p.date})`);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) t.extras.push(`${file}@${p.start} ${JSON.stringify(p.text)}`);
  });
}

export function f1(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.correct / t.predicted : 1;
  const recall = t.gold ? t.correct / t.gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function report(name: string, t: Tally): string {
  const { precision, recall, f1: f } = f1(t);
  return `${name}: P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f.toFixed(3)} (gold ${t.gold}, predicted ${t.predicted}, correct ${t.correct}, detected ${t.detected}; type ${(t.typeCorrect / Math.max(1, t.detected)).toFixed(3)}, relation ${(t.relationCorrect / Math.max(1, t.detected)).toFixed(3)})`;
}
