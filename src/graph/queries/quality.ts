import { stronglyConnectedComponents } from 'graphology-components';
import { DirectedGraph } from 'graphology';
import type { Corpus } from '../corpus.js';
import { nodesWhere, type GraphStore } from '../store.js';

export interface Finding {
  kind: 'conflict' | 'cycle' | 'cites-a-later-document' | 'unresolved-id' | 'bad-file' | 'no-identity' | 'identity-supplied';
  nodes: string[];
  detail: string;
  /** the files concerned, for the findings about documents of the corpus (`no-identity`, `identity-supplied`) */
  paths?: string[];
  /** what a `no-identity` document lacks: "number", "date", "type" */
  missing?: string[];
}

/**
 * Data-quality findings: ids shared by two documents, cycles among operative relations (A
 * implements B implements A), citations of documents dated after the citing one, ids left
 * incomplete, files that could not be read, documents kept under their path (`file:…`)
 * because neither the text nor a manifest gave their number, and how many documents got part of
 * their identity from a manifest or the caller rather than from their text.
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
  // a document under its path meets none of the citations of it: the exception to report
  const unnamed = nodesWhere(graph, (k, a) => a.kind === 'document' && k.startsWith('file:'));
  for (const key of unnamed) {
    const a = graph.getNodeAttributes(key);
    const lacks = [a.number ? null : 'number', a.date ? null : 'date', a.type ? null : 'type'].filter((x): x is string => x !== null);
    const path = a.path ?? key.slice('file:'.length);
    out.push({ kind: 'no-identity', nodes: [key], paths: [path], missing: lacks, detail: `${path}: no ${lacks.join(', no ')} in its text; give them in a MANIFEST.tsv or vanban.manifest.json beside it` });
  }
  const supplied = nodesWhere(graph, (_k, a) => a.kind === 'document' && (a.supplied?.length ?? 0) > 0);
  if (supplied.length) {
    const from = (source: string): number => supplied.filter((k) => graph.getNodeAttributes(k).supplied?.some((f) => f.endsWith(`:${source}`))).length;
    const fields = new Map<string, number>();
    for (const k of supplied) for (const f of graph.getNodeAttributes(k).supplied ?? []) fields.set(f, (fields.get(f) ?? 0) + 1);
    const byField = [...fields].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([f, n]) => `${f.replace(':', ' from the ')} ${n}`).join(', ');
    out.push({
      kind: 'identity-supplied',
      nodes: supplied,
      paths: supplied.map((k) => graph.getNodeAttributes(k).path ?? k),
      detail: `${supplied.length} document${supplied.length === 1 ? '' : 's'} with identity not read from the text (${from('manifest')} from a manifest, ${from('caller')} from the caller): ${byField}`,
    });
  }
  return out;
}
