/**
 * HEAD, EMBEDDED or ALIAS for each mention (spec §5.2): a number inside another cited document's description is that
 * document's business, not the citing document's.
 */
import type { Relation } from '../schema.js';
import { lineStart, paragraphStart, type Layout } from '../layout.js';
import { BREAK, GUIDING_VERB_WORD, S, TABLE_ROW_START, TRIGGER_BASIS, VERB_BEFORE_AND } from './patterns.js';
import { REL_VERB, verbRelation } from './verbs.js';

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
  /** the year of its number or date, when the mention gives one */
  year?: number | null;
}

export interface RoleOutput {
  role: 'head' | 'embedded' | 'alias';
  /** index of the HEAD whose description contains this mention */
  subject: number | null;
  assertedRelation: Relation | null;
  trigger: string | null;
}

const PASSIVE_BEFORE_VERB = /(?<![\p{L}])(?:được|bị)[ \n]+(?:\p{L}+[ \n]*,?[ \n]*){0,2}$/u;
const STATUS_BY_AMENDING_TITLE = /(?<![\p{L}])(?:được|bị)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung)(?:[ \n]*,[ \n]*(?:sửa[ \n]+đổi|bổ[ \n]+sung))?(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung))?[ \n]+(?:theo|bởi|tại)[ \n]+(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+$/iu;
// the rest of a listed document's description up to the comma or "và" before the next document, no stop, colon or semicolon between
// (but a semicolon inside the description, before lower case: "… cao đẳng; việc in, quản lý …")
const AMENDED_LIST_COMMA = /^(?:[^.:;]|;(?=[ \t\n]*\p{Ll}))*(?:,|(?<![\p{L}])và)[ \t]*\n?[ \t]*$/u;
// the types of a law's name a guiding description names first
const LAW_TYPES_GUIDED = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);
// a description of the mention's own right after it (its date and issuer read into its tail): a verb of a title
const DESCRIBED_AFTER = /^[ \n,]*(?:quy[ \n]+định|hướng[ \n]+dẫn|sửa[ \n]+đổi|bổ[ \n]+sung|về|ban[ \n]+hành|thay[ \n]+thế|bãi[ \n]+bỏ)(?![\p{L}])/iu;
const COORDINATION = /^[ \n]*(?:,|và|hoặc|,[ ]*và)[ \n]*$/;
// the previous document's own short subject may stand before the "và": "… bãi bỏ Quyết định số A ngày … về quản lý vỉa hè và Quyết
// định số B …" (not a subject that takes a document itself, "về việc thực hiện …", whose object the next one may be)
// (over the lines it wraps onto, not into the next item or article)
const SUBJECT_THEN_COORDINATION = /^[ \n]*,?[ \n]*(?:về|quy[ \n]+định[ \n]+về)[ \n](?:(?![ \n](?:thực|thi|triển|hướng|sửa|bổ|thay|bãi|theo|tại|kèm|chi)[ \n])(?:[^.;:\n()“”"]|\n(?![ \t]*(?:\n|\d{1,2}[.)]|[a-zđ][)]|[-+•]|Điều[ ])))){1,200}?[ \n]và[ \n]*$/u;
// a document named by its type alone, one still to be drafted or issued ("trong đó có Nghị định", "xây dựng Thông tư mới"; not "… ban
// hành Thông tư sửa đổi …", the title of the document before, whose description it is)
const UNNAMED_DOCUMENT_BEFORE = /(?<![\p{L}])(?:có|là|xây[ \n]+dựng|trình|dự[ \n]+thảo)[ \n]+(?:(?:các|những)[ \n]+)?(?:[Nn]ghị[ \n]+định|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Nn]ghị[ \n]+quyết|[Ll]uật|văn[ \n]+bản)(?:[ \n]+mới)?[ \n]*$/u;
const OPERATIVE_AFTER_AND = /(?<![\p{L}])và[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])/iu;
// this document acting on the mention that follows: "Thông tư này thay thế", "Nghị định này bãi bỏ một số điều của"
// (the clause's own verb may name places of the head first: "Bãi bỏ điểm c khoản 2 Điều 5 Nghị định số A và sửa đổi điểm d …")
// (and the regulation the head issued, "Bãi bỏ Điều 10 Quy định ban hành kèm theo Quyết định số A và bãi bỏ Quyết định số B …")
const SELF_ACTS_ON = /(?<![\p{L}])này[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])(?:[^.;:]|(?<=\d)\.(?=\d)){0,60}$|(?:^|[;:][ \n]*|\n[ \t]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?)(?:[Bb]ãi[ \n]+bỏ|[Tt]hay[ \n]+thế)[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)?(?:(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}(?:\.\d{1,2}){0,2}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,12}(?:của[ \n]+)?(?:(?:Quy[ \n]+(?:định|chế)|Điều[ \n]+lệ)[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?$/u;
// "Nghị định này có hiệu lực …, thay thế Nghị định số A … quy định chi tiết …, bãi bỏ các Điều 3, 4 của Nghị định số B …": an
// effect sentence goes on from one act of this document to the next after a comma (the verb is no word of A's title), or after
// "và" ("Thông tư này có hiệu lực từ ngày 01/01/2026, thay thế Thông tư số A … và bãi bỏ Điều 2 Thông tư số B …")
// (not a title's list of verbs: "… của Chính phủ sửa đổi, bãi bỏ một số điều của Nghị định số B")
const OPERATIVE_AFTER_COMMA = /(?<!(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ|điều[ \n]+chỉnh)[ \n]*),[ \n]*(?:đồng[ \n]+thời[ \n]+)?$/u;
const SELF_EFFECT_THEN_ACTS = /(?<![\p{L}])này[ \n]+có[ \n]+hiệu[ \n]+lực[^.;:]{0,160}?,[ \n]*(?:và[ \n]+)?(?:bãi[ \n]+bỏ|thay[ \n]+thế)[ \n]+(?:(?:toàn[ \n]+bộ|các|những)[ \n]+)?(?:(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục)[ \n]+[\dA-Za-zđĐ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,12}(?:của[ \n]+)?$/u;
const GUIDING_AFTER_AND = /(?<![\p{L}])và[ \n]+(?:hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;
// this document's guiding verb, within `reach` characters of the sentence before (further for a sentence it opens, however long its
// first objects: "Thông tư này hướng dẫn một số nội dung về hóa đơn, chứng từ theo quy định tại Luật …, Nghị định số …")
const selfGuidesWithin = (reach: number): RegExp => new RegExp(String.raw`(?<![\p{L}])này[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])[^.;:]{0,${reach}}$`, 'u');
const SELF_GUIDES_ON = selfGuidesWithin(100);
const SELF_GUIDES_SENTENCE = selfGuidesWithin(400);
const COORDINATED_PLACES = /^[ \n]*,?[ \n]*và[ \n]+(?:một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)|các[ \n]+điều|(?:Điều|điều|khoản|điểm)[ \n]+\d{1,3}[a-zđ]?)[ \n]+(?:của[ \n]+)?$/u;

const CELL_OPENING_VERB = /([\t|][ ]*)([SBT])(?=(?:ửa|ổ|hay|ãi)[ ]+(?:đổi|sung|thế|bỏ)(?![\p{L}]))/u;
// whether the description right after `m` changes the document `head` names (its number written again there)
const CHANGING_DESCRIPTION = /^[ \n]*,?[ \n]*(?:về[ \n]+việc[ \n]+)?(?:sửa[ \n]+đổi|bổ[ \n]+sung|điều[ \n]+chỉnh)(?![\p{L}])[^.;:]{0,240}$/u;
function changesHead(text: string, m: RoleInput, head: RoleInput): boolean {
  const number = /\d{1,4}[/-][\p{L}\d/-]*\p{L}[\p{L}\d/-]*/u.exec(text.slice(head.start, head.end))?.[0];
  if (number === undefined) return false;
  const after = text.slice(m.tailEnd, m.tailEnd + 300);
  const at = after.indexOf(number);
  return at > 0 && CHANGING_DESCRIPTION.test(after.slice(0, at));
}
const OWN_AMENDING_DESCRIPTION = /^[ \n]*,?[ \n]*(?:về[ \n]+việc[ \n]+)?sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:một[ \n]+số[ \n]+điều|các[ \n]+điều|điều)/u;
// (a converted file may put a space before the stop: "Điều 1 .")
export const ARTICLE_HEADING_LINE = /^[ \t]*Điều[ ]+\d+[a-zđ]?[ ]*[.:]/u;
const BASIS_THEN_LINE = /,[ \t]*\n[ \t]*\p{Lu}[^\n]*$/u;

// what stands between a mention and its own description: its date and its issuer, nothing else
const OWN_DATE_AND_ISSUER = /^[ \n]*(?:ngày[ \n]+\d{1,2}(?:[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|[/.-]\d{1,2}[/.-]\d{4})[ \n]*)(?:của[ \n]+(?:Chính[ \n]+phủ|Thủ[ \n]+tướng[ \n]+Chính[ \n]+phủ|Quốc[ \n]+hội|Ủy[ \n]+ban[ \n]+thường[ \n]+vụ[ \n]+Quốc[ \n]+hội|Bộ[ \n]+trưởng[^,.;:]{0,80}?|Thống[ \n]+đốc[^,.;:]{0,80}?|Ủy[ \n]+ban[ \n]+nhân[ \n]+dân[^,.;:]{0,60}?|Hội[ \n]+đồng[ \n]+nhân[ \n]+dân[^,.;:]{0,60}?)[ \n]*)?(?:về[ \n]+(?:việc[ \n]+)?)?$/u;
// the regulation (the norms, the list, the price table) a document issued, named by its title in that document's description:
// "Thông tư số 09/2024/TT-BXD … sửa đổi, bổ sung một số định mức xây dựng ban hành tại Thông tư số 12/2021/TT-BXD"; "… Quyết định số 410/QĐ-BCT ngày … của Bộ
// trưởng … sửa đổi, bổ sung một số điều của Quy chế làm việc ban hành kèm theo Quyết định số 1240/QĐ-BCT" (not after "và", where
// the verb goes on with this document's own act: "Sửa đổi Quyết định số A … và sửa đổi, bổ sung … Quy chế … ban hành kèm theo …")
// (or what it changed in it first: "Quyết định số B … điều chỉnh, bổ sung giá tính thuế … tại Bảng giá ban hành kèm theo Quyết định số A")
const REGULATION_DESCRIBED = new RegExp(String.raw`(?<![\p{L}])(?<!và${S})(?<!,[ \n]*)(?<verb>${['sửa đổi, bổ sung, bãi bỏ', 'sửa đổi, bãi bỏ', 'sửa đổi, bổ sung', 'điều chỉnh, bổ sung', 'sửa đổi', 'bổ sung', 'điều chỉnh', 'thay thế', 'bãi bỏ'].map((v) => v.split(' ').join(S)).join('|')})(?:${S}một${S}số(?:${S}điều${S}của)?|${S}(?:giá|mức|nội${S}dung|danh${S}mục)(?![\p{L}])[^.;:\n]{0,80}?${S}tại|${S}(?:[Đđ]iều|khoản|điểm)${S}\d{1,3}[a-zđ]?(?:${S}(?:khoản|điểm)${S}[\dđa-z]{1,3})?(?:${S}và${S}(?:[Đđ]iều|khoản|điểm)${S}\d{1,3}[a-zđ]?)?${S}của)?${S}(?:Quy${S}chế|Quy${S}định|Điều${S}lệ|Quy${S}trình|[Đđ]ịnh${S}mức|[Dd]anh${S}mục|[Bb]iểu${S}(?:mức|giá|phí)|[Bb]ảng${S}giá)(?:${S}[^.;:\n]{1,120}?)?${S}(?:ban${S}hành${S})?(?:kèm${S}theo|tại)[ ]*(?:\n[ ]*)?$`, 'u');
// "Sửa đổi Điều 5 Quyết định số A và đính chính Quyết định số B": a title that opens with its own act goes on with a second act
// after "và" (B is no object of A's description)
const TITLE_OPENS_ACTING = /^[ \n]*(?:Về[ \n]+(?:việc[ \n]+)?)?(?:Sửa[ \n]+đổi|Bổ[ \n]+sung|Bãi[ \n]+bỏ|Thay[ \n]+thế|Đính[ \n]+chính|(?:Tạm[ \n]+)?[Nn]gưng|Đình[ \n]+chỉ|Hướng[ \n]+dẫn|Quy[ \n]+định[ \n]+chi[ \n]+tiết|Điều[ \n]+chỉnh)(?![\p{L}])/iu;
const TITLE_ACT_AFTER_AND = /(?<![\p{L}])và[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|đính[ \n]+chính|(?:tạm[ \n]+)?ngưng|đình[ \n]+chỉ|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;
// (and so does this document's enacting formula: "Bộ trưởng … ban hành Thông tư sửa đổi, bổ sung … Thông tư số A và hướng dẫn thực hiện
// khoản 7 Điều 1 Nghị định số B.")
const ENACTING_FORMULA_BEFORE = /(?<![\p{L}])ban[ \n]+hành[ \n]+(?:Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)(?![ \n]+(?:số|này)(?![\p{L}]))[^.;:\n“”"]{0,240}$/u;
// (the formula ends at most 240 characters after its verb and type: the line before the head is read back so far, not to its start,
// which on a text of one long line is the text's start, for every mention)
const FORMULA_REACH = 600;
const inTitle = (layout: Layout, at: number): boolean => layout.titleEnd > layout.titleStart && at >= layout.titleStart && at < layout.titleEnd;
/** `cells`: the text with the tabs that part a table's cells (the same length as `text`, which reads them as spaces). */
// a document reported issued ("… đã ban hành Thông tư số …") and the further act its description goes on with after a semicolon
const REPORTED_ISSUE_BEFORE = /(?<![\p{L}])(?:đã[ \n]+)?ban[ \n]+hành[ \n]*$/u;
const SAME_TIME_ACT_AFTER_SEMICOLON = /^[^.;:\n]{0,300};[ \n]*(?:đồng[ \n]+thời|theo[ \n]+đó)[ \n]+(bãi[ \n]+bỏ|sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung|thay[ \n]+thế|(?:tạm[ \n]+)?ngưng[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?)(?![\p{L}])[^.;:\n]{0,200}$/u;
/**
 * The object of the head's description, of mention `i`'s type, that the mentions between it and `i` describe (each embedded in
 * it, of another type): -1 when there is none, or when the one right before `i` is no such description's.
 */
function nestedObjectBefore(out: readonly RoleOutput[], mentions: readonly RoleInput[], i: number, head: number): number {
  const type = (mentions[i] as RoleInput).type;
  for (let k = i - 1; k > head && k >= i - 4; k--) {
    const o = out[k] as RoleOutput;
    if (o.role === 'embedded' && o.subject === head && (mentions[k] as RoleInput).type === type) return k < i - 1 && ACTED_ON.has(o.assertedRelation ?? '') ? k : -1;
    if (o.role !== 'embedded' || o.subject !== k - 1 || (mentions[k] as RoleInput).type === type) return -1;
  }
  return -1;
}
const ACTED_ON = new Set(['replaces', 'repeals', 'amends']);

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
    // so does a basis line ended with a comma, before the enacting line of a guidance: "- Căn cứ Hướng dẫn số 02-HD/TW … hướng dẫn thực
    // hiện Quy định số 22-QĐ/TW,\nỦy ban Kiểm tra Trung ương hướng dẫn thực hiện … Quy định số 69-QĐ/TW như sau:" (the next line opens
    // with a capital and closes with "như sau:"; the basis's title wrapped goes on in lower case)
    const basisEnds = gap.includes('\n') && BASIS_THEN_LINE.test(gap) && TRIGGER_BASIS.test(text.slice(lineStart(layout, prev.start), prev.start)) && /^[^\n.;]{0,300}như[ \n]+sau[ \t]*:/u.test(text.slice(m.tailEnd, m.tailEnd + 320));
    // a table row's title cell names the documents its amending description amends, each with its own description, over commas
    // and "và" (only the row's first document is the row's): "6\nThông tư số 34/2018/TT-BLĐTBXH … về việc sửa đổi, bổ sung một số
    // điều Thông tư 42/2015/TT-BLĐTBXH … sơ cấp, Thông tư 43/2015/TT-BLĐTBXH … và Thông tư 31/2017/TT-BLĐTBXH"
    // (not over semicolons in running text: "… Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A …; Thông tư số C …"
    // lists C beside B as often as it names it in B's title, and only knowing B's title tells which)
    const prevOut = out[i - 1] as RoleOutput;
    const headStart = (mentions[head] as RoleInput).start;
    if (prevOut.role === 'embedded' && prevOut.assertedRelation === 'amends' && prev.type === m.type && gap.length <= 400 && AMENDED_LIST_COMMA.test(gap) && TABLE_ROW_START.test(text.slice(Math.max(0, headStart - 120), headStart)) && !OWN_AMENDING_DESCRIPTION.test(text.slice(m.tailEnd, m.tailEnd + 40))) {
      out.push({ ...prevOut });
      continue;
    }
    // (a table row's number alone on its line starts a new row: "… Hướng dẫn …\nBị bãi bỏ\n2\nThông tư\n06/2016/TT-BLĐTBXH" — the
    // last cell of the row before is no verb whose object the next row's document is)
    // (nor does a description go on past the title's end: "CHỈ THỊ\nVề việc … thi hành Luật Đất đai\nThủ tướng Chính phủ yêu cầu các
    // bộ thực hiện Luật Đất đai số 31/2024/QH15 (đã được sửa đổi …)" — the body's first sentence is no part of the law's name; a
    // title cut at its line limit may go on, its end unknown)
    // "… đã ban hành Thông tư số B ngưng hiệu lực … Thông tư số A; đồng thời bãi bỏ khoản 9 Điều 1 Thông tư số A": the reported act's
    // description goes on past the semicolon with "đồng thời" and a verb of its own (only a document reported issued, whose
    // description it is; an act of this document's own lists its objects so)
    // (or "theo đó": "… ban hành Quyết định số B … ban hành Quy chế …; theo đó bãi bỏ Quyết định số A", B itself the mention before)
    const issued = prevOut.role === 'embedded' ? prevOut.subject : prevOut.role === 'head' ? i - 1 : null;
    if (issued !== null && REPORTED_ISSUE_BEFORE.test(text.slice(Math.max(0, (mentions[issued] as RoleInput).start - 40), (mentions[issued] as RoleInput).start))) {
      const goesOn = SAME_TIME_ACT_AFTER_SEMICOLON.exec(gap);
      if (goesOn) {
        out.push({ role: 'embedded', subject: issued, assertedRelation: verbRelation(goesOn[1] as string), trigger: (goesOn[1] as string).replace(/\s+/g, ' ') });
        continue;
      }
    }
    if (BREAK.test(gap) || headingEnds || basisEnds || paragraphStart(layout, m.start) > prev.start || (layout.titleEndRead && inTitle(layout, prev.start) && !inTitle(layout, m.start)) || (gap.includes('\n') && TABLE_ROW_START.test(text.slice(Math.max(prev.end, m.start - 120), m.start)))) {
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
    const verbFound = REL_VERB.exec(tail) ?? REGULATION_DESCRIBED.exec(tail);
    const rel = verbFound && !PASSIVE_BEFORE_VERB.test(tail.slice(0, verbFound.index)) ? verbFound : null;
    // "Thông tư này thay thế Thông tư số A … và\nbãi bỏ các Quyết định số B …": an operative verb after "và" continues the
    // clause in which this document acts on the head, it is no verb of the head's description
    // (and a guiding verb after "và" continues this document's own guiding clause: "Thông tư này quy định chi tiết thi hành Luật
    // Căn cước và hướng dẫn thực hiện Nghị định số …" — the decree is no object of the law's description)
    const headAt = (mentions[head] as RoleInput).start;
    const ownActsGoOn = (inTitle(layout, m.start) && inTitle(layout, headAt) && TITLE_OPENS_ACTING.test(text.slice(layout.titleStart, layout.titleEnd))) || (!gap.includes('\n') && ENACTING_FORMULA_BEFORE.test(text.slice(Math.max(lineStart(layout, headAt), headAt - FORMULA_REACH), headAt)));
    const andAct = ownActsGoOn ? TITLE_ACT_AFTER_AND.exec(tail.slice(0, rel ? rel.index + 24 : 0)) : null;
    // (not the verbs of the head's description joined by "và": "… của Chính phủ quy định và hướng dẫn thi hành Luật …")
    if (rel && rel.groups && andAct && !VERB_BEFORE_AND.test(tail.slice(0, andAct.index)) && !/(?<![\p{L}])(?<!kèm[ \n]+)theo[ \n]*$/iu.test(gap)) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    if (rel && rel.groups && ((OPERATIVE_AFTER_COMMA.test(tail.slice(0, rel.index)) && /^(?:bãi|thay)/u.test(rel.groups.verb as string) && SELF_EFFECT_THEN_ACTS.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 240), (mentions[head] as RoleInput).start))) || (OPERATIVE_AFTER_AND.test(tail.slice(0, rel.index + 24)) && (SELF_ACTS_ON.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 120), (mentions[head] as RoleInput).start)) || SELF_EFFECT_THEN_ACTS.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 240), (mentions[head] as RoleInput).start)))) || (GUIDING_AFTER_AND.test(tail.slice(0, rel.index + 40)) && !GUIDING_VERB_WORD.test(tail.slice(0, Math.max(0, tail.search(GUIDING_AFTER_AND)))) && SELF_GUIDES_ON.test(text.slice(Math.max(0, (mentions[head] as RoleInput).start - 160), (mentions[head] as RoleInput).start))))) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    // "… Luật Giáo dục số 38/2005/QH11 đã được sửa đổi, bổ sung theo Luật sửa đổi, bổ sung một số Điều của Luật Giáo dục số
    // 44/2009/QH12": the verb is the amending law's title, and the number after the amended law's name is the amending law's own —
    // the mention is the actor of the status phrase, no object of a description
    if (rel && rel.groups && STATUS_BY_AMENDING_TITLE.test(tail.slice(0, rel.index)) && /(?<![\p{L}])số[ \n]*\d/u.test(text.slice(m.start, m.end))) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    // "… Luật Nhà ở số 27/2023/QH15, trong đó có Nghị định thay thế Nghị định số 100/2015/NĐ-CP …": the verb's subject is a document
    // still to be issued, named by its type alone; the head's description reports no act on the mention
    if (rel && rel.groups && UNNAMED_DOCUMENT_BEFORE.test(tail.slice(0, rel.index))) {
      head = i;
      out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
      continue;
    }
    if (rel && rel.groups) {
      const verb = rel.groups.verb as string;
      // (a document's description never guides one adopted after it: "… Nghị định số 123/2020/NĐ-CP … quy định về hóa đơn, chứng
      // từ, hướng dẫn thi hành các khoản … Điều 1 Nghị định số 70/2025/NĐ-CP …" — the verb is this document's own, going on; an
      // amending or ending verb is left to the description, whose actor may stand further back than the head read here)
      const actorYear = (mentions[head] as RoleInput).year ?? null;
      if (actorYear !== null && m.year !== undefined && m.year !== null && m.year > actorYear && verbRelation(verb) === 'guides' && SELF_GUIDES_SENTENCE.test(text.slice(Math.max(paragraphStart(layout, headAt), headAt - 600), headAt))) {
        head = i;
        out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
        continue;
      }
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
    const coordinated = COORDINATION.test(gap) || (prev.tailEnd > prev.end && prev.tailEnd <= m.start && (COORDINATION.test(text.slice(prev.tailEnd, m.start)) || SUBJECT_THEN_COORDINATION.test(text.slice(prev.tailEnd, m.start))));
    // (not a document whose own description changes the head, the outer verb's object: "thay thế Nghị quyết số A … ban hành Chương
    // trình … thực hiện Nghị quyết số B và Nghị quyết số C … sửa đổi, bổ sung, cập nhật Chương trình … ban hành kèm theo Nghị quyết
    // số A" — C goes with A)
    if (prevOut.role === 'embedded' && coordinated && prev.type === m.type && !(prevOut.assertedRelation === 'amends' && OWN_AMENDING_DESCRIPTION.test(text.slice(m.tailEnd, m.tailEnd + 40))) && !changesHead(text, m, mentions[head] as RoleInput)) {
      out.push({ ...prevOut });
      continue;
    }
    // "Thông tư số A … quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số B …": the law a description
    // details and its decree right after "và", both guided by A, whatever the types (a decree, a circular after a law's name); not
    // a document with a description of its own, a second one the clause names ("… của Luật Giá và Nghị định số B ngày … của Chính
    // phủ sửa đổi, bổ sung một số điều của Nghị định số A hết hiệu lực")
    if (prevOut.role === 'embedded' && prevOut.assertedRelation === 'guides' && LAW_TYPES_GUIDED.has(prev.type) && !LAW_TYPES_GUIDED.has(m.type) && /^[ \n]*và[ \n]*$/u.test(gap) && !DESCRIBED_AFTER.test(text.slice(m.tailEnd, m.tailEnd + 60))) {
      out.push({ ...prevOut });
      continue;
    }
    // "Nghị định số A có hiệu lực … và thay thế Nghị định số B … quy định chi tiết … Luật …, Nghị định số C …" told in a letter: the
    // next object of the head's description after a comma alone, past the documents of another type that B's own description
    // names, is the head's as B is
    const object = nestedObjectBefore(out, mentions, i, head);
    if (object >= 0 && /^[ \n]*,[ \n]*$/u.test(text.slice(Math.max(prev.end, prev.tailEnd), m.start)) && !/[.;:]/u.test(text.slice((mentions[object] as RoleInput).end, m.start)) && !changesHead(text, m, mentions[head] as RoleInput)) {
      out.push({ ...(out[object] as RoleOutput) });
      continue;
    }
    head = i;
    out.push({ role: 'head', subject: null, assertedRelation: null, trigger: null });
  }
  return out;
}
