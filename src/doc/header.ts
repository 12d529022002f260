import { parseSymbol, SYMBOL_PATTERN, type ParsedSymbol } from '../cite/symbol.js';
import { fold } from '../text/fold.js';

/**
 * The header and closing of a document (spec §7): issuing body lines, the "Số:" line,
 * place and date, type line, trích yếu, signature block, recipients. Runs on the
 * matching text (normalized, markdown removed); every part comes with its span.
 * Missing parts are null: nothing is guessed here (inference is the identity step's job).
 */

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(t: string): Line[] {
  const lines: Line[] = [];
  let s = 0;
  for (let i = t.indexOf('\n'); ; i = t.indexOf('\n', s)) {
    const e = i < 0 ? t.length : i;
    lines.push({ start: s, end: e, text: t.slice(s, e) });
    if (i < 0) break;
    s = i + 1;
  }
  return lines;
}

export interface RawHeader {
  issuerLines: Line[];
  issuerName: string | null;
  issuerParent: string | null;
  partyHeader: boolean;
  number: { span: [number, number]; written: string; symbol: ParsedSymbol | null; draftSuffix: string | null } | null;
  /** "VĂN BẢN HỢP NHẤT" at the top: a consolidated text, whatever its type line says */
  consolidated: boolean;
  /** the body a law's adoption clause names ("… đã được Quốc hội … thông qua ngày …"), upper case */
  adoptedBy: string | null;
  /**
   * the type named outside a type line when there is none: a Gazette running title ("Thông tư số 102/2018/TT-BTC
   * ngày …"), a metadata row ("Loại văn bản: Nghị định"), or what the text calls itself ("Luật này"); the warnings say which
   */
  runningTitleType: string | null;
  placeDate: { span: [number, number]; place: string | null; day: number | null; month: number | null; year: number } | null;
  typeLine: { span: [number, number]; written: string } | null;
  title: { span: [number, number]; text: string } | null;
  /** "V/v …" of a letter */
  subject: { span: [number, number]; text: string } | null;
  signature: { span: [number, number]; authority: string | null; collective: string | null; title: string | null; name: string | null } | null;
  recipients: { span: [number, number]; items: string[] } | null;
  warnings: string[];
}

const MOTTO = /CỘNG[ ]+H(?:ÒA|OÀ)[ ]+XÃ[ ]+HỘI[ ]+CHỦ[ ]+NGHĨA[ ]+VIỆT[ ]+NAM|Độc[ ]+lập[ ]*[-–—][ ]*Tự[ ]+do[ ]*[-–—][ ]*Hạnh[ ]+phúc|ĐỘC[ ]+LẬP[ ]*[-–—][ ]*TỰ[ ]+DO[ ]*[-–—][ ]*HẠNH[ ]+PHÚC|ĐẢNG[ ]+CỘNG[ ]+SẢN[ ]+VIỆT[ ]+NAM/gu;
const RULE = /[-_–—=*~.]{3,}|^[ ]*\*[ ]*$/g;
const RULE_LINE = /^[ ]*(?:[-_–—=*~.]{3,}|\*)[ ]*$/u;
const NUMBER_LINE = new RegExp(
  String.raw`(?:^|[ ])(?:(?:Luật|LUẬT|Bộ luật|Pháp lệnh|Nghị quyết|Lệnh)[ ]+(?:số|Số|SỐ)|Số|SỐ)[ ]*(?<colon>:)?[ ]*(?:(?<sym>${SYMBOL_PATTERN})|(?<draft>[.…_ ]*[/-][ ]*[\p{L}\d]+(?:[/-][\p{L}\d]+)*))`,
  'u',
);
const ADOPTED = /thông\s+qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/u;
const RUNNING_TITLE = new RegExp(
  String.raw`^[ ]*(?<tw>Thông tư liên tịch|Thông tư|Nghị định|Nghị quyết|Quyết định|Luật|Pháp lệnh)[ ]+số[ ]+(?<sym>${SYMBOL_PATTERN})[ ]+ngày[ ]+(?:(?<d>\d{1,2})[ ]+tháng[ ]+(?<m>\d{1,2})[ ]+năm[ ]+(?<y>(?:19|20)\d{2})|(?<d2>\d{1,2})\/(?<m2>\d{1,2})\/(?<y2>(?:19|20)\d{2}))`,
  'u',
);
// "Số:" (or "Số: ……") with nothing after it: the rest of the cell went to the next line
const BARE_NUMBER_MARK = /^[ ]*(?:Số|SỐ)[ ]*:?[ .…_]*$/u;
const SUFFIX_LINE = /^[ ]*([.…_ ]*[/-][ ]*[\p{L}\d]+(?:[/-][\p{L}\d]+)*)[ ]*$/u;
// alone on its line, or as the first cell of a flattened table row whose other cell is the motto
// metadata rows of scraped texts (thuvienphapluat and the like): "Số hiệu: 75/2021/NĐ-CP", "Ngày ban hành: 24/07/2021"
const META_NUMBER = new RegExp(String.raw`^[ ]*Số[ ]+hiệu[ ]*:[ ]*(?<sym>${SYMBOL_PATTERN})[ ]*$`, 'u');
const META_DATE = /^[ ]*Ngày[ ]+ban[ ]+hành[ ]*:[ ]*(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>(?:19|20)\d{2})[ ]*$/u;
const META_TYPE = /^[ ]*Loại[ ]+văn[ ]+bản[ ]*:[ ]*(?<type>\p{L}[\p{L} ]*?)[ ]*$/u;
// the number written in the type line itself: "NGHỊ ĐỊNH SỐ 75/2021/NĐ-CP", "LUẬT SỐ 51/2024/QH15"
const TITLE_NUMBER = new RegExp(String.raw`^(?:SỐ|Số|số)[ ]*:?[ ]*(?<sym>${SYMBOL_PATTERN})(?:[ ]+(?<rest>.*))?$`, 'u');
// what a text without a header calls itself: "Luật này", "Nghị định này"
const SELF_TYPE = /(?<![\p{L}])(Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị)[ ]+này(?![\p{L}])/gu;
const LONE_NUMBER_LINE = new RegExp(String.raw`^[ ]*(?:Số|SỐ)[ ]*:[ ]*(?<sym>${SYMBOL_PATTERN})[ ]*(?:\|[ ]*(?:CỘNG[ ]+H(?:ÒA|OÀ)[ ]+XÃ[ ]+HỘI[^|]*)?)?$`, 'u');
const PLACE_DATE = /(?<place>(?:TP\.[ ]*)?\p{Lu}[\p{L}]*(?:[ ]+\p{Lu}[\p{L}]*){0,4})?[ ]*,?[ ]*[Nn]gày[ ]*(?<d>\d[ ]?\d|\d)?[ .…_]*tháng[ ]*(?<m>\d[ ]?\d|\d)?[ .…_]*năm[ ]*(?<y>(?:19|20)\d{2})/u;
export const TYPE_NAMES = [
  'THÔNG TƯ LIÊN TỊCH', 'NGHỊ QUYẾT LIÊN TỊCH', 'VĂN BẢN HỢP NHẤT', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'THÔNG BÁO KẾT LUẬN', 'BỘ LUẬT', 'LUẬT',
  'PHÁP LỆNH', 'NGHỊ ĐỊNH', 'NGHỊ QUYẾT', 'THÔNG TƯ', 'QUYẾT ĐỊNH', 'CHỈ THỊ', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'HƯỚNG DẪN', 'THÔNG BÁO',
  'BÁO CÁO', 'TỜ TRÌNH', 'PHIẾU TRÌNH', 'QUY ĐỊNH', 'QUY CHẾ', 'KẾT LUẬN', 'CÔNG ĐIỆN', 'ĐỀ ÁN', 'PHƯƠNG ÁN', 'CÔNG VĂN', 'LỆNH',
  'GIẤY MỜI', 'BIÊN BẢN', 'THÔNG TRI', 'ĐIỀU LỆ',
];
const FOLDED_TYPE_NAMES = new Map(TYPE_NAMES.map((name) => [fold(name), name]));
/** The type name a capitalized line alone spells with other tones or none ("QUYET ĐỊNH" is QUYẾT ĐỊNH), or null. */
function tonelessTypeName(line: string): string | null {
  const s = line.trim();
  if (s.length < 3 || s.length > 24 || upperShare(s) < 0.9) return null;
  return FOLDED_TYPE_NAMES.get(fold(s)) ?? null;
}
const CHAPTER_HEADING = /^[ \t]*(?:Chương|CHƯƠNG|Phần|PHẦN)[ \t]+(?:[IVXLC]{1,6}|\d{1,2})[.:]?[ \t]*$/u;
const TYPE_LINE = new RegExp(`^[ ]*(?<type>${TYPE_NAMES.join('|')})(?:[ ]+(?<rest>\\p{Lu}[^a-zđ]*))?[ ]*$`, 'u');
const PREAMBLE_OR_BODY = /^[ ]*(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét |Kính gửi|Trên cơ sở|Sau khi|Để |Nhằm |Điều[ ]+1\b|Chương[ ]+[I1]\b|CHƯƠNG[ ]+[I1]\b|I[.\-–][ ]|Phần[ ]+(?:I|thứ)|PHẦN|Phụ lục|PHỤ LỤC)/u;
// the enacting authority repeated under the title ("UỶ BAN NHÂN DÂN TỈNH", "CHÍNH PHỦ"), not part of the trích yếu
const AUTHORITY_LINE = /^[ ]*(?:ỦY|UỶ|UBND|HỘI ĐỒNG|CHÍNH PHỦ|QUỐC HỘI|BỘ TRƯỞNG|THỦ TƯỚNG|CHỦ TỊCH|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BỘ CHÍNH TRỊ|BAN BÍ THƯ|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|TỔNG KIỂM TOÁN|THỐNG ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG THANH TRA)(?![\p{L}])[^a-zđ]*$/u;
const BARE_SUBJECT = /(?:^|[ ])(?:V\/v|V\/V|v\/v|Về việc)[ ]*:?[ ]*$/u;
const SUBJECT = /(?:^|[ ])(?:V\/v|V\/V|v\/v|Về việc)[ ]*:?[ ]*(?<subject>[^ :].*)$/u;
const AUTHORITY = /^[ ]*(?<auth>TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?[ ]+(?<rest>\p{Lu}.*)$/u;
const SIGNER_TITLES = /^(?:PHÓ[ ]+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|BÍ THƯ|TRƯỞNG BAN|CHỦ NHIỆM|THỐNG ĐỐC|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG THANH TRA|TỔNG GIÁM ĐỐC|TRƯỞNG PHÒNG|CHÁNH THANH TRA)\b/u;
// "THỦ TƯỚNG Nguyễn Tấn Dũng": a flattened signature cell, the title and the name on one line
const TITLE_AND_NAME = /^[ ]*[^\p{Ll}]+[ ]+\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}\p{Ll}*){1,4}[ ]*$/u;
const NAME = /^[ ]*(?<name>\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}\p{Ll}*){1,4})[ ]*$/u;
const ANNEX_HEADING = /^[ ]*(?:Phụ lục|PHỤ LỤC)(?:[ ]|$)/u;
const ANNEX_NOTE = new RegExp(
  String.raw`^[ ]*\(?[ ]*(?:Ban hành[ ]+)?[Kk]èm theo[ ]+(?<tw>Công văn|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Hướng dẫn|Thông báo|Quy định)[ ]+số[ ]+(?<sym>${SYMBOL_PATTERN})[ ,]*ngày[ ]+(?<d>\d{1,2})[ ]+tháng[ ]+(?<m>\d{1,2})[ ]+năm[ ]+(?<y>(?:19|20)\d{2})(?:[ ]+của[ ]+(?<by>[^()]+))?`,
  'u',
);
const PLACE_NAME = /^(?:Tỉnh|Thành phố|Tp\.?|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)(?:[ ]|$)/u;
const LEVEL_START = /^(?:TỈNH|THÀNH PHỐ|TP\.|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\b/u;

/** Words of header lines, to repair PDF splits like "ỦY B AN NHÂN D Â N". */
const HEADER_WORDS = new Set(
  'ỦY UỶ BAN NHÂN DÂN HỘI ĐỒNG TỈNH HUYỆN THỊ XÃ THÀNH PHỐ QUẬN PHƯỜNG TRẤN BỘ CHÍNH PHỦ QUỐC VĂN PHÒNG SỞ CỤC TỔNG THƯỜNG VỤ CHẤP HÀNH TRUNG ƯƠNG ĐẢNG LAO ĐỘNG THƯƠNG BINH TÀI NỘI XÂY DỰNG CÔNG AN'.split(' '),
);

/** Rejoin letters a PDF extraction split apart ("ỦY B AN NHÂN D Â N"), only where the joined word is a known header word. */
export function repairSplitLetters(line: string): { text: string; repaired: boolean } {
  const tokens = line.split(/[ ]+/);
  const out: string[] = [];
  let repaired = false;
  for (let i = 0; i < tokens.length; ) {
    let merged = false;
    for (let len = Math.min(4, tokens.length - i); len >= 2; len--) {
      const parts = tokens.slice(i, i + len);
      const word = parts.join('');
      if (parts.some((p) => p.length <= 2) && /^\p{Lu}+$/u.test(word) && HEADER_WORDS.has(word) && !parts.every((p) => HEADER_WORDS.has(p))) {
        out.push(word);
        i += len;
        merged = repaired = true;
        break;
      }
    }
    if (!merged) out.push(tokens[i++] as string);
  }
  return { text: out.join(' '), repaired };
}

/** A subject line up to where the right column (the motto, or "Place, ngày …") or the "Kính gửi" line was glued to it. */
function gluedCut(s: string): string {
  MOTTO.lastIndex = 0;
  const motto = MOTTO.exec(s);
  const date = PLACE_DATE.exec(s);
  const to = /(?:^|[ ])Kính[ ]+gửi(?![\p{L}])/u.exec(s);
  const cuts = [motto?.index, date?.groups?.place && /,[ ]*[Nn]gày/u.test(date[0]) ? date.index : undefined, to?.index].filter((x): x is number => x !== undefined && x > 0);
  return cuts.length > 0 ? s.slice(0, Math.min(...cuts)) : s;
}

const upperShare = (s: string): number => {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length / letters.length;
};

/**
 * Text before "Số:" on its line that is the header's other cells, flattened onto one line by a site's copy ("QUỐC HỘI --------
 * CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: 15/2023/QH15"): capitals once the
 * motto and the rules are left out.
 */
function headerCells(before: string): boolean {
  if (upperShare(before) > 0.8) return true;
  MOTTO.lastIndex = 0;
  const rest = before.replace(MOTTO, ' ').replace(RULE, ' ').trim();
  return rest === '' ? before.trim() !== '' : upperShare(rest) > 0.8;
}
// "… Hạnh phúc --------------- Luật số:" at a line's end, the number on the next line
const TRAILING_NUMBER_MARK = /(?:^|[ ])(?:(?:Luật|LUẬT|Bộ luật|Pháp lệnh|Nghị quyết|Lệnh)[ ]+)?(?:số|Số|SỐ)[ ]*:[ ]*$/u;
// the authority that adopts a decision, glued after its title on a flattened line ("QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ
// TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"), unless the title names it ("… CỦA BỘ TRƯỞNG BỘ Y TẾ")
const GLUED_AUTHORITY = /(?<!CỦA|CHO|VÀ)[ ]+(?:(?:PHÓ[ ]+)?(?:BỘ TRƯỞNG|THỦ TƯỚNG|TỔNG GIÁM ĐỐC|CHỦ TỊCH|THỐNG ĐỐC|TỔNG KIỂM TOÁN|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG THANH TRA|CỤC TRƯỞNG|GIÁM ĐỐC)|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|QUỐC HỘI)(?![\p{L}])/u;

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = Number(s.replace(/ /g, ''));
  return Number.isFinite(n) ? n : null;
}

export function readHeader(t: string, lines: Line[], recipientsRanges: Array<[number, number]>): RawHeader {
  const warnings: string[] = [];
  const head = lines.slice(0, Math.min(lines.length, 45));
  let number: RawHeader['number'] = null;
  let numberLine = -1;
  for (let i = 0; i < head.length && number === null; i++) {
    const line = head[i] as Line;
    const m = NUMBER_LINE.exec(line.text);
    if (!m || !m.groups) continue;
    const before = line.text.slice(0, m.index).trim();
    // "Số: …" opens its line (or follows the issuer in a flattened header, with its colon); "… số 12/…" in a sentence is a citation
    if (before !== '' && !(m.groups.colon && headerCells(before))) continue;
    // "Luật số: 02/2011/QH13" has its colon; a wrapped "Luật số 56/2024/QH15;" of a Căn cứ clause does not
    if (/^[ ]*(?:Luật|LUẬT|Bộ luật|Pháp lệnh|Nghị quyết|Lệnh)/u.test(m[0]) && !m.groups.colon) continue;
    if (PREAMBLE_OR_BODY.test(line.text)) continue;
    // (a line that opens with "SỐ 09/2022/NQ-HĐND NGÀY …" without a colon, below a "Số:" left alone on its line, is the title's
    // wrapped words: "NGHỊ QUYẾT\nSỬA ĐỔI … KÈM THEO NGHỊ QUYẾT\nSỐ 09/2022/NQ-HĐND …"; the number is the split cell's, below)
    if (!m.groups.colon && head.slice(0, i).some((l) => BARE_NUMBER_MARK.test(l.text))) continue;
    numberLine = i;
    const start = line.start + m.index + (m[0].length - m[0].trimStart().length);
    const end = line.start + m.index + m[0].length;
    if (m.groups.sym) {
      number = { span: [start, end], written: m.groups.sym.replace(/\s+/g, ''), symbol: parseSymbol(m.groups.sym), draftSuffix: null };
    } else if (m.groups.draft) {
      const suffix = m.groups.draft.replace(/[ .…_]/g, '');
      number = { span: [start, end], written: suffix, symbol: null, draftSuffix: suffix };
    }
  }
  // a conversion that broke the number cell: "Số:" alone, then "/UBND-NC" (a draft's blank number) or "12/UBND-NC"
  for (let i = 0; i < head.length && number === null; i++) {
    const line = head[i] as Line;
    const trailing = TRAILING_NUMBER_MARK.exec(line.text);
    const alone = BARE_NUMBER_MARK.exec(line.text) ?? (trailing && headerCells(line.text.slice(0, trailing.index)) ? trailing : null);
    if (!alone) continue;
    // the cell's rest may come after blank lines or the motto of the right column
    let k = i + 1;
    const symbolFirst = new RegExp(String.raw`^[ ]*${SYMBOL_PATTERN}[ ]`, 'u');
    const skippable = (l: Line): boolean => {
      MOTTO.lastIndex = 0;
      if (symbolFirst.test(l.text)) return false;
      return l.text.trim() === '' || RULE_LINE.test(l.text) || MOTTO.test(l.text) || PLACE_DATE.test(l.text) || /(?:^|,)[ ]*ngày[ .…_\d]*$|^[ ]*tháng[ ]*\d/u.test(l.text);
    };
    while (k < Math.min(head.length, i + 5) && skippable(head[k] as Line)) k++;
    const next = head[k];
    if (!next) break;
    // (the date may follow on the number's line: "2010/QĐ-BYT Hà Nội, ngày 19 tháng 6 năm 2025 …")
    const sym = new RegExp(String.raw`^[ ]*(${SYMBOL_PATTERN})(?:[ ]*$|[ ]+(?=\p{Lu}[\p{L} .]{0,40},[ ]*[Nn]gày[ ]))`, 'u').exec(next.text);
    const suffix = SUFFIX_LINE.exec(next.text);
    const start = line.start + alone.index + (alone[0].length - alone[0].trimStart().length);
    if (sym?.[1]) {
      number = { span: [start, next.start + sym[0].trimEnd().length], written: sym[1].replace(/\s+/g, ''), symbol: parseSymbol(sym[1]), draftSuffix: null };
    } else if (suffix?.[1]) {
      const written = suffix[1].replace(/[ .…_]/g, '');
      number = { span: [start, next.start + next.text.trimEnd().length], written, symbol: null, draftSuffix: written };
    } else {
      // "Số:" left blank, the date line next: a draft not numbered yet, without even its symbol suffix
      if (i >= 15 || !/:|[.…_]{2,}/u.test(alone[0])) continue;
      number = { span: [start, line.start + line.text.trimEnd().length], written: '', symbol: null, draftSuffix: '' };
      warnings.push('number-blank');
      numberLine = i;
      break;
    }
    warnings.push('number-line-split');
    numberLine = k;
  }

  // the date line follows the number line closely (in Gazette texts both come after the preamble)
  let dateFrom = numberLine >= 0 ? numberLine : 0;
  let dateTo = numberLine >= 0 ? Math.min(lines.length, numberLine + 8) : head.length;
  let displacedAt = -1;
  if (number === null) {
    for (let i = head.length; i < lines.length; i++) {
      const line = lines[i] as Line;
      const m = LONE_NUMBER_LINE.exec(line.text);
      if (!m || !m.groups?.sym) continue;
      const symEnd = m[0].indexOf(m.groups.sym) + m.groups.sym.length;
      number = { span: [line.start + m.index + m[0].search(/\S/u), line.start + symEnd], written: m.groups.sym.replace(/\s+/g, ''), symbol: parseSymbol(m.groups.sym), draftSuffix: null };
      warnings.push('number-not-in-header');
      displacedAt = i;
      dateFrom = i + 1;
      dateTo = Math.min(lines.length, i + 8);
      break;
    }
  }

  let placeDate: RawHeader['placeDate'] = null;
  let placeLine = -1;
  let placeCut = 0;
  const nearNumber = dateFrom > 0 || numberLine >= 0;
  for (let pass = 0; pass < 2 && placeDate === null; pass++) {
  const from = pass === 0 ? dateFrom : 0;
  const to = pass === 0 ? dateTo : head.length;
  if (pass === 1 && !nearNumber) break;
  for (let i = from; i < to && placeDate === null; i++) {
    const line = lines[i] as Line;
    if (PREAMBLE_OR_BODY.test(line.text)) {
      if (i > 3 && !(pass === 0 && nearNumber)) break;
      continue;
    }
    let probe = line.text;
    let joined = false;
    let m = PLACE_DATE.exec(probe);
    // "Lâm Đồng, ngày" then "tháng 10 năm 2025": a conversion broke the date line of a draft
    const next = lines[i + 1];
    if (!m && next && /[Nn]gày[ .…_\d]*$/u.test(line.text) && /^[ ]*(?:\d{1,2}[ ]+)?tháng[ ]*\d/u.test(next.text)) {
      probe = `${line.text} ${next.text}`;
      m = PLACE_DATE.exec(probe);
      if (m) joined = true;
    }
    if (!m || !m.groups) continue;
    // the date line is "Place, ngày …" or a draft's "….., ngày …", not a date inside a sentence
    if (!m.groups.place && !/^[ .…_,]*[Nn]gày/u.test(probe)) continue;
    // a place is the line's start or ends at a comma: "của Thông tư 95/2020/TT-BTC ngày 16 tháng 11 năm 2020" in a
    // title is no date line
    if (m.groups.place && m.index > 2 && !/,[ ]*[Nn]gày/u.test(m[0]) && !/^[ .…_]*$/u.test(probe.slice(0, m.index))) continue;
    let placeText = m.groups.place?.replace(/[ ]+/g, ' ').trim() ?? null;
    let from = m.index;
    // "SỞ NỘI VỤ Bình Thuận, ngày …": the issuer column glued to the place; the upper-case words are the issuer's
    const glued = placeText ? /^((?:\p{Lu}+[ ]+)+)(?=\p{Lu}\p{Ll})/u.exec(m.groups.place as string) : null;
    if (glued?.[1] && placeText) {
      from += glued[1].length;
      placeText = placeText.slice(glued[1].replace(/[ ]+/g, ' ').length).trim();
      if (i !== numberLine) warnings.push('issuer-glued-to-date-line');
    }
    placeCut = from <= line.text.length ? from : line.text.length;
    const year = Number(m.groups.y);
    // offsets past the first line's end fall in the next line (one space stands for the line break)
    const at = (o: number): number => (o <= line.text.length ? line.start + o : (next as Line).start + o - line.text.length - 1);
    placeDate = {
      span: [at(from), at(m.index + m[0].length)],
      place: placeText,
      day: num(m.groups.d),
      month: num(m.groups.m),
      year,
    };
    placeLine = i;
    if (joined) warnings.push('date-line-split');
  }
  }

  // a law's date is its adoption: "… thông qua ngày 20 tháng 11 năm 2019./."
  const tailStart = Math.max(0, t.length - 4000);
  const adopted = ADOPTED.exec(t.slice(tailStart));
  let adoptedBy: string | null = null;
  if (adopted) {
    const before = t.slice(Math.max(0, tailStart + adopted.index - 300), tailStart + adopted.index);
    const by = [...before.matchAll(/(?<![\p{L}])(Ủy ban [Tt]hường vụ Quốc hội|Uỷ ban [Tt]hường vụ Quốc hội|Quốc hội)(?![\p{L}])/gu)].pop();
    if (by && !/[.;]/u.test(before.slice((by.index ?? 0) + by[0].length))) adoptedBy = (by[1] as string).toUpperCase().replace('UỶ', 'ỦY');
  }
  if (placeDate === null) {
    const m = adopted;
    if (m) {
      placeDate = { span: [tailStart + m.index, tailStart + m.index + m[0].length], place: null, day: num(m[1]), month: num(m[2]), year: Number(m[3]) };
      warnings.push('date-from-adoption-clause');
    }
  }
  // a Gazette continuation starts with a running title: "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018"
  let runningTitleType: string | null = null;
  if (number === null) {
    for (const line of lines.slice(0, 4)) {
      const m = RUNNING_TITLE.exec(line.text);
      if (!m || !m.groups) continue;
      number = { span: [line.start + m.index, line.start + m.index + m[0].length], written: (m.groups.sym as string).replace(/\s+/g, ''), symbol: parseSymbol(m.groups.sym as string), draftSuffix: null };
      runningTitleType = m.groups.tw as string;
      // "ngày 24 tháng 7 năm 2021" or "ngày 24/7/2021" (a designation copied from a listing)
      if (placeDate === null) placeDate = { span: [line.start, line.end], place: null, day: num(m.groups.d ?? m.groups.d2), month: num(m.groups.m ?? m.groups.m2), year: Number(m.groups.y ?? m.groups.y2) };
      warnings.push('identity-from-running-title');
      break;
    }
  }
  // an appendix published on its own opens with the document it belongs to:
  // "Phụ lục I …" then "(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)"
  let annexIssuer: string | null = null;
  if (number === null && ANNEX_HEADING.test(lines.find((l) => l.text.trim() !== '')?.text ?? '')) {
    for (const line of lines.slice(0, 8)) {
      const m = ANNEX_NOTE.exec(line.text);
      if (!m || !m.groups) continue;
      number = { span: [line.start + m.index, line.start + m.index + m[0].length], written: (m.groups.sym as string).replace(/\s+/g, ''), symbol: parseSymbol(m.groups.sym as string), draftSuffix: null };
      runningTitleType = m.groups.tw as string;
      // the date line reader took the note's "…/CTK-CSCL ngày 25 tháng 6 năm 2025" for a place and date
      if (placeDate === null || (placeDate.span[0] >= line.start && placeDate.span[0] <= line.end)) {
        placeDate = { span: [line.start + m.index, line.start + m.index + m[0].length], place: null, day: num(m.groups.d), month: num(m.groups.m), year: Number(m.groups.y) };
      }
      annexIssuer = m.groups.by?.trim() || null;
      warnings.push('identity-from-annex-note');
      break;
    }
  }
  // a scraped text's metadata rows, when the header itself is gone
  let metaType: string | null = null;
  for (const line of head.slice(0, 30)) {
    const n = number === null ? META_NUMBER.exec(line.text) : null;
    if (n?.groups?.sym) {
      number = { span: [line.start + line.text.indexOf(n.groups.sym), line.start + line.text.indexOf(n.groups.sym) + n.groups.sym.length], written: n.groups.sym.replace(/\s+/g, ''), symbol: parseSymbol(n.groups.sym), draftSuffix: null };
      warnings.push('number-from-metadata');
    }
    const d = placeDate === null ? META_DATE.exec(line.text) : null;
    if (d?.groups) {
      placeDate = { span: [line.start + d.index, line.end], place: null, day: num(d.groups.d), month: num(d.groups.m), year: Number(d.groups.y) };
      warnings.push('date-from-metadata');
    }
    const ty = META_TYPE.exec(line.text);
    if (ty?.groups?.type) metaType = ty.groups.type;
  }
  const consolidated = lines.slice(0, 4).some((l) => /VĂN BẢN HỢP NHẤT/u.test(l.text));

  let typeLine: RawHeader['typeLine'] = null;
  let typeIdx = -1;
  let sameLineTitle: string | null = null;
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as Line;
    if (i > 3 && PREAMBLE_OR_BODY.test(line.text)) break;
    // legacy fonts draw capitals from lower-case codes: "Kế HOạCH" is the type line KẾ HOẠCH
    const probe = upperShare(line.text) >= 0.6 ? line.text.toUpperCase() : line.text;
    let m = probe.length === line.text.length ? TYPE_LINE.exec(probe) : TYPE_LINE.exec(line.text);
    // a site's copy flattens the date cell and the type and title lines onto one: "Hà Nội, ngày 24 tháng 11 năm 2015 BỘ LUẬT DÂN SỰ"
    let from = 0;
    if (!m && i === placeLine && placeDate !== null && placeDate.span[1] > line.start && placeDate.span[1] < line.end) {
      from = placeDate.span[1] - line.start;
      m = TYPE_LINE.exec(line.text.slice(from));
      if (m?.groups?.rest) {
        const glued = GLUED_AUTHORITY.exec(m.groups.rest);
        if (glued && glued.index > 0) m.groups.rest = m.groups.rest.slice(0, glued.index);
      }
    }
    if (!m && from === 0) {
      // a type line whose tones an OCR lost or misread ("QUYET ĐỊNH", "QUYÉT ĐỊNH"): the type name it is, alone on its line
      const name = tonelessTypeName(line.text);
      if (name !== null && !(i > 0 && CHAPTER_HEADING.test((head[i - 1] as Line).text))) {
        typeLine = { span: [line.start + (line.text.length - line.text.trimStart().length), line.start + line.text.trimEnd().length], written: name };
        typeIdx = i;
        warnings.push('type-line-without-tones');
        break;
      }
    }
    if (!m || !m.groups) continue;
    // (a chapter's name under its heading is no type line: "Chương I\nQUY ĐỊNH CHUNG" in a copy that starts at the first chapter)
    if (i > 0 && CHAPTER_HEADING.test((head[i - 1] as Line).text)) continue;
    typeLine = { span: [line.start + from + m.index + (m[0].length - m[0].trimStart().length), line.start + line.text.trimEnd().length], written: (m.groups.type as string) };
    typeIdx = i;
    sameLineTitle = m.groups.rest ?? null;
    // (a site's title adds the year to a law's name: "LUẬT DOANH NGHIỆP 2020")
    if (sameLineTitle && /LUẬT|PHÁP LỆNH/u.test(m.groups.type as string) && placeDate) sameLineTitle = sameLineTitle.replace(new RegExp(`[ ]+${placeDate.year}[ ]*$`, 'u'), '');
    const own = sameLineTitle ? TITLE_NUMBER.exec(sameLineTitle) : null;
    if (own?.groups?.sym && parseSymbol(own.groups.sym)) {
      if (number === null) {
        const at = line.start + line.text.indexOf(own.groups.sym);
        number = { span: [at, at + own.groups.sym.length], written: own.groups.sym.replace(/\s+/g, ''), symbol: parseSymbol(own.groups.sym), draftSuffix: null };
        warnings.push('number-from-title-line');
      }
      sameLineTitle = own.groups.rest?.trim() || null;
    }
    break;
  }
  if (typeLine === null && runningTitleType === null && metaType !== null) {
    runningTitleType = metaType;
    warnings.push('type-from-metadata');
  }
  // no type line, no number: what the text calls itself ("Luật này quy định về biên giới quốc gia"), if one type dominates
  if (typeLine === null && runningTitleType === null && number === null) {
    const counts = new Map<string, number>();
    let all = 0;
    for (const m of t.matchAll(SELF_TYPE)) {
      counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
      all++;
    }
    const [best, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (best && n >= 3 && n >= 0.8 * all) {
      runningTitleType = best;
      warnings.push('type-from-self-reference');
    }
  }
  // a text without a number line whose own appendix names it: "(Kèm theo Nghị định số 75/2021/NĐ-CP ngày … của Chính phủ)"
  if (number === null && !consolidated) {
    const ownType = (typeLine?.written ?? runningTitleType ?? '').toUpperCase();
    for (const line of lines) {
      const m = ANNEX_NOTE.exec(line.text);
      if (!m || !m.groups || (m.groups.tw as string).toUpperCase() !== ownType) continue;
      const at = line.start + line.text.indexOf(m.groups.sym as string);
      number = { span: [at, at + (m.groups.sym as string).length], written: (m.groups.sym as string).replace(/\s+/g, ''), symbol: parseSymbol(m.groups.sym as string), draftSuffix: null };
      warnings.push('number-from-annex-note');
      if (placeDate === null) {
        placeDate = { span: [line.start + m.index, line.start + m.index + m[0].length], place: null, day: num(m.groups.d), month: num(m.groups.m), year: Number(m.groups.y) };
        warnings.push('date-from-annex-note');
      }
      break;
    }
  }

  let title: RawHeader['title'] = null;
  if (typeIdx >= 0) {
    let i = typeIdx + 1;
    if (sameLineTitle) {
      const line = head[typeIdx] as Line;
      const at = line.text.indexOf(sameLineTitle);
      title = { span: [line.start + at, line.start + at + sameLineTitle.length], text: sameLineTitle };
    } else {
      while (i < lines.length && (lines[i] as Line).text.trim() === '') i++;
      const first = i;
      const parts: string[] = [];
      for (; i < lines.length && i < first + 8; i++) {
        const l = lines[i] as Line;
        if (l.text.trim() === '' || RULE_LINE.test(l.text)) break;
        if (i > first && (PREAMBLE_OR_BODY.test(l.text) || AUTHORITY_LINE.test(l.text))) break;
        if (i === first && AUTHORITY_LINE.test(l.text) && !/VỀ|VIỆC/u.test(l.text)) break;
        parts.push(l.text.trim());
      }
      if (parts.length > 0) {
        const s = (lines[first] as Line).start;
        const e = (lines[first + parts.length - 1] as Line).end;
        title = { span: [s, e], text: parts.join(' ').replace(/[ ]+/g, ' ') };
      }
    }
  }

  let subject: RawHeader['subject'] = null;
  for (let i = 0; i < head.length; i++) {
    let line = head[i] as Line;
    if (i > 3 && PREAMBLE_OR_BODY.test(line.text)) break;
    let m = SUBJECT.exec(line.text);
    // "V/v:" alone, the subject on the next line
    const after = head[i + 1];
    if (!m && BARE_SUBJECT.test(line.text) && after && after.text.trim() !== '' && !/^[ ]*Kính[ ]+gửi/u.test(after.text)) {
      line = after;
      i++;
      m = /^[ ]*(?<subject>\S.*)$/u.exec(line.text);
    }
    if (!m || !m.groups) continue;
    // the right column glued to the subject's first line: "V/v triển khai … Hà Tĩnh, ngày 12 tháng 3 năm 2025"
    const first = gluedCut(m.groups.subject as string);
    let text = first.trim();
    const at = line.start + line.text.lastIndexOf(m.groups.subject as string);
    let end = at + first.trimEnd().length;
    // a narrow left column wraps the subject over several lines; the right column's motto or date may sit between
    let prev = line.text;
    for (let j = i + 1; j < Math.min(lines.length, i + 10) && j - i <= 6; j++) {
      const next = lines[j] as Line;
      if (next.text.trim() === '' || /[.;][ ]*$/u.test(prev)) break;
      if (/^[ ]*Kính[ ]+gửi/u.test(next.text) || PREAMBLE_OR_BODY.test(next.text) || /^[ ]*(?:Số|SỐ)[ ]*:?/u.test(next.text)) break;
      MOTTO.lastIndex = 0;
      if (MOTTO.test(next.text) || RULE_LINE.test(next.text) || PLACE_DATE.test(next.text) || /(?:^|,)[ ]*ngày(?![\p{L}])|^[ ]*tháng[ ]*\d/u.test(next.text)) continue;
      if (upperShare(next.text) > 0.8 || next.text.trim().length > 120) break;
      text += ' ' + next.text.trim();
      end = next.end;
      prev = next.text;
    }
    subject = { span: [at, end], text: text.replace(/[ ]+/g, ' ') };
    break;
  }

  // issuing body: upper-case lines before the number (or the type line), without the motto and rules
  const partyHeader = head.some((l) => /ĐẢNG[ ]+CỘNG[ ]+SẢN[ ]+VIỆT[ ]+NAM/u.test(l.text));
  const limit = numberLine >= 0 ? numberLine + 1 : typeIdx >= 0 ? typeIdx : Math.min(head.length, 6);
  const issuerLines: Line[] = [];
  const names: string[] = [];
  for (let i = 0; i < limit; i++) {
    const line = head[i] as Line;
    // a text that starts at its preamble has no issuer lines: "NHỮNG QUY ĐỊNH CHUNG" under "Chương 1" is a heading
    if (numberLine < 0 && typeIdx < 0 && PREAMBLE_OR_BODY.test(line.text)) break;
    let text = (i === placeLine ? line.text.slice(0, placeCut) : line.text).replace(MOTTO, ' ').replace(RULE, ' ');
    if (i === numberLine) {
      // "BỘ TÀI CHÍNH Số: 1414/TCT-CS": only what precedes "Số"
      const cut = text.search(/(?:^|[ ])(?:Số|SỐ)[ ]*:?/u);
      text = cut >= 0 ? text.slice(0, cut) : '';
    }
    // "VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI": a consolidated text's caption names the consolidating office
    text = text.replace(/V\/v.*$/u, '').replace(/^[ ]*VĂN BẢN HỢP NHẤT[ ]*[-–][ ]*/u, '').replace(/[ ]+/g, ' ').trim();
    if (text.length < 2 || upperShare(text) < 0.8 || TYPE_LINE.test(text) || /XÁC THỰC/u.test(text)) continue;
    const repaired = repairSplitLetters(text);
    if (repaired.repaired) warnings.push('header-split-letters-repaired');
    issuerLines.push(line);
    names.push(repaired.text);
  }
  // a header the conversion moved after the body: the upper-case lines right above its number line ("CHÍNH PHỦ")
  if (names.length === 0 && displacedAt > 0) {
    for (let i = Math.max(0, displacedAt - 4); i < displacedAt; i++) {
      const line = lines[i] as Line;
      const text = line.text.replace(MOTTO, ' ').replace(RULE, ' ').replace(/[ ]+/g, ' ').trim();
      // "XÁC THỰC VĂN BẢN HỢP NHẤT" heads the authentication block of a consolidated text: not a body
      if (text.length < 2 || upperShare(text) < 0.8 || TYPE_LINE.test(text) || /[.;:]$/u.test(text) || /XÁC THỰC/u.test(text)) {
        if (text.length >= 2 && upperShare(text) < 0.8) names.length = issuerLines.length = 0;
        continue;
      }
      issuerLines.push(line);
      // "BỘ LAO ĐỘNG - THƯƠNG BINH" over "VÀ XÃ HỘI": one name wrapped in its cell
      if (names.length > 0 && (/^(?:VÀ|-|–)[ ]/u.test(text) || /(?:[-–]|[ ]VÀ)$/u.test(names[names.length - 1] as string))) names[names.length - 1] += ' ' + text;
      else names.push(text);
    }
  }
  // "ỦY BAN NHÂN DÂN" + "TỈNH HÀ TĨNH" is one body; "BỘ TÀI CHÍNH" + "TỔNG CỤC THUẾ" is parent + body
  const bodies: string[] = [];
  for (const n of names) {
    // the Standing Committee's header is set on two lines: "ỦY BAN THƯỜNG VỤ" over "QUỐC HỘI" is one body
    const standing = bodies.length > 0 && /THƯỜNG VỤ$/u.test(bodies[bodies.length - 1] as string) && /^QUỐC HỘI$/u.test(n);
    // a name wrapped in its cell: "BỘ LAO ĐỘNG - THƯƠNG BINH" over "VÀ XÃ HỘI"
    const wrapped = bodies.length > 0 && /^(?:VÀ|-|–)[ ]/u.test(n);
    if (bodies.length > 0 && (LEVEL_START.test(n) || standing || wrapped)) bodies[bodies.length - 1] += ' ' + n;
    else bodies.push(n);
  }
  // an appendix's heading is no issuer: its note names the body ("của Cục Thống kê")
  if (annexIssuer) issuerLines.length = 0;
  const issuerName = annexIssuer ?? (bodies.length > 0 ? (bodies[bodies.length - 1] as string) : null);
  const issuerParent = !annexIssuer && bodies.length > 1 ? bodies.slice(0, -1).join(' ') : null;

  // signature: authority lines (TM., KT., …) near the end, then the signer's title and name
  let signature: RawHeader['signature'] = null;
  // an appendix after the signature ("(Kèm theo Nghị quyết số 60-NQ/TW …)" and its list) can push it out of the
  // last 80 lines: then look again in the 80 lines before the appendix's note
  const annexAt = lines.findIndex((l, k) => k > 45 && /^[ ]*\([ ]*(?:Ban hành[ ]+)?[Kk]èm theo[ ]/u.test(l.text));
  for (const tailEnd of annexAt > 0 ? [lines.length, annexAt] : [lines.length])
  for (let at = tailEnd - 1; at >= Math.max(0, tailEnd - 80) && signature === null; at--) {
    let i = at;
    const line = lines[i] as Line;
    const m = AUTHORITY.exec(line.text);
    // the length first: TITLE_AND_NAME is quadratic on a long line
    const len = line.text.trim().length;
    const bare = !m && len < 60 && SIGNER_TITLES.test(line.text.trim()) && ((len < 40 && upperShare(line.text) > 0.9) || TITLE_AND_NAME.test(line.text));
    if (!m && !bare) continue;
    // a bare title ("PHÓ CHỦ TỊCH") usually sits under its authority line ("KT. CHỦ TỊCH"): start from that
    if (bare) {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        if (AUTHORITY.test((lines[k] as Line).text)) {
          i = k;
          break;
        }
        if ((lines[k] as Line).text.trim() !== '' && upperShare((lines[k] as Line).text) < 0.9) break;
      }
    }
    const line2 = lines[i] as Line;
    const m2 = AUTHORITY.exec(line2.text);
    const bare2 = !m2;
    // walk up over consecutive authority lines ("TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH")
    let first = i;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const l = (lines[k] as Line).text;
      if (AUTHORITY.test(l)) first = k;
      else if (l.trim() !== '') break;
    }
    const authLines = lines
      .slice(first, i + 1)
      .map((l) => l.text.trim())
      .filter((l) => l !== '');
    const firstAuth = AUTHORITY.exec(authLines[0] as string);
    let collective: string | null = null;
    let authority: string | null = firstAuth?.groups?.auth ?? null;
    if (authority === 'TM' || authority === 'T/M') collective = firstAuth?.groups?.rest?.replace(/[^\p{Lu} ]/gu, '').trim() ?? null;
    let lastAuth = AUTHORITY.exec(authLines[authLines.length - 1] as string);
    if (lastAuth?.groups?.auth) authority = lastAuth.groups.auth;
    // a flattened table puts them on one line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An"
    const inner = lastAuth?.groups?.rest ? [...lastAuth.groups.rest.matchAll(/(?:^|[ ])(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?[ ]+(?=\p{Lu})/gu)] : [];
    const lastInner = inner[inner.length - 1];
    if (lastAuth?.groups?.rest && lastInner && lastInner.index !== undefined) {
      if (authority === 'TM' || authority === 'T/M') collective = lastAuth.groups.rest.slice(0, lastInner.index).trim();
      authority = lastInner[1] as string;
      lastAuth = AUTHORITY.exec(lastAuth.groups.rest.slice(lastInner.index).trim());
    }
    let titleText: string | null = null;
    let name: string | null = null;
    // the rest of the last authority line may hold title and name ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng")
    const rest = bare2 ? line2.text.trim() : (lastAuth?.groups?.rest ?? '');
    const inline = /^(?<upper>[^\p{Ll}]*?)(?:[ ]+(?<name>\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}\p{Ll}*){1,4}))?[ ]*$/u.exec(rest);
    const upperPart = inline?.groups?.upper?.trim() ?? '';
    if (inline?.groups?.name) name = inline.groups.name;
    const titleInUpper = /(PHÓ[ ]+)?(CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CỤC TRƯỞNG|VỤ TRƯỞNG|BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TỔNG CỤC TRƯỞNG|CHỦ NHIỆM|THỐNG ĐỐC)$/u.exec(upperPart);
    if (titleInUpper && (bare2 || upperPart !== titleInUpper[0])) titleText = titleInUpper[0];
    else if (bare2) titleText = upperPart;
    let j = i + 1;
    let last = i;
    for (; j < Math.min(lines.length, i + 10) && name === null; j++) {
      const l = (lines[j] as Line).text.replace(/\*+/g, '').trim();
      if (l === '' || /^[([]?(?:Đã ký|đã ký|Ký|\(Đã ký\))/u.test(l)) continue;
      if (upperShare(l) > 0.9 && l.length < 50 && !/Nơi nhận/u.test(l)) {
        titleText = l;
        last = j;
        continue;
      }
      const nm = NAME.exec(l);
      if (nm?.groups?.name) {
        name = nm.groups.name;
        last = j;
      }
      break;
    }
    if (!titleText && upperPart && !bare2) titleText = upperPart;
    signature = { span: [(lines[first] as Line).start, (lines[last] as Line).end], authority, collective, title: titleText, name };
  }

  // a signature cell reduced to the signer's name (the rest of the table lost): the last line, a personal name
  if (signature === null) {
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
      const l = lines[i] as Line;
      if (l.text.trim() === '') continue;
      const nm = NAME.exec(l.text.replace(/\*+/g, ''));
      // "Tỉnh Cà Mau", the last cell of an appendix's table, is a place, not a signer
      if (nm?.groups?.name && !PLACE_NAME.test(nm.groups.name) && !recipientsRanges.some(([s, e]) => l.start >= s && l.start < e)) {
        signature = { span: [l.start, l.end], authority: null, collective: null, title: null, name: nm.groups.name };
      }
      break;
    }
  }

  let recipients: RawHeader['recipients'] = null;
  const r = recipientsRanges[recipientsRanges.length - 1];
  if (r) {
    const block = t.slice(r[0], r[1]);
    const items = block
      .split('\n')
      .slice(1)
      .map((l) => l.replace(/^[ ]*[-+•][ ]*/u, '').replace(/[;.,][ ]*$/u, '').trim())
      .filter((l) => l !== '');
    const firstLine = block.split('\n')[0] ?? '';
    const inlineItem = firstLine.replace(/^[ ]*Nơi[ ]+nhận[ ]*:?[ ]*/u, '').trim();
    // a flattened table puts every recipient on the "Nơi nhận:" line: "- Như trên; - UBND tỉnh …; - Lưu: VT"
    const inlineItems = inlineItem
      .split(/(?:^|;)[ ]*-[ ]*|^[ ]*-[ ]*/u)
      .map((x) => x.replace(/[;.,][ ]*$/u, '').trim())
      .filter((x) => x !== '');
    recipients = { span: r, items: [...inlineItems, ...items] };
  }

  return {
    issuerLines,
    issuerName,
    issuerParent,
    partyHeader,
    number,
    consolidated,
    adoptedBy,
    runningTitleType,
    placeDate,
    typeLine,
    title,
    subject,
    signature,
    recipients,
    warnings,
  };
}
