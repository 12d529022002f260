/** Endings of effect ("hết hiệu lực") stated by the citing document, as against conditions and cases that only suppose them. */
import { ACT_VERB, DAY_GIVEN, THIS_DOCUMENT } from './patterns.js';

// "… hết hiệu lực" within the clause after the mention, and not a condition on another subject: "… Điều 11 Nghị định số … đến
// khi Luật Việc làm … hết hiệu lực", "… gửi về Bộ Công Thương …, trước khi Giấy xác nhận hết hiệu lực"
// (a subordinate "khi" clause, not "khi" in a title: "… chính sách hỗ trợ … khi sinh con … hết hiệu lực từ ngày …")
// (its subject a document or a paper that can end: "trước khi đưa vào khai thác" in a title is none)
// (or "đến ngày" with a subject, not a date: "… có hiệu lực … đến ngày các quy định về cơ chế … quy định tại Nghị quyết số … hết
// hiệu lực thi hành")
const CONDITION_ON_ANOTHER = /(?<![\p{L}])(?:(?:đến|trước|sau)[ \n]+khi|(?:đến|trước)[ \n]+(?:(?:hết[ \n]+)?ngày|thời[ \n]+điểm)(?=[ \n]+(?:(?:các|những)[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung|cơ[ \n]+chế|chính[ \n]+sách|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định)(?![\p{L}])(?![ \n]+này(?![\p{L}]))))[ \n]+(?:(?:các|những)[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung|cơ[ \n]+chế|chính[ \n]+sách|Hiến[ \n]+pháp|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản|giấy|hợp[ \n]+đồng|chứng[ \n]+chỉ|thẻ|điều[ \n]+ước|hiệp[ \n]+định)(?![\p{L}])/iu;
/** Whether the clause supposes a case ("Khi / Trường hợp / Nếu …"), from its start or from its last line under an article heading ("Điều 10. Điều khoản tham chiếu\nTrường hợp Nghị định số … hết hiệu lực …"); not this document's own coming into force ("Khi Thông tư này có hiệu lực, Thông tư số …"). */
export function caseOpening(clause: string): boolean {
  const lastLine = clause.slice(clause.lastIndexOf('\n') + 1);
  return (CASE_OPENING.test(clause) && !SELF_IN_FORCE_CASE.test(clause)) || (lastLine !== clause && CASE_OPENING.test(lastLine) && !SELF_IN_FORCE_CASE.test(lastLine));
}
const SELF_IN_FORCE_CASE = new RegExp(String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?(?:Khi|Kể[ \n]+từ[ \n]+khi)[ \n]+${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]*,?[ \n]*(?:(?:các|những)[ \n]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục)[ \n]+[\dA-Za-zđĐ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+)?$`, 'u');
// a clause that opens with a case or a time: "Khi …", "Trường hợp …", "Nếu …"
const CASE_OPENING = /^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?(?:Khi|Trường[ \n]+hợp|Nếu|Trong[ \n]+trường[ \n]+hợp)(?![\p{L}])/u;
// (not negated: "Trong thời gian Thông tư số A … chưa hết hiệu lực, …")
// (past 120 characters only on the mention's own line, a long description and a status parenthesis between: "Chương IV “…” của
// Nghị định số A … về thanh toán không dùng tiền mặt (đã được sửa đổi, bổ sung một số điều theo Nghị định số B …) hết hiệu lực";
// a table's later row, one line down, says nothing of this row's document)
// (nor the name of a list, "… được đưa vào Danh mục văn bản hết hiệu lực để công bố")
// ("không còn áp dụng" of a document or its places ends them as "hết hiệu lực" does, not for a class of cases: "… không còn áp
// dụng đối với …" is read with the ended-for forms)
const ENDING_IN_CLAUSE = /^([^"]{0,120}?|[^"\n]{121,200}?)(?:(?<!(?<![\p{L}])(?:chưa|không)[ \n]+)(?<!(?:[Dd]anh[ \n]+(?:mục|sách))[ \n]+(?:các[ \n]+)?văn[ \n]+bản(?:[ \n]+quy[ \n]+phạm[ \n]+pháp[ \n]+luật)?[ \n]+(?:đã[ \n]+)?)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|(?<disapplied>(?<![\p{L}])không[ \n]+còn[ \n]+(?:được[ \n]+)?áp[ \n]+dụng)(?![ \n]+(?:đối[ \n]+với|cho|tại|trong|khi|nếu)(?![\p{L}])))/u;
// (an ending given its cause is a report of why it ended, not an act: "| Hết hiệu lực do Luật Đất đai số … hết hiệu lực |" in a
// published list of expired documents; "Giấy phép … số A hết hiệu lực kể từ ngày 15/11/2025 do hết thời hạn khai thác", a paper that
// lapsed on its term)
const ENDED_FOR_CAUSE = new RegExp(String.raw`^[^"]{0,120}?(?<![\p{L}])[Hh]ết[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+toàn[ \n]+bộ)?(?:[ \n]*,?[ \n]*(?:kể[ \n]+)?từ[ \n]+${DAY_GIVEN})?[ \n]*,?[ \n]+(?:do|vì)(?![\p{L}])`, 'u');
export function endsAfterMention(rightClause: string): boolean {
  const m = ENDING_IN_CLAUSE.exec(rightClause);
  // (a document no longer applied because another replaced or repealed it, as its status note says, is only told of: "Công văn số A
  // (đã được thay thế bằng Công văn số B) không còn áp dụng từ năm học này")
  if (m?.groups?.disapplied !== undefined && REPLACED_BY_ANOTHER_NOTE.test(m[1] as string)) return false;
  return m !== null && !CONDITION_ON_ANOTHER.test(m[1] as string) && !ENDED_FOR_CAUSE.test(rightClause);
}
const REPLACED_BY_ANOTHER_NOTE = /\([ \n]*(?:đã[ \n]+)?(?:được|bị)[ \n]+(?:thay[ \n]+thế|bãi[ \n]+bỏ)/u;

// (a semicolon followed by a word that is no verb and names no act of its own is inside a title that lists fields: "… về xử
// phạt vi phạm hành chính trong lĩnh vực lâm nghiệp; bảo vệ và kiểm dịch thực vật; thú y; chăn nuôi hết hiệu lực …", "…;
// dự trữ quốc gia; Kho bạc Nhà nước; kế toán, kiểm toán độc lập hết hiệu lực …"; an item of a list ends with a semicolon:
// "a) Nghị định số A … và Nghị định số B … hết hiệu lực thi hành;\nb) …")
// (the callers bound the reach: a clause that opens with its first ended document may name eight more, with their titles, over
// commas before the verb, "2. Khoản 1 Mục II Thông tư số A …, Thông tư số B …, … Thông tư số I … hết hiệu lực thi hành kể từ …")
// (the ending may close on a semicolon before what the document keeps: "… Mục 1 Chương II … của Nghị định số A … hết hiệu lực; các
// quy định về huấn luyện … tại Nghị định số A tiếp tục có hiệu lực.")
// (or ends it for a class of subjects or matters only, in force for the rest: "Thông tư số A … hết hiệu lực đối với quỹ tín dụng
// nhân dân", "Quyết định số A … hết hiệu lực đối với các nội dung về mức thu phí … kể từ ngày …"; the callers read it as a part)
export const ENDED_FOR = String.raw`[ \n]+đối[ \n]+với[ \n]+[^.;:]{2,200}?(?=[ \n]*,?[ \n]*(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)|[ \n]*[.;])`;
// a document ended for a class of subjects or matters only, after the mention (the class in the group)
export const ENDED_FOR_AFTER = new RegExp(String.raw`^[^.;:]{0,500}?(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(${ENDED_FOR})`, 'u');
const ENDED_AFTER_ITEMS = new RegExp(String.raw`^((?:[^.;]|;[ \n]+(?=\p{L})(?!(?:[Bb]ãi|[Tt]hay|[Ss]ửa|[Bb]ổ|[Đđ]ồng|[Vv]à|[Cc]ác|[Nn]hững)[ \n]|[^;.\n]{0,24}[ \n]này(?![\p{L}]))){0,2400}?)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:${ENDED_FOR})?(?:[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)|[ \n]*\.|[ \t]*;[ \t]*\n|[ \t]*;[ \t]+(?=\p{Ll}[^.;]{0,240}?(?<![\p{L}])(?:tiếp[ \n]+tục|vẫn|giữ[ \n]+nguyên)(?![\p{L}])))`, 'u');
// the same clause closed by the passive of repeal: "2. Thông tư số A …, Thông tư số B … và Thông tư số C … bị bãi bỏ." (not a report
// of who repealed them, "… được bãi bỏ bởi / theo / tại …", nor a status, "… đã bị bãi bỏ")
const REPEALED_AFTER_ITEMS = new RegExp(String.raw`^((?:[^.;]|;[ \n]+(?=\p{L})(?!(?:[Bb]ãi|[Tt]hay|[Ss]ửa|[Bb]ổ|[Đđ]ồng|[Vv]à|[Cc]ác|[Nn]hững)[ \n]|[^;.\n]{0,24}[ \n]này(?![\p{L}]))){0,2400}?)(?<![\p{L}])(?<!(?<![\p{L}])(?:đã|sẽ|chưa|không|cần|phải)[ \n]+)(?:được|bị)[ \n]+bãi[ \n]+bỏ(?:[ \n]+toàn[ \n]+bộ)?(?![\p{L}])(?![ \n]+(?:bởi|theo|tại|một[ \n]+phần)(?![\p{L}]))(?=[ \n]*(?:[.;]|,?[ \n]*(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi))|[ \n]*$)`, 'u');
/** Whether the clause after a mention (or after the items it opens with) closes with "… được / bị bãi bỏ", its own repeal of them. */
export function repealedAfterItems(after: string): boolean {
  const m = REPEALED_AFTER_ITEMS.exec(after);
  return m !== null && !CONDITION_ON_ANOTHER.test(m[1] as string) && !/(?<![\p{L}])(?:khi|nếu|trường[ \n]+hợp)(?![\p{L}])/u.test(m[1] as string);
}
/**
 * Whether the text after a mention (or after the items a clause opens with) ends it: "… hết hiệu lực kể từ ngày …", unless
 * the ending is a condition on another subject ("… Nghị định số … đến khi Luật Việc làm … hết hiệu lực thi hành.").
 */
export function endedAfterItems(after: string): boolean {
  const m = ENDED_AFTER_ITEMS.exec(after);
  if (m === null || CONDITION_ON_ANOTHER.test(m[1] as string)) return false;
  // (pieces parted by semicolons that each say something of their own are sentences, no items of one list: "4. Nghị quyết số A
  // được ban hành theo Thông tư số B …; Thông tư số B đã được thay thế bởi Thông tư số C …; Thông tư số C hết hiệu lực từ ngày …"
  // ends C, told in passing)
  return !piecesSayTheirOwn(m[1] as string);
}
/**
 * Whether the pieces of `span` parted by semicolons are sentences of their own: a piece after the first has a predicate of status
 * ("; Thông tư số B đã được thay thế bởi …;"). The first piece's amendment is the opening document's own, an item of the list still:
 * "2. Luật … số A đã được sửa đổi, bổ sung một số điều theo Luật số B; Luật … số C hết hiệu lực …" ends A and C.
 */
export function piecesSayTheirOwn(span: string): boolean {
  const pieces = span.replace(/\([^()]*\)/gu, ' ').split(';');
  // (the first piece's own status says it is told of, when it was replaced or repealed already or only issued under another: "4.
  // Nghị quyết số A được ban hành theo Thông tư số B …; …")
  return pieces.length >= 2 && (TOLD_OF_STATUS.test(pieces[0] as string) || pieces.slice(1).some((p) => STATUS_PREDICATE.test(p)));
}
const PASSIVE = String.raw`(?<![\p{L}])(?:đã[ \n]+)?(?:được|bị)[ \n]+`;
const TOLD_OF_STATUS = new RegExp(String.raw`${PASSIVE}(?:ban[ \n]+hành[ \n]+(?:theo|căn[ \n]+cứ)|thay[ \n]+thế|bãi[ \n]+bỏ)(?![\p{L}])`, 'u');
const STATUS_PREDICATE = new RegExp(String.raw`${PASSIVE}(?:ban[ \n]+hành|${ACT_VERB}|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])`, 'u');
export const DISAPPLIED_AFTER = /^[^.;]{0,400}?(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng[ \n]+(?:đối[ \n]+)?với[^.;]{1,200}?(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)/u;
