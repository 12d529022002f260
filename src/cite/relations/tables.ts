/** Tables of documents, one cell a line or between pipes: a row's act and pinpoint read from its cells and its table's head. */
import { withoutQuotedWords } from './clauses.js';
import { typeNameOf } from '../phrases.js';
import { CLAUSE_MARK, NAMES_A_DOCUMENT, NOT_A_FORMS_NUMBER, OBJECT_END, PAPER_OBJECT, PLACES_CELL, PROCEDURE_OBJECT, THIS_DOCUMENT } from './patterns.js';

/**
 * The line that heads the table a row of which holds `pos` ("2. Danh mục văn bản hết hiệu lực kể từ ngày Thông tư này có hiệu lực
 * thi hành:" over a table of documents), or '': back over the table's short lines (its header, its rows, one cell a line as the
 * corpus's conversions write them) to the first line that ends with a colon, never past an article or a clause of its own.
 */
export function tableHead(text: string, pos: number): string {
  let end = text.lastIndexOf('\n', pos - 1);
  for (let k = 0; k < 400 && end > 0 && pos - end < 20_000; k++) {
    const startOf = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(startOf, end).trimEnd();
    // (the head's next line opens the table: its header, a row's number alone or a row between pipes; a cell of an earlier row
    // that ends with a colon, "- Văn bản bãi bỏ một phần:\nNghị định số …", heads nothing)
    if (line.endsWith(':')) return TABLE_OPENING.test(text.slice(end + 1, end + 80)) ? text.slice(text.lastIndexOf('\n', startOf - 2) + 1, end).replace(/^[^\n]*[.;][ \t]*\n/u, '') + '\n' : '';
    // (a group's label in capitals, "I. LĨNH VỰC THƯƠNG MẠI BIÊN GIỚI", is a row of the table, not a clause of its own)
    if (line.length > 300 || /^[ \t]*(?:Điều[ ]+\d|(?:\d{1,2}[.)]|[a-zđ][)])[ \t]+\p{L}|[IVXLC]{1,6}\.[ \t](?=[^\n]*\p{Ll}))/u.test(line)) return '';
    end = startOf - 1;
  }
  return '';
}
const TABLE_OPENING = /^[ \t]*(?:\|[ \t]*(?:Số[ \t]+)?(?:STT|TT|\d{1,4})[ \t]*\||(?:Số[ \t]+)?(?:STT|TT)(?![\p{L}])|\d{1,4}[ \t]*\n)/u;
// a cell that says what the row does: "Sửa đổi", "Bãi bỏ Điều 8", "Thay thế Phụ lục I"
const ACT_CELL = /^(?:(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|thay(?=[ ]+(?:các[ ]+)?(?:cụm[ ]+)?từ(?![\p{L}]))|điều[ ]+chỉnh|sửa[ ]+lại)(?:[ ]*(?:,|và)[ ]*(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|điều[ ]+chỉnh))*|(bãi[ ]+bỏ|bỏ|h(?:ủy|uỷ)[ ]+bỏ))(?![\p{L}])/iu;
// a table of proposals, of a review or of a publication, or of the legal basis of procedures, not of acts: its header or the lines
// above it say so
const PROPOSAL_TABLE = /(?<![\p{L}])(?:căn[ \n]+cứ[ \n]+pháp[ \n]+lý|đề[ \n]+nghị|đề[ \n]+xuất|kiến[ \n]+nghị|dự[ \n]+kiến|rà[ \n]+soát|cần|hướng[ \n]+xử[ \n]+lý|phương[ \n]+án|công[ \n]+bố|thông[ \n]+báo|tiếp[ \n]+tục|còn[ \n]+hiệu[ \n]+lực|giữ[ \n]+nguyên|tình[ \n]+hình|kết[ \n]+quả|đã[ \n]+(?:được[ \n]+|bị[ \n]+)?(?:bãi|sửa|thay|hủy|huỷ))(?![\p{L}])/iu;
// the column of a document's title: a verb there is the title's ("Sửa đổi Quyết định số …"), not the row's
// what proposes whatever the head says: a proposal, a plan's "cần", a forecast
const STRONG_PROPOSAL = /(?<![\p{L}])(?:đề[ \n]+nghị(?![ \n]+của)|đề[ \n]+xuất|kiến[ \n]+nghị|dự[ \n]+kiến|cần(?![ \n]+thiết)|tình[ \n]+hình[ \n]+thực[ \n]+hiện|kết[ \n]+quả[ \n]+thực[ \n]+hiện)(?![\p{L}])/iu;
const NOTE_COLUMN = /^(?:ghi[ ]+chú|tên[ ]+dự[ ]+án|dự[ ]+án)$/iu;
const TITLE_COLUMN = /^(?:trích[ ]+yếu|tên[ ]+(?:văn[ ]+bản|gọi)|nội[ ]+dung[ ]+văn[ ]+bản|tên,[ ]+trích[ ]+yếu)/iu;
const HEAD_REPLACED_BY_THIS = new RegExp(String.raw`(?:do|bằng)[ \n]+${THIS_DOCUMENT}[ \n]+thay[ \n]+thế|${THIS_DOCUMENT}(?:[^.;:]{0,120}?[ ,])?thay[ \n]+thế[ \n]+(?:các|những)|(?:^|\n)[ \t]*(?:${CLAUSE_MARK}[ \t]*)?Thay[ \n]+thế[ \n]+(?:các|những)`, 'iu');
// "Các Thông tư sau đây hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực:" over a table: its rows end as that sentence
// would end them (not "đã hết hiệu lực", nor a published list's "Danh mục văn bản hết hiệu lực", which names no day of this act)
const HEAD_LAPSES_BY_THIS = new RegExp(String.raw`(?<![\p{L}])(?<!đã[ \n]+)(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi)[ \n]+${THIS_DOCUMENT}`, 'u');
const HEAD_REPEALS = /(?<![\p{L}])(?<!(?:được|bị|đã)[ \n]+)(?:bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ)(?![\p{L}])|(?<![\p{L}])(?:bị|được)[ \n]+(?:bãi[ \n]+bỏ|h(?:ủy|uỷ)[ \n]+bỏ)(?![ \n]+(?:bởi|theo|tại))/iu;
const HEAD_AMENDS = /(?<![\p{L}])(?<!(?:được|bị|đã)[ \n]+)(?:sửa[ \n]+đổi|thay[ \n]+thế)(?:[ \n]*,[ \n]*(?:bổ[ \n]+sung|thay[ \n]+thế))?[ \n]+(?:các[ \n]+)?(?:biểu[ \n]+mẫu|mẫu|phụ[ \n]+lục|điều|khoản|nội[ \n]+dung|quy[ \n]+định|(?:bảng|biểu)(?![\p{L}]))/iu;

/** The cells of a table row, split by pipes, tabs or spaced dashes (" – "), with where each starts in the line; null for no row. */
function tableCells(line: string): Array<{ from: number; text: string }> | null {
  // (spaced dashes part cells only in a row that opens with its number: "2021 – 2025" in prose is a span of years)
  const sep = (line.match(/\|/gu)?.length ?? 0) >= 2 ? '|' : (line.match(/\t/gu)?.length ?? 0) >= 2 ? '\t' : (line.match(/ [–—] /gu)?.length ?? 0) >= 2 && /^[ \t]*(?:\d{1,4}|STT|TT)[ \t]*[–—][ \t]/u.test(line) ? / [–—] /u : null;
  if (sep === null) return null;
  const cells: Array<{ from: number; text: string }> = [];
  let from = 0;
  for (const cell of line.split(sep)) {
    cells.push({ from, text: cell });
    from += cell.length + (typeof sep === 'string' ? 1 : 3);
  }
  return cells;
}

/**
 * The row of a table (pipes, tabs or spaced dashes) a mention opens a cell of: the row's line start, its cells, the mention's cell,
 * and the table's header row (the first of the run of rows above it; none when the row is the first). A row is a short line,
 * looked for within 1 200 characters, so a text of one long line costs no pass per mention.
 */
function rowAt(text: string, start: number, anywhere = false): { ls: number; cells: Array<{ from: number; text: string }>; index: number; top: number; headerLine: string; header: Array<{ from: number; text: string }> | null } | null {
  const back = text.slice(Math.max(0, start - 1200), start).lastIndexOf('\n');
  if (back < 0 && start > 1200) return null;
  const ls = back < 0 ? 0 : Math.max(0, start - 1200) + back + 1;
  const ahead = text.slice(start, start + 1200).indexOf('\n');
  if (ahead < 0 && start + 1200 < text.length) return null;
  const le = ahead < 0 ? text.length : start + ahead;
  if (le - ls > 1200) return null;
  const cells = tableCells(text.slice(ls, le));
  if (cells === null) return null;
  const index = cells.findIndex((c) => ls + c.from <= start && start <= ls + c.from + c.text.length);
  if (index < 0 || (!anywhere && text.slice(ls + (cells[index] as { from: number }).from, start).trim() !== '')) return null;
  let top = ls;
  for (let k = 0; k < 40 && top > 0; k++) {
    const prev = text.lastIndexOf('\n', top - 2) + 1;
    const line = text.slice(prev, top - 1);
    if (tableCells(line) === null && !/^[ \t]*\|?[ \t]*:?-{3,}/u.test(line)) {
      // (a page's number alone on its line between two rows, where the conversion broke the table over a page, is no end of it)
      const before = prev > 0 ? text.lastIndexOf('\n', prev - 2) + 1 : -1;
      if (before >= 0 && /^[ \t]*\d{1,3}[ \t]*$/u.test(line) && tableCells(text.slice(before, prev - 1)) !== null) {
        top = before;
        continue;
      }
      break;
    }
    top = prev;
  }
  const headerLine = top < ls ? text.slice(top, text.indexOf('\n', top)) : '';
  return { ls, cells, index, top, headerLine, header: top < ls ? tableCells(headerLine) : null };
}

/**
 * The act of a row of a table whose cell opens with the mention: the verb of another cell of the row ("| 1 | Sửa đổi | khoản 2
 * Điều 5 | Quyết định số … |"), or, without one, what the lines above the table say of its rows ("Bãi bỏ các Nghị quyết sau:",
 * "DANH MỤC VĂN BẢN BỊ BÃI BỎ MỘT PHẦN", "… hết hiệu lực do Quyết định này thay thế", "Sửa đổi, thay thế các biểu mẫu …"), with
 * the places a cell names (the whole, for a repeal or a replacement that names none). Pipes, tabs or spaced dashes part the
 * cells. `cites` when the table proposes, reviews or publishes (PROPOSAL_TABLE); null when the mention opens no cell or nothing
 * acts. Whether the document acts at all is the caller's. Bounded: 40 lines above the row.
 */
export function tableRowAct(text: string, start: number): { relation: 'amends' | 'repeals' | 'replaces' | 'cites'; part: string | null; lapses?: true; kept?: string } | null {
  const row = rowAt(text, start);
  if (row === null) return null;
  const { cells, top, headerLine, header } = row;
  const own = cells[row.index] as { from: number; text: string };
  // (up to three lines above it, to the nearest that ends with a colon: "Các văn bản tiếp tục có hiệu lực:" under "Điều 1. Bãi bỏ
  // …" heads its own table)
  let above = top;
  for (let k = 0; k < 3 && above > 0; k++) {
    above = text.lastIndexOf('\n', above - 2) + 1;
    if (/:[ \t]*$/u.test(text.slice(above, top).split('\n')[0] ?? '')) break;
  }
  const head = text.slice(above, top);
  // (a column that says how each row's document is disposed of, under a lead-in that is this document's effect: "2. Kể từ ngày Quyết
  // định này có hiệu lực, các văn bản … được xử lý như sau:\n| STT | Văn bản | Cơ quan ban hành | Xử lý |\n| 1 | Quyết định số A … |
  // … | Được thay thế bởi Quyết định này |", "| 2 | … | Bãi bỏ |", "| 3 | … | Hết hiệu lực |")
  const disposalAt = header === null ? -1 : header.findIndex((h) => DISPOSAL_COLUMN.test(h.text.trim().replace(/\s+/gu, ' ')));
  const firstCell = cells.findIndex((c) => c.text.trim() !== '' && !/^[ \t]*\d{1,4}[.)]?[ \t]*$/u.test(c.text));
  if (disposalAt > row.index && firstCell === row.index) {
    const act = DISPOSAL_CELL.exec((cells[disposalAt] as { text: string }).text.trim().replace(/\s+/gu, ' '));
    const leadIn = withoutQuotedWords(head);
    if (act !== null && !OTHER_ACTOR.test(act.groups?.reason ?? '') && ACTING_LEAD_IN.test(leadIn) && !STRONG_PROPOSAL.test(head + headerLine)) {
      const g = act.groups ?? {};
      const places = g.places ?? (g.part !== undefined ? '' : null);
      if (g.lapse !== undefined) return { relation: 'repeals', part: places, lapses: true };
      return { relation: g.replace !== undefined ? 'replaces' : 'repeals', part: places };
    }
  }
  let relation: 'amends' | 'repeals' | 'replaces' | null = null;
  let part: string | null = null;
  let whole = false;
  let kept: string | null = null;
  cells.forEach((c, i) => {
    if (c === own) return;
    const cell = c.text.trim().replace(/\s+/gu, ' ');
    const titleColumn = header !== null && TITLE_COLUMN.test((header[i]?.text ?? '').trim());
    const noteColumn = header !== null && NOTE_COLUMN.test((header[i]?.text ?? '').trim());
    const verb: RegExpExecArray | null = relation === null && !titleColumn && !noteColumn && !NAMES_A_DOCUMENT.test(cell) ? ACT_CELL.exec(cell) : null;
    if (verb) {
      const object = withoutQuotedWords(cell.slice(verb[0].length));
      // (a paper struck out of a procedure changes the provision that lists it: "Bỏ thành phần hồ sơ “…”")
      relation = verb[1] !== undefined && !PROCEDURE_OBJECT.test(object) && !PAPER_OBJECT.test(object) ? 'repeals' : 'amends';
      const end = OBJECT_END.exec(object);
      const place = (end ? object.slice(0, end.index) : object).trim();
      // ("Bãi bỏ toàn bộ Điều 5": the whole of a place, still a part)
      const wholeOf = /^toàn[ ]+bộ[ ]+(?=(?:các[ ]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hần|[Pp]hụ[ ]+lục|[Mm]ẫu|[Bb]iểu)(?![\p{L}]))/iu.exec(place);
      if (wholeOf) part ??= place.slice(wholeOf[0].length);
      else if (/^toàn[ ]+bộ/iu.test(place)) whole = true;
      else if (PLACES_CELL.test(place)) part ??= place;
    } else if (!titleColumn && PLACES_CELL.test(cell)) {
      // ("Toàn bộ, trừ Điều 6": the whole but what it keeps)
      const keeps = /^[Tt]oàn[ ]+bộ[ ]*[,;(]?[ ]*(?:trừ|ngoại[ ]+trừ)[ ]+([^|]{1,200}?)[ )]*$/u.exec(cell);
      if (keeps) {
        whole = true;
        kept = (keeps[1] as string).trim();
      } else if (/^[Tt]oàn[ ]+bộ/u.test(cell)) whole = true;
      else part = cell;
    }
  });
  // (in a table of proposals, a review, a report or a publication, the verbs are what is proposed or what others did: the row acts
  // on nothing)
  // (a head that acts itself wins over the weaker words: "Bãi bỏ các Quyết định sau đây do không còn phù hợp với tình hình thực
  // tế:", a column "Căn cứ pháp lý" or "Lý do bãi bỏ (kết quả rà soát)")
  const saidAbove = withoutQuotedWords(head);
  const headActs = HEAD_REPLACED_BY_THIS.test(saidAbove) || HEAD_REPEALS.test(saidAbove) || HEAD_AMENDS.test(saidAbove);
  if (STRONG_PROPOSAL.test(head + headerLine) || (!headActs && (PROPOSAL_TABLE.test(head) || PROPOSAL_TABLE.test(headerLine)))) return { relation: 'cites', part: null };
  // (a verb cell acts on the places it or another cell names, or on the whole: "Điều chỉnh lần 2", "Điều chỉnh tổng mức đầu tư",
  // "Bổ sung vốn" in a list of projects name none)
  if (relation !== null && part === null && !whole) return null;
  if (relation === null) {
    // (the head speaks of the row's subject, its first cell after the number: a document in another column is its basis or a
    // note, "| 1 | Cấp Giấy phép bán lẻ rượu | Nghị định số 17/2020/NĐ-CP |" under a list of procedures)
    // (the places of the row's document may stand before it, "| 1 | Khoản 2 Điều 6 và Điều 9 | Nghị định số … |" under "Bãi bỏ một
    // phần các văn bản … sau đây": the cell read as the part is none)
    // (nor is a cell that names the row's document type, before its number in a column of its own: "| 1 | Quyết định | 10/2006/QĐ-BTM |")
    const subject = cells.find((c) => c.text.trim() !== '' && !/^[ \t]*\d{1,4}[.)]?[ \t]*$/u.test(c.text) && !(part !== null && c.text.trim().replace(/\s+/gu, ' ') === part) && typeNameOf(c.text.trim()) === undefined);
    if (subject !== own) return null;
    const said = withoutQuotedWords(head + headerLine);
    let lapses = false;
    if (HEAD_REPLACED_BY_THIS.test(said)) relation = 'replaces';
    else if (HEAD_REPEALS.test(said)) relation = 'repeals';
    else if (HEAD_AMENDS.test(said)) relation = 'amends';
    else if (HEAD_LAPSES_BY_THIS.test(said)) {
      relation = 'repeals';
      lapses = true;
    } else return null;
    if (lapses) return { relation, part: whole ? null : part, lapses: true, ...(whole && kept !== null ? { kept } : {}) };
    if (relation !== 'amends' && part === null && !whole && /(?<![\p{L}])một[ \n]+phần(?![\p{L}])/iu.test(said)) part = '';
  }
  if (relation === 'amends') return { relation, part: part ?? '' };
  return { relation, part: whole ? null : part, ...(whole && kept !== null ? { kept } : {}) };
}

// the column of a table of ended documents that says how much of each ends: "Phần bị thay thế", "Nội dung bãi bỏ", "Phạm vi hết
// hiệu lực", "Phạm vi được thay thế"
const EXTENT_COLUMN = /^(?:(?:phần|nội[ ]+dung|phạm[ ]+vi)(?:[ ]+(?:văn[ ]+bản[ ]+)?(?:bị[ ]+|được[ ]+)?(?:bãi[ ]+bỏ|thay[ ]+thế|hết[ ]+hiệu[ ]+lực))|phạm[ ]+vi|mức[ ]+độ(?:[ ]+(?:hết[ ]+hiệu[ ]+lực|bãi[ ]+bỏ|thay[ ]+thế|xử[ ]+lý))?)$/iu;
// a cell that says a part goes, and which in parentheses: "Một phần (Điều 8 về phân cấp quản lý hệ thống thoát nước)"
const PART_CELL = /^[Mm]ột[ ]+phần[ ]*(?:\(([^()]{1,300})\)|[:–-][ ]*(.{1,300}))?[ ]*\.?$/u;
const WHOLE_CELL = /^(?:toàn[ ]+(?:bộ|văn[ ]+bản)(?:[ ]+văn[ ]+bản)?|cả[ ]+văn[ ]+bản)\.?$/iu;
const LONE_NUMBER = /^[ \t]*(\d{1,3})[.)]?[ \t]*$/u;
const GROUP_NUMERAL = /^[ \t]*[IVX]{1,4}[.)]?[ \t]*$/u;

/**
 * The header and the row of a table read one cell a line that the mention at `start` opens a row of: the header from "STT" to the
 * first row's number (without the row of the columns' numbers some tables carry), the row from the mention's line to the next row's
 * number, a blank line or an article; undefined when either cannot be read.
 */
function lineTableRow(text: string, start: number): { header: string[]; row: string[]; before: string[]; rowStart: number } | undefined {
  const lines = (from: number, to: number): string[] => text.slice(from, to).split('\n');
  // the row's number: alone on one of the three lines above the mention's
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const aboveFrom = Math.max(0, text.lastIndexOf('\n', Math.max(0, lineStart - 2)) - 400);
  const above = lines(aboveFrom, lineStart).slice(0, -1);
  let rowNumber = -1;
  let rowAt = -1;
  for (let k = above.length - 1; k >= Math.max(0, above.length - 3); k--) {
    const n = LONE_NUMBER.exec(above[k] as string);
    if (n) {
      rowNumber = Number(n[1]);
      rowAt = k;
      break;
    }
  }
  if (rowNumber < 1) return undefined;
  // the header: the lines from "STT" to the first row's number, within 60 lines above
  const before = lines(Math.max(0, lineStart - 6000), lineStart).slice(0, -1);
  const rowLine = before.length - (above.length - rowAt);
  let header: string[] | null = null;
  for (let k = rowLine; k >= Math.max(0, rowLine - 60); k--) {
    if (/^[ \t]*(?:STT|TT|Số[ ]+TT)[ \t]*$/iu.test(before[k] as string)) {
      // (up to the first row's number, or a group's Roman numeral above it: "I\nVĂN BẢN BỊ BÃI BỎ TOÀN BỘ\n1\n…")
      const first = before.findIndex((l, i) => i > k && (/^[ \t]*1[.)]?[ \t]*$/u.test(l) || GROUP_NUMERAL.test(l)));
      // (without the row of the columns' numbers some tables carry, "(1)\n(2)\n…")
      if (first > k && first <= rowLine) header = before.slice(k, first).map((l) => l.trim().replace(/\s+/gu, ' ')).filter((l) => !/^\(\d{1,2}\)$/u.test(l));
      break;
    }
  }
  if (header === null || header.length < 3) return undefined;
  const after = lines(lineStart, Math.min(text.length, lineStart + 4000));
  const row: string[] = [];
  const filledBefore = above.length - rowAt;
  for (const l of after) {
    // (nor, once the row has all its cells, the next item of the text: "…\n01/01/2025\n2. Văn bản hết hiệu lực do bị bãi bỏ: …")
    if (row.length + filledBefore >= header.length && /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]+\p{Lu}/u.test(l)) break;
    // (an article heading has its mark: "Điều 5 và Phụ lục 2" is a cell; a Latin Ð and a space before the mark are conversion noise)
    // (nor a section's heading after the table: "II. KIẾN NGHỊ")
    if (LONE_NUMBER.exec(l)?.[1] === String(rowNumber + 1) || GROUP_NUMERAL.test(l) || l.trim() === '' || /^[ \t]*(?:[ĐÐ]iều[ ]+\d{1,3}[a-zđ]?[ ]?[.:][ \t]|Nơi[ ]+nhận|PHỤ[ ]+LỤC|[IVX]{1,4}\.[ \t]+\p{Lu}{2})/u.test(l)) break;
    row.push(l.trim().replace(/\s+/gu, ' '));
  }
  // (the row's lines above the mention's, from its number: the cells before the mention's)
  const cellsBefore = above.slice(rowAt).map((l) => l.trim().replace(/\s+/gu, ' '));
  const rowStart = aboveFrom + above.slice(0, rowAt).reduce((n, l) => n + l.length + 1, 0);
  return { header, row, before: cellsBefore, rowStart };
}

/**
 * Whether the mention at `start` stands in the title cell of a row of a table read one cell a line whose row names its document by
 * number in an earlier column ("STT\nSố, ký hiệu\nNgày ban hành\nTrích yếu\n…\n3\n456/QĐ-UBND\n25/02/2022\nBổ sung thành viên Ban
 * Chỉ đạo … được kiện toàn tại Quyết định số 2876/QĐ-UBND"): words of the row's document's title, on which the table's head does
 * nothing.
 */
export function inLineTableTitleCell(text: string, start: number): boolean {
  const table = lineTableRow(text, start);
  if (table === undefined) return false;
  const column = table.before.length;
  return TITLE_COLUMN.test(table.header[column] ?? '') && table.header.slice(0, column).some((h) => NUMBER_COLUMN.test(h)) && table.before.slice(1).some((c) => NUMBER_CELL.test(c));
}
const NUMBER_COLUMN = /^số(?:[ ]*,[ ]*|[ ]+)(?:ký[ ]+)?hiệu(?:[ ]+văn[ ]+bản)?$/iu;
const NUMBER_CELL = /^(?:[\p{L} ]{0,30}số[ ]+)?\d{1,5}[/-]/u;

/**
 * How much of a document a row of a table read one cell a line ends, when the table's header has a column for it ("STT\nSố, ký
 * hiệu\nNgày ban hành\nTrích yếu\nPhần bị thay thế\n1\n08/2007/QĐ-UBND\n…\nToàn văn bản\n2\n…"): the row's cell in that column,
 * counted from the row's end (a title cell may wrap over lines, the cells after it do not): null for the whole ("Toàn văn bản",
 * "Toàn bộ"), the places for a part ("Điều 5 và Phụ lục 2"); undefined when the row, the header or the cell cannot be read.
 */
export function lineTableRowExtent(text: string, start: number): string | null | undefined {
  const table = lineTableRow(text, start);
  if (table === undefined) return undefined;
  const { header, row } = table;
  const column = header.findIndex((h) => EXTENT_COLUMN.test(h));
  if (column < 1) return undefined;
  const cell = row[row.length - (header.length - column)];
  if (cell === undefined || row.length < header.length - 1) return undefined;
  if (WHOLE_CELL.test(cell)) return null;
  const partly = PART_CELL.exec(cell.trim());
  if (partly !== null) {
    const places = (partly[1] ?? partly[2] ?? '').trim();
    return PLACES_CELL.test(places) ? places : 'một phần';
  }
  return PLACES_CELL.test(cell) ? cell : undefined;
}

// a row of an acting table that names an item of a document's list, then the document, then what changes ("STT\nTên dịch vụ sự
// nghiệp công\nDanh mục tại văn bản\nNội dung điều chỉnh\n3\nKiểm nghiệm … phân bón …\nQuyết định số A\nBãi bỏ"): the act is on
// that item of the document, a part
const ITEM_ACTION_COLUMN = /^(?:nội[ ]+dung|hình[ ]+thức)[ ]+(?:điều[ ]+chỉnh|thay[ ]+đổi|sửa[ ]+đổi(?:[ ]*,[ ]*bổ[ ]+sung)?(?:[ ]*,[ ]*bãi[ ]+bỏ)?)$/iu;
const ITEM_DOCUMENT_COLUMN = /(?:^|[ ])(?:văn[ ]+bản|quyết[ ]+định|thông[ ]+tư|nghị[ ]+định|nghị[ ]+quyết)$/iu;
/** What such a row does to the document a later cell of it names, and the item it acts on; undefined elsewhere. */
export function lineTableRowItemAction(text: string, start: number): { relation: 'amends' | 'repeals'; part: string } | undefined {
  const table = lineTableRow(text, start);
  if (table === undefined) return undefined;
  const { header, row, before, rowStart } = table;
  // (the number's cell, the item's, then the mention's: the row has the header's cells, the last one the act)
  if (before.length !== 2 || before.length + row.length !== header.length || row.length < 2) return undefined;
  if (!ITEM_ACTION_COLUMN.test(header[header.length - 1] ?? '') || !ITEM_DOCUMENT_COLUMN.test(header[before.length] ?? '')) return undefined;
  const act = ROW_ACTION.exec(row[row.length - 1] ?? '');
  if (act === null) return undefined;
  // (under a lead-in of this document's own act, not a proposal's or a review's)
  const headerStart = lineTableHeaderStart(text, rowStart);
  if (headerStart < 0) return undefined;
  // (the line right above the header, not the preamble's "Theo đề nghị của …" above it)
  const leadIn = withoutQuotedWords(text.slice(text.lastIndexOf('\n', Math.max(0, headerStart - 2)) + 1, headerStart));
  if (STRONG_PROPOSAL.test(leadIn) || PROPOSAL_TABLE.test(leadIn) || PROPOSAL_TABLE.test(header.join(' '))) return undefined;
  return { relation: act.groups?.repeal !== undefined ? 'repeals' : 'amends', part: before[1] as string };
}

// the column of an acting table that says what each row does: "Nội dung sửa đổi, bổ sung, bãi bỏ", "Hình thức xử lý"
const ACTION_COLUMN = /^(?:nội[ ]+dung|hình[ ]+thức)[ ]+(?:(?:sửa[ ]+đổi|bổ[ ]+sung|bãi[ ]+bỏ|thay[ ]+thế|xử[ ]+lý)(?:[ ]*(?:,|và)[ ]*|$)){1,4}$/iu;
// a row's act, as its cell in that column opens: "Sửa đổi như sau: “…”", "Bãi bỏ", "Thay thế bằng Phụ lục I ban hành kèm theo
// Thông tư này", "Thay bằng cụm từ “…”"
const ROW_ACTION = /^(?:(?<repeal>Bãi[ ]+bỏ|Bỏ)|(?<amend>Sửa[ ]+đổi|Bổ[ ]+sung|Thay(?:[ ]+thế)?[ ]+(?:bằng|cụm[ ]+từ)|Điều[ ]+chỉnh))(?![\p{L}])/u;

/**
 * What a row of an acting table read one cell a line does to its document, when the header has a column for it ("STT\nVăn
 * bản\nQuy định\nNội dung sửa đổi, bổ sung, bãi bỏ\n1\nThông tư số A …\nKhoản 2 Điều 6\nSửa đổi như sau: …"): the first cell after
 * the mention's that opens with an act, and the places in the cell right before it; undefined when the table, the act or the
 * places cannot be read (a row on the whole document is left to the head).
 */
export function lineTableRowAction(text: string, start: number): { relation: 'amends' | 'repeals'; part: string } | undefined {
  const table = lineTableRow(text, start);
  if (table === undefined || !table.header.some((h) => ACTION_COLUMN.test(h))) return undefined;
  const { row } = table;
  for (let k = 1; k < row.length; k++) {
    const act = ROW_ACTION.exec(row[k] as string);
    if (act === null) continue;
    const places = row[k - 1] as string;
    if (k < 2 || !PLACES_CELL.test(places) || WHOLE_CELL.test(places)) return undefined;
    return { relation: act.groups?.repeal !== undefined ? 'repeals' : 'amends', part: places };
  }
  return undefined;
}

// the column of an acting table that says how each row's document is disposed of: "Xử lý", "Hình thức xử lý", "Hình thức, lý do"
const DISPOSAL_COLUMN = /^(?:xử[ ]+lý|hình[ ]+thức(?:[ ]*,[ ]*lý[ ]+do)?(?:[ ]+xử[ ]+lý)?|biện[ ]+pháp[ ]+xử[ ]+lý)$/iu;
// the cell of a row in it: the act, the whole or a part, and a reason after it ("Thay thế", "Bãi bỏ, do không còn phù hợp …",
// "Hết hiệu lực một phần", "Được thay thế bởi Điều 6 … ban hành kèm theo Thông tư này")
// (the places it ends may come first, with a note of their matter: "Điều 4 (tổ chức thu tiền) hết hiệu lực; nội dung này thực hiện
// theo Điều 3 Quyết định này")
const CELL_PLACE = String.raw`(?:Điều|[Kk]hoản|[Đđ]iểm|Phụ[ ]+lục|Chương|Mục)[ ]+[\dIVXLC]{1,5}[a-zđ]?`;
const CELL_PLACES_FIRST = String.raw`(?<places>${CELL_PLACE}(?:(?:[ ]*,[ ]*|[ ]+và[ ]+|[ ]+)${CELL_PLACE}){0,8})(?:[ ]*\([^()\n]{1,80}\))?[ ]+(?=(?:bị[ ]+|được[ ]+)?(?:hết[ ]+hiệu[ ]+lực|bãi[ ]+bỏ|thay[ ]+thế)(?![\p{L}]))`;
const DISPOSAL_CELL = new RegExp(String.raw`^(?:${CELL_PLACES_FIRST})?(?:(?<replace>(?:Được[ ]+|Bị[ ]+)?[Tt]hay[ ]+thế)|(?<repeal>(?:Được[ ]+|Bị[ ]+)?[Bb]ãi[ ]+bỏ)|(?<lapse>Hết[ ]+hiệu[ ]+lực(?:[ ]+thi[ ]+hành)?))(?:[ ]+(?:(?<whole>toàn[ ]+bộ)|(?<part>một[ ]+phần)))?(?![\p{L}])(?<reason>[ ]*[.,;(][^]*|[ ]+(?:do|vì|bởi|bằng|theo)[ ][^]*)?$`, 'iu');
// (a reason that names another document by its number: that one is the actor)
const OTHER_ACTOR = new RegExp(String.raw`\d{1,4}\/(?:\d{4}\/)?[A-ZĐ\d]|(?<![\p{L}])${NOT_A_FORMS_NUMBER}số[ ]+\d`, 'u');
const HEADER_FIRST_CELL = /(?:^|\n)[ \t]*(?:STT|TT|Số[ ]+TT)[ \t]*(?=\n)/giu;
/** Where the header of the table read one cell a line whose row starts at `rowStart` begins (its "STT" line), within 3 000 characters above; -1 without one. */
function lineTableHeaderStart(text: string, rowStart: number): number {
  const from = Math.max(0, rowStart - 3000);
  let headerAt = -1;
  for (const h of text.slice(from, rowStart).matchAll(HEADER_FIRST_CELL)) headerAt = h.index ?? -1;
  return headerAt < 0 ? -1 : from + headerAt + (text.charAt(from + headerAt) === '\n' ? 1 : 0);
}
// the lead-in of a table this document acts by: its effect ("Kể từ ngày Quyết định này có hiệu lực, các quyết định sau đây … được xử
// lý như sau:"), not a review's or a report's ("Kết quả rà soát …", "đề nghị xử lý")
// (or a clause of this document's effect that opens the table, after the clause that says when it takes effect: "1. Quyết định
// này có hiệu lực thi hành kể từ ngày …\n2. Xử lý các văn bản có liên quan như sau:")
const ACTING_LEAD_IN = new RegExp(String.raw`(?:từ[ \n]+ngày|khi)[^.;:]{0,40}?${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực|(?<![\p{L}])(?:được|bị)[ \n]+xử[ \n]+lý[ \n]+như[ \n]+sau|${THIS_DOCUMENT}[ \n]+có[ \n]+hiệu[ \n]+lực[^.;:]{0,160}\.?[ \t]*\n[ \t]*(?:\d{1,2}[.)][ \t]*)?Xử[ \n]+lý[ \n]+(?:các[ \n]+)?văn[ \n]+bản[^.;:\n]{0,80}?(?:như[ \n]+sau|sau[ \n]+đây)[ \t]*:`, 'u');

/**
 * What a row of a table read one cell a line does to its document when the table's last column says how each row is disposed of
 * ("STT\nQuyết định\nNội dung\nXử lý\n1\nQuyết định số A …\nVề việc ban hành …\nThay thế\n2\n…\nBãi bỏ"), under a lead-in that is this
 * document's effect or in an annex this document's own sentence ends the documents of (`endingAnnex`, asked only for a table
 * that has such a column): replaced, repealed or lapsed,
 * whole or in part (the places in the cell before the act's: "Điều 4 và Mẫu số 02", "Toàn bộ văn bản" the whole); undefined when
 * the table, the lead-in or the cell cannot be read so, or the cell names another document as the actor ("Được thay thế bởi Thông tư
 * số B").
 */
export function lineTableRowDisposal(text: string, start: number, endingAnnex: () => boolean): { relation: 'replaces' | 'repeals'; whole: boolean; part: string | null; lapses: boolean } | undefined {
  const table = lineTableRow(text, start);
  if (table === undefined) return undefined;
  const { header, row, rowStart } = table;
  if (!DISPOSAL_COLUMN.test(header[header.length - 1] ?? '')) return undefined;
  const cell = row[row.length - 1] ?? '';
  const act = DISPOSAL_CELL.exec(cell);
  if (act === null || row.length < 2 || OTHER_ACTOR.test(act.groups?.reason ?? '')) return undefined;
  if (!endingAnnex()) {
    // the lead-in: up to 400 characters before the header's "STT"
    const headerStart = lineTableHeaderStart(text, rowStart);
    if (headerStart < 0) return undefined;
    const leadIn = withoutQuotedWords(text.slice(Math.max(0, headerStart - 400), headerStart));
    if (!ACTING_LEAD_IN.test(leadIn) || STRONG_PROPOSAL.test(leadIn) || PROPOSAL_TABLE.test(header.join(' '))) return undefined;
  }
  const g = act.groups ?? {};
  const relation = g.replace !== undefined ? 'replaces' : 'repeals';
  const lapses = g.lapse !== undefined;
  // the extent: the cell before the act's when the row has one besides its document's ("Nội dung": places, or the whole)
  const before = row.length >= 3 ? (row[row.length - 2] ?? '') : '';
  if (g.places !== undefined) return { relation, whole: false, part: g.places, lapses };
  if (WHOLE_CELL.test(before) || g.whole !== undefined) return { relation, whole: true, part: null, lapses };
  if (PLACES_CELL.test(before)) return { relation, whole: false, part: before, lapses };
  if (g.part !== undefined) return { relation, whole: false, part: '', lapses };
  return { relation, whole: true, part: null, lapses };
}

// a table of what documents did to others, a column for each side: "| STT | Văn bản được sửa đổi, bổ sung | Văn bản sửa đổi, bổ sung |
// Ghi chú |" (a report on the review of documents), "Văn bản bị thay thế | Văn bản thay thế", "Văn bản hết hiệu lực | Văn bản thay thế"
const ACTED_ON_COLUMN = /^(?:tên[ ]+)?văn[ ]+bản[ ]+(?:được|bị)[ ]+((?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|bãi[ ]+bỏ)(?:[ ]*(?:,|và)[ ]*(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|bãi[ ]+bỏ)){0,3})(?:[ ]+(?:một[ ]+phần|toàn[ ]+bộ))?$/iu;
// (or what was done to it, "Nội dung đã được xử lý", "Hình thức xử lý", beside the column of the document that did it)
const STATUS_COLUMN = /^(?:tình[ ]+trạng(?:[ ]+(?:hiệu[ ]+lực|pháp[ ]+lý))?|(?:nội[ ]+dung|hình[ ]+thức|kết[ ]+quả)[ ]+(?:đã[ ]+)?(?:được[ ]+)?(?:xử[ ]+lý|tác[ ]+động))$/iu;
// (or the document that a table of what documents did to others lists first, "| Thông tư ban hành | Văn bản bị tác động | Hình thức tác
// động |": only beside a column of what was done)
const ACTING_DOCUMENT_COLUMN = /^(?:(?:tên[ ]+)?văn[ ]+bản[ ]+(?:tác[ ]+động|xử[ ]+lý)|(?:văn[ ]+bản|thông[ ]+tư|nghị[ ]+định|quyết[ ]+định|nghị[ ]+quyết)[ ]+(?:đã[ ]+)?ban[ ]+hành)$/iu;
const DOCUMENT_COLUMN = /^(?:tên[ ]+|số,?[ ]+ký[ ]+hiệu[ ]+)?văn[ ]+bản(?:[ ]+được[ ]+rà[ ]+soát|[ ]+(?:bị|được)[ ]+tác[ ]+động)?$/iu;
const ENDED_COLUMN = /^(?:tên[ ]+)?văn[ ]+bản[ ]+(?:đã[ ]+)?(?:hết|chấm[ ]+dứt)[ ]+hiệu[ ]+lực(?:[ ]+thi[ ]+hành)?(?:[ ]+(?:một[ ]+phần|toàn[ ]+bộ))?$/iu;
// (with its reason beside it, "Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ / lý do")
const ACTOR_COLUMN = /^(?:tên[ ]+)?văn[ ]+bản[ ]+((?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|bãi[ ]+bỏ)(?:[ ]*(?:,|và)[ ]*(?:sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|bãi[ ]+bỏ)){0,3})(?:[ ]+(?:một[ ]+phần|toàn[ ]+bộ))?(?:[ ]*(?:\/|,|hoặc)[ ]*lý[ ]+do)?$/iu;

// (and a report on the documents that detail laws: "| STT | Luật | Nội dung giao quy định chi tiết | Văn bản quy định chi tiết | Tình
// trạng |", a row whose detailing document is issued; not one still drafted, "Dự thảo Nghị định …", "Chưa ban hành")
const GUIDED_COLUMN = /^(?:(?:tên[ ]+)?(?:luật|bộ[ ]+luật|pháp[ ]+lệnh)(?:[ ]*(?:,|và)[ ]*(?:pháp[ ]+lệnh|nghị[ ]+quyết|bộ[ ]+luật|luật)){0,3}(?:[ ]+được[ ]+(?:quy[ ]+định[ ]+chi[ ]+tiết|hướng[ ]+dẫn(?:[ ]+thi[ ]+hành)?))?|văn[ ]+bản[ ]+được[ ]+(?:quy[ ]+định[ ]+chi[ ]+tiết|hướng[ ]+dẫn(?:[ ]+thi[ ]+hành)?)|văn[ ]+bản[ ]+giao(?:[ ]+quy[ ]+định[ ]+chi[ ]+tiết)?)$/iu;
// (or "Văn bản giao | … | Văn bản của tỉnh quy định chi tiết", the law or decree that delegates and the local act that details it)
const GUIDING_COLUMN = /^(?:tên[ ]+)?văn[ ]+bản[ ]+(?:của[ ]+(?:tỉnh|thành[ ]+phố|địa[ ]+phương|bộ)[ ]+)?(?:quy[ ]+định[ ]+chi[ ]+tiết|hướng[ ]+dẫn(?:[ ]+thi[ ]+hành)?)(?:[ ]+(?:đã[ ]+)?ban[ ]+hành)?$/iu;
const NOT_ISSUED_ROW = /(?<![\p{L}])(?:chưa[ ]+ban[ ]+hành|dự[ ]+thảo|đang[ ]+(?:xây[ ]+dựng|soạn[ ]+thảo|thẩm[ ]+định|trình))(?![\p{L}])/iu;

/**
 * The row a mention opens a cell of, with the header's column names: a row of pipes or tabs under its header row, or a row of a
 * table read one cell a line ("STT\nVăn bản được rà soát\nTình trạng\nVăn bản xử lý\n1\nNghị định số A …\nHết hiệu lực toàn
 * bộ, được thay thế\nNghị định số B"), whose cells are counted only when the row has as many lines as the header has columns (a
 * cell wrapped over two lines would shift them); null otherwise.
 */
function pipeOrLineRow(text: string, start: number, anywhere = false): { ls: number; cells: Array<{ text: string }>; index: number; names: string[]; lines: boolean; before: string } | null {
  const row = rowAt(text, start, anywhere);
  // (a mention later in its cell, asked for with `anywhere`, is only ever in a row between pipes)
  if (row !== null || anywhere) return row === null || row.header === null ? null : { ls: row.ls, cells: row.cells, index: row.index, names: row.header.map((h) => h.text.trim().replace(/\s+/gu, ' ')), lines: false, before: text.slice(row.ls + (row.cells[row.index] as { from: number }).from, start) };
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return null;
  const line = lineTableRow(text, start);
  if (line === undefined) return null;
  const cells = [...line.before, ...line.row];
  if (cells.length !== line.header.length) return null;
  return { ls: line.rowStart, cells: cells.map((c) => ({ text: c })), index: line.before.length, names: line.header, lines: true, before: '' };
}

/**
 * The side of such a table a mention opens a cell on, and the row it is in: 'acted' under "Văn bản được sửa đổi …", 'actor' under
 * "Văn bản sửa đổi …", with the act the column names; null elsewhere. The header is the table's first row (tabs or pipes), or the
 * lines from "STT" of a table read one cell a line; `lineRowsOnly` asks for the latter only (for a mention another's description
 * holds, which opens a cell only there).
 */
const REPEAL_OPENS_CELL = /^[ \t]*(?:[Bb]ãi|BÃI)[ \t]+(?:bỏ|BỎ)[ \t]+(?:(?:toàn[ \t]+bộ[ \t]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \t]+lục|[Mm]ục|[Cc]hương)(?![\p{L}])|toàn[ \t]+bộ(?![\p{L}]))/u;
export function reportingTableCell(text: string, start: number, { lineRowsOnly = false } = {}): { side: 'acted' | 'actor'; relation: 'amends' | 'replaces' | 'repeals' | 'guides'; row: number } | null {
  const opening = pipeOrLineRow(text, start);
  if (opening !== null || lineRowsOnly) return opening === null || (lineRowsOnly && !opening.lines) ? null : cellOfRow(opening);
  // (a document acted on may stand later in its cell of a row between pipes, after its places or the cell's first document: "|
  // Khoản 4 Điều 2 Thông tư số A |", "| Thông tư số A; Thông tư số B |"; never an actor, whose cell it opens, nor one a description
  // in the cell names)
  const row = pipeOrLineRow(text, start, true);
  const later = row !== null && LATER_IN_CELL.test(row.before) ? cellOfRow(row) : null;
  return later?.side === 'acted' ? later : null;
}
// what may stand before a document later in its cell: the places of it ("Khoản 4 Điều 2"), or documents before it, parted by ";", ","
// or "và" (their descriptions without verbs)
const LATER_IN_CELL = /^(?:[ \t]*(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \t]+lục|[Mm]ục|[Cc]hương|[Pp]hần)[ \t]+[\dA-Za-zđĐIVX]{1,6}(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)){1,8}(?:của[ \t]+)?|[^|;]{0,200}?(?:Thông[ \t]+tư|Nghị[ \t]+định|Quyết[ \t]+định|Nghị[ \t]+quyết)[ \t]+số[ \t]*\d[^|;]{0,200}?(?:;|,|[ \t]và)[ \t]*)$/u;

function cellOfRow(row: { ls: number; cells: Array<{ text: string }>; index: number; names: string[]; lines: boolean }): { side: 'acted' | 'actor'; relation: 'amends' | 'replaces' | 'repeals' | 'guides'; row: number } | null {
  const { ls, cells, names } = row;
  const name = names[row.index] ?? '';
  if ((GUIDED_COLUMN.test(name) || GUIDING_COLUMN.test(name)) && names.some((h) => GUIDING_COLUMN.test(h))) {
    if (NOT_ISSUED_ROW.test(cells.map((c) => c.text).join(' '))) return null;
    return { side: GUIDING_COLUMN.test(name) ? 'actor' : 'acted', relation: 'guides', row: ls };
  }
  // (a column of documents ended, "Văn bản hết hiệu lực | Văn bản thay thế", takes its act from the column of their actors)
  const endedColumn = ENDED_COLUMN.test(name) ? names.map((n) => ACTOR_COLUMN.exec(n)).find((x) => x !== null) : undefined;
  // (a table of documents with their status and the document that acted: "| Văn bản | Tình trạng | Văn bản tác động |", the act the
  // row's status cell says, "Hết hiệu lực toàn bộ, bị thay thế", "Còn hiệu lực, đã được sửa đổi, bổ sung")
  const statusAt = names.findIndex((n) => STATUS_COLUMN.test(n));
  // (or "| Văn bản được rà soát | Tình trạng hiệu lực | Văn bản sửa đổi, bổ sung, thay thế |", the actor's cell saying which act when
  // it has a verb, "Được thay thế bởi Thông tư số …", the status cell when not, "Hết hiệu lực từ ngày … | Luật … số …")
  const actingAt = statusAt < 0 ? -1 : names.findIndex((n) => ACTING_DOCUMENT_COLUMN.test(n) || ACTOR_COLUMN.test(n));
  if (actingAt >= 0 && (row.index === actingAt || DOCUMENT_COLUMN.test(name))) {
    const actorCell = (cells[actingAt]?.text ?? '').toLowerCase();
    const status = ACTING_DOCUMENT_COLUMN.test(names[actingAt] ?? '') || !/(?<![\p{L}])(?:thay[ ]+thế|bãi[ ]+bỏ|sửa[ ]+đổi|bổ[ ]+sung)(?![\p{L}])/u.test(actorCell) ? (cells[statusAt]?.text ?? '').toLowerCase() : actorCell;
    const relation = /thay[ ]+thế/u.test(status) ? 'replaces' : /bãi[ ]+bỏ|hết[ ]+hiệu[ ]+lực/u.test(status) ? 'repeals' : /sửa[ ]+đổi|bổ[ ]+sung|điều[ ]+chỉnh/u.test(status) ? 'amends' : null;
    return relation === null ? null : { side: row.index === actingAt ? 'actor' : 'acted', relation, row: ls };
  }
  const acted = endedColumn ?? ACTED_ON_COLUMN.exec(name);
  const actor = acted ? null : ACTOR_COLUMN.exec(name);
  const verbs = ((acted ?? actor)?.[1] ?? '').toLowerCase();
  if (verbs === '') return null;
  const kindOf = (verb: string): 'amends' | 'replaces' | 'repeals' => (/thay/u.test(verb) ? 'replaces' : /bãi/u.test(verb) ? 'repeals' : 'amends');
  const kinds = [...new Set(verbs.split(/,|và/u).map((v) => kindOf(v)))];
  // (a column of acts of several kinds, "sửa đổi, bổ sung, bãi bỏ", takes the row's when a cell says which, "… bãi bỏ Điều 8")
  const said = kinds.length > 1 ? cells.map((c) => c.text).join(' ').match(/(?<![\p{L}])(sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|bãi[ ]+bỏ)(?![\p{L}])/iu) : null;
  // (and a column of one kind under a head that allows others, "Văn bản được sửa đổi | Nội dung | Văn bản sửa đổi" under "… đã được sửa
  // đổi, bổ sung hoặc bãi bỏ một phần:", takes a row's cell that opens with a repeal, "Bãi bỏ Điều 5")
  const opened = kinds.length === 1 && kinds[0] === 'amends' ? cells.map((c) => REPEAL_OPENS_CELL.test(c.text)).includes(true) : false;
  const relation = said && kinds.includes(kindOf((said[1] as string).toLowerCase())) ? kindOf((said[1] as string).toLowerCase()) : opened ? 'repeals' : (kinds[0] as 'amends' | 'replaces' | 'repeals');
  return { side: acted ? 'acted' : 'actor', relation, row: ls };
}
