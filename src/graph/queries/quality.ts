import { createRequire } from 'node:module';
import type { stronglyConnectedComponents as StronglyConnectedComponents } from 'graphology-components';
import { DirectedGraph } from 'graphology';
import type { Corpus } from '../corpus.js';
import { compareKeys, nodesWhere, type GraphStore } from '../store.js';

// graphology-components loads on the first check, not with every import of vanban (the main entry exports
// dataQuality); it is CommonJS, so `require` gives it synchronously.
const require = createRequire(import.meta.url);
let scc: typeof StronglyConnectedComponents | undefined;
const stronglyConnectedComponents: typeof StronglyConnectedComponents = (graph) =>
  (scc ??= (require('graphology-components') as { stronglyConnectedComponents: typeof StronglyConnectedComponents }).stronglyConnectedComponents)(graph);

export interface Finding {
  kind: 'conflict' | 'cycle' | 'cites-a-later-document' | 'unresolved-id' | 'bad-file' | 'no-identity' | 'identity-supplied' | 'identity-disagrees';
  nodes: string[];
  detail: string;
  /** the files concerned, for the findings about documents of the corpus (`no-identity`, `identity-supplied`, `identity-disagrees`) */
  paths?: string[];
  /** what a `no-identity` document lacks: "number", "date", "type" */
  missing?: string[];
}

/**
 * Data-quality findings: ids shared by two documents, cycles among operative relations (A
 * implements B implements A), citations of documents dated after the citing one, ids left
 * incomplete, files that could not be read, documents kept under their path (`file:…`)
 * because neither the text nor a manifest gave their number, and how many documents got part of
 * their identity from a manifest or the caller rather than from their text, and on which
 * documents a manifest disagreed with the header (auto-filled manifests are often wrong).
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
  // in the same order whatever order the store lists its edges in
  const later = out.filter((f) => f.kind === 'cites-a-later-document').sort((x, y) => compareKeys(x.nodes.join('\n'), y.nodes.join('\n')) || compareKeys(x.detail, y.detail));
  out.splice(out.length - later.length, later.length, ...later);
  const components = stronglyConnectedComponents(operative).map((c) => c.sort(compareKeys));
  for (const component of components.sort((x, y) => compareKeys(x[0] ?? '', y[0] ?? ''))) {
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
    out.push({ kind: 'no-identity', nodes: [key], paths: [path], missing: lacks, detail: `${path}: no ${lacks.join(', no ')} in its text; give ${lacks.length === 1 ? 'it' : 'them'} in a MANIFEST.tsv or vanban.manifest.json beside it` });
  }
  const tally = (attr: 'supplied' | 'disagrees'): { nodes: string[]; paths: string[]; from: (source: string) => number; byField: string } | null => {
    const nodes = nodesWhere(graph, (_k, a) => a.kind === 'document' && (a[attr]?.length ?? 0) > 0);
    if (!nodes.length) return null;
    const fields = new Map<string, number>();
    for (const k of nodes) for (const f of graph.getNodeAttributes(k)[attr] ?? []) fields.set(f, (fields.get(f) ?? 0) + 1);
    return {
      nodes,
      paths: nodes.map((k) => graph.getNodeAttributes(k).path ?? k),
      from: (source) => nodes.filter((k) => graph.getNodeAttributes(k)[attr]?.some((f) => f.endsWith(`:${source}`))).length,
      byField: [...fields].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([f, n]) => `${f.replace(':', attr === 'supplied' ? ' from the ' : ' by the ')} ${n}`).join(', '),
    };
  };
  const documents = (n: number): string => `${n} document${n === 1 ? '' : 's'}`;
  const supplied = tally('supplied');
  if (supplied) {
    out.push({
      kind: 'identity-supplied',
      nodes: supplied.nodes,
      paths: supplied.paths,
      detail: `${documents(supplied.nodes.length)} with identity not read from the text (${supplied.from('manifest')} from a manifest, ${supplied.from('caller')} from the caller): ${supplied.byField}`,
    });
  }
  const disagrees = tally('disagrees');
  if (disagrees) {
    out.push({
      kind: 'identity-disagrees',
      nodes: disagrees.nodes,
      paths: disagrees.paths,
      detail: `${documents(disagrees.nodes.length)} whose header a manifest or the caller contradicts (the header was kept): ${disagrees.byField}`,
    });
  }
  return out;
}
