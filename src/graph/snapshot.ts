import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { z } from 'zod';
import { SearchDocRecordSchema, SearchIndexRecordSchema } from '../search/schema.js';
import { SearchIndex } from '../search/search-index.js';
import { Corpus } from './corpus.js';
import { ConflictSchema, EdgeAttributesSchema, NodeAttributesSchema } from './schema.js';

/**
 * A corpus on disk: one JSON record per line (NDJSON), streamed both ways, so that no single
 * string holds the whole graph (graphology's one-string export breaks near 3.5 M edges,
 * ../shared/spec/ecosystem.md §3). The first line names the format and version; every line is
 * validated on load; a corrupt or foreign file is refused with the line that is wrong, and
 * nothing is returned half-loaded.
 */
export const SNAPSHOT_FORMAT = 'vanban-snapshot';
export const SNAPSHOT_VERSION = 1;

const HeaderSchema = z.object({ format: z.literal(SNAPSHOT_FORMAT), version: z.literal(SNAPSHOT_VERSION), created: z.string(), nodes: z.number().int(), edges: z.number().int(), searchDocuments: z.number().int().optional() });
const RecordSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('node'), key: z.string(), attributes: NodeAttributesSchema }),
  z.object({ t: z.literal('edge'), key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema }),
  z.object({ t: z.literal('document'), key: z.string(), path: z.string().nullable() }),
  z.object({ t: z.literal('conflict'), conflict: ConflictSchema }),
  z.object({ t: z.literal('bad'), path: z.string(), error: z.string() }),
  SearchDocRecordSchema,
  SearchIndexRecordSchema,
]);

export class SnapshotError extends Error {
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'SnapshotError';
  }
}

export async function saveSnapshot(corpus: Corpus, path: string): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const write = async (record: unknown): Promise<void> => {
    if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
  };
  const g = corpus.graph;
  const search = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex : null;
  await write({ format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, created: new Date().toISOString(), nodes: g.order, edges: g.size, ...(search ? { searchDocuments: search.size } : {}) });
  for (const n of g.nodeEntries()) await write({ t: 'node', key: n.node, attributes: n.attributes });
  for (const e of g.edgeEntries()) await write({ t: 'edge', key: e.edge, source: e.source, target: e.target, attributes: e.attributes });
  for (const [key, p] of corpus.documents) await write({ t: 'document', key, path: p });
  for (const conflict of corpus.conflicts) await write({ t: 'conflict', conflict });
  for (const b of corpus.badFiles) await write({ t: 'bad', path: b.path, error: b.error });
  if (search) await search.exportRecords(write);
  out.end();
  await once(out, 'finish');
}

export async function loadSnapshot(path: string): Promise<Corpus> {
  const corpus = Corpus.restore();
  let lineNo = 0;
  let header = null as z.infer<typeof HeaderSchema> | null;
  const input = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
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
      if (!h.success) throw new SnapshotError(path, `not a vanban snapshot of version ${SNAPSHOT_VERSION} (first line: ${line.slice(0, 80)})`);
      header = h.data;
      return;
    }
    const r = RecordSchema.safeParse(value);
    if (!r.success) throw new SnapshotError(path, `line ${lineNo}: ${r.error.issues[0]?.path.join('.') ?? ''} ${r.error.issues[0]?.message ?? 'invalid record'}`);
    const rec = r.data;
    if (rec.t === 'search-doc' || rec.t === 'search-index') {
      if (corpus.searchIndex === null) corpus.searchIndex = new SearchIndex();
      try {
        (corpus.searchIndex as SearchIndex).importRecord(rec);
      } catch (e) {
        throw new SnapshotError(path, `line ${lineNo}: search index record cannot be read (${e instanceof Error ? e.message : String(e)})`);
      }
    } else corpus.restoreRecord(rec);
  };
  try {
    // lines are handled synchronously chunk by chunk: an async step per line would dominate the load time
    let rest = '';
    for await (const chunk of input as AsyncIterable<string>) {
      const text = rest + chunk;
      let start = 0;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        handle(text.slice(start, i));
        start = i + 1;
      }
      rest = text.slice(start);
    }
    if (rest !== '') handle(rest);
  } catch (e) {
    if (e instanceof SnapshotError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new SnapshotError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`);
  }
  if (header === null) throw new SnapshotError(path, 'empty file');
  if (corpus.graph.order !== header.nodes || corpus.graph.size !== header.edges) {
    throw new SnapshotError(path, `truncated: ${corpus.graph.order}/${header.nodes} nodes, ${corpus.graph.size}/${header.edges} edges`);
  }
  const searchDocs = corpus.searchIndex instanceof SearchIndex ? corpus.searchIndex.size : 0;
  if ((header.searchDocuments ?? 0) !== searchDocs) throw new SnapshotError(path, `truncated: ${searchDocs}/${header.searchDocuments ?? 0} search documents`);
  corpus.rebuildIndex();
  return corpus;
}
