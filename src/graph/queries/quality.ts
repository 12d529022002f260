import { stronglyConnectedComponents } from 'graphology-components';
import { DirectedGraph } from 'graphology';
import type { Corpus } from '../corpus.js';
import { nodesWhere, type GraphStore } from '../store.js';

export interface Finding {
  kind: 'conflict' | 'cycle' | 'cites-a-later-document' | 'unresolved-id' | 'bad-file';
  nodes: string[];
  detail: string;
}

/**
 * Data-quality findings: ids shared by two documents, cycles among operative relations (A
 * implements B implements A), citations of documents dated after the citing one, ids left
 * incomplete, files that could not be read.
 *
 * @example dataQuality(corpus).filter((f) => f.kind === 'cycle')
 */
export function dataQuality(corpus: Corpus): Finding[] {
  const graph: GraphStore = corpus.graph;
  const out: Finding[] = [];
  for (const c of corpus.conflicts) out.push({ kind: 'conflict', nodes: c.keys, detail: c.reason });
  for (const b of corpus.badFiles) out.push({ kind: 'bad-file', nodes: [], detail: `${b.path}: ${b.error}` });
  const operative = new DirectedGraph();
  graph.forEachEdge((_e, a, s, t, sa, ta) => {
    if (a.asserted) return;
    if (a.relation !== 'cites') {
      if (!operative.hasNode(s)) operative.addNode(s);
      if (!operative.hasNode(t)) operative.addNode(t);
      if (!operative.hasEdge(s, t)) operative.addEdge(s, t);
    }
    if (sa.kind === 'document' && sa.date && ta.date && ta.date > sa.date) {
      out.push({ kind: 'cites-a-later-document', nodes: [s, t], detail: `${s} (${sa.date}) ${a.relation} ${t} (${ta.date})` });
    }
  });
  for (const component of stronglyConnectedComponents(operative)) {
    if (component.length > 1) out.push({ kind: 'cycle', nodes: component, detail: `${component.length} documents implement, amend or rest on each other in a cycle` });
  }
  const unresolved = nodesWhere(graph, (k, a) => a.kind === 'cited' && k.includes('?'));
  if (unresolved.length) out.push({ kind: 'unresolved-id', nodes: unresolved, detail: `${unresolved.length} cited documents whose place, year or term is unknown` });
  return out;
}
