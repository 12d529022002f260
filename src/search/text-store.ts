import { BinaryError, type BlockReader, type BlockRegion, type BlockWriter } from './binary.js';
import { grow } from './bitset.js';

/**
 * Texts kept as UTF-8 in large Buffers, outside the JavaScript heap. The index keeps each
 * document's text (for snippets) and its folded copy (for phrase checks): as strings they were
 * 40 % of the heap at 100 000 documents, and every minor garbage collection of V8 costs more the
 * larger the old heap is (about 6 ms at 1.5 GB, measured here). UTF-8 is also smaller: about 1.3
 * bytes a character of Vietnamese against 2 for a JavaScript string that holds one diacritic.
 * Texts are appended, never changed; `SearchIndex.compact` copies the live ones to a new store.
 * A store read from a snapshot's file may keep its chunks there (regions, see binary.ts): a query
 * then reads the few texts it shows or checks, not the whole store (most of a search part's bytes).
 */
export class TextStore {
  private static readonly CHUNK = 8 << 20;
  /** a chunk being written, or one read back: in memory, or a region of a file read by range */
  private chunks: Array<Buffer | BlockRegion> = [];
  private used = 0;
  private chunk = new Uint32Array(1024);
  private offset = new Uint32Array(1024);
  private length = new Uint32Array(1024);
  private count = 0;
  private total = 0;
  /** the last chunk was read back, not made here: never written to */
  private frozenTail = false;

  /** Store `text`; the handle reads it back. */
  put(text: string): number {
    const tail = this.chunks[this.chunks.length - 1];
    // a chunk read back (a view, or a region of a file) is never written to: the next text starts a new one
    let last = tail && Buffer.isBuffer(tail) && !this.frozenTail ? tail : undefined;
    // a UTF-16 code unit is at most 3 bytes of UTF-8: the bytes are counted apart only when that may not fit
    if (!last || this.used + text.length * 3 > last.length) {
      const need = Buffer.byteLength(text, 'utf8');
      if (!last || this.used + need > last.length) {
        last = Buffer.allocUnsafe(Math.max(TextStore.CHUNK, need));
        this.chunks.push(last);
        this.used = 0;
        this.frozenTail = false;
      }
    }
    const size = last.write(text, this.used, 'utf8');
    const h = this.count++;
    this.chunk = grow(this.chunk, h + 1);
    this.offset = grow(this.offset, h + 1);
    this.length = grow(this.length, h + 1);
    this.chunk[h] = this.chunks.length - 1;
    this.offset[h] = this.used;
    this.length[h] = size;
    this.used += size;
    this.total += size;
    return h;
  }

  /** The bytes of text `h`, or their first `max` bytes. */
  private bytesOf(h: number, max = Infinity): Buffer {
    if (h < 0 || h >= this.count) throw new RangeError(`no text ${h}`);
    const off = this.offset[h] as number;
    const end = off + Math.min(this.length[h] as number, max);
    const c = this.chunks[this.chunk[h] as number] as Buffer | BlockRegion;
    return Buffer.isBuffer(c) ? c.subarray(off, end) : c.bytes(off, end);
  }

  get(h: number): string {
    return this.bytesOf(h).toString('utf8');
  }

  /**
   * At least the first `units` UTF-16 code units of the text (all of it when shorter), decoded from a prefix of its
   * bytes: a snippet reads the first 60 000 characters of a law that may hold a million.
   */
  head(h: number, units: number): string {
    // a code unit takes at most 3 bytes (4 for a pair of two), and the cut below backs off at most 3
    let end = units * 3 + 3;
    // the byte after the cut is read too: it tells whether the cut falls inside a character
    const bytes = this.bytesOf(h, end + 1);
    if (bytes.length <= end) return bytes.toString('utf8');
    while (end > 0 && ((bytes[end] as number) & 0xc0) === 0x80) end--; // not inside a character
    return bytes.toString('utf8', 0, end);
  }

  /** Whether the text holds `needle` (UTF-8 bytes): compared without decoding the text. */
  includes(h: number, needle: Buffer): boolean {
    return this.bytesOf(h).includes(needle);
  }

  /** The store as blocks (see binary.ts): its handles' places, then each chunk's bytes in use. */
  writeBinary(w: BlockWriter): void {
    const used = new Uint32Array(this.chunks.length);
    for (let h = 0; h < this.count; h++) {
      const c = this.chunk[h] as number;
      used[c] = Math.max(used[c] as number, (this.offset[h] as number) + (this.length[h] as number));
    }
    w.u32(this.chunk.subarray(0, this.count));
    w.u32(this.offset.subarray(0, this.count));
    w.u32(this.length.subarray(0, this.count));
    w.u32(used);
    this.chunks.forEach((c, i) => w.raw(Buffer.isBuffer(c) ? c.subarray(0, used[i]) : c.bytes(0, used[i] as number)));
  }

  /**
   * A store read back from `writeBinary`'s blocks: its chunks are views of the reader's buffer, not copies,
   * or regions of the reader's file, read by range when a text is asked for.
   */
  static readBinary(r: BlockReader): TextStore {
    const chunk = r.u32();
    const count = chunk.length;
    const offset = r.u32(count);
    const length = r.u32(count);
    const used = r.u32();
    const chunks: Array<Buffer | BlockRegion> = [];
    for (let i = 0; i < used.length; i++) {
      const c = r.region();
      if (c.length !== used[i]) throw new BinaryError('a text chunk of the wrong length');
      chunks.push(c);
    }
    let total = 0;
    for (let h = 0; h < count; h++) {
      const c = chunk[h] as number;
      if (c >= chunks.length || (offset[h] as number) + (length[h] as number) > (chunks[c] as Buffer | BlockRegion).length) throw new BinaryError(`text ${h} lies outside its chunk`);
      total += length[h] as number;
    }
    const store = new TextStore();
    store.chunks = chunks;
    // the last chunk is a view that must not be written past: the next text starts a new chunk
    store.frozenTail = true;
    store.chunk = Uint32Array.from(chunk);
    store.offset = Uint32Array.from(offset);
    store.length = Uint32Array.from(length);
    store.count = count;
    store.total = total;
    return store;
  }

  /** Texts held (handles 0 … count - 1). */
  get size(): number {
    return this.count;
  }

  /** Bytes of text held, removed documents' included until the store is rebuilt. */
  get bytes(): number {
    return this.total;
  }
}
