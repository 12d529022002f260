import type { Citation } from '../../src/cite/index.js';

/**
 * Scoring of the passages of the drafting rounds and of the public documents round (fixtures/relations/drafting-forms*.json,
 * public-documents.json): for each document a passage cites, the reading a lawyer expects — the self document's own acts
 * on it (`amends/part`, `replaces/whole`, `guides`, … joined by `+`, alternatives by `|`), `cites` for none, and
 * `asserted:<relation>` for an act of a third document the text reports — against the acts the code reads on every
 * mention of it.
 */
export interface Passage { text: string; type: string; number: string; title?: string; entry?: 'readDocument'; expected: Record<string, string>; family: string; note?: string }

const ACT = new Set(['amends', 'repeals', 'replaces', 'suspends', 'guides', 'corrects', 'consolidates']);
// (Cyrillic letters that look Latin are the Latin ones in a number, as the reader folds them: a Gazette text writes "TT-BТС" with a
// Cyrillic Т and С)
const CYRILLIC_LOOKALIKES: Record<string, string> = { А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X', а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x' };
const byNumber = (s: string): string => s.normalize('NFC').replace(/\u00D0/gu, 'Đ').replace(/[\u2010\u2011\u2013]/gu, '-').replace(/[АВСЕНКМОРТХасеорх]/gu, (c) => CYRILLIC_LOOKALIKES[c] ?? c).replace(/\s+/gu, '').replace(/\u2044/gu, '/').replace(/-{2,}/gu, '-').replace(/\/{2,}/gu, '/').toUpperCase();
const byText = (s: string): string => s.normalize('NFC').replace(/\u00D0/gu, 'Đ').replace(/\s+/gu, ' ').toLowerCase();
const act = (relation: string, scope: { whole: boolean } | null | undefined): string => (['guides', 'corrects', 'consolidates'].includes(relation) ? relation : `${relation}/${scope?.whole ? 'whole' : 'part'}`);

/** Whether two keys of readings name the same document (a number written alike but for spaces, a fraction slash, doubled dashes or slashes, case and look-alike letters). */
export const sameKey = (a: string, b: string): boolean =>
  a.startsWith('=') || a.startsWith('~') || b.startsWith('=') || b.startsWith('~') ? a[0] === b[0] && byText(a.slice(1)) === byText(b.slice(1)) : byNumber(a) === byNumber(b);

// (a reviewer may key a name with the day it was adopted, "=Pháp lệnh thương phiếu ngày 24 tháng 12 năm 1999": the day is no part of
// the name the code reads)
const ADOPTION_DAY = /[ ]+ngày[ ]+\d{1,2}[ ]+tháng[ ]+\d{1,2}[ ]+năm[ ]+\d{4}$/u;
// (and the code's mention may carry the year a name is cited with, "Luật Khám bệnh, chữa bệnh năm 2009" for the key "=Luật Khám bệnh,
// chữa bệnh": the year tells which law, the name is the key's)
const ADOPTION_YEAR = /[ ]+năm[ ]+\d{4}$/u;

function matches(c: Pick<Citation, 'text' | 'number' | 'id'>, key: string): boolean {
  if (key.startsWith('=')) return byText(c.text) === byText(key.slice(1)) || byText(c.text) === byText(key.slice(1)).replace(ADOPTION_DAY, '') || byText(c.text).replace(ADOPTION_YEAR, '') === byText(key.slice(1));
  if (key.startsWith('~')) return byText(c.text).includes(byText(key.slice(1)));
  // (a law named without its number and resolved to it is the same document: "… của Luật đầu tư\n… của Luật đầu tư số
  // 67/2014/QH13" cites one law twice)
  // (a key written as the text abbreviates it, serial and year alone, "76/2009" in "các Nghị định 76/2009, …, 07/2026/NĐ-CP", is the
  // mention so written, whatever codes the reader completed it with)
  if (/^\d{1,4}\/\d{4}$/u.test(key.trim())) return c.number !== null && byNumber(c.number).startsWith(`${byNumber(key)}/`) && byNumber(c.text).endsWith(byNumber(key));
  if (c.number !== null ? byNumber(c.number) === byNumber(key) : byNumber(c.id.replace(/^vn:/u, '')) === byNumber(key)) return true;
  // (a key keeps the number as the text writes it, OCR slips and all, "35⁄2024/QH'5": it is the mention that ends with it, whatever
  // number the reader read there; not a longer number that ends alike, "135/2024/QH15" for "35/2024/QH15")
  const text = byNumber(c.text);
  const written = byNumber(key);
  return c.number !== null && written.length >= 6 && text.endsWith(written) && !/[\d/.-]$/u.test(text.slice(0, -written.length));
}

/** One expected document's reading: the acts the code reads on its mentions (`got`, sorted, `+`-joined) and whether it agrees. */
export interface KeyReading {
  key: string;
  expected: string;
  /** the alternative the reading is held to: the one it agrees with, else the first */
  held: string;
  found: boolean;
  got: string;
  reported: string[];
  ok: boolean;
}

/** The reading of one passage, per expected document, and the acts on documents it does not expect. */
export function readPassage(p: Passage, citations: readonly Citation[]): { keys: KeyReading[]; unexpected: Array<{ text: string; acts: string[] }> } {
  const keys: KeyReading[] = [];
  const seen = new Set<number>();
  // (a mention a text key names is that key's, not also a number key's through the id it resolves to)
  const textKeyed = (c: Citation): boolean => Object.keys(p.expected).some((k) => (k.startsWith('=') || k.startsWith('~')) && matches(c, k));
  for (const [key, expected] of Object.entries(p.expected)) {
    const mine = citations.flatMap((c, j) => (matches(c, key) && (key.startsWith('=') || key.startsWith('~') || c.number !== null || !textKeyed(c)) ? [[c, j] as const] : []));
    for (const [, j] of mine) seen.add(j);
    const acts = new Set<string>();
    // (an ending of the whole that keeps some provisions, "hết hiệu lực …, trừ …", is whole or part as a reader takes it: the
    // relation gold's batches differ on it, and either reading is scored right, as the gold test does)
    const keptAsPart = new Set<string>();
    const reported = new Set<string>();
    for (const [c] of mine) {
      for (const a of [...(ACT.has(c.relation) ? [{ relation: c.relation, scope: c.scope }] : []), ...(c.alsoActs ?? [])]) {
        acts.add(act(a.relation, a.scope));
        keptAsPart.add(a.scope?.kept !== undefined ? act(a.relation, { whole: false }) : act(a.relation, a.scope));
      }
      if (c.asserted) reported.add(`asserted:${c.asserted.relation}`);
      for (const a of c.alsoAsserted ?? []) reported.add(`asserted:${a.relation}`);
    }
    const got = [...acts].sort().join('+');
    const gotKeptAsPart = [...keptAsPart].sort().join('+');
    const agrees = (alt: string): boolean => {
      const parts = alt.split('+');
      const own = parts.filter((x) => !x.startsWith('asserted:') && x !== 'cites').sort().join('+');
      return (own === got || own === gotKeptAsPart) && parts.filter((x) => x.startsWith('asserted:')).every((a) => reported.has(a));
    };
    const alternatives = expected.split('|');
    const held = (mine.length > 0 ? alternatives.find(agrees) : undefined) ?? (alternatives[0] as string);
    keys.push({ key, expected, held, found: mine.length > 0, got, reported: [...reported], ok: mine.length > 0 && alternatives.some(agrees) });
  }
  const unexpected: Array<{ text: string; acts: string[] }> = [];
  citations.forEach((c, j) => {
    if (seen.has(j)) return;
    const acts = [ACT.has(c.relation) ? act(c.relation, c.scope) : null, ...(c.alsoActs ?? []).map((a) => act(a.relation, a.scope))].filter((x) => x !== null);
    if (acts.length > 0) unexpected.push({ text: c.text, acts });
  });
  return { keys, unexpected };
}

/** The disagreements of one passage: an expected document read otherwise, or another document acted on. */
export function disagreements(p: Passage, citations: readonly Citation[]): string[] {
  const { keys, unexpected } = readPassage(p, citations);
  return [
    ...keys.filter((k) => !k.ok).map((k) => `${k.key}: expected ${k.expected}, got ${!k.found ? 'no citation' : (k.got || 'cites') + (k.reported.length > 0 ? ` [${k.reported.join(', ')}]` : '')}`),
    ...unexpected.map((u) => `unexpected ${JSON.stringify(u.text)}: ${u.acts.join('+')}`),
  ];
}

/** The own acts of a reading ("amends/part+repeals/part" → ["amends/part", "repeals/part"]; cites and reports dropped). */
const ownActs = (reading: string): string[] => reading.split('+').filter((x) => x !== '' && x !== 'cites' && !x.startsWith('asserted:'));
const relationOf = (act: string): string => act.split('/')[0] as string;

/** Per relation: own acts expected and found, acts read and right. */
export interface RelationTally { expected: number; found: number; predicted: number; right: number }

/** Adds one passage's reading to the counts per relation; an act on a document no key names is read and wrong. */
export function tallyRelations(byRelation: Map<string, RelationTally>, reading: { keys: readonly KeyReading[]; unexpected: ReadonlyArray<{ acts: string[] }> }): void {
  const tally = (relation: string): RelationTally => byRelation.get(relation) ?? (byRelation.set(relation, { expected: 0, found: 0, predicted: 0, right: 0 }).get(relation) as RelationTally);
  for (const k of reading.keys) {
    const expectedActs = ownActs(k.held);
    const gotActs = ownActs(k.got);
    for (const a of expectedActs) { const t = tally(relationOf(a)); t.expected++; if (gotActs.includes(a)) t.found++; }
    for (const a of gotActs) { const t = tally(relationOf(a)); t.predicted++; if (expectedActs.includes(a)) t.right++; }
  }
  for (const u of reading.unexpected) for (const a of u.acts) tally(relationOf(a)).predicted++;
}

/** The counts per relation, a line each, with precision and recall. */
export const formatRelations = (byRelation: ReadonlyMap<string, RelationTally>): string =>
  [...byRelation].sort().map(([k, t]) => `  ${k.padEnd(10)} expected ${String(t.expected).padStart(3)}  found ${String(t.found).padStart(3)}  predicted ${String(t.predicted).padStart(3)}  right ${String(t.right).padStart(3)}  P=${(t.predicted ? t.right / t.predicted : 1).toFixed(3)} R=${(t.expected ? t.found / t.expected : 1).toFixed(3)}`).join('\n');

/**
 * The wrong keys of a reading counted by kind, "own acts expected → own acts read" ("replaces/whole → repeals/whole"), with
 * "(report missed)" where only a reported act was: an aggregate that says what kind of error a held round holds without
 * naming a document or a key.
 */
export function tallyErrorKinds(kinds: Map<string, number>, reading: { keys: readonly KeyReading[] }): void {
  for (const k of reading.keys) {
    if (k.ok) continue;
    const expected = ownActs(k.held).join('+') || 'cites';
    const got = k.found ? ownActs(k.got).join('+') || 'cites' : 'not found';
    const kind = `${expected} → ${got}${expected === got ? ' (report missed)' : ''}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
}

/** The error kinds on one line, the most frequent first. */
export const formatErrorKinds = (kinds: ReadonlyMap<string, number>): string =>
  kinds.size === 0 ? 'none' : [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
