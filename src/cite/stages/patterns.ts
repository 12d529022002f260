/** Patterns and small sets two or more stages of the extractor share. */
import { isLetterCode } from '../../text/normalize.js';
import type { Relation } from '../schema.js';
import { SYMBOL_SCAN } from '../symbol.js';

export const SYMBOL_RE = SYMBOL_SCAN;
// type words a partial number may follow ("Chỉ thị 05", "Đề án 202"), tried where wordCandidates found the type word
export const PARTIAL_TYPES = String.raw`Chỉ[ ]+thị|Nghị[ ]+quyết|Quyết[ ]+định|Đề[ ]+án|Kết[ ]+luận|Quy[ ]+định|Nghị[ ]+định|Thông[ ]+tư|Chương[ ]+trình|Kế[ ]+hoạch|Công[ ]+văn|Hướng[ ]+dẫn|Thông[ ]+báo`;
// scanning regexes start with literal text, not a look-behind, so that the engine can skip ahead; this checks the left edge
const isWordCode = (c: number): boolean => isLetterCode(c) || (c >= 48 && c <= 57);
/** A letter, mark or digit right before `at`: the left edge the scanning regexes cannot check cheaply. */
export const wordBefore = (text: string, at: number): boolean => at > 0 && isWordCode(text.charCodeAt(at - 1));
export const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
/** The amending verb in a mention's own words: an amending act named by its title ("Luật sửa đổi, bổ sung một số điều của Luật …"). */
export const AMENDING_NAME = /(?<![\p{L}])sửa[ \n]+đổi(?![\p{L}])/u;
// a resolution is below a law unless the National Assembly or its Standing Committee adopts it: one whose own number
// names another issuer ("…/2026/NQ-CP" of the Government, "…/NQ-HĐND" of a provincial council) amends no law, even one it
// derogates from under a special mechanism ("cắt giảm, sửa đổi ngành, nghề … quy định tại Phụ lục IV của Luật Đầu tư")
export const LEGISLATIVE_RESOLUTION = /\/(?:NQ-)?(?:QH|UBTVQH)\d{0,2}$/u;
// (an article, a clause or a point by its number: "Điều 8", "khoản 4")
export const NUMBERED_PLACE = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \n]+\d{1,3}[a-zđ]?`;
export const ACTING_RELATIONS = new Set<Relation>(['amends', 'repeals', 'replaces', 'suspends', 'corrects']);
// a circular succeeds a joint circular on its subject as it does a circular
export const succession = (type: string): string => (type === 'Thông tư liên tịch' ? 'Thông tư' : type);
export const OPERATIVE_LIST = new Set<Relation>(['amends', 'repeals', 'replaces', 'suspends', 'guides']);
// or the places of the next item, listed ("…Thông tư số 12/2015/TT-BTC; khoản 5, khoản 9, khoản 11 Điều 1; khoản 3 Điều 3
// Thông tư số 22/2019/TT-BTC", "… Thông tư số 12/2015/TT-BTC và các Mẫu số 07A, Mẫu số 07B ban hành kèm theo Thông tư …")
// (one place word may number several: "các Điều 27, 28, 29 và 30")
export const PLACE = String.raw`(?:các[ \n]+)?(?:Điều|điều|khoản|điểm|Phụ[ \n]+lục|Mẫu[ \n]+số|Chương|Mục)[ \n]+[\dA-Za-zđĐ]{1,5}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+)\d{1,3}[a-zđ]?(?![\d\/\p{L}]))*`;
export const ALIAS_CLAUSE = /\([ \n]*(?:sau[ \n]+đây[ \n]+)?gọi[ \n]+(?:tắt[ \n]+|chung[ \n]+)?là[^()]{0,120}\)/gu;
// words that put a verb or a condition of their own in that description
// ("theo" as a condition: "theo quy định", "theo Luật …"; "theo phương thức đa cấp" describes)
export const OWN_VERB_IN_DESCRIPTION = /(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|ngưng|đình[ \n]+chỉ|được|(?<!kèm[ \n]+)theo(?=[ \n]+(?:quy[ \n]+định|hướng[ \n]+dẫn|đề[ \n]+nghị|yêu[ \n]+cầu|văn[ \n]+bản|các|(?:Bộ[ \n]+)?[Ll]uật|Nghị|Thông|Quyết|Pháp|Chỉ))|căn[ \n]+cứ)(?![\p{L}])/iu;
// the title of an ended document may say what it amended ("Nghị định số 18/2026/NĐ-CP ngày … sửa đổi, bổ sung một số nghị
// định …; các Điều 27, 28 … của Nghị định số …"): no verb of the list when the list ends documents
// (a benefit a title names is no status: "… quà biếu, tặng nhập khẩu được miễn thuế; số 06/2003/NĐ-CP …", "… diện tích tối thiểu
// được tách thửa …"; nor is "bãi bỏ" in a
// title's series of verbs, "Thông tư số A … sửa đổi, bổ sung, bãi bỏ một số điều của các Thông tư …; Thông tư số B …")
export const OWN_VERB_IN_ENDED_TITLE = /(?<![\p{L}])(?:(?<!(?:sửa[ \n]+đổi|bổ[ \n]+sung)[ \n]*,[ \n]*)bãi[ \n]+bỏ|thay[ \n]+thế|(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|ngưng|đình[ \n]+chỉ|được(?![ \n]+(?:miễn|giảm|hưởng|tách|cấp|phép|giao|hỗ[ \n]+trợ|công[ \n]+nhận)(?![\p{L}]))|(?<!kèm[ \n]+)theo(?=[ \n]+(?:quy[ \n]+định|hướng[ \n]+dẫn|đề[ \n]+nghị|yêu[ \n]+cầu|văn[ \n]+bản|các|(?:Bộ[ \n]+)?[Ll]uật|Nghị|Thông|Quyết|Pháp|Chỉ))|căn[ \n]+cứ)(?![\p{L}])/iu;
// (the separator may be missing: "… Thông tư số 13/2015/TT-BTC khoản 4, khoản 6 Điều 1 Thông tư số 13/2020/TT-BTC")
export const PLACES_CONTINUATION = new RegExp(String.raw`^[ \n]*(?:[;,][ \n]*(?:và[ \n]+)?|và[ \n]+)?${PLACE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,40}(?:[ \n]+(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo))?[ \n]*$`, 'u');
export const REPEALED_AFTER = /^[^.;:]{0,160}?(?<![\p{L}])(?:được|bị)[ \n]+bãi[ \n]+bỏ(?![\p{L}])/u;
