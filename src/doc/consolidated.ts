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
  return back(consolidatedOnText(text, moved));
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
    const actor = reproducedBy.get(k) ?? (base >= 0 && k > base && c.start >= introEnd && !inSortedRanges(quoted, c.start) ? base : undefined);
    if (actor !== undefined && c.role === 'head' && REPRODUCED_ACTS.has(c.relation)) {
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
const REPRODUCED_NOTE = /(?:(?:Các|các)[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \n][^"\n]{0,30}?của[ \n]+(?:Luật|Bộ[ \n]+luật|Nghị[ \n]+định|Thông[ \n]+tư|Pháp[ \n]+lệnh|Nghị[ \n]+quyết|Quyết[ \n]+định)[ \n][^"]{0,400}?(?:như[ \n]+sau|quy[ \n]+định)[ \t]*:[ \t]*\n?[ \t]*"/gu;
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
const NOTE = /(?:^|\n)[ ]*\d{1,3}[ ]+(?:Khoản|Điều|Điểm|Cụm[ ]+từ|Các[ ]+cụm[ ]+từ|Từ|Các[ ]+từ|Mục|Chương|Phụ[ ]+lục|Đoạn|Tên)(?![\p{L}])[^\n]{0,160}?được[ \n]+(?:[^\n]{0,40}?[ ])?(bãi[ ]+bỏ|bỏ|sửa[ ]+đổi|bổ[ ]+sung|thay[ ]+thế)(?![\p{L}])[^;.]{0,200}$/u;

/**
 * The acts a consolidated text's notes report on its base, for each citation of the acting document in such
 * a note: its index and what it did to a part of the base (a provision or phrase taken out is a repeal in
 * part; a change, an addition, a replaced phrase an amendment).
 */
export function reportedActs(original: string, given: readonly DocumentCitation[]): { index: number; relation: 'amends' | 'repeals'; part: string }[] {
  const out: { index: number; relation: 'amends' | 'repeals'; part: string }[] = [];
  const { text, moved: citations } = onMatchingText(original, given);
  citations.forEach((c, index) => {
    if (c.relation === 'consolidates') return;
    const m = NOTE.exec(text.slice(Math.max(0, c.start - 260), c.start));
    if (!m) return;
    const verb = (m[1] as string).replace(/\s+/g, ' ');
    const part = m[0].trim().replace(/^\d{1,3}[ ]+/, '').split(/[ ]+được[ \n]/u)[0] ?? '';
    out.push({ index, relation: verb === 'bãi bỏ' || verb === 'bỏ' ? 'repeals' : 'amends', part: part.slice(0, 80) });
  });
  return out;
}
