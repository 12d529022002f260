import { z } from 'zod';
import { eraAt, findPlaces, placeByCode, placesAt, type Era, type PlaceLevel, type PlaceUnit } from '../../place/index.js';
import { unitInEra, unitOfSlug } from '../places.js';
import type { GraphStore } from '../store.js';
import { implementers, type Implementer } from './implementers.js';

export const CoverageOptionsSchema = z.object({
  /** the level of the places listed (default province) */
  level: z.enum(['province', 'district', 'commune']).optional(),
  /**
   * the unit whose districts (or communes) are listed: a code ("42") or a name ("Hà Tĩnh"); without it, a
   * district or commune table lists the units of every province (district) where an implementer is
   */
  within: z.string().optional(),
  /** the day whose map is used (ISO); default the root document's date, else its first implementer's */
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** list the 34 provinces from 1 July 2025, each earlier place counted under the province that took it in */
  current: z.boolean().optional(),
});
export type CoverageOptions = z.infer<typeof CoverageOptionsSchema>;

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, district: 1, commune: 2 };

export interface CoverageRow {
  /** the unit's code ("42", "N42"), or the id slug for a place the official lists do not know */
  place: string;
  /** the unit for people: "Hà Tĩnh", "huyện Can Lộc (Hà Tĩnh)" */
  name: string;
  /** the earliest implementing document of that place, or null */
  first: Implementer | null;
  /** all implementing documents of that place */
  count: number;
  /** with `current`: the earlier units whose documents are counted here ("Quảng Bình") */
  via: string[];
}

export interface Coverage {
  root: string;
  level: PlaceLevel;
  /** which list of units the rows are: before or from 1 July 2025 */
  era: Era;
  /** the day the map is that of */
  at: string | null;
  /** code of the unit whose districts or communes are listed, when one was given */
  within: string | null;
  /** places with an implementing document */
  covered: number;
  rows: CoverageRow[];
  /** implementers counted in no row, with why (a place the lists do not know, a unit of the other list, a higher level) */
  outside: { implementer: Implementer; reason: string }[];
}

/**
 * Coverage of a (usually central) document on the official map: every unit of the level that
 * existed on the day (63 provinces before 1 July 2025, 34 from then on; the districts of a
 * province; the communes of a district), with the first implementing document of each (directly
 * or through a chain), its date and lag, and the units with none. A district plan counts for its
 * province at the province level. Places written in ids the lists do not know are reported apart.
 *
 * @example coverage(corpus.graph, 'dang:18-NQ/TW#XII', { level: 'province' })
 */
export function coverage(graph: GraphStore, root: string, options: CoverageOptions = {}): Coverage {
  const level = options.level ?? 'province';
  const found = implementers(graph, root, { transitive: true });
  const rootDate = graph.hasNode(root) ? graph.getNodeAttributes(root).date : null;
  const firstDate = found.map((i) => i.date).filter((d): d is string => d !== null).sort()[0] ?? null;
  const at = options.at ?? rootDate ?? firstDate;
  const era: Era = options.current ? 'from-2025-07' : eraAt(at);

  // each implementer's unit at this level, in this era
  const placed: { i: Implementer; unit: PlaceUnit; from: PlaceUnit }[] = [];
  const outside: Coverage['outside'] = [];
  // provinces (districts) where an implementer lies, at any level: their districts (communes) are the rows by default
  const parents = new Set<string>();
  for (const i of found) {
    if (i.level === 'central') continue;
    const own = unitOfSlug(i.place, i.date);
    if (!own) {
      outside.push({ implementer: i, reason: i.place ? `place ${i.place} is not in the official lists` : 'no place known' });
      continue;
    }
    if (own.era === era) {
      if (level === 'district') parents.add(own.province);
      else if (level === 'commune' && own.level !== 'province') parents.add(own.level === 'district' ? own.code : (own.parent as string));
    }
    const r = unitInEra(own, level, era);
    if (r.unit) placed.push({ i, unit: r.unit, from: own });
    // a provincial plan is no district's: expected at this level, not an anomaly to report
    else if (LEVEL_RANK[own.level] >= LEVEL_RANK[level]) outside.push({ implementer: i, reason: r.reason });
  }

  const within = options.within !== undefined ? withinUnit(options.within, era) : null;
  let units: PlaceUnit[];
  if (within) units = placesAt(level, { era, within: within.code });
  else if (level === 'province') units = placesAt('province', { era });
  else units = [...parents].flatMap((code) => placesAt(level, { era, within: code }));
  const rows = new Map<string, CoverageRow>(units.map((u) => [u.code, { place: u.code, name: u.display, first: null, count: 0, via: [] }]));
  for (const p of placed) {
    const row = rows.get(p.unit.code);
    if (!row) {
      outside.push({ implementer: p.i, reason: `${p.unit.display} is outside ${within?.display ?? 'the listed units'}` });
      continue;
    }
    row.count++;
    if (row.first === null || (p.i.date ?? '9999') < (row.first.date ?? '9999')) row.first = p.i;
    const fromName = placeByCode(p.from.province)?.name;
    if (p.from.era !== p.unit.era && fromName && !row.via.includes(fromName)) row.via.push(fromName);
  }
  const list = [...rows.values()];
  list.sort((a, b) => Number(b.first !== null) - Number(a.first !== null) || (a.first?.date ?? '').localeCompare(b.first?.date ?? '') || a.name.localeCompare(b.name, 'vi'));
  return { root, level, era, at, within: within?.code ?? null, covered: list.filter((r) => r.first !== null).length, rows: list, outside };
}

function withinUnit(value: string, era: Era): PlaceUnit {
  const byCode = placeByCode(value);
  if (byCode) {
    if (byCode.era === era) return byCode;
    const moved = unitInEra(byCode, byCode.level, era);
    if (moved.unit) return moved.unit;
    throw new Error(`${byCode.display} is not a unit of the list ${era === 'from-2025-07' ? 'from' : 'before'} 1 July 2025: ${moved.reason}`);
  }
  const found = findPlaces(value, { era }).filter((u) => u.level !== 'commune');
  if (found.length === 1) return found[0] as PlaceUnit;
  throw new Error(found.length === 0 ? `no province or district named ${JSON.stringify(value)} in the official lists` : `${JSON.stringify(value)} names ${found.length} units: ${found.map((u) => `${u.code} ${u.display}`).join(', ')}`);
}
