/** Lists of documents under a head ("Bãi bỏ các văn bản sau:"): which head a mention's item hangs under, and what the head says. */
import { markRank } from './clauses.js';
import { ENDING_HEADING, ENDING_LIST, REPEALING_HEADING, TABLE_ROW_START } from './patterns.js';
import { lineStartIn } from '../line-starts.js';

const LIST_ITEM = /^[ \u00A0]*(?:[a-zđ][)]|\d+[.)]|[IVXLC]{1,6}\.[ \t]|[-+•])/u;
/**
 * Whether a span starts inside a quoted wording: a closing quote comes before any opening one, or straight quotes (the matching
 * text has no curly ones) are left odd ("1. Hồ sơ gồm:\na) Đơn.”\n2. …").
 */
function insideQuote(span: string): boolean {
  const close = span.indexOf('”');
  const open = span.indexOf('“');
  return (close >= 0 && (open < 0 || open > close)) || (span.split('"').length - 1) % 2 === 1;
}
// an item that opens with a document ("1. Quyết định số …", "- Tại Nghị quyết số …", "a) Quy chế ban hành kèm theo …")
const DOCUMENT_ITEM_LINE = /^[ \t\u00A0]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[IVXLC]{1,6}[.)]|[-+•])[ \t]*(?:(?:Tại|Đối[ ]+với)[ \t]+)?(?:(?:Bộ[ ]+)?Luật|Pháp[ ]+lệnh|Nghị[ ]+định|Nghị[ ]+quyết|Thông[ ]+tư|Quyết[ ]+định|Chỉ[ ]+thị|Quy[ ]+chế|Quy[ ]+định|Điều[ ]+lệ|Kế[ ]+hoạch|Công[ ]+văn|Văn[ ]+bản|Hướng[ ]+dẫn|Kết[ ]+luận|Thông[ ]+báo|Công[ ]+điện)[ ]/u;
// an item that opens with the places of a document, or a phrase at them ("+ Khoản 2 và khoản 3 Điều 8 Quy định ban hành kèm theo Quyết
// định số …", "+ Cụm từ “…” tại điểm a khoản 1 Điều 5 …"), as the items of a list of parts repealed do
const PLACE_ITEM_LINE = /^[ \t\u00A0]*(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][)]|[-+•])[ \t]*(?:Cụm[ ]+từ|Từ|Điều|Khoản|Điểm|Mục|Chương|Phần|Phụ[ ]+lục|Mẫu[ ]+số)[ \t]/u;
// a label that is no group of the list's documents: a transitional clause, a case, what goes on applying (its opening words; a sector
// named "giao thông" or "xử lý vi phạm" is a group)
const NOT_A_GROUP = /^[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ]|[IVXLC]{1,6})[.)][ \t]*|[-+•][ \t]*)?(?:Xử[ ]+lý|Chuyển[ ]+tiếp|Điều[ ]+khoản[ ]+chuyển[ ]+tiếp|Trường[ ]+hợp|Áp[ ]+dụng|Trách[ ]+nhiệm|Tổ[ ]+chức[ ]+thực[ ]+hiện|Giao)(?![\p{L}])|(?<![\p{L}])(?:chuyển[ ]+tiếp|tiếp[ ]+tục|còn[ ]+hiệu[ ]+lực|giữ[ ]+nguyên)(?![\p{L}])/iu;
// the label of a group of items ("1. Lĩnh vực tài chính:", "a) Văn bản do Hội đồng nhân dân tỉnh ban hành:"): no number, no verb (nor a
// phrase replaced or struck out: "1. Thay cụm từ “…” bằng cụm từ “…” tại các quy định sau đây:" heads its items; nor items disapplied:
// "2. Kể từ ngày Quyết định này có hiệu lực thi hành, các nội dung sau đây không áp dụng:", nor revoked: "Thu hồi các quyết định sau đây:")
const GROUP_LABEL = /^(?![^\n]*(?:\d\/\d|số[ ]+\d|(?<![\p{L}])(?:sửa[ ]+đổi|bổ[ ]+sung|bãi[ ]+bỏ|thay[ ]+thế|hết[ ]+hiệu[ ]+lực|không[ ]+(?:còn[ ]+)?(?:được[ ]+)?áp[ ]+dụng|hủy[ ]+bỏ|thu[ ]+hồi|ngưng|như[ ]+sau|thay|bỏ|cụm[ ]+từ)(?![\p{L}])))[^\n]{1,160}:$/iu;
// the rest of an unmarked piece of a list: its sentence ends with a semicolon, and the next line opens the next item
const PIECE_BEFORE_NEXT_ITEM = /^[^.;:\n]{0,200}(?:\n[^.;:\n]{1,200}){0,2};[ \t]*\n[ \u00A0]*(?:[a-zđ][)]|\d+[.)])/u;

/**
 * The line that heads the list a position's line belongs to ("… hết hiệu lực thi hành:"), or '' when the line
 * is no list item. Reads a bounded window before the position, so a text without line breaks costs nothing.
 */
export function listHead(text: string, pos: number): string {
  return listHeadAt(text, pos).head;
}

// a number that a place word on the line before wraps onto this one is no item's mark: "a) Điều 1, …, Điều 13 (trừ điểm b.11 khoản 1
// Điều\n13) và Điều 16 Thông tư số …"
const WRAPPED_PLACE_NUMBER = /(?:Điều|điều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ ]+lục|[Mm]ục|[Cc]hương)[ \t]*\n[ \u00A0]*\d+[.)]$/u;
// (an item's mark before a capital is one after a heading that ends with a place word: "Điều 2. Bãi bỏ một số điều, khoản\n1. Khoản 4
// Điều 3 …")
const itemLine = (win: string, lineStart: number): boolean => LIST_ITEM.test(win.slice(lineStart, lineStart + 12)) && (!WRAPPED_PLACE_NUMBER.test(win.slice(Math.max(0, lineStart - 24), lineStart + (/^[ \u00A0]*\d+[.)]/u.exec(win.slice(lineStart, lineStart + 12))?.[0].length ?? 0))) || /^[ \u00A0]*\d+[.)][ \t]+\p{Lu}/u.test(win.slice(lineStart, lineStart + 16)));

/** The same, with where the list's first item starts (`end`, -1 when there is no head). */
function listHeadAt(text: string, pos: number, depth = 0): { head: string; end: number; item: number } {
  const none = { head: '', end: -1, item: -1 };
  const from = Math.max(0, pos - 6_000);
  // (a line longer than the window heads nothing: told from the text's line starts before the window is cut and searched)
  if (from > 0 && lineStartIn(text, pos) <= from) return none;
  const win = text.slice(from, pos);
  let lineStart = win.lastIndexOf('\n') + 1;
  if (!itemLine(win, lineStart)) {
    const unmarked = unmarkedDocumentItem(text, pos, depth);
    if (unmarked !== null) return unmarked;
  }
  // an item may wrap: its mention on the second or third line ("c) Khoản 1 Điều 10; …\n… của Luật Công nghệ cao số")
  // (over lines that end with a semicolon when the next goes on in lower case: "c) Khoản 1 Điều 10; khoản 2 Điều 18;\nkhoản 2 Điều
  // 19; … của Luật Công nghệ cao số …" is one item)
  for (let k = 0; k < 4 && !itemLine(win, lineStart); k++) {
    if (lineStart === 0) return none;
    const prevStart = win.lastIndexOf('\n', lineStart - 2) + 1;
    const prevLine = win.slice(prevStart, lineStart - 1);
    if (/[.:][ \t]*$/u.test(prevLine) || (/;[ \t]*$/u.test(prevLine) && !/^[ \t]*\p{Ll}/u.test(win.slice(lineStart, lineStart + 4)))) return none;
    // a page break (a blank line) inside the list: the unmarked piece after it is an item of the list when it ends, as
    // the list's items do, with a semicolon right before the next item's mark ("c) … tuổi nghỉ hưu.\n\nPhụ lục III ban
    // hành kèm theo Nghị định số 135/2020/NĐ-CP …;\nd) …"): the list goes on over it, from the item before the break
    // (whose mark may be eight lines up at a narrow column)
    if (prevStart === lineStart - 1 && PIECE_BEFORE_NEXT_ITEM.test(text.slice(pos, pos + 400))) {
      let back = prevStart;
      while (back > 0 && win[back - 1] === '\n') back--;
      for (let j = 0; j < 8 && back > 0; j++) {
        const s0 = win.lastIndexOf('\n', back - 2) + 1;
        if (LIST_ITEM.test(win.slice(s0, s0 + 12))) {
          lineStart = s0;
          break;
        }
        back = s0;
      }
      break;
    }
    lineStart = prevStart;
  }
  if (!itemLine(win, lineStart)) return none;
  const item = from + lineStart;
  const rank = markRank(win.slice(lineStart, lineStart + 12));
  // back over the items (and the lines they wrap onto, and the blank lines of a page break): 40 lines, 160 for an item that opens
  // with a document (a list of fourteen documents of four lines each)
  const documentItem = DOCUMENT_ITEM_LINE.test(text.slice(from + lineStart, from + lineStart + 200));
  for (let k = 0; k < (documentItem ? 160 : 40) && lineStart > 0; k++) {
    const prevStart = win.lastIndexOf('\n', lineStart - 2) + 1;
    const line = win.slice(prevStart, lineStart).trimEnd();
    // (a chapeau of an item of the list or of a sub-item under one, and a line of a quoted wording, head no list of this item:
    // "1. Quyết định số A …:\na) Sửa đổi khoản 2 Điều 3 như sau:\n“…”\n2. Quyết định số B …:" — B is an item of the head above 1.)
    // (a sibling's chapeau is one that opens with its document, "1. Quyết định số A …:"; a head may share its items' mark,
    // "- Bãi bỏ các Quyết định sau:\n- Quyết định số …")
    if (line.endsWith(':') && (/^[ \t]*[“"‘«]/u.test(line) || insideQuote(win.slice(prevStart, item - from)) || (rank >= 0 && (markRank(line) > rank || (markRank(line) === rank && (DOCUMENT_ITEM_LINE.test(line) || (GROUP_LABEL.test(line) && !NOT_A_GROUP.test(line)))))))) {
      lineStart = prevStart;
      continue;
    }
    // the head may wrap over two lines ("… các Thông tư sau hết hiệu lực\nthi hành:")
    if (line.endsWith(':')) {
      // (a group's label heads the items under it for the list above it: "Bãi bỏ các văn bản sau:\n1. Lĩnh vực tài chính:\na)
      // Quyết định số …" — the head is the list's)
      const labelRank = markRank(line);
      if (labelRank >= 0 && labelRank < rank && GROUP_LABEL.test(line) && !NOT_A_GROUP.test(line) && (DOCUMENT_ITEM_LINE.test(text.slice(from + lineStart, from + lineStart + 200)) || PLACE_ITEM_LINE.test(text.slice(from + lineStart, from + lineStart + 200))) && depth < 2) {
        const parent = listHeadAt(text, from + prevStart + line.length, depth + 1);
        if (parent.end >= 0 && inListOfItsHead(text, from + prevStart + line.length)) return { head: parent.head, end: from + lineStart, item };
      }
      return { head: win.slice(headStart(win, prevStart), lineStart).trimEnd() + '\n', end: from + lineStart, item };
    }
    // an article heading heads the items right under it, with or without a colon ("Điều 3. Bãi bỏ một số văn bản quy phạm pháp
    // luật do Bộ trưởng Bộ Y tế ban hành\n1. Thông tư số …"); the list goes no further back
    if (ARTICLE_HEADING.test(line)) return { head: inSentenceCase(line) + '\n', end: from + lineStart, item };
    // (a heading may wrap onto a line of its own before the items: "ĐIỀU 1. BÃI BỎ TOÀN BỘ CÁC VĂN BẢN … DO BỘ TRƯỞNG BỘ GIAO
    // THÔNG VẬN TẢI\nBAN HÀNH, LIÊN TỊCH BAN HÀNH\n- Quyết định số …")
    if (prevStart > 0 && !itemLine(win, prevStart) && !/[.;:,][ \t]*$/u.test(line)) {
      const headingStart = win.lastIndexOf('\n', prevStart - 2) + 1;
      const heading = win.slice(headingStart, prevStart - 1).trimEnd();
      if (ARTICLE_HEADING.test(heading) && !/[.;:][ \t]*$/u.test(heading) && heading.length + line.length <= 320) return { head: `${inSentenceCase(`${heading} ${line.trimStart()}`)}\n`, end: from + lineStart, item };
    }
    lineStart = prevStart;
  }
  return none;
}

// a line that opens with a document by its number (or with its places), as the items of a list whose marks a conversion dropped do:
// "Thông tư số 11/2012/TT-BLĐTBXH ngày …;", "Thông tư liên tịch 27/2013/TTLT-…", "Khoản 4 Điều 2 và Điều 3 Quyết định số …"
// a page's number alone on its line, where a conversion kept it inside the text ("4", "- 5 -")
// the Gazette's running header that a converted page leaves between a head and its first item: "CÔNG BÁO/Số 521 + 522/Ngày 12-4-2021"
const RUNNING_HEADER_LINE = /^[ \t]*CÔNG[ ]+BÁO[ \t]*(?:\/|Số[ ])[^\n]{0,80}$/u;
const PAGE_NUMBER_LINE = /^[ \t\u00A0]*(?:[-–][ \t]*)?\d{1,3}(?:[ \t]*[-–])?$/u;
// (the places may carry a note of what they are about: "Khoản 3 Điều 1 (quy định về giới hạn bao thanh toán) Thông tư số A …")
const DOCUMENT_LINE = /^[ \t\u00A0]*(?:(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Pp]hụ[ ]+lục)[ ]+[\dA-Za-zđ]{1,4}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+|[ ]+)(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm)[ ]+[\dA-Za-zđ]{1,4}){0,6}(?:[ ]*\([^()\n]{1,160}\))?[ ]+(?:của[ ]+)?)?(?:Thông[ ]+tư(?:[ ]+liên[ ]+tịch)?|Nghị[ ]+định|Nghị[ ]+quyết|Quyết[ ]+định|Chỉ[ ]+thị|(?:Bộ[ ]+)?Luật|Pháp[ ]+lệnh)[ \t]+(?:số[ \t]+)?\d{1,4}[ ]?\/[\dA-ZĐ]/u;
/**
 * The head of a list whose items lost their marks (a conversion drops a bullet glyph): the mention opens its line, and every
 * line back to a head that ends with a colon, or to an article heading, is an item that opens with a document by its number
 * or a line that item wraps onto ("Bãi bỏ các Thông tư sau đây:\nThông tư số A …;\nThông tư số B …"). 40 lines back at most.
 */
function unmarkedDocumentItem(text: string, pos: number, depth = 0): { head: string; end: number; item: number } | null {
  const item = text.lastIndexOf('\n', pos - 1) + 1;
  if (!/^[ \t\u00A0]*(?:(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm|[Pp]hụ[ ]+lục)[ ]+[\dA-Za-zđ]{1,4}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+|[ ]+)(?:[Kk]hoản|[Đđ]iều|[Đđ]iểm)[ ]+[\dA-Za-zđ]{1,4}){0,6}(?:[ ]*\([^()\n]{1,160}\))?[ ]+(?:của[ ]+)?)?$/u.test(text.slice(item, pos)) || !DOCUMENT_LINE.test(text.slice(item, item + 160))) return null;
  let lineStart = item;
  // (the lines back to the head: items that open with a document, each wrapped over four lines at most; the mention's own line
  // opens one, after a line that ends a sentence, a colon or an article heading — a line wrapped inside a sentence is none)
  let wrapped = 0;
  for (let k = 0; k < 40 && lineStart > 0; k++) {
    let prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    let prev = text.slice(prevStart, lineStart - 1).trimEnd();
    // (a group's label opens items of its own: "Điều 1. Bãi bỏ toàn bộ các văn bản … sau đây\n1. Văn bản do Ủy ban nhân dân thành phố
    // Đồng Hới ban hành:\nQuyết định số A …\n2. Văn bản do Ủy ban nhân dân huyện Lệ Thủy ban hành:\nQuyết định số B …")
    const lineAt = text.slice(lineStart, text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart)).trimEnd();
    const opensItem = DOCUMENT_LINE.test(text.slice(lineStart, lineStart + 80)) || (lineStart !== item && lineAt.endsWith(':') && BARE_GROUP_LABEL.test(lineAt.slice(0, -1)));
    // (back over a page break, blank lines and the page's number alone on its line, "Thông tư này bãi bỏ:\n\n\n4\n\nThông tư số A
    // …": the list goes on over it)
    for (let gap = 0, numbers = 0; (prev === '' || PAGE_NUMBER_LINE.test(prev)) && prevStart > 0; gap++) {
      if (gap >= 8 || (prev !== '' && ++numbers > 1)) return null;
      const s = text.lastIndexOf('\n', prevStart - 2) + 1;
      prev = text.slice(s, prevStart - 1).trimEnd();
      prevStart = s;
    }
    if (prev.endsWith(':') && BARE_GROUP_LABEL.test(prev.slice(0, -1)) && opensItem) {
      lineStart = prevStart;
      wrapped = 0;
      continue;
    }
    if (/^[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:]/u.test(prev) || prev.endsWith(':')) return opensItem ? { head: `${prev}\n`, end: lineStart, item } : null;
    // (a wrapped line may open with a decimal, "87.04 và bộ linh kiện …", a tariff heading and no item's mark)
    if (prev === '' || (LIST_ITEM.test(prev) && !/^[ \t\u00A0]*\d+\.\d+(?![.)\d])/u.test(prev))) {
      // (a marked group's label over the item, after the marked items of the group before it: "Điều 1. Bãi bỏ toàn bộ các văn bản
      // … sau đây\n1. Văn bản do Ủy ban nhân dân huyện A ban hành:\na) Quyết định số …;\nc) Quyết định số ….\n2. Văn bản do Ủy ban
      // nhân dân thị trấn B ban hành:\nQuyết định số C …" — the head is the list's the labels are items of)
      if (prev !== '' && lineStart !== item && lineAt.endsWith(':') && BARE_GROUP_LABEL.test(lineAt.slice(0, -1)) && depth < 2) {
        const parent = listHeadAt(text, lineStart + lineAt.length, depth + 1);
        if (parent.end >= 0 && inListOfItsHead(text, lineStart + lineAt.length)) return { head: parent.head, end: lineStart, item };
      }
      return null;
    }
    // (a line that ends an item is the last of the item before, which must open with a document; a line that does not is wrapped)
    // (or is an item of its own that opens with a document, no stop at its end: "…hết hiệu lực:\nQuyết định số A … Tổng cục Thuế\nQuyết
    // định số B …")
    if (/[.;]$/u.test(prev) || (opensItem && DOCUMENT_LINE.test(prev))) {
      if (!opensItem) return null;
      wrapped = 0;
    } else if (lineStart === item || ++wrapped > 4) return null;
    lineStart = prevStart;
  }
  return null;
}

/**
 * Where the sentence of a list head that ends on the line at `lastLine` starts: back over the lines it wraps onto (three
 * or more at a narrow column, "4. Bãi bỏ các nội dung … tại các\nđiều, khoản của\ncác luật sau đây:"), to its list mark,
 * an article heading or the line after one that ends a sentence; two lines at least, as a head was always read.
 */
function headStart(win: string, lastLine: number): number {
  // (not over a line that ends a sentence before a head that opens an article or an item: "Bộ trưởng … ban hành Thông tư bãi bỏ
  // toàn bộ hoặc một phần …\nĐiều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau:" is headed by its own line)
  const before = win.slice(win.lastIndexOf('\n', lastLine - 2) + 1, Math.max(0, lastLine - 1));
  if (/[.;][ \t]*$/u.test(before) && (/^[ \t]*Điều[ ]+\d/u.test(win.slice(lastLine, lastLine + 16)) || LIST_ITEM.test(win.slice(lastLine, lastLine + 12)))) return lastLine;
  let start = win.lastIndexOf('\n', lastLine - 2) + 1;
  for (let k = 0; k < 4 && start > 0; k++) {
    const line = win.slice(start, start + 16);
    if (LIST_ITEM.test(line) || /^[ \t]*Điều[ ]+\d/u.test(line)) break;
    const prevStart = win.lastIndexOf('\n', start - 2) + 1;
    const prev = win.slice(prevStart, start - 1);
    if (/[.;:][ \t]*$/u.test(prev) || prev.trim() === '') break;
    start = prevStart;
  }
  return start;
}

/** The 500 characters before the first item of the list `pos` is an item of (a head may wrap over more than two lines), or ''. */
export function listLeadIn(text: string, pos: number): string {
  const { end } = listHeadAt(text, pos);
  if (end < 0) return '';
  const lead = text.slice(Math.max(0, end - 500), end);
  // (from after the article's heading when the head is a sentence of its own: "Điều 2. Ngưng hiệu lực văn bản và áp dụng văn
  // bản\nTrong thời gian này, … tiếp tục áp dụng các văn bản sau đây:" is no suspension of them)
  let from = 0;
  for (const m of lead.matchAll(HEADING_LINE_BEFORE_HEAD)) from = (m.index ?? 0) + m[0].length;
  return lead.slice(from);
}
// an article's heading, in capitals too ("ĐIỀU 1. BÃI BỎ …")
// (a heading in capitals is read as one in sentence case, as the heads' patterns are written: "Điều 1. BÃI BỎ MỘT SỐ ĐIỀU, KHOẢN
// CỦA CÁC QUYẾT ĐỊNH …" heads its items as "Điều 1. Bãi bỏ một số điều, khoản của các quyết định …" does)
const inSentenceCase = (heading: string): string => (/\p{Ll}/u.test(heading.replace(/^[ \t]*Điều/u, '')) ? heading : heading.toLowerCase().replace(/^([ \t]*)điều([ ]+\d{1,3}[a-zđ]?[.:][ \t]*)(\p{Ll})/u, (_, a: string, b: string, c: string) => `${a}Điều${b}${c.toUpperCase()}`));
const ARTICLE_HEADING = /^[ \t]*(?:Điều|ĐIỀU)[ ]+\d{1,3}[a-zđ]?[.:]/u;
const HEADING_LINE_BEFORE_HEAD = /(?:^|\n)[ \t]*Điều[ ]+\d{1,3}[a-zđ]?[.:][^\n]*[^:\s][ \t]*\n/gu;

/**
 * Whether the list `pos` is an item of is headed as ending or repealing a part only ("Bãi bỏ một phần các Quyết định sau:"); not
 * one headed "toàn bộ hoặc một phần", whose items say which.
 */
export function listHeadSaysPart(text: string, pos: number): boolean {
  const head = listHead(text, pos);
  return /(?<![\p{L}])(?<!toàn[ \n]+bộ[ \n]+hoặc[ \n]+)một[ \n]+phần(?![\p{L}])(?![ \n]+hoặc[ \n]+toàn[ \n]+bộ)/iu.test(head) && /(?<![\p{L}])(?:bãi[ \n]+bỏ|hết[ \n]+hiệu[ \n]+lực)(?![\p{L}])/iu.test(head) && inListOfItsHead(text, pos);
}

/** Whether the mention at `pos` is an item of a list whose head says "bãi bỏ" ("…, bãi bỏ các quy định sau:"). */
export function inRepealList(text: string, pos: number): boolean {
  const { head } = listHeadAt(text, pos);
  // (or revokes them: "Điều 1. Thu hồi các quyết định sau đây:")
  if (/(?<![\p{L}])(?:bãi[ \n]+bỏ|thu[ \n]+hồi)(?![\p{L}])/iu.test(head) && inListOfItsHead(text, pos)) return true;
  // (or a row of the table such a head opens, read one cell a line: "Điều 1. Bãi bỏ toàn bộ các văn bản sau:\nSTT\n…\n2\nThông tư số …",
  // no article starting between)
  const tableHead = tableHeadOfRow(text, pos);
  return tableHead !== null && /(?<![\p{L}])bãi[ \n]+bỏ/iu.test(tableHead);
}

/**
 * The head of the table the mention at `pos` is a row of, a table read one cell a line ("…:\nSTT\n…\n2\nThông tư số …"): the
 * last line above that ends with a colon, no article starting between; null when the mention opens no row.
 */
export function tableHeadOfRow(text: string, pos: number, { longCells = false } = {}): string | null {
  // (cells before the mention may be long descriptions, "1\nLệ phí cấp giấy phép thành lập và hoạt động của ngân hàng\nThông tư số
  // …", where the head names the documents the rows change; a repeal's rows are read by the stricter start)
  if (!(longCells ? ROW_START_AFTER_LONG_CELLS : TABLE_ROW_START).test(text.slice(Math.max(0, pos - (longCells ? 500 : 120)), pos))) return null;
  const above = text.slice(Math.max(0, pos - 3000), pos);
  const colon = [...above.matchAll(LINE_ENDING_WITH_COLON)].pop();
  const heading = [...above.matchAll(ARTICLE_HEADING_LINE)].pop();
  const afterHeading = heading === undefined || colon === undefined || (colon.index ?? 0) >= (heading.index ?? 0);
  if (colon !== undefined && afterHeading && !/\n[ \t]*Điều[ ]+\d/u.test(above.slice((colon.index ?? 0) + colon[0].length))) {
    // (a label of the rows' issuer under the article heading that acts on them: "Điều 1. Bãi bỏ toàn bộ các văn bản … sau đây\n1. Văn
    // bản do Ủy ban nhân dân tỉnh Bình Định (cũ) ban hành:\nSTT\n…")
    const line = (colon[1] as string).trim();
    const label = BARE_GROUP_LABEL.test(line.slice(0, -1)) || (GROUP_LABEL.test(line) && !NOT_A_GROUP.test(line) && !DOCUMENT_ITEM_LINE.test(line));
    return heading !== undefined && label ? `${(heading[1] as string).trim()} ${line}` : (colon[1] as string);
  }
  // (or an article heading with no colon that names its rows "sau đây": "Điều 1. Bãi bỏ toàn bộ các Quyết định sau đây của Thủ tướng
  // Chính phủ\nSTT\nSố, ký hiệu\n…\n1\n195/1999/QĐ-TTg")
  return heading !== undefined && /(?<![\p{L}])sau(?:[ ]+đây)?(?![\p{L}])/u.test(heading[1] as string) ? (heading[1] as string) : null;
}
const ARTICLE_HEADING_LINE = /(?:^|\n)[ \t]*(Điều[ ]+\d{1,3}[a-zđ]?[.:][^\n]{0,300})(?=\n)/gu;
const ROW_START_AFTER_LONG_CELLS = /(?<!(?:^|[^\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ[ \n]+lục|[Mm]ẫu|số)[ \t]*)\n[ \t]*\d{1,4}[ \t]*\n(?:[ \t]*\p{L}[^\n\d:]{0,160}\n){0,3}[ \t]*$/u;
const LINE_ENDING_WITH_COLON = /(?:^|\n)([^\n]*:)[ \t]*(?=\n)/gu;

/**
 * Whether the line of `pos` is an item of the list its head opens: an item of the list has the mark of its first item
 * ("2. …" after the items "a) … c)" of clause 1 is clause 2; "c) …" after a point b) whose own line ends "…:" is no item
 * of b's list), or wraps without one.
 */
/** Whether the mention is an item of a list this document repeals ("Bãi bỏ các văn bản sau:\n1. Thông tư số …", an article heading that repeals). */
export function listedForRepeal(text: string, pos: number): boolean {
  const head = listHead(text, pos);
  // (a head that records endings, "Các văn bản sau đây đã hết hiệu lực:", "Công bố … hết hiệu lực thi hành:", is no repeal)
  return ((ENDING_LIST.test(head) && /(?<![\p{L}])[Bb]ãi[ \n]+bỏ(?![\p{L}])/u.test(head)) || REPEALING_HEADING.test(head) || ENDING_HEADING.test(head)) && inListOfItsHead(text, pos);
}

export function inListOfItsHead(text: string, pos: number): boolean {
  const { end, item } = listHeadAt(text, pos);
  if (end < 0) return false;
  const markOf = (line: string): string => (/^[ \u00A0]*(?:([a-zđ])[)]|(\d+)[.)]|([-+•]))/u.exec(line)?.slice(1).findIndex((x) => x !== undefined) ?? -1).toString();
  // (labels of a higher rank may group the items under the head, "Bãi bỏ các văn bản sau đây:\nI. Văn bản do Ủy ban nhân dân tỉnh A
  // ban hành\n1. Quyết định số …": the list's first item is the first line under them)
  // (past the blank lines a page break leaves between the head and its first item: "… sau đây: \n\n \n  \n1. Thông tư số …", and the
  // page's number alone on its line: "3. Bãi bỏ:\n9\n\na) Điều 10 Thông tư số …", and the Gazette's running header)
  let first = end;
  for (let k = 0; k < 8; k++) {
    const next = text.indexOf('\n', first);
    const line = next < 0 || next - first > 200 ? null : text.slice(first, next);
    if (line === null || !(/^[ \t\u00A0]*$/u.test(line) || PAGE_NUMBER_LINE.test(line) || RUNNING_HEADER_LINE.test(line))) break;
    first = next + 1;
  }
  for (let k = 0; k < 3 && markRank(text.slice(first, first + 12)) === 0 && markRank(text.slice(item, item + 12)) > 0; k++) {
    const next = text.indexOf('\n', first);
    if (next < 0 || next > item) break;
    first = next + 1;
  }
  // (the first item of the item's own group, when labels group them, with or without a colon: "Bãi bỏ … sau đây:\n1. Lĩnh vực tài
  // chính\na) Quyết định số A …\n2. Lĩnh vực nông nghiệp\n- Quyết định số B …")
  const isLabel = (line: string): boolean => BARE_GROUP_LABEL.test(line.replace(/:[ \t]*$/u, '')) || (GROUP_LABEL.test(line.trimEnd()) && !NOT_A_GROUP.test(line) && !DOCUMENT_ITEM_LINE.test(line));
  // (not when the item is a label itself, an item of the list above the labels: "2. Lĩnh vực xây dựng:" after "1. Lĩnh vực tài chính:")
  const itemEnd = text.indexOf('\n', item);
  const itemRank = markRank(text.slice(item, item + 12));
  if (!isLabel(text.slice(item, itemEnd < 0 ? text.length : itemEnd))) for (let at = first, k = 0; at < item && k < 200; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0 || next >= item) break;
    const line = text.slice(at, next);
    // (a label of a coarser mark than the item's: "1. Hồ sơ gồm:" in a quoted wording before "2. Quyết định số …" is no group's)
    // (or any marked label over items whose marks a conversion dropped: "1. Văn bản do Ủy ban nhân dân thành phố Đồng Hới ban
    // hành:\nQuyết định số …")
    // (or an issuer's label with no mark at all over marked items: "Điều 1. Bãi bỏ các văn bản sau đây\nVăn bản của Bộ Chính trị\n1. Quy
    // định số …")
    if ((isLabel(line) && markRank(line) >= 0 && (markRank(line) < itemRank || itemRank < 0)) || (itemRank >= 0 && UNMARKED_ISSUER_LABEL.test(line))) first = next + 1;
    at = next + 1;
  }
  return markOf(text.slice(first, first + 12)) === markOf(text.slice(item, item + 12));
}
// a group's label without a colon, marked, naming a field or an issuer: "1. Lĩnh vực tài chính", "II. VĂN BẢN DO HỘI ĐỒNG NHÂN DÂN
// TỈNH BAN HÀNH"
const UNMARKED_ISSUER_LABEL = /^[ \t]*(?:Các[ ]+)?(?:Văn[ ]+bản|VĂN[ ]+BẢN)[ ]+(?:do|của|DO|CỦA)[ ][^\n.;:]{1,120}:?[ \t]*$/u;
const BARE_GROUP_LABEL = /^[ \t]*(?:\d{1,2}|[IVXLC]{1,6})[.)][ \t]+(?:Lĩnh[ ]+vực|LĨNH[ ]+VỰC|Văn[ ]+bản[ ]+(?:do|của)|VĂN[ ]+BẢN[ ]+(?:DO|CỦA)|Nhóm|NHÓM)(?![\p{L}])[^\n.;:]{0,120}$/u;
