/**
 * A part of another document that this one says lapses ("hết hiệu lực", "không còn hiệu lực", "không còn áp dụng") with no
 * repeal verb, noted in parentheses with a matter that is mostly this document's own ("Điều 5, Điều 6 và Điều 7 … Quyết định số A
 * … (về cấp phép sử dụng tạm thời hè phố, lòng đường) hết hiệu lực" in a decision on the temporary use of pavements): the part is
 * taken over by this document's own provisions, a replacement in part, not a repeal.
 *
 * The finer matter rules of extract.ts read a run of the matter's words in the title or an article's heading; a note's matter is
 * often worded otherwise ("mức giá tại chợ hạng 3" against "giá dịch vụ sử dụng diện tích bán hàng tại chợ"), so here it is read as
 * words shared: at least two, and at least half of the note's words of matter. Only a note counts: a part whose document is only
 * described on this document's matter stays repealed, as the public rounds and the corpus gold read it ("Các quy định về tố cáo
 * trong Luật khiếu nại, tố cáo … hết hiệu lực" in the Luật Tố cáo), and so does a note that shares a word or two (the place a local
 * title ends with, "phí" of another fee).
 */
import type { Layout } from '../layout.js';
import { DISAPPLIED_AFTER, DISAPPLYING_LIST, ENDED_FOR_AFTER, listHead, TITLE_AMENDS, TITLE_REPEALS } from '../relations/index.js';

// the verbs of a lapse: "hết hiệu lực", "chấm dứt hiệu lực", "không còn hiệu lực", "không còn (được) áp dụng"
const LAPSE = String.raw`(?<![\p{L}])(?:(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|không[ \n]+còn[ \n]+hiệu[ \n]+lực|không[ \n]+còn[ \n]+(?:được[ \n]+)?áp[ \n]+dụng)(?![\p{L}])`;
// after the part's document, in its clause (no "bãi bỏ" there: a repeal says so)
const LAPSES_AFTER = new RegExp(String.raw`^[^.;:]{0,500}?${LAPSE}`, 'u');
// in a list head that ends its items by lapse ("Các quy định sau đây hết hiệu lực kể từ ngày …:")
const LAPSES_IN_HEAD = new RegExp(LAPSE, 'iu');
const REPEAL_WORD = /(?<![\p{L}])(?:bãi|hủy|huỷ|xóa|xoá)[ \n]+bỏ(?![\p{L}])/iu;
// a title that opens by adjusting or suspending ("Điều chỉnh …", "Tạm ngưng …"): an act on others, no matter of its own
const TITLE_ACTS_ON_OTHERS = /^[ \n]*(?:Về[ \n]+(?:việc[ \n]+)?)?(?:Điều[ \n]+chỉnh|Tạm[ \n]+(?:ngưng|dừng|đình[ \n]+chỉ)|Đính[ \n]+chính)(?![\p{L}])/iu;
// a note in parentheses, and what makes one no note of a matter: a status, a span of places
const MATTER_NOTE = /\(([^()\n]{6,200})\)/gu;
const STATUS_IN_NOTE = /(?<![\p{L}])(?:được|đã|bị|sửa|bãi|thay|hết)(?![\p{L}])/iu;
const PLACE_TOKEN = String.raw`(?:Điều|khoản|điểm|Mục|Chương|Phụ[ ]+lục|đến|và|[\dIVXLC]+[a-zđ]?)`;
// (each token after a separator, so that a run of numerals splits one way only)
const PLACES_ONLY = new RegExp(String.raw`^[ ]*(?:từ[ ]+)?${PLACE_TOKEN}(?:[ ,;]+${PLACE_TOKEN})*[ ,;]*$`, 'iu');
// the place a local title ends with, "… trên địa bàn tỉnh Long An"
const PLACE_ENDING_TITLE = /(?<![\p{L}])trên[ \n]+địa[ \n]+bàn(?![\p{L}])[^]*$/iu;
// syllables that name no matter: places, the words of drafting and of document types, the small words
const NO_MATTER = new Set(
  ('trên địa bàn tỉnh thành phố huyện quận xã phường thị trấn quy định về của và các những việc ban hành kèm theo đối với trong tại ' +
    'một số nội dung này do cho từ đến năm ngày tháng hướng dẫn chi tiết thực hiện luật nghị định thông tư quyết chỉ thị chính phủ ' +
    'bộ trưởng ủy uỷ nhân dân hội đồng điều khoản điểm mục chương phần phụ lục hết hiệu lực kể không còn áp dụng sửa đổi bổ sung là ' +
    'có được bị đã sẽ vào khi hoặc mà như sau thế đây').split(' '),
);
// (compared with their tones: folded, "chợ" is "cho" and "biển" is "biên")
const matterWords = (s: string): Set<string> =>
  new Set(s.normalize('NFC').toLowerCase().replace(/\u00F0/gu, 'đ').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/^\d+$/u.test(w) && !NO_MATTER.has(w)));

/**
 * Whether the part ended at the mention `[start, tailEnd)` (read as repealed, no repeal verb seen) lapses into this document's
 * own matter: the clause or the list head ends it by lapse, this document's title is its own matter (no amending, repealing or
 * adjusting act), and a note in the clause names a matter mostly the title's.
 */
export function lapsesIntoOwnMatter(t: string, layout: Layout, start: number, tailEnd: number): boolean {
  if (layout.titleEnd <= layout.titleStart) return false;
  const title = t.slice(layout.titleStart, layout.titleEnd);
  if (TITLE_AMENDS.test(title) || TITLE_REPEALS.test(title) || TITLE_ACTS_ON_OTHERS.test(title)) return false;
  const after = t.slice(tailEnd, tailEnd + 500);
  const lapse = LAPSES_AFTER.exec(after);
  let clauseEnd: number;
  if (lapse !== null) {
    // (ended for a class of subjects only, "… hết hiệu lực đối với quỹ tín dụng nhân dân": a matter taken out, no succession)
    if (REPEAL_WORD.test(lapse[0]) || ENDED_FOR_AFTER.test(after) || DISAPPLIED_AFTER.test(after)) return false;
    clauseEnd = tailEnd + lapse[0].length;
  } else {
    // (an item of a list whose head ends its items by lapse: the item's own line is its clause)
    const head = listHead(t, start);
    if (!(LAPSES_IN_HEAD.test(head) || DISAPPLYING_LIST.test(head)) || REPEAL_WORD.test(head)) return false;
    const eol = t.indexOf('\n', tailEnd);
    clauseEnd = eol < 0 ? t.length : eol;
  }
  const before = t.slice(Math.max(0, start - 300), start);
  const clauseStart = start - before.length + Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
  if (REPEAL_WORD.test(t.slice(clauseStart, clauseEnd))) return false;
  // (the note of what the part is about, in parentheses after the document or after its places: "(về cấp phép sử dụng tạm thời hè
  // phố, lòng đường)", "Điều 8 (mức thưởng đối với …)"; a status, "(đã được sửa đổi …)", or a span of places is no note)
  const notes = [...t.slice(clauseStart, clauseEnd).matchAll(MATTER_NOTE)].map((n) => n[1] as string).filter((n) => !STATUS_IN_NOTE.test(n) && !PLACES_ONLY.test(n));
  if (notes.length === 0) return false;
  // (the words of the header, the issuer's and the place's, "TỈNH LONG AN", name no matter; nor the place a local title ends with)
  const header = matterWords(t.slice(0, layout.titleStart));
  const own = new Set([...matterWords(title.replace(PLACE_ENDING_TITLE, ''))].filter((w) => !header.has(w)));
  const said = [...matterWords(notes.join(' '))].filter((w) => !header.has(w));
  const shared = said.filter((w) => own.has(w)).length;
  return shared >= 2 && shared * 2 >= said.length;
}
