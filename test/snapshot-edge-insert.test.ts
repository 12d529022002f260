import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Corpus, loadSnapshot, saveSnapshot, type CitationGraph } from '../src/graph/index.js';
import { decodeGraph, directEdgeInsert, directNodeInsert, encodeGraph, RestoreError } from '../src/graph/snapshot-binary.js';
import type { EdgeAttributes, NodeAttributes } from '../src/graph/schema.js';
import type { BinaryError } from '../src/search/binary.js';
import { SHARED } from './helpers/score.js';

/**
 * A format 5 load inserts its edges into graphology's structures itself (snapshot-binary.ts, directEdgeInsert), the
 * first through graphology's own method. The loaded graph must be the graph graphology would have built from the same
 * calls: the same nodes, edges, keys, attributes, degrees and neighbours, the same events and answers after changes,
 * the same refusals; and a graph the insertion was not written for goes through graphology's method.
 */
const dir = mkdtempSync(join(tmpdir(), 'vanban-edge-insert-'));

/** The message `f` throws, or 'no error'. */
const message = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

/** Everything graphology answers of the graph's structure, in its orders. */
function structure(g: CitationGraph): string {
  const out: unknown[] = [g.order, g.size, g.directedSize, g.undirectedSize, g.selfLoopCount];
  g.forEachNode((n, a) => {
    out.push([n, a, Object.keys(a), g.outEdges(n), g.inEdges(n), g.outNeighbors(n), g.inNeighbors(n), g.outDegree(n), g.inDegree(n), g.degree(n)]);
  });
  g.forEachEdge((e, a, s, t) => {
    out.push([e, s, t, a, g.source(e), g.target(e), g.edges(s, t), g.hasDirectedEdge(s, t), g.areNeighbors(t, s)]);
  });
  return JSON.stringify(out);
}

/** The same changes made to a graph, every event it emits written down (attributes written before any is read). */
function changed(g: CitationGraph): string {
  const events: unknown[] = [];
  for (const name of ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'cleared', 'edgesCleared'] as const) {
    g.on(name, (payload: unknown) => events.push([name, payload]));
  }
  // each way graphology writes an edge's attributes, on edges whose attributes were not read before
  const edges = g.edges();
  const [e1, e2, e3, e4, e5, e6] = edges.slice(1, 7) as [string, string, string, string, string, string];
  g.setEdgeAttribute(e1, 'count', 41);
  g.replaceEdgeAttributes(e2, { relation: 'cites', count: 2, asserted: false, assertedBy: null, evidence: [], resolution: 'replaced' } as never);
  g.mergeEdgeAttributes(e3, { count: 43, resolution: 'merged' } as never);
  g.updateEdgeAttributes(e4, (a) => ({ ...a, count: 44 }));
  g.updateEdgeAttribute(e5, 'count', (n) => (n ?? 0) + 1);
  g.removeEdgeAttribute(e6, 'resolution');
  events.push(g.getEdgeAttributes(e2) === g.getEdgeAttributes(e2), g.getEdgeAttributes(edges.at(-1) as string) === g.getEdgeAttributes(edges.at(-1) as string));
  // an edge dropped unread: its attributes go with the event
  g.dropEdge(edges.at(-2) as string);
  // and each way graphology writes a node's attributes, on nodes whose attributes were not read before
  const nodes = g.nodes();
  const [m1, m2, m3, m4, m5, m6] = nodes.slice(1, 7) as [string, string, string, string, string, string];
  g.setNodeAttribute(m1, 'mentions', 41);
  g.replaceNodeAttributes(m2, { ...g.getNodeAttributes(nodes[0] as string), title: 'replaced' });
  g.mergeNodeAttributes(m3, { title: 'merged' });
  g.updateNodeAttributes(m4, (a) => ({ ...a, mentions: 44 }));
  g.updateNodeAttribute(m5, 'mentions', (n) => (n ?? 0) + 1);
  g.removeNodeAttribute(m6, 'title');
  events.push(g.getNodeAttributes(m2) === g.getNodeAttributes(m2), g.getNodeAttributes(nodes.at(-1) as string) === g.getNodeAttributes(nodes.at(-1) as string));
  g.dropNode(nodes.at(-2) as string);
  const busiest = g.nodes().reduce((a, b) => (g.degree(b) > g.degree(a) ? b : a));
  // a pair joined by several edges: graphology's per-pair list, its head and its tail dropped
  const pair = g.edges().find((e) => g.edges(g.source(e), g.target(e)).length > 1);
  if (pair !== undefined) {
    const [head, ...rest] = g.edges(g.source(pair), g.target(pair));
    g.dropEdge(head as string);
    if (rest.length > 0) g.dropEdge(rest.at(-1) as string);
  }
  g.setEdgeAttribute(g.edges()[0] as string, 'count', 99);
  g.dropNode(busiest);
  const [n0, n1] = g.nodes() as [string, string];
  g.addNode('added', { ...g.getNodeAttributes(n0) });
  g.addDirectedEdgeWithKey('added 1', 'added', n0, { relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' } as never);
  g.addDirectedEdgeWithKey('added 2', n1, 'added', { relation: 'implements', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' } as never);
  return JSON.stringify(events) + structure(g);
}

/** `a` and `b` where they first differ (a hundred characters each side), or equal: a failure that can be read. */
function same(a: string, b: string): void {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  expect(a.slice(Math.max(0, i - 100), i + 100)).toBe(b.slice(Math.max(0, i - 100), i + 100));
  expect(a.length).toBe(b.length);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('format 5 load: edges inserted into graphology directly', () => {
  it('gives the graph graphology builds, before and after changes, with the same events; graphology itself inserts only the first edge', async () => {
    const adds = vi.spyOn(MultiDirectedGraph.prototype, 'addDirectedEdgeWithKey');
    const addNodes = vi.spyOn(MultiDirectedGraph.prototype, 'addNode');
    for (const folder of ['congbot', 'vbai']) {
      const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', folder), { manifests: true });
      const file = join(dir, `${folder}.v5`);
      await saveSnapshot(corpus, file);
      adds.mockClear();
      addNodes.mockClear();
      const loaded = await loadSnapshot(file, { search: 'none' });
      expect(corpus.graph.size, folder).toBeGreaterThan(20);
      // (the direct insertions are taken: a graphology that no longer fits them would show here, not as a slower load)
      expect(adds, folder).toHaveBeenCalledTimes(1);
      expect(addNodes, folder).toHaveBeenCalledTimes(1);
      const want = structure(corpus.graph);
      const wantExport = JSON.stringify(corpus.graph.export());
      same(structure(loaded.graph), want);
      same(JSON.stringify(loaded.graph.export()), wantExport);
      same(changed(loaded.graph), changed(corpus.graph));
      // changes made before any attribute is read, and a copy and an export of a graph none of whose attributes was read
      const original = await loadSnapshot(file, { search: 'none' });
      const copied = (await loadSnapshot(file, { search: 'none' })).graph.copy();
      const exported = JSON.stringify((await loadSnapshot(file, { search: 'none' })).graph.export());
      const fresh = await loadSnapshot(file, { search: 'none' });
      same(changed(fresh.graph), changed(original.graph.copy()));
      same(structure(copied), want);
      same(exported, wantExport);
    }
  }, 120_000);

  it('a node dropped after a load is freed while edges whose attributes were never read remain (the getter holds no list of nodes)', async () => {
    // (a review found the getter made in the same function as the insertion, whose closure held every loaded node)
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'vbai'), { manifests: true });
    const file = join(dir, 'dropped.v5');
    await saveSnapshot(corpus, file);
    const g = (await loadSnapshot(file, { search: 'none' })).graph;
    const nodes = (g as unknown as { _nodes: Map<string, object> })._nodes;
    // a node with no edge of its own: dropping it leaves every other edge, none of them read
    const victim = g.nodes().find((n) => g.degree(n) === 0) ?? g.nodes().sort((a, b) => g.degree(a) - g.degree(b))[0];
    const ref = new WeakRef(nodes.get(victim as string) as object);
    g.dropNode(victim as string);
    expect(g.size).toBeGreaterThan(20);
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(ref.deref()).toBeUndefined();
  });

  it("an edge's attributes are made when first read, once, with the evidence read from the file when asked for", async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'vbai'), { manifests: true });
    const file = join(dir, 'later.v5');
    await saveSnapshot(corpus, file);
    const loaded = await loadSnapshot(file, { search: 'none' });
    // (graphology's edge data, read here to see that the load made no attributes: the first edge's are made by graphology)
    const data = [...(loaded.graph as unknown as { _edges: Map<string, object> })._edges.values()];
    expect(data.length).toBeGreaterThan(20);
    expect(data.slice(1).filter((d) => Object.hasOwn(d, 'attributes'))).toEqual([]);
    expect(Object.hasOwn(data[0] as object, 'attributes')).toBe(true);
    const keys = loaded.graph.edges();
    const last = keys.at(-1) as string;
    const attributes = loaded.graph.getEdgeAttributes(last);
    expect(loaded.graph.getEdgeAttributes(last)).toBe(attributes);
    expect(Object.keys(attributes)).toEqual(Object.keys(corpus.graph.getEdgeAttributes(last)));
    expect(JSON.stringify(attributes)).toBe(JSON.stringify(corpus.graph.getEdgeAttributes(last)));
    expect(loaded.graph.getEdgeAttribute(keys[1] as string, 'evidence')).toEqual(corpus.graph.getEdgeAttribute(keys[1] as string, 'evidence'));
    // the nodes' too
    const nodeData = [...(loaded.graph as unknown as { _nodes: Map<string, object> })._nodes.values()];
    expect(nodeData.slice(1).filter((d) => Object.hasOwn(d, 'attributes'))).toEqual([]);
    const node = loaded.graph.nodes().at(-1) as string;
    const nodeAttributes = loaded.graph.getNodeAttributes(node);
    expect(loaded.graph.getNodeAttributes(node)).toBe(nodeAttributes);
    expect(JSON.stringify(nodeAttributes)).toBe(JSON.stringify(corpus.graph.getNodeAttributes(node)));
  });

  it('a node is inserted directly only into the graph it was written for, and a key twice is refused as graphology refuses it', () => {
    const attributes = { kind: 'cited' } as NodeAttributes;
    const graphOf = (make: () => MultiDirectedGraph<NodeAttributes, EdgeAttributes>, listen = false) => {
      const g = make();
      if (listen) g.on('nodeAdded', () => {});
      g.addNode('a', attributes);
      return g;
    };
    const later = (): NodeAttributes => ({ kind: 'cited' }) as NodeAttributes;
    const insert = directNodeInsert(graphOf(() => new MultiDirectedGraph()), 'a', attributes, later);
    expect(insert).not.toBeNull();
    expect(directNodeInsert(graphOf(() => new MultiDirectedGraph(), true), 'a', attributes, later)).toBeNull();
    expect(directNodeInsert(graphOf(() => new MultiDirectedGraph()), 'a', { ...attributes }, later)).toBeNull();
    const two = graphOf(() => new MultiDirectedGraph());
    two.addNode('b', attributes);
    expect(directNodeInsert(two, 'a', attributes, later)).toBeNull();
    const ours = graphOf(() => new MultiDirectedGraph());
    const direct = directNodeInsert(ours, 'a', attributes, later);
    if (direct === null) throw new Error('no direct insertion');
    direct('b', 1);
    const theirs = graphOf(() => new MultiDirectedGraph());
    theirs.addNode('b', later());
    expect(message(() => direct('b', 2))).toBe(message(() => theirs.addNode('b', later())));
    expect(message(() => direct('b', 2))).toMatch(/"b" node already exist/);
    same(structure(ours), structure(theirs));
  });

  it('is used only for the graph it was written for', () => {
    const attributes = (): EdgeAttributes => ({ relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' });
    const graphOf = (make: () => MultiDirectedGraph<NodeAttributes, EdgeAttributes>, listen = false) => {
      const g = make();
      for (const n of ['a', 'b', 'c']) g.addNode(n, {} as NodeAttributes);
      if (listen) g.on('edgeAdded', () => {});
      const a = attributes();
      g.addDirectedEdgeWithKey('first', 'a', 'b', a);
      return { g, a };
    };
    const plain = graphOf(() => new MultiDirectedGraph({ allowSelfLoops: false }));
    expect(directEdgeInsert(plain.g, 3, 'first', 0, 1, plain.a)).not.toBeNull();
    // someone listening, self-loops allowed, not the nodes counted, not the first edge's ends or attributes
    const heard = graphOf(() => new MultiDirectedGraph({ allowSelfLoops: false }), true);
    expect(directEdgeInsert(heard.g, 3, 'first', 0, 1, heard.a)).toBeNull();
    const loops = graphOf(() => new MultiDirectedGraph({ allowSelfLoops: true }));
    expect(directEdgeInsert(loops.g, 3, 'first', 0, 1, loops.a)).toBeNull();
    expect(directEdgeInsert(plain.g, 4, 'first', 0, 1, plain.a)).toBeNull();
    expect(directEdgeInsert(plain.g, 3, 'first', 1, 0, plain.a)).toBeNull();
    expect(directEdgeInsert(plain.g, 3, 'first', 0, 1, attributes())).toBeNull();
    // a second edge in: the insertion is made after the first only
    plain.g.addDirectedEdgeWithKey('second', 'b', 'c', attributes());
    expect(directEdgeInsert(plain.g, 3, 'first', 0, 1, plain.a)).toBeNull();
  });

  it("refuses an edge to itself and a key already there with graphology's words", () => {
    const make = () => {
      const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
      for (const n of ['a', 'b', 'c']) g.addNode(n, {} as NodeAttributes);
      return g;
    };
    const attributes = (): EdgeAttributes => ({ relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' });
    const ours = make();
    const a = attributes();
    ours.addDirectedEdgeWithKey('first', 'a', 'b', a);
    const insert = directEdgeInsert(ours, 3, 'first', 0, 1, a);
    if (insert === null) throw new Error('no direct insertion');
    const theirs = make();
    theirs.addDirectedEdgeWithKey('first', 'a', 'b', attributes());
    expect(message(() => insert('loop', 2, 2, attributes()))).toBe(message(() => theirs.addDirectedEdgeWithKey('loop', 'c', 'c', attributes())));
    expect(message(() => insert('first', 1, 2, attributes()))).toBe(message(() => theirs.addDirectedEdgeWithKey('first', 'b', 'c', attributes())));
    expect(message(() => insert('loop', 2, 2, attributes()))).toMatch(/thus creating a loop/);
    expect(message(() => insert('first', 1, 2, attributes()))).toMatch(/edge already exists/);
    // refused before anything changed
    same(structure(ours), structure(theirs));
  });

  it('a graph part with an edge to itself or a key twice is refused, as graphology refuses it, whichever edge it is', () => {
    const node = (key: string) => ({ node: key, attributes: { kind: 'document', path: null, type: null, number: null, date: null, title: null, issuer: null, level: null, place: null, family: null, contextDependent: false, mentions: 0, names: [] } });
    const edge = (key: string, source: string, target: string) => ({ edge: key, source, target, attributes: { relation: 'cites', count: 1, asserted: false, assertedBy: null, evidence: [], resolution: 'exact' } });
    const reasonOf = (edges: Array<ReturnType<typeof edge>>): string => {
      const nodes = ['a', 'b', 'c'].map(node);
      const graph = { order: nodes.length, size: edges.length, nodeEntries: () => nodes, edgeEntries: () => edges };
      const corpus = { graph, documents: new Map(), hashes: new Map(), mentioned: new Map(), conflicts: [], badFiles: [] } as unknown as Corpus;
      const parts = encodeGraph(corpus, 'id');
      const written = Buffer.concat(parts.graph.drain());
      const bytes = Buffer.allocUnsafeSlow(written.length);
      written.copy(bytes);
      try {
        decodeGraph(bytes, Corpus.restore(), { id: 'id', nodes: nodes.length, edges: edges.length }, () => {
          throw new Error('no evidence read');
        }, (e: BinaryError) => e);
      } catch (e) {
        expect(e).toBeInstanceOf(RestoreError);
        return (e as Error).message;
      }
      return 'loaded';
    };
    // first (graphology's method) and later (the direct insertion): the same words
    const loopFirst = reasonOf([edge('l', 'c', 'c'), edge('x', 'a', 'b')]);
    const loopLater = reasonOf([edge('x', 'a', 'b'), edge('y', 'b', 'a'), edge('l', 'c', 'c')]);
    expect(loopFirst).toMatch(/^edge 0 cannot be restored \(.*thus creating a loop/);
    expect(loopLater).toBe(loopFirst.replace('edge 0', 'edge 2'));
    const twice = reasonOf([edge('x', 'a', 'b'), edge('y', 'b', 'c'), edge('x', 'c', 'a')]);
    expect(twice).toMatch(/^edge 2 cannot be restored \(.*"x" edge already exists/);
    expect(reasonOf([edge('x', 'a', 'b'), edge('y', 'b', 'c'), edge('z', 'c', 'a')])).toBe('loaded');
  });
});
