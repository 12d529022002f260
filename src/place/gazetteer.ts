import { z } from 'zod';
import { DIVISIONS_BEFORE_2025_07, DIVISIONS_FROM_2025_07, PROVINCE_SUCCESSORS } from './data/divisions.js';
import { foldedKey, looseKey, nameKey } from './keys.js';
import { KIND_BY_LETTER, KIND_SLUG, KIND_WORD, LEVEL_OF_KIND, UnitKindSchema } from './kinds.js';

export { foldedKey, looseKey, nameKey, nameSlug } from './keys.js';

/**
 * The official administrative map, in two eras: the three-level list in force until 30 June 2025
 * (63 provinces, 696 districts, 10 047 communes) and the two-level list from 1 July 2025 (34
 * provinces, 3 321 communes). Codes are the statistics office's; a unit of the second era is
 * written with an "N" before its code, because the reorganization reused codes ("44" was Quảng
 * Bình, "N44" is the new Quảng Trị).
 */

export const EraSchema = z.enum(['before-2025-07', 'from-2025-07']);
export type Era = z.infer<typeof EraSchema>;

/** The day the 2025 reorganization took effect (districts abolished, 63 provinces → 34). */
export const REORGANIZATION_DATE = '2025-07-01';

export const PlaceLevelSchema = z.enum(['province', 'district', 'commune']);
export type PlaceLevel = z.infer<typeof PlaceLevelSchema>;

export const PlaceUnitSchema = z.object({
  /** statistics code; "N" + code for a unit of the list from 1 July 2025 */
  code: z.string(),
  era: EraSchema,
  level: PlaceLevelSchema,
  kind: UnitKindSchema,
  /** the name without its unit word: "Can Lộc", "1" for "Phường 1" */
  name: z.string(),
  /** code of the enclosing unit; null for a province */
  parent: z.string().nullable(),
  /** code of the province it lies in (its own code for a province) */
  province: z.string(),
  /** the place part of ids: "tinh-ha-tinh", "tinh-ha-tinh.huyen-can-loc", "tinh-ha-tinh.huyen-can-loc.xa-thach-kim" */
  slug: z.string(),
  /** for people: "Hà Tĩnh", "huyện Can Lộc (Hà Tĩnh)", "xã Thạch Kim (Lộc Hà, Hà Tĩnh)" */
  display: z.string(),
});
export type PlaceUnit = z.infer<typeof PlaceUnitSchema>;

interface Table {
  units: PlaceUnit[];
  byCode: Map<string, PlaceUnit>;
  children: Map<string, PlaceUnit[]>;
  bySlug: Map<string, PlaceUnit[]>;
  /**
   * The name keys (three per unit, with their regular expressions and normalization) are built on the
   * first lookup by name: most CLI commands read places by slug or code only, and 13 000 units' keys
   * cost about two thirds of the table (a fifth of a second of a cold `vanban trace`).
   */
  names: Names | null;
}

interface Names {
  /** exact key (lower case, one tone placement) → units; folded key (no diacritics) → units */
  byExact: Map<string, PlaceUnit[]>;
  byFolded: Map<string, PlaceUnit[]>;
  byLoose: Map<string, PlaceUnit[]>;
}

/**
 * One era's list. A lookup by code or slug reads the unit's line (and its parents') from the generated
 * text and keeps the unit made of it; the whole table (every unit, children, slugs) is built only when
 * a question needs every unit (placesAt, childrenOf, a name). Why: a cold `vanban trace` shows a few
 * places, and building 17 000 units of two eras for them was a seventh of its time.
 */
interface EraList {
  era: Era;
  data: string;
  prefix: '' | 'N';
  /** the units made so far, by code: the same objects the whole table holds once it is built */
  made: Map<string, PlaceUnit>;
  /** slug → units, for the slugs looked up before the whole table is built */
  slugs: Map<string, PlaceUnit[]>;
  table: Table | null;
  /** the provinces, read from their lines (a parent field left empty) before the whole table is built */
  provinces: PlaceUnit[] | null;
  /** lookups that searched the text: past lazySearches.limit, the whole table is built (see there) */
  searches: number;
}

/**
 * A lookup that searches the text costs 0.1-0.5 ms (a pass over 0.5 MB); the whole table of an era 50-100 ms. A
 * process that looks up more than this many codes or slugs (a server, a coverage of thousands of implementers) gets
 * the table, so that many lookups never cost more than the table would have. (Not exported by vanban/place: tests
 * lift it to check every lookup of the text.)
 */
export const lazySearches = { limit: 64 };

function eraList(data: string, era: Era): EraList {
  return { era, data, prefix: era === 'from-2025-07' ? 'N' : '', made: new Map(), slugs: new Map(), table: null, provinces: null, searches: 0 };
}

const lists = {
  before: eraList(DIVISIONS_BEFORE_2025_07, 'before-2025-07'),
  after: eraList(DIVISIONS_FROM_2025_07, 'from-2025-07'),
};
let successorTable: Map<string, { code: string; full: boolean }> | null = null;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The unit of the line that starts at `start` (its parents made first, as the whole table makes them). */
function unitOfLine(e: EraList, start: number): PlaceUnit {
  const data = e.data;
  const nl = data.indexOf('\n', start);
  const [rawCode, letter, name, rawParent, nameSlugPart] = data.slice(start, nl < 0 ? data.length : nl).split('\t') as [string, string, string, string, string];
  const code = e.prefix + rawCode;
  const known = e.made.get(code);
  if (known) return known;
  const kind = KIND_BY_LETTER[letter];
  if (!kind) throw new Error(`gazetteer: unknown kind letter ${letter}`);
  const parentCode = rawParent === '' ? null : e.prefix + rawParent;
  const parent = parentCode === null ? null : unitByCode(e, parentCode);
  if (parentCode !== null && !parent) throw new Error(`gazetteer: ${code} without its parent ${parentCode}`);
  // the parent's lookup may have built the whole table (past the limit of searches), this unit in it: that object is the one
  const made = e.made.get(code);
  if (made) return made;
  const level = LEVEL_OF_KIND[kind];
  // the name's part of the slug is in the table (nameSlug, computed by the generator): folding 17 000 names here cost a cold command a tenth of a second
  const own = `${KIND_SLUG[kind]}-${nameSlugPart}`;
  const province = parent ? parent.province : code;
  const word = KIND_WORD[kind];
  let display: string;
  if (!parent) display = name;
  else {
    const chain: string[] = [];
    for (let p: PlaceUnit | undefined = parent; p; p = p.parent ? e.made.get(p.parent) : undefined) chain.push(p.name);
    display = `${word} ${name} (${chain.join(', ')})`;
  }
  const unit: PlaceUnit = { code, era: e.era, level, kind, name, parent: parentCode, province, slug: parent ? `${parent.slug}.${own}` : own, display };
  e.made.set(code, unit);
  return unit;
}

/** The unit with this code in this era's list, read from its line if it was not made yet. */
function unitByCode(e: EraList, code: string): PlaceUnit | undefined {
  const known = e.made.get(code);
  if (known || e.table) return known;
  if (!code.startsWith(e.prefix)) return undefined;
  const raw = code.slice(e.prefix.length);
  // a code is digits: anything else ("01\tC") must not find a line by a piece of it
  if (!/^\d+$/.test(raw)) return undefined;
  if (++e.searches > lazySearches.limit) return tableOfList(e).byCode.get(code);
  if (e.data.startsWith(`${raw}\t`)) return unitOfLine(e, 0);
  const at = e.data.indexOf(`\n${raw}\t`);
  return at < 0 ? undefined : unitOfLine(e, at + 1);
}

/** Every unit of `e` whose slug ends with a part like `last` ("huyen-can-loc"): the lines whose own slug part it is, in the table's order. */
function unitsBySlug(e: EraList, slug: string): PlaceUnit[] {
  if (e.table) return e.table.bySlug.get(slug) ?? [];
  const seen = e.slugs.get(slug);
  if (seen) return seen;
  if (++e.searches > lazySearches.limit) return tableOfList(e).bySlug.get(slug) ?? [];
  const last = slug.slice(slug.lastIndexOf('.') + 1);
  const data = e.data;
  const starts: number[] = [];
  for (const prefix of new Set(Object.values(KIND_SLUG))) {
    if (!last.startsWith(`${prefix}-`)) continue;
    const part = last.slice(prefix.length + 1);
    // the slug part is a line's last field: a tab before it, a line end (or the text's end) after it
    if (part.includes('\t') || part.includes('\n')) continue;
    const field = `\t${part}\n`;
    for (let i = data.indexOf(field); i >= 0; i = data.indexOf(field, i + 1)) starts.push(data.lastIndexOf('\n', i) + 1);
    if (data.endsWith(`\t${part}`)) starts.push(data.lastIndexOf('\n') + 1);
  }
  const found = starts
    .sort((a, b) => a - b)
    .map((s) => unitOfLine(e, s))
    .filter((u) => u.slug === slug);
  e.slugs.set(slug, found);
  return found;
}

/** The provinces of an era, in the table's order: the lines whose parent field is empty (coverage by province needs no more). */
function provincesOf(e: EraList): PlaceUnit[] {
  if (e.table) return e.table.units.filter((u) => u.level === 'province');
  if (!e.provinces) {
    const found: PlaceUnit[] = [];
    // code, kind, name, parent (empty), slug part: the only lines with two tabs in a row
    for (let i = e.data.indexOf('\t\t'); i >= 0; i = e.data.indexOf('\t\t', i + 2)) found.push(unitOfLine(e, e.data.lastIndexOf('\n', i) + 1));
    e.provinces = found;
  }
  return [...e.provinces];
}

/** The whole table of an era: every unit (the ones made already kept), their children and slugs. */
function tableOfList(e: EraList): Table {
  if (e.table) return e.table;
  const units: PlaceUnit[] = [];
  // parents come before their children in the generated table
  for (let start = 0; start < e.data.length; ) {
    const nl = e.data.indexOf('\n', start);
    units.push(unitOfLine(e, start));
    start = nl < 0 ? e.data.length : nl + 1;
  }
  const table: Table = { units, byCode: e.made, children: new Map(), bySlug: new Map(), names: null };
  for (const u of units) {
    if (u.parent) push(table.children, u.parent, u);
    push(table.bySlug, u.slug, u);
  }
  e.table = table;
  e.slugs.clear();
  return table;
}

function namesOf(t: Table): Names {
  if (t.names) return t.names;
  const names: Names = { byExact: new Map(), byFolded: new Map(), byLoose: new Map() };
  for (const u of t.units) {
    push(names.byExact, nameKey(u.name), u);
    push(names.byFolded, foldedKey(u.name), u);
    push(names.byLoose, looseKey(u.name), u);
  }
  addAliases(names);
  t.names = names;
  return names;
}

function successors(): Map<string, { code: string; full: boolean }> {
  if (successorTable) return successorTable;
  const table = new Map<string, { code: string; full: boolean }>();
  for (const l of PROVINCE_SUCCESSORS.split('\n')) {
    const [from, to, type] = l.split('\t') as [string, string, string];
    table.set(from, { code: 'N' + to, full: type === 'f' });
  }
  successorTable = table;
  return table;
}

/**
 * Names the official lists do not carry but documents write: Thừa Thiên Huế (the province until it
 * became the city of Huế in 2025), Hồ Chí Minh's abbreviations, the Đăk/Đắk spellings.
 */
const PROVINCE_ALIASES: Record<string, string[]> = {
  'Huế': ['Thừa Thiên Huế', 'Thừa Thiên - Huế', 'TT Huế', 'TT-Huế', 'TTH'],
  'Hồ Chí Minh': ['HCM', 'Hồ Chí Minh', 'TPHCM', 'TP.HCM', 'Sài Gòn'],
  'Bà Rịa - Vũng Tàu': ['Bà Rịa Vũng Tàu', 'BR-VT', 'BRVT'],
  'Đắk Lắk': ['Đăk Lăk', 'Đắc Lắc', 'Daklak', 'Đắk Lăk'],
  'Đắk Nông': ['Đăk Nông', 'Đắc Nông', 'Daknong'],
  'Kon Tum': ['Kontum'],
};

function addAliases(t: Names): void {
  for (const [official, aliases] of Object.entries(PROVINCE_ALIASES)) {
    const units = (t.byExact.get(nameKey(official)) ?? []).filter((u) => u.level === 'province');
    for (const u of units) {
      for (const a of aliases) {
        if (!(t.byExact.get(nameKey(a)) ?? []).includes(u)) push(t.byExact, nameKey(a), u);
        if (!(t.byFolded.get(foldedKey(a)) ?? []).includes(u)) push(t.byFolded, foldedKey(a), u);
        if (!(t.byLoose.get(looseKey(a)) ?? []).includes(u)) push(t.byLoose, looseKey(a), u);
      }
    }
  }
}

/** The era of a date: the list in force on that day. */
export function eraAt(date: string | null | undefined): Era {
  return date && date >= REORGANIZATION_DATE ? 'from-2025-07' : 'before-2025-07';
}

function tableOf(era: Era): Table {
  return tableOfList(era === 'from-2025-07' ? lists.after : lists.before);
}

/** The unit with this code ("42", "436", "N44"), or undefined. */
export function placeByCode(code: string): PlaceUnit | undefined {
  return unitByCode(code.startsWith('N') ? lists.after : lists.before, code);
}

/** The units whose id slug this is, in either era; the one in force at `date` first. */
export function placesBySlug(slug: string, date?: string | null): PlaceUnit[] {
  const first = eraAt(date) === 'from-2025-07' ? [lists.after, lists.before] : [lists.before, lists.after];
  return first.flatMap((x) => unitsBySlug(x, slug));
}

/** Every unit of a level in force at a date (or in an era): the 63 provinces before 1 July 2025, the 34 after. */
export function placesAt(level: PlaceLevel, at: { date?: string | null; era?: Era; within?: string } = {}): PlaceUnit[] {
  const era = at.era ?? eraAt(at.date);
  if (at.within !== undefined) return descendants(at.within).filter((u) => u.level === level);
  if (level === 'province') return provincesOf(era === 'from-2025-07' ? lists.after : lists.before);
  return tableOf(era).units.filter((u) => u.level === level);
}

/** The units directly under a unit. */
export function childrenOf(code: string): PlaceUnit[] {
  const u = placeByCode(code);
  return u ? (tableOf(u.era).children.get(code) ?? []) : [];
}

function descendants(code: string): PlaceUnit[] {
  const out: PlaceUnit[] = [];
  const stack = [...childrenOf(code)];
  while (stack.length > 0) {
    const u = stack.pop() as PlaceUnit;
    out.push(u);
    stack.push(...childrenOf(u.code));
  }
  return out;
}

/** True when `unit` is `ancestor` or lies inside it. */
export function isWithin(unit: PlaceUnit, ancestor: string): boolean {
  for (let u: PlaceUnit | undefined = unit; u; u = u.parent ? placeByCode(u.parent) : undefined) if (u.code === ancestor) return true;
  return false;
}

/** The province in force from 1 July 2025 that took in a unit of the earlier list (its province's successor). */
export function successorProvince(unit: PlaceUnit): PlaceUnit | undefined {
  if (unit.era === 'from-2025-07') return placeByCode(unit.province);
  const s = successors().get(unit.province);
  return s ? placeByCode(s.code) : undefined;
}

/** The provinces of the earlier list that a province from 1 July 2025 took in, whole or in part. */
export function predecessorProvinces(unit: PlaceUnit): { unit: PlaceUnit; full: boolean }[] {
  if (unit.era !== 'from-2025-07' || unit.level !== 'province') return [];
  const out: { unit: PlaceUnit; full: boolean }[] = [];
  for (const [from, to] of successors()) {
    const u = to.code === unit.code ? placeByCode(from) : undefined;
    if (u) out.push({ unit: u, full: to.full });
  }
  return out;
}

/** Units whose name (without unit word) is `name`, exact key first, else without diacritics. */
export function unitsNamed(name: string, era: Era): PlaceUnit[] {
  const t = namesOf(tableOf(era));
  const folded = t.byFolded.get(foldedKey(name));
  // a name typed without marks matches a marked name as well as one that has none ("quan hoa": Quan Hóa, Quan Hoa)
  if (foldedKey(name) === nameKey(name) && folded) return folded;
  return t.byExact.get(nameKey(name)) ?? folded ?? t.byLoose.get(looseKey(name)) ?? [];
}
