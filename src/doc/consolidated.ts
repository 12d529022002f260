import { dayStatedAfter } from '../cite/effective.js';
import { lawSubjectOf, sameLawSubject } from '../cite/laws.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { inSortedRanges } from '../text/ranges.js';
import type { DocumentCitation } from './schema.js';

/**
 * A consolidated text (văn bản hợp nhất, VBHN) amends nothing: it reproduces a base document with the
 * changes of the acts that amended it. Its opening names the base ("Thông tư liên tịch số 12/2016/… có
 * hiệu lực kể từ …, được sửa đổi, bổ sung bởi:") and then the amending acts; those are what it
 * consolidates. Every other relation its text carries (the base's "Căn cứ", the amending acts' "Bãi bỏ …"
 * reproduced in the articles) belongs to the documents it reproduces, not to it: they are plain citations.
 */

// "được sửa đổi, bổ sung bởi:", "được sửa đổi, bổ sung, bãi bỏ bởi:", "đã được sửa đổi bởi:"
const AMENDED_BY = /(?:đã[ \n]+)?được[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế)[^:;.]{0,80}?bởi[ \n]*:?/u;
// where the base's own text starts: its preamble or its first article
const BASE_TEXT = /\n[ ]*(?:Căn[ ]+cứ|Chương[ ]+[IVXLC\d]+|Điều[ ]+1\.|Phần[ ]+(?:thứ|I))/u;
const INLINE_ACT_LEAD = /^[ \n]*(?:(?:Điều|điều|khoản|Khoản|điểm|Điểm)[ \n]+[\dA-Za-zđĐ]{1,5}[ \n]+)*(?:của[ \n]+)?$/u;
const NEXT_INLINE_ACT = /^[^;]{0,200}?có[ \n]+hiệu[ \n]+lực[^;]{0,120}?(?:[ \n]*[,;][ \n]*(?:và[ \n]+)?|[ \n]+và[ \n]+)(?:(?:Điều|khoản|điểm)[ \n]+[\dA-Za-zđĐ]{1,5}[ \n]+(?:của[ \n]+)?)*$/u;
const LINE_START = /(?:^|\n)[ ]*(?:[-+•*][ ]*)?(?:\d+[.)][ ]*)?$/;

/**
 * The citations moved onto the text the rules read (NFC, one space for a run of blanks, Đ for its look-alikes,
 * straight quotes, LF): the rules below are written for it, and a consolidated text exported with decomposed letters,
 * no-break spaces or CRLF must read as the same text. `back` puts each returned citation's span and text back.
 */
function onMatchingText(original: string, citations: readonly DocumentCitation[], given?: NormalizedText): { text: string; moved: DocumentCitation[]; back: (out: DocumentCitation[]) => DocumentCitation[] } {
  const norm = given ?? normalizeText(original);
  const moved = citations.map((c) => {
    const span = norm.map.toTransformed(c.start, c.end);
    return { ...c, start: span.start, end: span.end, text: norm.text.slice(span.start, span.end) };
  });
  const back = (out: DocumentCitation[]): DocumentCitation[] => out.map((c, k) => ({ ...c, start: (citations[k] as DocumentCitation).start, end: (citations[k] as DocumentCitation).end, text: (citations[k] as DocumentCitation).text }));
  return { text: norm.text, moved, back };
}

export function consolidatedRelations(original: string, citations: DocumentCitation[], norm?: NormalizedText): DocumentCitation[] {
  const { text, moved, back } = onMatchingText(original, citations, norm);
  return back(withReproducedFormulas(text, consolidatedOnText(text, moved)));
}

// a note that reproduces an amending act's preamble: "1 Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan
// đến quy hoạch có căn cứ ban hành như sau:\n“Căn cứ Hiến pháp …;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan
// đến quy hoạch của Luật Giao thông đường bộ số 23/2008/QH12, Bộ luật Hàng hải Việt Nam số 95/2015/QH13, …”" (a note lists the
// preambles of every amending act, each on a line of its own, the first after the note's number)
const PREAMBLE_NOTE = /(?:^|\n)[ ]*(?:\d{1,3}[ ]+)?(?=(?:Luật|Bộ[ ]+luật|Pháp[ ]+lệnh|Nghị[ ]+định|Nghị[ ]+quyết|Thông[ ]+tư)[ \n])[^"]{0,400}?có[ \n]+căn[ \n]+cứ[ \n]+ban[ \n]+hành[ \n]+như[ \n]+sau[ \t]*:[ \t]*\n?[ \t]*"/gu;
// its enacting formula, whose object is the documents it amends ("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều … của …")
const AMENDING_FORMULA = /ban[ \n]+hành[ \n]+(?:Luật|Bộ[ \n]+luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?)[ \n]+sửa[ \n]+đổi[ \n]*,?[ \n]*bổ[ \n]+sung[^";.]{0,200}?[ \n]của[ \n]/u;

/**
 * The documents a reproduced enacting formula amends are amended by the act whose preamble the note reproduces (the first
 * document the note names): each listed document states that act's amendment, as the act's own text would, beside what
 * its own status phrase reports ("… số 23/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13 …":
 * 48/2014 is that phrase's actor, amended by nothing here).
 */
function withReproducedFormulas(text: string, citations: DocumentCitation[]): DocumentCitation[] {
  const actors = new Set(citations.flatMap((c) => [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a ? [a.subject] : []))));
  let out: DocumentCitation[] | null = null;
  PREAMBLE_NOTE.lastIndex = 0;
  for (let m = PREAMBLE_NOTE.exec(text); m; m = PREAMBLE_NOTE.exec(text)) {
    const open = PREAMBLE_NOTE.lastIndex;
    REPRODUCTION_END.lastIndex = open;
    const close = REPRODUCTION_END.exec(text);
    const end = close && close.index - open < 20_000 ? close.index : open;
    const formula = AMENDING_FORMULA.exec(text.slice(open, end));
    const actor = citations.findIndex((c) => c.start >= m.index && c.start < open);
    if (!formula || actor < 0) continue;
    const from = open + formula.index + formula[0].length;
    const actorId = (citations[actor] as DocumentCitation).id;
    citations.forEach((c, k) => {
      if (c.start < from || c.start >= end || c.role === 'embedded' || actors.has(k) || c.id === actorId) return;
      const stated = [c.asserted, ...(c.alsoAsserted ?? [])].filter((a): a is NonNullable<typeof a> => a !== null && a !== undefined);
      if (stated.some((a) => a.subject === actor)) return;
      const act = { subject: actor, subjectId: actorId, relation: 'amends' as const, trigger: 'reproduced' };
      out ??= [...citations];
      out[k] = c.asserted ? { ...c, alsoAsserted: [...(c.alsoAsserted ?? []), act] } : { ...c, asserted: act };
    });
  }
  return out ?? citations;
}

function consolidatedOnText(text: string, citations: DocumentCitation[]): DocumentCitation[] {
  const head = text.slice(0, 20_000);
  const amended = AMENDED_BY.exec(head);
  const from = amended ? amended.index + amended[0].length : 0;
  const baseText = BASE_TEXT.exec(head.slice(from));
  const introEnd = baseText ? from + baseText.index : Math.min(head.length, from + 4_000);
  const atLineStart = (c: DocumentCitation): boolean => LINE_START.test(text.slice(Math.max(0, c.start - 40), c.start));
  // the base: the last document named at the start of a line before "được sửa đổi … bởi:"
  let base = -1;
  citations.forEach((c, k) => {
    if (c.role === 'head' && c.start < (amended?.index ?? introEnd) && atLineStart(c)) base = k;
  });
  const reproducedBy = reproducedActors(text, citations);
  const quoted = quotedBlocks(text);
  // (a single amending act may follow "bởi" on the same line: "…, được sửa đổi, bổ sung bởi Thông tư số 19/2026/TT-BTC ngày …")
  // (or the provision of it that amended: "… bởi Điều 2 của Thông tư số 19/2026/TT-BTC"; and the next act after the first one's day:
  // "…, có hiệu lực kể từ ngày … và Thông tư số 30/2026/TT-BTC …")
  const rightAfterBy = (c: DocumentCitation): boolean => amended !== null && c.start >= from && INLINE_ACT_LEAD.test(text.slice(from, c.start));
  const inline = new Set<number>();
  citations.forEach((c, k) => {
    if (amended === null || c.role !== 'head' || c.start < from || c.start >= introEnd || atLineStart(c)) return;
    const prev = [...inline].pop();
    if (rightAfterBy(c) || (prev !== undefined && NEXT_INLINE_ACT.test(text.slice((citations[prev] as DocumentCitation).end, c.start)))) inline.add(k);
  });
  const isListed = (c: DocumentCitation, k: number): boolean => k === base || (amended !== null && c.role === 'head' && c.start >= from && c.start < introEnd && (atLineStart(c) || inline.has(k)));
  return citations.map((c, k) => {
    const listed = isListed(c, k);
    const { alsoActs: _acts, effective: ownDay, ...plain } = c;
    if (listed) {
      // the day the header gives this act ("…, có hiệu lực kể từ ngày 05 tháng 5 năm 2026"), read up to the next act it lists
      const next = citations.findIndex((x, n) => n > k && isListed(x, n));
      const effective = dayStatedAfter(text.slice(c.end, next >= 0 ? (citations[next] as DocumentCitation).start : Math.min(text.length, c.end + 700)), 'takes-effect');
      return { ...plain, relation: 'consolidates', scope: null, ...(effective ? { effective } : {}) };
    }
    // an act of an amending document the text reproduces is that document's, stated by the consolidated text
    // an act in the reproduced text of the base is the base's own ("Luật Bảo hiểm xã hội số 58/2014/QH13 hết hiệu lực …"
    // in the consolidated Luật Bảo hiểm xã hội 2024); in a note reproducing an amending act's article, that act's
    // (and so is the guidance its title or its enacting formula states: "THÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện … Quyết định số
    // 53/2015/QĐ-TTg …" over the consolidated text is the base's title)
    const inBase = base >= 0 && k !== base && ((k > base && c.start >= introEnd) || c.zone === 'title') && !inSortedRanges(quoted, c.start);
    const actor = reproducedBy.get(k) ?? (inBase ? base : undefined);
    if (actor !== undefined && c.role === 'head' && (REPRODUCED_ACTS.has(c.relation) || (c.relation === 'guides' && actor === base))) {
      // a law that ends a law on its own subject succeeds it ("Luật Công nghệ cao số 21/2008/QH12 … hết hiệu lực" in the
      // article of Luật Công nghệ cao số 133/2025/QH15 a note reproduces)
      const actorSubject = lawSubjectOf((citations[actor] as DocumentCitation).text);
      const ownSubject = lawSubjectOf(c.text);
      // (and a decree or a circular that ends one of its own type as a whole, not by "bãi bỏ" and not an amending act, succeeds
      // it, as the act's own text is read: "2. Thông tư số 12/2010/TT-BYT … hết hiệu lực kể từ ngày Thông tư này có hiệu lực" in
      // the base circular a consolidated text reproduces)
      const actorType = (citations[actor] as DocumentCitation).type;
      const ended = c.relation === 'repeals' && c.scope?.whole === true && !/bãi[ \n]+bỏ/iu.test(text.slice(Math.max(0, c.start - 120), c.start));
      const sameType = ended && SUCCEEDED_BY_TYPE.has(c.type) && c.type === actorType && !/sửa[ \n]+đổi/u.test(c.text) && !/^[^.;\n]{0,160}sửa[ \n]+đổi/u.test(text.slice(c.end, c.end + 200));
      const relation = (ended && actorSubject && ownSubject && sameLawSubject(actorSubject, ownSubject)) || sameType ? 'replaces' : c.relation;
      // (what the reproduced provision itself reports of the document stays reported: "Luật An toàn thông tin mạng số 86/2015/QH13
      // đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14; … hết hiệu lực" in the reproduced final article of
      // 116/2025/QH15: 35/2018's amendment beside 116/2025's ending)
      const stated = [...(c.asserted ? [c.asserted] : []), ...(c.alsoAsserted ?? [])];
      return { ...plain, relation: 'cites', asserted: { subject: actor, subjectId: (citations[actor] as DocumentCitation).id, relation, trigger: 'reproduced', ...(ownDay ? { effective: ownDay } : {}) }, ...(stated.length > 0 ? { alsoAsserted: stated } : {}) };
    }
    return c.relation === 'cites' || c.relation === 'implements' ? plain : { ...plain, relation: 'cites', scope: null };
  });
}

// a quotation that opens a line and closes at the end of one: a provision reproduced from another act, whatever
// introduces it; what it does is not the base's
// (the text read is the matching text, whose quotes are all straight: an opening quote starts a line, a closing one ends it)
const QUOTE_OPEN = /(?:^|\n)[ \t]*"/gu;
function quotedBlocks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUOTE_OPEN.lastIndex = 0;
  for (let m = QUOTE_OPEN.exec(text); m; m = QUOTE_OPEN.exec(text)) {
    REPRODUCTION_END.lastIndex = QUOTE_OPEN.lastIndex;
    const close = REPRODUCTION_END.exec(text);
    const end = close ? close.index + 1 : text.length;
    out.push([QUOTE_OPEN.lastIndex, end]);
    QUOTE_OPEN.lastIndex = end;
  }
  return out;
}

const REPRODUCED_ACTS = new Set(['amends', 'repeals', 'replaces', 'suspends']);
const SUCCEEDED_BY_TYPE = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch']);
// a note that reproduces a provision of an amending act: "107 Điều 2 của Luật số 32/2013/QH13 sửa đổi, bổ sung …, có
// hiệu lực kể từ ngày 01 tháng 01 năm 2014 quy định như sau:\n“Điều 2 …”"
// (its opening runs over its lines, never over a blank line or into the next note: "113 … khoản 34 Điều 1 của Luật số 51/2024/QH15
// …\n\n5. Chính phủ quy định chi tiết …\n114 Điều 2 của Luật số 32/2013/QH13 … quy định như sau:" is note 114's reproduction)
const REPRODUCED_NOTE = /(?:(?:Các|các)[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \n][^"\n]{0,30}?của[ \n]+(?:Luật|Bộ[ \n]+luật|Nghị[ \n]+định|Thông[ \n]+tư|Pháp[ \n]+lệnh|Nghị[ \n]+quyết|Quyết[ \n]+định)[ \n](?:[^"\n]|\n(?![ \t]*\n|[ \t]*\d{1,3}[ \t]+\p{Lu})){0,400}?(?:như[ \n]+sau|quy[ \n]+định)[ \t]*:[ \t]*\n?[ \t]*"/gu;
// the reproduction ends at a closing quote that ends its line (quotes inside it close mid-line), curly or straight as
// typed ('… quy định như sau:\n"Điều 10. Hiệu lực thi hành. …"'): both are straight in the matching text
const REPRODUCTION_END = /"[ \t]*[.;,]?[ \t]*(?:\n|$)/gu;

/**
 * For each citation inside a reproduced provision of an amending act, the index of the citation naming that act
 * in the note's opening (the first citation there). One forward scan over the text.
 */
function reproducedActors(text: string, citations: readonly DocumentCitation[]): Map<number, number> {
  const out = new Map<number, number>();
  let k = 0;
  REPRODUCED_NOTE.lastIndex = 0;
  for (let m = REPRODUCED_NOTE.exec(text); m; m = REPRODUCED_NOTE.exec(text)) {
    const open = REPRODUCED_NOTE.lastIndex;
    REPRODUCTION_END.lastIndex = open;
    const close = REPRODUCTION_END.exec(text);
    const end = close && close.index - open < 40_000 ? close.index : Math.min(text.length, open + 40_000);
    while (k < citations.length && (citations[k] as DocumentCitation).start < m.index) k++;
    const actor = k < citations.length && (citations[k] as DocumentCitation).start < open ? k : -1;
    if (actor >= 0) for (let j = actor + 1; j < citations.length && (citations[j] as DocumentCitation).start < end; j++) if ((citations[j] as DocumentCitation).start > open) out.set(j, actor);
    REPRODUCED_NOTE.lastIndex = end;
  }
  return out;
}

// a note of a consolidated text: "2 Khoản này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 của Luật số
// 46/2014/QH13", "12 Từ “quy hoạch,” được bãi bỏ theo quy định tại …": its number, the part, what was done
const NOTE_WORDS = String.raw`(?:Khoản|Điều|Điểm|Cụm[ ]+từ|Các[ ]+cụm[ ]+từ|Từ|Các[ ]+từ|Mục|Chương|Phụ[ ]+lục|Mẫu|Biểu[ ]+mẫu|Đoạn|Tên|Nội[ ]+dung)(?![\p{L}])`;
// (a note may report a second act on a line of its own, without the number: "Khoản này được sửa đổi, bổ sung lần thứ hai theo …";
// a form is "ban hành" anew by the amending act: "10 Mẫu này được ban hành theo quy định tại Điều 4 của Thông tư số …")
// (what the note names may run over a line, "Cụm từ “thanh tra … bảo hiểm\ny tế;” được bỏ theo …", never past a sentence's end, over a
// blank line, into the next note or onto a heading;
// a provision may end without "được": "7 Quy định về bảo hiểm tai nạn lao động … tại Điều này hết hiệu lực kể từ ngày … theo …"; so may
// a phrase, its verb right after its closing quote: "56 Cụm từ “huyện đảo” thay thế bởi cụm từ “đặc khu” theo quy định tại …")
const NOTE_BODY = String.raw`(${NOTE_WORDS}|Quy[ ]+định)(?:[^\n]|(?<![.:])\n(?![ ]*\n|[ ]*\d{1,3}[ ]+\p{Lu}|[ ]*(?:Điều|Phụ[ ]+lục|PHỤ[ ]+LỤC|Mẫu|MẪU|Chương|CHƯƠNG|Mục)[ ])){0,200}?(?:(?:(?:được|bị)[ \n]+(?:[^\n]{0,40}?[ ])?|(?<=[”"][ \n]*))(bãi[ ]+bỏ|bỏ|sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế|ban[ ]+hành)|(hết)[ \n]+hiệu[ \n]+lực)(?![\p{L}])[^;.]{0,200}$`;
const NOTE = new RegExp(String.raw`(?:^|\n)[ ]*(\d{1,3})[ ]+${NOTE_BODY}`, 'u');
// (a line without a number is a note's only when it opens with "… này": "Khoản này được sửa đổi, bổ sung lần thứ hai theo …", never
// the base's own sentence, "… Điều 22 Thông tư số 27/2016/TT-BLĐTBXH thì được viện dẫn theo các nội dung tương ứng\nđã được sửa đổi …")
const NOTE_GOING_ON = new RegExp(String.raw`(?:^|\n)[ ]*()(?=(?:Khoản|Điều|Điểm|Mục|Chương|Phụ[ ]+lục|Mẫu|Biểu[ ]+mẫu)[ ]+này[ ]+(?:đã[ ]+)?được[ ])${NOTE_BODY}`, 'u');
// the numbered note a line without a number goes on
const NUMBERED_NOTE = new RegExp(String.raw`(?:^|\n)[ ]*(\d{1,3})[ ]+${NOTE_WORDS}`, 'gu');

// how far before its note a note's mark is looked for (a note is printed at the foot of the page its mark is on)
const MARK_WINDOW = 12_000;
const ARTICLE_AT = /(?:^|\n)[ \t]*Điều[ \t]+(\d{1,3}[a-zđ]?)\./gu;
const CLAUSE_AT = /(?:^|\n)[ \t]*(\d{1,3}[a-zđ]?)\.(?:\d{1,3})?(?=[ \t])/gu;
const POINT_AT = /(?:^|\n)[ \t]*([a-zđ]\d{0,2})\)(?:\d{1,3})?(?=[ \t])/gu;
// (a roman number may carry a note's mark: "Phụ lục II6")
const ANNEX_AT = /(?:^|\n)[ \t]*(?:PHỤ[ \t]+LỤC|Phụ[ \t]+lục)[ \t]+([IVXLC]{1,6}(?![\p{L}])|\d{1,2}[a-z]?(?![\p{L}\d]))/gu;
const lastMatch = (re: RegExp, text: string): RegExpExecArray | null => {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
};

/**
 * Where a note's mark sits in the base: the provision whose text carries the note's number glued to it — a clause's number
 * ("1.2 Bảo hiểm y tế là …": clause 1, note 2), a point's letter ("b)9 Hồ sơ …"), the end of an article's heading ("Điều 7a.
 * Trách nhiệm của Bộ …11"), or a word of running text ("… quy hoạch,8 …"): the article, clause and point around it, and the
 * annex it is in. Null when no mark is found in the pages before the note.
 */
function markedProvision(text: string, noteAt: number, n: string): { form: string | null; article: string | null; clause: string | null; point: string | null; annex: string | null } | null {
  const from = Math.max(0, noteAt - MARK_WINDOW);
  const before = text.slice(from, noteAt);
  // (the note's number glued to what precedes it: never a digit, and in running text never a capital — "QH13" is a number's end —
  // nor a decimal's comma, "0,3")
  // (an annex's or a form's heading takes it after its number: "Phụ lục II6 (được bãi bỏ)", "Mẫu số 110", "Mẫu số 1A4 (được bãi bỏ)";
  // a point's letter may carry a digit: "e1)11")
  const mark = lastMatch(new RegExp(String.raw`(?:^|\n)[ \t]*(?:Điều[ \t]+\d{1,3}[a-zđ]?\.[^\n]*?[^\d\s]${n}[ \t]*(?=\n)|\d{1,3}[a-zđ]?\.${n}(?=[ \t])|[a-zđ]\d{0,2}\)${n}(?=[ \t])|(?:PHỤ[ \t]+LỤC|Phụ[ \t]+lục)[ \t]+[IVXLC]{1,6}${n}(?=[ \t\n(])|(?:Mẫu|MẪU)[ \t]+(?:số|SỐ)[ \t]+(\d{1,2}[A-Za-z]?)${n}[ \t]*(?=\n|\())|(?:[\p{Ll}"”)]|(?<!\d)[,;:])${n}(?=[ \t\n,.;:)])`, 'gu'), before);
  if (!mark) return null;
  // (through the character after the mark, so that a clause's or point's mark reads as its number)
  const upTo = before.slice(0, mark.index + mark[0].length + 1);
  const article = lastMatch(ARTICLE_AT, upTo);
  const inArticle = upTo.slice(article ? article.index : 0);
  const clause = lastMatch(CLAUSE_AT, inArticle);
  const point = lastMatch(POINT_AT, clause ? inArticle.slice(clause.index) : inArticle);
  const annex = lastMatch(ANNEX_AT, upTo);
  // (an annex after the last article is where the mark is: an article before it is the base's, not the annex's)
  const inAnnex = annex !== null && (article === null || annex.index > article.index);
  return {
    form: mark[1] ?? null,
    article: inAnnex ? null : (article?.[1] ?? null),
    clause: inAnnex ? null : (clause?.[1] ?? null),
    point: inAnnex ? null : (point?.[1] ?? null),
    annex: inAnnex ? (annex[1] as string) : null,
  };
}

/** The part a note names by "… này", read where its mark sits ("Khoản này" → "khoản 1 Điều 2"); as written when no mark is found. */
function notePart(text: string, noteAt: number, n: string, written: string): string {
  // a section or chapter named with the articles it holds: those articles ("Mục này bao gồm các Điều 17 và 18" → "Điều 17; Điều 18")
  const held = /^(?:Mục|Chương)[ ]+này[ ]+(?:bao[ ]+gồm|gồm)[ ]+(?:các[ ]+)?(?:Điều|điều)[ ]+(\d{1,3}[a-zđ]?(?:(?:[ ]*,[ ]*|[ ]+và[ ]+)\d{1,3}[a-zđ]?)*)$/u.exec(written);
  if (held) return (held[1] as string).split(/[ ]*,[ ]*|[ ]+và[ ]+/u).map((a) => `Điều ${a}`).join('; ');
  const at = markedProvision(text, noteAt, n);
  if (!at) return written;
  const inArticle = at.article ? ` Điều ${at.article}` : '';
  const clause = at.clause ? `khoản ${at.clause}${inArticle}` : inArticle.trim();
  const point = at.point ? `điểm ${at.point}${clause ? ` ${clause}` : ''}` : '';
  const annex = at.annex ? `Phụ lục ${at.annex}` : '';
  const form = at.form ? `Mẫu số ${at.form}${annex ? ` ${annex}` : ''}` : '';
  const named: Record<string, string> = { khoản: clause, điều: at.article ? `Điều ${at.article}` : '', điểm: point, 'phụ lục': annex, mẫu: form, 'biểu mẫu': form };
  // "… này" is the provision of its level where the mark sits ("Nội dung quy định về … tại Khoản này" → "… tại khoản 2 Điều 4")
  let resolved = false;
  const part = written.replace(/(?<![\p{L}])(Khoản|khoản|Điều|điều|Điểm|điểm|Phụ[ ]+lục|phụ[ ]+lục|Biểu[ ]+mẫu|Mẫu|mẫu)[ ]+này(?![\p{L}])/gu, (all, word: string) => {
    const it = named[word.toLowerCase().replace(/\s+/gu, ' ')];
    if (!it) return all;
    resolved = true;
    return it;
  });
  if (resolved) return part;
  // a word or a phrase taken out or replaced: where it sits
  const where = form || point || annex || clause;
  return /^(?:Cụm|Các|Từ|Đoạn|Tên|Nội|Quy)/u.test(written) && where ? `${written} tại ${where}` : written;
}

const lastNumberedNote = (before: string): RegExpExecArray | null => lastMatch(NUMBERED_NOTE, before);

/**
 * The acts a consolidated text's notes report on its base, for each citation of the acting document in such
 * a note: its index and what it did to a part of the base (a provision or phrase taken out is a repeal in
 * part; a change, an addition, a replaced phrase an amendment). A part the note names by "… này" is the provision its
 * mark sits in.
 */
export function reportedActs(original: string, given: readonly DocumentCitation[]): { index: number; relation: 'amends' | 'repeals'; part: string }[] {
  const out: { index: number; relation: 'amends' | 'repeals'; part: string }[] = [];
  const { text, moved: citations } = onMatchingText(original, given);
  const parts = new Map<number, string>();
  citations.forEach((c, index) => {
    // (a document the acting one's title names, "… của Luật số 141/2025/QH15 sửa đổi, bổ sung một số điều của Luật Quản lý nợ công",
    // acted on nothing here)
    if (c.relation === 'consolidates' || c.role === 'embedded') return;
    const from = Math.max(0, c.start - 260);
    const window = text.slice(from, c.start);
    const m = NOTE.exec(window) ?? NOTE_GOING_ON.exec(window);
    if (!m) return;
    const verb = (m[3] ?? m[4] ?? '').replace(/\s+/g, ' ');
    const written = (m[0].trim().replace(/^\d{1,3}[ ]+/, '').split(/[ \n]+(?:được|bị|hết[ \n]+hiệu[ \n]+lực)[ \n]|(?<=[”"])[ \n]+(?=(?:bãi[ \n]+bỏ|bỏ|sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|ban[ \n]+hành)[ \n])/u)[0] ?? '').replace(/\s+/gu, ' ').slice(0, 120);
    const lineAt = from + m.index + (m[0].startsWith('\n') ? 1 : 0);
    // (a line without a number goes on the numbered note above it, within a few lines; else it is no note)
    // (past a page break too: the note's second sentence may be printed at the foot of the next page)
    const lookFrom = Math.max(0, lineAt - 3000);
    const numbered = m[1] ? null : lastNumberedNote(text.slice(lookFrom, lineAt));
    const n = m[1] || numbered?.[1];
    if (n === undefined) return;
    const noteAt = numbered ? lookFrom + numbered.index : lineAt;
    // (one note may name several acting documents: its part is read once for each line that names what is done)
    let part = parts.get(lineAt);
    if (part === undefined) parts.set(lineAt, (part = notePart(text, noteAt, n, written)));
    out.push({ index, relation: verb === 'bãi bỏ' || verb === 'bỏ' || verb === 'hết' ? 'repeals' : 'amends', part });
  });
  return out;
}
