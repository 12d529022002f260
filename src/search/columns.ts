import { foldedKey } from './analyzer.js';
import { BinaryError, type BlockReader, type BlockWriter } from './binary.js';
import { grow } from './bitset.js';
import type { SearchOptions, SearchResult } from './schema.js';

/** Strings as small integers (0 stands for null). */
class Interner {
  readonly values: Array<string | null> = [null];
  private readonly codes = new Map<string, number>();

  code(value: string | null): number {
    if (value === null) return 0;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }

  find(value: string): number | undefined {
    return this.codes.get(value);
  }

  /** An interner holding `values` (their codes their places; [0] is null), as `values` of another wrote them. */
  static of(values: unknown): Interner {
    if (!Array.isArray(values) || values[0] !== null || !values.slice(1).every((v) => typeof v === 'string')) throw new BinaryError('columns: a damaged table of values');
    const i = new Interner();
    for (const v of values.slice(1) as string[]) i.code(v);
    if (i.values.length !== values.length) throw new BinaryError('columns: a value twice in a table');
    return i;
  }
}

export interface ColumnValues {
  type: string | null;
  year: number | null;
  level: string | null;
  family: string | null;
  place: string | null;
  issuerFolded: string;
}

/**
 * What filters and facets read of each document, in typed arrays indexed by document id: a query
 * that matches most of the corpus ("kế hoạch") is filtered and counted without a map lookup per
 * document.
 */
export class DocColumns {
  private type = new Uint16Array(1024);
  private year = new Uint16Array(1024);
  /** type, year, level and family together, as one small code: a facet count is one increment a document */
  private facet = new Uint32Array(1024);
  private level = new Uint8Array(1024);
  private family = new Uint8Array(1024);
  private place = new Uint32Array(1024);
  private issuer = new Uint32Array(1024);
  private types = new Interner();
  private facetCodes = new Map<string, number>();
  /** facet code → its labels: type, year, level, family */
  private facetValues: Array<[string, string, string, string]> = [];
  private levels = new Interner();
  private families = new Interner();
  private places = new Interner();
  private issuers = new Interner();

  /** The columns of ids below `size` as blocks: the tables of values (JSON), then each column's bytes. */
  writeBinary(w: BlockWriter, size: number): void {
    w.json({ types: this.types.values, levels: this.levels.values, families: this.families.values, places: this.places.values, issuers: this.issuers.values, facetKeys: [...this.facetCodes.keys()], facetValues: this.facetValues });
    const cut = <T extends Uint8Array | Uint16Array | Uint32Array>(a: T): Uint8Array => {
      const n = Math.min(size, a.length);
      const out = new Uint8Array(size * a.BYTES_PER_ELEMENT);
      out.set(new Uint8Array(a.buffer, a.byteOffset, n * a.BYTES_PER_ELEMENT));
      return out;
    };
    for (const a of [this.type, this.year, this.facet, this.level, this.family, this.place, this.issuer]) w.raw(cut(a));
  }

  /** Columns written by `writeBinary` for `size` ids, every code checked against its table. */
  static readBinary(r: BlockReader, size: number): DocColumns {
    const head = r.json() as { types?: unknown; levels?: unknown; families?: unknown; places?: unknown; issuers?: unknown; facetKeys?: unknown; facetValues?: unknown };
    const c = new DocColumns();
    c.types = Interner.of(head?.types);
    c.levels = Interner.of(head?.levels);
    c.families = Interner.of(head?.families);
    c.places = Interner.of(head?.places);
    c.issuers = Interner.of(head?.issuers);
    const keys = head.facetKeys;
    const values = head.facetValues;
    const isLabels = (v: unknown): v is [string, string, string, string] => Array.isArray(v) && v.length === 4 && v.every((x) => typeof x === 'string');
    if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length || !keys.every((k) => typeof k === 'string') || !values.every(isLabels)) throw new BinaryError('columns: a damaged facet table');
    c.facetCodes = new Map(keys.map((k: string, i) => [k, i]));
    c.facetValues = values;
    const column = <T extends Uint8Array | Uint16Array | Uint32Array>(make: new (n: number) => T, bound: number, what: string): T => {
      const b = r.raw();
      const out = new make(Math.max(size, 1024));
      if (b.length !== size * out.BYTES_PER_ELEMENT) throw new BinaryError(`columns: ${what} of ${b.length} bytes for ${size} documents`);
      // (copied: the block may sit at any 4-aligned place, and the columns grow)
      new Uint8Array(out.buffer).set(b);
      for (let i = 0; i < size; i++) if ((out[i] as number) >= bound) throw new BinaryError(`columns: ${what} out of its table`);
      return out;
    };
    c.type = column(Uint16Array, c.types.values.length, 'type');
    c.year = column(Uint16Array, 1 << 16, 'year');
    c.facet = column(Uint32Array, Math.max(values.length, 1), 'facet');
    c.level = column(Uint8Array, c.levels.values.length, 'level');
    c.family = column(Uint8Array, c.families.values.length, 'family');
    c.place = column(Uint32Array, c.places.values.length, 'place');
    c.issuer = column(Uint32Array, c.issuers.values.length, 'issuer');
    return c;
  }

  set(id: number, v: ColumnValues): void {
    const n = id + 1;
    this.type = grow(this.type, n);
    this.year = grow(this.year, n);
    this.facet = grow(this.facet, n);
    this.level = grow(this.level, n);
    this.family = grow(this.family, n);
    this.place = grow(this.place, n);
    this.issuer = grow(this.issuer, n);
    this.type[id] = this.types.code(v.type);
    this.year[id] = v.year ?? 0;

    this.level[id] = this.levels.code(v.level);
    this.family[id] = this.families.code(v.family);
    this.place[id] = this.places.code(v.place);
    this.issuer[id] = this.issuers.code(v.issuerFolded);
    const key = `${this.type[id]}|${v.year ?? ''}|${this.level[id]}|${this.family[id]}`;
    let f = this.facetCodes.get(key);
    if (f === undefined) {
      f = this.facetValues.length;
      this.facetCodes.set(key, f);
      this.facetValues.push([v.type ?? 'unknown', v.year === null ? 'unknown' : String(v.year), v.level ?? 'unknown', v.family ?? 'unknown']);
    }
    this.facet[id] = f;
  }

  /**
   * The filters of `options` as one test, or null when there are none. `related` is the set of
   * documents that have the asked relation to the asked document (the index knows it, not the columns).
   */
  filter(options: SearchOptions, related: Set<number> | null): ((id: number) => boolean) | null {
    const codes = (interner: Interner, values: readonly string[] | undefined): Uint8Array | null => {
      if (!values) return null;
      const ok = new Uint8Array(interner.values.length);
      for (const v of values) {
        const c = interner.find(v);
        if (c !== undefined) ok[c] = 1;
      }
      return ok;
    };
    const type = codes(this.types, options.type);
    const level = codes(this.levels, options.level);
    const family = codes(this.families, options.family);
    const place = codes(this.places, options.place);
    let issuer: Uint8Array | null = null;
    if (options.issuer !== undefined) {
      const want = foldedKey(options.issuer);
      const ok = new Uint8Array(this.issuers.values.length);
      this.issuers.values.forEach((v, c) => {
        if (v !== null && v.includes(want)) ok[c] = 1;
      });
      issuer = ok;
    }
    const from = options.yearFrom;
    const to = options.yearTo;
    if (!type && !level && !family && !place && !issuer && from === undefined && to === undefined && !related) return null;
    return (id) => {
      if (type && type[this.type[id] as number] !== 1) return false;
      if (level && level[this.level[id] as number] !== 1) return false;
      if (family && family[this.family[id] as number] !== 1) return false;
      if (place && place[this.place[id] as number] !== 1) return false;
      if (issuer && issuer[this.issuer[id] as number] !== 1) return false;
      const y = this.year[id] as number;
      if (from !== undefined && (y === 0 || y < from)) return false;
      if (to !== undefined && (y === 0 || y > to)) return false;
      return !related || related.has(id);
    };
  }

  /** Counts by type, year, level and family, to fill one document at a time. */
  facets(): FacetCounts {
    return new FacetCounts(this.facet, this.facetValues);
  }
}

/** Facet counts of one result set: one counter per combination of values, labelled at the end. */
export class FacetCounts {
  readonly counts: Uint32Array;

  constructor(
    private readonly codes: Uint32Array,
    private readonly values: ReadonlyArray<readonly [string, string, string, string]>,
  ) {
    this.counts = new Uint32Array(values.length);
  }

  add(id: number): void {
    const c = this.codes[id] as number;
    this.counts[c] = (this.counts[c] as number) + 1;
  }

  /**
   * Add every document of `set` but those of `except` (32 at a time: no call per document), or with `delta` -1
   * take them away.
   */
  addAll(set: Uint32Array, except: Uint32Array | null = null, delta = 1): void {
    const codes = this.codes;
    const counts = this.counts;
    for (let w = 0; w < set.length; w++) {
      let x = ((set[w] as number) & ~(except !== null && w < except.length ? (except[w] as number) : 0)) >>> 0;
      if (x === 0xffffffff) {
        // a full word, common when most of the corpus matches: no bit to look for
        for (let id = w << 5, end = id + 32; id < end; id++) {
          const c = codes[id] as number;
          counts[c] = (counts[c] as number) + delta;
        }
        continue;
      }
      while (x !== 0) {
        const low = x & -x;
        x ^= low;
        const c = codes[(w << 5) | (31 - Math.clz32(low))] as number;
        counts[c] = (counts[c] as number) + delta;
      }
    }
  }

  /**
   * Add every document of `set`, which holds `size` of the `universe` (a superset whose counts are `whole`): when
   * it holds most of the universe, the universe's counts less the few documents it lacks. A query matching most
   * of 100 000 documents then costs one pass over the words, not a count per document.
   */
  addAllWithin(set: Uint32Array, size: number, universe: Uint32Array, whole: FacetCounts, universeSize: number): void {
    if (size * 2 <= universeSize) return this.addAll(set);
    const counts = this.counts;
    for (let c = 0; c < whole.counts.length; c++) counts[c] = (counts[c] as number) + (whole.counts[c] as number);
    this.addAll(universe, set, -1);
  }

  result(): SearchResult['facets'] {
    const out: Array<Map<string, number>> = [new Map(), new Map(), new Map(), new Map()];
    this.counts.forEach((n, c) => {
      if (n === 0) return;
      const v = this.values[c] as readonly string[];
      out.forEach((m, k) => m.set(v[k] as string, (m.get(v[k] as string) ?? 0) + n));
    });
    const [type, year, level, family] = out.map((m) => Object.fromEntries(m)) as [Record<string, number>, Record<string, number>, Record<string, number>, Record<string, number>];
    // years in order, the unknown last
    const years = Object.entries(year).sort((a, b) => (a[0] === 'unknown' ? 1 : b[0] === 'unknown' ? -1 : Number(a[0]) - Number(b[0])));
    return { type, year: Object.fromEntries(years), level, family };
  }
}
