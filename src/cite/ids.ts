import { z } from 'zod';
import { fold } from '../text/fold.js';
import { findPlaces, placeByCode, type PlaceUnit } from '../place/index.js';
import { issuerLevel, type Level } from './lexicon/issuers.js';
import { centralTermAt, localTermAt } from './lexicon/party-terms.js';
import type { ParsedSymbol } from './symbol.js';

/**
 * Canonical ids (spec §4.3):
 *
 *   id     = scheme ":" key [ "@" place ] [ "#" scope ]
 *   scheme = "vn" (State) | "dang" (Party) | "partial" (a number without its symbol)
 *            | "draft" (an unnumbered draft: issuer, type, month and a hash of its text)
 *   key    = canonical symbol ("04/2015/NĐ-CP", "18-NQ/TW"), or for documents cited by name
 *            "luat:<slug>", "bo-luat:<slug>", "phap-lenh:<slug>", "hien-phap", "meeting:TW:HNTW<n>", "congress:…"
 *   place  = slug of the issuing locality: "tinh-ha-tinh", "tx-hong-linh" ("?" when unknown)
 *   scope  = year for State numbers without one in the symbol, term for Party numbers
 *            ("XII" central, "2015-2020" local), year for a named law when given ("?" when unknown)
 *
 * The key comes from the symbol, never from the type word, so "Quyết định số 217-QĐ/TW"
 * and "Quy định số 217-QĐ/TW" are one id. Ids never contain "@" or "#" inside the key.
 */
export const IdPartsSchema = z.object({
  scheme: z.enum(['vn', 'dang', 'partial', 'draft']),
  key: z.string().min(1),
  place: z.string().nullable(),
  scope: z.string().nullable(),
});
export type IdParts = z.infer<typeof IdPartsSchema>;

export function formatId(p: IdParts): string {
  return `${p.scheme}:${p.key}${p.place !== null ? '@' + p.place : ''}${p.scope !== null ? '#' + p.scope : ''}`;
}

const ID = /^(vn|dang|partial|draft):([^@#]+)(?:@([^#]+))?(?:#(.+))?$/u;

/** Parse an id back into its parts; throws on anything that is not an id. */
export function parseId(id: string): IdParts {
  const m = ID.exec(id);
  if (!m) throw new Error(`not a vanban id: ${JSON.stringify(id)}`);
  // the regex admits exactly what the schema describes, so no second validation is needed on this hot path
  return { scheme: m[1] as IdParts['scheme'], key: m[2] as string, place: m[3] ?? null, scope: m[4] ?? null };
}

/** An id is context-dependent when a part it needs could not be determined. */
export function isContextDependent(p: IdParts): boolean {
  return isUnknownPlace(p.place) || p.scope === '?';
}

/** "?" (no place at all) or "?.huyen-chau-thanh" (a district or commune whose province is not known). */
export function isUnknownPlace(place: string | null): boolean {
  return place !== null && (place === '?' || place.startsWith('?.'));
}

export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LEVEL_SLUG: Record<string, string> = {
  'tỉnh': 'tinh', 'thành phố': 'tp', 'tp': 'tp', 'huyện': 'huyen', 'thị xã': 'tx', 'quận': 'quan', 'xã': 'xa',
  'phường': 'phuong', 'thị trấn': 'tt', 'tỉnh ủy': 'tinh', 'thành ủy': 'tp', 'huyện ủy': 'huyen', 'thị ủy': 'tx', 'quận ủy': 'quan',
};
const LEVEL_OF: Record<string, 'province' | 'district' | 'commune'> = {
  tinh: 'province', tp: 'province', huyen: 'district', tx: 'district', quan: 'district', xa: 'commune', phuong: 'commune', tt: 'commune',
};
// province-level cities; any other "thành phố" is a district-level city
const CENTRAL_CITIES = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']);

// words (and pairs) that begin the name of a body; place names use "Trung", "Hội", "Phòng" ("Hải Phòng") too, so those go by pairs
const ORGAN_WORDS = new Set(['sở', 'ban', 'cục', 'ủy', 'uỷ', 'đảng', 'tòa', 'toà', 'viện', 'trường', 'kho', 'đoàn', 'ubnd', 'hđnd']);
const ORGAN_PAIRS = new Set(['trung ương', 'trung tâm', 'văn phòng', 'công an', 'thanh tra', 'mặt trận', 'bệnh viện', 'hội đồng', 'chi cục', 'phòng nội', 'phòng tài', 'phòng giáo', 'phòng lao', 'phòng tư']);
const PLACE_NAME = String.raw`\p{Lu}[\p{L}]*(?:[ ]+\p{Lu}[\p{L}]*){0,4}`;
// level words in either case of their first letter; not the "i" flag, which would make \p{Lu} match "ủy"
const LEVEL_WORDS = ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'quận ủy', 'tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'phường', 'thị trấn']
  .flatMap((w) => [`[${(w[0] as string).toUpperCase()}${w[0] as string}]${w.slice(1)}`, w.toUpperCase()])
  .join('|');
// "xã hội" (society) is not a commune
const EXPLICIT_PLACE = new RegExp(String.raw`(?<![\p{L}])(${LEVEL_WORDS}|TP\.?)[ ]+(${PLACE_NAME})|(?<![\p{L}])(?<![Tt]hị |THỊ )([Xx]ã|XÃ)[ ]+(?!(?:HỘI|hội|Hội)(?![\p{L}]))(${PLACE_NAME})`, 'u');

export interface PlaceRef {
  /** the place part of ids: the unit's slug ("tinh-ha-tinh.huyen-can-loc"); for a unit the official lists do not
   * settle, the name's slug under its province when known, else under "?" ("?.huyen-chau-thanh") */
  slug: string;
  level: 'province' | 'district' | 'commune';
  /** the unit's statistics code ("443", "N42"), or null when the lists do not settle it */
  code: string | null;
}

export interface PlaceScope {
  /** code of the unit the place lies in (the citing document's province) */
  within?: string | undefined;
  /** ISO date: the list of units in force then */
  date?: string | null | undefined;
}

/** "UBND tỉnh Hà Tĩnh" → tinh-ha-tinh; "Thị ủy Hồng Lĩnh" → tinh-ha-tinh.tx-hong-linh; "huyện Châu Thành" in Đồng Tháp → tinh-dong-thap.huyen-chau-thanh. */
export function placeFromPhrase(phrase: string, scope: PlaceScope = {}): PlaceRef | null {
  const found = EXPLICIT_PLACE.exec(phrase);
  if (!found) return null;
  const m = found[1] !== undefined ? [found[0], found[1], found[2]] : [found[0], found[3], found[4]];
  const levelWord = (m[1] as string).toLowerCase().replace(/\.$/, '');
  const prefix = LEVEL_SLUG[levelWord] ?? 'tp';
  // a place name ends where the name of a body begins ("TỈNH BÌNH THUẬN SỞ NỘI VỤ")
  const words = (m[2] as string).split(/[ ]+/);
  const stop = words.findIndex((w, i) => ORGAN_WORDS.has(w.toLowerCase()) || ORGAN_PAIRS.has(`${w} ${words[i + 1] ?? ''}`.toLowerCase()));
  const nameWords = stop > 0 ? words.slice(0, stop) : words;
  // the whole phrase from its first unit word: "ĐẢNG BỘ TỈNH ĐỒNG THÁP HUYỆN ỦY CHÂU THÀNH" is the district
  const whole = findPlaces(phrase.slice(found.index), { within: scope.within, date: scope.date ?? undefined });
  const units = whole.length === 1 ? whole : findPlaces(`${m[1] as string} ${nameWords.join(' ')}`, { within: scope.within, date: scope.date ?? undefined });
  if (units.length === 1) {
    const u = units[0] as PlaceUnit;
    return { slug: u.slug, level: u.level, code: u.code };
  }
  const name = slug(nameWords.join(' '));
  const central = CENTRAL_CITIES.has(name.replace(/-/g, ' '));
  const level = prefix === 'tp' ? (central ? 'province' : 'district') : (LEVEL_OF[prefix] ?? 'province');
  const own = `${prefix}-${name}`;
  if (level === 'province') return { slug: own, level, code: null };
  const province = scope.within !== undefined ? placeByCode(scope.within) : undefined;
  const provinceSlug = province ? placeByCode(province.province)?.slug : undefined;
  return { slug: `${provinceSlug ?? '?'}.${own}`, level, code: null };
}

export interface PlaceContext {
  province?: string | undefined;
  district?: string | undefined;
  commune?: string | undefined;
}

const CODE = /^N?\d{2,5}$/;
const contextCache = new Map<string, PlaceRef | null>();

/**
 * A context entry ("Hà Tĩnh", "tỉnh Hà Tĩnh", "thị xã Hồng Lĩnh", or a code "42", "437") read at its level,
 * inside the enclosing unit when one is given.
 */
export function contextPlaceRef(value: string, level: 'province' | 'district' | 'commune', scope: PlaceScope = {}): PlaceRef | null {
  const key = `${value}\u0000${level}\u0000${scope.within ?? ''}\u0000${scope.date && scope.date >= '2025-07-01' ? 'n' : 'o'}`;
  const hit = contextCache.get(key);
  if (hit !== undefined) return hit;
  let ref: PlaceRef | null;
  if (CODE.test(value)) {
    const u = placeByCode(value);
    ref = u ? { slug: u.slug, level: u.level, code: u.code } : null;
  } else {
    ref = placeFromPhrase(value, scope);
    if (!ref) {
      const units = findPlaces(value, { within: scope.within, date: scope.date ?? undefined, level });
      const u = units.length === 1 ? (units[0] as PlaceUnit) : null;
      ref = u ? { slug: u.slug, level: u.level, code: u.code } : null;
    }
  }
  if (contextCache.size > 10_000) contextCache.clear();
  contextCache.set(key, ref);
  return ref;
}

/** Turn a context entry ("Hà Tĩnh", "tỉnh Hà Tĩnh", "thị xã Hồng Lĩnh", "42") into a slug for its level. */
export function contextSlug(value: string, level: 'province' | 'district' | 'commune', scope: PlaceScope = {}): string {
  const ref = contextPlaceRef(value, level, scope);
  if (ref) return ref.slug;
  const name = slug(value);
  if (level === 'province') return (CENTRAL_CITIES.has(name.replace(/-/g, ' ')) ? 'tp-' : 'tinh-') + name;
  return `?.${level === 'district' ? 'huyen-' : 'xa-'}${name}`;
}

/** The context's units, each read inside the one above it. */
function contextRefs(ctx: PlaceContext, date: string | null | undefined): { province: PlaceRef | null; district: PlaceRef | null; commune: PlaceRef | null } {
  const province = ctx.province ? contextPlaceRef(ctx.province, 'province', { date }) : null;
  const district = ctx.district ? contextPlaceRef(ctx.district, 'district', { within: province?.code ?? undefined, date }) : null;
  const commune = ctx.commune ? contextPlaceRef(ctx.commune, 'commune', { within: district?.code ?? province?.code ?? undefined, date }) : null;
  return { province, district, commune };
}

function contextPlace(ctx: PlaceContext | undefined, level: 'province' | 'district' | 'commune' | 'own', date: string | null | undefined): string | null {
  if (!ctx) return null;
  const refs = contextRefs(ctx, date);
  if (level === 'own') {
    if (ctx.commune) return refs.commune?.slug ?? contextSlug(ctx.commune, 'commune');
    if (ctx.district) return refs.district?.slug ?? contextSlug(ctx.district, 'district');
    if (ctx.province) return refs.province?.slug ?? contextSlug(ctx.province, 'province');
    return null;
  }
  const ref = refs[level];
  if (ref) return ref.slug;
  // a district document's "UBND tỉnh": the province the district lies in
  if (level === 'province') {
    const below = refs.district ?? refs.commune;
    const unit = below?.code ? placeByCode(below.code) : undefined;
    const province = unit ? placeByCode(unit.province) : undefined;
    if (province) return province.slug;
  }
  const v = ctx[level];
  return v ? contextSlug(v, level) : null;
}

/** The code of the context's province, to read a cited issuer's place inside it. */
function contextProvinceCode(ctx: PlaceContext | undefined, date: string | null | undefined): string | undefined {
  if (!ctx) return undefined;
  const refs = contextRefs(ctx, date);
  for (const r of [refs.province, refs.district, refs.commune]) {
    const unit = r?.code ? placeByCode(r.code) : undefined;
    if (unit) return unit.province;
  }
  return undefined;
}

/** Relative level words in an issuer phrase: "UBND tỉnh", "Ban Thường vụ Tỉnh ủy", "BCH Đảng bộ thị xã". */
function relativeLevel(phrase: string): 'province' | 'district' | 'commune' | null {
  const p = phrase.toLowerCase();
  if (/(?<!\p{L})(tỉnh|tỉnh ủy)(?!\p{L})/u.test(p)) return 'province';
  if (/(?<!\p{L})(thị xã|thị ủy|huyện|huyện ủy|quận|quận ủy|thành ủy|thành phố)(?!\p{L})/u.test(p)) return 'district';
  if (/(?<!\p{L})(xã|phường|thị trấn|đảng ủy)(?!\p{L})/u.test(p)) return 'commune';
  return null;
}

export interface IdInput {
  symbol: ParsedSymbol;
  issuerPhrase: string | null;
  /** ISO date of the mention */
  date: string | null;
  /** term written with the mention ("khóa XII") */
  term: string | null;
  context: { place?: PlaceContext | undefined; date?: string | undefined } | undefined;
}

function levelOf(symbol: ParsedSymbol): Level | 'unknown' {
  const first = symbol.issuerCodes[0];
  if (!first) return 'unknown';
  let lvl = issuerLevel(first);
  // joint documents (TTLT-BNV-BTC) are central when any issuer is
  for (const c of symbol.issuerCodes.slice(1)) if (issuerLevel(c) === 'central') lvl = 'central';
  return lvl;
}

/** Place for a symbol that is not unique nationwide; null when the issuer is central. */
function resolvePlace(input: IdInput, level: Level | 'unknown'): string | null {
  if (level === 'central' || level === 'unknown') return null;
  const phrase = input.issuerPhrase ?? '';
  const ctx = input.context?.place;
  const date = input.date ?? input.context?.date;
  const explicit = phrase ? placeFromPhrase(phrase, { within: contextProvinceCode(ctx, date), date }) : null;
  if (explicit) return explicit.slug;
  const rel = phrase ? relativeLevel(phrase) : null;
  if (rel) return contextPlace(ctx, rel, date) ?? '?';
  if (level === 'province' || level === 'district' || level === 'commune') return contextPlace(ctx, level, date) ?? '?';
  // UBND, HĐND exist at every level: without a phrase the place is unknown (not the citing document's own)
  return '?';
}

/** Id parts of a numbered citation. */
// the National Assembly's legislatures (khóa) by the years wholly inside them; a year in which one ended and the next began
// (1997, 2002, 2007, 2011, 2016, 2021, 2026) could be either
const LEGISLATURE_BY_YEAR: ReadonlyArray<readonly [number, number, number]> = [
  [1993, 1996, 9],
  [1998, 2001, 10],
  [2003, 2006, 11],
  [2008, 2010, 12],
  [2012, 2015, 13],
  [2017, 2020, 14],
  [2022, 2025, 15],
];
/**
 * A law, ordinance or Standing Committee number written without its legislature ("Pháp lệnh Thủ đô Hà Nội số
 * 29/2000/PL-UBTVQH") takes the one of its year ("29/2000/PL-UBTVQH10"), so that it meets the number written in full;
 * a year two legislatures share keeps the number as written.
 */
function withLegislature(canonical: string, warnings: string[]): string {
  const m = /^(\d{1,4}\/((?:19|20)\d{2})\/(?:PL-)?(?:UBTVQH|QH))$/u.exec(canonical);
  if (!m) return canonical;
  const year = Number(m[2]);
  const term = LEGISLATURE_BY_YEAR.find(([from, to]) => year >= from && year <= to)?.[2];
  if (term === undefined) return canonical;
  warnings.push('legislature-from-year');
  return `${m[1]}${term}`;
}

export function numberedIdParts(input: IdInput): { parts: IdParts; warnings: string[] } {
  const { symbol } = input;
  const warnings: string[] = [];
  const level = levelOf(symbol);
  if (level === 'unknown') warnings.push('unknown-issuer-code');
  const year = input.date ? input.date.slice(0, 4) : null;
  if (symbol.family === 'party') {
    const place = resolvePlace(input, level);
    let scope: string | null;
    if (level === 'central' || level === 'unknown') {
      scope = input.term ?? (input.date ? centralTermAt(input.date) : null) ?? '?';
    } else if (input.date) {
      const t = localTermAt(input.date);
      scope = t.term;
      if (t.ambiguous) warnings.push('term-ambiguous');
    } else scope = input.term ? `khoa-${input.term}` : '?';
    return { parts: { scheme: 'dang', key: symbol.canonical, place, scope }, warnings };
  }
  if (symbol.shape === 'law') return { parts: { scheme: 'vn', key: withLegislature(symbol.canonical, warnings), place: null, scope: null }, warnings };
  if (symbol.year !== null) {
    // year in the symbol: unique nationwide for central issuers, per locality otherwise
    const key = withLegislature(symbol.canonical, warnings);
    return { parts: { scheme: 'vn', key, place: key === symbol.canonical ? resolvePlace(input, level) : null, scope: null }, warnings };
  }
  // numbering restarts each year per issuer (Nghị định 30/2020 Điều 15)
  return { parts: { scheme: 'vn', key: symbol.canonical, place: resolvePlace(input, level), scope: year ?? '?' }, warnings };
}
