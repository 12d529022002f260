/** Items of an amending or repealing article: the acts each numbered item performs on the document it names or inherits. */
import { inSortedRanges, lastStartingAtOrBefore } from '../../text/ranges.js';
import { lineStart, type Layout } from '../layout.js';
import { markRank, noPartObject, oneLine, withoutQuotedWords } from './clauses.js';
import { ACT_AT, FOR_DOCUMENT_ITEM, NOT_A_FORMS_NUMBER, OBJECT_END, OTHER_AMENDING_AT, PLACES_CELL, PLACE_WORD, SCOPE_RUN, TABLE_ROW_START } from './patterns.js';

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
const MARK_ONLY = new RegExp(`${DOCUMENT_ITEM_MARK}$`, 'u');
const MARK_THEN_DOCUMENTS = new RegExp(String.raw`${DOCUMENT_ITEM_MARK}[^:\n]{0,200}?\d\/[^:\n]{0,120}?(?:[ ]và|,)[ \t]+$`, 'u');
/**
 * What the items under a document's item do to it: the places amended, repealed, named alone (the head says what is done), or
 * the whole repealed; `named` when an item names the documents it acts on again (that mention carries the act).
 */
export interface ItemActs { amends: string[]; repeals: string[]; places: string[]; whole: boolean; named: boolean }
const PLACES_THEN_ACT = new RegExp(String.raw`^(${SCOPE_RUN})[ \n]+(?:(?:được|bị)[ \n]+)?(?:(?:sửa[ \n]+đổi|bổ[ \n]+sung)(?:[ \n]*,[ \n]*bổ[ \n]+sung)?(?:[^.;:]{0,80}?[ \n]như[ \n]+sau|[ \n]*(?:thành[ \n]*)?:)|(bãi[ \n]+bỏ|bỏ(?=[ \n]+(?:cụm[ \n]+từ|từ|đoạn|dấu)(?![\p{L}]))|(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực))(?![\p{L}])`, 'u');
const WORDING_PLACES = new RegExp(String.raw`(?<![\p{L}])tại[ \n]+(${SCOPE_RUN})`, 'u');
// a document the piece names itself, by its number or its serial (not a form's: "bãi bỏ khoản 3 Điều 2 và Mẫu số 02")
const NAMED_IN_PIECE = new RegExp(String.raw`${NOT_A_FORMS_NUMBER}số[ ]*\d|\d\/\d`, 'u');
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
    // (a form's or an annex's number is no document's: "bãi bỏ khoản 3 Điều 2 và Mẫu số 02")
    if (NAMED_IN_PIECE.test(place)) {
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

// a numbered item that opens with the mention: "12. Thông tư số …", "- Nghị định số …"
const ITEM_OPENING = /(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-+•])[ \t]*$/u;
// a row of a table written between pipes, its number in the first cell ("1 | Thông tư số …")
// (its type may stand in a cell of its own before the number: "| 1 | Thông tư | 41/2011/TT-BYT | …")
const PIPE_ROW_START = /(?:^|\n)[ \t]*\|?[ \t]*\d{1,4}[.]?[ \t]*\|(?:[^|\n]{1,40}\|)?[ \t]*$/u;
// a cell that says how much of its document goes: "Toàn bộ" (whole, group 1), or the places or the part it names
const EXTENT_CELL = String.raw`\|[ \t]*(?:(Toàn[ \t]+bộ|toàn[ \t]+bộ)|(?:[Mm]ột[ \t]+phần|[Mm]ột[ \t]+số|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \t]+lục|[Mm]ục|[Cc]hương|[Mm]ẫu|[Cc]ụm[ \t]+từ|[Tt]ừ[ \t]+ngữ|[Nn]ội[ \t]+dung)(?![\p{L}]))[^\n|]{0,200}`;
const LAST_CELL_EXTENT = new RegExp(String.raw`${EXTENT_CELL}\|?[ \t]*$`, 'u');
const EXTENT_BEFORE_REASON_CELL = new RegExp(String.raw`${EXTENT_CELL}\|[^\n|]{1,200}\|?[ \t]*$`, 'u');
// an item without a number, alone under its section heading ("VI. Lĩnh vực Trẻ em\nThông tư số …") or after an item
// that ended its sentence: the mention opens its line
const UNNUMBERED_ITEM = /(?:[.;:][ \t]*\n|\n[ \t]*\n|(?:^|\n)[ \t]*[IVXLC]{1,6}[.)][^\n]{0,160}\n)[ \t]*$/u;
// the verbs that suspend or end a document, written before it as the head of its own clause (Luật Ban hành văn bản quy phạm
// pháp luật: "ngưng hiệu lực", "đình chỉ việc thi hành"; Luật Khiếu nại, Điều 35: "tạm đình chỉ việc thi hành" a decision;
// local authorities write "tạm dừng thi hành Quyết định số …"; an annulled decision, "hủy bỏ", ends as a whole): the clause
// opens with the verb (after its article or item mark, or the acting document's "… này"), and the document, or the places of
// it, follow the verb at once, so a verb whose object is something else ("hủy bỏ quyết định xử lý kỷ luật", "chấm dứt hiệu lực
// Giấy chứng nhận …") or a condition ("trong thời gian ngưng hiệu lực của …") is not read so
const SUSPENDING = String.raw`(?:tạm[ \n]+)?(?:ngưng|ngừng|hoãn)[ \n]+hiệu[ \n]+lực|(?:tạm[ \n]+)?đình[ \n]+chỉ[ \n]+(?:hiệu[ \n]+lực|(?:việc[ \n]+)?thi[ \n]+hành)|tạm[ \n]+dừng[ \n]+hiệu[ \n]+lực|(?:tạm[ \n]+)?(?:dừng|ngưng|ngừng|hoãn)[ \n]+(?:việc[ \n]+)?(?:thi[ \n]+hành|thực[ \n]+hiện)`;
// ("4. Hết hiệu lực khoản 5 Điều 1 Thông tư số …": the ending's verb first, as "Chấm dứt hiệu lực …"; "c) Xóa bỏ khoản 5 Điều 6
// Thông tư số …", "b) Loại bỏ Mẫu số 04 khỏi Phụ lục ban hành kèm theo Thông tư số …")
const ENDING = String.raw`chấm[ \n]+dứt[ \n]+hiệu[ \n]+lực|hết[ \n]+hiệu[ \n]+lực|h(?:ủy|uỷ)[ \n]+bỏ|x(?:óa|oá)[ \n]+bỏ|loại[ \n]+bỏ`;
// (a place may carry a note of its matter, and an annex the decision issued: "Chấm dứt hiệu lực đối với Điều 4 (cấp bù chênh lệch lãi
// suất), khoản 2 Điều 6 và Phụ lục II (danh sách huyện …) ban hành kèm theo Quyết định số …")
const PLACE_NOTE = String.raw`(?:[ \n]*\([^()\n]{1,160}\))?`;
export const VERB_FIRST_ACT = new RegExp(String.raw`(?:^[ \t\n]*(?:(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?|(?<![\p{L}])này[ \n]+)(?:(${SUSPENDING})|${ENDING})(?:[ \n]+thi[ \n]+hành)?(?:[ \n]+(?:toàn[ \n]+bộ|một[ \n]+phần))?[ \n]+(?:(?:của|đối[ \n]+với)[ \n]+)?(?:${PLACE_WORD}${PLACE_NOTE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE_WORD}${PLACE_NOTE}){0,40}[ \n]+(?:(?:của|tại|(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)[ \n]+|(?:khỏi|trong|tại)[ \n]+(?:Phụ[ \n]+lục|Danh[ \n]+mục)(?:[ \n]+[\dIVXLC]{1,5})?[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+)?)?$`, 'iu');
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
  if (!(ITEM_OPENING.test(opening.slice(-12)) || UNNUMBERED_ITEM.test(opening.slice(-200)) || TABLE_ROW_START.test(opening.slice(-120)) || PIPE_ROW_START.test(opening.slice(-60)))) return null;
  // (a row between pipes says how much of its document goes in its last cell: "1 | Thông tư số … | Toàn bộ", "3 | … | Điều 3, Điều 4")
  // (or in the cell before a last one of reasons: "| 7 | Nghị định | 109/2018/NĐ-CP | … | Khoản 3 Điều 17 | Không còn phù hợp |")
  const rowLine = text.slice(start, start + 600).split('\n')[0] ?? '';
  const cell = PIPE_ROW_START.test(opening.slice(-60)) ? (LAST_CELL_EXTENT.exec(rowLine) ?? EXTENT_BEFORE_REASON_CELL.exec(rowLine)) : null;
  if (cell) return cell[1] !== undefined ? 'whole' : 'part';
  // (an item may say how much of its document goes, after its title: "… quy định về quản lý tài sản công. Bãi bỏ Điều 6 và Điều
  // 7.", "… Bãi bỏ toàn bộ."; a heading that says neither lists whole repeals)
  const own = ITEM_EXTENT.exec(text.slice(start, start + 600).split(/\n(?=[ \t]*(?:\d{1,3}[.)]|[IVXLC]{1,6}\.)[ \t])/u)[0] ?? '');
  if (own) return own[1] !== undefined ? 'whole' : 'part';
  return heading.repeals;
}
const ITEM_EXTENT = /[.;:][ \t]*(?:Bãi[ \n]+bỏ|Hết[ \n]+hiệu[ \n]+lực)[ \n]+(?:(toàn[ \n]+bộ)|(?:một[ \n]+phần|một[ \n]+số|các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương|[Mm]ẫu|nội[ \n]+dung|quy[ \n]+định|phần)|một[ \n]+phần)(?![\p{L}])/u;
