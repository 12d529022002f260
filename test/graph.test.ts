import { mkdtempSync, writeFileSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument, type Document } from '../src/doc/index.js';
import {
  amendmentHistory,
  Corpus,
  coverage,
  coveragePage,
  dataQuality,
  implementers,
  loadSnapshot,
  missing,
  mostCited,
  pathBetween,
  restsOn,
  saveSnapshot,
  SnapshotError,
  toGEXF,
  toGraphML,
  toJSON,
  toNeo4jCSV,
  type GraphStore,
} from '../src/graph/index.js';
import { extractCitations } from '../src/cite/index.js';
import { run } from '../src/cli/index.js';
import { SHARED } from './helpers/score.js';

const SEEDS = join(SHARED, 'corpus', 'seeds');
const CONGBOT = join(SHARED, 'corpus', 'congbot');

describe('the seeds as a corpus', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await Corpus.fromFolder(SEEDS);
  });

  it('one node for a document cited by several seeds (657-QĐ/TU by 000, 001, 004)', () => {
    const g = corpus.graph;
    const key = 'dang:657-QĐ/TU@tinh-ha-tinh#2015-2020';
    expect(g.hasNode(key)).toBe(true);
    const citing = new Set(g.inEdges(key).filter((e) => !g.getEdgeAttribute(e, 'asserted')).map((e) => g.source(e)));
    expect(citing.size).toBe(3);
  });

  it('an undated 217-QĐ/TW#? is merged into the only dated one, and says why', () => {
    const g = corpus.graph;
    expect(g.hasNode('dang:217-QĐ/TW#?')).toBe(false);
    const edges = g.inEdges('dang:217-QĐ/TW#XI').map((e) => g.getEdgeAttributes(e));
    expect(edges.some((a) => /only known document/.test(a.resolution))).toBe(true);
    expect(new Set(g.inEdges('dang:217-QĐ/TW#XI').map((e) => g.source(e))).size).toBe(3);
  });

  it('asserted relations link two cited documents and name who states them', () => {
    const list = implementers(corpus.graph, 'dang:18-NQ/TW#XII');
    const asserted = list.filter((i) => i.asserted).map((i) => i.key);
    expect(asserted).toEqual(expect.arrayContaining(['dang:920-CTr/TU@tinh-ha-tinh#2015-2020', 'dang:132-KH/TU@tinh-ha-tinh#2015-2020']));
    const e = corpus.graph.edges('dang:920-CTr/TU@tinh-ha-tinh#2015-2020', 'dang:18-NQ/TW#XII')[0] as string;
    expect(corpus.graph.getEdgeAttribute(e, 'assertedBy')).toMatch(/^file:.*000_/);
    const direct = list.filter((i) => !i.asserted);
    expect(direct.map((i) => i.path)).toEqual([expect.stringContaining('000_55656e36ff3fd3fb.txt')]);
  });

  it('what a plan rests on, and the evidence of each edge', () => {
    const r = restsOn(corpus.graph, 'vn:96/KH-UBND@tinh-ha-tinh#2020');
    // a Ban Chỉ đạo exists at every level and the text does not say which: the place stays open
    expect(r.direct.map((d) => [d.relation, d.key])).toContainEqual(['implements', 'dang:07-KH/BCĐ@?#2015-2020']);
    const e = corpus.graph.outEdges('vn:96/KH-UBND@tinh-ha-tinh#2020')[0] as string;
    const ev = corpus.graph.getEdgeAttribute(e, 'evidence')[0];
    const text = readFileSync(ev?.path as string, 'utf8');
    expect(text.slice(ev?.start, ev?.end)).toBe(ev?.text);
  });

  it('ranks the most cited and the missing documents', () => {
    const top = mostCited(corpus.graph, { limit: 5 }).map((r) => r.key);
    expect(top).toEqual(expect.arrayContaining(['dang:217-QĐ/TW#XI', 'dang:657-QĐ/TU@tinh-ha-tinh#2015-2020']));
    const m = missing(corpus.graph);
    expect(m[0]?.citedBy.length).toBe(3);
    expect(m.every((x) => corpus.graph.getNodeAttribute(x.key, 'kind') === 'cited')).toBe(true);
  });

  it('finds no cycles and reports the ids left open', () => {
    const f = dataQuality(corpus);
    expect(f.filter((x) => x.kind === 'cycle')).toEqual([]);
    expect(f.find((x) => x.kind === 'unresolved-id')?.nodes.every((n) => n.includes('?'))).toBe(true);
  });

  it('finds a document by citation text, and reports an ambiguous one', () => {
    const ex = (t: string) => extractCitations(t);
    expect(corpus.lookup('Nghị quyết số 18-NQ/TW', ex).key).toBe('dang:18-NQ/TW#XII');
    expect(corpus.lookup('18-NQ/TW', ex).key).toBe('dang:18-NQ/TW#XII');
    expect(corpus.lookup('Quy định số 217-QĐ/TW', ex).key).toBe('dang:217-QĐ/TW#XI');
  });

  it('coverage: places of the corpus with and without an implementing document', () => {
    const c = coverage(corpus.graph, 'dang:18-NQ/TW#XII', { level: 'province' });
    // the map of the day (2017): all 63 provinces, by name, Hà Tĩnh implementing it
    expect(c.era).toBe('before-2025-07');
    expect(c.rows).toHaveLength(63);
    expect(c.rows.find((r) => r.place === '42')).toMatchObject({ name: 'Hà Tĩnh' });
    expect(c.rows.find((r) => r.place === '42')?.count).toBeGreaterThan(0);
    expect(c.rows.find((r) => r.place === '51')).toMatchObject({ name: 'Quảng Ngãi', first: null, count: 0 });
    expect(c.covered).toBe(c.rows.filter((r) => r.first !== null).length);
  });

  it('coverage page: self-contained (d3 inlined, no external resource), with the tree data and the table', () => {
    const html = coveragePage(corpus.graph, 'dang:18-NQ/TW#XII');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('d3js.org'); // the inlined d3 bundle's own header
    expect(html).toContain('"id":"dang:18-NQ/TW#XII"');
    expect(html.match(/<tr class="(yes|no)">/g)?.length).toBe(coverage(corpus.graph, 'dang:18-NQ/TW#XII').rows.length);
    expect(html).not.toMatch(/<\/script>[^<]*"id"/); // data cannot close its script early
  });

  it('exports JSON, GEXF, GraphML and Neo4j CSV with every node and edge', () => {
    const g = corpus.graph;
    const json = JSON.parse(toJSON(g)) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(g.order);
    expect(json.edges).toHaveLength(g.size);
    const gexf = toGEXF(g);
    expect(gexf).toMatch(/<gexf[\s\S]*<\/gexf>/);
    expect(gexf.match(/<node /g)?.length).toBe(g.order);
    const graphml = toGraphML(g);
    expect(graphml.match(/<node /g)?.length).toBe(g.order);
    expect(graphml.match(/<edge /g)?.length).toBe(g.size);
    const csv = toNeo4jCSV(g);
    expect(csv.nodes.trim().split('\n')).toHaveLength(g.order + 1);
    expect(csv.relationships.split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,count:int,asserted:boolean,assertedBy,resolution');
  });
});

describe('queries run on any GraphStore, not only graphology', () => {
  it('a plain Map-backed store gives the same answers as the graphology graph', async () => {
    const corpus = await Corpus.fromFolder(SEEDS);
    const g = corpus.graph;
    type E = { key: string; a: ReturnType<typeof g.getEdgeAttributes>; s: string; t: string };
    const nodes = new Map(g.mapNodes((k, a) => [k, a] as const));
    const edges: E[] = g.mapEdges((key, a, s, t) => ({ key, a, s, t }));
    const store: GraphStore = {
      hasNode: (k) => nodes.has(k),
      getNodeAttributes: (k) => nodes.get(k) as ReturnType<typeof g.getNodeAttributes>,
      forEachNode: (cb) => nodes.forEach((a, k) => cb(k, a)),
      forEachEdge: (cb) => edges.forEach((e) => cb(e.key, e.a, e.s, e.t, nodes.get(e.s)!, nodes.get(e.t)!)),
      forEachInEdge: (k, cb) => edges.filter((e) => e.t === k).forEach((e) => cb(e.key, e.a, e.s, e.t, nodes.get(e.s)!, nodes.get(e.t)!)),
      forEachOutEdge: (k, cb) => edges.filter((e) => e.s === k).forEach((e) => cb(e.key, e.a, e.s, e.t, nodes.get(e.s)!, nodes.get(e.t)!)),
    };
    expect(implementers(store, 'dang:18-NQ/TW#XII')).toEqual(implementers(g, 'dang:18-NQ/TW#XII'));
    expect(missing(store)).toEqual(missing(g));
    expect(mostCited(store)).toEqual(mostCited(g));
    expect(coverage(store, 'dang:18-NQ/TW#XII')).toEqual(coverage(g, 'dang:18-NQ/TW#XII'));
    expect(pathBetween(store, 'vn:96/KH-UBND@tinh-ha-tinh#2020', 'dang:07-KH/BCĐ@?#2015-2020')).toEqual(pathBetween(g, 'vn:96/KH-UBND@tinh-ha-tinh#2020', 'dang:07-KH/BCĐ@?#2015-2020'));
    expect(pathBetween(g, 'vn:96/KH-UBND@tinh-ha-tinh#2020', 'dang:07-KH/BCĐ@?#2015-2020')?.steps).toHaveLength(1);
  });
});

describe('chains across the shared corpus', () => {
  it('Pháp lệnh 02/2020 ← Nghị định 55/2023 amends 75/2021; the law cited by name meets the law read', async () => {
    const corpus = await Corpus.fromFolder(CONGBOT);
    const g = corpus.graph;
    expect(amendmentHistory(g, 'vn:75/2021/NĐ-CP').events.map((e) => [e.by, e.relation])).toContainEqual(['vn:55/2023/NĐ-CP', 'amends']);
    expect(g.hasNode('vn:phap-lenh:uu-dai-nguoi-co-cong-voi-cach-mang')).toBe(false); // merged into the Pháp lệnh read from congbot/0022
    const p = pathBetween(g, 'vn:55/2023/NĐ-CP', 'vn:02/2020/UBTVQH14');
    expect(p?.steps.at(-1)?.to).toBe('vn:02/2020/UBTVQH14');
  });
});

describe('incremental updates, conflicts and snapshots', () => {
  it('adding and removing a document updates the graph in place', async () => {
    const corpus = await Corpus.fromFolder(SEEDS);
    const before = { order: corpus.graph.order, size: corpus.graph.size };
    const doc = await readDocument(join(SEEDS, '004_4cf4f161cf07ae84.txt'));
    const key = corpus.documents.has(doc.identity.id ?? '') ? (doc.identity.id as string) : [...corpus.documents.keys()].find((k) => corpus.documents.get(k) === doc.path) as string;
    expect(corpus.removeDocument(key)).toBe(true);
    expect(corpus.graph.size).toBeLessThan(before.size);
    expect(corpus.graph.hasNode('dang:232-QĐ/ThU@tinh-ha-tinh.tx-hong-linh#2020-2025')).toBe(false); // cited only by 004
    corpus.addDocument(doc);
    corpus.reconcile();
    expect({ order: corpus.graph.order, size: corpus.graph.size }).toEqual(before);
  });

  it('the transitive queries follow every change (their implements index is rebuilt, never stale)', async () => {
    const corpus = await Corpus.fromFolder(SEEDS);
    const root = 'dang:18-NQ/TW#XII';
    const plan = (place: string, n: number): Promise<Document> =>
      readDocument(Buffer.from(`ỦY BAN NHÂN DÂN\nTỈNH ${place.toUpperCase()}\n\nSố: ${n}/KH-UBND\n\n${place}, ngày 05 tháng 3 năm 2018\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau.\n`), { path: `test/${n}.txt` });
    const keysOf = (): string[] => implementers(corpus.graph, root).map((i) => i.key);
    const covered = (): number => coverage(corpus.graph, root).rows.filter((r) => r.first !== null).length;
    const before = { keys: keysOf(), covered: covered() };
    const quangBinh = await plan('Quảng Bình', 12);
    corpus.addDocument(quangBinh);
    const added = quangBinh.identity.id as string;
    expect(keysOf()).toEqual([...before.keys, added]);
    expect(covered()).toBe(before.covered + 1);
    const seed = [...corpus.documents.keys()].find((k) => corpus.documents.get(k)?.endsWith('000_55656e36ff3fd3fb.txt')) as string;
    expect(keysOf()).toContain(seed);
    corpus.removeDocument(seed);
    expect(corpus.graph.hasNode(root)).toBe(true); // still cited by the Quảng Bình plan
    expect(keysOf()).toEqual([added]);
    expect(covered()).toBe(1);
    // an attribute changed directly on the graph is seen too
    corpus.graph.mergeNodeAttributes(added, { date: '2030-01-01' });
    expect(implementers(corpus.graph, root)[0]?.lagDays).toBe((Date.parse('2030-01-01') - Date.parse('2017-10-25')) / 86_400_000);
  });

  it('two documents with one id are kept apart and reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-conflict-'));
    const text = (date: string): string => `ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 178/KH-UBND\nHà Tĩnh, ngày ${date}\nKẾ HOẠCH\nVề một việc\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương;\n`;
    writeFileSync(join(dir, 'a.txt'), text('04 tháng 6 năm 2018'));
    writeFileSync(join(dir, 'b.txt'), text('05 tháng 6 năm 2018'));
    const corpus = await Corpus.fromFolder(dir);
    expect(corpus.conflicts).toHaveLength(1);
    expect(corpus.conflicts[0]?.keys).toEqual(['vn:178/KH-UBND@tinh-ha-tinh#2018', 'vn:178/KH-UBND@tinh-ha-tinh#2018~2']);
    expect(implementers(corpus.graph, 'dang:18-NQ/TW#XII')).toHaveLength(2);
  });

  it('a snapshot round-trips, and a corrupt or foreign file is refused with the reason', async () => {
    const corpus = await Corpus.fromFolder(SEEDS);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-snap-'));
    const file = join(dir, 'seeds.ndjson');
    await saveSnapshot(corpus, file);
    const back = await loadSnapshot(file);
    expect(JSON.parse(toJSON(back.graph))).toEqual(JSON.parse(toJSON(corpus.graph)));
    expect([...back.documents]).toEqual([...corpus.documents]);
    expect(implementers(back.graph, 'dang:18-NQ/TW#XII')).toEqual(implementers(corpus.graph, 'dang:18-NQ/TW#XII'));
    const lines = readFileSync(file, 'utf8').split('\n');
    // version 2 leaves the edge keys and the evidence's own document and path out; version 2 files
    // (an end record, no checksums) still load; version 1 files (no end record) are refused
    expect(lines.some((l) => l.startsWith('{"t":"edge","key"'))).toBe(false);
    const g = corpus.graph;
    const v1 = [
      JSON.stringify({ format: 'vanban-snapshot', version: 1, created: 'then', nodes: g.order, edges: g.size }),
      ...g.mapNodes((key, attributes) => JSON.stringify({ t: 'node', key, attributes })),
      ...g.mapEdges((key, attributes, source, target) => JSON.stringify({ t: 'edge', key, source, target, attributes })),
      ...[...corpus.documents].map(([key, path]) => JSON.stringify({ t: 'document', key, path })),
    ];
    writeFileSync(join(dir, 'v1.ndjson'), v1.join('\n'));
    await expect(loadSnapshot(join(dir, 'v1.ndjson'))).rejects.toThrow(/version 1, .*ingest the folder again/);
    const v2 = [v1[0]?.replace('"version":1,', '"version":2,') as string, ...v1.slice(1), JSON.stringify({ t: 'end', records: v1.length - 1 })];
    writeFileSync(join(dir, 'v2.ndjson'), v2.join('\n') + '\n');
    expect(JSON.parse(toJSON((await loadSnapshot(join(dir, 'v2.ndjson'))).graph))).toEqual(JSON.parse(toJSON(g)));
    // a record longer than the loader's 8 MB read block, made of 3-byte characters that straddle its edges
    const long = 'ệ'.repeat(3_000_001);
    const node = JSON.parse(v2[1] as string) as { key: string; attributes: { title: string | null } };
    node.attributes.title = long;
    writeFileSync(join(dir, 'long.ndjson'), [v2[0], JSON.stringify(node), ...v2.slice(2)].join('\n'));
    expect((await loadSnapshot(join(dir, 'long.ndjson'))).graph.getNodeAttribute(node.key, 'title')).toBe(long);
    writeFileSync(join(dir, 'truncated.ndjson'), lines.slice(0, 20).join('\n'));
    await expect(loadSnapshot(join(dir, 'truncated.ndjson'))).rejects.toThrow(/truncated/);
    writeFileSync(join(dir, 'foreign.json'), JSON.stringify({ hello: 'world' }));
    await expect(loadSnapshot(join(dir, 'foreign.json'))).rejects.toThrow(/not a vanban snapshot/);
    writeFileSync(join(dir, 'bad.ndjson'), [lines[0], '{"t":"node","key":"x","attributes":{"kind":"martian"}}'].join('\n'));
    await expect(loadSnapshot(join(dir, 'bad.ndjson'))).rejects.toThrow(SnapshotError);
    await expect(loadSnapshot(join(dir, 'nope.ndjson'))).rejects.toThrow(/no such file/);
  });
});

describe('CLI over a snapshot', () => {
  it('ingest writes a snapshot and a summary; trace, missing, coverage and export read it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cli-'));
    const docs = join(dir, 'docs');
    mkdirSync(docs);
    for (const f of ['000_55656e36ff3fd3fb.txt', '001_a40549c8c1018447.txt', '004_4cf4f161cf07ae84.txt']) copyFileSync(join(SEEDS, f), join(docs, f));
    writeFileSync(join(docs, 'broken.txt'), Buffer.from([0, 1, 2]));
    const snap = join(dir, 's.ndjson');
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (err += s) };
    expect(await run(['ingest', docs, '--out', snap, '--no-progress'], io)).toBe(1); // one bad file
    expect(out).toMatch(/documents: 3, bad files: 1/);
    expect(out).toMatch(/bad file .*broken\.txt: binary/);
    out = '';
    expect(await run(['trace', 'Nghị quyết số 18-NQ/TW', '--snapshot', snap, '--json'], io)).toBe(0);
    const trace = JSON.parse(out) as { id: string; implementers: { total: number; items: Array<{ path: string | null }> } };
    expect(trace.id).toBe('dang:18-NQ/TW#XII');
    expect(trace.implementers.items).toHaveLength(trace.implementers.total);
    expect(trace.implementers.items.some((i) => i.path?.endsWith('000_55656e36ff3fd3fb.txt'))).toBe(true);
    out = '';
    expect(await run(['missing', '--snapshot', snap, '--json', '--limit', '3'], io)).toBe(0);
    expect((JSON.parse(out) as Array<{ key: string; citedBy: Array<{ id: string }> }>)[0]?.citedBy).toHaveLength(3);
    out = '';
    expect(await run(['export', '--format', 'graphml', '--snapshot', snap], io)).toBe(0);
    expect(out).toMatch(/^<\?xml/);
    err = '';
    expect(await run(['trace', '99-XX/YY', '--snapshot', snap], io)).toBe(1);
    expect(err).toMatch(/no document matches/);
    expect(await run(['trace', 'x', '--snapshot', join(dir, 'missing.ndjson')], io)).toBe(1);
    expect(err).toMatch(/no such file/);
    // the snapshot holds the search index: search reads it, with the same keys as the graph
    out = '';
    expect(await run(['search', 'nghi quyet 18', '--snapshot', snap, '--json', '--limit', '5'], io)).toBe(0);
    const found = JSON.parse(out) as { explanation: { citations: string[] }; hits: Array<{ id: string; path: string | null; matchedBy: string }> };
    expect(found.explanation.citations).toContain('dang:18-NQ/TW');
    expect(found.hits[0]?.matchedBy).toBe('citing');
    expect(found.hits[0]?.path).toMatch(/000_55656e36ff3fd3fb\.txt$/);
    const bare = join(dir, 'bare.ndjson');
    expect(await run(['ingest', docs, '--out', bare, '--no-progress', '--no-search'], io)).toBe(1);
    err = '';
    expect(await run(['search', 'x', '--snapshot', bare], io)).toBe(1);
    expect(err).toMatch(/no search index/);
  });
});
