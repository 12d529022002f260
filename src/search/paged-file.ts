import { closeSync, open as openCallback, openSync, read as readCallback, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { BinaryError, type BlockSource } from './binary.js';

const openAsync = promisify(openCallback);
const readAsync = promisify(readCallback);

/** Bytes of a page whose CRC-32 is kept: what a later read re-checks at least. */
export const PAGE = 1 << 16;
/** Bytes read at a time by the check: a multiple of PAGE, small enough to stay in the CPU's caches. */
const STREAM = 1 << 20;
/** Bytes of checked ranges kept for the next reads (a server asks for the same texts query after query). */
const KEEP_BYTES = 32 << 20;

// a PagedFile that is dropped without close() gives its descriptor back when collected
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
});

/**
 * A range of a file (a snapshot's search part) checked whole once, then read by ranges when asked.
 *
 * Why: on this project's machines memory a process touches for the first time costs about 6 ms a
 * megabyte (page faults, measured: reading a 54 MB part into a fresh Buffer and first reading it
 * took 0.35 s, the CRC over it 10 ms once in memory). A query reads a few of the stored texts (most
 * of the part's bytes), so the part is streamed through one small Buffer for its CRC-32, which the
 * caller compares with the one the file states, and every 64 kB page's CRC-32 is kept; a later read
 * checks each page it covers against its CRC, so no byte is used that is not the byte checked (a
 * file changed in place since is refused with a BinaryError, never read as another index). The
 * descriptor stays open: a snapshot replaced by a rename (how vanban writes them) is still read
 * from the file that was checked.
 */
export class PagedFile implements BlockSource {
  /** ranges read and checked, by their first page: [last page, bytes]; least recently used first */
  private readonly kept = new Map<number, [number, Buffer]>();
  private keptBytes = 0;
  private closed = false;

  private constructor(
    private readonly fd: number,
    /** where the range starts in the file */
    private readonly offset: number,
    /** bytes of the range that were read: `length` unless the file was shorter */
    readonly length: number,
    /** CRC-32 of the range as read */
    readonly crc: number,
    private readonly pageCrc: Uint32Array,
    /** the error a read that fails its checks throws (a snapshot's loader makes it a SnapshotError naming the file) */
    readonly fail: (reason: string) => Error = (reason) => new BinaryError(reason),
  ) {
    closer.register(this, fd, this);
  }

  /**
   * A range of an open file whose pages' CRC-32s are known already (a paged search part states them in
   * its head, checked when it was opened): nothing is read now, each page is checked when first read.
   * The PagedFile owns `fd` from here on.
   */
  static withPages(fd: number, offset: number, length: number, pageCrc: Uint32Array, fail?: (reason: string) => Error): PagedFile {
    if (pageCrc.length !== Math.ceil(length / PAGE)) throw new BinaryError(`${pageCrc.length} page checksums for ${length} bytes`);
    return new PagedFile(fd, offset, length, -1, pageCrc, fail);
  }

  /** Opens `path` and checks `length` bytes from `offset` (without blocking the event loop). */
  static async open(path: string, offset: number, length: number): Promise<PagedFile> {
    const fd = await openAsync(path, 'r');
    try {
      const buf = Buffer.allocUnsafeSlow(Math.min(STREAM, Math.max(length, 1)));
      const pages = new Uint32Array(Math.ceil(length / PAGE));
      let crc = 0;
      let done = 0;
      while (done < length) {
        const want = Math.min(STREAM, length - done);
        let n = 0;
        while (n < want) {
          const { bytesRead } = await readAsync(fd, buf, n, want - n, offset + done + n);
          if (bytesRead === 0) break;
          n += bytesRead;
        }
        crc = pageCrcs(buf.subarray(0, n), done, pages, crc);
        done += n;
        if (n < want) break;
      }
      return new PagedFile(fd, offset, done, crc, pages);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  /** The same, synchronously (a search index read on first touch, from a getter). */
  static openSync(path: string, offset: number, length: number): PagedFile {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.allocUnsafeSlow(Math.min(STREAM, Math.max(length, 1)));
      const pages = new Uint32Array(Math.ceil(length / PAGE));
      let crc = 0;
      let done = 0;
      while (done < length) {
        const want = Math.min(STREAM, length - done);
        const n = readFull(fd, buf, 0, want, offset + done);
        crc = pageCrcs(buf.subarray(0, n), done, pages, crc);
        done += n;
        if (n < want) break;
      }
      return new PagedFile(fd, offset, done, crc, pages);
    } catch (e) {
      closeSync(fd);
      throw e;
    }
  }

  /** Bytes [start, end) of the range, read from the file and checked page by page. */
  bytes(start: number, end: number): Buffer {
    if (start < 0 || end > this.length || start > end) throw new RangeError(`bytes ${start}-${end} of a range of ${this.length}`);
    if (start === end) return Buffer.alloc(0);
    if (this.closed) throw this.fail('the search part was closed');
    const first = Math.floor(start / PAGE);
    const last = Math.floor((end - 1) / PAGE);
    const hit = this.kept.get(first);
    if (hit && hit[0] >= last) {
      this.kept.delete(first);
      this.kept.set(first, hit);
      return hit[1].subarray(start - first * PAGE, end - first * PAGE);
    }
    const from = first * PAGE;
    const to = Math.min(this.length, (last + 1) * PAGE);
    // a Buffer of its own: 4-aligned, so that u32 views of it can be made
    const buf = Buffer.allocUnsafeSlow(to - from);
    const n = readFull(this.fd, buf, 0, to - from, this.offset + from);
    if (n !== to - from) throw this.fail(`the search part is shorter on disk than when it was checked (${from + n} of ${this.length} bytes)`);
    for (let p = first; p <= last; p++) {
      const s = (p - first) * PAGE;
      // a page that fails is never kept: every later read of it fails the same way
      if (crc32(buf.subarray(s, Math.min(buf.length, s + PAGE))) !== this.pageCrc[p]) throw this.fail(`damaged, or changed on disk since it was checked (bytes ${p * PAGE}-${Math.min(this.length, (p + 1) * PAGE)}): checksum mismatch in the search part`);
    }
    // kept: a block's length is read, then the block from the same page; a text is read again by the next query
    if (buf.length <= KEEP_BYTES >> 4) {
      const old = this.kept.get(first);
      if (old) this.keptBytes -= old[1].length;
      this.kept.delete(first);
      this.kept.set(first, [last, buf]);
      this.keptBytes += buf.length;
      for (const [page, [, b]] of this.kept) {
        if (this.keptBytes <= KEEP_BYTES) break;
        this.kept.delete(page);
        this.keptBytes -= b.length;
      }
    }
    return buf.subarray(start - from, end - from);
  }

  /** Gives the descriptor back; a later read throws. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.kept.clear();
    this.keptBytes = 0;
    closer.unregister(this);
    closeSync(this.fd);
  }
}

/** Reads `length` bytes at file position `at` into `buf` from `into`, until done or the end of the file; the bytes read. */
function readFull(fd: number, buf: Buffer, into: number, length: number, at: number): number {
  let n = 0;
  while (n < length) {
    const got = readSync(fd, buf, into + n, length - n, at + n);
    if (got === 0) break;
    n += got;
  }
  return n;
}

/** The CRC of each whole page of `bytes` (at `done` bytes into the range) into `pages`; the running CRC over them returned. */
function pageCrcs(bytes: Buffer, done: number, pages: Uint32Array, crc: number): number {
  for (let s = 0; s < bytes.length; s += PAGE) pages[(done + s) / PAGE] = crc32(bytes.subarray(s, Math.min(bytes.length, s + PAGE)));
  return crc32(bytes, crc);
}
