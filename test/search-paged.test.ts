import { mkdtemp, open, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../src/doc/index.js';
import { BinaryError, BlockReader, BlockWriter } from '../src/search/binary.js';
import { PagedFile } from '../src/search/paged-file.js';
import { SearchIndex } from '../src/search/index.js';
import type { Document } from '../src/doc/index.js';
import { SHARED } from './helpers/score.js';

/**
 * A search part read from its file by range (PagedFile: checked whole once, each page re-checked
 * when read) answers as the same part read into memory, and never uses a byte that was not checked.
 */

const QUERIES = ['ủy ban nhân dân', 'ke hoach', 'thực hiện nghị quyết', 'tỉnh', 'nghị quyết 18', '18-NQ/TW', 'tinh gọn bộ máy', 'nam dan van kheo', 'cải cách hành chính tỉnh'];
const PREFIX = 4096 + 12; // the part starts inside the file, as after a snapshot's graph part (not page-aligned)

let dir: string;
let docs: Array<{ key: string; doc: Document }>;
let bytes: Buffer;
let original: SearchIndex;

async function partOf(index: SearchIndex): Promise<Buffer> {
  const w = new BlockWriter();
  const parts: Uint8Array[] = [];
  await index.writeBinary(w, async () => void parts.push(...w.drain()));
  parts.push(...w.drain());
  const out = Buffer.allocUnsafeSlow(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function fileWith(name: string, part: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, Buffer.concat([Buffer.alloc(PREFIX, 0x7b), part, Buffer.from('trailer')]));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vanban-paged-'));
  docs = [];
  for (const sub of ['vbai', 'seeds']) {
    for await (const item of readCorpus(join(SHARED, 'corpus', sub))) if (item.ok) docs.push({ key: `${item.document.identity.id ?? 'file'}~${docs.length}`, doc: item.document });
  }
  original = new SearchIndex();
  for (const d of docs) original.add(d.key, d.doc);
  original.remove(docs[2]?.key as string);
  bytes = await partOf(original);
  // several pages of 64 kB, and texts that cross their edges
  expect(bytes.length).toBeGreaterThan(4 << 16);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('PagedFile', () => {
  it('computes the CRC of the range as read and its length, asynchronously and synchronously', async () => {
    const path = await fileWith('crc.bin', bytes);
    const a = await PagedFile.open(path, PREFIX, bytes.length);
    const s = PagedFile.openSync(path, PREFIX, bytes.length);
    for (const f of [a, s]) {
      expect(f.length).toBe(bytes.length);
      expect(f.crc).toBe(crc32(bytes));
      for (const [from, to] of [[0, 4], [65_530, 65_542], [3, 200_003], [bytes.length - 9, bytes.length], [100, 100]] as const) expect(f.bytes(from, to).equals(bytes.subarray(from, to)), `${from}-${to}`).toBe(true);
      f.close();
    }
    // a file shorter than the range: the bytes there are, counted (the caller compares them with the trailer)
    const cut = await fileWith('cut.bin', bytes.subarray(0, 100_000));
    const c = await PagedFile.open(cut, PREFIX, bytes.length);
    expect(c.length).toBe(100_000 + 'trailer'.length);
    c.close();
  });

  it('reads an index that answers every query as the one read into memory, and adds documents after', async () => {
    const path = await fileWith('index.bin', bytes);
    const file = await PagedFile.open(path, PREFIX, bytes.length);
    const paged = SearchIndex.readBinary(new BlockReader(file));
    const inMemory = SearchIndex.readBinary(new BlockReader(bytes));
    for (const q of QUERIES) expect(paged.search(q, { limit: 1000 }), q).toEqual(original.search(q, { limit: 1000 }));
    for (const q of QUERIES) expect(inMemory.search(q, { limit: 1000 }), q).toEqual(original.search(q, { limit: 1000 }));
    // written again from the file's regions: the same bytes
    expect((await partOf(paged)).equals(bytes)).toBe(true);
    // a document added after the load goes to a chunk of its own, beside the file's
    const extra = docs[0] as { key: string; doc: Document };
    paged.add('extra', extra.doc);
    inMemory.add('extra', extra.doc);
    for (const q of QUERIES) expect(paged.search(q, { limit: 1000 }), q).toEqual(inMemory.search(q, { limit: 1000 }));
    // compacted: the texts copied out of the file into memory
    paged.compact();
    inMemory.compact();
    paged.remove('extra');
    inMemory.remove('extra');
    for (const q of QUERIES) expect(paged.search(q, { limit: 1000 }), q).toEqual(inMemory.search(q, { limit: 1000 }));
    file.close();
  }, 120_000);

  it('refuses a byte changed on disk after the check, when a query reads it; the bytes it does not read do not matter', async () => {
    const path = await fileWith('changed.bin', bytes);
    const file = PagedFile.openSync(path, PREFIX, bytes.length);
    const index = SearchIndex.readBinary(new BlockReader(file));
    // checked as the index was, and not read since
    const unread = await PagedFile.open(path, PREFIX, bytes.length);
    const q = 'tinh gọn bộ máy';
    const want = original.search(q, { limit: 5 });
    // the last folded "tinh gon" of the stored texts changed in place, once the index is read
    const handle = await open(path, 'r+');
    const last = bytes.lastIndexOf(Buffer.from('tinh gon', 'utf8'));
    expect(last).toBeGreaterThan(65_536);
    const early = await PagedFile.open(path, PREFIX, bytes.length);
    expect(early.bytes(last, last + 8).toString()).toBe('tinh gon');
    await handle.write(Buffer.from('TINH GON'), 0, 8, PREFIX + last);
    await handle.close();
    let refused: unknown = null;
    try {
      // a query touches the changed page when it shows or checks the text that holds it
      for (let i = 0; i < 3; i++) expect(index.search(q, { limit: 1000 }).total).toBe(want.total);
    } catch (e) {
      refused = e;
    }
    // whether this query's texts lie on the changed page or not, nothing changed is ever used: the answer is
    // the original one, or a BinaryError naming the change
    if (refused !== null) {
      expect(refused).toBeInstanceOf(BinaryError);
      expect(String(refused)).toMatch(/changed on disk since it was checked/);
    }
    // reading the changed page is refused; a range read before the change is given as it was read and checked
    expect(() => unread.bytes(last, last + 8)).toThrow(/changed on disk/);
    expect(early.bytes(last, last + 8).equals(bytes.subarray(last, last + 8))).toBe(true);
    file.close();
    unread.close();
    early.close();
  });

  it('refuses a file cut after the check, and reads nothing once closed', async () => {
    const path = await fileWith('truncated.bin', bytes);
    const file = await PagedFile.open(path, PREFIX, bytes.length);
    await truncate(path, PREFIX + 70_000);
    expect(() => file.bytes(200_000, 200_010)).toThrow(/shorter on disk/);
    expect(file.bytes(10, 20).equals(bytes.subarray(10, 20))).toBe(true);
    file.close();
    expect(() => file.bytes(100_000, 100_010)).toThrow(BinaryError);
    expect(() => file.bytes(-1, 3)).toThrow(RangeError);
    expect(() => file.bytes(0, bytes.length + 1)).toThrow(RangeError);
  });

  it('gives the snippets of the texts read by range as in memory', async () => {
    const path = await fileWith('snippets.bin', bytes);
    const file = await PagedFile.open(path, PREFIX, bytes.length);
    const paged = SearchIndex.readBinary(new BlockReader(file));
    for (const q of ['kế hoạch thực hiện', 'phòng chống tham nhũng', 'chuyển đổi số']) {
      const a = paged.search(q, { limit: 20 });
      const b = original.search(q, { limit: 20 });
      expect(a.hits.map((h) => h.snippets)).toEqual(b.hits.map((h) => h.snippets));
    }
    file.close();
  });
});
