import type { GraphStore } from '../store.js';

export interface AmendmentEvent {
  /** the document that acts */
  by: string;
  /** the document acted upon */
  on: string;
  relation: 'amends' | 'replaces' | 'repeals' | 'suspends' | 'corrects';
  date: string | null;
  asserted: boolean;
}

const OPERATIVE = new Set(['amends', 'replaces', 'repeals', 'suspends', 'corrects']);

/**
 * The amendment history of a document: who amended, replaced, repealed, suspended or corrected
 * it (in date order), and its current version: following "replaces" to the newest replacement.
 *
 * @example amendmentHistory(corpus.graph, 'vn:75/2021/NĐ-CP')
 */
export function amendmentHistory(graph: GraphStore, key: string): { events: AmendmentEvent[]; current: string; repealed: boolean } {
  const events: AmendmentEvent[] = [];
  if (!graph.hasNode(key)) return { events, current: key, repealed: false };
  graph.forEachInEdge(key, (_e, a, source, _t, s) => {
    if (!OPERATIVE.has(a.relation)) return;
    events.push({ by: source, on: key, relation: a.relation as AmendmentEvent['relation'], date: s.date, asserted: a.asserted });
  });
  events.sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  let current = key;
  const seen = new Set([key]);
  for (;;) {
    let next: string | null = null;
    graph.forEachInEdge(current, (_e, a, source) => {
      if (a.relation === 'replaces' && !seen.has(source)) next = source;
    });
    if (next === null) break;
    seen.add(next);
    current = next;
  }
  const repealed = events.some((e) => e.relation === 'repeals');
  return { events, current, repealed };
}
