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
  /** with `directory`, each block's data start and length, in order (a paged search part's directory) */
  readonly blocks: number[] | null;

  constructor(options: { directory?: boolean } = {}) {
    this.blocks = options.directory ? [] : null;
  }

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
    this.blocks?.push(this.bytes + 4, bytes.length);
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
  /** the error a check of bytes read from here throws (a snapshot's loader makes it a SnapshotError naming the file) */
  readonly fail?: (reason: string) => Error;
  /** gives back what the source holds open (a file's descriptor); reads after it are refused */
  close?(): void;
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
  /** the blocks' data starts and lengths, when a directory gives them (no length read from the source) */
  private readonly directory: Float64Array | null;
  private block = 0;

  constructor(bytes: Buffer | BlockSource, directory: Float64Array | null = null) {
    this.directory = directory;
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

  /** Closes the source the blocks are read from, if it holds anything open (a file read by range). */
  close(): void {
    this.source?.close?.();
  }

  /** The next block's start and length; the position moves past it. */
  private next(): [start: number, length: number] {
    if (this.directory) {
      if (this.block * 2 >= this.directory.length) throw new BinaryError(`cut short: no block ${this.block} in the directory`);
      const start = this.directory[this.block * 2] as number;
      const len = this.directory[this.block * 2 + 1] as number;
      this.block++;
      return [start, len];
    }
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

  /** The error for bytes of this reader that fail a check read later (by a paged table). */
  damaged(reason: string): Error {
    return this.source?.fail?.(reason) ?? new BinaryError(reason);
  }

  get done(): boolean {
    return this.directory ? this.block * 2 === this.directory.length : this.pos === this.length;
  }
}

/** `offsets` (n + 1 values) rises from 0 to `total`, never down. */
function checkOffsets(offsets: Uint32Array, total: number, what: string): void {
  if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== total) throw new BinaryError(`${what}: offsets do not span the table`);
  for (let i = 1; i < offsets.length; i++) if ((offsets[i] as number) < (offsets[i - 1] as number)) throw new BinaryError(`${what}: offsets go down`);
}

/** Terms of a paged table under one entry of its sparse index: a lookup reads one run of this many terms. */
const SPARSE = 64;

/** A Buffer read as a region (a paged layout read from memory, as in tests). */
export const regionOf = (b: Buffer | BlockRegion): BlockRegion => (Buffer.isBuffer(b) ? { length: b.length, bytes: (from: number, to: number) => b.subarray(from, to) } : b);

/** Values [from, to) of a region holding u32s, as a view of the bytes read (4-aligned: see BlockSource). */
export function u32sOf(region: BlockRegion, from: number, to: number): Uint32Array {
  const b = region.bytes(from * 4, to * 4);
  return new Uint32Array(b.buffer, b.byteOffset, to - from);
}

/** u32 values read by range, from memory or a region. */
interface U32Values {
  readonly count: number;
  range(from: number, to: number): Uint32Array;
}

const u32Values = (v: Uint32Array | BlockRegion): U32Values =>
  v instanceof Uint32Array ? { count: v.length, range: (from, to) => v.subarray(from, to) } : { count: v.length / 4, range: (from, to) => u32sOf(v, from, to) };

/** Terms, sorted (JavaScript's order), each with its posting list (slots of ids). */
export interface TermTable {
  readonly size: number;
  /** the terms [from, to), in order */
  termsIn(from: number, to: number): string[];
  /** index of `term` in [from, to), or -1 */
  find(term: string, from?: number, to?: number): number;
  slotsAt(i: number): Slots;
}

/**
 * One map of terms to posting lists (slots of ids), frozen: terms sorted (JavaScript's order) as one
 * UTF-8 run with their offsets, each term's slots as a range of slot offsets into one array of ids.
 * A lookup is a binary search that decodes a score of short terms: nothing is built per term on load.
 */
export class PostingTable implements TermTable {
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

  termsIn(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.termAt(i));
    return out;
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

  /**
   * The table as blocks. With `sparse` (a paged search part), then every SPARSE-th term again as a
   * small table of its own, read when the part is opened: a lookup then reads one run of terms by range.
   */
  static write(w: BlockWriter, terms: readonly string[], slotsOf: (term: string) => Slots, sparse = false): void {
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
    const blob = Buffer.concat(blobs, off);
    w.u32(termOff);
    w.raw(blob);
    w.u32(slotIdx);
    w.u32(Uint32Array.from(slotOff));
    w.u32(ids);
    if (sparse) {
      const k = Math.ceil(terms.length / SPARSE);
      const sparseOff = new Uint32Array(k + 1);
      const firsts: Buffer[] = [];
      for (let j = 0; j < k; j++) {
        const b = blob.subarray(termOff[j * SPARSE] as number, termOff[j * SPARSE + 1] as number);
        firsts.push(b);
        sparseOff[j + 1] = (sparseOff[j] as number) + b.length;
      }
      w.u32(sparseOff);
      w.raw(Buffer.concat(firsts));
    }
  }

  /** A table from its five arrays, checked whole (offsets that span, ids in order and range). */
  static of(termOff: Uint32Array, terms: Buffer, slotIdx: Uint32Array, slotOff: Uint32Array, ids: Uint32Array, maxId: number): PostingTable {
    if (slotIdx.length !== termOff.length) throw new BinaryError(`an array of ${slotIdx.length} values where ${termOff.length} were expected`);
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

  static read(r: BlockReader, maxId: number): PostingTable {
    const termOff = r.u32();
    const terms = r.raw();
    const slotIdx = r.u32(termOff.length);
    const slotOff = r.u32();
    const ids = r.u32();
    return PostingTable.of(termOff, terms, slotIdx, slotOff, ids, maxId);
  }
}

/**
 * A PostingTable of a paged search part, left in its file: only its sparse index (every SPARSE-th
 * term) is in memory; a lookup reads one run of terms, a posting list its own ranges, each checked
 * when read (offsets that rise and stay in their arrays, ids ascending and in range), so that a
 * query never reads outside its bitsets. The pages under those ranges are checked by their CRC by
 * the file they are read from (paged-file.ts).
 */
export class PagedTable implements TermTable {
  private constructor(
    private readonly termOff: BlockRegion,
    private readonly terms: BlockRegion,
    private readonly slotIdx: BlockRegion,
    private readonly slotOff: BlockRegion,
    private readonly ids: BlockRegion,
    private readonly sparseOff: Uint32Array,
    private readonly sparse: Buffer,
    private readonly maxId: number,
    private readonly damaged: (reason: string) => Error,
  ) {}

  get size(): number {
    return this.termOff.length / 4 - 1;
  }

  private sparseAt(k: number): string {
    return this.sparse.toString('utf8', this.sparseOff[k] as number, this.sparseOff[k + 1] as number);
  }

  /** The offsets of terms [from, to] and the bytes they span, checked. */
  private run(from: number, to: number): { off: Uint32Array; bytes: Buffer } {
    if (from < 0 || to > this.size || from > to) throw new RangeError(`terms ${from}-${to} of a table of ${this.size}`);
    const off = u32sOf(this.termOff, from, to + 1);
    for (let i = 1; i < off.length; i++) if ((off[i] as number) < (off[i - 1] as number)) throw this.damaged('terms: offsets go down');
    if ((off[off.length - 1] as number) > this.terms.length) throw this.damaged('terms: offsets past the table');
    return { off, bytes: this.terms.bytes(off[0] as number, off[off.length - 1] as number) };
  }

  termsIn(from: number, to: number): string[] {
    const { off, bytes } = this.run(from, to);
    const base = off[0] as number;
    const out: string[] = [];
    for (let i = 0; i + 1 < off.length; i++) out.push(bytes.toString('utf8', (off[i] as number) - base, (off[i + 1] as number) - base));
    return out;
  }

  find(term: string, from = 0, to = this.size): number {
    if (from >= to) return -1;
    // the sparse entries inside [from, to) are sorted there: the last one not after `term` starts its run
    const first = Math.floor(from / SPARSE);
    let lo = first + 1;
    let hi = Math.floor((to - 1) / SPARSE);
    let best = first;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sparseAt(mid) <= term) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = Math.max(from, best * SPARSE);
    const e = Math.min(to, best * SPARSE + SPARSE);
    const { off, bytes } = this.run(s, e);
    const base = off[0] as number;
    const at = (i: number): string => bytes.toString('utf8', (off[i - s] as number) - base, (off[i - s + 1] as number) - base);
    // a sparse index that does not name its run's first term is a writer's bug: refused, not searched
    if (s === best * SPARSE && at(s) !== this.sparseAt(best)) throw this.damaged('a sparse index that disagrees with its terms');
    let l = s;
    let h = e - 1;
    while (l <= h) {
      const mid = (l + h) >>> 1;
      const t = at(mid);
      if (t === term) return mid;
      if (t < term) l = mid + 1;
      else h = mid - 1;
    }
    return -1;
  }

  slotsAt(i: number): Slots {
    if (i < 0 || i >= this.size) throw new RangeError(`no term ${i} in a table of ${this.size}`);
    const idx = u32sOf(this.slotIdx, i, i + 2);
    const from = idx[0] as number;
    const to = idx[1] as number;
    if (to < from || to >= this.slotOff.length / 4) throw this.damaged('slots: offsets out of order or range');
    const off = u32sOf(this.slotOff, from, to + 1);
    for (let s = 1; s < off.length; s++) if ((off[s] as number) < (off[s - 1] as number)) throw this.damaged('ids: offsets go down');
    const base = off[0] as number;
    const end = off[off.length - 1] as number;
    if (end > this.ids.length / 4) throw this.damaged('ids: offsets past the table');
    const ids = u32sOf(this.ids, base, end);
    const out: Array<Uint32Array | undefined> = [];
    for (let s = 0; s + 1 < off.length; s++) {
      const a = (off[s] as number) - base;
      const b = (off[s + 1] as number) - base;
      let prev = 1;
      for (let z = a; z < b; z++) {
        const id = ids[z] as number;
        if (id < prev || id > this.maxId) throw this.damaged(`a posting list with id ${id} out of order or range`);
        prev = id;
      }
      out.push(b > a ? ids.subarray(a, b) : undefined);
    }
    return out;
  }

  /** The whole table read into memory and checked (to write it out again, term after term). */
  whole(): PostingTable {
    const all = (r: BlockRegion): Buffer => r.bytes(0, r.length);
    const u32 = (r: BlockRegion): Uint32Array => u32sOf(r, 0, r.length / 4);
    try {
      return PostingTable.of(u32(this.termOff), all(this.terms), u32(this.slotIdx), u32(this.slotOff), u32(this.ids), this.maxId);
    } catch (e) {
      throw e instanceof BinaryError ? this.damaged(e.message) : e;
    }
  }

  /** The blocks of `PostingTable.write(…, sparse = true)`: the sparse index read, the rest left where it is. */
  static read(r: BlockReader, maxId: number): PagedTable {
    const termOff = regionOf(r.region());
    const terms = regionOf(r.region());
    const slotIdx = regionOf(r.region());
    const slotOff = regionOf(r.region());
    const ids = regionOf(r.region());
    const sparseOff = r.u32();
    const sparse = r.raw();
    for (const [what, g] of [['terms', termOff], ['slots', slotIdx], ['slot offsets', slotOff], ['ids', ids]] as const) if (g.length % 4 !== 0 || (what !== 'ids' && g.length < 4)) throw new BinaryError(`${what}: not an array of u32`);
    if (slotIdx.length !== termOff.length) throw new BinaryError(`an array of ${slotIdx.length / 4} values where ${termOff.length / 4} were expected`);
    const size = termOff.length / 4 - 1;
    if (sparseOff.length !== Math.ceil(size / SPARSE) + 1) throw new BinaryError('a sparse index of the wrong length');
    checkOffsets(sparseOff, sparse.length, 'sparse index');
    return new PagedTable(termOff, terms, slotIdx, slotOff, ids, sparseOff, sparse, maxId, (reason) => r.damaged(reason));
  }
}

/** One field of the frozen index: its terms and its pairs (a term, then the term after it). */
export class FrozenField {
  private readonly starts: U32Values;

  constructor(
    readonly tokens: TermTable,
    /** first terms of pairs, each with the range of its second terms in `pairs` */
    private readonly firsts: TermTable,
    pairStart: Uint32Array | BlockRegion,
    private readonly pairs: TermTable,
    private readonly damaged: (reason: string) => Error = (reason) => new BinaryError(reason),
  ) {
    this.starts = u32Values(pairStart);
    if (this.starts.count !== firsts.size + 1) throw new BinaryError(`an array of ${this.starts.count} values where ${firsts.size + 1} were expected`);
  }

  /** [from, to) of the second terms of first term `i`, checked. */
  private seconds(i: number): [number, number] {
    const r = this.starts.range(i, i + 2);
    const from = r[0] as number;
    const to = r[1] as number;
    if (to < from || to > this.pairs.size) throw this.damaged('pairs: offsets out of order or range');
    return [from, to];
  }

  token(t: string): Slots | undefined {
    const i = this.tokens.find(t);
    return i < 0 ? undefined : this.tokens.slotsAt(i);
  }

  pair(a: string, b: string): Slots | undefined {
    const i = this.firsts.find(a);
    if (i < 0) return undefined;
    const [from, to] = this.seconds(i);
    const j = this.pairs.find(b, from, to);
    return j < 0 ? undefined : this.pairs.slotsAt(j);
  }

  tokenTerms(): string[] {
    return this.tokens.termsIn(0, this.tokens.size);
  }

  firstTerms(): string[] {
    return this.firsts.termsIn(0, this.firsts.size);
  }

  secondTerms(a: string): string[] {
    const i = this.firsts.find(a);
    if (i < 0) return [];
    const [from, to] = this.seconds(i);
    return this.pairs.termsIn(from, to);
  }

  /** The field with its tables in memory (read whole when paged): to be written out again term after term. */
  whole(): FrozenField {
    if (!(this.tokens instanceof PagedTable) || !(this.firsts instanceof PagedTable) || !(this.pairs instanceof PagedTable)) return this;
    const starts = Uint32Array.from(this.starts.range(0, this.starts.count));
    const pairs = this.pairs.whole();
    try {
      checkOffsets(starts, pairs.size, 'pairs');
    } catch (e) {
      throw e instanceof BinaryError ? this.damaged(e.message) : e;
    }
    return new FrozenField(this.tokens.whole(), this.firsts.whole(), starts, pairs, this.damaged);
  }

  static write(w: BlockWriter, tokenTerms: readonly string[], token: (t: string) => Slots, firsts: readonly string[], seconds: (a: string) => string[], pair: (a: string, b: string) => Slots, sparse = false): void {
    PostingTable.write(w, tokenTerms, token, sparse);
    // the first terms carry no postings of their own: an empty table of slots
    PostingTable.write(w, firsts, () => [], sparse);
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
      sparse,
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

  /** The blocks of `write(…, sparse = true)`, left in place but for the sparse indexes (PagedTable). */
  static readPaged(r: BlockReader, maxId: number): FrozenField {
    const tokens = PagedTable.read(r, maxId);
    const firsts = PagedTable.read(r, maxId);
    const pairStart = regionOf(r.region());
    const pairs = PagedTable.read(r, maxId);
    return new FrozenField(tokens, firsts, pairStart, pairs, (reason) => r.damaged(reason));
  }
}
