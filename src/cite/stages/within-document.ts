/** One document at one node: named laws meet their numbers, aliases their documents, a family of partial numbers its full one. */
import type { NormalizedText } from '../../text/normalize.js';
import { isUnknownPlace, type IdParts } from '../ids.js';
import type { Alias, Citation } from '../schema.js';
import type { Mention } from './mention.js';
import { endedByRepeal } from './list-items.js';
import { ACTING_RELATIONS, AMENDING_NAME } from './patterns.js';
import { outranked } from './succession.js';
import { lawByNumber } from '../laws.js';

// what stands between a law's name and its number given in a parenthesis: its date or year, and the parenthesis
const NUMBER_IN_PARENTHESIS = /^(?:[ \n]+(?:ngày[ \n]+\d{1,2}[ \n]+tháng[ \n]+\d{1,2}[ \n]+năm[ \n]+\d{4}|ngày[ \n]+\d{1,2}\/\d{1,2}\/\d{4}|năm[ \n]+\d{4}))?[ \n]*\([ \n]*$/u;
/**
 * "Luật Đầu tư số 67/2014/QH13 … Luật Đầu tư": a name the document itself gives a number is that
 * number wherever the document uses the name (unless the year written with it differs). A name it gives
 * two numbers ("Luật Quản lý thuế số 78/2006/QH11 … Luật Quản lý thuế số 38/2019/QH14") is the one of the
 * year written with it, else the one in force on the document's own date (the latest in effect by then).
 */
export function numberNamedLaws(mentions: readonly Mention[], ids: { parts: IdParts; warnings: string[] }[], citingDate: string | null = null, text: string | null = null): void {
  const numbersOf = new Map<string, IdParts[]>();
  const add = (lawKey: string, parts: IdParts): void => {
    const list = numbersOf.get(lawKey) ?? [];
    if (!list.some((p) => p.key === parts.key)) list.push(parts);
    numbersOf.set(lawKey, list);
  };
  mentions.forEach((m, k) => {
    if (m.form !== 'law-with-number' || !m.lawKey) return;
    add(m.lawKey, (ids[k] as { parts: IdParts }).parts);
  });
  // (the number may follow the name's date in a parenthesis: "Luật Đất đai ngày 18 tháng 01 năm 2024 (số 31/2024/QH15)", "… năm
  // 2024 (Luật số 31/2024/QH15)"; the name is that law's wherever the document uses it)
  if (text !== null) {
    mentions.forEach((m, k) => {
      const next = mentions[k + 1];
      if (m.form !== 'named-law' || next === undefined || next.symbol?.shape !== 'law') return;
      if (!NUMBER_IN_PARENTHESIS.test(text.slice(m.end, next.start)) || !/^(?:(?:Bộ[ \n]+)?[Ll]uật[ \n]+|Pháp[ \n]+lệnh[ \n]+)?số[ \n]/u.test(text.slice(next.start, next.end))) return;
      const id = ids[k] as { parts: IdParts; warnings: string[] };
      const numbered = (ids[k + 1] as { parts: IdParts }).parts;
      add(id.parts.key, numbered);
    });
  }
  const yearOf = (p: IdParts): string | undefined => /\/((?:19|20)\d{2})\//.exec(p.key)?.[1];
  mentions.forEach((m, k) => {
    if (m.form !== 'named-law') return;
    const id = ids[k] as { parts: IdParts; warnings: string[] };
    const numbers = numbersOf.get(id.parts.key);
    if (!numbers) return;
    let numbered: IdParts | undefined;
    if (id.parts.scope !== null) {
      const same = numbers.filter((p) => yearOf(p) === id.parts.scope || (numbers.length === 1 && yearOf(p) === undefined));
      numbered = same.length === 1 ? same[0] : undefined;
    } else if (numbers.length === 1) numbered = numbers[0];
    else if (citingDate !== null) {
      // (in force: in effect by the registry's date, else adopted in an earlier year; "Luật Bảo hiểm xã hội số 41/2024/QH15" is not
      // yet in force in a decree of 25 June 2025, and 58/2014/QH13 is)
      const since = numbers.map((p) => {
        const known = lawByNumber(p.key);
        const year = yearOf(p);
        return known?.effective ?? known?.adopted ?? (year !== undefined && Number(year) < Number(citingDate.slice(0, 4)) ? `${year}-12-31` : null);
      });
      const inForce = numbers.flatMap((p, x) => (since[x] !== null && (since[x] as string) <= citingDate ? [{ p, since: since[x] as string }] : []));
      const latest = inForce.sort((a, b) => b.since.localeCompare(a.since))[0];
      // (every number placed in time, so that none unplaced could be the later one)
      numbered = since.every((x) => x !== null) && latest !== undefined && inForce.filter((x) => x.since === latest.since).length === 1 ? latest.p : undefined;
    }
    if (!numbered) return;
    ids[k] = { parts: { ...numbered }, warnings: [...id.warnings, 'named-law-numbered-in-document'] };
  });
}

/** R6 and §5.3.4: mentions of one symbol in one document are one document; share what any of them knows. */
export function unifyWithinDocument(ids: IdParts[]): void {
  const best = new Map<string, IdParts>();
  for (const p of ids) {
    if (p.scheme === 'partial') continue;
    const k = `${p.scheme}:${p.key}`;
    const b = best.get(k);
    if (!b) best.set(k, { ...p });
    else {
      if ((isUnknownPlace(b.place) || b.place === null) && p.place && !isUnknownPlace(p.place)) b.place = p.place;
      if ((b.scope === '?' || b.scope === null) && p.scope && p.scope !== '?' && !/^\d{4}$/.test(p.key)) b.scope = p.scope;
    }
  }
  for (const p of ids) {
    const b = best.get(`${p.scheme}:${p.key}`);
    if (!b) continue;
    if (isUnknownPlace(p.place) && b.place && !isUnknownPlace(b.place)) p.place = b.place;
    if (p.scope === '?' && b.scope && b.scope !== '?') p.scope = b.scope;
  }
}

export function withCellMarks(t: string, original: string, norm: NormalizedText): string {
  // (where normalization kept every offset, as it does for these one-for-one substitutions, a position maps to itself: no
  // per-mark lookup, which costs as much as the whole extraction on a text with thousands of dashes)
  const same = t.length === original.length;
  const marks: number[] = [];
  for (let o = 0; o < original.length; o++) {
    const c = original.charCodeAt(o);
    if (c !== 9 && c !== 0x2013 && c !== 0x2014) continue;
    const at = same ? o : norm.map.toTransformed(o, o + 1).start;
    if (t.charCodeAt(at) === (c === 9 ? 32 : 45)) marks.push(at, c);
  }
  if (marks.length === 0) return t;
  let out = '';
  let from = 0;
  for (let k = 0; k < marks.length; k += 2) {
    const at = marks[k] as number;
    out += t.slice(from, at) + String.fromCharCode(marks[k + 1] as number);
    from = at + 1;
  }
  return out + t.slice(from);
}

/**
 * A reported act by a document of an earlier year than the one it acts on, or by that document itself, is a misreading: no
 * text amends, repeals or replaces one adopted after it, nor itself. A list of amending laws read on past its end ("Luật Bảo
 * hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số
 * 97/2015/QH13, Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12, …" goes on with the next law amended) gives the first; a
 * case ("Trường hợp Thông tư số 06/2021/TT-BXD được sửa đổi, bổ sung, thay thế thì … theo … Thông tư số 06/2021/TT-BXD") the
 * second.
 */
export function dropImpossibleActs(c: Citation, citations: Citation[]): void {
  const impossible = (a: NonNullable<Citation['asserted']>): boolean => {
    const actor = citations[a.subject];
    if (!ACTING_RELATIONS.has(a.relation) || actor === undefined) return false;
    if (actor.id === c.id || (actor.year !== null && c.year !== null && actor.year < c.year)) return true;
    // nor does a document of a lower rank change one of a higher ("Nghị định số 123/2020/NĐ-CP … được sửa đổi, bổ sung bởi Nghị
    // định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC … hướng dẫn …": the circular is the next document the sentence names)
    return outranked(a.relation, actor.type, c.type);
  };
  const kept = [c.asserted, ...(c.alsoAsserted ?? [])].filter((a): a is NonNullable<Citation['asserted']> => a !== null && !impossible(a));
  if (kept.length === (c.asserted ? 1 : 0) + (c.alsoAsserted?.length ?? 0)) return;
  c.asserted = kept[0] ?? null;
  if (kept.length > 1) c.alsoAsserted = kept.slice(1);
  else delete c.alsoAsserted;
}

/**
 * A document this one replaces whole is not also repealed whole by it: "2. Nghị định này thay thế Nghị định số A …" then "3. Nghị
 * định này bãi bỏ: a) Điều 2 Nghị định số B … sửa đổi, bổ sung một số điều của Nghị định số C …; Nghị định số A …" (A named
 * again in B's title, which the list's semicolon seemed to open as an item) ends A once, as its successor.
 */
export function oneEndingPerDocument(citations: Citation[]): void {
  const replaced = new Set(citations.filter((c) => c.role === 'head' && c.relation === 'replaces' && c.scope?.whole === true).map((c) => c.id));
  if (replaced.size === 0) return;
  for (const c of citations) if (c.role === 'head' && c.relation === 'repeals' && c.scope?.whole === true && replaced.has(c.id)) c.relation = 'replaces';
}

/**
 * An amending act ended whole with the base this act replaces is replaced too, unless the text repeals it ("bãi bỏ"): "2. Thông tư
 * số A … hết hiệu lực …; Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A … hết hiệu lực …" in A's successor. The
 * statute ends a document replaced by its issuer's new document (Luật số 64/2025/QH15, Điều 57 khoản 1 điểm b), and the new one
 * takes over the amended provisions with the rest; an amending act whose base is repealed, or that the text repeals, stays repealed.
 * The base is the document its title says it amends (the mention inside its description, asserted amended by it); when the title
 * names it in words the reader does not resolve ("Pháp lệnh số 04/2008/UBTVQH12 sửa đổi, bổ sung một số điều của Pháp lệnh xử lý
 * vi phạm hành chính", "… sửa đổi, bổ sung … một số điều tại các Nghị định quy định về chào bán …"), or the act is named by its
 * title ("Luật sửa đổi, bổ sung một số điều của Luật …"), the nearest document of its type before it that the same sentence
 * replaces whole.
 */
export function amendingActsFollowTheirBase(t: string, citations: Citation[], starts: readonly number[], ends: readonly number[], tailEnds: readonly number[], amendingActs: ReadonlySet<string>): void {
  const replaced = new Set(citations.filter((c) => c.role === 'head' && c.relation === 'replaces' && c.scope?.whole === true).map((c) => c.id));
  if (replaced.size === 0) return;
  // (the nearest only, and within a clause's length: every earlier one would cost a document of long lists its square)
  const sameSentenceReplaced = (k: number): boolean => {
    const c = citations[k] as Citation;
    const j = citations.findLastIndex((b, i) => i < k && b.role === 'head' && b.relation === 'replaces' && b.scope?.whole === true && b.type === c.type);
    return j >= 0 && (starts[k] as number) - (starts[j] as number) <= 1_500 && !SENTENCE_BREAK.test(t.slice(starts[j] as number, starts[k] as number));
  };
  citations.forEach((c, k) => {
    if (c.role !== 'head' || c.relation !== 'repeals' || c.scope?.whole !== true || replaced.has(c.id)) return;
    // (every document its description says it amends: "Nghị định số C … sửa đổi, bổ sung một số điều của Nghị định số B và Nghị
    // định số A", B itself an amending act of A that followed A a line above)
    const bases = citations.filter((b, j) => j > k && j <= k + 4 && b.role === 'embedded' && b.asserted?.relation === 'amends' && b.asserted.subject === k);
    // (a description that names a document the reader did not take as the one amended gives no base: "Thông tư số 79/2021/TT-BTC …
    // sửa đổi, bổ sung khoản 1 Điều 2 Thông tư số 81/2020/TT-BTC …" in a list that replaces others)
    const follows =
      bases.length > 0
        ? bases.some((b) => replaced.has(b.id))
        : citations[k + 1]?.role !== 'embedded' &&
          (amendingActs.has(c.id) || AMENDING_NAME.test(t.slice(starts[k] as number, ends[k] as number))) &&
          sameSentenceReplaced(k);
    if (!follows || endedByRepeal(t, starts[k] as number, tailEnds[k] as number) || rowCellRepeals(t, tailEnds[k] as number)) return;
    c.relation = 'replaces';
    // (an amending act of an amending act follows it in turn, named after it as acts are in the order they were made)
    replaced.add(c.id);
  });
}
// (or the row of a table read one cell a line says "Bãi bỏ" of it in its own cell: "3\nThông tư số B … sửa đổi, bổ sung Điều 16 …\nToàn
// bộ\nBãi bỏ\n4\n…")
const rowCellRepeals = (t: string, tailEnd: number): boolean => {
  const rest = t.slice(tailEnd, tailEnd + 600);
  const next = rest.search(/\n[ \t]*\d{1,3}[ \t]*\n/u);
  return OWN_REPEAL_CELL.test(next < 0 ? rest : rest.slice(0, next + 1));
};
const OWN_REPEAL_CELL = /\n[ \t]*(?:Bãi|BÃI)[ \t]+(?:bỏ|BỎ)(?:[ \t]+(?:toàn[ \t]+bộ|TOÀN[ \t]+BỘ))?[ \t]*(?:[,;:(–-][^\n]*)?(?:\n|$)/u;
// (the items of one ending clause may be parted by semicolons: "A …; B sửa đổi … A …; C … hết hiệu lực")
const SENTENCE_BREAK = /[.:](?:[ \t]*\n|[ ]+\p{Lu})/u;

// two written numbers of one document (spaces, dashes' kinds and case aside)
const sameSymbol = (a: string, b: string | null): boolean => b !== null && a.replace(/[\s\u2010-\u2013]/gu, '').toUpperCase() === b.replace(/[\s\u2010-\u2013]/gu, '').toUpperCase();

/**
 * A name the text defines ("Luật Đầu tư theo phương thức đối tác công tư (sau đây gọi là Luật PPP)") names the
 * document it follows, in the definition and in every later named mention written the same way (spec R5): those
 * take its id, so "Luật PPP" is never a law of its own.
 */
export function bindAliases(citations: Citation[], aliases: readonly Alias[]): void {
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const a of aliases) {
    const target = citations[a.target];
    if (!target) continue;
    const name = fold(a.alias);
    for (let k = a.target + 1; k < citations.length; k++) {
      const c = citations[k] as Citation;
      // (a numbered mention inside the definition that is not the defined document names its own: "(sau đây viết tắt là Thông tư
      // số 109/2016/TT-BTC được sửa đổi, bổ sung bởi Thông tư số 37/2022/TT-BTC)" — the amending circular keeps its number)
      const inDefinition = c.start >= a.start && c.end <= a.end && !(c.kind === 'numbered' && c.number !== null && target.kind === 'numbered' && !sameSymbol(c.number, target.number));
      if (!inDefinition && (c.start < a.end || c.kind !== 'named' || fold(c.text) !== name)) continue;
      if (c.id === target.id) continue;
      c.id = target.id;
      c.contextDependent = target.contextDependent;
      if (!c.warnings.includes('defined-name')) c.warnings.push('defined-name');
    }
  }
}

export function familyOf(m: Mention): 'party' | 'state' {
  return m.symbol ? m.symbol.family : m.named?.meeting || m.type === 'Điều lệ' ? 'party' : m.form === 'partial' ? partialFamily(m) : 'state';
}

function partialFamily(m: Mention): 'party' | 'state' {
  return m.issuer && /Đảng|ủy|Bộ Chính trị|Ban Bí thư|Ban Chấp hành/u.test(m.issuer) ? 'party' : 'state';
}
