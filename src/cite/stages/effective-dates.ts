/** The day an act on a cited document takes effect, when the effect article says it, per provision when provisions take effect in stages. */
import { DAY_WRITTEN, dayOf, dayStatedAfter } from '../effective.js';
import { inSortedRanges } from '../../text/ranges.js';
import { zoneAt, type Layout } from '../layout.js';
import type { Relation } from '../schema.js';
import type { Mention } from './mention.js';

// a provision of this document that takes effect on a day of its own ("2. Điều 2 và khoản 3 Điều 6 Thông tư này có hiệu lực thi hành
// từ ngày 01 tháng 9 năm 2026."): the articles (and clauses) it names, then the day
// (each list unambiguous: numbers after a separator within a place, a place word after one between places)
const STAGED_PLACES = String.raw`(?:(?:[Kk]hoản[ \n]+\d{1,2}(?:[ \n]*(?:,|và)[ \n]*\d{1,2})*[ \n]+)?Điều[ \n]+\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?)*)`;
const STAGED_EFFECT = new RegExp(String.raw`(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[a-zđ][)][ \t]*)?(?:Các[ \n]+|Riêng[ \n]+)?(${STAGED_PLACES}(?:[ \n]*(?:,|và)[ \n]*${STAGED_PLACES})*)[ \n]+(?:của[ \n]+)?(?:(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định)[ \n]+này[ \n]+)?có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+${DAY_WRITTEN}`, 'gu');
const STAGED_PLACE = /(?:[Kk]hoản[ \n]+(\d{1,2}(?:[ \n]*(?:,|và)[ \n]*\d{1,2})*)[ \n]+)?Điều[ \n]+(\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?)*)/gu;
const stagedDays = new WeakMap<Layout, Map<string, string>>();
/** The days on which provisions of this document take effect apart from the rest, by "N" (article) or "N.k" (clause); once per layout. */
function stagedDaysOf(t: string, layout: Layout): Map<string, string> {
  let days = stagedDays.get(layout);
  if (days) return days;
  days = new Map();
  STAGED_EFFECT.lastIndex = layout.preambleEnd;
  for (let m = STAGED_EFFECT.exec(t); m; m = STAGED_EFFECT.exec(t)) {
    if (inSortedRanges(layout.quotedWordings, m.index + 1)) continue;
    const day = dayOf(m, 2);
    if (day === null) continue;
    for (const p of (m[1] as string).matchAll(STAGED_PLACE)) {
      const articles = (p[2] as string).split(/[ \n]*(?:,|và)[ \n]*/u).filter((x) => x !== '');
      const clauses = p[1] ? (p[1] as string).split(/[ \n]*(?:,|và)[ \n]*/u).map((x) => x.trim()).filter((x) => x !== '') : [];
      for (const a of articles) {
        if (clauses.length === 0) days.set(a, day);
        else for (const k of clauses) days.set(`${a}.${k}`, day);
      }
    }
  }
  stagedDays.set(layout, days);
  return days;
}
const ARTICLE_AT = /(?:^|\n)[ \t]*Điều[ ]+(\d{1,3}[a-zđ]?)\.[^\n]*/gu;
const CLAUSE_LINE_AT = /\n[ \t]*(\d{1,2})\.[ \t]/gu;
/** The day the provision holding `pos` takes effect apart from the rest of the document (see stagedDaysOf), if the text gives one. */
export function stagedEffective(t: string, layout: Layout, pos: number): { effective: string } | null {
  const days = stagedDaysOf(t, layout);
  if (days.size === 0 || zoneAt(layout, pos) !== 'body') return null;
  let article: string | null = null;
  let articleAt = -1;
  const from = Math.max(layout.preambleEnd, pos - 20_000);
  ARTICLE_AT.lastIndex = from;
  for (let m = ARTICLE_AT.exec(t); m && m.index < pos; m = ARTICLE_AT.exec(t)) {
    if (inSortedRanges(layout.quotedWordings, m.index + 1)) continue;
    article = m[1] as string;
    articleAt = m.index;
  }
  if (article === null) return null;
  let clause: string | null = null;
  CLAUSE_LINE_AT.lastIndex = articleAt;
  for (let m = CLAUSE_LINE_AT.exec(t); m && m.index < pos; m = CLAUSE_LINE_AT.exec(t)) if (!inSortedRanges(layout.quotedWordings, m.index + 1)) clause = m[1] as string;
  const day = (clause !== null ? days.get(`${article}.${clause}`) : undefined) ?? days.get(article);
  return day ? { effective: day } : null;
}

/**
 * The day an act takes effect when the text gives it for this act: read after the mention, up to the next document the
 * clause names as its own item (a head mention), so that one act's day is never another's.
 */
export function actEffective(t: string, relation: Relation, m: Mention, mentions: readonly Mention[], roles: readonly { role: string }[], mi: number): { effective: string } | null {
  if (relation !== 'repeals' && relation !== 'replaces' && relation !== 'suspends') return null;
  let to = m.tailEnd + 700;
  for (let k = mi + 1; k < mentions.length; k++) {
    if (roles[k]?.role === 'head') {
      to = Math.min(to, (mentions[k] as Mention).start);
      break;
    }
  }
  const day = dayStatedAfter(t.slice(m.tailEnd, Math.max(m.tailEnd, to)), relation === 'suspends' ? 'from' : 'ends');
  return day === null ? null : { effective: day };
}
