import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { z } from 'zod';
import { SearchDocRecordSchema, SearchIndexRecordSchema } from '../search/schema.js';
import { SearchIndex } from '../search/search-index.js';
import { Corpus, edgeKey } from './corpus.js';
import { ConflictSchema, EdgeAttributesSchema, EvidenceSchema, NodeAttributesSchema, type EdgeAttributes, type Evidence } from './schema.js';

/**
 * A corpus on disk: one JSON record per line (NDJSON), streamed both ways, so that no single
 * string holds the whole graph (graphology's one-string export breaks near 3.5 M edges,
 * ../shared/spec/ecosystem.md §3). The first line names the format and version; every line is
 * validated on load; a corrupt or foreign file is refused with the line that is wrong, and
 * nothing is returned half-loaded.
 *
 * Version 2 leaves out of edge records what the graph already says: the edge key (see `edgeKey`)
 * and, in each piece of evidence, the citing document and its path when they are the edge's own
 * (the asserting document, else the source): a fifth of the file (load time and memory barely
 * change); a value that differs from the default is written out. Version 1 files still load.
 */
export const SNAPSHOT_FORMAT = 'vanban-snapshot';
export const SNAPSHOT_VERSION = 2;

const HeaderSchema = z.object({ format: z.literal(SNAPSHOT_FORMAT), version: z.union([z.literal(1), z.literal(SNAPSHOT_VERSION)]), created: z.string(), nodes: z.number().int(), edges: z.number().int(), searchDocuments: z.number().int().optional() });
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
  // the flexsearch chunks included (whose count nothing else tells)
  z.object({ t: z.literal('end'), records: z.number().int().nonnegative() }),
]);

export class SnapshotError extends Error {
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'SnapshotError';
  }
}

export async function saveSnapshot(corpus: Corpus, path: string): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let records = -1; // the header is not counted
  const write = async (record: unknown): Promise<void> => {
    records++;
    if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
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
  await write({ t: 'end', records });
  out.end();
  await once(out, 'finish');
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

export async function loadSnapshot(path: string): Promise<Corpus> {
  const corpus = Corpus.restore();
  let lineNo = 0;
  let header = null as z.infer<typeof HeaderSchema> | null;
  let seen = 0;
  let end = null as number | null;
  const handle = (line: string): void => {
    lineNo++;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new SnapshotError(path, `line ${lineNo} is not JSON${lineNo === 1 ? ' (not a vanban snapshot)' : ''}`);
    }
    if (header === null) {
      const h = HeaderSchema.safeParse(value);
      if (!h.success) throw new SnapshotError(path, `not a vanban snapshot of version 1 or ${SNAPSHOT_VERSION} (first line: ${line.slice(0, 80)})`);
      header = h.data;
      return;
    }
    if (end !== null) throw new SnapshotError(path, `line ${lineNo}: a record after the end record`);
    const r = RecordSchema.safeParse(value);
    if (!r.success) throw new SnapshotError(path, `line ${lineNo}: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? 'invalid record'}`);
    const rec = r.data;
    if (rec.t === 'end') {
      if (rec.records !== seen) throw new SnapshotError(path, `truncated: ${seen} records before the end record, which counts ${rec.records}`);
      end = rec.records;
      return;
    }
    seen++;
    if (rec.t === 'search-doc' || rec.t === 'search-index') {
      if (corpus.searchIndex === null) corpus.searchIndex = new SearchIndex();
      try {
        (corpus.searchIndex as SearchIndex).importRecord(rec);
      } catch (e) {
        throw new SnapshotError(path, `line ${lineNo}: search index record cannot be read (${e instanceof Error ? e.message : String(e)})`);
      }
    } else if (rec.t === 'edge') corpus.restoreRecord(restoreEdge(corpus, rec));
    else corpus.restoreRecord(rec);
  };
  try {
    // read as bytes and decoded a block of whole lines at a time (cheaper than a decoding stream); lines are
    // handled synchronously, block by block: an async step per line would dominate the load time
    const file = await open(path);
    try {
      const block = Buffer.allocUnsafe(8 << 20);
      let carry = Buffer.alloc(0);
      for (;;) {
        const { bytesRead } = await file.read(block, 0, block.length, null);
        if (bytesRead === 0) break;
        const bytes = carry.length > 0 ? Buffer.concat([carry, block.subarray(0, bytesRead)]) : block.subarray(0, bytesRead);
        const end = bytes.lastIndexOf(10) + 1;
        const text = bytes.toString('utf8', 0, end);
        carry = Buffer.from(bytes.subarray(end));
        let start = 0;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
          handle(text.slice(start, i));
          start = i + 1;
        }
      }
      if (carry.length > 0) handle(carry.toString('utf8'));
    } finally {
      await file.close();
    }
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new SnapshotError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`);
  }
  if (header === null) throw new SnapshotError(path, 'empty file');
  if (header.version >= 2 && end === null) throw new SnapshotError(path, `truncated: no end record after ${seen} records`);
  if (corpus.graph.order !== header.nodes || corpus.graph.size !== header.edges) {
    throw new SnapshotError(path, `truncated: ${corpus.graph.order}/${header.nodes} nodes, ${corpus.graph.size}/${header.edges} edges`);
  }
  if (corpus.searchIndex instanceof SearchIndex) corpus.searchIndex.finishImport();
  const searchDocs = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex.size : 0;
  if ((header.searchDocuments ?? 0) !== searchDocs) throw new SnapshotError(path, `truncated: ${searchDocs}/${header.searchDocuments ?? 0} search documents`);
  corpus.rebuildIndex();
  return corpus;
}
