/** Mentions that stand for a document named earlier: short numbers and names a text defines, "Quyết định nêu trên", "Nghị định này" of another. */
import { inSortedRanges } from '../../text/ranges.js';
import { paragraphStart, zoneAt, type Layout } from '../layout.js';
import { readPinpoint, typeNameOf } from '../phrases.js';
import { TYPE_BY_CODE } from '../lexicon/document-types.js';
import { canonicalNumeral, parseSymbol, type ParsedSymbol } from '../symbol.js';
import type { Mention } from './mention.js';

// a document named again by its number without the issuer's code ("1. Sửa đổi khoản 2 Điều 3 Thông tư 01/2021 như sau:" after
// "… của Thông tư số 01/2021/TT-BXD"): the serial and year after a type word, not followed by more of a symbol
// (one line break at most between its words: a blank line parts paragraphs)
const SHORT_NUMBER = /(?<![\p{L}\d])(Nghị(?:[ ]+|[ ]*\n[ ]*)định|Thông(?:[ ]+|[ ]*\n[ ]*)tư|Quyết(?:[ ]+|[ ]*\n[ ]*)định|Nghị(?:[ ]+|[ ]*\n[ ]*)quyết|Chỉ(?:[ ]+|[ ]*\n[ ]*)thị)(?:[ ]+|[ ]*\n[ ]*)(?:số(?:[ ]+|[ ]*\n[ ]*))?(\d{1,4})\/((?:19|20)\d{2})(?![\d/\p{L}-])/gu;
// the short form a text defines for a document ("(sau đây viết tắt là Thông tư số 02/2018)") names it in its alias, not again
const SHORT_FORM_DEFINED = /(?:viết[ \n]+tắt|gọi(?:[ \n]+tắt|[ \n]+chung)?)[ \n]+là[ \n]*$/u;
/**
 * The short numbers of documents the text also names in full: each one is that document when exactly one full number of
 * the same type has its serial and year; a short number the text names in no full form, or in two, is left alone.
 */
export function shortNumbers(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const full = new Map<string, ParsedSymbol[]>();
  for (const m of numbered) {
    if (!m.symbol || !m.type) continue;
    const k = `${m.type}|${m.symbol.canonical.split('/').slice(0, 2).join('/')}`;
    const list = full.get(k) ?? [];
    if (!list.some((s) => s.canonical === m.symbol?.canonical)) list.push(m.symbol);
    full.set(k, list);
  }
  if (full.size === 0) return [];
  const out: Mention[] = [];
  SHORT_NUMBER.lastIndex = 0;
  for (let m = SHORT_NUMBER.exec(text); m; m = SHORT_NUMBER.exec(text)) {
    const type = typeNameOf((m[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const found = type ? full.get(`${type}|${canonicalNumeral(m[2] as string)}/${m[3] as string}`) : undefined;
    if (!found || found.length !== 1 || zoneAt(layout, m.index) === 'recipients' || SHORT_FORM_DEFINED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, after: end, kind: 'numbered', form: 'partial', typeWord: m[1] as string, type, typeInherited: false, symbol: found[0] as ParsedSymbol, named: null, partialNumber: null, pinpoint: readPinpoint(text, m.index), date: null, issuer: null, tailEnd: end, term: null, aliasRange: null, inAlias: false, warnings: ['short-number'] });
  }
  return out;
}

// a short name the text defines for a document it has just named in full: "Nghị định số 15/2020/NĐ-CP … (sau đây gọi là Nghị định
// số 15)", "Quyết định số 25/2021/QĐ-UBND … (sau đây gọi tắt là Quyết định 25)"
const SHORT_NAME_DEFINED = /\([ \n]*(?:sau[ \n]+đây[ \n]+|dưới[ \n]+đây[ \n]+)?(?:gọi[ \n]+tắt[ \n]+là|gọi[ \n]+là|viết[ \n]+tắt[ \n]+là)[ \n]*(Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị|Quy[ \n]+định|Kết[ \n]+luận|Hướng[ \n]+dẫn|Quy[ \n]+chế|Kế[ \n]+hoạch)[ \n]+(số[ \n]+)?(\d{1,4})[ \n]*\)/gu;
/**
 * The later uses of a short name the text defines for a numbered document (see SHORT_NAME_DEFINED): each one is that document.
 * The name must repeat the document's type and serial, and be defined within 600 characters after its full number; the same
 * words before the definition, or followed by more of a symbol, are left alone.
 */
/** A mention that takes up an earlier one's document by another wording (a short name, an anaphor): its symbol and type, its own place. */
function takenUp(text: string, start: number, end: number, typeWord: string | null, full: Mention, warning: string): Mention {
  return { start, end, after: end, kind: 'numbered', form: 'partial', typeWord, type: full.type, typeInherited: false, symbol: full.symbol, named: null, partialNumber: null, pinpoint: readPinpoint(text, start), date: null, issuer: null, tailEnd: end, term: null, aliasRange: null, inAlias: false, warnings: [warning] };
}

/** A number's serial as a short name repeats it ("05" of "05/2020/NQ-HĐND"). */
// (a Party document's serial stands before its dash, "96-QĐ/TW")
const serialOf = (symbol: ParsedSymbol): string => canonicalNumeral(symbol.shape === 'party' ? symbol.numeral : (symbol.canonical.split('/')[0] as string));

// a document named again by its type and serial alone ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 05" after "… Nghị
// quyết số 05/2020/NQ-HĐND …"): no symbol, no year after it (a stop may end the line after it, "Bãi bỏ khoản 3 Điều 4 Quyết định số
// 26."; not an item's mark, "… của một số Thông tư\n1. Bãi bỏ …", nor a decimal point)
const SERIAL_ONLY = /(?<![\p{L}\d])(Nghị(?:[ ]+|[ ]*\n[ ]*)định|Thông(?:[ ]+|[ ]*\n[ ]*)tư|Quyết(?:[ ]+|[ ]*\n[ ]*)định|Nghị(?:[ ]+|[ ]*\n[ ]*)quyết|Chỉ(?:[ ]+|[ ]*\n[ ]*)thị)(?:[ ]+|[ ]*\n[ ]*)(?:số(?:[ ]+|[ ]*\n[ ]*))?(\d{1,4})(?![\d/,\-\p{L}])(?!\.(?![ \t]*(?:\n|$)))(?![ ]*(?:năm|tháng|ngày|%|lần|người|đồng|ha|\)))/gu;
/**
 * The serial-only uses of a document the text has named in full before them: each one is that document when exactly one full
 * number of the same type, named earlier, has that serial; a serial the text names in no full form before, or in two, is
 * left alone (a short number of its own, "Nghị quyết 02" of a Party committee, stays partial).
 */
export function serialShortNames(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  SERIAL_ONLY.lastIndex = 0;
  for (let u = SERIAL_ONLY.exec(text); u; u = SERIAL_ONLY.exec(text)) {
    if (zoneAt(layout, u.index) === 'recipients') continue;
    const type = typeNameOf((u[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const serial = canonicalNumeral(u[2] as string);
    // (a full number written alone takes its type from its code: "các Quyết định số 25, 26/2017/QĐ-TTg" then "Quyết định số 26")
    const before = numbered.filter((m) => m.start < u.index && (m.type === type || (m.type === null && m.symbol?.typeCode != null && TYPE_BY_CODE[m.symbol.typeCode] === type)) && m.symbol && m.form !== 'partial' && serialOf(m.symbol) === serial);
    const full = before.at(-1);
    if (!full?.symbol || new Set(before.map((m) => m.symbol?.canonical)).size !== 1) continue;
    out.push(takenUp(text, u.index, u.index + u[0].length, u[1] as string, full, 'serial-short-name'));
  }
  return out;
}

const REGULATION_TYPE = /^Quy[ \n]+(?:định|chế)$/u;
const ISSUED_WITH_BETWEEN = /^[ \n]*(?:được[ \n]+)?ban[ \n]+hành[ \n]+kèm[ \n]+theo[ \n]+(?:(?:Quyết[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư)[ \n]+(?:số[ \n]+)?)?$/u;
export function definedShortNames(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  SHORT_NAME_DEFINED.lastIndex = 0;
  for (let d = SHORT_NAME_DEFINED.exec(text); d; d = SHORT_NAME_DEFINED.exec(text)) {
    const type = typeNameOf((d[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const serial = canonicalNumeral(d[3] as string);
    const defined = d.index;
    let full: Mention | undefined;
    for (const m of numbered) if (m.start < defined && defined - m.start <= 600 && m.type === type && m.symbol && serialOf(m.symbol) === serial) full = m;
    // a regulation named short by its decision's serial, the decision right after ("Quy định … (gọi tắt là Quy định 23) ban hành
    // kèm theo Quyết định số 23/2021/QĐ-UBND")
    if (!full && REGULATION_TYPE.test(d[1] as string)) {
      const after = d.index + d[0].length;
      full = numbered.find((m) => m.start > after && m.start - after <= 80 && m.symbol && serialOf(m.symbol) === serial && ISSUED_WITH_BETWEEN.test(text.slice(after, m.start)));
    }
    if (!full || !full.symbol) continue;
    const words = `${(d[1] as string).split(/\s+/u).join(String.raw`[ \n]+`)}[ \n]+${d[2] ? String.raw`số[ \n]+` : ''}${d[3] as string}`;
    const use = new RegExp(String.raw`(?<![\p{L}\d])${words}(?![\d/\p{L}-])`, 'gu');
    use.lastIndex = defined + d[0].length;
    for (let u = use.exec(text); u; u = use.exec(text)) {
      if (zoneAt(layout, u.index) === 'recipients') continue;
      const end = u.index + u[0].length;
      out.push(takenUp(text, u.index, end, d[1] as string, full, 'defined-short-name'));
    }
  }
  // a regulation issued with a decision, named short ("Quy định … ban hành kèm theo Quyết định số 35/2020/QĐ-UBND (sau đây gọi là
  // Quy định)"): where the short name is pinned by places after it ("Khoản 2 Điều 4 Quy định được sửa đổi …", "Bãi bỏ Điều 10 Quy
  // định."), it is that decision's regulation; elsewhere the word is read as the verb it also is
  REGULATION_NAME_DEFINED.lastIndex = 0;
  for (let d = REGULATION_NAME_DEFINED.exec(text); d; d = REGULATION_NAME_DEFINED.exec(text)) {
    const defined = d.index;
    let full: Mention | undefined;
    for (const m of numbered) if (m.start < defined && defined - m.start <= 400 && m.symbol) full = m;
    if (!full?.symbol || !/(?<![\p{L}])kèm[ \n]+theo[ \n]*$/u.test(text.slice(Math.max(0, full.start - 40), full.start))) continue;
    const name = (d[1] as string).split(/\s+/u).join(String.raw`[ \n]+`);
    const use = new RegExp(String.raw`(?<=(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Cc]hương|[Mm]ục)[ \n]+[\dA-Za-zđ]{1,5}(?:[ \n]+(?:của|tại))?[ \n]+)${name}(?![\p{L}\d/])(?![ \n]+(?:về|này)(?![\p{L}]))`, 'gu');
    use.lastIndex = defined + d[0].length;
    for (let u = use.exec(text); u; u = use.exec(text)) {
      if (zoneAt(layout, u.index) !== 'body' || inSortedRanges(layout.quotedWordings, u.index)) continue;
      const end = u.index + u[0].length;
      out.push(takenUp(text, u.index, end, full.typeWord, full, 'defined-short-name'));
    }
  }
  out.push(...amendedRegulationNamedBare(text, layout, numbered));
  return out;
}

// a title that amends a regulation issued with a decision ("Về sửa đổi, bổ sung Quy chế quản lý chợ … ban hành kèm theo Quyết
// định số 07/2016/QĐ-UBND"), whose first article then names it by the bare word ("Điều 1. Sửa đổi, bổ sung Quy chế như sau:"):
// that word, opening an amending line, is the decision's regulation
const TITLE_AMENDS_REGULATION = /(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?:,[ \n]+bổ[ \n]+sung)?(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)(?:[ \n]+của)?)?[ \n]+(Quy[ \n]+chế|Quy[ \n]+định)(?![\p{L}])/giu;
// (the decision's type may stand before its mention or in it)
const ISSUED_WITH_BEFORE = /(?<![\p{L}])kèm[ \n]+theo[ \n]+(?:(?:Quyết[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư)[ \n]+(?:số[ \n]+)?)?$/u;
function amendedRegulationNamedBare(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  if (layout.titleEnd <= layout.titleStart) return [];
  const title = text.slice(layout.titleStart, layout.titleEnd);
  TITLE_AMENDS_REGULATION.lastIndex = 0;
  const named = TITLE_AMENDS_REGULATION.exec(title);
  if (!named) return [];
  const wordAt = layout.titleStart + named.index + named[0].length;
  const decisions = numbered.filter((m) => m.start > wordAt && m.start < layout.titleEnd && m.symbol && m.start - wordAt <= 400 && ISSUED_WITH_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)));
  const full = decisions[0];
  if (!full?.symbol || decisions.some((m) => m.symbol?.canonical !== full.symbol?.canonical)) return [];
  const word = (named[1] as string).split(/\s+/u).join(String.raw`[ \n]+`);
  const use = new RegExp(String.raw`(?<=(?:^|\n)(?:Điều[ \n]+1\.[ \n]+)?(?:Sửa[ \n]+đổi,[ \n]+bổ[ \n]+sung|Sửa[ \n]+đổi|Bổ[ \n]+sung)(?:[ \n]+một[ \n]+số[ \n]+(?:điều|nội[ \n]+dung)(?:[ \n]+của)?)?[ \n]+)${word}(?=[ \n]*(?:như[ \n]+sau)?[ \n]*:)`, 'gu');
  const out: Mention[] = [];
  use.lastIndex = layout.titleEnd;
  for (let u = use.exec(text); u; u = use.exec(text)) {
    if (zoneAt(layout, u.index) !== 'body' || inSortedRanges(layout.quotedWordings, u.index)) continue;
    out.push(takenUp(text, u.index, u.index + u[0].length, full.typeWord, full, 'defined-short-name'));
  }
  return out;
}
const REGULATION_NAME_DEFINED = /\([ \n]*(?:sau[ \n]+đây[ \n]+|dưới[ \n]+đây[ \n]+)?(?:gọi[ \n]+tắt[ \n]+là|gọi[ \n]+là|viết[ \n]+tắt[ \n]+là)[ \n]*(Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ|Quy[ \n]+trình)[ \n]*\)/gu;

// "Quyết định nêu trên", "Nghị định số 15 nói trên", "Thông tư đã dẫn", "Quyết định đó", "Nghị quyết thứ hai": a document named
// before, by its type alone (not "các Quyết định nêu trên", many; not "Quyết định này", this one)
const ANAPHOR = /(?<![\p{L}])(Nghị[ \n]+định|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị|Luật|Pháp[ \n]+lệnh)(?:[ \n]+số[ \n]+(\d{1,4}))?[ \n]+(?:(thứ[ \n]+nhất|thứ[ \n]+hai|thứ[ \n]+ba|đầu[ \n]+tiên|sau[ \n]+cùng|cuối[ \n]+cùng)(?:[ \n]+(?:nêu|nói)[ \n]+trên)?|(?:nêu|nói|kể|đề[ \n]+cập)[ \n]+(?:ở[ \n]+)?trên|đã[ \n]+dẫn(?:[ \n]+(?:ở[ \n]+)?trên)?|đó)(?![\p{L}])/gu;
const MANY_BEFORE = /(?:^|[^\p{L}])(?:các|những|hai|ba|2|3)[ \n]+$/u;
// "Quy định nói trên", "Quy chế đó": a regulation named before, issued with a decision ("Quy định … ban hành kèm theo Quyết định số …")
const REGULATION_ANAPHOR = /(?<![\p{L}])(Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ|Quy[ \n]+trình|Đề[ \n]+án|Hướng[ \n]+dẫn)[ \n]+(?:(?:nêu|nói)[ \n]+trên|đó)(?![\p{L}])/gu;
// the words that take a document up again, looked for first (a plain search for each; the type words before them are everywhere)
// (each with the word that must come right before it: "trên" alone is "trên địa bàn", "đó" alone any demonstrative)
const ANAPHOR_ANCHORS: Array<[string, RegExp]> = [
  ['trên', /(?:nêu|nói|kể|cập|ở)[ \n]+$/u],
  ['dẫn', /đã[ \n]+$/u],
  ['đó', /(?:định|tư|quyết|thị|Luật|lệnh|chế|lệ|trình|án|dẫn|tịch)[ \n]+$/u],
  ['thứ', /(?:định|tư|quyết|thị|Luật|lệnh|tịch|\d)[ \n]+$/u],
  ['tiên', /đầu[ \n]+$/u],
  ['cùng', /(?:sau|cuối)[ \n]+$/u],
];
/** Where the anaphoric words stand, each after the word it needs; then the matches of `pattern` (global) that cover one, read in a short window around each (offsets into `text`). */
function anaphorAnchors(text: string): number[] {
  const at: number[] = [];
  for (const [word, before] of ANAPHOR_ANCHORS) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) if (before.test(text.slice(Math.max(0, i - 12), i))) at.push(i);
  return at.sort((x, y) => x - y);
}
function aroundSuffixes(text: string, pattern: RegExp, at: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = -1;
  for (const i of at) {
    if (i < lastEnd) continue;
    const from = Math.max(0, i - 48, lastEnd);
    const window = text.slice(from, i + 32);
    pattern.lastIndex = 0;
    for (let a = pattern.exec(window); a; a = pattern.exec(window)) {
      const start = from + a.index;
      if (start > i || start + a[0].length <= i) continue;
      a.index = start;
      out.push(a);
      lastEnd = start + a[0].length;
    }
  }
  return out;
}
const ORDINAL: Record<string, number> = { 'thứ nhất': 0, 'đầu tiên': 0, 'thứ hai': 1, 'thứ ba': 2, 'sau cùng': -1, 'cuối cùng': -1 };

/**
 * A document named before and taken up again by its type ("Căn cứ Quyết định số 789/QĐ-UBND …\nĐiều 1. Sửa đổi khoản 2 Điều 1
 * Quyết định nêu trên …"): the one document of that type the text named in the 3 000 characters before, or the one its title
 * names among several, or the one an ordinal picks in the order they were named ("Nghị quyết thứ hai", "Quyết định sau cùng nêu
 * trên"); with several and none in the title the reference stays unread (never a guess). A regulation taken up again ("Bãi bỏ
 * khoản 2 Điều 9 Quy định nói trên") is the decision it was issued with.
 */
export function anaphoricMentions(text: string, layout: Layout, earlier: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const push = (start: number, end: number, typeWord: string, full: Mention): void => {
    out.push(takenUp(text, start, end, typeWord, full, 'anaphora'));
  };
  out.push(...namedInArticle(text, layout, earlier));
  const anchors = anaphorAnchors(text);
  if (anchors.length === 0) return out;
  for (const a of aroundSuffixes(text, ANAPHOR, anchors)) {
    const type = typeNameOf((a[1] as string).replace(/\s+/gu, ' ')) ?? null;
    if (type === null || zoneAt(layout, a.index) === 'recipients' || MANY_BEFORE.test(text.slice(Math.max(0, a.index - 8), a.index))) continue;
    const serial = a[2] !== undefined ? canonicalNumeral(a[2]) : null;
    // (a mention inside the phrase itself is none before it)
    const before = earlier.filter((m) => m.end <= a!.index && a!.index - m.start <= 3000 && m.type === type);
    const ids = new Map<string, Mention>();
    for (const m of before) if (!ids.has(m.symbol ? m.symbol.canonical : `named:${m.start}`)) ids.set(m.symbol ? m.symbol.canonical : `named:${m.start}`, m);
    const distinct = [...ids.values()];
    let pick: Mention[];
    if (a[3] !== undefined) {
      // (an ordinal counts the documents of the type in the order they were first named; all must be numbered)
      const n = ORDINAL[(a[3] as string).replace(/\s+/gu, ' ')] as number;
      const chosen = n < 0 ? distinct[distinct.length - 1] : distinct[n];
      pick = distinct.length >= 2 && chosen?.symbol && distinct.every((m) => m.symbol !== null) ? [chosen] : [];
    } else {
      pick = distinct.filter((m) => m.symbol !== null && (serial === null || serialOf(m.symbol) === serial));
      if (pick.length > 1) pick = pick.filter((m) => zoneAt(layout, m.start) === 'title');
      // (an unnumbered document of the type named before makes "nêu trên" ambiguous)
      if (serial === null && ids.size !== 1 && !pick.some((m) => zoneAt(layout, m.start) === 'title')) pick = [];
    }
    if (pick.length !== 1) continue;
    // (an issuer after the phrase that is not the antecedent's: "Quyết định nêu trên của UBND huyện" after a decision of the province)
    const level = (s: string): string | null => /^[^.;\n]{0,60}?(?:của|do)[ \n]+(?:Ủy[ \n]+ban[ \n]+nhân[ \n]+dân|UBND|Hội[ \n]+đồng[ \n]+nhân[ \n]+dân|HĐND|Chủ[ \n]+tịch(?:[ \n]+UBND)?)[ \n]+(tỉnh|huyện|xã|thành[ \n]+phố|quận|thị[ \n]+xã|phường)/u.exec(s)?.[1]?.replace(/\s+/gu, ' ') ?? null;
    const levelAfter = level(text.slice(a.index + a[0].length, a.index + a[0].length + 80));
    const levelBefore = level(text.slice((pick[0] as Mention).end, (pick[0] as Mention).end + 120));
    if (levelAfter !== null && levelBefore !== null && levelAfter !== levelBefore) continue;
    // (a decision named as a common noun in between is a candidate the count cannot see: "Thu hồi Giấy chứng nhận … theo quyết
    // định của UBND huyện.\nĐiều 2. Hủy bỏ Quyết định nêu trên")
    if (new RegExp(String.raw`(?<![\p{L}])${(a[1] as string).toLowerCase().split(/\s+/u).join(String.raw`[ \n]+`)}(?![\p{L}])(?![ \n]+(?:số|này)(?![\p{L}]))`, 'u').test(text.slice((pick[0] as Mention).end, a.index))) continue;
    push(a.index, a.index + a[0].length, a[1] as string, pick[0] as Mention);
  }
  for (const a of aroundSuffixes(text, REGULATION_ANAPHOR, anchors)) {
    if (zoneAt(layout, a.index) !== 'body' || inSortedRanges(layout.quotedWordings, a.index)) continue;
    const noun = (a[1] as string).split(/\s+/u).join(String.raw`[ \n]+`);
    const issuedWith = new RegExp(String.raw`(?<![\p{L}])${noun}(?![\p{L}])[^.;]{0,300}?kèm[ \n]+theo[ \n]*$`, 'u');
    // (the last document before the phrase, within 3 000 characters, that a regulation of that name was issued with)
    let full: Mention | undefined;
    for (const m of earlier) if (m.end <= a.index && a.index - m.start <= 3000 && m.symbol && issuedWith.test(text.slice(Math.max(0, m.start - 320), m.start))) full = m;
    if (full) push(a.index, a.index + a[0].length, full.typeWord ?? (a[1] as string), full);
  }
  return out;
}

// "Thông tư này thay thế Thông tư hướng dẫn chế độ kế toán hành chính, sự nghiệp nêu tại Điều 4": a document of a type, maybe with
// words of its title, that one of this document's own articles names ("nêu tại", "nói tại": "quy định tại Điều 4" is as often
// another's article); not one of another document's articles ("… nêu tại Điều 4 của Thông tư số …"), not several ("các Quyết định
// nêu tại Điều 2")
const IN_ARTICLE = /(?<![\p{L}])(?:đã[ \n]+)?(?:nêu|nói)[ \n]+tại[ \n]+(?:khoản[ \n]+\d{1,2}[ \n]+)?Điều[ \n]+(\d{1,3})(?![\p{L}\d])(?![ \n]*(?:của|Luật|Bộ[ \n]+luật|Pháp[ \n]+lệnh|Nghị|Thông|Quyết|Chỉ|Hiến|Kế|Quy)(?![\p{L}]))/gu;
const TYPE_THEN_TITLE = /(?<![\p{L}])(Nghị[ \n]+định|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị)(?:[ \n]+(?!số[ \n]|này(?![\p{L}]))[^.;:()\n\d]{1,160})?[ \n]+$/u;
const ENDING_VERB_BEFORE = /(?<![\p{L}])(?:thay[ \n]+thế|thay[ \n]+cho|bãi[ \n]+bỏ)[ \n]+$/iu;
const ARTICLE_LINE = /(?:^|\n)[ \t]*Điều[ \t]+(\d{1,3})[.:]/gu;
/** The documents one of this document's own articles names, taken up by their type: each the one document of that type the article names. */
function namedInArticle(text: string, layout: Layout, earlier: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  if (text.indexOf('tại Điều') < 0 && text.indexOf('tại khoản') < 0) return out;
  // (the articles of the body, in order: where each starts; read only once a phrase needs them)
  let articlesRead: Array<{ n: string; start: number }> | null = null;
  const articlesOf = (): Array<{ n: string; start: number }> => {
    if (articlesRead !== null) return articlesRead;
    const found: Array<{ n: string; start: number }> = [];
    ARTICLE_LINE.lastIndex = 0;
    for (let a = ARTICLE_LINE.exec(text); a; a = ARTICLE_LINE.exec(text)) if (zoneAt(layout, a.index + 1) === 'body' && !inSortedRanges(layout.quotedWordings, a.index + 1)) found.push({ n: a[1] as string, start: a.index });
    articlesRead = found;
    return found;
  };
  IN_ARTICLE.lastIndex = 0;
  for (let a = IN_ARTICLE.exec(text); a; a = IN_ARTICLE.exec(text)) {
    if (zoneAt(layout, a.index) !== 'body' || inSortedRanges(layout.quotedWordings, a.index)) continue;
    const head = TYPE_THEN_TITLE.exec(text.slice(Math.max(0, a.index - 200), a.index));
    if (!head) continue;
    const start = a.index - head[0].length;
    const end = a.index + a[0].length;
    // (not over a document the words name, "Nghị định quy định chi tiết Luật Đất đai nêu tại Điều 2": that one is cited there)
    // (and only as the object of an ending: "… thay thế Thông tư … nêu tại Điều 4", "Bãi bỏ Quyết định … nêu tại khoản 2 Điều 1";
    // elsewhere the words are a reminder, not a citation a reader would count)
    if (MANY_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || !ENDING_VERB_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || earlier.some((m) => m.start < end && m.end > start)) continue;
    // (the article must be one of this document's, its heading written once)
    const articles = articlesOf();
    const at = articles.findIndex((x) => x.n === a![1]);
    if (at < 0 || articles.filter((x) => x.n === a![1]).length !== 1) continue;
    const from = (articles[at] as { start: number }).start;
    const to = articles[at + 1]?.start ?? text.length;
    const type = typeNameOf((head[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const named = earlier.filter((m) => m.start >= from && m.end <= to && (m.end <= start || m.start >= end) && m.type === type && m.symbol !== null && m.form !== 'partial');
    const distinct = new Set(named.map((m) => m.symbol?.canonical));
    if (distinct.size !== 1) continue;
    out.push(takenUp(text, start, end, head[1] as string, named[0] as Mention, 'anaphora'));
  }
  return out;
}

// "Nghị định này" in a document of another type: a letter or a report quoting or describing a decree ("Nghị định số 31/2013/NĐ-CP
// quy định chi tiết …, Nghị định này có hiệu lực thi hành từ ngày 01/6/2013", "Các nội dung khác của Nghị định số 168/2024/NĐ-CP giữ
// nguyên. Nghị định này đã thay thế một phần Nghị định số 100/2019/NĐ-CP …" in the Government Office's letter)
const ISSUED_RIGHT_BEFORE = /(?<![\p{L}])ban[ \n]+hành[ \n]+$/u;
const THIS_OF_A_TYPE = /(?<![\p{L}])(Nghị[ \n]+định|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị)[ \n]+này(?![\p{L}])/gu;
/**
 * The documents "… này" stands for in a document of another type (`ownType`, the citing document's type name): the one document of
 * that type the same paragraph named, within 600 characters before, or the last of several when the sentence has just said it was
 * issued; otherwise, with two, or none, the phrase stays unread. Not in a
 * consolidated text, whose "… này" is its base's own wording.
 */
export function thisOfAnotherType(text: string, layout: Layout, earlier: readonly Mention[], ownType: string | null | undefined): Mention[] {
  if (!ownType || ownType === 'Văn bản hợp nhất') return [];
  const out: Mention[] = [];
  THIS_OF_A_TYPE.lastIndex = 0;
  for (let a = THIS_OF_A_TYPE.exec(text); a; a = THIS_OF_A_TYPE.exec(text)) {
    const type = typeNameOf((a[1] as string).replace(/\s+/gu, ' ')) ?? null;
    if (type === null || type === ownType || zoneAt(layout, a.index) !== 'body') continue;
    const from = Math.max(paragraphStart(layout, a.index), a.index - 600);
    const before = earlier.filter((m) => m.symbol !== null && m.type === type && m.start >= from && m.end <= a!.index);
    const last = before[before.length - 1];
    // (with several, the one the sentence has just said was issued: "Quyết định số A …: ngày …, Ủy ban nhân dân tỉnh đã ban hành Quyết
    // định số B …; Quyết định này thay thế Quyết định số A" — B)
    const justIssued = last !== undefined && ISSUED_RIGHT_BEFORE.test(text.slice(Math.max(0, last.start - 24), last.start)) && !/[.?!][ \n]|\n/u.test(text.slice(last.end, a.index));
    if (!last || (before.some((m) => m.symbol?.canonical !== last.symbol?.canonical) && !justIssued)) continue;
    out.push(takenUp(text, a.index, a.index + a[0].length, a[1] as string, last, 'this-of-another-type'));
  }
  return out;
}

// a list of serials and years after one type word whose last item alone is written in full: "(được sửa đổi, bổ sung bởi các Nghị
// định 76/2009, 14/2012, 17/2013, 117/2016, 07/2026/NĐ-CP)" — the full item's codes are every item's
const SHORT_LIST_HEAD = /(?<![\p{L}\d])(Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết)[ \n]+(?:số[ \n]+)?(?=\d{1,4}\/(?:19|20)\d{2}[ \n]*(?:,|và[ \n]))/gu;
const SHORT_LIST_ITEM = /(\d{1,4})\/((?:19|20)\d{2})(?![\d/\p{L}-])[ \n]*(?:,[ \n]*(?:và[ \n]+)?|và[ \n]+)(?:số[ \n]+)?/uy;
/**
 * The items of such lists before the one written in full, each read with that item's codes when the full item is of the list's
 * type (a normative number, "07/2026/NĐ-CP" after "các Nghị định"); at most twelve items, adjacent (only separators between).
 */
export function listedShortNumbers(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  SHORT_LIST_HEAD.lastIndex = 0;
  for (let h = SHORT_LIST_HEAD.exec(text); h; h = SHORT_LIST_HEAD.exec(text)) {
    if (zoneAt(layout, h.index) === 'recipients') continue;
    const type = typeNameOf((h[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const items: Array<{ start: number; end: number; serial: string; year: string }> = [];
    let at = h.index + h[0].length;
    for (let n = 0; n < 12; n++) {
      SHORT_LIST_ITEM.lastIndex = at;
      const item = SHORT_LIST_ITEM.exec(text);
      if (!item) break;
      items.push({ start: at, end: at + (item[1] as string).length + 1 + (item[2] as string).length, serial: item[1] as string, year: item[2] as string });
      at = SHORT_LIST_ITEM.lastIndex;
    }
    const last = numbered.find((m) => m.symbol !== null && m.start <= at && at < m.end);
    const sym = last?.symbol;
    if (items.length === 0 || !sym || sym.shape !== 'normative' || sym.typeCode === null || TYPE_BY_CODE[sym.typeCode] !== type) continue;
    const codes = sym.canonical.split('/').slice(2).join('/');
    for (const [k, item] of items.entries()) {
      const symbol = parseSymbol(`${item.serial}/${item.year}/${codes}`);
      if (!symbol) continue;
      const start = k === 0 ? h.index : item.start;
      out.push({ start, end: item.end, after: item.end, kind: 'numbered', form: 'partial', typeWord: k === 0 ? (h[1] as string) : null, type, typeInherited: k > 0, symbol, named: null, partialNumber: null, pinpoint: readPinpoint(text, start), date: null, issuer: null, tailEnd: item.end, term: null, aliasRange: null, inAlias: false, warnings: ['listed-short-number'] });
    }
  }
  // serials alone before the one written in full, which shares its year and codes with them: "các Quyết định số 25, 26/2017/QĐ-TTg",
  // "Quy định số 88, 89-QĐ/TU"
  SHARED_SERIAL_HEAD.lastIndex = 0;
  for (let h = SHARED_SERIAL_HEAD.exec(text); h; h = SHARED_SERIAL_HEAD.exec(text)) {
    if (zoneAt(layout, h.index) === 'recipients') continue;
    const type = typeNameOf((h[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const items: Array<{ start: number; end: number; serial: string }> = [];
    let at = h.index + h[0].length;
    for (let n = 0; n < 12; n++) {
      SHARED_SERIAL_ITEM.lastIndex = at;
      const item = SHARED_SERIAL_ITEM.exec(text);
      if (!item) break;
      items.push({ start: at, end: at + (item[1] as string).length, serial: item[1] as string });
      at = SHARED_SERIAL_ITEM.lastIndex;
    }
    const last = numbered.find((m) => m.symbol !== null && m.start <= at && at < m.end);
    const sym = last?.symbol;
    if (items.length === 0 || !sym || sym.typeCode === null || (TYPE_BY_CODE[sym.typeCode] !== type && !(type === 'Quy định' && sym.typeCode === 'QĐ' && sym.family === 'party'))) continue;
    for (const [k, item] of items.entries()) {
      const symbol = parseSymbol(sym.canonical.replace(/^\d{1,4}/u, item.serial));
      if (!symbol) continue;
      const start = k === 0 ? h.index : item.start;
      out.push({ start, end: item.end, after: item.end, kind: 'numbered', form: 'partial', typeWord: k === 0 ? (h[1] as string) : null, type, typeInherited: k > 0, symbol, named: null, partialNumber: null, pinpoint: readPinpoint(text, start), date: null, issuer: null, tailEnd: item.end, term: null, aliasRange: null, inAlias: false, warnings: ['listed-short-number'] });
    }
  }
  return out;
}
const SHARED_SERIAL_HEAD = /(?<![\p{L}\d])(Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết|Quy[ \n]+định|Chỉ[ \n]+thị)[ \n]+(?:số[ \n]+)?(?=\d{1,4}[ \n]*(?:,|và[ \n])[ \n]*(?:\d{1,4}[ \n]*(?:,|và[ \n])[ \n]*){0,10}\d{1,4}(?:\/(?:19|20)\d{2}\/|-)\p{L})/gu;
const SHARED_SERIAL_ITEM = /(\d{1,4})[ \n]*(?:,[ \n]*(?:và[ \n]+)?|và[ \n]+)(?=\d)/uy;
