import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crc32 } from '../src/graph/checksum.js';
import { Corpus, loadSnapshot, saveSnapshot, SNAPSHOT_VERSION, SnapshotError } from '../src/graph/index.js';
import { SearchIndex } from '../src/search/index.js';
import { dumpOf, resealV5, v5Layout } from '../bench/fuzz-snapshot.mjs';
import { cli, writeChain } from './helpers/cli-fixture.js';
import { SHARED as SHARED_ROOT } from './helpers/score.js';
import { oneDocumentFolder, refusal as refusalIn } from './helpers/snapshot-files.js';

/**
 * Snapshot format 5 (issue 17): the graph part in binary (a string table, columns of typed arrays, the edges'
 * evidence in a part of its own read on first touch). It loads as format 4 loads, value for value and key for
 * key; every byte is under a CRC, so a flip or a cut is refused; behind checksums made to match, the binary
 * reader's own checks refuse what does not fit, and nothing else is ever thrown.
 */
// the shared corpus beside the checkout (../shared), wherever the checkout is: CI clones it elsewhere
const SHARED = join(SHARED_ROOT, 'corpus');
const { dir, docs } = writeChain();
const small = join(dir, 'small.v5');
const withSearch = join(dir, 'search.v5');
let smallBytes: Buffer;
let searchBytes: Buffer;
let smallDump: string;
let searchDump: string;

beforeAll(async () => {
  const oneCorpus = await Corpus.fromFolder(oneDocumentFolder(dir, docs));
  await saveSnapshot(oneCorpus, small);
  smallBytes = readFileSync(small);
  smallDump = dumpOf(oneCorpus);
  const chain = await Corpus.fromFolder(docs, { searchIndex: new SearchIndex() });
  await saveSnapshot(chain, withSearch);
  searchBytes = readFileSync(withSearch);
  searchDump = dumpOf(chain);
});

const refusal = (bytes: Uint8Array, name = 'case.v5'): Promise<unknown> => refusalIn(dir, bytes, name);

describe('format 5', () => {
  it(`is the default (${SNAPSHOT_VERSION}): a padded header line, the graph and evidence parts, a graph trailer, then the search part`, () => {
    expect(SNAPSHOT_VERSION).toBe(5);
    for (const bytes of [smallBytes, searchBytes]) {
      const nl = bytes.indexOf(10);
      expect((nl + 1) % 8).toBe(0);
      const header = JSON.parse(bytes.subarray(0, nl).toString()) as Record<string, unknown>;
      expect(header).toMatchObject({ format: 'vanban-snapshot', version: 5 });
      expect(header.id).toMatch(/^[0-9a-f]{16}$/);
      const { trailerAt, graphEnd, searchAt } = v5Layout(bytes);
      expect(bytes.subarray(trailerAt, trailerAt + 8).toString('latin1')).toBe('VBGRAF05');
      expect(Number(bytes.readBigUInt64LE(trailerAt + 16))).toBe(trailerAt);
      expect(bytes.readUInt32LE(trailerAt + 24)).toBe(crc32(bytes.subarray(0, graphEnd)));
      expect(bytes.readUInt32LE(trailerAt + 28)).toBe(crc32(bytes.subarray(graphEnd, trailerAt)));
      expect(bytes.readUInt32LE(trailerAt + 36)).toBe(crc32(bytes.subarray(trailerAt, trailerAt + 36)));
      expect(searchAt === null).toBe(header.searchId === undefined);
      if (searchAt !== null) {
        // the search part, paged (src/search/paged-part.ts): its trailer ends the file and points at the byte after the graph trailer
        expect(bytes.subarray(bytes.length - 32, bytes.length - 24).toString('latin1')).toBe('VBSRCH05');
        expect(Number(bytes.readBigUInt64LE(bytes.length - 24))).toBe(trailerAt + 40);
      } else expect(trailerAt + 40).toBe(bytes.length);
    }
  });

  it('loads what was written: every node, edge, attribute, evidence, document record, conflict, bad file, in the same key order', async () => {
    expect(dumpOf(await loadSnapshot(small))).toBe(smallDump);
    expect(dumpOf(await loadSnapshot(withSearch))).toBe(searchDump);
  });

  it('round trip equal to format 4 on real documents (the five seeds, and two folders of the shared corpus with their manifests)', async () => {
    const folders = [join(import.meta.dirname, '..', 'corpus', 'seeds')];
    const { readdirSync, statSync } = await import('node:fs');
    // the two smallest folders of the shared corpus that hold documents
    const shared = readdirSync(SHARED)
      .map((f) => join(SHARED, f))
      .filter((f) => statSync(f).isDirectory())
      .map((f) => ({ f, n: readdirSync(f).length }))
      .filter((x) => x.n > 3)
      .sort((a, b) => a.n - b.n)
      .slice(0, 2)
      .map((x) => x.f);
    folders.push(...shared);
    for (const folder of folders) {
      const corpus = await Corpus.fromFolder(folder, { searchIndex: new SearchIndex(), manifests: true });
      const v4 = join(dir, 'real.v4');
      const v5 = join(dir, 'real.v5');
      await saveSnapshot(corpus, v4, { version: 4 });
      await saveSnapshot(corpus, v5);
      const a = await loadSnapshot(v4);
      const b = await loadSnapshot(v5);
      // an effective date stated beside an act is kept (format 4 lost it on load before this round)
      expect(dumpOf(b), folder).toBe(dumpOf(a));
      expect(dumpOf(b), folder).toBe(dumpOf(corpus));
      // node by node and edge by edge, keys in the same order (JSON output depends on it)
      corpus.graph.forEachNode((key, attributes) => expect(JSON.stringify(b.graph.getNodeAttributes(key))).toBe(JSON.stringify(attributes)));
      corpus.graph.forEachEdge((key, attributes) => expect(JSON.stringify(b.graph.getEdgeAttributes(key))).toBe(JSON.stringify(attributes)));
      expect([...b.hashes]).toEqual([...corpus.hashes]);
      expect([...b.mentioned]).toEqual([...corpus.mentioned]);
      expect(corpus.graph.size).toBeGreaterThan(0);
    }
  }, 120_000);

  it("an edge's evidence is read when first asked for, and can be replaced, merged or removed before or after", async () => {
    const corpus = await loadSnapshot(withSearch);
    const [first, second, third] = corpus.graph.edges();
    expect(third).toBeDefined();
    const attributes = corpus.graph.getEdgeAttributes(first as string);
    expect(Object.keys(attributes)).toEqual(['relation', 'count', 'asserted', 'assertedBy', 'evidence', 'resolution']);
    const original = attributes.evidence;
    expect(original.length).toBeGreaterThan(0);
    // the same array on every read once read
    expect(corpus.graph.getEdgeAttribute(first as string, 'evidence')).toBe(original);
    // written before it was ever read: the new value wins, in its place among the keys
    corpus.graph.mergeEdgeAttributes(second as string, { evidence: [] });
    expect(corpus.graph.getEdgeAttribute(second as string, 'evidence')).toEqual([]);
    expect(Object.keys(corpus.graph.getEdgeAttributes(second as string))[4]).toBe('evidence');
    corpus.graph.removeEdgeAttribute(third as string, 'evidence');
    expect('evidence' in corpus.graph.getEdgeAttributes(third as string)).toBe(false);
    // a snapshot written over the file it came from reads its evidence before the file is replaced
    const file = join(dir, 'rewrite.v5');
    writeFileSync(file, searchBytes);
    const loaded = await loadSnapshot(file);
    await saveSnapshot(loaded, file);
    expect(dumpOf(await loadSnapshot(file))).toBe(searchDump);
    expect(dumpOf(loaded)).toBe(searchDump);
  });

  it('edges of the usual key order and of another load the same (the usual one is made by a literal, any other field by field)', async () => {
    const corpus = await loadSnapshot(withSearch);
    const [first, second] = corpus.graph.edges() as [string, string];
    const usual = corpus.graph.getEdgeAttributes(first);
    // the second edge's attributes in another order, and an asserted edge of the usual order
    const a = corpus.graph.getEdgeAttributes(second);
    corpus.graph.replaceEdgeAttributes(second, { resolution: 'another order', evidence: a.evidence, count: a.count, relation: a.relation, assertedBy: null, asserted: false });
    corpus.graph.mergeEdgeAttributes(first, { asserted: true, assertedBy: 'vn:1/2020/QĐ-UBND' });
    const file = join(dir, 'orders.v5');
    await saveSnapshot(corpus, file);
    const loaded = await loadSnapshot(file);
    expect(Object.keys(loaded.graph.getEdgeAttributes(second))).toEqual(['resolution', 'evidence', 'count', 'relation', 'assertedBy', 'asserted']);
    expect(Object.keys(loaded.graph.getEdgeAttributes(first))).toEqual(Object.keys(usual));
    for (const key of [first, second]) {
      const got = loaded.graph.getEdgeAttributes(key);
      // not read yet: the accessor, in its place
      expect(Object.getOwnPropertyDescriptor(got, 'evidence')?.get).toBeTypeOf('function');
      expect(JSON.stringify(got)).toBe(JSON.stringify(corpus.graph.getEdgeAttributes(key)));
      expect(Object.getOwnPropertyDescriptor(got, 'evidence')?.value).toEqual(corpus.graph.getEdgeAttribute(key, 'evidence'));
    }
    expect(loaded.graph.getEdgeAttribute(first, 'assertedBy')).toBe('vn:1/2020/QĐ-UBND');
    expect(dumpOf(loaded)).toBe(dumpOf(corpus));
  });

  it('a damaged evidence part: the graph loads, the evidence is refused when read, again on every try', async () => {
    const { trailerAt, graphEnd } = v5Layout(searchBytes);
    const bytes = Buffer.from(searchBytes);
    const mid = graphEnd + Math.floor((trailerAt - graphEnd) / 2);
    bytes[mid] = (bytes[mid] as number) ^ 0x10;
    const file = join(dir, 'evidence.v5');
    writeFileSync(file, bytes);
    const corpus = await loadSnapshot(file);
    expect(corpus.graph.size).toBeGreaterThan(0);
    const edge = corpus.graph.edges()[0] as string;
    expect(() => corpus.graph.getEdgeAttribute(edge, 'evidence')).toThrow(/checksum mismatch in the evidence part/);
    expect(() => corpus.graph.getEdgeAttribute(edge, 'evidence')).toThrow(SnapshotError);
    // the file replaced after its graph was loaded: refused, not mixed
    writeFileSync(file, searchBytes);
    const before = await loadSnapshot(file);
    await saveSnapshot(await loadSnapshot(withSearch), file);
    expect(() => before.graph.getEdgeAttribute(edge, 'evidence')).toThrow(/changed since|not the one of the graph loaded|checksum mismatch/);
  });

  it('the graph commands answer without reading the evidence; export, which prints it, refuses a damaged evidence part', async () => {
    const { trailerAt, graphEnd } = v5Layout(searchBytes);
    const bytes = Buffer.from(searchBytes);
    const mid = graphEnd + Math.floor((trailerAt - graphEnd) / 2);
    bytes[mid] = (bytes[mid] as number) ^ 0x10;
    const damaged = join(dir, 'no-evidence.v5');
    writeFileSync(damaged, bytes);
    for (const args of [['trace', '18-NQ/TW'], ['coverage', '18-NQ/TW'], ['cites', '18-NQ/TW'], ['missing'], ['rank'], ['check']]) {
      const whole = await cli(...args, '--snapshot', withSearch);
      const r = await cli(...args, '--snapshot', damaged);
      expect(r.err, args.join(' ')).toBe(whole.err);
      expect(r.code, args.join(' ')).toBe(whole.code);
      expect(r.out, args.join(' ')).toBe(whole.out);
      expect(r.out.length, args.join(' ')).toBeGreaterThan(0);
    }
    const r = await cli('export', '--format', 'json', '--snapshot', damaged);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/checksum mismatch in the evidence part/);
    expect((await cli('export', '--format', 'json', '--snapshot', withSearch)).code).toBe(0);
  });

  it('every single-byte flip of a small snapshot is refused with a SnapshotError', async () => {
    expect(smallBytes.length).toBeLessThan(8_000);
    for (let i = 0; i < smallBytes.length; i++) {
      const bytes = Buffer.from(smallBytes);
      bytes[i] = (bytes[i] as number) ^ [0x01, 0x80, 0x20, 0xff, 0x0b, 0x40][i % 6]!;
      expect(await refusal(bytes), `byte ${i}`).toBeInstanceOf(SnapshotError);
    }
  });

  it('every cut is refused, with or without a search part', async () => {
    for (const whole of [smallBytes, searchBytes]) {
      const step = whole === smallBytes ? 1 : Math.max(1, Math.floor(whole.length / 1500));
      for (let len = 0; len < whole.length; len += step) {
        const e = await refusal(whole.subarray(0, len));
        expect(e, `cut at ${len}`).toBeInstanceOf(SnapshotError);
        expect((e as Error).message, `cut at ${len}`).toMatch(len === 0 ? /empty file/ : /truncated|not a vanban snapshot|not JSON|damaged/);
      }
      expect(await refusal(whole)).toBeNull();
      // and bytes added at the end
      expect(await refusal(Buffer.concat([whole, Buffer.from('\n')]))).toBeInstanceOf(SnapshotError);
    }
  });

  it('every flip behind checksums made to match is refused with a SnapshotError or read as what it says, never a crash', async () => {
    const layout = v5Layout(smallBytes);
    let refused = 0;
    let read = 0;
    for (let i = 0; i < layout.trailerAt; i++) {
      const bytes = Buffer.from(smallBytes);
      bytes[i] = (bytes[i] as number) ^ [0x01, 0x80, 0x20, 0xff, 0x0b, 0x40][i % 6]!;
      const e = await refusal(resealV5(bytes, layout));
      if (e === null) {
        // another snapshot, whole: everything in it reads without a throw
        const loaded = await loadSnapshot(join(dir, 'case.v5'));
        expect(() => dumpOf(loaded), `byte ${i}`).not.toThrow();
        read++;
      } else {
        expect(e, `byte ${i}: ${String(e)}`).toBeInstanceOf(SnapshotError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(layout.trailerAt / 4);
    expect(read).toBeGreaterThan(0);
  });
});

describe('older formats beside it', () => {
  it('format 4 and 3 files of the same corpus load the same; format 4 is still written on request', async () => {
    const chain = await loadSnapshot(withSearch);
    for (const version of [4, 3] as const) {
      const file = join(dir, `chain.v${version}`);
      await saveSnapshot(chain, file, { version });
      expect(readFileSync(file, 'utf8').slice(0, 60)).toContain(`"version":${version},`);
      expect(dumpOf(await loadSnapshot(file))).toBe(searchDump);
    }
  });
});
