/**
 * The relation of a HEAD mention (spec §6.3, §6.4): from its zone, the trigger that opens its paragraph or clause, the
 * verb before it, the list or table it sits in, and the document's own type and title.
 */
import type { Relation } from '../schema.js';
import { fold } from '../../text/fold.js';
import { inSortedRanges, lastStartingAtOrBefore } from '../../text/ranges.js';
import { lineStart, zoneAt, type Layout } from '../layout.js';
import { clauseBreak, lastMatchEnd, lastOperativeVerb, openingVerb, PLACES_SEMICOLON, withoutQuotedWords } from './clauses.js';
import { actingDocument, attachedStart } from './document.js';
import { DISAPPLIED_AFTER, caseOpening, endedAfterItems, endsAfterMention, piecesSayTheirOwn, repealedAfterItems } from './endings.js';
import { carriedOut, delegatedInScope, detailedListOf, draftingListAbove, governingArticleHeading, guidedProvisionsOf, inArticleHeaded, inScopeArticle, lastArticleHeading, numberYear, otherActorBeforeVerb, ownVerbPastOlder } from './guidance.js';
import { VERB_FIRST_ACT, itemActs, repealAnnexAt } from './items.js';
import { inListOfItsHead, listHead, listLeadIn, listedForRepeal, tableHeadOfRow } from './lists.js';
import { ACTOR_DECIDES, ACT_VERB, ACT_WORDS, BREAK, CLAUSE_MARK, DISAPPLYING_LIST, ENDING_HEADING, ENDING_LIST, FOR_DOCUMENT_ITEM, FURTHER_NUMBERS, GUIDANCE_TYPE, MATTER_PROVISIONS_BEFORE, OPERATIVE_VERB, OTHER_AMENDING_WORDS, PAPER_OBJECT, PLACE_WORD, PROCEDURE_OBJECT, REPEALING_HEADING, TABLE_ROW_START, THIS_DOCUMENT, TRIGGER_BASIS, PIPE_ROW_OPENING, TITLE_REPEALS, TRIGGER_IMPLEMENTS, VERB_BEFORE_AND } from './patterns.js';
import { tableHead } from './tables.js';
import { clauseParagraphStart, lastClauseTrigger, triggerCarriedOver } from './triggers.js';
import { lineStartIn } from '../line-starts.js';

const ITEM_MARK = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]*/u;
const GAZETTE_TITLE_PREFIX = /^[ ]*(?:CỦA|của)[ ][^\n]{0,160}?(?:NGÀY|ngày)[ ]+\d{1,2}[ ]+(?:THÁNG|tháng)[ ]+\d{1,2}[ ]+(?:NĂM|năm)[ ]+\d{4}[ ]+/u;
const TITLE_AMENDS = /^[ ]*(?:Về (?:việc )?)?(?:Sửa đổi|Bổ sung|Sửa đổi, bổ sung)/iu;
// the types whose title acts ("Về việc điều chỉnh …"): not a submission, a report, a letter
const TITLE_ACTS = /^(?!TỜ TRÌNH|PHIẾU TRÌNH|BÁO CÁO|CÔNG VĂN|CÔNG ĐIỆN|THÔNG BÁO)/u;
const TITLE_ADJUSTS = /^[ ]*(?:Về (?:việc )?)?(?:Điều chỉnh|điều chỉnh)(?![\p{L}])/u;
const TITLE_GUIDES = /^[ ]*(?:Về (?:việc )?)?(?:Quy định chi tiết|Hướng dẫn)/iu;
// (a document an item's description says it follows is no item of the list: "7. Thông tư số A … hướng dẫn thực hiện chính sách …
// theo Quyết định 22/2015/QĐ-TTg …")
const FOLLOWED_IN_ITEM = /(?<![\p{L}])(?<!kèm[ \n]+)theo[ \n]*$/u;
// (the whole title before the mention: what of it is guided, "một số nội dung của", "một số điều của", "việc thi hành")
const GUIDED_PART_TITLE = /^[ \t\n]*(?:(?:một[ \t\n]+số|các)[ \t\n]+)?(?:nội[ \t\n]+dung|điều|điểm|vấn[ \t\n]+đề|quy[ \t\n]+định)(?:[ \t\n]+cụ[ \t\n]+thể)?[ \t\n]+(?:của|tại|trong|(?:về[ \t\n]+)?(?:thi[ \t\n]+hành|thực[ \t\n]+hiện))[ \t\n]+$|^[ \t\n]*(?:việc[ \t\n]+)?thi[ \t\n]+hành[ \t\n]+$/iu;
const TITLE_REPLACES = /^[ ]*(?:Về (?:việc )?)?Thay thế/iu;
// (the other words for it take their object at once: "Tạm hoãn thi hành …", "Ngừng hiệu lực …", "Tạm dừng hiệu lực …")
const TITLE_SUSPENDS = /^[ ]*(?:Về (?:việc )?)?(?:Ngưng|Tạm ngưng|Đình chỉ|(?:Tạm )?(?:ngừng|dừng|hoãn) (?:hiệu lực|(?:việc )?thi hành))/iu;
const TITLE_CORRECTS = /^[ ]*(?:Về (?:việc )?)?Đính chính/iu;
const CORRECTED_OBJECT = new RegExp(String.raw`(?<![\p{L}])(?:[Đđ]ính[ \n]+chính|(?:[Đđ]iều[ \n]+chỉnh|[Ss]ửa)(?:[ \n]+lại)?(?=[ \n]+(?:(?:một[ \n]+số|các|những)[ \n]+)?(?:lỗi|sai[ \n]+sót)(?![\p{L}])))[ \n]+(?:(?:một[ \n]+số|các|những)[ \n]+)?(?:(?:lỗi|sai[ \n]+sót|nội[ \n]+dung)(?![\p{L}])[^.;:]{0,120}?(?:tại|của|trong)[ \n]+(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Mm]ục)[ \n][^.;:]{0,120}?(?:của|tại)?[ \n]*)?|(?:tên[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Mm]ục)[ \n][^.;:]{0,160}?(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)?[ \n]*|(?:(?:họ[ \n]+(?:và[ \n]+)?tên|ngày[ \n]+(?:tháng[ \n]+năm[ \n]+)?sinh|số[ \n]+thứ[ \n]+tự)(?![\p{L}])[^.;:]{0,200}?[ \n])?(?:[Dd]anh[ \n]+sách|[Pp]hụ[ \n]+lục|[Bb]iểu)(?![\p{L}])[^.;:]{0,60}?(?:kèm[ \n]+theo|ban[ \n]+hành[ \n]+kèm[ \n]+theo|của|tại)[ \n]*)?$`, 'u');
const CORRECTION_ASKED = /(?<![\p{L}])(?:[Đđ]ề[ \n]+nghị|[Kk]iến[ \n]+nghị|[Yy]êu[ \n]+cầu|[Đđ]ề[ \n]+xuất)(?![\p{L}])[^.;:]{0,80}?[Đđ]ính[ \n]+chính(?![\p{L}])/u;
// "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số …": an operative article heading
// (or a chapter's or section's heading in capitals: "Chương I\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ\n22/2013/TT-NHNN …")
// (its mark may be any a drafter uses; an old text opens with "Nay", a Party's or a council's with its actor)
const AMENDING_HEADING = /^[ ]*(?:(?:Điều[ ]+\d+[a-zđ]?[.:][ ]*|\d+[.)][ ]*|[a-zđ][)][ ]*)?(?:Sửa đổi|Bổ sung)|(?:(?:MỤC|Mục)[ ]+\d{1,2}[.:]?[ ]*)?(?:SỬA[ ]+ĐỔI|BỔ[ ]+SUNG)(?![\p{L}]))/u;
// (read in the body of a document that acts, not in a plan's or a report's lists: see PROPOSING_TYPE)
const AMENDING_HEADING_OTHER_MARK = new RegExp(String.raw`^[ ]*(?:${CLAUSE_MARK}[ ]*)?(?:Nay[ ]+)?(?:(?:Sửa[ ]+đổi|Bổ[ ]+sung)|${ACTOR_DECIDES}(?:sửa[ ]+đổi|bổ[ ]+sung|điều[ ]+chỉnh)|(?:(?:MỤC|Mục)[ ]+\d{1,2}[.:]?[ ]*)?(?:SỬA[ ]+ĐỔI|BỔ[ ]+SUNG)(?![\p{L}]))`, 'u');
const OTHER_AMENDING_VERB = new RegExp(String.raw`(?<![\p{L}])${OTHER_AMENDING_WORDS}(?![\p{L}])`, 'giu');
const MARK_AND_NAY = new RegExp(String.raw`^[ \t\n]*(?:${CLAUSE_MARK}[ \t]*)?(?:[Nn]ay[ \n]+)?`, 'u');
// the verbs that may carry out an adjustment another document provides for ("Điều chỉnh mức trợ cấp quy định tại …"): they amend
// a described object only when the new value follows (the others change what they name by themselves: "Kéo dài …", "Đổi tên …")
const WEAK_AMENDING_VERB = /^(?:điều chỉnh(?:, bổ sung)?|nâng|bổ sung thêm)$/u;
// the object of such a verb may be the document itself or what it set: a description that ends at the document, pinned by a
// preposition or its places ("… tại", "… kèm theo", "đã được phê duyệt tại", "thành lập theo"); words of another relation in
// between make the document that relation's object ("Điều chỉnh kế hoạch thực hiện Nghị quyết số …" adjusts the plan)
const OTHER_AMENDING_OBJECT_OFF = /(?<![\p{L}])(?:(?<!(?:kèm|ban[ \n]+hành|thành[ \n]+lập|phê[ \n]+duyệt|giao)[ \n]+)theo|trái|phù[ \n]+hợp|căn[ \n]+cứ|khi|nếu|thì|trường[ \n]+hợp|hồ[ \n]+sơ|thủ[ \n]+tục|giấy[ \n]+phép|thành[ \n]+lập|lỗi|sai[ \n]+sót|ông|bà|đồng[ \n]+chí|(?<!thời[ \n]+(?:gian|hạn)[ \n]+)thực[ \n]+hiện|triển[ \n]+khai|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;
// the object named by its places, or the document right after the verb ("Điều chỉnh lại khoản 1 Điều 3 …", "Kéo dài thời gian
// thực hiện …", "Điều chỉnh Quyết định chủ trương đầu tư số …")
const ADJUSTED_PLACES_ONLY = new RegExp(String.raw`^[ \n]*(?:(?:một[ \n]+số[ \n]+)?nội[ \n]+dung[ \n]+(?:của|tại)[ \n]+|thời[ \n]+(?:gian|hạn|điểm)(?:[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng|(?:có[ \n]+)?hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?))?(?:[ \n]+(?:của|tại))?[ \n]+)?(?:(?:${PLACE_WORD}|[Pp]hụ[ \n]+lục)(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)(?:${PLACE_WORD}|[Pp]hụ[ \n]+lục)){0,20}[ \n]+(?:(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo|kèm[ \n]+theo)[ \n]+)?)?(?:(?:Quyết[ \n]+định|Nghị[ \n]+quyết)(?:[ \n]+[\p{Ll}]+){1,5}[ \n]+)?$`, 'u');
const NEW_VALUE_AFTER = /^(?:[^.;]|\.(?=\d)){0,250}?(?:như[ \n]+sau|(?<![\p{L}])cụ[ \n]+thể[ \n]*(?:như[ \n]+sau[ \n]*)?:|(?:các|những)[ \n]+nội[ \n]+dung[ \n]+(?:sau|như[ \n]+sau)|(?<![\p{L}])(?:sau|sau[ \n]+đây)[ \n]*:|(?<![\p{L}])từ[ \n](?:[^.;]|\.(?=\d)){1,160}?[ \n](?:thành|lên|xuống|sang|đến)[ \n]|(?<![\p{L}])bằng[ \n]|(?<![\p{L}])đến[ \n]+(?:hết[ \n]+)?ngày|chi[ \n]+tiết[ \n]+tại[ \n]+(?:các[ \n]+)?[Pp]hụ[ \n]+lục|(?:theo|như)[ \n]+(?:các[ \n]+)?[Pp]hụ[ \n]+lục)/u;
// (or an annex, a table, a list of the document, whatever words describe it: "Điều chỉnh Phụ lục số 02 (Danh mục dự án …) kèm theo …")
const ANNEX_ADJUSTED = /^[ \n]*(?:[Pp]hụ[ \n]+lục|[Bb]iểu|[Bb]ảng[ \n]+giá|[Dd]anh[ \n]+mục|[Bb]ản[ \n]+đồ)(?![\p{L}])/u;
const NEW_NAME_AFTER = /^[^.;]{0,250}?(?<![\p{L}])thành[ \n]*["“]/u;
const SELF_TAKES_PLACE_AFTER = new RegExp(String.raw`^[^.;]{0,120}?để[ \n]+thay[ \n]+thế[ \n]+bằng[ \n]+${THIS_DOCUMENT}`, 'u');
// (or by its type alone at a sentence's start, as a decision's last article may: "Quyết định có hiệu lực từ ngày ký và thay cho Quyết
// định số …", read only with this document's own type)
const SELF_BY_TYPE_INSTEAD_OF = new Map<string, RegExp | null>();
function selfByTypeInsteadOf(ownType: string | null): RegExp | null {
  if (ownType === null) return null;
  const cached = SELF_BY_TYPE_INSTEAD_OF.get(ownType);
  if (cached !== undefined) return cached;
  const word = ownType.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  const re = /^(?:quyết định|thông tư|nghị quyết|nghị định|chỉ thị)$/u.test(word)
    ? new RegExp(String.raw`(?:^|[.;:][ \n]+|\n[ \t]*)${word.charAt(0).toUpperCase()}${word.slice(1).split(' ').join('[ \\n]+')}[ \n]+có[ \n]+hiệu[ \n]+lực(?:[^.;]{0,100}?[ ,])?thay[ \n]+(?:thế[ \n]+)?cho[ \n]+$`, 'u')
    : null;
  SELF_BY_TYPE_INSTEAD_OF.set(ownType, re);
  return re;
}
// (this document the clause's own subject, or a part of it or of the regulation it issued, in a section or an article of tasks too:
// "III. TỔ CHỨC THỰC HIỆN\n…\n2. Hướng dẫn này thay cho Hướng dẫn số …", "3. Chương V (…) Quy chế ban hành kèm theo Quyết định này thay cho
// Quyết định số …")
const SELF_OPENS_INSTEAD_OF = new RegExp(String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?(?:${PLACE_WORD}(?:[ \n]*\([^()]{0,160}\))?[ \n]+(?:của[ \n]+)?)?(?:(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ)[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+)?${THIS_DOCUMENT}[^.;:]{0,100}?(?<![\p{L}])thay[ \n]+(?:thế[ \n]+)?cho[ \n]+$`, 'u');
// (its adoption and effect between: "Nghị quyết này đã được Hội đồng nhân dân tỉnh … thông qua ngày …, có hiệu lực từ ngày … và thay cho
// Nghị quyết số …")
// (or its guidance on the same matter: "Nghị quyết này hướng dẫn áp dụng … Bộ luật Hình sự …, thay cho phần hướng dẫn tương ứng tại Nghị
// quyết số …" — a part of that one replaced, not guided)
const CORRESPONDING_PART = String.raw`(?:(?:các|những|phần)[ \n]+)?(?:quy[ \n]+định|hướng[ \n]+dẫn|nội[ \n]+dung)(?:[ \n]+tương[ \n]+ứng)?[ \n]+(?:tại|của)[ \n]+`;
const SELF_INSTEAD_OF = new RegExp(String.raw`${THIS_DOCUMENT}(?:[^.;]{0,240}?[ ,])?thay[ \n]+(?:thế[ \n]+)?cho[ \n]+(?:(?:các[ \n]+)?quy[ \n]+định[ \n]+tại[ \n]+(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))+(?:của[ \n]+)?|(?:phần[ \n]+)?(?:hướng[ \n]+dẫn|quy[ \n]+định|nội[ \n]+dung)[ \n]+tương[ \n]+ứng[ \n]+(?:tại|của)[ \n]+)?$`, 'u');
const INSTEAD_OF_CORRESPONDING_BEFORE = new RegExp(String.raw`(?<![\p{L}])thay[ \n]+(?:thế[ \n]+)?cho[ \n]+${CORRESPONDING_PART}(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+)?$`, 'u');
// "… đã được quy định tại Nghị định này thì không áp dụng quy định tương ứng tại …": this document's provisions in place of those
const SELF_DISAPPLIES_CORRESPONDING = new RegExp(String.raw`(?:quy[ \n]+định|nêu)[ \n]+tại[ \n]+${THIS_DOCUMENT}[^.;:]{0,40}?(?<![\p{L}])thì[ \n]+không[ \n]+áp[ \n]+dụng[ \n]+(?:các[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung)[ \n]+tương[ \n]+ứng[ \n]+(?:tại|của)[ \n]+(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+)?$`, 'u');
// "… không áp dụng Điều 5 và Điều 6 Quyết định số A … mà thực hiện theo quy định tại Quyết định này", "… không áp dụng mức phụ cấp thu
// hút quy định tại Điều 6 Nghị định số A … mà thực hiện theo quy định tại Điều 4 Nghị định này": the places disapplied, then this
// document's own provisions in their place (a part replaced); the places right before the mention
const DISAPPLIED_PLACES_BEFORE = new RegExp(String.raw`(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?áp[ \n]+dụng[ \n]+(?:[^.;:]{0,160}?[ \n](?:quy[ \n]+định|nêu)[ \n]+tại[ \n]+)?${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,8}(?:[ \n]+của)?[ \n]+$`, 'u');
const THIS_INSTEAD_AFTER = new RegExp(String.raw`^[^.;]{0,400}?(?<![\p{L}])mà[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng)[ \n]+theo[ \n]+(?:(?:các[ \n]+)?quy[ \n]+định[ \n]+tại[ \n]+)?(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,4}(?:của[ \n]+)?${THIS_DOCUMENT}`, 'u');
// a person replaced, then where: "thay thế ông Lê Văn C, nguyên Phó Giám đốc Sở … (đã nghỉ hưu) tại [places of] <mention>"
const PERSON_REPLACED_BEFORE = new RegExp(String.raw`(?<![\p{L}])thay[ \n]+(?:thế[ \n]+)?(?:cho[ \n]+)?(?:ông|bà|đồng[ \n]+chí)[ \n][^.;:]{1,300}?[ \n](tại|theo)(?:[ \n]+${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+)?)*(?:[ \n]+của)?[ \n]*$`, 'u');
/** Whether the clause before a mention (`before`, up to it) disapplies places of it for this document's own provisions, said after it. */
export const disappliedForThis = (text: string, before: string, tailEnd: number): boolean => DISAPPLIED_PLACES_BEFORE.test(before) && THIS_INSTEAD_AFTER.test(text.slice(tailEnd, tailEnd + 480));
// (or of provisions it names, by their matter or by the places of a regulation the document issued: "Nghị quyết này thay cho mức chi
// thù lao hòa giải viên … quy định tại khoản 3 Điều 2 Nghị quyết số …", "Quy chế ban hành kèm theo Quyết định này thay cho Điều 16
// và Điều 17 Quy chế … ban hành kèm theo Quyết định số …", "… thay cho các quy định về tiếp công dân tại Chương IV (từ Điều 25 đến
// Điều 28) Quy chế làm việc … ban hành kèm theo Quyết định số …", "Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư này thay cho Mẫu số 01
// tại Phụ lục ban hành kèm theo Thông tư số …")
const SELF_INSTEAD_OF_PART = new RegExp(String.raw`${THIS_DOCUMENT}(?:[^.;]{0,100}?[ ,])?thay[ \n]+(?:thế[ \n]+)?cho[ \n]+(?:[^.;:]{0,200}?[ \n](?:quy[ \n]+định[ \n]+)?tại[ \n]+)?(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+(?:và|tại)[ \n]+|[ \n]*\([^()]{0,60}\)[ \n]*|[ \n]+))+(?:của[ \n]+)?(?:(?:Quy[ \n]+(?:chế|định)|Điều[ \n]+lệ)(?![\p{L}])[^.;:]{0,160}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+|(?<=[Pp]hụ[ \n]+lục[^.;:\n]{0,16})(?:(?:ban[ \n]+)?hành[ \n]+)?kèm[ \n]+theo[ \n]+)?$`, 'u');
const TERM_OPENS_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Kể[ \n]+từ[ \n]+ngày[^,.;:]{0,120},[ \n]*)?(?:[Tt]hời[ \n]+(?:hạn|gian|điểm)|[Mm]ức(?:[ \n]+\p{Ll}+){0,3}|[Kk]hung(?:[ \n]+\p{Ll}+){0,2}|[Đđ]ịnh[ \n]+mức|[Tt]ỷ[ \n]+lệ|[Hh]ệ[ \n]+số|[Gg]iá|[Cc]ơ[ \n]+quan[ \n]+(?:thường[ \n]+trực|chủ[ \n]+trì|đầu[ \n]+mối)|[Tt]ên[ \n]+gọi|[Tt]rụ[ \n]+sở|[Qq]uy[ \n]+mô|[Tt]ổng[ \n]+mức[ \n]+đầu[ \n]+tư|[Tt]iến[ \n]+độ)(?![\p{L}])[^.;:]{0,200}?[ \n]quy[ \n]+định[ \n]+tại(?:[ \n]+(?:${PLACE_WORD}|[Pp]hụ[ \n]+lục|[Bb]iểu[ \n]+\p{Ll}+))*(?:[ \n]+(?:Quy[ \n]+(?:chế|định)|Điều[ \n]+lệ)(?![\p{L}])[^.;:\n]{0,120}?(?=[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo))?(?:[ \n]+(?:của|ban[ \n]+hành[ \n]+kèm[ \n]+theo|kèm[ \n]+theo))?[ \n]*$`, 'u');
const TERM_CHANGED_AFTER = new RegExp(String.raw`^(?:[^.;:]|\.(?=\d)){0,160}?(?<![\p{L}])(?<!đã[ \n]+)được[ \n]+(?:kéo[ \n]+dài|lùi|gia[ \n]+hạn|nâng[ \n]+lên|giảm[ \n]+xuống|(?:điều[ \n]+chỉnh|nâng|giảm|tăng)[ \n]+từ[ \n]+(?:[^.;:]|\.(?=\d)){1,60}?[ \n](?:lên|xuống|thành)(?![\p{L}])|điều[ \n]+chỉnh[ \n]+(?:thành|lên|xuống|theo)|thay[ \n]+bằng|(?:thực[ \n]+hiện|áp[ \n]+dụng)[ \n]+theo(?:[^.;]){0,120}?${THIS_DOCUMENT})`, 'u');
// (the day it takes effect may come first: "2. Kể từ ngày Quyết định này có hiệu lực, cụm từ “…” tại khoản 3 Điều 8 Quy định ban hành kèm
// theo Quyết định số A … được thay bằng cụm từ “…”.")
const PHRASE_OPENS_CLAUSE = /(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Kể[ \n]+từ[ \n]+ngày[^.;:,]{1,120},[ \n]*)?(?:[Cc]ác[ \n]+)?(?:[Cc]ụm[ \n]+từ|[Tt]ừ[ \n]+ngữ|[Tt]ừ)[ \n]*[^.;:]{0,300}?[ \n](?:tại|trong|của)[ \n][^.;:]{0,300}$/u;
// the rest of a clause that replaces words wherever the documents before it use them, up to its verb ("… và các văn bản quy phạm
// pháp luật khác được thay thế bằng quy hoạch …"), not by this document
const REPLACING_PASSIVE_NEAR = /được[ \n]+(?:thay|sửa[ \n]+(?:đổi|lại)[ \n]+thành)/u;
const LIST_WORDS_REPLACED_AFTER = new RegExp(String.raw`^[^.;:]{0,1800}?(?<![\p{L}])(?<!đã[ \n]+)được[ \n]+(?:thay(?:[ \n]+thế)?[ \n]+bằng|sửa[ \n]+(?:đổi|lại)[ \n]+thành)(?![\p{L}])(?![ \n]+(?:các[ \n]+quy[ \n]+định[ \n]+(?:tại|của)[ \n]+)?${THIS_DOCUMENT})`, 'u');
// an item that opens with the words it replaces, then "tại" the documents ("9. Quy hoạch phát triển … tại Luật …")
const ITEM_WORDS_AT_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]*\p{Lu}[^.;:\n]{0,300}?[ \n]tại[ \n][^.;:]*$/u;
// the mention is the actor of a status phrase ("… đã được sửa đổi, bổ sung theo Luật sửa đổi, bổ sung một số Điều của Luật Giáo dục số …")
// an article heading that repeals the rows of the table under it, read one cell a line with no colon or with a label of the rows'
// issuer between: "Điều 1. Bãi bỏ toàn bộ các Quyết định sau đây của Thủ tướng Chính phủ\nSTT\nSố, ký hiệu\n…\n1\n195/1999/QĐ-TTg"
const REPEALING_ROWS_HEADING = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*Bãi[ \n]+bỏ(?:[ \n]+toàn[ \n]+bộ)?[ \n]+(?:các|những)[ \n][^:.;\n]{0,160}?(?<![\p{L}])sau(?:[ \n]+đây)?(?![\p{L}])/u;
const STATUS_ACTOR_BEFORE = /(?<![\p{L}])(?:được|bị)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)(?![\p{L}])[^,;.:]{0,40}?[ \n](?:theo|bởi|tại)[ \n][^,;.:]{0,200}$/u;
const articleHeadingText = (text: string, layout: Layout, pos: number): string => {
  const heading = governingArticleHeading(text, layout, pos);
  return heading === null ? '' : text.slice(heading.start, heading.end);
};
// a clause that opens with "the provisions of" the document ("2. Kể từ ngày …, các quy định của …"), and the rest of it up to "… được
// thay thế bằng (các quy định của) … này"
// (or on a matter, at places of the document or of the regulation issued with it: "3. Các quy định về cấp giấy phép xây dựng tại
// Chương IV Quy định quản lý trật tự xây dựng ban hành kèm theo Quyết định số … được thay thế bằng các quy định tại Quyết định này")
// (or with the places themselves, of the document or of its regulation: "3. Điều 8, Điều 9, Điều 10 và Chương III Quy chế … ban hành
// kèm theo Thông tư số … được thay thế bằng các quy định tương ứng tại Chương II của Thông tư này")
const PROVISIONS_OPEN_CLAUSE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[a-zđ][)][ \t]*)?(?:Kể[ \n]+từ[ \n]+ngày[^,.;:]{0,120},[ \n]*)?(?:(?:[Cc]ác|[Nn]hững)[ \n]+quy[ \n]+định(?<matter>(?:[ \n]+về[ \n][^.;:]{1,200}?)?[ \n]+(?:của|tại)(?:[ \n]+(?:Mục|Chương|Điều|[Kk]hoản|[Đđ]iểm|Phụ[ \n]+lục)[ \n]+[\dIVXLC]{1,5}[a-zđ]?(?:[ \n]*,)?){0,6}(?:[ \n]+(?:Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ)[^.;:]{0,200}?[ \n]ban[ \n]+hành[ \n]+kèm[ \n]+theo)?)|(?<places>(?:Mục|Chương|Điều|[Kk]hoản|[Đđ]iểm|Phụ[ \n]+lục)[ \n]+[\dIVXLC]{1,5}[a-zđ]?(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+)(?:Mục|Chương|Điều|[Kk]hoản|[Đđ]iểm|Phụ[ \n]+lục)[ \n]+[\dIVXLC]{1,5}[a-zđ]?){0,7}[ \n]+(?:Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ)[^.;:]{0,200}?[ \n]ban[ \n]+hành[ \n]+kèm[ \n]+theo))[ \n]*$/u;
// (this document's provisions may be located: "… bằng các quy định tương ứng tại Chương II của Thông tư này")
const PROVISIONS_REPLACED_BY_THIS_AFTER = new RegExp(String.raw`^([^.;:]{0,300}?)(?<![\p{L}])(?<!đã[ \n]+)được[ \n]+thay[ \n]+thế[ \n]+bằng[ \n]+(?:(?:các|những)[ \n]+quy[ \n]+định[ \n]+(?:tương[ \n]+ứng[ \n]+)?(?:của|tại)[ \n]+(?:(?:Mục|Chương|Điều|Phụ[ \n]+lục)[ \n]+[\dIVXLC]{1,5}[a-zđ]?[ \n]+(?:của[ \n]+)?)?)?${THIS_DOCUMENT}`, 'u');
/**
 * When the clause the mention at `start` opens says its provisions on a matter are replaced by this document's ("2. Kể từ ngày …,
 * các quy định của Luật xây dựng về quy hoạch xây dựng các đô thị … được thay thế bằng các quy định của Luật này."), the matter
 * (the words between the mention and the verb, "về quy hoạch xây dựng …", or "các quy định" when none); else null.
 */
export function provisionsReplacedByThis(text: string, start: number, tailEnd: number): string | null {
  const open = PROVISIONS_OPEN_CLAUSE.exec(text.slice(Math.max(0, start - 300), start));
  if (!open) return null;
  const after = PROVISIONS_REPLACED_BY_THIS_AFTER.exec(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400)));
  if (!after) return null;
  // (the matter named before the document, "các quy định về … tại Chương IV", or after it, "… của Luật X về …")
  const places = open.groups?.places;
  if (places !== undefined) return places.replace(/\s+/gu, ' ').replace(/ ban hành kèm theo$/u, '').trim();
  const before = (open.groups?.matter ?? '').replace(/\s+/gu, ' ').replace(/ (?:của|tại)$/u, '').trim();
  const matter = text.slice(tailEnd, tailEnd + after.index + (after[1] as string).length).replace(/\s+/gu, ' ').trim();
  return before !== '' ? `các quy định ${before}` : matter === '' ? 'các quy định' : matter;
}
// (or an item of a plan that names, by its type and matter, the document to be issued: "c) Thông tư quy định về hồ sơ địa chính,
// thay thế Thông tư số 23/2014/TT-BTNMT …", "b) Nghị định quy định về giá đất (thay thế Nghị định số 44/2014/NĐ-CP …)" — this document
// calls itself "… này", and a document issued has a number; the item may open with the task, "2. Xây dựng, trình ban hành Thông tư quy
// định về chuẩn năng lực …, thay thế Thông tư số …")
const ITEM_TO_ISSUE_REPLACING = /(?:^|\n)[ \t]*(?:[a-zđ][)]|\d{1,2}[.)]|[-+•])[ \t]*(?:(?:Xây[ \n]+dựng|Soạn[ \n]+thảo|Nghiên[ \n]+cứu)(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)(?:trình[ \n]+)?(?:ban[ \n]+hành|trình)){0,2}[ \n]+)?(?:(?:Bộ[ \n]+)?Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị)[ \n]+(?:quy[ \n]+định|hướng[ \n]+dẫn|về|sửa[ \n]+đổi)(?![\p{L}])[^.;:()\n]{0,300}?(?:[ \n,]|[ \n]\([ \n]*)thay[ \n]+thế[ \n]*$/u;
const DRAFTED_REPLACING = /(?<![\p{L}])(?:[Xx]ây[ \n]+dựng|[Ss]oạn[ \n]+thảo|[Dd]ự[ \n]+thảo|[Nn]ghiên[ \n]+cứu|[Tt]rình|[Đđ]ề[ \n]+xuất)[ \n]+(?:(?:Bộ[ \n]+)?[Ll]uật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản)(?![ \n]+này)[^.;:()]{0,400}\([ \n]*thay[ \n]+thế[ \n]*$/u;
// (or after a comma, a document of a type named with its capital: "b) Bộ … chủ trì xây dựng Nghị định quy định về giá đất, thay thế
// Nghị định số …"; not "… cho công tác xây dựng văn bản quy phạm pháp luật …, thay thế …", this document's own matter)
const DRAFTED_REPLACING_AFTER_COMMA = /(?<![\p{L}])(?:[Xx]ây[ \n]+dựng|[Ss]oạn[ \n]+thảo|[Dd]ự[ \n]+thảo)[ \n]+(?:(?:Bộ[ \n]+)?Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định)(?![ \n]+(?:này|số)(?![\p{L}]))[^.;:()]{0,400},[ \n]*thay[ \n]+thế[ \n]*$/u;
// (or a document of another type than this one that someone is to issue: "b) Bộ Tài chính ban hành Thông tư hướng dẫn thi hành
// Nghị định …, thay thế Thông tư số …" in a decision issuing a plan; one of this document's type issued so is this one, "… ban hành
// Quyết định quy định …, thay thế Quyết định số …" in a decision's enacting words)
const ISSUED_REPLACING_AFTER_COMMA = /(?<![\p{L}])ban[ \n]+hành[ \n]+(Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|Chỉ[ \n]+thị)(?![ \n]+(?:này|số)(?![\p{L}]))[^.;:()]{0,400},[ \n]*thay[ \n]+thế[ \n]*$/u;
const issuedOfAnotherType = (before: string, ownType: string | null): boolean => {
  const issued = ISSUED_REPLACING_AFTER_COMMA.exec(before);
  return issued !== null && ownType !== null && !ownType.replace(/\s+/gu, ' ').startsWith((issued[1] as string).replace(/\s+/gu, ' ').toUpperCase());
};
// a scope article's chapeau of what the document guides ("3. Hướng dẫn thi hành một số nội dung sau đây:", "2. Quy định chi tiết các nội
// dung sau:"), and an item's words that locate the matter in a document ("… theo quy định tại khoản 3 Điều 55 của")
const GUIDING_CHAPEAU = /^[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:Quy[ \n]+định[ \n]+chi[ \n]+tiết|Hướng[ \n]+dẫn(?:[ \n]+(?:thi[ \n]+hành|thực[ \n]+hiện))?)(?:[ \n]+(?:một[ \n]+số|các))?[ \n]+(?:nội[ \n]+dung|vấn[ \n]+đề)(?:[ \n]+(?:sau[ \n]+đây|sau|như[ \n]+sau))?[ \t]*:[ \t\n]*$/u;
const LOCATED_IN_BEFORE = /(?<![\p{L}])(?:theo[ \n]+)?quy[ \n]+định[ \n]+tại(?:[ \n]+(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều)[ \n]+(?:\d{1,3}[a-zđ]?|[a-zđ])(?![\p{L}\d])(?:[ \n]*,)?){0,8}(?:[ \n]+của)?[ \n]*$/u;
const AMENDING_ARTICLE = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*(?:Sửa[ \n]+đổi|Bổ[ \n]+sung|Sửa[ \n]+đổi[ \n]*,[ \n]*bổ[ \n]+sung)(?![\p{L}])/u;
// the head of a list of documents amended alike, or each in its own way: a phrase replaced in each ("Thay thế cụm từ … tại các văn bản
// sau:", "… tại các quy định sau đây:\na) Khoản 2 Điều 5 Thông tư số …"), or the documents amended one by one ("Sửa đổi, bổ sung các Quyết định của Ủy ban nhân dân tỉnh như sau:")
// (or what they issued: "Sửa đổi, bổ sung Bảng giá đất ban hành kèm theo các Quyết định sau:")
// the head of a table or list of documents whose annexed schedules this act changes: "Điều chỉnh mức thu tại Biểu phí, lệ phí ban
// hành kèm theo các thông tư dưới đây như sau:", "Sửa đổi mức giá tại Bảng giá ban hành kèm theo các quyết định sau:"
const ADJUSTING_TABLE_HEAD = /(?:^|\n)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|Điều[ \n]+chỉnh)[ \n][^:]{0,200}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+(?:các|những)[ \n]+(?:văn[ \n]+bản|quyết[ \n]+định|nghị[ \n]+quyết|nghị[ \n]+định|thông[ \n]+tư)(?![\p{L}])[^:]{0,80}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)(?:[ \n]+như[ \n]+sau)?[ \n]*:[ \t]*$/iu;
const AMENDING_LIST = /(?:^|\n)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:(?:Thay[ \n]+(?:thế[ \n]+)?|Bãi[ \n]+bỏ[ \n]+|Bỏ[ \n]+)(?:các[ \n]+|một[ \n]+số[ \n]+)?(?:cụm[ \n]+từ|từ[ \n]+ngữ|từ)(?![\p{L}])[^:]{0,400}?[ \n](?:tại|trong|của)[ \n]+(?:các|những)[ \n]+(?:văn[ \n]+bản|[Qq]uyết[ \n]+định|[Nn]ghị[ \n]+quyết|[Nn]ghị[ \n]+định|[Tt]hông[ \n]+tư|[Cc]hỉ[ \n]+thị|quy[ \n]+định|điều[ \n]*,[ \n]*khoản)(?![\p{L}])[^:]{0,160}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)|Sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)|các[ \n]+điều)[ \n]+(?:của|tại)[ \n]+|(?:Bảng|Quy[ \n]+(?:định|chế)|Phụ[ \n]+lục|Danh[ \n]+mục)(?![\p{L}])[^:\n]{0,80}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?(?:các|những)[ \n]+(?:văn[ \n]+bản|Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư|Chỉ[ \n]+thị)(?![\p{L}])(?:(?![ \n](?:vào|làm|căn[ \n]+cứ)[ \n])[^:]){0,160}?[ \n](?:như[ \n]+sau|sau|sau[ \n]+đây)|(?:Thay[ \n]+(?:thế[ \n]+)?|Bãi[ \n]+bỏ[ \n]+|Bỏ[ \n]+)(?:các[ \n]+|một[ \n]+số[ \n]+)?(?:cụm[ \n]+từ|từ[ \n]+ngữ|từ)(?![\p{L}])[^:]{0,400}?[ \n](?:tại|trong))[ \n]*:[ \n]*$/u;
// an article that gives tasks ("Điều 2. Tổ chức thực hiện\n1. Sở Tư pháp:\n- Sửa đổi, bổ sung Quyết định số …"), an item that names
// a body in charge first, or a deadline and a purpose after the mention ("… trong quý II/2024", "… cho phù hợp với …"): a task
// (an article of tasks that is the effect article too, "Điều 4. Tổ chức thực hiện và hiệu lực thi hành", holds the final clauses: its
// items are read as an effect article's, each task by the words of its own sentence)
const TASK_ARTICLE = /^(?:Tổ[ \n]+chức[ \n]+thực[ \n]+hiện|Trách[ \n]+nhiệm|Nhiệm[ \n]+vụ|Giải[ \n]+pháp|Phân[ \n]+công|Giao[ \n]+nhiệm[ \n]+vụ)(?![^\n]{0,40}?(?<![\p{L}])(?:hiệu[ ]+lực|điều[ ]+khoản[ ]+thi[ ]+hành)(?![\p{L}]))/u;
const TASK_AFTER = /^[^.;]{0,240}?(?<![\p{L}])(?:trong[ \n]+(?:quý|năm|tháng|thời[ \n]+gian)|trước[ \n]+ngày|chậm[ \n]+nhất|cho[ \n]+phù[ \n]+hợp|để[ \n]+phù[ \n]+hợp|chủ[ \n]+trì|phối[ \n]+hợp|khi[ \n]+có[ \n]+đề[ \n]+nghị|theo[ \n]+trình[ \n]+tự)(?![\p{L}])/u;
// the opening verb used as a noun, the subject of a rule whose verb follows the mention ("Điều chỉnh giá hợp đồng quy định tại Điều 38
// Nghị định số … được thực hiện bằng phương pháp …", "Thay đổi nội dung đăng ký quy định tại … thực hiện như sau:")
const PREDICATE_AFTER = /^[^.;:]{0,200}?(?<![\p{L}])(?:(?:được|phải|sẽ)[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng|tính|chấp[ \n]+thuận|xem[ \n]+xét|báo[ \n]+cáo|gửi|lập)|thực[ \n]+hiện[ \n]+(?:như[ \n]+sau|theo)|phải(?![\p{L}]))/u;
// an article that approves a plan, a programme, a scheme whose content it then gives ("Điều 1. Phê duyệt Chương trình … với các nội
// dung chủ yếu sau: … 2. Nhiệm vụ và giải pháp:\n- Sửa đổi, bổ sung Quyết định số …"), or a heading of tasks and measures above
// in the same article: its items are what the plan will do
const APPROVING_ARTICLE = /^(?:(?:Phê[ \n]+duyệt|Ban[ \n]+hành)[ \n]+(?:Chương[ \n]+trình|Kế[ \n]+hoạch|Đề[ \n]+án|Phương[ \n]+án|Chiến[ \n]+lược|Quy[ \n]+hoạch|Nhiệm[ \n]+vụ|Dự[ \n]+án|Danh[ \n]+mục)|Công[ \n]+bố)(?![\p{L}])/u;
const TASKS_HEADING = /\n[ \t]*(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)][ \t]*)?(?:NHIỆM[ ]+VỤ|Nhiệm[ ]+vụ|GIẢI[ ]+PHÁP|Giải[ ]+pháp|TỔ[ ]+CHỨC[ ]+THỰC[ ]+HIỆN|Tổ[ ]+chức[ ]+thực[ ]+hiện)(?![\p{L}])[^\n]{0,120}\n(?![^]*\n[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:])[^]*$/u;
// (semicolons may part the places: "… Điều 9, trừ …; khoản 5 Điều 22; Điều 24; khoản 9 Điều 25 và …")
const PLACES_RUN = /(?:[;,][ \n]*)?(?:(?:[Đđ]iều|khoản|điểm)[ \n]+[\dđa-z]{1,4}(?:\.\d{1,2}){0,2}(?:[ \n]*(?:,|;|và)[ \n]*|[ \n]+))+/gu;
// the guiding verb of the documents a list names ("Danh mục văn bản quy phạm pháp luật quy định chi tiết Luật …", "Danh mục và phân
// công cơ quan chủ trì soạn thảo văn bản quy định chi tiết thi hành Luật …") or a task drafts ("soạn thảo văn bản quy định chi tiết …")
// (their count may stand before them: "Danh mục 04 văn bản quy định chi tiết Luật Bảo vệ môi trường và Nghị định số …")
// (or the contents a list gives others to detail: "… Danh mục nội dung giao địa phương quy định chi tiết Luật Đất đai …")
const LISTED_DOCUMENTS_VERB = /(?:Danh[ \n]+mục(?:[ \n]+[\p{L}\d]+){0,10}?|(?<![\p{L}])(?:soạn[ \n]+thảo|xây[ \n]+dựng|dự[ \n]+thảo))[ \n]+(?:(?:các[ \n]+)?văn[ \n]+bản(?:[ \n]+quy[ \n]+phạm[ \n]+pháp[ \n]+luật)?|nội[ \n]+dung[ \n]+(?:giao|được[ \n]+giao)(?:[ \n]+[\p{L}]+){0,3}?)[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)[^.;:]{0,80}$/u;
// the last guiding verb before "… này" is another document's title ("Thông tư số A … hướng dẫn … hết hiệu lực kể từ ngày Thông tư
// này có hiệu lực")
const VERB_BEFORE_SELF = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])(?:(?!(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}]))[^])*?(?<![\p{L}])này(?![\p{L}])(?:(?!(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}]))[^])*$/iu;
// (its words may wrap: "… ban hành Thông\ntư sửa đổi, bổ sung …")
// (an enactment that is a task is no enacting formula: "Tham mưu ban hành Nghị định của Chính phủ quy định chi tiết … Luật Ngân sách
// nhà nước" in a programme's task table; the decree is to come)
const TASKED_ENACTMENT = /(?<![\p{L}])(?:tham[ \n]+mưu|xây[ \n]+dựng|soạn[ \n]+thảo|trình|đề[ \n]+nghị|đề[ \n]+xuất|nghiên[ \n]+cứu|chuẩn[ \n]+bị)[ \n]+(?:[\p{L}]+[ \n]+){0,3}?ban[ \n]+hành[ \n]+(?:Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết)(?![ \n]+này)[^.;]{0,160}$/iu;
const SELF_ACTOR = /(?:này|Chính[ \n]+phủ[ \n]+ban[ \n]+hành|Bộ[ \n]+trưởng[^.;]{0,80}ban[ \n]+hành|ban[ \n]+hành[ \n]+(?:Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết))[^.;]{0,160}$/u;

// a list head whose items are documents this act takes the place of ("Nghị định này thay thế các Nghị định sau:", "… thay thế các
// văn bản sau đây:"): the head names documents, not wordings or parts ("Thay thế cụm từ tại một số điểm, khoản sau đây:",
// "Thay thế Phụ lục, bãi bỏ một số khoản như sau:"), and is no passive ("được thay thế bởi các …")
// a list head whose items this act suspends ("Tạm ngưng hiệu lực áp dụng cho đến khi … đối với các văn bản sau đây:"), not the
// period of a suspension ("Trong thời gian ngưng hiệu lực …, các quy định sau …:")
const SUSPENDING_LIST = /(?<![\p{L}])(?<!(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp|[Cc]hấm[ \n]+dứt(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Bb]ãi[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Hh]ủy[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Kk]ết[ \n]+thúc(?:[ \n]+việc)?)[ \n]+)(?<!(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp|[Cc]hấm[ \n]+dứt(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Bb]ãi[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Hh]ủy[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Kk]ết[ \n]+thúc(?:[ \n]+việc)?)[ \n]+[Tt]ạm[ \n]+)(?:[Tt]ạm[ \n]+)?(?:[Nn]gưng|[Nn]gừng|[Hh]oãn|[Dd]ừng|[Đđ]ình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành(?=[ \n]+(?:(?:đối[ \n]+với|của)[ \n]+)?(?:(?:các|những|toàn[ \n]+bộ|một[ \n]+số)[ \n]+)?(?:văn[ \n]+bản|(?:[Bb]ộ[ \n]+)?[Ll]uật|[Pp]háp[ \n]+lệnh|[Nn]ghị[ \n]+định|[Nn]ghị[ \n]+quyết|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Cc]hỉ[ \n]+thị|[Đđ]iều|[Kk]hoản|[Đđ]iểm|quy[ \n]+định)(?![\p{L}])))[^:.;]{0,240}?[ \n](?:(?:các|những)[ \n]+)?(?:văn[ \n]+bản|(?:[Bb]ộ[ \n]+)?[Ll]uật|[Pp]háp[ \n]+lệnh|[Nn]ghị[ \n]+định|[Nn]ghị[ \n]+quyết|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Cc]hỉ[ \n]+thị)(?![\p{L}])[^:.;]{0,80}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)(?:[ \n]+(?:của|do)[ \n][^:.;]{1,160})?[ \n]*:[ \n]*$/u;
// a suspension proposed, not made ("Đề nghị Thủ tướng Chính phủ tạm dừng thi hành các văn bản sau:")
const PROPOSED_SUSPENSION = /(?<![\p{L}])(?:[Đđ]ề[ \n]+nghị|[Kk]iến[ \n]+nghị|[Đđ]ề[ \n]+xuất|[Yy]êu[ \n]+cầu)(?![\p{L}])[^:.;\n]{0,120}?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[^:]*:[ \n]*$/u;
// (or the act and its verb alone: "6. Thông tư này thay thế:\na) Thông tư số …;\nb) Thông tư số …")
const THIS_REPLACES_LIST = new RegExp(String.raw`${THIS_DOCUMENT}[ \n]+thay[ \n]+thế[ \n]*:[ \t\n]*$`, 'u');
const REPLACING_LIST = /(?<![\p{L}])(?<!(?:được|bị)[ \n]+)thay[ \n]+thế(?:[ \n]+và[ \n]+bãi[ \n]+bỏ)?[ \n]+(?:các|những)[ \n]+(?:văn[ \n]+bản|(?:[Bb]ộ[ \n]+)?[Ll]uật|[Pp]háp[ \n]+lệnh|[Nn]ghị[ \n]+định|[Nn]ghị[ \n]+quyết|[Tt]hông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|[Qq]uyết[ \n]+định|[Cc]hỉ[ \n]+thị)(?![\p{L}])[^:.;“”"]{0,120}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)(?:[ \n]+(?:của|do|kể[ \n]+từ|từ)[ \n][^:.;“”"]{1,160})?[ \n]*:[ \n]*$/u;

// a list head that opens with a task or a proposal: its items are what is to be amended or repealed ("Giao Sở Tư pháp … tham mưu
// sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:"); the words elsewhere in a head that acts name a ministry, a
// subject, the review that led to the act or its proposer ("Bãi bỏ các Thông tư sau đây của Bộ trưởng Bộ Giao thông vận tải:",
// "… đã được rà soát …", "… theo đề nghị của Giám đốc Sở Tư pháp:")
const TASKED_HEAD = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?(?:Giao|Đề[ \n]+nghị|Đề[ \n]+xuất|Kiến[ \n]+nghị|Tham[ \n]+mưu|Yêu[ \n]+cầu|Chỉ[ \n]+đạo|Nghiên[ \n]+cứu|Rà[ \n]+soát|Xây[ \n]+dựng|Dự[ \n]+kiến|Trình|Phối[ \n]+hợp)(?![\p{L}])`, 'u');

// words that put the mention outside the verb's object: the authority it acts under, a condition, another noun
const PLACE_HEADING_IN_PARENTHESES = /(?<=(?:(?:Điều|điều|khoản|Khoản|Chương|Mục|Phụ[ \n]+lục)[ \n]+[\dIVXLC]{1,4}[a-zđ]?|(?:[Bb]iểu|[Mm]ẫu)(?:[ \n]+(?:mẫu|biểu))?[ \n]+số[ \n]+[\dA-Za-zđĐ]{1,6}(?:[-/.][\dA-Za-zđĐ]{1,8})?)[ \n]*)\([^()]{1,200}\)/gu;
const CAUSE_BEFORE = /,[ \n]*(?:do|vì|bởi[ \n]+vì)[ \n]+$/u;
const NOT_THE_OBJECT = /(?<![\p{L}])(?:(?<!kèm[ \n]+)theo|trái|phù[ \n]+hợp|cơ[ \n]+quan|khi|nếu|thì|đối[ \n]+với|căn[ \n]+cứ)(?![\p{L}])/iu;

const LOCATED_PART_OBJECT = /^[ \n]*(?:một[ \n]+số[ \n]+(?:điều|quy[ \n]+định|nội[ \n]+dung)|các[ \n]+quy[ \n]+định)(?![\p{L}])[^.;:]{0,400}[ \n]tại[ \n]*$/u;
const PART_OBJECT_OFF = /(?<![\p{L}])(?:(?<!kèm[ \n]+)theo|trái|phù[ \n]+hợp|căn[ \n]+cứ|khi|nếu|thì)(?![\p{L}])/iu;

// "đề nghị thay thế chủ tịch, thư ký …": the verb's object is a person or an office, not a document
const PERSON_OBJECT = /^[ \n]*(?:chủ[ \n]+tịch|phó[ \n]+chủ[ \n]+tịch|thành[ \n]+viên|thư[ \n]+ký|người|cán[ \n]+bộ|công[ \n]+chức|viên[ \n]+chức|hiệu[ \n]+trưởng|giám[ \n]+đốc|trưởng|phó)(?![\p{L}])/iu;

// the first cell of a row written on one line, its cells parted by pipes or tabs ("| 1 | Thông tư số … | 22/7/2016 | …", "1\tThông
// tư số …", which the text read here has as a space): the row's number, then the mention (after one short type cell between pipes)
const INLINE_ROW_START = /(?:^|\n)[ \t]*(?:\|[ \t]*\d{1,4}[ \t]*\|[ \t|]*(?:[^\t|\n\d]{1,30}\|[ \t|]*)?|\d{1,4}[ \t]+)$/u;
/**
 * Whether the mention is a bare number in a cell of its own, in a row whose first cell is its number and whose cells before it
 * are the document's kind or title ("1\nThông tư hướng dẫn thực hiện chế độ trợ cấp\n11/2012/TT-BLĐTBXH", "| 1 | Thông tư quy
 * định … | 11/2012/TT-BLĐTBXH |"): the row is read as the table's head says, as a row that opens with the document is.
 */
function bareNumberCell(text: string, start: number): boolean {
  if (!/^\d/u.test(text.slice(start, start + 1))) return false;
  const before = text.slice(Math.max(0, start - 700), start);
  return BARE_CELL_ROW.test(before) || BARE_PIPE_CELL_ROW.test(before);
}
const BARE_CELL_ROW = /\n[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*[^\n\d|:]{1,200}\n){1,3}[ \t]*$/u;
const BARE_PIPE_CELL_ROW = /(?:^|\n)[ \t]*\|[ \t]*\d{1,4}[.]?[ \t]*\|(?:[^|\n\d:]{1,300}\|){1,3}[ \t]*$/u;
// a table head that ends documents or takes their place, not one that records or publishes endings ("… đã hết hiệu lực:", "Công bố
// danh mục …")
const RECORDED_HEAD = /(?<![\p{L}])(?:đã[ \n]+(?:hết|chấm[ \n]+dứt)|công[ \n]+bố)(?![\p{L}])/iu;
const ISSUED_REGULATION_OBJECT = new RegExp(String.raw`^[ \n]*(?:(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung|quy[ \n]+định)|${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,10}(?:[ \n]*\([^()]{1,200}\))?)[ \n]+(?:(?:của|tại)[ \n]+)?)?(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Quy[ \n]+trình)(?![\p{L}])[^.;:]{0,240}?[ \n]ban[ \n]+hành(?:[ \n]+kèm)?[ \n]+theo[ \n]*$`, 'u');
const ANNEXED_OBJECT = /^[ \n]*(?:các[ \n]+)?(?:[Mm]ẫu[ \n]+số|[Pp]hụ[ \n]+lục|[Bb]iểu[ \n]+mẫu)(?![\p{L}])[^.;]{0,600}?[ \n]ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]*$/u;
// a business condition, as the object of an abolition only ("Sửa đổi, bổ sung điều kiện kinh doanh quy định tại Điều 9 Nghị định số …"
// amends the decree)
const CONDITION_OBJECT = /^[ \n]*(?:(?:các|một[ \n]+số|\d{1,3})[ \n]+)?điều[ \n]+kiện(?![\p{L}])/iu;

// (a time or a condition before the mention: "trước khi …", "đến ngày …", "khi quy định mới được ban hành thì Hướng dẫn số A … cũng hết
// hiệu lực" — an ending that waits on an act not in the text)
// (some item after a semicolon names a document or its places, or the mention is such an item)
const NEXT_ITEM_NAMES_DOCUMENT = /;[ \n]*(?:(?:Bộ[ \n]+)?[Ll]uật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|Chỉ[ \n]+thị|Quy[ \n]+định|Hướng[ \n]+dẫn|[Cc]ác|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]/u;
const CONDITION_BEFORE = /(?<![\p{L}])(?:(?:đến|trước|sau)[ \n]+khi|(?:đến|trước)[ \n]+(?:(?:hết[ \n]+)?ngày|thời[ \n]+điểm)(?![ \n]+\d)|(?:khi|nếu)[ \n][^.;:]{1,200}?[ \n]thì(?=[ \n]))(?![ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định)[ \n]+này(?![\p{L}]))[^.;:]{0,300}$/u;
// a condition's day wrapped onto the next line, an OCR comma at the break ("… đến ngày,\nNghị quyết số …")
const DAY_WRAPPED_BEFORE = /(?<![\p{L}])(?:đến|trước)[ \n]+(?:hết[ \n]+)?ngày[ \t]*,?[ \t]*\n[ \t]*$/u;
const SUSPENDED_PAPER = /(?<![\p{L}])(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành)(?:[ \n]+(?:của|đối[ \n]+với))?[ \n]+(?:các[ \n]+)?(?:giấy|chứng[ \n]+chỉ|chứng[ \n]+nhận|thẻ|thủ[ \n]+tục|hoạt[ \n]+động|dự[ \n]+án|hợp[ \n]+đồng|quyết[ \n]+định[ \n]+(?:cấp|xử|thu|giao|cho))/iu;
// "Điều 2. Phụ lục I ban hành kèm theo Thông tư số …", "3. Mẫu số 01/ĐK ban hành kèm theo …": a clause that opens with an annex or a
// form of the document
// (its heading in parentheses may follow: "Điều 1. Phụ lục II.1 (Bảng giá đất ở tại đô thị …) ban hành kèm theo Quyết định số …")
const ANNEX_OPENS_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Bb]iểu[ \n]+mẫu)(?:[ \n]+số)?[ \n]+[\dA-Za-zđĐ.\/-]{1,12}(?:[ \n]*,[ \n]*(?:[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số)?[ \n]*[\dA-Za-zđĐ.\/-]{1,12}){0,10}(?:[ \n]*\([^()\n]{1,160}\))?[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]*$`, 'u');
// (or annexes and forms named any way: by title, several with "và", "tại Phụ lục": "1. Phụ lục phạm vi địa bàn … ban hành kèm theo",
// "3. Các Mẫu số 1, Mẫu số 6 và Mẫu số 8 ban hành kèm theo", "1. Mẫu số 01, … và Mẫu số 14 tại Phụ lục ban hành kèm theo")
const ANNEXES_OPEN_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:(?:Các|Những)[ \n]+)?(?:[Pp]hụ[ \n]+lục|[Mm]ẫu(?:[ \n]+số)?|[Bb]iểu[ \n]+mẫu)(?![\p{L}])[^.;:]{0,200}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]*$`, 'u');
// a clause that opens with the places of an old text, whatever their words ("1. Các điểm a, b khoản 2 mục II Thông tư số …", "Tiết a điểm
// 2 mục III phần B Thông tư số …", "Đoạn thứ hai khoản 1 Điều 6 …", "Các khoản 2, 3 Điều 5 …")
const LOCATOR = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Tt]iết|[Đđ]oạn|[Cc]âu|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số)[ \n]+(?:thứ[ \n]+\p{Ll}{1,5}|[\dA-Za-zđĐ]{1,5}(?:\.[\dA-Za-zđĐ]{1,3}){0,2}(?:[ \n]*,[ \n]*[\dA-Za-zđĐ]{1,5}(?:\.[\dA-Za-zđĐ]{1,3}){0,2}){0,8}(?:[ \n]+và[ \n]+[\dA-Za-zđĐ]{1,5})?)`;
// (a located part may carry its heading's title, and sit in a form issued with the document: "3. Mục 5.3 Chương III - Tiêu chuẩn
// đánh giá hồ sơ dự thầu thuộc Mẫu số 02 ban hành kèm theo Thông tư số …")
const LOCATED_OBJECT_OPENS_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđA-Z])[.)][ \t]*|[-+•][ \t]*)?(?:(?:Các|Những)[ \n]+)?${LOCATOR}(?:[ \t]*[-–][ \t]*[^\n.;:]{1,100}?)?(?:[ \n]+(?:(?:của|thuộc)[ \n]+)?${LOCATOR}(?:[ \t]*[-–][ \t]*[^\n.;:]{1,100}?)?){0,6}[ \n]+(?:(?:của|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+)?$`, 'u');
// a regulation, a price table, a fee schedule issued with a decision, in the passive: "Quy định về bồi thường … ban hành kèm theo
// Quyết định số … được sửa đổi, bổ sung như sau:", "Bảng giá đất ban hành kèm theo Quyết định số … được điều chỉnh như sau:"
const REGULATION_OPENS_CLAUSE = /(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Bảng[ \n]+giá|Biểu[ \n]+(?:phí|giá|mức|thuế)|Danh[ \n]+mục)(?![\p{L}])[^.;:\n]{0,300}?[ \n](?:ban[ \n]+hành[ \n]+)?(?:kèm[ \n]+)?theo[ \n]*$/u;
const NEGATED_BEFORE = /(?<![\p{L}])(?:không|chưa)(?:[ \n]+(?:được|bị|phải|có|cần))?[ \n]+(?:tạm[ \n]+)?$/iu;
// (places of it may come between: "Đối với Nghị định số …, Điều 5 đã chấm dứt hiệu lực theo Nghị định số …")
const ENDING_NOTED = new RegExp(String.raw`^[ \n]*(?:,[ \n]*(?:${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,10})[ \n]+)?(?:\([ \n]*)?(?:nay[ \n]+)?đã[ \n]+(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực`, 'u');
// (the "thì" of the same clause: "… hết hiệu lực kể từ ngày 01/7/2026, trường hợp hồ sơ đã nộp … thì …" ends it, and supposes only
// for the files)
const ENDING_SUPPOSED = /^[^.;]{0,160}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:(?!,[ \n]*(?:trường[ \n]+hợp|nếu|khi|đối[ \n]+với)(?![\p{L}]))[^.;]){0,80}?[ \n,]thì(?![\p{L}])/u;
const ENDED_BY_THIS_AFTER = new RegExp(String.raw`^[ \n]*(?:\([ \n]*)?(?:nay[ \n]+)?đã[ \n]+(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[ \n]+${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực`, 'u');
/** Where the last operative verb of `s` starts (a verb written as a list, "sửa đổi, bổ sung", from its first word); -1 if none. */
function lastOperativeVerbStart(s: string): number {
  let at = -1;
  let end = -1;
  OPERATIVE_VERB.lastIndex = 0;
  for (let m = OPERATIVE_VERB.exec(s); m; m = OPERATIVE_VERB.exec(s)) {
    if (end < 0 || !/^[ \n]*(?:,|và|hoặc)[ \n]*$/u.test(s.slice(end, m.index))) at = m.index;
    end = m.index + m[0].length;
  }
  return at;
}

// what a plan or a proposal asks for, right before the verb, over a new document's type word ("Xây dựng Nghị định thay thế", "rà
// soát để bãi bỏ", "nghiên cứu, đề xuất sửa đổi", "trình Chính phủ ban hành Nghị định thay thế", "trình Chính phủ trong năm 2026
// nghị định thay thế")
// (or what a review found needs doing: "Văn bản cần bãi bỏ: Quyết định số …", "… phải sửa đổi …"; or what a council asks the
// committee to consider: "2. Xem xét bãi bỏ Quyết định số …", "trình Thủ tướng Chính phủ xem xét bãi bỏ …")
// a body's proposal of a suspension, which a notice of conclusions answers: "3. Về đề xuất của Sở Tài chính tạm ngưng hiệu lực Quyết
// định số …: không thống nhất"
const PROPOSED_BY_BODY = /(?<![\p{L}])(?:đề[ \n]+xuất|đề[ \n]+nghị|kiến[ \n]+nghị)[ \n]+của[ \n][^.;:,]{1,80}?[ \n](?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)(?![\p{L}])/iu;
const TASK_BEFORE_DISAPPLYING = /(?<![\p{L}])(?:[Gg]iao|nghiên[ \n]+cứu|đề[ \n]+xuất|kiến[ \n]+nghị|đề[ \n]+nghị|tham[ \n]+mưu|xem[ \n]+xét)(?![\p{L}])[^.;:]{0,200}?(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?áp[ \n]+dụng(?![\p{L}])[^.;:]*$/u;
const TASK_BEFORE_VERB = /(?<![\p{L}])(?:cần|phải|xem[ \n]+xét|rà[ \n]+soát|nghiên[ \n]+cứu|đề[ \n]+xuất|kiến[ \n]+nghị|đề[ \n]+nghị(?![ \n]+của)|dự[ \n]+kiến|xây[ \n]+dựng|soạn[ \n]+thảo|dự[ \n]+thảo|tham[ \n]+mưu|chuẩn[ \n]+bị|trình)(?![\p{L}])(?:[ \n]+(?:với[ \n]+)?(?:Chính[ \n]+phủ|Thủ[ \n]+tướng(?:[ \n]+Chính[ \n]+phủ)?|Quốc[ \n]+hội|cấp[ \n]+có[ \n]+thẩm[ \n]+quyền|Bộ[ \n]+trưởng(?:[ \n]+Bộ[ \n][^,;.:\n]{1,60}?)?|(?:Hội[ \n]+đồng|Ủy[ \n]+ban)[ \n]+nhân[ \n]+dân(?:[ \n]+(?:tỉnh|thành[ \n]+phố))?)(?:[ \n]+xem[ \n]+xét)?)?(?:[ \n]+trong[ \n]+(?:năm|quý|tháng)[ \n]+[\dIVX]{1,4}(?:[ \n]*\/[ \n]*\d{4})?)?(?:[ \n]*,[ \n]*|[ \n]+(?:để|nhằm|việc|và)[ \n]+|[ \n]+)(?:ban[ \n]+hành[ \n]+)?(?:(?:Bộ[ \n]+)?(?:Luật|luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản)[ \n]+)?$/iu;

const STANDARD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<!kèm[ \n]+)theo(?:[ \n]+(?:mẫu|quy[ \n]+định|hướng[ \n]+dẫn))?(?:[ \n]+(?:tại|của))?(?:[ \n]+${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,10}(?:[ \n]+(?:của|tại))?)?[ \n]*$`, 'u');
const ENDED_INLINE_LIST = /(?<![\p{L}])(?<!đã[ \n]+)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \t]*:[^.:\n]*$/u;
// (or published: "Công bố danh mục văn bản … không còn hiệu lực thi hành: Quyết định số …; …")
const RECORDED_INLINE_LIST = /(?:(?<![\p{L}])đã[ \n]+|(?<![\p{L}])công[ \n]+bố(?![\p{L}])[^.:\n]{0,200}?[ \n])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \t]*:[^.:\n]*$/iu;
// a list head whose items this act takes the place of, in the passive ("Các Quyết định sau đây được thay thế bằng Quyết định này:
// Quyết định số A, Quyết định số B.", or one item a line): this document is the agent, so each item is its own replacement (not a
// third document's, "… được thay thế bởi Thông tư số …:", which the passive reports)
const REPLACED_BY_THIS_HEAD = new RegExp(String.raw`(?<![\p{L}])(?:sau|sau[ \n]+đây|dưới[ \n]+đây)[ \n]+(?:(?:đã|sẽ)[ \n]+)?(?:được|bị)[ \n]+thay[ \n]+thế[ \n]+(?:bằng|bởi)[ \n]+${THIS_DOCUMENT}[^:.;\n]{0,120}:`, 'u');
const REPLACED_BY_THIS_INLINE = new RegExp(String.raw`${REPLACED_BY_THIS_HEAD.source}[^.:\n]*$`, 'u');
const REPLACED_BY_THIS_LIST = new RegExp(String.raw`${REPLACED_BY_THIS_HEAD.source}[ \n]*$`, 'u');
// a task to issue the document that acts, not this document's act: "2. Trong thời hạn 15 ngày …, ban hành văn bản bãi bỏ khoản 3 Điều 4
// … Quyết định số …" under "Điều 2. Ủy ban nhân dân huyện … có trách nhiệm:"
const ISSUE_TO_ACT = /(?<![\p{L}])ban[ \n]+hành[ \n]+(?:văn[ \n]+bản|quyết[ \n]+định|nghị[ \n]+quyết|thông[ \n]+tư)(?:[ \n]+(?:để|nhằm))?[ \n]+(?:bãi[ \n]+bỏ|sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|đình[ \n]+chỉ)(?![\p{L}])[^.;]*$/u;
// an act agreed to in principle, in a document that acts on none (a notice of conclusions): "1. Đồng ý về nguyên tắc việc bãi bỏ Quyết
// định số … Giao Bộ … hoàn thiện dự thảo Quyết định bãi bỏ" — the act is the draft's, still to be issued
const AGREED_TO_ACT = /(?<![\p{L}])(?:[Đđ]ồng[ \n]+ý|[Tt]hống[ \n]+nhất|[Cc]hấp[ \n]+thuận|[Nn]hất[ \n]+trí)(?:[ \n]+về[ \n]+(?:mặt[ \n]+)?nguyên[ \n]+tắc)?(?:[ \n]+(?:với[ \n]+)?(?:việc|đề[ \n]+xuất|chủ[ \n]+trương))?[ \n]+(?:bãi[ \n]+bỏ|sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế)(?![\p{L}])[^.;]*$/u;
const RESPONSIBLE_TO_ACT = /(?<![\p{L}])(?:có|chịu)[ \n]+trách[ \n]+nhiệm(?![\p{L}])[^.;]{0,200}?(?<![\p{L}])(?:bãi[ \n]+bỏ|sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|đình[ \n]+chỉ|ngưng)(?![\p{L}])[^.;]*$/u;
const REASON_BEFORE = /,[ \n]*(?:vì|bởi[ \n]+vì|với[ \n]+lý[ \n]+do|lý[ \n]+do)(?![\p{L}])[^.;:]{0,300}$|(?<![\p{L}])trái[ \n]+(?:với[ \n]+)?(?:các[ \n]+)?(?:quy[ \n]+định[ \n]+)?(?:của|tại)?[ \n]*$/u;
const RESPONSIBLE_TO_GUIDE = /(?<![\p{L}])(?:có|chịu)[ \n]+trách[ \n]+nhiệm(?![\p{L}])[^.;]{0,200}?(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])[^.;]*$/u;
// (its further tasks after a semicolon, on the same line: "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện …; ban hành quyết định thay
// thế Quyết định số …")
const TASK_CLAUSE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?Giao(?![\p{L}])[^.:\n]*$`, 'u');
// a draft named before the verb, its title between: "… trong đó có dự thảo Thông tư quy định chi tiết … thay thế Thông tư số …"
const DRAFT_BEFORE_VERB = /(?<![\p{L}])dự[ \n]+thảo[ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản)(?![\p{L}])[^.;:]{0,300}$/u;
// (not the enacting formula, where the document issued is this one: "Chính phủ ban hành Nghị định sửa đổi, bổ sung …"; nor a heading
// that ends with the type word, its act on the next line: "Điều 1. Bãi bỏ toàn bộ Thông tư\nBãi bỏ toàn bộ Thông tư liên tịch số …")
// (a generic "quy định / văn bản / hướng dẫn mới" is one to be made even after "ban hành": "tham mưu ban hành quy định mới thay thế Quy định
// số 50-QĐ/TW")
const ISSUED_TYPE_BEFORE_VERB = /(?<![\p{L}])ban[ \n]+hành[ \n]+(Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị)[ ]+(?:(?:mới|khác)[ ]+)?$/u;
const DOCUMENT_TO_BE_MADE_BEFORE_VERB = /(?<![\p{L}])(?<!(?:ban[ \n]+hành|BAN[ \n]+HÀNH)[ \n]+)(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị)[ ]+(?:(?:mới|khác)[ ]+)?$|(?<![\p{L}])(?:quy[ \n]+định|văn[ \n]+bản|hướng[ \n]+dẫn)[ \n]+(?:mới|khác)[ \n]+$/u;
const SELF_STATUS_AFTER = /^[^()\n.;]{0,160}\([ \n]*(?:đã[ \n]+)?được[ \n]+(sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung|bãi[ \n]+bỏ)[ \n]+(?:tại|bởi|theo)[ \n]+[^()]{0,80}?(?:Nghị[ \n]+định|Thông[ \n]+tư|Luật|Quyết[ \n]+định|Nghị[ \n]+quyết|Pháp[ \n]+lệnh)[ \n]+này[ \n]*\)/u;
// the lead agency or the deadline of a plan's task, on a line of the same item (before the next item or article starts)
const TASK_ASSIGNED_AFTER = /^(?:(?!\n[ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[IVX]{1,5}[.)]|Điều[ ]+\d))[^]){0,600}?\n[ \t]*[-+•]?[ \t]*(?:(?:Đơn[ ]+vị|Cơ[ ]+quan)[ ]+(?:chủ[ ]+trì|thực[ ]+hiện)|Thời[ ]+(?:gian|hạn)[ ]+(?:hoàn[ ]+thành|thực[ ]+hiện|trình))[ \t]*:/u;

// a list a decision issued, named before the mention ("… Danh mục thủ tục hành chính ban hành kèm theo Quyết định số …", "… có số
// thứ tự 3, 4 và 7 Mục II Phần A Phụ lục ban hành kèm theo Quyết định số …")
const LIST_ISSUED_WITH = /(?<![\p{L}])(?:[Dd]anh[ \n]+mục|[Pp]hụ[ \n]+lục)(?![\p{L}])[^.;:]{0,160}?(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]*$/u;

// (the list of amending acts may be long: "… theo Luật số 90/2015/QH13, Luật số 03/2016/QH14, Luật số 04/2017/QH14, Luật số
// 28/2018/QH14 và Luật số 42/2019/QH14 hết hiệu lực")
// (not the annex or regulation a document issued: "… sửa đổi, bổ sung Phụ lục I ban hành kèm theo Thông tư số …")
// a suspension of provisions a document holds: "(Tạm) ngưng hiệu lực (thi hành) đối với các quy định sau đây tại"
const SUSPENDED_PROVISIONS_BEFORE = /(?<![\p{L}])(?:[Tt]ạm[ \n]+)?(?:[Nn]gưng|[Nn]gừng|[Dd]ừng|[Hh]oãn)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:đối[ \n]+với[ \n]+)?(?:các|những|một[ \n]+số)[ \n]+quy[ \n]+định(?:[ \n]+sau(?:[ \n]+đây)?)?[ \n]+(?:tại|của|trong)[ \n]*$/u;
const AMENDED_BY_BEFORE = /sửa[ \n]+đổi[^.;]{0,40}(?:(?<!kèm[ \n]+)theo|bởi)[ \n]*(?:([^.;]{0,240})(,|và)[ \n]*)?$/u;
// a law or an ordinance by a name of its own ("Luật Doanh nghiệp số …", "Pháp lệnh tổ chức Viện kiểm sát quân sự số …"), not by its number ("Luật số …") or an amending title ("Luật sửa đổi, bổ sung …")
const NAMED_LAW_AT = /^[ \n]*(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+(?!số(?![\p{L}])|sửa[ \n]+đổi|bổ[ \n]+sung|này(?![\p{L}]))\p{L}/u;
const GUIDING_DOCUMENTS_OF = /(?<![\p{L}])(?:các|những)[ \n]+(?:văn[ \n]+bản|nghị[ \n]+định|thông[ \n]+tư|quyết[ \n]+định)(?:[ \n]+(?:quy[ \n]+phạm[ \n]+pháp[ \n]+luật|của[ \n]+Chính[ \n]+phủ))?[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết(?:[ \n]+(?:và|,)[ \n]+hướng[ \n]+dẫn)?|hướng[ \n]+dẫn)(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+(?:một[ \n]+số[ \n]+điều[ \n]+)?(?:của|về))?[ \n]*$/iu;
const TYPE_WORD_AT = /^[ \n]*(?:(?:các|những)[ \n]+)?(Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+quyết|Nghị[ \n]+định|Quyết[ \n]+định|Thông[ \n]+tư)(?![\p{L}])/iu;
const typeWordAt = (s: string): string => (TYPE_WORD_AT.exec(s)?.[1] ?? '').replace(/\s+/gu, ' ').toLowerCase();

/**
 * Whether the item after a mention names its lead agency or deadline, outside quoted wordings and not as the new wording a
 * chapeau ("… như sau:") introduces: a plan's task.
 */
function taskAssignedAfter(after: string): boolean {
  const m = TASK_ASSIGNED_AFTER.exec(withoutQuotedWords(after));
  return m !== null && !/:[ \t]*\n/u.test(m[0].slice(0, m[0].lastIndexOf('\n') + 1));
}

// "Sửa đổi, bổ sung Quy định … ban hành kèm theo Quyết định số A … và bãi bỏ Quyết định số B": a title's second clause acts by its own
// verb on what it names (the verb after "và" and nothing but its object up to the mention: no further "và")
const TITLE_SECOND_ACT = /(?:(?<![\p{L}])và|;(?=[ \n]*(?:hướng|quy)))[ \n]+(bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|điều[ \n]+chỉnh|đính[ \n]+chính|(?:tạm[ \n]+)?ngưng|đình[ \n]+chỉ|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])(?:(?!(?<![\p{L}])và[ \n])[^.;]){0,200}$/iu;
const VERBS_ONLY = /^[ \n]*(?:Về[ \n]+(?:việc[ \n]+)?)?(?:(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|đính[ \n]+chính|điều[ \n]+chỉnh)[ \n]*,?[ \n]*)+$/iu;
// (not the verb's own "hướng dẫn thực hiện")
const FOLLOWED_DOCUMENT_BEFORE = /(?<![\p{L}])(?:(?<!kèm[ \n]+)theo|căn[ \n]+cứ|(?<!hướng[ \n]+dẫn[ \n]+)thực[ \n]+hiện)[ \n]*$/iu;
const SECOND_ACT: readonly [RegExp, Relation][] = [
  [/^bãi/u, 'repeals'],
  [/^thay/u, 'replaces'],
  [/^(?:sửa|bổ|điều)/u, 'amends'],
  [/^đính/u, 'corrects'],
  [/^(?:tạm|ngưng|đình)/u, 'suspends'],
  [/^(?:hướng|quy)/u, 'guides'],
];

// a passive act and the list of its actors up to the mention, without a new verb in between
// (the act may name what it touched: "đã được sửa đổi, bổ sung một số điều bởi Nghị định số …")
const TITLE_PASSIVE = new RegExp(String.raw`(?:được|bị)[ \n]+${ACT_VERB}(?:[ \n]*(?:,|và)[ \n]*${ACT_VERB})*(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung))?[ \n]+(?:bởi|theo|tại)(?:[ \n]|[^.;](?![ \n]${ACT_VERB}[ \n])){0,240}$`, 'u');

// a body set up by a decision, its members or term changed by this one (see headRelation)
// (or its members listed in an annex of the decision: "Thay thế thành viên Tổ giúp việc … (ban hành kèm theo Quyết định số …)")
// (the change may open a clause after a comma: "Để bảo đảm thực hiện, kiện toàn thành phần Ban Chỉ đạo … thành lập tại Quyết định số …")
const COMMITTEE_CHANGED = new RegExp(String.raw`(?:(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?(?:Nay[ \n]+)?|,[ \n]+(?=(?:kiện|thay|điều|bổ)[ \n]))(?:[Kk]iện[ \n]+toàn|(?:[Tt]hay[ \n]+(?:đổi|thế)|[Đđ]iều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|[Bb]ổ[ \n]+sung|[Kk]iện[ \n]+toàn)[ \n]+(?:thành[ \n]+viên|thành[ \n]+phần|cơ[ \n]+cấu)|Kéo[ \n]+dài[ \n]+thời[ \n]+(?:gian|hạn)[ \n]+hoạt[ \n]+động(?:[ \n]+của)?|Đổi[ \n]+tên)[ \n]+(?:(?:các|những)[ \n]+)?(?:Ban|Hội[ \n]+đồng|Tổ|(?:Ủy|Uỷ)[ \n]+ban|Đoàn|Nhóm|Tiểu[ \n]+ban)(?![\p{L}])[^.;:\n]{0,240}?[ \n(](?:(?:đã[ \n]+)?(?:được[ \n]+)?(?:thành[ \n]+lập|kiện[ \n]+toàn)[ \n]+(?:theo|tại)(?:[ \n]+${PLACE_WORD}(?:[ \n]+(?:của|tại))?)*|(?<!quy[ \n]+định[ \n]+)tại(?:[ \n]+${PLACE_WORD}(?:[ \n]+(?:của|tại))?)+|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]*$`, 'u');
// the head of a list of documents this document acts on, each in its own way: "Sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết
// định sau:", "Điều 1. Sửa đổi, bổ sung một số Quyết định của Ủy ban nhân dân tỉnh"
// a list head that adjusts the things its items name ("Điều 1. Phê duyệt điều chỉnh, bổ sung Kế hoạch sử dụng đất năm 2023 của các
// huyện:", "Điều 1. Điều chỉnh chủ trương đầu tư các dự án sau:"), and an item that names the decision that approved its thing first
// in a parenthesis, then what changes ("1. Huyện A (đã được phê duyệt tại Quyết định số …): bổ sung 03 công trình", "2. Dự án B
// (Quyết định chủ trương đầu tư số …): điều chỉnh tiến độ …"): that decision's content is changed (a later decision the parenthesis
// names after it, "…, điều chỉnh lần 1 tại Quyết định số …", is only history)
const ADJUSTED_ITEMS_HEAD = /(?:^|\n)[ \t]*(?:Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*)?(?:Phê[ \n]+duyệt[ \n]+)?[Đđ]iều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?![\p{L}])[^:.;\n]{1,200}:[ \n]*$/u;
const APPROVED_IN_ITEM = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*[^()\n:;]{1,160}\([ \t]*(?:(?:đã[ \n]+)?(?:được[ \n]+)?(?:phê[ \n]+duyệt|giao|ban[ \n]+hành)[ \n]+(?:tại|theo)[ \n]+|Quyết[ \n]+định(?:[ \n]+(?:chủ[ \n]+trương[ \n]+đầu[ \n]+tư|phê[ \n]+duyệt))?[ \n]+)?$/u;
const ITEM_CHANGE_AFTER = /^[^()\n]{0,120}\)[ \t]*:[ \t]*\p{Ll}/u;
const ITEMS_ACTED_HEAD = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?(?:Nay[ \n]+)?(?:${ACT_WORDS}|${OTHER_AMENDING_WORDS})(?:[ \n]*(?:,|và)[ \n]*(?:${ACT_WORDS}|${OTHER_AMENDING_WORDS}))*(?![\p{L}])[^:]{0,200}?(?<![\p{L}])(?:các|những|một[ \n]+số)[ \n]+(?:văn[ \n]+bản|quyết[ \n]+định|nghị[ \n]+quyết|nghị[ \n]+định|thông[ \n]+tư|chỉ[ \n]+thị|quy[ \n]+chế|quy[ \n]+định)(?![\p{L}])`, 'iu');
// (under a head that approves a plan or a review's outcome, the items are what is to be done: "Điều 1. Thống nhất phương án xử lý văn
// bản sau rà soát như sau:\n1. Đối với Quyết định số …: bãi bỏ Điều 3.")
const PLAN_HEAD = /(?<![\p{L}])(?:phương[ \n]+án|kế[ \n]+hoạch|thống[ \n]+nhất|phê[ \n]+duyệt|đề[ \n]+xuất|kiến[ \n]+nghị|dự[ \n]+kiến|rà[ \n]+soát|đề[ \n]+nghị)(?![\p{L}])/iu;
// (an item that opens with the document, at most through the places it names, and has no verb of its own)
// (the places may be of the regulation issued with it: "1. Điều 3, Điều 7 Quy định ban hành kèm theo Quyết định số …")
// (a place may be the title, "tên gọi": "2. Cụm từ “…” tại tên gọi và tại Điều 1 Nghị quyết số …"; an annex may be numbered "số" and
// issued with the document: "3. Phụ lục số 03 ban hành kèm theo Quyết định số …")
// (an annex or a list named by the document it came with, no number: "3. Khoản 3 Điều 2 và Phụ lục kèm theo Quyết định số …")
const ITEM_PLACE = String.raw`(?:[Mm]ẫu[ \n]+số[ \n]+[\dA-Za-zđĐ]{1,5}\/[\dA-ZĐ-]{1,12}(?![\p{L}\d])|${PLACE_WORD}|[Pp]hụ[ \n]+lục[ \n]+số[ \n]+[\dA-Za-z]{1,5}|(?:[Pp]hụ[ \n]+lục|[Dd]anh[ \n]+mục)(?=[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n])|tên[ \n]+gọi|trích[ \n]+yếu)`;
// (an item may name its documents' issuer first: "- Của Đảng ủy xã Mỹ Hiệp (trước sắp xếp): Quy chế số …")
// (the places may carry a note of what they are about: "Khoản 3 Điều 1 (quy định về giới hạn bao thanh toán) Thông tư số A …")
const ITEM_OPENS_WITH_DOCUMENT = new RegExp(String.raw`^[ \t\n]*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])?[ \t]*(?:(?:Của|Do|Văn[ \n]+bản[ \n]+(?:của|do))[ \n][^:\n]{1,120}:[ \t]*)?(?:(?:[Cc]ụm[ \n]+từ|[Tt]ừ)[ \n]*[“"][^”"\n]{1,200}[”"][ \n]+(?:tại|ở|trong)[ \n]+)?(?:${ITEM_PLACE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+(?:tại[ \n]+)?|[ \n]+tại[ \n]+|[ \n]+)${ITEM_PLACE}){0,20}(?:[ \n]*\([^()\n]{1,160}\))?[ \n]+(?:(?:của|tại|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+)?(?:(?:Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ)(?:[ \n][^.;:“”"\n]{1,200}?)?[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+)?)?$`, 'u');
// an item's words without the notes in parentheses closed before the mention, a place's status among them ("2. Điều 9 (đã được sửa
// đổi, bổ sung tại khoản 4 Điều 1 Quyết định số A …) và Điều 10 Quy định ban hành kèm theo Quyết định số B"): the item still opens
// with B's places
const withoutNotes = (item: string): string => item.replace(/\([^()\n]{0,400}\)/gu, ' ');
const REVOKED_FIRST = /^[ \t\n]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?Thu[ \n]+hồi(?:[ \n]*(?:,|và)[ \n]*h(?:ủy|uỷ)[ \n]+bỏ)?[ \n]+(?:toàn[ \n]+bộ[ \n]+)?$/u;
// "Điều 1. Thu hồi các quyết định sau đây:\n1. Quyết định số …": each item of the list is revoked (a licence revoked is no document
// ended, as the briefs read it since round 28: "Thu hồi Giấy phép … số 48/GP-UBND" cites it)
const REVOKING_LIST = /(?:^|\n)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?Thu[ \n]+hồi(?:[ \n]*(?:,|và)[ \n]*h(?:ủy|uỷ)[ \n]+bỏ)?[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)*(?:[Qq]uyết[ \n]+định|văn[ \n]+bản)[^:\n]{0,80}?(?:sau(?:[ \n]+đây)?|dưới[ \n]+đây)[ \t]*:[ \t\n]*$/u;
// "Điều 1. Điều chỉnh Điều 1 Quyết định số 1234/QĐ-UBND …", "2. Điều chỉnh một số nội dung tại khoản 3 Điều 2 Quyết định số …":
// an administrative decision changes another by "điều chỉnh", at the opening of a provision, with that document or its places as
// the object at once (the verb's other uses take a quantity or a policy: "điều chỉnh mức lương cơ sở", "khi Chính phủ điều chỉnh
// tiền lương")
// (an annex may be named without its number, and "ban" after it opens "ban hành kèm theo", it is no number: "Điều chỉnh mục 3
// Phụ lục ban hành kèm theo Quyết định số …")
const PLACE_OR_ANNEX = String.raw`(?:${PLACE_WORD}(?<![ \n]ban)|[Pp]hụ[ \n]+lục)`;
// (read from the line the clause opens on, over the lines it wraps onto and the documents its description names)
// what the adjustment follows, not what it adjusts: "Điều chỉnh một số nội dung của Quyết định số A …, phù hợp với chủ trương đầu tư
// tại Nghị quyết số B, như sau:"
const ACCORDING_TO_BEFORE = /(?<![\p{L}])(?:phù[ \n]+hợp[ \n]+với|căn[ \n]+cứ|(?<!(?:kèm|ban[ \n]+hành)[ \n]+)theo)(?![\p{L}])[^.;:\d]{0,120}[ \n](?:tại|của)[ \n]*$/u;
const ADJUSTING_OPENING = /(?:^|\n)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?Điều[ \n]+chỉnh(?![\p{L}])(?:[^.;:\n]|\.(?=\d)|\n(?![ \t]*(?:Điều[ ]+\d|\d{1,2}[.)]|[a-zđ][)])))*[ \n](?:tại|của|kèm[ \n]+theo)[ \n]*$/u;
// the rest of the sentence announces the new wording
const AS_FOLLOWS_AFTER = /^[^.;:]{0,250}?[ \n]như[ \n]+sau[ \n]*:/u;
// (or puts it in this document's annexes: "Điều chỉnh giá … quy định tại Phụ lục I … ban hành kèm theo Quyết định số … tại các phụ
// lục tương ứng kèm theo Quyết định này.")
// (or into this document's own forms: "Điều chỉnh các Mẫu số 01, 03 … ban hành kèm theo Thông tư số A … thành các Mẫu số 31, 32 …
// ban hành kèm theo Thông tư này")
const IN_OWN_ANNEXES_AFTER = new RegExp(String.raw`^[^.;:]{0,250}?(?<![\p{L}])(?:(?:tại|theo|như)[ \n]+(?:các[ \n]+)?[Pp]hụ[ \n]+lục(?:[ \n]+[\p{L}\d]+){0,3}?|thành[ \n]+(?:các[ \n]+)?(?:[Mm]ẫu|[Pp]hụ[ \n]+lục|[Bb]iểu)(?:[ \n,]+[\p{L}\d]+){0,12}?)[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+${THIS_DOCUMENT}`, 'u');
const ADJUSTING_FIRST_ACT = new RegExp(String.raw`^[ \t\n]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?Điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:(?:một[ \n]+số[ \n]+)?(?:nội[ \n]+dung|cụm[ \n]+từ|từ[ \n]+ngữ|điều(?:[ \n]*,[ \n]*khoản)?|quy[ \n]+định)[ \n]+(?:của|tại)[ \n]+)?(?:${PLACE_OR_ANNEX}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_OR_ANNEX}){0,40}[ \n]+(?:(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)[ \n]+)?)?$`, 'u');
// the regulation this act issues replaces another's: see headRelation
const EARLIER_ROW_CELL = /(^|\n)[ \t]*(?:Bãi|BÃI)[ \t]+(?:bỏ|BỎ)[ \t]*(?=\n[ \t]*\d{1,3}[.)]?[ \t]*\n)/gu;
const PROMULGATED_REPLACES = /^[ \t]*(?:Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*|\d{1,2}[.)][ \t]*)?Ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+(?:Quyết[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Chỉ[ \n]+thị)[ \n]+này(?:(?!(?<![\p{L}])(?:dự[ \n]+thảo|trong[ \n]+đó|xây[ \n]+dựng)(?![\p{L}]))[^.;:]){0,300}?(?<![\p{L}])thay[ \n]+(?:thế[ \n]+(?:cho[ \n]+)?|cho[ \n]+)(?:(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Hướng[ \n]+dẫn|Danh[ \n]+mục|Bảng[ \n]+giá|Kế[ \n]+hoạch|Chương[ \n]+trình|Đề[ \n]+án|Bộ[ \n]+tiêu[ \n]+chí|Tiêu[ \n]+chí)(?:[^.;:\n]|\n(?![ \t]*\n)){0,200}?(?<![\p{L}])(?:ban[ \n]+hành[ \n]+)?(?:kèm[ \n]+theo|tại)[ \n]+)?$/u;
// (or what it guides located in the document: "Bộ Thương mại hướng dẫn một số nội dung quy định tại Nghị định số … như sau:", "Sở Tài
// chính hướng dẫn thực hiện một số nội dung của Thông tư số … như sau:", "Ban Thường vụ Huyện ủy hướng dẫn cụ thể việc thực hiện Hướng
// dẫn số … trong Đảng bộ huyện như sau:")
// (an act verb after the line's last guiding verb)
const OTHER_ACT_AFTER_GUIDING = /(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|đính[ \n]+chính)(?![\p{L}])(?:(?!hướng[ \n]+dẫn)[^\n])*$/u;
/** Whether the mention closes a guidance's enacting line: "… hướng dẫn thực hiện … quy định tại Quyết định số A như sau:". */
function enactingLineGuides(text: string, layout: Layout, start: number, tailEnd: number): boolean {
  return (GUIDANCE_TYPE.test(layout.ownType ?? '') || OWN_TITLE_GUIDES.test(text.slice(layout.titleStart, layout.titleEnd))) && GUIDED_IN_ENACTING_LINE.test(text.slice(lineStart(layout, start), start)) && /^[^\n.;]{0,300}như[ \n]+sau[ \t]*:/u.test(text.slice(tailEnd, tailEnd + 320));
}
const SELF_REPLACES_LINE_BEFORE = new RegExp(String.raw`^[ \t]*${THIS_DOCUMENT}[ \n]+thay[ \n]+(?:thế[ \n]+)?(?:cho[ \n]+)?$`, 'u');
const GUIDED_IN_ENACTING_LINE = /(?<![\p{L}])hướng[ \n]+dẫn(?:[ \n]+cụ[ \n]+thể)?(?:[ \n]+(?:một[ \n]+số[ \n]+nội[ \n]+dung|việc))?(?:[ \n]+(?:thực[ \n]+hiện|thi[ \n]+hành)[ \n]+[^\n.;:]{0,200}|[ \n]+(?:một[ \n]+số[ \n]+(?:nội[ \n]+dung|điều)[ \n]+)?(?:quy[ \n]+định[ \n]+)?(?:tại|của)[ \n]+)$/u;
// the purpose clause that opens a line, "Để hướng dẫn (thực hiện) …", with the mention its object
const GUIDING_PURPOSE_BEFORE = /^[ \t]*(?:\d{1,2}[.)][ \t]*)?Để[ \n]+hướng[ \n]+dẫn(?:[ \n]+(?:thực[ \n]+hiện|thi[ \n]+hành|triển[ \n]+khai(?:[ \n]+thực[ \n]+hiện)?))?(?:[ \n]+(?:một[ \n]+số[ \n]+(?:nội[ \n]+dung|điều)[ \n]+)?(?:quy[ \n]+định[ \n]+)?(?:tại|của))?[ \n]+$/u;
// and the main clause after it: a subject (the issuer) that "hướng dẫn như sau:" itself (not one that asks others to)
const SELF_GUIDES_AFTER = /^[^.;:\n]{0,300}?,[ \n]*(?:\p{Lu}(?:(?!(?<![\p{L}])(?:đề[ \n]+nghị|yêu[ \n]+cầu|giao|chỉ[ \n]+đạo|đã|sẽ|chưa|không|và)(?![\p{L}]))[^,.;:\n]){0,80}?[ \n])?hướng[ \n]+dẫn(?:[ \n]+(?:cụ[ \n]+thể|thêm|một[ \n]+số[ \n]+nội[ \n]+dung))?[ \n]+(?:như[ \n]+sau|sau[ \n]+đây)[ \t]*:/u;
// a document whose own title guides ("Hướng dẫn …", "V/v hướng dẫn thực hiện …"): its chapeau says it again
// (an item of the scope article, a noun phrase up to "quy định tại" the places of the mention (LOCATED_IN_BEFORE), on lines that end no sentence; not one
// that says what the document does not cover or applies)
function scopeItemLocates(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 500), start);
  let from = -1;
  for (const m of before.matchAll(SCOPE_ITEM_START)) from = (m.index ?? 0) + m[0].length;
  if (from < 0) return false;
  const item = before.slice(from);
  // (not what something is done "theo quy định tại": "1. Quỹ … hoạt động theo quy định tại Nghị định số …" says what is covered)
  return LOCATED_IN_BEFORE.test(item) && !/[.;:](?:[ \t]|$)|(?<![\p{L}])(?:này|không|áp[ \n]+dụng|trừ|theo)(?![\p{L}])/u.test(item);
}
const SCOPE_ITEM_START = /(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+(?=\p{Lu})/gu;
const OWN_TITLE_GUIDES = /^[ \t\n]*(?:V\/v[ \t\n]+|Về[ \t\n]+(?:việc[ \t\n]+)?)?(?:quy[ \t\n]+định[ \t\n]+chi[ \t\n]+tiết|hướng[ \t\n]+dẫn)(?![\p{L}])/iu;

// the enacting formula, "Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung Thông tư số A và Danh mục kỹ thuật ban hành kèm theo
// Quyết định số B.", "… ban hành Thông tư sửa đổi … Thông tư số A và hướng dẫn thực hiện khoản 7 Điều 1 Nghị định số B.": this document
// named by its type, then its own verbs; a document the formula names (not in another's description) takes the verb nearest before it
const ENACTING_OWN_PAPER = /(?<![\p{L}])ban[ \n]+hành[ \n]+(Kế[ \n]+hoạch|Chương[ \n]+trình|Hướng[ \n]+dẫn|Quy[ \n]+chế|Đề[ \n]+án)(?![\p{L}])(?![ \n]+(?:số|này)(?![\p{L}]))[^.;:]{0,240}?[ \n,]thay[ \n]+(?:thế[ \n]+)?cho[ \n]+$/u;
const ENACTING_OWN = /(?<![\p{L}])ban[ \n]+hành[ \n]+(Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)(?![\p{L}])(?![ \n]+(?:số|này)(?![\p{L}]))/u;
const ENACTING_VERB = /(?<![\p{L}])(sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|đính[ \n]+chính|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/gu;
function enactingFormulaAct(text: string, layout: Layout, start: number): Relation | null {
  const line = text.slice(lineStart(layout, start), start);
  // (a plan's, a programme's or a guidance's issuing sentence says only what it takes the place of: "Bộ Y tế ban hành Kế hoạch phòng,
  // chống … giai đoạn 2026 - 2027 thay cho Kế hoạch số …")
  const issued = ENACTING_OWN_PAPER.exec(line);
  if (issued && issued.index <= 200 && !/[.;:“”"]/u.test(line.slice(issued.index)) && layout.ownType !== null && layout.ownType.startsWith((issued[1] as string).replace(/\s+/gu, ' ').toUpperCase())) return 'replaces';
  const own = ENACTING_OWN.exec(line);
  if (!own || /[.;:“”"]/u.test(line.slice(own.index)) || own.index > 200) return null;
  const type = (own[1] as string).replace(/\s+/gu, ' ').toUpperCase();
  if (layout.ownType === null || !layout.ownType.startsWith(type)) return null;
  let verb: string | null = null;
  ENACTING_VERB.lastIndex = 0;
  const after = line.slice(own.index + own[0].length);
  // (the document the formula says this one takes the place of, after what it issues: "Thống đốc … ban hành Thông tư hướng dẫn về quản
  // lý ngoại hối …, thay cho Thông tư số …")
  if (/,[ \n]*thay[ \n]+(?:thế[ \n]+)?(?:cho[ \n]+)?$/u.test(after)) return 'replaces';
  // (its own verbs are the first and those joined to it, "sửa đổi, bổ sung … và hướng dẫn …"; a verb after a noun describes the
  // documents that noun names, "… một số nghị định quy định chi tiết thi hành Luật Đất đai", and the mention is theirs)
  for (let m = ENACTING_VERB.exec(after); m; m = ENACTING_VERB.exec(after)) {
    if (verb !== null && !/(?:(?<![\p{L}])và|[,;])[ \n]*$/u.test(after.slice(0, m.index))) return null;
    verb = (m[1] as string).replace(/\s+/gu, ' ');
  }
  if (verb === null) return null;
  return verb === 'bãi bỏ' ? 'repeals' : verb === 'thay thế' ? 'replaces' : verb === 'đính chính' ? 'corrects' : verb === 'hướng dẫn' || verb === 'quy định chi tiết' ? 'guides' : 'amends';
}

/** The act of the annex of ended documents a mention is an item of: a replacement when the annex lists what this act replaces. */
const annexEnding = (layout: Layout, at: number): Relation => (lastStartingAtOrBefore(layout.annexes, at)?.replaces ? 'replaces' : 'repeals');

/** Relation of a HEAD (or ALIAS) mention from its zone and triggers. */
export function headRelation(text: string, layout: Layout, start: number, tailEnd: number, prevTailEnd: number, asQuoted = false): Relation {
  const zone = zoneAt(layout, start);
  // a document a cause names after a comma is not the object of the verb before it: "Bãi bỏ số thứ tự 6 Mục I Danh mục … kèm theo
  // Quyết định số A …, do Thông tư số B … đã được công bố nhầm là văn bản hết hiệu lực"
  if (zone === 'body' && CAUSE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 'cites';
  if (zone === 'title') {
    // a Gazette title repeats the document's own identity first: "CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8
    // NĂM 2001 HƯỚNG DẪN …"
    // (its words read as one line: a title in capitals wraps anywhere, "… HƯỚNG\nDẪN BỔ SUNG …")
    const title = text.slice(layout.titleStart, layout.titleEnd).replace(/[ \t]*\n[ \t]*/gu, ' ').replace(GAZETTE_TITLE_PREFIX, '');
    // "… Luật Giá số 16/2023/QH15 được sửa đổi, bổ sung bởi Luật số 44/2024/QH15, Luật số 61/2024/QH15": the title reports another's act
    if (TITLE_PASSIVE.test(text.slice(Math.max(layout.titleStart, start - 300), start))) return 'cites';
    // "(Kế hoạch này thay thế Kế hoạch số … ngày … của Ủy ban nhân dân tỉnh)": the note under the title that says what this document
    // takes the place of
    if (SELF_REPLACES_NOTE.test(text.slice(lineStartIn(text, start), start))) return 'replaces';
    // (or with no subject, "Ban hành Quy chế quản lý, vận hành … Cổng Dịch vụ công quốc gia\n(thay thế Quyết định số A …)", under the
    // title of an act, not of a plan or programme that drafts the successor: "Kế hoạch xây dựng Luật … (thay thế Luật số …)")
    if (BARE_REPLACES_NOTE.test(text.slice(lineStartIn(text, start), start)) && ACTS_BY_NOTE.test(layout.ownType ?? '') && !DRAFTED_IN_TITLE.test(text.slice(layout.titleStart, start))) return 'replaces';
    // (or a letter's subject that ends by saying which earlier letter it replaces: "V/v xây dựng dự toán ngân sách … (thay thế Công văn
    // số 6120/BTC-NSNN ngày 02/6/2025)")
    if (layout.titleIsSubject && SUBJECT_REPLACES_NOTE.test(text.slice(lineStartIn(text, start), start))) return 'replaces';
    const secondFrom = Math.max(layout.titleStart, prevTailEnd);
    const secondMatch = TITLE_SECOND_ACT.exec(text.slice(secondFrom, start));
    // (a list of the title's own verbs is one act on one object: "Sửa đổi, bổ sung và ngưng hiệu lực thi hành một số điều tại …")
    // (nor the verbs of a described document: "… Nghị định số A … của Chính phủ quy định và hướng dẫn thi hành Luật …")
    const second = secondMatch && !VERBS_ONLY.test(text.slice(secondFrom, secondFrom + secondMatch.index)) && !VERB_BEFORE_AND.test(text.slice(secondFrom, secondFrom + secondMatch.index)) ? secondMatch : null;
    // (not what the act follows: "… và bãi bỏ một số thủ tục theo Nghị quyết số …")
    if (second && FOLLOWED_DOCUMENT_BEFORE.test(text.slice(Math.max(layout.titleStart, start - 40), start))) return 'cites';
    if (second && TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH')) return SECOND_ACT.find(([verb]) => verb.test((second[1] as string).toLowerCase()))?.[1] ?? 'cites';
    // "Về việc kéo dài thời gian thực hiện Nghị quyết số …": the term of the document is extended (not its implementation)
    if (/^[ ]*(?:Về (?:việc )?)?(?:kéo dài|Kéo dài|gia hạn|Gia hạn)[ ]+(?:thời[ ]+gian|thời[ ]+hạn)(?:[ ]+(?:thực[ ]+hiện|áp[ ]+dụng|hiệu[ ]+lực))?(?:[ ]+(?:của|đối[ ]+với))?[ ]*$/u.test(text.slice(Math.max(layout.titleStart, start - 120), start).replace(/^[^]*?(?=(?:Về (?:việc )?)?(?:kéo dài|Kéo dài|gia hạn|Gia hạn)(?![\p{L}]))/u, '').replace(/\s+/gu, ' ')) && TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH')) return 'amends';
    if (TRIGGER_IMPLEMENTS.test(title)) return carriedOut(layout);
    // a guidance whose title names what of the document it guides: "HƯỚNG DẪN\nmột số nội dung của Quy định số 215-QĐ/TU …"
    if (GUIDANCE_TYPE.test(layout.ownType ?? '') && GUIDED_PART_TITLE.test(text.slice(layout.titleStart, start))) return 'guides';
    // "Vận động Nhân dân giám sát việc thực hiện Nghị quyết số 18-NQ/TW": the plan is about carrying it out
    // (a trích yếu that opens "Hướng dẫn thực hiện Nghị định số …", a circular's, guides it, and so does "Thực hiện …" under the
    // type line "HƯỚNG DẪN": see carriedOut)
    if (/(?<![\p{L}])(?:thực hiện|triển khai)[ \n]+$/iu.test(text.slice(Math.max(layout.titleStart, start - 40), start)) && !TITLE_GUIDES.test(title)) return carriedOut(layout);
    if (TITLE_AMENDS.test(title)) return 'amends';
    // "Về việc điều chỉnh, bổ sung Nghị quyết số …", "Điều chỉnh Quyết định số …": what is adjusted is the document or pinned in it
    // (not "Về việc điều chỉnh dự toán … theo Quyết định số …")
    const adjusting = TITLE_ADJUSTS.exec(title);
    if (adjusting) {
      const head = text.slice(layout.titleStart, start);
      const verbMatch = /[Đđ]iều[ \n]+chỉnh/u.exec(head);
      const verbAt = verbMatch ? verbMatch.index + verbMatch[0].length - 9 : -1;
      // (the first document after the verb, named alone or pinned by what set it: "… dự toán ngân sách năm 2024 đã giao tại Quyết định số
      // …", "… cục bộ Quy hoạch chung … được phê duyệt tại …"; not "… mức thu học phí … quy định tại Nghị quyết số …", which may carry out
      // its mechanism, nor a coefficient applied to a price table; not in a submission or a report)
      const object = verbAt >= 0 ? head.slice(verbAt + 9).replace(/^[ \n]*,?[ \n]*bổ[ \n]+sung/u, '') : '';
      const direct = /^[ \n]*(?:lại[ \n]+)?$/u.test(object) || ADJUSTED_PLACES_ONLY.test(object) || ANNEX_ADJUSTED.test(object) || /(?:đã[ \n]+)?(?:được[ \n]+)?(?:giao|phê[ \n]+duyệt|ban[ \n]+hành(?:[ \n]+kèm)?)[ \n]+(?:tại|theo)[ \n]*$/u.test(object);
      if (verbAt >= 0 && direct && TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH') && !/số[ \n]*\d|\d\/\d{4}/u.test(object) && !/(?<![\p{L}])(?:áp[ \n]+dụng|hệ[ \n]+số)(?![\p{L}])/u.test(object) && !OTHER_AMENDING_OBJECT_OFF.test(object) && !PAPER_OBJECT.test(object)) return 'amends';
    }
    // ("Hướng dẫn thực hiện một số điều của Nghị định số A … quy định chính sách miễn, giảm thuế theo Nghị quyết số B …": B is in
    // A's description; "… hướng dẫn thực hiện chính sách nội trú quy định tại Quyết định số B" locates what is guided in B)
    if (TITLE_GUIDES.test(title) && prevTailEnd >= layout.titleStart && /(?<![\p{L}])theo[ \n]+$/u.test(text.slice(Math.max(prevTailEnd, start - 12), start))) return 'cites';
    if (TITLE_GUIDES.test(title)) return 'guides';
    // ("Bãi bỏ và thay thế Quyết định số …": the new decision takes its place)
    if (/^[ ]*(?:Về (?:việc )?)?Bãi bỏ(?:,| và) thay thế/iu.test(title) && TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH')) return 'replaces';
    if (TITLE_REPEALS.test(title)) return 'repeals';
    if (TITLE_REPLACES.test(title)) return 'replaces';
    // "Quy định về thực hiện giá bán điện, thay thế Thông tư số 16/2014/TT-BCT …": the title's last clause replaces
    if (TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH') && /[,;][ \n]*(?:và[ \n]+)?thay[ \n]+thế[ \n]+$/u.test(text.slice(Math.max(layout.titleStart, start - 24), start))) return 'replaces';
    if (TITLE_SUSPENDS.test(title)) return 'suspends';
    if (TITLE_CORRECTS.test(title)) return 'corrects';
    return 'cites';
  }
  // "… theo quy định tại Điều 35 Nghị định số 63/2010/NĐ-CP … về kiểm soát thủ tục hành chính (đã được sửa đổi tại Khoản 10 Điều 1
  // Nghị định này)": a status phrase whose actor is this document states its own act, even inside the wording it quotes
  const selfStatus = SELF_STATUS_AFTER.exec(text.slice(tailEnd, tailEnd + 320));
  if (selfStatus) return /^bãi/u.test(selfStatus[1] as string) ? 'repeals' : 'amends';
  // (a quoted wording is read as its own document's text only when asked: see quotedGuidance in extract.ts)
  if (!asQuoted && inSortedRanges(layout.quotedWordings, start)) return 'cites';
  // "Thay thế cụm từ “khoản 3 Điều 6 Nghị định số 63/2019/NĐ-CP” bằng …": a phrase of the amended text, not a document acted on
  // (a quote right after the word closes a quoted heading, "“Điều 3. Giải thích từ ngữ”\nĐiều 2. Sửa đổi Phụ lục I Nghị định số …")
  const windowStart = Math.max(0, start - 220);
  const phrase = /(?<![\p{L}])(?:cụm[ \n]+từ|từ|từ[ \n]+ngữ)[ \n]*:?[ \n]*[“"][^”"]{0,200}$/u.exec(text.slice(windowStart, start));
  // (unless the quote closes a quoted line: right after the word, at the end of its line)
  const quoteAt = phrase ? windowStart + phrase.index + phrase[0].search(/[“"]/u) : -1;
  if (phrase && !(/\p{L}/u.test(text.charAt(quoteAt - 1)) && /^[ \t]*\n/u.test(text.slice(quoteAt + 1, quoteAt + 8)))) return 'cites';
  // the first cell of a table row ("203\nThông tư\n07/2020/TT-BKHĐT\nngày …\n<title>"): the previous row's title, and this
  // row's own after the number, are no verbs of a clause (an annex that lists the documents this act repeals still repeals)
  // (a table under an operative clause of the body that ends or replaces the documents of its rows: "2. Danh mục văn bản hết hiệu
  // lực kể từ ngày Thông tư này có hiệu lực thi hành:\n| STT | Số, ký hiệu văn bản | …\n| 1 | Thông tư số … |")
  // the operative articles of the body, before any annex (a plan, a list of procedures or of tasks annexed to a decision words
  // its items as verbs: "- Sửa đổi, bổ sung …", "1. Điều chỉnh …"): where the wider wordings below are read
  // (and the effect article of a regulation attached to the decision: "QUY CHẾ\n…\n(kèm theo Quyết định …)\n…\nĐiều 28. Hiệu
  // lực\nQuy chế … ban hành kèm theo Quyết định số A … được thay thế bởi Quy chế này.": the rules are this document's own)
  const inOperativeBody = zone === 'body' && !layout.annexes.some((a) => a.start > layout.preambleEnd && a.start < start) && (start < attachedStart(text, layout) || inAttachedRulesEffect(text, layout, start));
  if (zone === 'body' && draftingListAbove(text, start)) return 'cites';
  const rowStart = TABLE_ROW_START.test(text.slice(Math.max(0, start - 120), start));
  if (rowStart || INLINE_ROW_START.test(text.slice(Math.max(0, start - 120), start)) || bareNumberCell(text, start)) {
    if (repealAnnexAt(text, layout, start) !== null) return annexEnding(layout, start);
    const head = inOperativeBody ? tableHead(text, start) : '';
    if (head !== '' && !RECORDED_HEAD.test(head) && !TASKED_HEAD.test(head)) {
      if (REPLACING_LIST.test(head) || REPLACED_BY_THIS_LIST.test(head) || THIS_REPLACES_LIST.test(head)) return 'replaces';
      if (ENDING_LIST.test(head)) return 'repeals';
    }
    const rowsHeading = inOperativeBody && rowStart ? tableHeadOfRow(text, start) : null;
    if (rowsHeading !== null && REPEALING_ROWS_HEADING.test(rowsHeading) && !RECORDED_HEAD.test(rowsHeading) && !TASKED_HEAD.test(rowsHeading)) return 'repeals';
    if (rowStart) return 'cites';
  }
  const pStart = clauseParagraphStart(text, layout, start);
  const acting = actingDocument(text, layout);
  // (the wider wordings below are no acts in a task or a rule: see TASK_ARTICLE, TASK_AFTER, PREDICATE_AFTER)
  // (computed when a rule asks: most mentions never reach them)
  let untaskedMemo: boolean | undefined;
  const untasked = (): boolean => (untaskedMemo ??= inOperativeBody && acting && !inArticleHeaded(text, start, TASK_ARTICLE) && !inArticleHeaded(text, start, APPROVING_ARTICLE) && !TASKS_HEADING.test(text.slice(Math.max(0, start - 2500), start)) && !TASK_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 300))) && !/\n[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])?[ \t]*(?:Sở|Ban|Bộ|Ủy[ ]+ban|UBND|Phòng|Cục|Tổng[ ]+cục|Văn[ ]+phòng|Thanh[ ]+tra|Công[ ]+an)[^\n:]{0,80}:[ \t]*\n(?:[^\n]*\n){0,8}[^\n]*$/u.test(text.slice(Math.max(0, pStart - 1200), pStart + 1)));
  const wide = (): boolean => untasked() && !PREDICATE_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 300)));
  const para = text.slice(pStart, Math.min(text.length, pStart + 60));
  // the enacting line of a guidance after Căn cứ lines that end with a comma ("- Căn cứ Hướng dẫn số …,\nBan Tổ chức Trung ương hướng
  // dẫn thực hiện một số nội dung … quy định tại Quy định số A và Hướng dẫn số B như sau:"): its own line, not the basis carried on
  // (no other act between the verb and the mention: "… ban hành Thông tư hướng dẫn thực hiện Nghị định số A và sửa đổi, bổ sung một số
  // điều của Thông tư số B … như sau:" amends B)
  if (zone === 'preamble' && !/^[ \t]*(?:[-+•][ \t]*)?Căn[ \t]+cứ/u.test(text.slice(lineStart(layout, start), start)) && !OTHER_ACT_AFTER_GUIDING.test(text.slice(lineStart(layout, start), start)) && enactingLineGuides(text, layout, start, tailEnd)) return 'guides';
  // a sentence of the document about itself standing before its body ("HƯỚNG DẪN\nThực hiện …\nHướng dẫn này thay thế Hướng dẫn số
  // …"): its own act, not the basis or the programme the preamble carries out
  if (zone === 'preamble' && SELF_REPLACES_LINE_BEFORE.test(text.slice(lineStart(layout, start), start))) return 'replaces';
  if (zone === 'preamble' || zone === 'header') {
    // the last trigger that opens a clause of this paragraph before the mention (R4: it carries over "; …")
    const from = Math.max(pStart, start - 800);
    const before = text.slice(from, start);
    const last = lastClauseTrigger(before);
    if (last === null && from === pStart) {
      if (TRIGGER_BASIS.test(para)) return 'basis';
      if (TRIGGER_IMPLEMENTS.test(para)) return carriedOut(layout, text, start);
      const carried = triggerCarriedOver(text, layout, pStart);
      if (carried !== null) return carried === 'implements' ? carriedOut(layout, text) : carried;
    }
    if (last !== null) return last.startsWith('căn') ? 'basis' : carriedOut(layout, text, start);
    const enacted = enactingFormulaAct(text, layout, start);
    if (enacted !== null) return enacted;
  }
  // "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc …, thay thế (thay cho) Quy chế làm việc ban hành kèm theo Quyết định số …": the
  // regulation this act issues takes the place of the one the other decision issued (not a draft the issued plan lists: "… Kế hoạch
  // xây dựng văn bản …, trong đó có dự thảo Thông tư … thay thế Thông tư số …")
  if (inOperativeBody && acting && PROMULGATED_REPLACES.test(text.slice(pStart, start))) return 'replaces';
  // (the enacting line of a guidance, at the preamble's end or the body's start)
  if ((zone === 'preamble' || zone === 'body') && enactingLineGuides(text, layout, start, tailEnd)) return 'guides';
  // "Để hướng dẫn thực hiện Thông tư số …, Tổng cục Thuế hướng dẫn như sau:": the document says it guides the one its purpose names,
  // whatever its type or title (a letter's body, a guidance's first line)
  if ((zone === 'preamble' || zone === 'body') && GUIDING_PURPOSE_BEFORE.test(text.slice(lineStart(layout, start), start)) && SELF_GUIDES_AFTER.test(text.slice(tailEnd, tailEnd + 320))) return 'guides';
  // the words between the previous mention (or the clause start) and this one
  // (a clause that lists many places before the mention, "6. Thay thế tiểu mục b mục 13 Phụ lục VI-1.1, tiểu mục b mục 12 Phụ lục
  // VI-1.2, … ban hành kèm theo Thông tư số …", is read from its start when no sentence ends in it)
  // (semicolons that part the places of one list break no clause: "Thông tư này bãi bỏ các nội dung … tại các khoản 3.11, khoản 3.12
  // Điều 21; khoản 3.3 Điều 35; … điểm d khoản 3 Điều 94 Thông tư số …")
  const clauseFrom = Math.max(prevTailEnd, pStart, start - 400 > pStart && start - pStart <= 1500 && !BREAK.test(withoutQuotedWords(text.slice(pStart, start).replace(ITEM_MARK, '').replace(PLACES_SEMICOLON, ','))) ? pStart : start - 400);
  const left = text.slice(clauseFrom, start);
  // (a sentence inside a quoted passage ends no clause of the text that quotes it)
  const lastBreak = clauseBreak(withoutQuotedWords(left));
  // (a row of a table between pipes is a clause of its own: the header row's words, "| Lý do hết hiệu lực, ngưng hiệu lực |", are
  // no verbs of it)
  const rowLine = lineStart(layout, start);
  const local = PIPE_ROW_OPENING.test(text.slice(rowLine, rowLine + 16)) ? text.slice(Math.max(rowLine, clauseFrom), start) : lastBreak >= 0 ? left.slice(lastBreak + 2) : left;
  // a body made responsible for the act, or the reason an act gives, names no document this one acts on: "Ủy ban nhân dân huyện …
  // có trách nhiệm bãi bỏ Quyết định số …", "Đình chỉ … Quyết định số A …, vì quy định khoản thu bắt buộc trái với quy định của Luật
  // Phí và lệ phí"
  if (zone === 'body' && (RESPONSIBLE_TO_ACT.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start))) || ISSUE_TO_ACT.test(withoutQuotedWords(local)) || (!acting && AGREED_TO_ACT.test(withoutQuotedWords(local))) || REASON_BEFORE.test(withoutQuotedWords(local)))) return 'cites';
  // (as far as an ending verb is read after the mention, endings.ts's ENDING_IN_CLAUSE)
  const sentenceEnd = text.slice(tailEnd, Math.min(text.length, tailEnd + 260));
  const rightClause = sentenceEnd.split(/[.;]|\n[ ]*\n/)[0] ?? '';
  // "1. Khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung như sau:", "2. Điều 9 Nghị định số … được bãi bỏ.": an
  // operative provision in the passive, with no actor: this document acts (a status phrase names its actor, "… được sửa đổi,
  // bổ sung bởi …", or says it is done, "… đã được sửa đổi …")
  // "3. Thời hạn quy định tại khoản 2 Điều 12 Nghị định số … được kéo dài đến hết ngày …", "Kể từ ngày …, mức phạt tiền quy định tại
  // khoản 3 Điều 6 Nghị định số … được nâng lên …", "… mức chi quy định tại Phụ lục kèm theo Nghị quyết số … được thực hiện theo mức chi
  // quy định tại Điều 2 Nghị quyết này": a term, an amount or a rate a provision sets is changed in place (transitional and final
  // articles)
  if (inOperativeBody && acting && TERM_CHANGED_AFTER.test(text.slice(tailEnd, tailEnd + 300)) && TERM_OPENS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start)))) return 'amends';
  // "… có tổng mức đầu tư được điều chỉnh từ … lên …. Các nội dung khác về chủ trương đầu tư dự án tại Nghị quyết số … giữ nguyên.":
  // the contents this document changed were that document's (nothing of it ended in the paragraph)
  if (inOperativeBody && acting && OTHER_CONTENTS_KEPT_BEFORE.test(text.slice(Math.max(pStart, start - 200), start)) && OTHER_CONTENTS_KEPT_AFTER.test(text.slice(start, Math.max(tailEnd, start + 300))) && changedEarlier(withoutQuotedWords(text.slice(Math.max(pStart, start - 800), start))) && !/(?<![\p{L}])(?:bãi[ \n]+bỏ|thay[ \n]+thế|hết[ \n]+hiệu[ \n]+lực)(?![\p{L}])/iu.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 800), start))) && untasked()) return 'amends';
  // (the quoted words are blanked only when the raw words are there: every mention passes here)
  if (inOperativeBody && acting && /(?:Kéo|Gia)[ \n]+(?:dài|hạn)/u.test(text.slice(Math.max(pStart, start - 400), start)) && TERM_EXTENDED_OPENS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start))) && TERM_EXTENDED_UNTIL_AFTER.test(text.slice(tailEnd, tailEnd + 440)) && untasked()) return 'amends';
  // (the title's own verbs are passed over only in an effect article or before "như sau": "… quy định các trường hợp giấy phép bị thu
  // hồi, bị bãi bỏ." is a title, no act)
  const titled = DATED_TITLE.test(text.slice(start, tailEnd + 40)) ? OWN_PASSIVE_AFTER_TITLE.exec(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400))) : null;
  // (nor a passive that follows another, "… giấy phép bị thu hồi, bị bãi bỏ": the title's list of what happens to something)
  const ownPassive = titled && (/như[ \n]+sau/u.test(titled[0]) || inArticleHeaded(text, start, EFFECT_ARTICLE) || BY_THIS_DOCUMENT_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400)))) && !/(?<![\p{L}])(?:được|bị)[ \n]+\p{L}+(?:[ \n]+\p{L}+)?[ \n]*,[ \n]*(?:được|bị)[ \n]/u.test(titled[0]) && !/tiếp[ \n]+tục/u.test(listHead(text, start)) ? titled : OWN_PASSIVE_AFTER.exec(blankNotes(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400))));
  // "9. Quy hoạch phát triển kinh tế - xã hội, quy hoạch tổng thể … tại Luật Quốc phòng số 39/2005/QH11, Luật Tần số vô tuyến điện
  // số 42/2009/QH12, … và các văn bản quy phạm pháp luật khác được thay thế bằng quy hoạch …": words replaced in every document of a
  // list, an item of an article that amends ("Điều 57. Sửa đổi, bổ sung một số điều của các luật …"); each document listed is amended
  // (not the actor of a status phrase inside the list, "… đã được sửa đổi, bổ sung theo Luật số B", nor a list this act replaces)
  // (the cheap tests first: the words before the mention, then a replacing verb anywhere in the window, before the clause is read)
  if (inOperativeBody && acting && /[ \n]tại[ \n]/u.test(text.slice(Math.max(pStart, start - 2000), start)) && REPLACING_PASSIVE_NEAR.test(text.slice(tailEnd, tailEnd + 2000)) && !STATUS_ACTOR_BEFORE.test(text.slice(Math.max(pStart, start - 300), start)) && ITEM_WORDS_AT_BEFORE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 2000), start))) && LIST_WORDS_REPLACED_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 2000))) && AMENDING_ARTICLE.test(articleHeadingText(text, layout, start)) && wide()) return 'amends';
  // "2. Kể từ ngày Luật này có hiệu lực, các quy định của Luật xây dựng về quy hoạch xây dựng các đô thị … được thay thế bằng các quy
  // định của Luật này.": the provisions of the document on a matter give way to this document's (a part of it replaced)
  if (inOperativeBody && acting && provisionsReplacedByThis(text, start, tailEnd) !== null && untasked()) return 'replaces';
  // "2. Thông tư số A ngày … của Bộ trưởng … quy định về tổ chức …; quản lý hoạt động … được thay thế bởi Thông tư này.": an item
  // that opens with the document and ends with this document's own passive act on it, over a semicolon of the title between (no other
  // document named there)
  if (inOperativeBody && acting && ITEM_MARK_BEFORE.test(text.slice(Math.max(pStart, start - 12), start)) && untasked()) {
    const own = ITEM_ENDS_WITH_OWN_PASSIVE.exec(text.slice(tailEnd, tailEnd + 500));
    if (own && !/(?<![\p{L}])số[ \n]+\d/u.test(own[0])) return /thay/u.test(own[1] as string) ? 'replaces' : 'repeals';
  }
  // "Điều 1. Cụm từ “cấp huyện” tại Quy định ban hành kèm theo Quyết định số … được thay bằng cụm từ “cấp xã”."
  if (/^[^.;:]{0,200}?(?<![\p{L}])được[ \n]+(?:thay(?:[ \n]+thế)?[ \n]+bằng|sửa[ \n]+(?:đổi|lại)[ \n]+thành|bỏ|bãi[ \n]+bỏ)(?![\p{L}])/u.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400))) && PHRASE_OPENS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start))) && wide()) return /được[ \n]+(?:bỏ|bãi)/u.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 240))) ? 'repeals' : 'amends';
  if (ownPassive && (CLAUSE_OPENS_WITH_OBJECT.test(text.slice(Math.max(pStart, start - 400), start)) || ANNEX_OPENS_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) || (ANNEXES_OPEN_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) && (/như[ \n]+sau/u.test(ownPassive[0]) || new RegExp(String.raw`^[^.;]{0,200}?(?:bằng|bởi)[^.;]{0,160}?${THIS_DOCUMENT}`, 'u').test(text.slice(tailEnd, tailEnd + 400)))) || (LOCATED_OBJECT_OPENS_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) && wide()) || (REGULATION_OPENS_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) && wide()) || (inOperativeBody && acting && (/bãi|thay/u.test(ownPassive[1] as string) || /như[ \n]+sau/u.test(ownPassive[0])) && DESCRIBED_OBJECT_OPENS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start))) && (untasked() || SELF_IN_FORCE_EARLIER.test(text.slice(pStart, start))) && !PREDICATE_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 300)))))) {
    const verbs = (ownPassive[1] as string).toLowerCase();
    if (/ngưng|ngừng|đình/u.test(verbs)) return inOperativeBody && acting ? 'suspends' : 'cites';
    const places = PLACES_BEFORE_MENTION.test(text.slice(Math.max(pStart, start - 400), start));
    // ("… được điều chỉnh bằng hệ số …" applies a means; "… được điều chỉnh như sau:" gives the new wording)
    const meansOnly = /^điều[ \n]+chỉnh$/u.test(verbs) && !/như[ \n]+sau|thành|theo[ \n]+(?:các[ \n]+)?(?:Phụ[ \n]+lục|Biểu)/u.test(ownPassive[0]);
    // ("… được sửa đổi, bổ sung, bãi bỏ như sau:" amends, its items say what is repealed)
    if (/sửa|bổ|điều/u.test(verbs) && (places || !/bãi/u.test(verbs) || /như[ \n]+sau/u.test(ownPassive[0])) && !meansOnly) return 'amends';
    if (/bãi/u.test(verbs)) return 'repeals';
    if (places) return 'amends';
    // "Nghị quyết số 16/2019/NQ-HĐND … được thay thế bằng Nghị quyết này."
    // ("… được thay thế bởi Luật này kể từ …", "… được thay thế bằng Thông tư liên tịch này", "… được thay thế bằng Chương II Quy
    // định này")
    if (/thay/u.test(verbs) && untasked() && new RegExp(String.raw`^[^.;]{0,120}?(?:bằng|bởi)[ \n]+(?:[^.;:]{0,100}?[ \n])?${THIS_DOCUMENT}`, 'u').test(text.slice(tailEnd + ownPassive.index, tailEnd + ownPassive.index + 200))) return 'replaces';
  }
  if (inOperativeBody && acting && REPLACED_BY_THIS_INLINE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 600), start))) && untasked()) return 'replaces';
  // (a correction reported so too: "Thông tư số A … (đã được đính chính bởi công văn số B …)" — B is the report's actor)
  if (/(?:được|bị|đã được|đã bị)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ|đính[ \n]+chính)/iu.test(withoutQuotedWords(local))) return 'cites';
  // the verb's object must be the document: "bãi bỏ cơ quan khác theo quy định của Hiến pháp", "bãi bỏ văn bản …
  // trái với Hiến pháp" name no document to repeal
  // "Kiện toàn Ban Chỉ đạo … (thành lập theo Quyết định số …)", "Thay đổi (thay thế) thành viên Ban … được thành lập tại Quyết định số …",
  // "Kéo dài thời gian hoạt động của Tổ công tác … được thành lập theo Quyết định số …": the body's members or term, which that
  // decision set, are changed
  // (set up by the decision, or its places named: "theo Quyết định số …" alone is what the change follows; the decision, never a
  // decree or a submission)
  if (/^Quyết[ \n]+định/u.test(text.slice(start, start + 12)) && COMMITTEE_CHANGED.test(withoutQuotedWords(text.slice(Math.max(0, start - 400), start))) && untasked()) return 'amends';
  if (inOperativeBody && acting && ADJUSTED_ITEMS_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && APPROVED_IN_ITEM.test(text.slice(Math.max(0, start - 240), start)) && ITEM_CHANGE_AFTER.test(text.slice(tailEnd, tailEnd + 200)) && untasked()) return 'amends';
  // "Sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:\n1. Quyết định số A …:\na) Sửa đổi khoản 2 Điều 3 …\nb) Bãi bỏ
  // Điều 5.\n2. Quyết định số B …: bãi bỏ Điều 4.": each document the items open with, by what its own items do to it
  if (((ITEMS_ACTED_HEAD.test(withoutQuotedWords(listHead(text, start))) && !TASKED_HEAD.test(listHead(text, start)) && !/số[ \n]*\d|\d\/\d/u.test(listHead(text, start)) && inListOfItsHead(text, start)) || (FOR_DOCUMENT_ITEM.test(text.slice(lineStart(layout, start), start)) && !PLAN_HEAD.test(listHead(text, start)) && !TASKED_HEAD.test(listHead(text, start)))) && untasked()) {
    const acts = itemActs(text, layout, start, tailEnd);
    if (acts && (acts.amends.length > 0 || acts.repeals.length > 0 || acts.whole)) return acts.amends.length > 0 ? 'amends' : 'repeals';
    if (acts?.named && acts.places.length === 0) return 'cites';
  }
  const verb = lastOperativeVerb(local);
  // a negated verb acts on nothing: "Thông tư này không thay thế Thông tư số …", "… chưa bãi bỏ …"
  // (not a negation inside the description of the object of a clause that opens with its act: "Bãi bỏ khoản 3 Điều 5 quy định về trường
  // hợp không bổ sung hồ sơ của Thông tư số …")
  const openingAct = openingVerb(withoutQuotedWords(local));
  if (verb >= 0 && (openingAct === null || /[,;]/u.test(withoutQuotedWords(local).slice(openingAct.end, Math.max(openingAct.end, lastOperativeVerbStart(local))))) && NEGATED_BEFORE.test(withoutQuotedWords(local.slice(Math.max(0, lastOperativeVerbStart(local) - 40), lastOperativeVerbStart(local))))) return 'cites';
  // an ending this document only notes or supposes: "Thông tư số … (đã hết hiệu lực)", "Thông tư số … đã hết hiệu lực.", "Khi /
  // Trường hợp / Nếu Thông tư số … hết hiệu lực (thì) …", "Thông tư số … hết hiệu lực thì …"
  // (not this document's own ending of it: "Khi Thông tư này có hiệu lực, Thông tư số … hết hiệu lực", "… đã hết hiệu lực kể từ ngày
  // Thông tư này có hiệu lực"; nor an item of a list this document repeals, noted "(đã hết hiệu lực một phần)")
  if (endsAfterMention(rightClause) && ((((ENDING_NOTED.test(rightClause) && !ENDED_BY_THIS_AFTER.test(rightClause)) || ENDING_NOTED_AFTER_DESCRIPTION.test(rightClause)) && !listedForRepeal(text, start)) || ENDING_SUPPOSED.test(text.slice(tailEnd, tailEnd + 300)) || caseOpening(withoutQuotedWords(local)))) return 'cites';
  // a quoted phrase is the wording acted on ("Bãi bỏ cụm từ “… tùy theo phân cấp …” tại khoản 2 Điều 8"): its words
  // say nothing about what the verb's object is
  const object = verb >= 0 ? withoutQuotedWords(local.slice(verb)) : '';
  // an operative article or clause that opens with the verb and names the document right after it, at most through the
  // places it touches ("Điều 1. Tạm đình chỉ thi hành Quyết định số …", "Điều 3. Ngưng hiệu lực đối với điểm b khoản 1 Điều 16
  // Nghị định số …", "Điều 2. Chấm dứt hiệu lực của Quyết định số …"): "đối với" there introduces the object, it is no condition
  const opening = VERB_FIRST_ACT.exec(withoutQuotedWords(local));
  if (opening) return opening[1] !== undefined ? 'suspends' : 'repeals';
  // "Điều 1. Thu hồi Quyết định số … về việc điều động …": a decision withdrawn ends (the document right after the verb; what is
  // recovered under a decision, "Thu hồi đất theo Quyết định số …", is land; in a document that acts, outside tasks)
  if (REVOKED_FIRST.test(withoutQuotedWords(local)) && untasked() && !TASKED_HEAD.test(listHead(text, start))) return 'repeals';
  // a task of a plan or a proposal ("Xây dựng Nghị định thay thế Nghị định số …", "Rà soát để bãi bỏ Quyết định số …", "đề xuất
  // sửa đổi, bổ sung Thông tư số …"): the verb says what is to be drafted or proposed, nothing is acted on yet
  if (verb >= 0 && TASK_BEFORE_VERB.test(withoutQuotedWords(local.slice(0, lastOperativeVerbStart(local))))) return 'cites';
  // "7. Các mẫu sau đây hết hiệu lực thi hành: Mẫu số 08 ban hành kèm theo Thông tư số A; Mẫu số 07A … Thông tư số B.": an ending
  // list on the head's own line (not one that records endings: "… đã hết hiệu lực:")
  // (not a list of what was issued under it, "Các giấy phép sau đây hết hiệu lực: giấy phép cấp theo Nghị định số …", nor a list the
  // document publishes, "Công bố danh mục văn bản … không còn hiệu lực thi hành: …")
  // (the paragraph before the mention, 600 characters at most, quoted wordings blanked)
  const leadIn = withoutQuotedWords(text.slice(Math.max(pStart, start - 600), start));
  if (inOperativeBody && acting && ENDED_INLINE_LIST.test(leadIn) && !STANDARD_BEFORE.test(local) && !/(?<![\p{L}])công[ \n]+bố(?![\p{L}])/iu.test(leadIn) && untasked()) return 'repeals';
  // an ending whose subject is something issued or done under the document ("Chứng chỉ hành nghề cấp theo Nghị định số … không còn
  // hiệu lực …", "giấy phép đã cấp theo Luật … hết hiệu lực khi …"): the document is the standard followed, nothing of it ends
  if (STANDARD_BEFORE.test(withoutQuotedWords(local)) && /^[^.;]{0,300}?(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.test(text.slice(tailEnd, tailEnd + 320))) return 'cites';
  // ("Các văn bản sau đây đã hết hiệu lực thi hành: Thông tư số A; …" records endings, it ends nothing)
  if (RECORDED_INLINE_LIST.test(leadIn)) return 'cites';
  // a task given ("Giao Ban … nghiên cứu, đề xuất Bộ trưởng … thay thế Mẫu số 02 … và bãi bỏ Mẫu số 08 …"): the tasked body acts, if
  // ever, not this document
  if (verb >= 0 && (TASK_CLAUSE.test(withoutQuotedWords(local.slice(0, lastOperativeVerbStart(local)))) || TASK_CLAUSE.test(withoutQuotedWords(text.slice(lineStart(layout, start), start))))) return 'cites';
  if (verb >= 0 && DRAFT_BEFORE_VERB.test(withoutQuotedWords(local.slice(0, lastOperativeVerbStart(local))))) return 'cites';
  // a document still to be made does the act, not this one: "… trong đó có Thông tư sửa đổi, bổ sung, bãi bỏ một số điều của Thông tư
  // số …", "… ban hành văn bản thay thế Quyết định số …"
  // (after "ban hành", a document of another type than this one's is one to be issued: "c) Bộ Kế hoạch và Đầu tư ban hành Thông tư thay
  // thế Thông tư số …" in a Prime Minister's decision)
  const issuedBefore = verb >= 0 ? ISSUED_TYPE_BEFORE_VERB.exec(withoutQuotedWords(local.slice(Math.max(0, lastOperativeVerbStart(local) - 60), lastOperativeVerbStart(local)))) : null;
  const otherTypeIssued = issuedBefore !== null && layout.ownType !== null && fold(issuedBefore[1] as string) !== fold(layout.ownType);
  if (verb >= 0 && (DOCUMENT_TO_BE_MADE_BEFORE_VERB.test(withoutQuotedWords(local.slice(Math.max(0, lastOperativeVerbStart(local) - 60), lastOperativeVerbStart(local)))) || otherTypeIssued || ITEM_TO_ISSUE_REPLACING.test(text.slice(Math.max(0, start - 400), start)))) return 'cites';
  // a task of a plan written as the verb alone, whose item then names who leads it and by when ("b) Sửa đổi, bổ sung Nghị định
  // số 01/2018/NĐ-CP … để bổ sung …\n- Đơn vị chủ trì: Bộ Công an.\n- Thời gian hoàn thành: Trong năm 2024.")
  const assigned = taskAssignedAfter(text.slice(tailEnd, tailEnd + 700));
  if (verb >= 0 && assigned) return 'cites';
  // "… làm thành viên Ban Chỉ đạo …, thay thế ông Lê Văn C, nguyên Phó Giám đốc Sở … tại Quyết định số A": a member replaced in the
  // list A set, which this document amends (a committee's membership); replaced "theo" A, A is the decision the person left by
  // ("thay thế ông … đã nghỉ hưu theo Quyết định số A"), and nothing of it changes
  const personReplaced = PERSON_REPLACED_BEFORE.exec(withoutQuotedWords(local));
  // (the tasks of an article, "Phân công ông … làm thành viên …", are this document's own: the person is assigned here)
  if (personReplaced) return personReplaced[1] === 'tại' && inOperativeBody && acting ? 'amends' : 'cites';
  if (!assigned && acting && ADJUSTING_FIRST_ACT.test(withoutQuotedWords(local))) return 'amends';
  // "Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục danh mục các nhiệm vụ … kèm theo Chương trình hành động
  // của Chính phủ tại Nghị quyết số 140/NQ-CP … như sau:": what is adjusted may be described at length when the clause then
  // gives the new wording
  if (!assigned && acting && ADJUSTING_OPENING.test(withoutQuotedWords(text.slice(Math.max(0, start - 1200), start))) && !ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, start - 200), start)) && (AS_FOLLOWS_AFTER.test(text.slice(tailEnd, tailEnd + 300)) || IN_OWN_ANNEXES_AFTER.test(text.slice(tailEnd, tailEnd + 300)))) return 'amends';
  // (the places the mention is pinned to name the object, whatever words describe it before: "Bãi bỏ quy định về phụ cấp
  // … đối với nhà giáo … quy định tại Điều 4, … và Điều 9 Nghị định số …", unless they are a standard: "trái với quy định tại")
  // ("bổ sung" is a noun as often as a verb, "chi bổ sung thu nhập … theo …, đảm bảo quy định tại khoản 2 Điều 24 Nghị định số
  // …": only a repeal is read so)
  const pinned = /(?<![\p{L}])bãi[ \n]+bỏ[^]*$/iu.test(local.slice(Math.max(0, verb - 12))) ? PINNED_OBJECT.exec(object) : null;
  // (forms or annexes of the document, whatever words describe them: "Thay thế Mẫu số 01/TKN-CNKD, … theo danh mục mẫu biểu ban
  // hành kèm theo Thông tư số …")
  const annexed = ANNEXED_OBJECT.test(object);
  // ("Sửa đổi, bổ sung Quy chế đánh giá, xếp loại ban hành theo Thông tư số …": a regulation issued with the document is part of it)
  // (or with it, however its title reads, some of its articles first: "Sửa đổi, bổ sung một số điều của Quy định về quản lý nhà nước
  // đối với hoạt động quảng cáo … ban hành kèm theo Quyết định số …")
  const issuedWith = ISSUED_REGULATION_OBJECT.test(object);
  // (some provisions of the document on a matter, located in it: "Sửa đổi, bổ sung một số điều về chế độ nâng bậc lương … đối với
  // cán bộ, công chức … tại Thông tư số …" — "đối với" is the matter's, not the act's)
  const locatedPart = LOCATED_PART_OBJECT.test(object) && !PART_OBJECT_OFF.test(object);
  // (nor are provisions of it a suspension names so: "Ngưng hiệu lực thi hành đối với các quy định sau đây tại Nghị định số …")
  const suspendedProvisions = SUSPENDED_PROVISIONS_BEFORE.test(local);
  // (not inside a parenthesis that gives a place's heading: "Bãi bỏ Điều 14 (Xử lý chuyển tiếp đối với công trình bàn giao trước ngày
  // Quy định có hiệu lực) của Quy định ban hành kèm theo Quyết định số …")
  if (verb >= 0 && !(pinned && pinned[1] === undefined) && !annexed && !issuedWith && !locatedPart && !suspendedProvisions && (NOT_THE_OBJECT.test(object.replace(PLACE_HEADING_IN_PARENTHESES, ' ')) || PERSON_OBJECT.test(object))) return 'cites';
  // "Bãi bỏ thủ tục thu thập, cập nhật thông tin … quy định tại Điều 13 Nghị định số …": an administrative procedure is
  // abolished (a decision on procedures, or a decree cutting them), not the provision that sets it out
  // (but procedures numbered in a list a decision issued are items of that decision's list: "Bãi bỏ các thủ tục hành chính số 3, 4 và 7
  // Mục II Phần I Danh mục thủ tục hành chính ban hành kèm theo Quyết định số …")
  if (verb >= 0 && ((PROCEDURE_OBJECT.test(object) && !LIST_ISSUED_WITH.test(object)) || (CONDITION_OBJECT.test(object) && /^bãi[ \n]+bỏ/iu.test(local.slice(lastOperativeVerbStart(local)))))) return 'cites';
  // an amending verb of another wording, or an amendment after another act, in a clause that opens with its act (see
  // OTHER_AMENDING_VERB, openingVerb) or continues one after "và" ("Bãi bỏ điểm c … Nghị định số A và sửa đổi điểm d …
  // Nghị định số A như sau:"); not in a plan, a report or a submission, whose clauses are tasks and proposals
  if (!assigned && inOperativeBody && acting) {
    const plain = withoutQuotedWords(local);
    const opening = lastBreak >= 0 || clauseFrom === pStart ? plain : /^[ \n]*,?[ \n]*và[ \n]+/u.test(plain) ? withoutQuotedWords(text.slice(pStart, start)) : null;
    // (an annex names procedures so, "VII. Điều chỉnh Giấy phép kinh doanh …", "XI. Điều chỉnh tăng diện tích cơ sở bán lẻ …": see
    // inOperativeBody)
    const other = lastMatchEnd(OTHER_AMENDING_VERB, plain);
    // (the last verb itself, not the list it closes: "Sửa đổi, bổ sung, bãi bỏ một số điều của …" is read as before, a repeal
    // beside the amendment)
    // (a second act after "và" or a comma, not a description of other documents: "Bãi bỏ các Quyết định sửa đổi, bổ sung Quyết định số …")
    const amending = Math.max(other, verb >= 0 && /(?:^|(?:,|và)[ \n]*)$/u.test(local.slice(0, lastOperativeVerbStart(local)).replace(MARK_AND_NAY, '')) && /(?:sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung)$/iu.test(local.slice(0, verb)) ? verb : -1);
    const opened = opening === null ? null : openingVerb(opening);
    if (opened !== null && amending >= 0 && amending >= verb && wide()) {
      // (what the opening verb acts on, up to the mention: "VII. Điều chỉnh Giấy phép kinh doanh … (trường hợp thay đổi nội dung
      // quy định tại … Nghị định 09/2018/NĐ-CP)" adjusts a licence)
      const what = (opening as string).slice(opened.end);
      // (a description of what is adjusted needs the new value after it: "Điều chỉnh mức trợ cấp quy định tại khoản 1 Điều 1 Quyết
      // định số …" alone may carry out an adjustment that decision provides for; "… từ 500.000 đồng lên 800.000 đồng", "… như sau:",
      // "… thành “…”", "… đến hết ngày …" change it)
      const described = other >= verb && WEAK_AMENDING_VERB.test(opened.verb) && !opened.approved && !ADJUSTED_PLACES_ONLY.test(what) && !ANNEX_ADJUSTED.test(what);
      const after = text.slice(tailEnd, tailEnd + 300);
      if ((!described || NEW_VALUE_AFTER.test(withoutQuotedWords(after)) || NEW_NAME_AFTER.test(after)) && !OTHER_AMENDING_OBJECT_OFF.test(what) && !PERSON_OBJECT.test(what) && !PAPER_OBJECT.test(what) && !/(?<![\p{L}])(?:được|bị)[ \n]*$/u.test(plain.slice(0, Math.max(0, plain.slice(0, amending).search(/\S+(?:[ \n]+\S+)?$/u))))) return 'amends';
    }
  }
  // "Luật X số N đã được sửa đổi, bổ sung một số điều theo Luật số A và Luật số B hết hiệu lực": A and B are named in passing
  // (not a document of another type after them, which is the clause's next ended item: "… theo Luật số 34/2009/QH12 và Luật số
  // 38/2009/QH12, Nghị quyết số 19/2008/QH12 của Quốc hội về thí điểm … hết hiệu lực")
  const inPassing = AMENDED_BY_BEFORE.exec(text.slice(Math.max(pStart, start - 360), start));
  // (the amending acts of such a list go by their numbers, "Luật số …", or their amending titles; a law with a name of its own after
  // them is the clause's next ended law: "… theo Luật số 90/2015/QH13, … và Luật số 28/2018/QH14, Luật Doanh nghiệp số
  // 68/2014/QH13 và Luật Nhà ở số 65/2014/QH13 hết hiệu lực")
  if (inPassing && !(inPassing[2] !== undefined && (typeWordAt(inPassing[1] ?? '') !== typeWordAt(text.slice(start, start + 24)) || NAMED_LAW_AT.test(text.slice(start, start + 40))))) return 'cites';
  // "2. Các nghị định hướng dẫn Luật số 10/2010/QH12 hết hiệu lực …": what ends is the documents that guide it
  if (GUIDING_DOCUMENTS_OF.test(withoutQuotedWords(local))) return 'cites';
  // "… cho đến khi Luật X hết hiệu lực": a condition, not an act
  if (/(?<![\p{L}])khi[ \n]*$/u.test(local)) return 'cites';
  // (nor when the mention sits inside such a condition: "… được áp dụng đến ngày các quy định về giá đất tại Quyết định số B hết
  // hiệu lực thi hành")
  // "2. Bỏ cụm từ “, Sở Kế hoạch và Đầu tư” tại khoản 3 Điều 8 Thông tư số …": a phrase removal repeals a part (a clause that opens
  // with "Bỏ" and names what words it strikes out; "bỏ" elsewhere is an ordinary verb: "bỏ phiếu", "bỏ trống")
  if (PHRASE_REMOVAL.test(withoutQuotedWords(local))) return 'repeals';
  // "Các hành vi … đã được quy định tại Nghị định này thì không áp dụng quy định tương ứng tại Mục 2 Chương III Nghị định số …": this
  // document's provisions take the place of those it names (a part replaced)
  if (inOperativeBody && acting && SELF_DISAPPLIES_CORRESPONDING.test(withoutQuotedWords(local)) && untasked()) return 'replaces';
  // (not a task to propose it: "Giao Bộ Y tế nghiên cứu, đề xuất việc không áp dụng Điều 6 Nghị định số A … mà thực hiện theo …")
  if (inOperativeBody && acting && disappliedForThis(text, withoutQuotedWords(local), tailEnd) && untasked() && !TASK_BEFORE_DISAPPLYING.test(withoutQuotedWords(local))) return 'replaces';
  // "bãi bỏ và thay thế Quyết định số …", "Bãi bỏ Quyết định số … để thay thế bằng Quyết định này", "Quyết định này có hiệu lực
  // kể từ ngày ký, thay cho Quyết định số …": this document takes the other's place
  // (not in a task or a plan, nor replaced by another document named after: "Bãi bỏ và thay thế Quyết định số A bằng Quyết định số B";
  // "Quyết định này thay cho …" neither negated nor in a condition: "Trường hợp Quyết định này thay cho …", "… trước ngày Quyết định
  // này có hiệu lực thay cho …")
  if (((/(?<![\p{L}])bãi[ \n]+bỏ[ \n]*(?:và|,)[ \n]*thay[ \n]+thế[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)?$/iu.test(local) && !/^[^.;]{0,160}?(?<![\p{L}])bằng[ \n]+(?!(?:[^.;]{0,40}[ \n])?này(?![\p{L}]))/u.test(text.slice(tailEnd, tailEnd + 200))) || (/(?<![\p{L}])bãi[ \n]+bỏ/iu.test(local) && SELF_TAKES_PLACE_AFTER.test(text.slice(tailEnd, tailEnd + 200))) || ((SELF_INSTEAD_OF.test(withoutQuotedWords(local)) || SELF_INSTEAD_OF_PART.test(withoutQuotedWords(local)) || (acting && selfByTypeInsteadOf(layout.ownType)?.test(withoutQuotedWords(local)) === true)) && !/(?<![\p{L}])(?:không|chưa|trường[ \n]+hợp|nếu|khi|trước[ \n]+(?:ngày|khi)|đối[ \n]+với)(?![\p{L}])/iu.test(withoutQuotedWords(local)))) && (untasked() || (inOperativeBody && SELF_OPENS_INSTEAD_OF.test(withoutQuotedWords(local))))) return 'replaces';
  // ("Nghị quyết này hướng dẫn … Bộ luật Hình sự số …, thay cho phần hướng dẫn tương ứng tại Nghị quyết số …": the clause after the
  // document the self one guides)
  if (INSTEAD_OF_CORRESPONDING_BEFORE.test(local) && SELF_INSTEAD_OF.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start))) && untasked()) return 'replaces';
  // (not a row's cell of a table read one cell a line, the row before this one: "3\n…\nQuyết định số A\nBãi bỏ\n4\n…\nQuyết định số A\nBổ
  // sung vào Mục II …" — that cell acted on row 3's item)
  if (/(?<![\p{L}])bãi[ \n]+bỏ/iu.test(local.replace(EARLIER_ROW_CELL, '$1')) || (endsAfterMention(rightClause) && !CONDITION_BEFORE.test(withoutQuotedWords(local)))) return 'repeals';
  // "… các quy định về … sau đây chấm dứt hiệu lực:\nđiểm h khoản 1 Điều 182 Nghị định số …; khoản 4 Điều 12 Nghị định số …": the
  // documents (or their places) that follow the ending and its colon, listed without marks
  if (endedByColon(text.slice(Math.max(prevTailEnd, start - 400), start))) return 'repeals';
  // "Luật X số N đã được sửa đổi, bổ sung một số điều theo Luật số A, Luật số B (sau đây gọi chung là …) và Nghị quyết
  // số M … hết hiệu lực": the status description between the mention and its verb
  if (/^[ \n]*,?[ \n]*(?:đã[ \n]+)?được[ \n]+sửa[ \n]+đổi/u.test(rightClause) && /^[^.;]{0,600}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.test(text.slice(tailEnd, tailEnd + 640))) return 'repeals';
  // "2. Thông tư số 101/2018/TT-BTC ngày … của Bộ Tài chính quy định … và Thông tư số 148/2015/TT-BTC … hết hiệu lực thi
  // hành kể từ ngày …": a final clause that opens with the documents it ends, however long their titles
  // (it may open with the places it ends, or name the documents in the plural: "2. Các quy định tại khoản 1, khoản 2 Điều 1,
  // Điều 2 … Thông tư số …", "2. Các Nghị định số …, Nghị định số … và Nghị định số … hết hiệu lực")
  // (the documents may be parted by semicolons: "2. Thông tư số A … nghề nghiệp; Thông tư số B … hết hiệu lực")
  // (not a line that a condition wraps onto, "… có hiệu lực thi hành từ ngày … đến ngày,\nNghị quyết số A hết hiệu lực thi hành.": the
  // day the other ends bounds this one's effect, below)
  if (CLAUSE_OPENS_WITH_OBJECT.test(text.slice(Math.max(pStart, start - 400), start)) && !DAY_WRAPPED_BEFORE.test(text.slice(Math.max(0, start - 80), start)) && (endedAfterItems(text.slice(tailEnd, tailEnd + 2400)) || (acting && repealedAfterItems(text.slice(tailEnd, tailEnd + 2400))))) return 'repeals';
  // "2. Nghị định số 92/2008/NĐ-CP … không áp dụng với tương trợ tư pháp về dân sự kể từ ngày Nghị định này có hiệu lực": a
  // final clause that takes a matter out of the document's reach from a day ends it for that matter (a part)
  if (CLAUSE_OPENS_WITH_OBJECT.test(text.slice(Math.max(pStart, start - 400), start)) && DISAPPLIED_AFTER.test(text.slice(tailEnd, tailEnd + 600))) return 'repeals';
  // (or with no day: "3. Khoản 2 Điều 6 Quy định ban hành kèm theo Quyết định số A … không áp dụng đối với hệ thống … theo Điều 5 Quy
  // định ban hành kèm theo Quyết định này.", "5. Kể từ ngày …, các quy định về mẫu phù hiệu … tại Phụ lục 2 … Quyết định số A …
  // không còn áp dụng."; what takes their place is read with the matter, in the extractor)
  if (inOperativeBody && acting && ((w) => CLAUSE_OPENS_WITH_OBJECT.test(w) || MATTER_PROVISIONS_BEFORE.test(w))(text.slice(Math.max(pStart, start - 400), start)) && DISAPPLIED_CLAUSE_END_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 600))) && !caseOpening(withoutQuotedWords(local)) && untasked()) return 'repeals';
  // "Kể từ ngày Quyết định này có hiệu lực, không áp dụng Mục IV “Bệnh tay chân miệng” tại Hướng dẫn … ban hành kèm theo Quyết định số
  // …": a clause that opens, from a day, by disapplying places of the document ends them (what takes their place is read with the
  // matter, in the extractor); with no day it is a rule for a case, as a transitional article's "a) Không áp dụng quy định tại điểm a
  // khoản 3 Điều 61 của Luật … số …" under "Đối với xã … thì thực hiện như sau:"
  if (inOperativeBody && acting && /áp[ \n]+dụng/u.test(text.slice(Math.max(pStart, start - 600), start)) && DISAPPLIES_FIRST.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 600), start))) && untasked()) return 'repeals';
  // "A; B hết hiệu lực kể từ …": the items of a list that ends together, on one line (which may wrap: its next line goes on in
  // lower case, no item's mark); the next item names a document or its places (not "…; khi dự án bị chấm dứt, Giấy chứng nhận …
  // hết hiệu lực", a clause on papers; nor a status told at the end, "… tiếp tục thực hiện theo Thông tư số A …; Thông tư số B …
  // đã hết hiệu lực.")
  if (/^(?:[^.;\n]|\n(?=[ \t]*\p{Ll}(?![)]))){0,160};(?:[^."\n]|\n(?=[ \t]*\p{Ll}(?![)]))){0,300}(?<!(?<![\p{L}])đã[ \n]+)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.test(text.slice(tailEnd, tailEnd + 480)) && (NEXT_ITEM_NAMES_DOCUMENT.test((/^[^.]*?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.exec(text.slice(tailEnd, tailEnd + 480))?.[0] ?? '')) || /;[ \t]*\n?[ \t]*$/u.test(text.slice(Math.max(0, start - 6), start))) && !/(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế)/u.test(rightClause) && !piecesSayTheirOwn(/^[^.]*?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.exec(text.slice(tailEnd, tailEnd + 480))?.[0] ?? '')) return 'repeals';
  // "các Thông tư sau hết hiệu lực thi hành:\na) Thông tư số …": each item of the list
  // (an item that states its own verb follows it: "Điều 5. Thay thế Phụ lục, bãi bỏ một số khoản như sau:\n1. Thay thế Phụ
  // lục … ban hành kèm theo Nghị định số …")
  // (not a list the act keeps applying until another repeals it: "Công bố Danh mục văn bản … tiếp tục được áp dụng … cho đến khi có
  // văn bản sửa đổi, bổ sung, thay thế hoặc bãi bỏ, gồm:")
  // (a head that replaces as it ends is read below: "Nghị định này thay thế và bãi bỏ các văn bản sau:")
  // (or that disapplies them from this document's day: "2. Kể từ ngày Quyết định này có hiệu lực thi hành, các nội dung sau đây không
  // áp dụng:\na) Phụ lục III … ban hành kèm theo Quyết định số …;", or revokes them: "Điều 1. Thu hồi các quyết định sau đây:")
  const itemHead = listHead(text, start);
  if ((ENDING_LIST.test(itemHead) || DISAPPLYING_LIST.test(itemHead) || REVOKING_LIST.test(itemHead)) && !REPLACING_LIST.test(itemHead) && !TASKED_HEAD.test(itemHead) && !FOLLOWED_IN_ITEM.test(local) && !(CONTINUED_HEAD.test(itemHead) && !/(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/iu.test(itemHead)) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'repeals';
  // "Điều 3. Bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành\n1. Thông tư số …": an article heading that repeals
  // documents heads its items without a colon
  if ((REPEALING_HEADING.test(listHead(text, start)) || ENDING_HEADING.test(listHead(text, start))) && !TASKED_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && (ITEM_OPENS_WITH_DOCUMENT.test(local) || ITEM_OPENS_WITH_DOCUMENT.test(withoutNotes(text.slice(lineStart(layout, start), start)))) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'repeals';
  // "Nghị định này thay thế các Nghị định sau:\na) Nghị định số …": each item of the list, as after "bãi bỏ"
  if ((REPLACING_LIST.test(listHead(text, start)) || THIS_REPLACES_LIST.test(listHead(text, start))) && !TASKED_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'replaces';
  if (REPLACED_BY_THIS_LIST.test(listHead(text, start)) && !TASKED_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'replaces';
  // "2. Các quy định tại … Phụ lục IX ban hành kèm theo Nghị quyết này và mục IV, V … phần A Phụ lục XIII ban hành kèm theo Nghị
  // quyết số 17/2026/NQ-CP … có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026 đến hết ngày …": the effect article sets when
  // provisions of another document are in force, which changes that document (a part)
  // (the places are listed with semicolons and lines, so the clause is read from its mark)
  if (PROVISIONS_OF_BEFORE.test(withoutQuotedWords(left)) && PROVISIONS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(0, start - 1200), start))) && IN_FORCE_FROM_AFTER.test(text.slice(tailEnd, tailEnd + 300)) && inArticleHeaded(text, start, EFFECT_ARTICLE)) return 'amends';
  // "3. Luật Đất đai số 31/2024/QH15 có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024 thay vì ngày 01 tháng 01 năm 2025 như quy định
  // tại …": the day another document takes effect, moved by this one, changes that document
  if (inOperativeBody && acting && IN_FORCE_INSTEAD_AFTER.test(text.slice(tailEnd, tailEnd + 300)) && untasked()) return 'amends';
  // "Điều 2. Thay thế cụm từ “huyện” bằng cụm từ “xã” tại các văn bản sau:\na) Điều 3 Nghị quyết số …;", "Điều 1. Sửa đổi, bổ sung các
  // Quyết định của Ủy ban nhân dân tỉnh như sau:\n1. Quyết định số …: sửa đổi khoản 1 Điều 2.": each document the items open with
  if (ITEM_OPENS_WITH_DOCUMENT.test(local) && AMENDING_LIST.test(withoutQuotedWords(listHead(text, start))) && !TASKED_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && untasked() && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'amends';
  // "Điều chỉnh mức thu tại Biểu phí, lệ phí ban hành kèm theo các thông tư dưới đây như sau:\nSTT\n…\n1\nLệ phí …\nThông tư số
  // A\nBằng 50% mức thu quy định": each document a row of the table names (one cell a line), or an item of the list, changed in part
  if (untasked() && ((h) => h !== null && ADJUSTING_TABLE_HEAD.test(h) && !TASKED_HEAD.test(h))(tableHeadOfRow(text, start, { longCells: true }) ?? (ITEM_OPENS_WITH_DOCUMENT.test(local) && inListOfItsHead(text, start) ? listHead(text, start) : null))) return 'amends';
  // "Tạm ngưng hiệu lực áp dụng cho đến khi … đối với các văn bản sau đây:\n1. Nghị định số …": each item of the list
  if (SUSPENDING_LIST.test(listLeadIn(text, start)) && !PROPOSED_SUSPENSION.test(listLeadIn(text, start)) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'suspends';
  // "Phụ lục I — DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ\n1. Thông tư số …": each item the annex opens with (or
  // replaces: "DANH MỤC VĂN BẢN BỊ THAY THẾ", which this act's "thay thế các văn bản quy định tại Phụ lục II" refers to)
  if (repealAnnexAt(text, layout, start) !== null) return annexEnding(layout, start);
  // (not by a draft or a document yet to come: "thẩm định dự thảo bảng giá đất thay thế Quyết định số …")
  // (nor by a document a plan's row is to draft: "2 | Xây dựng Thông tư quy định về đào tạo an toàn bức xạ, … (thay thế Thông tư
  // 34/2014/TT-BKHCN)")
  // (nor what a document is only the place of, its own verb right before it: "… gói thầu Thay thế hệ thống chiếu sáng …, thuộc dự án
  // được phê duyệt tại Quyết định số …" — the equipment is replaced, the decision approved the project)
  if (/(?<![\p{L}])thay[ \n]+thế/iu.test(local) && !/thay thế bằng/u.test(local) && !PLACE_OF_ANOTHER_VERB.test(local) && !THINGS_OF_A_LIST.test(local) && !/(?<![\p{L}])(?:dự[ \n]+thảo|dự[ \n]+kiến|sẽ)(?![\p{L}])[^.;:,]{0,120}thay[ \n]+thế[^.;:]*$/iu.test(local) && !DRAFTED_REPLACING.test(text.slice(Math.max(pStart, start - 500), start)) && !DRAFTED_REPLACING_AFTER_COMMA.test(text.slice(Math.max(pStart, start - 500), start)) && !FUTURE_REPLACING_DOCUMENT.test(local)) return issuedOfAnotherType(text.slice(Math.max(pStart, start - 500), start), layout.ownType) ? 'cites' : 'replaces';
  // "Trong thời gian ngưng hiệu lực của Thông tư số …": the period of a suspension, named, not a suspension
  // (of a paper or an activity, "tạm dừng hiệu lực giấy phép … quy định tại Điều 53 Luật …", the suspension is no act on the document)
  // (a suspension named as the subject of an amended or repealed provision, "Sửa đổi Điều 76 về hoãn thi hành quyết định phạt tiền
  // của Luật …", is no suspension)
  if (/(?<![\p{L}])(?:(?:ngưng|ngừng|hoãn|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|việc[ \n]+thi[ \n]+hành|thi[ \n]+hành)|tạm[ \n]+dừng[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành))/iu.test(local) && !/(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế)(?![\p{L}])[^.;:]*(?:ngưng|ngừng|hoãn|đình[ \n]+chỉ|dừng)[ \n]/iu.test(withoutQuotedWords(local)) && !SUSPENDED_PAPER.test(local) && !(clauseFrom === prevTailEnd && SUSPENSION_IN_EARLIER_TITLE.test(withoutQuotedWords(local))) && !/(?<![\p{L}])(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp)[ \n]+(?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|việc[ \n]+thi[ \n]+hành|thi[ \n]+hành)/iu.test(local) && !PROPOSED_BY_BODY.test(withoutQuotedWords(local))) return 'suspends';
  // a correction's object is the document or its errors, or a person's name, birth date or row in a list annexed to it ("Đính
  // chính họ tên bà … tại số thứ tự 7 Danh sách kèm theo Quyết định số …") ("Đính chính Thông tư số …", "Đính chính một số lỗi kỹ thuật tại
  // Thông tư số …", "Đính chính khoản 2 Điều 5 của …"): "đính chính, công khai thông tin …", "bổ sung, đính chính thông tin lý
  // lịch tư pháp …" correct information or records, whatever document follows
  // (asked of another body, "Đề nghị Bộ Xây dựng đính chính sai sót tại …", it is a request: this document corrects nothing)
  if (CORRECTED_OBJECT.test(withoutQuotedWords(local)) && !CORRECTION_ASKED.test(local)) return 'corrects';
  // "Quyết định số … có sai sót về kỹ thuật trình bày, nay đính chính như sau:": the document named first, its errors, then the correction
  if (/^[^.;]{0,200}?(?<![\p{L}])có[ \n]+(?:một[ \n]+số[ \n]+)?(?:sai[ \n]+sót|lỗi)(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])nay[ \n]+đính[ \n]+chính(?![\p{L}])/u.test(text.slice(tailEnd, tailEnd + 360))) return 'corrects';
  // the actor of the verb: this document ("Nghị định này", "Chính phủ ban hành …"), looked for in a bounded window
  // (a run of places between the actor and the mention, "Điều 27, Điều 29, …, Điều 53 và Điều 54 của", counts as one)
  const actorWindow = text.slice(Math.max(pStart, start - 600), start).replace(PLACES_RUN, 'Điều ').slice(-300);
  // (a clause that opens with the verb acts in a document that acts, not in a notice of conclusions, a plan or a report: "a) Sửa đổi thẩm
  // quyền … tại Điều 74 và Điều 75 Nghị định số … cho phù hợp với Luật số …" in a Government Office's notice directs a draft)
  if (/(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung)/iu.test(local) && (SELF_ACTOR.test(actorWindow) || (AMENDING_HEADING.test(para) && acting) || (AMENDING_HEADING_OTHER_MARK.test(text.slice(pStart, Math.min(text.length, pStart + 200))) && wide()))) return 'amends';
  // "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12": the enacting formula
  // names this act by its title, and the number written with that title is the amended document's (this act has none
  // yet)
  if (zone !== 'body' && /(?<![\p{L}])ban[ \n]+hành[ \n]*$/u.test(local) && ENACTED_AMENDING_TITLE.test(text.slice(start, start + 300))) return 'amends';
  // the laws its own title names in the enacting formula, each with its number ("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều
  // của Luật Đấu thầu số 22/2023/QH15, Luật Đầu tư số 61/2020/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 72/2020/QH14 và
  // Luật số 03/2022/QH15, Luật Hải quan số 54/2014/QH13 …"): each law named with its name is amended; the actors of a status
  // phrase between them, "Luật số …" without a name, are not
  if (zone !== 'body' && NAMED_LAW_OPENS.test(text.slice(start, start + 40)) && ENACTING_AMENDING_LIST.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 700), start)))) return 'amends';
  // "… thực hiện xếp lương theo hướng dẫn tại khoản 1 Mục II Thông tư số 02/2007/TT-BNV": the document guides, this one follows
  // (in the article on the document's scope, a clause that opens with the verb has the document as its actor: "Điều 1. Phạm
  // vi điều chỉnh\n1. Quy định chi tiết Điều 11, … Điều 34 của Luật …")
  // (the actor is the last document named before the verb: "Thông tư này và Thông tư của Bộ Tài chính hướng dẫn … thực hiện
  // Chương trình 167" is guided by the other circular)
  // (a body given the responsibility to guide is no document guiding: "Bộ trưởng Bộ Công an có trách nhiệm hướng dẫn thi hành Nghị định
  // này và phối hợp với Bộ Tài chính hướng dẫn việc bảo đảm kinh phí thực hiện Luật …")
  if (RESPONSIBLE_TO_GUIDE.test(local)) return 'cites';
  // (and so it acts, when it announces the new wording: "Bộ Tài chính hướng dẫn sửa đổi, bổ sung Thông tư số … như sau:")
  if (acting && GUIDES_AN_AMENDMENT.test(local) && !/(?<![\p{L}])(?:đã|sẽ|đề[ \n]+nghị|yêu[ \n]+cầu)[ \n]+(?:\p{L}+[ \n]+){0,2}hướng[ \n]+dẫn[^.;:]*$/iu.test(local) && /^[^.;:]{0,200}?như[ \n]+sau[ \n]*:/u.test(text.slice(tailEnd, tailEnd + 240))) return /(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế)(?![\p{L}])[^.;:]*$/iu.test(local) ? 'amends' : 'repeals';
  // (or an operative article of its own that opens with the verb: "Điều 1. Quy định chi tiết khoản 2 Điều 4 Thông tư số … về mức chi …")
  // (the verb after "… này": "Thông tư số A … hướng dẫn cấp chứng chỉ … hết hiệu lực kể từ ngày Thông tư này có hiệu lực, trừ …
  // Phụ lục XII ban hành kèm theo Thông tư số A" — the verb is A's title, and this circular ends A)
  // (nor the verb of documents a list names: "Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật quy định chi tiết
  // Luật Đất đai năm 2024 giao …" — the listed documents are to detail the law)
  // (a document named "Hướng dẫn …" after a preposition is no verb: "… không áp dụng Mục IV “…” tại Hướng dẫn chẩn đoán, điều trị …
  // ban hành kèm theo Quyết định số …")
  if (/(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)/iu.test(local.replace(GUIDANCE_NAMED_AFTER_PREPOSITION, (x) => ' '.repeat(x.length))) && !LISTED_DOCUMENTS_VERB.test(local) && ((SELF_ACTOR.test(actorWindow) && !otherActorBeforeVerb(actorWindow) && !VERB_BEFORE_SELF.test(local) && !TASKED_ENACTMENT.test(actorWindow)) || ownVerbPastOlder(text.slice(Math.max(pStart, start - 1200), start), numberYear(text.slice(start, tailEnd))) || (scopeClause(local, layout.ownType) && inScopeArticle(text, start)) || (inOperativeBody && acting && GUIDING_ARTICLE.test(text.slice(pStart, start)))) && !FOLLOWS_GUIDANCE.test(local) && !GUIDANCE_IN_BEFORE.test(local) && !GUIDES_AN_AMENDMENT.test(local) && !APPLIED_RIGHT_BEFORE.test(local) && !INSTEAD_OF_CORRESPONDING_BEFORE.test(local)) return 'guides';
  // "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý lao động, … của Quỹ … theo quy định tại Quyết định số …": the
  // scope article's sentence locates what it guides in the provisions of a document, however long the description of what
  // is guided (and over the blank lines a conversion leaves in it); "theo Nghị quyết số …" alone says under what, not what
  if (guidedProvisionsOf(text, start) || delegatedInScope(text, start) || detailedListOf(text, start)) return 'guides';
  // "THÔNG TƯ\nQuy định chi tiết trình tự, thủ tục …\n…\nĐiều 1. Phạm vi điều chỉnh\n1. Nguyên tắc, … trình tự, thủ tục … quy định tại khoản
  // 5 Điều 24, khoản 6 Điều 41 Luật Thủ đô …": under a title that details, the scope article's items name what is detailed and
  // where it is provided
  if (zone === 'body' && OWN_TITLE_GUIDES.test(text.slice(layout.titleStart, layout.titleEnd)) && scopeItemLocates(text, start) && inScopeArticle(text, start)) return 'guides';
  // "Điều 1. Phạm vi điều chỉnh\n…\n3. Hướng dẫn thi hành một số nội dung sau đây:\na) Thanh toán chi phí thuốc … theo quy định tại khoản
  // 3 Điều 55 của Luật Đấu thầu năm 2023 …": an item of the scope article's guiding chapeau, locating what it guides in the document
  if (zone === 'body' && ((w) => w.includes('tại') && LOCATED_IN_BEFORE.test(w))(text.slice(Math.max(pStart, start - 200), start)) && GUIDING_CHAPEAU.test(listHead(text, start)) && inListOfItsHead(text, start) && /Phạm[ \n]+vi[ \n]+điều[ \n]+chỉnh/u.test(articleHeadingText(text, layout, start))) return 'guides';
  // "1. Đối với Thông tư số 08/2022/TT-BKHĐT …:\na) Ngưng hiệu lực thi hành …", "2. Đối với Thông tư số 10/2022/TT-BKHĐT …,
  // ngưng hiệu lực thi hành từ …": the clause names the document first and acts on it after (a repeal or a
  // replacement there is left as it is: its scope would be read in the points that follow)
  if (FOR_DOCUMENT.test(local)) {
    const act = FOR_DOCUMENT_ACT.exec(text.slice(tailEnd, tailEnd + 700));
    if (act) return /^(?:tạm[ ]+)?(?:ngưng|ngừng|đình)/iu.test(act[1] as string) ? 'suspends' : 'amends';
    // ("Điều 3. Đối với Nghị quyết số A … về phân loại đô thị, bãi bỏ các quy định sau đây:\na) Khoản 4 Điều 4 …": the provisions
    // the items name, repealed)
    if (FOR_DOCUMENT_REPEALS_LISTED.test(text.slice(tailEnd, tailEnd + 700))) return 'repeals';
  }
  if (zone === 'preamble' && TRIGGER_IMPLEMENTS.test(para)) return 'implements';
  return 'cites';
}

// the rest of a final clause up to "hết hiệu lực … từ ngày" (or "kể từ khi Thông tư này có hiệu lực", or its end when the
// clause opened with the day: "2. Kể từ ngày …, Nghị định số A … hết hiệu lực thi hành."), over the descriptions of its documents and the semicolons
// that part them (each one followed by the next document or the places it ends)
const ENDED_BY_COLON = new RegExp(String.raw`(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[^:.;]{0,120}:[ \n]*(?:${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,20}[ \n]+(?:của[ \n]+)?)?$`, 'u');
/** Whether `window` ends with an ending's colon and the places after it (ENDED_BY_COLON), in a sentence that does not record endings ("Công bố các Thông tư đã hết hiệu lực toàn bộ sau đây:"). */
function endedByColon(window: string): boolean {
  const m = ENDED_BY_COLON.exec(window);
  if (m === null) return false;
  const sentenceStart = Math.max(window.lastIndexOf('.', m.index), window.lastIndexOf(';', m.index)) + 1;
  return !RECORDED_HEAD.test(window.slice(sentenceStart, m.index + m[0].length));
}
const PINNED_OBJECT = new RegExp(String.raw`(?<![\p{L}])(trái[ \n]+với|theo|phù[ \n]+hợp[ \n]+với|căn[ \n]+cứ)?[ \n]*(?:quy[ \n]+định[ \n]+)?tại[ \n]+${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}[ \n]+(?:của[ \n]+)?$`, 'u');
// what may come before the first document a final clause ends, from the clause's start: its mark, the places it ends
// (after the day it takes effect: "2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định số …")
// (a chapter may be ended with the articles it holds: "2. Chương IV, bao gồm các điều 11, 12, 13, 14, 15 của Nghị định số …")
// the rest of the clause after a mention that opens it: "… được sửa đổi, bổ sung như sau:", "… được bổ sung khoản 4 như sau:",
// "… được bãi bỏ.", "… được thay thế bằng …", not "… được sửa đổi, bổ sung bởi / theo / tại …" nor "… đã được sửa đổi"
// (a suspension too: "Thông tư số … bị ngưng hiệu lực thi hành từ ngày … đến ngày …")
const PASSIVE_VERB = String.raw`(?:sửa[ \n]+đổi|sửa[ \n]+lại|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|điều[ \n]+chỉnh|(?:tạm[ \n]+)?(?:ngưng|ngừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?|thi[ \n]+hành))`;
// this document, or a form or an annex it issued: "… được thay thế bởi Mẫu số 02 ban hành kèm theo Quyết định này"
// (or its provisions: "… được thay thế bởi quy định tại Điều 2 và Điều 3 Nghị quyết này")
const OWN_FORM_OF_THIS = String.raw`(?:${PLACE_WORD}(?:[ \n]*\([^()\n]{0,80}\))?[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+|(?:các[ \n]+)?quy[ \n]+định[ \n]+tại[ \n]+(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){1,6}(?:của[ \n]+)?)?${THIS_DOCUMENT}`;
const ownPassiveAfter = (lead: string): RegExp =>
  new RegExp(String.raw`^(?:(?!(?<![\p{L}])(?:${lead})(?![\p{L}]))[^.;:]){0,300}?(?<![\p{L}])(?<!(?:đã|không|chưa|phải|cần|sẽ|có[ \n]+thể)[ \n]+)(?:được|bị)[ \n]+(${PASSIVE_VERB}(?:[ \n]*,[ \n]*${PASSIVE_VERB}|[ \n]+và[ \n]+${PASSIVE_VERB})*)(?![ \n]+(?:bởi|theo|tại)(?![\p{L}])(?![ \n]+${OWN_FORM_OF_THIS}))(?:[^.;:]{0,80}?[ \n]như[ \n]+sau|[ \n]*[.;]|(?:[ \n]+tương[ \n]+ứng)?[ \n]+(?:bằng|thành)(?![\p{L}])|[ \n]+bởi[ \n]+${OWN_FORM_OF_THIS}|(?:[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi|năm)(?![\p{L}])[^.;:]{0,160}?[.;]))`, 'u');
// a note in parentheses after the document says what it or its place is about, "(quy định trách nhiệm bảo trì đường …)": no verb
// of the clause (blanked, offsets kept)
const blankNotes = (s: string): string => s.replace(/\([^()\n]{1,200}\)/gu, (x) => ' '.repeat(x.length));
const OWN_PASSIVE_AFTER = ownPassiveAfter(String.raw`quy[ \n]+định(?![ \n]+(?:về|chi[ \n]+tiết))|hướng[ \n]+dẫn|thì|mà|nếu|khi`);
// after a title given in full, with its day (and issuer), a guiding or regulating verb is the title's own: "2. Thông tư liên tịch số
// 30/2015/TTLT-BLĐTBXH-BNV ngày 19/8/2015 của … quy định mã số … bị bãi bỏ.", "… ngày 25 tháng 5 năm 2022 hướng dẫn … được sửa đổi,
// bổ sung như sau:"
const OWN_PASSIVE_AFTER_TITLE = ownPassiveAfter(String.raw`thì|mà|nếu|khi`);
// a provision's clause that ends with it disapplied: "… không còn áp dụng.", "… không áp dụng đối với ….", "… không áp dụng kể từ ngày
// Thông tư này có hiệu lực thi hành." (no other document named between)
const DISAPPLIED_CLAUSE_END_AFTER = /^(?:(?!số[ \n]+\d)[^.;:]){0,300}?(?<![\p{L}])(?<!(?:sẽ|chưa|thì)[ \n]+)không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng(?:[ \n]*[.;]|[ \n]+(?:đối[ \n]+)?với[ \n][^.;:]{1,300}?[.;]|[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[ \n][^.;:]{1,160}?[.;])/u;
const ITEM_MARK_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*$/u;
const ITEM_ENDS_WITH_OWN_PASSIVE = new RegExp(String.raw`^[^.:\n]{0,400}?(?<![\p{L}])(?:được|bị)[ ]+(thay[ ]+thế|bãi[ ]+bỏ)[ ]+(?:bởi|bằng)[ ]+${THIS_DOCUMENT}[ \t]*[.;]?[ \t]*(?:\n|$)`, 'u');
const BY_THIS_DOCUMENT_AFTER = new RegExp(String.raw`^[^.;]{0,300}?(?:bằng|bởi)[ \n]+${THIS_DOCUMENT}`, 'u');
const DATED_TITLE = /^[^.;:]{0,60}?(?<![\p{L}])ngày[ \n]+\d|^[^.;:]{0,60}?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}/u;
// the clause names places of the document before it ("Khoản 2 Điều 3", "Phụ lục I ban hành kèm theo")
const PLACES_BEFORE_MENTION = /(?<![\p{L}])(?:[Pp]hụ[ \n]+lục|Điều|điều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Mm]ẫu[ \n]+số|[Bb]iểu[ \n]+mẫu)[ \n]+[\dA-Za-zđĐ]{1,6}[^.;:]{0,300}$/u;
// (or the provisions themselves: "Điều 2. Bỏ khoản 3 Điều 4 Thông tư số …", "2. Bỏ Phụ lục số 02 ban hành kèm theo Quyết định số …",
// "3. Bỏ Mẫu số 07 (Bảng kê …) ban hành kèm theo Hướng dẫn số …", a note of what the provision is after it)
const PHRASE_REMOVAL = new RegExp(String.raw`(?:^|[\n.;:])[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:[Bb]ỏ|[Xx](?:óa|oá)[ \n]+bỏ|[Ll]oại[ \n]+bỏ)[ \n]+(?:(?:(?:các|một[ \n]+số)[ \n]+)?(?:cụm[ \n]+từ|từ|đoạn|dấu|chữ)(?![\p{L}])[^.;:]{0,400}?[ \n](?:tại|trong|ở|của)[ \n][^.;:]{0,300}|(?:các[ \n]+)?(?:[Pp]hụ[ \n]+lục[ \n]+số[ \n]+[\dA-Za-zđĐ]{1,5}|${PLACE_WORD})(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}(?:[ \n]*\([^()\n]{1,160}\))?[ \n]+(?:(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)[ \n]+)?)$`, 'u');
// a clause that opens with what it acts on described in words, then where it stands, right before the document ("2. Thủ tục chứng
// thực giấy khám sức khỏe bản giấy quy định tại Điều 11 Thông tư số …", "Kể từ năm học 2025 - 2026, các thiết bị “…” tại số thứ tự
// 4, 5 và 6 mục I Phần A Danh mục … ban hành kèm theo Thông tư số …", "Dòng số 9 (môn Tin học) tại Phụ lục I ban hành kèm theo
// Quyết định số …"): read only with the document's own passive act after it, as the places a clause opens with are
// (no verb of its own in the description: "Hồ sơ đã nộp theo quy định tại …", "Đối tượng được hỗ trợ tại …" are other subjects;
// "bị" is no mark of one, "thiết bị")
const DESCRIBED_OBJECT_OPENS_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:[Kk]ể[ \n]+từ[ \n]+(?:ngày|năm(?:[ \n]+học)?)[^,.;:]{0,120},[ \n]*)?(?!(?:[Tt]heo|[Cc]ăn[ \n]+cứ|[Đđ]ối[ \n]+với|[Tt]rường[ \n]+hợp|[Kk]hi|[Nn]ếu|[Tt]hực[ \n]+hiện|[Áá]p[ \n]+dụng|[Gg]iao|[Đđ]ề[ \n]+nghị)(?![\p{L}]))\p{L}(?:(?!(?<![\p{L}])(?:theo|đã|được|căn[ \n]+cứ|thực[ \n]+hiện|áp[ \n]+dụng|của|thì|nếu|khi|là)(?![\p{L}]))[^.;:\n]){0,240}?[ \n](?:(?:quy[ \n]+định|nêu)[ \n]+)?tại[ \n]+(?:[^.;:\n]{0,200}?[ \n](?:của|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)|${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,10})[ \n]+$`, 'u');
// (in an article of tasks too, in the sentence after this document's own coming into force: "Điều 7. Tổ chức thực hiện\n1. Thông tư
// này có hiệu lực thi hành kể từ ngày … . Kể từ ngày này, mức thu … tại số thứ tự 3 Mục II Biểu … ban hành kèm theo Thông tư số …
// được thay thế bằng mức thu quy định tại Điều 4 Thông tư này"; or in the clause that opens with it: "Kể từ ngày Nghị quyết này có
// hiệu lực, mức thu phí … tại mục 2 Biểu mức thu ban hành kèm theo Nghị quyết số … được thay thế bằng …")
const SELF_IN_FORCE_EARLIER = new RegExp(String.raw`(?:${THIS_DOCUMENT}(?:[^.;:]{0,160}?[ \n]và)?[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[^.;:]{0,80}[.;][ \n]+|(?:^|[.;\n])[ \t]*(?:\d{1,2}[.)][ \t]*)?Kể[ \n]+từ[ \n]+(?:ngày|khi)[ \n]+${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]*,)[^.;:]*$`, 'u');
const BARE_REPLACES_NOTE = /^[ \t]*\([ \t]*[Tt]hay[ \n]+(?:thế|cho)[ \n]+$/u;
const SUBJECT_REPLACES_NOTE = /\([ \t]*[Tt]hay[ \n]+(?:thế|cho)[ \n]+$/u;
const ACTS_BY_NOTE = /^(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?|CHỈ THỊ|QUY ĐỊNH|QUY CHẾ)$/u;
const DRAFTED_IN_TITLE = /(?<![\p{L}])(?:xây[ \n]+dựng|dự[ \n]+thảo|soạn[ \n]+thảo|đề[ \n]+nghị|lập[ \n]+đề[ \n]+nghị)(?![\p{L}])/iu;
const SELF_REPLACES_NOTE = new RegExp(String.raw`^[ \t]*\([ \t]*(?:${THIS_DOCUMENT}|(?:Kế[ \n]+hoạch|Chương[ \n]+trình|Đề[ \n]+án|Quy[ \n]+chế|Chỉ[ \n]+thị|Công[ \n]+văn|Văn[ \n]+bản)[ \n]+này(?![\p{L}]))[ \n]+thay[ \n]+(?:thế|cho)[ \n]+$`, 'u');
// "Kéo dài thời hạn áp dụng toàn bộ các quy định của Nghị quyết số … đến hết ngày …": a clause that extends the term a document
// set for itself or for what it governs (a part of it changed)
const TERM_EXTENDED_OPENS_CLAUSE = /(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Kéo[ \n]+dài|Gia[ \n]+hạn)[ \n]+(?:thời[ \n]+(?:hạn|gian)|hiệu[ \n]+lực)(?:[ \n]+(?:áp[ \n]+dụng|thực[ \n]+hiện|thi[ \n]+hành|có[ \n]+hiệu[ \n]+lực))?[^.;:]{0,120}?[ \n](?:của|tại)[ \n]+$/u;
const TERM_EXTENDED_UNTIL_AFTER = /^[^.;:]{0,400}?(?<![\p{L}])(?:đến|tới)[ \n]+(?:hết[ \n]+)?(?:ngày|năm|thời[ \n]+điểm)(?![\p{L}])/u;
const OTHER_CONTENTS_KEPT_BEFORE = /(?:^|[.;][ \n]+|\n)[ \t]*(?:(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Các|Những)[ \n]+(?:nội[ \n]+dung|quy[ \n]+định)[ \n]+khác(?:[ \n]+về[^.;:\n]{0,120}?)?[ \n]+(?:tại|của)[ \n]+$/u;
const OTHER_CONTENTS_KEPT_AFTER = /^[^.;:]{0,300}?(?<![\p{L}])(?:giữ[ \n]+nguyên|không[ \n]+thay[ \n]+đổi)(?![\p{L}])/u;
const CHANGE_VERB = /(?<![\p{L}])(?:điều[ \n]+chỉnh|sửa[ \n]+đổi|thay[ \n]+đổi)(?![\p{L}])/iu;
/** Whether a sentence before the last one of `before` changes something ("… được điều chỉnh từ … lên …"). */
function changedEarlier(before: string): boolean {
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('.\n'), before.lastIndexOf(';\n'));
  return cut > 0 && CHANGE_VERB.test(before.slice(0, cut));
}
// (nor the guiding documents named as a class: "2. Các văn bản hướng dẫn thực hiện chương trình do … ban hành, gồm Thông tư số A …
// tiếp tục được áp dụng")
const GUIDANCE_NAMED_AFTER_PREPOSITION = /(?<![\p{L}])(?:(?:tại|theo|trong)[ \n]+Hướng[ \n]+dẫn|(?:[Cc]ác|[Nn]hững)[ \n]+văn[ \n]+bản[ \n]+(?:hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết))(?![\p{L}])/gu;
// a place word and the further numbers it takes ("khoản 4, 5, 6 Điều 35")
const PLACE_NUMBERS = String.raw`${PLACE_WORD}${FURTHER_NUMBERS}`;
const DISAPPLIES_FIRST = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*)?[Kk]ể[ \n]+từ[ \n]+ngày[^,.;:]{0,120},[ \n]*(?:không|ngừng)[ \n]+(?:còn[ \n]+)?áp[ \n]+dụng[ \n]+(?:(?:các[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung)[ \n]+(?:tại[ \n]+)?)?(?:(?:${PLACE_WORD}|[Pp]hần[ \n]+[\dIVXLC]{1,5})[^.;:\n]{0,300}?[ \n](?:tại|của|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+(?:[^.;:\n]{0,200}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?|${PLACE_NUMBERS}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_NUMBERS}){0,20}[ \n]+)$`, 'u');
// (after the rest of its description too: "- Quy chế số 04-QC/TU, ngày 12/01/2016 của Ban Thường vụ Thành ủy về bổ nhiệm cán bộ đã hết
// hiệu lực." in a notice of a review; not "… đã hết hiệu lực kể từ ngày Quyết định này có hiệu lực")
const ENDING_NOTED_AFTER_DESCRIPTION = new RegExp(String.raw`^[^.;:()"“”]{0,160}?[ \n](?:nay[ \n]+)?đã[ \n]+(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?![ \n]+(?:(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[ \n]+${THIS_DOCUMENT}|theo|bởi|tại)(?![\p{L}]))`, 'u');
// (a place may carry a note of what it spans: "Chương III (từ Điều 14 đến Điều 25) Quy định số …")
const PLACE_NOTE = String.raw`(?:[ \n]*\([^()\n]{0,80}\))?`;
// a clause that opens with the places of the document its passive acts on, after "Kể từ ngày …," maybe, and the regulation that
// document issued: "Kể từ ngày …, khoản 3 Điều 11 Quy chế làm việc … ban hành kèm theo Quyết định số … được sửa đổi như sau:"
const CLAUSE_OPENS_WITH_OBJECT = new RegExp(String.raw`(?:^|\n|[.][ ]+|;[ \n]+(?=kể[ \n]+từ[ \n]+ngày|(?:các|những)[ \n]+(?:quy[ \n]+định|nội[ \n]+dung)[ \n]+(?:về[ \n]|tại[ \n]))|;[ \n]+và[ \n]+(?=(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Cc]hương|[Mm]ục)[ \n]+[\dIVXLC]))[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])?[ \t]*(?:[Kk]ể[ \n]+từ[ \n]+ngày[^,.;:]{0,120},[ \n]*)?(?:(?:Các|Những)[ \n]+)?(?:(?:(?:các|những)[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung)(?:[ \n]+về[ \n][^.;:\n]{1,160}?)?[ \n]+tại[ \n]+)?(?:${PLACE_NUMBERS}${PLACE_NOTE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_NUMBERS}${PLACE_NOTE}){0,40}(?:[ \n]*,[ \n]*bao[ \n]+gồm[ \n]+(?:các[ \n]+)?(?:điều|khoản|điểm)[ \n]+\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?){0,30})?[ \n]+(?:của[ \n]+|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?)?(?:(?:Quy[ \n]+(?:định|chế)|Điều[ \n]+lệ)(?![\p{L}])[^.;:\n]{0,120}?[ \n](?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?$`, 'u');
// the last guiding verb of a clause, as the guidance followed ("theo hướng dẫn tại", "được hướng dẫn bởi")
// the guidance a document holds, a noun: "… thực hiện theo Luật … và hướng dẫn tại Thông tư số …" (the "theo" two words back governs
// both), "… theo hướng dẫn tại khoản 2 Điều 5 Thông tư số …", "… cùng với phần hướng dẫn tương ứng tại Nghị quyết số …"
const GUIDANCE_IN_BEFORE = /(?<![\p{L}])hướng[ \n]+dẫn(?:[ \n]+tương[ \n]+ứng)?[ \n]+tại(?:[ \n]+(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}(?:[ \n]*,|[ \n]+và)?){0,8}(?:[ \n]+của)?[ \n]*$/u;
// the replacing document yet to come, a noun: "Trong thời gian chưa có văn bản thay thế, tiếp tục thực hiện Nghị định số …", "… áp dụng
// cho đến khi văn bản thay thế Nghị định số … có hiệu lực"
const FUTURE_REPLACING_DOCUMENT = /(?<![\p{L}])(?:chưa[ \n]+(?:có|ban[ \n]+hành)|(?:cho[ \n]+)?đến[ \n]+khi(?:[ \n]+có)?|khi[ \n]+có)[ \n]+(?:các[ \n]+)?(?:văn[ \n]+bản|quy[ \n]+định|nghị[ \n]+định|thông[ \n]+tư|quyết[ \n]+định|nghị[ \n]+quyết)(?:[ \n]+mới)?[ \n]+thay[ \n]+thế(?![\p{L}])/iu;
// (or things replaced that a list issued with it names: "… lập kế hoạch thay thế phương tiện, thiết bị thuộc Danh mục phải loại bỏ ban
// hành kèm theo Quyết định số …", "Chủng loại cây trồng thay thế: lim xẹt, bằng lăng, … thuộc Danh mục cây khuyến khích trồng … ban
// hành kèm theo Quyết định số …" — the equipment and the trees are replaced, the list only says which)
const THINGS_OF_A_LIST = /(?<![\p{L}])thay[ \n]+thế(?![\p{L}])(?![ \n:]*(?:các[ \n]+|toàn[ \n]+bộ[ \n]+)?(?:[Pp]hụ[ \n]+lục|[Dd]anh[ \n]+mục|[Dd]anh[ \n]+sách|[Mm]ẫu|[Bb]iểu|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Bb]ảng|[Qq]uy[ \n]+(?:định|chế|trình)|[Nn]ội[ \n]+dung|[Tt]hủ[ \n]+tục|[Đđ]ơn[ \n]+giá|[Gg]iá|[Mm]ức)(?![\p{L}]))[^.;]{1,160}?(?<![\p{L}])thuộc[ \n]+(?:các[ \n]+)?(?:[Dd]anh[ \n]+mục|[Dd]anh[ \n]+sách)(?![\p{L}])[^.;:]{0,200}?(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]*$/u;
const PLACE_OF_ANOTHER_VERB = /(?<![\p{L}])thuộc[ \n]+(?:các[ \n]+)?(?:dự[ \n]+án|đề[ \n]+án|chương[ \n]+trình|kế[ \n]+hoạch)(?![\p{L}])[^.;:]{0,120}?(?<![\p{L}])(?:đã[ \n]+)?được[ \n]+(?:phê[ \n]+duyệt(?:[ \n]+(?:điều[ \n]+chỉnh|bổ[ \n]+sung))?|giao|cấp|bố[ \n]+trí)[ \n]+(?:tại|theo)[ \n]*$/u;
const FOLLOWS_GUIDANCE = /(?<![\p{L}])(?:theo|được|đã[ \n]+được)[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])(?![^]*(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn))/iu;
// (or goes on after a semicolon, its subject the decree's: "Nghị định này hướng dẫn thi hành … Luật số A …; quy định chi tiết điểm 13
// của Nghị quyết số B")
// (a page that renders the article in its own words may drop "này": "Điều 1. Phạm vi điều chỉnh\nNghị định quy định chi tiết một số
// điều của Luật Giáo dục đại học, bao gồm:" — in the scope article, a bare type word is this document)
// (the article's heading may open the clause's window: "Phạm vi điều chỉnh\nNghị định quy định chi tiết …")
const SCOPE_CLAUSE = /^[ \t\n]*(?:Phạm[ \t]+vi[ \t]+điều[ \t]+chỉnh[^\n]{0,60}\n[ \t\n]*)?(?:\d{1,2}[.)][ \t]*|[a-zđ][)][ \t]*|[-+•][ \t]*)?(?:(Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết)[ \n]+)?(?:[Qq]uy[ \n]+định[ \n]+chi[ \n]+tiết|[Hh]ướng[ \n]+dẫn)(?![\p{L}])/u;
const scopeClause = (local: string, ownType: string | null): boolean => {
  const m = SCOPE_CLAUSE.exec(local);
  // (a document whose own type the layout found must be of the word's type; a page without its header is taken at its word)
  return m !== null && (m[1] === undefined || ownType === null || m[1].replace(/\s+/gu, ' ').toLowerCase() === ownType.replace(/\s+/gu, ' ').toLowerCase());
};
// places of another document right before it ("… phần A Phụ lục XIII ban hành kèm theo", "… khoản 2 Điều 5 của")
const PROVISIONS_OF_BEFORE = /(?<![\p{L}])(?:[Pp]hụ[ \n]+lục|Điều|điều|khoản|điểm|[Mm]ục|[Pp]hần|[Cc]hương)[ \n][^.;:]{0,200}?(?:ban[ \n]+hành[ \n]+kèm[ \n]+theo|của|tại)[ \n]*$/u;
// the rest of the sentence gives a day the provisions take effect
// a clause that opens with the provisions it sets in force and has no sentence end before the mention
// (not a description of this document's own provisions: "2. Các quy định tại Điều 10 Thông tư này hướng dẫn thực hiện khoản 3
// Điều 5 của Thông tư số … có hiệu lực …" sets this circular's own provisions in force)
const PROVISIONS_CLAUSE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:(?:Các|Những)[ \n]+(?:quy[ \n]+định|nội[ \n]+dung)|Quy[ \n]+định|Nội[ \n]+dung)[ \n]+(?:tại|của)[ \n](?:(?!này[ \n]+(?:hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết))(?:[^.:\n]|\.(?=\d)|\n(?![ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|Điều[ ]\d))))*$/u;
const IN_FORCE_INSTEAD_AFTER = /^[^.;]{0,120}?(?<![\p{L}])có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+ngày[ \n]+\d[^.;]{0,40}?[ \n]thay[ \n]+vì[ \n]/u;
const IN_FORCE_FROM_AFTER = /^[^.;]{0,250}?(?<![\p{L}])(?:có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?|được[ \n]+áp[ \n]+dụng)[ \n]+(?:kể[ \n]+)?từ[ \n]+ngày[ \n]+\d/u;
const EFFECT_ARTICLE = /(?:^|[ ])(?:[Hh]iệu[ ]+lực|[Đđ]iều[ ]+khoản[ ]+thi[ ]+hành)/u;
const ATTACHED_RULES = /^\n[ \t]*(?:QUY[ ]+ĐỊNH|QUY[ ]+CHẾ|ĐIỀU[ ]+LỆ)[ \t]*\n/u;
const EFFECT_HEADING_LINE = /^\n?[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*(?:[Hh]iệu[ ]+lực(?:[ ]+thi[ ]+hành)?|[Đđ]iều[ ]+khoản[ ]+thi[ ]+hành)[ \t]*\.?[ \t]*\n/u;
/** Whether `start` lies in the effect article of the regulation attached after the decision's articles (see `attachedStart`). */
function inAttachedRulesEffect(text: string, layout: Layout, start: number): boolean {
  const attached = attachedStart(text, layout);
  if (start < attached || !ATTACHED_RULES.test(text.slice(attached, attached + 40))) return false;
  const before = text.slice(Math.max(attached, start - 3000), start);
  const at = lastArticleHeading(before);
  return at >= 0 && EFFECT_HEADING_LINE.test(before.slice(at));
}
// the self's enacting formula naming its own amending title, up to a law of its list (no sentence end between)
const ENACTING_AMENDING_LIST = /(?<![\p{L}])ban[ \n]+hành[ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung)[^.;:]{0,600}?[ \n]của[ \n](?:[^.;:]{0,600}?(?:,|[ \n]và))?[ \n]*$/u;
const NAMED_LAW_OPENS = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+\p{Lu}(?!\p{Lu}*[ \n]*\d)/u;
// "Bộ Tài chính hướng dẫn sửa đổi, bổ sung Thông tư số …": the guidance is the amendment itself (the older circulars' wording)
const GUIDES_AN_AMENDMENT = /(?<![\p{L}])hướng[ \n]+dẫn[ \n]+(?:việc[ \n]+)?(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế)(?![\p{L}])[^.;:]*$/iu;
// what is still done under the document ("Các nội dung khác không hướng dẫn tại Thông tư này vẫn thực hiện theo Thông tư số …"): it is
// applied, the guiding verb is the other clause's
const APPLIED_RIGHT_BEFORE = /(?<![\p{L}])(?:thực[ \n]+hiện|áp[ \n]+dụng)[ \n]+theo(?:[ \n]+quy[ \n]+định)?(?:[ \n]+(?:tại|của))?[ \n]*$/iu;
// a suspension in the title of the document named right before the clause's text ("Xét đề nghị của Thủ tướng Chính phủ tại Quyết định số 1502/QĐ-TTg …
// về việc đình chỉ việc thi hành một phần Nghị quyết số …"): that document's act, not this one's
const SUSPENSION_IN_EARLIER_TITLE = /^[^.;:]{0,160}?[ \n]về(?:[ \n]+việc)?[ \n]+(?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)(?![\p{L}])/u;
const GUIDING_ARTICLE = /^[ \t\n]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*(?:Quy[ \n]+định[ \n]+chi[ \n]+tiết|Hướng[ \n]+dẫn[ \n]+(?:thi[ \n]+hành|thực[ \n]+hiện))(?![\p{L}])[^.;:\n]{0,200}$/u;
const CONTINUED_HEAD = /(?<![\p{L}])(?:tiếp[ \n]+tục[ \n]+(?:được[ \n]+)?(?:áp[ \n]+dụng|thực[ \n]+hiện|có[ \n]+hiệu[ \n]+lực)|(?:cho[ \n]+)?đến[ \n]+khi[ \n]+có[ \n]+văn[ \n]+bản)(?![\p{L}])/iu;
const ENACTED_AMENDING_TITLE = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Thông[ \n]+tư|Nghị[ \n]+quyết|Quyết[ \n]+định)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung)[^.;]{0,200}?[ \n]của[ \n]/u;
// (or "Tại" the document, its items after: "1. Tại Nghị quyết số … (về …):\na) Khoản 2 Điều 1 được sửa đổi: …")
const FOR_DOCUMENT = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•]|(?:Điều|Ðiều)[ \t]+\d{1,3}[a-zđ]?[.:])?[ \t]*(?:Đối[ \n]+với|Tại)[ \n]*$/u;
const FOR_DOCUMENT_REPEALS_LISTED = /^[^.;:]{0,500}?,[ \n]*bãi[ \n]+bỏ[ \n]+(?:các|những|một[ \n]+số)[ \n]+(?:quy[ \n]+định|điều|khoản|điểm|nội[ \n]+dung)(?:[ \n]*,[ \n]*(?:điều|khoản|điểm))*[ \n]+(?:sau(?:[ \n]+đây)?|như[ \n]+sau)[ \n]*:/u;
const FOR_DOCUMENT_ACT = /^[^.;]{0,500}?[,:][ \n]*(?:[a-zđ][)][ \t]*)?((?:tạm[ ]+)?(?:ngưng|ngừng)[ \n]+hiệu[ \n]+lực|đình[ \n]+chỉ[ \n]+(?:hiệu[ \n]+lực|việc[ \n]+thi[ \n]+hành)|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu;
