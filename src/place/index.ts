/**
 * Places on the official map: the administrative units before and after the 1 July 2025
 * reorganization, their codes, parents and names, and the reading of a place as documents write it.
 *
 * @module vanban/place
 */
export {
  PlaceUnitSchema, PlaceLevelSchema, EraSchema, REORGANIZATION_DATE, eraAt, placeByCode, placesBySlug, placesAt, childrenOf,
  isWithin, successorProvince, predecessorProvinces, unitsNamed,
  type PlaceUnit, type PlaceLevel, type Era,
} from './gazetteer.js';
export { UnitKindSchema, KIND_WORD, type UnitKind } from './kinds.js';
export { findPlaces, resolvePlace, placeSegments, ResolvePlaceOptionsSchema, type ResolvePlaceOptions, type PlaceSegment } from './resolve.js';
