/** Small readers of one clause or section of text: its opening verb, its last operative verb, where it breaks or ends, what a quote hides. */
import { inSortedRanges } from '../../text/ranges.js';
import type { Layout } from '../layout.js';
import { ACTOR_DECIDES, ACT_AT, CLAUSE_MARK, OPERATIVE_VERB, OTHER_AMENDING_AT, PAPER_OBJECT, PLACE_ITEM, PROCEDURE_OBJECT } from './patterns.js';

const OPENING_MARK = new RegExp(String.raw`^[ \t\n]*(?:${CLAUSE_MARK}[ \t]*)?`, 'u');
// "Nay", the actor that decides, "Phê duyệt": what may stand before the verb, the clause's first word capitalized
const OPENING_LEAD = new RegExp(String.raw`^(?:Nay[ \n]+(?:${ACTOR_DECIDES})?|${ACTOR_DECIDES})(?:phê[ \n]+duyệt[ \n]+)?|^Phê[ \n]+duyệt[ \n]+`, 'u');
/**
 * Where the opening verb of a clause ends (an amending verb of another wording, see OTHER_AMENDING_VERB, or any act), -1 when
 * the clause opens otherwise: after its mark, the first word is capitalized, the verb or what may lead it ("Nay", the actor
 * that decides, "Phê duyệt"); a page break's blank line opens no clause ("\n\nsửa đổi, bổ sung một số điều của …").
 */
export function openingVerb(clause: string): { end: number; verb: string; approved: boolean } | null {
  const mark = (OPENING_MARK.exec(clause) as RegExpExecArray)[0].length;
  const first = clause.charAt(mark);
  if (first === '' || first === first.toLowerCase()) return null;
  const rest = first.toLowerCase() + clause.slice(mark + 1);
  const lead = OPENING_LEAD.exec(clause.slice(mark))?.[0] ?? '';
  const verb = OTHER_AMENDING_AT.exec(rest.slice(lead.length)) ?? ACT_AT.exec(rest.slice(lead.length));
  return verb ? { end: mark + lead.length + verb[0].length, verb: verb[0].replace(/\s+/gu, ' '), approved: /duyệt/u.test(lead) } : null;
}
/** The end of the last match of the global `re` in `s`, or -1. */
export function lastMatchEnd(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
  return at;
}
// how deep a list mark sits, outermost first: "I." and "A." 0, "1." 1, "1.1." 2, "1.1.1." 3, "a)" 4, "-" and "•" 5, "+" 6; -1 for a
// line without a mark
export function markRank(line: string): number {
  const m = /^[ \t\u00A0]*(?:((?:[IVXLC]{1,6}|[A-ZĐ])[.)][ \t])|(\d{1,2}(?:\.\d{1,2}){0,2})\.?[)]?(?=[ \t])|([a-zđ][)])|([-–•])|(\+))/u.exec(line);
  if (!m) return -1;
  if (m[1] !== undefined) return 0;
  if (m[2] !== undefined) return 1 + (m[2].match(/\./gu)?.length ?? 0);
  if (m[3] !== undefined) return 4;
  return m[4] !== undefined ? 5 : 6;
}
/** An object that is no part of the document: a paper, a procedure, documents in general ("Bãi bỏ thủ tục …", "Hủy bỏ Giấy chứng nhận …", "Bãi bỏ các văn bản không còn phù hợp"). */
export function noPartObject(object: string): boolean {
  return PAPER_OBJECT.test(object) || PROCEDURE_OBJECT.test(object) || /^(?:các|những)?[ \n]*văn[ \n]+bản(?![\p{L}])/iu.test(object);
}
// a quoted wording: “…” or "…" (the normalized text has straight quotes), which may wrap over lines
// (a passage struck out may run to several sentences and wrap over a page break: "Bãi bỏ … đoạn “Quyết định về việc hủy … theo
// Mẫu số 20 ban hành kèm theo Thông tư này” tại khoản 2 Điều 12 của Thông tư số …")
const QUOTED_WORDING = /“[^“”]{0,1000}”|"[^"]{0,1000}"/gu;
/**
 * `s` with the words of its quoted wordings blanked, offsets kept. `s` is a window that may begin inside a quote:
 * an odd number of straight quotes, or a closing quote before any opening one, means its first part is quoted.
 */
export function withoutQuotedWords(s: string): string {
  let from = 0;
  const close = s.indexOf('”');
  if (close >= 0 && close < (s.indexOf('“') + 1 || Infinity)) from = close + 1;
  else if ((s.match(/"/g)?.length ?? 0) % 2 === 1) from = s.indexOf('"') + 1;
  return ' '.repeat(from) + s.slice(from).replace(QUOTED_WORDING, (q) => ' '.repeat(q.length));
}

export const lastOperativeVerb = (s: string): number => lastMatchEnd(OPERATIVE_VERB, s);

export const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * Where the items that follow `from` end: at the first `next` (a new article or provision) that is not inside a quoted
 * wording (an amended text quotes whole articles), and at most 6 000 characters on.
 */
export function sectionEnd(text: string, layout: Layout, from: number, next: RegExp): number {
  const limit = Math.min(text.length, from + 6000);
  next.lastIndex = from;
  for (let m = next.exec(text); m && m.index < limit; m = next.exec(text)) if (!inSortedRanges(layout.quotedWordings, m.index + 1) && !placeWrappedAt(text, m.index)) return m.index;
  return limit;
}
// a line that stops inside a place ("… tại điểm a khoản 1\nĐiều 78.", "… của\nĐiều 5"): the "Điều" that opens the next line is
// the rest of that place, no article
const PLACE_CUT = /(?:(?<![\p{L}])(?:khoản|điểm)[ ]+[\dđa-z]{1,4}|(?<![\p{L}])(?:tại|của|và)|,)[ \t]*$/u;
export const placeWrappedAt = (text: string, lineBreak: number): boolean => /^\n[ \t]*Điều[ ]/u.test(text.slice(lineBreak, lineBreak + 8)) && PLACE_CUT.test(text.slice(Math.max(0, lineBreak - 40), lineBreak));

// (the places may be located again: "Bãi bỏ cụm từ “…” tại điểm 7 Phụ lục số 1; tại điểm 6 mục I Phụ lục số 2 ban hành kèm theo …")
const PLACE_ITEM_AT = new RegExp(`^(?:(?:và[ \\n]+)?tại[ \\n]+)?${PLACE_ITEM.source.slice(1)}`, 'u');
/** A semicolon before the next place of a list of places ("… Điều 21; khoản 3.3 Điều 35; tại điểm h …"): no clause break. */
export const PLACES_SEMICOLON = new RegExp(`;(?=[ \\n]+${PLACE_ITEM_AT.source.slice(1)})`, 'gu');
/** Where the clause that holds the end of `left` starts: after its last "; " or ". " (-1: no break). */
export function clauseBreak(left: string): number {
  let at = left.length;
  while (at > 0) {
    const b = Math.max(left.lastIndexOf('; ', at - 1), left.lastIndexOf('. ', at - 1));
    if (b < 0 || left[b] === '.' || !PLACE_ITEM_AT.test(left.slice(b + 2, b + 48))) return b;
    at = b;
  }
  return -1;
}
