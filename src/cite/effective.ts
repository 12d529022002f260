/**
 * The day an act takes effect when the text gives it for that act rather than for the whole document: a consolidated
 * text's header lists each act with its entry into force ("Thông tư số … ngày …, có hiệu lực kể từ ngày 05 tháng 5 năm
 * 2026"), and an ending may name its own day ("Nghị định số … hết hiệu lực từ ngày 01 tháng 7 năm 2026").
 */

/** A day written out or with slashes ("ngày 05 tháng 5 năm 2026", "ngày 05/5/2026"): groups 1–3 or 4–6 are day, month, year. */
export const DAY_WRITTEN = String.raw`ngày[ \n]+(?:(\d{1,2})[ \n]+tháng[ \n]+(\d{1,2})[ \n]+năm[ \n]+((?:19|20)\d{2})|(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}))(?!\d)`;
// (within the act's item: no sentence end before the words)
const TAKES_EFFECT_ON = new RegExp(String.raw`^[^;]{0,600}?,?[ \n]+có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+${DAY_WRITTEN}`, 'u');
const ENDS_ON = new RegExp(String.raw`^[^.;]{0,500}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+${DAY_WRITTEN}`, 'u');

// "Tạm dừng thi hành Quyết định số … kể từ ngày 01 tháng 10 năm 2024", "… từ ngày 05 tháng 3 năm 2023 đến hết ngày …": the first day
// of a suspension
const FROM_DAY = new RegExp(String.raw`^[^.;]{0,400}?(?<![\p{L}])(?:kể[ \n]+)?từ[ \n]+${DAY_WRITTEN}`, 'u');

/** The ISO form of a day, or null for one that does not exist (31 tháng 02). */
export function isoDay(d: number, m: number, y: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d && date.getUTCMonth() === m - 1 ? date.toISOString().slice(0, 10) : null;
}

/**
 * The day stated in `after` (the text that follows an act's mention, up to the next act's): when the act takes effect
 * ('takes-effect'), when the document it ends stops being in force ('ends'), or from when a suspension runs ('from'); null
 * when no calendar day is given
 * ("kể từ ngày Nghị định này có hiệu lực" is the document's own day).
 */
export function dayStatedAfter(after: string, kind: 'takes-effect' | 'ends' | 'from'): string | null {
  const d = (kind === 'takes-effect' ? TAKES_EFFECT_ON : kind === 'ends' ? ENDS_ON : FROM_DAY).exec(after);
  return d ? dayOf(d, 1) : null;
}

/** The day DAY_WRITTEN matched, its groups starting at `first` in `m`. */
export function dayOf(m: RegExpExecArray, first: number): string | null {
  const at = m[first] !== undefined ? first : first + 3;
  return isoDay(Number(m[at]), Number(m[at + 1]), Number(m[at + 2]));
}
