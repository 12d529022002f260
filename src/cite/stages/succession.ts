/** Whether one document succeeds another on its subject: the same type and issuer, or a law of the same subject; ranks of types. */
import { lawByNumber, sameLawSubject } from '../laws.js';
import type { Relation } from '../schema.js';
import type { ParsedSymbol } from '../symbol.js';
import { namedLawKey, type Mention } from './mention.js';
import { LAW_TYPES, LEGISLATIVE_RESOLUTION, succession } from './patterns.js';

// documents below the laws in the hierarchy of legal documents (Luật Ban hành văn bản quy phạm pháp luật)
const BELOW_LAW = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Quyết định', 'Chỉ thị', 'Công văn', 'Kế hoạch', 'Hướng dẫn', 'Thông báo', 'Công điện']);
export const belowLaw = (context: { type?: string | undefined; number?: string | undefined } | undefined): boolean =>
  context?.type !== undefined && (BELOW_LAW.has(context.type) || (context.type === 'Nghị quyết' && context.number !== undefined && /\/NQ-/u.test(context.number) && !LEGISLATIVE_RESOLUTION.test(context.number)));
// the rank of the types whose rank does not depend on the issuer (a resolution or a decision may be the National Assembly's or a
// ministry's): a lower one never amends, repeals, replaces or suspends a higher one
const RANK_OF_TYPE = new Map<string, number>([['Hiến pháp', 0], ['Bộ luật', 1], ['Luật', 1], ['Pháp lệnh', 2], ['Nghị định', 3], ['Thông tư', 5], ['Thông tư liên tịch', 5]]);
const OUTRANKED_ACTS = new Set<Relation>(['amends', 'repeals', 'replaces', 'suspends']);
/** Whether a document of type `by` is of lower rank than one of type `on` for this act (it could not have done it). */
export const outranked = (relation: Relation, by: string | null | undefined, on: string | null | undefined): boolean => {
  const [r, o] = [RANK_OF_TYPE.get(by ?? ''), RANK_OF_TYPE.get(on ?? '')];
  return OUTRANKED_ACTS.has(relation) && r !== undefined && o !== undefined && r > o;
};
export const sameRank = (a: string | null | undefined, b: string | null | undefined): boolean => RANK_OF_TYPE.get(a ?? '') !== undefined && RANK_OF_TYPE.get(a ?? '') === RANK_OF_TYPE.get(b ?? '');
/**
 * Whether a document of `own` type that ends one of `type` as a whole may be its successor: one of its own type, a
 * decree ending a Prime Minister's decision (QĐ-TTg) — what the Prime Minister set by decision is raised to a decree
 * on the same matter — or a circular ending a minister's normative decision.
 */
export function succeedsByType(type: string, symbol: ParsedSymbol | null, own: string): boolean {
  if (succession(type) === succession(own)) return true;
  if (own === 'Nghị định' && type === 'Quyết định' && symbol !== null && symbol.issuerCodes[0] === 'TTg') return true;
  // a circular succeeds a minister's normative decision ("Quyết định số 18/2007/QĐ-BLĐTBXH … ban hành chương trình …"): the
  // form a minister's rules took before the circular, numbered with their year; an administrative decision ("Quyết định số
  // 1731/QĐ-BKHĐT") has no year in its number and is repealed; the State Bank's Governor, who issues circulars as a minister does,
  // made his rules so too ("Quyết định số 1627/2001/QĐ-NHNN … ban hành Quy chế cho vay …")
  return own === 'Thông tư' && type === 'Quyết định' && symbol !== null && symbol.year !== null && /^(?:B|NHNN$)/u.test(symbol.issuerCodes[0] ?? '');
}
// the councils and committees of a place: a document of theirs is no department's, nor the reverse
const LOCAL_AUTHORITY = /^(?:UBND|HĐND)$/u;
/**
 * Whether a guidance ("Hướng dẫn") takes the place of an official letter ("Công văn") of the same issuer that it ends: the letter
 * guided the matter before the guidance was issued ("Công văn số 1510-CV/BTCTW … hết hiệu lực" in the same board's guidance). A
 * part of such a letter ended so is still read as repealed unless its matter is named.
 */
export function guidanceSucceedsLetter(type: string, symbol: ParsedSymbol | null, own: string, ownSymbol: ParsedSymbol | null): boolean {
  return own === 'Hướng dẫn' && type === 'Công văn' && symbol !== null && ownSymbol !== null && symbol.issuerCodes.some((c) => ownSymbol.issuerCodes.includes(c));
}
/**
 * Whether an ended document is known to be another body's than this one's, so that this one is no new document "của chính cơ
 * quan đã ban hành văn bản đó" (Luật số 64/2025/QH15, Điều 57 khoản 1 điểm b) and ends it by repeal: of one type, one issued by a
 * province's committee or council and the other by a department ("Quyết định số 512/QĐ-STNMT" ended by the province's "QĐ-UBND").
 * (A merged ministry's or a merged place's documents ended by the body that took over its functions are read as replaced by the
 * reviewers of the earlier rounds: "Thông tư số 18/2021/TT-BTTTT" ended by the Ministry of Culture's circular, a former province's
 * resolution by the merged city's council.)
 */
export function endedOfAnotherIssuer(type: string, symbol: ParsedSymbol | null, own: string, ownSymbol: ParsedSymbol | null): boolean {
  if (succession(type) !== succession(own) || symbol === null || ownSymbol === null) return false;
  const [a, b] = [symbol.issuerCodes, ownSymbol.issuerCodes];
  if (a.length === 0 || b.length === 0 || a.some((c) => b.includes(c))) return false;
  return a.some((c) => LOCAL_AUTHORITY.test(c)) !== b.some((c) => LOCAL_AUTHORITY.test(c));
}
// the law a mention names, by its name or its number
export const lawKeyOf = (m: Mention): string | undefined => m.lawKey ?? (m.named?.form === 'named-law' ? namedLawKey(m.named, m.type) : m.symbol && LAW_TYPES.has(m.type ?? '') ? lawByNumber(m.symbol.canonical)?.key || undefined : undefined);
/**
 * The law keys (without their scheme) of the other mentions of `m`'s sentence, but for the document's own; with `reach` 'article',
 * of its article's other clauses too ("2. Pháp lệnh Phí và lệ phí số … hết hiệu lực …\n3. Pháp lệnh Án phí, lệ phí Tòa án số … hết
 * hiệu lực …").
 */
export function sameSentenceLaws(t: string, mentions: readonly Mention[], m: Mention, ownNumber: string | null, reach: 'sentence' | 'article' = 'sentence'): string[] {
  const out: string[] = [];
  for (const o of mentions) {
    // (the law itself, named in its own ending clause, "… kể từ ngày Luật giáo dục nghề nghiệp số 74/2014/QH13 có hiệu lực", is no sibling)
    if (o === m || Math.abs(o.start - m.start) > 800 || (ownNumber !== null && o.symbol?.canonical === ownNumber)) continue;
    const [a, b] = o.start < m.start ? [o.end, m.start] : [m.end, o.start];
    if ((reach === 'sentence' ? /[.;](?:[ \n]|$)|\n[ ]*\n/u : /\n[ ]*\n|\n[ \t]*(?:Điều|ĐIỀU|Ðiều)[ \t]+\d/u).test(t.slice(a, b))) continue;
    const k = lawKeyOf(o);
    if (k !== undefined) out.push(k.replace(/^[a-z-]+:/, ''));
  }
  return out;
}

/** Whether `ended` is no amending law and no other law its clause ends is one either. */
export const soleUnamendingLaw = (ended: string, siblings: readonly string[]): boolean => !ended.startsWith('sua-doi') && !siblings.some((k) => k !== ended && !k.startsWith('sua-doi'));
/**
 * Whether a law that ends ("hết hiệu lực", not "bãi bỏ") a named law as a whole succeeds it: when both are laws or
 * ordinances and the ended one is no amending law, it does (a new law takes over its subject: Luật Trồng trọt → Pháp
 * lệnh Giống cây trồng, Luật Giáo dục nghề nghiệp → Luật Dạy nghề, Luật Tổ chức chính quyền địa phương → Luật Tổ chức
 * HĐND và UBND; in the relation gold's dev half, 20 of 20 such endings); from a consolidated text, only on its subject.
 */
export function succeeds(ended: string, own: string, ownType: string | undefined, siblings: readonly string[]): boolean {
  if (ended.startsWith('sua-doi')) return false;
  if (ownType === undefined || !LAW_TYPES.has(ownType)) return sameLawSubject(ended, own);
  // (when the same clause ends another law or ordinance on its own subject, that one is its predecessor and this one is
  // only ended: "Pháp lệnh lãnh sự … và Pháp lệnh về cơ quan đại diện … ở nước ngoài … hết hiệu lực" in the Luật Cơ quan đại
  // diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài)
  // (nor are ordinances whose subject lies within its own: "Luật tổ chức Viện kiểm sát nhân dân số 34/2002/QH10, Pháp lệnh Kiểm sát
  // viên Viện kiểm sát nhân dân …, Pháp lệnh tổ chức Viện kiểm sát quân sự … hết hiệu lực" in the Luật Tổ chức Viện kiểm sát nhân
  // dân of 2014, which takes in the prosecutors and the military procuracies)
  return subjectOpensAlike(ended, own) || sharesSubjectRun(ended, own) || !siblings.some((k) => subjectOpensAlike(k, own));
}
/** Whether two law-name slugs share a run of four words of subject ("vien kiem sat nhan dan" in both). */
function sharesSubjectRun(a: string, b: string): boolean {
  const words = (x: string): string[] => x.split('-').filter((w) => w !== '' && !['va', 've', 'cua'].includes(w));
  const [wa, wb] = [words(a), words(b)];
  const runs = new Set<string>();
  for (let i = 0; i + 4 <= wb.length; i++) runs.add(wb.slice(i, i + 4).join(' '));
  for (let i = 0; i + 4 <= wa.length; i++) if (runs.has(wa.slice(i, i + 4).join(' '))) return true;
  return false;
}
/**
 * Whether two law-name slugs open with the same three words of subject (fewer when one is shorter): looser than
 * sameLawSubject, because the own title as read from a header may carry a line's typo or the adopting session after it
 * ("… chủ nghĩaViệt Nam ở nước ngoài của Quốc hội khóa XII, kỳ họp thứ 5").
 */
function subjectOpensAlike(a: string, b: string): boolean {
  const words = (x: string): string[] => x.split('-').filter((w) => w !== '' && !['va', 've', 'cua'].includes(w));
  const [wa, wb] = [words(a), words(b)];
  const n = Math.min(3, wa.length, wb.length);
  return n > 0 && wa.slice(0, n).join(' ') === wb.slice(0, n).join(' ');
}
