import { isUnknownPlace, parseId, slug } from '../cite/ids.js';
import { correctLegislature, lawByNumber, LEGISLATURES, resolveNamedLaw } from '../cite/laws.js';

/**
 * Identity resolution: where a citation's id points. An exact id wins; an id with unknown
 * parts ("dang:217-QĐ/TW#?", "vn:44/KH-UBND@?#2022") points at the one known node with the
 * same symbol whose parts agree, when there is exactly one; a law cited by name points at the
 * corpus law with that name (the latest one not after the citing date). Otherwise the id stays
 * as it is. Every answer says why.
 */
export interface Resolution {
  target: string;
  reason: string;
}

export interface NodeIndex {
  /** node keys by "scheme:key" (symbol without place and scope) */
  bySymbol: Map<string, Set<string>>;
  /** corpus laws by name slug ("luat:tiep-cong-dan" → node keys with their dates) */
  byLawName: Map<string, Array<{ key: string; date: string | null }>>;
}

export function emptyIndex(): NodeIndex {
  return { bySymbol: new Map(), byLawName: new Map() };
}

export function symbolKey(id: string): string | null {
  try {
    const p = parseId(id);
    return `${p.scheme}:${p.key}`;
  } catch {
    return null;
  }
}

export function indexNode(index: NodeIndex, key: string): void {
  const s = symbolKey(key.replace(/~\d+$/, ''));
  if (!s) return;
  let set = index.bySymbol.get(s);
  if (!set) index.bySymbol.set(s, (set = new Set()));
  set.add(key);
}

export function unindexNode(index: NodeIndex, key: string): void {
  const s = symbolKey(key.replace(/~\d+$/, ''));
  if (s) index.bySymbol.get(s)?.delete(key);
  for (const list of index.byLawName.values()) {
    const i = list.findIndex((x) => x.key === key);
    if (i >= 0) list.splice(i, 1);
  }
}

/** Register a corpus law, code or ordinance under its name. */
export function indexLaw(index: NodeIndex, key: string, kind: 'luat' | 'bo-luat' | 'phap-lenh', title: string, date: string | null): void {
  const name = `${kind}:${slug(title.replace(/^(?:bộ luật|luật|pháp lệnh)\s+/iu, ''))}`;
  let list = index.byLawName.get(name);
  if (!list) index.byLawName.set(name, (list = []));
  list.push({ key, date });
}

const compatible = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a === '?' || b === '?' || a === b || partOf(a, b) || partOf(b, a);
// "?.huyen-chau-thanh" (province unknown) agrees with "tinh-dong-thap.huyen-chau-thanh"
const partOf = (unknown: string, known: string): boolean => unknown.startsWith('?.') && known.endsWith(unknown.slice(1));

/** Whether `fixed` differs from `written` only by a legislature one off, the only one sitting in the number's year. */
function offByOne(written: string, fixed: string): boolean {
  const term = (n: string): number => Number(/(\d+)$/.exec(n)?.[1] ?? NaN);
  const year = Number(/\/(\d{4})\//.exec(written)?.[1] ?? NaN);
  return Math.abs(term(written) - term(fixed)) === 1 && LEGISLATURES.filter(([, from, to]) => year >= from && year <= to).length === 1;
}

/**
 * A law cited by name ("luat:dau-tu"), by the registry alone: the law of that name in force on `at.date` (of the year
 * `at.year`), never a later one; the id unchanged, with the registry's warning, when it cannot say.
 */
export function registryResolution(id: string, key: string, at: { date?: string | null; year?: string | null }): (Resolution & { resolved: true }) | { target: string; reason: string; resolved: false; warning: string } {
  const r = resolveNamedLaw(key, at);
  if (r.law) return { target: `vn:${r.law.number}`, reason: `law cited by name: ${r.reason} (${r.law.sources[0] ?? 'registry'})`, resolved: true };
  return { target: id, reason: r.warning, resolved: false, warning: r.warning };
}

export function resolveId(id: string, index: NodeIndex, exists: (key: string) => boolean, citingDate: string | null): Resolution {
  if (exists(id)) return { target: id, reason: 'same id' };
  // "Luật Đầu tư số 67/2014/QH14": a slip in the legislature, when the number that fits names a known law
  const fixed = id.startsWith('vn:') ? correctLegislature(id.slice(3)) : null;
  // (or, unknown, when one legislature only sat that year and the written one is the one before or after it: "Pháp lệnh
  // thú y số 18/2004/PL-UBTVQH10" can be no ordinance of the 10th legislature, which ended in 2002)
  if (fixed && (exists(`vn:${fixed}`) || lawByNumber(fixed) || offByOne(id.slice(3), fixed))) return { target: `vn:${fixed}`, reason: `the legislature in ${id.slice(3)} does not fit its year: read as ${fixed}` };
  let parts;
  try {
    parts = parseId(id);
  } catch {
    return { target: id, reason: 'not a parseable id; kept as written' };
  }
  if (parts.scheme === 'vn' && /^(luat|bo-luat|phap-lenh):/.test(parts.key)) {
    // the law of that name in force on the citing date, from the registry of what the texts state; never a later one
    const r = registryResolution(id, parts.key, { date: citingDate, year: parts.scope });
    if (r.resolved) return r;
    if (r.warning !== 'named-law-not-in-registry') return { target: id, reason: `law cited by name, not resolved: ${r.warning}` };
    // a law the registry does not know, in this corpus: by its header's date, both dates known
    const laws = (index.byLawName.get(parts.key) ?? []).filter((l) => citingDate !== null && l.date !== null && l.date <= citingDate);
    if (parts.scope) {
      const sameYear = laws.filter((l) => l.date?.startsWith(parts.scope as string));
      if (sameYear.length === 1) return { target: (sameYear[0] as { key: string }).key, reason: `the corpus law named ${parts.key} of ${parts.scope}` };
    } else if (laws.length > 0) {
      const latest = [...laws].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0] as { key: string; date: string | null };
      return { target: latest.key, reason: `the corpus law named ${parts.key} in force at the citing date (latest adopted before it)` };
    }
    return { target: id, reason: citingDate === null ? 'law cited by name in an undated document: not resolved' : 'law cited by name, not in the registry nor the corpus' };
  }
  if (!isUnknownPlace(parts.place) && parts.scope !== '?') return { target: id, reason: 'no node with this id yet' };
  const candidates = [...(index.bySymbol.get(`${parts.scheme}:${parts.key}`) ?? [])].filter((k) => {
    if (k === id) return false;
    const c = parseId(k.replace(/~\d+$/, ''));
    return !isUnknownPlace(c.place) && c.scope !== '?' && compatible(parts.place, c.place) && compatible(parts.scope, c.scope);
  });
  if (candidates.length === 1) return { target: candidates[0] as string, reason: `the only known document with number ${parts.key} whose place and term/year agree` };
  if (candidates.length > 1) return { target: id, reason: `ambiguous: ${candidates.length} documents with number ${parts.key} (${candidates.join(', ')})` };
  return { target: id, reason: 'incomplete id, no candidate known' };
}
