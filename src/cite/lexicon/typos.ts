/**
 * Typing slips in operative phrases, read as the phrase they mistype. Each entry keeps the length of what it mends,
 * so that every offset into the text stays right; each pattern matches nothing but the slip (the words around it mean
 * nothing else in Vietnamese).
 */
export interface Typo {
  /** the slip, as a global pattern over the normalized text */
  readonly pattern: RegExp;
  /** what it stands for, the same length as what the pattern matches */
  readonly mend: (slip: string) => string;
  readonly gloss: string;
  /**
   * the slip opens a line (after blanks only): checked on the match, not written as a look-behind, which the engine tries at
   * every position of every text (one such pattern cost the reader 2 % of its time)
   */
  readonly lineStart?: true;
}

export const TYPOS: readonly Typo[] = [
  // "đã dược sửa đổi, bổ sung" (đ typed d; Luật Phòng, chống tác hại của rượu, bia 44/2019/QH14 Điều 35 as published): "dược" is
  // "medicine", never after "đã" before an act's verb
  {
    // (no look-behind before "đã": a pattern that opens with a letter is searched for fast, and no word ends in "đã")
    pattern: /(đã[ \n]+)dược([ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ|hướng[ \n]+dẫn|quy[ \n]+định)(?![\p{L}]))/gu,
    mend: (slip) => slip.replace('dược', 'được'),
    gloss: 'đã được sửa đổi: has been amended',
  },
  // "hết liệu lực thi hành" (h typed l; Luật Xây dựng 50/2014/QH13 Điều 167 as published): "liệu lực" is no phrase
  {
    pattern: /(?<![\p{L}])(hết[ \n]+)liệu([ \n]+lực)(?![\p{L}])/gu,
    mend: (slip) => slip.replace('liệu', 'hiệu'),
    gloss: 'hết hiệu lực: ceases to be in force',
  },
  // "sửa đổi, bố sung" / "sửa đổi, bồ sung" (the hook read as an acute or a grave by OCR; 206/2026/NĐ-CP's Căn cứ as scanned), and
  // the same slip on either word or both ("được sửa đối,\nbồ sung bởi", "sửa đôi, bỗ sung", "sửa đổi, bỏ sung"; 283/2026/NĐ-CP and
  // 174/2026/NĐ-CP as scanned; "Điều 74. Sửa đỗi, bỗ sung Điều 6 …", 274/2026/NĐ-CP): no such pair is a phrase but the amending verbs
  {
    pattern: /(?<![\p{L}])([Ss]ửa[ \n]+)đ[ổốôồỗ]i([ \n]*,[ \n]*)b[ổốồỗôỏ]([ \n]+sung)(?![\p{L}])/gu,
    mend: (slip) => slip.replace(/đ[ốôồỗ]i(?=[ \n]*,)/u, 'đổi').replace(/b[ốồỗôỏ](?=[ \n]+sung)/u, 'bổ'),
    gloss: 'sửa đổi, bổ sung: amended and supplemented',
  },
  // "Căn cú Luật …" (the hook of "cứ" lost by OCR; 253/2026/NĐ-CP as scanned): "cú" (a blow) never follows "Căn" before a document
  {
    pattern: /(?<![\p{L}])(Căn[ \t]+)cú(?=[ \t\n]+(?:Hiến|Bộ|Luật|Pháp|Nghị|Thông|Quyết|Chỉ|Văn|Kế|Chương|Đề|Công)(?![\p{L}]))/gu,
    mend: (slip) => slip.replace(/cú$/u, 'cứ'),
    gloss: 'căn cứ: on the basis of',
  },
  // the colon of a list's head lost by OCR, a blank line before its first item: "2. Các văn bản quy phạm pháp luật sau đây hết hiệu
  // lực kể từ ngày Nghị định này có hiệu lực thi hành\n\na) Nghị định số …" (210/2026/NĐ-CP as scanned); the first line break is read
  // as the colon (only after a head that announces the list, "sau đây" or "sau", and only before a marked item)
  {
    // (matched forward from "sau", not behind each line break: a look-behind tried at every line break costs the reader half its speed)
    pattern: /(?<![\p{L}])sau(?:[ \n]+đây)?[ \n]+(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực[^:.;,\n]{0,40}(?:\n[^:.;,\n]{1,80})?\n(?=[ \t]*\n[ \t]*(?:[a-zđ]|\d{1,2})\)[ \t])/gu,
    mend: (slip) => `${slip.slice(0, -1)}:`,
    gloss: 'a list head\'s colon',
  },
  // a list's item mark "c)" read as the euro sign by OCR ("€) Nghị định số 225/2025/NĐ- CP …", 274/2026/NĐ-CP as scanned): no
  // line opens with "€)" otherwise
  {
    pattern: /€(?=\)[ \t])/gu,
    lineStart: true,
    mend: () => 'c',
    gloss: 'c): a list item mark',
  },
  // "thay thê Thông tư số …", "thay thé Thong tư sé …" (the tone lost or misread by OCR; 84/2026/TT-BTC and 61/2015/TT-BTC as
  // scanned): none of "thê", "thé", "thè", "thẽ", "thẹ" after "thay" makes a phrase ("thay thẻ", a new card, does)
  {
    pattern: /(?<![\p{L}])(thay[ \n]+)th[êéèẽẹ](?![\p{L}])/gu,
    mend: (slip) => slip.replace(/th[êéèẽẹ]$/u, 'thế'),
    gloss: 'thay thế: replaces',
  },
  // "hét hiéu luc thi hanh" (an OCR text that lost or misread the tones; 232/2026/NĐ-CP as scanned): the three words together are no
  // other phrase, whatever tones they carry
  {
    pattern: /(?<![\p{L}])h[eéèẻẽẹêếềểễệ]t([ \n]+)hi[eéèẻẽẹêếềểễệ]u([ \n]+)l[uúùủũụưứừửữự]c(?![\p{L}])/giu,
    mend: (slip) => {
      const [a, b, c] = slip.split(/[ \n]+/u) as [string, string, string];
      const seps = slip.match(/[ \n]+/gu) as [string, string];
      // (each word keeps its case: "HẾT HIỆU LỰC" in a heading stays upper case, "Hết" opening a sentence keeps its capital)
      const upper = (word: string, like: string): string => (like === like.toUpperCase() ? word.toUpperCase() : like.charAt(0) === like.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word);
      return `${upper('hết', a)}${seps[0]}${upper('hiệu', b)}${seps[1]}${upper('lực', c)}`;
    },
    gloss: 'hết hiệu lực: ceases to be in force',
  },
  // the legislature's number with its "1" read as a mark by OCR: "35⁄2024/QH'5", "84/201 3⁄QH¡3" (a decree's Căn cứ as scanned): no
  // legislature code holds a mark, so before a last digit it is the "1" of QH11 to QH15
  {
    // (matched forward from the number's last digit, not behind each mark: a look-behind is tried at every position)
    pattern: /\d[/\u2044]{1,2}(?:UBTV)?QH['’‘¡|lI](?=\d(?![\p{L}\d]))/gu,
    mend: (slip) => `${slip.slice(0, -1)}1`,
    gloss: 'QH1…: the legislature\'s number',
  },
  // a number's first slash read as "1", "l", "I" or a mark by OCR: "Thông tư số 15612013/TT-BTC", "Nghị định số 0412014/ND-CP" (tax
  // procedures of 2015 as scanned, whose other slashes survived): eight digits and more glued to a year before a symbol's code are
  // no number, so the mark before the year is the slash. (A number ending in 1 whose slash was dropped, "1211/2013" as "12112013",
  // would be read 121/2013: both are slips, and OCR reads a slash as "1" far more often than it loses one; a "1" after one digit,
  // "112013", is left: 1/2013 or 11/2013.)
  {
    pattern: /(?<![\p{L}\d/.-])(?:\d{2,4}1|\d{1,4}[lI|!])(?=(?:19|20)\d{2}[/\u2044](?:[A-ZĐ]|QH\d))/gu,
    mend: (slip) => `${slip.slice(0, -1)}/`,
    gloss: 'a number\'s slash',
  },
  // the same slip in a symbol without a year: "Quyết định số 74!QD-TCT" (ibid.); no symbol's number ends in a mark or in "l" or "I"
  // before its code
  {
    pattern: /(?<![\p{L}\d/.-])\d{1,5}[lI|!](?=[A-ZĐ]{2,8}-[A-ZĐ])/gu,
    mend: (slip) => `${slip.slice(0, -1)}/`,
    gloss: 'a number\'s slash',
  },
  // "quy định chỉ tiết" (the dot of "i" read as a hook by OCR; ibid.): "chỉ tiết" is no phrase
  {
    pattern: /(?<![\p{L}])(quy[ \n]+định[ \n]+)chỉ([ \n]+tiết)(?![\p{L}])/giu,
    mend: (slip) => slip.replace(/chỉ(?=[ \n]+tiết)/u, 'chi').replace(/CHỈ(?=[ \n]+TIẾT)/u, 'CHI'),
    gloss: 'quy định chi tiết: details (a law)',
  },
  // "Luật Xây dựng sô 135/2025/QH15" (the tone lost by OCR; ibid.): "sô" before a document's number is "số"
  {
    pattern: /(?<![\p{L}])sô(?=[ \n]+\d{1,4}\/(?:19|20)\d{2}\/)/gu,
    mend: () => 'số',
    gloss: 'số: number',
  },
  // a document's type and "số" written twice, the first copy left at a line's end: "… được sửa đổi, bổ sung bởi Luật\nsố Luật số
  // 32/2013/QH13, …" (212/2025/NĐ-CP's Căn cứ as published); the stray copy is blanked, line breaks kept
  {
    pattern: /(?<![\p{L}])(?:Luật|Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định)[ \n]+số[ \n]+(?=(?:Luật|Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định)[ \n]+số[ \n]+\d)/gu,
    mend: (slip) => slip.replace(/[^\n]/gu, ' '),
    gloss: 'Luật số Luật số …: the type and "số" typed twice',
  },
];

/**
 * Wordings that say what a usual phrase says, read as that phrase (same length, line breaks kept): the relation rules know the
 * usual phrase, and each of its guards (a case supposed, an ending only noted, a condition on another subject) then holds for
 * the other wording too.
 */
export const EQUIVALENT_WORDINGS: readonly Typo[] = [
  // "quỹ hưu trí bổ sung tự nguyện", "bảo hiểm hưu trí bổ sung": the supplementary pension scheme's name, whose "bổ sung" is no
  // amending verb (111/2026/TT-BTC); its space is read as a hyphen, so that no act reader takes the word
  {
    pattern: /(?<![\p{L}])(hưu[ \n]+trí[ \n]+bổ) (?=sung(?![\p{L}]))/giu,
    mend: (s) => `${s.slice(0, -1)}\u2010`,
    gloss: 'hưu trí bổ sung: supplementary pension (a name)',
  },
  // "… không còn hiệu lực (thi hành) kể từ …": no longer in force, as "hết hiệu lực" says it
  {
    pattern: /(?<![\p{L}])không[ \n]+còn(?=[ \n]+hiệu[ \n]+lực(?![\p{L}]))/gu,
    mend: (s) => [...s].map((c, i) => (i < 3 ? 'hết'.charAt(i) : c === '\n' ? '\n' : ' ')).join(''),
    gloss: 'không còn hiệu lực: no longer in force (hết hiệu lực)',
  },
  // "… thôi thi hành kể từ ngày …": ceases to be applied, as "hết hiệu lực" says it (a space after, to keep the length)
  {
    pattern: /(?<![\p{L}])thôi[ \n]+thi[ \n]+hành(?![\p{L}])/gu,
    mend: (s) => {
      const [first, second] = s.match(/[ \n]+/gu) as [string, string];
      return `hết${first}hiệu${second}lực `;
    },
    gloss: 'thôi thi hành: ceases to be applied (hết hiệu lực)',
  },
  // an article's heading in capitals, "ĐIỀU 1. BÃI BỎ MỘT PHẦN CÁC QUYẾT ĐỊNH SAU ĐÂY", read as the same heading in sentence case
  // ("Điều 1. Bãi bỏ một phần các quyết định sau đây"): the list and heading readers know an article's heading so written. Numbers
  // and symbols keep their letters ("QUYẾT ĐỊNH SỐ 105/2009/QĐ-TTG" reads "Quyết định số 105/2009/QĐ-TTG")
  {
    pattern: /ĐIỀU(?=[ ]+\d{1,3}[A-ZĐa-zđ]?[.:])[^\n]{0,300}/gu,
    lineStart: true,
    mend: sentenceCaseHeading,
    gloss: 'ĐIỀU 1. BÃI BỎ …: an article heading in capitals',
  },
];

/**
 * Notes a legal database adds to the texts it serves, blanked (same length, line breaks kept): they say nothing the
 * document says. thuvienphapluat.vn tags a document its notes name with the day it expired, "[Khoản này được hướng dẫn bởi
 * Thông tư 156/2013/TT-BTC (VB hết hiệu lực: 05/02/2021)]": read as written, the document would seem to end it. (The site's
 * bracketed notes and its links are left out of the matching text by normalizeText.)
 */
export const DATABASE_NOTES: readonly Typo[] = [
  {
    pattern: /\([ \n]*VB[ \n]+hết[ \n]+hiệu[ \n]+lực[ \n]*:?[ \n]*\d{1,2}\/\d{1,2}\/\d{4}[ \n]*\)/gu,
    mend: (s) => s.replace(/[^\n]/gu, ' '),
    gloss: '(VB hết hiệu lực: …): the database notes the day the document expired',
  },
];

// the words a heading in capitals keeps capitalised in sentence case: a document's type before its number, a law's name, a
// place's word before its number ("Điều 5", "Chương II", "Phụ lục I")
const TYPE_BEFORE_NUMBER = /(?<![\p{L}])(?:nghị quyết liên tịch|thông tư liên tịch|nghị quyết|nghị định|quyết định|chỉ thị|thông tư|pháp lệnh|kế hoạch|công văn|thông báo|hướng dẫn|kết luận|điều|chương|mục|phần|phụ lục)(?= (?:số |\d|[IVXLC]+(?![\p{L}])))/gu;
const NAMED_ACT = /(?<![\p{L}])(?:bộ luật|luật|pháp lệnh|hiến pháp)(?: (?!(?:này|số|sửa|và|các|trên|đó|đã|được)(?![\p{L}]))\p{L})?/gu;
const capitalise = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
// (a law's name as written in running text: "Luật Đất đai")
const capitaliseWords = (words: string): string => words.replace(/(?<![\p{L}])\p{L}/gu, (c) => c.toUpperCase());

/** An article heading written in capitals, in sentence case (same length); one with a lower-case letter keeps all but "ĐIỀU". */
function sentenceCaseHeading(heading: string): string {
  const rest = heading.slice(4);
  if (/\p{Ll}/u.test(rest)) return `Điều${rest}`;
  // (a word with a digit or a slash is a number or a symbol, a word of capitals alone after a place's word a Roman numeral)
  let out = rest.replace(/[^ ]+/gu, (w) => (/[\d/]/u.test(w) || /^[IVXLC]+[.,;:)]?$/u.test(w) || w.toLowerCase().length !== w.length ? w : w.toLowerCase()));
  out = out.replace(TYPE_BEFORE_NUMBER, capitalise).replace(NAMED_ACT, capitaliseWords);
  // (the heading's first word after its number: "Điều 1. Bãi bỏ …")
  out = out.replace(/^([ ]+\d{1,3}[A-ZĐa-zđ]?[.:][ ]*)(\p{L})/u, (_, lead: string, c: string) => lead + c.toUpperCase());
  return `Điều${out}`;
}

/** `text` with its typing slips mended, its equivalent wordings read as the usual ones and database notes blanked, offsets unchanged. */
export function mendTypos(text: string): string {
  let out = text;
  for (const t of [...TYPOS, ...EQUIVALENT_WORDINGS, ...DATABASE_NOTES]) {
    const source = out;
    out = out.replace(t.pattern, (s: string, ...rest: unknown[]) => (t.lineStart && !opensLine(source, rest.find((r) => typeof r === 'number') as number) ? s : t.mend(s)));
  }
  return out;
}

/** Whether only blanks stand between the line's start and `at`. */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
