/**
 * Writes fixtures/relations/formulas.json, the catalogue of Vietnamese drafting formulas for legal-status relations
 * (README "Formula catalogue"). The cases are written here by hand, as passages a document would contain, with what a
 * lawyer reads in them; this script only computes what must not be typed by hand: the offset of every mention in its
 * passage and, for a passage copied from a dev file of the corpus, its offset in that file (it refuses a mention that is
 * missing or ambiguous, and a passage that is not in its file exactly once).
 *
 *   npx tsx scripts/relation-formulas.ts          # write the catalogue
 *   npx tsx scripts/relation-formulas.ts --check  # fail if the catalogue on disk is not what the cases give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './relation-formulas-cases.js';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'fixtures', 'relations', 'formulas.json');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

export type Relation = 'amends' | 'repeals' | 'replaces' | 'guides' | 'suspends' | 'corrects' | 'consolidates';

export interface ScopeIn {
  articles?: string[];
  clauses?: string[];
  points?: string[];
  annexes?: string[];
}

/** one expected relation, as written in a case: the mention (its n-th occurrence when it repeats) and what it carries */
export interface ExpectedIn {
  mention: string;
  nth?: number;
  relation: Relation;
  direction: 'outgoing' | 'reported';
  /** the acting document: the passage's own document for outgoing relations (filled in), the actor for reported ones */
  subject?: string;
  /** the acted-on document */
  object: string;
  /** 'whole', or the part with its pinpoints (an empty object: a part the text does not locate, "một số điều") */
  scope: 'whole' | ScopeIn;
  effective: string | null;
}

export interface CaseIn {
  id: string;
  text: string;
  self: { number: string; type: string; date: string; title?: string };
  expected: ExpectedIn[];
  /** "drafting model: …", "general usage", or dev:<corpus path> (the offset is computed) */
  source: string;
  note: string;
}

export interface Scope {
  whole: boolean;
  articles: string[];
  clauses: string[];
  points: string[];
  annexes: string[];
}

export interface Expected {
  text: string;
  start: number;
  end: number;
  relation: Relation;
  direction: 'outgoing' | 'reported';
  subject: string;
  object: string;
  target: string;
  scope: Scope;
  effective: string | null;
}

export interface FormulaCase {
  id: string;
  kind: Relation | 'negative';
  text: string;
  self: CaseIn['self'];
  expected: Expected[];
  source: string;
  note: string;
}

function locate(text: string, needle: string, nth: number | undefined, where: string): number {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  if (at.length === 0) throw new Error(`${where}: ${JSON.stringify(needle)} is not in the passage`);
  if (nth === undefined && at.length > 1) throw new Error(`${where}: ${JSON.stringify(needle)} occurs ${at.length} times; say which (nth)`);
  const i = at[(nth ?? 1) - 1];
  if (i === undefined) throw new Error(`${where}: ${JSON.stringify(needle)} has no occurrence ${nth}`);
  return i;
}

function sourceOf(c: CaseIn): string {
  if (!c.source.startsWith('dev:')) return c.source;
  const path = c.source.slice(4);
  const file = readFileSync(join(CORPUS, path), 'utf8');
  const first = file.indexOf(c.text);
  if (first < 0 || file.indexOf(c.text, first + 1) >= 0) throw new Error(`${c.id}: the passage is ${first < 0 ? 'not' : 'more than once'} in ${path}`);
  return `dev file ${path}@${first}`;
}

export function build(cases: readonly CaseIn[]): FormulaCase[] {
  const ids = new Set<string>();
  return cases.map((c) => {
    if (ids.has(c.id)) throw new Error(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (c.text !== c.text.normalize('NFC')) throw new Error(`${c.id}: the passage is not NFC`);
    const expected = c.expected.map((e, k): Expected => {
      const start = locate(c.text, e.mention, e.nth, `${c.id}#${k}`);
      const subject = e.direction === 'outgoing' ? c.self.number : e.subject;
      if (!subject) throw new Error(`${c.id}#${k}: a reported relation names its actor`);
      const s = e.scope === 'whole' ? null : e.scope;
      return {
        text: e.mention,
        start,
        end: start + e.mention.length,
        relation: e.relation,
        direction: e.direction,
        subject,
        object: e.object,
        // the document the mention names: the acted-on one, or for a reported act named by its actor, the actor
        target: e.direction === 'reported' && e.mention.includes(numberCore(subject)) ? subject : e.object,
        scope: { whole: s === null, articles: s?.articles ?? [], clauses: s?.clauses ?? [], points: s?.points ?? [], annexes: s?.annexes ?? [] },
        effective: e.effective,
      };
    });
    const kinds = [...new Set(expected.map((e) => e.relation))];
    return { id: c.id, kind: expected.length === 0 ? 'negative' : (kinds[0] as Relation), text: c.text, self: c.self, expected, source: sourceOf(c), note: c.note };
  });
}

/** "Luật Đất đai (31/2024/QH15)" → "31/2024/QH15": an entry may name a law by its name with its number in brackets */
export const numberCore = (id: string): string => /\(([^()]+)\)\s*$/.exec(id)?.[1] ?? id;

if (process.argv[1]?.endsWith('relation-formulas.ts')) {
  const out = JSON.stringify(build(CASES), null, 1) + '\n';
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== out) {
      console.error('fixtures/relations/formulas.json is not what scripts/relation-formulas-cases.ts gives: run npx tsx scripts/relation-formulas.ts');
      process.exit(1);
    }
  } else writeFileSync(OUT, out);
  const all = build(CASES);
  const by = new Map<string, number>();
  for (const c of all) by.set(c.kind, (by.get(c.kind) ?? 0) + 1);
  console.log(`${all.length} cases: ${[...by].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
