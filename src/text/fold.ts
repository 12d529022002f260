/**
 * Search key: lower case, no diacritics, đ→d, compatibility forms unfolded
 * (VX₁→vx1), white space collapsed. Only for search and fuzzy lookup: the
 * canonical symbol keeps Đ, because ĐA (Đề án) and DA (Dự án) are different codes.
 */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00D0\u0189\u0110]/g, 'D')
    .replace(/[\u00F0\u0256\u0111]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00A0\u2000-\u200A\u202F\u3000\t\r\n]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A key that ignores case, tone placement and white space but keeps diacritics: for lexicon lookups. */
export function lexiconKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
