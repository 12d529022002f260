/**
 * Search key: lower case, no diacritics, đ→d, compatibility forms unfolded
 * (VX₁→vx1), white space collapsed. Only for search and fuzzy lookup: the
 * canonical symbol keeps Đ, because ĐA (Đề án) and DA (Dự án) are different codes.
 *
 * Every document is folded when it is indexed, so this runs over whole corpora: it maps one
 * UTF-16 code unit at a time through a table filled from `foldSlowly` (the definition), which
 * gives the same string whenever no step depends on a neighbour. Two do: a surrogate pair is one
 * character (𝐀 folds to a), and Σ lower-cases to ς at the end of a word; a text with either takes
 * the slow path.
 */
export function fold(s: string): string {
  if (NEEDS_CONTEXT.test(s)) return foldSlowly(s);
  const n = s.length;
  if (buffer.length < n * 2) buffer = new Uint16Array(n * 2 + 64);
  let out = buffer;
  let k = 0;
  let space = true; // no space at the start (trimmed anyway) nor two in a row
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let v = TABLE[c] as number;
    if (v === UNKNOWN) v = learn(c);
    if (v === DROP) continue;
    if (v === SEVERAL) {
      const f = SEVERAL_FOLDS.get(c) as string;
      if (k + f.length > out.length) out = grow(out, k + f.length);
      for (let j = 0; j < f.length; j++) {
        const u = f.charCodeAt(j);
        if (u === 0x20) {
          if (space) continue;
          space = true;
        } else space = false;
        out[k++] = u;
      }
      continue;
    }
    if (v === 0x20) {
      if (space) continue;
      space = true;
    } else space = false;
    out[k++] = v;
  }
  buffer = out;
  return (k === 0 ? '' : UTF16.decode(out.subarray(0, k))).trim();
}

/** The definition of `fold`, step by step over the whole string. */
export function foldSlowly(s: string): string {
  return foldSteps(s.normalize('NFC')).replace(/ {2,}/g, ' ').trim();
}

/** The steps of the definition that act on each character by itself. */
function foldSteps(s: string): string {
  return s
    .replace(/[\u00D0\u0189\u0110]/g, 'D')
    .replace(/[\u00F0\u0256\u0111]/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00A0\u2000-\u200A\u202F\u3000\t\r\n]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '');
}

// (and Hangul jamo, which NFKC composes into syllables)
const NEEDS_CONTEXT = /[\uD800-\uDFFF\u03A3\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]/;
const UNKNOWN = 0xffff;
const DROP = 0xfffe;
const SEVERAL = 0xfffd;
/** code unit → its fold when one code unit, DROP when none, SEVERAL when more (see SEVERAL_FOLDS) */
const TABLE = new Uint16Array(0x10000).fill(UNKNOWN);
const SEVERAL_FOLDS = new Map<number, string>();
const UTF16 = new TextDecoder('utf-16le');
let buffer: Uint16Array<ArrayBuffer> = new Uint16Array(4096);

function grow(a: Uint16Array<ArrayBuffer>, size: number): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

function learn(code: number): number {
  // without the trim, which would eat a space (NFC first changes nothing: NFD follows)
  const f = foldSteps(String.fromCharCode(code));
  const v = f.length === 0 ? DROP : f.length === 1 && f.charCodeAt(0) < SEVERAL ? f.charCodeAt(0) : SEVERAL;
  if (v === SEVERAL) SEVERAL_FOLDS.set(code, f);
  TABLE[code] = v;
  return v;
}

/** A key that ignores case, tone placement and white space but keeps diacritics: for lexicon lookups. */
export function lexiconKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
