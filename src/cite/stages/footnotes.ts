/** Footnotes of a consolidated or converted text that report what amended the number bearing the mark. */
import { verbRelation } from '../relations/index.js';
import type { Citation } from '../schema.js';

// a footnote's line: its mark, then a status phrase with its actor ("1 Đã được sửa đổi, bổ sung một số điều bởi Nghị định số
// 55/2023/NĐ-CP …"); below a rule of underscores, as converted files keep them
// (or a place of it first: "2 Phụ lục I đã được thay thế bởi Phụ lục ban hành kèm theo Nghị quyết số …")
const FOOTNOTE_STATUS = /(?:^|\n)[ \t]*(\d{1,2})[ \t]+((?:(?:[Pp]hụ[ \n]+lục|[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương)[ \n]+[\dIVXLCa-zđ]{1,6}(?:[ \n]+(?:[Đđ]iều|[Kk]hoản|[Cc]hương)[ \n]+[\dIVXLCa-zđ]{1,6}){0,2}[ \n]+)?(?:[Đđ]ã[ \n]+)?(?:[Đđ]ược|[Bb]ị)[ \n]+(sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế)(?:[ \n]+(?:một[ \n]+số[ \n]+điều|một[ \n]+phần))?[ \n]+(?:bởi|tại|theo))(?![\p{L}])/gu;
const FOOTNOTE_RULE = /(?:^|\n)[ \t]*_{4,}[ \t]*\n/u;
const isDigitAt = (t: string, at: number): boolean => at < t.length && t.charCodeAt(at) >= 48 && t.charCodeAt(at) <= 57;
/**
 * "Căn cứ Nghị định số 131/2021/NĐ-CP1 ngày …" with, at the page's or the text's foot, "1 Đã được sửa đổi, bổ sung một số điều
 * bởi Nghị định số 55/2023/NĐ-CP …": the footnote reports the act of the document it names on the one whose number bears its
 * mark (the mark glued to a number is read off it when the number is read, and stays in the text right after the citation).
 */
export function footnotedStatus(t: string, citations: Citation[], normStarts: readonly number[], normEnds: readonly number[]): void {
  const rule = FOOTNOTE_RULE.exec(t);
  if (!rule) return;
  FOOTNOTE_STATUS.lastIndex = rule.index;
  for (let f = FOOTNOTE_STATUS.exec(t); f; f = FOOTNOTE_STATUS.exec(t)) {
    const mark = f[1] as string;
    const phraseEnd = f.index + f[0].length;
    const actor = citations.findIndex((c, j) => (normStarts[j] as number) >= phraseEnd && (normStarts[j] as number) - phraseEnd <= 40 && c.number !== null);
    if (actor < 0) continue;
    const relation = verbRelation(f[3] as string);
    // the one marked: the citation right before the mark, before the footnote itself (one mark, one document)
    const footnoteAt = f.index;
    const bearsMark = (end: number): boolean => t.startsWith(mark, end) && !isDigitAt(t, end + mark.length);
    const marked = citations.filter((c, j) => (normEnds[j] as number) < footnoteAt && bearsMark(normEnds[j] as number) && c.number !== null);
    if (marked.length !== 1) continue;
    const c = marked[0] as Citation;
    if (c.id === (citations[actor] as Citation).id) continue;
    const act = { subject: actor, subjectId: '', relation, trigger: 'footnote' };
    if (c.asserted === null) c.asserted = act;
    else if (!(c.asserted.subject === actor || c.alsoAsserted?.some((a) => a.subject === actor))) c.alsoAsserted = [...(c.alsoAsserted ?? []), act];
  }
}
