import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../src/graph/corpus.js';
import type * as snapshot from '../src/graph/snapshot.js';
import { SnapshotError, loadSnapshot, type LoadSnapshotOptions } from '../src/graph/snapshot.js';
import { searchAnswer } from '../src/answers/graph.js';
import { SearchParamsSchema } from '../src/answers/params.js';
import { MemoryStore } from '../src/store/memory.js';
import { cli, writeChain } from './helpers/cli-fixture.js';
import { SHARED } from './helpers/score.js';

/**
 * Issue 17: `vanban search` opens a format 5 snapshot with its graph left on disk (`loadSnapshot(…, { graph: 'lazy' })`)
 * unless --related asks the graph. Every snapshot the CLI loads here goes through this wrapper, which keeps the corpus
 * (to see whether its graph was read) and can force the graph read at load (`force`), so that the same command is run
 * with and without the graph and its output compared.
 */
const seen = vi.hoisted(() => ({ corpora: [] as Corpus[], options: [] as LoadSnapshotOptions[], force: null as 'eager' | null }));
vi.mock('../src/graph/snapshot.js', async (importOriginal) => {
  const real = await importOriginal<typeof snapshot>();
  return {
    ...real,
    loadSnapshot: async (path: string, options: LoadSnapshotOptions = {}) => {
      seen.options.push(options);
      const corpus = await real.loadSnapshot(path, seen.force ? { ...options, graph: seen.force } : options);
      seen.corpora.push(corpus);
      return corpus;
    },
  };
});

/** The CLI's search, and whether the snapshot's graph was read by the end of it. */
async function search(file: string, args: string[], force: 'eager' | null = null): Promise<{ code: number; out: string; err: string; graphRead: boolean }> {
  seen.force = force;
  seen.corpora.length = 0;
  try {
    const r = await cli('search', ...args, '--snapshot', file);
    expect(seen.corpora).toHaveLength(r.code === 0 || seen.corpora.length > 0 ? 1 : 0);
    return { ...r, graphRead: seen.corpora[0]?.hasGraphLoaded ?? false };
  } finally {
    seen.force = null;
  }
}

/** A byte of `file` flipped at `at`, into a copy named `name`. */
function flipped(file: string, at: number, name: string): string {
  const bytes = readFileSync(file);
  bytes[at] = (bytes[at] as number) ^ 0x20;
  const out = join(file, '..', name);
  writeFileSync(out, bytes);
  return out;
}

const headerLineBytes = (file: string): number => readFileSync(file).indexOf(10) + 1;

// real documents (the seeds, a folder of Party and State documents of 2025, one of model documents) and the chain of
// local plans implementing 18-NQ/TW (cited, not in the folder), written by the CLI's own ingest
let dir: string;
let file: string;
beforeAll(async () => {
  const chain = writeChain();
  dir = chain.dir;
  for (const f of ['seeds', 'dvhcvn2025', 'vbai']) cpSync(join(SHARED, 'corpus', f), join(chain.docs, f), { recursive: true });
  file = join(dir, 'corpus.ndjson');
  const r = await cli('ingest', chain.docs, '--out', file, '--no-progress');
  expect(r.code, r.err).toBe(0);
}, 120_000);

const QUERIES: string[][] = [
  ['tinh gọn bộ máy'],
  ['tinh gon bo may'],
  ['18-NQ/TW'],
  ['Nghị quyết số 18-NQ/TW'],
  ['nghi quyet 60'],
  ['kế hoạch', '--type', 'ke hoach'],
  ['kế hoạch', '--place', 'Hà Tĩnh'],
  ['thực hiện', '--issuer', 'uy ban nhan dan'],
  ['sắp xếp đơn vị hành chính', '--year', '2025'],
  ['sắp xếp', '--year', '2017-2025', '--limit', '3', '--offset', '2'],
  ['nghị quyết', '--level', 'central', '--family', 'party'],
  ['xyzzyq'],
];

describe('vanban search without the graph (issue 17)', () => {
  it('opens the snapshot with its graph left on disk, and answers as with the graph read (text and --json)', async () => {
    const totals: number[] = [];
    for (const q of QUERIES) {
      for (const json of [false, true]) {
        const args = json ? [...q, '--json'] : q;
        const lazy = await search(file, args);
        const eager = await search(file, args, 'eager');
        expect(lazy.code, `${args.join(' ')}: ${lazy.err}`).toBe(eager.code);
        expect(lazy.out, args.join(' ')).toBe(eager.out);
        expect(lazy.err).toBe(eager.err);
        expect(lazy.graphRead, args.join(' ')).toBe(false);
        expect(eager.graphRead).toBe(true);
        if (json) totals.push((JSON.parse(lazy.out) as { total: number }).total);
      }
    }
    // every query but the last found something (a comparison of empty answers would prove nothing)
    expect(totals.map((t) => t > 0)).toEqual([...QUERIES.slice(0, -1).map(() => true), false]);
    const ids = await search(file, ['Nghị quyết số 18-NQ/TW', '--json']);
    expect((JSON.parse(ids.out) as { explanation: { citations: string[] } }).explanation.citations).toEqual(['dang:18-NQ/TW']);
  }, 120_000);

  it('reads the graph for --related, and answers as before', async () => {
    for (const json of [false, true]) {
      const args = ['kế hoạch', '--related', 'implements:18-NQ/TW', ...(json ? ['--json'] : [])];
      const r = await search(file, args);
      expect(r.code, r.err).toBe(0);
      expect(r.graphRead).toBe(true);
      expect(seen.options.at(-1)).toEqual({ graph: 'eager' });
      if (json) {
        const hits = (JSON.parse(r.out) as { hits: Array<{ id: string }> }).hits.map((h) => h.id);
        // the provincial plan and the Châu Thành Party plan implement 18-NQ/TW; the Can Lộc plan implements the province's
        expect(hits).toContain('vn:191/KH-UBND@tinh-ha-tinh#2018');
        expect(hits).toContain('dang:12-KH/HU@tinh-dong-thap.huyen-chau-thanh#2015-2020');
        expect(hits.filter((h) => h.startsWith('vn:45/KH-UBND'))).toEqual([]);
      }
    }
    // the library on a lazy corpus: the lookup of --related reads the graph first, and answers as a corpus loaded whole
    const params = SearchParamsSchema.parse({ q: 'kế hoạch', related: 'implements:Nghị quyết số 18-NQ/TW' });
    const lazy = await loadSnapshot(file, { graph: 'lazy' });
    expect(lazy.hasGraphLoaded).toBe(false);
    const a = await searchAnswer(new MemoryStore(lazy), params);
    expect(lazy.hasGraphLoaded).toBe(true);
    expect(a).toEqual(await searchAnswer(new MemoryStore(await loadSnapshot(file)), params));
  }, 60_000);

  it('keeps the default: loadSnapshot reads the graph at load', async () => {
    const corpus = await loadSnapshot(file);
    expect(corpus.hasGraphLoaded).toBe(true);
    expect(corpus.graph.order).toBeGreaterThan(0);
  });

  it('a lazy corpus reads its graph whole on the first touch of anything the graph part holds', async () => {
    const whole = await loadSnapshot(file);
    for (const touch of [(c: Corpus) => c.graph.order, (c: Corpus) => c.documents.size, (c: Corpus) => c.conflicts.length, (c: Corpus) => c.badFiles.length, (c: Corpus) => c.hashes.size, (c: Corpus) => c.mentioned.size, (c: Corpus) => c.lookup('18-NQ/TW', () => []).key, (c: Corpus) => c.removeDocument(join(dir, 'docs', 'can-loc.txt'))]) {
      const lazy = await loadSnapshot(file, { graph: 'lazy' });
      expect(lazy.hasGraphLoaded).toBe(false);
      expect(touch(lazy)).toEqual(touch(whole));
      expect(lazy.hasGraphLoaded).toBe(true);
    }
    const lazy = await loadSnapshot(file, { graph: 'lazy' });
    expect(lazy.graph.export()).toEqual((await loadSnapshot(file)).graph.export());
    expect([...lazy.documents]).toEqual([...(await loadSnapshot(file)).documents]);
  });

  it('a damaged graph part: a search without the graph answers right (it reads none of it); the graph is refused whenever asked', async () => {
    const bad = flipped(file, headerLineBytes(file) + 100, 'graph-damaged.ndjson');
    await expect(loadSnapshot(bad)).rejects.toThrow(/checksum mismatch in the header or the graph part/);
    for (const q of QUERIES.slice(0, 6)) {
      const r = await search(bad, [...q, '--json']);
      const good = await search(file, [...q, '--json']);
      expect(r.code, r.err).toBe(0);
      // the same answer: paths and ids are the documents', the file's name is in none of them
      expect(r.out).toBe(good.out);
      expect(r.graphRead).toBe(false);
    }
    // --related needs the graph: refused as a load of the file is
    const related = await search(bad, ['kế hoạch', '--related', 'implements:18-NQ/TW']);
    expect(related.code).toBe(1);
    expect(related.err).toMatch(/graph-damaged\.ndjson: .*checksum mismatch in the header or the graph part/);
    // the library: refused on every touch, never a half graph
    const lazy = await loadSnapshot(bad, { graph: 'lazy' });
    expect((await lazy.searchReady())?.search('tinh gọn bộ máy').total).toBeGreaterThan(1);
    for (let i = 0; i < 2; i++) {
      expect(() => lazy.graph).toThrow(SnapshotError);
      expect(() => lazy.documents).toThrow(/checksum mismatch/);
      expect(lazy.hasGraphLoaded).toBe(false);
    }
    await expect(searchAnswer(new MemoryStore(lazy), SearchParamsSchema.parse({ q: 'kế hoạch', related: 'implements:18-NQ/TW' }))).rejects.toThrow(SnapshotError);
  }, 60_000);

  it('a damaged header line: its search id refused by the search part; another field by the graph read', async () => {
    const line = readFileSync(file).subarray(0, headerLineBytes(file)).toString('utf8');
    const searchIdAt = line.indexOf('"searchId":"') + '"searchId":"'.length;
    const idBytes = readFileSync(file);
    // another hex digit: the line still parses, with another search id
    idBytes[searchIdAt] = idBytes[searchIdAt] === 0x30 ? 0x31 : 0x30;
    const badId = join(dir, 'search-id-damaged.ndjson');
    writeFileSync(badId, idBytes);
    const r = await search(badId, ['tinh gọn bộ máy']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/search-id-damaged\.ndjson: .*not the one of the graph/);
    // "nodes":2… → "nodes":"… no longer parses as the header; a digit changed into another is a header the graph's CRC refuses
    const nodesAt = line.indexOf('"nodes":') + '"nodes":'.length;
    const bytes = readFileSync(file);
    bytes[nodesAt] = bytes[nodesAt] === 0x31 ? 0x32 : 0x31;
    const badNodes = join(dir, 'nodes-damaged.ndjson');
    writeFileSync(badNodes, bytes);
    const lazy = await loadSnapshot(badNodes, { graph: 'lazy' });
    expect((await lazy.searchReady())?.search('tinh gọn bộ máy').total).toBeGreaterThan(1);
    expect(() => lazy.graph).toThrow(/checksum mismatch in the header or the graph part/);
  }, 60_000);

  it('a byte flipped anywhere: a lazy open, a search, the graph are each refused or right, never wrong', async () => {
    const bytes = readFileSync(file);
    const header = headerLineBytes(file);
    const queries = ['tinh gọn bộ máy', 'Nghị quyết số 18-NQ/TW', 'kế hoạch'];
    const whole = await loadSnapshot(file);
    const expected = queries.map((q) => JSON.stringify(whole.search(q, { limit: 20 })));
    const graphOf = (c: Corpus): string => JSON.stringify([c.graph.export(), [...c.documents], c.conflicts, c.badFiles]);
    const expectedGraph = graphOf(whole);
    // every byte of the header line and of the last 120 (search trailer, the part's head), and a spread over the rest
    let seed = 17;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const positions = new Set<number>();
    for (let i = 0; i < header; i++) positions.add(i);
    for (let i = bytes.length - 120; i < bytes.length; i++) positions.add(i);
    for (let i = 0; i < 150; i++) positions.add(Math.floor(random() * bytes.length));
    const damaged = join(dir, 'flipped.ndjson');
    const outcomes = { refusedAtOpen: 0, searchRefused: 0, searchRight: 0, graphRefused: 0, graphRight: 0 };
    for (const at of positions) {
      const copy = Buffer.from(bytes);
      copy[at] = (copy[at] as number) ^ (1 << (at % 8));
      writeFileSync(damaged, copy);
      let lazy: Corpus;
      try {
        lazy = await loadSnapshot(damaged, { graph: 'lazy' });
      } catch (e) {
        expect(e, `byte ${at}`).toBeInstanceOf(SnapshotError);
        outcomes.refusedAtOpen++;
        continue;
      }
      for (const [n, q] of queries.entries()) {
        try {
          await lazy.searchReady();
          expect(JSON.stringify(lazy.search(q, { limit: 20 })), `byte ${at}, ${q}`).toBe(expected[n]);
          outcomes.searchRight++;
        } catch (e) {
          if (!(e instanceof SnapshotError)) throw e;
          outcomes.searchRefused++;
        }
      }
      try {
        expect(graphOf(lazy), `byte ${at}`).toBe(expectedGraph);
        outcomes.graphRight++;
      } catch (e) {
        if (!(e instanceof SnapshotError)) throw e;
        outcomes.graphRefused++;
      }
    }
    // each way out was taken (the flips reached every part)
    for (const [k, v] of Object.entries(outcomes)) expect(v, k).toBeGreaterThan(0);
  }, 120_000);

  it('a cut or foreign file is refused at open, graph read or not', async () => {
    const bytes = readFileSync(file);
    const cut = join(dir, 'cut.ndjson');
    for (const at of [bytes.length - 1, bytes.length - 40, headerLineBytes(file) + 10]) {
      writeFileSync(cut, bytes.subarray(0, at));
      await expect(loadSnapshot(cut, { graph: 'lazy' })).rejects.toThrow(SnapshotError);
      const r = await search(cut, ['tinh gọn bộ máy']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/cut\.ndjson: .*(truncated|damaged)/);
    }
    const foreign = join(dir, 'foreign.ndjson');
    writeFileSync(foreign, '{"version":5,"format":"something else"}\n' + 'x'.repeat(200));
    await expect(loadSnapshot(foreign, { graph: 'lazy' })).rejects.toThrow(SnapshotError);
  });

  it('a file replaced after a lazy open: the graph of the other file is refused', async () => {
    const mine = join(dir, 'replaced.ndjson');
    cpSync(file, mine);
    const lazy = await loadSnapshot(mine, { graph: 'lazy' });
    // another ingest of the same folder: same documents, other ids
    const other = join(dir, 'other.ndjson');
    expect((await cli('ingest', join(dir, 'docs'), '--out', other, '--no-progress')).code).toBe(0);
    renameSync(other, mine);
    expect(() => lazy.graph).toThrow(/changed since it was opened/);
  }, 60_000);
});
