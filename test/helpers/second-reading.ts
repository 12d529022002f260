import type { Citation } from '../../src/cite/index.js';
import { formatRelations, readPassage, sameKey, tallyRelations, type Passage, type RelationTally } from './drafting-score.js';

/**
 * Two independent readings of the same passages (the first in the round's file, the second in fixtures/relations/agreement/):
 * what they share, and how the code reads what they share. A key both readings give, with an alternative in common, is a
 * reading two lawyers agree on; a key with none in common is contested, and the code is scored on neither. This tells a
 * held round's errors that are conventions apart from those a second lawyer would also call errors, without printing any.
 */
export interface SecondReading { file: string; expected: Record<string, string>; reviewer: string; note?: string }

// an alternative's acts in one order ("cites+asserted:amends" and "asserted:amends+cites" are one reading)
const canonical = (alternative: string): string => alternative.split('+').filter((x) => x !== '').sort().join('+');

/** The alternatives two readings of one key have in common, `|`-joined, or null when they share none. */
export function sharedAlternatives(first: string, second: string): string | null {
  const theirs = new Set(second.split('|').map(canonical));
  const shared = first.split('|').map(canonical).filter((a) => theirs.has(a));
  return shared.length > 0 ? shared.join('|') : null;
}

export interface AgreementScore {
  /** keys both readings give, keys only one gives */
  both: number; firstOnly: number; secondOnly: number;
  /** keys both give with an alternative in common, and how many of those the code reads as both do */
  shared: number; sharedRight: number;
  /** passages whose every key is given by both and shared, and how many of those the code reads wholly right */
  passagesShared: number; passagesSharedRight: number;
  byRelation: Map<string, RelationTally>;
}

/** Scores the code on what two readings share; `citationsOf` reads a passage. */
export async function scoreOnShared(passages: readonly Passage[], second: readonly SecondReading[], citationsOf: (p: Passage) => Promise<readonly Citation[]>): Promise<AgreementScore> {
  const score: AgreementScore = { both: 0, firstOnly: 0, secondOnly: 0, shared: 0, sharedRight: 0, passagesShared: 0, passagesSharedRight: 0, byRelation: new Map() };
  for (const [i, p] of passages.entries()) {
    const file = `${String(i + 1).padStart(2, '0')}.txt`;
    const s = second.find((r) => r.file === file);
    if (s === undefined) throw new Error(`no second reading of ${file}`);
    const shared: Record<string, string> = {};
    let contested = 0;
    for (const [key, first] of Object.entries(p.expected)) {
      const other = Object.entries(s.expected).find(([k]) => sameKey(k, key));
      if (other === undefined) { score.firstOnly++; contested++; continue; }
      score.both++;
      const alternatives = sharedAlternatives(first, other[1]);
      if (alternatives === null) contested++;
      else shared[key] = alternatives;
    }
    score.secondOnly += Object.keys(s.expected).filter((k) => !Object.keys(p.expected).some((key) => sameKey(k, key))).length;
    const citations = await citationsOf(p);
    // acts on documents the first reading keys nowhere count against precision, as in the rounds' own scores
    const { unexpected } = readPassage(p, citations);
    const { keys } = readPassage({ ...p, expected: shared }, citations);
    score.shared += keys.length;
    const right = keys.filter((k) => k.ok).length;
    score.sharedRight += right;
    if (contested === 0) {
      score.passagesShared++;
      if (right === keys.length && unexpected.length === 0) score.passagesSharedRight++;
    }
    tallyRelations(score.byRelation, { keys, unexpected });
  }
  return score;
}

/** The aggregate lines a test prints: never a key, a reading or a passage. */
export function formatAgreement(label: string, s: AgreementScore): string {
  const f = (n: number, d: number): string => `${n}/${d}${d > 0 ? ` (${(n / d).toFixed(3)})` : ''}`;
  return (
    `second reading of ${label}: keys given by both readings ${s.both} (first only ${s.firstOnly}, second only ${s.secondOnly}); ` +
    `an alternative shared on ${f(s.shared, s.both)}; on those the code reads ${f(s.sharedRight, s.shared)}; ` +
    `passages whose every key is shared ${s.passagesShared}, read wholly right ${s.passagesSharedRight}\n` +
    formatRelations(s.byRelation)
  );
}
