import type { Slots } from './postings.js';

/**
 * The search part of a snapshot in a binary layout: a sequence of blocks, each a u32 byte length
 * (little-endian) and its bytes, padded to 4, so that arrays of u32 are read as views of the one
 * Buffer the part is read into (no parse, no copy), texts are UTF-8 runs, and the few things that
 * are neither (a header, each document's record) are one JSON block each. Every byte of the part is
 * checked by a CRC-32 before it is read (see snapshot.ts); a block that does not fit, an array whose
 * values point outside its table, is refused here all the same (a BinaryError), so that a writer's
 * bug is not read as another index.
 */

export class BinaryError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BinaryError';
  }
}

const pad4 = (n: number): number => (4 - (n & 3)) & 3;
const ZEROS = new Uint8Array(4);

/** Collects blocks in memory (as views, not copies), handed on to the caller's sink by `drain`. */
export class BlockWriter {
  parts: Uint8Array[] = [];
  bytes = 0;

  /** The blocks written since the last drain, in order. */
  drain(): Uint8Array[] {
    const out = this.parts;
    this.parts = [];
    return out;
  }

  private push(b: Uint8Array): void {
    if (b.length === 0) return;
    this.parts.push(b);
    this.bytes += b.length;
  }

  raw(bytes: Uint8Array): void {
    const len = new Uint8Array(4);
    new DataView(len.buffer).setUint32(0, bytes.length, true);
    this.push(len);
    this.push(bytes);
    const p = pad4(bytes.length);
    if (p > 0) this.push(ZEROS.subarray(0, p));
  }

  u32(values: Uint32Array): void {
    this.raw(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  }

  text(s: string): void {
    this.raw(Buffer.from(s, 'utf8'));
  }

  json(value: unknown): void {
    this.text(JSON.stringify(value));
  }
}

/**
 * Bytes a BlockReader reads: a Buffer, or a file read by ranges (paged-file.ts). `bytes(start, end)`
 * is 4-aligned in memory when `start` is (u32 arrays are views of it).
 */
export interface BlockSource {
  readonly length: number;
  bytes(start: number, end: number): Buffer;
}

/** A block left where it is, its bytes read by range when asked (the texts of a search part read from a file). */
export interface BlockRegion {
  readonly length: number;
  bytes(start: number, end: number): Buffer;
}

/** Reads the blocks of a BlockWriter back, in the same order, as views of `bytes` (or bytes read from `source`). */
export class BlockReader {
  private pos = 0;
  private readonly buffer: Buffer | null;
  private readonly source: BlockSource | null;
  private readonly length: number;

  constructor(bytes: Buffer | BlockSource) {
    if (Buffer.isBuffer(bytes)) {
      // u32 views need an aligned start (a Buffer of its own, not a slice of Node's pool)
      if (bytes.byteOffset % 4 !== 0) throw new BinaryError('unaligned buffer');
      this.buffer = bytes;
      this.source = null;
    } else {
      this.buffer = null;
      this.source = bytes;
    }
    this.length = bytes.length;
  }

  /** The next block's start and length; the position moves past it. */
  private next(): [start: number, length: number] {
    if (this.pos + 4 > this.length) throw new BinaryError(`cut short: no block at byte ${this.pos}`);
    const len = this.buffer ? this.buffer.readUInt32LE(this.pos) : (this.source as BlockSource).bytes(this.pos, this.pos + 4).readUInt32LE(0);
    const start = this.pos + 4;
    if (len > this.length - start) throw new BinaryError(`a block of ${len} bytes at byte ${this.pos} runs past the end`);
    this.pos = start + len + pad4(len);
    return [start, len];
  }

  raw(): Buffer {
    const [start, len] = this.next();
    return this.buffer ? this.buffer.subarray(start, start + len) : (this.source as BlockSource).bytes(start, start + len);
  }

  /**
   * The next block as it is read: from a Buffer, its view (as `raw`); from a source, a region read by
   * range when asked, so that a block nobody reads is never brought into memory.
   */
  region(): Buffer | BlockRegion {
    if (this.buffer) return this.raw();
    const [start, length] = this.next();
    const source = this.source as BlockSource;
    return {
      length,
      bytes(from: number, to: number): Buffer {
        if (from < 0 || to > length || from > to) throw new RangeError(`bytes ${from}-${to} of a block of ${length}`);
        return source.bytes(start + from, start + to);
      },
    };
  }

  u32(count?: number): Uint32Array {
    const b = this.raw();
    if (b.length % 4 !== 0) throw new BinaryError('an array of u32 with a length not a multiple of 4');
    const a = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
    if (count !== undefined && a.length !== count) throw new BinaryError(`an array of ${a.length} values where ${count} were expected`);
    return a;
  }

  text(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.raw());
  }

  json(): unknown {
    return JSON.parse(this.text());
  }

  get done(): boolean {
    return this.pos === this.length;
  }
}

/** `offsets` (n + 1 values) rises from 0 to `total`, never down. */
function checkOffsets(offsets: Uint32Array, total: number, what: string): void {
  if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== total) throw new BinaryError(`${what}: offsets do not span the table`);
  for (let i = 1; i < offsets.length; i++) if ((offsets[i] as number) < (offsets[i - 1] as number)) throw new BinaryError(`${what}: offsets go down`);
}

/**
 * One map of terms to posting lists (slots of ids), frozen: terms sorted (JavaScript's order) as one
 * UTF-8 run with their offsets, each term's slots as a range of slot offsets into one array of ids.
 * A lookup is a binary search that decodes a score of short terms: nothing is built per term on load.
 */
export class PostingTable {
  private constructor(
    private readonly termOff: Uint32Array,
    private readonly terms: Buffer,
    private readonly slotIdx: Uint32Array,
    private readonly slotOff: Uint32Array,
    private readonly ids: Uint32Array,
  ) {}

  get size(): number {
    return this.termOff.length - 1;
  }

  termAt(i: number): string {
    return this.terms.toString('utf8', this.termOff[i] as number, this.termOff[i + 1] as number);
  }

  /** Index of `term` in [from, to), or -1. */
  find(term: string, from = 0, to = this.size): number {
    let lo = from;
    let hi = to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = this.termAt(mid);
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  slotsAt(i: number): Slots {
    const from = this.slotIdx[i] as number;
    const to = this.slotIdx[i + 1] as number;
    const out: Array<Uint32Array | undefined> = [];
    for (let s = from; s < to; s++) {
      const a = this.slotOff[s] as number;
      const b = this.slotOff[s + 1] as number;
      out.push(b > a ? this.ids.subarray(a, b) : undefined);
    }
    return out;
  }

  static write(w: BlockWriter, terms: readonly string[], slotsOf: (term: string) => Slots): void {
    const termOff = new Uint32Array(terms.length + 1);
    const blobs: Buffer[] = [];
    const slotIdx = new Uint32Array(terms.length + 1);
    const slotOff: number[] = [0];
    let idCount = 0;
    const lists: ArrayLike<number>[] = [];
    let off = 0;
    terms.forEach((t, i) => {
      const b = Buffer.from(t, 'utf8');
      blobs.push(b);
      off += b.length;
      termOff[i + 1] = off;
      const slots = slotsOf(t);
      // trailing empty slots are dropped, as flexsearch leaves them undefined
      let n = slots.length;
      while (n > 0 && !slots[n - 1]?.length) n--;
      for (let y = 0; y < n; y++) {
        const ids = slots[y];
        if (ids && ids.length > 0) {
          lists.push(ids);
          idCount += ids.length;
        }
        slotOff.push(idCount);
      }
      slotIdx[i + 1] = slotOff.length - 1;
    });
    const ids = new Uint32Array(idCount);
    let at = 0;
    for (const l of lists) {
      if (l instanceof Uint32Array) ids.set(l, at);
      else for (let z = 0; z < l.length; z++) ids[at + z] = l[z] as number;
      at += l.length;
    }
    w.u32(termOff);
    w.raw(Buffer.concat(blobs, off));
    w.u32(slotIdx);
    w.u32(Uint32Array.from(slotOff));
    w.u32(ids);
  }

  static read(r: BlockReader, maxId: number): PostingTable {
    const termOff = r.u32();
    const terms = r.raw();
    const slotIdx = r.u32(termOff.length);
    const slotOff = r.u32();
    const ids = r.u32();
    checkOffsets(termOff, terms.length, 'terms');
    checkOffsets(slotIdx, slotOff.length - 1, 'slots');
    checkOffsets(slotOff, ids.length, 'ids');
    // ids are the index's own numbers, ascending within a slot (see postings.ts): checked once here, so
    // that a query never reads outside its bitsets
    for (let s = 0; s + 1 < slotOff.length; s++) {
      let prev = 1;
      for (let z = slotOff[s] as number, end = slotOff[s + 1] as number; z < end; z++) {
        const id = ids[z] as number;
        if (id < prev || id > maxId) throw new BinaryError(`a posting list with id ${id} out of order or range`);
        prev = id;
      }
    }
    return new PostingTable(termOff, terms, slotIdx, slotOff, ids);
  }
}

/** One field of the frozen index: its terms and its pairs (a term, then the term after it). */
export class FrozenField {
  constructor(
    readonly tokens: PostingTable,
    /** first terms of pairs, each with the range of its second terms in `pairs` */
    private readonly firsts: PostingTable,
    private readonly pairStart: Uint32Array,
    private readonly pairs: PostingTable,
  ) {}

  token(t: string): Slots | undefined {
    const i = this.tokens.find(t);
    return i < 0 ? undefined : this.tokens.slotsAt(i);
  }

  pair(a: string, b: string): Slots | undefined {
    const i = this.firsts.find(a);
    if (i < 0) return undefined;
    const j = this.pairs.find(b, this.pairStart[i] as number, this.pairStart[i + 1] as number);
    return j < 0 ? undefined : this.pairs.slotsAt(j);
  }

  tokenTerms(): string[] {
    return Array.from({ length: this.tokens.size }, (_, i) => this.tokens.termAt(i));
  }

  firstTerms(): string[] {
    return Array.from({ length: this.firsts.size }, (_, i) => this.firsts.termAt(i));
  }

  secondTerms(a: string): string[] {
    const i = this.firsts.find(a);
    if (i < 0) return [];
    const out: string[] = [];
    for (let j = this.pairStart[i] as number; j < (this.pairStart[i + 1] as number); j++) out.push(this.pairs.termAt(j));
    return out;
  }

  static write(w: BlockWriter, tokenTerms: readonly string[], token: (t: string) => Slots, firsts: readonly string[], seconds: (a: string) => string[], pair: (a: string, b: string) => Slots): void {
    PostingTable.write(w, tokenTerms, token);
    // the first terms carry no postings of their own: an empty table of slots
    PostingTable.write(w, firsts, () => []);
    const pairStart = new Uint32Array(firsts.length + 1);
    const flat: Array<[string, string]> = [];
    firsts.forEach((a, i) => {
      for (const b of seconds(a)) flat.push([a, b]);
      pairStart[i + 1] = flat.length;
    });
    w.u32(pairStart);
    let k = 0;
    PostingTable.write(
      w,
      flat.map(([, b]) => b),
      () => {
        const [a, b] = flat[k++] as [string, string];
        return pair(a, b);
      },
    );
  }

  static read(r: BlockReader, maxId: number): FrozenField {
    const tokens = PostingTable.read(r, maxId);
    const firsts = PostingTable.read(r, maxId);
    const pairStart = r.u32(firsts.size + 1);
    const pairs = PostingTable.read(r, maxId);
    checkOffsets(pairStart, pairs.size, 'pairs');
    return new FrozenField(tokens, firsts, pairStart, pairs);
  }
}
