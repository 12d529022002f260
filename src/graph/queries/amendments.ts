import { z } from 'zod';
import { DAY_WRITTEN, dayOf } from '../../cite/effective.js';
import { lawByNumber } from '../../cite/laws.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';
import { inEdgesInOrder, type GraphStore } from '../store.js';

export const LegalStatusSchema = z.enum(['in force', 'amended in part', 'partly repealed', 'replaced', 'repealed', 'expired', 'unknown']);
export type LegalStatus = z.infer<typeof LegalStatusSchema>;

export const AmendmentEventSchema = z.object({
  /** the document that acts */
  by: z.string(),
  /** the document acted upon */
  on: z.string(),
  relation: z.enum(['amends', 'replaces', 'repeals', 'suspends', 'corrects']),
  /** true when the act touches the whole document; false for articles, clauses, annexes; null when no mention says (older snapshots) */
  whole: z.boolean().nullable(),
  /** the parts it touches, as written ("khoản 4 Điều 18", "Phụ lục II") */
  parts: z.array(z.string()),
  /** for an act on the whole document: the provisions it leaves in force ("Điều 75 của Luật Đầu tư"); the document is then partly in force */
  kept: z.array(z.string()),
  /**
   * when it takes effect: the day the acting text gives this act, else the acting document's entry into force (its own,
   * else the registry's for a law, else a day a third text states beside the act), else its date
   */
  date: z.string().nullable(),
  /** true when only a third document states it (a consolidated text, a list of expired documents) */
  asserted: z.boolean(),
  /** the document that states it, for an asserted event */
  statedBy: z.string().nullable(),
  /**
   * where it is said, at most three mentions (the acting text's own first): the document, its file, the mention's offsets in
   * it, and the sentence around the mention — what a reader checks the event against
   */
  evidence: z.array(z.object({ document: z.string(), path: z.string().nullable(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string(), sentence: z.string() })),
});
export type AmendmentEvent = z.infer<typeof AmendmentEventSchema>;

const OPERATIVE = new Set(['amends', 'replaces', 'repeals', 'suspends', 'corrects']);
const EVENT_EVIDENCE = 3;
const saidIn = (a: EdgeAttributes): AmendmentEvent['evidence'] => a.evidence.slice(0, EVENT_EVIDENCE).map((e) => ({ document: e.document, path: e.path, start: e.start, end: e.end, text: e.text, sentence: e.sentence }));

export const AmendmentHistorySchema = z.object({
  events: z.array(AmendmentEventSchema),
  /** the newest document that replaced this one as a whole (itself when none) */
  current: z.string(),
  repealed: z.boolean(),
  /** the status on `at` (or on the last event when no date is given) */
  status: LegalStatusSchema,
  at: z.string().nullable(),
  /**
   * the clause by which the document's own text ends it, or some of its provisions, on an event whose day no text gives, when
   * it has one: the reason its status is `unknown` until its last day (null when it has none)
   */
  endsEarlierIf: z.string().nullable(),
});
export type AmendmentHistory = z.infer<typeof AmendmentHistorySchema>;

function lawNumber(key: string): string {
  return key.replace(/^vn:/, '').replace(/[@#~].*$/, '');
}

/** When an act takes effect: its own article on effect, else the registry's date for a law, else its date. */
function actDate(key: string, a: NodeAttributes, stated?: string | null): string | null {
  // its own text first, then what the reporting text says beside the act, then the registry, then its date
  // a document known only by its number ("Luật số 48/2014/QH13" in a status phrase) was adopted in the year the number
  // gives: it counts from the end of that year at the latest, never before it
  return a.effective ?? stated ?? lawByNumber(lawNumber(key))?.effective ?? a.date ?? yearEnd(lawNumber(key));
}
function yearEnd(number: string): string | null {
  const year = /\/((?:19|20)\d{2})\//u.exec(number)?.[1];
  return year === undefined ? null : `${year}-12-31`;
}
const statedEffective = (a: EdgeAttributes): string | null => a.evidence.find((e) => e.effective)?.effective ?? null;
/**
 * When an act takes effect. Stated by a third text: the acting document's entry into force, else a day that text states
 * beside the act. In the acting text: each mention's own day when the text gives one ("… hết hiệu lực từ ngày 01 tháng 7 năm
 * 2026"), else the document's entry into force, and the act counts from the first of them (from the first of the mentions
 * that act on the whole, for an act on the whole: "Điều 7. Bãi bỏ Điều 9." from the decree's day, "… khoản 3 Điều 5 … hết hiệu
 * lực thi hành kể từ ngày 01 tháng 01 năm 2027" from that day).
 */
function eventDate(source: string, s: NodeAttributes, a: EdgeAttributes): string | null {
  if (a.asserted) return actDate(source, s, statedEffective(a));
  const own = actDate(source, s, null);
  const wholeOnes = a.evidence.filter((e) => e.scope?.whole === true);
  const days = (wholeOnes.length > 0 ? wholeOnes : a.evidence).map((e) => e.effective ?? own).filter((d): d is string => d !== null);
  return days.length === 0 ? own : days.reduce((x, y) => (y < x ? y : x));
}

// (after the words that keep them in force: "… tiếp tục có hiệu lực đến hết ngày …"; a day in what they are about, "các khoản đầu
// tư đã ký kết đến ngày …", is not their last)
const KEPT_UNTIL = new RegExp(String.raw`(?:hiệu[ \n]+lực|thực[ \n]+hiện|áp[ \n]+dụng|thi[ \n]+hành)[ \n]+(?:[^.;\d]{0,30}?[ \n]+)?đến[ \n]+(?:hết[ \n]+)?${DAY_WRITTEN}`, 'u');
/** The last day provisions kept by an ending act stay in force, when the text gives one ("… đến hết ngày 31 tháng 12 năm 2013"). */
export function keptUntil(kept: string): string | null {
  const m = KEPT_UNTIL.exec(kept);
  return m ? dayOf(m, 1) : null;
}

/** The document that replaced `key` as a whole by `at` (any day when `at` is null), if one did. */
function wholeReplacer(graph: GraphStore, key: string, at: string | null): string | null {
  let found: string | null = null;
  for (const { attributes: a, source, sourceAttributes: s } of inEdgesInOrder(graph, key, (x) => x.relation === 'replaces')) {
    const date = eventDate(source, s, a);
    if (a.relation === 'replaces' && whole(a).whole === true && (at === null || (date !== null && date <= at))) found = source;
  }
  return found;
}

function whole(a: EdgeAttributes): { whole: boolean | null; parts: string[]; kept: string[] } {
  const scopes = a.evidence.map((e) => e.scope);
  const kept = [...new Set(scopes.flatMap((s) => (s?.kept ? [s.kept] : [])))];
  // an amendment changes some provisions, never the whole
  if (a.relation === 'amends') return { whole: false, parts: [...new Set(scopes.flatMap((s) => (s?.part ? [s.part] : [])))], kept: [] };
  const parts = [...new Set(scopes.flatMap((s) => (s?.part ? [s.part] : [])))];
  if (scopes.some((s) => s?.whole === true)) return { whole: true, parts, kept };
  if (scopes.some((s) => s === undefined || s === null)) return { whole: parts.length ? false : null, parts, kept };
  return { whole: false, parts, kept };
}

/**
 * The amendment history of a document and its legal status on a day: who amended, replaced, repealed,
 * suspended or corrected it (in date order, with what each touched), and which document is its
 * current version. A document is repealed or replaced only by an act on the whole of it; an act on
 * articles or annexes leaves it in force, amended or partly repealed. Acts that take effect after
 * `at` do not count yet.
 *
 * @example amendmentHistory(corpus.graph, 'vn:75/2021/NĐ-CP', { at: '2024-01-01' })
 */
export function amendmentHistory(graph: GraphStore, key: string, options: { at?: string | null } = {}): AmendmentHistory {
  const at = options.at ?? null;
  const events: AmendmentEvent[] = [];
  if (!graph.hasNode(key)) return { events, current: key, repealed: false, status: 'unknown', at, endsEarlierIf: null };
  for (const { attributes: a, source, sourceAttributes: s } of inEdgesInOrder(graph, key, (x) => OPERATIVE.has(x.relation))) {
    const date = eventDate(source, s, a);
    const scope = whole(a);
    // one act stated by several documents (its own text, consolidated texts) is one event
    const same = events.find((e) => e.by === source && e.relation === a.relation);
    if (same) {
      // (its own text's day before a third text's)
      if (!a.asserted) same.date = date;
      same.asserted &&= a.asserted;
      if (!a.asserted) same.statedBy = null;
      if (scope.whole === true || same.whole === null) same.whole = scope.whole;
      same.parts = [...new Set([...same.parts, ...scope.parts])];
      same.kept = [...new Set([...same.kept, ...scope.kept])];
      same.evidence = (a.asserted ? [...same.evidence, ...saidIn(a)] : [...saidIn(a), ...same.evidence]).slice(0, EVENT_EVIDENCE);
      continue;
    }
    events.push({ by: source, on: key, relation: a.relation as AmendmentEvent['relation'], ...scope, date, asserted: a.asserted, statedBy: a.assertedBy, evidence: saidIn(a) });
  }
  events.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  const inEffect = events.filter((e) => at === null || (e.date !== null && e.date <= at));
  // the current version: follow replacements of the whole document that have taken effect, through later ones too
  let current = key;
  const seen = new Set([key]);
  for (let next = wholeReplacer(graph, key, at); next !== null && !seen.has(next); next = wholeReplacer(graph, next, at)) {
    seen.add(next);
    current = next;
  }
  // an act on the whole that keeps provisions in force leaves the document partly in force, until the last day it keeps them
  // for, when it says one ("… trừ các quy định … tiếp tục có hiệu lực đến hết ngày 31 tháng 12 năm 2013")
  const ends = (e: AmendmentEvent): boolean => e.whole === true && e.kept.every((k) => { const until = keptUntil(k); return until !== null && at !== null && until < at; });
  const repealedWhole = inEffect.filter((e) => e.relation === 'repeals' && ends(e));
  // "Luật X … hết hiệu lực" said by a law of the same name is a replacement
  const law = lawByNumber(lawNumber(key));
  const replacedBy = inEffect.find((e) => (e.relation === 'replaces' && ends(e)) || (e.relation === 'repeals' && ends(e) && law?.ended?.by === lawNumber(e.by) && law.ended.replaced));
  let status: LegalStatus;
  if (replacedBy) status = 'replaced';
  else if (repealedWhole.length > 0) status = 'repealed';
  else if (inEffect.some((e) => e.relation === 'repeals' || e.relation === 'replaces')) status = 'partly repealed';
  else if (inEffect.some((e) => e.relation === 'amends')) status = 'amended in part';
  else {
    const a = graph.getNodeAttributes(key);
    // in force from its effective date, else its adoption, else (a law known by its number only) the end of its year
    const since = a.effective ?? law?.effective ?? law?.adopted ?? a.date ?? (law?.year ? `${law.year}-12-31` : null);
    const known = a.kind === 'document' || law !== undefined;
    status = known && since !== null && (at === null || since <= at) ? 'in force' : 'unknown';
  }
  // a document in force for a stated period ("… có hiệu lực thi hành từ ngày … đến hết ngày 28 tháng 02 năm 2027") has expired
  // the day after its last one, unless an act on the whole ended it first (the node carries the identity's `expires`, when the
  // graph records it)
  const node = graph.getNodeAttributes(key);
  const expires = node.expires ?? null;
  if (expires && at !== null && at > expires && status !== 'replaced' && status !== 'repealed') status = 'expired';
  // its own text ends it, or the provisions another act takes over, when an act no text names takes effect ("… thì các quy
  // định tương ứng trong Nghị quyết này hết hiệu lực kể từ thời điểm các văn bản … đó có hiệu lực"): from its first day to its
  // last, whether it is still whole the corpus cannot say, and only an act on the whole that it records settles it
  const endsEarlierIf = node.endsEarlierIf ?? null;
  if (endsEarlierIf && (status === 'in force' || status === 'amended in part' || status === 'partly repealed')) status = 'unknown';
  if (replacedBy && current === key) current = replacedBy.by;
  return { events, current, repealed: status === 'repealed', status, at, endsEarlierIf };
}
