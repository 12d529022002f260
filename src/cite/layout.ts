import { SYMBOL_PATTERN, parseSymbol } from './symbol.js';
import { inSortedRanges } from '../text/ranges.js';

/**
 * A light reading of the layout, enough for relations (spec §6.4): where the
 * title (trích yếu), the preamble and the recipients are, where paragraphs start,
 * and what the document calls itself (its own number and, for laws, its name).
 * The full header/structure reader is `src/doc`; this runs on plain matching text.
 */
export type Zone = 'header' | 'title' | 'preamble' | 'body' | 'recipients';

export interface Layout {
  titleStart: number;
  titleEnd: number;
  /** whether the title's end was read from the text (a blank line, a preamble or body line, a sentence), not from its line limit */
  titleEndRead: boolean;
  /** whether the title zone is a letter's subject ("V/v …"), the trích yếu of a document with no type line or of a "CÔNG VĂN" */
  titleIsSubject: boolean;
  preambleEnd: number;
  /** half-open ranges of "Nơi nhận:" blocks, where codes like TT mean Thường trực */
  recipients: Array<[number, number]>;
  /** sorted start offsets of paragraphs */
  paragraphs: number[];
  ownNumber: string | null;
  /** lower-case name of a law, code or ordinance read from its own header ("khiếu nại") */
  ownTitle: string | null;
  ownType: string | null;
  /** sorted start offsets of lines */
  lines: number[];
  /**
   * half-open ranges of provisions quoted as the new wording of an amended document ("… như sau:\n“Điều 1. …”"):
   * there "Nghị định này" is the amended decree, and what the quote says it does is not this document's act
   */
  quotedWordings: Array<[number, number]>;
  /**
   * where each annex or list starts ("Phụ lục I", "DANH MỤC …"), in order, and whether it lists documents this text
   * repeals ("DANH MỤC VĂN BẢN … BÃI BỎ TOÀN BỘ" → 'whole', "… BÃI BỎ MỘT PHẦN" → 'part'), else null
   */
  /** annex and list headings; `repeals`: the documents listed end (whole or in part), `lapses`: by this act's "hết hiệu lực", not "bãi bỏ" */
  annexes: Array<{ start: number; repeals: 'whole' | 'part' | null; lapses?: true; replaces?: true }>;
  /** where a list of expired documents says which part it lists ("… HẾT HIỆU LỰC TOÀN BỘ", "… HẾT HIỆU LỰC MỘT PHẦN"), in order */
  expiryHeadings: Array<{ start: number; part: boolean }>;
}

const TYPE_LINE = /^[ ]*(BỘ LUẬT|LUẬT|PHÁP LỆNH|NGHỊ ĐỊNH|NGHỊ QUYẾT(?: LIÊN TỊCH)?|THÔNG TƯ(?: LIÊN TỊCH)?|QUYẾT ĐỊNH|CHỈ THỊ|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|HƯỚNG DẪN|THÔNG BÁO(?: KẾT LUẬN)?|BÁO CÁO|TỜ TRÌNH|PHIẾU TRÌNH|QUY ĐỊNH|QUY CHẾ|KẾT LUẬN|CÔNG ĐIỆN|ĐỀ ÁN|PHƯƠNG ÁN|VĂN BẢN HỢP NHẤT|CÔNG VĂN)[ ]*$/u;
// ("Căn cú": the hook of "cứ" lost by OCR, 253/2026/NĐ-CP as scanned)
const PREAMBLE_LINE = /^[ \t]*(?:[-+•][ ]*)?(?:Căn c[ứú]|Thực hiện|Triển khai|Theo đề nghị|Xét |Trên cơ sở|Sau khi|Để |Nhằm )/u;
// a letter's subject: "V/v …", "V/v: …", or a line that opens with "Về việc …" (ND 30/2020: the công văn's trích yếu)
const SUBJECT_MARK = /(?:^|[ \t])(?:V\/[vV]|v\/v)[ \t]*[:.]?[ \t]*(?=\S)|^[ \t]*Về[ ]+việc[ \t]*:?[ \t]*(?=\S)/u;
const KINH_GUI = /^[ \t]*Kính[ ]+gửi(?![\p{L}])[ \t]*:?[ \t]*/u;
const MOTTO_LINE = /CỘNG[ ]+H[OÒ][AÀ][ ]+XÃ[ ]+HỘI|Độc[ ]+lập[ ]*[-–]|^[ \t]*[-_–—=*~.]{3,}[ \t]*$/u;
const DATE_LINE = /(?:^|,)[ \t]*ngày(?![\p{L}])|^[ \t]*tháng[ \t]*\d{1,2}[ \t]*năm[ \t]*\d{4}/u;
const NUMBER_MARK = /^[ \t]*(?:Số|SỐ)[ \t]*:?/u;
// a type word: a comma before it continues a list of cited documents, not the main clause
const DOC_WORD = /^(?:Công văn|Văn bản|Quyết định|Nghị định|Nghị quyết|Thông tư|Chỉ thị|Kế hoạch|Tờ trình|Thông báo|Hướng dẫn|Chương trình|Kết luận|Báo cáo|Luật|Bộ luật|Pháp lệnh|Điều|Khoản|Quy định|Quy chế|Đề án|Phương án|Công điện|Hiến pháp|Phiếu trình)(?![\p{L}])/u;
const BODY_START = /^[ ]*(?:Điều[ ]+1[.: ]|Điều[ ]+1$|Chương[ ]+(?:I|1)\b|CHƯƠNG[ ]+(?:I|1)\b|Phần[ ]+(?:I|1|thứ nhất)\b|PHẦN[ ]+(?:I|1|THỨ NHẤT)\b|I[.–-][ ]|A[.-][ ]+\p{Lu}|Mục[ ]+1\b|(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ)[ ]*:)/u;
// "Số: 96 /KH-UBND", "Luật số: 02/2011/QH13", or a Party "Số 36-HD/VPTW" alone on its line
const OWN_NUMBER = new RegExp(`^[ ]*(?:(?:[\\p{L}]+[ ]+){0,2}[Ss]ố[ ]*:[ ]*(${SYMBOL_PATTERN})|Số[ ]+(${SYMBOL_PATTERN})[ ]*$)`, 'u');

// "… như sau:" then an opening quote on the next line; the wording ends at a closing quote that ends its line
// (or an amending article's heading, which needs no "như sau": "Điều 1. Sửa đổi, bổ sung Điều 1\n“Điều 1. Phạm vi điều chỉnh …")
const WORDING_OPEN = /(?:như[ ]+sau[ \t]*:|(?:^|\n)[ \t]*(?:Điều[ ]+\d{1,3}[a-zđ]?[.:]|\d{1,2}\.|[a-zđ]\))[ \t]*(?:Sửa[ ]+đổi|Bổ[ ]+sung|Thay[ ]+thế)(?![\p{L}])[^\n“"]{0,200})[ \t]*\n[ \t]*[“"]/gu;
// (a heading glued to the quote, `… chấp thuận)."Điều 3.`, is on a line of its own in the matching text: see normalizeText)
const WORDING_CLOSE = /[”"][ \t]*[.;,]?[ \t]*(?:\n|$)/gu;

// what the heading of an amending act's article says: an act, or a final provision
const NEXT_ACT_HEADING = String.raw`(?:Sửa[ ]+đổi|Bổ[ ]+sung|Thay[ ]+thế|Bãi[ ]+bỏ|Bỏ|Hiệu[ ]+lực|Điều[ ]+khoản|Tổ[ ]+chức[ ]+thực[ ]+hiện|Trách[ ]+nhiệm|Quy[ ]+định[ ]+chuyển[ ]+tiếp)(?![\p{L}])`;
const ARTICLE_LINE = /(?:^|\n)[ \t]*Điều[ ]+(\d{1,3})[a-zđ]?[.:]/gu;

/** The number of the last article heading in `s`, or null. */
function lastArticleNumber(s: string): number | null {
  let n: number | null = null;
  ARTICLE_LINE.lastIndex = 0;
  for (let m = ARTICLE_LINE.exec(s); m; m = ARTICLE_LINE.exec(s)) n = Number(m[1]);
  return n;
}

/** Ranges of quoted new wordings (one forward scan: each search starts where the last one ended). */
export function quotedWordings(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  WORDING_OPEN.lastIndex = 0;
  for (let m = WORDING_OPEN.exec(text); m; m = WORDING_OPEN.exec(text)) {
    const start = WORDING_OPEN.lastIndex;
    // "Điều 2 của Luật số 32/2013/QH13 … quy định như sau: “…”" reproduces an act's own provision (a consolidated
    // text's note), whose acts are read as that act's, not a new wording
    if (/quy[ \n]+định[ \n]*$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    WORDING_CLOSE.lastIndex = start;
    const c = WORDING_CLOSE.exec(text);
    let end = c ? c.index : text.length;
    // a wording whose closing quote the source lost runs on into the next article of the amending act ("Điều 7. Sửa
    // đổi, bổ sung Điều 23 như sau:\n“Điều 23. … dụng ý xấu.\nĐiều 8. Thay thế một số biểu mẫu …"): that article's
    // heading, the next number with an act or a final provision, ends it
    // (unless the wording's own articles run up to that number: “Điều 1. … Điều 2. …” rewrites two articles)
    const article = lastArticleNumber(text.slice(Math.max(out.length > 0 ? (out[out.length - 1] as [number, number])[1] : 0, m.index - 4000), start));
    const quotedFirst = /^[ \t]*Điều[ ]+(\d{1,3})/u.exec(text.slice(start, start + 20))?.[1];
    if (article !== null && (quotedFirst === undefined || Number(quotedFirst) > article + 1)) {
      const next = new RegExp(String.raw`\n[ \t]*Điều[ ]+${article + 1}[.:][ \t]*${NEXT_ACT_HEADING}`, 'u').exec(text.slice(start, end));
      if (next) end = start + next.index;
    }
    out.push([start, end]);
    WORDING_OPEN.lastIndex = end;
  }
  return out;
}

const ANNEX_HEADING = /(?:^|\n)[ \t]*(?:Phụ[ ]+lục|PHỤ[ ]+LỤC|DANH[ ]+MỤC)(?![\p{L}])[^\n]{0,160}/gu;
const ANNEX_NUMBER = String.raw`(?:[ \n]+(?:số[ \n]+)?([IVXLC]{1,6}|\d{1,2})(?![\p{L}\d]))?`;
const ENDING_ANNEX_REFERENCE = new RegExp(String.raw`(?<![\p{L}])(?:văn[ \n]+bản(?:[ \n]*(?:,|và|hoặc)[ \n]*(?:một[ \n]+)?phần[ \n]+văn[ \n]+bản)?|[Tt]hông[ \n]+tư|[Nn]ghị[ \n]+định|[Qq]uyết[ \n]+định|[Nn]ghị[ \n]+quyết)(?:[ \n]*(?:,|và|hoặc)[ \n]*(?:một[ \n]+phần|nội[ \n]+dung)[ \n]+(?:văn[ \n]+bản|thông[ \n]+tư|nghị[ \n]+định|quyết[ \n]+định|nghị[ \n]+quyết))?(?:[ \n]+\p{Ll}+){0,3}?(?:[ \n]*,)?(?:[ \n]+(?:quy[ \n]+định|nêu|liệt[ \n]+kê|có[ \n]+tên)){0,2}[ \n]+tại[ \n]+Phụ[ \n]+lục${ANNEX_NUMBER}[^.;:]{0,160}?(?:hết[ \n]+hiệu[ \n]+lực|bị[ \n]+bãi[ \n]+bỏ|(?:bị|được)[ \n]+thay[ \n]+thế)|(?<![\p{L}])Bãi[ \n]+bỏ(?:[ \n]+\p{Ll}+){0,4}?[ \n]+(?:quy[ \n]+định|nêu|liệt[ \n]+kê)[ \n]+tại[ \n]+Phụ[ \n]+lục${ANNEX_NUMBER}|(?<![\p{L}])thay[ \n]+thế[ \n]+(?:các[ \n]+)?(?:văn[ \n]+bản(?:[ \n]*(?:,|và|hoặc)[ \n]*(?:một[ \n]+)?phần[ \n]+văn[ \n]+bản)?|Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết)(?:[ \n]+\p{Ll}+){0,3}?(?:[ \n]+(?:quy[ \n]+định|nêu|liệt[ \n]+kê|có[ \n]+tên))?[ \n]+tại[ \n]+Phụ[ \n]+lục${ANNEX_NUMBER}|(?<![\p{L}])Bãi[ \n]+bỏ(?![\p{L}])[^.;:()]{0,240}?(?:\([ \n]*(?:có|theo)[ \n]+(?:[Dd]anh[ \n]+mục|[Pp]hụ[ \n]+lục)[ \n]+kèm[ \n]+theo[ \n]*\)|(?<![\p{L}])tại[ \n]+(?:Phụ[ \n]+lục${ANNEX_NUMBER}|[Dd]anh[ \n]+mục)[ \n]+(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo)`, 'gu');

/** The annex and list headings of a text (one scan), with what a "DANH MỤC … BÃI BỎ …" heading says. */
export function annexHeadings(text: string): Array<{ start: number; repeals: 'whole' | 'part' | null; lapses?: true; replaces?: true }> {
  const out: Array<{ start: number; repeals: 'whole' | 'part' | null; lapses?: true; replaces?: true }> = [];
  // the annexes this text's own sentences end the documents of ("Các văn bản quy định tại Phụ lục III ban hành kèm theo Thông tư
  // này hết hiệu lực kể từ ngày …", "Bãi bỏ các văn bản quy định tại Phụ lục II", "Bãi bỏ toàn bộ 03 Thông tư … (có Danh mục kèm
  // theo)", "Bãi bỏ … tại Phụ lục kèm theo Thông tư này", "Các nghị quyết, nội dung nghị quyết nêu tại Phụ lục II kèm theo Nghị
  // quyết này hết hiệu lực …", "… các văn bản, quy định nêu tại Phụ lục … được thay thế bằng Nghị định này"): there "DANH MỤC VĂN
  // BẢN HẾT HIỆU LỰC" lists
  // what this act ends, not, as in a decision that publishes such a list, what ended
  // (read at the first heading: most texts have none, and the pattern is tried at every word of the text)
  let endingAnnexes: Set<string> | null = null;
  const endingAnnexesOf = (): Set<string> => {
    if (endingAnnexes) return endingAnnexes;
    endingAnnexes = new Set<string>();
    ENDING_ANNEX_REFERENCE.lastIndex = 0;
    for (let r = ENDING_ANNEX_REFERENCE.exec(text); r; r = ENDING_ANNEX_REFERENCE.exec(text)) endingAnnexes.add((r[1] ?? r[2] ?? r[3] ?? r[4] ?? 'ANY').toUpperCase());
    return endingAnnexes;
  };
  ANNEX_HEADING.lastIndex = 0;
  let lastAnnex: { start: number; number: string } | null = null;
  for (let m = ANNEX_HEADING.exec(text); m; m = ANNEX_HEADING.exec(text)) {
    // (the heading may go on on the next line in capitals: "DANH MỤC\nVĂN BẢN QUY PHẠM PHÁP LUẬT BỊ BÃI BỎ")
    const next = /^\n[ \t]*([^\n]{1,160})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 200))?.[1] ?? '';
    // (a cell of a table read one cell a line that names an annex, between a row's document and the next row's number, heads
    // nothing: "Quyết định số 30/2023/QĐ-UBND … chợ\nPhụ lục II (Danh mục chợ …)\n4\nQuyết định số …")
    // (or with the row's reason cell between: "…\nPhụ lục II\nĐội tuyển cấp huyện không còn\n3\n…")
    const nextButOne = /^\n[^\n]*\n[ \t]*([^\n]{0,20})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 400))?.[1] ?? '';
    if (/^\n?[ \t]*Phụ[ ]+lục/u.test(m[0]) && (/^[ \t]*\d{1,3}[.)]?[ \t]*$/u.test(next) || (/^\n?[ \t]*Phụ[ ]+lục[ ]+(?:số[ ]+)?(?:[IVXLC]{1,6}|\d{1,2})[ \t]*$/u.test(m[0]) && /^[ \t]*\d{1,3}[.)]?[ \t]*$/u.test(nextButOne))) && /\d\/(?:\d{4}\/)?[A-ZĐ]/u.test(text.slice(text.lastIndexOf('\n', Math.max(0, m.index - 1)) + 1, m.index))) continue;
    const line = (/\p{Lu}/u.test(next) && !/\p{Ll}/u.test(next) ? `${m[0]} ${next}` : m[0]).toUpperCase();
    // documents ("VĂN BẢN"), not administrative procedures ("THỦ TỤC HÀNH CHÍNH … BÃI BỎ")
    // (a list heading right under an annex's takes that annex's number: "Phụ lục II\n(kèm theo …)\nDANH MỤC …")
    const annex: string | undefined = /^[ \t\n]*PHỤ[ ]+LỤC[ ]+(?:SỐ[ ]+)?([IVXLC]{1,6}|\d{1,2})(?![\p{L}\d])/u.exec(line)?.[1] ?? (lastAnnex !== null && m.index - lastAnnex.start < 40 ? lastAnnex.number : undefined);
    if (annex !== undefined) lastAnnex = { start: m.index, number: annex };
    const ending = endingAnnexesOf();
    const referred = ending.has('ANY') || (annex !== undefined && ending.has(annex));
    const lapses = !/BÃI[ ]+BỎ/u.test(line) && referred && /HẾT[ ]+HIỆU[ ]+LỰC/u.test(line);
    // ("Thông tư này thay thế các văn bản quy định tại Phụ lục II", "… thay thế các văn bản, phần văn bản nêu tại Phụ lục kèm theo
    // Quyết định này": "DANH MỤC VĂN BẢN BỊ THAY THẾ" lists what this act replaces)
    const replaced = !/BÃI[ ]+BỎ/u.test(line) && referred && /THAY[ ]+THẾ/u.test(line);
    const repeals = (/BÃI[ ]+BỎ/u.test(line) || lapses || replaced) && /DANH[ ]+MỤC[^\n]*(?:VĂN[ ]+BẢN|QUYẾT[ ]+ĐỊNH|NGHỊ[ ]+QUYẾT|NGHỊ[ ]+ĐỊNH|THÔNG[ ]+TƯ|CHỈ[ ]+THỊ)/u.test(line) ? (/MỘT[ ]+PHẦN/u.test(line) ? 'part' : 'whole') : null;
    // "Phụ lục I\nDANH MỤC …": the list heading under an annex heading speaks for both
    const prev = out[out.length - 1];
    if (prev && repeals === null && prev.repeals !== null && m.index - prev.start < 40) continue;
    if (prev && prev.repeals === null && m.index - prev.start < 40) {
      prev.repeals = repeals;
      if (lapses && repeals !== null) prev.lapses = true;
      if (replaced && repeals !== null) prev.replaces = true;
    }
    else out.push({ start: m.index, repeals, ...(lapses && repeals !== null ? { lapses: true as const } : {}), ...(replaced && repeals !== null ? { replaces: true as const } : {}) });
  }
  return out;
}

const EXPIRY_HEADING = /HIỆU[ ]+LỰC[ ]+(TOÀN[ ]+BỘ|MỘT[ ]+PHẦN)/gu;
/** The headings of a list of expired documents that say whether it lists whole or partial expiries (one scan). */
export function expiryHeadings(text: string): Array<{ start: number; part: boolean }> {
  const out: Array<{ start: number; part: boolean }> = [];
  EXPIRY_HEADING.lastIndex = 0;
  for (let m = EXPIRY_HEADING.exec(text); m; m = EXPIRY_HEADING.exec(text)) out.push({ start: m.index, part: (m[1] as string).startsWith('MỘT') });
  return out;
}

// a line of prose: long, with a comma inside, ending a sentence or opening a list, and opening with a capital (a title wrapped onto
// its next line goes on in lower case)
const SELF_SENTENCE_LINE = /^[ \t]*(?:Bộ[ ]+luật|Luật|Pháp[ ]+lệnh|Nghị[ ]+định|Nghị[ ]+quyết|Thông[ ]+tư|Quyết[ ]+định|Chỉ[ ]+thị|Quy[ ]+định|Quy[ ]+chế|Hướng[ ]+dẫn|Kế[ ]+hoạch|Kết[ ]+luận|Công[ ]+văn)[ ]+này[ ]+\p{Ll}/u;
const proseLine = (line: string): boolean => line.length >= 60 && line.includes(',') && /[.:][ \t]*$/u.test(line) && /^[ \t]*\p{Lu}/u.test(line);

/** The start of every line of `text`, in order (0 first). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(text: string, starts: number[], i: number): string {
  const s = starts[i] as number;
  const e = i + 1 < starts.length ? (starts[i + 1] as number) - 1 : text.length;
  return text.slice(s, e);
}

// an article heading has its mark after the number ("Điều 4. …"): "… khoản 4\nĐiều 11; khoản 3 Điều 15 …" is a list of
// places wrapped before an article number
// (a line in capitals is a heading; an acronym that goes on in lower case is a wrap: "… ngày 03/6/2022 của\nUBND tỉnh Hà Tĩnh thực
// hiện …")
const PARAGRAPH_LEAD_AT = /[ ]*(?:[-+•]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,5}[.-]|Điều[ ]+\d{1,3}[a-zđ]?(?:[.:]|[ ]*\n)|Chương|Mục|Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét |Nơi nhận|\p{Lu}{2,}(?!\p{Lu}|[ ]+\p{Ll}))/uy;
// a line that leaves its sentence open: no stop, colon or semicolon at its end
const OPEN_LINE_END = /[^\s.;:!?][ \t]*$/u;
// a line that ends with a place word wanting its number goes on with that number: "… Phụ lục V, Phụ lục\nVI ban hành kèm theo
// Thông tư số …" is one clause, the capitals "VI" open no paragraph (the place word may wrap too: "Phụ\nlục\nVI")
const PLACE_WORD_AT_END = /(?<![\p{L}])(?:Phụ[ \n]lục|phụ[ \n]lục|Chương|chương|Mục|mục|Điều|điều|khoản|điểm|Mẫu[ \n]số|mẫu[ \n]số|Phần|phần)$/u;
// (a Roman numeral, the number such a place takes; a heading in capitals after "Phụ lục" alone on its line still opens one)
const PLACE_NUMBER_AT = /^[ ]*[IVXLC]{1,6}[a-d]?(?![\p{L}\d])/u;
const RECIPIENTS_AT = /[ ]*Nơi[ ]+nhận[ ]*:?/uy;

/** The index of the line `pos` is on, among the sorted line starts. */
export function lineIndexAt(starts: ArrayLike<number>, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function readLayout(text: string): Layout {
  const starts = lineStarts(text);
  const n = starts.length;
  let typeLine = -1;
  let ownNumber: string | null = null;
  for (let i = 0; i < Math.min(n, 60); i++) {
    const line = lineAt(text, starts, i);
    if (ownNumber === null) {
      const m = OWN_NUMBER.exec(line);
      if (m) ownNumber = parseSymbol((m[1] ?? m[2]) as string)?.canonical ?? null;
    }
    if (typeLine < 0 && TYPE_LINE.test(line)) typeLine = i;
  }
  let titleStart = 0;
  let titleEnd = 0;
  let titleEndRead = false;
  let titleIsSubject = false;
  let ownTitle: string | null = null;
  let ownType: string | null = null;
  let i = 0;
  if (typeLine >= 0) {
    ownType = (TYPE_LINE.exec(lineAt(text, starts, typeLine)) as RegExpExecArray)[1] as string;
    i = typeLine + 1;
    while (i < n && lineAt(text, starts, i).trim() === '') i++;
    titleStart = starts[i] ?? text.length;
    let count = 0;
    while (i < n && count < 8) {
      const line = lineAt(text, starts, i);
      if (line.trim() === '') break;
      // (a letter's type line, "CÔNG VĂN", may stand over its addressees: its subject is the "V/v" line above, read below)
      if (KINH_GUI.test(line) && (count > 0 || /^CÔNG[ ]+VĂN$/u.test(ownType))) break;
      // (an article is never a title: the enacting "QUYẾT ĐỊNH" of a text whose header lost its type line stands right above
      // "Điều 1.")
      // (nor is any article heading, whatever its number: a copy that keeps only some articles starts at "Điều 9. …")
      if ((count > 0 && (PREAMBLE_LINE.test(line) || BODY_START.test(line) || /^[ ]*Điều[ ]+\d{1,3}[a-zđ]?[.:][ \t]+\p{Lu}/u.test(line))) || (count === 0 && /^[ ]*Điều[ ]+1(?:[.: ]|$)/u.test(line))) break;
      // (a directive or a plan has no enacting words: its first paragraph, a sentence of its own, ends the title: "CHỈ THỊ\nVề
      // tăng cường …\nThời gian qua, việc thực hiện Chỉ thị số … đã đạt kết quả bước đầu.")
      if (count > 0 && proseLine(line)) break;
      // (nor does a sentence about the document itself belong to its title: "HƯỚNG DẪN\nThực hiện …\nHướng dẫn này thay thế Hướng dẫn
      // số …")
      if (count > 0 && SELF_SENTENCE_LINE.test(line)) break;
      count++;
      i++;
    }
    titleEndRead = count < 8;
    titleEnd = i < n ? (starts[i] as number) : text.length;
    if (/LUẬT|PHÁP LỆNH/.test(ownType)) {
      ownTitle = text.slice(titleStart, titleEnd).split('\n')[0]?.trim().toLowerCase() ?? null;
    }
  }
  // a letter has no type line: its subject ("V/v …") is its trích yếu, and so its title zone
  if (typeLine < 0) {
    const subject = letterSubject(text, starts);
    if (subject) {
      titleIsSubject = true;
      titleStart = subject.start;
      i = subject.next;
      titleEnd = i < n ? (starts[i] as number) : text.length;
    }
  } else if (titleEnd === titleStart && /^CÔNG[ ]+VĂN$/u.test(ownType ?? '')) {
    // (the preamble is still read from below the type line, past the addressees)
    while (i < n && (KINH_GUI.test(lineAt(text, starts, i)) || /^[ \t]*[-+•]/u.test(lineAt(text, starts, i)))) i++;
    const subject = letterSubject(text, starts);
    if (subject && subject.start < (starts[typeLine] as number)) {
      titleIsSubject = true;
      titleStart = subject.start;
      titleEnd = subject.next < n ? (starts[subject.next] as number) : text.length;
    }
  }
  // the preamble runs to the first article, chapter, roman heading or enacting "QUYẾT ĐỊNH:"
  let preambleEnd = titleEnd;
  let sawPreamble = false;
  for (let j = i; j < Math.min(n, i + 400); j++) {
    const line = lineAt(text, starts, j);
    if (BODY_START.test(line)) {
      preambleEnd = starts[j] as number;
      sawPreamble = true;
      break;
    }
  }
  if (!sawPreamble) {
    // no structure found: the preamble is the run of "Căn cứ / Thực hiện …" paragraphs after the title
    let j = i;
    while (j < n && lineAt(text, starts, j).trim() === '') j++;
    let last = j;
    while (j < n) {
      const line = lineAt(text, starts, j);
      if (PREAMBLE_LINE.test(line)) last = j + 1;
      else if (line.trim() !== '' && !/^[ ]*\p{Ll}/u.test(line)) {
        // (a line that opens with a capital may go on a clause the line before left open: "… ngày 03/6/2022 của\nUBND tỉnh Hà Tĩnh
        // …; Kế hoạch số 05-KH/ThU …;" — it is the clause's, as a line in lower case is)
        PARAGRAPH_LEAD_AT.lastIndex = starts[j] as number;
        if (!(j > 0 && OPEN_LINE_END.test(lineAt(text, starts, j - 1)) && !PARAGRAPH_LEAD_AT.test(text))) break;
        last = j + 1;
      }
      j++;
    }
    preambleEnd = last < n ? (starts[last] as number) : text.length;
  }

  const recipients: Array<[number, number]> = [];
  const paragraphs: number[] = [0];
  // sticky matches at each line start: no per-line string is built
  for (let j = 1; j < n; j++) {
    const s = starts[j] as number;
    let k = s - 2; // last character of the previous line, before trailing blanks
    while (k >= 0 && text.charCodeAt(k) === 32) k--;
    const last = k >= 0 ? text.charCodeAt(k) : 10;
    // a blank previous line, sentence punctuation, or a line that opens like a paragraph
    if (last === 10 || last === 46 || last === 59 || last === 58 || last === 33 || last === 63) paragraphs.push(s);
    else if (!(PLACE_WORD_AT_END.test(text.slice(Math.max(0, k - 11), k + 1)) && PLACE_NUMBER_AT.test(text.slice(s, s + 10)))) {
      PARAGRAPH_LEAD_AT.lastIndex = s;
      if (PARAGRAPH_LEAD_AT.test(text)) paragraphs.push(s);
    }
  }
  for (let at = text.indexOf('Nơi'); at >= 0; at = text.indexOf('Nơi', at + 3)) {
    const j = lineIndexAt(starts, at);
    const s = starts[j] as number;
    RECIPIENTS_AT.lastIndex = s;
    if (!RECIPIENTS_AT.test(text)) continue;
    const line = lineAt(text, starts, j);
    let end = s + line.length;
    for (let k = j + 1; k < Math.min(n, j + 40); k++) {
      const l = lineAt(text, starts, k);
      if (l.trim() === '') continue;
      if (!/^[ ]*[-+•]/.test(l) && !/^[ ]*\p{Ll}/u.test(l)) break;
      end = (starts[k] as number) + l.length;
      if (/^[ ]*[-+•]?[ ]*Lưu\b/u.test(l)) break;
    }
    // sorted and disjoint (zoneAt searches them): a block found inside the previous one extends it
    const prev = recipients[recipients.length - 1];
    if (prev && s < prev[1]) prev[1] = Math.max(prev[1], end);
    else recipients.push([s, end]);
  }
  // letters, submissions and routing slips: after "Kính gửi: …" the opening sentence is the preamble
  const opening = letterOpening(text, starts, i, paragraphs, typeLine < 0 && titleEnd > titleStart);
  if (opening) {
    preambleEnd = opening.end;
    if (!paragraphs.includes(opening.start)) {
      paragraphs.push(opening.start);
      paragraphs.sort((a, b) => a - b);
    }
  }
  return { titleStart, titleEnd, titleEndRead, titleIsSubject, preambleEnd, recipients, paragraphs, ownNumber, ownTitle, ownType, lines: starts, quotedWordings: quotedWordings(text), annexes: annexHeadings(text), expiryHeadings: expiryHeadings(text) };
}

const upperShare = (s: string): number => {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
};

/**
 * The subject of a letter: from after "V/v" through its continuation lines (a narrow left column wraps it over
 * several lines; the place/date line or the motto of the right column may sit between them). Null when the
 * header ends (Kính gửi, a preamble or body line) before any subject.
 */
function letterSubject(text: string, starts: number[]): { start: number; next: number } | null {
  const n = starts.length;
  for (let k = 0; k < Math.min(n, 40); k++) {
    const line = lineAt(text, starts, k);
    if (KINH_GUI.test(line) || PREAMBLE_LINE.test(line) || BODY_START.test(line)) return null;
    const m = SUBJECT_MARK.exec(line);
    // "V/v:" alone on its line: the subject starts on the next one
    const bare = m ? null : /(?:^|[ \t])(?:V\/[vV]|v\/v|Về[ ]+việc)[ \t]*:?[ \t]*$/u.exec(line);
    if (bare && k + 1 < n && lineAt(text, starts, k + 1).trim() !== '' && !KINH_GUI.test(lineAt(text, starts, k + 1))) {
      const next = lineAt(text, starts, k + 1);
      return { start: (starts[k + 1] as number) + (next.length - next.trimStart().length), next: subjectEnd(text, starts, k + 1) };
    }
    if (!m) continue;
    // "V/v … Kính gửi: …" flattened onto one line: the subject is that line alone
    if (/[ \t]Kính[ ]+gửi(?![\p{L}])/u.test(line.slice(m.index + m[0].length))) return { start: (starts[k] as number) + m.index + m[0].length, next: k + 1 };
    return { start: (starts[k] as number) + m.index + m[0].length, next: subjectEnd(text, starts, k) };
  }
  return null;
}

/** The line after the last line of a subject that starts on line k. */
function subjectEnd(text: string, starts: number[], k: number): number {
  const n = starts.length;
  let last = k;
  let prev = lineAt(text, starts, k);
  for (let j = k + 1; j < Math.min(n, k + 10) && j - k <= 6; j++) {
    const l = lineAt(text, starts, j);
    if (l.trim() === '' || /[.;][ \t]*$/.test(prev)) break;
    if (KINH_GUI.test(l) || PREAMBLE_LINE.test(l) || BODY_START.test(l) || NUMBER_MARK.test(l)) break;
    if (MOTTO_LINE.test(l) || DATE_LINE.test(l)) continue;
    if (upperShare(l) > 0.8 || l.trim().length > 120) break;
    last = j;
    prev = l;
  }
  return last + 1;
}

/**
 * The opening of a letter (or a tờ trình, phiếu trình, báo cáo addressed with "Kính gửi"): the paragraph after the
 * recipients that opens with a trigger ("Thực hiện Công văn số … của …, Sở … đề nghị …"), up to its main clause —
 * the comma before the acting body — or its sentence end. One paragraph of context ("Ngày 24/7/2024, … có Công
 * văn số …") may come first; without a trigger the preamble is empty. Null when there is no "Kính gửi" before the
 * first preamble or body line.
 */
function letterOpening(text: string, starts: number[], from: number, paragraphs: number[], letter: boolean): { start: number; end: number } | null {
  const n = starts.length;
  let k = from;
  let opening = -1;
  for (; k < Math.min(n, from + 25); k++) {
    const line = lineAt(text, starts, k);
    if (KINH_GUI.test(line)) break;
    // a letter whose "Kính gửi" was lost: its first trigger line opens it
    if (letter && PREAMBLE_LINE.test(line)) {
      opening = k;
      break;
    }
    if (PREAMBLE_LINE.test(line) || BODY_START.test(line)) return null;
  }
  if (k >= Math.min(n, from + 25)) return null;
  // the recipients: inline after "Kính gửi:", or the next line, then "- …" items and lower-case continuations
  const inline = lineAt(text, starts, k).replace(KINH_GUI, '').trim();
  let j = opening >= 0 ? opening : k + 1;
  if (opening < 0 && inline === '') {
    while (j < n && lineAt(text, starts, j).trim() === '') j++;
    j++;
  }
  for (; j < n && opening < 0; j++) {
    const l = lineAt(text, starts, j);
    if (/^[ \t]*(?:[-+•]|\p{Ll})/u.test(l)) continue;
    if (l.trim() === '') {
      let q = j + 1;
      while (q < n && lineAt(text, starts, q).trim() === '') q++;
      if (q < n && /^[ \t]*[-+•]/u.test(lineAt(text, starts, q))) {
        j = q - 1;
        continue;
      }
      j = q;
    }
    break;
  }
  if (j >= n) return null;
  const start = starts[j] as number;
  let p = lastAtOrBefore(paragraphs, start) === start ? paragraphs.indexOf(start) : -1;
  let paraStart = start;
  for (let round = 0; round < 2; round++) {
    const paraEnd = p >= 0 && p + 1 < paragraphs.length ? (paragraphs[p + 1] as number) : nextParagraph(paragraphs, paraStart, text.length);
    const para = text.slice(paraStart, Math.min(paraEnd, paraStart + 2000));
    if (PREAMBLE_LINE.test(para)) return { start, end: paraStart + openingClauseEnd(para) };
    paraStart = paraEnd;
    p = paragraphs.indexOf(paraStart);
    if (paraStart >= text.length) break;
  }
  // no trigger: a reply or a notice ("… nhận được Công văn số …", "Trả lời Công văn số …") has no preamble
  return { start, end: start };
}

function nextParagraph(paragraphs: number[], pos: number, fallback: number): number {
  for (const p of paragraphs) if (p > pos) return p;
  return fallback;
}

/** Where the opening clause of a trigger paragraph ends: the comma before the acting body, else its first sentence. */
function openingClauseEnd(para: string): number {
  let sentence = para.length;
  const stop = /[.:](?=[ \t]*(?:\n|$))|\.[ \t]+(?=\p{Lu})|\n[ \t]*\n/u.exec(para);
  if (stop) sentence = stop.index + 1;
  const comma = /,[ \t\n]+(?=\p{Lu})/gu;
  for (let m = comma.exec(para); m && m.index < sentence; m = comma.exec(para)) {
    if (!DOC_WORD.test(para.slice(m.index + m[0].length))) return m.index;
  }
  return sentence;
}

export function zoneAt(layout: Layout, pos: number): Zone {
  // a text can hold thousands of "Nơi nhận:" blocks (one per letter of a compilation)
  if (inSortedRanges(layout.recipients, pos)) return 'recipients';
  if (pos >= layout.titleStart && pos < layout.titleEnd) return 'title';
  if (pos < layout.titleStart) return 'header';
  if (pos < layout.preambleEnd) return 'preamble';
  return 'body';
}

/** Start of the line containing `pos` (binary search: a document may be one very long line). */
export function lineStart(layout: Layout, pos: number): number {
  return lastAtOrBefore(layout.lines, pos);
}

/** Start of the paragraph containing `pos`. */
export function paragraphStart(layout: Layout, pos: number): number {
  return lastAtOrBefore(layout.paragraphs, pos);
}

function lastAtOrBefore(a: number[], pos: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) <= pos) {
      found = a[mid] as number;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
