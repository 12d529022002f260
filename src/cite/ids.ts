import { z } from 'zod';
import { fold } from '../text/fold.js';
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
  return p.place === '?' || p.scope === '?';
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
  slug: string;
  level: 'province' | 'district' | 'commune';
}

/** "UBND tỉnh Hà Tĩnh" → tinh-ha-tinh; "Thị ủy Hồng Lĩnh" → tx-hong-linh; "thị xã Hồng Lĩnh" → tx-hong-linh. */
export function placeFromPhrase(phrase: string): PlaceRef | null {
  const found = EXPLICIT_PLACE.exec(phrase);
  if (!found) return null;
  const m = found[1] !== undefined ? [found[0], found[1], found[2]] : [found[0], found[3], found[4]];
  const levelWord = (m[1] as string).toLowerCase().replace(/\.$/, '');
  let prefix = LEVEL_SLUG[levelWord] ?? 'tp';
  // a place name ends where the name of a body begins ("TỈNH BÌNH THUẬN SỞ NỘI VỤ")
  const words = (m[2] as string).split(/[ ]+/);
  const stop = words.findIndex((w, i) => ORGAN_WORDS.has(w.toLowerCase()) || ORGAN_PAIRS.has(`${w} ${words[i + 1] ?? ''}`.toLowerCase()));
  const name = slug((stop > 0 ? words.slice(0, stop) : words).join(' '));
  if (prefix === 'tp' && !CENTRAL_CITIES.has(name.replace(/-/g, ' '))) prefix = 'tp';
  const level = prefix === 'tp' ? (CENTRAL_CITIES.has(name.replace(/-/g, ' ')) ? 'province' : 'district') : (LEVEL_OF[prefix] ?? 'province');
  return { slug: `${prefix}-${name}`, level };
}

export interface PlaceContext {
  province?: string | undefined;
  district?: string | undefined;
  commune?: string | undefined;
}

/** Turn a context entry ("Hà Tĩnh", "tỉnh Hà Tĩnh", "thị xã Hồng Lĩnh") into a slug for its level. */
export function contextSlug(value: string, level: 'province' | 'district' | 'commune'): string {
  const explicit = placeFromPhrase(value);
  if (explicit) return explicit.slug;
  const name = slug(value);
  if (level === 'province') return (CENTRAL_CITIES.has(name.replace(/-/g, ' ')) ? 'tp-' : 'tinh-') + name;
  if (level === 'district') return 'huyen-' + name;
  return 'xa-' + name;
}

function contextPlace(ctx: PlaceContext | undefined, level: 'province' | 'district' | 'commune' | 'own'): string | null {
  if (!ctx) return null;
  if (level === 'own') {
    if (ctx.commune) return contextSlug(ctx.commune, 'commune');
    if (ctx.district) return contextSlug(ctx.district, 'district');
    if (ctx.province) return contextSlug(ctx.province, 'province');
    return null;
  }
  const v = ctx[level];
  return v ? contextSlug(v, level) : null;
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
  const explicit = phrase ? placeFromPhrase(phrase) : null;
  if (explicit) return explicit.slug;
  const rel = phrase ? relativeLevel(phrase) : null;
  const ctx = input.context?.place;
  if (rel) return contextPlace(ctx, rel) ?? '?';
  if (level === 'province' || level === 'district' || level === 'commune') return contextPlace(ctx, level) ?? '?';
  // UBND, HĐND exist at every level: without a phrase the place is unknown (not the citing document's own)
  return '?';
}

/** Id parts of a numbered citation. */
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
  if (symbol.shape === 'law') return { parts: { scheme: 'vn', key: symbol.canonical, place: null, scope: null }, warnings };
  if (symbol.year !== null) {
    // year in the symbol: unique nationwide for central issuers, per locality otherwise
    return { parts: { scheme: 'vn', key: symbol.canonical, place: resolvePlace(input, level), scope: null }, warnings };
  }
  // numbering restarts each year per issuer (Nghị định 30/2020 Điều 15)
  return { parts: { scheme: 'vn', key: symbol.canonical, place: resolvePlace(input, level), scope: year ?? '?' }, warnings };
}
