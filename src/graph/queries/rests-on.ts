import { compareKeys, outEdgesInOrder, type GraphStore } from '../store.js';

export interface Support {
  key: string;
  relation: 'basis' | 'implements';
  type: string | null;
  date: string | null;
  level: string | null;
  /** documents in the corpus have a path; cited-only ones do not */
  path: string | null;
}

export interface RestsOn {
  direct: Support[];
  /** the chain of "implements" upward, level by level, to documents that implement nothing (usually central) */
  upstream: Array<{ key: string; depth: number; via: string }>;
}

/**
 * What a document rests on: its legal basis (Căn cứ) and what it implements (Thực hiện), then
 * what those implement, up to the central documents.
 *
 * @example restsOn(corpus.graph, 'vn:96/KH-UBND@tinh-ha-tinh#2020')
 */
export function restsOn(graph: GraphStore, key: string, maxDepth = 12): RestsOn {
  if (!graph.hasNode(key)) return { direct: [], upstream: [] };
  const direct: Support[] = [];
  for (const { attributes: a, target, targetAttributes: t } of outEdgesInOrder(graph, key)) {
    if (a.asserted || (a.relation !== 'basis' && a.relation !== 'implements')) continue;
    direct.push({ key: target, relation: a.relation, type: t.type, date: t.date, level: t.level, path: t.path });
  }
  const upstream: RestsOn['upstream'] = [];
  const seen = new Set([key]);
  let frontier = [key];
  for (let depth = 1; frontier.length && depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const { attributes: a, target } of outEdgesInOrder(graph, n)) {
        if (a.relation !== 'implements' || seen.has(target)) continue;
        seen.add(target);
        upstream.push({ key: target, depth, via: n });
        next.push(target);
      }
    }
    frontier = next.sort(compareKeys);
  }
  return { direct, upstream };
}
