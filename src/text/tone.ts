/**
 * Tone-mark placement. Syllables ending in the diphthongs oa, oe, uy (no final
 * consonant, u not after q) are written two ways: "old" hòa, khỏe, thủy, Ủy and
 * "new" hoà, khoẻ, thuỷ, Uỷ. Official texts mix both, even within one document,
 * so matching and lookup keys use one spelling: the old style, which the seeds use.
 * Every change is one precomposed letter for another, so lengths and offsets stay put.
 */

const TONED_A = 'àáảãạ';
const TONED_E = 'èéẻẽẹ';
const TONED_Y = 'ỳýỷỹỵ';
const O_WITH = 'òóỏõọ';
const U_WITH = 'ùúủũụ';

const upper = (s: string): string => s.toUpperCase();

function buildTable(): Map<string, [string, string]> {
  // key: two-letter new-style sequence; value: old-style replacement letters
  const table = new Map<string, [string, string]>();
  for (let t = 0; t < 5; t++) {
    const oTone = O_WITH[t] as string;
    const uTone = U_WITH[t] as string;
    const pairs: Array<[string, string, string, string]> = [
      ['o', TONED_A[t] as string, oTone, 'a'],
      ['o', TONED_E[t] as string, oTone, 'e'],
      ['u', TONED_Y[t] as string, uTone, 'y'],
    ];
    for (const [v1, v2toned, v1toned, v2plain] of pairs) {
      for (const c1 of [false, true]) {
        for (const c2 of [false, true]) {
          const a = c1 ? upper(v1) : v1;
          const b = c2 ? upper(v2toned) : v2toned;
          table.set(a + b, [c1 ? upper(v1toned) : v1toned, c2 ? upper(v2plain) : v2plain]);
        }
      }
    }
  }
  return table;
}

const TABLE = buildTable();
// only a diphthong that ends its syllable has two spellings: the look-ahead keeps "hoạt", "toàn", "khoản" out
const CANDIDATE = /(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** hoà→hòa, Uỷ→Ủy, khoẻ→khỏe; quý, hoàn, ngoài, khuya unchanged. Input should be NFC. */
export function toOldStyleTone(s: string): string {
  CANDIDATE.lastIndex = 0;
  if (!CANDIDATE.test(s)) return s;
  CANDIDATE.lastIndex = 0;
  return s.replace(CANDIDATE, (m: string, offset: number) => {
    const prev = offset > 0 ? s[offset - 1] : undefined;
    if ((m[0] === 'u' || m[0] === 'U') && (prev === 'q' || prev === 'Q')) return m; // quý: the u belongs to qu
    const rep = TABLE.get(m);
    return rep ? rep[0] + rep[1] : m;
  });
}
