import { isLetterCode, normalizeText, type NormalizedText } from '../text/normalize.js';
import { mendTypos } from './lexicon/typos.js';
import { toOldStyleTone } from '../text/tone.js';
import { isoDay } from './effective.js';
import { inSortedRanges, lastStartingAtOrBefore, sortedRangeAt } from '../text/ranges.js';
import { TYPE_WORDS } from './lexicon/document-types.js';
import { formatId, isContextDependent, slug, type IdParts } from './ids.js';
import { paragraphStart, readLayout, zoneAt, type Layout } from './layout.js';
import { scanTitled } from './names.js';
import { typeWordEndingAt } from './phrases.js';
import { fold } from '../text/fold.js';
import { lawSubjectOf, sameLawSubject } from './laws.js';
import { AND_WITH_PLACES_BETWEEN, PLACE_WORD, PLACES_CELL, THIS_DOCUMENT, attachedStart, DAY_GIVEN, MATTER_NAMED_BEFORE, MATTER_PROVISIONS_BEFORE, PIPE_ROW_OPENING, TABLE_ROW_START, TITLE_REPEALS, TITLE_AMENDS, FIRST_ARTICLE_AMENDS, DISAPPLIED_AFTER, ENDED_FOR_AFTER, endedAfterItems, repealedAfterItems, assignRoles, headRelation, inRepealList, itemActs, listHead, listHeadSaysPart, operativeScope, tableRowAct, inLineTableTitleCell, lineTableRowAction, lineTableRowDisposal, lineTableRowExtent, lineTableRowItemAction, reportingTableCell, actingDocument, partNamedAfter, passiveAct, placesAfterForDocument, repealAnnexAt, secondaryActs, untitledRepeals, lastArticleHeading, governingArticleHeading, provisionsReplacedByThis, disappliedForThis } from './relations/index.js';
import { type ActScope, ExtractOptionsSchema, type Alias, type Citation, type ExtractOptions, type ExtractResult, type Relation, type SelfReference } from './schema.js';
import { parseSymbol } from './symbol.js';
import { anaphoricMentions, definedShortNames, serialShortNames, shortNumbers, listedShortNumbers, thisOfAnotherType } from './stages/anaphora.js';
import { idOf } from './stages/citation-id.js';
import { actEffective, stagedEffective } from './stages/effective-dates.js';
import { footnotedStatus } from './stages/footnotes.js';
import { asNoted, mergeByStart } from './stages/database-notes.js';
import { describedItemOf, endedByRepeal, endingListItem, itemAcrossParenthesis, listGap, reportedOn, saysReplaced, sentenceBefore } from './stages/list-items.js';
import type { Mention } from './stages/mention.js';
import { ACTING_RELATIONS, ALIAS_CLAUSE, AMENDING_NAME, LAW_TYPES, LEGISLATIVE_RESOLUTION, NUMBERED_PLACE, OPERATIVE_LIST, OWN_VERB_IN_DESCRIPTION, OWN_VERB_IN_ENDED_TITLE, PLACE, PLACES_CONTINUATION, REPEALED_AFTER } from './stages/patterns.js';
import { scanNamed, titleAmendsOf, wordCandidates } from './stages/scan-named.js';
import { scanNumbered } from './stages/scan-numbered.js';
import { belowLaw, endedOfAnotherIssuer, lawKeyOf, outranked, sameRank, sameSentenceLaws, soleUnamendingLaw, guidanceSucceedsLetter, succeeds, succeedsByType } from './stages/succession.js';
import { reportEndingsBySource } from './stages/reported-endings.js';
import { dropOverlaps, readTails, resolveTypes, shareCoordinatedDates } from './stages/tails.js';
import { amendingActsFollowTheirBase, bindAliases, dropImpossibleActs, familyOf, oneEndingPerDocument, numberNamedLaws, unifyWithinDocument, withCellMarks } from './stages/within-document.js';
import { lineStartIn } from './line-starts.js';
import { lapsesIntoOwnMatter } from './stages/lapsed-parts.js';

/**
 * The extractor: text → mentions → citations. Stages, in order:
 *  1. normalize (offset map kept)          5. list heads and coordination (R1, R2)
 *  2. layout (title, preamble, recipients)  6. roles and relations (§5.2, §6.3)
 *  3. named mentions (laws, meetings)       7. self-mentions removed
 *  4. numbered and partial mentions         8. ids, then offsets mapped back
 */

// the matching text folds curly quotes to straight ones; a title "quoted" from a closing quote to an opening one is the text
// between two quoted phrases ("… chuẩn bị dự án” trình kế hoạch … theo đề nghị của “đơn vị …”"), not a title
const quotesTurnedOut = (written: string): boolean => {
  const open = written.search(/[“”]/u);
  return (open >= 0 && written[open] === '”') || written.endsWith('“');
};

// what may open the sentence whose subject is an ended document: an item mark, a connective ("Do", "Vì", "Hiện nay"), a finding
// ("Hội đồng nhân dân tỉnh nhận thấy"), the places of it that ended ("Khoản 2 Điều 5 của"); nothing else ("Giấy phép được cấp
// theo", "Trường hợp")
// a footnote's mark at its line's start: "[2] …", "¹ …"
const FOOTNOTE_MARK = String.raw`(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})`;
// (or the instrument the document issued, which ends with it: "Quy chế xét công nhận tốt nghiệp … ban hành kèm theo Thông tư số A …
// đã hết hiệu lực … theo quy định tại Điều 2 Thông tư số B")
const ISSUED_WITH = String.raw`(?:[Qq]uy[ \n]+(?:chế|định|trình)|[Bb]ảng[ \n]+(?:đơn[ \n]+)?giá|[Đđ]ơn[ \n]+giá|[Đđ]ịnh[ \n]+mức|[Hh]ướng[ \n]+dẫn|(?:[Bb]ộ[ \n]+)?[Tt]iêu[ \n]+chí)(?:[ \n][^.;:()\n]{1,160}?)?[ \n]+(?:được[ \n]+)?ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+`;
const ENDED_SUBJECT_LEAD = new RegExp(String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•]|${FOOTNOTE_MARK})[ \t]*|\|?[ \t]*\d{1,4}[ \t]*\|(?:[^|\n]{0,40}\|)?[ \t]*)?(?:(?:Do|do|Vì|vì|Bởi[ \n]+vì|Hiện[ \n]+nay|hiện[ \n]+nay|Đến[ \n]+nay|Ngoài[ \n]+ra|Mặt[ \n]+khác|Nay|Tuy[ \n]+nhiên|Theo[ \n]+đó)[ \n]*,?[ \n]*)?(?:[^.;:\n]{0,80}?(?<![\p{L}])(?:nhận[ \n]+thấy|xác[ \n]+định|ghi[ \n]+nhận|thấy[ \n]+rằng|cho[ \n]+biết)[ \n]+(?:rằng[ \n]+)?)?(?:(?:[Cc]ác|[Nn]hững)[ \n]+)?(?:(?:[Qq]uy[ \n]+định|[Nn]ội[ \n]+dung)[ \n]+tại[ \n]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,6}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+|${ISSUED_WITH})?$`, 'u');

const CONTEXT_DEPENDENT_NAMED = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);

const NON_ACTING = new Set(['Tờ trình', 'Báo cáo', 'Phiếu trình']);
const LETTERS = new Set(['Công văn', 'Công điện']);
const ANSWERING_TITLE = /^[ \n]*(?:V\/v[ \n]+)?(?:trả[ \n]+lời|giải[ \n]+đáp|phúc[ \n]+đáp)(?![\p{L}])/iu;
const THIS_LETTER_NEAR = /(?<![\p{L}])(?:[Cc]ông[ \n]+văn|[Vv]ăn[ \n]+bản)[ \n]+này(?![\p{L}])/u;
// what a letter may act on: letters and notices
const LETTER_TARGETS = new Set(['Công văn', 'Công điện', 'Thông báo']);
// a plan or a programme is no legal act: it may replace or amend an earlier plan or programme ("Kế hoạch này thay thế Kế hoạch số
// …"), never a decision, a resolution or a circular, whose amendment or repeal it can only schedule ("trình UBND tỉnh thay thế
// Quyết định số …", a table of the documents to be issued)
const PLANS = new Set(['Kế hoạch', 'Chương trình']);
const PLAN_TARGETS = new Set(['Kế hoạch', 'Chương trình', 'Đề án', 'Phương án', 'Công văn', 'Thông báo']);
// a local authority's symbol (a province's, a district's, a commune's), and a central one: the Government's, the Prime Minister's,
// the National Assembly's and its Standing Committee's, a ministry's circular, decision or directive
const LOCAL_SYMBOL = /-(?:UBND|HĐND|UB|UBT|HĐ)(?:$|[-.])/u;
const CENTRAL_SYMBOL = /(?:\/|-)(?:NĐ-CP|QĐ-TTg|CT-TTg|NQ-CP|TTLT|QH\d{1,2}|UBTVQH\d{0,2}|NĐ|CP|TTg)$|\/TT-|\/(?:QĐ|CT)-B[A-ZĐ]{1,9}$/u;
// a Party guidance ends a guidance and a letter in one list ("thay thế Hướng dẫn số 11-HD/VPTW … và Công văn số 2587-CV/VPTW …"):
// Party documents of any type end together; a State list goes by one type (a decree named in an ended decision's title is no item)
// (a circular and a joint circular are one kind in a list: "thay thế Thông tư liên tịch số A … và Thông tư số B … sửa đổi … A")
const JOINT_KIND = new Map([['Thông tư liên tịch', 'Thông tư'], ['Nghị quyết liên tịch', 'Nghị quyết']]);
const sameListType = (a: string | null, b: string | null): boolean => a === b || (a !== null && b !== null && (JOINT_KIND.get(a) ?? a) === (JOINT_KIND.get(b) ?? b));
const PARTY_LIST_ENDS = new Set<Relation>(['replaces', 'repeals']);
const NAMED_LAW = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+(?!số[ \n])\p{L}/u;
// the legal-basis line a mention stands in, from its opening (OCR specks before it included, ",_ Căn cứ …"): no semicolon or stop
// between
// an item that opens with the provisions it ends, "tại" the document after it ("b) Các quy định về phí … tại ")
const PROVISIONS_OF_OPENING = /^[ \t]*(?:(?:[a-zđ]\)|\d{1,2}[.)]|[-+•])[ \t]*)?(?:Các|Những)[ \n]+(?:quy[ \n]+định|nội[ \n]+dung)(?![\p{L}])[^.;:]{0,200}?[ \n]tại[ \n]+$/u;
// places of its own right before "và" (the second document's provisions are named)
const PLACE_BEFORE_AND = /(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ[ \n]+lục)[ \n]+[\dA-Za-zđĐ]{1,5}[^.;:]{0,40}$/u;
// a parenthesis whose status phrase names every law listed before it: "(thời điểm có hiệu lực của các luật này đã được …"
const THESE_LAWS_OPENING = /^[ \n]*\([^()]{0,80}?(?<![\p{L}])các[ \n]+(?:luật|bộ[ \n]+luật|văn[ \n]+bản)[ \n]+(?:này|nêu[ \n]+trên|trên)[ \n]+(?:đã[ \n]+)?$/u;
const BASIS_SENTENCE = /(?:^|\n)[^\p{L}\d\n]{0,6}Căn[ \t]+cứ[ \t\n][^;.]*$/u;
// what ends the subject of a status phrase between a document's mention and the phrase: a sentence's end at a line's end, a
// semicolon at a line's end unless the next line goes on in lower case (a long title wraps after its semicolons: "… khai hải
// quan;\ncấp và thu hồi mã số …"), an item's mark, a table row's number
// an amending item that opens with a provision and its status: "1. Khoản 2 Điều 5 (", "1. Sửa đổi, bổ sung Điều 3 "
const PROVISION_ITEM_STATUS = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*(?:(?:Sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|Bổ[ \n]+sung|Bãi[ \n]+bỏ)[ \n]+)?(?:(?:[Đđ]iểm|[Kk]hoản|Điều)[ \n]+[\dA-Za-zđ]{1,4}(?:\.\d{1,2})?[ \n]+){1,3}(?:\([ \n]*)?(?:đã[ \n]+)?$/u;
const BILL_BEFORE = /(?<![\p{L}])(?:dự[ \n]+án|dự[ \n]+thảo)[ \n]+$/iu;
const BILL_NAME = /\([ \n]*sửa[ \n]+đổi[ \n]*\)$/u;
const PARENTHESIS_BETWEEN = /\([^()]*\)/gu;
// (what a parenthesis after a mention reports of it, "(được sửa đổi, bổ sung bởi … và được bãi bỏ một phần bởi …)", blanked: same length)
const outsideParentheses = (s: string): string => s.replace(PARENTHESIS_BETWEEN, (p) => p.replace(/[^\n]/gu, ' '));
// a clause before an ended document that gives the ending's source, day or place, not its subject: "theo khoản 2 Điều 252 của Luật
// này, …", "Kể từ ngày 01/7/2022, …", "b) Ở địa phương, …"
const CLAUSE = String.raw`(?:(?:\d{1,2}[.)]|[a-zđ][)])[ \t]*|[-+•][ \t]*)?(?:(?:[Tt]heo|[Cc]ăn[ \n]+cứ)[ \n](?:quy[ \n]+định[ \n]+tại[ \n]+)?[^.;:\n]{1,120}?|(?:[Kk]ể[ \n]+)?[Tt]ừ[ \n]+ngày[ \n]+[^,.;:\n]{1,40}?|(?:Ở|Tại|Trên[ \n]+địa[ \n]+bàn)[ \n][^,.;:\n]{1,60}?),[ \n]*$`;
// (or a time told as another document's taking effect, "Kể từ ngày Thông tư số B … có hiệu lực (ngày 01/7/2024) thì …")
const TAKING_EFFECT_FIRST = /^[ \t\n]*(?:[-+•][ \t]*)?(?:(?:[Kk]ể[ \n]+)?[Tt]ừ[ \n]+(?:ngày|khi)|[Kk]hi)[ \n][^.;:\n]{1,280}?[ \n]có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?(?:[ \n]*\([^()\n]{1,30}\))?[ \n]*(?:,[ \n]*)?(?:thì[ \n]+)?$/u;
const CLAUSE_FIRST = new RegExp(String.raw`^[ \t\n]*${CLAUSE}`, 'u');
const CLAUSE_FIRST_AFTER_STOP = new RegExp(String.raw`(?:^|[.;:][ \t]+|\n[ \t]*)${CLAUSE}`, 'u');
// between two documents a sentence names as one subject: the first one's day, then "và"
// (the first one's day, issuer and subject may stand between them: "Nghị định số A ngày 14/5/2010 của Chính phủ quy định về hóa đơn
// bán hàng hóa, cung ứng dịch vụ và Nghị định số B … đã hết hiệu lực …")
const DATED_AND = new RegExp(String.raw`^[ \n]*(?:,[ \n]*)?(?:${DAY_GIVEN}[ \n]*)?(?:của[ \n]+[^.;:()\n]{1,80}?[ \n]+)??(?:(?:quy[ \n]+định|về|hướng[ \n]+dẫn|ban[ \n]+hành)[ \n][^.;:()\n]{1,200}?[ \n]*)?(?:,[ \n]*)?và[ \n]+$`, 'u');
const LAW_ON_LEGAL_DOCUMENTS = /ban[ \n]+hành[ \n]+văn[ \n]+bản[ \n]+quy[ \n]+phạm[ \n]+pháp[ \n]+luật/iu;
// a list of a document's parts under it, each item opening with its place, the last one's act told with its object left out
const PART_ITEM = String.raw`[ \t]*[-+•][ \t]*(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Pp]hụ[ \t]+lục|[Mm]ục|[Cc]hương)[ \t]`;
const PART_ITEMS_BETWEEN = new RegExp(String.raw`^[^\n]*:[ \t]*\n(?:${PART_ITEM}[^\n]*\n){0,12}${PART_ITEM}[^\n]*$`, 'u');
const PART_ITEM_LINE = new RegExp(String.raw`^${PART_ITEM}`, 'u');
// between two documents of an enumeration: the first one's day and a short note in parentheses, then a comma or "và"
const ENUMERATION_GAP = new RegExp(String.raw`^[ \n]*(?:,[ \n]*)?(?:${DAY_GIVEN}[ \n]*)?(?:\([^()\n]{1,80}\)[ \n]*)?(?:,|và|,[ \n]*và)[ \n]+$`, 'u');
// where an enumeration opens: a list head's colon ("…, gồm:", "… sau đây:") or an item's mark, right before its first document (not
// "1. Thực hiện Quyết định số A, Quyết định số B đã được thay thế bởi …", which follows one and reports on the other)
const ENUMERATION_OPENS = /(?::[ \t]*\n?|\n[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)]|[-+•]))[ \t]*$/u;
// the level of this document's issuer in its header (a province or a centrally run city, a district, a commune: a city of a
// province, "THÀNH PHỐ BẢO LỘC", is none of them here), and of the local body a mention's issuer phrase names
const HEADER_BODY = String.raw`(?:^|\n)[ \t]*(?:(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN|HỘI[ \t]+ĐỒNG[ \t]+NHÂN[ \t]+DÂN|UBND|HĐND)?[ \t]*`;
const PROVINCE_HEADER = new RegExp(String.raw`${HEADER_BODY}(?:TỈNH[ \t]+\p{Lu}|THÀNH[ \t]+PHỐ[ \t]+(?:HÀ[ \t]+NỘI|HỒ[ \t]+CHÍ[ \t]+MINH|HẢI[ \t]+PHÒNG|ĐÀ[ \t]+NẴNG|CẦN[ \t]+THƠ|HUẾ)(?![\p{L}]))`, 'u');
const DISTRICT_HEADER = new RegExp(String.raw`${HEADER_BODY}(?:QUẬN|HUYỆN|THỊ[ \t]+XÃ)[ \t]+\p{Lu}`, 'u');
const COMMUNE_HEADER = new RegExp(String.raw`${HEADER_BODY}(?:XÃ|PHƯỜNG|THỊ[ \t]+TRẤN|ĐẶC[ \t]+KHU)[ \t]+\p{Lu}`, 'u');
const ISSUER_AFTER = /^[^.;:()]{0,60}?(?<![\p{L}])của[ \n]+/u;
const ISSUER_BODY = String.raw`^(?:(?:Ủy|Uỷ)[ \n]+ban[ \n]+nhân[ \n]+dân|Hội[ \n]+đồng[ \n]+nhân[ \n]+dân|UBND|HĐND)[ \n]+`;
const DISTRICT_ISSUER = new RegExp(String.raw`${ISSUER_BODY}(?:quận|huyện|thị[ \n]+xã)(?![\p{L}])`, 'iu');
const COMMUNE_ISSUER = new RegExp(String.raw`${ISSUER_BODY}(?:xã|phường|thị[ \n]+trấn)(?![\p{L}])`, 'iu');
// (a city of a province is a district's level: "… của Ủy ban nhân dân thành phố Đà Lạt" in a decision of the province of Lâm Đồng)
const CITY_ISSUER = new RegExp(String.raw`${ISSUER_BODY}thành[ \n]+phố[ \n]+\p{Lu}`, 'u');
const PROVINCE_NOT_CITY_HEADER = /(?:^|\n)[ \t]*TỈNH[ \t]+\p{Lu}/u;
// a ministry's own departments, below its minister: "… của Cục trưởng Cục Quản lý Khám, chữa bệnh" in the minister's decision (not
// in a department's own, whose header names the ministry above it: "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ")
const MINISTRY_HEADER = /^[ \t\n]*BỘ[ \t]+\p{Lu}[^\n]*\n(?![ \t]*(?:TỔNG[ \t]+CỤC|CỤC|VỤ|VIỆN|BAN|TRƯỜNG|TRUNG[ \t]+TÂM|VĂN[ \t]+PHÒNG|THANH[ \t]+TRA|KHO[ \t]+BẠC|ỦY[ \t]+BAN)(?![\p{L}]))/u;
const DEPARTMENT_ISSUER = /^(?:(?:Tổng[ \n]+)?[Cc]ục[ \n]+trưởng|Vụ[ \n]+trưởng|(?:Tổng[ \n]+)?Cục|Vụ)[ \n]+\p{Lu}/u;
// (and a general department's own departments below it: "… của Cục trưởng Cục Thuế thành phố Hà Nội" in the Tổng cục Thuế's decision)
const GENERAL_DEPARTMENT_HEADER = /(?:^|\n)[ \t]*TỔNG[ \t]+CỤC[ \t]+\p{Lu}/u;
const SUB_DEPARTMENT_ISSUER = /^(?:[Cc]ục[ \n]+trưởng[ \n]+)?Cục[ \n]+\p{Lu}/u;
const LINE_LEAD_MARK_ONLY = new RegExp(String.raw`^[ \t]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|${FOOTNOTE_MARK})[ \t]*|[-+•][ \t]*)?$`, 'u');
const ITEM_OPENS_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*|[-+•][ \t]*|${FOOTNOTE_MARK}[ \t]*)?$`, 'u');
// (a row's cell of places, one a line with dashes, goes on after its semicolons: "- Điểm b khoản 2 Điều 4;\n- Mẫu số 01a và Mẫu số
// 01b;\n- Từ “hộ khẩu” tại …\nĐược bãi bỏ bởi Thông tư số …")
// (an OCR stop at a line's end inside an enumeration, the next line going on in lower case to its next comma, ends no sentence: "…
// bưu chính, viễn thông, tần số.\nvô tuyến điện, công nghệ thông tin …"; a lower-case line without one may open a sentence)
const SUBJECT_BREAK = /\.[”"’]?[ ]*\n(?![ \t]*\p{Ll}[^.,;\n]{0,40},)|;[”"’]?[ ]*\n(?![ \t]*(?:\p{Ll}|[-+•][ \t]*(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ẫu|[Pp]hụ[ \t]+lục|[Tt]ừ|[Cc]ụm[ \t]+từ|[Mm]ục|[Cc]hương|[Bb]iểu)(?![\p{L}])))|\n[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]|\n[ \t]*\d{1,3}[ \t]+\p{Lu}/u;
// "… Nghị định này quy định chi tiết …", "Thông tư này hướng dẫn …": the document that guides, named as "… này", and no sentence's end
// after it
const THIS_GUIDES = /(?<![\p{L}])(Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư[ \n]+liên[ \n]+tịch|Thông[ \n]+tư|Quyết[ \n]+định)[ \n]+này[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])[^.;"“”]*$/u;
const QUOTED_GUIDANCE = 'quoted wording';
// the rest of a description, over its lines but no item's mark, then "và"
const DESCRIPTION_THEN_AND = /^[^;.:\n]*(?:\n(?![ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•]))[^;.:\n]*)*(?<![\p{L}])và[ \n]+$/u;
// the next object of a guiding verb: joined by "và", or by a comma when a further "của" or places lead it ("… Điều 52 của Luật Việc
// làm và một số điều của Nghị định số 28/2015/NĐ-CP, Nghị định số 61/2020/NĐ-CP")
const GUIDED_NEXT = new RegExp(String.raw`^[ \n]*(?:,?[ \n]*và[ \n]+(?:(?:một[ \n]+số[ \n]+điều|các[ \n]+điều|${NUMBERED_PLACE}(?:[ \n]*,[ \n]*${NUMBERED_PLACE}){0,10})[ \n]+(?:của[ \n]+)?)?|,[ \n]*(?:${NUMBERED_PLACE}(?:[ \n]*(?:,|và)[ \n]*${NUMBERED_PLACE}){0,10}[ \n]+(?:của[ \n]+)?)?)$`, 'u');
// what may lie between two actors of one list: a separator, after the first one's date
// (pinned to its provisions too: "… đã được sửa đổi, bổ sung tại khoản 13 Điều 2 Thông tư số A và khoản 3 Điều 55 Nghị định số B";
// the preposition repeated: "… theo Luật số A và theo Luật số B")
// (places coded with dots, and the codes after the first without their word: "… đã được sửa đổi, bổ sung tại Nghị định số A, khoản
// Đ.II, Đ.III Mục 1 Phụ lục I.3 kèm theo Nghị quyết số B")
// the acts a ministry issues: circulars, and before them the minister's decisions ("QĐ-BLĐTBXH")
const ministryRank = (type: string | null | undefined, issuerCode: string | null | undefined): boolean => type === 'Thông tư' || type === 'Thông tư liên tịch' || (type === 'Quyết định' && /^B/u.test(issuerCode ?? ''));
// a table row's number alone on its line, then the row's first cell ("\n23 \nThông tư số …")
const NEW_ROW = /\n[ \t]*\d{1,4}[ \t]*\n[ \t]*\p{Lu}/u;
// a mention in an article's heading, over the lines it wraps onto ("Điều 11. Sửa đổi, bổ sung một số điều của\nThông tư số …")
const ARTICLE_LINES_BEFORE = /(?:^|\n)[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][^\n]*(?:\n[^\n]*){0,2}$/u;
const FURTHER_ACTOR_GAP = /^(?:[ \n]+ngày[ \n]+[^,;.\n]{0,30}?)?[ \n]*(?:,[ \n]*(?:và[ \n]+)?|và[ \n]+)(?:(?:theo|bởi|tại)[ \n]+)?(?:(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}(?:\.[\dA-Za-zđĐ]{1,5}){0,2}|[A-ZĐ](?:\.[IVXLC\d]{1,6}){1,2})(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,12}(?:(?:của|tại|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+)?$/u;
const OWN_STATUS_AFTER = /^[ \n]*(?:đã[ \n]+)?được[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)/u;
const ROW_STATUS = /(?:^|\n)[ \t]*-?[ \t]*Hết[ ]+hiệu[ ]+lực(?:[ ]+(?:toàn[ ]+bộ|một[ ]+phần))?[ ]*\.[ ]*(?=\n)/gu;
// a date alone on its line, before the next row starts ("\n05/6/2024\n")
// (after the actor's title wrapped over a few lines, never past a blank line or the next row's number: a date there is another row's)
const ROW_DATE = /^[^\n]*\n(?:(?![ \t]*(?:\d{1,4}[ \t]*)?\n)[^\n]*\n){0,8}?[ \t]*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})[ \t]*(?:\n|$)/u;
// the exception that follows an ending in the same sentence: "hết hiệu lực …, trừ nội dung quy định tại khoản 3"
// (up to 300 characters: the provisions kept may be kept for a stated period, "… tiếp tục có hiệu lực đến hết ngày 31 tháng 12
// năm 2013", which ends them then)
// (or after a semicolon, "riêng" and what stays in force: "… hết hiệu lực kể từ ngày …; riêng Mẫu số 7A và Mẫu số 7B ban hành kèm
// theo Thông tư số … tiếp tục có hiệu lực cho đến khi …")
// an ended document whose title amends ("Nghị định số A … sửa đổi, bổ sung …") is no predecessor the successor replaces; an amending
// law the title names as guided is no such title ("… hướng dẫn thi hành một số điều của Luật Thuế tiêu thụ đặc biệt và Luật sửa
// đổi, bổ sung một số điều của Luật Thuế tiêu thụ đặc biệt"), nor are the documents that amended it ("… và các văn bản sửa đổi, bổ
// sung Thông tư số A hết hiệu lực")
// (not the title of other documents named with it, "… và các quyết định bổ sung, thay đổi thành viên trước đây hết hiệu lực")
const AMENDING_TITLE_AFTER = /^[^.;\n]{0,160}(?<!(?:Luật|Pháp[ \n]+lệnh|văn[ \n]+bản|(?:các|những)[ \n]+(?:quyết[ \n]+định|nghị[ \n]+quyết|thông[ \n]+tư|nghị[ \n]+định))[ \n]+(?:sửa[ \n]+đổi[ \n]*,?[ \n]*)?)(?:sửa[ \n]+đổi|bổ[ \n]+sung)/u;
const KEPT_PROVISIONS = /^[^.;]{0,500}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực[^.;]{0,200}?(?:,?[ \n]+trừ[ \n]+(?!(?:các[ \n]+|những[ \n]+)?trường[ \n]+hợp)([^.;]{1,300})|;[ \n]+riêng[ \n]+([^.;]{1,300}?[ \n](?:tiếp[ \n]+tục|vẫn)[ \n]+(?:còn[ \n]+|có[ \n]+)?(?:hiệu[ \n]+lực|được[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng)|thực[ \n]+hiện|áp[ \n]+dụng)[^.;]{0,200}))/u;
// (or right after the document the act names, its date and issuer between: "… và thay thế Quyết định số A ngày … của UBND tỉnh, trừ
// Điều 8 và Phụ lục III tiếp tục được áp dụng đến …", "… thay thế Thông tư số A, Thông tư số B ngày … (trừ Điều 3)": no other
// document's number between, and what is kept is a provision)
const KEPT_RIGHT_AFTER = /^(?:(?!số[ \n]+\d)[^.;()]){0,320}?(?:,[ \n]*|\([ \n]*)(?:ngoại[ \n]+)?trừ[ \n]+((?:các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ[ \n]+lục|[Mm]ẫu|quy[ \n]+định|nội[ \n]+dung)(?![\p{L}])[^.;)]{0,300})/u;
// or in the next sentence: "… hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành. Đối với quy định tại điểm đ
// khoản 1, khoản 2 Điều 4 và Điều 11 Nghị định số 30/2016/NĐ-CP tiếp tục thực hiện cho đến khi …"
// (or, past another document the sentence ends too, the provisions of this one it keeps, naming it again)
const KEPT_OF_DOCUMENT = /^[^.;]{0,500}?,[ \n]*(?:ngoại[ \n]+)?trừ[ \n]+((?:quy[ \n]+định[ \n]+tại[ \n]+)?(?:các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ[ \n]+lục)[ \n][^.;]{0,200}?(?:của[ \n]+)?(?:Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết|Luật|Pháp[ \n]+lệnh)[ \n]+số[ \n]*([^\s,;]+))/u;
// "c) Thông tư số A … quy định tại Nghị định số B …; Nghị định số C … của Chính phủ (trừ Điều 9).": an item that opens with the
// document and ends with what is kept of it, however many documents its title names between
const KEPT_AT_LINE_END = /\((?:ngoại[ \n]+)?trừ[ \n]+((?:các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ[ \n]+lục)[ \n]+[^()\n]{1,200})\)[ \t]*[.;]?[ \t]*$/u;
const ITEM_OPENING_BEFORE = /(?:^|\n)[ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•])[ \t]*(?:(?:Bộ[ ]+luật|Luật|Pháp[ ]+lệnh|Nghị[ ]+định|Nghị[ ]+quyết|Thông[ ]+tư(?:[ ]+liên[ ]+tịch)?|Quyết[ ]+định|Chỉ[ ]+thị)[ ]+)?(?:số[ ]+)?$/u;
const KEPT_NEXT_SENTENCE = /^[^.;]{0,500}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực[^.;]{0,200}?\.[ \n]+(?:Đối[ \n]+với|Riêng)[ \n]+((?:các[ \n]+)?quy[ \n]+định[ \n]+tại[^.;]{1,200}?[ \n]+(?:tiếp[ \n]+tục|vẫn)[ \n]+(?:được[ \n]+)?(?:thực[ \n]+hiện|áp[ \n]+dụng|có[ \n]+hiệu[ \n]+lực)[^.;]{0,200})/u;
// a passive act whose actor follows: "được sửa đổi, bổ sung bởi", "được sửa đổi, bổ sung tại khoản 2 Điều 1", then the document itself
// the document may come last in a list of the acts ("được sửa đổi, bổ sung bởi Thông tư số 22/2019/TT-BTC ngày 16/4/2019
// và Thông tư số …/2026/TT-BTC")
// (or by entries or places of this document's own: "1. Thủ tục hành chính số 1, số 2 Mục I Phần A Danh mục ban hành kèm theo Quyết định số
// A … được thay thế bằng thủ tục hành chính số 1, số 2 Mục I Danh mục ban hành kèm theo Quyết định này")
const SELF_REPLACES_PASSIVE = /(?<![\p{L}])(?:đã[ \n]+)?được[ \n]+thay[ \n]+thế[ \n]+(?:bởi|bằng)[ \n]+(?:(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Quy[ \n]+trình)(?:[ \n][^.;:“”"]{0,120}?)?[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+|(?:các[ \n]+)?(?:thủ[ \n]+tục[ \n]+hành[ \n]+chính|[Pp]hụ[ \n]+lục|[Bb]iểu[ \n]+mẫu|[Mm]ẫu[ \n]+số|[Đđ]iều|[Kk]hoản|[Cc]hương|[Mm]ục)[ \n][^.;:“”"]{0,160}?[ \n](?:(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo|tại|của)[ \n]+)?(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Chỉ[ \n]+thị|Quy[ \n]+định|văn[ \n]+bản)[ \n]+này(?![\p{L}])/gu;
const SELF_PASSIVE = /(?:được|đã được)[ \n]+((?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?:[ \n]*,[ \n]*(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ))*)[ \n]+(?:bởi|tại|theo)(?:[ \n]+(?:quy[ \n]+định[ \n]+tại[ \n]+)?(?:(?:điểm|khoản|Điều|điều)[ \n]+[\dđa-z]+[ \n,]*){1,3}(?:của[ \n]+)?)?(?:[ \n]+(?:Luật|Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết)[ \n]+số[^.;]{1,120}?(?:,|và))?[ \n]*$/u;
// "số …/2026/TT-BTC", "số ...../2026/NĐ-CP": a number whose serial is left blank (or half filled in: "số 06…/2026/TT-BTC")
const BLANK_NUMBER = /số[ \n]*(\d{0,4})[.…]{1,12}[ \n]*(\/(?:19|20)\d{2}\/[\p{Lu}Đ][\p{Lu}Đ\d-]{0,30})/gu;
// (not a place's number wrapped onto its own line: "… khoản 2 Điều\n5\nThông tư số …")
// a document that dissolves a body ("Về việc giải thể …", "Điều 1. Giải thể Ban Quản lý dự án …") takes the place of no decision
// that set it up: it ends them by repeal
// (its title opens so, or its first article: a line that opens with the words elsewhere, a wrapped "… thì\ngiải thể trường", says
// nothing of this document)
const DISSOLVES = /^[ \t\n]*(?:Về[ \n]+việc[ \n]+)?[Gg]iải[ \n]+thể(?![\p{L}])|(?:^|\n)[ \t]*Điều[ ]+1[.:][ \t]*Giải[ \n]+thể(?![\p{L}])/u;
// a document's date and issuer after it, before a "và" that joins the next ("… Nghị định số A ngày … của Chính phủ và …")
const DATE_ISSUER_TAIL = /^[ \n]*ngày[ \n]+[\d/. \n]{1,12}(?:tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4})?(?:[ \n]+của[ \n]+[^,;.\n]{1,60}?)?(?=[ \n]*(?:,|và)[ \n]*$)/u;
// a report's or a letter's clause that says what a document named before it did, opened by "trong đó" or "theo đó" after that
// document, the places of the one it acts on, and (for a second act of the clause) the first one's passive joined by "và":
// "… ban hành Nghị định số B, trong đó khoản 3 Điều 16 Nghị định số A đã bị bãi bỏ", "… Luật số B …; theo đó, Điều 17 của Luật
// Đầu tư số A được sửa đổi, bổ sung và khoản 4 Điều 17 của Luật Nhà ở số C được bãi bỏ"
const CLAUSE_VERB = String.raw`(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung)`;
const CLAUSE_PLACES = String.raw`(?:${PLACE_WORD}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+)?`;
// "…, trong đó có" right before a mention, after a clause whose actor acted on documents it counts or names as a kind
const AMONG_THEM_BEFORE = /[,;(][ \n]*trong[ \n]+đó[ \n]+(?:có[ \n]+)?$/u;
const AMONG_THEM = 'trong đó có';
// the actor's clause, its date and issuer between: "… ngày 25 tháng 9 năm 2025 bãi bỏ toàn bộ 12 quyết định quy phạm pháp luật do …"
const ACTOR_VERB_OVER_OBJECTS = new RegExp(String.raw`^[^.;:()]{0,160}?(?<![\p{L}])(bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|đình[ \n]+chỉ(?:[ \n]+thi[ \n]+hành)?|ngưng[ \n]+hiệu[ \n]+lực)(?![\p{L}])(?:[ \n]+(?:toàn[ \n]+bộ|một[ \n]+phần|một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)[ \n]+của))?[ \n]+(?:\d{1,3}|các|những|một[ \n]+số|nhiều)[ \n]+(?:quyết[ \n]+định|văn[ \n]+bản|nghị[ \n]+quyết|nghị[ \n]+định|thông[ \n]+tư|chỉ[ \n]+thị)(?![\p{L}])[^.;:]{0,300}$`, 'iu');
// (a day in a gap between two mentions, "ngày 04/5/2016", "ngày 04 tháng 5 năm 2016")
const GAP_DAY = String.raw`ngày[ \n]+[\d/. \n]{1,12}(?:tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4})?`;
// (an item's two subjects, the first with its day, the second with its places: "- Quyết định số A ngày 04/5/2016 và khoản 2 Điều 4
// Quyết định số B … đã bị bãi bỏ tại …")
const DATED_THEN_PLACES_AND = new RegExp(String.raw`^[ \n]*${GAP_DAY}[ \n]+và[ \n]+(?=${PLACE_WORD})${CLAUSE_PLACES}$`, 'u');
// what joins two objects of one act, the second's places before it ("… và khoản 2 Điều 4 Quyết định số B")
const CO_OBJECT_GAP = new RegExp(String.raw`^[ \n]*(?:${GAP_DAY}(?:[ \n]+của[ \n]+[^,;.\n]{1,60}?)?[ \n]*)?(?:,|và)[ \n]*${CLAUSE_PLACES}$`, 'u');
const THEREIN_CLAUSE_BEFORE = new RegExp(String.raw`[,;][ \n]*(?:trong|theo)[ \n]+đó[ \n]*,?[ \n]*(?:[^.;:]{0,300}?(?<![\p{L}])(?:được|bị)[ \n]+${CLAUSE_VERB}[ \n]+và[ \n]+)?${CLAUSE_PLACES}$`, 'u');
// (the act in the passive, with no actor of its own after it: "… đã bị bãi bỏ.", "… được thay thế và hết hiệu lực từ ngày …")
const THEREIN_PASSIVE_AFTER = new RegExp(String.raw`^[^.;:]{0,160}?(?<![\p{L}])(?:đã[ \n]+)?(?:được|bị)[ \n]+(${CLAUSE_VERB})(?![ \n]*,?[ \n]*(?:bởi|theo|tại|bằng)(?![\p{L}]))(?=[ \n]*(?:[.;]|và[ \n]|$))`, 'u');
const EXPIRED_BY_ITS_TERM_AFTER = /^[^.;:]{0,300}?(?<![\p{L}])(?:đã[ \n]+)?hết[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:(?:do|vì)[ \n]+(?:đã[ \n]+)?hết[ \n]+(?:thời[ \n]+hạn|thời[ \n]+gian|hiệu[ \n]+lực)|theo[ \n]+thời[ \n]+(?:hạn|gian)(?![\p{L}]))/u;
// the note of what a part of a table's row is about, "Điểm b khoản 1 Điều 1 (phí tham quan di tích lịch sử, công trình văn hóa)" (no
// status phrase: "(đã được sửa đổi …)")
// (or after its places and "về": "Điều 8 về phân cấp quản lý hệ thống thoát nước", a row's cell under "Mức độ hết hiệu lực")
const CELL_MATTER_NOTE = /\((?![^()]*(?<![\p{L}])(?:được|đã|bị|sửa|bãi|thay)(?![\p{L}]))[ ]*([^()]{3,120}?)[ ]*\)[ .;]*$|^(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ ]+lục)[ ]+[\dA-Za-zđĐIVX]{1,5}(?:[ ]*,[ ]*|[ ]+và[ ]+|[ ]+))+về[ ]+([^()]{3,120}?)[ .;]*$/u;
const MATTER_IN_PARENTHESIS_AFTER = /^[^.;:()]{0,240}\([ \n]*(?:(?:các[ \n]+)?(?:nội[ \n]+dung|quy[ \n]+định)[ \n]+)?về[ \n]+([^().;:\n]{3,120}?)[ \n]*\)/u;
// the heading a part is named with, quoted, right before its document: "không áp dụng Mục IV “Bệnh tay chân miệng” tại Hướng dẫn …
// ban hành kèm theo Quyết định số …"
const QUOTED_PART_HEADING_BEFORE = /(?<![\p{L}])(?:[Mm]ục|[Cc]hương|[Pp]hần|[Đđ]iều|[Pp]hụ[ \n]+lục)[ \n]+[\dIVXLC]{1,5}[.:]?[ \n]*[“"]([^”"\n]{3,120})[”"][^.;:”"\n]{0,300}$/u;
/**
 * Whether this document takes up a matter: its title or the heading of one of its articles (not the one at `pos`, nor one in a
 * quoted wording) holds the matter's first three words (its head, "chi phí khảo sát …", "phí thẩm định …", "mẫu phù hiệu, …") in a
 * row; a shorter later run of the matter is no match ("phí bảo hiểm tiền gửi" against the insurer's name "Bảo hiểm tiền gửi …").
 */
// folded words that name no matter of their own: places, the words of drafting, the small words
const GENERIC_MATTER_WORDS = new Set('tren dia ban tinh thanh pho huyen quan xa phuong thi tran quy dinh ve cua va cac nhung viec ban hanh kem theo doi voi trong tai theo mot so noi dung nay do cho tu den nam ngay'.split(' '));
function takesUpMatter(t: string, layout: Layout, pos: number, matter: string): boolean {
  const words = fold(matter).split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2) return false;
  // (or any six of its words in a row, a run no name shares by chance: "phân cấp quản lý công trình cấp nước sạch nông thôn tập trung"
  // against "Quy định quản lý, vận hành, khai thác công trình cấp nước sạch nông thôn tập trung")
  // (of which three say what: "trên địa bàn tỉnh Long An" is six words any local title may end with)
  const telling = (run: string[]): boolean => run.filter((w) => !GENERIC_MATTER_WORDS.has(w.replace(/[,.;:()]/gu, ''))).length >= 3;
  const runs = [` ${words.slice(0, 3).join(' ')} `, ...words.slice(0, Math.max(0, words.length - 5)).map((_, k) => words.slice(k, k + 6)).filter(telling).map((run) => ` ${run.join(' ')} `)];
  const holds = (line: string): boolean => {
    const folded = ` ${fold(line).replace(/\s+/gu, ' ')} `;
    return runs.some((run) => folded.includes(run));
  };
  if (holds(t.slice(layout.titleStart, layout.titleEnd))) return true;
  const own = t.lastIndexOf('\nĐiều ', pos);
  const end = layout.recipients[0]?.[0] ?? t.length;
  // (and the articles of the regulation the decision issues, after its signature: "QUY ĐỊNH\nQuản lý chất thải rắn sinh hoạt …\n…
  // Điều 7. Thu gom, vận chuyển chất thải rắn sinh hoạt", with or without "(Ban hành kèm theo …)")
  const attached = attachedRegulationStart(t, layout, end);
  // (from the line break before the body: its first article opens right at the preamble's end, "Điều 1. Ban hành kèm theo …")
  for (const [from, to] of [[Math.max(0, layout.preambleEnd - 1), end], ...(attached < t.length ? [[Math.max(0, attached - 1), t.length]] : [])] as Array<[number, number]>) {
    for (const h of t.slice(from, to).matchAll(ARTICLE_HEADING_LINE)) {
      const at = from + (h.index ?? 0);
      if (at !== own && !layout.quotedWordings.some(([a, b]) => at >= a && at < b) && holds(h[1] as string)) return true;
    }
  }
  return false;
}
// the words a title opens with before its matter ("Quy định chi tiết về", "Hướng dẫn thi hành", "Ban hành Quy chế về", "Về việc")
const TITLE_LEAD = /^(?:(?:ban hanh |sua doi, bo sung |quy dinh chi tiet |quy dinh |huong dan (?:thi hanh |thuc hien )?|quy che |ve viec |ve |mot so (?:dieu|noi dung) (?:cua |ve )?)+)/u;
/**
 * Whether the description after a document ended in part names this document's own matter among others: "về" and the first five
 * words of its title past the lead, then more matters ("Quy định chi tiết về hoạt động kiểm định kỹ thuật an toàn lao động" against
 * "Nghị định số A … quy định chi tiết một số điều của Luật An toàn, vệ sinh lao động về hoạt động kiểm định kỹ thuật an toàn lao động,
 * huấn luyện …"): the part ended is the one this document takes up. A predecessor on the one same matter is no sign of it
 * ("Thông tư số A … hướng dẫn điều chỉnh lương hưu …" in the next year's circular on the next adjustment: the parts it ends are the
 * earlier adjustment's, repealed).
 */
function describedWithOwnMatter(t: string, layout: Layout, description: string): boolean {
  const words = fold(t.slice(layout.titleStart, layout.titleEnd)).replace(/\s+/gu, ' ').replace(TITLE_LEAD, '').split(' ').filter((w) => w !== '');
  if (words.length < 5) return false;
  const described = ` ${fold(description).replace(/\s+/gu, ' ')} `;
  const at = described.indexOf(` ve ${words.slice(0, 5).join(' ')} `);
  return at >= 0 && /,| va /u.test(described.slice(at + words.slice(0, 5).join(' ').length + 4));
}
// the description of a document up to the verb that ends it in part
const DESCRIPTION_BEFORE_ENDING = /^[^.;:]{0,400}?(?=(?<![\p{L}])(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?![\p{L}])|(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?áp[ \n]+dụng(?![\p{L}]))/u;
// the matter of the document's own description, "về …" right after its date and issuer, when it runs to the verb (a lone page number
// the conversion left before the verb aside; a general word the matter opens with, "công tác", "việc", dropped): not the "về" of a
// title further on, "… hướng dẫn thực hiện Nghị định số B … của Luật Đấu thầu về lựa chọn nhà đầu tư hết hiệu lực"
const MATTER_CLOSES_DESCRIPTION = /^(?:(?!(?:Luật|Nghị|Thông|Quyết|Pháp|Chỉ|Kế|Quy|Bộ[ \n]+luật)[ \n])[^,;.\n]){0,120}?(?<![\p{L}])về[ \n]+(?:(?:công[ \n]+tác|việc)[ \n]+)?([^,;.()\n]{3,120}?)[ \t]*(?:\n[ \t]*\d{1,3}[ \t]*)?[ \n]*$/u;
const ATTACHED_REGULATION = /\n[ \t]*(?:QUY[ ]+ĐỊNH|QUY[ ]+CHẾ|ĐIỀU[ ]+LỆ)[ \t]*\n/u;
const attachedRegulations = new WeakMap<Layout, number>();
/** Where the regulation a decision issues starts after its signature (its title line in capitals, "(Ban hành kèm theo …)" or not); once per layout. */
function attachedRegulationStart(t: string, layout: Layout, end: number): number {
  let at = attachedRegulations.get(layout);
  if (at === undefined) {
    const regulation = end < t.length ? ATTACHED_REGULATION.exec(t.slice(end)) : null;
    at = regulation ? end + regulation.index : attachedStart(t, layout);
    attachedRegulations.set(layout, at);
  }
  return at;
}
const ARTICLE_HEADING_LINE = /\nĐiều[ ]+\d{1,3}[a-zđ]?[.:][ \t]*([^\n]{3,200})/gu;
/** The matter of the provisions a clause opens with right before the mention at `pos` ("Các quy định về <matter> tại … của", "Mức thu lệ phí … quy định tại … của"). */
const matterBefore = (t: string, pos: number): string | undefined => {
  const line = t.slice(Math.max(0, lineStartIn(t, pos), pos - 400), pos);
  return MATTER_PROVISIONS_BEFORE.exec(line)?.[1] ?? MATTER_NAMED_BEFORE.exec(line)?.[1];
};
const AMENDING_ACTS_LISTED_BEFORE = /(?<![\p{L}])cùng(?:[ \n]+với)?[ \n]+(?:các|những)[ \n]+văn[ \n]+bản[ \n]+sửa[ \n]+đổi(?:[ \n]*,[ \n]*|[ \n]+)bổ[ \n]+sung[^.;:]{0,80}?(?:[ \n]+(?:gồm|là))?[ \n]*:?[ \n]*(?:[^.;:]{0,300}?(?:,|và)[ \n]+)?$/u;
// (or named after "và các <type> sửa đổi, bổ sung … là": "thay thế Quyết định số A … và các Quyết định sửa đổi, bổ sung Quyết định
// này là Quyết định số B … và Quyết định số C …")
const LABELLED_STATUS_LINE = /\.?[ \t]*\n[ \t]*(?:Nội[ \t]+dung[ \t]+hết[ \t]+hiệu[ \t]+lực[ \t]*:[^\n:]{1,200}?\.[ \t]+)?(?:Lý[ \t]+do|Căn[ \t]+cứ[ \t]+hết[ \t]+hiệu[ \t]+lực)[ \t]*:[ \t]*$/u;
const AMENDED_IN_DESCRIPTION = /(?<![\p{L}])sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?![\p{L}])/u;
const AMENDING_ACTS_NAMED_AFTER = /(?<![\p{L}])và[ \n]+(?:các|những)[ \n]+(?:văn[ \n]+bản|Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư|Chỉ[ \n]+thị)[ \n]+sửa[ \n]+đổi(?:[ \n]*,[ \n]*|[ \n]+)bổ[ \n]+sung[^.;:]{0,80}?[ \n]+(?:gồm|là)[ \n]*:?[ \n]*(?:[^.;:]{0,300}?(?:,|và)[ \n]+)?$/u;
// an item that opens with its own verb ("4. Bỏ cụm từ … tại … Luật số …"), acting as it says whatever the list's head says
const ITEM_WITH_ITS_OWN_VERB = /\n[ \t]*\d{1,2}[.)][ \t]+(?:Bỏ|Bãi[ ]+bỏ|Sửa[ ]+đổi|Bổ[ ]+sung|Thay|Điều[ ]+chỉnh|Đính[ ]+chính)(?![\p{L}])[^\n]*$/u;
// "… hết hiệu lực (thi hành) kể từ …" right after a document a report names (no "bãi bỏ")
// (or after the documents listed with it: "… tại Nghị định số A và Nghị định số B hết hiệu lực")
const REPORTED_LAPSE_AFTER = /^[^.;:()]{0,200}?(?:\([^()]{0,200}\)[^.;:()]{0,40}?)?(?<![\p{L}])(?:(?:đã|sẽ)[ \n]+)?hết[ \n]+hiệu[ \n]+lực(?![\p{L}])/u;
// what takes an ended part's matter over, after a semicolon: "…; thẩm quyền này thực hiện theo Điều 2 Nghị định này", "…; nhiệm vụ
// này do Ban Chỉ đạo thành lập tại Quyết định này thực hiện", "…; việc tiếp nhận, trả kết quả thực hiện theo Quy chế ban hành kèm theo
// Quyết định này"
const TAKEN_OVER_BY_THIS = String.raw`;[ \n]*[^.;:]{0,160}?(?<![\p{L}])(?:(?:thực[ \n]+hiện|áp[ \n]+dụng)[ \n]+theo(?:[ \n]+quy[ \n]+định[ \n]+tại)?[ \n]+(?:(?:các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục)[ \n][^.;:]{0,200}?|(?:Quy[ \n]+chế|Quy[ \n]+định|Quy[ \n]+trình|Nội[ \n]+quy|Điều[ \n]+lệ|Hướng[ \n]+dẫn)[ \n]+(?:[^.;:]{0,120}?[ \n])?ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+)(?<![\p{L}])(?:Nghị[ \n]+định|Quyết[ \n]+định|Thông[ \n]+tư|Nghị[ \n]+quyết|Luật|Quy[ \n]+định|Quy[ \n]+chế)[ \n]+này(?![\p{L}])|do[ \n][^.;:]{0,160}?(?<![\p{L}])(?:Nghị[ \n]+định|Quyết[ \n]+định|Thông[ \n]+tư|Nghị[ \n]+quyết)[ \n]+này[ \n]+(?:thực[ \n]+hiện|đảm[ \n]+nhiệm|đảm[ \n]+nhận)(?![\p{L}]))`;
const PART_TAKEN_OVER_AFTER = new RegExp(String.raw`^[^.;:]{0,300}?(?<![\p{L}])(?:(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng)(?![\p{L}])[^.;:]{0,160}${TAKEN_OVER_BY_THIS}`, 'u');
// (or a part the clause disapplies before it: "Kể từ ngày …, không áp dụng Điều 14 và Điều 15 Quy chế … ban hành kèm theo Quyết định
// số A … đối với việc tiếp nhận hồ sơ …; việc tiếp nhận, trả kết quả thực hiện theo Quy chế ban hành kèm theo Quyết định này")
// (or disapplied for the cases an article of this document governs: "Khoản 2 Điều 6 Quy định ban hành kèm theo Quyết định số A … không
// áp dụng đối với hệ thống chiếu sáng trên các tuyến đường đã được phân cấp quản lý theo Điều 5 Quy định ban hành kèm theo Quyết định
// này")
const DISAPPLIED_FOR_OWN_CASES_AFTER = new RegExp(String.raw`^[^.;:]{0,300}?(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng[ \n]+(?:đối[ \n]+)?với[ \n][^.;:]{1,240}?[ \n](?:theo|tại)(?:[ \n]+quy[ \n]+định[ \n]+tại)?[ \n]+(?:[Đđ]iều|[Kk]hoản|[Cc]hương|[Mm]ục)[ \n]+[\dIVXLC]{1,4}[a-zđ]?(?:[ \n]+(?:[Đđ]iều[ \n]+\d{1,3}[a-zđ]?|của))?[ \n]+(?:(?:Quy[ \n]+chế|Quy[ \n]+định)[ \n]+ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+)?(?:Nghị[ \n]+định|Quyết[ \n]+định|Thông[ \n]+tư|Nghị[ \n]+quyết)[ \n]+này(?![\p{L}])`, 'u');
const DISAPPLIED_PART_TAKEN_OVER_AFTER = new RegExp(String.raw`^[^.;:]{0,400}?${TAKEN_OVER_BY_THIS}`, 'u');
const DISAPPLIES_IN_CLAUSE = /(?<![\p{L}])không[ \n]+(?:còn[ \n]+)?áp[ \n]+dụng(?![\p{L}])(?![^.;:]{0,40}(?<![\p{L}])(?:Quyết|Nghị|Thông|Luật|Chỉ)[ \n]+(?:định|quyết|tư|thị)?[ \n]*này(?![\p{L}]))[^.;:]{0,400}$/u;
// the cell after a pipe on an item's line, past the item's document and its date: "… ngày 09 tháng 10 năm 2017 | Điều 1, Điều 3"
const ITEM_PIPE_EXTENT = /^[^|\n]{0,300}\|[ \t]*([^|\n]{1,200}?)[ \t]*(?:\||\n|$)/u;
const ROW_NUMBER_BEFORE = /(?<!(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục|[Mm]ẫu|số)[ \t]*)\n[ \t]*\d{1,3}[.)]?[ \t]*\n[ \t]*$/u;
// a status phrase after a document ("… đã được sửa đổi, bổ sung bởi Thông tư số …") says what amended it, not that this act does
const STATUS_AMENDED = /(?<![\p{L}])(?:đã[ \n]+)?được[ \n]+(?:sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung)(?![\p{L}])/gu;
// only a separator, or a part of the next item ("; Điều 1 của"), between two items of a list
// (or the whole of the next one: "Bãi bỏ khoản 2 Điều 1 Nghị quyết số A …, Điều 3 Nghị quyết số B …, toàn bộ Nghị quyết số C …")
// (or the phrase struck out or replaced in the next document: "Bãi bỏ cụm từ “…” tại khoản 2 Điều 4 Nghị quyết số A và cụm từ “…” tại
// điểm c khoản 1 Điều 5 Nghị quyết số B")
const SECOND_OBJECT_GAP = new RegExp(String.raw`^[ \n]*,?[ \n]*và[ \n]+(?:(?:của|(?:các[ \n]+)?(?:nội[ \n]+dung|điều[ \n]*,[ \n]*khoản)(?:[ \n]+được[ \n]+giao)?[ \n]+(?:tại|của))[ \n]+|(?:các[ \n]+)?cụm[ \n]+từ[ \n]*(?:“[^”\n]{1,200}”|"[^"\n]{1,200}")[ \n]+(?:tại|trong|ở)[ \n]+(?:${PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,20}[ \n]+(?:của[ \n]+)?)?)$`, 'u');
const LIST_CONTINUATION = /^[ \n]*[;,][ \n]*(?:và[ \n]+)?(?:(?:Điều|khoản|điểm|Phụ[ \n]+lục|Chương)[ \n][^;.\n]{0,80}?(?:của|tại)[ \n]+|toàn[ \n]+bộ[ \n]+)?$/u;
// this act takes the place of provisions of another, as a whole: "Thông tư này … thay thế nội dung về … quy định tại"
const OWN_REPLACEMENT_AFTER = new RegExp(String.raw`^[^.;:]{0,160}?(?<![\p{L}])(?<!đã[ \n]+)được[ \n]+thay[ \n]+(?:thế[ \n]+)?(?:bằng|bởi)[^.;:]{0,120}?(?<![\p{L}])${THIS_DOCUMENT}`, 'u');
const SELF_REPLACES_PROVISIONS = /(?:Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Luật|Pháp[ \n]+lệnh)[ \n]+này[^.;]{0,200}?thay[ \n]+thế[ \n]+(?:các[ \n]+)?(?:nội[ \n]+dung|quy[ \n]+định)/u;
// (or the documents a list names, some by their provisions: "Nghị định này thay thế các Nghị định sau:\n…\nb) Điều 2 Nghị định số …")
const SELF_REPLACES_LISTED = /(?:Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Luật|Pháp[ \n]+lệnh)[ \n]+này[^.;:]{0,200}?thay[ \n]+thế[ \n]+(?:các[ \n]+)?(?:văn[ \n]+bản|Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết)[ \n]+(?:sau(?:[ \n]+đây)?|dưới[ \n]+đây)[ \n]*:/u;
// a second document of the same type joined by "và" after the first one's description, in the same sentence ("ban
// hành Thông tư ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày … quy định chi tiết … và Thông tư số 10/2022/TT-BKHĐT",
// "Sửa đổi … Mẫu số 02 ban hành kèm theo Thông tư số 12/2022/TT-BKHĐT ngày … (UKVFTA) và Mục 5.3 … ban hành kèm theo Thông tư …")
// (a point between digits is no sentence end: "Mục 5.3")
// (the next document's places may come right before it: "… thay thế Nghị quyết số A … và khoản 2 Điều 1 Nghị quyết số B")
// nothing but a date between a document and the parenthesis that opens after it ("… số A ngày 30 tháng 12 năm 2019 (đã …")
// (the date may be followed by the issuer, "… ngày 03 tháng 3 năm 2021 của Chính phủ (đã được sửa đổi …)", named as issuers are)
const DATE_THEN_PARENTHESIS = /^[ \n]*(?:ngày[ \n]+\d{1,2}(?:[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|[/.-]\d{1,2}[/.-]\d{4}))?(?:[ \n]+của[ \n]+(?:Chính[ \n]+phủ|Thủ[ \n]+tướng(?:[ \n]+Chính[ \n]+phủ)?|Quốc[ \n]+hội|Ủy[ \n]+ban[ \n]+[Tt]hường[ \n]+vụ[ \n]+Quốc[ \n]+hội|Bộ[ \n]+trưởng[ \n]+Bộ(?:[ \n]+(?:\p{Lu}\p{Ll}*|và|-)){1,8}|(?:Ủy[ \n]+ban|Hội[ \n]+đồng)[ \n]+nhân[ \n]+dân(?:[ \n]+(?:tỉnh|thành[ \n]+phố|huyện|quận|thị[ \n]+xã|xã|phường)(?:[ \n]+\p{Lu}\p{Ll}*){0,3})?))?[ \n]*\([ \n]*(?:đã[ \n]+)?$/u;
// ("… và tại Điều 2 Nghị định số B" too)
// (or the regulation the next document issued: "… Quy chế … ban hành kèm theo Quyết định số A … và Quy chế … ban hành kèm theo
// Quyết định số B … chấm dứt hiệu lực")
const COORDINATED_AFTER_DESCRIPTION = /^(?:[^.;:]|\.(?=\d)){0,500}[ \n]và[ \n]+(?:(?:tại[ \n]+)?(?:các[ \n]+)?(?:Mục|Điều|khoản|điểm|Chương|Phụ[ \n]+lục|Mẫu[ \n]+số)[ \n](?:(?:[^.;:]|\.(?=\d)){0,200}?(?:của|tại|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+|[\dIVXLCa-zđ]{1,5}(?:[ \n]+(?:Điều|khoản|điểm|Mục|Chương)[ \n]+[\dIVXLCa-zđ]{1,5}){0,3}[ \n]+)|(?:Quy[ \n]+chế|Quy[ \n]+định|Điều[ \n]+lệ|Quy[ \n]+trình)[ \n](?:[^.;:]|\.(?=\d)){0,200}?[ \n]ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+)?$/u;
const FIELD_SEMICOLON = /;(?=[ \n]*\p{Ll})/gu;
// (what a semicolon may not open in a title's fields: a verb of an act, a mark, a capital)
const FIELDS_AFTER_SEMICOLON_OFF = /;(?![ \n]*\p{Ll})|(?<![\p{L}])(?:bãi[ \n]+bỏ|thay[ \n]+thế|sửa[ \n]+đổi|bổ[ \n]+sung|ngưng|đình[ \n]+chỉ|hết[ \n]+hiệu[ \n]+lực|hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/u;
const OWN_PREDICATE_AFTER = /(?<![\p{L}])(?:vẫn|tiếp[ \n]+tục|còn[ \n]+hiệu[ \n]+lực|được[ \n]+áp[ \n]+dụng|có[ \n]+hiệu[ \n]+lực)(?![\p{L}])/u;
const COMMA_AFTER_DESCRIPTION = /^(?:[^.;:]|\.(?=\d)){0,500},[ \n]*$/u;
const ALIAS_OPENING = /\([ \n]*(?:sau[ \n]+đây[ \n]+)?gọi[ \n]+(?:tắt[ \n]+|chung[ \n]+)?là[ \n]*$/u;
const PLURAL_NEXT = /^[^.;:]{0,500},[ \n]*$/u;
const QUOTED_PHRASE_BEFORE = /(?<![\p{L}])(?:cụm[ \n]+từ|từ|từ[ \n]+ngữ)[ \n]*[“"][^”"]{0,200}$/u;
// the first eight words of a cited document's title past its date and issuer, folded ("… ngày 21 tháng 10 năm 2013 của Chính phủ quy
// định chính sách trợ giúp xã hội …" → "quy định chính sách trợ giúp xã hội đối với"); null when it has no such title
const TITLE_AFTER = /^[ \n]*,?[ \n]*(?:ngày[ \n]+\d{1,2}(?:[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|[/.-]\d{1,2}[/.-]\d{4})[ \n]*,?[ \n]*)?(?:của[ \n]+(?:[^ \n,;.()]+[ \n]+){1,10}?)?(quy[ \n]+định[ \n]+[^;.()]{20,160})/u;
// the law a document's title details or guides ("… của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước")
const TITLE_LAW = /^[^.;()]{0,240}?(?<![\p{L}])(?:của|thi[ \n]+hành)[ \n]+((?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+\p{Lu}[^.;,()\n]{2,80}?)(?=[ \n]*(?:[.;,()\n]|$)|[ \n]+(?:số|ngày|năm)[ \n])/u;
// the chapeau's "như sau:" within the clause, then its wording: places, "bỏ cụm từ" (or "bãi bỏ cụm từ") and the quoted phrase, to
// the clause's end, with no other act
const STRIKES_ONLY = /^[^.;:“"]{0,400}?như[ \n]+sau[ \t]*:[ \n]*((?:(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục|[Mm]ục)[ \n]+[\dA-Za-zđĐ.]{1,6}[ \n]+){0,4})(?:bãi[ \n]+)?bỏ[ \n]+(?:cụm[ \n]+)?từ(?:[ \n]+ngữ)?[ \n]*:?[ \n]*[“"][^”"\n]{1,600}[”"][ \t]*[.;]?[ \t]*(?:\n|$)/u;
function titleLawAfter(t: string, end: number): string | null {
  const m = TITLE_LAW.exec(t.slice(end, end + 320));
  return m ? lawSubjectOf(m[1] as string) : null;
}
// the matter of a law a title details, after "về" ("… một số điều của Luật Việc làm về bảo hiểm thất nghiệp" → "bảo hiểm thất nghiệp"):
// two guided documents on the same matter of two laws are one thing guided (its first four words, folded)
const TITLE_LAW_MATTER = /^[^.;()]{0,300}?(?<![\p{L}])(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+\p{Lu}[^.;()\n]{2,80}?[ \n]về[ \n]+(\p{Ll}[^.;,()\n]{5,80})/u;
function titleMatterAfter(t: string, end: number): string | null {
  const m = TITLE_LAW_MATTER.exec(t.slice(end, end + 400));
  if (m === null) return null;
  const words = (m[1] as string).normalize('NFC').toLowerCase().split(/[ \n]+/u).filter((w) => w !== '');
  return words.length >= 2 ? words.slice(0, 4).join(' ') : null;
}
function titleWordsAfter(t: string, end: number): string | null {
  const m = TITLE_AFTER.exec(t.slice(end, end + 320));
  if (m === null) return null;
  const words = (m[1] as string).normalize('NFC').toLowerCase().split(/[ \n]+/u).filter((w) => w !== '');
  return words.length >= 8 ? words.slice(0, 8).join(' ') : null;
}
const AMENDING_DESCRIPTION = /^[ \n]*,?[ \n]*(?:về[ \n]+việc[ \n]+|quy[ \n]+định[ \n]+)?sửa[ \n]+đổi/u;
const FOLLOWS_PROVISIONS = /(?<![\p{L}])theo[ \n]+(?:quy[ \n]+định[ \n]+tại[ \n]+)?(?:điểm|khoản|Điều|điều|Phụ[ \n]+lục|Mục|Chương)[ \n]/u;
// (a list that an express "bãi bỏ" heads takes documents of other types: "… và bãi bỏ Điều 3 Nghị định số A, khoản 2 Điều 7 Nghị định
// số B và Nghị quyết số 102/NQ-CP …")
const NORMATIVE_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị định', 'Nghị quyết', 'Thông tư', 'Thông tư liên tịch', 'Quyết định', 'Chỉ thị']);
// a replacement told as a noun, not asked for or planned: "…; việc thay thế Nghị định số A bằng …" (not "đề nghị / đề xuất / xem xét /
// nghiên cứu việc thay thế …")
const NOMINAL_REPLACEMENT_BEFORE = /(?<![\p{L}])(?<!(?:đề[ \n]+nghị|đề[ \n]+xuất|xem[ \n]+xét|nghiên[ \n]+cứu|kiến[ \n]+nghị|chuẩn[ \n]+bị|thực[ \n]+hiện|cho[ \n]+phép)[ \n]+)việc[ \n]+thay[ \n]+thế[ \n]+$/iu;
// the matter a place of the part is noted with: "Điều 12 (thu gom, vận chuyển chất thải rắn sinh hoạt) và Điều 13 (…) của Quy định …"
// (words, not a span of places: "Chương IV (từ Điều 18 đến Điều 22)")
const PLACE_MATTER_IN_PART = /(?:Điều|Khoản|Mục|Chương|Phụ lục)[ \n]+[\dIVXLC]{1,5}[a-zđ]?[ \n]*\(([^()\d]{6,160})\)/u;
// a quoted provision in which its own document takes the place of others ("Thông tư này thay thế các văn bản sau đây: a) …"), up to
// the mention; and the words that introduce a quotation of a document's provision right after it ("… ngày … quy định: “")
// (its effect first, "“2. Thông tư này có hiệu lực thi hành kể từ ngày …; thay thế Thông tư số A …”")
const QUOTED_SELF_REPLACES = /(?<![\p{L}])(Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Luật|Pháp[ \n]+lệnh)[ \n]+này[ \n]+(?:có[ \n]+hiệu[ \n]+lực[^“”".;]{0,300}[,;][ \n]*(?:và[ \n]+)?)?thay[ \n]+thế(?![\p{L}])[^“”".]*$/u;
const QUOTATION_INTRODUCED = /^[^.;“”"]{0,300}(?<![\p{L}])(?:quy[ \n]+định|nêu[ \n]+rõ|ghi[ \n]+rõ)[ \n]*:[ \n]*[“"]$/u;
const PART_ENDED_AFTER = /^[^.;:]{0,400}?(?<![\p{L}])(?:(?:được|bị)[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế)[ \n]+một[ \n]+phần(?![\p{L}])|,[ \n]*bãi[ \n]+bỏ[ \n]+(?:các|những|một[ \n]+số)[ \n]+(?:quy[ \n]+định|điều|khoản|điểm|nội[ \n]+dung)(?:[ \n]*,[ \n]*(?:điều|khoản|điểm))*[ \n]+(?:sau(?:[ \n]+đây)?|như[ \n]+sau)[ \n]*:)/u;
/**
 * Find every citation in `text`, with roles, relations, ids and self-mentions.
 * Never throws on any string input; offsets index `text` itself (UTF-16, end exclusive).
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return extractNormalized(normalizeText(text), options);
}

/**
 * The same on text already normalized, with an optional layout: the document reader
 * passes its own, so that relations use the zones it read.
 */
export function extractNormalized(norm: NormalizedText, options: ExtractOptions = {}, givenLayout?: Layout): ExtractResult {
  const opts = ExtractOptionsSchema.parse(options);
  const text = norm.original;
  // the text read for relations, with typing slips in operative phrases mended (same length: offsets hold)
  const t = mendTypos(norm.text);
  const layout = givenLayout ?? readLayout(t);
  // the columns of a table parted by tabs or dashes, which the matching text reads as spaces and hyphens (a table of amendments
  // is read by its cells)
  const rowsText = /[\t–—]/u.test(text) ? withCellMarks(t, text, norm) : t;
  const consumed = new Set<number>();
  const candidates = wordCandidates(t);
  const named = scanNamed(t, layout, consumed, candidates.named);
  const numbered = scanNumbered(t, layout, consumed, candidates.partial);
  const titled = scanTitled(t)
    .filter((n) => zoneAt(layout, n.start) !== 'recipients' && !quotesTurnedOut(text.slice(n.start, n.end)))
    .map((n): Mention => ({ start: n.start, end: n.end, after: n.end, kind: 'named', form: 'titled', typeWord: null, type: n.type, typeInherited: false, symbol: null, named: n, partialNumber: null, pinpoint: null, date: null, issuer: null, tailEnd: n.end, term: null, aliasRange: null, inAlias: false, warnings: [] }));
  const found = dropOverlaps([...definedShortNames(t, layout, numbered), ...serialShortNames(t, layout, numbered), ...named, ...numbered, ...titled, ...shortNumbers(t, layout, numbered), ...listedShortNumbers(t, layout, numbered)]);
  // (a consolidated text's own number says so whatever type line it reproduces)
  const ownTypeForThis = /VBHN/u.test(opts.context?.number ?? layout.ownNumber ?? '') ? 'Văn bản hợp nhất' : opts.context?.type;
  const mentions = dropOverlaps([...found, ...anaphoricMentions(t, layout, found), ...thisOfAnotherType(t, layout, found, ownTypeForThis)]);
  readTails(t, mentions);
  resolveTypes(t, mentions);
  shareCoordinatedDates(t, mentions);

  const roles = assignRoles(
    t,
    layout,
    mentions.map((m) => ({ start: m.start, end: m.end, tailEnd: m.tailEnd, type: m.type ?? '', inAlias: m.inAlias, titled: m.form === 'titled', year: m.symbol?.year ?? (m.date ? Number(m.date.slice(0, 4)) : null) })),
    rowsText,
  );

  // the document's own number and name: mentions of them are self-references, not citations
  const detectSelf = opts.detectSelf !== false;
  const ownNumber = opts.context?.number ? parseSymbol(opts.context.number)?.canonical ?? null : detectSelf ? layout.ownNumber : null;
  const ownTitleRaw = opts.context?.title ? opts.context.title.toLowerCase().replace(/^(bộ luật|luật)\s+/u, '') : detectSelf ? layout.ownTitle : null;
  const ownTitle = ownTitleRaw === null ? null : toOldStyleTone(ownTitleRaw);
  const ownLawSubject = ownTitleRaw === null ? null : slug(ownTitleRaw.replace(/^(?:pháp lệnh)\s+/u, ''));

  // the citing document's system, State or Party, when its own number says it
  const ownFamily = opts.context?.number ? parseSymbol(opts.context.number)?.family ?? null : null;
  // who issued this document, to tell its own predecessors from other issuers' documents it ends (succession needs the same issuer)
  const ownSymbol = ownNumber !== null ? parseSymbol(ownNumber) : null;
  // a document of a lower local body than this one's, by the issuer its mention names: a district's or a commune's committee or council
  // under a province's or a city's header ("Quyết định số 1520/QĐ-UBND … của Ủy ban nhân dân quận Hoàn Kiếm … hết hiệu lực" in the
  // city's decision), which the higher body ends by repeal, never as its successor (the two numbers alike say nothing of it)
  const ownHeader = t.slice(0, Math.min(layout.titleStart > 0 ? layout.titleStart : 400, 400));
  const ownLevel = COMMUNE_HEADER.test(ownHeader) ? 3 : DISTRICT_HEADER.test(ownHeader) ? 2 : PROVINCE_HEADER.test(ownHeader) ? 1 : 0;
  // (read from the words after the mention: the issuer phrase its tail keeps may stop inside the body's name, "Ủy")
  const ownMinistry = MINISTRY_HEADER.test(ownHeader);
  const ownGeneralDepartment = !ownMinistry && GENERAL_DEPARTMENT_HEADER.test(ownHeader);
  const lowerBodys = (m: Mention): boolean => {
    if (ownLevel === 0 && !ownMinistry && !ownGeneralDepartment) return false;
    const of = ISSUER_AFTER.exec(t.slice(m.end, m.end + 160));
    const issuer = of ? t.slice(m.end + of[0].length, m.end + 160) : '';
    if (ownMinistry) return DEPARTMENT_ISSUER.test(issuer);
    if (ownGeneralDepartment) return SUB_DEPARTMENT_ISSUER.test(issuer);
    const level = COMMUNE_ISSUER.test(issuer) ? 3 : DISTRICT_ISSUER.test(issuer) || (ownLevel === 1 && PROVINCE_NOT_CITY_HEADER.test(ownHeader) && CITY_ISSUER.test(issuer)) ? 2 : 0;
    return level > ownLevel;
  };
  // (whether this document dissolves a body, read once: its title or first article)
  const dissolves = DISSOLVES.test(t.slice(layout.titleStart));
  // (whether this document is an amending act, its title opening with the verb — or, its title unread, its first article's heading:
  // an amending act is no new document on its subject, so what it ends is repealed, not succeeded: "Sửa đổi, bổ sung một số điều của
  // Quy chế … ban hành kèm theo Quyết định số A" with "Quyết định số B … hết hiệu lực kể từ …")
  const ownTitleText = opts.context?.title ?? (layout.titleEnd > layout.titleStart ? t.slice(layout.titleStart, layout.titleEnd) : null);
  const amendingAct = ownTitleText !== null ? TITLE_AMENDS.test(ownTitleText) : FIRST_ARTICLE_AMENDS.test(t);
  const selfReferences: SelfReference[] = [];
  const toOriginal = (s: number, e: number): { start: number; end: number } => norm.map.toOriginal(s, e);
  const keep: number[] = [];
  // where this document names itself, in the normalized text: "… được sửa đổi, bổ sung bởi Nghị định số 128/2026/NĐ-CP"
  // (its own number) or "… tại khoản 2 Điều 1 Nghị định này" makes it the actor
  const selfStarts: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const isOwnNumber = ownNumber !== null && m.symbol !== null && m.symbol.canonical === ownNumber;
    // the law's own name, unless the mention dates it to another year ("Luật báo chí ngày 28 tháng 12 năm 1989" in the 2016 law)
    const ownYear = opts.context?.date ? Number(opts.context.date.slice(0, 4)) : null;
    const mentionYear = m.named?.year ?? (m.date ? Number(m.date.slice(0, 4)) : null);
    const isOwnTitle = ownTitle !== null && m.named !== null && m.named.form === 'named-law' && m.named.name.replace(/\s+/g, ' ') === ownTitle.replace(/\s+/g, ' ') && (mentionYear === null || ownYear === null || mentionYear === ownYear);
    if (isOwnNumber || isOwnTitle) {
      selfStarts.push(m.start);
      const o = toOriginal(m.start, m.end);
      selfReferences.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end, reason: isOwnNumber ? 'own-number' : 'own-title' });
    } else keep.push(i);
  }
  // indexOf skips ahead on the first character of its pattern: the frequent "n" of "này" makes it
  // stop everywhere, the rarer "à" of "ày" three times faster
  for (let i = t.indexOf('ày'); i >= 0; i = t.indexOf('ày', i + 2)) {
    // "Kế hoạch này", "Nghị định này": a type word right before "này"
    const at = i - 1;
    if (at < 0 || t.charCodeAt(at) !== 110) continue;
    if (at + 3 < t.length && isLetterCode(t.charCodeAt(at + 3))) continue;
    let p = at;
    while (p > 0 && t.charCodeAt(p - 1) === 32) p--;
    if (p > 0 && t.charCodeAt(p - 1) === 10) p--;
    while (p > 0 && t.charCodeAt(p - 1) === 32) p--;
    if (p === at) continue;
    const w = typeWordEndingAt(t, p);
    if (!w) continue;
    // ("Nghị định này" of another document, read as that document's mention)
    if (mentions.some((m) => m.start === w.start && m.warnings.includes('this-of-another-type'))) continue;
    selfStarts.push(w.start);
    const o = toOriginal(w.start, at + 3);
    selfReferences.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end, reason: 'demonstrative' });
  }
  // a form annexed to this act cites the act with its serial left blank, the number it is about to get ("Thông tư
  // số …/2026/TT-BTC ngày …/…/2026" in the forms of 25/2026/TT-BTC): the same year, type and issuer as its own number
  if (ownNumber !== null) {
    const ownSuffix = ownNumber.slice(ownNumber.indexOf('/'));
    BLANK_NUMBER.lastIndex = 0;
    for (let b = BLANK_NUMBER.exec(t); b; b = BLANK_NUMBER.exec(t)) {
      const written = parseSymbol(`1${b[2] as string}`);
      if (!written || written.canonical.slice(written.canonical.indexOf('/')) !== ownSuffix) continue;
      // the digits filled in begin its own serial
      if (!ownNumber.slice(0, ownNumber.indexOf('/')).replace(/^0+/u, '').startsWith((b[1] as string).replace(/^0+/u, ''))) continue;
      let p = b.index;
      while (p > 0 && (t.charCodeAt(p - 1) === 32 || t.charCodeAt(p - 1) === 10)) p--;
      const w = typeWordEndingAt(t, p);
      if (!w) continue;
      selfStarts.push(w.start);
      const o = toOriginal(w.start, b.index + b[0].length);
      selfReferences.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end, reason: 'own-number' });
    }
  }
  selfReferences.sort((a, b) => a.start - b.start);

  const idParts = keep.map((i) => idOf(mentions[i] as Mention, opts.context));
  numberNamedLaws(keep.map((i) => mentions[i] as Mention), idParts, opts.context?.date ?? null, t);
  unifyWithinDocument(idParts.map((r) => r.parts));

  const indexOf = new Map<number, number>(keep.map((mi, ci) => [mi, ci] as const));
  // the documents the text describes, somewhere, as amending another ("Quyết định số 38/2019/QĐ-TTg ngày … sửa đổi, bổ sung một
  // số điều của Quyết định số 60/2015/QĐ-TTg"): amending acts wherever they are named again
  const amendingActs = new Set(keep.flatMap((mi, ci) => (AMENDING_DESCRIPTION.test(t.slice((mentions[mi] as Mention).tailEnd, (mentions[mi] as Mention).tailEnd + 40)) ? [formatId((idParts[ci] as { parts: IdParts }).parts)] : [])));
  const citations: Citation[] = [];
  const aliases: Alias[] = [];
  // the end of each citation in the normalized text, for relations between two of them
  const normEnds: number[] = [];
  const normStarts: number[] = [];
  // where the paragraph of each citation's list starts: its own, or for an item that shares the verb of the item before, that
  // item's (a list wraps: "Thông tư này thay thế Thông tư số A …;\nThông tư số B …" puts B on a line, a paragraph, of its own)
  const listStarts: number[] = [];
  let prevTailEnd = 0;
  // whether the ended document at mention `mi` details or guides documents (its description says so) none of which this
  // one details or guides: it is no successor ("Nghị định số 09/2023/NĐ-CP … quy định chi tiết thi hành Nghị quyết số
  // 54/2022/QH15 …" ended by a decree detailing the Law on criminal judgment enforcement)
  // where the next document named as itself (not inside this one's description) starts: "Thông tư số A … hướng dẫn chế độ kế toán
  // và Thông tư số B … sửa đổi, bổ sung Thông tư số A hết hiệu lực": B's description says nothing of A
  const nextHeadStart = (mi: number): number => {
    for (let j = mi + 1; j < mentions.length; j++) if ((roles[j] as ReturnType<typeof assignRoles>[number]).role !== 'embedded') return (mentions[j] as Mention).start;
    return t.length;
  };
  // a reported act recorded on the document it acts on: its first, or one more
  const addReport = (c: Citation, act: NonNullable<Citation['asserted']>): void => {
    if (c.asserted === null) c.asserted = act;
    else c.alsoAsserted = [...(c.alsoAsserted ?? []), act];
  };
  // a bill, not a law: "dự án Luật …", "dự thảo Luật …", "Luật … (sửa đổi)"
  const billAt = (start: number, end: number): boolean => BILL_BEFORE.test(t.slice(Math.max(0, start - 16), start)) || BILL_NAME.test(t.slice(start, end));
  const isBill = (x: number): boolean => (citations[x] as Citation).kind === 'named' && billAt(normStarts[x] as number, normEnds[x] as number);
  // the provisions a sentence keeps after naming another document on the way, when it names this one again: "Nghị định này thay
  // thế Nghị định số A và Nghị định số B … sửa đổi … Nghị định số A, trừ quy định tại Điều 32 của Nghị định số A …"
  const keptOfItself = (m: Mention): RegExpExecArray | null => {
    const kept = KEPT_OF_DOCUMENT.exec(t.slice(m.tailEnd, m.tailEnd + 700));
    return kept && m.symbol !== null && (kept[2] as string).replace(/\s+/gu, '').replace(/[,.;]+$/u, '') === m.symbol.canonical.replace(/\s+/gu, '') ? kept : null;
  };
  // whether mention x stands in a later cell of the pipe-table row the phrase at `phraseStart` is in, after another mention of that row
  const laterCellOfPipeRow = (x: number, phraseStart: number): boolean => {
    const rowFrom = lineStartIn(t, phraseStart);
    const before = normStarts[x - 1] as number;
    // (not one the phrase follows right after, in its own cell: "| … | Căn cứ ban hành là Nghị định số A đã được thay thế bởi Nghị định
    // số B | … |", "| … | … Nghị định số A (đã được sửa đổi, bổ sung bởi Nghị định số B) | … |" report on A)
    return PIPE_ROW_OPENING.test(t.slice(rowFrom, rowFrom + 16)) && before >= rowFrom && t.slice(normEnds[x - 1] as number, normStarts[x] as number).includes('|') && !/^[ \n]*(?:\([ \n]*)?(?:đã[ \n]+)?$/u.test(t.slice(normEnds[x] as number, phraseStart));
  };
  // the document an amending article acts on, when the status phrase at `phraseStart` is about a provision its item names first
  // (the item's mark, an amending verb, the places, an opening parenthesis: nothing else before the phrase): the last document
  // of the article this act amends, before the item, not the phrase's actor
  const amendedByArticle = (ci: number, phraseStart: number): Citation | null => {
    const lineFrom = lineStartIn(t, phraseStart);
    if (!PROVISION_ITEM_STATUS.test(t.slice(lineFrom, phraseStart))) return null;
    // (the article's heading, "Điều 1. …", not a place a wrap put at a line's start, "…\nĐiều 5 Thông tư số …")
    const from = Math.max(0, lineFrom - 4000);
    const heading = lastArticleHeading(t.slice(from, lineFrom));
    const article = heading < 0 ? from : from + heading;
    const actor = formatId((idParts[ci] as { parts: IdParts }).parts);
    for (let x = citations.length - 1; x >= 0; x--) {
      const at = normStarts[x] as number;
      if (at >= lineFrom) continue;
      if (at < article || lineFrom - at > 4000) break;
      const c = citations[x] as Citation;
      if (c.role !== 'embedded' && c.id !== actor && (c.relation === 'amends' || (c.alsoActs ?? []).some((a) => a.relation === 'amends'))) return c;
    }
    // (an article that names what it amends by a name, "Điều 1. Sửa đổi, bổ sung một số điều của Quy chế nghiệp vụ thị trường mở", amends
    // the one document the title amends: "Sửa đổi, bổ sung … Quy chế … ban hành kèm theo Thông tư số …")
    // (not past a heading of quoted new wording, "“Điều 6. Nộp hồ sơ …", which is no article of this act)
    if (heading < 0 || inSortedRanges(layout.quotedWordings, article + 1)) return null;
    const titled = citations.filter((c, x) => c.role === 'head' && c.relation === 'amends' && c.id !== actor && zoneAt(layout, normStarts[x] as number) === 'title');
    return titled.length > 0 && titled.every((c) => c.id === (titled[0] as Citation).id) ? (titled[0] as Citation) : null;
  };
  // the laws named before law x in one legal-basis line, when the list closes with "và" right before x and the status phrase at
  // `phraseStart` follows x: the phrase is the whole list's ("Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, Luật Công
  // đoàn số 50/2024/QH15, Luật Thanh niên số 57/2020/QH14 và Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 đã được sửa đổi, bổ
  // sung một số điều theo Luật số 97/2025/QH15" — one law amended the four); empty when any of them has a status of its own or the
  // line is no basis (an enacting formula's list, "… Luật Quảng cáo số A, Luật Xây dựng số B đã được sửa đổi … theo Luật số C, Luật
  // Hải quan số …", gives each law its own phrase)
  const sharedStatusLaws = (x: number, phraseStart: number): number[] => {
    // (x's own report is the one being recorded)
    const namedLaw = (y: number): boolean => {
      const c = citations[y] as Citation;
      return c.role === 'head' && (y === x || c.asserted === null) && LAW_TYPES.has(c.type ?? '') && NAMED_LAW.test(t.slice(normStarts[y] as number, normEnds[y] as number));
    };
    const end = normEnds[x] as number;
    // (or a parenthesis after the list whose phrase names them all, in any sentence: "… Luật Đất đai số A, Luật Nhà ở số B, … và Luật
    // Các tổ chức tín dụng số D (thời điểm có hiệu lực của các luật này đã được điều chỉnh tại Luật số E)")
    const these = THESE_LAWS_OPENING.test(t.slice(end, phraseStart));
    if (x < 1 || !namedLaw(x) || (!these && !/^[ \n]*(?:đã[ \n]+)?$/u.test(t.slice(end, phraseStart))) || !/^[ \n]*,?[ \n]*và[ \n]+$/u.test(t.slice(normEnds[x - 1] as number, normStarts[x] as number))) return [];
    // (back over the laws parted by commas, to the first, or to the actor of an earlier phrase of the same line: "… số 15/2012/QH13
    // đã được sửa đổi, bổ sung một số điều theo Luật số 67/2020/QH14, Luật Thanh niên số 57/2020/QH14 và Luật Công đoàn số …")
    const laws: number[] = [];
    for (let y = x - 1; y >= 0 && namedLaw(y); y--) {
      laws.push(y);
      if (y === 0 || !/^[ \n]*,[ \n]*$/u.test(t.slice(normEnds[y - 1] as number, normStarts[y] as number))) break;
    }
    const first = normStarts[laws.at(-1) ?? x] as number;
    return laws.length > 0 && (these || BASIS_SENTENCE.test(t.slice(Math.max(0, first - 800), first))) ? laws : [];
  };
  // the documents enumerated before document x, of its type, when the enumeration runs from a list head's colon or an item's mark to
  // x with only each one's day and a short note between them ("… gồm: Quy chế số A ngày … (tỉnh Vĩnh Phúc), Quy chế số B ngày …
  // (tỉnh Hòa Bình) và Quy chế số C …"); empty when any of them has a report of its own or the run opens otherwise (a sentence that
  // cites one and reports on the next)
  const enumeratedBefore = (x: number): number[] => {
    const prior = citations[x] as Citation;
    const run: number[] = [];
    for (let y = x - 1; y >= 0; y--) {
      const c = citations[y] as Citation;
      if (c.role === 'embedded' || c.kind !== 'numbered' || c.type !== prior.type || c.asserted !== null || c.id === prior.id) return [];
      if (!ENUMERATION_GAP.test(t.slice(normEnds[y] as number, normStarts[y + 1] as number))) return [];
      run.push(y);
      if (ENUMERATION_OPENS.test(t.slice(Math.max(0, (normStarts[y] as number) - 200), normStarts[y] as number))) return run;
    }
    return [];
  };
  // the reported act the mention before `ci` performs as an actor, recorded again with `ci` as a further actor when only a list's
  // separator lies between the two (and `ci` has no status phrase of its own, nor is a law named by its name after actors named by
  // their numbers: those are the next documents the sentence names); null otherwise
  const furtherActor = (ci: number, m: Mention): NonNullable<Citation['asserted']> | null => {
    const x = ci - 1;
    const before = citations[x];
    if (!before || before.role === 'embedded' || OWN_STATUS_AFTER.test(t.slice(m.end, m.end + 60))) return null;
    if (m.start - (normEnds[x] as number) > 300) return null;
    const gap = t.slice(normEnds[x] as number, m.start);
    if (!FURTHER_ACTOR_GAP.test(gap)) return null;
    if (NAMED_LAW.test(t.slice(m.start, m.end)) && !NAMED_LAW.test(t.slice(normStarts[x] as number, normEnds[x] as number))) return null;
    // (a list ends at its "và": a comma after an actor joined by "và" goes on to the next document of the sentence)
    if (x > 0 && gap.includes(',') && /(?<![\p{L}])và[ \n]+$/u.test(t.slice(normEnds[x - 1] as number, normStarts[x] as number))) return null;
    for (let y = x - 1; y >= 0 && (normStarts[x] as number) - (normEnds[y] as number) <= 1500; y--) {
      const c = citations[y] as Citation;
      const act = [c.asserted, ...(c.alsoAsserted ?? [])].find((a) => a !== null && a.subject === x);
      if (!act) continue;
      // (an actor named by its title, "… theo Luật sửa đổi, bổ sung một số Điều của Luật Giáo dục số 44/2009/QH12, Luật Biển Việt Nam
      // số …", is one law: the law after the comma is the sentence's next document)
      if (/(?<![\p{L}])(?:Luật|Pháp[ \n]+lệnh)[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung)(?![\p{L}])[^]*[ \n]của$/u.test(act.trigger)) return null;
      const further: NonNullable<Citation['asserted']> = { subject: ci, subjectId: '', relation: act.relation, trigger: act.trigger };
      c.alsoAsserted = [...(c.alsoAsserted ?? []), further];
      return further;
    }
    return null;
  };
  // the document whose quoted new wording names `m` in a sentence where that document guides it ("Nghị định này quy định chi tiết
  // …"): the nearest document of that type before the quote that this one amends; -1 otherwise
  const quotedGuidanceActor = (m: Mention): number => {
    const quote = sortedRangeAt(layout.quotedWordings, m.start);
    if (!quote) return -1;
    const self = THIS_GUIDES.exec(t.slice(Math.max(quote[0], m.start - 600), m.start));
    if (!self) return -1;
    // (a further object of the same guiding verb: see GUIDED_NEXT)
    const prior = citations[citations.length - 1];
    const priorGuide = prior && (normEnds[citations.length - 1] as number) >= quote[0] && prior.asserted?.trigger === QUOTED_GUIDANCE && GUIDED_NEXT.test(t.slice(prevTailEnd, m.start)) ? prior.asserted.subject : -1;
    if (priorGuide >= 0) return priorGuide;
    if (headRelation(t, layout, m.start, m.tailEnd, prevTailEnd, true) !== 'guides') return -1;
    const type = (self[1] as string).replace(/\s+/gu, ' ');
    const amended = new Set(citations.filter((c) => c.relation === 'amends' && c.role !== 'embedded').map((c) => c.id));
    for (let x = citations.length - 1; x >= 0 && quote[0] - (normEnds[x] as number) <= 8_000; x--) {
      const c = citations[x] as Citation;
      if ((normEnds[x] as number) <= quote[0] && c.type === type && amended.has(c.id)) return x;
    }
    return -1;
  };
  // the document whose provision a quotation gives, when the quoted provision says it takes the place of `m` ("Khoản 2 Điều 37 Thông tư
  // số X … quy định: “Thông tư này thay thế các văn bản sau đây: a) Quyết định số A …”"): X's act on A, which the quoting text reports;
  // -1 otherwise
  const quotedReplacementActor = (m: Mention): number => {
    // (a quotation in the text's own sentence, not a new wording: its opening mark within 800 characters, not closed before the mention;
    // looked for in that window only, so a text without quotes costs no scan back to its start per mention)
    const from = Math.max(0, m.start - 800);
    const window = t.slice(from, m.start);
    const at = Math.max(window.lastIndexOf('“'), window.lastIndexOf('"'));
    if (at < 0 || /[”"]/u.test(window.slice(at + 1))) return -1;
    const open = from + at;
    const self = QUOTED_SELF_REPLACES.exec(window.slice(at + 1));
    if (!self) return -1;
    const type = (self[1] as string).replace(/\s+/gu, ' ');
    for (let x = citations.length - 1; x >= 0; x--) {
      const end = normEnds[x] as number;
      if (end > open) continue;
      if (open - end > 300) return -1;
      const c = citations[x] as Citation;
      return c.type === type && c.kind === 'numbered' && QUOTATION_INTRODUCED.test(t.slice(end, open + 1)) ? x : -1;
    }
    return -1;
  };
  // what an item that opens with the mention keeps of it, at the item's end (KEPT_AT_LINE_END)
  const keptAtItemEnd = (m: Mention): RegExpExecArray | null => {
    if (!ITEM_OPENING_BEFORE.test(t.slice(Math.max(0, m.start - 60), m.start))) return null;
    const lineEnd = t.indexOf('\n', m.tailEnd);
    const rest = t.slice(m.tailEnd, lineEnd < 0 ? Math.min(t.length, m.tailEnd + 1200) : Math.min(lineEnd, m.tailEnd + 1200));
    return KEPT_AT_LINE_END.exec(rest);
  };
  // (a law and its successor of the same subject are one thing guided: "Nghị định số 137/2015/NĐ-CP … quy định chi tiết … Luật Căn cước
  // công dân … hết hiệu lực" in the decree that details the Luật Căn cước of 2023)
  // (nor when what it guides bears the title of what this one guides: a decree replaced by one of the same title, "Nghị định số
  // 136/2013/NĐ-CP … quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội" then 20/2021/NĐ-CP, its guidance
  // ended by the new decree's; or one whose title details the same law: "Thông tư số 342/2016/TT-BTC … hướng dẫn thi hành … Nghị định
  // số 163/2016/NĐ-CP … quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước" in the circular guiding 73/2026/NĐ-CP "…
  // quy định chi tiết và hướng dẫn thi hành một số điều của Luật Ngân sách nhà nước"; or the same matter of another law: "… Nghị định số
  // 127/2008/NĐ-CP … hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm thất nghiệp" in the circular guiding 28/2015/NĐ-CP "…
  // quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp")
  const guidesOtherThan = (mi: number): boolean => {
    const ownGuided = citations.flatMap((c, x) => (c.relation === 'guides' && c.role === 'head' ? [x] : []));
    if (ownGuided.length === 0) return false;
    const own = new Set(ownGuided.map((x) => (citations[x] as Citation).id));
    const ownSubjects = ownGuided.flatMap((x) => lawSubjectOf((citations[x] as Citation).text) ?? []);
    const ownTitles = ownGuided.flatMap((x) => titleWordsAfter(t, normEnds[x] as number) ?? []);
    const ownTitleLaws = ownGuided.flatMap((x) => titleLawAfter(t, normEnds[x] as number) ?? []);
    const ownMatters = ownGuided.flatMap((x) => titleMatterAfter(t, normEnds[x] as number) ?? []);
    // (the guided document's title may be given where the text names it elsewhere: "… hướng dẫn thi hành một số điều của Nghị định số
    // 163/2016/NĐ-CP ngày … của Chính phủ, Thông tư số …" after "Nghị định số 163/2016/NĐ-CP … quy định chi tiết thi hành một số điều
    // của Luật Ngân sách nhà nước" in the article before)
    const lawOfTitle = (id: string, end: number): string | null => titleLawAfter(t, end) ?? citations.flatMap((c, x) => (c.id === id ? [titleLawAfter(t, normEnds[x] as number)] : [])).find((l) => l !== null) ?? null;
    const guided: Array<{ id: string; subject: string | null; title: string | null; law: string | null; matter: string | null }> = [];
    for (let j = mi + 1; j < mentions.length && j <= mi + 6; j++) {
      const r = roles[j] as ReturnType<typeof assignRoles>[number];
      const cj = indexOf.get(j);
      if (r.role !== 'embedded' || r.subject !== mi || r.assertedRelation !== 'guides' || cj === undefined) continue;
      const id = formatId((idParts[cj] as { parts: IdParts }).parts);
      const mj = mentions[j] as Mention;
      guided.push({ id, subject: lawSubjectOf(t.slice(mj.start, mj.end)), title: titleWordsAfter(t, mj.end), law: lawOfTitle(id, mj.end), matter: titleMatterAfter(t, mj.end) });
    }
    return guided.length > 0 && !guided.some((g) => own.has(g.id) || (g.subject !== null && ownSubjects.some((o) => sameLawSubject(o, g.subject as string))) || (g.title !== null && ownTitles.includes(g.title)) || (g.law !== null && ownTitleLaws.some((o) => sameLawSubject(o, g.law as string))) || (g.matter !== null && ownMatters.includes(g.matter)));
  };
  for (let ci = 0; ci < keep.length; ci++) {
    const mi = keep[ci] as number;
    const m = mentions[mi] as Mention;
    let role = roles[mi] as ReturnType<typeof assignRoles>[number];
    // "| 1 | Sửa đổi | khoản 2 Điều 5 | Quyết định số … |": a row of a table of this document's amendments
    const row = role.role !== 'embedded' && zoneAt(layout, m.start) === 'body' ? tableRowAct(rowsText, m.start) : null;
    let relation: Relation = role.role === 'embedded' ? 'cites' : row && (row.relation === 'cites' || actingDocument(t, layout)) ? row.relation : headRelation(t, layout, m.start, m.tailEnd, prevTailEnd);
    // a row of a table read one cell a line whose last column says how this document disposes of the row's document ("Thay thế",
    // "Bãi bỏ", "Hết hiệu lực một phần"), under a lead-in that is this document's effect or in an annex its sentence ends
    const disposal = role.role !== 'embedded' && zoneAt(layout, m.start) === 'body' && ROW_NUMBER_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) ? lineTableRowDisposal(t, m.start, () => repealAnnexAt(t, layout, m.start) !== null) : undefined;
    if (disposal !== undefined) relation = disposal.relation;
    // (a document named in the title cell of a row whose own document stands by its number in an earlier cell is words of that
    // title: "3\n456/QĐ-UBND\n25/02/2022\nBổ sung thành viên Ban Chỉ đạo … được kiện toàn tại Quyết định số 2876/QĐ-UBND")
    else if (relation !== 'cites' && role.role !== 'embedded' && zoneAt(layout, m.start) === 'body' && inLineTableTitleCell(t, m.start)) relation = 'cites';
    let across: Relation | null;
    // the second object of an amending act's description, inside a list's item: "b) Điều 2 Nghị định số A … sửa đổi, bổ sung một
    // số điều của Nghị định số B … và Nghị định số C …;" under "… hết hiệu lực …:" — C is what A amended, no item of the list (the
    // item is found over more lines than the sentence, at a narrow column)
    const before = citations[citations.length - 1];
    // (not an amending act itself, which the list names in parallel: "Pháp lệnh số B sửa đổi … của Pháp lệnh … năm 2002 và Pháp
    // lệnh số C sửa đổi, bổ sung … hết hiệu lực")
    if ((relation === 'repeals' || relation === 'replaces') && role.role !== 'embedded' && before?.role === 'embedded' && before.asserted?.relation === 'amends' && m.start - prevTailEnd <= 300 && DESCRIPTION_THEN_AND.test(t.slice(prevTailEnd, m.start)) && !amendingActs.has(formatId((idParts[ci] as { parts: IdParts }).parts))) relation = 'cites';
    // an item of a final clause that ends several documents, after the previous one's description ("2. Các Nghị định số
    // A …, Nghị định số B … sửa đổi … của Nghị định số A và Nghị định số C ngày … hết hiệu lực thi hành kể từ ngày …"): its
    // own item, even where "và" made it look like a second document of B's description
    if (relation === 'cites' && endingListItem(t, citations, normEnds, m)) {
      relation = 'repeals';
      role = { role: 'head', subject: null, assertedRelation: null, trigger: null };
    }
    // "Bãi bỏ các quy định tại Luật A; Luật B; Điều 1 của Luật C": the items of one list share its verb
    const prev = citations[citations.length - 1];
    const actOfItsOwn = relation !== 'cites';
    let amendingProvisionsEnded = false;
    // (after a report of what amended the item before, the list goes on from that item, the report's actor being none: "… điểm a
    // khoản 3 Điều 23 của Luật Thủy lợi số A đã được sửa đổi, bổ sung một số điều theo Luật số B; điểm b khoản 2 Điều 74 của Bộ luật
    // Tố tụng dân sự số C; …"), past a semicolon: further actors of the report are joined by commas ("… theo Luật số B, Luật số D và
    // Luật số E hết hiệu lực")
    const listPrev = prev && prev.role === 'head' && prev.relation === 'cites' && /^[ \n]*;/u.test(t.slice(prevTailEnd, m.start)) ? reportedOn(citations, citations.length - 1) ?? prev : prev;
    // ("… Quy định chi tiết các điều, khoản của Luật Đất đai năm 2024 và của Nghị định 88/2024 …": "và của" repeats the object's
    // preposition, a second object of the same verb and no document of a description; so does "… của Luật Đất đai và các nội dung
    // được giao tại Nghị định số …")
    if (relation === 'cites' && role.role !== 'embedded' && listPrev && listPrev.role === 'head' && OPERATIVE_LIST.has(listPrev.relation) && (LIST_CONTINUATION.test(listGap(t, prevTailEnd, m)) || PLACES_CONTINUATION.test(listGap(t, prevTailEnd, m)) || SECOND_OBJECT_GAP.test(t.slice(prevTailEnd, m.start)))) relation = listPrev.relation;
    // an item of a suspension's list of provisions, the places it gives in the document it names: "Ngưng hiệu lực thi hành đối với
    // các quy định sau đây tại Nghị định số A đến hết ngày …\n1. Quy định về … tại điểm d khoản 1 Điều 8 Nghị định số B được sửa
    // đổi tại khoản 6 Điều 1 Nghị định số A." suspends that point of B
    else if (relation === 'cites' && role.role !== 'embedded' && suspendedListItem(t, m.start)) relation = 'suspends';
    // the provisions that amended an ended document, ended with it: "Thông tư này thay thế … Thông tư số A … và các quy định đã được
    // sửa đổi, bổ sung tại Thông tư số B …" ends the amending provisions of B, a part of it
    else if (relation === 'cites' && role.role !== 'embedded' && AMENDING_PROVISIONS_BEFORE.test(t.slice(Math.max(0, m.start - 120), m.start)) && prev && (prev.relation === 'replaces' || prev.relation === 'repeals') && prev.role === 'head' && prev.scope?.whole === true) {
      relation = prev.relation;
      amendingProvisionsEnded = true;
    }
    // "… theo quy định của Luật Bảo hiểm xã hội và Nghị định số 157/2025/NĐ-CP": the next object of a guiding verb, joined to the
    // one before by "và" or a comma alone, or with the places it is guided in (GUIDED_NEXT; the lists of the other acts are read
    // by their separators and descriptions below)
    else if (relation === 'cites' && role.role !== 'embedded' && prev && prev.role === 'head' && prev.relation === 'guides' && GUIDED_NEXT.test(t.slice(prevTailEnd, m.start))) relation = 'guides';
    // "… khoản 5 Điều 35 Luật Bảo hiểm y tế (được sửa đổi, bổ sung tại khoản 27 Điều 1 Luật số 51/2024/QH15 …), và khoản 3 Điều 59
    // Luật Việc làm": a parenthesis after an item, and the documents it names, part no items of the list
    else if (relation === 'cites' && role.role !== 'embedded' && (across = itemAcrossParenthesis(t, citations, normStarts, normEnds, m)) !== null) relation = across;
    // the next item after the previous one's description and a semicolon, or after the name given to it: "Nghị định này
    // quy định chi tiết … của Luật Bảo hiểm xã hội về …;\nđiểm 13 của Nghị quyết số …", "Bãi bỏ khoản 3 Điều 12 Thông tư số
    // A … quy định về …; khoản 1 Điều 3 Thông tư số B", "… Điều 11 của Luật Dẫn độ số … (sau đây gọi là Luật Dẫn độ); Điều
    // 10, Điều 11 của Luật …"
    else if (relation === 'cites' && role.role !== 'embedded' && describedItemOf(t, citations, normEnds, prevTailEnd, m) !== null) relation = describedItemOf(t, citations, normEnds, prevTailEnd, m) as Relation;
    else if (relation === 'cites' && role.role !== 'embedded') {
      // the name the first document is given on the way ("… (sau đây gọi tắt là Thông tư số 26/2016/TT-BLĐTBXH) và
      // Thông tư số 27/2016/TT-BLĐTBXH …") is part of its description
      let k = citations.length - 1 - (prev && ALIAS_OPENING.test(t.slice(Math.max(0, (normStarts[citations.length - 1] ?? 0) - 40), normStarts[citations.length - 1] ?? 0)) ? 1 : 0);
      // (over the documents an ended document's title names: "… Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A
      // và Phụ lục I của Thông tư số C")
      // (a document of another type when the title acts on it the same way: "Chính phủ ban hành Nghị quyết tạm ngưng hiệu lực Nghị
      // định số 46/2026/NĐ-CP … hướng dẫn thi hành Luật An toàn thực phẩm và Nghị quyết số 66.13/2026/NQ-CP …" under the title
      // "Tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP … và Nghị quyết số 66.13/2026/NQ-CP")
      const id = formatId((idParts[ci] as { parts: IdParts }).parts);
      const titleActsOn = (relation: Relation | undefined): boolean => citations.some((c, j) => c.id === id && c.relation === relation && c.role === 'head' && (normStarts[j] as number) >= layout.titleStart && (normStarts[j] as number) < layout.titleEnd);
      const last = k;
      while (k > 0 && k > last - 3 && citations[k]?.role === 'embedded') k--;
      // (and over a document of another type that a repealed document's description names, to the next item after a comma alone:
      // "… bãi bỏ Thông tư số A … quy định chi tiết thi hành Nghị định số B, Thông tư số C …" — C is repealed as A is)
      const repealedOver = citations[k]?.relation === 'repeals' && citations[k]?.scope?.whole === true && sameListType(citations[k]?.type ?? null, m.type) && citations.slice(k + 1, last + 1).every((c) => !sameListType(c.type, m.type)) && /^[ \n]*,[ \n]*$/u.test(t.slice(prevTailEnd, m.start));
      if (k !== last && citations[k]?.relation !== 'replaces' && !titleActsOn(citations[k]?.relation) && !repealedOver) k = last;
      // (over a document of another type the previous object's description follows, "… Quyết định số A … quy định về việc thực hiện
      // các chính sách hỗ trợ … theo Nghị quyết số 42/NQ-CP ngày … của Chính phủ và Quyết định số B …": B is the act's next object)
      const followed = citations[k];
      let followedAt = -1;
      if (k === last && k > 0 && followed !== undefined && followed.role === 'head' && followed.relation === 'cites' && !sameListType(followed.type, m.type) && /(?<![\p{L}])theo[ \n]+$/u.test(t.slice(Math.max(0, (normStarts[k] as number) - 12), normStarts[k] as number))) {
        const object = citations[k - 1] as Citation;
        if (object.role === 'head' && (object.relation === 'repeals' || object.relation === 'replaces') && sameListType(object.type, m.type) && /^[^.;:\n]{0,300}$/u.test(t.slice(normEnds[k - 1] as number, normStarts[k] as number))) {
          followedAt = k;
          k--;
        }
      }
      const cited = citations[k];
      // (a first object whose part this act replaced reads as amended, "… thay thế Điểm b3 Khoản 1 Điều 1 Nghị quyết số A …": the
      // list's verb is still "thay thế", which the next object, named whole, takes: "… và Nghị quyết số B …")
      const partReplaced = cited !== undefined && cited.role === 'head' && cited.relation === 'amends' && cited.scope?.whole === false && /(?<![\p{L}])thay[ \n]+thế[ \n]+(?:(?:các|toàn[ \n]+bộ)[ \n]+)?(?:[Đđ]iểm|[Kk]hoản|[Đđ]iều|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]/u.test(sentenceBefore(t, normStarts[k] as number));
      const first = partReplaced ? { ...cited, relation: 'replaces' as Relation } : cited;
      const from = k === citations.length - 1 ? prevTailEnd : (normEnds[k] ?? 0);
      if (first && first.role === 'head' && (first.relation === 'amends' || first.relation === 'replaces' || first.relation === 'repeals' || first.relation === 'suspends') && (sameListType(first.type, m.type) || (PARTY_LIST_ENDS.has(first.relation) && first.family === 'party' && familyOf(m) === 'party') || titleActsOn(first.relation) || (first.relation === 'repeals' && m.type !== null && NORMATIVE_TYPES.has(m.type) && /(?<![\p{L}])và[ \n]*$/u.test(t.slice(from, m.start)) && /(?<![\p{L}])bãi[ \n]+bỏ(?![\p{L}])/iu.test(sentenceBefore(t, normStarts[k] as number)))) && m.start - from <= 700) {
        // (the document the description follows, "theo Nghị quyết số …", is no verb of it)
        const gap = followedAt < 0 ? t.slice(from, m.start) : `${t.slice(from, (normStarts[followedAt] as number) - 5)}${' '.repeat((normEnds[followedAt] as number) - (normStarts[followedAt] as number) + 5)}${t.slice(normEnds[followedAt] as number, m.start)}`;
        // (an ended document's title may say what it amended: "… Thông tư số 25/2023/TT-BKHĐT … sửa đổi, bổ sung một số điều của
        // Thông tư số 03/2021/TT-BKHĐT và Phụ lục I của Thông tư số 31/2026/TT-BTC …")
        // (documents named in the plural take the next one after a comma: "bãi bỏ các Quyết định số A … ban hành Quy chế …,
        // Quyết định số B …")
        const plural = /(?<![\p{L}])các[ \n]+$/u.test(t.slice(Math.max(0, (normStarts[k] as number) - 8), normStarts[k] as number)) && PLURAL_NEXT.test(gap);
        // (an ended document's list goes on after a comma too, when the next is of the same type: "… thay thế Nghị định số A … về kinh
        // doanh xăng dầu, Nghị định số B … và Nghị định số C … sửa đổi, bổ sung một số điều của Nghị định số A")
        // (not one with a predicate of its own, "… bãi bỏ Quyết định số A …, Quyết định số B … vẫn được áp dụng")
        const commaList = (first.relation === 'replaces' || first.relation === 'repeals') && sameListType(first.type, m.type) && COMMA_AFTER_DESCRIPTION.test(gap) && !OWN_PREDICATE_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 300).split(/[.;]/u)[0] ?? '');
        // (semicolons may list the fields an ended document's title covers, "… quy định xử phạt vi phạm hành chính trong hoạt động xây
        // dựng; kinh doanh bất động sản; … và Nghị định số B …": lower-case words after them and no verb of an act)
        const fieldsListed = (first.relation === 'replaces' || first.relation === 'repeals') && gap.includes(';') && !FIELDS_AFTER_SEMICOLON_OFF.test(gap.slice(gap.indexOf(';'))) && COORDINATED_AFTER_DESCRIPTION.test(gap.replace(FIELD_SEMICOLON, ','));
        if ((COORDINATED_AFTER_DESCRIPTION.test(gap) || plural || commaList || fieldsListed) && !(first.relation === 'replaces' || first.relation === 'repeals' ? OWN_VERB_IN_ENDED_TITLE : OWN_VERB_IN_DESCRIPTION).test(gap.replace(ALIAS_CLAUSE, ' '))) relation = first.relation;
      }
    }
    // a further item of a list that took its act from a document the list's "bãi bỏ" repealed: "2. Bãi bỏ Thông tư số A …; Thông
    // tư số B … sửa đổi, bổ sung một số điều của Thông tư số A …" (B is repealed as A is, not succeeded)
    const listedWithAt = !actOfItsOwn && relation === 'repeals' ? citations.findLastIndex((c) => c.role === 'head' && (c.relation === 'repeals' || c.relation === 'replaces')) : -1;
    const repealedInList = listedWithAt >= 0 && (citations[listedWithAt] as Citation).relation === 'repeals' && /(?<![\p{L}])bãi[ \n]+bỏ(?![\p{L}])/iu.test(sentenceBefore(t, normStarts[listedWithAt] as number));
    // (a table read one cell a line: what stands before this row's number is the previous row's, its title and its other cells,
    // "… Chương II và Chương III về đào tạo lái xe\n2\nThông tư số 29/2015/TT-BGTVT …")
    const scopeFrom = ROW_NUMBER_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) ? Math.max(prevTailEnd, m.start - 1) : prevTailEnd;
    // an annex that lists what this text repeals says "bãi bỏ": never a succession
    const annexRepeal = (relation === 'repeals' || relation === 'replaces') && role.role !== 'embedded' ? repealAnnexAt(t, layout, m.start) : null;
    // (an annex this act's "… hết hiệu lực" refers to, "DANH MỤC VĂN BẢN HẾT HIỆU LỰC", ends them as that sentence would: a
    // successor replaces)
    const annexSaysRepeal = annexRepeal !== null && lastStartingAtOrBefore(layout.annexes, m.start)?.lapses !== true;
    // a law that ends the law of its own name replaces it ("Luật Tố cáo số 03/2011/QH13 hết hiệu lực" in the Luật Tố cáo of 2018)
    // a law named by its number only ("Pháp lệnh số 26/2005/PL-UBTVQH11") bears the name the registry gives it
    const lawKey = lawKeyOf(m);
    // and a law that ends ("… hết hiệu lực", not "bãi bỏ") a law on the same subject succeeds it: "Luật bảo vệ, chăm sóc và
    // giáo dục trẻ em" in the Luật Trẻ em, the Pháp lệnh giám định tư pháp in the Luật Giám định tư pháp
    // (a law whose own subject is not known, its title not in the text read, succeeds the one law not amending that its clause
    // ends: "Luật Chứng khoán số 70/2006/QH11 và Luật số 62/2010/QH12 sửa đổi … hết hiệu lực" in an effect article read alone)
    if (relation === 'repeals' && !annexSaysRepeal && lawKey !== undefined && (ownLawSubject !== null ? (opts.context?.type === undefined || LAW_TYPES.has(opts.context.type) || opts.context.type === 'Văn bản hợp nhất') && succeeds(lawKey.replace(/^[a-z-]+:/, ''), ownLawSubject, opts.context?.type, sameSentenceLaws(t, mentions, m, ownNumber, 'article')) : opts.context?.type !== undefined && LAW_TYPES.has(opts.context.type) && m.type !== null && LAW_TYPES.has(m.type) && soleUnamendingLaw(lawKey.replace(/^[a-z-]+:/, ''), sameSentenceLaws(t, mentions, m, ownNumber))) && !endedByRepeal(t, m.start, m.tailEnd)) relation = 'replaces';
    // a document that ends ("… hết hiệu lực") one of its own type, not by "bãi bỏ" and not an amending act, succeeds it
    // (laws go by their names, above: a law ends parts of laws of other names as often as it succeeds one)
    // (not in an act whose title repeals: "Bãi bỏ các Thông tư quy định về phí, lệ phí không còn trong Danh mục …" succeeds nothing)
    // (nor a further item of a list the list's "bãi bỏ" repealed, see repealedInList)
    // (nor another body's document: a department's decision ended by the province's committee — see endedOfAnotherIssuer)
    else if (relation === 'repeals' && !repealedInList && !annexSaysRepeal && !TITLE_REPEALS.test(t.slice(layout.titleStart, layout.titleEnd)) && !dissolves && !amendingAct && opts.context?.type && m.type && (succeedsByType(m.type, m.symbol, opts.context.type) || guidanceSucceedsLetter(m.type, m.symbol, opts.context.type, ownSymbol)) && !endedOfAnotherIssuer(m.type, m.symbol, opts.context.type, ownSymbol) && !lowerBodys(m) && !LAW_TYPES.has(m.type) && !REPEALED_AFTER.test(outsideParentheses(t.slice(m.tailEnd, m.tailEnd + 1200)).slice(0, 200)) && !repealedAfterItems(outsideParentheses(t.slice(m.tailEnd, m.tailEnd + 2400))) && !/bãi[ \n]+bỏ|chấm[ \n]+dứt[ \n]+hiệu[ \n]+lực[^.;]{0,120}$|h(?:ủy|uỷ)[ \n]+bỏ[^.;]{0,120}$|(?<![\p{L}])thu[ \n]+hồi(?![\p{L}])(?![ \n]+đất)/iu.test(sentenceBefore(t, m.start)) && !inRepealList(t, m.start) && (row === null || (row.lapses === true && row.part === null)) && itemActs(t, layout, m.start, m.tailEnd) === null && !/(?:sửa[ \n]+đổi|bổ[ \n]+sung)/u.test(t.slice(m.start, m.end)) && !AMENDING_TITLE_AFTER.test(t.slice(m.end, Math.min(m.end + 200, nextHeadStart(mi))).replace(STATUS_AMENDED, (x) => ' '.repeat(x.length))) && !guidesOtherThan(mi)) relation = 'replaces';
    // an amending act is repealed with its base, never succeeded
    // (unless the text says "thay thế" of it: "Luật này thay thế Luật … 1981 và Luật sửa đổi, bổ sung … 1990")
    // (an amending act by its number is one whose description opens with the verb: "Thông tư số 21/2020/TT-BLĐTBXH ngày … của
    // Bộ trưởng … sửa đổi,\nbổ sung một số điều của Thông tư số 08/2017/TT-BLĐTBXH")
    // (or one the text described so where it first named it: "4. Quyết định số 60/2015/QĐ-TTg và Quyết định số 38/2019/QĐ-TTg
    // hết hiệu lực …", 38/2019 described before as amending 60/2015)
    // (an item that took its act from the item before opens no list: "… thay thế Thông tư số A …;\nThông tư số B …")
    const listFrom = (): number => (!actOfItsOwn && prev && prev.relation === relation ? Math.min(paragraphStart(layout, m.start), listStarts[citations.length - 1] as number) : paragraphStart(layout, m.start));
    if (relation === 'replaces' && (AMENDING_NAME.test(t.slice(m.start, m.end)) || ((AMENDING_DESCRIPTION.test(t.slice(m.tailEnd, m.tailEnd + 40)) || amendingActs.has(formatId((idParts[ci] as { parts: IdParts }).parts))) && !/(?<![\p{L}])thay[ \n]+thế(?![\p{L}])/iu.test(t.slice(Math.max(listFrom(), m.start - 400), m.start)))) && !saysReplaced(t, m.start)) relation = 'repeals';
    // a document said to have ended by its own term ("… đã hết hiệu lực do hết thời hạn áp dụng; giao Phòng Tư pháp cập nhật …") was
    // ended by no act, this one's least (so is one that lapsed on the term its own article set: "… chỉ áp dụng cho năm học 2022 - 2023
    // và đã hết hiệu lực theo thời hạn ghi tại Điều 4 của Nghị quyết đó")
    if ((relation === 'repeals' || relation === 'replaces') && role.role !== 'embedded' && EXPIRED_BY_ITS_TERM_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 420))) relation = 'cites';
    // a programme cited by its title is carried out, not detailed: what guides it guides the decision that approved it
    // ("Thông tư này hướng dẫn một số nội dung thực hiện … thuộc Chương trình mục tiêu quốc gia … quy định tại Quyết định số
    // 90/QĐ-TTg … phê duyệt Chương trình …")
    if (relation === 'guides' && m.form === 'titled') relation = 'cites';
    // a decree, a circular or a decision cannot repeal, replace or amend a law: "… đến khi Luật Việc làm số 38/2013/QH13
    // hết hiệu lực" in a decree is a condition, whatever the words around it
    // (nor a resolution of the National Assembly or its Standing Committee: "… có hiệu lực … đến ngày các quy định … tại Nghị quyết
    // số 29/2026/QH16 hết hiệu lực thi hành" in a decree)
    if ((relation === 'repeals' || relation === 'replaces' || relation === 'amends') && (LAW_TYPES.has(m.type ?? '') || (m.type === 'Nghị quyết' && m.symbol !== undefined && m.symbol !== null && LEGISLATIVE_RESOLUTION.test(m.symbol.canonical))) && belowLaw(opts.context)) relation = 'cites';
    // a circular amends, repeals, replaces or suspends no decree, which outranks it ("a) Thông tư số 21/2007/TT-BLĐTBXH … hướng
    // dẫn chi tiết một số điều của Luật … và Nghị định số 126/2007/NĐ-CP …" in a list of the documents a circular ends: the decree is
    // in the ended circular's title)
    // (nor does a minister's decision: "Nghị định quy định về …, thay thế Nghị định số A" in a ministry's plan names a decree to draft)
    // (a minister's decision may still correct a slip it reports in one: "Đính chính sai sót tại … Nghị định số …")
    // (nor the Prime Minister's decision: "Quyết định số A/2015/QĐ-TTg đã hết hiệu lực kể từ ngày … theo quy định tại Điều 40 Nghị định số
    // B" in a minister's decision's footnote reports the decree's ending)
    if (ACTING_RELATIONS.has(relation) && (m.type === 'Nghị định' || (m.type === 'Quyết định' && m.symbol?.issuerCodes[0] === 'TTg')) && ministryRank(opts.context?.type, ownSymbol?.issuerCodes[0]) && !(relation === 'corrects' && opts.context?.type === 'Quyết định')) relation = 'cites';
    // a province's, a district's or a commune's document acts on no central one: a decree, a Prime Minister's decision, a circular,
    // a law or a resolution of the Government or the National Assembly ("Bổ sung khoản 4 Điều 5 Nghị định nêu trên vào căn cứ áp
    // dụng" in a provincial decision)
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && ownNumber !== null && LOCAL_SYMBOL.test(ownNumber) && m.symbol && CENTRAL_SYMBOL.test(m.symbol.canonical)) relation = 'cites';
    // an administrative letter is no legal act: it replaces or amends another letter, never a decision, a circular or a decree
    // ("2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:" in a tax office's letter quotes the decision that did);
    // it may still correct a slip in its issuer's document (the older practice of a ministry's letter "đính chính Thông tư số …")
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && opts.context?.type !== undefined && LETTERS.has(opts.context.type) && !LETTER_TARGETS.has(m.type ?? '')) relation = 'cites';
    // a letter that answers an enquiry ("V/v trả lời kiến nghị …", "V/v giải đáp vướng mắc …") tells what applies: a document it says
    // "không còn áp dụng" or "đã hết hiệu lực" ended by another act, or by its term; it ends nothing unless it names itself the actor
    // ("Công văn này thay thế …")
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && (opts.context?.type === undefined || LETTERS.has(opts.context.type)) && layout.ownType === null && ownTitleText !== null && ANSWERING_TITLE.test(ownTitleText) && !THIS_LETTER_NEAR.test(t.slice(Math.max(0, m.start - 300), m.tailEnd + 300))) relation = 'cites';
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && relation !== 'guides' && opts.context?.type !== undefined && PLANS.has(opts.context.type) && m.type !== null && !PLAN_TARGETS.has(m.type)) relation = 'cites';
    // a State act amends, repeals, replaces or suspends no Party document, nor the reverse: the two systems are apart ("Cập nhật,
    // bổ sung … Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" in a
    // Government resolution amends the programme, the Party's resolution is what it carries out)
    if (ACTING_RELATIONS.has(relation) && ownFamily !== null && familyOf(m) !== ownFamily) relation = 'cites';
    // a bill is no document an act can amend, end or suspend: "Đưa ra khỏi Chương trình … dự án Luật Bảo vệ bí mật nhà nước (sửa
    // đổi)", "Lùi thời gian trình dự án Luật …" adjust the programme, not a law
    if (ACTING_RELATIONS.has(relation) && m.kind === 'named' && billAt(m.start, m.end)) relation = 'cites';
    // a submission or a report proposes and reports; it amends, repeals, replaces or suspends nothing ("Ngày 08/10/2024,
    // Chính phủ ban hành Nghị định số 126/2024/NĐ-CP …, thay thế Nghị định số … và Nghị định số …" in a tờ trình)
    // (what it reports of a document named before in the sentence is that document's act, asserted by it)
    let reported: { subject: number; relation: Relation; trigger?: string } | null = null;
    // (an actor after "bởi" is acted on by nobody: "… và bãi bỏ khoản 3 Điều 5 bởi Quyết định số C")
    if (ACTING_RELATIONS.has(relation) && opts.context?.type && NON_ACTING.has(opts.context.type)) {
      if (!/(?<![\p{L}])bởi[ \n]*$/u.test(t.slice(Math.max(0, m.start - 8), m.start))) for (let x = citations.length - 1; x >= 0; x--) {
        const prior = citations[x] as Citation;
        if (prior.role !== 'head') continue;
        // ("…; theo đó, Quy định số A … hết hiệu lực": the clause after the semicolon says what the document named before did)
        // (nor across a table's row, its number alone on a line: "…\nKhông còn phù hợp\n3\nThông tư số B …" under a list head that
        // proposes to repeal is another row, not a sentence that tells what the row before did)
        if (!/[.;:][ \n]|\n[ ]*\n|\n[ \t]*\d{1,3}[.)]?[ \t]*\n|\n[ \t]*\|[ \t]*\d{1,3}[.)]?[ \t]*\|/u.test(t.slice(normEnds[x] as number, m.start).replace(/;[ \n]*theo[ \n]+đó[ \n]*,?[ \n]/u, ' , ')) && m.start - (normEnds[x] as number) <= 600) {
          // (an ending the sentence reports, "hết hiệu lực" with no "bãi bỏ", by a new document of the ended one's type and
          // issuer is a succession, as this document's own would be: "… ban hành Thông tư số 78/2021/TT-BTC, theo đó Thông tư số
          // 68/2019/TT-BTC hết hiệu lực …")
          const actorSymbol = prior.number ? parseSymbol(prior.number) : null;
          const succeeded = relation === 'repeals' && prior.type && m.type && !LAW_TYPES.has(m.type) && succeedsByType(m.type, m.symbol, prior.type) && !endedOfAnotherIssuer(m.type, m.symbol, prior.type, actorSymbol) && !/bãi[ \n]+bỏ/iu.test(sentenceBefore(t, m.start)) && REPORTED_LAPSE_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 200));
          // (a document joined by "và" to one the sentence already reports on shares its actor: "… tại Nghị định số A và Nghị định số B
          // hết hiệu lực")
          const shared = prior.asserted !== null && prior.asserted.trigger === '' && /^[ \n]*(?:,|và)[ \n]*$/u.test(t.slice(normEnds[x] as number, m.start).replace(DATE_ISSUER_TAIL, ' ')) ? prior.asserted : null;
          // (one joined by "và" with nothing reported on it yet is a co-object of the same act, not its actor: "Nghị định số A ngày … và
          // Nghị định số B … hết hiệu lực từ ngày … theo quy định tại … Nghị định số C" — C's act, read at C)
          // (its places before it too: "Quyết định số A ngày … và khoản 2 Điều 4 Quyết định số B … đã bị bãi bỏ tại …")
          const coObject = shared === null && CO_OBJECT_GAP.test(t.slice(normEnds[x] as number, m.start)) && prior.type === m.type;
          if (!coObject) reported = shared ? { subject: shared.subject, relation: shared.relation } : { subject: x, relation: succeeded ? 'replaces' : relation };
        }
        break;
      }
      relation = 'cites';
    }
    // (a report's or a letter's "…, trong đó … A đã bị bãi bỏ" after a document it names: that document's act, reported)
    if (reported === null && relation === 'cites' && role.role !== 'embedded' && opts.context?.type && (NON_ACTING.has(opts.context.type) || LETTERS.has(opts.context.type))) {
      const before = THEREIN_CLAUSE_BEFORE.exec(t.slice(Math.max(0, m.start - 600), m.start));
      const verb = before ? THEREIN_PASSIVE_AFTER.exec(t.slice(m.end, m.end + 200))?.[1] : undefined;
      if (before && verb) {
        const opener = m.start - before[0].length;
        for (let x = citations.length - 1; x >= 0; x--) {
          if ((citations[x] as Citation).role !== 'head' || (normEnds[x] as number) > opener) continue;
          if (opener - (normEnds[x] as number) <= 600 && !/[.;:]/u.test(t.slice(normEnds[x] as number, opener))) reported = { subject: x, relation: /bãi/u.test(verb) ? 'repeals' : /thay/u.test(verb) ? 'replaces' : 'amends' };
          break;
        }
      }
    }
    // (a report's or a letter's "Quyết định số B bãi bỏ toàn bộ 12 quyết định …, trong đó có Quyết định số A … và Quyết định số C …":
    // the documents named among the objects were B's, reported)
    if (reported === null && relation === 'cites' && role.role !== 'embedded' && opts.context?.type && (NON_ACTING.has(opts.context.type) || LETTERS.has(opts.context.type))) {
      const among = AMONG_THEM_BEFORE.exec(t.slice(Math.max(0, m.start - 40), m.start));
      // (a further one of the same enumeration, "… và Quyết định số C …", after the one reported first, whichever reading reported it)
      const prior = citations[citations.length - 1];
      const joinedTo = among === null && prior !== undefined && prior.role === 'head' && prior.asserted !== null && (prior.asserted.trigger === AMONG_THEM || AMONG_THEM_BEFORE.test(t.slice(Math.max(0, (normStarts[citations.length - 1] as number) - 40), normStarts[citations.length - 1] as number))) && /^[^.;:()]{0,300}?(?:,|[ \n]và)[ \n]*$/u.test(t.slice(normEnds[citations.length - 1] as number, m.start)) ? prior.asserted : null;
      if (joinedTo) reported = { subject: joinedTo.subject, relation: joinedTo.relation, trigger: AMONG_THEM };
      else if (among) {
        const opener = m.start - among[0].length;
        for (let x = citations.length - 1; x >= 0; x--) {
          if ((citations[x] as Citation).role !== 'head' || (normEnds[x] as number) > opener) continue;
          const verb = ACTOR_VERB_OVER_OBJECTS.exec(t.slice(normEnds[x] as number, opener))?.[1];
          if (verb !== undefined) reported = { subject: x, relation: /bãi/u.test(verb) ? 'repeals' : /thay/u.test(verb) ? 'replaces' : /đình|ngưng/u.test(verb) ? 'suspends' : 'amends', trigger: AMONG_THEM };
          break;
        }
      }
    }
    // a quoted new wording of a provision of the document this one amends speaks of that document as "… này" ("Điều 1. Sửa đổi,
    // bổ sung Điều 1\n“Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định chi tiết … của Luật Khiếu nại”"): the guidance it
    // states is the amended document's, reported
    const guidedInQuote = reported === null && relation === 'cites' && role.role !== 'embedded' ? quotedGuidanceActor(m) : -1;
    const replacedInQuote = reported === null && relation === 'cites' && role.role !== 'embedded' && guidedInQuote < 0 ? quotedReplacementActor(m) : -1;
    // an item of an annex listing documents repealed in part ("DANH MỤC … BÃI BỎ MỘT PHẦN")
    // the acts that amended a document this act ends, listed with it: "Quyết định số A … ban hành Quy chế …, cùng các văn bản sửa đổi,
    // bổ sung Quy chế này gồm: Quyết định số B … và Thông tư số C …" — ended as A is (their "sửa đổi, bổ sung" names them, it is
    // no act of this document)
    if (role.role !== 'embedded' && relation !== 'repeals' && relation !== 'replaces') {
      const listedWith = AMENDING_ACTS_LISTED_BEFORE.exec(sentenceBefore(t, m.start));
      // (the "và" form ends them only with a base ended whole earlier in the same sentence)
      const namedAfter = listedWith ? null : AMENDING_ACTS_NAMED_AFTER.exec(sentenceBefore(t, m.start));
      const endedWhole = (c: Citation): boolean => c.role === 'head' && (c.relation === 'repeals' || c.relation === 'replaces') && c.scope?.whole === true;
      const base = listedWith ? citations.findLast(endedWhole) : namedAfter ? citations.findLast((c) => endedWhole(c) && m.start - c.end < 800 && !/\.[ \n]|;[ \t]*\n/u.test(t.slice(c.end, m.start))) : undefined;
      if (base) relation = base.relation;
    }
    const annexPart = (relation === 'repeals' || relation === 'replaces') && annexRepeal === 'part';
    let scope: ActScope | null = annexPart ? { whole: false, part: null } : role.role === 'embedded' ? null : operativeScope(t, layout, reported ? reported.relation : relation, m.start, scopeFrom, m.pinpoint?.text ?? null);
    // a row of a table read one cell a line whose header has a column for how much ends ("Phần bị thay thế": "Toàn văn bản",
    // "Điều 5 và Phụ lục 2")
    // (a row of a table whose heading ends documents whole and in part, "DANH MỤC VĂN BẢN … BỊ BÃI BỎ TOÀN BỘ, BÃI BỎ MỘT PHẦN", says
    // which: "Toàn bộ" in its column is the whole document, "Điều 8 và Điều 9" a part)
    const lineRowExtent = (relation === 'repeals' || relation === 'replaces') && (scope?.whole || (scope !== null && scope.part === null)) && role.role !== 'embedded' && ROW_NUMBER_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) ? lineTableRowExtent(t, m.start) : undefined;
    if (typeof lineRowExtent === 'string') scope = { whole: false, part: lineRowExtent };
    else if (lineRowExtent === null && scope !== null && !scope.whole) scope = { whole: true, part: null };
    // a row of an acting table read one cell a line says what it does to its document, in a column of its own ("Nội dung sửa đổi, bổ
    // sung, bãi bỏ": "Sửa đổi như sau …", "Bãi bỏ", "Thay thế bằng Phụ lục I …"), and where, in the cell before: the row, not the
    // table's head, gives the act
    // (or, a cell later, on the item of that document's list the row names first: "3\nKiểm nghiệm … phân bón\nQuyết định số A\nBãi bỏ")
    const rowAction = role.role !== 'embedded' && zoneAt(layout, m.start) === 'body' && actingDocument(t, layout) ? (ROW_NUMBER_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) ? lineTableRowAction(t, m.start) : ITEM_ROW_BEFORE.test(t.slice(Math.max(0, m.start - 400), m.start)) ? lineTableRowItemAction(t, m.start) : undefined) : undefined;
    if (rowAction !== undefined) {
      relation = rowAction.relation;
      scope = { whole: false, part: rowAction.part };
    }
    // (the cell's own verb stands, no succession read over it: "Bãi bỏ" a predecessor is a repeal; "Hết hiệu lực" is left to it)
    if (disposal !== undefined) {
      if (!disposal.lapses) relation = disposal.relation;
      scope = disposal.whole ? { whole: true, part: null } : { whole: false, part: disposal.part === '' ? null : disposal.part };
    }
    // "… hết hiệu lực …, trừ Điều 75" ends the whole document but keeps provisions in force for everyone ("trừ trường
    // hợp quy định tại Điều 115" keeps pending cases only, and keeps nothing)
    // (the next sentence keeps provisions of this document only when it names it: "Đối với các quy định tại Điều 5 Nghị định số
    // 88/2020/NĐ-CP tiếp tục …" keeps another decree's)
    const keptNext = scope?.whole && (relation === 'repeals' || relation === 'replaces') ? KEPT_NEXT_SENTENCE.exec(t.slice(m.tailEnd, m.tailEnd + 900)) : null;
    const kept = scope?.whole && (relation === 'repeals' || relation === 'replaces') ? (KEPT_PROVISIONS.exec(t.slice(m.tailEnd, m.tailEnd + 700)) ?? KEPT_RIGHT_AFTER.exec(t.slice(m.tailEnd, m.tailEnd + 500)) ?? keptOfItself(m) ?? keptAtItemEnd(m) ?? (keptNext && m.symbol !== null && (keptNext[1] as string).replace(/\s+/gu, '').includes(m.symbol.canonical) ? keptNext : null)) : null;
    if (kept) {
      scope = { whole: true, part: null, kept: (kept[1] ?? kept[2] ?? '').replace(/\s+/g, ' ').trim() };
    }
    // the second document of an item that ends provisions "tại" the first and it: "b) Các quy định về phí bảo hiểm tiền gửi tại Nghị
    // định số A ngày … về bảo hiểm tiền gửi và Nghị định số B ngày … sửa đổi, bổ sung một số điều của Nghị định số A;" — B's
    // provisions end, not B
    if ((relation === 'repeals' || relation === 'replaces') && scope?.whole && !kept && role.role !== 'embedded' && prev && prev.role === 'head' && prev.relation === relation && prev.scope?.whole === false && ci > 0) {
      const prevStart = normStarts[ci - 1] as number;
      const itemFrom = lineStartIn(t, prevStart);
      if (PROVISIONS_OF_OPENING.test(t.slice(Math.max(itemFrom, prevStart - 300), prevStart)) && /^[^.;:]{0,300}[ \n]và[ \n]+$/u.test(t.slice(normEnds[ci - 1] as number, m.start)) && !PLACE_BEFORE_AND.test(t.slice(normEnds[ci - 1] as number, m.start))) scope = { whole: false, part: prev.scope.part };
    }
    // a matter taken out of the document's reach is a part of it ("… không áp dụng với tương trợ tư pháp về dân sự kể từ ngày …")
    // (never a succession: the document stays for the other matters)
    if ((relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' && DISAPPLIED_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 600)) && !endedAfterItems(t.slice(m.tailEnd, m.tailEnd + 960))) {
      relation = 'repeals';
      scope = { whole: false, part: (/không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng[ \n]+(?:đối[ \n]+)?với[^.;]{1,200}?(?=[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi))/u.exec(t.slice(m.tailEnd, m.tailEnd + 600))?.[0] ?? '').replace(/\s+/g, ' ') };
    }
    // replacing a part is amending it ("thay thế Phụ lục II"); ending a part is repealing it
    // (the verb is looked for in the sentence, as far back as the relation was: "1. Thay thế cụm từ “…” bằng cụm từ “…” tại
    // Điều 1, khoản 4 Điều 4, tên Chương II Thông tư số …")
    // (unless this act takes the place of the provisions, which stay in no new wording: "Thông tư này có hiệu lực … và thay
    // thế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số …", a replacement of that part)
    // the items of a clause in which this act takes the place of provisions ("Thông tư này … thay thế nội dung về đầu tư ra
    // nước ngoài quy định tại Thông tư số A …; Thông tư số B … và Phụ lục I của Thông tư số C") are those provisions, each a part
    if (relation === 'replaces' && scope?.whole && role.role !== 'embedded' && prev?.relation === 'replaces' && prev.scope && !prev.scope.whole && SELF_REPLACES_PROVISIONS.test(t.slice(Math.max(0, m.start - 900), m.start).split(/\.[ \n]|\n[ ]*\n/u).pop() ?? '')) scope = { whole: false, part: null };
    if (relation === 'replaces' && scope && !scope.whole) {
      const sentence = t.slice(Math.max(0, m.start - 900), m.start).split(/\.[ \n]|\n[ ]*\n/u).pop() ?? '';
      // ("Áp dụng quy định tại Điều 15 Nghị định này thay cho quy định tại Điều 10 Nghị định số …" replaces that part too)
      // (and "… đã được quy định tại Nghị định này thì không áp dụng quy định tương ứng tại Mục 2 Chương III Nghị định số …", "… không
      // áp dụng Điều 5 và Điều 6 Quyết định số … mà thực hiện theo quy định tại Quyết định này")
      // (or in the head of the list it is an item of: "… thay thế các quyết định sau đây của Giám đốc Sở:\n…\n3. Điều 4 và Điều 5 của
      // Quy chế … ban hành kèm theo Quyết định số …")
      // (or the part is said replaced by this document's own right after it: "Điều 1. Phụ lục II.1 (…) ban hành kèm theo Quyết định số A
      // được thay thế bằng Phụ lục kèm theo Quyết định này")
      const replacedHere = OWN_REPLACEMENT_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 300)) || /(?<![\p{L}])thay[ \n]+(?:thế|cho)(?![\p{L}])|(?<![\p{L}])không[ \n]+áp[ \n]+dụng[ \n]+(?:các[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung)[ \n]+tương[ \n]+ứng(?![\p{L}])/iu.test(sentence) || disappliedForThis(t, sentence, m.tailEnd) || (/\n[ \t]*\d{1,2}[.)][ \t]+[^\n]*$/u.test(t.slice(Math.max(0, m.start - 400), m.start)) && !ITEM_WITH_ITS_OWN_VERB.test(t.slice(Math.max(0, m.start - 400), m.start)) && /(?<![\p{L}])thay[ \n]+thế(?![\p{L}])[^:]{0,120}:\s*$/iu.test(listHead(t, m.start)));
      // (nor when the provisions are said to be replaced by this document's after it: "Các quy định về … tại Chương IV Nghị định số …
      // được thay thế bằng các quy định của Nghị định này")
      if (!(replacedHere && (SELF_REPLACES_PROVISIONS.test(sentence) || SELF_REPLACES_LISTED.test(sentence)) && !/^[^.;]{0,300}?(?<![\p{L}])bằng(?![\p{L}])/u.test(t.slice(m.end, m.end + 300))) && provisionsReplacedByThis(t, m.start, m.tailEnd) === null) {
        // (the provisions on a matter this document's title takes up, ended as it takes them over: "3. Các nội dung hướng dẫn về chi
        // phí khảo sát xây dựng tại Mục III Thông tư số A … hết hiệu lực …" in a circular "Hướng dẫn xác định và quản lý chi phí khảo
        // sát xây dựng", stay replaced in part; on another matter, "Các quy định về phí bảo hiểm tiền gửi tại …" in a decree on the
        // insurer's organisation, they are repealed)
        // (or in a parenthesis after the document: "3. Điều 4 Quyết định số A … (nội dung về hợp thửa đất) hết hiệu lực …" in a decision on
        // "… tách thửa, hợp thửa đất …")
        // (or in the note of a row's cell that says how much goes: "3\nNghị quyết số A …\nĐiểm b khoản 1 Điều 1 (phí tham quan di tích
        // lịch sử, công trình văn hóa)")
        const matter = replacedHere || layout.titleEnd <= layout.titleStart ? undefined : matterBefore(t, m.start) ?? MATTER_IN_PARENTHESIS_AFTER.exec(t.slice(m.tailEnd, m.tailEnd + 400))?.[1] ?? (typeof lineRowExtent === 'string' ? ((x) => x?.[1] ?? x?.[2])(CELL_MATTER_NOTE.exec(lineRowExtent)) : undefined);
        // (or one of its own articles is headed with it: "… các quy định về mẫu phù hiệu, biển hiệu tại Phụ lục 2 … Quyết định số A …
        // không còn áp dụng" in a circular whose "Điều 55. Mẫu phù hiệu, biển hiệu" regulates them)
        relation = replacedHere ? 'amends' : matter !== undefined && takesUpMatter(t, layout, m.start, matter) ? 'replaces' : 'repeals';
        // (a part an annex's row names stays a part: "3 | Thông tư liên tịch số … | Điều 3, Điều 4")
        // (and a row's cell that says how much goes keeps saying it)
        scope = annexPart || typeof lineRowExtent === 'string' ? scope : operativeScope(t, layout, relation, m.start, scopeFrom, m.pinpoint?.text ?? null);
      }
    }
    // (the provisions on a matter of another issuer's or another type's document, ended with no "bãi bỏ" as this document takes the
    // matter up: "5. Kể từ ngày …, các quy định về mẫu phù hiệu, biển hiệu tại Phụ lục 2 ban hành kèm theo Quyết định số A … không còn
    // áp dụng." in a circular whose "Điều 55. Mẫu phù hiệu, biển hiệu" regulates them; a part replaced, as a successor's would be)
    if (relation === 'repeals' && scope && !scope.whole && role.role !== 'embedded' && layout.titleEnd > layout.titleStart && !endedByRepeal(t, m.start, m.tailEnd)) {
      // (or noted in parentheses after it, "… Quyết định số A … (về phối hợp tại khu vực biên giới đất liền) hết hiệu lực", or the
      // part named by its quoted heading, "không áp dụng Mục IV “Bệnh tay chân miệng” tại Hướng dẫn … ban hành kèm theo Quyết định số A")
      const matter = matterBefore(t, m.start) ?? MATTER_IN_PARENTHESIS_AFTER.exec(t.slice(m.tailEnd, m.tailEnd + 400))?.[1] ?? QUOTED_PART_HEADING_BEFORE.exec(t.slice(Math.max(0, lineStartIn(t, m.start), m.start - 400), m.start))?.[1] ?? PLACE_MATTER_IN_PART.exec(scope.part ?? '')?.[1];
      // (or the description of the document says it holds this document's matter, which the part ended is: "Kể từ ngày …, Mục 1
      // Chương II … của Nghị định số A … quy định chi tiết … về hoạt động kiểm định kỹ thuật an toàn lao động, huấn luyện … hết hiệu
      // lực" in a decree "Quy định chi tiết về hoạt động kiểm định kỹ thuật an toàn lao động")
      const description = DESCRIPTION_BEFORE_ENDING.exec(t.slice(m.tailEnd, m.tailEnd + 440))?.[0];
      // (or the description closes on the part's matter: "Chương IV … Quy chế làm việc … ban hành kèm theo Quyết định số A ngày … của
      // Ủy ban nhân dân huyện về công tác tiếp công dân hết hiệu lực" in a decision issuing "Quy chế tiếp công dân …")
      const closingMatter = description !== undefined ? MATTER_CLOSES_DESCRIPTION.exec(description)?.[1] : undefined;
      if ((matter !== undefined && takesUpMatter(t, layout, m.start, matter)) || (description !== undefined && describedWithOwnMatter(t, layout, description)) || (closingMatter !== undefined && takesUpMatter(t, layout, m.start, closingMatter))) relation = 'replaces';
      // (or it lapses, no repeal said, in a clause whose words share this document's matter: "2. Điều 5, Điều 6 và Điều 7 Quy định ban
      // hành kèm theo Quyết định số A … (về cấp phép sử dụng tạm thời hè phố, lòng đường) hết hiệu lực …" in a decision "Ban hành Quy
      // định về quản lý, sử dụng tạm thời một phần hè phố, lòng đường")
      else if (lapsesIntoOwnMatter(t, layout, m.start, m.tailEnd)) relation = 'replaces';
    }
    // (the provisions of it on a matter, "các quy định của Luật xây dựng về quy hoạch xây dựng các đô thị … được thay thế bằng các quy
    // định của Luật này": a part, replaced by this document's)
    const matterReplaced = relation === 'replaces' && scope?.whole && role.role !== 'embedded' ? provisionsReplacedByThis(t, m.start, m.tailEnd) : null;
    if (matterReplaced !== null) scope = { whole: false, part: matterReplaced };
    // "… được bãi bỏ một phần như sau:" after the document: a part, whose places the items give
    // (not a report the parenthesis after it makes: "Nghị định số A … (được sửa đổi, bổ sung bởi Nghị định số B và được bãi bỏ một
    // phần bởi Nghị định số C …) hết hiệu lực thi hành …" ends A whole)
    if ((relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' && PART_ENDED_AFTER.test(outsideParentheses(t.slice(m.tailEnd, m.tailEnd + 1200)).slice(0, 420))) scope = { whole: false, part: 'một phần' };
    const endedFor = (relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' ? ENDED_FOR_AFTER.exec(outsideParentheses(t.slice(m.tailEnd, m.tailEnd + 1200)).slice(0, 720)) : null;
    if (endedFor) scope = { whole: false, part: (endedFor[1] as string).replace(/\s+/gu, ' ').trim() };
    if (amendingProvisionsEnded && (relation === 'repeals' || relation === 'replaces')) scope = { whole: false, part: 'các quy định sửa đổi, bổ sung' };
    // "3. Đối với Luật dạy nghề số …, Chương IX … chấm dứt hiệu lực …": the places named after it
    const forPlaces = (relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' ? placesAfterForDocument(t, layout, m.start, m.tailEnd) : null;
    // an item that gives its extent in a cell after a pipe, the list's lines half a table ("b) Thông tư số A ngày … | Điều 1, Điều 3"):
    // the places there are the part ended ("| toàn bộ" the whole)
    const itemExtent = (relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' && !/^[ \t]*\|/u.test(t.slice(lineStartIn(t, m.start), m.start)) ? ITEM_PIPE_EXTENT.exec(t.slice(m.tailEnd, m.tailEnd + 400)) : null;
    if (itemExtent !== null && PLACES_CELL.test((itemExtent[1] as string).trim()) && !/^[Tt]oàn[ ]+bộ/u.test((itemExtent[1] as string).trim())) scope = { whole: false, part: (itemExtent[1] as string).trim() };
    if (forPlaces !== null) {
      relation = 'repeals';
      scope = { whole: false, part: forPlaces };
    }
    // "một số điều", "các quy định sau đây", "một phần": the places are named after the mention (the chapeau's items, "cụ thể: …")
    if (scope && !scope.whole && scope.part && role.role !== 'embedded') {
      const named = partNamedAfter(t, layout, m.start, m.tailEnd, scope.part);
      if (named) scope = { ...scope, part: named.length > 400 ? `${named.slice(0, 399)}…` : named };
    }
    let alsoActs = role.role === 'embedded' || !scope || scope.whole ? [] : secondaryActs(t, layout, relation, m.start, m.tailEnd, scopeFrom);
    // an amending clause whose new wording only strikes a phrase ("3. Sửa đổi, bổ sung Luật Phí và lệ phí số A … như sau: Khoản 1
    // Điều 12 bỏ cụm từ: “…”.") removes a part and changes nothing: a repeal of that part
    // (the part is the places the wording names: "Khoản 1 Điều 12")
    const struck = relation === 'amends' && role.role !== 'embedded' && scope && !scope.whole && alsoActs.length === 0 ? STRIKES_ONLY.exec(t.slice(m.tailEnd, m.tailEnd + 1200)) : null;
    if (struck) {
      relation = 'repeals';
      scope = { whole: false, part: (struck[1] as string).replace(/\s+/gu, ' ').trim() || scope?.part || null };
    }
    // a part that ends ("… hết hiệu lực …") with the matter taken over by this document's own provision, in the same sentence after a
    // semicolon ("Điều 11 Nghị định số A … hết hiệu lực kể từ …; thẩm quyền này thực hiện theo Điều 2 Nghị định này", "…; nhiệm vụ
    // này do Ban Chỉ đạo thành lập tại Quyết định này thực hiện"), is replaced,
    // not repealed (nor is the status phrase of that provision an amendment: "… theo khoản 3 Điều 6 Quy chế … đã được sửa đổi tại
    // khoản 1 Điều 1 Quyết định này")
    if (relation === 'repeals' && scope && !scope.whole && role.role !== 'embedded' && (PART_TAKEN_OVER_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 700)) || DISAPPLIED_FOR_OWN_CASES_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 700)) || (DISAPPLIES_IN_CLAUSE.test(t.slice(Math.max(0, m.start - 420), m.start)) && DISAPPLIED_PART_TAKEN_OVER_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 800))))) {
      relation = 'replaces';
      alsoActs = [];
    }
    // a table row's act touches the places its cells name, or the whole (a part named by the head alone has no places)
    if (row && relation === row.relation && relation !== 'cites' && role.role !== 'embedded') {
      scope = row.part === null ? { whole: true, part: null, ...(row.kept !== undefined ? { kept: row.kept } : {}) } : { whole: false, part: row.part === '' ? null : row.part };
      alsoActs = [];
    }
    // (a list headed "Bãi bỏ một phần các Quyết định sau:" ends parts of its items, whatever they name)
    // (an item that says it repeals the whole stays whole, before the mention or after it: "Điều 2. Bãi bỏ một phần, bãi bỏ toàn
    // bộ Thông tư …\n1. Bãi bỏ toàn bộ Thông tư số 55/2015/TT-BLĐTBXH …")
    if (relation === 'repeals' && scope?.whole && role.role !== 'embedded' && listHeadSaysPart(t, m.start) && !/^[^\n]{0,400}?(?<![\p{L}])toàn[ \n]+bộ(?![\p{L}])/iu.test(t.slice(m.tailEnd, m.tailEnd + 420)) && !/(?<![\p{L}])toàn[ \n]+bộ[ \n]+$/iu.test(t.slice(Math.max(0, m.start - 12), m.start))) scope = { whole: false, part: null };
    // an item of a list that says what it does to the document it opens with, after a colon: the places of each act
    const acted = relation === 'amends' || relation === 'repeals' ? relation : null;
    const itemized = role.role !== 'embedded' && acted !== null ? itemActs(t, layout, m.start, m.tailEnd) : null;
    if (itemized && acted !== null && (itemized[acted].length > 0 || (acted === 'repeals' && itemized.whole && itemized.amends.length === 0))) {
      const other = acted === 'amends' ? 'repeals' : 'amends';
      scope = itemized[acted].length > 0 ? { whole: false, part: itemized[acted].join('; ') } : { whole: true, part: null };
      alsoActs = itemized[other].length > 0 ? [{ relation: other, scope: { whole: false, part: itemized[other].join('; ') } }] : [];
    } else if (itemized && acted !== null && itemized.places.length > 0 && itemized.amends.length + itemized.repeals.length === 0 && scope !== null) {
      // (the places alone: the head's act touches them)
      scope = { whole: false, part: itemized.places.join('; ') };
    }
    // "<document> … Được bãi bỏ bởi <this mention>": this one acts on the document named before the phrase
    const listedOrNot = role.role === 'embedded' ? null : passiveAct(t, layout, m.start);
    // (a further item of an actors' list that has a status phrase of its own is the next document the sentence names, not a
    // further actor: "… theo Luật số 21/2017/QH14, Luật Hải quan số 54/2014/QH13 đã được sửa đổi, bổ sung một số điều theo …")
    // (nor is a law named by its name after a comma, when the actors before it are named by their numbers: "… theo Luật số
    // 31/2009/QH12, Luật Quảng cáo số 16/2012/QH13, Luật Xây dựng số 50/2014/QH13 đã được …" lists the laws a formula amends)
    const namedAfterComma = listedOrNot?.listed === true && NAMED_LAW.test(t.slice(m.start, m.end)) && /,[ \n]*$/u.test(t.slice(Math.max(0, m.start - 4), m.start));
    const passive = listedOrNot?.listed && (OWN_STATUS_AFTER.test(t.slice(m.end, m.end + 60)) || namedAfterComma) ? null : listedOrNot;
    // a further actor of a list of any length or wording, read from the mention before it rather than from the phrase: "… sửa đổi bổ
    // sung bởi Nghị định số A, Nghị định số B, Nghị định số C (sau đây …)", a law's thirteen amending laws in its effect article
    const further = listedOrNot === null && role.role !== 'embedded' ? furtherActor(ci, m) : null;
    if (further && relation === further.relation) {
      relation = 'cites';
      scope = null;
      alsoActs = [];
    }
    // the actor of a reported act is cited by the text that reports it, not acted on ("- Văn bản ngưng hiệu lực toàn bộ
    // trong khoảng thời gian xác định: Thông tư số 16/2022/TT-BKHĐT …")
    if (passive && relation === passive.relation) {
      relation = 'cites';
      scope = null;
      alsoActs = [];
    }
    // (a second act of the same status phrase is on the document the first act was: "Quyết định số A … đã được sửa đổi, bổ sung bởi
    // Quyết định số B … và bãi bỏ khoản 3 Điều 5 bởi Quyết định số C")
    const firstActor = passive?.coordinated ? citations.findLastIndex((_, x) => (normEnds[x] as number) <= passive.phraseStart) : -1;
    const sameObject = firstActor >= 0 ? citations.find((c) => [c.asserted, ...(c.alsoAsserted ?? [])].some((a) => a !== null && a.subject === firstActor)) : undefined;
    if (passive?.coordinated && sameObject) {
      addReport(sameObject, { subject: ci, subjectId: '', relation: passive.relation, trigger: norm.text.slice(passive.phraseStart, m.start).trim() });
    } else if (passive?.anaphor !== undefined) {
      // (an act told of "Quyết định này" by its actor's instrument: the document the sentence or the item opens with, of that kind)
      const sentenceFrom = Math.max(0, t.lastIndexOf('\n', passive.phraseStart), ...['. ', '.\n', ': ', ':\n'].map((b) => t.lastIndexOf(b, passive.phraseStart)));
      const kind = passive.anaphor.toLowerCase();
      const opener = citations.findIndex((c, x) => c.role === 'head' && (normStarts[x] as number) >= sentenceFrom && (normEnds[x] as number) <= passive.phraseStart && (kind === 'văn bản' || c.type.toLowerCase() === kind));
      const target = opener >= 0 ? (citations[opener] as Citation) : undefined;
      if (target !== undefined && target.id !== formatId((idParts[ci] as { parts: IdParts }).parts) && ![target.asserted, ...(target.alsoAsserted ?? [])].some((a) => a?.subject === ci)) addReport(target, { subject: ci, subjectId: '', relation: passive.relation, trigger: norm.text.slice(passive.phraseStart, m.start).trim() });
    } else if (passive) {
      // (how many documents of higher rank than the actor the phrase has passed over, back from it)
      let passedHigher = 0;
      // (whether a document opens a table row: its number alone on the line above)
      const rowOpening = (at: number): boolean => TABLE_ROW_START.test(t.slice(Math.max(0, at - 120), at));
      let reportedOnPrior = false;
      let pastParenthesis = false;
      let parenthesisOpen = -1;
      let pastLaterCell = false;
      // a status phrase over the list of its actors ("…, được sửa đổi, bổ sung bởi:\n1. Thông tư số …", a consolidated text's header)
      // is about the last document named at a line's start before it, whatever that document's title names before the phrase ("Thông tư liên tịch
      // số A … hướng dẫn … theo Quyết định số B …, có hiệu lực …, được sửa đổi, bổ sung bởi:" — A was amended, not B)
      // (not a row's label of the same words, "- Văn bản bãi bỏ một phần:\nNghị định số …" in a list of expired documents)
      const overList = /^(?:đã[ \n]+)?(?:được|bị)[ \n][^]*:[ \t]*\n[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?$/u.test(t.slice(passive.phraseStart, m.start));
      let opening = -1;
      if (overList) for (let x = citations.length - 1; x >= 0 && opening < 0; x--) {
        const at = normStarts[x] as number;
        if ((normEnds[x] as number) > passive.phraseStart) continue;
        if (passive.phraseStart - at > 1500) break;
        if ((citations[x] as Citation).role === 'head' && /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?$/u.test(t.slice(Math.max(0, at - 12), at))) opening = x;
      }
      for (let x = citations.length - 1; x >= 0; x--) {
        const end = normEnds[x] as number;
        if (end > passive.phraseStart) continue;
        if (opening >= 0 && x > opening) continue;
        const prior = citations[x] as Citation;
        // a second status of the same document, joined by "và" after the first one's actor: "Nghị định số A … (được sửa đổi, bổ sung
        // bởi Nghị định số B ngày … và được bãi bỏ một phần bởi Nghị định số C …)" — C's act was on A, not on B (or by "sau đó": "… đã
        // bị đình chỉ thi hành theo Quyết định số B …, sau đó bị bãi bỏ theo Nghị quyết số C"; or after a semicolon in its line, "Đã được
        // sửa đổi, bổ sung bởi Nghị định số B; được thay thế bởi Nghị định số C")
        const firstStatusOf = prior.role === 'head' && prior.relation === 'cites' && (/^[^.;:()]{0,200}?(?:[ \n]và|,?[ \n]sau[ \n]+đó)[ \n]+(?:đã[ \n]+)?$/u.test(t.slice(end, passive.phraseStart)) || /^[^.;:()\n]{0,200}?;[ \t]*$/u.test(t.slice(end, passive.phraseStart))) && /^(?:được|bị)[ \n]/u.test(t.slice(passive.phraseStart, passive.phraseStart + 5)) ? reportedOn(citations, x) : null;
        if (firstStatusOf !== null && firstStatusOf.id !== (citations[ci] as Citation | undefined)?.id) {
          addReport(firstStatusOf, { subject: ci, subjectId: '', relation: passive.relation, trigger: norm.text.slice(passive.phraseStart, m.start).trim() });
          reportedOnPrior = true;
          break;
        }
        // a document or programme the row's first one describes ("sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/…",
        // "… thuộc Chương trình mục tiêu quốc gia …") is not the one acted on
        // (unless the amended document of the description carries the phrase on in its own title, no comma or stop between:
        // "Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A … quy định … chứng khoán khác được sửa đổi, bổ sung bởi
        // Thông tư số C" — C amended A; ", đã được sửa đổi …" after a description goes back to the head)
        // (so does the law a decree's title details, when the actor is of its kind: "Nghị định số 85/2024/NĐ-CP … quy định chi tiết
        // một số điều của Luật Giá số 16/2023/QH15 được sửa đổi, bổ sung bởi Luật số 44/2024/QH15, …" — the laws amended the law)
        const describedKind = prior.asserted?.relation === 'amends' || (prior.asserted?.relation === 'guides' && (prior.type === m.type || (LAW_TYPES.has(prior.type) && LAW_TYPES.has(m.type ?? ''))));
        // (a phrase that opens a line with its capital is the row's own status line: "… sửa đổi, bổ sung một số điều của Thông tư số
        // 08/2017/TT-BLĐTBXH … giáo dục nghề nghiệp\nĐược thay thế bởi Thông tư số 05/2024/TT-BLĐTBXH" replaced the row's document)
        const between = t.slice(end, passive.phraseStart);
        // (an object left out is the one named earlier in the same sentence or row, "Đối với Quyết định số A …, Thống đốc đã thay thế
        // tại Thông tư số B", "- Quy định số A …: Ban Thường vụ Tỉnh ủy đã bãi bỏ tại Quyết định số B", never one of an earlier line)
        // (or the document whose parts a list under it takes one by one, "Nghị quyết số A … còn hiệu lực một phần. Cụ thể:\n- Khoản 2
        // Điều 2 … đã được sửa đổi tại … Nghị quyết số B;\n- Điều 3 (…) Hội đồng nhân dân tỉnh đã bãi bỏ tại Nghị quyết số C": the
        // actors of the earlier items are passed over)
        const partsListed = passive.elided === true && PART_ITEMS_BETWEEN.test(between);
        if (passive.elided && !partsListed && /[.;?][ \n]|\n/u.test(between)) {
          if (/\n/u.test(between) && PART_ITEM_LINE.test(t.slice(lineStartIn(t, (normStarts[x] as number) + 1), normStarts[x] as number)) && PART_ITEMS_BETWEEN.test(`:\n${between.slice(between.indexOf('\n') + 1)}`)) continue;
          break;
        }
        // (a document inside a parenthesis closed before the phrase is the report of the one before it: "Nghị định số A (đã được sửa
        // đổi, bổ sung bởi Nghị định số B) được hướng dẫn tại Thông tư số C" — C guides A)
        if (!pastParenthesis && /^[^()]{0,200}\)[ \n]*(?:đã[ \n]+)?$/u.test(between) && /\([^()]{0,300}$/u.test(t.slice(Math.max(0, (normStarts[x] as number) - 300), normStarts[x] as number))) {
          pastParenthesis = true;
          parenthesisOpen = t.lastIndexOf('(', normStarts[x] as number);
          continue;
        }
        // (and the other documents of that parenthesis: "… (đã được sửa đổi, bổ sung bởi Thông tư số B và Thông tư số C) đã được thay
        // thế bởi Thông tư số D" — D replaced A, not B)
        if (pastParenthesis && (normStarts[x] as number) > parenthesisOpen) continue;
        // (or a labelled line of the row's own, "- Quyết định số A … .\nLý do: được thay thế bởi Quyết định số B …", "…\nNội dung hết
        // hiệu lực: Điều 5. Lý do: bị bãi bỏ bởi …", in a published list of expired documents)
        const labelled = LABELLED_STATUS_LINE.exec(between);
        const opensLine = (/\n[ \t]*$/u.test(between) && /^\p{Lu}/u.test(t.charAt(passive.phraseStart))) || labelled !== null;
        // (a capital after a line that ends with a preposition is the description wrapped, "… ngày 14/5/2016 của\nChính phủ quy định
        // chi tiết …", not the next row)
        const carriedOn = prior.role === 'embedded' && describedKind && !opensLine && !/[.;:|]|,[ \n]*$|\n[ \t]*[-+•|]|(?<!(?:^|[^\p{L}])(?:của|và|về|tại|theo|do|cho|với)[ \t]*)\n[ \t]*\p{Lu}/u.test(between);
        // (a status parenthesis opened right after a document's date is that document's, whatever described it, when the actor is of its
        // type: "… thay thế Nghị định số A ngày … (đã được sửa đổi, bổ sung bởi Nghị định số B …)" — B amended A; not one after a title)
        const ownParenthesis = prior.role === 'embedded' && prior.type === m.type && DATE_THEN_PARENTHESIS.test(t.slice(end, passive.phraseStart + (t.charAt(passive.phraseStart) === '(' ? 1 : 0)));
        // (nor a status phrase right after a document a description names, nothing between: "… (thay thế Luật Cán bộ, công chức số
        // 22/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 52/2019/QH14)" — 52/2019 amended 22/2008)
        const directStatus = prior.role === 'embedded' && prior.kind === 'numbered' && /^[ \n]*(?:đã[ \n]+)?$/u.test(t.slice(end, passive.phraseStart));
        if ((prior.role === 'embedded' && !carriedOn && !ownParenthesis && !directStatus) || prior.form === 'titled') continue;
        // (an ending after the document a guidance's title names is the guidance's: "Thông tư liên tịch số A … hướng dẫn thực hiện Nghị
        // định số B đã hết hiệu lực … theo quy định tại Nghị định số C" — the sentence is about A)
        if (passive.ending === true && prior.role === 'embedded' && carriedOn && prior.asserted?.relation === 'guides') continue;
        // (a row's own ending line, "Hết hiệu lực theo …", in a table read one cell a line: about the document that opens the row, not
        // one its title names — "2\nThông tư\n26/2020/TT-BGDĐT …\nSửa đổi, bổ sung … ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT\nHết
        // hiệu lực theo lộ trình quy định tại … Thông tư số B")
        if (passive.ending === true && opensLine && !rowOpening(normStarts[x] as number) && !NEW_ROW.test(between) && citations.some((_, y) => y < x && rowOpening(normStarts[y] as number) && !NEW_ROW.test(t.slice(normStarts[y] as number, passive.phraseStart)))) continue;
        // (a row between pipes is about the document of its first cells; one named in a later cell is its title's: "2 | Thông tư |
        // 110/2020/TT-BTC; 21/12/2020 | Sửa đổi, bổ sung Thông tư số 150/2016/TT-BTC | Được thay thế bởi Thông tư số …")
        if (x > 0 && laterCellOfPipeRow(x, passive.phraseStart)) {
          pastLaterCell = true;
          continue;
        }
        // (no document reports its own act on itself: the same document named twice is one, not actor and object)
        if (prior.id === formatId((idParts[ci] as { parts: IdParts }).parts)) break;
        // (nor acts on one of higher rank: that one is in the description of the document acted on, which comes before it, of
        // the actor's rank — "Thông tư\n31/2016/TT-BLĐTBXH …\nHướng dẫn một số nội dung của Nghị định số 55/2015/NĐ-CP\nĐược bãi bỏ
        // bởi Thông tư số 06/2024/TT-BLĐTBXH" in a list of expired documents; passed once, and only to one of the actor's rank)
        // (a minister cannot end or amend the Prime Minister's decision: "… theo Quyết định số 57/2013/QĐ-TTg …\nĐược bãi bỏ bởi Thông tư
        // số …" — the decision is in the row's title)
        if (outranked(passive.relation, m.type, prior.type) || (passive.relation !== 'guides' && passive.relation !== 'corrects' && ministryRank(m.type, m.symbol?.issuerCodes[0]) && prior.type === 'Quyết định' && prior.issuerCode === 'TTg')) {
          // (a row's title may name two: "Thông tư số A … hướng dẫn thi hành … Nghị định số B … quy định chi tiết … Luật C\n…\nĐược bãi
          // bỏ bởi Thông tư số D")
          if (passedHigher >= (rowOpening(normStarts[x] as number) ? 3 : 1)) break;
          passedHigher++;
          continue;
        }
        // (a minister's normative decision ranks with a circular: "Quyết định số 1614/2003/QĐ-BLĐTBXH … theo Pháp lệnh Xử lý vi phạm
        // hành chính\nĐược bãi bỏ bởi Thông tư số 29/2022/TT-BLĐTBXH")
        if (passedHigher > 0 && !sameRank(m.type, prior.type) && !(ministryRank(m.type, m.symbol?.issuerCodes[0]) && ministryRank(prior.type, prior.issuerCode))) break;
        // (a document named as the standard something follows is not what the phrase is about: "Hồ sơ theo Thông tư số A được bổ
        // sung theo quy định tại khoản 2 Điều 5 Nghị định số B" — the dossier is)
        // (only where the phrase follows provisions, "theo quy định tại khoản 2 Điều 5 …": "theo Nghị định số A đã được sửa đổi, bổ sung
        // bởi Nghị định số B" is about A)
        if (/(?<![\p{L}])(?<!kèm[ \n]+)theo[ \n]+$/u.test(t.slice(Math.max(0, (normStarts[x] as number) - 16), normStarts[x] as number)) && FOLLOWS_PROVISIONS.test(t.slice(passive.phraseStart, m.start))) break;
        // the row's own status line ("- Hết hiệu lực một phần.") ends no sentence of the row; a sentence that ends (a quoted wording's
        // stop included) or a numbered item that starts between them does: "… Luật số 07/2022/QH15.”\n2. Sửa đổi, bổ sung Điều 6 đã được
        // sửa đổi, bổ sung theo …" reports an act on a provision of the amended document, not on that law; nor across a footnote's
        // number ("… Thông tư số A …\n13 Mẫu số 2 được bãi bỏ theo …": the footnote's provision is the consolidated text's own)
        // (a further actor of the same phrase, "… theo Luật số A và Luật số B", reports a further act: A's was recorded first)
        const sameAsserted = prior.asserted !== null && prior.asserted.relation === passive.relation && (normStarts[prior.asserted.subject] ?? -1) >= passive.phraseStart;
        // (the row's title may end with its stop before the status line: "… cho người lao động\nbị thu hồi đất.\nĐược thay thế bởi …")
        const rowTitle = labelled !== null ? `${between.slice(0, labelled.index)}\n` : opensLine && /^(?:Được|Bị)[ \n]/u.test(t.slice(passive.phraseStart, passive.phraseStart + 5)) ? between.replace(/\.[ \t]*\n[ \t]*$/u, '\n') : between;
        // (the row's first document, its number alone on the line above, and its own status line: only a new row between them ends the
        // row, its title's stop and its cell of places with their semicolons do not — "22\nThông tư liên tịch số A … của Thủ tướng Chính
        // phủ.\nMẫu số 1A, …\nĐược bãi bỏ bởi Thông tư số B")
        const rowOwn = opensLine && /^(?:Được|Bị)[ \n]/u.test(t.slice(passive.phraseStart, passive.phraseStart + 5)) && rowOpening(normStarts[x] as number) && !NEW_ROW.test(between);
        if (passive.phraseStart - end <= 800 && (prior.asserted === null || partsListed || sameAsserted || carriedOn || ownParenthesis || directStatus || pastParenthesis || pastLaterCell || prior.asserted.trigger === QUOTED_GUIDANCE) && (rowOwn || !SUBJECT_BREAK.test(pastParenthesis ? rowTitle.replace(ROW_STATUS, ' ').replace(PARENTHESIS_BETWEEN, ' ') : rowTitle.replace(ROW_STATUS, ' ')))) {
          // a list row gives the day the act took effect on a line of its own after the actor ("05/6/2024")
          const day = ROW_DATE.exec(t.slice(m.end, m.end + 600));
          const effective = day ? isoDay(Number(day[1]), Number(day[2]), Number(day[3])) : null;
          // a reported ending by a document of the ended one's kind succeeds it, as an outgoing one does: a law of the same name,
          // a document of the same type ("Luật Đấu thầu số 43/2013/QH13 đã hết hiệu lực theo … Luật Đấu thầu số 22/2023/QH15")
          let reportedRelation = passive.relation;
          let endingPart = passive.part;
          if (passive.ending) {
            // (a decision that publishes the list of expired documents ended nothing: "đã hết hiệu lực theo Quyết định số … công bố
            // danh mục văn bản hết hiệu lực"; nor did the law on legal documents a lapsed decree's ending is "theo": "… hết hiệu lực
            // theo quy định tại khoản 2 Điều 154 Luật Ban hành văn bản quy phạm pháp luật"; unless what ended is that law's predecessor)
            if (/^[^.;]{0,200}?công[ \n]+bố/u.test(t.slice(m.end, m.end + 220)) || (LAW_ON_LEGAL_DOCUMENTS.test(t.slice(m.start, m.end)) && !LAW_ON_LEGAL_DOCUMENTS.test(prior.text))) break;
            // the ended document must be what the sentence is about, and the sentence must say the ending happened: not a licence
            // issued under it ("Giấy phép được cấp theo Thông tư số … hết hiệu lực theo …"), a case ("Trường hợp …", "Khi …") or a
            // negation ("chưa / không hết hiệu lực")
            // (the sentence's subject may be two documents of one type, "Nghị định số A ngày … và Nghị định số B … hết hiệu lực theo
            // …": its lead is the first one's)
            // (the base named in the title of its amending act, the two joined as the subject, "Nghị định số A … và Nghị định số B …
            // sửa đổi, bổ sung một số điều của Nghị định số A đã hết hiệu lực … theo quy định tại … Nghị định số C": the sentence opens
            // with the amending act's pair, not at the base named in its title)
            const amenderAt = prior.role === 'embedded' && carriedOn && prior.asserted?.relation === 'amends' && prior.asserted.subject === x - 1 ? x - 1 : x;
            const subject = citations[amenderAt] as Citation;
            const pairedWith = amenderAt > 0 && subject.kind === 'numbered' && (citations[amenderAt - 1] as Citation).kind === 'numbered' && (citations[amenderAt - 1] as Citation).type === subject.type && DATED_AND.test(t.slice(normEnds[amenderAt - 1] as number, normStarts[amenderAt] as number));
            const priorStart = normStarts[pairedWith ? amenderAt - 1 : amenderAt] as number;
            // (a row between pipes opens its own: "3 | Thông tư | 38/2018/TT-BTC; … | Hết hiệu lực theo quy định tại … Thông tư số …")
            const priorLine = lineStartIn(t, priorStart);
            const sentenceFrom = Math.max(0, t.lastIndexOf('\n\n', priorStart), ...['. ', '.\n', '; ', ';\n', ': ', ':\n', '? ', '?\n'].map((b) => t.lastIndexOf(b, priorStart)), PIPE_ROW_OPENING.test(t.slice(priorLine, priorLine + 16)) ? priorLine : 0);
            // (a document that opens its line opens its sentence, whatever heading without a stop stands on the line above: "1. Căn cứ rà
            // soát\nLuật … số A … hết hiệu lực kể từ ngày …"; so does the instrument it issued, "2. Về xét công nhận tốt nghiệp\nQuy chế …
            // ban hành kèm theo Thông tư số A … đã hết hiệu lực …")
            const lineLead = t.slice(priorLine, priorStart);
            const lead = LINE_LEAD_MARK_ONLY.test(lineLead) || (/^[ \t]*\p{Lu}/u.test(lineLead) && ENDED_SUBJECT_LEAD.test(lineLead)) ? lineLead : t.slice(Math.max(sentenceFrom, priorStart - 300), priorStart).replace(/^[.;:?]/u, '');
            // (nor is a source clause before it: "…; theo khoản 2 Điều 252 của Luật này, Luật Đất đai số A hết hiệu lực kể từ ngày Luật Đất
            // đai số B có hiệu lực")
            // (or its day: "Kể từ ngày 01/7/2022, Nghị định số A … hết hiệu lực theo quy định tại … Nghị định số B")
            const sourceFirst = CLAUSE_FIRST.test(lead) || TAKING_EFFECT_FIRST.test(lead);
            // (places of it named first end a part: "Khoản 2 Điều 5 Thông tư số … đã hết hiệu lực theo …")
            // (the source clause's places are the actor's)
            if (!sourceFirst && /(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]/u.test(lead)) endingPart = true;
            // (a time told by the ending, mid-sentence: "… bảo đảm liên tục khi Luật Đất đai số A hết hiệu lực kể từ ngày Luật Đất đai năm
            // 2024 có hiệu lực thi hành, theo quy định tại Điều 252 Luật Đất đai số B" says when B ended A, not a case)
            // (or names the day: "… trước ngày 05 tháng 12 năm 2020 là ngày Nghị định số A hết hiệu lực theo quy định tại Điều 53 Nghị định số B")
            const toldAsTime = /[ \n]ngày[ \n]+$/u.test(lead) || (/[ \n]khi[ \n]+$/u.test(lead) && /(?<![\p{L}])từ[ \n]+(?:ngày|khi)[ \n][^,.;:()\n]{1,100}?[ \n]có[ \n]+hiệu[ \n]+lực/u.test(t.slice(passive.phraseStart, m.start)));
            // (or the ended document is restated as the subject after it: "2. Viện dẫn làm căn cứ Nghị định số A … của Chính phủ, văn bản đã
            // hết hiệu lực từ ngày … theo quy định tại Nghị định số B")
            const restated = /^[^.;:]{0,200},[ \n]*(?:là[ \n]+)?(?:văn[ \n]+bản|[Nn]ghị[ \n]+định|[Tt]hông[ \n]+tư|[Qq]uyết[ \n]+định|[Nn]ghị[ \n]+quyết)(?:[ \n]+này)?[ \n]+$/u.test(t.slice(normEnds[x] as number, passive.phraseStart));
            // (or the ending is a status parenthesis opened right after the document's date and issuer: "… tổ chức theo Nghị định số A
            // ngày … của Chính phủ (đã hết hiệu lực theo Nghị định số B)")
            const statusParenthesis = /^[^().;:\n]{0,160}\([ \n]*$/u.test(between) && /^đã[ \n]/u.test(t.slice(passive.phraseStart, passive.phraseStart + 4));
            if (!(ENDED_SUBJECT_LEAD.test(lead) || toldAsTime || sourceFirst || restated || statusParenthesis) || /(?<![\p{L}])(?:chưa|không|sẽ|nếu|khi|thì)[ \n]+(?:đã[ \n]+)?$/iu.test(t.slice(Math.max(0, passive.phraseStart - 20), passive.phraseStart))) break;
            const [a, b] = [lawSubjectOf(prior.text), lawSubjectOf(t.slice(m.start, m.end))];
            const laws = LAW_TYPES.has(prior.type ?? '') && LAW_TYPES.has(m.type ?? '');
            // (a partial ending is never a succession)
            if (!endingPart && (laws ? a !== null && b !== null && sameLawSubject(a, b) : m.type !== null && prior.type !== null && succeedsByType(prior.type, null, m.type))) reportedRelation = 'replaces';
            // the ending is the actor's: the document that reports it does not end the document too ("2. Nghị định số A hết hiệu lực
            // theo quy định tại Nghị định số B")
            if (prior.role === 'head' && (prior.relation === 'repeals' || prior.relation === 'replaces')) prior.relation = 'cites';
          }
          const act = { subject: ci, subjectId: '', relation: reportedRelation, trigger: norm.text.slice(passive.phraseStart, m.start).trim(), ...(effective ? { effective } : {}) };
          if (prior.asserted === null) {
            prior.asserted = act;
            // (the scope is the reported act's when the document has none of its own: "Bãi bỏ Quyết định số A …, sửa đổi, bổ sung bởi
            // Quyết định số B" keeps A repealed whole)
            if (!passive.status && !ACTING_RELATIONS.has(prior.relation)) prior.scope = { whole: !endingPart, part: null };
          } else prior.alsoAsserted = [...(prior.alsoAsserted ?? []), act];
          if (passive.alsoAmends) prior.alsoAsserted = [...(prior.alsoAsserted ?? []), { ...act, relation: 'amends' }];
          // (a base named in the title of its amending act, the two joined as the sentence's subject, "Thông tư số A … và Thông tư số B …
          // sửa đổi, bổ sung một số điều của Thông tư số A đã được thay thế bởi Thông tư số C": C replaced A, and B with it)
          const amender = carriedOn && (reportedRelation === 'replaces' || reportedRelation === 'repeals') && prior.asserted !== act && prior.asserted?.relation === 'amends' ? (citations[prior.asserted.subject] as Citation | undefined) : undefined;
          const amenderAt = amender !== undefined && prior.asserted !== null ? prior.asserted.subject : -1;
          if (amender !== undefined && amender.role === 'head' && amender.asserted === null && amenderAt > 0 && citations.slice(0, amenderAt).some((c, y) => c.role === 'head' && c.id === prior.id && /^[^.;:]{0,400}?[ \n]và[ \n]*$/u.test(t.slice(normEnds[y] as number, normStarts[amenderAt] as number)))) amender.asserted = { ...act };
          // (a document joined to it by "và" with places of its own is acted on alike: "… Mục 2, Điều 9, Điều 11 Thông tư số
          // 26/2016/TT-BLĐTBXH và Mục 2, Điều 11, …, Điều 22 Thông tư số 27/2016/TT-BLĐTBXH thì được viện dẫn theo các nội dung tương
          // ứng đã được sửa đổi, bổ sung tại Thông tư số 06/2024/TT-BLĐTBXH")
          const joined = x > 0 ? (citations[x - 1] as Citation) : undefined;
          // (or by "và" alone, two numbered documents of one type as the phrase's plural subject: "c) Thông tư số A và Thông tư số B
          // đã được thay thế bởi Thông tư số C")
          const joinedGap = x > 0 ? t.slice(normEnds[x - 1] as number, normStarts[x] as number) : '';
          // (only the two documents a row, an item or a sentence opens with, the phrase maybe in a parenthesis after their ending, "… đã hết
          // hiệu lực kể từ … (được thay thế bởi …)": in an enumeration, "…, Luật Quảng cáo số A, Luật Xây dựng số B đã được
          // sửa đổi, bổ sung … theo Luật số C", the phrase is the last law's)
          const plural = (/^[ \n]*và[ \n]*$/u.test(joinedGap) || (passive.ending === true && DATED_AND.test(joinedGap))) && joined?.kind === 'numbered' && prior.kind === 'numbered' && joined.type === prior.type && (ITEM_OPENS_BEFORE.test(t.slice(Math.max(0, (normStarts[x - 1] as number) - 12), normStarts[x - 1] as number)) || /\.[ \t]+$/u.test(t.slice(Math.max(0, (normStarts[x - 1] as number) - 4), normStarts[x - 1] as number)) || (passive.ending === true && /;[ \t]+$/u.test(t.slice(Math.max(0, (normStarts[x - 1] as number) - 4), normStarts[x - 1] as number))) || (passive.ending === true && CLAUSE_FIRST_AFTER_STOP.test(t.slice(Math.max(0, (normStarts[x - 1] as number) - 140), normStarts[x - 1] as number)))) && /^(?:\(?[ \n]*)?(?:đã[ \n]+)?(?:được[ \n]|bị[ \n]|hết[ \n]+hiệu[ \n]+lực)/u.test(t.slice(passive.phraseStart, passive.phraseStart + 16));
          // (or an enumeration of documents of one type a list head opens, each with its day and a note, that one document replaced:
          // "… gồm: Quy chế số A ngày … (tỉnh Vĩnh Phúc), Quy chế số B ngày … (tỉnh Hòa Bình) và Quy chế số C ngày … (tỉnh Phú Thọ) đã
          // được thay thế bởi Quy chế số D")
          const enumerated = passive.relation === 'replaces' && !passive.status && !plural && /^(?:đã[ \n]+)?được[ \n]+thay[ \n]+thế/u.test(t.slice(passive.phraseStart, passive.phraseStart + 24)) ? enumeratedBefore(x) : [];
          for (const y of enumerated) (citations[y] as Citation).asserted = { ...act };
          if (joined && (passive.status || plural) && joined.role !== 'embedded' && joined.id !== prior.id && joined.asserted === null && (AND_WITH_PLACES_BETWEEN.test(joinedGap) || plural || (DATED_THEN_PLACES_AND.test(joinedGap) && ITEM_OPENS_BEFORE.test(t.slice(Math.max(0, (normStarts[x - 1] as number) - 12), normStarts[x - 1] as number))))) joined.asserted = { ...act };
          else if (passive.relation === 'amends') for (const y of sharedStatusLaws(x, passive.phraseStart)) (citations[y] as Citation).asserted = { ...act };
          reportedOnPrior = true;
        }
        break;
      }
      // an amending item's provision with its status ("1. Khoản 2 Điều 5 (đã được sửa đổi, bổ sung tại khoản 1 Điều 1 Thông tư số
      // B) được sửa đổi …", "1. Sửa đổi, bổ sung Điều 3 đã được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 Thông tư số B như
      // sau:"): B's act was on that provision of the document the article amends, named in its heading or chapeau
      if (!reportedOnPrior && passive.status) {
        const amended = amendedByArticle(ci, passive.phraseStart);
        if (amended) addReport(amended, { subject: ci, subjectId: '', relation: passive.relation, trigger: norm.text.slice(passive.phraseStart, m.start).trim() });
      }
    }
    // a document named inside a phrase being replaced or struck out ("thay thế cụm từ “Luật Sở hữu trí tuệ số …” bằng cụm từ
    // “…” tại Mẫu số 13 Phụ lục III ban hành kèm theo Nghị định số …") is a word of the phrase: the clause runs on over it
    if (!QUOTED_PHRASE_BEFORE.test(t.slice(Math.max(0, m.start - 220), m.start))) prevTailEnd = m.tailEnd;
    normEnds.push(m.end);
    normStarts.push(m.start);
    listStarts.push(listFrom());
    const { parts, warnings: idWarnings } = idParts[ci] as { parts: IdParts; warnings: string[] };
    const id = formatId(parts);
    const o = toOriginal(m.start, m.end);
    const sym = m.symbol;
    const year = sym?.year ?? m.named?.year ?? (m.date ? Number(m.date.slice(0, 4)) : null);
    const warnings = [...m.warnings, ...idWarnings];
    if (sym?.year != null && m.date && Number(m.date.slice(0, 4)) !== sym.year) warnings.push('date-year-differs-from-number');
    const subjectIndex = role.subject !== null ? indexOf.get(role.subject) : undefined;
    // (a bill's description says what the law will do once passed: "dự án … Luật Việc làm (sửa đổi) thay thế Luật Việc làm số
    // 38/2013/QH13" reports no act yet)
    const billSubject = subjectIndex !== undefined && isBill(subjectIndex);
    // (nor does a document's description report an act on that document itself: "… theo quy định của Luật Đấu thầu và các văn bản
    // quy định chi tiết, hướng dẫn thực hiện Luật Đấu thầu" names the law twice, neither guiding the other)
    const ownSubject = subjectIndex !== undefined && (citations[subjectIndex] as Citation | undefined)?.id === id;
    const asserted =
      role.role === 'embedded' && subjectIndex !== undefined && role.assertedRelation && !ownSubject
        ? { subject: subjectIndex, subjectId: '', relation: billSubject && ACTING_RELATIONS.has(role.assertedRelation) ? ('cites' as const) : role.assertedRelation, trigger: role.trigger ?? '' }
        : reported
          ? { subject: reported.subject, subjectId: '', relation: reported.relation, trigger: reported.trigger ?? '' }
          : guidedInQuote >= 0
            ? { subject: guidedInQuote, subjectId: '', relation: 'guides' as const, trigger: QUOTED_GUIDANCE }
            : replacedInQuote >= 0
              ? { subject: replacedInQuote, subjectId: '', relation: 'replaces' as const, trigger: QUOTED_GUIDANCE }
              : null;
    let term = m.term;
    if (!term && parts.scheme === 'dang' && parts.scope && parts.scope !== '?') term = parts.scope;
    const contextDependent = isContextDependent(parts) || m.form === 'partial' || (m.kind === 'named' && CONTEXT_DEPENDENT_NAMED.has(m.type ?? '') && parts.scope === null);
    citations.push({
      text: text.slice(o.start, o.end),
      start: o.start,
      end: o.end,
      kind: m.kind,
      form: m.form,
      number: sym ? sym.written : m.partialNumber,
      type: m.type ?? 'Công văn',
      typeCode: sym?.typeCode ?? (m.partialNumber !== null ? TYPE_WORDS.find((x) => x.name === m.type)?.code ?? null : null),
      issuerCode: sym?.issuerCodes[0] ?? null,
      issuer: m.issuer,
      family: familyOf(m),
      year,
      date: m.date,
      term,
      relation,
      role: role.role,
      asserted,
      pinpoint: m.pinpoint ? { text: m.pinpoint.text, article: m.pinpoint.article, clause: m.pinpoint.clause, point: m.pinpoint.point } : null,
      scope,
      ...(alsoActs.length > 0 ? { alsoActs } : {}),
      // (a description that amends and repeals, "… sửa đổi, bổ sung, bãi bỏ một số điều của Quyết định số A", reports both acts)
      ...(asserted && role.role === 'embedded' && asserted.relation === 'amends' && /bãi[ \n]+bỏ/iu.test(asserted.trigger) ? { alsoAsserted: [{ ...asserted, relation: 'repeals' as const }] } : {}),
      ...(m.titleAmends ? { titleAmends: titleAmendsOf(text, t, m.titleAmends, toOriginal) } : {}),
      ...(actEffective(t, relation, m, mentions, roles, mi) ?? (ACTING_RELATIONS.has(relation) && relation !== 'corrects' ? stagedEffective(t, layout, m.start) : null) ?? {}),
      id,
      contextDependent,
      warnings: [...new Set(warnings)],
    });
    if (m.aliasRange) {
      const a = toOriginal(m.aliasRange[0], m.aliasRange[1]);
      aliases.push({ alias: text.slice(a.start, a.end).trim(), start: a.start, end: a.end, target: ci });
    }
  }
  // a part of an amending act ended with no "bãi bỏ", the part that amended a document this one replaces whole ("- Điều 2 Thông tư số B …
  // sửa đổi, bổ sung một số điều của Thông tư số C … và Thông tư số A;" beside A ended whole in the same list, "c) Điều 2 Nghị định số
  // B … (Điều 2 sửa đổi, bổ sung một số điều của Nghị định số A)"): it follows A, replaced as A is
  const replacedWhole = new Set(citations.filter((c) => c.role === 'head' && c.relation === 'replaces' && c.scope?.whole === true).map((c) => c.id));
  citations.forEach((c, x) => {
    if (c.role !== 'head' || c.relation !== 'repeals' || c.scope === null || c.scope.whole || endedByRepeal(t, normStarts[x] as number, (mentions[keep[x] as number] as Mention).tailEnd)) return;
    for (let y = x + 1; y < citations.length && y <= x + 3; y++) {
      const e = citations[y] as Citation;
      const gap = t.slice(normEnds[x] as number, normStarts[y] as number);
      if (gap.length > 400 || /[.;]|\n/u.test(gap.replace(/\.(?=\d)/gu, ''))) break;
      if (e.relation === 'cites' && e.id !== c.id && replacedWhole.has(e.id) && AMENDED_IN_DESCRIPTION.test(gap)) {
        c.relation = 'replaces';
        break;
      }
    }
  });
  // "Theo quy định tại Điều 113 Nghị định số B, Nghị định số A … hết hiệu lực …": B's ending of A, reported
  reportEndingsBySource(t, citations, normStarts, keep.map((mi) => (mentions[mi] as Mention).tailEnd), addReport);
  // a table of what documents did to others ("| Văn bản được sửa đổi, bổ sung | Văn bản sửa đổi, bổ sung |"): each row's document on
  // the acted side was acted on by the row's document on the actor's side, as the column says
  if (/văn[ \n]+bản[ \n]+(?:(?:được|bị)[ \n]+(?:sửa|bổ|thay|bãi|tác[ \n]+động)|quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn|(?:đã[ \n]+)?hết[ \n]+hiệu[ \n]+lực|tác[ \n]+động|xử[ \n]+lý)|tình[ \n]+trạng(?![\p{L}])/iu.test(t)) {
    // (a mention that opens a line of a table read one cell a line is a cell's whole, whatever the line before says: "Được sửa đổi, bổ
    // sung một số điều\nThông tư số B" is the status cell, then the acting document's)
    const cellsOf = citations.map((c, x) => reportingTableCell(rowsText, normStarts[x] as number, { lineRowsOnly: c.role === 'embedded' }));
    cellsOf.forEach((acted, x) => {
      if (acted?.side !== 'acted') return;
      const c = citations[x] as Citation;
      // (each document that opens an actor cell of the row: a second one in the same cell, after a semicolon, is left)
      cellsOf.forEach((o, actor) => {
        if (o === null || o.side !== 'actor' || o.row !== acted.row || [c.asserted, ...(c.alsoAsserted ?? [])].some((a) => a?.subject === actor)) return;
        addReport(c, { subject: actor, subjectId: '', relation: acted.relation, trigger: '' });
      });
    });
  }
  // "Nghị định số 85/2024/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 128/2026/NĐ-CP" in 128/2026 itself (a form it
  // issues), "Điều 2 của Nghị định số 70/2015/NĐ-CP được sửa đổi, bổ sung tại khoản 2 Điều 1 Nghị định này": its own act
  // "Thông tư số A … và Thông tư số B … được thay thế bằng Thông tư này", "… được thay thế bởi Quy chế ban hành kèm theo văn bản này":
  // this document replaces each document of the sentence's subject (back to the sentence's start, over their titles and the
  // semicolons that part the items of a list; not in a letter or a report)
  if (!(opts.context?.type !== undefined && NON_ACTING.has(opts.context.type)) && actingDocument(t, layout)) {
    SELF_REPLACES_PASSIVE.lastIndex = layout.preambleEnd;
    for (let r = SELF_REPLACES_PASSIVE.exec(t); r; r = SELF_REPLACES_PASSIVE.exec(t)) {
      const phraseStart = r.index;
      for (let x = citations.length - 1; x >= 0; x--) {
        const end = normEnds[x] as number;
        if (end > phraseStart) continue;
        if (phraseStart - end > 1200 || /[.:](?![\d])|;(?![ \n]*(?:(?:Bộ[ \n]+)?Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư|Quyết[ \n]+định|Chỉ[ \n]+thị|Quy[ \n]+chế|Quy[ \n]+định)[ \n])/u.test(t.slice(end, phraseStart).replace(/\([^()]{0,200}\)/gu, ' '))) break;
        const prior = citations[x] as Citation;
        if (prior.role === 'embedded' || prior.form === 'titled' || prior.relation !== 'cites' || !NORMATIVE_TYPES.has(prior.type)) continue;
        prior.relation = 'replaces';
        // (the places the clause opens with are what is replaced: "1. Chương II và Phụ lục số 01 của Quy định ban hành kèm theo
        // Quyết định số A … được thay thế bởi Quy định ban hành kèm theo Quyết định này")
        prior.scope = operativeScope(t, layout, 'replaces', normStarts[x] as number, x > 0 ? (normEnds[x - 1] as number) : 0, null) ?? { whole: true, part: null };
      }
    }
  }
  for (const at of selfStarts) {
    const act = SELF_PASSIVE.exec(t.slice(Math.max(0, at - 160), at));
    if (!act) continue;
    const phraseStart = Math.max(0, at - 160) + act.index;
    // (not a time, "… theo Thông tư số A trước khi được sửa đổi bởi Thông tư này", nor in a letter or a report, which amends
    // nothing and whose "… này" in a quotation is the quoted act)
    // (nor a negation: "Các nội dung khác tại Quyết định số A … không được sửa đổi, bổ sung tại Quyết định này vẫn giữ nguyên")
    if (/(?<![\p{L}])(?:(?:trước|sau)[ \n]+khi|không|chưa)[ \n]+$/iu.test(t.slice(Math.max(0, phraseStart - 12), phraseStart)) || (opts.context?.type !== undefined && NON_ACTING.has(opts.context.type))) continue;
    for (let x = citations.length - 1; x >= 0; x--) {
      const end = normEnds[x] as number;
      if (end > phraseStart) continue;
      const prior = citations[x] as Citation;
      if (prior.role === 'embedded' || prior.form === 'titled') continue;
      // the prior document may be described at length, its title with semicolons inside its lines; another actor of
      // the same phrase may already be recorded as asserting the act (asserted)
      // (a decree or a circular amends no law: "… Điều 28 Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi
      // Luật số 67/2020/QH14, Nghị định này quy định …" reports the law's amendment and goes on with this decree's own clause)
      if (LAW_TYPES.has(prior.type) && belowLaw(opts.context)) break;
      if (phraseStart - end <= 800 && prior.relation === 'cites' && !SUBJECT_BREAK.test(t.slice(end, phraseStart)) && !/[.;]$/u.test(t.slice(end, phraseStart))) {
        const verbs = (act[1] as string).toLowerCase();
        prior.relation = verbs.includes('bãi bỏ') ? 'repeals' : 'amends';
        prior.scope = { whole: false, part: null };
      } else if (phraseStart - end <= 800 && prior.relation === 'repeals' && prior.scope?.whole === false && !(act[1] as string).toLowerCase().includes('bãi bỏ') && !(prior.alsoActs ?? []).some((a) => a.relation === 'amends') && !SUBJECT_BREAK.test(t.slice(end, phraseStart)) && !/[.;]$/u.test(t.slice(end, phraseStart))) {
        // the part this act ends is one it amended itself ("2. Quy định về … tại khoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP được
        // sửa đổi, bổ sung tại Điều 3 Nghị định này hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027"): both acts are its own
        prior.alsoActs = [...(prior.alsoActs ?? []), { relation: 'amends', scope: { whole: false, part: prior.scope.part } }];
      }
      break;
    }
  }
  // an amending act whose title amends one document and whose body repeals parts in provisions that name none ("Điều 7.
  // Bãi bỏ Điều 9."): those parts are the titled document's, so the mention that governs them carries the repeal too — the
  // heading of the article they are items of when it names that document ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định
  // số A …\n…\n15. Bãi bỏ khoản 2 Điều 5 …"), else the title and the enacting formula
  const amendedByTitle = new Set(citations.filter((c, k) => c.role === 'head' && c.relation === 'amends' && zoneAt(layout, normStarts[k] as number) === 'title').map((c) => c.id));
  // (an article whose heading amends one document carries its own items' repeals whatever the title names: "Điều 11. Sửa đổi, bổ
  // sung một số điều của Thông tư số A …\n…\n2. Bãi bỏ Điều 12, Điều 13." under the title "Sửa đổi, bổ sung một số Thông tư …")
  const byCarrier = new Map<Citation, string[]>();
  // (read only where a carrier can be: one document the title amends, or an article heading that amends one)
  // (or an item of a list whose heading names no document, after an item that named its own: "Điều 1. Sửa đổi, bổ sung, bãi bỏ một số
  // điều của các Thông tư …\n1. Sửa đổi, bổ sung khoản 2 Điều 3 Thông tư số A … như sau: …\n2. Bãi bỏ khoản 4 Điều 5." — A's clause)
  const itemOwnActs = citations.some((c, k) => c.role === 'head' && c.relation === 'amends' && ITEM_MARK_LEAD.test(t.slice(lineStartIn(t, normStarts[k] as number), normStarts[k] as number)));
  const previousItemCarrier = (at: number): Citation[] => {
    let from = t.lastIndexOf('\n', at - 2) + 1;
    for (let n = 0; n < 60 && from > 0; n++, from = t.lastIndexOf('\n', from - 2) + 1) {
      const lineEnd = t.indexOf('\n', from) < 0 ? t.length : t.indexOf('\n', from);
      const line = t.slice(from, lineEnd);
      if (/^[ \t]*[ĐÐ]iều[ ]+\d/u.test(line)) return [];
      if (inSortedRanges(layout.quotedWordings, from) || !/^[ \t]*\d{1,2}[.)][ \t]/u.test(line)) continue;
      const on = citations.filter((c, k) => c.role === 'head' && c.relation === 'amends' && (normStarts[k] as number) >= from && (normStarts[k] as number) < lineEnd);
      return on.length > 0 && on.every((c) => c.id === (on[0] as Citation).id) ? [on[0] as Citation] : [];
    }
    return [];
  };
  const headingAmends = amendedByTitle.size === 1 || itemOwnActs || citations.some((c, k) => c.role === 'head' && c.relation === 'amends' && ARTICLE_LINES_BEFORE.test(t.slice(Math.max(0, (normStarts[k] as number) - 300), normStarts[k] as number)));
  for (const item of headingAmends ? untitledRepeals(t, layout) : []) {
    // (an article whose heading repeals, "Điều 4. Bãi bỏ một số quy định", is no item of the article before it)
    const heading = /^[ \t]*Điều[ ]+\d/u.test(t.slice(item.at, item.at + 12)) ? null : governingArticleHeading(t, layout, item.at);
    const inHeading = heading === null ? [] : citations.flatMap((c, k) => (c.role === 'head' && c.relation === 'amends' && (normStarts[k] as number) >= heading.start && (normStarts[k] as number) < heading.end ? [k] : []));
    const oneInHeading = inHeading.length > 0 && inHeading.every((k) => (citations[k] as Citation).id === (citations[inHeading[0] as number] as Citation).id);
    const carriers = oneInHeading ? [citations[inHeading[0] as number] as Citation] : amendedByTitle.size === 1 && inHeading.length === 0 ? citations.filter((c, k) => c.role === 'head' && c.relation === 'amends' && amendedByTitle.has(c.id) && zoneAt(layout, normStarts[k] as number) !== 'body') : inHeading.length === 0 && itemOwnActs && !NUMBER_IN_ITEM.test(item.part) ? previousItemCarrier(item.at) : [];
    for (const c of carriers) byCarrier.set(c, [...(byCarrier.get(c) ?? []), item.part]);
  }
  for (const [c, parts] of byCarrier) {
    if ((c.alsoActs ?? []).some((a) => a.relation === 'repeals')) continue;
    const part = parts.join('; ');
    c.alsoActs = [...(c.alsoActs ?? []), { relation: 'repeals', scope: { whole: false, part: part.length > 400 ? `${part.slice(0, 399)}…` : part } }];
  }
  // a title that names the document whole ("Về việc bãi bỏ Quyết định số …", "… tạm ngưng hiệu lực thi hành Quyết định số …") where
  // the articles act on parts of it only ("Điều 1. Bãi bỏ khoản 2 Điều 5 Quyết định số …"): the articles say what is done, so the
  // title's act is on those parts (a document is repealed, replaced or suspended whole only by an act on the whole)
  citations.forEach((c, k) => {
    if (c.role !== 'head' || !c.scope?.whole || zoneAt(layout, normStarts[k] as number) !== 'title' || !['repeals', 'replaces', 'suspends'].includes(c.relation)) return;
    const inBody = citations.filter((b, j) => b.id === c.id && b.role === 'head' && zoneAt(layout, normStarts[j] as number) === 'body' && b.relation === c.relation && b.scope !== null);
    // (an ending of the whole anywhere in the body keeps the title whole: "… Quyết định số A hết hiệu lực kể từ …")
    const endedWhole = citations.some((b, j) => b.id === c.id && b.role === 'head' && zoneAt(layout, normStarts[j] as number) === 'body' && (b.relation === 'repeals' || b.relation === 'replaces') && b.scope?.whole === true);
    if (inBody.length === 0 || endedWhole || inBody.some((b) => b.scope?.whole)) return;
    const parts = [...new Set(inBody.map((b) => b.scope?.part).filter((x): x is string => typeof x === 'string' && x !== ''))].join('; ');
    c.scope = { whole: false, part: parts === '' ? null : parts };
  });
  bindAliases(citations, aliases);
  footnotedStatus(t, citations, normStarts, normEnds);
  // "việc thay thế Nghị định số A bằng Nghị định số B": a replacement told as a noun, B's act on A, which the text reports
  for (let k = 0; k + 1 < citations.length; k++) {
    const [a, b] = [citations[k] as Citation, citations[k + 1] as Citation];
    if (a.relation !== 'cites' || a.asserted !== null || b.role !== 'head' || b.kind !== 'numbered' || a.kind !== 'numbered') continue;
    if (NOMINAL_REPLACEMENT_BEFORE.test(t.slice(Math.max(0, (normStarts[k] as number) - 40), normStarts[k] as number)) && /^[^.;:()]{0,200}?[ \n]bằng[ \n]+$/u.test(t.slice(normEnds[k] as number, normStarts[k + 1] as number))) {
      a.asserted = { subject: k + 1, subjectId: '', relation: 'replaces', trigger: 'việc thay thế … bằng' };
    }
  }
  for (const c of citations) for (const a of [c.asserted, ...(c.alsoAsserted ?? [])]) if (a) a.subjectId = (citations[a.subject] as Citation).id;
  // (one act read twice, through two mentions of its actor — "Theo quy định tại Điều 113 Nghị định số B, Nghị định số A … hết hiệu lực
  // kể từ ngày Nghị định số B có hiệu lực" — is one act)
  for (const c of citations) {
    if (c.alsoAsserted === undefined) continue;
    const seen = new Set(c.asserted ? [`${c.asserted.subjectId} ${c.asserted.relation}`] : []);
    const distinct = c.alsoAsserted.filter((a) => !seen.has(`${a.subjectId} ${a.relation}`) && Boolean(seen.add(`${a.subjectId} ${a.relation}`)));
    if (distinct.length > 0) c.alsoAsserted = distinct;
    else delete c.alsoAsserted;
  }
  for (const c of citations) dropImpossibleActs(c, citations);
  amendingActsFollowTheirBase(t, citations, normStarts, normEnds, keep.map((mi) => (mentions[mi] as Mention).tailEnd), amendingActs);
  oneEndingPerDocument(citations);
  // (a note's own brackets are left out: the note would be read as a note again, and dropped)
  const noted = norm.asides.map((a) => asNoted(extract(text.slice(a.start + 1, a.end - 1), opts).citations, a.start + 1));
  return { citations: noted.length === 0 ? citations : mergeByStart([citations, ...noted]), selfReferences, aliases };
}

// (a number of any shape in the item: a Party document's, "Hướng dẫn số 03-HD/TU", names its own document)
const NUMBER_IN_ITEM = /(?<![\p{L}\d])\d{1,4}[-/][\p{Lu}\d]/u;
// (the row's number two lines above the mention's, its item's cell between: the only shape lineTableRowItemAction reads)
const ITEM_ROW_BEFORE = /\n[ \t]*\d{1,4}[.)]?[ \t]*\n[^\n]{1,300}\n[ \t]*$/u;
const ITEM_MARK_LEAD = /^[ \t]*\d{1,2}[.)][ \t]+(?:[^\n]{0,200}[ ])?$/u;
const AMENDING_PROVISIONS_BEFORE = /(?<![\p{L}])và[ \n]+(?:các[ \n]+)?(?:quy[ \n]+định|nội[ \n]+dung)[ \n]+(?:đã[ \n]+)?(?:được[ \n]+)?sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?[ \n]+(?:tại|bởi|theo)[ \n]+$/u;
// (the head: a suspension of provisions listed after it; the item: its mark, words of its own, "tại" and the places, up to the document)
const SUSPENSION_LIST_HEAD = /(?<![\p{L}])(?:[Tt]ạm[ \n]+)?(?:[Nn]gưng|[Nn]gừng)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:đối[ \n]+với[ \n]+)?(?:các|những|một[ \n]+số)[ \n]+quy[ \n]+định[ \n]+sau(?![\p{L}])/u;
const PLACES_ITEM_TO_DOCUMENT = new RegExp(String.raw`^[ \t]*\d{1,2}[.)][ \t]+[^.;:\n]{0,300}?(?<![\p{L}])tại[ \n]+${PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,20}[ \n]+(?:của[ \n]+)?$`, 'u');
/** Whether the mention at `start` names the document whose places an item of a suspension's list gives (see SUSPENSION_LIST_HEAD). */
function suspendedListItem(t: string, start: number): boolean {
  let line = lineStartIn(t, start);
  // (an item is short: a line longer than this is none)
  if (start - line > 1200 || !PLACES_ITEM_TO_DOCUMENT.test(t.slice(line, start))) return false;
  // (back over the list's earlier items, a line each, to the head's line)
  for (let k = 0; k < 12 && line > 0; k++) {
    const prev = lineStartIn(t, line - 1);
    const text = t.slice(prev, line - 1);
    if (!/^[ \t]*(?:\d{1,2}[.)]|$)/u.test(text)) return SUSPENSION_LIST_HEAD.test(text);
    line = prev;
  }
  return false;
}

/** The citations of `text` (see `extract` for self-references and aliases). */
export function extractCitations(text: string, options: ExtractOptions = {}): Citation[] {
  return extract(text, options).citations;
}
