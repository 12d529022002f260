import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, type Document, type DocumentCitation } from '../src/doc/index.js';
import { SHARED } from './helpers/score.js';

/**
 * Amend, repeal, replace, guide and consolidate relations against hand-checked gold (fixtures/relations/*.json,
 * notes in its README): each mention that carries one, with its direction (the document acts, is acted on, or
 * reports a third document's act) and its scope (the whole document or a part). Scored per mention:
 * - outgoing relations: a predicted operative relation of the citing document (role head) matches a gold one
 *   whose span it overlaps and whose relation it equals; for repeals and replaces the scope (whole or part) must
 *   agree too. Precision counts every operative relation predicted in the gold's documents.
 * - reported and incoming ones: right when the citing document is NOT given the act (its own relation is not
 *   that operative relation): the direction check of the issue; and, for a reported act whose acted-on document the text
 *   names, whether it is read with its actor (the gold's span), its relation and that document (a consolidated text's
 *   footnotes, whose acted-on provision is the text's own, are counted apart).
 * The spent split is what was the test split, spent in three steps (fixtures/relations/README.md, "Spending half of the test
 * split", "… of what stayed blind" and "Spending the blind quarter"): its errors are printed like dev's, and it is scored apart.
 * No corpus file is held apart any more; the held-apart measure is the public documents round (test/relations-public-documents.test.ts),
 * real acts from the same public repository that nobody tuned on, read by aggregate only.
 */
const DIR = join(import.meta.dirname, '..', 'fixtures', 'relations');
const OPERATIVE = ['amends', 'repeals', 'replaces', 'guides', 'consolidates', 'suspends', 'corrects'] as const;
type Operative = (typeof OPERATIVE)[number];
// the floors each split keeps: what the code reaches, rounded down, as a guard against regressions (not the issue's
// targets, which are printed per type: P ≥ 0.97, R ≥ 0.90, not met on test). History: with batch E (2026-12-03
// morning) dev P .977 R .964 on 155 documents, test P .897 R .818. Batch F (64 dev documents of the classes the test
// half is weak on) measured P .959 R .932 when it landed, before any rule was written for it; after the round on its
// classes dev is P .971 R .944 on 219 documents and test P .923 R .836. The dev floors are set on that larger dev set.
// Batch G (44 files of the corpus not read before, split dev/test alternately before any was read: 22 test files, 80 test
// documents in all) was measured on the code as it stood when it landed: test P .875 R .859 (P .923 on the 58 documents
// before it). That fall is the new held-apart data, not a regression, so the test floors are reset on the larger test
// set: after the next round (dev-only rules) dev P .986 R .975, test P .873 R .867. Batch H (half dev, half test) landed during
// the round after: its test part, measured before any rule for it, brought test to P .868 R .865 on 107 documents; two rules of
// that round written on dev errors (a circular acts on no decree; what a correction corrects) then moved it to P .875 R .865,
// and dev to P .995 R .988 on 268 documents. The test floors stay where they were (.87, .86): they still hold.
// Half of the test split became the spent split on 2026-12-03, before any of its errors was read (README): measured then,
// spent P .774 R .882 on 52 documents (repeals P .452: 31 predicted, 19 gold), test (the blind half) P .945 R .856 on 55.
// After the round on the spent half's errors (rules, and one gold entry added): spent P .979 R .979, test P .945 R .856 (not
// moved). Half of what stayed blind was spent the same way that night (26 files, hash salt "spent-2-2026-12-03"):
// measured then, those 26 P .948 R .932, the blind quarter left (29 files) P .943 R .820; spent as a whole (78) P .967
// R .961. After the round on the newly spent files, a review and a red team of drafting forms: spent P .987 R .987, the blind
// quarter P .945 R .844, unmoved through 2026-12-05. The blind quarter was spent on 2026-12-05 (all 29 files; README): spent as a
// whole then P .970 R .928 on 107 documents; after the round on its errors (test/relations-blind-quarter.test.ts, one gold entry
// pair added) P .989 R .993, reported acts found 725/745; with a task to enact a guiding decree, provisions replaced by this law and
// actors after dotted places, P .993 R .996, 729/745. With the convention of 2026-12-06 (an amending act ended with the base this act
// replaces is replaced too; README, "Amending acts ended with their base") and its rule, spent P .986 R .989: two entries the text
// alone cannot settle (an ordinance the text names by its number only, and an amending decree whose base the gold reads repealed
// where the code reads it replaced). Each split's floor is what it measures now, rounded down.
// `reported`: reported acts found with their actor and the document they act on, where the text names that document (first
// measured 2026-12-04 on the code of 921e0bd: dev .699, spent .782, test .667; most misses are consolidated texts' footnotes
// and lists of amended laws inside an amending law's title; with the guards on reported acts no document can have done and
// on lists of actors that end at their "và", dev .719, spent .786, test .667. The 405 reports the gold keys at the acted-on
// document's mention (target = object: the laws a quoted enacting formula lists) could never be found, since the scorer looked
// for the actor there; scored at the object with the gold's actor: dev .802, spent .818, test .758, on the same code. With the
// documents a consolidated text's note of an amending act's preamble lists read as amended by that act: dev .930, spent .883,
// test .892; with a law named by its name after a comma ending a list of numbered actors, dev .941, spent .887, test .904; with a
// note's reproduction read from its own opening, "tại các khoản …", and documents joined by "và" with places of their own, dev
// .959, spent .901, test .917; with "bởi các Luật số A, số B …", spent .915; a row's status line opening a line, .917; with a title's semicolon before a
// lower-case line and "một số điều tại", dev .969, spent .919, test .917)
const FLOORS: Record<Split, { precision: number; recall: number; direction: number; reported: number }> = {
  dev: { precision: 0.99, recall: 0.98, direction: 0.99, reported: 0.96 },
  spent: { precision: 0.98, recall: 0.98, direction: 0.99, reported: 0.97 },
};

type Split = 'dev' | 'spent';
interface GoldRelation {
  text: string;
  start: number;
  end: number;
  target: string;
  relation: Operative;
  direction: 'outgoing' | 'incoming' | 'reported';
  scope: { whole: boolean } | null;
  subject?: string | null;
  object?: string | null;
}
interface Act {
  start: number;
  end: number;
  text: string;
  relation: DocumentCitation['relation'];
  scope: DocumentCitation['scope'];
}
interface GoldDoc {
  file: string;
  split: Split;
  relations: GoldRelation[];
}

function load(): GoldDoc[] {
  return readdirSync(DIR)
    .filter((f) => /^batch-.*\.json$/.test(f))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldDoc[]);
}

const overlaps = (c: { start: number; end: number }, g: { start: number; end: number }): boolean => c.start < g.end && g.start < c.end;
const isOperative = (r: string): r is Operative => (OPERATIVE as readonly string[]).includes(r);

interface Tally {
  byType: Map<string, { gold: number; predicted: number; correct: number }>;
  reported: number;
  reportedRight: number;
  /** reported acts (a third document's act the text reports) found with their actor, what they did and to which document */
  reportedFound: number;
  /** reported acts whose acted-on document is named within 700 characters of the actor, and those whose is only implied */
  reportedNamed: number;
  reportedImplicit: number;
  errors: string[];
}

// a number as the gold writes it and as the reader gives it, compared without spaces, dashes' kinds or case
const sameNumber = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a != null && b != null && a.replace(/[\s\u2010-\u2013]/gu, '').toUpperCase() === b.replace(/[\s\u2010-\u2013]/gu, '').toUpperCase();

function score(docs: GoldDoc[], read: Map<string, Document>): Tally {
  const t: Tally = { byType: new Map(), reported: 0, reportedRight: 0, reportedFound: 0, reportedNamed: 0, reportedImplicit: 0, errors: [] };
  const row = (r: string): { gold: number; predicted: number; correct: number } => {
    let x = t.byType.get(r);
    if (!x) t.byType.set(r, (x = { gold: 0, predicted: 0, correct: 0 }));
    return x;
  };
  for (const d of docs) {
    const doc = read.get(d.file) as Document;
    // each act a mention carries is one prediction: its relation, and the second act some mentions carry (alsoActs)
    const own: Act[] = doc.citations
      .filter((c) => c.role === 'head')
      .flatMap((c) => [{ start: c.start, end: c.end, text: c.text, relation: c.relation, scope: c.scope }, ...(c.alsoActs ?? []).map((a) => ({ start: c.start, end: c.end, text: c.text, relation: a.relation, scope: a.scope }))])
      .filter((a) => isOperative(a.relation));
    const outgoing = d.relations.filter((g) => g.direction === 'outgoing');
    const used = new Set<Act>();
    for (const g of outgoing) {
      row(g.relation).gold++;
      // an act on the whole that keeps some provisions ("hết hiệu lực …, trừ Điều 75": ActScope.kept) is whole for
      // batches A and B and a part for batch C, whose scope fields cannot say "everything except": either matches
      const hit = own.find((c) => !used.has(c) && overlaps(c, g) && c.relation === g.relation && (!['repeals', 'replaces'].includes(g.relation) || g.scope === null || c.scope?.whole === g.scope.whole || c.scope?.kept !== undefined));
      if (hit) {
        used.add(hit);
        row(g.relation).correct++;
      } else {
        const near = own.find((c) => overlaps(c, g)) ?? doc.citations.find((c) => overlaps(c, g));
        t.errors.push(`missed   ${d.file}@${g.start} ${g.relation}${g.scope ? (g.scope.whole ? ' whole' : ' part') : ''} ${JSON.stringify(g.text)}: got ${near ? `${near.relation}${near.scope ? (near.scope.whole ? ' whole' : ' part') : ''}` : 'no citation'}`);
      }
    }
    for (const c of own) {
      row(c.relation).predicted++;
      if (used.has(c)) continue;
      const g = d.relations.find((x) => overlaps(c, x));
      t.errors.push(`spurious ${d.file}@${c.start} ${c.relation} ${JSON.stringify(c.text.replace(/\s+/g, ' '))}${g ? `: gold ${g.direction} ${g.relation}` : ''}`);
    }
    // every act the document reports: [actor, relation, acted-on document], the actor where it is named
    const reports = doc.citations.flatMap((c) => [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a && a.relation !== 'cites' ? [{ actor: doc.citations[a.subject], relation: a.relation, object: c }] : [])));
    for (const g of d.relations.filter((x) => x.direction !== 'outgoing')) {
      t.reported++;
      const wrong = own.find((c) => overlaps(c, g) && c.relation === g.relation);
      if (!wrong) t.reportedRight++;
      else t.errors.push(`direction ${d.file}@${g.start} ${g.direction} ${g.relation} ${JSON.stringify(g.text)} read as the document's own`);
      if (g.direction !== 'reported') continue;
      // the gold keys a reported act at its actor's mention and names the acted-on document; "replaces" reported may be read as
      // the ending it also is ("đã hết hiệu lực theo …": repeals)
      // (a consolidated text's footnote, "Khoản này được sửa đổi, bổ sung theo … Luật số …", names no acted-on document: the
      // provision is the consolidated law's own, which the text is; such reports, and any whose acted-on document is named
      // nowhere near, have no mention to carry them and are counted apart)
      const consolidated = d.relations.some((x) => x.relation === 'consolidates' && x.target === g.object);
      const named = !consolidated && doc.citations.some((c) => (sameNumber(c.number, g.object) || c.id === `vn:${g.object ?? ''}`) && Math.abs(c.start - g.start) < 700);
      if (!named) {
        t.reportedImplicit++;
        continue;
      }
      t.reportedNamed++;
      // (most reports are keyed at the actor's mention; those whose target is the acted-on document, "Quốc hội ban hành Luật sửa
      // đổi, bổ sung một số điều … của Luật Giao thông đường bộ số 23/2008/QH12, …" in a quoted enacting formula, at that document's
      // mention: there the actor is the one the gold names)
      const keyedAtObject = g.target === g.object && g.subject != null;
      const found = reports.some((r) => r.actor !== undefined && (r.relation === g.relation || (g.relation === 'replaces' && r.relation === 'repeals')) && (sameNumber(r.object.number, g.object) || r.object.id === `vn:${g.object ?? ''}`) && (keyedAtObject ? overlaps(r.object, g) && (sameNumber(r.actor.number, g.subject) || r.actor.id === `vn:${g.subject ?? ''}`) : overlaps(r.actor, g)));
      if (found) t.reportedFound++;
      else t.errors.push(`reported ${d.file}@${g.start} ${g.subject ?? '?'} ${g.relation} ${g.object ?? '?'} not found with its actor and object`);
    }
  }
  return t;
}

describe('amend, repeal, replace, guide, consolidate against hand-checked gold (fixtures/relations)', async () => {
  const gold = load();
  const read = new Map<string, Document>();
  for (const d of gold) read.set(d.file, await readDocument(join(SHARED, 'corpus', d.file)));

  it('the gold is as large as promised and every span slices its document', () => {
    expect(gold.reduce((n, d) => n + d.relations.length, 0)).toBeGreaterThanOrEqual(300);
    for (const d of gold) {
      const text = readFileSync(join(SHARED, 'corpus', d.file), 'utf8');
      for (const r of d.relations) expect(text.slice(r.start, r.end), `${d.file}@${r.start}`).toBe(r.text);
    }
  });

  it('no corpus file is left in the test split (all of it was spent; the held-apart measure is the public documents round)', () => {
    expect(gold.filter((d) => !['dev', 'spent'].includes(d.split)).map((d) => d.file)).toEqual([]);
  });

  for (const split of ['dev', 'spent'] as const) {
    it(`${split}: precision, recall per type and direction, printed`, () => {
      const docs = gold.filter((d) => d.split === split);
      const t = score(docs, read);
      let gAll = 0;
      let pAll = 0;
      let cAll = 0;
      const lines: string[] = [];
      for (const [type, x] of [...t.byType].sort()) {
        gAll += x.gold;
        pAll += x.predicted;
        cAll += x.correct;
        lines.push(`  ${type.padEnd(13)} gold ${String(x.gold).padStart(3)}  predicted ${String(x.predicted).padStart(3)}  P=${(x.predicted ? x.correct / x.predicted : 1).toFixed(3)} R=${(x.gold ? x.correct / x.gold : 1).toFixed(3)}`);
      }
      const precision = pAll ? cAll / pAll : 1;
      const recall = gAll ? cAll / gAll : 1;
      const direction = t.reported ? t.reportedRight / t.reported : 1;
      const found = t.reportedNamed ? t.reportedFound / t.reportedNamed : 1;
      console.log(`relations ${split} (${docs.length} documents): own acts P=${precision.toFixed(3)} R=${recall.toFixed(3)}; reported or incoming acts not taken as the document's own: ${t.reportedRight}/${t.reported} (${direction.toFixed(3)}); reported acts found with their actor and the document they act on: ${t.reportedFound}/${t.reportedNamed} (${found.toFixed(3)}), and ${t.reportedImplicit} more whose acted-on document no mention near names (most are consolidated texts' notes, scored by test/consolidated-notes-gold.test.ts)\n${lines.join('\n')}`);
      for (const e of t.errors) console.log('  ' + e);
      expect(precision).toBeGreaterThanOrEqual(FLOORS[split].precision);
      expect(recall).toBeGreaterThanOrEqual(FLOORS[split].recall);
      expect(direction).toBeGreaterThanOrEqual(FLOORS[split].direction);
      expect(found).toBeGreaterThanOrEqual(FLOORS[split].reported);
    });
  }
});
