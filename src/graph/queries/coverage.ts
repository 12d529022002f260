import { implementsIndex, placesAtLevel } from '../implements-index.js';
import type { NodeAttributes } from '../schema.js';
import type { GraphStore } from '../store.js';
import { implementers, type Implementer } from './implementers.js';

export interface CoverageRow {
  place: string;
  /** the earliest implementing document of that place, or null */
  first: Implementer | null;
  /** all implementing documents of that place */
  count: number;
}

/**
 * Coverage of a (usually central) document: for every place of the given level known to the
 * corpus, whether a document of that place implements it (directly or through a chain), which
 * one first, and how long after; the places with none are listed too.
 *
 * @example coverage(corpus.graph, 'dang:18-NQ/TW#XII', { level: 'province' })
 */
export function coverage(graph: GraphStore, root: string, options: { level?: 'province' | 'district' | 'commune' } = {}): { root: string; level: string; rows: CoverageRow[] } {
  const level = options.level ?? 'province';
  const byPlace = new Map<string, { first: Implementer | null; count: number }>();
  const places = implementsIndex(graph)?.places(level) ?? placesOf(graph, level);
  for (const place of places) byPlace.set(place, { first: null, count: 0 });
  for (const i of implementers(graph, root, { transitive: true })) {
    const row = i.place === null ? undefined : byPlace.get(i.place);
    if (!row) continue;
    row.count++;
    if (row.first === null || (i.date ?? '9999') < (row.first.date ?? '9999')) row.first = i;
  }
  const rows: CoverageRow[] = [...byPlace].map(([place, r]) => ({ place, ...r }));
  rows.sort((a, b) => Number(b.first !== null) - Number(a.first !== null) || a.place.localeCompare(b.place));
  return { root, level, rows };
}

function placesOf(graph: GraphStore, level: string): string[] {
  const all: NodeAttributes[] = [];
  graph.forEachNode((_k, a) => void all.push(a));
  return placesAtLevel(all, level);
}
