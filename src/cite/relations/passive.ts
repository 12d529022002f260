/** Passive and reported forms ("được sửa đổi bởi", "Được bãi bỏ/thay thế bởi"), and repeals written without a title. */
import { actingDocument } from './document.js';
import type { Relation } from '../schema.js';
import { inSortedRanges, lastStartingAtOrBefore } from '../../text/ranges.js';
import { zoneAt, type Layout } from '../layout.js';
import { sectionEnd, withoutQuotedWords } from './clauses.js';
import { ACT_VERB, FURTHER_NUMBERS, NAMES_A_DOCUMENT, NEXT_ARTICLE } from './patterns.js';

// an operative provision of the body that repeals and names no document: "Điều 7. Bãi bỏ Điều 9.", "6. Bãi bỏ cụm từ “…” tại
// tên Điều 4", "Điều 2. Thay thế, bãi bỏ một số cụm từ, bãi bỏ một số khoản"
const BODY_REPEAL = /(?:^|\n)[ \t]*(?:Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*|\d{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*)(?:(?:Sửa[ ]+đổi|Bổ[ ]+sung|Thay[ ]+thế)[ ]*,?[ ]*(?:và[ ]+)?){0,3}(?:Bãi[ ]+bỏ|Bỏ)(?![\p{L}])([^\n]{0,160})/gu;

// (an article heading has words after its mark: "… tại khoản 1\nĐiều 6.\n" is a place wrapped onto its line)
const ARTICLE_HEADING_AT = /(?:^|\n)[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*\p{Lu}(?![^]*\n[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*\p{Lu})/u;
const CLAUSE_AT = /(?:^|\n)[ \t]*\d{1,2}\.[ ](?![^]*\n[ \t]*\d{1,2}\.[ ])/u;
/**
 * Whether the article heading above the provision at `at` (its first two lines), or for a point the clause above it, names a
 * document: the repeal is that heading's or chapeau's ("Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số …\n… 5. Bãi bỏ
 * khoản 3 Điều 4."), read with it (`secondaryActs`). Bounded: 6 000 characters back.
 */
function namedAbove(text: string, at: number): boolean {
  if (/^[ \t]*Điều[ ]/u.test(text.slice(at, at + 12))) return false;
  const before = text.slice(Math.max(0, at - 6000), at);
  const heading = ARTICLE_HEADING_AT.exec(before);
  if (!heading) return false;
  if (NAMES_A_DOCUMENT.test(withoutQuotedWords(headingLines(before.slice(heading.index))).replace(/\s+/gu, ' '))) return true;
  if (!/^[ \t]*[a-zđ]\)/u.test(text.slice(at, at + 8))) return false;
  const clause = CLAUSE_AT.exec(before.slice(heading.index));
  return clause !== null && NAMES_A_DOCUMENT.test(withoutQuotedWords(headingLines(before.slice(heading.index + clause.index))).replace(/\s+/gu, ' '));
}

/**
 * The first two lines of a heading (or a clause's chapeau), and the lines it wraps onto after them: a narrow column puts
 * its document on a third line ("Điều 7. Thay thế, bãi bỏ một số cụm từ, khoản, phụ\nlục của Nghị định\nsố 85/2024/NĐ-CP").
 */
function headingLines(from: string): string {
  const lines = from.split('\n').filter((x) => x.trim() !== '');
  // (the second line is the heading's only when it is no item of its own: "Điều 1. Sửa đổi … của Quy chế …\n1. Khoản 2 Điều 7 (đã được
  // sửa đổi … tại … Thông tư số …) được sửa đổi như sau:" names that circular in its first item, not in the heading)
  let n = Math.min(lines.length > 1 && /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]/u.test(lines[1] as string) ? 1 : 2, lines.length);
  while (n < Math.min(5, lines.length) && /^[ \t]*\p{Ll}(?![)])/u.test(lines[n] as string)) n++;
  return lines.slice(0, n).join(' ');
}

// an item of a list that names a document by its number or as "… này"
const ITEMS_NAME_DOCUMENTS = new RegExp(String.raw`(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])[^\n]*(?:${NAMES_A_DOCUMENT.source})`, 'u');
/**
 * The parts an amending act repeals in provisions that name no document ("Điều 7. Bãi bỏ Điều 9."), each with where its item
 * starts: those provisions act on the document the title or the article heading above them amends, so the mention that
 * governs them carries the repeal as well as the amendment. Empty when the body repeals nothing so (one scan of the body,
 * quoted wordings skipped).
 */
export function untitledRepeals(text: string, layout: Layout): Array<{ at: number; part: string }> {
  const parts: Array<{ at: number; part: string }> = [];
  BODY_REPEAL.lastIndex = layout.preambleEnd;
  for (let m = BODY_REPEAL.exec(text); m; m = BODY_REPEAL.exec(text)) {
    const at = m.index + (m[0].startsWith('\n') ? 1 : 0);
    if (inSortedRanges(layout.quotedWordings, at) || zoneAt(layout, at) !== 'body') continue;
    // the whole item, over the lines it wraps onto ("2. Bãi bỏ cụm từ “…”\ntại điểm b khoản 1 Điều 12 Nghị định số …")
    const rest = text.slice(at, at + 600);
    const next = rest.slice(1).search(/\n[ \t]*(?:Điều[ ]+\d|\d{1,2}[.)][ ]|[a-zđ]\)[ ])/u);
    const raw = next < 0 ? rest : rest.slice(0, next + 1);
    const item = withoutQuotedWords(raw).replace(/\s+/gu, ' ');
    if (NAMES_A_DOCUMENT.test(item) || namedAbove(text, at)) continue;
    // (an article heading whose items name the documents is their list's head, no repeal of its own: "Điều 2. Bãi bỏ một số văn bản,
    // quy định\n1. Bãi bỏ Thông tư số A …\n2. Bãi bỏ Điều 4 Thông tư số B …")
    if (/^[ \t]*Điều[ ]+\d/u.test(raw) && ITEMS_NAME_DOCUMENTS.test(withoutQuotedWords(text.slice(at + raw.length, sectionEnd(text, layout, at + raw.length, NEXT_ARTICLE))))) continue;
    // (the part runs over the lines the item wraps onto, "Bãi bỏ khoản 1, khoản 2 Điều\n8, khoản 2 Điều 9.", to its sentence's end)
    const objectFrom = m.index + m[0].length - (m[1] as string).length - at;
    const object = raw.slice(objectFrom).split(/\.(?=[ \n]+\p{Lu})/u)[0] ?? '';
    const part = object.replace(/\s+/gu, ' ').replace(/[.;:]\s*$/u, '').trim();
    if (part !== '') parts.push({ at, part });
  }
  // the same in the passive, the places first: "3. Khoản 4 Điều 9 được bãi bỏ."
  PASSIVE_BODY_REPEAL.lastIndex = layout.preambleEnd;
  for (let m = PASSIVE_BODY_REPEAL.exec(text); m; m = PASSIVE_BODY_REPEAL.exec(text)) {
    const at = m.index + (m[0].startsWith('\n') ? 1 : 0);
    if (inSortedRanges(layout.quotedWordings, at) || zoneAt(layout, at) !== 'body' || NAMES_A_DOCUMENT.test(m[1] as string) || namedAbove(text, at)) continue;
    parts.push({ at, part: (m[1] as string).replace(/\s+/gu, ' ').trim() });
  }
  return parts.sort((a, b) => a.at - b.at);
}
const PASSIVE_BODY_REPEAL = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]*((?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ ]+lục|[Mm]ục|[Cc]hương)[ ][^\n“”"]{0,120}?)[ ]+(?:được|bị)[ ]+bãi[ ]+bỏ[ \t]*[.;]?[ \t]*(?=\n|$)/gu;

// "… Được bãi bỏ bởi Thông tư số …", "được sửa đổi, bổ sung, bãi bỏ một phần bởi": the mention that follows acts on
// the document named before the phrase (lists of expired documents, status notes)
// "- Hết hiệu lực một phần.\n- Văn bản bãi bỏ một phần:\nLuật số 03/2022/QH15" (a row of a ministry's list of expired documents)
// "- Văn bản ngưng hiệu lực toàn bộ trong khoảng thời gian xác định: Thông tư số …" (a suspension, in the same lists)
// "Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14" (the status phrase of a
// preamble: the law right after "theo" is the amending act; "theo quy định tại …" or "theo quy định của …" is not read so)
const SUSPEND_VERB = String.raw`(?:tạm[ \n]+)?(?:(?:ngưng|ngừng|hoãn)[ \n]+hiệu[ \n]+lực|(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[ \n]+(?:việc[ \n]+)?thi[ \n]+hành)`;
const SUSPEND_EXTENT = String.raw`(?:[ \n]+toàn[ \n]+bộ)?(?:[ \n]+trong[ \n]+(?:khoảng[ \n]+)?thời[ \n]+gian[ \n]+xác[ \n]+định)?`;
// the status phrase of body text, whose actor may be pinned to its provisions ("khoản 3 Điều 77 Nghị định số 25/2020/NĐ-CP (được
// sửa đổi tại khoản 22 Điều 89 Nghị định số 35/2021/NĐ-CP)", "Điều 9a … đã được bổ sung tại khoản 3 Điều 1 Thông tư số …", "…
// được quy định chi tiết tại Điều 131 Nghị định số …", "(được hướng dẫn bởi Nghị định số …)", "(đã được đính chính tại Quyết
// định số …)", "NĐ … (đã được sửa đổi, bổ sung bởi NĐ …)"): "bởi" or "tại", never "theo quy định tại" (a standard followed)
// ("đã được quy định chi tiết đầy đủ tại Nghị định số …": an adverb may follow the verb; so may "một phần": "… đã bị bãi bỏ một phần
// tại Điều 105 Nghị định số …")
// ("đã được điều chỉnh tại Quyết định số …", "(được điều chỉnh tại …)" report an adjustment, and so does "(đã được điều chỉnh, bổ sung
// theo Kết luận số …)" in a status parenthesis; "được điều chỉnh bởi Bộ luật …" is "governed by", no act)
const STATUS_VERB = String.raw`(?:${ACT_VERB}|hướng[ \n]+dẫn(?:[ \n]+(?:thi[ \n]+hành|thực[ \n]+hiện|tuyên[ \n]+truyền(?:[ \n]*,[ \n]*quán[ \n]+triệt)?))?|quy[ \n]+định[ \n]+chi[ \n]+tiết|đính[ \n]+chính|(?<=(?:đã[ \n]+được|\([ \n]*được)[ \n]+)điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?=(?:[ \n]+thành[ \n]+viên)?[ \n]+tại)|(?<=(?:được|[(,])[ \n]*)điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?=[ \n]+lần[ \n])|(?<=\([ \n]*(?:đã[ \n]+)?được[ \n]+)điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?=[ \n]+theo[ \n]))`;
// the term of a document extended ("đã được kéo dài thời hạn áp dụng theo Nghị quyết số …"): an amendment of it, as a title's "Về
// việc kéo dài thời hạn …" is
const EXTEND_VERB = String.raw`(?<=đã[ \n]+được[ \n]+)(?:kéo[ \n]+dài|gia[ \n]+hạn)[ \n]+(?:thời[ \n]+(?:hạn|gian)[ \n]+)?(?:áp[ \n]+dụng|thực[ \n]+hiện|hiệu[ \n]+lực)`;
// which time a document was changed ("được sửa đổi, bổ sung lần thứ hai tại …", "điều chỉnh lần 1 tại …"): with it, a participle after a
// parenthesis or a comma reports the act without "được" ("Quyết định số A (…, điều chỉnh lần 1 tại Quyết định số B)")
// (or how many times: "đã được sửa đổi, bổ sung một lần bởi …")
const ORDINAL_TIME = String.raw`(?:[ \n]+(?:lần[ \n]+(?:thứ[ \n]+)?(?:\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)|(?:một|hai|ba|\d{1,2})[ \n]+lần))`;
const BARE_PARTICIPLE = String.raw`(?<=[(,][ \n]*)(?=(?:sửa|bổ|thay|bãi|điều)[^()\n.;]{0,30}?${ORDINAL_TIME})`;
// (a place word may number several: "tại khoản 8, 9 Điều 1 Nghị định số …")
const PASSIVE_PLACE = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}${FURTHER_NUMBERS}`;
// "một số điều", or the kinds of provision it names ("… được sửa đổi, bổ sung, thay thế, bãi bỏ một số điều, khoản, điểm tại Luật số …"),
// or its effect ("Luật Đất đai số 31/2024/QH15 … được sửa đổi, bổ sung hiệu lực thi hành bởi Luật số 43/2024/QH15")
const SOME_PROVISIONS = String.raw`(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)(?:[ \n]*,[ \n]*(?:khoản|điểm)){0,2}|(?:thời[ \n]+điểm[ \n]+(?:có[ \n]+)?)?hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?)`;
// (its actors may be listed under it, one a line: "…, được sửa đổi, bổ sung bởi:\n1. Quyết định số …", a consolidated text's header)
// the one who acted, named between "được" and the verb: "… đã được Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi tại Thông tư số …"
// (a Party body too: "… đã được Ban Thường vụ Tỉnh ủy bãi bỏ tại Quyết định số …"; or a department: "… đã được Sở hướng dẫn thực hiện
// tại Công văn số …")
// (or before "bởi", "bằng": "… đã được Ủy ban nhân dân tỉnh thay thế bằng Quyết định số …"; "bằng" names the instrument after any
// verb of amendment: "… đã được Chính phủ sửa đổi, bổ sung bằng Nghị định số …")
const STATUS_AGENT = String.raw`(?:Sở|Cục|Tổng[ \n]+cục|Bộ(?=[ \n]+\p{Lu})|Bộ[ \n]+trưởng|Thủ[ \n]+tướng|Chính[ \n]+phủ|Quốc[ \n]+hội|Ủy[ \n]+ban|Hội[ \n]+đồng|Chủ[ \n]+tịch|Ban[ \n]+(?:Thường[ \n]+vụ|Chấp[ \n]+hành|Bí[ \n]+thư|Tuyên[ \n]+giáo|Tổ[ \n]+chức|Dân[ \n]+vận|Nội[ \n]+chính|Kiểm[ \n]+tra|Kinh[ \n]+tế|Chính[ \n]+sách)|Bộ[ \n]+Chính[ \n]+trị|(?:Tỉnh|Thành|Huyện|Quận|Thị)[ \n]+ủy|UBND|HĐND)[^,.;:()\n]{0,80}?`;
// the regulation the acting document issued, named before it: "… đã được thay thế bởi Quy chế làm việc … ban hành kèm theo Quyết định
// số B …", "… được thay thế bởi Bảng đơn giá ban hành kèm theo Quyết định số B"
const REGULATION_ISSUED_WITH = String.raw`[ \n]+(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Quy[ \n]+trình|Bảng[ \n]+(?:đơn[ \n]+)?giá|Định[ \n]+mức)[ \n][^.;:()“”"]{0,200}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo`;
const PASSIVE_BY = new RegExp(String.raw`(?<![\p{L}])(?:(?:được|bị)[ \n]+(?:${STATUS_AGENT}[ \n]+)?(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*,?[ \n]*(?:bởi|bằng)(?:[ \n]+(?:các[ \n]+)?(?:hướng[ \n]+dẫn|quy[ \n]+định)(?:[ \n]+tương[ \n]+ứng)?[ \n]+tại(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,8}(?:[ \n]+(?:của|tại))?)?|${REGULATION_ISSUED_WITH})?|(?:được|bị)[ \n]+(?:${STATUS_AGENT}[ \n]+)?(${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*|${EXTEND_VERB})([ \n]+một[ \n]+phần)?(?:[ \n]+toàn[ \n]+bộ)?${ORDINAL_TIME}?[ \n]+(?:${SOME_PROVISIONS}[ \n]+)?(?:bởi|theo)(?:[ \n]+quy[ \n]+định[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?|[Vv]ăn[ \n]+bản[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*:|(?:(?:được|bị)[ \n]+(?:${STATUS_AGENT}[ \n]+)?|${BARE_PARTICIPLE})(${STATUS_VERB}(?:[ \n]*,[ \n]*${STATUS_VERB})*)${ORDINAL_TIME}?(?:[ \n]+(?:đầy[ \n]+đủ|cụ[ \n]+thể|một[ \n]+phần|toàn[ \n]+bộ|thành[ \n]+viên))?(?:[ \n]+${SOME_PROVISIONS})?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,8})?[ \n]+(?:bởi|tại|(?<=\([ \n]*(?:đã[ \n]+)?được[ \n]+điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+)theo)(?:[ \n]+(?:các[ \n]+)?${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?(?:[ \n]+(?:NĐ|TT|QĐ|NQ|TTLT))?)(?:[ \n]+các)?[ \n]*(?::[ \t]*\n[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?)?$`, 'iu');
// the phrase with the actors named before this one ("… đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số
// 71/2014/QH13 và Luật số …"): each actor after the first reports its own act
// (a list ends at its "và": "… theo Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số 97/2015/QH13, Luật Phòng, chống bệnh
// truyền nhiễm số 03/2007/QH12, …" goes on with the next law the sentence names, not a fourth actor)
// (after "các Luật", the items may be their numbers alone: "… bởi các Luật\nsố 43/2024/QH15, số 47/2024/QH15, … và số 95/2025/QH15")
const PRIOR_ACTOR = String.raw`[ \n]+(?:(?:(?:Bộ[ \n]+)?[Ll]uật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định)[ \n]+)?số[ \n]+[^\s,;.]{3,40}(?:[ \n]+ngày[^,;.]{0,40}?)?[ \n]*`;
const PRIOR_ACTORS = String.raw`(?:${PRIOR_ACTOR},){0,5}${PRIOR_ACTOR}(?:,[ \n]*và|,|và)`;
const PASSIVE_BY_LIST = new RegExp(String.raw`(?<![\p{L}])(?:(?:được|bị)[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*,?[ \n]*(?:bởi|bằng)|(?:được|bị)[ \n]+(${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*)([ \n]+một[ \n]+phần)?(?:[ \n]+toàn[ \n]+bộ)?${ORDINAL_TIME}?[ \n]+(?:${SOME_PROVISIONS}[ \n]+)?(?:bởi|theo)(?:[ \n]+quy[ \n]+định[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?|[Vv]ăn[ \n]+bản[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*:|(?:(?:được|bị)[ \n]+|${BARE_PARTICIPLE})(${STATUS_VERB}(?:[ \n]*,[ \n]*${STATUS_VERB})*)${ORDINAL_TIME}?(?:[ \n]+(?:đầy[ \n]+đủ|cụ[ \n]+thể|một[ \n]+phần|toàn[ \n]+bộ|thành[ \n]+viên))?(?:[ \n]+${SOME_PROVISIONS})?[ \n]+(?:bởi|tại)(?:[ \n]+(?:các[ \n]+)?${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?(?:[ \n]+(?:NĐ|TT|QĐ|NQ|TTLT))?)(?:[ \n]+các)?${PRIOR_ACTORS}[ \n]*$`, 'iu');

// "(đã) hết (chấm dứt) hiệu lực theo (quy định tại Điều 95) <actor>", "hết hiệu lực một phần bởi <actor>": a reported ending
// (the day it ended may come first: "… hết hiệu lực kể từ ngày 01 tháng 3 năm 2026 theo Luật Đầu tư số 143/2025/QH15"; and the class
// of subjects it ended for, a part: "… đã hết hiệu lực đối với lĩnh vực bưu chính kể từ ngày … theo quy định tại Điều 50 Luật Bưu chính")
const SUSPENDED_BY_STATUS = new RegExp(String.raw`(?<![\p{L}])(?:(?:đã[ \n]+)?(?:được|bị)[ \n]+)?(?:tạm[ \n]+)?(?:ngưng[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?|(?<=(?:được|bị)[ \n]+(?:tạm[ \n]+)?)(?:đình[ \n]+chỉ|ngưng|ngừng)[ \n]+(?:việc[ \n]+)?thi[ \n]+hành)(?:[ \n]+toàn[ \n]+bộ|[ \n]+một[ \n]+phần)?((?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,8}))?[ \n]+(?:theo|bởi|tại)(?:[ \n]+quy[ \n]+định[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,8}(?:[ \n]+(?:của|tại))?)?[ \n]*$`, 'iu');
const ENDED_BY_STATUS = new RegExp(String.raw`(?<![\p{L}])(?:đã[ \n]+)?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+toàn[ \n]+bộ|[ \n]+(một[ \n]+phần|đối[ \n]+với[ \n]+[^,.;:()\n]{1,120}?))?(?:[ \n]*,?[ \n]*(?:kể[ \n]+)?từ[ \n]+(?:ngày[ \n]+\d{1,2}(?:[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|[\/.-]\d{1,2}[\/.-]\d{4})|(?:ngày|khi)[ \n]+[^,.;:()\n]{1,100}?[ \n]có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]*\([ \n]*ngày[^()\n]{1,30}\))?)[ \n]*,?)?[ \n]+(?:theo|bởi)(?:[ \n]+lộ[ \n]+trình)?(?:[ \n]+quy[ \n]+định)?(?:[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?[ \n]*$`, 'iu');

// "… Thông tư số A (đã được sửa đổi, bổ sung thành Mẫu số 17, Phụ lục I khoản 1, Điều 17 Thông tư số B)": the provisions became
// provisions of B, which amended A (an annex or a form moved into the amending act); so does "Mẫu số 05 Phụ lục I\nĐược thay bằng
// Mẫu số 39 kèm theo Thông tư số B" in a list of partly expired documents
const FORM_OR_PLACE = String.raw`(?:${PASSIVE_PLACE}|[Mm]ẫu[ \n]+số[ \n]+[\dA-Za-zđĐ]{1,6}(?:[-/][\dA-Za-zđĐ]{1,6})?)`;
const AMENDED_INTO = new RegExp(String.raw`(?<![\p{L}])(?:được|bị)[ \n]+(?:${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*[ \n]+thành|thay(?:[ \n]+thế)?[ \n]+bằng)[ \n]+${FORM_OR_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${FORM_OR_PLACE}){0,20}[ \n]+(?:(?:của|tại|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+)?$`, 'iu');
// (the object is a numbered document right after the verb and its places; nothing between it and the instrument but its date, issuer
// and subject: no stop, colon, parenthesis or line)
const ACTIVE_BY_INSTRUMENT = new RegExp(String.raw`(?:(?<![\p{L}])đã[ \n]+|(?<lead>;[ \n]*))(?<verb>${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*|(?:tạm[ \n]+)?(?:đình[ \n]+chỉ[ \n]+(?:việc[ \n]+)?thi[ \n]+hành|(?:ngưng|ngừng)[ \n]+hiệu[ \n]+lực)|(?<guide>hướng[ \n]+dẫn(?:[ \n]+(?:thực[ \n]+hiện|thi[ \n]+hành))?|quy[ \n]+định[ \n]+chi[ \n]+tiết))[ \n]+(?<places>${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,8}[ \n]+(?:(?:của|tại)[ \n]+)?)?(?:Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Chỉ[ \n]+thị)[ \n]+số[ \n]*\d[^.;:()\n]{0,200}?(?<![\p{L}])(?<by>(?:tại|bằng)[ \n]+)$`, 'u');
// (or its object an anaphor for the document the sentence opens with: "Quyết định số A … đã bị đình chỉ thi hành theo Quyết định số B;
// sau đó Ủy ban nhân dân huyện đã bãi bỏ Quyết định này tại Quyết định số C")
const ACTIVE_ON_ANAPHOR_BY_INSTRUMENT = new RegExp(String.raw`(?<![\p{L}])đã[ \n]+(?<verb>${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*|(?:tạm[ \n]+)?(?:đình[ \n]+chỉ[ \n]+(?:việc[ \n]+)?thi[ \n]+hành|(?:ngưng|ngừng)[ \n]+hiệu[ \n]+lực))[ \n]+(?<places>${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,8}[ \n]+(?:(?:của|tại)[ \n]+)?)?(?<kind>Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư|Chỉ[ \n]+thị|văn[ \n]+bản)[ \n]+(?:này|trên|nêu[ \n]+trên)[ \n]+(?<by>(?:tại|bằng)[ \n]+)$`, 'u');
const NOW_STANDING_FOR = /\([ \n]*nay[ \n]+là[ \n]+$/u;
const VERB_BY_AT_END = new RegExp(String.raw`(?<![\p{L}])(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*)([ \n]+một[ \n]+phần)?[ \n]*,?[ \n]*bởi[ \n]*$`, 'iu');
/**
 * When the mention at `start` is the actor of a passive phrase that ends right before it ("Được thay thế bởi"),
 * the act it performs on the document named before the phrase, where the phrase starts, and whether it touches a
 * part only (the phrase says "một phần", or the list it sits in is headed "… hết hiệu lực một phần"); else null.
 */
const COORDINATED_STATUS_BY = new RegExp(String.raw`(?<![\p{L}])và[ \n]+(${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*)[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,6}[ \n]+bởi[ \n]*$`, 'u');
// (the sentence's status phrase before it, not cut by a sentence's end)
const STATUS_BEFORE = /(?<![\p{L}])được[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)[^.;:]*$/u;
// a body's act told with its object named before the body and not repeated: "Đối với Quyết định số A …, Thống đốc đã thay thế tại
// Thông tư số B"
const ELIDED_OBJECT_BY = new RegExp(String.raw`(?<![\p{L}])đã[ \n]+(?<verb>${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*)[ \n]+(?<extent>(?:toàn[ \n]+bộ|một[ \n]+phần)[ \n]+)?(?:tại|bằng)[ \n]+$`, 'u');
// (or the body's new document named before the verb that closes the sentence: "Quy định số A …: Ban Thường vụ Tỉnh ủy đã ban hành Quy
// định số B ngày 15/12/2022 thay thế.")
const ISSUED_BEFORE = /(?<![\p{L}])đã[ \n]+ban[ \n]+hành[ \n]+$/u;
const ISSUED_TO_ACT_AFTER = /^[^.;:()\n]{0,120}?[ \n](?<verb>thay[ \n]+thế|bãi[ \n]+bỏ|sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?)[ \n]*(?:[.;]|\n|$)/u;
const ENDED_WHEN_ANOTHER = /(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[ \n]+$/u;
const IN_FORCE_AFTER = /^[^.;:]{0,200}?(?<![\p{L}])có[ \n]+hiệu[ \n]+lực(?![\p{L}])/u;
const AMENDING_TITLE_ACTOR = new RegExp(String.raw`(?<![\p{L}])(?:được|bị)[ \n]+${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung))?[ \n]+(?:bởi|theo|tại)[ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])[^.;:()]{0,160}?[ \n]của[ \n]*$`, 'iu');
const NUMBER_AHEAD = /^[^,.;:()\n]{0,80}?(?<![\p{L}])số[ \n]*\d/u;
const ACTOR_ANNEX_BEFORE = /[ \n]+(?:các[ \n]+)?(?:[Pp]hụ[ \n]+lục|[Bb]iểu[ \n]+mẫu|[Mm]ẫu(?:[ \n]+số)?)(?:[ \n]+[\dIVXLC]{1,5}[a-z]?)?(?:[ \n]+ban[ \n]+hành)?[ \n]+kèm[ \n]+theo[ \n]*$/u;
export function passiveAct(text: string, layout: Layout, start: number): { relation: Relation; phraseStart: number; part: boolean; status: boolean; ending?: true; listed?: true; coordinated?: true; alsoAmends?: true; elided?: true; anaphor?: string } | null {
  let from = Math.max(0, start - 120);
  let m = PASSIVE_BY.exec(text.slice(from, start));
  let listed = false;
  if (!m) {
    from = Math.max(0, start - 480);
    m = PASSIVE_BY_LIST.exec(text.slice(from, start));
    listed = m !== null;
  }
  if (!m) {
    // (a verb right before "bởi" is passive without "được": "| Bãi bỏ bởi Quyết định số … |"; matched apart, at the end of a short
    // window, so the long patterns above need not try every verb)
    from = Math.max(0, start - 80);
    m = VERB_BY_AT_END.exec(text.slice(from, start));
  }
  let byAnnex = false;
  if (!m) {
    // the actor's annex or form in between: "| Phụ lục 01 | Được thay thế bởi Phụ lục ban hành kèm theo Thông tư số B … |" (a part,
    // replaced by what B issued)
    const annex = ACTOR_ANNEX_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
    if (annex) {
      const upTo = start - annex[0].length;
      from = Math.max(0, upTo - 120);
      m = PASSIVE_BY.exec(text.slice(from, upTo));
      byAnnex = m !== null;
    }
  }
  if (!m) {
    // a second act in the same status phrase, its places before "bởi": "… đã được sửa đổi, bổ sung bởi Quyết định số A ngày … và
    // bãi bỏ khoản 3 Điều 5 bởi Quyết định số B"
    from = Math.max(0, start - 400);
    const window = text.slice(from, start);
    const second = COORDINATED_STATUS_BY.exec(window);
    if (second && STATUS_BEFORE.test(window.slice(0, second.index))) {
      const verb = (second[1] as string).toLowerCase();
      return { relation: /bãi/u.test(verb) ? 'repeals' : 'amends', phraseStart: from + second.index, part: true, status: true, coordinated: true };
    }
  }
  if (!m && /(?<![\p{L}])của[ \n]*$/u.test(text.slice(Math.max(0, start - 8), start)) && NUMBER_AHEAD.test(text.slice(start, start + 100))) {
    // "… Luật Giáo dục số 38/2005/QH11 đã được sửa đổi, bổ sung theo Luật sửa đổi, bổ sung một số Điều của Luật Giáo dục số
    // 44/2009/QH12": the amending law named by its title, the number after the amended law's name its own
    from = Math.max(0, start - 300);
    const titled = AMENDING_TITLE_ACTOR.exec(text.slice(from, start));
    if (titled) return { relation: 'amends', phraseStart: from + titled.index, part: true, status: true };
  }
  if (!m) {
    from = Math.max(0, start - 400);
    const into = AMENDED_INTO.exec(text.slice(from, start));
    if (into) return { relation: 'amends', phraseStart: from + into.index, part: true, status: true };
  }
  if (!m) {
    // "Thủ tướng Chính phủ đã đình chỉ thi hành khoản 2 Điều 4 Quyết định số A … tại Quyết định số B", "Ủy ban nhân dân tỉnh đã bãi
    // bỏ Quyết định số A bằng Quyết định số B": the body's act told in the active voice, this mention the instrument — it acted on
    // the document between the verb and "tại" (the phrase read from there, so that document is the one before it)
    from = Math.max(0, start - 320);
    const active = ACTIVE_BY_INSTRUMENT.exec(text.slice(from, start));
    // (a second act of the sentence, after a semicolon, "… ban hành Quyết định số A thay thế …; bãi bỏ Quyết định số B bằng Quyết
    // định số C", only in a document that acts on nothing itself: a clause of an acting one is its own act)
    if (active && (active.groups?.lead === undefined || !actingDocument(text, layout))) {
      const verb = (active.groups?.verb as string).toLowerCase().replace(/\s+/g, ' ');
      // ("Bộ Tài chính đã hướng dẫn thực hiện Nghị định số A tại Công văn số B": B guides A, as told)
      const relation: Relation = active.groups?.guide !== undefined ? 'guides' : /ngưng|ngừng|hoãn|dừng|đình/u.test(verb) ? 'suspends' : verb.includes('bãi bỏ') ? 'repeals' : verb.includes('thay thế') && active.groups?.places === undefined ? 'replaces' : 'amends';
      return { relation, phraseStart: from + active.index + active[0].length - (active.groups?.by as string).length, part: relation !== 'guides' && (active.groups?.places !== undefined || relation === 'amends'), status: true };
    }
    const onAnaphor = ACTIVE_ON_ANAPHOR_BY_INSTRUMENT.exec(text.slice(from, start));
    if (onAnaphor) {
      const verb = (onAnaphor.groups?.verb as string).toLowerCase().replace(/\s+/g, ' ');
      const relation: Relation = /ngưng|ngừng|hoãn|dừng|đình/u.test(verb) ? 'suspends' : verb.includes('bãi bỏ') ? 'repeals' : verb.includes('thay thế') && onAnaphor.groups?.places === undefined ? 'replaces' : 'amends';
      return { relation, phraseStart: from + onAnaphor.index, part: onAnaphor.groups?.places !== undefined || relation === 'amends', status: true, anaphor: (onAnaphor.groups?.kind as string).replace(/\s+/gu, ' ') };
    }
  }
  if (!m) {
    from = Math.max(0, start - 80);
    const elided = ELIDED_OBJECT_BY.exec(text.slice(from, start));
    if (elided) {
      const verb = (elided.groups?.verb as string).toLowerCase().replace(/\s+/g, ' ');
      const relation: Relation = verb.includes('bãi bỏ') ? 'repeals' : verb.includes('thay thế') && elided.groups?.extent === undefined ? 'replaces' : 'amends';
      return { relation, phraseStart: from + elided.index, part: elided.groups?.extent !== undefined || relation === 'amends', status: true, elided: true };
    }
    const issued = ISSUED_BEFORE.exec(text.slice(from, start));
    const then = issued ? ISSUED_TO_ACT_AFTER.exec(text.slice(start, start + 160)) : null;
    if (issued && then) {
      const verb = (then.groups?.verb as string).replace(/\s+/g, ' ');
      const relation: Relation = verb === 'thay thế' ? 'replaces' : verb === 'bãi bỏ' ? 'repeals' : 'amends';
      return { relation, phraseStart: from + issued.index, part: relation === 'amends', status: true, elided: true };
    }
  }
  if (!m) {
    // "Quy định số 105-QĐ/TW … (nay là Quy định số 80-QĐ/TW)": the document that now stands in the place of the one named before
    // the parenthesis, which it replaced (a body's new name, "(nay là Sở Nông nghiệp và Môi trường)", is no mention)
    from = Math.max(0, start - 24);
    const now = NOW_STANDING_FOR.exec(text.slice(from, start));
    if (now) return { relation: 'replaces', phraseStart: from + now.index, part: false, status: true };
  }
  if (!m) {
    // "Luật Đấu thầu số 43/2013/QH13 đã hết hiệu lực theo quy định tại Điều 95 Luật Đấu thầu số 22/2023/QH15": the ending is
    // reported, its actor this mention (its day may be told as an event, "… hết hiệu lực kể từ ngày Luật Đất đai năm 2024 có hiệu
    // lực thi hành, theo quy định tại Điều 252 Luật Đất đai số …")
    from = Math.max(0, start - 200);
    const ended = ENDED_BY_STATUS.exec(text.slice(from, start));
    if (ended) return { relation: 'repeals', phraseStart: from + ended.index, part: ended[1] !== undefined, status: false, ending: true };
    // "| Ngưng hiệu lực Điều 12 theo Thông tư số … |" in a list of documents whose effect ended or stopped: the suspension is reported
    // (so is "… đã bị đình chỉ thi hành theo Quyết định số …": "đình chỉ" only after "bị" or "được", the noun "thi hành" having other uses)
    const suspended = SUSPENDED_BY_STATUS.exec(text.slice(from, start));
    if (suspended) return { relation: 'suspends', phraseStart: from + suspended.index, part: suspended[1] !== undefined, status: true };
    // "Thông tư số A … hết hiệu lực kể từ ngày Thông tư số B ngày … có hiệu lực": B ended A, which a report, a letter or a plan
    // tells (an act that says so may be ending A itself on that day)
    const when = ENDED_WHEN_ANOTHER.exec(text.slice(from, start));
    return when && IN_FORCE_AFTER.test(text.slice(start, start + 240)) && !actingDocument(text, layout) ? { relation: 'repeals', phraseStart: from + when.index, part: false, status: false, ending: true } : null;
  }
  const verbs = ((m[1] ?? m[3] ?? m[5] ?? m[7]) as string).toLowerCase().replace(/\s+/g, ' ');
  const partly = m[2] ?? m[4] ?? m[6];
  // the status phrase of a document named in passing ("… số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số …")
  // reports an amendment beside whatever the sentence does with that document: it says nothing of the extent of that act
  const status = m[3] !== undefined || m[7] !== undefined;
  const more = listed ? { listed: true as const } : {};
  if (/ngưng|ngừng|hoãn|dừng|đình/u.test(verbs)) return { relation: 'suspends', phraseStart: from + m.index, part: partly !== undefined, status, ...more };
  if (/hướng dẫn|quy định chi tiết/u.test(verbs)) return { relation: 'guides', phraseStart: from + m.index, part: true, status, ...more };
  if (verbs.includes('đính chính')) return { relation: 'corrects', phraseStart: from + m.index, part: true, status, ...more };
  const relation: Relation = verbs.includes('thay thế') && !partly ? 'replaces' : verbs.includes('bãi bỏ') ? 'repeals' : 'amends';
  // ("Được sửa đổi, bổ sung, bãi bỏ bởi …", a row of a list of partly expired documents: the actor amended and repealed)
  const alsoAmends = relation === 'repeals' && /sửa đổi|bổ sung/u.test(verbs) ? { alsoAmends: true as const } : {};
  // the heading of the list the phrase sits in
  const partList = lastStartingAtOrBefore(layout.expiryHeadings, start)?.part === true;
  // (some provisions only, "một số điều …": a replacement or repeal of them amends the document, in part)
  // (an annex the actor issued took the place of a part: a part, whatever list it sits in)
  const part = relation === 'amends' || partly !== undefined || partList || byAnnex || /(?<![\p{L}])một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)(?![\p{L}])/iu.test(m[0]);
  // replacing parts ("Được sửa đổi, bổ sung, thay thế bởi" in a list of partly expired documents) amends them; a report that names
  // the replacement alone, "Được thay thế bởi Điều 2 Nghị quyết số …", reports the verb it names
  return { relation: part && relation === 'replaces' && verbs !== 'thay thế' ? 'amends' : relation, phraseStart: from + m.index, part, status, ...more, ...alsoAmends };
}
