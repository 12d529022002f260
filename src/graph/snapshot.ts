import { z } from 'zod';
import { SearchDocRecordSchema, SearchIndexRecordSchema } from '../search/schema.js';
import { SearchIndex } from '../search/search-index.js';
import { writeFailure, writeFileAtomic } from './atomic-write.js';
import { CheckedLineWriter, FrameError, readCheckedLines } from './checksum.js';
import { Corpus, edgeKey } from './corpus.js';
import { ConflictSchema, EdgeAttributesSchema, EvidenceSchema, NodeAttributesSchema, type EdgeAttributes, type Evidence } from './schema.js';

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
 */
export const SNAPSHOT_FORMAT = 'vanban-snapshot';
export const SNAPSHOT_VERSION = 3;

const HeaderSchema = z.object({ format: z.literal(SNAPSHOT_FORMAT), version: z.number(), created: z.string(), nodes: z.number().int(), edges: z.number().int(), searchDocuments: z.number().int().optional() }).strict();
const StoredEvidenceSchema = EvidenceSchema.extend({ document: EvidenceSchema.shape.document.optional(), path: EvidenceSchema.shape.path.optional() });
const StoredEdgeAttributesSchema = EdgeAttributesSchema.extend({ evidence: z.array(StoredEvidenceSchema) });
const RecordSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('node'), key: z.string(), attributes: NodeAttributesSchema }),
  z.object({ t: z.literal('edge'), key: z.string().optional(), source: z.string(), target: z.string(), attributes: StoredEdgeAttributesSchema }),
  z.object({ t: z.literal('document'), key: z.string(), path: z.string().nullable() }),
  z.object({ t: z.literal('conflict'), conflict: ConflictSchema }),
  z.object({ t: z.literal('bad'), path: z.string(), error: z.string() }),
  SearchDocRecordSchema,
  SearchIndexRecordSchema,
  // the last line (version 2): how many records precede it, so that a file cut anywhere is refused,
  // the flexsearch chunks included (whose count nothing else tells); strict, so that a version 3
  // end record (with its CRC) under a header damaged into "version 2" is refused
  z.object({ t: z.literal('end'), records: z.number().int().nonnegative() }).strict(),
]);
/** Version 3's end record: the count, and the check of every byte before it (verified by readCheckedLines). */
const EndV3Schema = z.object({ t: z.literal('end'), records: z.number().int().nonnegative(), bytes: z.number().int(), crc: z.number().int() }).strict();

/** A snapshot that cannot be read (missing, foreign, damaged, cut short) or written (the disk's refusal). */
export class SnapshotError extends Error {
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`${path}: ${reason}`, options);
    this.name = 'SnapshotError';
  }
}

/**
 * Write `corpus` to `path` (format version 3): atomically (a temporary file beside it, flushed, then
 * renamed over the old one), with a CRC-32 per block of records.
 */
export async function saveSnapshot(corpus: Corpus, path: string): Promise<void> {
  try {
    await writeSnapshot(corpus, path);
  } catch (e) {
    // the system's refusal (a full disk, a folder gone, permissions), said with the path it was about
    const reason = writeFailure(e);
    if (reason === null) throw e;
    throw new SnapshotError(path, reason, { cause: e });
  }
}

async function writeSnapshot(corpus: Corpus, path: string): Promise<void> {
  await writeFileAtomic(path, async (sink) => {
    const out = new CheckedLineWriter(sink);
    let records = -1; // the header is not counted
    const write = async (record: unknown): Promise<void> => {
      records++;
      await out.line(JSON.stringify(record));
    };
    const g = corpus.graph;
    const search = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex : null;
    await write({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, created: new Date().toISOString(), nodes: g.order, edges: g.size, ...(search ? { searchDocuments: search.size } : {}) });
    for (const n of g.nodeEntries()) await write({ t: 'node', key: n.node, attributes: n.attributes });
    for (const e of g.edgeEntries()) {
      const a = e.attributes;
      const document = a.assertedBy ?? e.source;
      const path = pathOf(corpus, document);
      const evidence = a.evidence.map(({ document: d, path: p, ...rest }) => ({ ...(d === document ? {} : { document: d }), ...(p === path ? {} : { path: p }), ...rest }));
      const key = e.edge === edgeKey(e.source, a.relation, e.target, a.assertedBy) ? {} : { key: e.edge };
      await write({ t: 'edge', ...key, source: e.source, target: e.target, attributes: { ...a, evidence } });
    }
    for (const [key, p] of corpus.documents) await write({ t: 'document', key, path: p });
    for (const conflict of corpus.conflicts) await write({ t: 'conflict', conflict });
    for (const b of corpus.badFiles) await write({ t: 'bad', path: b.path, error: b.error });
    if (search) await search.exportRecords(write);
    await out.finish({ t: 'end', records });
  });
}

const pathOf = (corpus: Corpus, key: string): string | null => (corpus.graph.hasNode(key) ? corpus.graph.getNodeAttribute(key, 'path') : null);

/** An edge record with the values version 2 leaves out put back. */
function restoreEdge(corpus: Corpus, r: z.infer<typeof RecordSchema> & { t: 'edge' }): { t: 'edge'; key: string; source: string; target: string; attributes: EdgeAttributes } {
  const a = r.attributes;
  const document = a.assertedBy ?? r.source;
  const path = pathOf(corpus, document);
  const evidence: Evidence[] = a.evidence.map((ev) => ({ document: ev.document ?? document, path: ev.path === undefined ? path : ev.path, start: ev.start, end: ev.end, text: ev.text, sentence: ev.sentence, zone: ev.zone, sectionPath: ev.sectionPath, ...(ev.scope !== undefined ? { scope: ev.scope } : {}) }));
  return { t: 'edge', key: r.key ?? edgeKey(r.source, a.relation, r.target, a.assertedBy), source: r.source, target: r.target, attributes: { ...a, evidence } };
}

const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Read a snapshot written by `saveSnapshot` (format version 3, or 2). Anything wrong with the file
 * (missing, unreadable, foreign, damaged, cut short, inconsistent) is a SnapshotError with the
 * reason; nothing is returned half-loaded.
 */
export async function loadSnapshot(path: string): Promise<Corpus> {
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
    const r = RecordSchema.safeParse(value);
    if (!r.success) throw new SnapshotError(path, `line ${lineNo}: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? 'invalid record'}`);
    const rec = r.data;
    if (rec.t === 'end') {
      // in version 3 the end record is the framing's last line, never a record among the others
      if (header?.version !== 2) throw new SnapshotError(path, `line ${lineNo}: an end record out of place`);
      return finish(rec.records);
    }
    seen++;
    try {
      if (rec.t === 'search-doc' || rec.t === 'search-index') {
        if (corpus.searchIndex === null) corpus.searchIndex = new SearchIndex();
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
  try {
    await readCheckedLines(path, {
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
        if (v.data.version !== 2 && v.data.version !== SNAPSHOT_VERSION) throw new SnapshotError(path, `format version ${v.data.version} is unknown (this vanban reads 2 and ${SNAPSHOT_VERSION})`);
        const h = HeaderSchema.safeParse(value);
        if (!h.success) throw new SnapshotError(path, `a damaged header line: ${h.error.issues[0]?.path.join('.') ?? ''} ${h.error.issues[0]?.message ?? ''}`);
        header = h.data;
        return header.version === SNAPSHOT_VERSION;
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
    const code = (e as NodeJS.ErrnoException).code;
    throw new SnapshotError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a snapshot file' : `cannot read (${code ?? why(e)})`);
  }
  const h = header as z.infer<typeof HeaderSchema> | null;
  if (h === null) throw new SnapshotError(path, 'empty file');
  if (end === null) throw new SnapshotError(path, `truncated: no end record after ${seen} records`);
  if (corpus.graph.order !== h.nodes || corpus.graph.size !== h.edges) {
    throw new SnapshotError(path, `truncated: ${corpus.graph.order}/${h.nodes} nodes, ${corpus.graph.size}/${h.edges} edges`);
  }
  try {
    if (corpus.searchIndex instanceof SearchIndex) corpus.searchIndex.finishImport();
  } catch (e) {
    throw new SnapshotError(path, `the search index cannot be restored (${why(e)})`);
  }
  const searchDocs = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex.size : 0;
  if ((h.searchDocuments ?? 0) !== searchDocs) throw new SnapshotError(path, `truncated: ${searchDocs}/${h.searchDocuments ?? 0} search documents`);
  try {
    corpus.rebuildIndex();
  } catch (e) {
    throw new SnapshotError(path, `the lookup index cannot be rebuilt (${why(e)})`);
  }
  return corpus;
}
