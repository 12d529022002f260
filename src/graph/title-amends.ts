import { lawByNumber, lawsNamed, lawSubjectOf } from '../cite/laws.js';
import type { Citation } from '../cite/schema.js';
import { registryResolution, type Resolution } from './resolve.js';

/** A law an amending law's title names as amended, resolved to its node. */
export interface TitleAmendment {
  target: string;
  mention: NonNullable<Citation['titleAmends']>[number];
  /** its type word, and its number when the title writes it */
  type: 'Luật' | 'Bộ luật' | 'Pháp lệnh';
  number: string | null;
  reason: string;
}

const NAMED_LAW_ID = /^vn:(?:luat|bo-luat|phap-lenh):/u;
const KIND_OF_TYPE: Record<string, string> = { 'Luật': 'luat', 'Bộ luật': 'bo-luat', 'Pháp lệnh': 'phap-lenh' };

/** A law the citing document names elsewhere: its name's key ("luat:cong-an-nhan-dan"), where it points, its year and day. */
export interface LawMention {
  target: string;
  year: number | null;
  date: string | null;
}

/**
 * The laws a document names, by the key of their name: "Luật Công an nhân dân ngày 20 tháng 11 năm 2018" (by name and year)
 * and "Luật Tố cáo số 25/2018/QH14" (by name and number) alike.
 */
export function lawMentionsOf(citations: readonly Citation[], targets: readonly (string | null)[]): Map<string, LawMention[]> {
  const out = new Map<string, LawMention[]>();
  citations.forEach((c, n) => {
    const target = targets[n];
    const kind = KIND_OF_TYPE[c.type];
    if (!target || !kind) return;
    const named = /^vn:((?:luat|bo-luat|phap-lenh):[a-z0-9-]+)(?:#(\d{4}))?$/u.exec(c.id);
    const subject = named ? null : c.number !== null ? lawSubjectOf(c.text) : null;
    const key = named ? (named[1] as string) : subject !== null ? `${kind}:${subject}` : null;
    if (key === null || key.includes(':sua-doi')) return;
    const year = named?.[2] !== undefined ? Number(named[2]) : c.year;
    out.set(key, [...(out.get(key) ?? []), { target, year, date: c.date }]);
  });
  return out;
}

/** The year a law was adopted, else the year in its number. */
function lawYear(target: string): number | null {
  const law = lawByNumber(target.replace(/^vn:/u, ''));
  const y = law?.adopted?.slice(0, 4) ?? /\/((?:19|20)\d{2})\//u.exec(target)?.[1];
  return y === undefined ? null : Number(y);
}

/** Every node a citation's title could point at (its numbers, each law of a name it names): what a partial view of the graph must hold. */
export function titleAmendCandidates(c: Citation): string[] {
  return (c.titleAmends ?? []).flatMap((m) => (NAMED_LAW_ID.test(m.id) ? lawsNamed(m.id.slice(3)).map((l) => `vn:${l.number}`) : [m.id]));
}

/**
 * The laws an amending law's title names ("Luật sửa đổi, bổ sung một số điều của Luật Hải quan, Luật Thuế xuất khẩu, thuế
 * nhập khẩu, … số 90/2025/QH15"), each resolved to its node. A law named by its name is the law of that name in force on the
 * amending law's day: not on the citing document's, which may come after a new law of that name (Luật Đầu tư 143/2025,
 * adopted after 90/2025 amended the 2020 law). When only the amending law's year is known, a name is resolved only if the
 * end of that year and the end of the year before give the same law; a name left unresolved makes no edge (never a guess),
 * and a title that names the cited law itself ("… của Luật Bảo hiểm y tế số 25/2008/QH12", the base's own number) none either.
 * Names are resolved by the registry alone (src/cite/laws.ts), numbers as any citation's.
 */
export function titleAmendments(c: Citation, amending: string, resolveNumber: (id: string) => Resolution, named: ReadonlyMap<string, readonly LawMention[]> = new Map()): TitleAmendment[] {
  if (!c.titleAmends) return [];
  const number = amending.replace(/^vn:/u, '').replace(/[@#~].*$/u, '');
  // (what this document and the registry say: never a day another document gave the node, so that the graph does not depend
  // on the order documents are read in)
  const day = c.date ?? lawByNumber(number)?.adopted ?? null;
  const resolve = (id: string, at: string | null): Resolution => {
    if (!NAMED_LAW_ID.test(id)) return resolveNumber(id);
    const { target, reason } = registryResolution(id, id.slice(3), { date: at });
    return { target, reason };
  };
  const year = day === null ? (/[/#]((?:19|20)\d{2})(?:\/|$)/u.exec(amending)?.[1] ?? null) : null;
  const out: TitleAmendment[] = [];
  for (const m of c.titleAmends) {
    let r: Resolution;
    if (!NAMED_LAW_ID.test(m.id) || day !== null) r = resolve(m.id, day);
    else if (year !== null) {
      const end = resolve(m.id, `${year}-12-31`);
      const before = resolve(m.id, `${Number(year) - 1}-12-31`);
      if (end.target !== before.target) continue;
      r = { target: end.target, reason: `${end.reason}; the amending law's year ${year} alone settles it` };
    } else continue;
    // the citing document names a law of that name adopted after the registry's choice, or one the registry does not know, before
    // the amending law ("Luật Công an nhân dân ngày 20 tháng 11 năm 2018"; "Luật Tổ chức Chính phủ số 76/2015/QH13" when the
    // registry knows the 2025 law only): the title means that one, by its number when the document gives it, else it stays
    // unresolved
    const amendingYear = day !== null ? Number(day.slice(0, 4)) : year !== null ? Number(year) : Number.NaN;
    const chosenYear = NAMED_LAW_ID.test(r.target) ? Number.NEGATIVE_INFINITY : lawYear(r.target);
    const later = NAMED_LAW_ID.test(m.id) && chosenYear !== null
      ? (named.get(m.id.slice(3)) ?? []).filter((x) => x.year !== null && x.year > chosenYear && (x.year < amendingYear || (x.year === amendingYear && x.date !== null && day !== null && x.date <= day)))
      : [];
    if (later.length > 0) {
      const latest = [...later].sort((a, b) => (b.year as number) - (a.year as number))[0] as LawMention;
      if (NAMED_LAW_ID.test(latest.target) || later.some((x) => x.year === latest.year && x.target !== latest.target)) continue;
      r = { target: latest.target, reason: `the citing document names the ${m.id.slice(3)} of ${latest.year as number}, adopted before the amending law: ${latest.target} (the registry: ${r.reason})` };
    }
    if (r.target === amending || NAMED_LAW_ID.test(r.target)) continue;
    // (a law adopted after the one that amends it is a misreading, whatever number the title writes)
    const targetYear = lawYear(r.target);
    if (targetYear !== null && Number.isFinite(amendingYear) && targetYear > amendingYear) continue;
    const type = /^bộ/iu.test(m.text) ? 'Bộ luật' : /^pháp/iu.test(m.text) ? 'Pháp lệnh' : 'Luật';
    out.push({ target: r.target, mention: m, type, number: NAMED_LAW_ID.test(m.id) ? null : m.id.replace(/^vn:/u, ''), reason: `named as amended in the title of ${amending}: ${r.reason}` });
  }
  return out;
}
