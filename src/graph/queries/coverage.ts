import { z } from 'zod';
import { eraAt, findPlaces, placeByCode, placesAt, REORGANIZATION_DATE, type Era, type PlaceLevel, type PlaceUnit } from '../../place/index.js';
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
  const found = implementers(graph, root, { transitive: true });
  const rootDate = graph.hasNode(root) ? graph.getNodeAttributes(root).date : null;
  const firstDate = found.map((i) => i.date).filter((d): d is string => d !== null).sort()[0] ?? null;
  const groups = coverageGroups(found);
  const plan = planCoverage({ root, rootDate, firstDate, groups }, options);
  return finishCoverage(plan, (wanted) => found.flatMap((i, order) => (wanted.has(groupKey(i.place, eraAt(i.date))) ? [{ implementer: i, order }] : [])));
}

/**
 * The implementers of one place in one era (of their own dates): all coverage needs of them is how
 * many there are, which comes first in the implementers' order (`order`, `minOrder`: positions in
 * that order) and which is the earliest — so a database groups them in SQL and sends a row a place,
 * not a row an implementer (src/store/postgres/implementers.ts). Central documents are in no group.
 */
export interface CoverageGroup {
  place: string | null;
  era: Era;
  count: number;
  /** the earliest by date (no date counts as last), the first in the implementers' order among equals */
  earliest: Implementer;
  earliestOrder: number;
  /** the position of the group's first member in the implementers' order */
  minOrder: number;
}

export const groupKey = (place: string | null, era: Era): string => `${era}\u0000${place ?? ''}`;

/** The groups of a list of implementers in their order (the memory store's way; a database's is a GROUP BY). */
export function coverageGroups(found: readonly Implementer[]): CoverageGroup[] {
  const groups = new Map<string, CoverageGroup>();
  found.forEach((i, order) => {
    if (i.level === 'central') return;
    const era = eraAt(i.date);
    const key = groupKey(i.place, era);
    const g = groups.get(key);
    if (!g) groups.set(key, { place: i.place, era, count: 1, earliest: i, earliestOrder: order, minOrder: order });
    else {
      g.count++;
      if ((i.date ?? '9999') < (g.earliest.date ?? '9999')) {
        g.earliest = i;
        g.earliestOrder = order;
      }
    }
  });
  return [...groups.values()];
}

/** What coverage knows once the groups are placed: the rows, and the groups whose members are listed apart (with why). */
export interface CoveragePlan {
  result: Omit<Coverage, 'outside'>;
  /** groups outside the rows, by the step that put them there (a place not on the map or above the level first, then outside `within`) */
  outside: { key: string; reason: string; step: 0 | 1 }[];
}

export function planCoverage(input: { root: string; rootDate: string | null; firstDate: string | null; groups: readonly CoverageGroup[] }, options: CoverageOptions = {}): CoveragePlan {
  const level = options.level ?? 'province';
  const at = options.at ?? input.rootDate ?? input.firstDate;
  const era: Era = options.current ? 'from-2025-07' : eraAt(at);
  // in the order their first members come, as a walk of the implementers would meet them
  const groups = [...input.groups].sort((a, b) => a.minOrder - b.minOrder);

  // each group's unit at this level, in this era
  const placed: { g: CoverageGroup; unit: PlaceUnit; from: PlaceUnit }[] = [];
  const outside: CoveragePlan['outside'] = [];
  // provinces (districts) where an implementer lies, at any level: their districts (communes) are the rows by default
  const parents = new Set<string>();
  for (const g of groups) {
    const key = groupKey(g.place, g.era);
    // (the group's era is its dates' era: unitOfSlug reads a slug in the era of the date it is given)
    const own = unitOfSlug(g.place, g.era === 'from-2025-07' ? REORGANIZATION_DATE : null);
    if (!own) {
      outside.push({ key, reason: g.place ? `place ${g.place} is not in the official lists` : 'no place known', step: 0 });
      continue;
    }
    if (own.era === era) {
      if (level === 'district') parents.add(own.province);
      else if (level === 'commune' && own.level !== 'province') parents.add(own.level === 'district' ? own.code : (own.parent as string));
    }
    const r = unitInEra(own, level, era);
    if (r.unit) placed.push({ g, unit: r.unit, from: own });
    // a provincial plan is no district's: expected at this level, not an anomaly to report
    else if (LEVEL_RANK[own.level] >= LEVEL_RANK[level]) outside.push({ key, reason: r.reason, step: 0 });
  }

  const within = options.within !== undefined ? withinUnit(options.within, era) : null;
  let units: PlaceUnit[];
  if (within) units = placesAt(level, { era, within: within.code });
  else if (level === 'province') units = placesAt('province', { era });
  else units = [...parents].flatMap((code) => placesAt(level, { era, within: code }));
  const rows = new Map<string, CoverageRow>(units.map((u) => [u.code, { place: u.code, name: u.display, first: null, count: 0, via: [] }]));
  const firstOrder = new Map<string, number>();
  for (const p of placed) {
    const row = rows.get(p.unit.code);
    if (!row) {
      outside.push({ key: groupKey(p.g.place, p.g.era), reason: `${p.unit.display} is outside ${within?.display ?? 'the listed units'}`, step: 1 });
      continue;
    }
    row.count += p.g.count;
    const e = p.g.earliest;
    const before = row.first === null || (e.date ?? '9999') < (row.first.date ?? '9999') || ((e.date ?? '9999') === (row.first.date ?? '9999') && p.g.earliestOrder < (firstOrder.get(row.place) ?? Infinity));
    if (before) {
      row.first = e;
      firstOrder.set(row.place, p.g.earliestOrder);
    }
    const fromName = placeByCode(p.from.province)?.name;
    if (p.from.era !== p.unit.era && fromName && !row.via.includes(fromName)) row.via.push(fromName);
  }
  const list = [...rows.values()];
  list.sort((a, b) => Number(b.first !== null) - Number(a.first !== null) || (a.first?.date ?? '').localeCompare(b.first?.date ?? '') || a.name.localeCompare(b.name, 'vi'));
  return { result: { root: input.root, level, era, at, within: within?.code ?? null, covered: list.filter((r) => r.first !== null).length, rows: list }, outside };
}

/**
 * The coverage answer from its plan and the members of the groups listed apart, each with its
 * position in the implementers' order (`members` is asked once, for the keys of those groups).
 */
export function finishCoverage(plan: CoveragePlan, members: (keys: ReadonlySet<string>) => readonly { implementer: Implementer; order: number }[]): Coverage {
  const reasons = new Map(plan.outside.map((o) => [o.key, o]));
  const listed = reasons.size > 0 ? members(new Set(reasons.keys())) : [];
  const outside: { implementer: Implementer; reason: string; step: number; order: number }[] = [];
  for (const m of listed) {
    if (m.implementer.level === 'central') continue;
    const o = reasons.get(groupKey(m.implementer.place, eraAt(m.implementer.date)));
    if (o) outside.push({ implementer: m.implementer, reason: o.reason, step: o.step, order: m.order });
  }
  outside.sort((a, b) => a.step - b.step || a.order - b.order);
  return { ...plan.result, outside: outside.map(({ implementer, reason }) => ({ implementer, reason })) };
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
