/** What an act touches: the whole document, or the articles, clauses, points and annexes named before or after the mention. */
import type { Relation } from '../schema.js';
import { inSortedRanges } from '../../text/ranges.js';
import { lineStart, paragraphStart, type Layout } from '../layout.js';
import { clauseBreak, lastMatchEnd, lastOperativeVerb, oneLine, openingVerb, sectionEnd, withoutQuotedWords } from './clauses.js';
import { NAMES_A_DOCUMENT, NEXT_ARTICLE, SCOPE_RUN, THIS_DOCUMENT } from './patterns.js';
import { lineStartIn } from '../line-starts.js';

// the part of a document an operative verb acts on, written before the mention: "khoản 4 Điều 18 của", "Phụ lục II ban hành kèm theo"
// (or a set of its provisions named by what they are about: "Bãi bỏ các quy định liên quan đến người hoạt động không chuyên
// trách … quy định tại Nghị định số …", "Những chỉ tiêu phân công cho Tổng cục Thống kê … quy định tại Thông tư số … hết hiệu
// lực"; "các quy định tại Luật …" is all of them; "Bãi bỏ phần khái niệm, định nghĩa của chỉ tiêu số 20 … quy định tại Thông tư số …";
// "điều" and "khoản" are places only with their number or a count, "một khoản của", "các khoản sau": "điều trị", "điều kiện", "các
// khoản đóng góp" are words)
// (a procedure named by its own code is one of those a document issued, "Quy trình kiểm định số QTKĐ:06-2016/BLĐTBXH … ban hành
// kèm theo Thông tư số A": the labour ministry issues its inspection procedures many to a circular and ends them one by one; read
// from the name or, in a list of them, from the last code)
const PART_BEFORE = /(?<![\p{L}])(?:[Qq]uy[ \n]+trình(?=[ \n]+(?:kiểm[ \n]+định[ \n]+)?(?:số[ \n]+)?[A-ZĐ]{2,8}[ \n]*:[ \n]*\d)|[A-ZĐ]{2,8}[ \n]*:[ \n]*\d{1,3}-\d{4}\/[A-ZĐ]{2,12}(?=[ \n]+[Qq]uy[ \n]+trình)|[Dd]anh[ \n]+mục|[Đđ]iều(?=[ \n]+\d)|(?<=^[ \n]*)phần|một[ \n]+số[ \n]+quy[ \n]+định|(?:[Cc]ác|[Nn]hững)[ \n]+quy[ \n]+định[ \n]+(?:tương[ \n]+ứng|có[ \n]+liên[ \n]+quan|liên[ \n]+quan)|[Kk]hoản(?=[ \n]+\d)|(?<=(?:một|hai|ba|một[ \n]+số)[ \n]+)khoản|(?<=(?:các|những)[ \n]+)khoản(?=[ \n]*(?:,|và|sau|tại|của|thuộc|này|nêu|trên|được)(?![\p{L}]))|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương|[Bb]iểu[ \n]+mẫu|[Mm]ẫu[ \n]+biểu|[Bb]iểu(?=[ \n]+(?:phí|giá|mức|thuế|số[ \n]+\d))|[Bb]ảng[ \n]+giá|[Mm]ẫu[ \n]+số|[Mm]ẫu(?=[ \n]+[A-ZĐ]{1,4}\d)|một[ \n]+số[ \n]+điều|các[ \n]+điều|nội[ \n]+dung|cụm[ \n]+từ|từ[ \n]+ngữ|một[ \n]+phần|(?:[Cc]ác|[Nn]hững)[ \n]+quy[ \n]+định[ \n]+(?:về|đối[ \n]+với|sau(?:[ \n]+đây)?[ \n]+(?:trong|tại|của))|[Qq]uy[ \n]+định[ \n]+về(?=[^;.]{0,200}theo[ \n]+quy[ \n]+định[ \n]+của[ \n]*$)|(?<=(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?)Quy[ \n]+định[ \n]+(?:về|đối[ \n]+với)|(?:[Cc]ác|[Nn]hững)(?=[ \n]+(?!quy[ \n]+định[ \n]+tại)[^;.]{1,200}?[ \n](?:quy[ \n]+định|nêu)[ \n]+tại[ \n]*$))(?![\p{L}])(?:[^;.]|(?<=\d)\.(?=\d)){0,200}$/u;

const AND_RIGHT_BEFORE = /(?<![\p{L}])và[ \n]+$/u;
// (after the first document's date, issuer and subject too: "bãi bỏ một số điều của Nghị định số A ngày … của Chính phủ về theo
// dõi … trong lĩnh vực thủy lợi và Nghị định số B")
const JOINED_RIGHT_BEFORE = /^[ \n]*(?:,|và|(?:ngày[ \n]+\d{1,2}[^.;:()\n]{0,40}?[ \n]+)?(?:của[ \n]+[^.;:()\n]{1,80}?[ \n]+)?(?:về|quy[ \n]+định(?:[ \n]+về)?|hướng[ \n]+dẫn|ban[ \n]+hành)[ \n][^.;:()\n]{1,200}?[ \n]và)[ \n]*$/u;
// a part named right after the verb, before the first of the documents: "Bãi bỏ một số điều của", "… một phần của", "… các quy
// định về phí của", "… một số điều, khoản của"
const SHARED_PART = /^[ \n]+((?:toàn[ \n]+bộ[ \n]+)?(?:một[ \n]+số[ \n]+(?:điều|khoản|điểm|nội[ \n]+dung|quy[ \n]+định)(?:[ \n]*,[ \n]*(?:điều|khoản|điểm))*|một[ \n]+phần|(?:các|những)[ \n]+quy[ \n]+định[ \n]+(?:về|đối[ \n]+với)[ \n][^;.,:()\n]{1,80}?))[ \n]+của[ \n]+(?=(?:các[ \n]+)?(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|Chỉ[ \n]+thị)(?![\p{L}]))/u;
// (or the forms or annexes issued with them: "Thay thế, bãi bỏ một số mẫu biểu ban hành kèm theo Thông tư số A và Thông tư số B")
const SHARED_FORMS = /^[ \n]+((?:một[ \n]+số[ \n]+|các[ \n]+)?(?:mẫu[ \n]+biểu|biểu[ \n]+mẫu|mẫu[ \n]+tờ[ \n]+khai|phụ[ \n]+lục))[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+(?=(?:các[ \n]+)?(?:Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|Chỉ[ \n]+thị)(?![\p{L}]))/u;
const DOCUMENT_NUMBER = /\d{1,4}\/(?:\d{4}\/)?[A-ZĐ]/gu;
const HAS_DOCUMENT_NUMBER = /\d{1,4}\/(?:\d{4}\/)?[A-ZĐ]/u;
/**
 * The part a verb names before the first of two joined documents, which the one at `start` shares: "Bãi bỏ một số điều của
 * Nghị định số A và Nghị định số B" repeals some articles of both. Only when the verb's object opens with the part and
 * the first document is the only one between ("Bãi bỏ Nghị định số A … quy định một số nội dung về … và Nghị định số B":
 * the part is A's title, B is whole).
 */
function partSharedBefore(text: string, from: number, start: number): string | null {
  const window = text.slice(from, start);
  const verb = lastOperativeVerb(window);
  if (verb < 0) return null;
  // (the verb opens its sentence: one after a document is its title's, "Nghị định số A … sửa đổi, bổ sung một số điều của Nghị
  // định số B và Nghị định số C hết hiệu lực" ends C whole)
  const sentence = window.slice(0, verb);
  if (HAS_DOCUMENT_NUMBER.test(sentence.slice(Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('.\n'), sentence.lastIndexOf(';'), sentence.lastIndexOf(':')) + 1))) return null;
  const part = SHARED_PART.exec(window.slice(verb)) ?? SHARED_FORMS.exec(window.slice(verb));
  if (!part) return null;
  const rest = window.slice(verb + part[0].length);
  if (/[;:]/u.test(rest) || (rest.match(DOCUMENT_NUMBER)?.length ?? 0) !== 1) return null;
  return (part[1] as string).replace(/\s+/gu, ' ');
}
const PLACES_AT_END = new RegExp(String.raw`(?<![\p{L}\d])${SCOPE_RUN}(?:[ \n]+(?:của|tại))?[ \n]*$`, 'u');
const INSERTION_AT_END = new RegExp(String.raw`(?<![\p{L}])[Bb]ổ[ \n]+sung[ \n]+(${SCOPE_RUN})[ \n]+vào(?:[ \n]+(sau|trước))?[ \n]+(${SCOPE_RUN})(?:[ \n]+(?:của|tại))?[ \n]*$`, 'u');
/**
 * The part a mention's act touches when a pinpoint is read with it: every place of the list that ends with the pinpoint (the
 * pinpoint is only the last: "Điều 7, Điều 9 và khoản 3 Điều 12 của Nghị định số …" touches three), or for an insertion the
 * places inserted, under the provision they go into ("Bổ sung khoản 5 vào Điều 7" is khoản 5 Điều 7; "Bổ sung Điều 6a vào sau
 * Điều 6" is Điều 6a). Bounded: the clause before the mention, 400 characters at most.
 */
function pinpointRun(text: string, layout: Layout, start: number, prevTailEnd: number, pinpoint: string): string {
  const before = withoutQuotedWords(text.slice(Math.max(prevTailEnd, paragraphStart(layout, start), start - 400), start));
  const inserted = INSERTION_AT_END.exec(before);
  if (inserted) {
    const what = oneLine(inserted[1] as string);
    const where = oneLine(inserted[3] as string);
    // beside a provision, the inserted one shares what holds it ("điểm đ1 vào sau điểm đ khoản 2 Điều 5": khoản 2 Điều 5)
    const holder = inserted[2] !== undefined ? where.replace(/^\S+ \S+ ?/u, '') : where;
    return holder && !/[,;]| và /u.test(what) ? `${what} ${holder}` : what;
  }
  const run = PLACES_AT_END.exec(before);
  const places = run ? oneLine(run[0]).replace(/ (?:của|tại)$/u, '') : '';
  return places.length > oneLine(pinpoint).length && places.endsWith(oneLine(pinpoint)) ? places : pinpoint;
}

// a part named by what it is not yet ("một số điều", "các quy định sau đây", "một phần"): its places follow the mention
const UNNAMED_PART = /^(?:một số điều|một số nội dung|một số điều, khoản|các quy định sau(?: đây)?|những quy định sau(?: đây)?|một phần)$/u;
// "…, cụ thể: khoản 2 Điều 5 và Điều 7": the places of "một phần", named after the document in the same sentence
const NAMED_AFTER = new RegExp(String.raw`^[^.;:]{0,400}?(?:,[ \n]*)?cụ[ \n]+thể(?:[ \n]+là)?[ \n]*:?[ \n]*(${SCOPE_RUN})`, 'u');
// an item of a chapeau: its mark, its verb (or none: "a) Khoản 3 Điều 7;"), and the places it acts on
const ITEM_PLACES = new RegExp(String.raw`^[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*(?:(?:[Ss]ửa[ \n]+đổi|[Bb]ổ[ \n]+sung|[Tt]hay[ \n]+thế|[Bb]ãi[ \n]+bỏ|[Bb]ỏ)(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,4}(?:tên[ \n]+)?(${SCOPE_RUN})(?:[ \n]+vào(?:[ \n]+(sau|trước))?[ \n]+(${SCOPE_RUN}))?`, 'u');

/**
 * The places of a part the text names only as "một số điều", "các quy định sau đây" or "một phần": the items of the heading or
 * chapeau the mention closes ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số …\n1. Sửa đổi, bổ sung khoản 2 Điều 5 như
 * sau: …\n2. Bổ sung Điều 5a vào sau Điều 5 …", "Điều 3. Bãi bỏ các quy định sau đây của Thông tư số …:\na) Khoản 3 Điều 7;\nb)
 * Điều 22."), up to the next article, quoted wordings and items that name a document of their own left out; or the places
 * given after the document ("Bãi bỏ một phần Quyết định số …, cụ thể: khoản 2 Điều 5 và Điều 7"). Null when none is found.
 * Bounded: 6 000 characters after the mention, 40 items.
 */
export function partNamedAfter(text: string, layout: Layout, start: number, tailEnd: number, part: string): string | null {
  if (!UNNAMED_PART.test(part)) return null;
  const after = NAMED_AFTER.exec(withoutQuotedWords(text.slice(tailEnd, tailEnd + 500)));
  if (after) return oneLine(after[1] as string);
  // the mention closes an article heading or a chapeau: what follows it up to the line's end says no more than its
  // description, and the line ends with ":" or the heading has items under it
  const lineFrom = lineStart(layout, start);
  const heading = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]/u.test(text.slice(lineFrom, start));
  const restOfLine = text.slice(tailEnd, tailEnd + 1200).split(/\n[ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|Điều[ ]+\d)/u)[0] ?? '';
  if (!heading && !/:[ \t]*\n?$/u.test(restOfLine.trimEnd() + '\n')) return null;
  if (NAMES_A_DOCUMENT.test(withoutQuotedWords(restOfLine))) return null;
  const from = tailEnd + restOfLine.length;
  const to = sectionEnd(text, layout, from, NEXT_ARTICLE);
  const places: string[] = [];
  // the items of the chapeau are those of its first item's kind (numbers or letters): the points under an item belong to
  // that item's provision ("4. Sửa đổi, bổ sung Điều 7 như sau:\na) Sửa đổi khoản 1 …")
  let kind: 'number' | 'letter' | null = null;
  for (let p = from - 1; p >= 0 && p < to && places.length < 40; p = text.indexOf('\n', p + 1)) {
    if (inSortedRanges(layout.quotedWordings, p + 1)) continue;
    const next = text.indexOf('\n', p + 1);
    const line = text.slice(p + 1, next < 0 || next > to ? to : next);
    const mark = /^[ \t]*(?:(\d{1,2})[.)]|[a-zđ][)])/u.exec(line);
    if (!mark) continue;
    const itsKind = mark[1] !== undefined ? 'number' : 'letter';
    kind ??= itsKind;
    // a clause of the article after the points of a clause's chapeau ends them ("1. Sửa đổi … Nghị định số A …:\na) …\n2. Sửa
    // đổi … Nghị định số B …"); points under an item are that item's
    if (kind === 'letter' && itsKind === 'number') break;
    if (itsKind !== kind) continue;
    // (an item may wrap: "7. Sửa đổi, bổ sung điểm a.1 tiểu mục a mục 2 phần A, tiểu mục b mục 9\n…")
    const wrapped = withoutQuotedWords(text.slice(p + 1, Math.min(to, p + 400)).split(/\n[ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|[“"])/u)[0] ?? line);
    if (NAMES_A_DOCUMENT.test(wrapped)) continue;
    // "5. Sửa đổi, bổ sung một số điểm, khoản của Điều 9": the article
    const item = ITEM_PLACES.exec(wrapped.replace(/(?<=^[^\n]{0,60}?)một[ \n]+số[ \n]+(?:(?:điểm|khoản|điều)(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))+(?:của[ \n]+)?/u, ''));
    const what = item ? oneLine(item[1] as string) : '';
    const where = item?.[3] !== undefined ? oneLine(item[3]) : '';
    const holder = item?.[2] !== undefined ? where.replace(/^\S+ \S+ ?/u, '') : where;
    const read = holder && !/[,;]| và /u.test(what) ? `${what} ${holder}` : what;
    // every item must reach the provision or annex it acts in: an item read in part ("điểm c" of "Sửa đổi, bổ sung điểm c và
    // bổ sung điểm g khoản 3 Điều 8") would list less than the act touches, so the part stays as the text names it
    if (!/(?:^|\s)(?:Điều|điều|Phụ lục|phụ lục|Mẫu số|mẫu số|Chương|chương) \S+$/u.test(read)) return null;
    places.push(read);
  }
  return places.length > 0 ? [...new Set(places)].join('; ') : null;
}

/**
 * What an amending, repealing or replacing relation touches: the whole document, or a part of it
 * (the pinpoint read with the mention, or articles, clauses, annexes named between the verb and the
 * mention). An amendment is a change of some provisions, never of the whole.
 */
export function operativeScope(text: string, layout: Layout, relation: Relation, start: number, prevTailEnd: number, pinpoint: string | null): { whole: boolean; part: string | null } | null {
  if (!['amends', 'repeals', 'replaces', 'suspends'].includes(relation)) return null;
  if (pinpoint) return { whole: false, part: pinpointRun(text, layout, start, prevTailEnd, pinpoint) };
  const pStart = paragraphStart(layout, start);
  // (a row of a table between pipes is read from its own line: the row above ends "… thí điểm bảo hiểm … | Toàn bộ |", no part of
  // this row's document)
  const lineFrom = lineStartIn(text, start);
  const rowStart = /^[ \t]*\|/u.test(text.slice(lineFrom, lineFrom + 8)) ? lineFrom : 0;
  const left = text.slice(Math.max(prevTailEnd, pStart, start - 240, rowStart), start);
  // ("thay cho" is a verb only where the act replaces or amends: "Mẫu số 01 … kèm theo Thông tư này thay cho Mẫu số 01 tại Phụ
  // lục … Thông tư số …" replaces that form, read from after the words)
  const verb = relation === 'replaces' || relation === 'amends' ? Math.max(lastOperativeVerb(left), lastMatchEnd(INSTEAD_OF, left)) : lastOperativeVerb(left);
  // (an exception in parentheses before the mention is an earlier document's: "thay thế Thông tư số A (trừ Điều 3) và Thông tư số B")
  // (with no verb in reach, a document joined by "và" takes no part from the title of the one before it: "thay thế Nghị định số A …
  // quy định chi tiết một số nội dung về … và Nghị định số B …" — "một số nội dung" is A's title)
  // (only the document right after "và": "… và một số điều của Nghị định số B", "các Điều 7, 8 và 13 của" name B's own places)
  const joined = verb < 0 && AND_RIGHT_BEFORE.test(left);
  // (an amendment is of a part in any case)
  if (relation !== 'amends' && verb < 0 && JOINED_RIGHT_BEFORE.test(left)) {
    const shared = partSharedBefore(text, Math.max(pStart, start - 400), start);
    if (shared !== null) return { whole: false, part: shared };
  }
  // (the places of a second item joined to the document before it, right before the mention: "Bãi bỏ Điều 7 Thông tư số A … quy định
  // một số nội dung về … và khoản 2 Điều 3, Phụ lục III Thông tư số B" — B's places, not the words of A's title before them)
  const ownRun = PLACES_AT_END.exec(left);
  if (ownRun && prevTailEnd >= Math.max(pStart, start - 240, rowStart) && JOIN_AT_END.test(left.slice(0, ownRun.index)) && !ownPlacesOnly(ownRun[0])) return { whole: false, part: oneLine(ownRun[0]).replace(/ (?:của|tại)$/u, '') };
  const between = (verb >= 0 ? left.slice(verb) : joined ? '' : left.slice(Math.max(0, left.lastIndexOf('; ') + 1))).replace(/^[^]*\([ \n]*(?:ngoại[ \n]+)?trừ(?![\p{L}])[^()]*\)/u, '');
  // (a title in capitals names its part so too: "BÃI BỎ MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ …"; lower case keeps every offset)
  let part = PART_BEFORE.exec(/\p{Lu}/u.test(between) && !/\p{Ll}/u.test(between) ? between.toLowerCase() : between);
  // (a verb inside the description of the object is not the act's: "Bãi bỏ khoản 3 Điều 5 quy định về trường hợp không bổ sung hồ sơ
  // của Quyết định số …" repeals the clause; read from the verb that opens the clause)
  if (!part && verb >= 0) {
    const clause = left.slice(Math.max(0, clauseBreak(left) + 2));
    const opened = openingVerb(withoutQuotedWords(clause));
    if (opened !== null) part = PART_BEFORE.exec(clause.slice(opened.end));
  }
  // (places of this document are no part of the other's: "Trừ trường hợp quy định tại Điều 71 của Luật này, kể từ ngày …, Luật
  // thống kê số … không còn hiệu lực" ends the whole law)
  // (documents named as provisions, then listed: "Bãi bỏ các quy định về phân cấp quản lý cán bộ của …, gồm: Quy định số A …; Quy định
  // số B …" ends each whole)
  if (part && /^(?:[Cc]ác|[Nn]hững)[ \n]+quy[ \n]+định/u.test(part[0]) && LISTED_AFTER.test(part[0])) return { whole: relation !== 'amends', part: null };
  if (part && !ownPlacesOnly(part[0])) return { whole: false, part: part[0].replace(/\s+/g, ' ').replace(/[ ]*(?:của|tại|ban hành kèm theo)[ ]*$/u, '').trim() };
  return { whole: relation !== 'amends', part: null };
}
const LISTED_AFTER = /(?:,[ \n]*|[ \n])gồm(?:[ \n]+có)?[ \n]*:[ \n]*$/u;
const INSTEAD_OF = /(?<![\p{L}])thay[ \n]+cho(?![\p{L}])/gu;
const JOIN_AT_END = /(?:[ \n]và|[,;])[ \n]*$/u;
const THIS_DOCUMENT_ALL = new RegExp(THIS_DOCUMENT, 'gu');
const PLACE_AFTER = /(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương|[Pp]hần)[ \n]+[\dIVXLCA-Z]/u;
/** Whether the places before a mention are this document's own ("Điều 71 của Luật này, …"), none of the other's after them. */
function ownPlacesOnly(part: string): boolean {
  let end = -1;
  for (const m of part.matchAll(THIS_DOCUMENT_ALL)) end = (m.index ?? 0) + m[0].length;
  return end >= 0 && !PLACE_AFTER.test(part.slice(end));
}
