/** Guidance: which document a guiding text details ("quy định chi tiết", "hướng dẫn") and which lists only name guidance to come. */
import type { Relation } from '../schema.js';
import { lineIndexAt, type Layout } from '../layout.js';
import { inSortedRanges } from '../../text/ranges.js';
import { withoutQuotedWords } from './clauses.js';
import { GUIDANCE_TYPE, GUIDING_VERB_WORD, PLACE_WORD } from './patterns.js';
import { lineStartIn } from '../line-starts.js';

// a list of the documents still to be drafted or issued ("Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật
// quy định chi tiết Luật Đất đai năm 2024 giao Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành:"): its head names the list, then
// says the documents are to be issued (read in two steps, so that no pattern nests its bounded runs)
const DOCUMENT_LIST_NAMED = /Danh[ \n]+mục[ \n]+(?:các[ \n]+)?văn[ \n]+bản(?![\p{L}])/gu;
const TO_BE_ISSUED = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|giao(?![\p{L}])[^:.;]{0,120}?(?<![\p{L}])ban[ \n]+hành|cần[ \n]+ban[ \n]+hành|dự[ \n]+kiến|xây[ \n]+dựng|soạn[ \n]+thảo)(?![\p{L}])/u;
/** The line that ends with a colon above a mention (a table's or a list's head), within 40 lines and the article, is a list of documents to be drafted. */
export function draftingListAbove(text: string, start: number): boolean {
  let at = lineStartIn(text, start) - 1;
  for (let k = 0; k < 40 && at > 0; k++) {
    const from = lineStartIn(text, at);
    const line = text.slice(from, at);
    if (/:[ \t]*$/u.test(line)) {
      // (the head may wrap over a few lines: "… Danh mục văn bản quy phạm pháp\nluật quy định chi tiết … giao … ban\nhành:")
      const head = text.slice(Math.max(0, from - 400), at).trimEnd().slice(0, -1);
      const named = [...head.matchAll(DOCUMENT_LIST_NAMED)].pop();
      return named !== undefined && !/[.;:]/u.test(head.slice(named.index)) && TO_BE_ISSUED.test(head.slice(named.index));
    }
    if (/^[ \t]*Điều[ ]+\d/u.test(line)) return false;
    // (or the heading in capitals of an annex that lists them: "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT DỰ KIẾN BAN HÀNH NĂM 2017" over a table)
    if (/^[ \t]*DANH[ ]+MỤC[ ]+(?:CÁC[ ]+)?VĂN[ ]+BẢN(?![\p{L}])/u.test(line) && !/\p{Ll}/u.test(line) && TO_BE_ISSUED.test(line.toLowerCase())) return true;
    at = from - 1;
  }
  return false;
}
// A guidance ("HƯỚNG DẪN" on its type line) guides what it carries out: "HƯỚNG DẪN\nThực hiện Quyết định số 22/2023/QĐ-UBND …",
// "Thực hiện Quy định số 66-QĐ/TW …, Văn phòng Trung ương Đảng hướng dẫn … như sau:" (the relation gold's reading of 36-HD/VPTW:
// the guidance details the regulation), and its enacting line "Sở Giáo dục và Đào tạo hướng dẫn thực hiện Nghị quyết số A và
// Quyết định số B như sau:"; a plan, a programme or a report carries out ("implements") what it names after "Thực hiện"
// (in the preamble only when the title names no document: "HƯỚNG DẪN\nNghiên cứu, học tập … Nghị quyết số 29-NQ/TW …\nThực hiện
// Kế hoạch số 10-KH/TW …, Ban Tuyên giáo Trung ương hướng dẫn như sau:" is about the resolution and carries out the plan)
const TITLE_NAMES_DOCUMENT = /(?<![\p{L}])(?:Nghị[ \n]+quyết|Quyết[ \n]+định|Chỉ[ \n]+thị|Kết[ \n]+luận|Thông[ \n]+tư|Nghị[ \n]+định|Kế[ \n]+hoạch|Quy[ \n]+định|Chương[ \n]+trình|Luật|Bộ[ \n]+luật|Pháp[ \n]+lệnh)[ \n]+(?:số[ \n]*)?(?:\d|\p{Lu})/u;
// (or when the title names the very document the preamble carries out: "HƯỚNG DẪN\nthực hiện Quy định số 96-QĐ/TW …\nThực hiện Quy
// định số 96-QĐ/TW …, Ban Tổ chức Trung ương hướng dẫn một số nội dung như sau:"; `at` is the mention's start)
const NUMBER_AT = /^[^\d\n]{0,40}?(\d+[\d\p{L}/.-]*[\p{L}\d])/u;
const titleNamesIt = (layout: Layout, text: string, at: number): boolean => {
  const number = NUMBER_AT.exec(text.slice(at, at + 80))?.[1];
  return number !== undefined && number.includes('/') && text.slice(layout.titleStart, layout.titleEnd).includes(number);
};
export const carriedOut = (layout: Layout, text?: string, at?: number): Relation =>
  GUIDANCE_TYPE.test(layout.ownType ?? '') && (text === undefined || !TITLE_NAMES_DOCUMENT.test(text.slice(layout.titleStart, layout.titleEnd)) || (at !== undefined && titleNamesIt(layout, text, at))) ? 'guides' : 'implements';
const GUIDING_VERB = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/giu;
// a document's number and its year ("123/2020/NĐ-CP")
const NUMBER_YEAR = /(?<![\d/])\d{1,4}[a-z]?\/((?:19|20)\d{2})\/\p{Lu}/gu;
// a guiding verb and the places it names, up to the mention it governs
const VERB_ON_MENTION = /^(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?:[ \n]+(?:thi[ \n]+hành|thực[ \n]+hiện))?(?:[ \n]+(?:một[ \n]+số|các))?(?:(?:[ \n]+|[ \n]*,[ \n]*)(?:[Đđ]iều|khoản|điểm|và)(?:[ \n]+[\dđa-z]{1,4}(?:\.\d{1,2}){0,2})?){0,40}(?:[ \n]+của)?[ \n]*$/u;
// this document as a sentence names it: "… này", or the document an enacting formula issues
const SELF_NAMED = /(?<![\p{L}])này(?![\p{L}])|(?<![\p{L}])ban[ \n]+hành[ \n]+(?:Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết)(?![ \n]+(?:số|này)(?![\p{L}]))/gu;
// (a guidance and a letter by their numbers too: "Hướng dẫn này …, thay thế Hướng dẫn số 11-HD/VPTW … hướng dẫn về thể thức …")
const OTHER_DOCUMENT = /(?<![\p{L}])(?:Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị|Hướng[ \n]+dẫn[ \n]+số|Công[ \n]+văn)(?![ \n]+này)(?![\p{L}])/u;
/** Whether another document is named between this document ("… này") and the last guiding verb of `window`. */
/** Where the last guiding verb of `window` starts (-1: none). */
function lastGuidingVerb(window: string): number {
  let verb = -1;
  GUIDING_VERB.lastIndex = 0;
  for (let m = GUIDING_VERB.exec(window); m; m = GUIDING_VERB.exec(window)) verb = m.index;
  return verb;
}
export function otherActorBeforeVerb(window: string): boolean {
  const verb = lastGuidingVerb(window);
  if (verb < 0) return false;
  // (this document is "… này", or the one an enacting formula issues: "Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung một số
  // điều của Thông tư số A hướng dẫn …, Thông tư số B …" — A's title guides, not this circular)
  let self = -1;
  let selfEnd = -1;
  for (const m of window.slice(0, verb).matchAll(SELF_NAMED)) [self, selfEnd] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
  if (self < 0) return false;
  const between = window.slice(selfEnd, verb);
  // (a second verb of this document's own, after the object of its first: "Thông tư này quy định chi tiết thi hành Luật Căn cước
  // và hướng dẫn thực hiện Nghị định số …" — the law is no actor)
  const own = /^[ \n]+(?:quy[ \n]+định(?:[ \n]+chi[ \n]+tiết)?|hướng[ \n]+dẫn)(?![\p{L}])/u.exec(between);
  if (own && /(?<![\p{L}])và[ \n]*$/u.test(between) && !GUIDING_VERB_WORD.test(between.slice(own[0].length))) return false;
  return OTHER_DOCUMENT.test(between);
}
/** The year a document's number in `span` gives ("Nghị định số 70/2025/NĐ-CP": 2025), null when none does. */
export function numberYear(span: string): number | null {
  const m = NUMBER_YEAR_ONE.exec(span);
  return m ? Number(m[1]) : null;
}
const NUMBER_YEAR_ONE = new RegExp(NUMBER_YEAR.source, 'u');
/** Whether the last document numbered in `span` is older than `year`. */
const olderThan = (span: string, year: number): boolean => {
  const years = [...span.matchAll(NUMBER_YEAR)];
  return years.length > 0 && Number((years[years.length - 1] as RegExpMatchArray)[1]) < year;
};
/**
 * Whether this document's guiding verb, far back in its sentence, goes on past older documents to the one at the window's end,
 * which it governs (the places it names between): no document guides one adopted after it, so the verb is this one's:
 * "Thông tư này hướng dẫn … theo quy định tại Luật …, Nghị định số 123/2020/NĐ-CP … quy định về hóa đơn, chứng từ, hướng dẫn thi
 * hành các khoản … Điều 1 Nghị định số 70/2025/NĐ-CP" (the window reaches further back than the actor's usual reach).
 */
export function ownVerbPastOlder(window: string, objectYear: number | null): boolean {
  if (objectYear === null) return false;
  const verb = lastGuidingVerb(window);
  if (verb < 0) return false;
  const self = window.slice(0, verb).lastIndexOf('này');
  // (the verb governs the mention, the places it names between: "hướng dẫn thi hành các khoản 3, khoản 6 … Điều 1 Nghị định số …")
  return self >= 0 && VERB_ON_MENTION.test(window.slice(verb)) && /^[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/u.test(window.slice(self + 3, self + 40)) && olderThan(window.slice(self + 3, verb), objectYear);
}
// this document's guiding verb, and the provisions it locates what it guides in, just before the mention
const SELF_GUIDING = /(?<![\p{L}])này[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/gu;
// (or "… tại" the places: "… quy định chi tiết về hồ sơ, thủ tục … tại khoản 6 Điều 13 Luật Quản lý thuế số …")
// (or the programme, plan or regulation issued with it: "… thuộc Chương trình mục tiêu quốc gia … ban hành kèm theo Quyết định số …")
// (a point is lettered, "tại điểm c khoản 1 Điều 146 Nghị định số …"; a second document's places follow "và": "… tại điểm c khoản 1
// Điều 146 Nghị định số A … và điểm a khoản 1 Điều 77 Nghị định số B …")
const IN_PROVISIONS_OF = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+(?:tại|của)|(?:tại|và)(?:[ \n]+(?:(?:[Đđ]iều|[Kk]hoản)[ \n]+\d{1,3}[a-zđ]?|[Đđ]iểm[ \n]+(?:[a-zđ]\d?|\d{1,3}))(?:[ \n]*,)?){1,8}(?:[ \n]+của)?|ban[ \n]+hành[ \n]+kèm[ \n]+theo)[ \n]*$/u;
// the guiding verb of a title after its document's date and issuer ("… ngày 04 tháng 8 năm 2025 của Chính phủ quy định chi tiết …")
const TITLE_AFTER_ISSUER = /(?<=(?:^|[ \n])(?:19|20)\d{2}[ \n]+của[ \n]+(?:Chính[ \n]+phủ|Thủ[ \n]+tướng[ \n]+Chính[ \n]+phủ|Bộ[ \n]+trưởng[ \n]+Bộ[^\n,;.]{1,40}?)[ \n]+)(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/giu;
/**
 * Whether the mention at `start` closes the first sentence of a scope article whose actor is this document and whose verb
 * guides ("Thông tư này hướng dẫn … quy định tại Quyết định số …"): no sentence break, article heading or other guiding
 * verb between the verb and the mention. Bounded: 900 characters before the mention.
 */
export function guidedProvisionsOf(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 900), start);
  if (!IN_PROVISIONS_OF.test(before) || !inScopeArticle(text, start)) return false;
  let at = -1;
  SELF_GUIDING.lastIndex = 0;
  for (let m = SELF_GUIDING.exec(before); m; m = SELF_GUIDING.exec(before)) at = SELF_GUIDING.lastIndex;
  if (at < 0) return false;
  const rest = withoutQuotedWords(before.slice(at));
  // (an article's heading ends it, "Điều 2." — not a place that a wrap put at a line's start, "… tại khoản 6\nĐiều 13 Luật …";
  // a semicolon within a line separates what is guided, "… đăng ký hộ kinh doanh; Hệ thống thông tin quốc gia về đăng ký doanh
  // nghiệp theo quy định của Luật Doanh nghiệp", one at a line's end closes a clause)
  // (a guiding verb right after an earlier guided document's issuer is that document's title, not another actor: "… Điều 146 Nghị
  // định số A ngày … của Chính phủ quy định chi tiết … Luật Đấu thầu về lựa chọn nhà thầu và điểm a khoản 1 Điều 77 Nghị định số B")
  // (an acting verb after a semicolon or a comma governs what follows it: "…; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định
  // số 47/2021/NĐ-CP …" amends that decree, not guides it)
  // (nor a case the sentence locates in a document after the one it details: "… quy định chi tiết khoản 3 Điều 124 Luật Đất đai về …
  // đối với trường hợp quy định tại Điều 5 Nghị định số …" details the law only)
  const caseAt = CASE_LOCATED_BEFORE.exec(rest);
  if (caseAt !== null && DOCUMENT_TYPE_WORD.test(rest.slice(0, caseAt.index))) return false;
  // (nor what the sentence leaves out, "… trừ dự báo, cảnh báo … đã được quy định tại Quyết định số …": an exception, provided
  // elsewhere already)
  if (EXCEPTED_BEFORE.test(rest)) return false;
  return !/[.:](?:[ \n]|$)|;[ \t]*(?:\n|$)|\n[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]|[;,][ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)(?![\p{L}])/u.test(rest) && !/(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/iu.test(rest.replace(TITLE_AFTER_ISSUER, ' '));
}
// the list of places a scope article details, closed by the document they are of on a line of its own: "Thông tư này quy định chi
// tiết:\n1. Khoản 4 Điều 97 về …;\n2. Khoản 3 Điều 97 về …\ncủa Nghị định số …"
const SELF_DETAILS_LIST_HEAD = /(?:^|\n)[ \t]*(?:Thông[ \t]+tư|Nghị[ \t]+định|Quyết[ \t]+định|Nghị[ \t]+quyết)[ \t]+này[ \t]+(?:quy[ \t]+định[ \t]+chi[ \t]+tiết|hướng[ \t]+dẫn(?:[ \t]+(?:thi[ \t]+hành|thực[ \t]+hiện))?)[ \t]*:[ \t]*\n/gu;
const PLACE_ITEM_LINE = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])[ \t]*(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Mm]ục|[Cc]hương)[ \t]/u;
/** Whether the mention at `start` opens, after "của", the line that closes a scope article's list of the places it details. */
export function detailedListOf(text: string, start: number): boolean {
  const lineAt = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*của[ \t]+$/u.test(text.slice(lineAt, start)) || !inScopeArticle(text, start)) return false;
  const before = text.slice(Math.max(0, lineAt - 1500), lineAt);
  let headEnd = -1;
  SELF_DETAILS_LIST_HEAD.lastIndex = 0;
  for (let m = SELF_DETAILS_LIST_HEAD.exec(before); m; m = SELF_DETAILS_LIST_HEAD.exec(before)) headEnd = SELF_DETAILS_LIST_HEAD.lastIndex;
  if (headEnd < 0) return false;
  const items = before.slice(headEnd).split('\n').filter((l) => l.trim() !== '');
  // (every line between is an item of places, "2. Khoản 3 Điều 97 về …", or the wrap of one, never an article's heading)
  return items.length > 0 && PLACE_ITEM_LINE.test(items[0] as string) && items.every((l) => !/^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]/u.test(l));
}
const CASE_LOCATED_BEFORE = new RegExp(String.raw`(?<![\p{L}])trường[ \n]+hợp[ \n]+(?:được[ \n]+)?(?:quy[ \n]+định|nêu)[ \n]+tại(?:[ \n]+${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+)?)*(?:[ \n]+của)?[ \n]*$`, 'u');
const EXCEPTED_BEFORE = /(?<![\p{L}])trừ(?![\p{L}])[^.;:]{0,300}?(?<![\p{L}])(?:đã[ \n]+được[ \n]+)?(?:quy[ \n]+định|nêu)[ \n]+tại[^.;:]{0,120}$/u;
const DOCUMENT_TYPE_WORD = /(?<![\p{L}])(?:Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định)(?![\p{L}])/u;
/**
 * Whether the mention at `start` closes a clause of the scope article that specifies what a document assigns to this one: "2. Quy
 * định cụ thể nội dung được giao tại khoản 4 Điều 23 Nghị định số …", "Quyết định này quy định … được giao tại khoản 3 Điều 45
 * Luật …" — the delegation a detailing act fulfils (one line, no sentence break, the clause opening with the verb or "… này quy định").
 */
export function delegatedInScope(text: string, start: number): boolean {
  const line = text.slice(lineStartIn(text, start), start);
  return line.length <= 600 && line.includes('giao') && DELEGATED_AT.test(line) && DELEGATING_CLAUSE.test(line) && !/[.;](?:[ \t]|$)/u.test(line.replace(/^[ \t]*\d{1,2}[.)]/u, '')) && inScopeArticle(text, start);
}
const DELEGATED_AT = /(?<![\p{L}])(?:được[ \t]+)?giao[ \t]+tại(?:[ \t]+(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \t]+\d{1,3}[a-zđ]?(?:[ \t]*,)?){1,8}(?:[ \t]+của)?[ \t]*$/u;
const DELEGATING_CLAUSE = /^[ \t]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+])[ \t]*)?(?:(?:Quyết[ \t]+định|Thông[ \t]+tư|Nghị[ \t]+định|Nghị[ \t]+quyết)[ \t]+này[ \t]+)?[Qq]uy[ \t]+định(?![\p{L}])/u;
const ARTICLE_HEADING_ALL = /(?:^|\n)[ \t]*Điều[ ]+\d+[a-zđ]?[.:]/gu;
/** Where the last article heading of `s` starts (its line break included), -1 for none: one pass, where a lookahead over the rest cost a pass per heading. */
export function lastArticleHeading(s: string): number {
  let at = -1;
  ARTICLE_HEADING_ALL.lastIndex = 0;
  for (let m = ARTICLE_HEADING_ALL.exec(s); m; m = ARTICLE_HEADING_ALL.exec(s)) at = m.index;
  return at;
}
const ARTICLE_LINE = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]/u;
const ITEM_OR_ARTICLE_LINE = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•]|Điều[ ]+\d|Chương[ ]|CHƯƠNG[ ]|Mục[ ]+\d)/u;
/**
 * The heading of the article `pos` is an item of ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số …", over the lines
 * it wraps onto, up to its first item), as [start, end) offsets; not the new wording of an article quoted in it, nor one
 * more than 60 000 characters back. Null before the first article.
 */
export function governingArticleHeading(text: string, layout: Layout, pos: number): { start: number; end: number } | null {
  const lines = layout.lines;
  for (let i = lineIndexAt(lines, pos); i >= 0 && pos - (lines[i] as number) <= 60_000; i--) {
    const start = lines[i] as number;
    const end = i + 1 < lines.length ? (lines[i + 1] as number) : text.length;
    if (!ARTICLE_LINE.test(text.slice(start, Math.min(end, start + 16)))) continue;
    if (inSortedRanges(layout.quotedWordings, start)) continue;
    let headingEnd = end;
    for (let j = i + 1; j < lines.length && headingEnd - start < 600; j++) {
      const from = lines[j] as number;
      const to = j + 1 < lines.length ? (lines[j + 1] as number) : text.length;
      if (ITEM_OR_ARTICLE_LINE.test(text.slice(from, to)) || /^[ \t]*$/u.test(text.slice(from, to))) break;
      headingEnd = to;
    }
    return { start, end: Math.min(headingEnd, pos) };
  }
  return null;
}
/** Whether `pos` lies in an article whose heading matches `heading` (the last article heading within 3 000 characters). */
export function inArticleHeaded(text: string, pos: number, heading: RegExp): boolean {
  const before = text.slice(Math.max(0, pos - 3000), pos);
  const at = lastArticleHeading(before);
  if (at < 0) return false;
  const m = /^\n?[ \t]*Điều[ ]+\d+[a-zđ]?[.:][ \t]*/u.exec(before.slice(at));
  return m !== null && heading.test(before.slice(at + m[0].length));
}
/** Whether `pos` lies in an article headed "Phạm vi điều chỉnh" (the last article heading within 1 500 characters). */
export function inScopeArticle(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 1500), pos);
  const at = lastArticleHeading(before);
  if (at >= 0 && /^\n?[ \t]*Điều[ ]+\d+[a-zđ]?[.:][ \t]*Phạm[ ]+vi[ ]+điều[ ]+chỉnh/u.test(before.slice(at))) return true;
  // (or the new wording of one, quoted in the article that amends it: "1. Sửa đổi, bổ sung Điều 1 như sau:\n“Điều 1. Phạm vi điều
  // chỉnh\n…": read so when the quoted text is read as its own document's, see quotedGuidanceActor in extract.ts)
  // (the last quoted heading, and the quote still open at `pos`: an odd number of quotes from its opening one)
  const tail = before.slice(Math.max(0, at));
  let open = -1;
  let heading = -1;
  QUOTED_HEADING_ALL.lastIndex = 0;
  for (let m = QUOTED_HEADING_ALL.exec(tail); m; m = QUOTED_HEADING_ALL.exec(tail)) {
    open = m.index + m[0].search(/["“]/u);
    heading = m.index + m[0].length;
  }
  if (open < 0 || !/^Phạm[ ]+vi[ ]+điều[ ]+chỉnh/u.test(tail.slice(heading))) return false;
  return (tail.slice(open).match(/["“”]/gu)?.length ?? 0) % 2 === 1;
}
const QUOTED_HEADING_ALL = /(?:^|\n)[ \t]*["“]Điều[ ]+\d+[a-zđ]?[.:][ \t]*/gu;
