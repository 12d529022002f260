import { z } from 'zod';
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
const LETTER = /[\p{L}\p{N}]/u;
// words that begin the name of a body, where a place name ends ("TỈNH BÌNH THUẬN SỞ NỘI VỤ")
const ORGAN_WORD = /^(?:sở|ban|cục|chi|ủy|uỷ|đảng|tòa|toà|viện|trường|kho|đoàn|ubnd|hđnd|văn|phòng|trung|công|thanh|mặt|bệnh|hội|ngày|về|v\/v|số)$/u;
// unit words that are also the start of ordinary words: "xã hội" (society) is no commune
const NOT_A_UNIT = /^(?:xã hội|thành phố trực thuộc|tỉnh ủy viên)/u;

/** Split a place phrase into its units, the most specific first: "xã A, huyện B, tỉnh C" → [xã A, huyện B, tỉnh C]. */
export function placeSegments(written: string): PlaceSegment[] {
  const text = written.normalize('NFC').replace(/\\(?=[-.*_()[\]])/g, '').replace(/[*_]+/g, ' ').replace(/[\u00A0\s]+/g, ' ');
  const lower = text.toLowerCase();
  const starts: { at: number; after: number; kinds: readonly UnitKind[] }[] = [];
  for (let i = 0; i < lower.length; i++) {
    if (i > 0 && LETTER.test(lower[i - 1] as string)) continue;
    if (i > 0 && lower[i - 1] === '.') continue;
    for (const w of WORDS) {
      if (!lower.startsWith(w.word, i)) continue;
      const next = lower[i + w.word.length];
      if (!w.word.endsWith('.') && next !== undefined && LETTER.test(next)) continue;
      if (NOT_A_UNIT.test(lower.slice(i))) continue;
      starts.push({ at: i, after: i + w.word.length, kinds: w.kinds });
      i += w.word.length - 1;
      break;
    }
  }
  const segments: PlaceSegment[] = [];
  const cut = (s: string): string => {
    const words = s.replace(/^[\s.,:;-]+|[\s.,:;()-]+$/g, '').split(' ').filter((x) => x !== '');
    const stop = words.findIndex((w, k) => k > 0 && ORGAN_WORD.test(w.toLowerCase()));
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
    if (name) segments.push({ kinds: s.kinds, name });
  }
  return segments;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, district: 1, commune: 2 };

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

function match(seg: PlaceSegment, era: Era, within: string | undefined, level: PlaceLevel | undefined): PlaceUnit[] {
  let found = unitsNamed(seg.name, era).filter((u) => (seg.kinds === null || seg.kinds.includes(u.kind)) && (level === undefined || u.level === level) && inside(u, within));
  if (seg.kinds === null && found.length > 1) {
    // a bare name is the highest unit that bears it: "Hà Tĩnh" is the province, not its city
    const top = Math.min(...found.map((u) => LEVEL_RANK[u.level]));
    found = found.filter((u) => LEVEL_RANK[u.level] === top);
  }
  return found;
}

function eras(options: ResolvePlaceOptions): Era[] {
  if (options.era) return [options.era];
  const first = eraAt(options.date);
  return first === 'from-2025-07' ? ['from-2025-07', 'before-2025-07'] : ['before-2025-07', 'from-2025-07'];
}

/** Every unit the phrase may designate (more than one when it is ambiguous), the list in force at the date first. */
export function findPlaces(written: string, options: ResolvePlaceOptions = {}): PlaceUnit[] {
  let segments = placeSegments(written);
  if (segments.length === 0) return [];
  // addresses go from the smallest unit up ("xã A, huyện B"), headers from the largest down ("TỈNH C HUYỆN ỦY B")
  const rank = (seg: PlaceSegment): number => (seg.kinds ? Math.min(...seg.kinds.map((k) => LEVEL_RANK[LEVEL_OF_KIND[k]])) : -1);
  if (segments.length > 1 && rank(segments[0] as PlaceSegment) >= 0 && rank(segments[0] as PlaceSegment) < rank(segments[segments.length - 1] as PlaceSegment)) segments = [...segments].reverse();
  for (const era of eras(options)) {
    // outer units narrow the inner ones: resolve from the largest
    let within = options.within;
    for (let k = segments.length - 1; k >= 1; k--) {
      const outer = match(segments[k] as PlaceSegment, era, within, undefined);
      if (outer.length === 1) within = (outer[0] as PlaceUnit).code;
    }
    const found = match(segments[0] as PlaceSegment, era, within, options.level);
    if (found.length > 0) return found;
  }
  return [];
}

/** The one unit the phrase designates, or null when it designates none or several. */
export function resolvePlace(written: string, options: ResolvePlaceOptions = {}): PlaceUnit | null {
  const found = findPlaces(written, options);
  return found.length === 1 ? (found[0] as PlaceUnit) : null;
}
