/** Acts a document performs on the same cited document beyond its first one ("sửa đổi khoản 2 …; bãi bỏ khoản 4 …"). */
import type { Relation } from '../schema.js';
import { inSortedRanges } from '../../text/ranges.js';
import { lineStart, paragraphStart, type Layout } from '../layout.js';
import { clauseBreak, lastOperativeVerb, noPartObject, openingVerb, placeWrappedAt, sectionEnd, withoutQuotedWords } from './clauses.js';
import { ACT_WORDS, NAMES_A_DOCUMENT, NEXT_ARTICLE, OTHER_AMENDING_WORDS, PLACE_ITEM, PLACE_WORD } from './patterns.js';

// the title of an amending act that ends where its number follows ("Luật sửa đổi, bổ sung một số điều của các luật liên
// quan đến đầu tư xây dựng cơ bản số …")
export const AMENDING_TITLE_AT_END = /(?<![\p{L}])(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Thông[ \n]+tư|Nghị[ \n]+quyết)[ \n]+sửa[ \n]+đổi[^.;:]{0,240}$/u;

const SUSPENDING_IN_CLAUSE = /(?<![\p{L}])(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành)(?![\p{L}])/iu;
const SUSPENSION_PERIOD = /(?<![\p{L}])(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp)[ \n]+(?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)/iu;
const AMEND_VERB = /(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế)(?![\p{L}])/iu;
const REPEAL_VERB = /(?<![\p{L}])(?:bãi[ \n]+bỏ|bỏ|h(?:ủy|uỷ)[ \n]+bỏ)(?![\p{L}])/iu;
// a sub-item of an amending chapeau that repeals and names no document: "b) Bỏ khoản 2 Điều 4.", "c) Bãi bỏ Điều 9."
// (any mark, "1.2.", "-", "+"; or the places first and the verb after them: "b) Điều 5 bãi bỏ.", "b) Khoản 3 Điều 7 bỏ cụm từ “…”.")
// the mark an item opens with: "a)", "1.", "1.2.", "-", "+", "•"
// (items marked with Roman numerals too, as older circulars mark them: "III. Bãi bỏ điểm 2 Mục III Phần C.")
const ITEM_MARK_AT = /^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})[).]|[IVXLC]{1,6}\.|[-+•])/u;
const REPEAL_ITEM = /^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})[).]|[IVXLC]{1,6}\.|[-+•])[ \t]*(?:Bãi[ ]+bỏ|Bỏ|H(?:ủy|uỷ)[ ]+bỏ)[ \n]+([^\n]{1,300})/u;
const REPEALED_ITEM = new RegExp(String.raw`^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})[).]|[IVXLC]{1,6}\.|[-+•])[ \t]*(${PLACE_WORD}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)${PLACE_WORD}){0,10})[ \t]+(?:(?:được|bị)[ \t]+)?(?:(?:bãi[ ]+bỏ|h(?:ủy|uỷ)[ ]+bỏ)[ \t]*[.;]?[ \t]*$|bỏ[ \t]+(?:cụm[ \t]+từ|từ|đoạn)[ \t]+[“"][^\n]{1,300}$)`, 'u');
const REMOVAL_IN_LINE = /[;,][ \t]*(?:và[ \t]+)?(?:bãi[ ]+)?bỏ[ ]+(cụm[ ]+từ[^\n]{1,300})/u;
// where the provisions under a chapeau end: the next article, or the next numbered clause
// a note in parentheses after a place, "Điều 12 (thu phí sử dụng tạm thời hè phố …)"
const PLACE_NOTE = /\([^()\n]{1,240}\)/gu;
const NEXT_PROVISION = /\n[ \t]*(?:Điều[ ]+\d|\d{1,2}\.[ ])/gu;
// the rest of an article heading (up to five wrapped lines, none a sentence or a chapeau of its own) and its first item
// (blank lines may part them, as a converted page leaves them: "Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số …\n\n1. Sửa đổi …")
const HEADING_THEN_ITEM = /^[^\n]*\n(?:[ \t]*\n|(?![^\n]*như[ ]+sau)[^\n]*[^.:;\n \t][ \t]*\n){0,5}[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])/u;
/**
 * The second act a mention carries, besides `relation` (see `Citation.alsoActs`): the other verb of a chapeau that
 * names both ("Thay thế, bãi bỏ một số cụm từ, khoản, phụ lục của Nghị định số 85/2024/NĐ-CP"), or, under an
 * amending chapeau that ends "như sau:", a sub-item that repeals a part without naming a document. Bounded: the
 * clause before the mention and at most 6 000 characters after it.
 */
export function secondaryActs(text: string, layout: Layout, relation: Relation, start: number, tailEnd: number, prevTailEnd: number): Array<{ relation: Relation; scope: { whole: boolean; part: string | null } }> {
  if (relation !== 'amends' && relation !== 'repeals') return [];
  const pStart = paragraphStart(layout, start);
  // (as far back again as the notes in parentheses there are long: "thay thế Điều 6, Điều 7 (quản lý, vận hành …; đấu nối …) và
  // bãi bỏ Điều 12 (…) của Quy định … ban hành kèm theo Quyết định số …")
  const notes = [...text.slice(Math.max(0, start - 400), start).matchAll(PLACE_NOTE)].reduce((n, m) => n + m[0].length, 0);
  const leftFrom = Math.max(prevTailEnd, pStart, start - 240 - notes);
  let left = text.slice(leftFrom, start);
  // the title of the previous document says what it amended ("Bãi bỏ Điều 10 của Nghị định số A ngày … sửa đổi, bổ sung một
  // số nghị định …; các Điều 27, 28 của Nghị định số B"): no verb of this clause
  if (leftFrom === prevTailEnd && /^[ \n]*,?[ \n]*(?:về[ \n]+việc[ \n]+|quy[ \n]+định[ \n]+)?(?:sửa[ \n]+đổi|bổ[ \n]+sung)/u.test(left)) left = left.slice(left.lastIndexOf(';') + 1);
  const verb = lastOperativeVerb(left);
  let clause = verb >= 0 ? left.replace(AMENDING_TITLE_AT_END, ' ') : '';
  // (a clause that opens with its acts names them there, "Sửa đổi, bổ sung, bãi bỏ …", "Bãi bỏ khoản 4 … và sửa đổi khoản 5 …": a verb
  // inside the description of the object is none, "Bãi bỏ khoản 3 Điều 5 quy định về trường hợp không bổ sung hồ sơ của …")
  const own = clause.slice(Math.max(0, clauseBreak(clause) + 2));
  const opened = clause ? openingVerb(withoutQuotedWords(own)) : null;
  if (opened !== null) {
    const list = new RegExp(String.raw`^(?:[ \n]*(?:,|và)[ \n]*${ACT_WORDS}(?![\p{L}]))*`, 'iu').exec(own.slice(opened.end));
    const rest = own.slice(opened.end + (list?.[0].length ?? 0));
    // (a second act after the places of the first, "… Điều 4 và sửa đổi Điều 5", is the clause's too)
    // (the notes of the places in parentheses, their commas and semicolons, are no breaks: "Điều 6, Điều 7 (quản lý …; đấu nối …) và bãi bỏ …")
    const second = new RegExp(String.raw`^(?:[^,;.]|,(?![ \n]*(?:quy[ \n]+định|về)))*?[ \n](?:và|,)[ \n]*(?:${ACT_WORDS}|${OTHER_AMENDING_WORDS})(?![\p{L}])`, 'iu').exec(withoutQuotedWords(rest).replace(PLACE_NOTE, (x) => ' '.repeat(x.length)));
    clause = own.slice(0, opened.end + (list?.[0].length ?? 0)) + (second && PLACE_ITEM.test(rest.trimStart()) ? second[0] : '');
  }
  const other: Relation = relation === 'amends' ? 'repeals' : 'amends';
  // "Sửa đổi, bổ sung và ngưng hiệu lực thi hành một số điều tại Nghị định số …": an amending verb with a suspending one (the
  // period of a suspension, "trong thời gian ngưng hiệu lực của …", is no act)
  if (clause && relation === 'amends' && SUSPENDING_IN_CLAUSE.test(clause) && !SUSPENSION_PERIOD.test(clause)) return [{ relation: 'suspends', scope: { whole: false, part: null } }];
  if (clause && (other === 'repeals' ? REPEAL_VERB : AMEND_VERB).test(clause)) return [{ relation: other, scope: { whole: false, part: null } }];
  if (relation !== 'amends') return [];
  // the chapeau: a clause whose sentence ends with "như sau:", or an article heading ("Điều 101. Sửa đổi, bổ sung … Luật …")
  const rest = text.slice(tailEnd, Math.min(text.length, tailEnd + 400));
  // an article heading's provisions run to the next article ("Điều 101. Sửa đổi, bổ sung … Luật … số …\n1. Sửa đổi\nkhoản
  // 5 Điều 4 như sau:" — that "như sau" is its first clause's)
  // (unless a chapeau of its own follows the heading: "Điều 76. Sửa đổi, bổ sung … Luật giáo dục\nSửa đổi, bổ sung, bãi bỏ
  // một số điều của Luật giáo dục số … như sau:" carries the acts itself)
  // (the heading may wrap over the amended document's long title: "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số
  // 27/2018/TT-\nBLĐTBXH ngày … quy định về …\n… nghề nghiệp\n1. Sửa đổi …")
  const articleLine = /^[ \t]*Điều[ ]+\d+[a-zđ]?[.:]/u.test(text.slice(lineStart(layout, start), start));
  const heading = articleLine && !/^[^\n]*như[ \n]+sau[ \t]*:/u.test(rest) && HEADING_THEN_ITEM.test(text.slice(tailEnd, Math.min(text.length, tailEnd + 1200)));
  const colon = heading ? null : /^[^.;]*?như[ \n]+sau[ \t]*:/u.exec(rest);
  if (!colon && !heading) return [];
  const from = colon ? tailEnd + colon[0].length : tailEnd;
  // (an article heading that ends "như sau:" heads the whole article: "Điều 2. Sửa đổi một số điều của Nghị định số … như
  // sau:\n1. Thay thế cụm từ …; bỏ cụm từ …")
  // (not when the "như sau:" is that of a chapeau of its own below the heading, which the chapeau's mention carries)
  // (and so does a chapeau without a mark right under the article heading: "Điều 1. Sửa đổi, bổ sung Biểu mức thu phí …\nSửa đổi, bổ sung
  // một số mục tại Biểu mức thu phí … ban hành kèm theo Thông tư số … như sau:\n1. Sửa đổi mục 2.1 …\n3. Bãi bỏ mục 3.2 phần III.")
  const lineFrom = lineStart(layout, start);
  const headingAbove = /(?:^|\n)[ \t]*Điều[ ]+\d+[a-zđ]?[ ]*[.:][^\n]*\n$/u.test(text.slice(Math.max(0, lineFrom - 400), lineFrom));
  const unmarkedChapeau = !articleLine && colon !== null && headingAbove && !/^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])/u.test(text.slice(lineFrom, start));
  const headsArticle = heading || unmarkedChapeau || (articleLine && colon !== null && !/\n[ \t]*(?:Sửa[ ]+đổi|Bổ[ ]+sung|Bãi[ ]+bỏ|Thay[ ]+thế)(?![\p{L}])/u.test(colon[0]));
  const to = sectionEnd(text, layout, from, headsArticle ? NEXT_ARTICLE : NEXT_PROVISION);
  const parts: string[] = [];
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) {
    if (inSortedRanges(layout.quotedWordings, p + 1)) continue;
    let line = text.slice(p + 1, Math.min(to, text.indexOf('\n', p + 1) < 0 ? to : text.indexOf('\n', p + 1)));
    // an item over the lines it wraps onto ("5. Bãi bỏ\nđiểm d khoản 3 Điều 77; …", "8. Bãi bỏ khoản 1, khoản 2 Điều\n8, khoản 2
    // Điều 9."): up to its stop or the next item, four lines at most; the loop goes on after its last line
    if (ITEM_MARK_AT.test(line)) {
      for (let k = 0; k < 4 && !/[.;:][ \t]*$/u.test(line); k++) {
        const at = p + 1 + line.length;
        if (at >= to || inSortedRanges(layout.quotedWordings, at + 1)) break;
        const nextEnd = text.indexOf('\n', at + 1);
        const next = text.slice(at + 1, Math.min(to, nextEnd < 0 ? to : nextEnd));
        if (next.trim() === '' || ITEM_MARK_AT.test(next) || /^[ \t]*[“"]/u.test(next) || (/^[ \t]*Điều[ ]+\d/u.test(next) && !placeWrappedAt(text, at))) break;
        line += `\n${next}`;
      }
      p += line.lastIndexOf('\n') + 1;
      line = line.replace(/\n/gu, ' ');
    }
    // (an item that abolishes a procedure, cancels a paper or repeals documents in general acts on no part of the document:
    // "1.2. Bãi bỏ thủ tục cấp giấy phép …", "2. Hủy bỏ Giấy chứng nhận …", "- Bãi bỏ các văn bản không còn phù hợp …")
    const found = REPEAL_ITEM.exec(line);
    const item = found && noPartObject(found[1] as string) ? null : (found ?? REPEALED_ITEM.exec(line));
    // (a status note in brackets names a document without acting on it: "2. Bãi bỏ khoản 4 Điều 10 (đã được bổ sung tại khoản 3 Điều 1
    // Quyết định số …).")
    if (item && !NAMES_A_DOCUMENT.test(withoutQuotedWords(line).replace(/\([^()\n]{0,240}\)/gu, ' '))) parts.push((item[1] as string).replace(/[.;:]\s*$/u, '').trim());
    // a removal after the item's first act, in the same line: "1. Thay thế cụm từ “…” bằng cụm từ “…” tại Khoản 1 Điều 8; bỏ cụm từ
    // “…” tại Khoản 4 Điều 13."
    // (outside the quoted wordings before it: the line's last quote may be left open by a typo)
    else if (!item) {
      const removal = REMOVAL_IN_LINE.exec(line);
      if (removal && (line.slice(0, removal.index).match(/"/g)?.length ?? 0) % 2 === 0 && !NAMES_A_DOCUMENT.test(withoutQuotedWords(line.slice(0, removal.index)))) parts.push((removal[1] as string).replace(/[.;:]\s*$/u, '').trim());
    }
  }
  return parts.length > 0 ? [{ relation: 'repeals', scope: { whole: false, part: parts.join('; ') } }] : [];
}
