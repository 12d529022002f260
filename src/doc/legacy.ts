/**
 * Pre-Unicode Vietnamese encodings (spec §8.5). TCVN3 (ABC, ".VnTime") puts each
 * precomposed letter on one byte; VNI ("VNI-Times") writes a base letter followed by
 * modifier bytes. Read as Windows-1252 they look like "Céng hoµ" and "Coäng hoøa".
 * Detection tries both decodings and keeps the one that leaves no stray Latin-1
 * letters; a text neither decodes cleanly is refused, never guessed.
 */

// TCVN3, lower case and the seven upper-case base letters with their own codes
// (upper-case toned letters share the lower-case codes and need the ".VnTimeH" font).
const TCVN3: Record<string, string> = {
  'µ': 'à', '¸': 'á', '¶': 'ả', '·': 'ã', '¹': 'ạ', '¨': 'ă', '»': 'ằ', '¾': 'ắ', '¼': 'ẳ', '½': 'ẵ', 'Æ': 'ặ',
  '©': 'â', 'Ç': 'ầ', 'Ê': 'ấ', 'È': 'ẩ', 'É': 'ẫ', 'Ë': 'ậ', '®': 'đ', 'Ì': 'è', 'Ð': 'é', 'Î': 'ẻ', 'Ï': 'ẽ',
  'Ñ': 'ẹ', 'ª': 'ê', 'Ò': 'ề', 'Õ': 'ế', 'Ó': 'ể', 'Ô': 'ễ', 'Ö': 'ệ', '×': 'ì', 'Ý': 'í', 'Ø': 'ỉ', 'Ü': 'ĩ',
  'Þ': 'ị', 'ß': 'ò', 'ã': 'ó', 'á': 'ỏ', 'â': 'õ', 'ä': 'ọ', '«': 'ô', 'å': 'ồ', 'è': 'ố', 'æ': 'ổ', 'ç': 'ỗ',
  'é': 'ộ', '¬': 'ơ', 'ê': 'ờ', 'í': 'ớ', 'ë': 'ở', 'ì': 'ỡ', 'î': 'ợ', 'ï': 'ù', 'ó': 'ú', 'ñ': 'ủ', 'ò': 'ũ',
  'ô': 'ụ', '\u00AD': 'ư', 'õ': 'ừ', 'ø': 'ứ', 'ö': 'ử', '÷': 'ữ', 'ù': 'ự', 'ú': 'ỳ', 'ý': 'ý', 'û': 'ỷ',
  'ü': 'ỹ', 'þ': 'ỵ', '¡': 'Ă', '¢': 'Â', '§': 'Đ', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư',
};

export function decodeTcvn3(s: string): string {
  let out = '';
  for (const ch of s) out += TCVN3[ch] ?? ch;
  return out.normalize('NFC');
}

// VNI: modifiers after a vowel; lower-case forms, upper-case ones are the same letters capitalized
const TONE: Record<string, string> = { 'ø': '\u0300', 'ù': '\u0301', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323' };
const CIRCUMFLEX_TONE: Record<string, string> = { 'â': '', 'à': '\u0300', 'á': '\u0301', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323' };
const BREVE_TONE: Record<string, string> = { 'ê': '', 'è': '\u0300', 'é': '\u0301', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323' };
// letters that stand alone in VNI
const SINGLE: Record<string, string> = { 'ö': 'ư', 'ô': 'ơ', 'ñ': 'đ', 'ì': 'ì', 'í': 'í', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị' };

function lowerMap<T extends Record<string, string>>(m: T, key: string): string | undefined {
  return m[key] ?? m[key.toLowerCase()];
}

export function decodeVni(s: string): string {
  let out = '';
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const single = lowerMap(SINGLE, c);
    let base = single !== undefined ? (c === c.toLowerCase() ? single : single.toUpperCase()) : c;
    const isVowel = /[aeiouyAEIOUYưƯơƠ]/.test(base);
    if (!isVowel) {
      out += base;
      continue;
    }
    const next = chars[i + 1];
    if (next !== undefined) {
      const lb = base.toLowerCase();
      if ((lb === 'a' || lb === 'e' || lb === 'o') && lowerMap(CIRCUMFLEX_TONE, next) !== undefined) {
        base += '\u0302' + (lowerMap(CIRCUMFLEX_TONE, next) as string);
        i++;
      } else if (lb === 'a' && lowerMap(BREVE_TONE, next) !== undefined) {
        base += '\u0306' + (lowerMap(BREVE_TONE, next) as string);
        i++;
      } else if (lowerMap(TONE, next) !== undefined) {
        base += lowerMap(TONE, next) as string;
        i++;
      }
    }
    out += base;
  }
  return out.normalize('NFC');
}

// Latin-1 letters that do not occur in Vietnamese; an undecoded legacy text is full of them
const FOREIGN = /[\u00A1-\u00BF\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE-\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF\u00AD]/g;
// very common words of administrative Vietnamese: the right decoding is full of them, the wrong one has none
const COMMON = new Set(
  'của và các được có theo quy định người trong này về cho với là một những thực hiện việc ngày năm tháng số nghị quyết luật điều khoản cơ quan nhà nước tỉnh huyện xã ủy ban nhân dân cộng hòa hoà xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc bộ trưởng chính phủ đồng không đã đến từ khi tại phải thuộc'.split(' '),
);

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyDetection {
  encoding: LegacyEncoding | null;
  text: string;
  /** stray Latin-1 letters per 1000 characters before decoding */
  strayBefore: number;
  /** share of words that are common Vietnamese words after decoding (0 when no decoding was tried) */
  commonShare: number;
}

function commonShare(s: string): number {
  const words = s.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (COMMON.has(w)) hits++;
  return hits / words.length;
}

/**
 * Decide whether `s` (Windows-1252 or Latin-1 text, or Unicode text that is really
 * legacy mojibake) is TCVN3 or VNI, and decode it. encoding null: nothing to decode.
 */
export function detectLegacy(s: string): LegacyDetection {
  const sample = s.length > 200_000 ? s.slice(0, 200_000) : s;
  const stray = sample.match(FOREIGN)?.length ?? 0;
  const strayBefore = sample.length ? (1000 * stray) / sample.length : 0;
  if (strayBefore < 2) return { encoding: null, text: s, strayBefore, commonShare: 0 }; // ordinary Unicode Vietnamese (or English)
  // scored in NFC like the decodings (which come out NFC): decomposed Vietnamese (NFD) splits every word at its
  // marks, so scored as typed it has no common word and any decoding beat it (an NFD file with Ð for Đ was read as VNI)
  const none: LegacyDetection = { encoding: null, text: s, strayBefore, commonShare: commonShare(sample.normalize('NFC')) };
  const candidates: Array<[LegacyEncoding, number]> = [
    ['tcvn3', commonShare(decodeTcvn3(sample))],
    ['vni', commonShare(decodeVni(sample))],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  const [encoding, share] = candidates[0] as [LegacyEncoding, number];
  if (share < 0.08 || share <= none.commonShare) return none;
  return { encoding, text: encoding === 'tcvn3' ? decodeTcvn3(s) : decodeVni(s), strayBefore, commonShare: share };
}
