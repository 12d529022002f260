import { createRequire } from 'node:module';
import type { write as WriteGexf } from 'graphology-gexf';
import type { CitationGraph } from './corpus.js';

/**
 * Exports for other tools. JSON is graphology's serialization format (graph.export());
 * GEXF for Gephi; GraphML for yEd, Cytoscape, NetworkX; CSV in the form `neo4j-admin import`
 * reads (nodes with :ID and :LABEL, relationships with :START_ID, :END_ID, :TYPE).
 * Array attributes (evidence, names) are summarized as strings in the flat formats.
 */

export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'neo4j';

// graphology-gexf brings an XML DOM (some 25 modules): it loads with the first GEXF export, not with every import of
// vanban. It is CommonJS, so `require` gives it synchronously and toGEXF stays a plain function.
const require = createRequire(import.meta.url);
let gexfWriter: typeof WriteGexf | undefined;
const writeGexf: typeof WriteGexf = (graph, options) => (gexfWriter ??= (require('graphology-gexf') as { write: typeof WriteGexf }).write)(graph, options);

function flatNode(a: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) out[k] = v.join(' | ');
    else if (typeof v === 'object') continue;
    else out[k] = v as string | number | boolean;
  }
  return out;
}

function flatEdge(a: Record<string, unknown>): Record<string, string | number | boolean> {
  const out = flatNode({ ...a, evidence: undefined });
  const evidence = a.evidence as Array<{ path: string | null; text: string }> | undefined;
  if (evidence?.length) out.evidence = evidence.map((e) => `${e.path ?? ''}: ${e.text.replace(/\s+/g, ' ')}`).join(' | ');
  return out;
}

export function toJSON(graph: CitationGraph): string {
  return JSON.stringify(graph.export());
}

/**
 * The characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF;
 * a surrogate without its pair), which no character reference may stand for either: a document's
 * text can hold them (a vertical tab, an ESC from a converter), and one of them makes the whole
 * file unreadable to Gephi, yEd or xmllint. Dropped; a lone surrogate becomes U+FFFD, as UTF-8
 * encoding would make it anyway.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what this finds
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with what XML 1.0 forbids taken out (see XML_FORBIDDEN); markup never holds those characters. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, (c) => (c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}

export function toGEXF(graph: CitationGraph): string {
  return xmlSafe(writeGexf(graph, { formatNode: (key, a) => ({ label: a.names[0] ?? key, attributes: flatNode(a) }), formatEdge: (_key, a) => ({ label: a.relation, attributes: flatEdge(a) }) }));
}

// tab, newline and carriage return as references: a parser would turn them into spaces in an attribute
const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

export function toGraphML(graph: CitationGraph): string {
  const nodeKeys = new Map<string, string>();
  const edgeKeys = new Map<string, string>();
  const nodes: string[] = [];
  const edges: string[] = [];
  const typeOf = (v: unknown): string => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');
  graph.forEachNode((key, a) => {
    const f = flatNode(a);
    for (const [k, v] of Object.entries(f)) if (!nodeKeys.has(k)) nodeKeys.set(k, typeOf(v));
    nodes.push(`    <node id="${xml(key)}">${Object.entries(f).map(([k, v]) => `<data key="n_${k}">${xml(String(v))}</data>`).join('')}</node>`);
  });
  graph.forEachEdge((key, a, s, t) => {
    const f = flatEdge(a);
    for (const [k, v] of Object.entries(f)) if (!edgeKeys.has(k)) edgeKeys.set(k, typeOf(v));
    edges.push(`    <edge id="${xml(key)}" source="${xml(s)}" target="${xml(t)}">${Object.entries(f).map(([k, v]) => `<data key="e_${k}">${xml(String(v))}</data>`).join('')}</edge>`);
  });
  const keys = [
    ...[...nodeKeys].map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...[...edgeKeys].map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  return xmlSafe(`<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join('\n')}\n  <graph id="vanban" edgedefault="directed">\n${nodes.join('\n')}\n${edges.join('\n')}\n  </graph>\n</graphml>\n`);
}

const csv = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** nodes.csv and relationships.csv for `neo4j-admin database import full --nodes=… --relationships=…`. */
export function toNeo4jCSV(graph: CitationGraph): { nodes: string; relationships: string } {
  const nodeCols = ['type', 'number', 'date', 'title', 'issuer', 'level', 'place', 'family', 'path', 'mentions'] as const;
  const nodes = [`id:ID,${nodeCols.join(',')},:LABEL`];
  graph.forEachNode((key, a) => {
    nodes.push([key, ...nodeCols.map((c) => a[c]), a.kind === 'document' ? 'Document;InCorpus' : 'Document;Cited'].map(csv).join(','));
  });
  const rels = [':START_ID,:END_ID,:TYPE,count:int,asserted:boolean,assertedBy,resolution'];
  graph.forEachEdge((_k, a, s, t) => {
    rels.push([s, t, a.relation.toUpperCase(), a.count, a.asserted, a.assertedBy, a.resolution].map(csv).join(','));
  });
  return { nodes: nodes.join('\n') + '\n', relationships: rels.join('\n') + '\n' };
}
