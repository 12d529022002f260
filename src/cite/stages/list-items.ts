/** Items of lists of documents: whether a mention is the next item of a list its neighbour opened, and what the list does. */
import { AMENDING_TITLE_AT_END, endedAfterItems, inRepealList, listHead, repealedAfterItems } from '../relations/index.js';
import type { Citation, Relation } from '../schema.js';
import type { Mention } from './mention.js';
import { ALIAS_CLAUSE, NUMBERED_PLACE, OPERATIVE_LIST, OWN_VERB_IN_DESCRIPTION, OWN_VERB_IN_ENDED_TITLE, PLACE, PLACES_CONTINUATION, REPEALED_AFTER } from './patterns.js';

// the title of an amending act that the mention's number follows, left out of the mention by the name reader ("… và
// Điều 2 Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ bản số 38/2009/QH12"): its
// "sửa đổi" is a name, not a verb
/** The words between two items of a list, without the title of the second when the mention is only its number. */
export function listGap(t: string, from: number, m: Mention): string {
  const gap = t.slice(from, m.start);
  return m.typeWord === null && m.symbol !== null ? gap.replace(AMENDING_TITLE_AT_END, ' ') : gap;
}

// the words between an item and the next, when the first is described: a description without a verb or a condition of its
// own, a semicolon (or "và" after a name given to it), then the places of the next item
// (or a comma, when the next item opens with its places: "… về việc ban hành Điều lệ trường cao đẳng, Điều 1 Thông tư số …")
// (or the whole of the next, "…, toàn bộ Nghị quyết số C")
// (the places of a regulation or an annex the next document issued: "…; Điều 5, Điều 6 Quy định ban hành kèm theo Quyết định số …")
const ISSUED_WITH = String.raw`(?:(?:Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ|Biểu|Bảng|Danh[ \n]+mục)(?![\p{L}])[^.;:\n]{0,80}?[ \n])?(?:ban[ \n]+hành[ \n]+)?kèm[ \n]+theo[ \n]+`;
const ISSUED_WITH_AT_END = /(?<![\p{L}])kèm[ \n]+theo[ \n]+$/u;
const DESCRIBED_ITEM_GAP = new RegExp(String.raw`^([^.;:]{0,400})(?:;[ \n]*(?:và[ \n]+)?|[ \n]và[ \n]+|,[ \n]*(?=${NUMBERED_PLACE})|,[ \n]*toàn[ \n]+bộ[ \n]+(?=$))(?:${PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,20}[ \n]+(?:của[ \n]+|tại[ \n]+|${ISSUED_WITH})?)?$`, 'u');
const NUMBERED_PLACE_AT = new RegExp(String.raw`^${NUMBERED_PLACE}`, 'u');
const PLACES_AFTER_COMMA = new RegExp(String.raw`^,[ \n]*${NUMBERED_PLACE}`, 'u');
const WHOLE_AFTER_COMMA = /^,[ \n]*toàn[ \n]+bộ[ \n]*$/u;
const GUIDING_WORDS = /(?<![\p{L}])(?:hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;

/** The operative relation of the list item before a parenthesis that closes right before `m`'s places, or null. */
export function itemAcrossParenthesis(t: string, citations: readonly Citation[], normStarts: readonly number[], normEnds: readonly number[], m: Mention): Relation | null {
  const before = t.slice(Math.max(0, m.start - 600), m.start);
  const close = before.lastIndexOf(')');
  if (close < 0 || !PLACES_CONTINUATION.test(before.slice(close + 1))) return null;
  const open = before.lastIndexOf('(', close);
  if (open < 0 || close - open > 400 || before.slice(open + 1, close).includes('(')) return null;
  const at = m.start - before.length + open;
  for (let k = citations.length - 1; k >= 0; k--) {
    const c = citations[k] as Citation;
    // (offsets in the matching text: a citation's own start is in the original, which NFD or CRLF moves)
    if ((normStarts[k] as number) >= at) continue;
    if (!/^[ \n]*$/u.test(t.slice(normEnds[k] as number, at))) return null;
    return c.role === 'head' && OPERATIVE_LIST.has(c.relation) ? c.relation : null;
  }
  return null;
}

/**
 * The relation an item shares with the head item before it across that one's description ("…;\nđiểm 13 của Nghị quyết số
 * …"), or null. Only the head's own operative relation carries; a defined name between them counts as description.
 */
/** The citation a report names the citation at `actor` as having acted on ("Luật số A đã được sửa đổi … theo Luật số B": A, for B), a few before it. */
export function reportedOn(citations: readonly Citation[], actor: number): Citation | null {
  for (let j = actor - 1; j >= Math.max(0, actor - 8); j--) {
    const q = citations[j] as Citation;
    if (q.asserted?.subject === actor || (q.alsoAsserted ?? []).some((a) => a.subject === actor)) return q;
  }
  return null;
}

export function describedItemOf(t: string, citations: readonly Citation[], normEnds: readonly number[], prevTailEnd: number, m: Mention): Relation | null {
  let k = citations.length - 1;
  // (over the name given to the head item and the documents its title names: "Nghị định số A … quy định chi tiết … Pháp
  // lệnh … (Nghị định số A); khoản 4 Điều 12 Nghị định số B")
  let named = false;
  for (; k >= 0; k--) {
    const c = citations[k] as Citation;
    if (c.role === 'alias') named = true;
    else if (c.role !== 'embedded') break;
  }
  let head = citations[k];
  // (the actor of a report on the item, described in its turn: "Thông tư số A … và các quy định đã được sửa đổi, bổ sung tại Thông
  // tư số B … sửa đổi, bổ sung, bãi bỏ một số điều của các Thông tư …; Thông tư số C …" — the list goes on from A)
  if (head && head.role === 'head' && head.relation === 'cites') head = reportedOn(citations, k) ?? head;
  if (!head || head.role !== 'head' || !OPERATIVE_LIST.has(head.relation)) return null;
  const from = k === citations.length - 1 ? prevTailEnd : (normEnds[k] as number);
  if (m.start - from > 500) return null;
  const gap = t.slice(from, m.start).replace(ALIAS_CLAUSE, ' ');
  const g = DESCRIBED_ITEM_GAP.exec(gap);
  if (!g) return null;
  // the "và" variant only after a name given on the way; a semicolon ends any description, and so does a comma before the next
  // item's places
  // (a regulation the next document issued only after a semicolon or "và": "… sửa đổi, bổ sung Điều 12, Điều 27 Quy chế … ban hành kèm
  // theo Quyết định số A" is a description naming A's places)
  const rest = gap.slice((g[1] as string).length);
  const placesAfterComma = (PLACES_AFTER_COMMA.test(rest) && !ISSUED_WITH_AT_END.test(gap)) || WHOLE_AFTER_COMMA.test(rest);
  // "và" before the places of a dated document: the next item only as the last of a list parted by semicolons ("Bãi bỏ … Nghị định
  // số A …; Điều 12 Nghị định số B … quy định chi tiết … và khoản 4 Điều 1 Nghị định số C ngày … sửa đổi …"), or after a first document
  // acted on in its places too ("Bãi bỏ Điều 7 Thông tư số A ngày … quy định … (về …) và khoản 2 Điều 3, Phụ lục III Thông tư số B
  // ngày …" — each document with its own places)
  const placesAfterAnd = m.date !== null && /^[ \n]và[ \n]+\S/u.test(rest) && NUMBERED_PLACE_AT.test(rest.replace(/^[ \n]và[ \n]+/u, ''));
  const lastOfSemicolonList = (): boolean => {
    const before = t.slice(Math.max(0, from - 1500), from);
    return before.lastIndexOf(';') > Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf(':'));
  };
  const placesOfBoth = head.scope?.whole === false && !!head.scope.part;
  if (!gap.includes(';') && !placesAfterComma && !ALIAS_CLAUSE.test(t.slice(from, m.start)) && !named && !(placesAfterAnd && (placesOfBoth || lastOfSemicolonList()))) return null;
  const description = g[1] as string;
  // (a guiding verb there is the title of a document ended or amended, "Thông tư số 40/2021/TT-BTC ngày … hướng dẫn thuế …;
  // Thông tư số 100/2021/TT-BTC …", and a verb of its own only when the list guides)
  const ends = head.relation === 'repeals' || head.relation === 'replaces';
  if ((ends ? OWN_VERB_IN_ENDED_TITLE : OWN_VERB_IN_DESCRIPTION).test(description) || (head.relation === 'guides' && GUIDING_WORDS.test(description))) return null;
  return head.relation;
}

/** Whether `m` is the next document of a final clause whose first document is ended (see the call). */
export function endingListItem(t: string, citations: readonly Citation[], normEnds: readonly number[], m: Mention): boolean {
  let k = citations.length - 1;
  while (k >= 0 && (citations[k] as Citation).role !== 'head') k--;
  const head = citations[k];
  if (!head || (head.relation !== 'repeals' && head.relation !== 'replaces') || head.type !== m.type || m.symbol === null) return false;
  const gap = t.slice(normEnds[k] as number, m.start);
  // (the next item may open with the places it ends: "… và Điều 2 Nghị định số B …")
  if (gap.length > 700 || /[.:][ \n]|;/u.test(gap) || !new RegExp(String.raw`(?:,|[ \n]và)[ \n]*(?:${PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,20}[ \n]+(?:của[ \n]+)?)?$`, 'u').test(gap)) return false;
  // a second document of a description has no date of its own ("… của Nghị định số A và Nghị định số B hết hiệu lực" stays)
  // (or the clause closes with the passive of repeal, for a repeal read on its first document: "A …, B … và C … được bãi bỏ kể từ …")
  return m.date !== null && (endedAfterItems(t.slice(m.tailEnd, m.tailEnd + 960)) || (head.relation === 'repeals' && repealedAfterItems(t.slice(m.tailEnd, m.tailEnd + 960))));
}

/** Whether the sentence that holds the mention at `start` says "thay thế" before it. */
export function saysReplaced(t: string, start: number): boolean {
  const before = t.slice(Math.max(0, start - 300), start);
  // (the sentence may wrap: a line break ends it only after a stop or at a blank line, "Luật này thay thế Luật về sĩ quan
  // … ngày 30 tháng 12 năm 1981 và Luật sửa đổi, bổ sung một số\nđiều của Luật về sĩ quan …")
  let from = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) from = (m.index ?? 0) + m[0].length;
  if (REPLACING.test(before.slice(from))) return true;
  // (or the head of the list the mention is an item of: "… và thay thế các Quyết định sau đây …:\n- Quyết định số A …;\n-
  // Quyết định số B … sửa đổi, bổ sung …")
  // (items that wrap over several lines hang under their head too: "2. Thông tư này thay thế:\n\na) Thông tư số A … của\nBộ trưởng
  // …;\n…\nd) Thông tư số D … sửa đổi, bổ sung một số điều của Thông tư số C")
  return REPLACING.test(listHead(t, start));
}
const REPLACING = /(?<![\p{L}])thay[ \n]+thế(?![\p{L}])/iu;
const SENTENCE_BREAK = /[.;:][ \t]*\n|\n[ \t]*\n|[.;] /gu;

/** Whether the clause ending the document at `start` says "bãi bỏ" (an express repeal, never a succession). */
/** The sentence before `start`, 200 characters at most ("… đều bãi bỏ. Quy định số 57-QĐ/TW … hết hiệu lực": the repeal is the sentence before's). */
export function sentenceBefore(t: string, start: number): string {
  const before = t.slice(Math.max(0, start - 200), start);
  // (a semicolon parts the items of one list, "Bãi bỏ các Thông tư sau đây: A …; B …": the repeal heads them all)
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  return end < 0 ? before : before.slice(end + 2);
}
export function endedByRepeal(t: string, start: number, tailEnd = start): boolean {
  const before = t.slice(Math.max(0, start - 200), start);
  const clause = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  // (or in the passive after it: "2. Nghị định số 20/2019/NĐ-CP được bãi bỏ.")
  return /(?<![\p{L}])bãi[ \n]+bỏ/iu.test(clause) || /(?<![\p{L}])[Bb]ãi[ ]+bỏ[^\n]{0,80}:[ ]*\n/u.test(before) || inRepealList(t, start) || REPEALED_AFTER.test(t.slice(tailEnd, tailEnd + 200));
}
