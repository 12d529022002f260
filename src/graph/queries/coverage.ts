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
  const places = new Set<string>();
  graph.forEachNode((_k, a) => {
    if (a.kind === 'document' && a.level === level && a.place) places.add(a.place);
  });
  const impl = implementers(graph, root, { transitive: true });
  const rows: CoverageRow[] = [];
  for (const place of [...places].sort()) {
    const here = impl.filter((i) => i.place === place);
    const first = [...here].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))[0] ?? null;
    rows.push({ place, first, count: here.length });
  }
  rows.sort((a, b) => Number(b.first !== null) - Number(a.first !== null) || a.place.localeCompare(b.place));
  return { root, level, rows };
}
