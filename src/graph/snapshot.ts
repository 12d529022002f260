import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import { BinaryError, BlockReader, BlockWriter } from '../search/binary.js';
import { PagedFile } from '../search/paged-file.js';
import { openPagedPart, writePagedPart } from '../search/paged-part.js';
import { SearchDocRecordSchema, SearchIndexRecordSchema } from '../search/schema.js';
import type * as SearchEngineModule from '../search/search-index.js';
import type { SearchIndex } from '../search/search-index.js';
import { writeFailure, writeFileAtomic, type Sink } from './atomic-write.js';
import { CheckedLineWriter, crc32, FrameError, readCheckedLines } from './checksum.js';
import { Corpus, edgeKey, type SearchLoader } from './corpus.js';
import { ConflictSchema, EdgeAttributesSchema, EvidenceSchema, NodeAttributesSchema, type EdgeAttributes, type Evidence } from './schema.js';
import { shapeCheck, type ShapeCheck } from './shape-check.js';
import { decodeGraph, encodeGraph, EvidencePart, RestoreError } from './snapshot-binary.js';

/**
 * A corpus on disk: one JSON record per line (NDJSON), streamed both ways, so that no single
 * string holds the whole graph (graphology's one-string export breaks near 3.5 M edges,
 * ../shared/spec/ecosystem.md §3). The first line names the format and version; every line is
 * validated on load; a corrupt, cut or foreign file is refused with a SnapshotError saying why,
 * and nothing is returned half-loaded.
 *
 * Version 2 leaves out of edge records what the graph already says: the edge key (see `edgeKey`)
 * and, in each piece of evidence, the citing document and its path when they are the edge's own
 * (the asserting document, else the source): a fifth of the file (load time and memory barely
 * change); a value that differs from the default is written out. It ends with a record counting
 * the records before it, so a file cut anywhere is refused.
 *
 * Version 3 is version 2 with a CRC-32 after every block of about a megabyte and in the end record
 * (see checksum.ts): a flipped byte anywhere is refused, not loaded as another value; bad UTF-8 is
 * refused, never read as U+FFFD. It is written to a temporary file, flushed and renamed over the old
 * snapshot (atomic-write.ts): a crash mid-write leaves the old snapshot whole. Version 2 files
 * still load (cuts are caught by their end record; damage inside a record may not be); version 1
 * files, which cannot tell a cut file from a whole one, are refused with the advice to ingest again.
 *
 * Version 4 is two parts in one file, so that a command that never searches never reads the search
 * index (nine tenths of the bytes): the graph part, version 3's checked lines without the search
 * records, then, when the corpus has a search index, the search part in binary (blocks of typed
 * arrays and UTF-8, see src/search/binary.ts) and a trailer of 32 bytes that gives its offset,
 * length and CRC-32 and checks itself. Loading the graph reads the trailer (a cut anywhere changes the
 * file's length: refused at once); the search part is read, checked against its CRC and against the
 * header's random id (a snapshot rewritten since shows a different id), then decoded, on first use.
 *
 * Version 5 keeps version 4's header line and search part, and writes the graph part in binary too
 * (snapshot-binary.ts): a string table and columns of typed arrays, then the edges' evidence as a part of
 * its own, read on the first touch of any edge's evidence. A graph trailer of 40 bytes after them gives
 * where the evidence part starts and ends, a CRC-32 of the header line and graph part and one of the
 * evidence part, and checks itself; the search part and its trailer follow as in version 4. Loading
 * reads the trailers (a cut changes the file's length: refused at once), then the header line and the
 * graph part in one read, checked against their CRC before anything is decoded. Its search part is paged
 * (src/search/paged-part.ts, trailer `VBSRCH05`: the trailer's CRC is of the part's head, which holds a
 * CRC per 64 kB page of the rest): opened without reading all of it, each page checked when first read;
 * files with a search part as in version 4 (`VBSRCH04`) still load.
 */
export const SNAPSHOT_FORMAT = 'vanban-snapshot';

type SearchEngine = typeof SearchEngineModule;
let searchEngine: SearchEngine | null = null;
/**
 * The search engine (src/search/search-index.ts, and flexsearch, the query reader and the extractor behind it) is
 * imported by a load that keeps the search part (any `search` but 'none') and by a save, not with this module: a
 * process that loads a snapshot with `search: 'none'` and only asks its graph never loads it. The search part's
 * loaders are made only after that import, so their synchronous `loadSync` finds the engine loaded.
 */
const importSearchEngine = async (): Promise<SearchEngine> => (searchEngine ??= await import('../search/search-index.js'));
function loadedSearchEngine(): SearchEngine {
  if (searchEngine === null) throw new Error('vanban: the search engine is read before it was imported (a loader made outside loadSnapshot?)');
  return searchEngine;
}
export const SNAPSHOT_VERSION = 5;

const HeaderSchema = z
  .object({ format: z.literal(SNAPSHOT_FORMAT), version: z.number(), created: z.string(), nodes: z.number().int(), edges: z.number().int(), searchDocuments: z.number().int().optional(), searchId: z.string().regex(/^[0-9a-f]{16}$/).optional(), id: z.string().regex(/^[0-9a-f]{16}$/).optional() })
  .strict();
/** The trailer of a version 4 file with a search part: magic, offset (u64), length (u64), CRC of the part, CRC of the 28 bytes before. */
const TRAILER_MAGIC = Buffer.from('VBSRCH04', 'latin1');
/** The same trailer before a paged search part (src/search/paged-part.ts, written by version 5): its CRC is of the part's head. */
const PAGED_TRAILER_MAGIC = Buffer.from('VBSRCH05', 'latin1');
const TRAILER_BYTES = 32;
/** The graph trailer of version 5: magic, end of the graph part (u64), end of the evidence part (u64), their CRCs, zeros, CRC of the 36 bytes before. */
const GRAPH_TRAILER_MAGIC = Buffer.from('VBGRAF05', 'latin1');
const GRAPH_TRAILER_BYTES = 40;
const StoredEvidenceSchema = EvidenceSchema.extend({ document: EvidenceSchema.shape.document.optional(), path: EvidenceSchema.shape.path.optional() });
const StoredEdgeAttributesSchema = EdgeAttributesSchema.extend({ evidence: z.array(StoredEvidenceSchema) });
export const GraphRecordSchemas = {
  node: z.object({ t: z.literal('node'), key: z.string(), attributes: NodeAttributesSchema }),
  edge: z.object({ t: z.literal('edge'), key: z.string().optional(), source: z.string(), target: z.string(), attributes: StoredEdgeAttributesSchema }),
  // hash: of the file's bytes and manifest entry (absent in older snapshots): what `ingest --update` compares, after
  // the extraction version that read the file ("2:…"; bare in snapshots before the stamp, which are read again)
  // mentioned: the node each of its mentions counted on (absent in older snapshots), taken back when it is removed
  document: z.object({ t: z.literal('document'), key: z.string(), path: z.string().nullable(), hash: z.string().regex(/^(?:[0-9]{1,6}:)?[0-9a-f]{64}$/).optional(), mentioned: z.array(z.string()).optional() }),
  conflict: z.object({ t: z.literal('conflict'), conflict: ConflictSchema }),
  bad: z.object({ t: z.literal('bad'), path: z.string(), error: z.string() }),
};
const RecordSchema = z.discriminatedUnion('t', [
  GraphRecordSchemas.node,
  GraphRecordSchemas.edge,
  GraphRecordSchemas.document,
  GraphRecordSchemas.conflict,
  GraphRecordSchemas.bad,
  SearchDocRecordSchema,
  SearchIndexRecordSchema,
  // the last line (version 2): how many records precede it, so that a file cut anywhere is refused,
  // the flexsearch chunks included (whose count nothing else tells); strict, so that a version 3
  // end record (with its CRC) under a header damaged into "version 2" is refused
  z.object({ t: z.literal('end'), records: z.number().int().nonnegative() }).strict(),
]);
type GraphRecord = z.infer<typeof RecordSchema>;
/**
 * The graph's records checked without a copy (shape-check.ts): a record that passes is the value zod would
 * return, and is used as it is; any other (and the search records of versions 2 and 3) goes through
 * RecordSchema, for its output or its refusal. Built on the first load, not at import.
 */
let fastChecks: Map<unknown, ShapeCheck> | null = null;
function checkedRecord(value: unknown): GraphRecord | null {
  fastChecks ??= new Map(Object.entries(GraphRecordSchemas).map(([t, s]) => [t, shapeCheck(s)]));
  const check = typeof value === 'object' && value !== null ? fastChecks.get((value as { t?: unknown }).t) : undefined;
  return check?.(value) ? (value as GraphRecord) : null;
}
/** Version 3's end record: the count, and the check of every byte before it (verified by readCheckedLines). */
const EndV3Schema = z.object({ t: z.literal('end'), records: z.number().int().nonnegative(), bytes: z.number().int(), crc: z.number().int() }).strict();

/** A snapshot that cannot be read (missing, foreign, damaged, cut short) or written (the disk's refusal). */
export class SnapshotError extends Error {
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`${path}: ${reason}`, options);
    this.name = 'SnapshotError';
  }
}

export interface SaveSnapshotOptions {
  /**
   * 5 (the default), 4 for a file that vanban 4-format readers read (the graph part as checked JSON lines),
   * or 3 (one stream of JSON lines, the search index among them: its load reads and parses all of it)
   */
  version?: 3 | 4 | 5;
}

/**
 * Write `corpus` to `path` (format version 5, or 4 or 3 when asked): atomically (a temporary file beside
 * it, flushed, then renamed over the old one), with a CRC-32 per block of records and one over the
 * search part. A corpus whose search part was not read yet (loaded lazily) reads it first.
 */
export async function saveSnapshot(corpus: Corpus, path: string, options: SaveSnapshotOptions = {}): Promise<void> {
  await corpus.searchReady();
  try {
    const version = options.version ?? SNAPSHOT_VERSION;
    await (version === 5 ? writeSnapshotV5(corpus, path) : writeSnapshot(corpus, path, version));
  } catch (e) {
    // the system's refusal (a full disk, a folder gone, permissions), said with the path it was about
    const reason = writeFailure(e);
    if (reason === null) throw e;
    throw new SnapshotError(path, reason, { cause: e });
  }
}

async function writeSnapshot(corpus: Corpus, path: string, version: 3 | 4): Promise<void> {
  await writeFileAtomic(path, async (sink) => {
    const out = new CheckedLineWriter(sink);
    let records = -1; // the header is not counted
    const write = async (record: unknown): Promise<void> => {
      records++;
      await out.line(JSON.stringify(record));
    };
    const g = corpus.graph;
    const { SearchIndex } = await importSearchEngine();
    const search = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex : null;
    const searchId = randomBytes(8).toString('hex');
    const searchFields = search ? { searchDocuments: search.size, ...(version === 4 ? { searchId } : {}) } : {};
    await write({ format: SNAPSHOT_FORMAT, version, created: new Date().toISOString(), nodes: g.order, edges: g.size, ...searchFields });
    for (const n of g.nodeEntries()) await write({ t: 'node', key: n.node, attributes: n.attributes });
    for (const e of g.edgeEntries()) {
      const a = e.attributes;
      const document = a.assertedBy ?? e.source;
      const path = pathOf(corpus, document);
      const evidence = a.evidence.map(({ document: d, path: p, ...rest }) => ({ ...(d === document ? {} : { document: d }), ...(p === path ? {} : { path: p }), ...rest }));
      const key = e.edge === edgeKey(e.source, a.relation, e.target, a.assertedBy) ? {} : { key: e.edge };
      await write({ t: 'edge', ...key, source: e.source, target: e.target, attributes: { ...a, evidence } });
    }
    for (const [key, p] of corpus.documents) {
      const hash = corpus.hashes.get(key);
      const mentioned = corpus.mentioned.get(key);
      await write({ t: 'document', key, path: p, ...(hash ? { hash } : {}), ...(mentioned ? { mentioned } : {}) });
    }
    for (const conflict of corpus.conflicts) await write({ t: 'conflict', conflict });
    for (const b of corpus.badFiles) await write({ t: 'bad', path: b.path, error: b.error });
    if (search && version === 3) await search.exportRecords(write);
    await out.finish({ t: 'end', records });
    if (search && version === 4) await writeSearchPart(search, searchId, out.bytesWritten, sink);
  });
}

/**
 * Version 5: the header line (padded with spaces to a multiple of 8 bytes, so that the binary blocks after it
 * start aligned), the graph part, the evidence part, the graph trailer, then the search part as in version 4.
 */
async function writeSnapshotV5(corpus: Corpus, path: string): Promise<void> {
  await writeFileAtomic(path, async (sink) => {
    const g = corpus.graph;
    const { SearchIndex } = await importSearchEngine();
    const search = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex : null;
    const id = randomBytes(8).toString('hex');
    const searchId = randomBytes(8).toString('hex');
    const { graph, evidence } = encodeGraph(corpus, id);
    let line = JSON.stringify({ format: SNAPSHOT_FORMAT, version: 5, created: new Date().toISOString(), nodes: g.order, edges: g.size, id, ...(search ? { searchDocuments: search.size, searchId } : {}) });
    line += ' '.repeat((8 - ((Buffer.byteLength(line) + 1) % 8)) % 8) + '\n';
    const parts = [Buffer.from(line, 'utf8'), ...graph.drain()];
    let crcGraph = 0;
    let graphEnd = 0;
    for (const p of parts) {
      crcGraph = crc32(p, crcGraph);
      graphEnd += p.length;
    }
    const evidenceParts = evidence.drain();
    let crcEvidence = 0;
    let evidenceEnd = graphEnd;
    for (const p of evidenceParts) {
      crcEvidence = crc32(p, crcEvidence);
      evidenceEnd += p.length;
    }
    await sinkAll(sink, parts);
    await sinkAll(sink, evidenceParts);
    const trailer = Buffer.alloc(GRAPH_TRAILER_BYTES);
    GRAPH_TRAILER_MAGIC.copy(trailer, 0);
    trailer.writeBigUInt64LE(BigInt(graphEnd), 8);
    trailer.writeBigUInt64LE(BigInt(evidenceEnd), 16);
    trailer.writeUInt32LE(crcGraph, 24);
    trailer.writeUInt32LE(crcEvidence, 28);
    trailer.writeUInt32LE(crc32(trailer.subarray(0, 36)), 36);
    await sink(trailer);
    if (search) await writeSearchPart(search, searchId, evidenceEnd + GRAPH_TRAILER_BYTES, sink, true);
  });
}

/** Many small views (a block's length, its bytes, its padding) handed on as writes of a few megabytes. */
async function sinkAll(sink: Sink, parts: Uint8Array[]): Promise<void> {
  let batch: Uint8Array[] = [];
  let bytes = 0;
  for (const p of parts) {
    batch.push(p);
    bytes += p.length;
    if (bytes >= 4 << 20) {
      await sink(batch.length === 1 ? (batch[0] as Uint8Array) : Buffer.concat(batch, bytes));
      batch = [];
      bytes = 0;
    }
  }
  if (bytes > 0) await sink(batch.length === 1 ? (batch[0] as Uint8Array) : Buffer.concat(batch, bytes));
}

/** The search part of a version 4 or 5 file and its trailer, after the graph part's `offset` bytes. */
async function writeSearchPart(search: SearchIndex, searchId: string, offset: number, sink: (bytes: Uint8Array) => Promise<void>, paged = false): Promise<void> {
  if (paged) {
    const { length, crc } = await writePagedPart(search, searchId, sink);
    await sink(searchTrailer(PAGED_TRAILER_MAGIC, offset, length, crc));
    return;
  }
  const w = new BlockWriter();
  let crc = 0;
  let length = 0;
  const flush = async (): Promise<void> => {
    for (const part of w.drain()) {
      crc = crc32(part, crc);
      length += part.length;
      await sink(part);
    }
  };
  w.json({ searchId });
  await search.writeBinary(w, flush);
  await flush();
  await sink(searchTrailer(TRAILER_MAGIC, offset, length, crc));
}

function searchTrailer(magic: Buffer, offset: number, length: number, crc: number): Buffer {
  const trailer = Buffer.alloc(TRAILER_BYTES);
  magic.copy(trailer, 0);
  trailer.writeBigUInt64LE(BigInt(offset), 8);
  trailer.writeBigUInt64LE(BigInt(length), 16);
  trailer.writeUInt32LE(crc, 24);
  trailer.writeUInt32LE(crc32(trailer.subarray(0, 28)), 28);
  return trailer;
}

interface SearchPart {
  id: string;
  documents: number;
  offset: number;
  length: number;
  crc: number;
  /** a paged part (version 5's): `crc` is its head's; the file is `offset + length` and a trailer */
  paged?: boolean;
}

/** The trailer of `path` (a version 4 file with a search part), checked against the file and the graph part. */
async function readTrailer(path: string, graphEnd: number): Promise<{ offset: number; length: number; crc: number }> {
  const file = await open(path);
  try {
    const size = (await file.stat()).size;
    if (size < graphEnd + TRAILER_BYTES) throw new SnapshotError(path, `truncated: ${size} bytes, no room for the search part after the graph part (${graphEnd} bytes)`);
    const t = Buffer.alloc(TRAILER_BYTES);
    await file.read(t, 0, TRAILER_BYTES, size - TRAILER_BYTES);
    if (!t.subarray(0, 8).equals(TRAILER_MAGIC) || t.readUInt32LE(28) !== crc32(t.subarray(0, 28))) throw new SnapshotError(path, 'truncated or damaged: the search part has no whole trailer');
    const offset = Number(t.readBigUInt64LE(8));
    const length = Number(t.readBigUInt64LE(16));
    if (offset !== graphEnd) throw new SnapshotError(path, `damaged: the trailer puts the search part at byte ${offset}, the graph part ends at byte ${graphEnd}`);
    if (offset + length + TRAILER_BYTES !== size) throw new SnapshotError(path, `truncated or damaged: ${size} bytes, where the trailer counts ${offset + length + TRAILER_BYTES}`);
    return { offset, length, crc: t.readUInt32LE(24) };
  } finally {
    await file.close();
  }
}

/** The search part's bytes, checked, decoded: a SnapshotError for anything wrong. */
function decodeSearchPart(path: string, part: SearchPart, file: PagedFile): SearchIndex {
  // (the file is left open for the texts read by range: closed here when the part is refused)
  if (file.length !== part.length) {
    file.close();
    throw new SnapshotError(path, `truncated: the search part is ${file.length} bytes, the trailer counts ${part.length} (the file changed since its graph was loaded?)`);
  }
  if (file.crc !== part.crc) {
    file.close();
    throw new SnapshotError(path, 'damaged: checksum mismatch in the search part');
  }
  let index: SearchIndex;
  try {
    const r = new BlockReader(file);
    const head = r.json() as { searchId?: unknown };
    if (head?.searchId !== part.id) throw new SnapshotError(path, 'the search part is not the one of the graph loaded (the file was replaced since?): load the snapshot again');
    index = loadedSearchEngine().SearchIndex.readBinary(r);
  } catch (e) {
    file.close();
    if (e instanceof SnapshotError) throw e;
    if (e instanceof BinaryError || e instanceof SyntaxError || e instanceof RangeError || e instanceof TypeError) throw new SnapshotError(path, `the search index cannot be restored (${why(e)})`);
    throw e;
  }
  if (index.size !== part.documents) throw new SnapshotError(path, `the search part holds ${index.size} documents, the header counts ${part.documents}`);
  return index;
}

const readFailure = (path: string, e: unknown): SnapshotError => {
  const code = (e as NodeJS.ErrnoException).code;
  return new SnapshotError(path, code === 'ENOENT' ? 'no such file (gone since its graph was loaded)' : `cannot read (${code ?? why(e)})`, { cause: e });
};

/** A paged search part opened (its head checked; lists and texts read by range later): a SnapshotError for anything wrong. */
function openPaged(path: string, part: SearchPart): SearchIndex {
  try {
    const index = openPagedPart(path, { offset: part.offset, length: part.length, crc: part.crc, searchId: part.id, fileSize: part.offset + part.length + TRAILER_BYTES }, (r) => loadedSearchEngine().SearchIndex.readBinary(r), (reason) => new SnapshotError(path, reason));
    if (index.size !== part.documents) {
      index.close();
      throw new SnapshotError(path, `the search part holds ${index.size} documents, the header counts ${part.documents}`);
    }
    return index;
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    if (e instanceof BinaryError || e instanceof SyntaxError || e instanceof RangeError || e instanceof TypeError) throw new SnapshotError(path, `the search index cannot be restored (${why(e)})`);
    throw readFailure(path, e);
  }
}

/** Reads a version 4 search part when first asked (once: the same promise for every caller). */
function searchLoader(path: string, part: SearchPart): SearchLoader {
  if (part.paged) {
    let index: SearchIndex | null = null;
    const loadSync = (): SearchIndex => (index ??= openPaged(path, part));
    return { load: async () => loadSync(), loadSync };
  }
  let pending: Promise<SearchIndex> | null = null;
  const loadAsync = async (): Promise<SearchIndex> => {
    let file: PagedFile;
    try {
      // checked whole (CRC-32) through a small buffer; the texts a query shows are read by range later
      file = await PagedFile.open(path, part.offset, part.length);
    } catch (e) {
      throw readFailure(path, e);
    }
    return decodeSearchPart(path, part, file);
  };
  return {
    load() {
      pending ??= loadAsync().catch((e: unknown) => {
        pending = null; // tried again (and refused again) on the next call
        throw e;
      });
      return pending;
    },
    loadSync() {
      let file: PagedFile;
      try {
        if (statSync(path).size !== part.offset + part.length + TRAILER_BYTES) throw new SnapshotError(path, 'the file changed since its graph was loaded: load the snapshot again');
        file = PagedFile.openSync(path, part.offset, part.length);
      } catch (e) {
        if (e instanceof SnapshotError) throw e;
        throw readFailure(path, e);
      }
      return decodeSearchPart(path, part, file);
    },
  };
}

const pathOf = (corpus: Corpus, key: string): string | null => (corpus.graph.hasNode(key) ? corpus.graph.getNodeAttribute(key, 'path') : null);

/** An edge record with the values version 2 leaves out put back. */
function restoreEdge(corpus: Corpus, r: GraphRecord & { t: 'edge' }): { t: 'edge'; key: string; source: string; target: string; attributes: EdgeAttributes } {
  const a = r.attributes;
  const document = a.assertedBy ?? r.source;
  const path = pathOf(corpus, document);
  const evidence: Evidence[] = a.evidence.map((ev) => ({ document: ev.document ?? document, path: ev.path === undefined ? path : ev.path, start: ev.start, end: ev.end, text: ev.text, sentence: ev.sentence, zone: ev.zone, sectionPath: ev.sectionPath, ...(ev.scope !== undefined ? { scope: ev.scope } : {}), ...(ev.effective !== undefined ? { effective: ev.effective } : {}) }));
  return { t: 'edge', key: r.key ?? edgeKey(r.source, a.relation, r.target, a.assertedBy), source: r.source, target: r.target, attributes: { ...a, evidence } };
}

const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export interface LoadSnapshotOptions {
  /**
   * When the search index is read (format version 4): 'lazy' (the default) on first use, by
   * `corpus.searchReady()` or the first touch of `corpus.searchIndex` / `corpus.search`; 'eager' now;
   * 'none' never (the corpus has no search index). Versions 2 and 3 hold it among the graph's
   * records: read in any case, and dropped with 'none'.
   */
  search?: 'lazy' | 'eager' | 'none';
  /**
   * When the graph part is read (format version 5): 'eager' (the default) now; 'lazy' on the first touch of anything
   * it holds (`graph`, `documents`, `conflicts`, `badFiles`, `hashes`, `mentioned`, `merges`, `lookup`, adding or
   * removing a document …), read and checked whole then, synchronously, or a SnapshotError (thrown again on the next
   * touch: never a half graph). The load then checks the trailers and reads the header line alone: a search that never
   * touches the graph (`searchReady`, `search`, `hasSearchIndex`) reads no byte of it. Versions 2 to 4 read their
   * graph at load in any case.
   */
  graph?: 'eager' | 'lazy';
}

/**
 * Read a snapshot written by `saveSnapshot` (format version 4, 3 or 2). Anything wrong with the file
 * (missing, unreadable, foreign, damaged, cut short, inconsistent) is a SnapshotError with the
 * reason; nothing is returned half-loaded. A search part read later is checked the same way when it
 * is read (a SnapshotError then, from `searchReady` or `searchIndex`).
 */
export async function loadSnapshot(path: string, options: LoadSnapshotOptions = {}): Promise<Corpus> {
  const mode = options.search ?? 'lazy';
  // version 5 is told by its first line; anything else (other versions, damage, foreign files) is judged below
  const head = await readHead(path).catch((e: unknown) => Promise.reject(openFailure(path, e)));
  if (head !== null) return loadV5(path, mode, head, options.graph ?? 'eager');
  // versions 2 and 3 hold the search index among the graph's records, read by the synchronous callback below
  const engine = mode !== 'none' ? await importSearchEngine() : null;
  const corpus = Corpus.restore();
  let header = null as z.infer<typeof HeaderSchema> | null;
  let seen = 0;
  let end = null as number | null;
  const record = (line: string, lineNo: number): void => {
    if (line.trim() === '' && header?.version === 2) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SnapshotError(path, `line ${lineNo} is not JSON`);
    }
    if (end !== null) throw new SnapshotError(path, `line ${lineNo}: a record after the end record`);
    let rec = checkedRecord(value);
    if (rec === null) {
      const r = RecordSchema.safeParse(value);
      if (!r.success) throw new SnapshotError(path, `line ${lineNo}: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? 'invalid record'}`);
      rec = r.data;
    }
    if (rec.t === 'end') {
      // in version 3 the end record is the framing's last line, never a record among the others
      if (header?.version !== 2) throw new SnapshotError(path, `line ${lineNo}: an end record out of place`);
      return finish(rec.records);
    }
    seen++;
    if ((rec.t === 'search-doc' || rec.t === 'search-index') && header?.version === 4) throw new SnapshotError(path, `line ${lineNo}: a ${rec.t} record in the graph part of a version 4 snapshot`);
    if ((rec.t === 'search-doc' || rec.t === 'search-index') && mode === 'none') return;
    try {
      if (rec.t === 'search-doc' || rec.t === 'search-index') {
        if (corpus.searchIndex === null) corpus.searchIndex = new (engine as SearchEngine).SearchIndex();
        (corpus.searchIndex as SearchIndex).importRecord(rec);
      } else if (rec.t === 'edge') corpus.restoreRecord(restoreEdge(corpus, rec));
      else corpus.restoreRecord(rec);
    } catch (e) {
      // a record the graph or the search index refuses (a duplicate, an edge to no node, a bad chunk)
      throw new SnapshotError(path, `line ${lineNo}: ${rec.t} record cannot be restored (${why(e)})`);
    }
  };
  const finish = (records: number): void => {
    if (records !== seen) throw new SnapshotError(path, `truncated: ${seen} records before the end record, which counts ${records}`);
    end = records;
  };
  let graphEnd: number;
  try {
    graphEnd = await readCheckedLines(path, {
      first: (line) => {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          throw new SnapshotError(path, 'line 1 is not JSON (not a vanban snapshot)');
        }
        const v = z.object({ format: z.literal(SNAPSHOT_FORMAT), version: z.number() }).safeParse(value);
        if (!v.success) throw new SnapshotError(path, `not a vanban snapshot (first line: ${line.slice(0, 80)})`);
        if (v.data.version === 1) throw new SnapshotError(path, 'a snapshot of format version 1, which cannot tell a file cut short from a whole one: ingest the folder again (vanban ingest <dir> --out <file>)');
        if (v.data.version > SNAPSHOT_VERSION) throw new SnapshotError(path, `a snapshot of format version ${v.data.version}, newer than this vanban reads (${SNAPSHOT_VERSION}): update vanban, or ingest the folder again`);
        if (![2, 3, 4].includes(v.data.version)) throw new SnapshotError(path, `format version ${v.data.version} is unknown or its header line is damaged (this vanban reads 2 to ${SNAPSHOT_VERSION})`);
        const h = HeaderSchema.safeParse(value);
        if (!h.success) throw new SnapshotError(path, `a damaged header line: ${h.error.issues[0]?.path.join('.') ?? ''} ${h.error.issues[0]?.message ?? ''}`);
        header = h.data;
        // a search id names the binary search part of version 4 (both, or neither)
        if ((header.searchId !== undefined) !== (header.version === 4 && header.searchDocuments !== undefined)) throw new SnapshotError(path, 'a damaged header line: searchId and searchDocuments disagree');
        if (header.id !== undefined) throw new SnapshotError(path, `a damaged header line: an id in a version ${header.version} header`);
        if (header.version === 2) return false;
        return header.searchId !== undefined ? 'tail' : true;
      },
      line: record,
      end: (value, lineNo) => {
        const r = EndV3Schema.safeParse(value);
        if (!r.success) throw new SnapshotError(path, `line ${lineNo}: a damaged end record`);
        finish(r.data.records);
      },
    });
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    if (e instanceof FrameError) throw new SnapshotError(path, `${e.line === null ? '' : `line ${e.line}: `}${e.message}`);
    throw openFailure(path, e);
  }
  const h = header as z.infer<typeof HeaderSchema> | null;
  if (h === null) throw new SnapshotError(path, 'empty file');
  if (end === null) throw new SnapshotError(path, `truncated: no end record after ${seen} records`);
  if (corpus.graph.order !== h.nodes || corpus.graph.size !== h.edges) {
    throw new SnapshotError(path, `truncated: ${corpus.graph.order}/${h.nodes} nodes, ${corpus.graph.size}/${h.edges} edges`);
  }
  if (h.version === 4) {
    const part = h.searchId !== undefined ? { id: h.searchId, documents: h.searchDocuments ?? 0, ...(await readTrailer(path, graphEnd).catch((e: unknown) => Promise.reject(e instanceof SnapshotError ? e : readFailure(path, e)))) } : null;
    if (part && mode !== 'none') {
      await importSearchEngine();
      corpus.searchLoader = searchLoader(path, part);
    }
  } else if (mode !== 'none') {
    try {
      if (engine && corpus.searchIndex instanceof engine.SearchIndex) corpus.searchIndex.finishImport();
    } catch (e) {
      throw new SnapshotError(path, `the search index cannot be restored (${why(e)})`);
    }
    const searchDocs = engine && corpus.searchIndex instanceof engine.SearchIndex ? corpus.searchIndex.size : 0;
    if ((h.searchDocuments ?? 0) !== searchDocs) throw new SnapshotError(path, `truncated: ${searchDocs}/${h.searchDocuments ?? 0} search documents`);
  }
  return finishLoad(corpus, path, mode);
}

const openFailure = (path: string, e: unknown): SnapshotError => {
  if (e instanceof SnapshotError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  return new SnapshotError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a snapshot file' : `cannot read (${code ?? why(e)})`, { cause: e });
};

interface V5Head {
  size: number;
  /** the header line's bytes, its newline included */
  bytes: number;
}

/**
 * What every format's load ends with: the lookup index (a format 5 graph's is built on first use: see
 * Corpus.restoreIndexLater), and the search part at once when asked.
 */
async function finishLoad(corpus: Corpus, path: string, mode: 'lazy' | 'eager' | 'none', indexLater = false): Promise<Corpus> {
  // (a graph left on disk gets its index when it is read: see readV5)
  if (corpus.hasGraphLoaded && !indexLater) {
    try {
      corpus.rebuildIndex();
    } catch (e) {
      throw new SnapshotError(path, `the lookup index cannot be rebuilt (${why(e)})`);
    }
  }
  if (mode === 'eager') await corpus.searchReady();
  return corpus;
}

/** The first line of `path` when it is a version 5 header (read unchecked: the graph part's CRC covers it), else null. */
async function readHead(path: string): Promise<V5Head | null> {
  const file = await open(path);
  try {
    const size = (await file.stat()).size;
    const first = Buffer.alloc(Math.min(size, 1 << 16));
    const { bytesRead } = await file.read(first, 0, first.length, 0);
    const nl = first.subarray(0, bytesRead).indexOf(10);
    if (nl < 0) return null;
    let value: unknown;
    try {
      value = JSON.parse(first.toString('utf8', 0, nl));
    } catch {
      return null;
    }
    return (value as { version?: unknown } | null)?.version === 5 ? { size, bytes: nl + 1 } : null;
  } finally {
    await file.close();
  }
}

/** `length` bytes of `path` from `offset` into a Buffer of their own (aligned: typed arrays are views of it). */
function readRange(fd: number, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafeSlow(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, Math.min(length - read, 64 << 20), offset + read);
    if (n === 0) break;
    read += n;
  }
  return read === length ? bytes : bytes.subarray(0, read);
}

/** A version 5 file: see readV5; the search part on first use, or now, or never. */
async function loadV5(path: string, mode: 'lazy' | 'eager' | 'none', head: V5Head, graph: 'eager' | 'lazy', together = true): Promise<Corpus> {
  if (together && mode === 'eager' && graph === 'eager') {
    let first: ReturnType<typeof readV5>;
    try {
      first = readV5(path, head, 'lazy');
    } catch {
      // (its header line or trailers are damaged: refused as the load one part after the other refuses them)
      return loadV5(path, mode, head, graph, false);
    }
    return loadV5Both(path, head, first);
  }
  const { corpus, searchPart } = readV5(path, head, graph);
  if (searchPart && mode !== 'none') {
    await importSearchEngine();
    corpus.searchLoader = searchLoader(path, searchPart);
  }
  return finishLoad(corpus, path, mode, true);
}

/**
 * A version 5 file, graph and search part now: the search part is opened (its head and tables read and checked, on
 * this thread) while the graph part's bytes are read on the thread pool, then the graph is checked and decoded from
 * them as readV5 does, and must be the graph of the file whose header line the search part was opened with (as a lazy
 * graph's). What either part's damage is refused with is what a load of one after the other says: the graph's first.
 */
async function loadV5Both(path: string, head: V5Head, first: ReturnType<typeof readV5>): Promise<Corpus> {
  const reading = readRangeAsync(path, first.graphEnd);
  // (awaited below on every path; a read that fails is read again by readV5, and refused there)
  const bytes = reading.catch(() => undefined);
  const graphOf = async (): Promise<Corpus> => {
    const whole = readV5(path, { ...head, size: fileSize(path) }, 'eager', await bytes);
    if (!whole.headerLine.equals(first.headerLine)) throw new SnapshotError(path, 'the file changed since it was opened: load the snapshot again');
    return whole.corpus;
  };
  if (first.searchPart === null) return finishLoad(await graphOf(), path, 'eager', true);
  await importSearchEngine();
  const loader = searchLoader(path, first.searchPart);
  let index: ReturnType<SearchLoader['loadSync']>;
  try {
    index = loader.loadSync();
  } catch (e) {
    await graphOf(); // a damaged graph part is what a load says first
    throw e;
  }
  let corpus: Corpus;
  try {
    corpus = await graphOf();
  } catch (e) {
    index.close?.();
    throw e;
  }
  corpus.searchLoader = loader;
  return finishLoad(corpus, path, 'eager', true);
}

/** The first `length` bytes of `path`, read on the thread pool into a Buffer of their own (see readRange). */
async function readRangeAsync(path: string, length: number): Promise<Buffer> {
  const file = await open(path);
  try {
    const bytes = Buffer.allocUnsafeSlow(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await file.read(bytes, read, length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return read === length ? bytes : bytes.subarray(0, read);
  } finally {
    await file.close();
  }
}

/**
 * A version 5 file: trailers, then the header line and graph part in one checked read; evidence on first use. With
 * graph 'lazy', the header line alone (the graph part's CRC covers it: it is compared with the checked one when the
 * graph is read; until then only its search id and count are used, and the search part's own head, under the trailer's
 * CRC, must agree with them).
 */
function readV5(path: string, head: V5Head, graph: 'eager' | 'lazy', read?: Buffer): { corpus: Corpus; searchPart: SearchPart | null; headerLine: Buffer; graphEnd: number } {
  const { size } = head;
  let graphEnd: number;
  let graphBytes: Buffer;
  let header: z.infer<typeof HeaderSchema>;
  let searchPart: SearchPart | null = null;
  let evidenceAt: { start: number; end: number; crc: number };
  let headerLine: Buffer;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw openFailure(path, e);
  }
  try {
    if (size < head.bytes + GRAPH_TRAILER_BYTES) throw new SnapshotError(path, `truncated: ${size} bytes, no room for the graph part`);
    // the search trailer, when there is one, ends the file; the graph trailer ends the graph's parts
    const tail = readRange(fd, size - TRAILER_BYTES, TRAILER_BYTES);
    let graphTrailerAt = size - GRAPH_TRAILER_BYTES;
    const paged = tail.length === TRAILER_BYTES && tail.subarray(0, 8).equals(PAGED_TRAILER_MAGIC);
    const hasSearch = paged || (tail.length === TRAILER_BYTES && tail.subarray(0, 8).equals(TRAILER_MAGIC));
    let searchTrailer: { offset: number; length: number; crc: number; paged: boolean } | null = null;
    if (hasSearch) {
      if (tail.readUInt32LE(28) !== crc32(tail.subarray(0, 28))) throw new SnapshotError(path, 'truncated or damaged: the search part has no whole trailer');
      const offset = Number(tail.readBigUInt64LE(8));
      const length = Number(tail.readBigUInt64LE(16));
      if (offset + length + TRAILER_BYTES !== size || offset < head.bytes + GRAPH_TRAILER_BYTES) throw new SnapshotError(path, `truncated or damaged: ${size} bytes, where the search trailer counts ${offset + length + TRAILER_BYTES}`);
      searchTrailer = { offset, length, crc: tail.readUInt32LE(24), paged };
      graphTrailerAt = offset - GRAPH_TRAILER_BYTES;
    }
    const t = readRange(fd, graphTrailerAt, GRAPH_TRAILER_BYTES);
    if (t.length !== GRAPH_TRAILER_BYTES || !t.subarray(0, 8).equals(GRAPH_TRAILER_MAGIC) || t.readUInt32LE(36) !== crc32(t.subarray(0, 36))) throw new SnapshotError(path, 'truncated or damaged: the graph part has no whole trailer');
    graphEnd = Number(t.readBigUInt64LE(8));
    const evidenceEnd = Number(t.readBigUInt64LE(16));
    if (evidenceEnd !== graphTrailerAt || graphEnd < head.bytes || graphEnd > evidenceEnd) throw new SnapshotError(path, 'truncated or damaged: the graph trailer does not fit the file');
    evidenceAt = { start: graphEnd, end: evidenceEnd, crc: t.readUInt32LE(28) };
    const upTo = graph === 'eager' ? graphEnd : head.bytes;
    // (`read`: the same range, read before on the thread pool; checked below as a range read here)
    graphBytes = graph === 'eager' && read?.length === upTo ? read : readRange(fd, 0, upTo);
    if (graphBytes.length !== upTo) throw new SnapshotError(path, 'truncated: the file is shorter than its trailer says');
    if (graph === 'eager' && crc32(graphBytes) !== t.readUInt32LE(24)) throw new SnapshotError(path, 'damaged: checksum mismatch in the header or the graph part');
    // the header line, now checked, read again from the checked bytes
    const nl = graphBytes.indexOf(10);
    if (nl < 0 || (nl + 1) % 8 !== 0) throw new SnapshotError(path, 'damaged: the header line');
    let value: unknown;
    try {
      value = JSON.parse(graphBytes.toString('utf8', 0, nl));
    } catch {
      throw new SnapshotError(path, 'damaged: the header line is not JSON');
    }
    const h = HeaderSchema.safeParse(value);
    if (!h.success || h.data.version !== 5 || h.data.id === undefined) throw new SnapshotError(path, `a damaged header line: ${h.success ? 'not version 5, or without its id' : `${h.error.issues[0]?.path.join('.') ?? ''} ${h.error.issues[0]?.message ?? ''}`}`);
    header = h.data;
    if ((header.searchId !== undefined) !== (header.searchDocuments !== undefined) || (header.searchId !== undefined) !== (searchTrailer !== null)) throw new SnapshotError(path, 'damaged: the header and the trailers disagree on the search part');
    if (searchTrailer && header.searchId !== undefined) searchPart = { id: header.searchId, documents: header.searchDocuments ?? 0, ...searchTrailer };
    headerLine = graphBytes.subarray(0, nl + 1);
    graphBytes = graphBytes.subarray(nl + 1);
  } catch (e) {
    throw e instanceof SnapshotError ? e : readFailure(path, e);
  } finally {
    closeSync(fd);
  }
  if (graph === 'lazy') {
    const opened = headerLine;
    const lazy = Corpus.restore();
    lazy.graphLoader = () => {
      const whole = readV5(path, { ...head, size: fileSize(path) }, 'eager');
      // the search part was opened by the header read then: the graph must be the same file's
      if (!whole.headerLine.equals(opened)) throw new SnapshotError(path, 'the file changed since it was opened: load the snapshot again');
      // (its lookup index is built on first use, as an eager load's)
      return whole.corpus;
    };
    return { corpus: lazy, searchPart, headerLine, graphEnd };
  }
  const corpus = Corpus.restore();
  const id = header.id as string;
  let evidence: EvidencePart | null = null;
  // read on the first touch of any edge's evidence, then kept; a failure is thrown again on the next touch
  const loadEvidence = (): EvidencePart => {
    if (evidence !== null) return evidence;
    let bytes: Buffer;
    try {
      const fdE = openSync(path, 'r');
      try {
        if (fstatSync(fdE).size !== size) throw new SnapshotError(path, 'the file changed since its graph was loaded: load the snapshot again');
        bytes = readRange(fdE, evidenceAt.start, evidenceAt.end - evidenceAt.start);
      } finally {
        closeSync(fdE);
      }
    } catch (e) {
      throw e instanceof SnapshotError ? e : readFailure(path, e);
    }
    if (bytes.length !== evidenceAt.end - evidenceAt.start || crc32(bytes) !== evidenceAt.crc) throw new SnapshotError(path, 'damaged: checksum mismatch in the evidence part');
    try {
      evidence = EvidencePart.read(new BlockReader(bytes), id, header.edges);
    } catch (e) {
      if (e instanceof BinaryError || e instanceof SyntaxError || e instanceof RangeError || e instanceof TypeError) throw new SnapshotError(path, `the evidence cannot be restored (${why(e)})`);
      throw e;
    }
    return evidence;
  };
  try {
    decodeGraph(graphBytes, corpus, { id, nodes: header.nodes, edges: header.edges }, loadEvidence, (e) => new SnapshotError(path, `the evidence cannot be restored (${why(e)})`));
  } catch (e) {
    if (e instanceof RestoreError) throw new SnapshotError(path, e.message);
    if (e instanceof BinaryError || e instanceof SyntaxError || e instanceof RangeError || e instanceof TypeError) throw new SnapshotError(path, `the graph cannot be restored (${why(e)})`);
    throw e;
  }
  if (corpus.graph.order !== header.nodes || corpus.graph.size !== header.edges) throw new SnapshotError(path, `damaged: ${corpus.graph.order}/${header.nodes} nodes, ${corpus.graph.size}/${header.edges} edges`);
  return { corpus, searchPart, headerLine, graphEnd };
}

/** The size of `path` now (a SnapshotError when it cannot be read). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch (e) {
    throw openFailure(path, e);
  }
}
