import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Corpus, loadSnapshot, saveSnapshot, type CitationGraph } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

/**
 * A format 5 load inserts its edges into adjacency objects it puts in V8's dictionary mode first (snapshot-binary.ts,
 * dictionaryAdjacency): the graph must answer as the graph that was saved, not only its global node and edge lists
 * (which the round-trip tests compare) but every node's edges and neighbours in their order, the edges between two
 * nodes (graphology's per-pair list), and the same after edges and nodes are added and dropped.
 */
const dir = mkdtempSync(join(tmpdir(), 'vanban-adjacency-'));

/** Everything graphology answers from a node's adjacency objects, in its order. */
function adjacency(g: CitationGraph): string {
  const out: unknown[] = [];
  g.forEachNode((n) => {
    out.push([n, g.outEdges(n), g.inEdges(n), g.outNeighbors(n), g.inNeighbors(n), g.edges(n), g.neighbors(n), g.outDegree(n), g.inDegree(n)]);
  });
  g.forEachEdge((e, _a, s, t) => {
    out.push([e, g.edges(s, t), g.hasDirectedEdge(s, t), g.hasDirectedEdge(t, s), g.areNeighbors(s, t)]);
  });
  return JSON.stringify(out);
}

/** The same changes made to a graph: a busy node dropped with its edges, an edge dropped, edges added between old and new nodes. */
function mutate(g: CitationGraph): void {
  const busiest = g.nodes().reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
  g.dropNode(busiest);
  const [first] = g.edges();
  if (first !== undefined) g.dropEdge(first);
  const [n0, n1] = g.nodes() as [string, string];
  const attributes = g.getNodeAttributes(n0);
  g.addNode('10', { ...attributes });
  g.addNode('2', { ...attributes });
  g.addDirectedEdgeWithKey('added 1', '10', n0, { relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' } as never);
  g.addDirectedEdgeWithKey('added 2', n1, '2', { relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' } as never);
  g.addDirectedEdgeWithKey('added 3', n1, '2', { relation: 'implements', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' } as never);
}

describe('format 5 load: adjacency', () => {
  it('every node answers its edges and neighbours as the saved graph did, in order, before and after changes', async () => {
    // two folders of the shared corpus (a few hundred nodes and edges, pairs joined by several relations among them)
    for (const folder of ['congbot', 'vbai']) {
      const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', folder), { manifests: true });
      const file = join(dir, `${folder}.v5`);
      await saveSnapshot(corpus, file);
      const loaded = await loadSnapshot(file, { search: 'none' });
      expect(corpus.graph.size, folder).toBeGreaterThan(20);
      expect(adjacency(loaded.graph), folder).toBe(adjacency(corpus.graph));
      mutate(corpus.graph);
      mutate(loaded.graph);
      expect(adjacency(loaded.graph), folder).toBe(adjacency(corpus.graph));
      // and saved again from the changed graph, loaded again
      const again = join(dir, `${folder}.again.v5`);
      await saveSnapshot(loaded, again);
      expect(adjacency((await loadSnapshot(again, { search: 'none' })).graph), folder).toBe(adjacency(corpus.graph));
    }
  }, 120_000);

  // (a key that Object.prototype names, 'constructor', breaks graphology's own objects, loaded or not: its adjacency
  // lookup finds the inherited function; the dictionary objects keep that prototype, so they answer the same)
  it('node keys that objects treat apart (integer-like keys, which enumerate first) keep their order', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'vbai'), { manifests: true });
    const g = corpus.graph;
    const [n0] = g.nodes() as [string];
    const attributes = g.getNodeAttributes(n0);
    const edge = { relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' };
    const odd = ['b', '10', '2', 'a', '007', '4294967295', '4294967294', 'Đ', '-1', '1.5'];
    for (const k of odd) g.addNode(k, { ...attributes, kind: 'cited', path: null });
    odd.forEach((k, i) => {
      g.addDirectedEdgeWithKey(`odd ${i}`, n0, k, { ...edge } as never);
      g.addDirectedEdgeWithKey(`odd back ${i}`, k, n0, { ...edge } as never);
      if (i > 0) g.addDirectedEdgeWithKey(`odd pair ${i}`, odd[i - 1] as string, k, { ...edge } as never);
    });
    const file = join(dir, 'odd.v5');
    await saveSnapshot(corpus, file);
    const loaded = await loadSnapshot(file, { search: 'none' });
    expect(adjacency(loaded.graph)).toBe(adjacency(g));
    // integer-like keys first, ascending, then the others in insertion order: as a plain object orders them
    const plain: Record<string, number> = {};
    for (const k of odd) plain[k] = 1;
    expect(Object.keys(plain).slice(0, 2)).toEqual(['2', '10']);
    expect(loaded.graph.outNeighbors(n0).filter((k) => odd.includes(k))).toEqual(Object.keys(plain));
  }, 120_000);
});
