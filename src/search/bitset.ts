/**
 * Sets of document ids as bitsets: bit `id & 31` of word `id >>> 5`. Vietnamese syllables are
 * frequent ("kế", "hoạch", "nhân", "dân" are each in most documents of a legal corpus), so the
 * sets a query combines are large; as bitsets, intersecting them costs one AND per 32 documents
 * whatever their size, where walking posting lists costs one hash update per posting.
 */
export type Bitset = Uint32Array;

/** Words needed to hold ids 0 … maxId. */
export function wordsFor(maxId: number): number {
  return (maxId >>> 5) + 1;
}

export function hasBit(set: Bitset, id: number): boolean {
  const w = id >>> 5;
  return w < set.length && (((set[w] as number) >>> (id & 31)) & 1) === 1;
}

export function setBit(set: Bitset, id: number): void {
  (set as Uint32Array)[id >>> 5] = ((set[id >>> 5] as number) | (1 << (id & 31))) >>> 0;
}

export function clearBit(set: Bitset, id: number): void {
  const w = id >>> 5;
  if (w < set.length) set[w] = ((set[w] as number) & ~(1 << (id & 31))) >>> 0;
}

/** `target &= other`, over the words of `target` (words beyond `other` are cleared). */
export function andInto(target: Bitset, other: Bitset): void {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i] = (target[i] as number) & (other[i] as number);
  target.fill(0, n);
}

/** `target |= other`, over the words of `target`. */
export function orInto(target: Bitset, other: Bitset): void {
  const n = Math.min(target.length, other.length);
  for (let i = 0; i < n; i++) target[i] = (target[i] as number) | (other[i] as number);
}

/** The number of bits set in a 32-bit word. */
export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

export function countBits(set: Bitset): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) {
    const w = set[i] as number;
    if (w !== 0) n += popcount32(w);
  }
  return n;
}

/**
 * `a` with room for `size` elements (doubling, contents kept): the typed arrays indexed by
 * document id or handle grow as documents are added.
 */
export function grow<T extends Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * A list of ids in a typed array, kept from query to query: emptied with `clear()`, it keeps its
 * storage (an array emptied with `length = 0` drops it, and a central resolution's thousands of
 * citing documents would be allocated again at every query).
 */
export class IdList {
  items = new Uint32Array(256);
  length = 0;

  push(id: number): void {
    if (this.length === this.items.length) this.items = grow(this.items, this.length + 1);
    this.items[this.length++] = id;
  }

  at(i: number): number {
    return this.items[i] as number;
  }

  clear(): void {
    this.length = 0;
  }
}

/**
 * Bitsets lent out for one query and taken back all at once, kept by size: a query at 100 000
 * documents needs a dozen of 12.5 KB (and a few of their 400-byte summaries), and allocating them
 * anew each time feeds the garbage collector of a heap of gigabytes.
 */
export class BitsetPool {
  private free = new Map<number, Bitset[]>();
  private lent: Bitset[] = [];

  /** A cleared bitset of `words` words. */
  take(words: number): Bitset {
    let b = this.free.get(words)?.pop();
    if (!b) b = new Uint32Array(words);
    else b.fill(0);
    this.lent.push(b);
    return b;
  }

  /** Take back every bitset lent since the last call (none of them may be used afterwards). */
  reclaim(): void {
    for (const b of this.lent) {
      let list = this.free.get(b.length);
      if (!list) this.free.set(b.length, (list = []));
      if (list.length < 64) list.push(b);
    }
    this.lent.length = 0;
  }
}
