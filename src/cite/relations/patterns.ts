/**
 * The vocabulary several readers of relations share: whitespace that may be a line break, clause and list marks, places
 * ("khoản 2 Điều 5"), the acting verbs, "… này" for the citing document itself, table rows.
 */

export const S = String.raw`(?:[ ]+|[ ]*\n[ ]*)`;
export const BREAK = /[;.:!?](?:[ \n]|$)|\n[ ]*\n/;
// (a guiding verb before the "và" is the head's own description: "Nghị định số … quy định chi tiết và hướng dẫn thi hành …")
export const GUIDING_VERB_WORD = /(?<![\p{L}])(?:quy[ \n]+định|hướng[ \n]+dẫn)(?![\p{L}])/iu;
export const TRIGGER_IMPLEMENTS = /^[ ]*(?:[-+•][ ]*)?(?:\d+[.)][ ]*)?(?:Thực hiện|Triển khai|Tiếp tục thực hiện|Cụ thể hóa|Cụ thể hoá|Để (?:triển khai|thực hiện|cụ thể hóa))/iu;
export const TRIGGER_BASIS = /^[ ]*(?:[-+•][ ]*)?(?:Căn cứ|Căn cứ vào)(?![\p{L}])/iu;
// the mark a clause may open with: any a drafter uses ("Điều 1.", "II.", "A.", "1.1.", "2.3)", "-", "+"); the actor that
// decides opens a Party's or a council's clause ("Bộ Chính trị quyết định sửa đổi …", "Ban Bí thư đồng ý sửa đổi, bổ sung …")
export const CLAUSE_MARK = String.raw`(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[A-ZĐ][.)]|[-+•])`;
export const ACTOR_DECIDES = String.raw`(?:(?:Ủy|Uỷ)[ ]+ban[ ]+nhân[ ]+dân|UBND|Hội[ ]+đồng[ ]+nhân[ ]+dân|HĐND|Chính[ ]+phủ|Thủ[ ]+tướng[ ]+Chính[ ]+phủ|Bộ[ ]+Chính[ ]+trị|Ban[ ]+Bí[ ]+thư|Ban[ ]+Chấp[ ]+hành|Ban[ ]+Thường[ ]+vụ|Thường[ ]+trực|Bộ[ ]+trưởng|Chủ[ ]+tịch)(?:[ ]+[^ .;:\n]+){0,8}?[ ]+(?:quyết[ ]+định|đồng[ ]+ý|thống[ ]+nhất|quyết[ ]+nghị)[ ]+`;
// an operative clause that opens with an amending verb of another wording than "sửa đổi, bổ sung" (old texts, adjusted plans and
// investment decisions, terms extended, amounts raised): "Điều 1. Sửa lại Điều 3 Quyết định số …", "Điều chỉnh lại khoản 1 Điều
// 3 …", "Thay đoạn “…” tại khoản 2 Điều 4 Nghị định số … bằng …", "Sửa cụm từ “…” thành cụm từ “…” tại …", "Đổi tên Quy chế ban hành kèm theo …", "Điều chỉnh chủ trương đầu
// tư dự án … tại Quyết định số …", "Kéo dài thời gian thực hiện Nghị quyết số …", "Nâng mức hỗ trợ quy định tại …", "Phê duyệt
// điều chỉnh dự án … đã được phê duyệt tại Quyết định số …"
export const OTHER_AMENDING_WORDS = String.raw`(?:sửa[ \n]+lại|điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?:[ \n]+(?:lại|cục[ \n]+bộ))?|thay[ \n]+đổi|đổi[ \n]+tên|(?:thay|sửa)[ \n]+(?:cụm[ \n]+từ|từ|đoạn|câu|số[ \n]+liệu)|nâng|kéo[ \n]+dài|gia[ \n]+hạn|lùi(?=[ \n]+thời[ \n]+(?:điểm|hạn|gian))|mở[ \n]+rộng(?=[ \n]+(?:phạm[ \n]+vi|đối[ \n]+tượng))|đưa[ \n]+ra[ \n]+khỏi|bổ[ \n]+sung[ \n]+thêm)`;
export const ACT_WORDS = String.raw`(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ|thay[ \n]+thế)`;
export const OTHER_AMENDING_AT = new RegExp(String.raw`^${OTHER_AMENDING_WORDS}(?![\p{L}])`, 'u');
export const ACT_AT = new RegExp(String.raw`^${ACT_WORDS}(?![\p{L}])`, 'u');
// a paper or a procedure adjusted ("VII. Điều chỉnh Giấy phép kinh doanh cho tổ chức … (trường hợp thay đổi nội dung quy định tại
// … Nghị định 09/2018/NĐ-CP)"): no act on the document
export const PAPER_OBJECT = /^[ \n]*(?:(?:các|một[ \n]+số)[ \n]+)?(?:giấy|chứng[ \n]+chỉ|chứng[ \n]+nhận|thẻ|hợp[ \n]+đồng|thủ[ \n]+tục|hồ[ \n]+sơ)(?![\p{L}])/iu;
// (a part numbered in capitals, "Mục 3 Phần II Chỉ thị số …", and a numbered table, "Biểu số 03 kèm theo Nghị quyết số …", are
// places too)
export const PLACE_WORD = String.raw`(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục(?:[ \n]+số)?|[Mm]ẫu[ \n]+số)[ \n]+[\dA-Za-zđĐ]{1,5}(?:\.\d{1,2}){0,2}|Phần[ \n]+(?:[IVXLC]{1,6}|\d{1,2})(?![\p{L}\d])|[Bb]iểu[ \n]+số[ \n]+\d{1,3}[a-z]?(?![\p{L}\d]))`;
// a document named before another by "và" and places of its own: "… Mục 2, Điều 9, Điều 11 Thông tư số 26/2016/TT-BLĐTBXH và Mục 2,
// Điều 11, Điều 13, Điều 20,\nĐiều 22 Thông tư số 27/2016/TT-BLĐTBXH" (what lies between the two mentions)
export const AND_WITH_PLACES_BETWEEN = new RegExp(String.raw`^[ \n]*(?:,[ \n]*)?và[ \n]+${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,20}[ \n]*,?[ \n]+(?:(?:của|tại)[ \n]+)?$`, 'u');
// a day as a mention's date or a clause's time gives it: "ngày 12 tháng 5 năm 2014", "ngày 15/11/2025" (no group)
export const DAY_GIVEN = String.raw`ngày[ \n]+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4})`;
export const THIS_DOCUMENT = String.raw`(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị|Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ|Hướng[ \n]+dẫn|Kết[ \n]+luận)[ \n]+này(?![\p{L}])`;
// a list head whose items are the documents that stop being in force
// "Bãi bỏ các nội dung quy định về thuế … tại các điều, khoản của\ncác luật sau đây:" may wrap
// (the head may end with the cases it leaves to a transitional article: "… hết hiệu lực kể từ ngày Luật này có hiệu lực thi
// hành, trừ trường hợp quy định tại Điều 113 của Luật này:", "…, trừ quy định tại Điều 43 Nghị định này, cụ thể như sau:"; not with an
// exception that is the list: "…, trừ các văn bản sau đây:")
// (or with the other verb beside it, the items or a column saying which: "Các văn bản sau đây … hết hiệu lực hoặc được thay thế kể
// từ ngày Thông tư này có hiệu lực thi hành:")
export const ENDING_LIST = /(?:(?<!(?<![\p{L}])đã[ \n]+)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+(?:hoặc|và)[ \n]+(?:(?:được|bị)[ \n]+)?(?:thay[ \n]+thế|bãi[ \n]+bỏ))?(?:[ \n]+(?:toàn[ \n]+bộ|một[ \n]+phần))?(?:[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[^:.;]{0,80}?hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?)?(?:[ \n]*,?[ \n]*(?:ngoại[ \n]+)?trừ[ \n](?![^:.;]{0,200}(?<!như)[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)[ \n]*:[ \n]*$)[^:.;]{0,200})?|[Bb]ãi[ \n]+bỏ(?![ \n]+(?:(?:các|một[ \n]+số)[ \n]+)?(?:cụm[ \n]+từ|từ[ \n]+ngữ|từ|dấu|chữ)(?![\p{L}]))(?![ \n]+việc[ \n]+(?:tạm[ \n]+)?(?:dừng|ngưng|ngừng|đình[ \n]+chỉ|hoãn))[^:.;]{0,200})[ \n]*:[ \n]*$/u;
// a list head that disapplies its items from this document's day, as an ending: "2. Kể từ ngày Quyết định này có hiệu lực thi hành,
// các nội dung sau đây không áp dụng:\na) Phụ lục III … ban hành kèm theo Quyết định số …" (not a rule for a case, "Đối với xã … thì
// không áp dụng:", which opens no day of its own)
export const DISAPPLYING_LIST = new RegExp(String.raw`(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?[Kk]ể[ \n]+từ[ \n]+ngày[ \n]+${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]*,[ \n]*(?:các|những)[ \n]+(?:quy[ \n]+định|nội[ \n]+dung|văn[ \n]+bản)[ \n]+sau(?:[ \n]+đây)?[ \n]+không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng[ \n]*:[ \n]*$`, 'u');

// an article heading that repeals the documents or parts of documents its items name: "Điều 3. Bãi bỏ một số văn bản …", "Bãi bỏ
// toàn bộ 07 văn bản …", "Bãi bỏ một phần các văn bản …", "Bãi bỏ một số điều, khoản của các Thông tư sau đây", "Bãi bỏ một số
// điều, khoản" (its items name the documents), "Điều 2. Bãi bỏ" alone
export const REPEALING_HEADING = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*Bãi[ \n]+bỏ(?:[ \t]*\n$|(?:(?:[ \n]*,)?[ \n]+(?:toàn[ \n]+bộ|một[ \n]+số|một[ \n]+phần|các|những|\d{1,3}))*[ \n]+(?:(?:điều|khoản|điểm|nội[ \n]+dung)(?:[ \n]*(?:,|và)[ \n]*(?:điều|khoản|điểm))*[ \t]*\n$|(?:(?:điều|khoản|điểm|nội[ \n]+dung)(?:[ \n]*(?:,|và)[ \n]*(?:điều|khoản|điểm))*[ \n]+của[ \n]+(?:các|những)[ \n]+)?(?:văn[ \n]+bản|quy[ \n]+định|[Nn]ghị[ \n]+định|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Nn]ghị[ \n]+quyết|[Cc]hỉ[ \n]+thị)(?![\p{L}])[^:]*\n$))/u;
// an article heading that says which documents end, its items the documents: "Điều 1. Văn bản hết hiệu lực toàn bộ", "Điều 2.
// Các văn bản quy phạm pháp luật bị bãi bỏ một phần" (the whole heading; "Trách nhiệm rà soát văn bản hết hiệu lực" is none)
export const ENDING_HEADING = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*(?:Các[ \n]+|Danh[ \n]+mục[ \n]+)?[Vv]ăn[ \n]+bản(?:[ \n]+quy[ \n]+phạm[ \n]+pháp[ \n]+luật)?(?:[ \n]+bị)?[ \n]+(?:hết[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?|bãi[ \n]+bỏ)(?:[ \n]+(?:toàn[ \n]+bộ|một[ \n]+phần))?[ \t]*\n$/u;
export const OPERATIVE_VERB = /(?<![\p{L}])(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|ngưng|đình[ \n]+chỉ|đính[ \n]+chính)(?![\p{L}])/giu;
// "bãi bỏ thủ tục hành chính …", "cắt giảm thành phần hồ sơ …", "Bãi bỏ điều kiện cấp Giấy phép … quy định tại Điều 9 Nghị định
// …": the verb's object is a procedure or an abolished business condition, not a provision
// a row number alone on its line, then the row's first cells (the type word, the issuer: short lines), then the mention
// (not a place's number a wrap left alone on its line: "… và khoản 2 Điều\n5\nThông tư số …")
export const TABLE_ROW_START = /(?<!(?:^|[^\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ[ \n]+lục|[Mm]ẫu|số)[ \t]*)\n[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*\p{L}[^\n\d]{0,24}\n){0,3}[ \t]*$/u;
export const PROCEDURE_OBJECT = /^[ \n]*(?:(?:các|một[ \n]+số|\d{1,3})[ \n]+)?(?:thủ[ \n]+tục|thành[ \n]+phần[ \n]+hồ[ \n]+sơ)(?![\p{L}])/iu;
// the places written before a mention, one list of them ("Điều 7, Điều 9 và khoản 3 Điều 12 của", "điểm b, điểm c khoản 2 Điều 4",
// "khoản 1 Điều 3; khoản 2 Điều 8 và Điều 15"), anchored at the mention; and an insertion: what is inserted, "vào (sau|trước)",
// where ("Bổ sung Điều 6a vào sau Điều 6", "Bổ sung khoản 5 vào Điều 7")
// (a number, a Roman numeral or a point's letter, never a word: "điều kiện", "mục tiêu")
const SCOPE_PLACE = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Bb]iểu[ \n]+số|[Mm]ục|[Cc]hương|Phần)[ \n]+(?:\d{1,3}[a-zđ]?\d?|[IVXLC]{1,6}|[a-zđ]\d?)(?![\p{L}\d])`;
// the further numbers one place word takes, for patterns that name places by PLACE_WORD ("khoản 4, 5, 6 Điều 35", "tại khoản 8, 9
// Điều 1"); SCOPE_RUN reads the same and lettered points for the scope readers
export const FURTHER_NUMBERS = String.raw`(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?(?![\p{L}\d/])){0,20}`;
// (one place word may number several: "các khoản 5 và 6 Điều 3", "các điểm b, đ và e khoản 3 Điều 7")
export const SCOPE_RUN = String.raw`${SCOPE_PLACE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+(?:của[ \n]+)?)(?:${SCOPE_PLACE}|(?:\d{1,3}[a-zđ]?|[a-zđ]\d?)(?![\p{L}\d]))){0,40}`;
export const ACT_VERB = String.raw`(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)`;
// (not an annex's or a form's own number: "Phụ lục số 01/PL-TNCN", "Mẫu số 02/TK")
// before "số": not the number of a form or an annex ("Mẫu số 02", "Phụ lục số 3"), which names no document
export const NOT_A_FORMS_NUMBER = String.raw`(?<!(?:[Pp]hụ[ \n]+lục|PHỤ[ \n]+LỤC|[Mm]ẫu|[Bb]iểu(?:[ \n]+mẫu)?)[ \n]+)`;
export const NAMES_A_DOCUMENT = new RegExp(String.raw`${NOT_A_FORMS_NUMBER}số[ \n]*\d{1,4}\/|(?<![\p{L}])(?:Nghị định|Thông tư|Quyết định|Luật|Nghị quyết|Pháp lệnh)[ \n]+(?:số|này)`, 'u');
export const NEXT_ARTICLE = /\n[ \t]*(?:Điều[ ]+\d|Chương[ ]+[IVXLC\d])/gu;

// a cell of places: "Khoản 3 Điều 4; Điều 12", "Mục 3 Phần II Phụ lục", "Toàn bộ"
// (or the provisions by what they are about, then where: "Quy định về phụ cấp đặc thù … tại các Điều 4, 5, 6 …")
export const PLACES_CELL = /^(?:(?:[Cc]ác|[Nn]hững)[ ]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ[ ]+lục|[Mm]ẫu(?:[ ]+số)?|[Bb]iểu(?:[ ]+mẫu)?|[Tt]iết|[Tt]oàn[ ]+bộ|[Cc]ụm[ ]+từ)(?![\p{L}])|(?:[Qq]uy[ ]+định|[Nn]ội[ ]+dung)[ ][^|\t]{0,200}?[ ]tại[ ]+(?:các[ ]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ ]+lục)(?![\p{L}]))[^|\t]{0,200}$/u;
// an item that names the document what follows is done to ("3. Đối với Nghị định số …: bãi bỏ …", "Điều 7. Đối với Nghị định số
// …\n1. Thay cụm từ …"): its acts are that document's without a head that says it acts
export const FOR_DOCUMENT_ITEM = /^[ \t\u00A0]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[-+•]|Điều[ ]+\d{1,3}[a-zđ]?[.:])[ \t]*)?(?:Đối[ ]+với|Tại)[ \t]+$/u;
// where a sub-item's object ends: its sentence, its chapeau, the new wording it gives
export const OBJECT_END = /[.;:\n]|[ ](?:như[ ]+sau|bằng|thành|với[ ]+nội[ ]+dung)(?![\p{L}])/u;
// "Thay thế cụm từ … tại: khoản 2 … Điều 3; khoản 4 Điều 11; Điều 17; khoản 2 Điều 18 Thông tư số …": a semicolon
// between the places of one list of places is no clause break
export const PLACE_ITEM = /^(?:các[ \n]+)?(?:[Đđ]iều|khoản|điểm|Phụ[ \n]+lục|Mẫu[ \n]+số|Chương|Mục)[ \n]+[\dA-Za-zđĐ]/u;

// a guidance: "HƯỚNG DẪN" on its type line (see carriedOut)
export const GUIDANCE_TYPE = /^HƯỚNG DẪN/u;

// the last of a verb list before "và" ("quy định và hướng dẫn thi hành …"): a further verb of the same act, not a second act
export const VERB_BEFORE_AND = /(?<![\p{L}])(?:quy[ \n]+định(?:[ \n]+chi[ \n]+tiết)?|sửa[ \n]+đổi|bổ[ \n]+sung|hướng[ \n]+dẫn|thi[ \n]+hành|bãi[ \n]+bỏ|thay[ \n]+thế|ban[ \n]+hành|đính[ \n]+chính)[ \n]*,?[ \n]*$/iu;

// a line that opens a row of a table written between pipes, its number in the first cell ("2 | Thông tư | 110/2020/TT-BTC; …")
export const PIPE_ROW_OPENING = /^[ \t]*\|?[ \t]*\d{1,4}[.]?[ \t]*\|/u;

// a title that opens by amending ("Sửa đổi, bổ sung …", "Về việc sửa đổi …"), and a first article that does, when no title is read
export const TITLE_AMENDS = /^[ \n]*(?:Về[ \n]+(?:việc[ \n]+)?)?(?:Sửa[ \n]+đổi|Bổ[ \n]+sung)(?![\p{L}])/iu;
export const FIRST_ARTICLE_AMENDS = /(?:^|\n)[ \t]*Điều[ ]+1[ ]*[.:][ \t]*(?:Sửa[ \n]+đổi|Bổ[ \n]+sung)(?![\p{L}])/u;
// a title that opens by repealing ("Bãi bỏ …", "Về việc bãi bỏ …", "Quy định về việc bãi bỏ …"; its line breaks kept or flattened)
export const TITLE_REPEALS = /^[ \n]*(?:(?:Quy[ \n]+định[ \n]+)?Về[ \n]+(?:việc[ \n]+)?)?Bãi[ \n]+bỏ(?![\p{L}])/iu;
// "(1.) Các quy định / nội dung (hướng dẫn) về <matter> (quy định) tại <places> (của)" right before a document (or one provision,
// "3. Quy định về lưu trữ hồ sơ bệnh án dạng điện tử tại khoản 4 Điều 61 Thông tư số …") (and the table or
// regulation it issued: "… tại Điều 3 và mục 2 Biểu mức thu phí ban hành kèm theo Thông tư số …")
export const MATTER_PROVISIONS_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*|[-+•][ \t]*)?(?:(?:(?:Kể[ \n]+)?[Tt]ừ[ \n]+ngày[^.;:\n]{0,120}?,[ \n]*(?:các|những)|Các|Những)[ \n]+(?:quy[ \n]+định|nội[ \n]+dung)|Quy[ \n]+định|Nội[ \n]+dung)(?:[ \n]+hướng[ \n]+dẫn)?[ \n]+về[ \n]+([^.;:\n]{3,120}?)[ \n]+(?:quy[ \n]+định[ \n]+)?tại[ \n]+(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục)[ \n]+[\dIVXLCA-Za-zđ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:(?:(?:Biểu|Bảng|Danh[ \n]+mục|Quy[ \n]+(?:định|chế))(?![\p{L}])[^.;:\n]{0,80}?[ \n])?(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?(?:của[ \n]+)?$/u;
// (or a matter named by its head noun, no "các quy định về": "3. Mức thu lệ phí cấp giấy phép xây dựng quy định tại mục 3 Phụ lục ban
// hành kèm theo Nghị quyết số A …")
export const MATTER_NAMED_BEFORE = /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*|[-+•][ \t]*)?((?:Mức|Giá|Phí|Lệ[ \n]+phí|Định[ \n]+mức|Bảng[ \n]+giá)[ \n][^.;:\n]{3,120}?)[ \n]+(?:quy[ \n]+định[ \n]+)?tại[ \n]+(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục)[ \n]+[\dIVXLCA-Za-zđ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:(?:(?:Biểu|Bảng|Danh[ \n]+mục|Phụ[ \n]+lục|Quy[ \n]+(?:định|chế))(?![\p{L}])[^.;:\n]{0,80}?[ \n])?(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?(?:của[ \n]+)?$/u;
