import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { BinaryError, BlockReader, BlockWriter } from './binary.js';
import { PAGE, PagedFile } from './paged-file.js';
import type { SearchIndex } from './search-index.js';
import type { SearchIndexOptions } from './schema.js';

/**
 * A paged search part: opened without reading all its bytes, yet no byte used that a stored CRC did
 * not pass.
 *
 *     body: the index's blocks (SearchIndex.writeBinary, layout 2: posting tables with sparse indexes)
 *     head: a JSON block { format, version, searchId, body, page, blocks }, the directory of the body's
 *           blocks (data start and length of each, f64), the CRC-32 of each 64 kB page of the body (u32)
 *     the head's length (u32)
 *
 * The snapshot's trailer gives the part's offset and length and the CRC-32 of the head and its length
 * (not of the body). Opening reads the head (a few kB: 4 bytes a page of 64 kB) and checks it against
 * that CRC, its lengths against the part's and the file's size (a cut file is refused there), and the
 * directory against the body; then the blocks read at open (the header, the document records, the
 * text store's tables, the posting tables' sparse indexes: a small share of the part) are read by
 * range, each page checked against its CRC. The posting lists, the runs of terms and the stored texts
 * are read when a query needs them, each page checked the first time it is read (and again whenever it
 * is read from the file again). A page whose CRC fails is an error for the call that read it
 * (`fail`'s error: the snapshot's loader makes it a SnapshotError naming the file); nothing of it is used or kept, so every later call that needs it fails the same way,
 * and calls that need only other pages answer as before.
 */

const HEAD_FORMAT = 'vanban-search-paged';
const HEAD_VERSION = 1;
/** The head is read with the part's last bytes in one read when it fits there. */
const TAIL_READ = 1 << 16;

/** Feeds a stream of bytes to the CRC-32 of each PAGE-sized page (the last one may be short). */
class PageCrcs {
  readonly crcs: number[] = [];
  private crc = 0;
  private inPage = 0;
  bytes = 0;

  add(b: Uint8Array): void {
    let at = 0;
    while (at < b.length) {
      const n = Math.min(PAGE - this.inPage, b.length - at);
      this.crc = crc32(b.subarray(at, at + n), this.crc);
      this.inPage += n;
      at += n;
      if (this.inPage === PAGE) this.end();
    }
    this.bytes += b.length;
  }

  private end(): void {
    this.crcs.push(this.crc);
    this.crc = 0;
    this.inPage = 0;
  }

  finish(): Uint32Array {
    if (this.inPage > 0) this.end();
    return Uint32Array.from(this.crcs);
  }
}

/** Writes `index` as a paged part to `sink`; its length and the CRC-32 the trailer states (of the head). */
export async function writePagedPart(index: SearchIndex, searchId: string, sink: (bytes: Uint8Array) => Promise<void>): Promise<{ length: number; crc: number }> {
  const w = new BlockWriter({ directory: true });
  const pages = new PageCrcs();
  const flush = async (): Promise<void> => {
    for (const part of w.drain()) {
      pages.add(part);
      await sink(part);
    }
  };
  await index.writeBinary(w, flush, true);
  await flush();
  const body = pages.bytes;
  const blocks = w.blocks as number[];
  const h = new BlockWriter();
  h.json({ format: HEAD_FORMAT, version: HEAD_VERSION, searchId, body, page: PAGE, blocks: blocks.length / 2 });
  const dir = Float64Array.from(blocks);
  h.raw(new Uint8Array(dir.buffer));
  h.u32(pages.finish());
  const parts = h.drain();
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.bytes, 0);
  parts.push(len);
  const head = Buffer.concat(parts);
  await sink(head);
  return { length: body + head.length, crc: crc32(head) };
}

/** `length` bytes of `fd` from `at`, into a Buffer of their own. */
function readAt(fd: number, at: number, length: number): Buffer {
  const b = Buffer.allocUnsafeSlow(length);
  let n = 0;
  while (n < length) {
    const got = readSync(fd, b, n, length - n, at + n);
    if (got === 0) throw new BinaryError(`cut short: ${n} of ${length} bytes at byte ${at}`);
    n += got;
  }
  return b;
}

export interface PagedPart {
  /** the part's place in the file and the CRC-32 of its head, from the snapshot's trailer */
  offset: number;
  length: number;
  crc: number;
  /** the id the snapshot's header gives its search part */
  searchId: string;
  /** bytes the whole file has (the part and a trailer of `trailer` bytes end it) */
  fileSize: number;
}

/**
 * Opens the paged part of `path` (see above): its head read and checked, then the index read, its
 * posting lists and texts left in the file. A BinaryError for anything wrong; the descriptor is kept
 * by the index's PagedFile (given back when it is collected).
 */
export function openPagedPart(path: string, part: PagedPart, read: (r: BlockReader, options?: SearchIndexOptions) => SearchIndex, fail?: (reason: string) => Error): SearchIndex {
  const fd = openSync(path, 'r');
  let owned = false;
  try {
    const size = fstatSync(fd).size;
    if (size !== part.fileSize) throw new BinaryError(`the file is ${size} bytes, its trailer counts ${part.fileSize}: it changed since its graph was loaded`);
    if (part.length < 4) throw new BinaryError('a search part too short for its head');
    const tailLength = Math.min(part.length, TAIL_READ);
    let tail = readAt(fd, part.offset + part.length - tailLength, tailLength);
    const headLength = tail.readUInt32LE(tail.length - 4);
    if (headLength % 4 !== 0 || headLength + 4 > part.length) throw new BinaryError(`a head of ${headLength} bytes in a part of ${part.length}`);
    if (headLength + 4 > tail.length) tail = readAt(fd, part.offset + part.length - headLength - 4, headLength + 4);
    const headBytes = tail.subarray(tail.length - headLength - 4);
    if (crc32(headBytes) !== part.crc) throw new BinaryError('damaged: checksum mismatch in the head of the search part');
    // (a Buffer of its own: 4-aligned for the u32 views)
    const h = new BlockReader(Buffer.from(headBytes.subarray(0, headLength)));
    const head = h.json() as { format?: unknown; version?: unknown; searchId?: unknown; body?: unknown; page?: unknown; blocks?: unknown };
    if (head?.format !== HEAD_FORMAT || head.version !== HEAD_VERSION) throw new BinaryError('not a paged search part of a layout this vanban reads');
    if (head.searchId !== part.searchId) throw new BinaryError('the search part is not the one of the graph loaded (the file was replaced since?): load the snapshot again');
    const body = head.body;
    if (typeof body !== 'number' || !Number.isSafeInteger(body) || body !== part.length - headLength - 4 || body % 4 !== 0) throw new BinaryError('a head whose body does not fit the part');
    if (head.page !== PAGE) throw new BinaryError(`pages of ${String(head.page)} bytes (this vanban reads ${PAGE})`);
    const dirBytes = h.raw();
    if (dirBytes.length % 16 !== 0 || dirBytes.length !== 16 * (head.blocks as number)) throw new BinaryError('a directory of the wrong length');
    const dir = new Float64Array(Uint8Array.from(dirBytes).buffer);
    // every block inside the body, in order, apart, 4-aligned: a block read is a range of checked pages
    let end = 0;
    for (let b = 0; b < dir.length; b += 2) {
      const start = dir[b] as number;
      const length = dir[b + 1] as number;
      if (!Number.isSafeInteger(start) || !Number.isSafeInteger(length) || start % 4 !== 0 || start < end + 4 || length < 0 || start + length > body) throw new BinaryError(`block ${b / 2} of the directory lies outside the body`);
      end = start + length;
    }
    const pageCrc = h.u32(Math.ceil(body / PAGE));
    if (!h.done) throw new BinaryError('bytes after the head');
    const file = PagedFile.withPages(fd, part.offset, body, Uint32Array.from(pageCrc), fail);
    owned = true;
    try {
      return read(new BlockReader(file, dir));
    } catch (e) {
      file.close();
      throw e;
    }
  } finally {
    if (!owned) closeSync(fd);
  }
}
