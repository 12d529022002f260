import type { Relation } from './schema.js';
import { inSortedRanges, lastStartingAtOrBefore } from '../text/ranges.js';
import { lineStart, paragraphStart, zoneAt, type Layout } from './layout.js';

/**
 * Roles and relations (spec §5.2, §6.3, §6.4). A mention is HEAD (the citing
 * document refers to it), EMBEDDED (it sits in another cited document's
 * description: "Số 920-CTr/TU … về thực hiện Nghị quyết số 18-NQ/TW") or ALIAS.
 * A HEAD's relation comes from its zone and the trigger that opens its paragraph
 * or clause; an EMBEDDED mention is "cites" for the citing document and carries
 * the relation its neighbour asserts.
 */

export interface RoleInput {
  start: number;
  end: number;
  /** end of the date/issuer phrase that follows the span */
  tailEnd: number;
  type: string;
  /** inside the parentheses of an alias declaration of the previous mention */
  inAlias: boolean;
  /** a programme or project cited by its title, not its number */
  titled?: boolean;
}

export interface RoleOutput {
  role: 'head' | 'embedded' | 'alias';
  /** index of the HEAD whose description contains this mention */
  subject: number | null;
  assertedRelation: Relation | null;
  trigger: string | null;
}

const S = String.raw`(?:[ ]+|[ ]*\n[ ]*)`;
const w = (s: string): string => s.split(' ').join(S);
// a relation verb at the end of the gap, optionally followed by its object words ("một số điều của")
const REL_VERB = new RegExp(
  String.raw`(?<![\p{L}])(?<verb>` +
    [
      'về việc thực hiện', 'về thực hiện', 'thực hiện', 'về triển khai thực hiện', 'về triển khai', 'triển khai thực hiện', 'triển khai',
      'chỉ đạo quán triệt, triển khai', 'quán triệt, triển khai', 'quán triệt', 'cụ thể hóa', 'cụ thể hoá', 'hướng dẫn thi hành', 'hướng dẫn thực hiện',
      'hướng dẫn', 'quy định chi tiết và hướng dẫn thi hành', 'quy định chi tiết, hướng dẫn thi hành', 'quy định chi tiết thi hành',
      'quy định chi tiết', 'sửa đổi, bổ sung', 'sửa đổi bổ sung', 'sửa đổi', 'bổ sung', 'thay thế', 'bãi bỏ', 'đính chính',
      'tạm ngưng hiệu lực', 'ngưng hiệu lực', 'Tạm ngưng hiệu lực', 'Ngưng hiệu lực', 'đình chỉ việc thi hành',
      'tạm ngừng hiệu lực', 'ngừng hiệu lực', 'tạm dừng hiệu lực', 'hoãn hiệu lực', 'tạm hoãn thi hành', 'tạm ngừng thi hành',
      'sơ kết', 'tổng kết', 'phê duyệt', 'ban hành',
    ]
      .map(w)
      .join('|') +
    // (the places it names, a point's letter and an annex's numeral included: "(sửa đổi, bổ sung điểm c khoản 2 Điều 4, điểm e khoản 1
    // Điều 18 Thông tư số …", "(bổ sung Điều 28a vào sau Điều 28 Thông tư số …", "(sửa đổi Phụ lục III Thông tư số …")
    String.raw`)(?:(?:${S}|(?=,))(?:một|số|các|điều|Điều|khoản|điểm|nội|dung|và|biện|pháp|tổ|chức|thi|hành|chi|tiết|năm|vào|sau|trước|Phụ${S}lục|phụ${S}lục|Mục|mục|Chương|chương|[IVXLC]{1,6}(?![\p{L}])|[a-zđ]\d?(?![\p{L}])|\d{1,3}[a-zđ]?|,|của))*[ ]*(?:\n[ ]*)?$`,
  'u',
);

export function verbRelation(verb: string): Relation {
  // (a listed title opens with a capital: "Ngưng hiệu lực của Thông tư số …" in a row of a list of documents)
  const v = verb.replace(/\s+/g, ' ').toLowerCase();
  if (/(?:ngưng|ngừng|dừng|hoãn) hiệu lực|(?:ngừng|hoãn) thi hành|đình chỉ/.test(v)) return 'suspends';
  if (/thực hiện$|triển khai$|quán triệt|cụ thể hóa|cụ thể hoá|^về/.test(v) && !/hướng dẫn|quy định/.test(v)) return 'implements';
  if (/hướng dẫn|quy định chi tiết/.test(v)) return 'guides';
  if (/sửa đổi|bổ sung/.test(v)) return 'amends';
  if (/thay thế/.test(v)) return 'replaces';
  if (/bãi bỏ/.test(v)) return 'repeals';
  if (/đính chính/.test(v)) return 'corrects';
  return 'cites';
}

const BREAK = /[;.:!?](?:[ \n]|$)|\n[ ]*\n/;
const PASSIVE_BEFORE_VERB = /(?<![\p{L}])(?:được|bị)[ \n]+(?:\p{L}+[ \n]*,?[ \n]*){0,2}$/u;
const COORDINATION = /^[ \n]*(?:,|và|hoặc|,[ ]*và)[ \n]*$/;
const ITEM_MARK = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]*/u;
const OPERATIVE_AFTER_AND = /(?<![\p{L}])và[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu;
// this document acting on the mention that follows: "Thông tư này thay thế", "Nghị định này bãi bỏ một số điều của"
// (the clause's own verb may name places of the head first: "Bãi bỏ điểm c khoản 2 Điều 5 Nghị định số A và sửa đổi điểm d …")
const SELF_ACTS_ON = /(?<![\p{L}])này[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}$|(?:^|[;:][ \n]*|\n[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?)(?:[Bb]ãi[ \n]+bỏ|[Tt]hay[ \n]+thế)[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)?(?:(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}(?:\.\d{1,2}){0,2}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,12}(?:của[ \n]+)?$/u;
// "Nghị định này có hiệu lực …, thay thế Nghị định số A … quy định chi tiết …, bãi bỏ các Điều 3, 4 của Nghị định số B …": an
// effect sentence goes on from one act of this document to the next after a comma (the verb is no word of A's title)
// (not a title's list of verbs: "… của Chính phủ sửa đổi, bãi bỏ một số điều của Nghị định số B")
const OPERATIVE_AFTER_COMMA = /(?<!(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ|điều[ \n]+chỉnh)[ \n]*),[ \n]*(?:đồng[ \n]+thời[ \n]+)?$/u;
const SELF_EFFECT_THEN_ACTS = /(?<![\p{L}])này[ \n]+có[ \n]+hiệu[ \n]+lực[^.;:]{0,160}?,[ \n]*(?:và[ \n]+)?(?:bãi[ \n]+bỏ|thay[ \n]+thế)[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)?(?:(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục)[ \n]+[\dA-Za-zđĐ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,12}(?:của[ \n]+)?$/u;
const GUIDING_AFTER_AND = /(?<![\p{L}])và[ \n]+(?:hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;
// (a guiding verb before the "và" is the head's own description: "Nghị định số … quy định chi tiết và hướng dẫn thi hành …")
const GUIDING_VERB_WORD = /(?<![\p{L}])(?:quy[ \n]+định|hướng[ \n]+dẫn)(?![\p{L}])/iu;
const SELF_GUIDES_ON = /(?<![\p{L}])này[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])[^.;:]{0,100}$/u;
const COORDINATED_PLACES = /^[ \n]*,?[ \n]*và[ \n]+(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)|các[ \n]+điều|(?:Điều|điều|khoản|điểm)[ \n]+\d{1,3}[a-zđ]?)[ \n]+(?:của[ \n]+)?$/u;

const CELL_OPENING_VERB = /([\t|][ ]*)([SBT])(?=(?:ửa|ổ|hay|ãi)[ ]+(?:đổi|sung|thế|bỏ)(?![\p{L}]))/u;
const OWN_AMENDING_DESCRIPTION = /^[ \n]*,?[ \n]*(?:về[ \n]+việc[ \n]+)?sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:một[ \n]+số[ \n]+điều|các[ \n]+điều|điều)/u;
// (a converted file may put a space before the stop: "Điều 1 .")
export const ARTICLE_HEADING_LINE = /^[ \t]*Điều[ ]+\d+[a-zđ]?[ ]*[.:]/u;

// what stands between a mention and its own description: its date and its issuer, nothing else
const OWN_DATE_AND_ISSUER = /^[ \n]*(?:ngày[ \n]+\d{1,2}(?:[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|[/.-]\d{1,2}[/.-]\d{4})[ \n]*)(?:của[ \n]+(?:Chính[ \n]+phủ|Thủ[ \n]+tướng[ \n]+Chính[ \n]+phủ|Quốc[ \n]+hội|Ủy[ \n]+ban[ \n]+thường[ \n]+vụ[ \n]+Quốc[ \n]+hội|Bộ[ \n]+trưởng[^,.;:]{0,80}?|Thống[ \n]+đốc[^,.;:]{0,80}?|Ủy[ \n]+ban[ \n]+nhân[ \n]+dân[^,.;:]{0,60}?|Hội[ \n]+đồng[ \n]+nhân[ \n]+dân[^,.;:]{0,60}?)[ \n]*)?$/u;
/** `cells`: the text with the tabs that part a table's cells (the same length as `text`, which reads them as spaces). */
export function assignRoles(text: string, layout: Layout, mentions: readonly RoleInput[], cells: string = text): RoleOutput[] {
  const out: RoleOutput[] = [];
  let head = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as RoleInput;
    const prev = i > 0 ? (mentions[i - 1] as RoleInput) : null;
    if (m.inAlias && prev) {
      out.push({ role: 'alias', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    if (!prev || head < 0) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    const gap = text.slice(prev.end, m.start);
    // an article heading ends at its line: "Điều 76. Sửa đổi, bổ sung một số điều của Luật giáo dục\nSửa đổi, bổ sung, bãi bỏ …"
    // (not where the heading only wraps: its next line goes on in lower case, "Điều 1. Sửa đổi … Nghị định số 100/2024/NĐ-CP\nngày
    // 26 tháng 7 năm 2024 … một số điều\ncủa Luật Nhà ở …" — the law is in the decree's description)
    const headingEnds = gap.includes('\n') && ARTICLE_HEADING_LINE.test(text.slice(lineStart(layout, prev.start), prev.start)) && !/^[ \t]*[\p{Ll}\d]/u.test(gap.slice(gap.indexOf('\n') + 1));
    if (BREAK.test(gap) || headingEnds || paragraphStart(layout, m.start) > prev.start) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    // (a title in capitals writes its verbs so: "HƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ … QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT …"; lower
    // case keeps every offset)
    // (a cell of a table row opens its title with a capital: "2\tQuyết định số 44/2019/QĐ-UBND\tSửa đổi Quyết định số 18/2015/QĐ-UBND",
    // the next document's description; one letter changes case, so every offset stays)
    const lowered = ((t: string): string => (/\p{Ll}/u.test(t) || t.toLowerCase().length !== t.length ? t : t.toLowerCase()))(gap.length > 160 ? gap.slice(-160) : gap);
    const cell = CELL_OPENING_VERB.exec(cells.slice(Math.max(prev.end, m.start - 160), m.start));
    const tail = cell ? `${lowered.slice(0, cell.index + (cell[1] as string).length)}${(cell[2] as string).toLowerCase()}${lowered.slice(cell.index + (cell[1] as string).length + 1)}` : lowered;
    // (a passive is a status, not a description: "… Luật Bảo hiểm y tế đã được sửa đổi, bổ sung, khoản 1 Điều 19 Nghị định số …")
    const verbFound = REL_VERB.exec(tail);
    const rel = verbFound && !PASSIVE_BEFORE_VERB.test(tail.slice(0, verbFound.index)) ? verbFound : null;
    // "Thông tư này thay thế Thông tư số A … và\nbãi bỏ các Quyết định số B …": an operative verb after "và" continues the
    // clause in which this document acts on the head, it is no verb of the head's description
    // (and a guiding verb after "và" continues this document's own guiding clause: "Thông tư này quy định chi tiết thi hành Luật
    // Căn cước và hướng dẫn thực hiện Nghị định số …" — the decree is no object of the law's description)
    if (rel && rel.groups && ((OPERATIVE_AFTER_COMMA.test(tail.slice(0, rel.index)) && /^(?:bãi|thay)/u.test(rel.groups.verb as string) && SELF_EFFECT_THEN_ACTS.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 240), (mentions[head] as RoleInput).start))) || (OPERATIVE_AFTER_AND.test(tail.slice(0, rel.index + 24)) && SELF_ACTS_ON.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 120), (mentions[head] as RoleInput).start))) || (GUIDING_AFTER_AND.test(tail.slice(0, rel.index + 40)) && !GUIDING_VERB_WORD.test(tail.slice(0, Math.max(0, tail.search(GUIDING_AFTER_AND)))) && SELF_GUIDES_ON.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 160), (mentions[head] as RoleInput).start))))) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    if (rel && rel.groups) {
      const verb = rel.groups.verb as string;
      // a description after a document of the head's description, its date and issuer between, is that document's own:
      // "Nghị định số 373/2025/NĐ-CP sửa đổi … của Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi
      // tiết … Luật Quản lý thuế" — 126/2020 details the law (a guiding verb: an amending one there starts the head's next object)
      const nested = (out[i - 1] as RoleOutput).role === 'embedded' && verbRelation(verb) === 'guides' && gap.length <= 160 && OWN_DATE_AND_ISSUER.test(tail.slice(0, rel.index));
      out.push({ role: 'embedded', subject: nested ? i - 1 : head, assertedRelation: verbRelation(verb), trigger: verb.replace(/\s+/g, ' ') });
      continue;
    }
    // a programme's title in the same sentence as a numbered document is part of that document's description
    // ("Quyết định số 90/QĐ-TTg … về Chương trình mục tiêu quốc gia …")
    if (m.titled) {
      out.push({ role: 'embedded', subject: head, assertedRelation: 'cites', trigger: null });
      continue;
    }
    const prevOut = out[i - 1] as RoleOutput;
    // "… hướng dẫn thực hiện Điều 52 Luật Việc làm và một số điều của Nghị định số 28/2015/NĐ-CP …": the second object of the
    // description's verb, named with the places it touches, whatever its type
    if (prevOut.role === 'embedded' && prevOut.assertedRelation !== 'cites' && COORDINATED_PLACES.test(gap)) {
      out.push({ ...prevOut });
      continue;
    }
    // (unless the next one has its own amending description, which makes it a second document of the head's kind: "Pháp lệnh số
    // 31/2007/PL-UBTVQH11 sửa đổi một số điều của Pháp lệnh … năm 2002 và Pháp lệnh số 04/2008/UBTVQH12 sửa đổi, bổ sung một số
    // điều của Pháp lệnh … hết hiệu lực")
    // (only after an amended one: the second object of a guiding description may be an amending act, "… quy định chi tiết thi hành
    // Quyết định số 59/2015/QĐ-TTg và Quyết định số 34/2021/QĐ-TTg sửa đổi, bổ sung một số điều của …")
    // (the previous one's date and issuer may stand before the "và": "… thay thế Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 và Nghị
    // định số 27/2018/NĐ-CP …", "(thay thế Quy định số 86-QĐ/TW, ngày 01/6/2017 của Bộ Chính trị và Quy định số 30-QĐ/TW …)")
    const coordinated = COORDINATION.test(gap) || (prev.tailEnd > prev.end && prev.tailEnd <= m.start && COORDINATION.test(text.slice(prev.tailEnd, m.start)));
    if (prevOut.role === 'embedded' && coordinated && prev.type === m.type && !(prevOut.assertedRelation === 'amends' && OWN_AMENDING_DESCRIPTION.test(text.slice(m.tailEnd, m.tailEnd + 40)))) {
      out.push({ ...prevOut });
      continue;
    }
    head = i;
    out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
  }
  return out;
}

const TRIGGER_IMPLEMENTS = /^[ ]*(?:[-+•][ ]*)?(?:\d+[.)][ ]*)?(?:Thực hiện|Triển khai|Tiếp tục thực hiện|Cụ thể hóa|Cụ thể hoá|Để (?:triển khai|thực hiện|cụ thể hóa))/iu;
const TRIGGER_BASIS = /^[ ]*(?:[-+•][ ]*)?(?:Căn cứ|Căn cứ vào)(?![\p{L}])/iu;
const CLAUSE_TRIGGER = /(?:^|[;:.][ ]*|\n[ ]*)(?:[-+•][ ]*)?(?:\d+[.)][ ]*)?(căn cứ|căn cứ vào|thực hiện|triển khai|tiếp tục thực hiện|cụ thể hóa|cụ thể hoá)(?![\p{L}])/giu;
const GAZETTE_TITLE_PREFIX = /^[ ]*(?:CỦA|của)[ ][^\n]{0,160}?(?:NGÀY|ngày)[ ]+\d{1,2}[ ]+(?:THÁNG|tháng)[ ]+\d{1,2}[ ]+(?:NĂM|năm)[ ]+\d{4}[ ]+/u;
const TITLE_AMENDS = /^[ ]*(?:Về việc )?(?:Sửa đổi|Bổ sung|Sửa đổi, bổ sung)/iu;
// the types whose title acts ("Về việc điều chỉnh …"): not a submission, a report, a letter
const TITLE_ACTS = /^(?!TỜ TRÌNH|PHIẾU TRÌNH|BÁO CÁO|CÔNG VĂN|CÔNG ĐIỆN|THÔNG BÁO)/u;
const TITLE_ADJUSTS = /^[ ]*(?:Về việc )?(?:Điều chỉnh|điều chỉnh)(?![\p{L}])/u;
const TITLE_GUIDES = /^[ ]*(?:Về việc )?(?:Quy định chi tiết|Hướng dẫn)/iu;
const TITLE_REPEALS = /^[ ]*(?:Về việc )?Bãi bỏ/iu;
const TITLE_REPLACES = /^[ ]*(?:Về việc )?Thay thế/iu;
// (the other words for it take their object at once: "Tạm hoãn thi hành …", "Ngừng hiệu lực …", "Tạm dừng hiệu lực …")
const TITLE_SUSPENDS = /^[ ]*(?:Về việc )?(?:Ngưng|Tạm ngưng|Đình chỉ|(?:Tạm )?(?:ngừng|dừng|hoãn) (?:hiệu lực|(?:việc )?thi hành))/iu;
const TITLE_CORRECTS = /^[ ]*(?:Về việc )?Đính chính/iu;
const CORRECTED_OBJECT = new RegExp(String.raw`(?<![\p{L}])(?:[Đđ]ính[ \n]+chính|(?:[Đđ]iều[ \n]+chỉnh|[Ss]ửa)(?:[ \n]+lại)?(?=[ \n]+(?:(?:một[ \n]+số|các|những)[ \n]+)?(?:lỗi|sai[ \n]+sót)(?![\p{L}])))[ \n]+(?:(?:một[ \n]+số|các|những)[ \n]+)?(?:(?:lỗi|sai[ \n]+sót|nội[ \n]+dung)(?![\p{L}])[^.;:]{0,120}?(?:tại|của|trong)[ \n]+(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Mm]ục)[ \n][^.;:]{0,120}?(?:của|tại)?[ \n]*)?|(?:tên[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Mm]ục)[ \n][^.;:]{0,160}?(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)?[ \n]*|(?:(?:họ[ \n]+(?:và[ \n]+)?tên|ngày[ \n]+(?:tháng[ \n]+năm[ \n]+)?sinh|số[ \n]+thứ[ \n]+tự)(?![\p{L}])[^.;:]{0,200}?[ \n])?(?:[Dd]anh[ \n]+sách|[Pp]hụ[ \n]+lục|[Bb]iểu)(?![\p{L}])[^.;:]{0,60}?(?:kèm[ \n]+theo|ban[ \n]+hành[ \n]+kèm[ \n]+theo|của|tại)[ \n]*)?$`, 'u');
const CORRECTION_ASKED = /(?<![\p{L}])(?:[Đđ]ề[ \n]+nghị|[Kk]iến[ \n]+nghị|[Yy]êu[ \n]+cầu|[Đđ]ề[ \n]+xuất)(?![\p{L}])[^.;:]{0,80}?[Đđ]ính[ \n]+chính(?![\p{L}])/u;
// "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số …": an operative article heading
// (or a chapter's or section's heading in capitals: "Chương I\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ\n22/2013/TT-NHNN …")
// (its mark may be any a drafter uses: "II.", "A.", "1.1.", "2.3)", "-", "+"; an old text opens with "Nay", a Party's or a
// council's with its actor: "Bộ Chính trị quyết định sửa đổi …", "Ban Bí thư đồng ý sửa đổi, bổ sung …")
const CLAUSE_MARK = String.raw`(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[A-ZĐ][.)]|[-+•])`;
const ACTOR_DECIDES = String.raw`(?:(?:Ủy|Uỷ)[ ]+ban[ ]+nhân[ ]+dân|UBND|Hội[ ]+đồng[ ]+nhân[ ]+dân|HĐND|Chính[ ]+phủ|Thủ[ ]+tướng[ ]+Chính[ ]+phủ|Bộ[ ]+Chính[ ]+trị|Ban[ ]+Bí[ ]+thư|Ban[ ]+Chấp[ ]+hành|Ban[ ]+Thường[ ]+vụ|Thường[ ]+trực|Bộ[ ]+trưởng|Chủ[ ]+tịch)(?:[ ]+[^ .;:\n]+){0,8}?[ ]+(?:quyết[ ]+định|đồng[ ]+ý|thống[ ]+nhất|quyết[ ]+nghị)[ ]+`;
const AMENDING_HEADING = /^[ ]*(?:(?:Điều[ ]+\d+[a-zđ]?[.:][ ]*|\d+[.)][ ]*|[a-zđ][)][ ]*)?(?:Sửa đổi|Bổ sung)|(?:(?:MỤC|Mục)[ ]+\d{1,2}[.:]?[ ]*)?(?:SỬA[ ]+ĐỔI|BỔ[ ]+SUNG)(?![\p{L}]))/u;
// (read in the body of a document that acts, not in a plan's or a report's lists: see PROPOSING_TYPE)
const AMENDING_HEADING_OTHER_MARK = new RegExp(String.raw`^[ ]*(?:${CLAUSE_MARK}[ ]*)?(?:Nay[ ]+)?(?:(?:Sửa[ ]+đổi|Bổ[ ]+sung)|${ACTOR_DECIDES}(?:sửa[ ]+đổi|bổ[ ]+sung|điều[ ]+chỉnh)|(?:(?:MỤC|Mục)[ ]+\d{1,2}[.:]?[ ]*)?(?:SỬA[ ]+ĐỔI|BỔ[ ]+SUNG)(?![\p{L}]))`, 'u');
// an operative clause that opens with an amending verb of another wording than "sửa đổi, bổ sung" (old texts, adjusted plans and
// investment decisions, terms extended, amounts raised): "Điều 1. Sửa lại Điều 3 Quyết định số …", "Điều chỉnh lại khoản 1 Điều
// 3 …", "Thay đoạn “…” tại khoản 2 Điều 4 Nghị định số … bằng …", "Đổi tên Quy chế ban hành kèm theo …", "Điều chỉnh chủ trương đầu
// tư dự án … tại Quyết định số …", "Kéo dài thời gian thực hiện Nghị quyết số …", "Nâng mức hỗ trợ quy định tại …", "Phê duyệt
// điều chỉnh dự án … đã được phê duyệt tại Quyết định số …"
const OTHER_AMENDING_WORDS = String.raw`(?:sửa[ \n]+lại|điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?:[ \n]+(?:lại|cục[ \n]+bộ))?|thay[ \n]+đổi|đổi[ \n]+tên|thay[ \n]+(?:cụm[ \n]+từ|từ|đoạn|câu|số[ \n]+liệu)|nâng|kéo[ \n]+dài|gia[ \n]+hạn|lùi(?=[ \n]+thời[ \n]+(?:điểm|hạn|gian))|mở[ \n]+rộng(?=[ \n]+(?:phạm[ \n]+vi|đối[ \n]+tượng))|đưa[ \n]+ra[ \n]+khỏi|bổ[ \n]+sung[ \n]+thêm)`;
const ACT_WORDS = String.raw`(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ|thay[ \n]+thế)`;
const OTHER_AMENDING_VERB = new RegExp(String.raw`(?<![\p{L}])${OTHER_AMENDING_WORDS}(?![\p{L}])`, 'giu');
const OPENING_MARK = new RegExp(String.raw`^[ \t\n]*(?:${CLAUSE_MARK}[ \t]*)?`, 'u');
const MARK_AND_NAY = new RegExp(String.raw`^[ \t\n]*(?:${CLAUSE_MARK}[ \t]*)?(?:[Nn]ay[ \n]+)?`, 'u');
// "Nay", the actor that decides, "Phê duyệt": what may stand before the verb, the clause's first word capitalized
const OPENING_LEAD = new RegExp(String.raw`^(?:Nay[ \n]+(?:${ACTOR_DECIDES})?|${ACTOR_DECIDES})(?:phê[ \n]+duyệt[ \n]+)?|^Phê[ \n]+duyệt[ \n]+`, 'u');
const OTHER_AMENDING_AT = new RegExp(String.raw`^${OTHER_AMENDING_WORDS}(?![\p{L}])`, 'u');
const ACT_AT = new RegExp(String.raw`^${ACT_WORDS}(?![\p{L}])`, 'u');
/**
 * Where the opening verb of a clause ends (an amending verb of another wording, see OTHER_AMENDING_VERB, or any act), -1 when
 * the clause opens otherwise: after its mark, the first word is capitalized, the verb or what may lead it ("Nay", the actor
 * that decides, "Phê duyệt"); a page break's blank line opens no clause ("\n\nsửa đổi, bổ sung một số điều của …").
 */
function openingVerb(clause: string): { end: number; verb: string; approved: boolean } | null {
  const mark = (OPENING_MARK.exec(clause) as RegExpExecArray)[0].length;
  const first = clause.charAt(mark);
  if (first === '' || first === first.toLowerCase()) return null;
  const rest = first.toLowerCase() + clause.slice(mark + 1);
  const lead = OPENING_LEAD.exec(clause.slice(mark))?.[0] ?? '';
  const verb = OTHER_AMENDING_AT.exec(rest.slice(lead.length)) ?? ACT_AT.exec(rest.slice(lead.length));
  return verb ? { end: mark + lead.length + verb[0].length, verb: verb[0].replace(/\s+/gu, ' '), approved: /duyệt/u.test(lead) } : null;
}
// the verbs that may carry out an adjustment another document provides for ("Điều chỉnh mức trợ cấp quy định tại …"): they amend
// a described object only when the new value follows (the others change what they name by themselves: "Kéo dài …", "Đổi tên …")
const WEAK_AMENDING_VERB = /^(?:điều chỉnh(?:, bổ sung)?|nâng|bổ sung thêm)$/u;
// the object of such a verb may be the document itself or what it set: a description that ends at the document, pinned by a
// preposition or its places ("… tại", "… kèm theo", "đã được phê duyệt tại", "thành lập theo"); words of another relation in
// between make the document that relation's object ("Điều chỉnh kế hoạch thực hiện Nghị quyết số …" adjusts the plan)
const OTHER_AMENDING_OBJECT_OFF = /(?<![\p{L}])(?:(?<!(?:kèm|ban[ \n]+hành|thành[ \n]+lập|phê[ \n]+duyệt|giao)[ \n]+)theo|trái|phù[ \n]+hợp|căn[ \n]+cứ|khi|nếu|thì|trường[ \n]+hợp|hồ[ \n]+sơ|thủ[ \n]+tục|giấy[ \n]+phép|thành[ \n]+lập|lỗi|sai[ \n]+sót|ông|bà|đồng[ \n]+chí|(?<!thời[ \n]+(?:gian|hạn)[ \n]+)thực[ \n]+hiện|triển[ \n]+khai|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;
// a paper or a procedure adjusted ("VII. Điều chỉnh Giấy phép kinh doanh cho tổ chức … (trường hợp thay đổi nội dung quy định tại
// … Nghị định 09/2018/NĐ-CP)"): no act on the document
const PAPER_OBJECT = /^[ \n]*(?:(?:các|một[ \n]+số)[ \n]+)?(?:giấy|chứng[ \n]+chỉ|chứng[ \n]+nhận|thẻ|hợp[ \n]+đồng|thủ[ \n]+tục|hồ[ \n]+sơ)(?![\p{L}])/iu;
const PLACE_WORD = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số)[ \n]+[\dA-Za-zđĐ]{1,5}(?:\.\d{1,2}){0,2}`;
// a document named before another by "và" and places of its own: "… Mục 2, Điều 9, Điều 11 Thông tư số 26/2016/TT-BLĐTBXH và Mục 2,
// Điều 11, Điều 13, Điều 20,\nĐiều 22 Thông tư số 27/2016/TT-BLĐTBXH" (what lies between the two mentions)
export const AND_WITH_PLACES_BETWEEN = new RegExp(String.raw`^[ \n]*(?:,[ \n]*)?và[ \n]+${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,20}[ \n]*,?[ \n]+(?:(?:của|tại)[ \n]+)?$`, 'u');
// the object named by its places, or the document right after the verb ("Điều chỉnh lại khoản 1 Điều 3 …", "Kéo dài thời gian
// thực hiện …", "Điều chỉnh Quyết định chủ trương đầu tư số …")
const ADJUSTED_PLACES_ONLY = new RegExp(String.raw`^[ \n]*(?:(?:một[ \n]+số[ \n]+)?nội[ \n]+dung[ \n]+(?:của|tại)[ \n]+|thời[ \n]+(?:gian|hạn|điểm)(?:[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng|(?:có[ \n]+)?hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?))?(?:[ \n]+(?:của|tại))?[ \n]+)?(?:(?:${PLACE_WORD}|[Pp]hụ[ \n]+lục)(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)(?:${PLACE_WORD}|[Pp]hụ[ \n]+lục)){0,20}[ \n]+(?:(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo|kèm[ \n]+theo)[ \n]+)?)?(?:(?:Quyết[ \n]+định|Nghị[ \n]+quyết)(?:[ \n]+[\p{Ll}]+){1,5}[ \n]+)?$`, 'u');
const NEW_VALUE_AFTER = /^(?:[^.;]|\.(?=\d)){0,250}?(?:như[ \n]+sau|(?<![\p{L}])cụ[ \n]+thể[ \n]*(?:như[ \n]+sau[ \n]*)?:|(?:các|những)[ \n]+nội[ \n]+dung[ \n]+(?:sau|như[ \n]+sau)|(?<![\p{L}])(?:sau|sau[ \n]+đây)[ \n]*:|(?<![\p{L}])từ[ \n](?:[^.;]|\.(?=\d)){1,160}?[ \n](?:thành|lên|xuống|sang|đến)[ \n]|(?<![\p{L}])bằng[ \n]|(?<![\p{L}])đến[ \n]+(?:hết[ \n]+)?ngày|chi[ \n]+tiết[ \n]+tại[ \n]+(?:các[ \n]+)?[Pp]hụ[ \n]+lục|(?:theo|như)[ \n]+(?:các[ \n]+)?[Pp]hụ[ \n]+lục)/u;
// (or an annex, a table, a list of the document, whatever words describe it: "Điều chỉnh Phụ lục số 02 (Danh mục dự án …) kèm theo …")
const ANNEX_ADJUSTED = /^[ \n]*(?:[Pp]hụ[ \n]+lục|[Bb]iểu|[Bb]ảng[ \n]+giá|[Dd]anh[ \n]+mục|[Bb]ản[ \n]+đồ)(?![\p{L}])/u;
const NEW_NAME_AFTER = /^[^.;]{0,250}?(?<![\p{L}])thành[ \n]*["“]/u;
const THIS_DOCUMENT = String.raw`(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị|Quy[ \n]+định|Hướng[ \n]+dẫn|Kết[ \n]+luận)[ \n]+này(?![\p{L}])`;
const SELF_TAKES_PLACE_AFTER = new RegExp(String.raw`^[^.;]{0,120}?để[ \n]+thay[ \n]+thế[ \n]+bằng[ \n]+${THIS_DOCUMENT}`, 'u');
const SELF_INSTEAD_OF = new RegExp(String.raw`${THIS_DOCUMENT}(?:[^.;]{0,100}?[ ,])?thay[ \n]+(?:thế[ \n]+)?cho[ \n]+(?:(?:các[ \n]+)?quy[ \n]+định[ \n]+tại[ \n]+(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))+(?:của[ \n]+)?)?$`, 'u');
const TERM_OPENS_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Kể[ \n]+từ[ \n]+ngày[^,.;:]{0,120},[ \n]*)?(?:[Tt]hời[ \n]+(?:hạn|gian|điểm)|[Mm]ức(?:[ \n]+\p{Ll}+){0,3}|[Kk]hung(?:[ \n]+\p{Ll}+){0,2}|[Đđ]ịnh[ \n]+mức|[Tt]ỷ[ \n]+lệ|[Hh]ệ[ \n]+số|[Gg]iá)(?![\p{L}])[^.;:]{0,200}?[ \n]quy[ \n]+định[ \n]+tại(?:[ \n]+(?:${PLACE_WORD}|[Pp]hụ[ \n]+lục|[Bb]iểu[ \n]+\p{Ll}+))*(?:[ \n]+(?:của|ban[ \n]+hành[ \n]+kèm[ \n]+theo|kèm[ \n]+theo))?[ \n]*$`, 'u');
const TERM_CHANGED_AFTER = new RegExp(String.raw`^(?:[^.;:]|\.(?=\d)){0,160}?(?<![\p{L}])được[ \n]+(?:kéo[ \n]+dài|lùi|gia[ \n]+hạn|nâng[ \n]+lên|giảm[ \n]+xuống|điều[ \n]+chỉnh[ \n]+(?:thành|lên|xuống|theo)|thay[ \n]+bằng|(?:thực[ \n]+hiện|áp[ \n]+dụng)[ \n]+theo(?:[^.;]){0,120}?${THIS_DOCUMENT})`, 'u');
const PHRASE_OPENS_CLAUSE = /(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:Các[ \n]+)?(?:[Cc]ụm[ \n]+từ|[Tt]ừ[ \n]+ngữ|[Tt]ừ)[ \n]*[^.;:]{0,300}?[ \n](?:tại|trong|của)[ \n][^.;:]{0,300}$/u;
// the head of a list of documents amended alike, or each in its own way: a phrase replaced in each ("Thay thế cụm từ … tại các văn bản
// sau:"), or the documents amended one by one ("Sửa đổi, bổ sung các Quyết định của Ủy ban nhân dân tỉnh như sau:")
const AMENDING_LIST = /(?:^|\n)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:(?:Thay[ \n]+(?:thế[ \n]+)?|Bãi[ \n]+bỏ[ \n]+|Bỏ[ \n]+)(?:các[ \n]+|một[ \n]+số[ \n]+)?(?:cụm[ \n]+từ|từ[ \n]+ngữ|từ)(?![\p{L}])[^:]{0,400}?[ \n](?:tại|trong|của)[ \n]+(?:các|những)[ \n]+(?:văn[ \n]+bản|Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư|Chỉ[ \n]+thị)(?![\p{L}])[^:]{0,160}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)|Sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)|các[ \n]+điều)[ \n]+(?:của|tại)[ \n]+)?(?:các|những)[ \n]+(?:văn[ \n]+bản|Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư|Chỉ[ \n]+thị)(?![\p{L}])(?:(?![ \n](?:vào|làm|căn[ \n]+cứ)[ \n])[^:]){0,160}?[ \n](?:như[ \n]+sau|sau|sau[ \n]+đây)|(?:Thay[ \n]+(?:thế[ \n]+)?|Bãi[ \n]+bỏ[ \n]+|Bỏ[ \n]+)(?:các[ \n]+|một[ \n]+số[ \n]+)?(?:cụm[ \n]+từ|từ[ \n]+ngữ|từ)(?![\p{L}])[^:]{0,400}?[ \n](?:tại|trong))[ \n]*:[ \n]*$/u;
// the type lines of documents that act on none (their "Điều chỉnh …" items are tasks or proposals)
const PROPOSING_TYPE = /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|BÁO CÁO|TỜ TRÌNH|PHIẾU TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|CÔNG VĂN|HƯỚNG DẪN|CÔNG ĐIỆN|CHỈ THỊ)/u;
const actingDocuments = new WeakMap<Layout, boolean>();
/** Whether the document acts on others: not a plan, a report, a submission, a directive, nor a state notice (a Party notice of the Secretariat's conclusions amends an earlier one: "Ban Bí thư đồng ý sửa đổi, bổ sung điểm 2 Thông báo kết luận số …"). */
export function actingDocument(text: string, layout: Layout): boolean {
  let acting = actingDocuments.get(layout);
  if (acting === undefined) {
    acting = readActing(text, layout);
    actingDocuments.set(layout, acting);
  }
  return acting;
}
function readActing(text: string, layout: Layout): boolean {
  if (PROPOSING_TYPE.test(layout.ownType ?? '')) return false;
  // (a letter or a submission, "Kính gửi: …", "… kính trình Ủy ban nhân dân tỉnh xem xét")
  if (layout.ownType === null && /(?:^|\n)[ \t]*Kính[ ]+gửi|kính[ ]+trình(?![\p{L}])/u.test(text.slice(0, 4000))) return false;
  return !(/^THÔNG BÁO/u.test(layout.ownType ?? '') && !/-TB\//u.test(layout.ownNumber ?? ''));
}
// an article that gives tasks ("Điều 2. Tổ chức thực hiện\n1. Sở Tư pháp:\n- Sửa đổi, bổ sung Quyết định số …"), an item that names
// a body in charge first, or a deadline and a purpose after the mention ("… trong quý II/2024", "… cho phù hợp với …"): a task
const TASK_ARTICLE = /^(?:Tổ[ \n]+chức[ \n]+thực[ \n]+hiện|Trách[ \n]+nhiệm|Nhiệm[ \n]+vụ|Giải[ \n]+pháp|Phân[ \n]+công|Giao[ \n]+nhiệm[ \n]+vụ)/u;
const TASK_AFTER = /^[^.;]{0,240}?(?<![\p{L}])(?:trong[ \n]+(?:quý|năm|tháng|thời[ \n]+gian)|trước[ \n]+ngày|chậm[ \n]+nhất|cho[ \n]+phù[ \n]+hợp|để[ \n]+phù[ \n]+hợp|chủ[ \n]+trì|phối[ \n]+hợp|khi[ \n]+có[ \n]+đề[ \n]+nghị|theo[ \n]+trình[ \n]+tự)(?![\p{L}])/u;
// the opening verb used as a noun, the subject of a rule whose verb follows the mention ("Điều chỉnh giá hợp đồng quy định tại Điều 38
// Nghị định số … được thực hiện bằng phương pháp …", "Thay đổi nội dung đăng ký quy định tại … thực hiện như sau:")
const PREDICATE_AFTER = /^[^.;:]{0,200}?(?<![\p{L}])(?:(?:được|phải|sẽ)[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng|tính|chấp[ \n]+thuận|xem[ \n]+xét|báo[ \n]+cáo|gửi|lập)|thực[ \n]+hiện[ \n]+(?:như[ \n]+sau|theo)|phải(?![\p{L}]))/u;
// an article that approves a plan, a programme, a scheme whose content it then gives ("Điều 1. Phê duyệt Chương trình … với các nội
// dung chủ yếu sau: … 2. Nhiệm vụ và giải pháp:\n- Sửa đổi, bổ sung Quyết định số …"), or a heading of tasks and measures above
// in the same article: its items are what the plan will do
const APPROVING_ARTICLE = /^(?:(?:Phê[ \n]+duyệt|Ban[ \n]+hành)[ \n]+(?:Chương[ \n]+trình|Kế[ \n]+hoạch|Đề[ \n]+án|Phương[ \n]+án|Chiến[ \n]+lược|Quy[ \n]+hoạch|Nhiệm[ \n]+vụ|Dự[ \n]+án|Danh[ \n]+mục)|Công[ \n]+bố)(?![\p{L}])/u;
const TASKS_HEADING = /\n[ \t]*(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)][ \t]*)?(?:NHIỆM[ ]+VỤ|Nhiệm[ ]+vụ|GIẢI[ ]+PHÁP|Giải[ ]+pháp|TỔ[ ]+CHỨC[ ]+THỰC[ ]+HIỆN|Tổ[ ]+chức[ ]+thực[ ]+hiện)(?![\p{L}])[^\n]{0,120}\n(?![^]*\n[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:])[^]*$/u;
// an attached plan, regulation or programme after the decision's articles ("KẾ HOẠCH\n…\n(Ban hành kèm theo Quyết định số …)"),
// which no "Phụ lục" heading opens
const attachedStarts = new WeakMap<Layout, number>();
/** Where the first attached plan, regulation or programme begins (see ATTACHED_HEADING); the text's length if none. Once per layout. */
function attachedStart(text: string, layout: Layout): number {
  let at = attachedStarts.get(layout);
  if (at === undefined) {
    const m = ATTACHED_HEADING.exec(text.slice(layout.preambleEnd));
    at = m ? layout.preambleEnd + m.index : text.length;
    attachedStarts.set(layout, at);
  }
  return at;
}
const ATTACHED_HEADING = /\n[ \t]*(?:KẾ[ ]+HOẠCH|QUY[ ]+ĐỊNH|QUY[ ]+CHẾ|CHƯƠNG[ ]+TRÌNH|ĐỀ[ ]+ÁN|PHƯƠNG[ ]+ÁN|ĐIỀU[ ]+LỆ|HƯỚNG[ ]+DẪN)[ \t]*\n(?:[^\n]*\n){0,6}?[ \t]*\([ \t]*(?:Ban[ ]+hành[ ]+)?(?:kèm|Kèm)[ ]+theo/u;
/** The end of the last match of the global `re` in `s`, or -1. */
function lastMatchEnd(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
  return at;
}
// (semicolons may part the places: "… Điều 9, trừ …; khoản 5 Điều 22; Điều 24; khoản 9 Điều 25 và …")
const PLACES_RUN = /(?:[;,][ \n]*)?(?:(?:[Đđ]iều|khoản|điểm)[ \n]+[\dđa-z]{1,4}(?:\.\d{1,2}){0,2}(?:[ \n]*(?:,|;|và)[ \n]*|[ \n]+))+/gu;
// the guiding verb of the documents a list names ("Danh mục văn bản quy phạm pháp luật quy định chi tiết Luật …")
const LISTED_DOCUMENTS_VERB = /Danh[ \n]+mục[ \n]+(?:các[ \n]+)?văn[ \n]+bản(?:[ \n]+quy[ \n]+phạm[ \n]+pháp[ \n]+luật)?[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)[^.;:]{0,80}$/u;
// a list of the documents still to be drafted or issued ("Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật
// quy định chi tiết Luật Đất đai năm 2024 giao Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành:"): its head names the list, then
// says the documents are to be issued (read in two steps, so that no pattern nests its bounded runs)
const DOCUMENT_LIST_NAMED = /Danh[ \n]+mục[ \n]+(?:các[ \n]+)?văn[ \n]+bản(?![\p{L}])/gu;
const TO_BE_ISSUED = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|giao(?![\p{L}])[^:.;]{0,120}?(?<![\p{L}])ban[ \n]+hành|cần[ \n]+ban[ \n]+hành|dự[ \n]+kiến|xây[ \n]+dựng|soạn[ \n]+thảo)(?![\p{L}])/u;
// the last guiding verb before "… này" is another document's title ("Thông tư số A … hướng dẫn … hết hiệu lực kể từ ngày Thông tư
// này có hiệu lực")
const VERB_BEFORE_SELF = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])(?:(?!(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}]))[^])*?(?<![\p{L}])này(?![\p{L}])(?:(?!(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}]))[^])*$/iu;
// (its words may wrap: "… ban hành Thông\ntư sửa đổi, bổ sung …")
const SELF_ACTOR = /(?:này|Chính[ \n]+phủ[ \n]+ban[ \n]+hành|Bộ[ \n]+trưởng[^.;]{0,80}ban[ \n]+hành|ban[ \n]+hành[ \n]+(?:Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết))[^.;]{0,160}$/u;

// a list head whose items are the documents that stop being in force
// "Bãi bỏ các nội dung quy định về thuế … tại các điều, khoản của\ncác luật sau đây:" may wrap
// (the head may end with the cases it leaves to a transitional article: "… hết hiệu lực kể từ ngày Luật này có hiệu lực thi
// hành, trừ trường hợp quy định tại Điều 113 của Luật này:"; not with an exception that is the list: "…, trừ các văn bản sau đây:")
const ENDING_LIST = /(?:(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[^:.;]{0,80}?hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?)?(?:[ \n]*,?[ \n]*(?:ngoại[ \n]+)?trừ[ \n](?![^:.;]{0,200}[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)[ \n]*:[ \n]*$)[^:.;]{0,200})?|[Bb]ãi[ \n]+bỏ(?![ \n]+(?:(?:các|một[ \n]+số)[ \n]+)?(?:cụm[ \n]+từ|từ[ \n]+ngữ|từ|dấu|chữ)(?![\p{L}]))(?![ \n]+việc[ \n]+(?:tạm[ \n]+)?(?:dừng|ngưng|ngừng|đình[ \n]+chỉ|hoãn))[^:.;]{0,200})[ \n]*:[ \n]*$/u;

// a list head whose items are documents this act takes the place of ("Nghị định này thay thế các Nghị định sau:", "… thay thế các
// văn bản sau đây:"): the head names documents, not wordings or parts ("Thay thế cụm từ tại một số điểm, khoản sau đây:",
// "Thay thế Phụ lục, bãi bỏ một số khoản như sau:"), and is no passive ("được thay thế bởi các …")
// a list head whose items this act suspends ("Tạm ngưng hiệu lực áp dụng cho đến khi … đối với các văn bản sau đây:"), not the
// period of a suspension ("Trong thời gian ngưng hiệu lực …, các quy định sau …:")
const SUSPENDING_LIST = /(?<![\p{L}])(?<!(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp|[Cc]hấm[ \n]+dứt(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Bb]ãi[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Hh]ủy[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Kk]ết[ \n]+thúc(?:[ \n]+việc)?)[ \n]+)(?<!(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp|[Cc]hấm[ \n]+dứt(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Bb]ãi[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Hh]ủy[ \n]+bỏ(?:[ \n]+(?:việc|quyết[ \n]+định))?|[Kk]ết[ \n]+thúc(?:[ \n]+việc)?)[ \n]+[Tt]ạm[ \n]+)(?:[Tt]ạm[ \n]+)?(?:[Nn]gưng|[Nn]gừng|[Hh]oãn|[Dd]ừng|[Đđ]ình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành(?=[ \n]+(?:(?:đối[ \n]+với|của)[ \n]+)?(?:(?:các|những|toàn[ \n]+bộ|một[ \n]+số)[ \n]+)?(?:văn[ \n]+bản|(?:[Bb]ộ[ \n]+)?[Ll]uật|[Pp]háp[ \n]+lệnh|[Nn]ghị[ \n]+định|[Nn]ghị[ \n]+quyết|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Cc]hỉ[ \n]+thị|[Đđ]iều|[Kk]hoản|[Đđ]iểm|quy[ \n]+định)(?![\p{L}])))[^:.;]{0,240}?[ \n](?:(?:các|những)[ \n]+)?(?:văn[ \n]+bản|(?:[Bb]ộ[ \n]+)?[Ll]uật|[Pp]háp[ \n]+lệnh|[Nn]ghị[ \n]+định|[Nn]ghị[ \n]+quyết|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Cc]hỉ[ \n]+thị)(?![\p{L}])[^:.;]{0,80}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)(?:[ \n]+(?:của|do)[ \n][^:.;]{1,160})?[ \n]*:[ \n]*$/u;
// a suspension proposed, not made ("Đề nghị Thủ tướng Chính phủ tạm dừng thi hành các văn bản sau:")
const PROPOSED_SUSPENSION = /(?<![\p{L}])(?:[Đđ]ề[ \n]+nghị|[Kk]iến[ \n]+nghị|[Đđ]ề[ \n]+xuất|[Yy]êu[ \n]+cầu)(?![\p{L}])[^:.;\n]{0,120}?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[^:]*:[ \n]*$/u;
const REPEALING_HEADING = /^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*Bãi[ \n]+bỏ(?:[ \n]+(?:toàn[ \n]+bộ|một[ \n]+số|các|những))*[ \n]+(?:văn[ \n]+bản|quy[ \n]+định|[Nn]ghị[ \n]+định|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Nn]ghị[ \n]+quyết|[Cc]hỉ[ \n]+thị)(?![\p{L}])[^:]*\n$/u;
const REPLACING_LIST = /(?<![\p{L}])(?<!(?:được|bị)[ \n]+)thay[ \n]+thế[ \n]+(?:các|những)[ \n]+(?:văn[ \n]+bản|(?:[Bb]ộ[ \n]+)?[Ll]uật|[Pp]háp[ \n]+lệnh|[Nn]ghị[ \n]+định|[Nn]ghị[ \n]+quyết|[Tt]hông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|[Qq]uyết[ \n]+định|[Cc]hỉ[ \n]+thị)(?![\p{L}])[^:.;“”"]{0,120}?[ \n](?:sau|sau[ \n]+đây|dưới[ \n]+đây)(?:[ \n]+(?:của|do|kể[ \n]+từ|từ)[ \n][^:.;“”"]{1,160})?[ \n]*:[ \n]*$/u;

const LIST_ITEM = /^[ \u00A0]*(?:[a-zđ][)]|\d+[.)]|[IVXLC]{1,6}\.[ \t]|[-+•])/u;
// how deep a list mark sits, outermost first: "I." and "A." 0, "1." 1, "1.1." 2, "1.1.1." 3, "a)" 4, "-" and "•" 5, "+" 6; -1 for a
// line without a mark
function markRank(line: string): number {
  const m = /^[ \t\u00A0]*(?:((?:[IVXLC]{1,6}|[A-ZĐ])[.)][ \t])|(\d{1,2}(?:\.\d{1,2}){0,2})\.?[)]?(?=[ \t])|([a-zđ][)])|([-–•])|(\+))/u.exec(line);
  if (!m) return -1;
  if (m[1] !== undefined) return 0;
  if (m[2] !== undefined) return 1 + (m[2].match(/\./gu)?.length ?? 0);
  if (m[3] !== undefined) return 4;
  return m[4] !== undefined ? 5 : 6;
}
/**
 * Whether a span starts inside a quoted wording: a closing quote comes before any opening one, or straight quotes (the matching
 * text has no curly ones) are left odd ("1. Hồ sơ gồm:\na) Đơn.”\n2. …").
 */
function insideQuote(span: string): boolean {
  const close = span.indexOf('”');
  const open = span.indexOf('“');
  return (close >= 0 && (open < 0 || open > close)) || (span.split('"').length - 1) % 2 === 1;
}
// an item that opens with a document ("1. Quyết định số …", "- Tại Nghị quyết số …", "a) Quy chế ban hành kèm theo …")
const DOCUMENT_ITEM_LINE = /^[ \t\u00A0]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[-+•])[ \t]*(?:(?:Tại|Đối[ ]+với)[ \t]+)?(?:(?:Bộ[ ]+)?Luật|Pháp[ ]+lệnh|Nghị[ ]+định|Nghị[ ]+quyết|Thông[ ]+tư|Quyết[ ]+định|Chỉ[ ]+thị|Quy[ ]+chế|Quy[ ]+định|Điều[ ]+lệ|Kế[ ]+hoạch|Công[ ]+văn|Văn[ ]+bản)[ ]/u;
// a label that is no group of the list's documents: a transitional clause, a case, what goes on applying (its opening words; a sector
// named "giao thông" or "xử lý vi phạm" is a group)
const NOT_A_GROUP = /^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ]|[IVXLC]{1,6})[.)][ \t]*|[-+•][ \t]*)?(?:Xử[ ]+lý|Chuyển[ ]+tiếp|Điều[ ]+khoản[ ]+chuyển[ ]+tiếp|Trường[ ]+hợp|Áp[ ]+dụng|Trách[ ]+nhiệm|Tổ[ ]+chức[ ]+thực[ ]+hiện|Giao)(?![\p{L}])|(?<![\p{L}])(?:chuyển[ ]+tiếp|tiếp[ ]+tục|còn[ ]+hiệu[ ]+lực|giữ[ ]+nguyên)(?![\p{L}])/iu;
// the label of a group of items ("1. Lĩnh vực tài chính:", "a) Văn bản do Hội đồng nhân dân tỉnh ban hành:"): no number, no verb
const GROUP_LABEL = /^(?![^\n]*(?:\d\/\d|số[ ]+\d|(?<![\p{L}])(?:sửa[ ]+đổi|bổ[ ]+sung|bãi[ ]+bỏ|thay[ ]+thế|hết[ ]+hiệu[ ]+lực|hủy[ ]+bỏ|ngưng|như[ ]+sau)(?![\p{L}])))[^\n]{1,160}:$/iu;
// the rest of an unmarked piece of a list: its sentence ends with a semicolon, and the next line opens the next item
const PIECE_BEFORE_NEXT_ITEM = /^[^.;:\n]{0,200}(?:\n[^.;:\n]{1,200}){0,2};[ \t]*\n[ \u00A0]*(?:[a-zđ][)]|\d+[.)])/u;

/**
 * The line that heads the list a position's line belongs to ("… hết hiệu lực thi hành:"), or '' when the line
 * is no list item. Reads a bounded window before the position, so a text without line breaks costs nothing.
 */
function listHead(text: string, pos: number): string {
  return listHeadAt(text, pos).head;
}

/** The same, with where the list's first item starts (`end`, -1 when there is no head). */
function listHeadAt(text: string, pos: number, depth = 0): { head: string; end: number; item: number } {
  const none = { head: '', end: -1, item: -1 };
  const from = Math.max(0, pos - 6_000);
  const win = text.slice(from, pos);
  let lineStart = win.lastIndexOf('\n') + 1;
  if (lineStart === 0 && from > 0) return none;
  // an item may wrap: its mention on the second or third line ("c) Khoản 1 Điều 10; …\n… của Luật Công nghệ cao số")
  // (over lines that end with a semicolon when the next goes on in lower case: "c) Khoản 1 Điều 10; khoản 2 Điều 18;\nkhoản 2 Điều
  // 19; … của Luật Công nghệ cao số …" is one item)
  for (let k = 0; k < 4 && !LIST_ITEM.test(win.slice(lineStart, lineStart + 12)); k++) {
    if (lineStart === 0) return none;
    const prevStart = win.lastIndexOf('\n', lineStart - 2) + 1;
    const prevLine = win.slice(prevStart, lineStart - 1);
    if (/[.:][ \t]*$/u.test(prevLine) || (/;[ \t]*$/u.test(prevLine) && !/^[ \t]*\p{Ll}/u.test(win.slice(lineStart, lineStart + 4)))) return none;
    // a page break (a blank line) inside the list: the unmarked piece after it is an item of the list when it ends, as
    // the list's items do, with a semicolon right before the next item's mark ("c) … tuổi nghỉ hưu.\n\nPhụ lục III ban
    // hành kèm theo Nghị định số 135/2020/NĐ-CP …;\nd) …"): the list goes on over it, from the item before the break
    // (whose mark may be eight lines up at a narrow column)
    if (prevStart === lineStart - 1 && PIECE_BEFORE_NEXT_ITEM.test(text.slice(pos, pos + 400))) {
      let back = prevStart;
      while (back > 0 && win[back - 1] === '\n') back--;
      for (let j = 0; j < 8 && back > 0; j++) {
        const s0 = win.lastIndexOf('\n', back - 2) + 1;
        if (LIST_ITEM.test(win.slice(s0, s0 + 12))) {
          lineStart = s0;
          break;
        }
        back = s0;
      }
      break;
    }
    lineStart = prevStart;
  }
  if (!LIST_ITEM.test(win.slice(lineStart, lineStart + 12))) return none;
  const item = from + lineStart;
  const rank = markRank(win.slice(lineStart, lineStart + 12));
  // back over the items (and the lines they wrap onto), 40 lines at most
  for (let k = 0; k < 40 && lineStart > 0; k++) {
    const prevStart = win.lastIndexOf('\n', lineStart - 2) + 1;
    const line = win.slice(prevStart, lineStart).trimEnd();
    // (a chapeau of an item of the list or of a sub-item under one, and a line of a quoted wording, head no list of this item:
    // "1. Quyết định số A …:\na) Sửa đổi khoản 2 Điều 3 như sau:\n“…”\n2. Quyết định số B …:" — B is an item of the head above 1.)
    // (a sibling's chapeau is one that opens with its document, "1. Quyết định số A …:"; a head may share its items' mark,
    // "- Bãi bỏ các Quyết định sau:\n- Quyết định số …")
    if (line.endsWith(':') && (/^[ \t]*[“"‘«]/u.test(line) || insideQuote(win.slice(prevStart, item - from)) || (rank >= 0 && (markRank(line) > rank || (markRank(line) === rank && (DOCUMENT_ITEM_LINE.test(line) || (GROUP_LABEL.test(line) && !NOT_A_GROUP.test(line)))))))) {
      lineStart = prevStart;
      continue;
    }
    // the head may wrap over two lines ("… các Thông tư sau hết hiệu lực\nthi hành:")
    if (line.endsWith(':')) {
      // (a group's label heads the items under it for the list above it: "Bãi bỏ các văn bản sau:\n1. Lĩnh vực tài chính:\na)
      // Quyết định số …" — the head is the list's)
      const labelRank = markRank(line);
      if (labelRank >= 0 && labelRank < rank && GROUP_LABEL.test(line) && !NOT_A_GROUP.test(line) && DOCUMENT_ITEM_LINE.test(text.slice(from + lineStart, from + lineStart + 200)) && depth < 2) {
        const parent = listHeadAt(text, from + prevStart + line.length, depth + 1);
        if (parent.end >= 0 && inListOfItsHead(text, from + prevStart + line.length)) return { head: parent.head, end: from + lineStart, item };
      }
      return { head: win.slice(headStart(win, prevStart), lineStart).trimEnd() + '\n', end: from + lineStart, item };
    }
    // an article heading heads the items right under it, with or without a colon ("Điều 3. Bãi bỏ một số văn bản quy phạm pháp
    // luật do Bộ trưởng Bộ Y tế ban hành\n1. Thông tư số …"); the list goes no further back
    if (/^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]/u.test(line)) return { head: line + '\n', end: from + lineStart, item };
    lineStart = prevStart;
  }
  return none;
}

/**
 * Where the sentence of a list head that ends on the line at `lastLine` starts: back over the lines it wraps onto (three
 * or more at a narrow column, "4. Bãi bỏ các nội dung … tại các\nđiều, khoản của\ncác luật sau đây:"), to its list mark,
 * an article heading or the line after one that ends a sentence; two lines at least, as a head was always read.
 */
function headStart(win: string, lastLine: number): number {
  // (not over a line that ends a sentence before a head that opens an article or an item: "Bộ trưởng … ban hành Thông tư bãi bỏ
  // toàn bộ hoặc một phần …\nĐiều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau:" is headed by its own line)
  const before = win.slice(win.lastIndexOf('\n', lastLine - 2) + 1, Math.max(0, lastLine - 1));
  if (/[.;][ \t]*$/u.test(before) && (/^[ \t]*Điều[ ]+\d/u.test(win.slice(lastLine, lastLine + 16)) || LIST_ITEM.test(win.slice(lastLine, lastLine + 12)))) return lastLine;
  let start = win.lastIndexOf('\n', lastLine - 2) + 1;
  for (let k = 0; k < 4 && start > 0; k++) {
    const line = win.slice(start, start + 16);
    if (LIST_ITEM.test(line) || /^[ \t]*Điều[ ]+\d/u.test(line)) break;
    const prevStart = win.lastIndexOf('\n', start - 2) + 1;
    const prev = win.slice(prevStart, start - 1);
    if (/[.;:][ \t]*$/u.test(prev) || prev.trim() === '') break;
    start = prevStart;
  }
  return start;
}

/** The 500 characters before the first item of the list `pos` is an item of (a head may wrap over more than two lines), or ''. */
function listLeadIn(text: string, pos: number): string {
  const { end } = listHeadAt(text, pos);
  if (end < 0) return '';
  const lead = text.slice(Math.max(0, end - 500), end);
  // (from after the article's heading when the head is a sentence of its own: "Điều 2. Ngưng hiệu lực văn bản và áp dụng văn
  // bản\nTrong thời gian này, … tiếp tục áp dụng các văn bản sau đây:" is no suspension of them)
  let from = 0;
  for (const m of lead.matchAll(HEADING_LINE_BEFORE_HEAD)) from = (m.index ?? 0) + m[0].length;
  return lead.slice(from);
}
const HEADING_LINE_BEFORE_HEAD = /(?:^|\n)[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][^\n]*[^:\s][ \t]*\n/gu;

// a list head that opens with a task or a proposal: its items are what is to be amended or repealed ("Giao Sở Tư pháp … tham mưu
// sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:"); the words elsewhere in a head that acts name a ministry, a
// subject, the review that led to the act or its proposer ("Bãi bỏ các Thông tư sau đây của Bộ trưởng Bộ Giao thông vận tải:",
// "… đã được rà soát …", "… theo đề nghị của Giám đốc Sở Tư pháp:")
const TASKED_HEAD = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?(?:Giao|Đề[ \n]+nghị|Đề[ \n]+xuất|Kiến[ \n]+nghị|Tham[ \n]+mưu|Yêu[ \n]+cầu|Chỉ[ \n]+đạo|Nghiên[ \n]+cứu|Rà[ \n]+soát|Xây[ \n]+dựng|Dự[ \n]+kiến|Trình|Phối[ \n]+hợp)(?![\p{L}])`, 'u');

/** Whether the list `pos` is an item of is headed as ending or repealing a part only ("Bãi bỏ một phần các Quyết định sau:"). */
export function listHeadSaysPart(text: string, pos: number): boolean {
  const head = listHead(text, pos);
  return /(?<![\p{L}])một[ \n]+phần(?![\p{L}])/iu.test(head) && /(?<![\p{L}])(?:bãi[ \n]+bỏ|hết[ \n]+hiệu[ \n]+lực)(?![\p{L}])/iu.test(head) && inListOfItsHead(text, pos);
}

/** Whether the mention at `pos` is an item of a list whose head says "bãi bỏ" ("…, bãi bỏ các quy định sau:"). */
export function inRepealList(text: string, pos: number): boolean {
  const { head } = listHeadAt(text, pos);
  if (!/(?<![\p{L}])bãi[ \n]+bỏ/iu.test(head)) return false;
  return inListOfItsHead(text, pos);
}

/**
 * Whether the line of `pos` is an item of the list its head opens: an item of the list has the mark of its first item
 * ("2. …" after the items "a) … c)" of clause 1 is clause 2; "c) …" after a point b) whose own line ends "…:" is no item
 * of b's list), or wraps without one.
 */
/** Whether the mention is an item of a list this document repeals ("Bãi bỏ các văn bản sau:\n1. Thông tư số …", an article heading that repeals). */
function listedForRepeal(text: string, pos: number): boolean {
  const head = listHead(text, pos);
  // (a head that records endings, "Các văn bản sau đây đã hết hiệu lực:", "Công bố … hết hiệu lực thi hành:", is no repeal)
  return ((ENDING_LIST.test(head) && /(?<![\p{L}])[Bb]ãi[ \n]+bỏ(?![\p{L}])/u.test(head)) || REPEALING_HEADING.test(head)) && inListOfItsHead(text, pos);
}

function inListOfItsHead(text: string, pos: number): boolean {
  const { end, item } = listHeadAt(text, pos);
  if (end < 0) return false;
  const markOf = (line: string): string => (/^[ \u00A0]*(?:([a-zđ])[)]|(\d+)[.)]|([-+•]))/u.exec(line)?.slice(1).findIndex((x) => x !== undefined) ?? -1).toString();
  // (labels of a higher rank may group the items under the head, "Bãi bỏ các văn bản sau đây:\nI. Văn bản do Ủy ban nhân dân tỉnh A
  // ban hành\n1. Quyết định số …": the list's first item is the first line under them)
  let first = end;
  for (let k = 0; k < 3 && markRank(text.slice(first, first + 12)) === 0 && markRank(text.slice(item, item + 12)) > 0; k++) {
    const next = text.indexOf('\n', first);
    if (next < 0 || next > item) break;
    first = next + 1;
  }
  return markOf(text.slice(first, first + 12)) === markOf(text.slice(item, item + 12));
}

const OPERATIVE_VERB = /(?<![\p{L}])(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|ngưng|đình[ \n]+chỉ|đính[ \n]+chính)(?![\p{L}])/giu;
// words that put the mention outside the verb's object: the authority it acts under, a condition, another noun
const NOT_THE_OBJECT = /(?<![\p{L}])(?:(?<!kèm[ \n]+)theo|trái|phù[ \n]+hợp|cơ[ \n]+quan|khi|nếu|thì|đối[ \n]+với|căn[ \n]+cứ)(?![\p{L}])/iu;

// "đề nghị thay thế chủ tịch, thư ký …": the verb's object is a person or an office, not a document
const PERSON_OBJECT = /^[ \n]*(?:chủ[ \n]+tịch|phó[ \n]+chủ[ \n]+tịch|thành[ \n]+viên|thư[ \n]+ký|người|cán[ \n]+bộ|công[ \n]+chức|viên[ \n]+chức|hiệu[ \n]+trưởng|giám[ \n]+đốc|trưởng|phó)(?![\p{L}])/iu;

// "bãi bỏ thủ tục hành chính …", "cắt giảm thành phần hồ sơ …", "Bãi bỏ điều kiện cấp Giấy phép … quy định tại Điều 9 Nghị định
// …": the verb's object is a procedure or an abolished business condition, not a provision
// a row number alone on its line, then the row's first cells (the type word, the issuer: short lines), then the mention
// (not a place's number a wrap left alone on its line: "… và khoản 2 Điều\n5\nThông tư số …")
const TABLE_ROW_START = /(?<!(?:^|[^\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ[ \n]+lục|[Mm]ẫu|số)[ \t]*)\n[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*\p{L}[^\n\d]{0,24}\n){0,3}[ \t]*$/u;
// the first cell of a row written on one line, its cells parted by pipes or tabs ("| 1 | Thông tư số … | 22/7/2016 | …", "1\tThông
// tư số …", which the text read here has as a space): the row's number, then the mention (after one short type cell between pipes)
const INLINE_ROW_START = /(?:^|\n)[ \t]*(?:\|[ \t]*\d{1,4}[ \t]*\|[ \t|]*(?:[^\t|\n\d]{1,30}\|[ \t|]*)?|\d{1,4}[ \t]+)$/u;
/**
 * The line that heads the table a row of which holds `pos` ("2. Danh mục văn bản hết hiệu lực kể từ ngày Thông tư này có hiệu lực
 * thi hành:" over a table of documents), or '': back over the table's short lines (its header, its rows, one cell a line as the
 * corpus's conversions write them) to the first line that ends with a colon, never past an article or a clause of its own.
 */
function tableHead(text: string, pos: number): string {
  let end = text.lastIndexOf('\n', pos - 1);
  for (let k = 0; k < 400 && end > 0 && pos - end < 20_000; k++) {
    const startOf = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(startOf, end).trimEnd();
    // (the head's next line opens the table: its header, a row's number alone or a row between pipes; a cell of an earlier row
    // that ends with a colon, "- Văn bản bãi bỏ một phần:\nNghị định số …", heads nothing)
    if (line.endsWith(':')) return TABLE_OPENING.test(text.slice(end + 1, end + 80)) ? text.slice(text.lastIndexOf('\n', startOf - 2) + 1, end).replace(/^[^\n]*[.;][ \t]*\n/u, '') + '\n' : '';
    if (line.length > 300 || /^[ \t]*(?:Điều[ ]+\d|(?:\d{1,2}[.)]|[a-zđ][)])[ \t]+\p{L}|[IVXLC]{1,6}\.[ \t])/u.test(line)) return '';
    end = startOf - 1;
  }
  return '';
}
const TABLE_OPENING = /^[ \t]*(?:\|[ \t]*(?:Số[ \t]+)?(?:STT|TT|\d{1,4})[ \t]*\||(?:Số[ \t]+)?(?:STT|TT)(?![\p{L}])|\d{1,4}[ \t]*\n)/u;
// a table head that ends documents or takes their place, not one that records or publishes endings ("… đã hết hiệu lực:", "Công bố
// danh mục …")
const RECORDED_HEAD = /(?<![\p{L}])(?:đã[ \n]+(?:hết|chấm[ \n]+dứt)|công[ \n]+bố)(?![\p{L}])/iu;
const ISSUED_REGULATION_OBJECT = new RegExp(String.raw`^[ \n]*(?:(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung|quy[ \n]+định)|${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,10})[ \n]+(?:(?:của|tại)[ \n]+)?)?(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Quy[ \n]+trình)(?![\p{L}])[^.;:]{0,240}?[ \n]ban[ \n]+hành(?:[ \n]+kèm)?[ \n]+theo[ \n]*$`, 'u');
const ANNEXED_OBJECT = /^[ \n]*(?:các[ \n]+)?(?:[Mm]ẫu[ \n]+số|[Pp]hụ[ \n]+lục|[Bb]iểu[ \n]+mẫu)(?![\p{L}])[^.;]{0,600}?[ \n]ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]*$/u;
const PROCEDURE_OBJECT = /^[ \n]*(?:(?:các|một[ \n]+số|\d{1,3})[ \n]+)?(?:thủ[ \n]+tục|thành[ \n]+phần[ \n]+hồ[ \n]+sơ)(?![\p{L}])/iu;
/** An object that is no part of the document: a paper, a procedure, documents in general ("Bãi bỏ thủ tục …", "Hủy bỏ Giấy chứng nhận …", "Bãi bỏ các văn bản không còn phù hợp"). */
function noPartObject(object: string): boolean {
  return PAPER_OBJECT.test(object) || PROCEDURE_OBJECT.test(object) || /^(?:các|những)?[ \n]*văn[ \n]+bản(?![\p{L}])/iu.test(object);
}
// a business condition, as the object of an abolition only ("Sửa đổi, bổ sung điều kiện kinh doanh quy định tại Điều 9 Nghị định số …"
// amends the decree)
const CONDITION_OBJECT = /^[ \n]*(?:(?:các|một[ \n]+số|\d{1,3})[ \n]+)?điều[ \n]+kiện(?![\p{L}])/iu;

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

// "… hết hiệu lực" within the clause after the mention, and not a condition on another subject: "… Điều 11 Nghị định số … đến
// khi Luật Việc làm … hết hiệu lực", "… gửi về Bộ Công Thương …, trước khi Giấy xác nhận hết hiệu lực"
// (a subordinate "khi" clause, not "khi" in a title: "… chính sách hỗ trợ … khi sinh con … hết hiệu lực từ ngày …")
// (its subject a document or a paper that can end: "trước khi đưa vào khai thác" in a title is none)
// (or "đến ngày" with a subject, not a date: "… có hiệu lực … đến ngày các quy định về cơ chế … quy định tại Nghị quyết số … hết
// hiệu lực thi hành")
const CONDITION_ON_ANOTHER = /(?<![\p{L}])(?:(?:đến|trước|sau)[ \n]+khi|(?:đến|trước)[ \n]+(?:(?:hết[ \n]+)?ngày|thời[ \n]+điểm)(?=[ \n]+(?:(?:các|những)[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung|cơ[ \n]+chế|chính[ \n]+sách|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định)(?![\p{L}])(?![ \n]+này(?![\p{L}]))))[ \n]+(?:(?:các|những)[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung|cơ[ \n]+chế|chính[ \n]+sách|Hiến[ \n]+pháp|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản|giấy|hợp[ \n]+đồng|chứng[ \n]+chỉ|thẻ|điều[ \n]+ước|hiệp[ \n]+định)(?![\p{L}])/iu;
const CONDITION_BEFORE = /(?<![\p{L}])(?:(?:đến|trước|sau)[ \n]+khi|(?:đến|trước)[ \n]+(?:(?:hết[ \n]+)?ngày|thời[ \n]+điểm)(?![ \n]+\d))(?![ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định)[ \n]+này(?![\p{L}]))[^.;:]{0,300}$/u;
const SUSPENDED_PAPER = /(?<![\p{L}])(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành)(?:[ \n]+(?:của|đối[ \n]+với))?[ \n]+(?:các[ \n]+)?(?:giấy|chứng[ \n]+chỉ|chứng[ \n]+nhận|thẻ|thủ[ \n]+tục|hoạt[ \n]+động|dự[ \n]+án|hợp[ \n]+đồng|quyết[ \n]+định[ \n]+(?:cấp|xử|thu|giao|cho))/iu;
// "Điều 2. Phụ lục I ban hành kèm theo Thông tư số …", "3. Mẫu số 01/ĐK ban hành kèm theo …": a clause that opens with an annex or a
// form of the document
const ANNEX_OPENS_CLAUSE = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?(?:[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Bb]iểu[ \n]+mẫu)(?:[ \n]+số)?[ \n]+[\dA-Za-zđĐ.\/-]{1,12}(?:[ \n]*,[ \n]*(?:[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số)?[ \n]*[\dA-Za-zđĐ.\/-]{1,12}){0,10}[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]*$`, 'u');
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
/** Whether the clause supposes a case ("Khi / Trường hợp / Nếu …"), from its start or from its last line under an article heading ("Điều 10. Điều khoản tham chiếu\nTrường hợp Nghị định số … hết hiệu lực …"); not this document's own coming into force ("Khi Thông tư này có hiệu lực, Thông tư số …"). */
function caseOpening(clause: string): boolean {
  const lastLine = clause.slice(clause.lastIndexOf('\n') + 1);
  return (CASE_OPENING.test(clause) && !SELF_IN_FORCE_CASE.test(clause)) || (lastLine !== clause && CASE_OPENING.test(lastLine) && !SELF_IN_FORCE_CASE.test(lastLine));
}
const ENDED_BY_THIS_AFTER = new RegExp(String.raw`^[ \n]*(?:\([ \n]*)?(?:nay[ \n]+)?đã[ \n]+(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[ \n]+${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực`, 'u');
const SELF_IN_FORCE_CASE = new RegExp(String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?(?:Khi|Kể[ \n]+từ[ \n]+khi)[ \n]+${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]*,?[ \n]*(?:(?:các|những)[ \n]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục)[ \n]+[\dA-Za-zđĐ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+)?$`, 'u');
// a clause that opens with a case or a time: "Khi …", "Trường hợp …", "Nếu …"
const CASE_OPENING = /^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?(?:Khi|Trường[ \n]+hợp|Nếu|Trong[ \n]+trường[ \n]+hợp)(?![\p{L}])/u;
const ENDING_IN_CLAUSE = /^([^"]{0,120}?)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u;
function endsAfterMention(rightClause: string): boolean {
  const m = ENDING_IN_CLAUSE.exec(rightClause);
  return m !== null && !CONDITION_ON_ANOTHER.test(m[1] as string);
}

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
// soát để bãi bỏ", "nghiên cứu, đề xuất sửa đổi", "trình Chính phủ ban hành Nghị định thay thế")
// (or what a review found needs doing: "Văn bản cần bãi bỏ: Quyết định số …", "… phải sửa đổi …")
const TASK_BEFORE_VERB = /(?<![\p{L}])(?:cần|phải|rà[ \n]+soát|nghiên[ \n]+cứu|đề[ \n]+xuất|kiến[ \n]+nghị|đề[ \n]+nghị(?![ \n]+của)|dự[ \n]+kiến|xây[ \n]+dựng|soạn[ \n]+thảo|dự[ \n]+thảo|tham[ \n]+mưu|chuẩn[ \n]+bị|trình)(?![\p{L}])(?:[ \n]+(?:với[ \n]+)?(?:Chính[ \n]+phủ|Thủ[ \n]+tướng(?:[ \n]+Chính[ \n]+phủ)?|Quốc[ \n]+hội|cấp[ \n]+có[ \n]+thẩm[ \n]+quyền|Bộ[ \n]+trưởng(?:[ \n]+Bộ[ \n][^,;.:\n]{1,60}?)?|(?:Hội[ \n]+đồng|Ủy[ \n]+ban)[ \n]+nhân[ \n]+dân(?:[ \n]+(?:tỉnh|thành[ \n]+phố))?))?(?:[ \n]*,[ \n]*|[ \n]+(?:để|nhằm|việc|và)[ \n]+|[ \n]+)(?:ban[ \n]+hành[ \n]+)?(?:(?:Bộ[ \n]+)?(?:Luật|luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản)[ \n]+)?$/iu;

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
const RESPONSIBLE_TO_GUIDE = /(?<![\p{L}])(?:có|chịu)[ \n]+trách[ \n]+nhiệm(?![\p{L}])[^.;]{0,200}?(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])[^.;]*$/u;
// (its further tasks after a semicolon, on the same line: "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện …; ban hành quyết định thay
// thế Quyết định số …")
const TASK_CLAUSE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?Giao(?![\p{L}])[^.:\n]*$`, 'u');
// a draft named before the verb, its title between: "… trong đó có dự thảo Thông tư quy định chi tiết … thay thế Thông tư số …"
const DRAFT_BEFORE_VERB = /(?<![\p{L}])dự[ \n]+thảo[ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|văn[ \n]+bản)(?![\p{L}])[^.;:]{0,300}$/u;
// (not the enacting formula, where the document issued is this one: "Chính phủ ban hành Nghị định sửa đổi, bổ sung …"; nor a heading
// that ends with the type word, its act on the next line: "Điều 1. Bãi bỏ toàn bộ Thông tư\nBãi bỏ toàn bộ Thông tư liên tịch số …")
const DOCUMENT_TO_BE_MADE_BEFORE_VERB = /(?<![\p{L}])(?<!(?:ban[ \n]+hành|BAN[ \n]+HÀNH)[ \n]+)(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị)[ ]+(?:(?:mới|khác)[ ]+)?$/u;
const SELF_STATUS_AFTER = /^[^()\n.;]{0,160}\([ \n]*(?:đã[ \n]+)?được[ \n]+(sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung|bãi[ \n]+bỏ)[ \n]+(?:tại|bởi|theo)[ \n]+[^()]{0,80}?(?:Nghị[ \n]+định|Thông[ \n]+tư|Luật|Quyết[ \n]+định|Nghị[ \n]+quyết|Pháp[ \n]+lệnh)[ \n]+này[ \n]*\)/u;
// the lead agency or the deadline of a plan's task, on a line of the same item (before the next item or article starts)
const TASK_ASSIGNED_AFTER = /^(?:(?!\n[ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[IVX]{1,5}[.)]|Điều[ ]+\d))[^]){0,600}?\n[ \t]*[-+•]?[ \t]*(?:(?:Đơn[ ]+vị|Cơ[ ]+quan)[ ]+(?:chủ[ ]+trì|thực[ ]+hiện)|Thời[ ]+(?:gian|hạn)[ ]+(?:hoàn[ ]+thành|thực[ ]+hiện|trình))[ \t]*:/u;

// (the list of amending acts may be long: "… theo Luật số 90/2015/QH13, Luật số 03/2016/QH14, Luật số 04/2017/QH14, Luật số
// 28/2018/QH14 và Luật số 42/2019/QH14 hết hiệu lực")
const AMENDED_BY_BEFORE = /sửa[ \n]+đổi[^.;]{0,40}(?:theo|bởi)[ \n]*(?:([^.;]{0,240})(,|và)[ \n]*)?$/u;
// a law by a name of its own ("Luật Doanh nghiệp số …"), not by its number ("Luật số …") or an amending title ("Luật sửa đổi, bổ sung …")
const NAMED_LAW_AT = /^[ \n]*(?:Bộ[ \n]+luật|Luật)[ \n]+(?!số(?![\p{L}])|sửa[ \n]+đổi|bổ[ \n]+sung)\p{Lu}/u;
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

function lastOperativeVerb(s: string): number {
  let at = -1;
  OPERATIVE_VERB.lastIndex = 0;
  for (let m = OPERATIVE_VERB.exec(s); m; m = OPERATIVE_VERB.exec(s)) at = m.index + m[0].length;
  return at;
}

// the part of a document an operative verb acts on, written before the mention: "khoản 4 Điều 18 của", "Phụ lục II ban hành kèm theo"
// (or a set of its provisions named by what they are about: "Bãi bỏ các quy định liên quan đến người hoạt động không chuyên
// trách … quy định tại Nghị định số …", "Những chỉ tiêu phân công cho Tổng cục Thống kê … quy định tại Thông tư số … hết hiệu
// lực"; "các quy định tại Luật …" is all of them; "Bãi bỏ phần khái niệm, định nghĩa của chỉ tiêu số 20 … quy định tại Thông tư số …";
// "điều" is a place only with its number: "điều trị", "điều kiện" are words)
const PART_BEFORE = /(?<![\p{L}])(?:[Dd]anh[ \n]+mục|[Đđ]iều(?=[ \n]+\d)|(?<=^[ \n]*)phần|một[ \n]+số[ \n]+quy[ \n]+định|(?:[Cc]ác|[Nn]hững)[ \n]+quy[ \n]+định[ \n]+(?:tương[ \n]+ứng|có[ \n]+liên[ \n]+quan|liên[ \n]+quan)|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương|[Bb]iểu[ \n]+mẫu|[Bb]iểu(?=[ \n]+(?:phí|giá|mức|thuế))|[Bb]ảng[ \n]+giá|[Mm]ẫu[ \n]+số|[Mm]ẫu(?=[ \n]+[A-ZĐ]{1,4}\d)|một[ \n]+số[ \n]+điều|các[ \n]+điều|nội[ \n]+dung|cụm[ \n]+từ|từ[ \n]+ngữ|một[ \n]+phần|(?:[Cc]ác|[Nn]hững)[ \n]+quy[ \n]+định[ \n]+(?:về|đối[ \n]+với|sau(?:[ \n]+đây)?[ \n]+(?:trong|tại|của))|[Qq]uy[ \n]+định[ \n]+về(?=[^;.]{0,200}theo[ \n]+quy[ \n]+định[ \n]+của[ \n]*$)|(?<=(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?)Quy[ \n]+định[ \n]+(?:về|đối[ \n]+với)|(?:[Cc]ác|[Nn]hững)(?=[ \n]+(?!quy[ \n]+định[ \n]+tại)[^;.]{1,200}?[ \n](?:quy[ \n]+định|nêu)[ \n]+tại[ \n]*$))(?![\p{L}])(?:[^;.]|(?<=\d)\.(?=\d)){0,200}$/u;

// the places written before a mention, one list of them ("Điều 7, Điều 9 và khoản 3 Điều 12 của", "điểm b, điểm c khoản 2 Điều 4",
// "khoản 1 Điều 3; khoản 2 Điều 8 và Điều 15"), anchored at the mention; and an insertion: what is inserted, "vào (sau|trước)",
// where ("Bổ sung Điều 6a vào sau Điều 6", "Bổ sung khoản 5 vào Điều 7")
// (a number, a Roman numeral or a point's letter, never a word: "điều kiện", "mục tiêu")
const SCOPE_PLACE = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ẫu[ \n]+số|[Mm]ục|[Cc]hương)[ \n]+(?:\d{1,3}[a-zđ]?\d?|[IVXLC]{1,6}|[a-zđ]\d?)(?![\p{L}\d])`;
// (one place word may number several: "các khoản 5 và 6 Điều 3", "các điểm b, đ và e khoản 3 Điều 7")
const SCOPE_RUN = String.raw`${SCOPE_PLACE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+(?:của[ \n]+)?)(?:${SCOPE_PLACE}|(?:\d{1,3}[a-zđ]?|[a-zđ]\d?)(?![\p{L}\d]))){0,40}`;
const PLACES_AT_END = new RegExp(String.raw`(?<![\p{L}\d])${SCOPE_RUN}(?:[ \n]+(?:của|tại))?[ \n]*$`, 'u');
const INSERTION_AT_END = new RegExp(String.raw`(?<![\p{L}])[Bb]ổ[ \n]+sung[ \n]+(${SCOPE_RUN})[ \n]+vào(?:[ \n]+(sau|trước))?[ \n]+(${SCOPE_RUN})(?:[ \n]+(?:của|tại))?[ \n]*$`, 'u');
const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();

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
  const left = text.slice(Math.max(prevTailEnd, pStart, start - 240), start);
  const verb = lastOperativeVerb(left);
  // (an exception in parentheses before the mention is an earlier document's: "thay thế Thông tư số A (trừ Điều 3) và Thông tư số B")
  const between = (verb >= 0 ? left.slice(verb) : left.slice(Math.max(0, left.lastIndexOf('; ') + 1))).replace(/^[^]*\([ \n]*(?:ngoại[ \n]+)?trừ(?![\p{L}])[^()]*\)/u, '');
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
  if (part && !ownPlacesOnly(part[0])) return { whole: false, part: part[0].replace(/\s+/g, ' ').replace(/[ ]*(?:của|tại|ban hành kèm theo)[ ]*$/u, '').trim() };
  return { whole: relation !== 'amends', part: null };
}
const THIS_DOCUMENT_ALL = new RegExp(THIS_DOCUMENT, 'gu');
const PLACE_AFTER = /(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương|[Pp]hần)[ \n]+[\dIVXLCA-Z]/u;
/** Whether the places before a mention are this document's own ("Điều 71 của Luật này, …"), none of the other's after them. */
function ownPlacesOnly(part: string): boolean {
  let end = -1;
  for (const m of part.matchAll(THIS_DOCUMENT_ALL)) end = (m.index ?? 0) + m[0].length;
  return end >= 0 && !PLACE_AFTER.test(part.slice(end));
}

const ACT_VERB = String.raw`(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)`;
// a passive act and the list of its actors up to the mention, without a new verb in between
// (the act may name what it touched: "đã được sửa đổi, bổ sung một số điều bởi Nghị định số …")
const TITLE_PASSIVE = new RegExp(String.raw`(?:được|bị)[ \n]+${ACT_VERB}(?:[ \n]*(?:,|và)[ \n]*${ACT_VERB})*(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung))?[ \n]+(?:bởi|theo|tại)(?:[ \n]|[^.;](?![ \n]${ACT_VERB}[ \n])){0,240}$`, 'u');


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
const ITEM_MARK_AT = /^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})[).]|[-+•])/u;
const REPEAL_ITEM = /^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})[).]|[-+•])[ \t]*(?:Bãi[ ]+bỏ|Bỏ|H(?:ủy|uỷ)[ ]+bỏ)[ \n]+([^\n]{1,300})/u;
const REPEALED_ITEM = new RegExp(String.raw`^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2}){0,2})[).]|[-+•])[ \t]*(${PLACE_WORD}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)${PLACE_WORD}){0,10})[ \t]+(?:(?:được|bị)[ \t]+)?(?:(?:bãi[ ]+bỏ|h(?:ủy|uỷ)[ ]+bỏ)[ \t]*[.;]?[ \t]*$|bỏ[ \t]+(?:cụm[ \t]+từ|từ|đoạn)[ \t]+[“"][^\n]{1,300}$)`, 'u');
const REMOVAL_IN_LINE = /[;,][ \t]*(?:và[ \t]+)?(?:bãi[ ]+)?bỏ[ ]+(cụm[ ]+từ[^\n]{1,300})/u;
const NAMES_A_DOCUMENT = /số[ \n]*\d{1,4}\/|(?<![\p{L}])(?:Nghị định|Thông tư|Quyết định|Luật|Nghị quyết|Pháp lệnh)[ \n]+(?:số|này)/u;
// where the provisions under a chapeau end: the next article, or the next numbered clause
const NEXT_PROVISION = /\n[ \t]*(?:Điều[ ]+\d|\d{1,2}\.[ ])/gu;
// the rest of an article heading (up to five wrapped lines, none a sentence or a chapeau of its own) and its first item
const HEADING_THEN_ITEM = /^[^\n]*\n(?:(?![^\n]*như[ ]+sau)[^\n]*[^.:;\n \t][ \t]*\n){0,5}[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])/u;
const NEXT_ARTICLE = /\n[ \t]*(?:Điều[ ]+\d|Chương[ ]+[IVXLC\d])/gu;

/**
 * Where the items that follow `from` end: at the first `next` (a new article or provision) that is not inside a quoted
 * wording (an amended text quotes whole articles), and at most 6 000 characters on.
 */
function sectionEnd(text: string, layout: Layout, from: number, next: RegExp): number {
  const limit = Math.min(text.length, from + 6000);
  next.lastIndex = from;
  for (let m = next.exec(text); m && m.index < limit; m = next.exec(text)) if (!inSortedRanges(layout.quotedWordings, m.index + 1) && !placeWrappedAt(text, m.index)) return m.index;
  return limit;
}
// a line that stops inside a place ("… tại điểm a khoản 1\nĐiều 78.", "… của\nĐiều 5"): the "Điều" that opens the next line is
// the rest of that place, no article
const PLACE_CUT = /(?:(?<![\p{L}])(?:khoản|điểm)[ ]+[\dđa-z]{1,4}|(?<![\p{L}])(?:tại|của|và)|,)[ \t]*$/u;
const placeWrappedAt = (text: string, lineBreak: number): boolean => /^\n[ \t]*Điều[ ]/u.test(text.slice(lineBreak, lineBreak + 8)) && PLACE_CUT.test(text.slice(Math.max(0, lineBreak - 40), lineBreak));

/**
 * The second act a mention carries, besides `relation` (see `Citation.alsoActs`): the other verb of a chapeau that
 * names both ("Thay thế, bãi bỏ một số cụm từ, khoản, phụ lục của Nghị định số 85/2024/NĐ-CP"), or, under an
 * amending chapeau that ends "như sau:", a sub-item that repeals a part without naming a document. Bounded: the
 * clause before the mention and at most 6 000 characters after it.
 */
export function secondaryActs(text: string, layout: Layout, relation: Relation, start: number, tailEnd: number, prevTailEnd: number): Array<{ relation: Relation; scope: { whole: boolean; part: string | null } }> {
  if (relation !== 'amends' && relation !== 'repeals') return [];
  const pStart = paragraphStart(layout, start);
  const leftFrom = Math.max(prevTailEnd, pStart, start - 240);
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
    const second = new RegExp(String.raw`^(?:[^,;.]|,(?![ \n]*(?:quy[ \n]+định|về)))*?[ \n](?:và|,)[ \n]*(?:${ACT_WORDS}|${OTHER_AMENDING_WORDS})(?![\p{L}])`, 'iu').exec(withoutQuotedWords(rest));
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
  const headsArticle = heading || (articleLine && colon !== null && !/\n[ \t]*(?:Sửa[ ]+đổi|Bổ[ ]+sung|Bãi[ ]+bỏ|Thay[ ]+thế)(?![\p{L}])/u.test(colon[0]));
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

// a cell that says what the row does: "Sửa đổi", "Bãi bỏ Điều 8", "Thay thế Phụ lục I"
const ACT_CELL = /^(?:(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|điều[ ]+chỉnh|sửa[ ]+lại)(?:[ ]*(?:,|và)[ ]*(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|điều[ ]+chỉnh))*|(bãi[ ]+bỏ|bỏ|h(?:ủy|uỷ)[ ]+bỏ))(?![\p{L}])/iu;
// a cell of places: "Khoản 3 Điều 4; Điều 12", "Mục 3 Phần II Phụ lục", "Toàn bộ"
// (or the provisions by what they are about, then where: "Quy định về phụ cấp đặc thù … tại các Điều 4, 5, 6 …")
const PLACES_CELL = /^(?:(?:[Cc]ác|[Nn]hững)[ ]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ[ ]+lục|[Mm]ẫu(?:[ ]+số)?|[Bb]iểu(?:[ ]+mẫu)?|[Tt]iết|[Tt]oàn[ ]+bộ)(?![\p{L}])|(?:[Qq]uy[ ]+định|[Nn]ội[ ]+dung)[ ][^|\t]{0,200}?[ ]tại[ ]+(?:các[ ]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ ]+lục)(?![\p{L}]))[^|\t]{0,200}$/u;
// a table of proposals, of a review or of a publication, or of the legal basis of procedures, not of acts: its header or the lines
// above it say so
const PROPOSAL_TABLE = /(?<![\p{L}])(?:căn[ \n]+cứ[ \n]+pháp[ \n]+lý|đề[ \n]+nghị|đề[ \n]+xuất|kiến[ \n]+nghị|dự[ \n]+kiến|rà[ \n]+soát|cần|hướng[ \n]+xử[ \n]+lý|phương[ \n]+án|công[ \n]+bố|thông[ \n]+báo|tiếp[ \n]+tục|còn[ \n]+hiệu[ \n]+lực|giữ[ \n]+nguyên|tình[ \n]+hình|kết[ \n]+quả|đã[ \n]+(?:được[ \n]+|bị[ \n]+)?(?:bãi|sửa|thay|hủy|huỷ))(?![\p{L}])/iu;
// the column of a document's title: a verb there is the title's ("Sửa đổi Quyết định số …"), not the row's
// what proposes whatever the head says: a proposal, a plan's "cần", a forecast
const STRONG_PROPOSAL = /(?<![\p{L}])(?:đề[ \n]+nghị(?![ \n]+của)|đề[ \n]+xuất|kiến[ \n]+nghị|dự[ \n]+kiến|cần(?![ \n]+thiết)|tình[ \n]+hình[ \n]+thực[ \n]+hiện|kết[ \n]+quả[ \n]+thực[ \n]+hiện)(?![\p{L}])/iu;
const NOTE_COLUMN = /^(?:ghi[ ]+chú|tên[ ]+dự[ ]+án|dự[ ]+án)$/iu;
const TITLE_COLUMN = /^(?:trích[ ]+yếu|tên[ ]+(?:văn[ ]+bản|gọi)|nội[ ]+dung[ ]+văn[ ]+bản|tên,[ ]+trích[ ]+yếu)/iu;
const HEAD_REPLACED_BY_THIS = new RegExp(String.raw`(?:do|bằng)[ \n]+${THIS_DOCUMENT}[ \n]+thay[ \n]+thế|${THIS_DOCUMENT}(?:[^.;:]{0,120}?[ ,])?thay[ \n]+thế[ \n]+(?:các|những)|(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?Thay[ \n]+thế[ \n]+(?:các|những)`, 'iu');
const HEAD_REPEALS = /(?<![\p{L}])(?<!(?:được|bị|đã)[ \n]+)(?:bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ)(?![\p{L}])|(?<![\p{L}])(?:bị|được)[ \n]+(?:bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ)(?![ \n]+(?:bởi|theo|tại))/iu;
const HEAD_AMENDS = /(?<![\p{L}])(?<!(?:được|bị|đã)[ \n]+)(?:sửa[ \n]+đổi|thay[ \n]+thế)(?:[ \n]*,[ \n]*(?:bổ[ \n]+sung|thay[ \n]+thế))?[ \n]+(?:các[ \n]+)?(?:biểu[ \n]+mẫu|mẫu|phụ[ \n]+lục|điều|khoản|nội[ \n]+dung|quy[ \n]+định)/iu;

/** The cells of a table row, split by pipes, tabs or spaced dashes (" – "), with where each starts in the line; null for no row. */
function tableCells(line: string): Array<{ from: number; text: string }> | null {
  // (spaced dashes part cells only in a row that opens with its number: "2021 – 2025" in prose is a span of years)
  const sep = (line.match(/\|/gu)?.length ?? 0) >= 2 ? '|' : (line.match(/\t/gu)?.length ?? 0) >= 2 ? '\t' : (line.match(/ [–—] /gu)?.length ?? 0) >= 2 && /^[ \t]*(?:\d{1,4}|STT|TT)[ \t]*[–—][ \t]/u.test(line) ? / [–—] /u : null;
  if (sep === null) return null;
  const cells: Array<{ from: number; text: string }> = [];
  let from = 0;
  for (const cell of line.split(sep)) {
    cells.push({ from, text: cell });
    from += cell.length + (typeof sep === 'string' ? 1 : 3);
  }
  return cells;
}

/**
 * The act of a row of a table whose cell opens with the mention: the verb of another cell of the row ("| 1 | Sửa đổi | khoản 2
 * Điều 5 | Quyết định số … |"), or, without one, what the lines above the table say of its rows ("Bãi bỏ các Nghị quyết sau:",
 * "DANH MỤC VĂN BẢN BỊ BÃI BỎ MỘT PHẦN", "… hết hiệu lực do Quyết định này thay thế", "Sửa đổi, thay thế các biểu mẫu …"), with
 * the places a cell names (the whole, for a repeal or a replacement that names none). Pipes, tabs or spaced dashes part the
 * cells. `cites` when the table proposes, reviews or publishes (PROPOSAL_TABLE); null when the mention opens no cell or nothing
 * acts. Whether the document acts at all is the caller's. Bounded: 40 lines above the row.
 */
export function tableRowAct(text: string, start: number): { relation: 'amends' | 'repeals' | 'replaces' | 'cites'; part: string | null } | null {
  // (a row is a short line: looked for within 1 200 characters, so a text of one long line costs no pass per mention)
  const back = text.slice(Math.max(0, start - 1200), start).lastIndexOf('\n');
  if (back < 0 && start > 1200) return null;
  const ls = back < 0 ? 0 : Math.max(0, start - 1200) + back + 1;
  const ahead = text.slice(start, start + 1200).indexOf('\n');
  if (ahead < 0 && start + 1200 < text.length) return null;
  const le = ahead < 0 ? text.length : start + ahead;
  if (le - ls > 1200) return null;
  const cells = tableCells(text.slice(ls, le));
  if (cells === null) return null;
  const own = cells.find((c) => ls + c.from <= start && start <= ls + c.from + c.text.length);
  if (!own || text.slice(ls + own.from, start).trim() !== '') return null;
  // the table's header row (its first) and up to three lines above it
  let top = ls;
  for (let k = 0; k < 40 && top > 0; k++) {
    const prev = text.lastIndexOf('\n', top - 2) + 1;
    const line = text.slice(prev, top - 1);
    if (tableCells(line) === null && !/^[ \t]*\|?[ \t]*:?-{3,}/u.test(line)) break;
    top = prev;
  }
  const headerLine = top < ls ? text.slice(top, text.indexOf('\n', top)) : '';
  const header = top < ls ? tableCells(headerLine) : null;
  // (up to three lines above it, to the nearest that ends with a colon: "Các văn bản tiếp tục có hiệu lực:" under "Điều 1. Bãi bỏ
  // …" heads its own table)
  let above = top;
  for (let k = 0; k < 3 && above > 0; k++) {
    above = text.lastIndexOf('\n', above - 2) + 1;
    if (/:[ \t]*$/u.test(text.slice(above, top).split('\n')[0] ?? '')) break;
  }
  const head = text.slice(above, top);
  let relation: 'amends' | 'repeals' | 'replaces' | null = null;
  let part: string | null = null;
  let whole = false;
  cells.forEach((c, i) => {
    if (c === own) return;
    const cell = c.text.trim().replace(/\s+/gu, ' ');
    const titleColumn = header !== null && TITLE_COLUMN.test((header[i]?.text ?? '').trim());
    const noteColumn = header !== null && NOTE_COLUMN.test((header[i]?.text ?? '').trim());
    const verb: RegExpExecArray | null = relation === null && !titleColumn && !noteColumn && !NAMES_A_DOCUMENT.test(cell) ? ACT_CELL.exec(cell) : null;
    if (verb) {
      const object = withoutQuotedWords(cell.slice(verb[0].length));
      // (a paper struck out of a procedure changes the provision that lists it: "Bỏ thành phần hồ sơ “…”")
      relation = verb[1] !== undefined && !PROCEDURE_OBJECT.test(object) && !PAPER_OBJECT.test(object) ? 'repeals' : 'amends';
      const end = OBJECT_END.exec(object);
      const place = (end ? object.slice(0, end.index) : object).trim();
      if (/^toàn[ ]+bộ/iu.test(place)) whole = true;
      else if (PLACES_CELL.test(place)) part ??= place;
    } else if (!titleColumn && PLACES_CELL.test(cell)) {
      if (/^[Tt]oàn[ ]+bộ/u.test(cell)) whole = true;
      else part = cell;
    }
  });
  // (in a table of proposals, a review, a report or a publication, the verbs are what is proposed or what others did: the row acts
  // on nothing)
  // (a head that acts itself wins over the weaker words: "Bãi bỏ các Quyết định sau đây do không còn phù hợp với tình hình thực
  // tế:", a column "Căn cứ pháp lý" or "Lý do bãi bỏ (kết quả rà soát)")
  const saidAbove = withoutQuotedWords(head);
  const headActs = HEAD_REPLACED_BY_THIS.test(saidAbove) || HEAD_REPEALS.test(saidAbove) || HEAD_AMENDS.test(saidAbove);
  if (STRONG_PROPOSAL.test(head + headerLine) || (!headActs && (PROPOSAL_TABLE.test(head) || PROPOSAL_TABLE.test(headerLine)))) return { relation: 'cites', part: null };
  // (a verb cell acts on the places it or another cell names, or on the whole: "Điều chỉnh lần 2", "Điều chỉnh tổng mức đầu tư",
  // "Bổ sung vốn" in a list of projects name none)
  if (relation !== null && part === null && !whole) return null;
  if (relation === null) {
    // (the head speaks of the row's subject, its first cell after the number: a document in another column is its basis or a
    // note, "| 1 | Cấp Giấy phép bán lẻ rượu | Nghị định số 17/2020/NĐ-CP |" under a list of procedures)
    const subject = cells.find((c) => c.text.trim() !== '' && !/^[ \t]*\d{1,4}[.)]?[ \t]*$/u.test(c.text));
    if (subject !== own) return null;
    const said = withoutQuotedWords(head + headerLine);
    if (HEAD_REPLACED_BY_THIS.test(said)) relation = 'replaces';
    else if (HEAD_REPEALS.test(said)) relation = 'repeals';
    else if (HEAD_AMENDS.test(said)) relation = 'amends';
    else return null;
    if (relation !== 'amends' && part === null && !whole && /(?<![\p{L}])một[ \n]+phần(?![\p{L}])/iu.test(said)) part = '';
  }
  if (relation === 'amends') return { relation, part: part ?? '' };
  return { relation, part: whole ? null : part };
}

// a body set up by a decision, its members or term changed by this one (see headRelation)
const COMMITTEE_CHANGED = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?(?:Nay[ \n]+)?(?:Kiện[ \n]+toàn|(?:Thay[ \n]+đổi|Điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|Bổ[ \n]+sung|Kiện[ \n]+toàn)[ \n]+(?:thành[ \n]+viên|thành[ \n]+phần|cơ[ \n]+cấu)|Kéo[ \n]+dài[ \n]+thời[ \n]+(?:gian|hạn)[ \n]+hoạt[ \n]+động(?:[ \n]+của)?|Đổi[ \n]+tên)[ \n]+(?:(?:các|những)[ \n]+)?(?:Ban|Hội[ \n]+đồng|Tổ|(?:Ủy|Uỷ)[ \n]+ban|Đoàn|Nhóm|Tiểu[ \n]+ban)(?![\p{L}])[^.;:\n]{0,240}?[ \n(](?:(?:đã[ \n]+)?(?:được[ \n]+)?(?:thành[ \n]+lập|kiện[ \n]+toàn)[ \n]+(?:theo|tại)(?:[ \n]+${PLACE_WORD}(?:[ \n]+(?:của|tại))?)*|(?<!quy[ \n]+định[ \n]+)tại(?:[ \n]+${PLACE_WORD}(?:[ \n]+(?:của|tại))?)+)[ \n]*$`, 'u');
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
// an item that opens with the document it acts on, after its mark ("2. Quyết định số …", "1. Tại Quyết định số …"), or with
// several ("1. Quyết định số A và Quyết định số B cùng ngày …:")
const DOCUMENT_ITEM_MARK = String.raw`^[ \t\u00A0]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[-+•]|Điều[ ]+\d{1,3}[a-zđ]?[.:](?=[ \t]*Đối[ ]+với))[ \t]*(?:(?:Tại|Đối[ ]+với)[ \t]+)?`;
/**
 * The places a clause that opens "Đối với <document>," names right after it ("3. Đối với Luật dạy nghề số 76/2006/QH11, Chương IX
 * - … chấm dứt hiệu lực …"): the part its act touches, or null.
 */
export function placesAfterForDocument(text: string, layout: Layout, start: number, tailEnd: number): string | null {
  if (!FOR_DOCUMENT_ITEM.test(text.slice(lineStart(layout, start), start))) return null;
  const m = PLACES_AFTER_COMMA.exec(text.slice(tailEnd, tailEnd + 300));
  // (not an ending only noted, or another document's: "… Điều 5 đã chấm dứt hiệu lực theo Nghị định số …")
  if (!m || /^[^.;]{0,200}?(?<![\p{L}])đã[ \n]+(?:hết|chấm[ \n]+dứt)|^[^.;]{0,200}?hiệu[ \n]+lực[^.;]{0,40}?(?:theo|bởi|tại)[ \n]/u.test(text.slice(tailEnd + m.index + m[0].length, tailEnd + 600))) return null;
  return oneLine(m[1] as string);
}
const PLACES_AFTER_COMMA = new RegExp(String.raw`^[^.;:]{0,200}?,[ \n]*(${SCOPE_RUN})`, 'u');
// (under a head that approves a plan or a review's outcome, the items are what is to be done: "Điều 1. Thống nhất phương án xử lý văn
// bản sau rà soát như sau:\n1. Đối với Quyết định số …: bãi bỏ Điều 3.")
const PLAN_HEAD = /(?<![\p{L}])(?:phương[ \n]+án|kế[ \n]+hoạch|thống[ \n]+nhất|phê[ \n]+duyệt|đề[ \n]+xuất|kiến[ \n]+nghị|dự[ \n]+kiến|rà[ \n]+soát|đề[ \n]+nghị)(?![\p{L}])/iu;
// an item that names the document what follows is done to ("3. Đối với Nghị định số …: bãi bỏ …", "Điều 7. Đối với Nghị định số
// …\n1. Thay cụm từ …"): its acts are that document's without a head that says it acts
const FOR_DOCUMENT_ITEM = /^[ \t\u00A0]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[-+•]|Điều[ ]+\d{1,3}[a-zđ]?[.:])[ \t]*)?(?:Đối[ ]+với|Tại)[ \t]+$/u;
const MARK_ONLY = new RegExp(`${DOCUMENT_ITEM_MARK}$`, 'u');
const MARK_THEN_DOCUMENTS = new RegExp(String.raw`${DOCUMENT_ITEM_MARK}[^:\n]{0,200}?\d\/[^:\n]{0,120}?(?:[ ]và|,)[ \t]+$`, 'u');
/**
 * What the items under a document's item do to it: the places amended, repealed, named alone (the head says what is done), or
 * the whole repealed; `named` when an item names the documents it acts on again (that mention carries the act).
 */
export interface ItemActs { amends: string[]; repeals: string[]; places: string[]; whole: boolean; named: boolean }
// where a sub-item's object ends: its sentence, its chapeau, the new wording it gives
const OBJECT_END = /[.;:\n]|[ ](?:như[ ]+sau|bằng|thành|với[ ]+nội[ ]+dung)(?![\p{L}])/u;
const PLACES_THEN_ACT = new RegExp(String.raw`^(${SCOPE_RUN})[ \n]+(?:(?:được|bị)[ \n]+)?(?:(?:sửa[ \n]+đổi|bổ[ \n]+sung)(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?:[^.;:]{0,80}?[ \n]như[ \n]+sau|[ \n]*(?:thành[ \n]*)?:)|(bãi[ \n]+bỏ|bỏ(?=[ \n]+(?:cụm[ \n]+từ|từ|đoạn|dấu)(?![\p{L}]))|(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực))(?![\p{L}])`, 'u');
const WORDING_PLACES = new RegExp(String.raw`(?<![\p{L}])tại[ \n]+(${SCOPE_RUN})`, 'u');
const REPEAL_AT = /^(?:bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ|bỏ)(?![\p{L}])/u;

/**
 * The acts of an item of a list that opens with the document it acts on and says what it does to it after a colon, on its
 * line ("3. Quyết định số C …: bãi bỏ Điều 4.") or in sub-items of its own ("1. Quyết định số A …:\na) Sửa đổi khoản 2 Điều 3 …
 * \nb) Bãi bỏ Điều 5.\n2. Quyết định số B …:"): the places each kind of act touches. Null when the mention opens no such item.
 * Whether the list is this document's acts is the caller's (its head). Bounded: 6 000 characters after the mention.
 */
export function itemActs(text: string, layout: Layout, start: number, tailEnd: number): ItemActs | null {
  const ls = lineStart(layout, start);
  const before = text.slice(ls, start);
  if (!MARK_ONLY.test(before) && !MARK_THEN_DOCUMENTS.test(before)) return null;
  const rank = markRank(text.slice(ls, ls + 12));
  // the item's head runs to its colon, over its document's title (no sentence ends before)
  let headRest = /^[^.;:]{0,400}?:/u.exec(text.slice(tailEnd, tailEnd + 420).replace(/\.(?=\d)/gu, ','));
  // ("Điều 7. Đối với Nghị định số 85/2024/NĐ-CP\n1. …": an item that names its document with "Đối với" may end at its line)
  if (!headRest && FOR_DOCUMENT_ITEM.test(before)) headRest = /^[^.;:\n]{0,400}?(?=\n)/u.exec(text.slice(tailEnd, tailEnd + 420).replace(/\.(?=\d)/gu, ','));
  // (a colon of the document's own title opens its contents, not what is done to it: "… ban hành Bảng giá đất, gồm:\n- Phụ lục I …",
  // "… Quy định về các nội dung sau:")
  if (!headRest || /(?<![\p{L}])(?:gồm(?:[ \n]+có)?|bao[ \n]+gồm|(?:các|những)[ \n]+(?:nội[ \n]+dung|vấn[ \n]+đề|lĩnh[ \n]+vực)[ \n]+sau(?:[ \n]+đây)?)[ \n]*:$/u.test(headRest[0])) return null;
  const colon = tailEnd + headRest[0].length;
  const acts: ItemActs = { amends: [], repeals: [], places: [], whole: false, named: false };
  const read = (piece: string): void => {
    const p = withoutQuotedWords(piece).replace(/^[ \t]+/u, '');
    const lead = p.charAt(0).toLowerCase() + p.slice(1);
    const repeal = REPEAL_AT.exec(lead);
    const verb = repeal ? null : (OTHER_AMENDING_AT.exec(lead) ?? ACT_AT.exec(lead));
    const act = repeal ?? verb;
    // (the places alone, under a head that says what is done to them: "- Thông tư số …: Điều 5, khoản 2 Điều 9;")
    if (!act) {
      // the places first, what is done to them after: "a) Khoản 1 Điều 4 được sửa đổi, bổ sung như sau:", "b) Khoản 2 Điều 4 hết
      // hiệu lực thi hành.", "c) Điều 5 bị bãi bỏ."
      const placed = PLACES_THEN_ACT.exec(p);
      if (placed) {
        (placed[2] !== undefined ? acts.repeals : acts.amends).push(oneLine(placed[1] as string));
        return;
      }
      const bare = p.replace(/[.;]?\s*$/u, '').replace(/\s+/gu, ' ').trim();
      if (/^toàn[ ]+bộ$/iu.test(bare)) acts.whole = true;
      else if (PLACES_CELL.test(bare) && bare.length <= 160 && !/(?<![\p{L}])(?:Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị)(?![\p{L}])|\d\/\d/u.test(bare)) acts.places.push(bare);
      return;
    }
    const object = lead.slice(act[0].length).replace(/^[ \t]*(?:[,/][ \t]*|và[ \t]+)(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế)[ \t]*/u, '');
    const end = OBJECT_END.exec(object);
    let place = (end ? object.slice(0, end.index) : object.slice(0, 160)).replace(/\s+/gu, ' ').trim();
    // a wording replaced or struck out is known by where it stands: "Thay cụm từ “…” bằng cụm từ “…” tại điểm a khoản 2 Điều 6."
    if (place === '' || /^(?:cụm[ ]+từ|từ|nội[ ]+dung|dấu)(?![\p{L}])/u.test(place)) {
      const at = WORDING_PLACES.exec(object.split(/[.;:\n]/u)[0] ?? '');
      if (at) place = (at[1] as string).replace(/\s+/gu, ' ').trim();
    }
    // (a piece that names the documents it acts on speaks for them itself: "Bãi bỏ Điều 6 Nghị quyết số A và khoản 2 Điều 1 Nghị quyết số B.")
    if (/số[ ]*\d|\d\/\d/u.test(place)) {
      acts.named = true;
      return;
    }
    if (noPartObject(place)) return;
    // ("bãi bỏ toàn bộ Quyết định", "bãi bỏ toàn bộ"): the whole document
    if (repeal && /^toàn[ ]+bộ(?:[ ]+(?:quyết[ ]+định|nghị[ ]+quyết|nghị[ ]+định|thông[ ]+tư|chỉ[ ]+thị|văn[ ]+bản)(?:[ ]+này|[ ]+nêu[ ]+trên)?)?$/iu.test(place)) {
      acts.whole = true;
      return;
    }
    (repeal ? acts.repeals : acts.amends).push(place || act[0].replace(/\s+/gu, ' '));
  };
  const found = (): ItemActs | null => (acts.amends.length + acts.repeals.length + acts.places.length > 0 || acts.whole || acts.named ? acts : null);
  const lineEnd = text.indexOf('\n', colon);
  const inline = text.slice(colon, lineEnd < 0 ? text.length : lineEnd);
  if (inline.trim() !== '') {
    // several acts on one line, parted by semicolons: "sửa đổi khoản 1 Điều 2; bãi bỏ Điều 4."
    for (const piece of inline.split(/;[ \t]*/u)) read(piece);
    return found();
  }
  // the sub-items, to the next item of this list or of a list above it, an article, or a blank line before an unmarked line
  const limit = Math.min(text.length, colon + 6000);
  let subRank: number | undefined;
  for (let p = lineEnd, first = true; p >= 0 && p < limit; p = text.indexOf('\n', p + 1), first = false) {
    const next = text.indexOf('\n', p + 1);
    const line = text.slice(p + 1, next < 0 ? limit : Math.min(next, limit));
    if (inSortedRanges(layout.quotedWordings, p + 1) || /^[ \t]*[“"‘«]/u.test(line)) continue;
    if (/^[ \t]*Điều[ ]+\d/u.test(line)) {
      // (the places alone right under the item: "2. Quyết định số …:\nĐiều 4.")
      if (first && subRank === undefined && line.trim().length <= 80) read(line);
      break;
    }
    const r = markRank(line);
    // (one line without a mark right under the item says what is done: "1. Nghị quyết số …:\nSửa đổi khoản 1 Điều 2 như sau: …")
    if (r < 0) {
      if (first && subRank === undefined) read(line);
      continue;
    }
    if (r <= rank) break;
    // (the items of a sub-item, "- …" under "a) Sửa đổi khoản 2 như sau:", are its new wording)
    subRank ??= r;
    if (r === subRank) read(line.replace(/^[ \t\u00A0]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-zđ][)]|[-–•+])[ \t]*/u, ''));
  }
  return found();
}

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
  let n = Math.min(2, lines.length);
  while (n < Math.min(5, lines.length) && /^[ \t]*\p{Ll}(?![)])/u.test(lines[n] as string)) n++;
  return lines.slice(0, n).join(' ');
}

/**
 * The parts an amending act repeals in provisions that name no document ("Điều 7. Bãi bỏ Điều 9."), when its title amends
 * one document: those provisions act on the document the title names, so the title and the enacting formula carry the
 * repeal as well as the amendment. Null when the body repeals nothing so (one scan of the body, quoted wordings skipped).
 */
export function untitledRepeals(text: string, layout: Layout): string | null {
  const parts: string[] = [];
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
    // (the part runs over the lines the item wraps onto, "Bãi bỏ khoản 1, khoản 2 Điều\n8, khoản 2 Điều 9.", to its sentence's end)
    const objectFrom = m.index + m[0].length - (m[1] as string).length - at;
    const object = raw.slice(objectFrom).split(/\.(?=[ \n]+\p{Lu})/u)[0] ?? '';
    parts.push(object.replace(/\s+/gu, ' ').replace(/[.;:]\s*$/u, '').trim());
  }
  return parts.length > 0 ? parts.filter((x) => x !== '').join('; ') : null;
}

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
// ("đã được điều chỉnh tại Quyết định số …" reports an adjustment; "được điều chỉnh bởi Bộ luật …" is "governed by", no act)
const STATUS_VERB = String.raw`(?:${ACT_VERB}|hướng[ \n]+dẫn(?:[ \n]+thi[ \n]+hành)?|quy[ \n]+định[ \n]+chi[ \n]+tiết|đính[ \n]+chính|(?<=đã[ \n]+được[ \n]+)điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?=[ \n]+tại)|(?<=(?:được|[(,])[ \n]*)điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?=[ \n]+lần[ \n]))`;
// which time a document was changed ("được sửa đổi, bổ sung lần thứ hai tại …", "điều chỉnh lần 1 tại …"): with it, a participle after a
// parenthesis or a comma reports the act without "được" ("Quyết định số A (…, điều chỉnh lần 1 tại Quyết định số B)")
const ORDINAL_TIME = String.raw`(?:[ \n]+lần[ \n]+(?:thứ[ \n]+)?(?:\d{1,2}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười))`;
const BARE_PARTICIPLE = String.raw`(?<=[(,][ \n]*)(?=(?:sửa|bổ|thay|bãi|điều)[^()\n.;]{0,30}?${ORDINAL_TIME})`;
const PASSIVE_PLACE = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}`;
// (its actors may be listed under it, one a line: "…, được sửa đổi, bổ sung bởi:\n1. Quyết định số …", a consolidated text's header)
const PASSIVE_BY = new RegExp(String.raw`(?<![\p{L}])(?:(?:được|bị)[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*,?[ \n]*(?:bởi|(?<=thay[ \n]+thế[ \n]*)bằng)|(?:được|bị)[ \n]+(${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*)([ \n]+một[ \n]+phần)?(?:[ \n]+toàn[ \n]+bộ)?${ORDINAL_TIME}?[ \n]+(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)[ \n]+)?(?:bởi|theo)(?:[ \n]+quy[ \n]+định[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?|[Vv]ăn[ \n]+bản[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*:|(?:(?:được|bị)[ \n]+|${BARE_PARTICIPLE})(${STATUS_VERB}(?:[ \n]*,[ \n]*${STATUS_VERB})*)${ORDINAL_TIME}?(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung))?[ \n]+(?:bởi|tại)(?:[ \n]+(?:các[ \n]+)?${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?(?:[ \n]+(?:NĐ|TT|QĐ|NQ|TTLT))?)(?:[ \n]+các)?[ \n]*(?::[ \t]*\n[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?)?$`, 'iu');
// the phrase with the actors named before this one ("… đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số
// 71/2014/QH13 và Luật số …"): each actor after the first reports its own act
// (a list ends at its "và": "… theo Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số 97/2015/QH13, Luật Phòng, chống bệnh
// truyền nhiễm số 03/2007/QH12, …" goes on with the next law the sentence names, not a fourth actor)
// (after "các Luật", the items may be their numbers alone: "… bởi các Luật\nsố 43/2024/QH15, số 47/2024/QH15, … và số 95/2025/QH15")
const PRIOR_ACTOR = String.raw`[ \n]+(?:(?:(?:Bộ[ \n]+)?[Ll]uật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định)[ \n]+)?số[ \n]+[^\s,;.]{3,40}(?:[ \n]+ngày[^,;.]{0,40}?)?[ \n]*`;
const PRIOR_ACTORS = String.raw`(?:${PRIOR_ACTOR},){0,5}${PRIOR_ACTOR}(?:,[ \n]*và|,|và)`;
const PASSIVE_BY_LIST = new RegExp(String.raw`(?<![\p{L}])(?:(?:được|bị)[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*,?[ \n]*(?:bởi|(?<=thay[ \n]+thế[ \n]*)bằng)|(?:được|bị)[ \n]+(${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*)([ \n]+một[ \n]+phần)?(?:[ \n]+toàn[ \n]+bộ)?${ORDINAL_TIME}?[ \n]+(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)[ \n]+)?(?:bởi|theo)(?:[ \n]+quy[ \n]+định[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?|[Vv]ăn[ \n]+bản[ \n]+(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*|${SUSPEND_VERB})([ \n]+một[ \n]+phần)?${SUSPEND_EXTENT}[ \n]*:|(?:(?:được|bị)[ \n]+|${BARE_PARTICIPLE})(${STATUS_VERB}(?:[ \n]*,[ \n]*${STATUS_VERB})*)${ORDINAL_TIME}?(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung))?[ \n]+(?:bởi|tại)(?:[ \n]+(?:các[ \n]+)?${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?(?:[ \n]+(?:NĐ|TT|QĐ|NQ|TTLT))?)(?:[ \n]+các)?${PRIOR_ACTORS}[ \n]*$`, 'iu');

// "(đã) hết hiệu lực theo (quy định tại Điều 95) <actor>", "hết hiệu lực một phần bởi <actor>": a reported ending
// (the day it ended may come first: "… hết hiệu lực kể từ ngày 01 tháng 3 năm 2026 theo Luật Đầu tư số 143/2025/QH15")
const ENDED_BY_STATUS = new RegExp(String.raw`(?<![\p{L}])(?:đã[ \n]+)?hết[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+toàn[ \n]+bộ|[ \n]+(một[ \n]+phần))?(?:[ \n]*,?[ \n]*(?:kể[ \n]+)?từ[ \n]+ngày[ \n]+\d{1,2}(?:[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|[\/.-]\d{1,2}[\/.-]\d{4})[ \n]*,?)?[ \n]+(?:theo|bởi)(?:[ \n]+quy[ \n]+định)?(?:[ \n]+tại)?(?:[ \n]+${PASSIVE_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PASSIVE_PLACE}){0,20}(?:[ \n]+(?:của|tại))?)?[ \n]*$`, 'iu');

// "… Thông tư số A (đã được sửa đổi, bổ sung thành Mẫu số 17, Phụ lục I khoản 1, Điều 17 Thông tư số B)": the provisions became
// provisions of B, which amended A (an annex or a form moved into the amending act)
const FORM_OR_PLACE = String.raw`(?:${PASSIVE_PLACE}|[Mm]ẫu[ \n]+số[ \n]+[\dA-Za-zđĐ]{1,6}(?:[-/][\dA-Za-zđĐ]{1,6})?)`;
const AMENDED_INTO = new RegExp(String.raw`(?<![\p{L}])(?:được|bị)[ \n]+${ACT_VERB}(?:[ \n]*,[ \n]*${ACT_VERB})*[ \n]+thành[ \n]+${FORM_OR_PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${FORM_OR_PLACE}){0,20}[ \n]+(?:(?:của|tại|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+)?$`, 'iu');
const VERB_BY_AT_END = new RegExp(String.raw`(?<![\p{L}])(${ACT_VERB}(?:[ \n]*[,/][ \n]*${ACT_VERB})*)([ \n]+một[ \n]+phần)?[ \n]*,?[ \n]*bởi[ \n]*$`, 'iu');
/**
 * When the mention at `start` is the actor of a passive phrase that ends right before it ("Được thay thế bởi"),
 * the act it performs on the document named before the phrase, where the phrase starts, and whether it touches a
 * part only (the phrase says "một phần", or the list it sits in is headed "… hết hiệu lực một phần"); else null.
 */
export function passiveAct(text: string, layout: Layout, start: number): { relation: Relation; phraseStart: number; part: boolean; status: boolean; ending?: true; listed?: true } | null {
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
  if (!m) {
    from = Math.max(0, start - 400);
    const into = AMENDED_INTO.exec(text.slice(from, start));
    if (into) return { relation: 'amends', phraseStart: from + into.index, part: true, status: true };
  }
  if (!m) {
    // "Luật Đấu thầu số 43/2013/QH13 đã hết hiệu lực theo quy định tại Điều 95 Luật Đấu thầu số 22/2023/QH15": the ending is
    // reported, its actor this mention
    from = Math.max(0, start - 200);
    const ended = ENDED_BY_STATUS.exec(text.slice(from, start));
    return ended ? { relation: 'repeals', phraseStart: from + ended.index, part: ended[1] !== undefined, status: false, ending: true } : null;
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
  // the heading of the list the phrase sits in
  const partList = lastStartingAtOrBefore(layout.expiryHeadings, start)?.part === true;
  const part = relation === 'amends' || partly !== undefined || partList;
  // replacing parts ("Được sửa đổi, bổ sung, thay thế bởi" in a list of partly expired documents) amends them
  return { relation: part && relation === 'replaces' ? 'amends' : relation, phraseStart: from + m.index, part, status, ...more };
}

// a numbered item that opens with the mention: "12. Thông tư số …", "- Nghị định số …"
const ITEM_OPENING = /(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-+•])[ \t]*$/u;
// an item without a number, alone under its section heading ("VI. Lĩnh vực Trẻ em\nThông tư số …") or after an item
// that ended its sentence: the mention opens its line
const UNNUMBERED_ITEM = /(?:[.;:][ \t]*\n|\n[ \t]*\n|(?:^|\n)[ \t]*[IVXLC]{1,6}[.)][^\n]{0,160}\n)[ \t]*$/u;
// (an item that opens with the document, at most through the places it names, and has no verb of its own)
// (the places may be of the regulation issued with it: "1. Điều 3, Điều 7 Quy định ban hành kèm theo Quyết định số …")
const ITEM_OPENS_WITH_DOCUMENT = new RegExp(String.raw`^[ \t\n]*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])?[ \t]*(?:${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,20}[ \n]+(?:(?:của|tại)[ \n]+)?(?:(?:Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ)[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+)?)?$`, 'u');
// the verbs that suspend or end a document, written before it as the head of its own clause (Luật Ban hành văn bản quy phạm
// pháp luật: "ngưng hiệu lực", "đình chỉ việc thi hành"; Luật Khiếu nại, Điều 35: "tạm đình chỉ việc thi hành" a decision;
// local authorities write "tạm dừng thi hành Quyết định số …"; an annulled decision, "hủy bỏ", ends as a whole): the clause
// opens with the verb (after its article or item mark, or the acting document's "… này"), and the document, or the places of
// it, follow the verb at once, so a verb whose object is something else ("hủy bỏ quyết định xử lý kỷ luật", "chấm dứt hiệu lực
// Giấy chứng nhận …") or a condition ("trong thời gian ngưng hiệu lực của …") is not read so
const SUSPENDING = String.raw`(?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn)[ \n]+hiệu[ \n]+lực|(?:tạm[ \n]+)?đình[ \n]+chỉ[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành)|tạm[ \n]+dừng[ \n]+hiệu[ \n]+lực|(?:tạm[ \n]+)?(?:dừng|ngưng|ngừng|hoãn)[ \n]+(?:việc[ \n]+)?(?:thi[ \n]+hành|thực[ \n]+hiện)`;
// ("4. Hết hiệu lực khoản 5 Điều 1 Thông tư số …": the ending's verb first, as "Chấm dứt hiệu lực …")
const ENDING = String.raw`chấm[ \n]+dứt[ \n]+hiệu[ \n]+lực|hết[ \n]+hiệu[ \n]+lực|h(?:ủy|uỷ)[ \n]+bỏ`;
const REVOKED_FIRST = /^[ \t\n]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?Thu[ \n]+hồi(?:[ \n]*(?:,|và)[ \n]*h(?:ủy|uỷ)[ \n]+bỏ)?[ \n]+(?:toàn[ \n]+bộ[ \n]+)?$/u;
export const VERB_FIRST_ACT = new RegExp(String.raw`(?:^[ \t\n]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?|(?<![\p{L}])này[ \n]+)(?:(${SUSPENDING})|${ENDING})(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+(?:toàn[ \n]+bộ|một[ \n]+phần))?[ \n]+(?:(?:của|đối[ \n]+với)[ \n]+)?(?:${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}[ \n]+(?:(?:của|tại)[ \n]+)?)?$`, 'iu');
// "Điều 1. Điều chỉnh Điều 1 Quyết định số 1234/QĐ-UBND …", "2. Điều chỉnh một số nội dung tại khoản 3 Điều 2 Quyết định số …":
// an administrative decision changes another by "điều chỉnh", at the opening of a provision, with that document or its places as
// the object at once (the verb's other uses take a quantity or a policy: "điều chỉnh mức lương cơ sở", "khi Chính phủ điều chỉnh
// tiền lương")
// (an annex may be named without its number, and "ban" after it opens "ban hành kèm theo", it is no number: "Điều chỉnh mục 3
// Phụ lục ban hành kèm theo Quyết định số …")
const PLACE_OR_ANNEX = String.raw`(?:${PLACE_WORD}(?<![ \n]ban)|[Pp]hụ[ \n]+lục)`;
// (read from the line the clause opens on, over the lines it wraps onto and the documents its description names)
const ADJUSTING_OPENING = /(?:^|\n)[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?Điều[ \n]+chỉnh(?![\p{L}])(?:[^.;:\n]|\.(?=\d)|\n(?![ \t]*(?:Điều[ ]+\d|\d{1,2}[.)]|[a-zđ][)])))*[ \n](?:tại|của|kèm[ \n]+theo)[ \n]*$/u;
// the rest of the sentence announces the new wording
const AS_FOLLOWS_AFTER = /^[^.;:]{0,250}?[ \n]như[ \n]+sau[ \n]*:/u;
const ADJUSTING_FIRST_ACT = new RegExp(String.raw`^[ \t\n]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?Điều[ \n]+chỉnh(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:(?:một[ \n]+số[ \n]+)?(?:nội[ \n]+dung|cụm[ \n]+từ|từ[ \n]+ngữ|điều(?:[ \n]*,[ \n]*khoản)?|quy[ \n]+định)[ \n]+(?:của|tại)[ \n]+)?(?:${PLACE_OR_ANNEX}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_OR_ANNEX}){0,40}[ \n]+(?:(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)[ \n]+)?)?$`, 'u');
// the places an item opens with, up to its mention (anchored at the end of a bounded window)
const LEADING_PLACES = new RegExp(String.raw`${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}[ \n]+(?:của[ \n]+)?$`, 'u');

/**
 * Whether the mention at `start` opens an item of an annex that lists documents this text repeals, and how much
 * ('whole' or 'part', from the annex heading); null otherwise.
 */
export function repealAnnexAt(text: string, layout: Layout, start: number): 'whole' | 'part' | null {
  const heading = lastStartingAtOrBefore(layout.annexes, start);
  if (!heading?.repeals) return null;
  // an item of a list of partial repeals opens with the places it ends: "Điều 8, Điều 9 Thông tư số …", "Mục 1, …
  // Chương I; Điều 24, khoản 1\nĐiều 26 …; Chương II; Điều 52 Chương III Thông tư số …"
  const before = text.slice(Math.max(heading.start, start - 600), start);
  const places = LEADING_PLACES.exec(before);
  const opening = places ? before.slice(0, places.index) : before;
  // (or a table's row, its number alone on the line before: "STT\nTên văn bản\n1\nNghị định số …")
  if (!(ITEM_OPENING.test(opening.slice(-12)) || UNNUMBERED_ITEM.test(opening.slice(-200)) || TABLE_ROW_START.test(opening.slice(-120)))) return null;
  // (an item may say how much of its document goes, after its title: "… quy định về quản lý tài sản công. Bãi bỏ Điều 6 và Điều
  // 7.", "… Bãi bỏ toàn bộ."; a heading that says neither lists whole repeals)
  const own = ITEM_EXTENT.exec(text.slice(start, start + 600).split(/\n(?=[ \t]*(?:\d{1,3}[.)]|[IVXLC]{1,6}\.)[ \t])/u)[0] ?? '');
  if (own) return own[1] !== undefined ? 'whole' : 'part';
  return heading.repeals;
}
const ITEM_EXTENT = /[.;:][ \t]*(?:Bãi[ \n]+bỏ|Hết[ \n]+hiệu[ \n]+lực)[ \n]+(?:(toàn[ \n]+bộ)|(?:một[ \n]+phần|một[ \n]+số|các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương|[Mm]ẫu|nội[ \n]+dung|quy[ \n]+định|phần)|một[ \n]+phần)(?![\p{L}])/u;

// "Thay thế cụm từ … tại: khoản 2 … Điều 3; khoản 4 Điều 11; Điều 17; khoản 2 Điều 18 Thông tư số …": a semicolon
// between the places of one list of places is no clause break
const PLACE_ITEM = /^(?:các[ \n]+)?(?:[Đđ]iều|khoản|điểm|Phụ[ \n]+lục|Mẫu[ \n]+số|Chương|Mục)[ \n]+[\dA-Za-zđĐ]/u;

/** Where the clause that holds the end of `left` starts: after its last "; " or ". " (-1: no break). */
function clauseBreak(left: string): number {
  let at = left.length;
  while (at > 0) {
    const b = Math.max(left.lastIndexOf('; ', at - 1), left.lastIndexOf('. ', at - 1));
    if (b < 0 || left[b] === '.' || !PLACE_ITEM.test(left.slice(b + 2, b + 40))) return b;
    at = b;
  }
  return -1;
}

// a preposition that opens a list of places on the next lines ("… bằng cụm từ “Cục Hải quan” tại:\nkhoản 2, …")
const PLACES_FOLLOW = /(?<![\p{L}])(?:tại|của)[ ]*:[ ]*\n[ ]*$/u;

/**
 * The start of the paragraph at `pos`, or of the one before when that one ends "… tại:" and this one lists places, or of
 * the one where a quoted passage opens when a page break inside the quote made a paragraph of its rest (an odd number of
 * quotes up to `pos`: the mention is outside the quote, so one of them closes a quote opened before).
 */
function clauseParagraphStart(text: string, layout: Layout, pos: number): number {
  const own = paragraphStart(layout, pos);
  let p = own;
  for (let k = 0; k < 4; k++) {
    // (the normalized text has straight quotes: an odd number of them between the paragraph's start and the mention; a
    // paragraph longer than a quote's reach is left as it is, so a text without line breaks costs nothing)
    if (pos - p > 1500) {
      p = own;
      break;
    }
    if ((text.slice(p, pos).match(/["“”]/gu)?.length ?? 0) % 2 === 0) break;
    // still inside the quote: back to the paragraph before, within a quote's reach, else the paragraph is the mention's own
    if (p === 0 || own - p > 1200) {
      p = own;
      break;
    }
    p = paragraphStart(layout, p - 1);
    if (k === 3) p = own;
  }
  return p > 0 && PLACES_FOLLOW.test(text.slice(Math.max(0, p - 12), p)) && PLACE_ITEM.test(text.slice(p, p + 40).trimStart()) ? paragraphStart(layout, p - 2) : p;
}

/**
 * The last trigger that opens a clause of `s`, in lower case. One at a line's start opens a clause only with its capital (or
 * after a list's mark): "… hướng dẫn\nthực hiện chính sách …" is a title wrapped, not a clause.
 */
function lastClauseTrigger(s: string): string | null {
  let last: string | null = null;
  CLAUSE_TRIGGER.lastIndex = 0;
  for (let m = CLAUSE_TRIGGER.exec(s); m; m = CLAUSE_TRIGGER.exec(s)) {
    const word = m[1] as string;
    if (/^\n[ ]*$/u.test(m[0].slice(0, m[0].length - word.length)) && word.charAt(0) !== word.charAt(0).toUpperCase()) continue;
    last = word.toLowerCase();
  }
  return last;
}

// a preamble paragraph that opens with a document (after a list's mark, if any)
const DOCUMENT_OPENS_PARAGRAPH = /^[ \t]*(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*(?:Hiến[ \n]+pháp|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|Chỉ[ \n]+thị|Kết[ \n]+luận|Kế[ \n]+hoạch|Chương[ \n]+trình|Hướng[ \n]+dẫn|Công[ \n]+văn)(?![\p{L}])/u;
/**
 * The trigger of a preamble clause carried over the paragraphs of its list: "Căn cứ:\n- Luật A;\n- Nghị định B;", "Căn cứ Luật
 * A;\nNghị định B;" (the items on lines of their own, each a paragraph). Back over paragraphs that end with a semicolon, a comma
 * or a colon, twelve at most, to the one whose last clause opens with a trigger; null when a paragraph ends otherwise, or
 * leaves the preamble, first.
 */
function triggerCarriedOver(text: string, layout: Layout, pStart: number): Relation | null {
  if (!DOCUMENT_OPENS_PARAGRAPH.test(text.slice(pStart, pStart + 40))) return null;
  let p = pStart;
  for (let k = 0; k < 12 && p > 0; k++) {
    const prevP = paragraphStart(layout, p - 1);
    const zone = zoneAt(layout, prevP);
    if (prevP >= p || (zone !== 'preamble' && zone !== 'header')) return null;
    const prev = text.slice(Math.max(prevP, p - 800), p);
    if (!/[;:,][ \t]*\n[ \t\n]*$/u.test(prev)) return null;
    const last = lastClauseTrigger(prev);
    if (last !== null) return last.startsWith('căn') ? 'basis' : 'implements';
    if (TRIGGER_BASIS.test(prev)) return 'basis';
    if (TRIGGER_IMPLEMENTS.test(prev)) return 'implements';
    if (!DOCUMENT_OPENS_PARAGRAPH.test(prev)) return null;
    p = prevP;
  }
  return null;
}

// the regulation this act issues replaces another's: see headRelation
const PROMULGATED_REPLACES = /^[ \t]*(?:Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*|\d{1,2}[.)][ \t]*)?Ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+(?:Quyết[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Chỉ[ \n]+thị)[ \n]+này(?:(?!(?<![\p{L}])(?:dự[ \n]+thảo|trong[ \n]+đó|xây[ \n]+dựng)(?![\p{L}]))[^.;:]){0,300}?(?<![\p{L}])thay[ \n]+thế[ \n]+(?:(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Hướng[ \n]+dẫn|Danh[ \n]+mục|Bảng[ \n]+giá|Kế[ \n]+hoạch|Chương[ \n]+trình|Đề[ \n]+án|Bộ[ \n]+tiêu[ \n]+chí|Tiêu[ \n]+chí)(?:[^.;:\n]|\n(?![ \t]*\n)){0,200}?(?<![\p{L}])(?:ban[ \n]+hành[ \n]+)?(?:kèm[ \n]+theo|tại)[ \n]+)?$/u;
/** The line that ends with a colon above a mention (a table's or a list's head), within 40 lines and the article, is a list of documents to be drafted. */
function draftingListAbove(text: string, start: number): boolean {
  let at = text.lastIndexOf('\n', start - 1);
  for (let k = 0; k < 40 && at > 0; k++) {
    const from = text.lastIndexOf('\n', at - 1) + 1;
    const line = text.slice(from, at);
    if (/:[ \t]*$/u.test(line)) {
      // (the head may wrap over a few lines: "… Danh mục văn bản quy phạm pháp\nluật quy định chi tiết … giao … ban\nhành:")
      const head = text.slice(Math.max(0, from - 400), at).trimEnd().slice(0, -1);
      const named = [...head.matchAll(DOCUMENT_LIST_NAMED)].pop();
      return named !== undefined && !/[.;:]/u.test(head.slice(named.index)) && TO_BE_ISSUED.test(head.slice(named.index));
    }
    if (/^[ \t]*Điều[ ]+\d/u.test(line)) return false;
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
const GUIDANCE_TYPE = /^HƯỚNG DẪN/u;
const TITLE_NAMES_DOCUMENT = /(?<![\p{L}])(?:Nghị[ \n]+quyết|Quyết[ \n]+định|Chỉ[ \n]+thị|Kết[ \n]+luận|Thông[ \n]+tư|Nghị[ \n]+định|Kế[ \n]+hoạch|Quy[ \n]+định|Chương[ \n]+trình|Luật|Bộ[ \n]+luật|Pháp[ \n]+lệnh)[ \n]+(?:số[ \n]*)?(?:\d|\p{Lu})/u;
const carriedOut = (layout: Layout, text?: string): Relation =>
  GUIDANCE_TYPE.test(layout.ownType ?? '') && (text === undefined || !TITLE_NAMES_DOCUMENT.test(text.slice(layout.titleStart, layout.titleEnd))) ? 'guides' : 'implements';
const GUIDED_IN_ENACTING_LINE = /(?<![\p{L}])hướng[ \n]+dẫn(?:[ \n]+(?:một[ \n]+số[ \n]+nội[ \n]+dung|việc))?[ \n]+(?:thực[ \n]+hiện|thi[ \n]+hành)[ \n]+[^\n.;:]{0,200}$/u;

/** Relation of a HEAD (or ALIAS) mention from its zone and triggers. */
export function headRelation(text: string, layout: Layout, start: number, tailEnd: number, prevTailEnd: number, asQuoted = false): Relation {
  const zone = zoneAt(layout, start);
  if (zone === 'title') {
    // a Gazette title repeats the document's own identity first: "CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8
    // NĂM 2001 HƯỚNG DẪN …"
    // (its words read as one line: a title in capitals wraps anywhere, "… HƯỚNG\nDẪN BỔ SUNG …")
    const title = text.slice(layout.titleStart, layout.titleEnd).replace(/[ \t]*\n[ \t]*/gu, ' ').replace(GAZETTE_TITLE_PREFIX, '');
    // "… Luật Giá số 16/2023/QH15 được sửa đổi, bổ sung bởi Luật số 44/2024/QH15, Luật số 61/2024/QH15": the title reports another's act
    if (TITLE_PASSIVE.test(text.slice(Math.max(layout.titleStart, start - 300), start))) return 'cites';
    // "Về việc kéo dài thời gian thực hiện Nghị quyết số …": the term of the document is extended (not its implementation)
    if (/^[ ]*(?:Về việc )?(?:kéo dài|Kéo dài|gia hạn|Gia hạn)[ ]+(?:thời[ ]+gian|thời[ ]+hạn)(?:[ ]+(?:thực[ ]+hiện|áp[ ]+dụng|hiệu[ ]+lực))?(?:[ ]+(?:của|đối[ ]+với))?[ ]*$/u.test(text.slice(Math.max(layout.titleStart, start - 120), start).replace(/^[^]*?(?=(?:Về việc )?(?:kéo dài|Kéo dài|gia hạn|Gia hạn)(?![\p{L}]))/u, '').replace(/\s+/gu, ' ')) && TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH')) return 'amends';
    if (TRIGGER_IMPLEMENTS.test(title)) return carriedOut(layout);
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
    if (/^[ ]*(?:Về việc )?Bãi bỏ(?:,| và) thay thế/iu.test(title) && TITLE_ACTS.test(layout.ownType ?? 'QUYẾT ĐỊNH')) return 'replaces';
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
  const inOperativeBody = zone === 'body' && !layout.annexes.some((a) => a.start > layout.preambleEnd && a.start < start) && start < attachedStart(text, layout);
  if (zone === 'body' && draftingListAbove(text, start)) return 'cites';
  const rowStart = TABLE_ROW_START.test(text.slice(Math.max(0, start - 120), start));
  if (rowStart || INLINE_ROW_START.test(text.slice(Math.max(0, start - 120), start))) {
    if (repealAnnexAt(text, layout, start) !== null) return 'repeals';
    const head = inOperativeBody ? tableHead(text, start) : '';
    if (head !== '' && !RECORDED_HEAD.test(head) && !TASKED_HEAD.test(head)) {
      if (REPLACING_LIST.test(head) || REPLACED_BY_THIS_LIST.test(head)) return 'replaces';
      if (ENDING_LIST.test(head)) return 'repeals';
    }
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
  if (zone === 'preamble' || zone === 'header') {
    // the last trigger that opens a clause of this paragraph before the mention (R4: it carries over "; …")
    const from = Math.max(pStart, start - 800);
    const before = text.slice(from, start);
    const last = lastClauseTrigger(before);
    if (last === null && from === pStart) {
      if (TRIGGER_BASIS.test(para)) return 'basis';
      if (TRIGGER_IMPLEMENTS.test(para)) return carriedOut(layout, text);
      const carried = triggerCarriedOver(text, layout, pStart);
      if (carried !== null) return carried === 'implements' ? carriedOut(layout, text) : carried;
    }
    if (last !== null) return last.startsWith('căn') ? 'basis' : carriedOut(layout, text);
  }
  // "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc …, thay thế Quy chế làm việc ban hành kèm theo Quyết định số …": the
  // regulation this act issues takes the place of the one the other decision issued (not a draft the issued plan lists: "… Kế hoạch
  // xây dựng văn bản …, trong đó có dự thảo Thông tư … thay thế Thông tư số …")
  if (inOperativeBody && acting && PROMULGATED_REPLACES.test(text.slice(pStart, start))) return 'replaces';
  // (the enacting line of a guidance, at the preamble's end or the body's start)
  if ((zone === 'preamble' || zone === 'body') && GUIDANCE_TYPE.test(layout.ownType ?? '') && GUIDED_IN_ENACTING_LINE.test(text.slice(lineStart(layout, start), start)) && /^[^\n.;]{0,300}như[ \n]+sau[ \t]*:/u.test(text.slice(tailEnd, tailEnd + 320))) return 'guides';
  // the words between the previous mention (or the clause start) and this one
  // (a clause that lists many places before the mention, "6. Thay thế tiểu mục b mục 13 Phụ lục VI-1.1, tiểu mục b mục 12 Phụ lục
  // VI-1.2, … ban hành kèm theo Thông tư số …", is read from its start when no sentence ends in it)
  const clauseFrom = Math.max(prevTailEnd, pStart, start - 400 > pStart && start - pStart <= 1500 && !BREAK.test(withoutQuotedWords(text.slice(pStart, start).replace(ITEM_MARK, ''))) ? pStart : start - 400);
  const left = text.slice(clauseFrom, start);
  // (a sentence inside a quoted passage ends no clause of the text that quotes it)
  const lastBreak = clauseBreak(withoutQuotedWords(left));
  const local = lastBreak >= 0 ? left.slice(lastBreak + 2) : left;
  const sentenceEnd = text.slice(tailEnd, Math.min(text.length, tailEnd + 160));
  const rightClause = sentenceEnd.split(/[.;]|\n[ ]*\n/)[0] ?? '';
  // "1. Khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung như sau:", "2. Điều 9 Nghị định số … được bãi bỏ.": an
  // operative provision in the passive, with no actor: this document acts (a status phrase names its actor, "… được sửa đổi,
  // bổ sung bởi …", or says it is done, "… đã được sửa đổi …")
  // "3. Thời hạn quy định tại khoản 2 Điều 12 Nghị định số … được kéo dài đến hết ngày …", "Kể từ ngày …, mức phạt tiền quy định tại
  // khoản 3 Điều 6 Nghị định số … được nâng lên …", "… mức chi quy định tại Phụ lục kèm theo Nghị quyết số … được thực hiện theo mức chi
  // quy định tại Điều 2 Nghị quyết này": a term, an amount or a rate a provision sets is changed in place (transitional and final
  // articles)
  if (inOperativeBody && acting && TERM_CHANGED_AFTER.test(text.slice(tailEnd, tailEnd + 300)) && TERM_OPENS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start)))) return 'amends';
  // (the title's own verbs are passed over only in an effect article or before "như sau": "… quy định các trường hợp giấy phép bị thu
  // hồi, bị bãi bỏ." is a title, no act)
  const titled = DATED_TITLE.test(text.slice(start, tailEnd + 40)) ? OWN_PASSIVE_AFTER_TITLE.exec(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400))) : null;
  // (nor a passive that follows another, "… giấy phép bị thu hồi, bị bãi bỏ": the title's list of what happens to something)
  const ownPassive = titled && (/như[ \n]+sau/u.test(titled[0]) || inArticleHeaded(text, start, EFFECT_ARTICLE) || BY_THIS_DOCUMENT_AFTER.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400)))) && !/(?<![\p{L}])(?:được|bị)[ \n]+\p{L}+(?:[ \n]+\p{L}+)?[ \n]*,[ \n]*(?:được|bị)[ \n]/u.test(titled[0]) && !/tiếp[ \n]+tục/u.test(listHead(text, start)) ? titled : OWN_PASSIVE_AFTER.exec(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400)));
  // "Điều 1. Cụm từ “cấp huyện” tại Quy định ban hành kèm theo Quyết định số … được thay bằng cụm từ “cấp xã”."
  if (/^[^.;:]{0,200}?(?<![\p{L}])được[ \n]+(?:thay(?:[ \n]+thế)?[ \n]+bằng|sửa[ \n]+(?:đổi|lại)[ \n]+thành|bỏ|bãi[ \n]+bỏ)(?![\p{L}])/u.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 400))) && PHRASE_OPENS_CLAUSE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 400), start))) && wide()) return /được[ \n]+(?:bỏ|bãi)/u.test(withoutQuotedWords(text.slice(tailEnd, tailEnd + 240))) ? 'repeals' : 'amends';
  if (ownPassive && (CLAUSE_OPENS_WITH_OBJECT.test(text.slice(Math.max(pStart, start - 400), start)) || ANNEX_OPENS_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) || (ANNEXES_OPEN_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) && (/như[ \n]+sau/u.test(ownPassive[0]) || new RegExp(String.raw`^[^.;]{0,200}?(?:bằng|bởi)[^.;]{0,160}?${THIS_DOCUMENT}`, 'u').test(text.slice(tailEnd, tailEnd + 400)))) || (LOCATED_OBJECT_OPENS_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) && wide()) || (REGULATION_OPENS_CLAUSE.test(text.slice(Math.max(pStart, start - 400), start)) && wide()))) {
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
    // ("… được thay thế bởi Luật này kể từ …", "… được thay thế bằng Thông tư liên tịch này")
    if (/thay/u.test(verbs) && untasked() && new RegExp(String.raw`^[^.;]{0,120}?(?:bằng|bởi)[ \n]+${THIS_DOCUMENT}`, 'u').test(text.slice(tailEnd + ownPassive.index, tailEnd + ownPassive.index + 200))) return 'replaces';
  }
  if (inOperativeBody && acting && REPLACED_BY_THIS_INLINE.test(withoutQuotedWords(text.slice(Math.max(pStart, start - 600), start))) && untasked()) return 'replaces';
  if (/(?:được|bị|đã được|đã bị)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)/iu.test(withoutQuotedWords(local))) return 'cites';
  // the verb's object must be the document: "bãi bỏ cơ quan khác theo quy định của Hiến pháp", "bãi bỏ văn bản …
  // trái với Hiến pháp" name no document to repeal
  // "Kiện toàn Ban Chỉ đạo … (thành lập theo Quyết định số …)", "Thay đổi thành viên Ban … được thành lập tại Quyết định số …",
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
  if (endsAfterMention(rightClause) && ((ENDING_NOTED.test(rightClause) && !ENDED_BY_THIS_AFTER.test(rightClause) && !listedForRepeal(text, start)) || ENDING_SUPPOSED.test(text.slice(tailEnd, tailEnd + 300)) || caseOpening(withoutQuotedWords(local)))) return 'cites';
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
  if (verb >= 0 && DOCUMENT_TO_BE_MADE_BEFORE_VERB.test(withoutQuotedWords(local.slice(Math.max(0, lastOperativeVerbStart(local) - 60), lastOperativeVerbStart(local))))) return 'cites';
  // a task of a plan written as the verb alone, whose item then names who leads it and by when ("b) Sửa đổi, bổ sung Nghị định
  // số 01/2018/NĐ-CP … để bổ sung …\n- Đơn vị chủ trì: Bộ Công an.\n- Thời gian hoàn thành: Trong năm 2024.")
  const assigned = taskAssignedAfter(text.slice(tailEnd, tailEnd + 700));
  if (verb >= 0 && assigned) return 'cites';
  if (!assigned && acting && ADJUSTING_FIRST_ACT.test(withoutQuotedWords(local))) return 'amends';
  // "Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục danh mục các nhiệm vụ … kèm theo Chương trình hành động
  // của Chính phủ tại Nghị quyết số 140/NQ-CP … như sau:": what is adjusted may be described at length when the clause then
  // gives the new wording
  if (!assigned && acting && ADJUSTING_OPENING.test(withoutQuotedWords(text.slice(Math.max(0, start - 1200), start))) && AS_FOLLOWS_AFTER.test(text.slice(tailEnd, tailEnd + 300))) return 'amends';
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
  if (verb >= 0 && !(pinned && pinned[1] === undefined) && !annexed && !issuedWith && (NOT_THE_OBJECT.test(object) || PERSON_OBJECT.test(object))) return 'cites';
  // "Bãi bỏ thủ tục thu thập, cập nhật thông tin … quy định tại Điều 13 Nghị định số …": an administrative procedure is
  // abolished (a decision on procedures, or a decree cutting them), not the provision that sets it out
  if (verb >= 0 && (PROCEDURE_OBJECT.test(object) || (CONDITION_OBJECT.test(object) && /^bãi[ \n]+bỏ/iu.test(local.slice(lastOperativeVerbStart(local)))))) return 'cites';
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
  // "bãi bỏ và thay thế Quyết định số …", "Bãi bỏ Quyết định số … để thay thế bằng Quyết định này", "Quyết định này có hiệu lực
  // kể từ ngày ký, thay cho Quyết định số …": this document takes the other's place
  // (not in a task or a plan, nor replaced by another document named after: "Bãi bỏ và thay thế Quyết định số A bằng Quyết định số B";
  // "Quyết định này thay cho …" neither negated nor in a condition: "Trường hợp Quyết định này thay cho …", "… trước ngày Quyết định
  // này có hiệu lực thay cho …")
  if (((/(?<![\p{L}])bãi[ \n]+bỏ[ \n]*(?:và|,)[ \n]*thay[ \n]+thế[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)?$/iu.test(local) && !/^[^.;]{0,160}?(?<![\p{L}])bằng[ \n]+(?!(?:[^.;]{0,40}[ \n])?này(?![\p{L}]))/u.test(text.slice(tailEnd, tailEnd + 200))) || (/(?<![\p{L}])bãi[ \n]+bỏ/iu.test(local) && SELF_TAKES_PLACE_AFTER.test(text.slice(tailEnd, tailEnd + 200))) || (SELF_INSTEAD_OF.test(withoutQuotedWords(local)) && !/(?<![\p{L}])(?:không|chưa|trường[ \n]+hợp|nếu|khi|trước[ \n]+(?:ngày|khi)|đối[ \n]+với)(?![\p{L}])/iu.test(withoutQuotedWords(local)))) && untasked()) return 'replaces';
  if (/(?<![\p{L}])bãi[ \n]+bỏ/iu.test(local) || (endsAfterMention(rightClause) && !CONDITION_BEFORE.test(withoutQuotedWords(local)))) return 'repeals';
  // "… các quy định về … sau đây chấm dứt hiệu lực:\nđiểm h khoản 1 Điều 182 Nghị định số …; khoản 4 Điều 12 Nghị định số …": the
  // documents (or their places) that follow the ending and its colon, listed without marks
  if (ENDED_BY_COLON.test(text.slice(Math.max(prevTailEnd, start - 400), start))) return 'repeals';
  // "Luật X số N đã được sửa đổi, bổ sung một số điều theo Luật số A, Luật số B (sau đây gọi chung là …) và Nghị quyết
  // số M … hết hiệu lực": the status description between the mention and its verb
  if (/^[ \n]*,?[ \n]*(?:đã[ \n]+)?được[ \n]+sửa[ \n]+đổi/u.test(rightClause) && /^[^.;]{0,600}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.test(text.slice(tailEnd, tailEnd + 640))) return 'repeals';
  // "2. Thông tư số 101/2018/TT-BTC ngày … của Bộ Tài chính quy định … và Thông tư số 148/2015/TT-BTC … hết hiệu lực thi
  // hành kể từ ngày …": a final clause that opens with the documents it ends, however long their titles
  // (it may open with the places it ends, or name the documents in the plural: "2. Các quy định tại khoản 1, khoản 2 Điều 1,
  // Điều 2 … Thông tư số …", "2. Các Nghị định số …, Nghị định số … và Nghị định số … hết hiệu lực")
  // (the documents may be parted by semicolons: "2. Thông tư số A … nghề nghiệp; Thông tư số B … hết hiệu lực")
  if (CLAUSE_OPENS_WITH_OBJECT.test(text.slice(Math.max(pStart, start - 400), start)) && endedAfterItems(text.slice(tailEnd, tailEnd + 960))) return 'repeals';
  // "2. Nghị định số 92/2008/NĐ-CP … không áp dụng với tương trợ tư pháp về dân sự kể từ ngày Nghị định này có hiệu lực": a
  // final clause that takes a matter out of the document's reach from a day ends it for that matter (a part)
  if (CLAUSE_OPENS_WITH_OBJECT.test(text.slice(Math.max(pStart, start - 400), start)) && DISAPPLIED_AFTER.test(text.slice(tailEnd, tailEnd + 600))) return 'repeals';
  // "A; B hết hiệu lực kể từ …": the items of a list that ends together, on one line (which may wrap: its next line goes on in
  // lower case, no item's mark)
  if (/^(?:[^.;\n]|\n(?=[ \t]*\p{Ll}(?![)]))){0,160};(?:[^."\n]|\n(?=[ \t]*\p{Ll}(?![)]))){0,300}(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/u.test(text.slice(tailEnd, tailEnd + 480)) && !/(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế)/u.test(rightClause)) return 'repeals';
  // "các Thông tư sau hết hiệu lực thi hành:\na) Thông tư số …": each item of the list
  // (an item that states its own verb follows it: "Điều 5. Thay thế Phụ lục, bãi bỏ một số khoản như sau:\n1. Thay thế Phụ
  // lục … ban hành kèm theo Nghị định số …")
  // (not a list the act keeps applying until another repeals it: "Công bố Danh mục văn bản … tiếp tục được áp dụng … cho đến khi có
  // văn bản sửa đổi, bổ sung, thay thế hoặc bãi bỏ, gồm:")
  if (ENDING_LIST.test(listHead(text, start)) && !TASKED_HEAD.test(listHead(text, start)) && !(CONTINUED_HEAD.test(listHead(text, start)) && !/(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực/iu.test(listHead(text, start))) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'repeals';
  // "Điều 3. Bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành\n1. Thông tư số …": an article heading that repeals
  // documents heads its items without a colon
  if (REPEALING_HEADING.test(listHead(text, start)) && !TASKED_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && ITEM_OPENS_WITH_DOCUMENT.test(local) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'repeals';
  // "Nghị định này thay thế các Nghị định sau:\na) Nghị định số …": each item of the list, as after "bãi bỏ"
  if (REPLACING_LIST.test(listHead(text, start)) && !TASKED_HEAD.test(listHead(text, start)) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'replaces';
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
  // "Tạm ngưng hiệu lực áp dụng cho đến khi … đối với các văn bản sau đây:\n1. Nghị định số …": each item of the list
  if (SUSPENDING_LIST.test(listLeadIn(text, start)) && !PROPOSED_SUSPENSION.test(listLeadIn(text, start)) && inListOfItsHead(text, start) && !/(?<![\p{L}])(?:thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?![\p{L}])/iu.test(withoutQuotedWords(local))) return 'suspends';
  // "Phụ lục I — DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ\n1. Thông tư số …": each item the annex opens with
  if (repealAnnexAt(text, layout, start) !== null) return 'repeals';
  // (not by a draft or a document yet to come: "thẩm định dự thảo bảng giá đất thay thế Quyết định số …")
  if (/(?<![\p{L}])thay[ \n]+thế/iu.test(local) && !/thay thế bằng/u.test(local) && !/(?<![\p{L}])(?:dự[ \n]+thảo|dự[ \n]+kiến|sẽ)(?![\p{L}])[^.;:,]{0,120}thay[ \n]+thế[^.;:]*$/iu.test(local)) return 'replaces';
  // "Trong thời gian ngưng hiệu lực của Thông tư số …": the period of a suspension, named, not a suspension
  // (of a paper or an activity, "tạm dừng hiệu lực giấy phép … quy định tại Điều 53 Luật …", the suspension is no act on the document)
  // (a suspension named as the subject of an amended or repealed provision, "Sửa đổi Điều 76 về hoãn thi hành quyết định phạt tiền
  // của Luật …", is no suspension)
  if (/(?<![\p{L}])(?:(?:ngưng|ngừng|hoãn|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|việc[ \n]+thi[ \n]+hành|thi[ \n]+hành)|tạm[ \n]+dừng[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành))/iu.test(local) && !/(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế)(?![\p{L}])[^.;:]*(?:ngưng|ngừng|hoãn|đình[ \n]+chỉ|dừng)[ \n]/iu.test(withoutQuotedWords(local)) && !SUSPENDED_PAPER.test(local) && !(clauseFrom === prevTailEnd && SUSPENSION_IN_EARLIER_TITLE.test(withoutQuotedWords(local))) && !/(?<![\p{L}])(?:thời[ \n]+gian|thời[ \n]+hạn|khi|trường[ \n]+hợp)[ \n]+(?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn|dừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực|việc[ \n]+thi[ \n]+hành|thi[ \n]+hành)/iu.test(local)) return 'suspends';
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
  if (/(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung)/iu.test(local) && (SELF_ACTOR.test(actorWindow) || AMENDING_HEADING.test(para) || (AMENDING_HEADING_OTHER_MARK.test(text.slice(pStart, Math.min(text.length, pStart + 200))) && wide()))) return 'amends';
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
  if (/(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)/iu.test(local) && !LISTED_DOCUMENTS_VERB.test(local) && ((SELF_ACTOR.test(actorWindow) && !otherActorBeforeVerb(actorWindow) && !VERB_BEFORE_SELF.test(local)) || (SCOPE_CLAUSE.test(local) && inScopeArticle(text, start)) || (inOperativeBody && acting && GUIDING_ARTICLE.test(text.slice(pStart, start)))) && !FOLLOWS_GUIDANCE.test(local) && !GUIDES_AN_AMENDMENT.test(local) && !APPLIED_RIGHT_BEFORE.test(local)) return 'guides';
  // "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn quản lý lao động, … của Quỹ … theo quy định tại Quyết định số …": the
  // scope article's sentence locates what it guides in the provisions of a document, however long the description of what
  // is guided (and over the blank lines a conversion leaves in it); "theo Nghị quyết số …" alone says under what, not what
  if (guidedProvisionsOf(text, start)) return 'guides';
  // "1. Đối với Thông tư số 08/2022/TT-BKHĐT …:\na) Ngưng hiệu lực thi hành …", "2. Đối với Thông tư số 10/2022/TT-BKHĐT …,
  // ngưng hiệu lực thi hành từ …": the clause names the document first and acts on it after (a repeal or a
  // replacement there is left as it is: its scope would be read in the points that follow)
  if (FOR_DOCUMENT.test(local)) {
    const act = FOR_DOCUMENT_ACT.exec(text.slice(tailEnd, tailEnd + 700));
    if (act) return /^(?:tạm[ ]+)?(?:ngưng|ngừng|đình)/iu.test(act[1] as string) ? 'suspends' : 'amends';
  }
  if (zone === 'preamble' && TRIGGER_IMPLEMENTS.test(para)) return 'implements';
  return 'cites';
}

// the rest of a final clause up to "hết hiệu lực … từ ngày" (or "kể từ khi Thông tư này có hiệu lực", or its end when the
// clause opened with the day: "2. Kể từ ngày …, Nghị định số A … hết hiệu lực thi hành."), over the descriptions of its documents and the semicolons
// that part them (each one followed by the next document or the places it ends)
const ENDED_BY_COLON = new RegExp(String.raw`(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[^:.;]{0,120}:[ \n]*(?:${PLACE_WORD}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,20}[ \n]+(?:của[ \n]+)?)?$`, 'u');
// (a semicolon followed by a word that is no verb and names no act of its own is inside a title that lists fields: "… về xử
// phạt vi phạm hành chính trong lĩnh vực lâm nghiệp; bảo vệ và kiểm dịch thực vật; thú y; chăn nuôi hết hiệu lực …", "…;
// dự trữ quốc gia; Kho bạc Nhà nước; kế toán, kiểm toán độc lập hết hiệu lực …"; an item of a list ends with a semicolon:
// "a) Nghị định số A … và Nghị định số B … hết hiệu lực thi hành;\nb) …")
const ENDED_AFTER_ITEMS = new RegExp(String.raw`^((?:[^.;]|;[ \n]+(?=\p{L})(?!(?:[Bb]ãi|[Tt]hay|[Ss]ửa|[Bb]ổ|[Đđ]ồng|[Vv]à|[Cc]ác|[Nn]hững)[ \n]|[^;.\n]{0,24}[ \n]này(?![\p{L}]))){0,900}?)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)|[ \n]*\.|[ \t]*;[ \t]*\n)`, 'u');
/**
 * Whether the text after a mention (or after the items a clause opens with) ends it: "… hết hiệu lực kể từ ngày …", unless
 * the ending is a condition on another subject ("… Nghị định số … đến khi Luật Việc làm … hết hiệu lực thi hành.").
 */
export function endedAfterItems(after: string): boolean {
  const m = ENDED_AFTER_ITEMS.exec(after);
  return m !== null && !CONDITION_ON_ANOTHER.test(m[1] as string);
}
const PINNED_OBJECT = new RegExp(String.raw`(?<![\p{L}])(trái[ \n]+với|theo|phù[ \n]+hợp[ \n]+với|căn[ \n]+cứ)?[ \n]*(?:quy[ \n]+định[ \n]+)?tại[ \n]+${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}[ \n]+(?:của[ \n]+)?$`, 'u');
export const DISAPPLIED_AFTER = /^[^.;]{0,400}?(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng[ \n]+(?:đối[ \n]+)?với[^.;]{1,200}?(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)/u;
// what may come before the first document a final clause ends, from the clause's start: its mark, the places it ends
// (after the day it takes effect: "2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định số …")
// (a chapter may be ended with the articles it holds: "2. Chương IV, bao gồm các điều 11, 12, 13, 14, 15 của Nghị định số …")
// the rest of the clause after a mention that opens it: "… được sửa đổi, bổ sung như sau:", "… được bổ sung khoản 4 như sau:",
// "… được bãi bỏ.", "… được thay thế bằng …", not "… được sửa đổi, bổ sung bởi / theo / tại …" nor "… đã được sửa đổi"
// (a suspension too: "Thông tư số … bị ngưng hiệu lực thi hành từ ngày … đến ngày …")
const PASSIVE_VERB = String.raw`(?:sửa[ \n]+đổi|sửa[ \n]+lại|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|điều[ \n]+chỉnh|(?:tạm[ \n]+)?(?:ngưng|ngừng|đình[ \n]+chỉ)[ \n]+(?:hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?|thi[ \n]+hành))`;
const ownPassiveAfter = (lead: string): RegExp =>
  new RegExp(String.raw`^(?:(?!(?<![\p{L}])(?:${lead})(?![\p{L}]))[^.;:]){0,300}?(?<![\p{L}])(?<!(?:đã|không|chưa|phải|cần|sẽ|có[ \n]+thể)[ \n]+)(?:được|bị)[ \n]+(${PASSIVE_VERB}(?:[ \n]*,[ \n]*${PASSIVE_VERB}|[ \n]+và[ \n]+${PASSIVE_VERB})*)(?![ \n]+(?:bởi|theo|tại)(?![\p{L}])(?![ \n]+${THIS_DOCUMENT}))(?:[^.;:]{0,80}?[ \n]như[ \n]+sau|[ \n]*[.;]|(?:[ \n]+tương[ \n]+ứng)?[ \n]+(?:bằng|thành)(?![\p{L}])|[ \n]+bởi[ \n]+${THIS_DOCUMENT}|(?:[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi|năm)(?![\p{L}])[^.;:]{0,160}?[.;]))`, 'u');
const OWN_PASSIVE_AFTER = ownPassiveAfter(String.raw`quy[ \n]+định(?![ \n]+(?:về|chi[ \n]+tiết))|hướng[ \n]+dẫn|thì|mà|nếu|khi`);
// after a title given in full, with its day (and issuer), a guiding or regulating verb is the title's own: "2. Thông tư liên tịch số
// 30/2015/TTLT-BLĐTBXH-BNV ngày 19/8/2015 của … quy định mã số … bị bãi bỏ.", "… ngày 25 tháng 5 năm 2022 hướng dẫn … được sửa đổi,
// bổ sung như sau:"
const OWN_PASSIVE_AFTER_TITLE = ownPassiveAfter(String.raw`thì|mà|nếu|khi`);
const BY_THIS_DOCUMENT_AFTER = new RegExp(String.raw`^[^.;]{0,300}?(?:bằng|bởi)[ \n]+${THIS_DOCUMENT}`, 'u');
const DATED_TITLE = /^[^.;:]{0,60}?(?<![\p{L}])ngày[ \n]+\d|^[^.;:]{0,60}?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}/u;
// the clause names places of the document before it ("Khoản 2 Điều 3", "Phụ lục I ban hành kèm theo")
const PLACES_BEFORE_MENTION = /(?<![\p{L}])(?:[Pp]hụ[ \n]+lục|Điều|điều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Mm]ẫu[ \n]+số|[Bb]iểu[ \n]+mẫu)[ \n]+[\dA-Za-zđĐ]{1,6}[^.;:]{0,300}$/u;
// (or the provisions themselves: "Điều 2. Bỏ khoản 3 Điều 4 Thông tư số …", "2. Bỏ Phụ lục số 02 ban hành kèm theo Quyết định số …")
const PHRASE_REMOVAL = new RegExp(String.raw`(?:^|[\n.;:])[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)])[ \t]*)?[Bb]ỏ[ \n]+(?:(?:(?:các|một[ \n]+số)[ \n]+)?(?:cụm[ \n]+từ|từ|đoạn|dấu|chữ)(?![\p{L}])[^.;:]{0,400}?[ \n](?:tại|trong|ở|của)[ \n][^.;:]{0,300}|(?:các[ \n]+)?(?:[Pp]hụ[ \n]+lục[ \n]+số[ \n]+[\dA-Za-zđĐ]{1,5}|${PLACE_WORD})(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}[ \n]+(?:(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)[ \n]+)?)$`, 'u');
const CLAUSE_OPENS_WITH_OBJECT = new RegExp(String.raw`(?:^|\n|[.][ ]+)[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])?[ \t]*(?:Kể[ \n]+từ[ \n]+ngày[^,.;:]{0,120},[ \n]*)?(?:(?:Các|Những)[ \n]+)?(?:(?:(?:các|những)[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung)[ \n]+tại[ \n]+)?(?:${PLACE_WORD}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}){0,40}(?:[ \n]*,[ \n]*bao[ \n]+gồm[ \n]+(?:các[ \n]+)?(?:điều|khoản|điểm)[ \n]+\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?){0,30})?[ \n]+(?:của[ \n]+)?)?$`, 'u');
// the last guiding verb of a clause, as the guidance followed ("theo hướng dẫn tại", "được hướng dẫn bởi")
const FOLLOWS_GUIDANCE = /(?<![\p{L}])(?:theo|được|đã[ \n]+được)[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])(?![^]*(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn))/iu;
// (or goes on after a semicolon, its subject the decree's: "Nghị định này hướng dẫn thi hành … Luật số A …; quy định chi tiết điểm 13
// của Nghị quyết số B")
const SCOPE_CLAUSE = /^[ \t\n]*(?:\d{1,2}[.)][ \t]*|[a-zđ][)][ \t]*|[-+•][ \t]*)?(?:[Qq]uy[ \n]+định[ \n]+chi[ \n]+tiết|[Hh]ướng[ \n]+dẫn)(?![\p{L}])/u;
const GUIDING_VERB = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/giu;
// (a guidance and a letter by their numbers too: "Hướng dẫn này …, thay thế Hướng dẫn số 11-HD/VPTW … hướng dẫn về thể thức …")
const OTHER_DOCUMENT = /(?<![\p{L}])(?:Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị|Hướng[ \n]+dẫn[ \n]+số|Công[ \n]+văn)(?![ \n]+này)(?![\p{L}])/u;
/** Whether another document is named between this document ("… này") and the last guiding verb of `window`. */
function otherActorBeforeVerb(window: string): boolean {
  let verb = -1;
  GUIDING_VERB.lastIndex = 0;
  for (let m = GUIDING_VERB.exec(window); m; m = GUIDING_VERB.exec(window)) verb = m.index;
  if (verb < 0) return false;
  const self = window.slice(0, verb).lastIndexOf('này');
  if (self < 0) return false;
  const between = window.slice(self + 3, verb);
  // (a second verb of this document's own, after the object of its first: "Thông tư này quy định chi tiết thi hành Luật Căn cước
  // và hướng dẫn thực hiện Nghị định số …" — the law is no actor)
  const own = /^[ \n]+(?:quy[ \n]+định(?:[ \n]+chi[ \n]+tiết)?|hướng[ \n]+dẫn)(?![\p{L}])/u.exec(between);
  if (own && /(?<![\p{L}])và[ \n]*$/u.test(between) && !GUIDING_VERB_WORD.test(between.slice(own[0].length))) return false;
  return OTHER_DOCUMENT.test(between);
}
// this document's guiding verb, and the provisions it locates what it guides in, just before the mention
const SELF_GUIDING = /(?<![\p{L}])này[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/gu;
// (or "… tại" the places: "… quy định chi tiết về hồ sơ, thủ tục … tại khoản 6 Điều 13 Luật Quản lý thuế số …")
const IN_PROVISIONS_OF = /(?<![\p{L}])(?:quy[ \n]+định[ \n]+(?:tại|của)|tại(?:[ \n]+(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \n]+\d{1,3}[a-zđ]?(?:[ \n]*,)?){1,8}(?:[ \n]+của)?)[ \n]*$/u;
/**
 * Whether the mention at `start` closes the first sentence of a scope article whose actor is this document and whose verb
 * guides ("Thông tư này hướng dẫn … quy định tại Quyết định số …"): no sentence break, article heading or other guiding
 * verb between the verb and the mention. Bounded: 900 characters before the mention.
 */
function guidedProvisionsOf(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 900), start);
  if (!IN_PROVISIONS_OF.test(before) || !inScopeArticle(text, start)) return false;
  let at = -1;
  SELF_GUIDING.lastIndex = 0;
  for (let m = SELF_GUIDING.exec(before); m; m = SELF_GUIDING.exec(before)) at = SELF_GUIDING.lastIndex;
  if (at < 0) return false;
  const rest = withoutQuotedWords(before.slice(at));
  // (an article's heading ends it, "Điều 2." — not a place that a wrap put at a line's start, "… tại khoản 6\nĐiều 13 Luật …")
  return !/[.;:](?:[ \n]|$)|\n[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]/u.test(rest) && !/(?<![\p{L}])(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])/iu.test(rest);
}
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
const ARTICLE_HEADING_ALL = /(?:^|\n)[ \t]*Điều[ ]+\d+[a-zđ]?[.:]/gu;
/** Where the last article heading of `s` starts (its line break included), -1 for none: one pass, where a lookahead over the rest cost a pass per heading. */
function lastArticleHeading(s: string): number {
  let at = -1;
  ARTICLE_HEADING_ALL.lastIndex = 0;
  for (let m = ARTICLE_HEADING_ALL.exec(s); m; m = ARTICLE_HEADING_ALL.exec(s)) at = m.index;
  return at;
}
/** Whether `pos` lies in an article whose heading matches `heading` (the last article heading within 3 000 characters). */
function inArticleHeaded(text: string, pos: number, heading: RegExp): boolean {
  const before = text.slice(Math.max(0, pos - 3000), pos);
  const at = lastArticleHeading(before);
  if (at < 0) return false;
  const m = /^\n?[ \t]*Điều[ ]+\d+[a-zđ]?[.:][ \t]*/u.exec(before.slice(at));
  return m !== null && heading.test(before.slice(at + m[0].length));
}
/** Whether `pos` lies in an article headed "Phạm vi điều chỉnh" (the last article heading within 1 500 characters). */
function inScopeArticle(text: string, pos: number): boolean {
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
const FOR_DOCUMENT = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])?[ \t]*(?:Đối[ \n]+với|Tại)[ \n]*$/u;
const FOR_DOCUMENT_ACT = /^[^.;]{0,500}?[,:][ \n]*(?:[a-zđ][)][ \t]*)?((?:tạm[ ]+)?(?:ngưng|ngừng)[ \n]+hiệu[ \n]+lực|đình[ \n]+chỉ[ \n]+(?:hiệu[ \n]+lực|việc[ \n]+thi[ \n]+hành)|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu;
