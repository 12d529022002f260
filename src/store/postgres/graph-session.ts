import type pg from 'pg';
import { slug } from '../../cite/ids.js';
import { Corpus } from '../../graph/corpus.js';
import { symbolKey } from '../../graph/resolve.js';
import type { Conflict, EdgeAttributes, NodeAttributes } from '../../graph/schema.js';

/**
 * The part of the graph one change touches, loaded from the database into an in-memory corpus, changed
 * there by the same code the in-memory store runs (`Corpus.addDocument`, `Corpus.reconcile`), then
 * written back as the difference: the rows added, changed and gone. The database store therefore
 * resolves ids, counts mentions, keeps evidence and merges incomplete ids exactly as memory does,
 * and a change costs the rows it touches, not a load of the graph. The caller loads everything the
 * change can read (see `documentNeighbourhood`), inside the transaction that writes it.
 */
export class GraphSession {
  readonly corpus = Corpus.restore();
  private readonly nodes = new Map<string, { seq: number; json: string }>();
  private readonly edges = new Map<string, { seq: number; json: string }>();
  private readonly conflicts = new Map<string, string>();

  constructor(private readonly client: pg.ClientBase) {}

  /** Load the nodes a WHERE clause selects (with their `seq`, in insertion order), the conflicts of the given ids. */
  async loadNodes(where: string, params: unknown[]): Promise<void> {
    const r = await this.client.query<{ key: string; seq: string; attributes: NodeAttributes }>(`SELECT key, seq, attributes FROM vanban_nodes WHERE ${where} ORDER BY seq`, params);
    for (const row of r.rows) {
      if (this.nodes.has(row.key)) continue;
      this.nodes.set(row.key, { seq: Number(row.seq), json: JSON.stringify(row.attributes) });
      this.corpus.restoreRecord({ t: 'node', key: row.key, attributes: row.attributes });
    }
  }

  /** Load the edges a WHERE clause selects; their ends must be loaded already (they are loaded if not). */
  async loadEdges(where: string, params: unknown[], attributes = 'attributes'): Promise<void> {
    const r = await this.client.query<{ key: string; seq: string; source: string; target: string; attributes: EdgeAttributes }>(`SELECT key, seq, source, target, ${attributes} AS attributes FROM vanban_edges WHERE ${where} ORDER BY seq`, params);
    const ends = [...new Set(r.rows.flatMap((e) => [e.source, e.target]))].filter((k) => !this.nodes.has(k));
    if (ends.length) await this.loadNodes('key = ANY($1)', [ends]);
    for (const row of r.rows) {
      if (this.edges.has(row.key)) continue;
      this.edges.set(row.key, { seq: Number(row.seq), json: JSON.stringify(row.attributes) });
      this.corpus.restoreRecord({ t: 'edge', key: row.key, source: row.source, target: row.target, attributes: row.attributes });
    }
  }

  async loadConflicts(ids: string[]): Promise<void> {
    const r = await this.client.query<{ id: string; conflict: Conflict }>('SELECT id, conflict FROM vanban_conflicts WHERE id = ANY($1) ORDER BY seq', [ids]);
    for (const row of r.rows) {
      if (this.conflicts.has(row.id)) continue;
      this.conflicts.set(row.id, JSON.stringify(row.conflict));
      this.corpus.restoreRecord({ t: 'conflict', conflict: row.conflict });
    }
  }

  /** After loading, before changing: the lookup indexes of the loaded nodes, as a snapshot load builds them. */
  ready(): void {
    this.corpus.rebuildIndex();
  }

  /**
   * The rows the change made as new that the database already holds: what the loading missed (a law the
   * registry resolved a name to, say). The caller loads them into a new session and runs the change again,
   * so that nothing is written from a partial view.
   */
  async missed(): Promise<{ nodes: string[]; edges: string[] }> {
    const g = this.corpus.graph;
    const nodes = g.filterNodes((k) => !this.nodes.has(k));
    const edges = g.filterEdges((k) => !this.edges.has(k));
    const n = nodes.length ? await this.client.query<{ key: string }>('SELECT key FROM vanban_nodes WHERE key = ANY($1)', [nodes]) : { rows: [] };
    const e = edges.length ? await this.client.query<{ key: string }>('SELECT key FROM vanban_edges WHERE key = ANY($1)', [edges]) : { rows: [] };
    return { nodes: n.rows.map((r) => r.key), edges: e.rows.map((r) => r.key) };
  }

  /**
   * Write what the change did, in a few statements whatever its size (rows as arrays through unnest): rows
   * added get the next numbers of the graph's order, in the order memory added them.
   */
  async save(): Promise<{ nodes: number; edges: number }> {
    const g = this.corpus.graph;
    const goneEdges = [...this.edges.keys()].filter((k) => !g.hasEdge(k));
    if (goneEdges.length) await this.client.query('DELETE FROM vanban_edges WHERE key = ANY($1)', [goneEdges]);
    const goneNodes = [...this.nodes.keys()].filter((k) => !g.hasNode(k));
    if (goneNodes.length) await this.client.query('DELETE FROM vanban_nodes WHERE key = ANY($1)', [goneNodes]);

    const added: NodeAttributes[] = [];
    const addedKeys: string[] = [];
    const changed: NodeAttributes[] = [];
    const changedKeys: string[] = [];
    for (const key of g.nodes()) {
      const a = g.getNodeAttributes(key);
      const was = this.nodes.get(key);
      if (was && was.json === JSON.stringify(a)) continue;
      (was ? changedKeys : addedKeys).push(key);
      (was ? changed : added).push(a);
    }
    if (addedKeys.length) await insertNodes(this.client, addedKeys, added);
    if (changedKeys.length) {
      await this.client.query(
        `UPDATE vanban_nodes n SET kind = a->>'kind', type = a->>'type', level = a->>'level', place = a->>'place', date = a->>'date', law_name = ln, attributes = a
         FROM unnest($1::text[], $2::jsonb[], $3::text[]) AS r(k, a, ln) WHERE n.key = r.k`,
        [changedKeys, changed.map((a) => JSON.stringify(a)), changedKeys.map((k, i) => nodeColumns(k, changed[i] as NodeAttributes).lawName)],
      );
    }

    const edgeRows = { added: [] as string[], addedJson: [] as string[], changed: [] as string[], changedJson: [] as string[] };
    for (const key of g.edges()) {
      const json = JSON.stringify(g.getEdgeAttributes(key));
      const was = this.edges.get(key);
      if (was && was.json === json) continue;
      if (was) {
        edgeRows.changed.push(key);
        edgeRows.changedJson.push(json);
      } else {
        edgeRows.added.push(key);
        edgeRows.addedJson.push(json);
      }
    }
    if (edgeRows.added.length) await insertEdges(this.client, edgeRows.added, edgeRows.added.map((k) => g.source(k)), edgeRows.added.map((k) => g.target(k)), edgeRows.addedJson);
    if (edgeRows.changed.length) {
      await this.client.query('UPDATE vanban_edges e SET attributes = r.a FROM unnest($1::text[], $2::jsonb[]) AS r(k, a) WHERE e.key = r.k', [edgeRows.changed, edgeRows.changedJson]);
    }
    for (const c of this.corpus.conflicts) {
      const json = JSON.stringify(c);
      const was = this.conflicts.get(c.id);
      if (was === json) continue;
      if (was !== undefined) await this.client.query('UPDATE vanban_conflicts SET conflict = $2 WHERE id = $1', [c.id, json]);
      else await this.client.query(`INSERT INTO vanban_conflicts (id, seq, conflict) VALUES ($1, nextval('vanban_graph_seq'), $2)`, [c.id, json]);
    }
    return { nodes: addedKeys.length + changedKeys.length, edges: edgeRows.added.length + edgeRows.changed.length };
  }
}

/** New node rows, numbered in the order given (the graph's order): one statement. */
export async function insertNodes(client: pg.ClientBase, keys: readonly string[], attributes: readonly NodeAttributes[]): Promise<void> {
  const cols = keys.map((k, i) => nodeColumns(k, attributes[i] as NodeAttributes));
  await client.query(
    `INSERT INTO vanban_nodes (key, seq, kind, type, level, place, date, symbol, stem, law_name, attributes)
     SELECT k, nextval('vanban_graph_seq'), a->>'kind', a->>'type', a->>'level', a->>'place', a->>'date', sy, st, ln, a
     FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS r(k, a, sy, st, ln, o) ORDER BY o`,
    [keys, attributes.map((a) => JSON.stringify(a)), cols.map((c) => c.symbol), cols.map((c) => c.stem), cols.map((c) => c.lawName)],
  );
}

/** New edge rows (attributes as JSON text), numbered in the order given: one statement. */
export async function insertEdges(client: pg.ClientBase, keys: readonly string[], sources: readonly string[], targets: readonly string[], json: readonly string[]): Promise<void> {
  await client.query(
    `INSERT INTO vanban_edges (key, seq, source, target, relation, asserted_by, attributes)
     SELECT k, nextval('vanban_graph_seq'), s, t, a->>'relation', a->>'assertedBy', a
     FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS r(k, s, t, a, o) ORDER BY o`,
    [keys, sources, targets, json],
  );
}

const LAW_KINDS: Record<string, string> = { Luật: 'luat', 'Bộ luật': 'bo-luat', 'Pháp lệnh': 'phap-lenh' };

/** The indexed columns of a node, derived as the in-memory lookup index derives them (see resolve.ts). */
export function nodeColumns(key: string, a: NodeAttributes): { symbol: string | null; stem: string; lawName: string | null } {
  const kind = a.type ? LAW_KINDS[a.type] : undefined;
  return {
    symbol: symbolKey(key.replace(/~\d+$/, '')),
    stem: key.replace(/[@#].*$/, ''),
    lawName: a.kind === 'document' && kind && a.title ? `${kind}:${slug(a.title.replace(/^(?:bộ luật|luật|pháp lệnh)\s+/iu, ''))}` : null,
  };
}
