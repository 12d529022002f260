import { z } from 'zod';
import { fold } from '../text/fold.js';
import { eraAt, isWithin, placeByCode, successorProvince, unitsNamed, type Era, type PlaceLevel, type PlaceUnit, EraSchema, PlaceLevelSchema } from './gazetteer.js';
import { LEVEL_OF_KIND, UNIT_WORDS, type UnitKind } from './kinds.js';

/**
 * From a place as a document writes it ("UBND huyện Can Lộc", "TP. HCM", "H. Cẩm Xuyên, tỉnh Hà
 * Tĩnh", "HÀ TĨNH", "Thừa Thiên - Huế") to the official unit. A name alone is not an identity below
 * the province ("huyện Châu Thành" exists in several provinces): what the phrase does not settle must
 * come from `within`, the unit the document itself lies in; otherwise nothing is guessed.
 */

export const ResolvePlaceOptionsSchema = z.object({
  /** code of a unit the place lies in (the citing document's province or district) */
  within: z.string().optional(),
  /** ISO date of the document: the list in force that day is searched first */
  date: z.string().optional(),
  /** search only this era */
  era: EraSchema.optional(),
  /** the level the place must have */
  level: PlaceLevelSchema.optional(),
});
export type ResolvePlaceOptions = z.infer<typeof ResolvePlaceOptionsSchema>;

export interface PlaceSegment {
  /** the unit kinds its unit word allows; null when no unit word was written */
  kinds: readonly UnitKind[] | null;
  name: string;
}

// unit words sorted longest first, so "thị xã" is tried before "xã"
const WORDS = UNIT_WORDS.flatMap((w) => w.words.map((word) => ({ word, kinds: w.kinds }))).sort((a, b) => b.word.length - a.word.length);
// the same words typed without diacritics ("tinh ha tinh"), read only where a unit word can begin a phrase without
// marks (its start, or after a comma): inside a name they are syllables ("huyen quan hoa" is Quan Hóa, not a quận)
const FOLDED_WORDS = WORDS.filter((w) => !w.word.endsWith('.') && fold(w.word) !== w.word).map((w) => ({ word: fold(w.word), kinds: w.kinds }))
  .filter((w, k, all) => all.findIndex((x) => x.word === w.word) === k)
  .sort((a, b) => b.word.length - a.word.length);
const LETTER = /[\p{L}\p{N}]/u;
// words (and pairs) that begin the name of a body or the rest of a sentence, where a place name ends
// ("TỈNH BÌNH THUẬN SỞ NỘI VỤ"); place names use "Trung", "Văn", "Phòng", "Đoàn", "Chi" too ("Hải Phòng",
// "Đồng Văn", "Chi Lăng", "Đoàn Kết"), so those go by pairs
const ORGAN_WORD = /^(?:sở|ban|cục|ủy|uỷ|đảng|tòa|toà|viện|ubnd|hđnd|ngày|về|v\/v|số|và|hiện|có|thuộc|trên|tại|của|gồm|với)$/u;
const ORGAN_PAIR = /^(?:trung ương|trung tâm|văn phòng|công an|thanh tra|mặt trận|bệnh viện|hội đồng|chi cục|phòng [a-zđ]+|kho bạc|đoàn thanh|trường đại|trường trung|trường cao|trường tiểu|trường mầm)$/u;
// unit words that are also the start of ordinary words: "xã hội" (society) is no commune
const NOT_A_UNIT = /^(?:xã hội|thành phố trực thuộc|tỉnh ủy viên)/u;

/** Split a place phrase into its units, the most specific first: "xã A, huyện B, tỉnh C" → [xã A, huyện B, tỉnh C]. */
export function placeSegments(written: string): PlaceSegment[] {
  const text = cleanPhrase(written);
  const lower = text.toLowerCase();
  const starts: { at: number; after: number; kinds: readonly UnitKind[] }[] = [];
  const plain = fold(text) === lower.trim().replace(/\s+/g, ' ') || fold(text) === lower;
  for (let i = 0; i < lower.length; i++) {
    if (i > 0 && LETTER.test(lower[i - 1] as string)) continue;
    if (i > 0 && lower[i - 1] === '.') continue;
    const words = plain && (i === 0 || /,[ ]*$/.test(lower.slice(Math.max(0, i - 3), i))) ? [...WORDS, ...FOLDED_WORDS] : WORDS;
    for (const w of words) {
      if (!lower.startsWith(w.word, i)) continue;
      const next = text[i + w.word.length];
      // "xãThạch Đài": a conversion that lost the space still starts the name with a capital
      if (!w.word.endsWith('.') && next !== undefined && LETTER.test(next) && next === next.toLowerCase()) continue;
      if (NOT_A_UNIT.test(lower.slice(i))) continue;
      starts.push({ at: i, after: i + w.word.length, kinds: w.kinds });
      i += w.word.length - 1;
      break;
    }
  }
  const segments: PlaceSegment[] = [];
  const cut = (s: string): string => {
    const words = s.replace(/^[\s.,:;-]+|[\s.,:;()-]+$/g, '').split(' ').filter((x) => x !== '');
    const stop = words.findIndex((w, k) => k > 0 && (ORGAN_WORD.test(w.toLowerCase()) || ORGAN_PAIR.test(`${w} ${words[k + 1] ?? ''}`.toLowerCase())));
    // a place name has at most five syllables ("Bà Rịa - Vũng Tàu"); what follows is the sentence
    return (stop > 0 ? words.slice(0, stop) : words).slice(0, 6).join(' ');
  };
  if (starts.length === 0) {
    for (const part of text.split(',')) {
      const name = cut(part);
      if (name) segments.push({ kinds: null, name });
    }
    return segments;
  }
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as (typeof starts)[number];
    const end = k + 1 < starts.length ? (starts[k + 1] as (typeof starts)[number]).at : text.length;
    const raw = text.slice(s.after, end);
    const name = cut(raw.split(',')[0] as string);
    // a unit word alone ("UBND tỉnh") names the unit of that kind the document lies in: an empty name
    if (name || k === starts.length - 1) segments.push({ kinds: s.kinds, name });
  }
  return segments;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, district: 1, commune: 2 };

/** Markup and spacing left by conversions: Markdown escapes and emphasis, HTML line breaks in table cells. */
function cleanPhrase(written: string): string {
  return written.normalize('NFC').replace(/<br\s*\/?>/gi, ' ').replace(/\\(?=[-.*_()[\]])/g, '').replace(/[*_]+/g, ' ').replace(/[\u00A0\s]+/g, ' ');
}

// "(mới)": the unit a 2025 resolution creates; "(cũ)": the one before it
const NEW_MARK = /\((?:mới|sau sắp xếp|sau sáp nhập)\)/iu;
const OLD_MARK = /\((?:cũ|trước sắp xếp|trước sáp nhập)\)/iu;
// "các huyện, thành phố": several units, never one
const PLURAL = /^\s*(?:các|những|mọi)\s/iu;

function inside(u: PlaceUnit, within: string | undefined): boolean {
  if (within === undefined) return true;
  const w = placeByCode(within);
  if (!w) return false;
  if (w.era === u.era) return isWithin(u, within);
  // the other era: only provinces carry over, through the 2025 mapping
  if (w.level !== 'province') return false;
  if (u.era === 'from-2025-07') return successorProvince(w)?.code === u.province;
  return successorProvince(u)?.code === w.code;
}

/** The unit of `within`'s chain that a bare unit word ("tỉnh", "huyện") names. */
function enclosing(seg: PlaceSegment, within: string | undefined, era: Era): PlaceUnit[] {
  const levels = new Set((seg.kinds ?? []).map((k) => LEVEL_OF_KIND[k]));
  for (let u = within !== undefined ? placeByCode(within) : undefined; u; u = u.parent ? placeByCode(u.parent) : undefined) {
    if (levels.has(u.level)) return u.era === era ? [u] : [];
  }
  return [];
}

// unit words of the earlier list only: from 1 July 2025 there are no districts and no thị trấn
const EARLIER_ONLY = new Set<UnitKind>(['rural-district', 'urban-district', 'town', 'township']);

function match(seg: PlaceSegment, era: Era, within: string | undefined, level: PlaceLevel | undefined, date: string | undefined): PlaceUnit[] {
  if (era === 'from-2025-07' && seg.kinds?.every((k) => EARLIER_ONLY.has(k))) return [];
  if (seg.name === '') return enclosing(seg, within, era).filter((u) => level === undefined || u.level === level);
  // a unit word gives the level; the kind within a level changes over the years (a huyện becomes a thị xã,
  // a xã a thị trấn), so the kind only separates units of one province, or any once the lists are those of the day
  const levels = seg.kinds ? new Set(seg.kinds.map((k) => LEVEL_OF_KIND[k])) : null;
  let found = unitsNamed(seg.name, era).filter((u) => (levels === null || levels.has(u.level)) && (level === undefined || u.level === level) && inside(u, within));
  if (seg.kinds && found.length > 1) {
    const exact = found.filter((u) => seg.kinds?.includes(u.kind));
    const current = date !== undefined && date >= LISTS_DATE[era];
    if (exact.length > 0 && (current || found.every((u) => exact.includes(u) || exact.some((e) => e.province === u.province)))) found = exact;
  }
  if (seg.kinds === null && found.length > 1) {
    // a bare name is the highest unit that bears it: "Hà Tĩnh" is the province, not its city
    const top = Math.min(...found.map((u) => LEVEL_RANK[u.level]));
    found = found.filter((u) => LEVEL_RANK[u.level] === top);
  }
  return found;
}

// the day each list describes: after it, a unit's kind in the list is its kind on the day
const LISTS_DATE: Record<Era, string> = { 'before-2025-07': '2025-03-01', 'from-2025-07': '2025-07-01' };

function eras(options: ResolvePlaceOptions, written: string): Era[] {
  if (options.era) return [options.era];
  if (NEW_MARK.test(written)) return ['from-2025-07'];
  if (OLD_MARK.test(written)) return ['before-2025-07'];
  // inside a unit of one list, that list first: the enclosing unit says which map the text is on
  const first = (options.within !== undefined ? placeByCode(options.within)?.era : undefined) ?? eraAt(options.date);
  return first === 'from-2025-07' ? ['from-2025-07', 'before-2025-07'] : ['before-2025-07', 'from-2025-07'];
}

/** Every unit the phrase may designate (more than one when it is ambiguous), the list in force at the date first. */
export function findPlaces(written: string, options: ResolvePlaceOptions = {}): PlaceUnit[] {
  if (PLURAL.test(written)) return [];
  let segments = placeSegments(written.replace(NEW_MARK, ' ').replace(OLD_MARK, ' '));
  if (segments.length === 0) return [];
  // addresses go from the smallest unit up ("xã A, huyện B"), headers from the largest down ("TỈNH C HUYỆN ỦY B")
  const rank = (seg: PlaceSegment): number => (seg.kinds ? Math.min(...seg.kinds.map((k) => LEVEL_RANK[LEVEL_OF_KIND[k]])) : -1);
  if (segments.length > 1 && rank(segments[0] as PlaceSegment) >= 0 && rank(segments[0] as PlaceSegment) < rank(segments[segments.length - 1] as PlaceSegment)) segments = [...segments].reverse();
  for (const era of eras(options, written)) {
    // outer units narrow the inner ones: resolve from the largest
    let within = options.within;
    for (let k = segments.length - 1; k >= 1; k--) {
      const outer = match(segments[k] as PlaceSegment, era, within, undefined, options.date);
      if (outer.length === 1) within = (outer[0] as PlaceUnit).code;
    }
    const found = match(segments[0] as PlaceSegment, era, within, options.level, options.date);
    if (found.length > 0) return found;
  }
  return [];
}

/** The one unit the phrase designates, or null when it designates none or several. */
export function resolvePlace(written: string, options: ResolvePlaceOptions = {}): PlaceUnit | null {
  const found = findPlaces(written, options);
  return found.length === 1 ? (found[0] as PlaceUnit) : null;
}
