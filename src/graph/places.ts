import { isUnknownPlace, parseId } from '../cite/ids.js';
import { placeByCode, placesBySlug, predecessorProvinces, successorProvince, type Era, type PlaceLevel, type PlaceUnit } from '../place/index.js';

/**
 * Places of graph nodes on the official map. A node's place is the place part of its id (the slug),
 * read back into a unit of the list in force at the node's date.
 */

const LEGACY_LEVEL: Record<string, PlaceLevel> = { tinh: 'province', huyen: 'district', tx: 'district', quan: 'district', xa: 'commune', phuong: 'commune', tt: 'commune', dk: 'commune' };

/** The place and level an id names, for a document known only from citations ("vn:12/KH-UBND@tinh-ha-tinh.huyen-can-loc#2020"). */
export function placeOfId(id: string): { place: string | null; level: PlaceLevel | null } {
  let place: string | null;
  try {
    place = parseId(id.replace(/~\d+$/, '')).place;
  } catch {
    return { place: null, level: null };
  }
  if (place === null || isUnknownPlace(place)) return { place: null, level: null };
  const unit = placesBySlug(place)[0];
  if (unit) return { place, level: unit.level };
  const last = place.split('.').pop() as string;
  const prefix = /^([a-z]+)-/.exec(last)?.[1] ?? '';
  const level = prefix === 'tp' ? (place.includes('.') ? 'district' : 'province') : (LEGACY_LEVEL[prefix] ?? null);
  return { place, level };
}

/** The unit a slug names at a date (the list in force then first), or undefined when the lists do not know it. */
export function unitOfSlug(slug: string | null, date: string | null): PlaceUnit | undefined {
  return slug ? placesBySlug(slug, date)[0] : undefined;
}

/** The unit of `unit`'s own chain at `level` (itself, its district, its province), or undefined when `unit` is above it. */
export function ancestorAt(unit: PlaceUnit, level: PlaceLevel): PlaceUnit | undefined {
  for (let u: PlaceUnit | undefined = unit; u; u = u.parent ? placeByCode(u.parent) : undefined) if (u.level === level) return u;
  return undefined;
}

/**
 * The unit of `era` that `unit` counts under at `level`, across the 2025 reorganization: an old
 * province counts under the province that took it in; a new province under an old one only when it
 * took in exactly that one, whole. Districts and communes do not cross.
 */
export function unitInEra(unit: PlaceUnit, level: PlaceLevel, era: Era): { unit: PlaceUnit } | { unit: null; reason: string } {
  const own = ancestorAt(unit, level);
  if (!own) return { unit: null, reason: `a ${unit.level} document, above the ${level} level` };
  if (own.era === era) return { unit: own };
  if (level !== 'province') return { unit: null, reason: `${own.display}: ${level}s of the other list (1 July 2025) do not map one to one` };
  if (era === 'from-2025-07') {
    const next = successorProvince(own);
    return next ? { unit: next } : { unit: null, reason: `${own.display}: no successor province` };
  }
  const before = predecessorProvinces(own);
  if (before.length === 1 && (before[0] as { full: boolean }).full) return { unit: (before[0] as { unit: PlaceUnit }).unit };
  return { unit: null, reason: `${own.display} (from 1 July 2025) took in ${before.map((b) => b.unit.name).join(', ')}` };
}
