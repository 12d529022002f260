/** Preamble triggers ("Căn cứ", "Thực hiện") and how far their clause carries over a list of documents. */
import type { Relation } from '../schema.js';
import { paragraphStart, zoneAt, type Layout } from '../layout.js';
import { PLACE_ITEM, TRIGGER_BASIS, TRIGGER_IMPLEMENTS } from './patterns.js';

const CLAUSE_TRIGGER = /(?:^|[;:.][ ]*|\n[ ]*)(?:[-+•][ ]*)?(?:\d+[.)][ ]*)?(căn cứ|căn cứ vào|thực hiện|triển khai|tiếp tục thực hiện|cụ thể hóa|cụ thể hoá)(?![\p{L}])/giu;
// a preposition that opens a list of places on the next lines ("… bằng cụm từ “Cục Hải quan” tại:\nkhoản 2, …")
const PLACES_FOLLOW = /(?<![\p{L}])(?:tại|của)[ ]*:[ ]*\n[ ]*$/u;

/**
 * The start of the paragraph at `pos`, or of the one before when that one ends "… tại:" and this one lists places, or of
 * the one where a quoted passage opens when a page break inside the quote made a paragraph of its rest (an odd number of
 * quotes up to `pos`: the mention is outside the quote, so one of them closes a quote opened before).
 */
export function clauseParagraphStart(text: string, layout: Layout, pos: number): number {
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
export function lastClauseTrigger(s: string): string | null {
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
export function triggerCarriedOver(text: string, layout: Layout, pStart: number): Relation | null {
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
