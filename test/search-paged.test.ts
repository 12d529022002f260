import { mkdtemp, open, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../src/doc/index.js';
import { BinaryError, BlockReader, BlockWriter } from '../src/search/binary.js';
import { PagedFile } from '../src/search/paged-file.js';
import { openPagedPart, writePagedPart } from '../src/search/paged-part.js';
import { SearchIndex, type SearchOptions } from '../src/search/index.js';
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

/**
 * A paged part (format 5's search part, src/search/paged-part.ts): its head checked at open, its posting
 * lists, runs of terms and texts read by range when a query needs them, each page checked when read.
 */
describe('a paged search part', () => {
  const ID = '0123456789abcdef';
  const TRAILER = 32;
  let part: Buffer;
  let crc: number;

  /** `body` written as a snapshot would hold it: PREFIX bytes of something else, the part, a trailer's room. */
  const pagedFile = async (name: string, bytes: Buffer): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, Buffer.concat([Buffer.alloc(PREFIX, 0x7b), bytes, Buffer.alloc(TRAILER, 0x21)]));
    return path;
  };
  const openAt = (path: string, length = part.length, fileSize = PREFIX + part.length + TRAILER, partCrc = crc): SearchIndex =>
    openPagedPart(path, { offset: PREFIX, length, crc: partCrc, searchId: ID, fileSize }, (r) => SearchIndex.readBinary(r));

  beforeAll(async () => {
    const chunks: Uint8Array[] = [];
    ({ crc } = await writePagedPart(original, ID, async (b) => void chunks.push(Buffer.from(b))));
    part = Buffer.concat(chunks);
  });

  it('answers every query as the index it was written from, writes the same bytes back, and takes documents after', async () => {
    const path = await pagedFile('paged.bin', part);
    const paged = openAt(path);
    expect(paged.size).toBe(original.size);
    for (const q of QUERIES) {
      for (const opts of [{ limit: 1000 }, { limit: 3, offset: 2 }, { limit: 10, type: ['Kế hoạch'] }]) expect(paged.search(q, opts), q).toEqual(original.search(q, opts));
    }
    // every term of the index alone: the same documents
    const terms = (original as unknown as { postings: { tokenTerms(f: string): string[] } }).postings.tokenTerms('body');
    expect(terms.length).toBeGreaterThan(300);
    for (let i = 0; i < terms.length; i += 7) expect(paged.search(terms[i] as string, { limit: 50 }), terms[i]).toEqual(original.search(terms[i] as string, { limit: 50 }));
    // written again, in either layout: the same bytes as the original's
    expect((await partOf(paged)).equals(bytes)).toBe(true);
    const again: Uint8Array[] = [];
    await writePagedPart(paged, ID, async (b) => void again.push(Buffer.from(b)));
    expect(Buffer.concat(again).equals(part)).toBe(true);
    const inMemory = SearchIndex.readBinary(new BlockReader(bytes));
    const extra = docs[0] as { key: string; doc: Document };
    paged.add('extra', extra.doc);
    inMemory.add('extra', extra.doc);
    for (const q of QUERIES) expect(paged.search(q, { limit: 1000 }), q).toEqual(inMemory.search(q, { limit: 1000 }));
    // documents of the part removed (one added again under its key), filters that read the records and symbols
    for (const i of [5, 9]) {
      expect(paged.remove(docs[i]?.key as string)).toBe(true);
      expect(inMemory.remove(docs[i]?.key as string)).toBe(true);
    }
    expect(paged.remove(docs[5]?.key as string)).toBe(false);
    paged.add(docs[9]?.key as string, (docs[9] as { doc: Document }).doc);
    inMemory.add(docs[9]?.key as string, (docs[9] as { doc: Document }).doc);
    expect(paged.size).toBe(inMemory.size);
    const filters: SearchOptions[] = [{ limit: 50 }, { limit: 20, related: { relation: 'implements', id: 'dang:18-NQ/TW' } }, { limit: 20, related: { relation: 'cites', id: 'dang:18-NQ/TW' } }, { limit: 20, level: ['province'], yearFrom: 2018 }, { limit: 20, issuer: 'ủy ban' }];
    for (const q of [...QUERIES, 'nghi dinh 145', 'NQ 18 TW', 'kế hoạch 191', 'luat tiep cong dan']) for (const o of filters) expect(paged.search(q, o), q).toEqual(inMemory.search(q, o));
    paged.compact();
    inMemory.compact();
    for (const q of QUERIES) expect(paged.search(q, { limit: 1000 }), q).toEqual(inMemory.search(q, { limit: 1000 }));
  }, 120_000);

  it('refuses a cut file, a damaged head, another search part at open; a damaged page when a query reads it, every time, and answers the others', async () => {
    const path = await pagedFile('paged-open.bin', part);
    expect(() => openAt(path, part.length, PREFIX + part.length + TRAILER + 1)).toThrow(/changed since its graph was loaded/);
    expect(() => openAt(path, part.length, PREFIX + part.length + TRAILER, crc ^ 1)).toThrow(/checksum mismatch in the head/);
    expect(() => openPagedPart(path, { offset: PREFIX, length: part.length, crc, searchId: 'fedcba9876543210', fileSize: PREFIX + part.length + TRAILER }, (r) => SearchIndex.readBinary(r))).toThrow(/not the one of the graph loaded/);
    const headFlip = Buffer.from(part);
    headFlip[part.length - 40] = (headFlip[part.length - 40] as number) ^ 1;
    const headPath = await pagedFile('paged-head.bin', headFlip);
    expect(() => openAt(headPath)).toThrow(BinaryError);
    // a byte of one stored text flipped, far into the body: the index opens; a query that shows that text is refused,
    // every time, with the page named; the queries that read only other pages answer as before
    const q = 'tinh gọn bộ máy';
    // (the last one in the stored texts: the posting tables come after them)
    const at = part.lastIndexOf(Buffer.from(' tinh gon ', 'utf8'), part.length / 2) + 1;
    expect(at).toBeGreaterThan(65_536 * 2);
    const damaged = Buffer.from(part);
    damaged[at] = 'T'.charCodeAt(0);
    const index = openAt(await pagedFile('paged-damaged.bin', damaged));
    let refusedFirst: unknown = null;
    let answered = 0;
    let refusedQueries = 0;
    // (a folded text is read by the phrase check of a query of three words or more: the others show two hits)
    for (const [query, limit] of [...QUERIES.map((x) => [x, 2] as const), [q, 1000] as const]) {
      for (let i = 0; i < 2; i++) {
        try {
          expect(index.search(query, { limit }), query).toEqual(original.search(query, { limit }));
          answered++;
        } catch (e) {
          expect(e).toBeInstanceOf(BinaryError);
          expect(String(e)).toMatch(/\(bytes \d+-\d+\): checksum mismatch in the search part/);
          refusedFirst ??= e;
          refusedQueries++;
        }
      }
    }
    // (each query twice: refused both times or answered both times)
    expect(refusedQueries % 2).toBe(0);
    expect(refusedQueries).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(0);
    // reading the whole part meets the page whatever the queries read
    await expect(partOf(index)).rejects.toThrow(/checksum mismatch/);
  }, 120_000);
});
