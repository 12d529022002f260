/** What the citing document is as a whole: an act that may act on others, and where a regulation it issues starts. */
import type { Layout } from '../layout.js';

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
// an attached plan, regulation or programme after the decision's articles ("KẾ HOẠCH\n…\n(Ban hành kèm theo Quyết định số …)"),
// which no "Phụ lục" heading opens
const attachedStarts = new WeakMap<Layout, number>();
/** Where the first attached plan, regulation or programme begins (see ATTACHED_HEADING); the text's length if none. Once per layout. */
export function attachedStart(text: string, layout: Layout): number {
  let at = attachedStarts.get(layout);
  if (at === undefined) {
    const m = ATTACHED_HEADING.exec(text.slice(layout.preambleEnd));
    at = m ? layout.preambleEnd + m.index : text.length;
    attachedStarts.set(layout, at);
  }
  return at;
}
const ATTACHED_HEADING = /\n[ \t]*(?:KẾ[ ]+HOẠCH|QUY[ ]+ĐỊNH|QUY[ ]+CHẾ|CHƯƠNG[ ]+TRÌNH|ĐỀ[ ]+ÁN|PHƯƠNG[ ]+ÁN|ĐIỀU[ ]+LỆ|HƯỚNG[ ]+DẪN)[ \t]*\n(?:[^\n]*\n){0,6}?[ \t]*\([ \t]*(?:Ban[ ]+hành[ ]+)?(?:kèm|Kèm)[ ]+theo/u;
