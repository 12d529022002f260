import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, walkFiles } from '../src/doc/corpus.js';
import { readDocument } from '../src/doc/index.js';
import { EXTRACTION_VERSION } from '../src/doc/extraction-version.js';
import { Corpus, loadSnapshot } from '../src/graph/index.js';
import { cli } from './helpers/cli-fixture.js';

/**
 * `vanban ingest <dir> --update <snapshot>` (issue 17.4): only the files added, changed or removed since the
 * snapshot are read, and the snapshot then holds what a full ingest of the folder as it is now holds.
 */
const SOURCE = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'underthesea-vlc');

const sorted = <T>(entries: Array<[string, T]>): Array<[string, T]> => entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const graphOf = (c: Corpus) => ({
  nodes: sorted(c.graph.mapNodes((k, a) => [k, { kind: a.kind, type: a.type, date: a.date, title: a.title, mentions: a.mentions }])),
  edges: sorted(c.graph.mapEdges((k, a, s, t) => [k, { s, t, relation: a.relation, count: a.count, scopes: a.evidence.map((e) => `${e.document}@${e.start}`).sort() }])),
  documents: sorted([...c.documents]),
  bad: c.badFiles.map((b) => b.path).sort(),
});

describe('ingest --update', () => {
  let dir: string;
  let docs: string;
  let snap: string;
  let files: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-update-'));
    docs = join(dir, 'docs');
    mkdirSync(docs);
    files = readdirSync(SOURCE).filter((f) => f.endsWith('.txt')).sort().slice(0, 40);
    for (const f of files.slice(0, 36)) copyFileSync(join(SOURCE, f), join(docs, f));
    snap = join(dir, 'snap.ndjson');
    const r = await cli('ingest', docs, '--out', snap, '--no-progress');
    expect(r.code, r.err).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an unchanged folder: nothing read, the snapshot not even rewritten', async () => {
    const before = statSync(snap).mtimeMs;
    const r = await cli('ingest', docs, '--update', snap, '--no-progress');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^files: 0 added, 0 replaced, 36 unchanged, 0 removed, 0 bad/);
    expect(r.out).toContain('(unchanged)');
    expect(statSync(snap).mtimeMs).toBe(before);
  });

  it('files added, changed, removed and made unreadable: the snapshot equals a full ingest of the folder as it is now', async () => {
    for (const f of files.slice(36)) copyFileSync(join(SOURCE, f), join(docs, f));
    // a changed file: its text gains a citation; a removed one; one that can no longer be read
    const changed = files[3] as string;
    writeFileSync(join(docs, changed), readFileSync(join(docs, changed), 'utf8') + '\nCăn cứ Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.\n');
    rmSync(join(docs, files[5] as string));
    writeFileSync(join(docs, 'broken.docx'), 'not a zip');
    const r = await cli('ingest', docs, '--update', snap, '--no-progress');
    expect(r.out).toMatch(/^files: 4 added, 1 replaced, 34 unchanged, 1 removed, 1 bad/);
    const full = join(dir, 'full.ndjson');
    await cli('ingest', docs, '--out', full, '--no-progress');
    const [updated, fresh] = [await loadSnapshot(snap), await loadSnapshot(full)];
    expect(graphOf(updated)).toEqual(graphOf(fresh));
    // the search index followed: the new citation is found in the changed document, the removed one is gone
    await Promise.all([updated.searchReady(), fresh.searchReady()]);
    const ids = (c: Corpus, q: string) => c.search(q, { limit: 50 }).hits.map((h) => h.id).sort();
    expect(ids(updated, '18-NQ/TW')).toEqual(ids(fresh, '18-NQ/TW'));
    expect(ids(updated, 'ke hoach')).toEqual(ids(fresh, 'ke hoach'));
  }, 180_000);

  it('documents read by another extraction are read again, their files unchanged', async () => {
    const corpus = await Corpus.fromFolder(docs);
    const n = corpus.documents.size;
    expect(n).toBeGreaterThan(30);
    // as the same folder, read now, leaves it: nothing to read
    expect(await corpus.update(docs)).toMatchObject({ unchanged: n, replaced: 0 });
    const keys = [...corpus.hashes.keys()];
    const [a, b] = keys as [string, string];
    // one read by an older extraction, one by a vanban that stamped no version (snapshots before the stamp)
    corpus.hashes.set(a, (corpus.hashes.get(a) as string).replace(`${EXTRACTION_VERSION}:`, '1:'));
    corpus.hashes.set(b, (corpus.hashes.get(b) as string).replace(`${EXTRACTION_VERSION}:`, ''));
    expect(await corpus.update(docs)).toMatchObject({ unchanged: n - 2, replaced: 2, added: 0, removed: 0 });
    expect(corpus.hashes.get(a)?.startsWith(`${EXTRACTION_VERSION}:`)).toBe(true);
    expect(corpus.hashes.get(b)?.startsWith(`${EXTRACTION_VERSION}:`)).toBe(true);
  }, 120_000);

  it('files read ahead for hashing come in the order of the walk, and one that cannot be read fails in its turn', async () => {
    const order: string[] = [];
    for await (const p of walkFiles(docs)) order.push(p);
    const sizes = new Map(order.map((p) => [p, statSync(p).size]));
    const limit = [...sizes.values()].sort((a, b) => a - b)[Math.floor(sizes.size / 2)] as number;
    const seen: string[] = [];
    const failed: string[] = [];
    for await (const item of readCorpus(docs, { limits: { maxFileSize: limit }, unchanged: (path) => (seen.push(path), true) })) {
      expect(item.ok).toBe(false);
      if (!item.ok) failed.push(item.path);
    }
    expect([...seen, ...failed].sort()).toEqual([...order].sort());
    expect(seen).toEqual(order.filter((p) => (sizes.get(p) as number) <= limit));
    expect(failed).toEqual(order.filter((p) => (sizes.get(p) as number) > limit));
    expect(failed.length).toBeGreaterThan(5);
  });

  it('an update that changes nothing never reads the search part; one that does refuses a damaged one, writing nothing', async () => {
    const own = join(dir, 'own');
    mkdirSync(own);
    for (const f of files.slice(0, 6)) copyFileSync(join(SOURCE, f), join(own, f));
    const file = join(dir, 'own.ndjson');
    expect((await cli('ingest', own, '--out', file, '--no-progress')).code).toBe(0);
    // one byte in the middle of the search part (the trailer's last 32 bytes say where it lies) turned over
    const bytes = readFileSync(file);
    const trailer = bytes.subarray(bytes.length - 32);
    const at = Number(trailer.readBigUInt64LE(8)) + Math.floor(Number(trailer.readBigUInt64LE(16)) / 2);
    bytes[at] = (bytes[at] as number) ^ 0xff;
    writeFileSync(file, bytes);
    const quiet = await cli('ingest', own, '--update', file, '--no-progress');
    expect(quiet.code, quiet.err).toBe(0);
    expect(quiet.out).toContain('(unchanged)');
    writeFileSync(join(own, files[0] as string), readFileSync(join(own, files[0] as string), 'utf8') + '\nThực hiện Nghị quyết số 18-NQ/TW.\n');
    const refused = await cli('ingest', own, '--update', file, '--no-progress');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^vanban: .*own\.ndjson.*checksum mismatch in the search part\n$/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 120_000);

  it('refuses a folder given otherwise than the ingest gave it, instead of reading every file as new', async () => {
    const before = readFileSync(snap);
    const r = await cli('ingest', relative(process.cwd(), docs), '--update', snap, '--no-progress');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^vanban ingest: --update ".*snap\.ndjson": none of its documents is in ".*" as written \(they are at paths like ".*vanban-update-.*"\): give the folder as it was given/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(snap).equals(before)).toBe(true);
  });

  it('refuses --update with --out, and a snapshot that is not one', async () => {
    expect((await cli('ingest', docs, '--update', snap, '--out', join(dir, 'x.ndjson'))).err).toMatch(/--out and --update: expected one of them, not both/);
    const notSnap = join(dir, 'not.ndjson');
    writeFileSync(notSnap, 'hello\n');
    const r = await cli('ingest', docs, '--update', notSnap, '--no-progress');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^vanban: .*not\.ndjson/);
    expect(readFileSync(notSnap, 'utf8')).toBe('hello\n');
  });
});

describe('a document removed while others still cite it keeps only what a citation says of it', () => {
  const decision = (number: string, title: string, body: string): Uint8Array =>
    new TextEncoder().encode(`ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n-------\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLâm Đồng, ngày 18 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n${title}\n\nĐiều 1. ${body}\nĐiều 2. Quyết định này có hiệu lực thi hành từ ngày 01 tháng 10 năm 2025 đến hết ngày 31 tháng 12 năm 2026.\n`);
  it('its title, days in force and header family go, as a corpus built without it would never know them', async () => {
    const cited = await readDocument(decision('125/QĐ-UBND', 'Về việc ban hành Quy chế làm việc', 'Ban hành kèm theo Quyết định này Quy chế làm việc.'), { path: 'b.txt' });
    const citing = await readDocument(decision('126/QĐ-UBND', 'Về việc triển khai Quy chế', 'Triển khai Quyết định số 125/QĐ-UBND ngày 18/9/2025 của Ủy ban nhân dân tỉnh.'), { path: 'a.txt' });
    const both = new Corpus();
    const key = both.addDocument(cited);
    both.addDocument(citing);
    expect(both.graph.getNodeAttribute(key, 'title')).not.toBeNull();
    expect(both.removeDocument(key)).toBe(true);
    const alone = new Corpus();
    alone.addDocument(citing);
    const after = both.graph.getNodeAttributes(key);
    // (built without it, the citation's node may carry a key that only the document's header made precise)
    const freshKey = alone.graph.nodes().find((n) => alone.graph.getNodeAttribute(n, 'number') === '125/QĐ-UBND') as string;
    const fresh = alone.graph.getNodeAttributes(freshKey);
    expect(after.kind).toBe('cited');
    for (const field of ['title', 'effective', 'expires', 'family', 'path'] as const) expect(after[field], field).toEqual(fresh[field]);
    // (level and place are those its key names, as for any cited node: here the key the header made precise)
    expect([after.level, after.place]).toEqual(['province', 'tinh-lam-dong']);
  });
});
