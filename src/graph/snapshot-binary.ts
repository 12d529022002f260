import { isUtf8 } from 'node:buffer';
import { z } from 'zod';
import { ActScopeSchema, RelationSchema } from '../cite/schema.js';
import { LevelSchema, ZoneSchema } from '../doc/schema.js';
import { BinaryError, BlockReader, BlockWriter } from '../search/binary.js';
import { edgeKey, lawKindOf, type Corpus } from './corpus.js';
import { ConflictSchema, type EdgeAttributes, type Evidence, type NodeAttributes } from './schema.js';
import { shapeCheck, type ShapeCheck } from './shape-check.js';

/**
 * The graph part of a version 5 snapshot: blocks of typed arrays (src/search/binary.ts's framing) instead of JSON
 * lines, so that a load is a few passes over arrays rather than a JSON parse of every record and the garbage it
 * makes. Every string (keys, types, issuers, places, names, paths, evidence texts) is stored once in a string table
 * and named by its index; records are columns of u32, one value per record and field. Which fields a record has,
 * and in which order, is its shape (a list of field numbers, one table of them per kind of record), so that an
 * object is rebuilt with the keys it had, in the order it had them: JSON output (`trace --json`, exports) is byte
 * for byte what a format 4 load gives.
 *
 * The evidence of the edges (mentions with offsets, sentences, section paths: most of the bytes) is a part of its
 * own with its own string table, read and checked (its CRC, its offsets) on the first touch of any edge's
 * `evidence`, and decoded per edge as it is asked for. Every index and offset of the graph part is checked when the
 * part is read (a BinaryError, turned into a SnapshotError by the caller), so that decoding a node or an edge later
 * cannot fail; an evidence record's values are checked when its edge's evidence is decoded, before any of it is
 * built (checking a million records that a command never reads cost a `trace` at 100 000 documents seconds).
 */

/** No string (null), or a field the record does not have. */
export const NONE = 0xffffffff;

type FieldKind = 'str' | 'u32' | 'bool' | 'list' | 'json' | 'lazy';
interface FieldSpec {
  key: string;
  kind: FieldKind;
  nullable?: boolean;
  /** the strings a 'str' field may hold (an enum) */
  values?: readonly string[];
  pattern?: RegExp;
  /** a 'json' field's schema, checked once per distinct value */
  schema?: z.ZodType;
  /** a 'u32' field's least value */
  min?: number;
}

/** The attributes of a node (NodeAttributesSchema, field for field). */
export const NODE_FIELDS: readonly FieldSpec[] = [
  { key: 'kind', kind: 'str', values: ['document', 'cited'] },
  { key: 'path', kind: 'str', nullable: true },
  { key: 'type', kind: 'str', nullable: true },
  { key: 'number', kind: 'str', nullable: true },
  { key: 'date', kind: 'str', nullable: true },
  { key: 'title', kind: 'str', nullable: true },
  { key: 'issuer', kind: 'str', nullable: true },
  { key: 'level', kind: 'str', nullable: true, values: LevelSchema.options },
  { key: 'place', kind: 'str', nullable: true },
  { key: 'family', kind: 'str', nullable: true },
  { key: 'contextDependent', kind: 'bool' },
  { key: 'mentions', kind: 'u32' },
  { key: 'names', kind: 'list' },
  { key: 'effective', kind: 'str', nullable: true },
  { key: 'supplied', kind: 'list' },
  { key: 'disagrees', kind: 'list' },
  // added after the first format 5 files, which hold the 16 columns before it: the graph part's head says how many
  { key: 'expires', kind: 'str', nullable: true },
  // added after `expires` (files of 17 columns load without it)
  { key: 'endsEarlierIf', kind: 'str', nullable: true },
];
/** The node columns of a graph part whose head does not count them (the first format 5 files). */
const NODE_FIELDS_FIRST = 16;
const NODE_REQUIRED = ['kind', 'path', 'type', 'number', 'date', 'title', 'issuer', 'level', 'place', 'family', 'contextDependent', 'mentions', 'names'];

/** The attributes of an edge (EdgeAttributesSchema); its evidence is a part of its own. */
export const EDGE_FIELDS: readonly FieldSpec[] = [
  { key: 'relation', kind: 'str', values: RelationSchema.options },
  { key: 'count', kind: 'u32', min: 1 },
  { key: 'asserted', kind: 'bool' },
  { key: 'assertedBy', kind: 'str', nullable: true },
  { key: 'evidence', kind: 'lazy' },
  { key: 'resolution', kind: 'str' },
];
const EDGE_REQUIRED = EDGE_FIELDS.map((f) => f.key);

/** One piece of evidence (EvidenceSchema). */
export const EVIDENCE_FIELDS: readonly FieldSpec[] = [
  { key: 'document', kind: 'str' },
  { key: 'path', kind: 'str', nullable: true },
  { key: 'start', kind: 'u32' },
  { key: 'end', kind: 'u32' },
  { key: 'text', kind: 'str' },
  { key: 'sentence', kind: 'str' },
  { key: 'zone', kind: 'str', values: ZoneSchema.options },
  { key: 'sectionPath', kind: 'list' },
  { key: 'scope', kind: 'json', nullable: true, schema: ActScopeSchema },
  { key: 'effective', kind: 'str', pattern: /^\d{4}-\d{2}-\d{2}$/ },
];
const EVIDENCE_REQUIRED = ['document', 'path', 'start', 'end', 'text', 'sentence', 'zone', 'sectionPath'];

/** A document record: what `ingest --update` reads (the file's hash, the nodes its mentions counted on). */
export const DOCUMENT_FIELDS: readonly FieldSpec[] = [
  { key: 'key', kind: 'str' },
  { key: 'path', kind: 'str', nullable: true },
  { key: 'hash', kind: 'str', pattern: /^(?:[0-9]{1,6}:)?[0-9a-f]{64}$/ },
  { key: 'mentioned', kind: 'list' },
];
const DOCUMENT_REQUIRED = ['key', 'path'];

/** Strings stored once each; `id` gives a string's index. */
export class StringTableWriter {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.ids.set(s, i);
      this.list.push(s);
    }
    return i;
  }

  /**
   * The table: the strings one after another in UTF-8, their offsets (n + 1) in UTF-16 code units of the decoded
   * text (the reader decodes the run once and slices it: one native decode, not one call per string) and in bytes
   * (for the strings that become keys of graphology's maps and objects: a slice of a long string is a V8 "sliced
   * string", which every keyed access has to look up again, twice the time of a whole edge insertion; decoded on
   * its own, a string is flat and is internalized once), and the strings UTF-8 cannot hold (a lone surrogate, which
   * JSON keeps as an escape and UTF-8 turns into U+FFFD, one code unit for one) as a JSON block of [index, string]
   * that the reader takes instead.
   */
  write(w: BlockWriter): void {
    const offsets = new Uint32Array(this.list.length + 1);
    const byteOffsets = new Uint32Array(this.list.length + 1);
    let units = 0;
    let bytes = 0;
    const illFormed: Array<[number, string]> = [];
    this.list.forEach((s, i) => {
      units += s.length;
      bytes += Buffer.byteLength(s, 'utf8');
      if (bytes > 0xfffffff0) throw new Error('a string table over 4 GB cannot be written in format 5');
      offsets[i + 1] = units;
      byteOffsets[i + 1] = bytes;
      if (!(s as unknown as { isWellFormed(): boolean }).isWellFormed()) illFormed.push([i, s]);
    });
    w.u32(offsets);
    w.u32(byteOffsets);
    w.text(this.list.join(''));
    w.json(illFormed);
  }
}

/** A table written by StringTableWriter, every offset checked; strings sliced on first use, then kept. */
export class StringTable {
  private readonly cache: Array<string | undefined>;

  private readonly overrides = new Map<number, string>();

  private constructor(
    private readonly offsets: Uint32Array,
    private readonly byteOffsets: Uint32Array,
    private readonly blob: Buffer,
    /** the whole run decoded, or null: each string then decoded on its own when first asked for */
    private readonly text: string | null,
    cache?: Array<string | undefined>,
  ) {
    this.cache = cache ?? new Array<string | undefined>(offsets.length - 1);
  }

  /** String i as a flat string of its own (for keys: see `write`), not kept. */
  flat(i: number): string {
    return this.overrides.get(i) ?? this.blob.toString('utf8', this.byteOffsets[i] as number, this.byteOffsets[i + 1] as number);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  /**
   * This table for `at` alone, for after the bytes it was read from are let go (what the attributes of nodes and
   * edges are made of, made on their first read: see directEdgeInsert): the offsets copied, the strings from the
   * decoded run, never from the bytes. A table not decoded whole is itself (and keeps its bytes).
   */
  detached(): StringTable {
    if (this.text === null) return this;
    // (the strings sliced so far, and those UTF-8 cannot hold, are in the cache, which the copy shares)
    return new StringTable(this.offsets.slice(), new Uint32Array(0), Buffer.alloc(0), this.text, this.cache);
  }

  at(i: number): string {
    let s = this.cache[i];
    if (s === undefined) {
      s = this.text === null ? this.flat(i) : this.text.slice(this.offsets[i] as number, this.offsets[i + 1] as number);
      this.cache[i] = s;
    }
    return s;
  }

  /**
   * `whole`: decode the run at once (most of its strings will be read: the graph's); otherwise each string is
   * decoded when first read (the evidence, of which a command reads a few edges').
   */
  static read(r: BlockReader, whole = true): StringTable {
    const offsets = r.u32();
    const byteOffsets = r.u32(offsets.length);
    const blob = r.raw();
    // strict UTF-8 (bad bytes are damage, never U+FFFD), decoded in one native call
    if (!isUtf8(blob)) throw new BinaryError('strings: not valid UTF-8');
    const text = whole ? blob.toString('utf8') : null;
    if (text !== null) checkOffsets(offsets, text.length, 'strings');
    checkOffsets(byteOffsets, blob.length, 'strings (bytes)');
    const table = new StringTable(offsets, byteOffsets, blob, text);
    const illFormed = r.json();
    if (!Array.isArray(illFormed)) throw new BinaryError('strings: a damaged list of ill-formed strings');
    for (const pair of illFormed as unknown[]) {
      if (!Array.isArray(pair) || pair.length !== 2 || !Number.isInteger(pair[0]) || (pair[0] as number) < 0 || (pair[0] as number) >= table.size || typeof pair[1] !== 'string') throw new BinaryError('strings: a damaged list of ill-formed strings');
      table.cache[pair[0] as number] = pair[1];
      table.overrides.set(pair[0] as number, pair[1]);
    }
    return table;
  }
}

const checks = new Map<z.ZodType, ShapeCheck>();
const checkOf = (schema: z.ZodType): ShapeCheck => {
  let c = checks.get(schema);
  if (c === undefined) {
    c = shapeCheck(schema);
    checks.set(schema, c);
  }
  return c;
};

/** `offsets` (n + 1 values) rises from 0 to `total`, never down. */
export function checkOffsets(offsets: Uint32Array, total: number, what: string): void {
  if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== total) throw new BinaryError(`${what}: offsets do not span the table`);
  for (let i = 1; i < offsets.length; i++) if ((offsets[i] as number) < (offsets[i - 1] as number)) throw new BinaryError(`${what}: offsets go down`);
}

/** Records of one kind as columns: a shape per record, then a column per field. */
export class ColumnsWriter {
  private readonly shapeIds = new Map<string, number>();
  private readonly shapes: number[][] = [];
  private readonly shapeOf: number[] = [];
  private readonly columns: number[][];
  /** a list field's items (its column holds the offsets) */
  private readonly items: number[][];
  private readonly byKey: Map<string, number>;

  constructor(
    private readonly what: string,
    private readonly fields: readonly FieldSpec[],
    private readonly required: readonly string[],
    private readonly strings: StringTableWriter,
  ) {
    this.columns = fields.map((f) => (f.kind === 'list' ? [0] : []));
    this.items = fields.map(() => []);
    this.byKey = new Map(fields.map((f, i) => [f.key, i]));
  }

  get count(): number {
    return this.shapeOf.length;
  }

  /**
   * One record. A key the schema does not name, or whose value is undefined, is left out, as a format 4 load
   * (JSON, then zod) leaves it out; a value of the wrong type is refused here, so that no file is written that
   * could not be read back.
   */
  add(o: Record<string, unknown>): void {
    const shape: number[] = [];
    for (const key in o) {
      if (!Object.hasOwn(o, key)) continue;
      const f = this.byKey.get(key);
      const v = o[key];
      if (f !== undefined && v !== undefined) shape.push(f);
    }
    const name = shape.join(',');
    let id = this.shapeIds.get(name);
    if (id === undefined) {
      for (const k of this.required) if (!shape.includes(this.byKey.get(k) as number)) throw new Error(`${this.what}: cannot be written without its ${k}`);
      id = this.shapes.length;
      this.shapeIds.set(name, id);
      this.shapes.push(shape);
    }
    this.shapeOf.push(id);
    const bad = (f: FieldSpec): Error => new Error(`${this.what}: ${f.key} cannot be written (${JSON.stringify(o[f.key])?.slice(0, 80)})`);
    this.fields.forEach((f, i) => {
      const col = this.columns[i] as number[];
      const v = shape.includes(i) ? o[f.key] : undefined;
      switch (f.kind) {
        case 'str':
        case 'json':
          if (v === undefined || (v === null && f.nullable)) col.push(NONE);
          else if (f.kind === 'json') col.push(this.strings.id(JSON.stringify(v)));
          else if (typeof v !== 'string' || (f.values && !f.values.includes(v)) || (f.pattern && !f.pattern.test(v))) throw bad(f);
          else col.push(this.strings.id(v));
          break;
        case 'u32':
          if (v === undefined) col.push(0);
          else if (!Number.isInteger(v) || (v as number) < (f.min ?? 0) || (v as number) > 0xffffffff) throw bad(f);
          else col.push(v as number);
          break;
        case 'bool':
          if (v !== undefined && typeof v !== 'boolean') throw bad(f);
          col.push(v === true ? 1 : 0);
          break;
        case 'list': {
          const items = this.items[i] as number[];
          if (v !== undefined) {
            if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw bad(f);
            for (const s of v as string[]) items.push(this.strings.id(s));
          }
          col.push(items.length);
          break;
        }
        case 'lazy':
          break;
      }
    });
  }

  write(w: BlockWriter): void {
    w.json(this.shapes);
    w.u32(Uint32Array.from(this.shapeOf));
    this.fields.forEach((f, i) => {
      if (f.kind === 'lazy') return;
      w.u32(Uint32Array.from(this.columns[i] as number[]));
      if (f.kind === 'list') w.u32(Uint32Array.from(this.items[i] as number[]));
    });
  }
}

/** Columns written by ColumnsWriter, every value checked on read; `row(i)` rebuilds record i as it was. */
export class ColumnsReader {
  private readonly shapes: number[][];
  private readonly shapeOf: Uint32Array;
  /** values already checked, per field (an enum or a pattern is checked once per distinct string) */
  private readonly checked: Array<Set<number>>;
  /** rows checked when decoded rather than all at once (see `read`) */
  private readonly deferred: boolean;
  private readonly columns: Array<Uint32Array | null>;
  private readonly items: Array<Uint32Array | null>;

  constructor(
    private readonly what: string,
    private readonly fields: readonly FieldSpec[],
    required: readonly string[],
    r: BlockReader,
    count: number,
    private readonly strings: StringTable,
    options: { deferred?: boolean } = {},
  ) {
    const shapes = r.json();
    const requiredFields = required.map((k) => fields.findIndex((f) => f.key === k));
    if (!Array.isArray(shapes) || shapes.length > Math.max(count, 1)) throw new BinaryError(`${what}: a damaged shape table`);
    for (const s of shapes as unknown[]) {
      if (!Array.isArray(s) || s.some((f) => !Number.isInteger(f) || (f as number) < 0 || (f as number) >= fields.length) || new Set(s).size !== s.length || requiredFields.some((f) => !s.includes(f))) throw new BinaryError(`${what}: a damaged shape table`);
    }
    this.shapes = shapes as number[][];
    this.shapeOf = r.u32(count);
    this.columns = [];
    this.items = [];
    for (const f of fields) {
      if (f.kind === 'lazy') {
        this.columns.push(null);
        this.items.push(null);
        continue;
      }
      const col = r.u32(f.kind === 'list' ? count + 1 : count);
      this.columns.push(col);
      if (f.kind === 'list') {
        const items = r.u32();
        checkOffsets(col, items.length, `${what}.${f.key}`);
        for (let z = 0; z < items.length; z++) if ((items[z] as number) >= strings.size) throw new BinaryError(`${what}.${f.key}: a string index out of range`);
        this.items.push(items);
      } else this.items.push(null);
    }
    this.checked = fields.map(() => new Set<number>());
    this.deferred = options.deferred === true;
    // every value a record's shape names is checked here, or (deferred) when the record is decoded, before any of it is
    if (!this.deferred) for (let i = 0; i < count; i++) this.check(i);
  }

  /** Throws a BinaryError unless every value of record i is what its field allows. */
  private check(i: number): void {
    const { what, fields, strings, checked } = this;
    {
      const s = this.shapeOf[i] as number;
      if (s >= this.shapes.length) throw new BinaryError(`${what}: record ${i} has no shape`);
      for (const fi of this.shapes[s] as number[]) {
        const f = fields[fi] as FieldSpec;
        if (f.kind === 'list' || f.kind === 'lazy') continue;
        const v = (this.columns[fi] as Uint32Array)[i] as number;
        if (f.kind === 'u32') {
          if (v < (f.min ?? 0)) throw new BinaryError(`${what}: record ${i}: ${f.key} ${v} out of range`);
        } else if (f.kind === 'bool') {
          if (v > 1) throw new BinaryError(`${what}: record ${i}: ${f.key} is not a boolean`);
        } else if (v === NONE) {
          if (!f.nullable) throw new BinaryError(`${what}: record ${i}: ${f.key} is missing`);
        } else if (v >= strings.size) throw new BinaryError(`${what}: record ${i}: ${f.key}: a string index out of range`);
        else if ((f.values || f.pattern || f.schema) && !(checked[fi] as Set<number>).has(v)) {
          const text = strings.at(v);
          if (f.values && !f.values.includes(text)) throw new BinaryError(`${what}: record ${i}: ${f.key} ${JSON.stringify(text.slice(0, 40))} is not one of its values`);
          if (f.pattern && !f.pattern.test(text)) throw new BinaryError(`${what}: record ${i}: ${f.key} ${JSON.stringify(text.slice(0, 40))} is not of its form`);
          if (f.schema) {
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch {
              throw new BinaryError(`${what}: record ${i}: ${f.key} is not JSON`);
            }
            // the copy-free check (shape-check.ts): true only for a value zod accepts and returns as it is, so
            // that what was written is what is read (and zod's own parse, compiled on first use, is not paid)
            if (!checkOf(f.schema)(value)) throw new BinaryError(`${what}: record ${i}: ${f.key} is not a valid value`);
          }
          (checked[fi] as Set<number>).add(v);
        }
      }
    }
  }

  /**
   * These columns for `row` after the bytes they were read from are let go (the node attributes made on their first
   * read: see directNodeInsert): the columns copied, the strings read from `strings` (StringTable.detached). Every
   * value was checked when the columns were read (not deferred), so that a row made later cannot fail.
   */
  detached(strings: StringTable): ColumnsReader {
    if (this.deferred) throw new Error(`${this.what}: deferred columns are not detached`);
    const copy = Object.create(ColumnsReader.prototype) as ColumnsReader;
    const fields: Partial<Record<keyof ColumnsReader, unknown>> & Record<string, unknown> = {
      what: this.what,
      fields: this.fields,
      strings,
      shapes: this.shapes,
      shapeOf: this.shapeOf.slice(),
      checked: this.checked,
      deferred: false,
      columns: this.columns.map((c) => c?.slice() ?? null),
      items: this.items.map((c) => c?.slice() ?? null),
    };
    return Object.assign(copy, fields);
  }

  /** The index of the shape whose fields are `keys`, in this order, or -1 when no record has it. */
  shapeWith(keys: readonly string[]): number {
    return this.shapes.findIndex((s) => s.length === keys.length && s.every((fi, j) => (this.fields[fi] as FieldSpec).key === keys[j]));
  }

  /** Record i's shape (an index into the shape table). */
  shapeAt(i: number): number {
    return this.shapeOf[i] as number;
  }

  /** Per shape (an index into the shape table), whether its records have the field `key`. */
  shapesWith(key: string): boolean[] {
    const fi = this.fields.findIndex((f) => f.key === key);
    return this.shapes.map((s) => s.includes(fi));
  }

  /** A list field's value for record i (a fresh array, sized once), for a record whose shape has it. */
  listAt(key: string, i: number): string[] {
    const fi = this.fields.findIndex((f) => f.key === key);
    const col = this.columns[fi];
    const items = this.items[fi];
    if (!col || !items) throw new Error(`${this.what}: no list ${key}`);
    const start = col[i] as number;
    const out = new Array<string>((col[i + 1] as number) - start);
    for (let z = 0; z < out.length; z++) out[z] = this.strings.at(items[start + z] as number);
    return out;
  }

  /** The column of a field that is not a list or lazy (its values checked as the field allows). */
  column(key: string): Uint32Array {
    const fi = this.fields.findIndex((f) => f.key === key);
    const col = this.columns[fi];
    if (!col || this.items[fi]) throw new Error(`${this.what}: no plain column ${key}`);
    return col;
  }

  /**
   * Record i's fields, in its shape's order; a `lazy` field is defined by `lazy` (an accessor), in its place: an
   * accessor added as a new property keeps the object's shape shared with its siblings (V8 turns an object whose
   * data property is redefined as an accessor into a dictionary, several times the memory).
   */
  row(i: number, lazy?: PropertyDescriptor): Record<string, unknown> {
    if (this.deferred) this.check(i);
    const o: Record<string, unknown> = {};
    for (const fi of this.shapes[this.shapeOf[i] as number] as number[]) {
      const f = this.fields[fi] as FieldSpec;
      const col = this.columns[fi] as Uint32Array;
      switch (f.kind) {
        case 'str': {
          const v = col[i] as number;
          o[f.key] = v === NONE ? null : this.strings.at(v);
          break;
        }
        case 'json': {
          const v = col[i] as number;
          o[f.key] = v === NONE ? null : JSON.parse(this.strings.at(v));
          break;
        }
        case 'u32':
          o[f.key] = col[i];
          break;
        case 'bool':
          o[f.key] = col[i] === 1;
          break;
        case 'list': {
          const items = this.items[fi] as Uint32Array;
          const start = col[i] as number;
          // sized once: a list grown by push from empty takes room for 16 (most lists here hold one or two names)
          const out = new Array<string>((col[i + 1] as number) - start);
          for (let z = 0; z < out.length; z++) out[z] = this.strings.at(items[start + z] as number);
          o[f.key] = out;
          break;
        }
        case 'lazy':
          if (lazy) Object.defineProperty(o, f.key, lazy);
          break;
      }
    }
    return o;
  }
}

/** The evidence part: every edge's evidence, in edge order. */
export function writeEvidencePart(w: BlockWriter, id: string, evidence: Iterable<readonly Evidence[]>, edges: number): void {
  const strings = new StringTableWriter();
  const cols = new ColumnsWriter('evidence', EVIDENCE_FIELDS, EVIDENCE_REQUIRED, strings);
  const offsets = new Uint32Array(edges + 1);
  let e = 0;
  for (const list of evidence) {
    for (const ev of list) cols.add(ev as unknown as Record<string, unknown>);
    offsets[++e] = cols.count;
  }
  if (e !== edges) throw new Error(`evidence of ${e} edges where the graph has ${edges}`);
  w.json({ id, edges, evidence: cols.count });
  w.u32(offsets);
  strings.write(w);
  cols.write(w);
}

/** An evidence part read and checked: `of(e)` is edge e's evidence, fresh objects each call. */
export class EvidencePart {
  private constructor(
    private readonly offsets: Uint32Array,
    private readonly cols: ColumnsReader,
  ) {}

  /** Edge e's evidence; a BinaryError for a record of it that is not what its fields allow. */
  of(e: number): Evidence[] {
    const out: Evidence[] = [];
    for (let i = this.offsets[e] as number, end = this.offsets[e + 1] as number; i < end; i++) out.push(this.cols.row(i) as unknown as Evidence);
    return out;
  }

  static read(r: BlockReader, id: string, edges: number): EvidencePart {
    const head = r.json() as { id?: unknown; edges?: unknown; evidence?: unknown } | null;
    if (head?.id !== id) throw new BinaryError('the evidence part is not the one of the graph loaded (the file was replaced since?): load the snapshot again');
    if (head.edges !== edges || !Number.isSafeInteger(head.evidence)) throw new BinaryError(`the evidence part counts ${String(head.edges)} edges, the graph ${edges}`);
    const offsets = r.u32(edges + 1);
    checkOffsets(offsets, head.evidence as number, 'evidence');
    // a command reads a few edges' evidence, a save all of it: strings are decoded, and records checked (a BinaryError
    // from `of`, before any of the edge's evidence is built), as they are read
    const strings = StringTable.read(r, false);
    const cols = new ColumnsReader('evidence', EVIDENCE_FIELDS, EVIDENCE_REQUIRED, r, head.evidence as number, strings, { deferred: true });
    if (!r.done) throw new BinaryError('bytes after the evidence');
    return new EvidencePart(offsets, cols);
  }
}

// checked by shape-check.ts (an unknown key refused, as a strict schema would): zod's parse is not compiled for them
const BadFilesSchema = z.array(z.object({ path: z.string(), error: z.string() }));
const ConflictsSchema = z.array(ConflictSchema);

/** The graph part's blocks and the evidence part's, for `corpus` (search part aside). */
export function encodeGraph(corpus: Corpus, id: string): { graph: BlockWriter; evidence: BlockWriter } {
  const g = corpus.graph;
  const strings = new StringTableWriter();
  const nodeIndex = new Map<string, number>();
  const nodeKeys = new Uint32Array(g.order);
  const nodes = new ColumnsWriter('a node', NODE_FIELDS, NODE_REQUIRED, strings);
  for (const n of g.nodeEntries()) {
    nodeKeys[nodeIndex.size] = strings.id(n.node);
    nodeIndex.set(n.node, nodeIndex.size);
    nodes.add(n.attributes as unknown as Record<string, unknown>);
  }
  const source = new Uint32Array(g.size);
  const target = new Uint32Array(g.size);
  const keys = new Uint32Array(g.size);
  const edges = new ColumnsWriter('an edge', EDGE_FIELDS, EDGE_REQUIRED, strings);
  let e = 0;
  for (const x of g.edgeEntries()) {
    const a = x.attributes;
    if (!Array.isArray(a.evidence)) throw new Error(`an edge: evidence cannot be written (${typeof a.evidence})`);
    source[e] = nodeIndex.get(x.source) as number;
    target[e] = nodeIndex.get(x.target) as number;
    // the key graphology would be given by the corpus, left out (as in format 4); any other is written
    keys[e] = x.edge === edgeKey(x.source, a.relation, x.target, a.assertedBy) ? NONE : strings.id(x.edge);
    edges.add(a as unknown as Record<string, unknown>);
    e++;
  }
  const documents = new ColumnsWriter('a document record', DOCUMENT_FIELDS, DOCUMENT_REQUIRED, strings);
  for (const [key, path] of corpus.documents) {
    const hash = corpus.hashes.get(key);
    const mentioned = corpus.mentioned.get(key);
    documents.add({ key, path, ...(hash ? { hash } : {}), ...(mentioned ? { mentioned } : {}) });
  }
  const w = new BlockWriter();
  w.json({ id, nodes: g.order, edges: g.size, documents: corpus.documents.size, nodeFields: NODE_FIELDS.length });
  strings.write(w);
  w.u32(nodeKeys);
  nodes.write(w);
  w.u32(source);
  w.u32(target);
  w.u32(keys);
  edges.write(w);
  documents.write(w);
  w.json(corpus.conflicts.map((c) => ({ id: c.id, keys: c.keys, paths: c.paths, reason: c.reason })));
  w.json(corpus.badFiles.map((b) => ({ path: b.path, error: b.error })));
  const ev = new BlockWriter();
  writeEvidencePart(ev, id, (function* () {
    for (const x of g.edgeEntries()) yield x.attributes.evidence;
  })(), g.size);
  return { graph: w, evidence: ev };
}

/** Where an edge's attributes keep their index into the evidence part (not enumerable: no output shows it). */
const EDGE_INDEX = Symbol('vanban.evidenceIndex');

/**
 * `evidence` as an own, enumerable accessor: the first read decodes the edge's evidence (the part read and checked
 * on the first read of any edge) and puts a plain value in its place, as does a write; JSON.stringify, spreads,
 * Object.assign and graphology's exports read it as they read any attribute, in its place among the keys.
 */
function evidenceAccessor(part: () => EvidencePart, refuse: (e: BinaryError) => Error): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: Record<PropertyKey, unknown>): Evidence[] {
      let value: Evidence[];
      try {
        value = part().of(this[EDGE_INDEX] as number);
      } catch (e) {
        throw e instanceof BinaryError ? refuse(e) : e;
      }
      Object.defineProperty(this, 'evidence', { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(this: Record<PropertyKey, unknown>, value: unknown): void {
      Object.defineProperty(this, 'evidence', { value, writable: true, enumerable: true, configurable: true });
    },
  };
}

/** The adjacency objects of a node of graphology 0.26's directed graphs: `out[target]`, `in[source]` hold its edges. */
interface AdjacencyData {
  in: Record<string, unknown>;
  out: Record<string, unknown>;
}

/**
 * Gives every node's adjacency objects (graphology keeps a node's edges in two plain objects keyed by the other end's
 * key) in dictionary mode, before the edges are inserted. Left as `{}`, each object takes a hidden-class transition
 * per key it is given, and the keys are 100 000 distinct node keys: V8 grows transition trees off the empty object's
 * map, then normalizes objects one by one once a map has too many transitions (attachMulti, graphology's insertion
 * of an edge into them, was 1.2 s of a 100 000-document load's 4.7 s CPU). A dictionary object answers `k in`, `[k]`,
 * `hasOwnProperty` and enumeration (insertion order, integer-like keys first) exactly as the plain object does, so
 * the graph is the same graph, in the same orders. Only empty objects of the shape expected are replaced: another
 * graphology's nodes are left as they are (slower, never wrong). An object no edge will go in (the out-edges of a node
 * only cited, the in-edges of a document no one cites) stays `{}`: it never takes a key, and a dictionary costs more
 * to make and to hold. `source` and `target` are the edges' ends as node numbers, the nodes in the graph's order.
 */
function dictionaryAdjacency(graph: Corpus['graph'], source: Uint32Array, target: Uint32Array): void {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return;
  const OUT = 1;
  const IN = 2;
  const used = new Uint8Array(nodes.size);
  for (let e = 0; e < source.length; e++) {
    const s = source[e] as number;
    const t = target[e] as number;
    used[s] = (used[s] as number) | OUT;
    used[t] = (used[t] as number) | IN;
  }
  let i = 0;
  for (const d of nodes.values() as IterableIterator<Partial<AdjacencyData>>) {
    const u = used[i++] as number;
    if (u === 0 || !isEmptyPlain(d.in) || !isEmptyPlain(d.out)) continue;
    if (u & IN) d.in = dictionaryObject();
    if (u & OUT) d.out = dictionaryObject();
  }
}

const isEmptyPlain = (o: unknown): boolean => typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype && Object.keys(o).length === 0;

/** An empty object with Object.prototype in V8's dictionary mode (`Object.create(null)` makes one; its prototype is then set back). */
function dictionaryObject(): Record<string, unknown> {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as Record<string, unknown>;
}

/** What graphology 0.26 keeps of a node of a directed multigraph (the fields an edge insertion changes). */
interface NodeData extends AdjacencyData {
  key: string;
  inDegree: number;
  outDegree: number;
}

/** Inserts node number `index` (the nodes in the part's order) under `key`, its attributes made on their first read. */
export type NodeInsert = (key: string, index: number) => void;

/** What a node whose attributes are made on first read keeps instead of them (see directNodeInsert). */
interface LaterNodeData extends AdjacencyData {
  key: string;
  value: unknown;
  index: number;
  inDegree: number;
  outDegree: number;
  directedLoops: number;
}

/**
 * The insertion graphology's `addNode` makes, without the checks a load does not need and the event no one hears
 * yet, with the node's attributes made by `later(index)` on their first read (graphology reads and writes a node's
 * attributes only as the property `attributes` of its node data, as an edge's: see directEdgeInsert), or null when
 * `graph` is not what this was written for. Made after the first node went in by graphology itself (`first`, with
 * `attributes`), from what that insertion left: an empty directed graph but for it, no listener of 'nodeAdded', its
 * node data made by a constructor of graphology 0.26's DirectedNodeData (the key, the attributes, the degrees, the
 * adjacency objects, in this order); otherwise null, and every node goes through graphology's method. A node's
 * data is of a kind of its own, whose prototype is DirectedNodeData's with `attributes` as an accessor that makes
 * them on the first read and keeps them, and takes what is written instead. A key already there is refused with
 * graphology's words. Made at load, the attribute objects of 104 000 nodes (17 fields each, a list of names) and
 * graphology's checks and events were about a tenth of a 100 000-document load's CPU, with their garbage collection.
 */
export function directNodeInsert(graph: Corpus['graph'], first: string, attributes: unknown, later: (index: number) => NodeAttributes): NodeInsert | null {
  const g = graph as unknown as Partial<GraphInternals>;
  const nodeMap = g._nodes;
  if (!(nodeMap instanceof Map) || nodeMap.size !== 1 || !(g._edges instanceof Map) || g._edges.size !== 0) return null;
  if (graph.type !== 'directed' || graph.listenerCount('nodeAdded') > 0) return null;
  const data = nodeMap.get(first) as Partial<LaterNodeData> | undefined;
  if (data === undefined || typeof data.constructor !== 'function' || Object.keys(data).join() !== 'key,attributes,inDegree,outDegree,directedLoops,in,out') return null;
  if (data.key !== first || (data as { attributes?: unknown }).attributes !== attributes || data.inDegree !== 0 || data.outDegree !== 0 || data.directedLoops !== 0 || !isEmptyPlain(data.in) || !isEmptyPlain(data.out)) return null;
  const NodeData = data.constructor as { prototype: unknown };
  // (a function, not a class: its instances are made without running DirectedNodeData's constructor, which writes
  // `attributes`; its fields in that constructor's order)
  function LaterNodeData(this: LaterNodeData, key: string, index: number): void {
    this.key = key;
    this.value = NOT_MADE;
    this.index = index;
    this.inDegree = 0;
    this.outDegree = 0;
    this.directedLoops = 0;
    this.in = {};
    this.out = {};
  }
  LaterNodeData.prototype = Object.create(NodeData.prototype as object, {
    attributes: {
      configurable: true,
      get(this: LaterNodeData): unknown {
        if (this.value === NOT_MADE) this.value = later(this.index);
        return this.value;
      },
      set(this: LaterNodeData, value: unknown): void {
        this.value = value;
      },
    },
  }) as object;
  const Later = LaterNodeData as unknown as new (key: string, index: number) => LaterNodeData;
  return (key, index) => {
    if (nodeMap.has(key)) throw new Error(`Graph.addNode: the "${key}" node already exist in the graph.`);
    nodeMap.set(key, new Later(key, index) as unknown as NodeData);
  };
}

/** What graphology 0.26 keeps of an edge: its EdgeData, whose `attachMulti` links it into its ends' adjacency objects. */
interface EdgeData {
  key: string;
  attributes: unknown;
  undirected: boolean;
  source: NodeData;
  target: NodeData;
  attachMulti(): void;
}

interface GraphInternals {
  _nodes: Map<string, NodeData>;
  _edges: Map<string, EdgeData>;
  _directedSize: number;
}

/**
 * Inserts an edge between the nodes numbered `s` and `t` (the nodes in the graph's order), with its attributes, or
 * with a number: the attributes are then `later(number)`, made on their first read (see directEdgeInsert).
 */
export type EdgeInsert = (key: string, s: number, t: number, attributes: EdgeAttributes | number) => void;

/** What an edge whose attributes are made on first read keeps instead of them (see directEdgeInsert). */
interface LaterEdgeData {
  key: string;
  value: unknown;
  index: number;
  undirected: boolean;
  source: NodeData;
  target: NodeData;
}

/** The value of an edge's attributes not made yet. */
const NOT_MADE: unique symbol = Symbol('vanban.attributesNotMade');

function laterEdgeClass(proto: object, later: ((index: number) => EdgeAttributes) | undefined): new (key: string, source: NodeData, target: NodeData, index: number) => EdgeData {
  function LaterEdgeData(this: LaterEdgeData, key: string, source: NodeData, target: NodeData, index: number): void {
    this.key = key;
    this.value = NOT_MADE;
    this.index = index;
    this.undirected = false;
    this.source = source;
    this.target = target;
  }
  LaterEdgeData.prototype = Object.create(proto, {
    attributes: {
      configurable: true,
      get(this: LaterEdgeData): unknown {
        if (this.value === NOT_MADE) this.value = (later as (index: number) => EdgeAttributes)(this.index);
        return this.value;
      },
      set(this: LaterEdgeData, value: unknown): void {
        this.value = value;
      },
    },
  }) as object;
  return LaterEdgeData as unknown as new (key: string, source: NodeData, target: NodeData, index: number) => EdgeData;
}

/**
 * The insertion graphology's `addDirectedEdgeWithKey` makes, without the checks a load does not need and the event no
 * one hears yet, or null when `graph` is not what it was written for. graphology's own method checks its graph's type
 * and options, coerces and looks up both ends by key, makes an event object and emits it, for every edge: at 343 000
 * edges the part of its time that is not the insertion itself was about a sixth of the edges' decoding. Made after the
 * first edge went in by graphology itself (`first`, between the nodes numbered `s` and `t`, with `attributes`), from
 * what that insertion left: the graph must be a directed multigraph without self-loops, with its nodes the part's, in
 * order, no listener of 'edgeAdded', and the first edge's data made by a constructor that takes (undirected, key,
 * source, target, attributes) and keeps them as graphology 0.26's EdgeData does, linked into both ends; otherwise
 * null, and every edge goes through graphology's method (slower, never different). What this insertion does is what
 * graphology's does for such a graph: the same EdgeData in the edge map, the same degrees and adjacency (its own
 * `attachMulti`), the same size; an edge to itself or a key already there is refused with graphology's words.
 *
 * An edge inserted with a number instead of its attributes has them made by `later(number)` on their first read
 * (graphology reads and writes an edge's attributes only as the property `attributes` of its EdgeData): its EdgeData
 * is of a kind of EdgeData's own, whose prototype is EdgeData's prototype with `attributes` as an accessor, which
 * makes them on the first read and keeps them, and takes what is written instead (a replace, an update). Made for
 * every edge of a load, the attribute objects (an own accessor for the evidence, which V8 defines by a runtime call
 * per object) were a third of a 100 000-document load's CPU with the garbage collection they made; a command reads
 * the attributes of the edges it walks.
 */
export function directEdgeInsert(graph: Corpus['graph'], nodeCount: number, first: string, s: number, t: number, attributes: unknown, later?: (index: number) => EdgeAttributes): EdgeInsert | null {
  const g = graph as unknown as Partial<GraphInternals>;
  const nodeMap = g._nodes;
  const edges = g._edges;
  if (!(nodeMap instanceof Map) || !(edges instanceof Map) || nodeMap.size !== nodeCount || edges.size !== 1 || typeof g._directedSize !== 'number') return null;
  if (graph.type !== 'directed' || !graph.multi || graph.allowSelfLoops || graph.listenerCount('edgeAdded') > 0) return null;
  const nodes = [...nodeMap.values()];
  const data = edges.get(first);
  const from = nodes[s];
  const to = nodes[t];
  if (data === undefined || from === undefined || to === undefined || typeof data.attachMulti !== 'function' || typeof data.constructor !== 'function') return null;
  if (data.key !== first || data.attributes !== attributes || data.undirected !== false || data.source !== from || data.target !== to) return null;
  if (Object.keys(data).join() !== 'key,attributes,undirected,source,target' || from.out[to.key] !== data || to.in[from.key] !== data) return null;
  if (from.outDegree !== 1 || to.inDegree !== 1 || nodes.some((n) => typeof n.inDegree !== 'number' || typeof n.outDegree !== 'number' || typeof n.key !== 'string')) return null;
  const Data = data.constructor as new (undirected: boolean, key: string, source: NodeData, target: NodeData, attributes: unknown) => EdgeData;
  const internals = g as GraphInternals;
  // (a function, not a class: its instances are made without running EdgeData's constructor, which writes
  // `attributes`; its fields in EdgeData's order)
  const Later = laterEdgeClass(Data.prototype as object, later);

  return (key, s, t, attributes) => {
    const source = nodes[s] as NodeData;
    const target = nodes[t] as NodeData;
    if (source === target) throw new Error(`Graph.addDirectedEdgeWithKey: source & target are the same ("${source.key}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`);
    if (edges.has(key)) throw new Error(`Graph.addDirectedEdgeWithKey: the "${key}" edge already exists in the graph.`);
    if (typeof attributes === 'number' && later === undefined) throw new Error('an edge inserted with no attributes and nothing to make them');
    const edge = typeof attributes === 'number' ? new Later(key, source, target, attributes) : new Data(false, key, source, target, attributes);
    edges.set(key, edge);
    source.outDegree++;
    target.inDegree++;
    edge.attachMulti();
    internals._directedSize++;
  };
}

/** The nodes the lookup index keeps by name (Corpus.rebuildIndex's, from the columns: a type is looked at once per distinct value). */
function lawsOf(nodes: ColumnsReader, strings: StringTable, keyOf: readonly string[]): Array<[string, 'luat' | 'bo-luat' | 'phap-lenh', string, string | null]> {
  const kind = nodes.column('kind');
  const type = nodes.column('type');
  const title = nodes.column('title');
  const date = nodes.column('date');
  const lawType = new Map<number, boolean>();
  const str = (v: number): string | null => (v === NONE ? null : strings.at(v));
  const laws: Array<[string, 'luat' | 'bo-luat' | 'phap-lenh', string, string | null]> = [];
  for (let i = 0; i < keyOf.length; i++) {
    const t = type[i] as number;
    if (t === NONE) continue;
    let law = lawType.get(t);
    if (law === undefined) lawType.set(t, (law = lawKindOf('document', strings.at(t), 'a title') !== null));
    if (!law) continue;
    const k = lawKindOf(strings.at(kind[i] as number), strings.at(t), str(title[i] as number));
    if (k !== null) laws.push([keyOf[i] as string, k, str(title[i] as number) as string, str(date[i] as number)]);
  }
  return laws;
}

/**
 * Edge e's attributes, of the edges' usual shape, from copies of their columns and `strings` (detached): the
 * function is kept for the attributes not read yet (see directEdgeInsert), and keeps none of the part's bytes (a
 * function of its own, so that its closure holds only these copies, not the decoding's views of the part).
 */
function canonicalAttributes(edges: ColumnsReader, strings: StringTable, accessor: PropertyDescriptor): (e: number) => EdgeAttributes {
  const at = strings.at.bind(strings);
  const relation = edges.column('relation').slice();
  const count = edges.column('count').slice();
  const asserted = edges.column('asserted').slice();
  const assertedBy = edges.column('assertedBy').slice();
  const resolution = edges.column('resolution').slice();
  return (e) => {
    const by = assertedBy[e] as number;
    const a: Record<PropertyKey, unknown> = { relation: at(relation[e] as number), count: count[e], asserted: asserted[e] === 1, assertedBy: by === NONE ? null : at(by) };
    Object.defineProperty(a, 'evidence', accessor);
    a.resolution = at(resolution[e] as number);
    Object.defineProperty(a, EDGE_INDEX, { value: e });
    return a as unknown as EdgeAttributes;
  };
}

/** Node i's attributes, rebuilt by `columns` (detached: a function of its own, whose closure holds the columns alone). */
function rowsOf(columns: ColumnsReader): (i: number) => NodeAttributes {
  return (i) => columns.row(i) as unknown as NodeAttributes;
}

/** Thrown for a record the graph refuses (a duplicate node, an edge to itself): the caller names the record. */
export class RestoreError extends Error {
  constructor(
    readonly record: string,
    reason: unknown,
  ) {
    super(`${record} cannot be restored (${reason instanceof Error ? reason.message : String(reason)})`, { cause: reason });
    this.name = 'RestoreError';
  }
}

/**
 * The graph part (`bytes`, a Buffer of its own at a 4-aligned offset) into `corpus`, checked throughout; the
 * evidence is left to `evidence()`, called on the first read of any edge's evidence. Throws BinaryError for a
 * part that is not what the format says, RestoreError for a record the graph refuses; an edge's evidence that is
 * not what the format says is refused when it is read, by the error `refuse` makes of the BinaryError.
 */
export function decodeGraph(bytes: Buffer, corpus: Corpus, expected: { id: string; nodes: number; edges: number }, evidence: () => EvidencePart, refuse: (e: BinaryError) => Error): void {
  const r = new BlockReader(bytes);
  const head = r.json() as { id?: unknown; nodes?: unknown; edges?: unknown; documents?: unknown; nodeFields?: unknown } | null;
  if (head?.id !== expected.id || head.nodes !== expected.nodes || head.edges !== expected.edges) throw new BinaryError('the graph part does not match the header');
  const nodeFields = head.nodeFields ?? NODE_FIELDS_FIRST;
  if (!Number.isInteger(nodeFields) || (nodeFields as number) < NODE_FIELDS_FIRST || (nodeFields as number) > NODE_FIELDS.length) throw new BinaryError(`the graph part: ${String(nodeFields)} node columns, this version reads ${NODE_FIELDS_FIRST} to ${NODE_FIELDS.length}`);
  const documentCount = head.documents;
  if (!Number.isSafeInteger(documentCount) || (documentCount as number) < 0) throw new BinaryError('the graph part: a damaged count of documents');
  const strings = StringTable.read(r);
  const nodeKeys = r.u32(expected.nodes);
  for (let i = 0; i < nodeKeys.length; i++) if ((nodeKeys[i] as number) >= strings.size) throw new BinaryError(`node ${i}: a key out of range`);
  const nodes = new ColumnsReader('node', NODE_FIELDS.slice(0, nodeFields as number), NODE_REQUIRED, r, expected.nodes, strings);
  const source = r.u32(expected.edges);
  const target = r.u32(expected.edges);
  const keys = r.u32(expected.edges);
  for (let e = 0; e < expected.edges; e++) {
    if ((source[e] as number) >= expected.nodes || (target[e] as number) >= expected.nodes) throw new BinaryError(`edge ${e}: an end out of range`);
    if (keys[e] !== NONE && (keys[e] as number) >= strings.size) throw new BinaryError(`edge ${e}: a key out of range`);
  }
  const edges = new ColumnsReader('edge', EDGE_FIELDS, EDGE_REQUIRED, r, expected.edges, strings);
  const documents = new ColumnsReader('document', DOCUMENT_FIELDS, DOCUMENT_REQUIRED, r, documentCount as number, strings);
  const conflicts = r.json() as z.infer<typeof ConflictsSchema>;
  const badFiles = r.json() as z.infer<typeof BadFilesSchema>;
  if (!checkOf(ConflictsSchema)(conflicts) || !checkOf(BadFilesSchema)(badFiles)) throw new BinaryError('a damaged list of conflicts or bad files');
  if (!r.done) throw new BinaryError('bytes after the graph part');

  const graph = corpus.graph;
  const keyOf: string[] = new Array<string>(expected.nodes);
  // a node's attributes are made when first read (see directNodeInsert), from copies of the columns
  // (the strings the attributes made later read: the table's offsets copied once, for the nodes and the edges)
  const kept = strings.detached();
  const nodeAttributes = graph.order === 0 ? rowsOf(nodes.detached(kept)) : null;
  let insertNode: NodeInsert | null = null;
  let i = 0;
  try {
    for (; i < expected.nodes; i++) {
      const key = strings.flat(nodeKeys[i] as number);
      keyOf[i] = key;
      if (insertNode !== null) insertNode(key, i);
      else {
        const a = nodes.row(i) as unknown as NodeAttributes;
        graph.addNode(key, a);
        if (i === 0 && nodeAttributes !== null) insertNode = directNodeInsert(graph, key, a, nodeAttributes);
      }
    }
  } catch (e) {
    throw new RestoreError(`node ${i}`, e);
  }
  // (the graph held no node before: its nodes are the part's, in their order)
  if (graph.order === expected.nodes) dictionaryAdjacency(graph, source, target);
  const accessor = evidenceAccessor(evidence, refuse);
  const middle = new Map<string, string>();
  const middleOf = (relation: string): string => {
    const m = `|${relation}|`;
    middle.set(relation, m);
    return m;
  };
  const tail: Array<string | undefined> = new Array<string | undefined>(expected.nodes);
  // the edges' one shape in practice, made by an object literal in the fields' order (what `row` makes, field for
  // field): `row`'s keyed stores of varying names cost twice as much, at 339 000 edges a fifth of a second
  const canonical = edges.shapeWith(EDGE_FIELDS.map((f) => f.key));
  const relation = edges.column('relation');
  const assertedBy = edges.column('assertedBy');
  // an edge of that shape has its attributes made when first read (see directEdgeInsert)
  const attributesOf = canonicalAttributes(edges, kept, accessor);
  let insert: EdgeInsert | null = null;
  let e = 0;
  try {
    for (; e < expected.edges; e++) {
      const later = insert !== null && edges.shapeAt(e) === canonical;
      let a: EdgeAttributes | null = null;
      if (!later) {
        if (edges.shapeAt(e) === canonical) a = attributesOf(e);
        else {
          const row = edges.row(e, accessor);
          Object.defineProperty(row, EDGE_INDEX, { value: e });
          a = row as unknown as EdgeAttributes;
        }
      }
      const s = keyOf[source[e] as number] as string;
      const t = keyOf[target[e] as number] as string;
      let key: string;
      if (keys[e] !== NONE) key = strings.flat(keys[e] as number);
      else {
        // edgeKey(s, relation, t, assertedBy), "s|relation|t|assertedBy", joined from pieces kept per relation and per
        // target: two or three string concatenations per edge instead of five (each a 32-byte cons string kept by the
        // graph's maps: 50 MB of a 100 000-document load)
        const r = a !== null ? a.relation : strings.at(relation[e] as number);
        const by = a !== null ? a.assertedBy : assertedBy[e] === NONE ? null : strings.at(assertedBy[e] as number);
        key = s + (middle.get(r) ?? middleOf(r)) + (tail[target[e] as number] ??= `${t}|`);
        if (by !== null) key += by;
      }
      if (insert !== null) insert(key, source[e] as number, target[e] as number, a ?? e);
      else {
        graph.addDirectedEdgeWithKey(key, s, t, a as EdgeAttributes);
        if (e === 0) insert = directEdgeInsert(graph, expected.nodes, key, source[0] as number, target[0] as number, a, attributesOf);
      }
    }
  } catch (x) {
    throw new RestoreError(`edge ${e}`, x);
  }
  corpus.restoreIndexLater(keyOf, lawsOf(nodes, strings, keyOf));
  // the records go into maps (no object of theirs is kept): read from the columns, not rebuilt as objects by `row`
  const docKey = documents.column('key');
  const docPath = documents.column('path');
  const docHash = documents.column('hash');
  const withHash = documents.shapesWith('hash');
  const withMentioned = documents.shapesWith('mentioned');
  const known = corpus.documents;
  for (let i = 0; i < (documentCount as number); i++) {
    const key = strings.at(docKey[i] as number);
    if (known.has(key)) throw new RestoreError(`document record ${i}`, new Error(`a second record of ${key}`));
    const shape = documents.shapeAt(i);
    const path = docPath[i] as number;
    corpus.restoreRecord({
      t: 'document',
      key,
      path: path === NONE ? null : strings.at(path),
      hash: withHash[shape] ? strings.at(docHash[i] as number) : undefined,
      mentioned: withMentioned[shape] ? documents.listAt('mentioned', i) : undefined,
    });
  }
  for (const conflict of conflicts) corpus.restoreRecord({ t: 'conflict', conflict });
  for (const b of badFiles) corpus.restoreRecord({ t: 'bad', path: b.path, error: b.error });
}
