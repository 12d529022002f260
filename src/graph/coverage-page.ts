import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { placeByCode } from '../place/index.js';
import { unitOfSlug } from './places.js';
import type { NodeAttributes } from './schema.js';
import type { GraphStore } from './store.js';
import { coverage, CoverageOptionsSchema } from './queries/coverage.js';
import { implementers, type Implementer } from './queries/implementers.js';

/**
 * A self-contained HTML page for a coverage report: the table of places with and without an
 * implementing document, and an interactive drawing of the implementation tree (d3, from npm,
 * inlined so that the file opens with a double click, offline). Nodes can be folded by a
 * click; the drawing zooms and pans.
 */

interface TreeNode {
  id: string;
  /** first line: place for people, else the id */
  place: string;
  /** second line: type, number, date, lag */
  label: string;
  detail: string;
  /** link to the document's file, relative to the page; null for a document known only from citations */
  href: string | null;
  inCorpus: boolean;
  asserted: boolean;
  children: TreeNode[];
}

const require = createRequire(import.meta.url);

/** d3's minified bundle, read once, for pages that draw with it. */
export function d3Source(): string {
  // d3's "exports" map only names its ESM entry (and the "umd" condition), so find the package by its entry
  const entry = require.resolve('d3');
  const pkg = entry.slice(0, entry.lastIndexOf(`${sep}d3${sep}`) + 4);
  return readFileSync(join(pkg, 'dist', 'd3.min.js'), 'utf8');
}

export const CoveragePageOptionsSchema = CoverageOptionsSchema.extend({
  /** folder the page is written to: links to documents are made relative to it (default: paths as stored) */
  linkBase: z.string().optional(),
});
export type CoveragePageOptions = z.infer<typeof CoveragePageOptionsSchema>;

function href(path: string | null, base: string | undefined): string | null {
  if (!path) return null;
  const target = base === undefined ? path : relative(base, resolve(path));
  return target.split(sep).map(encodeURIComponent).join('/');
}

function placeName(a: NodeAttributes): string {
  const unit = unitOfSlug(a.place, a.date);
  if (unit) return unit.display;
  if (a.level === 'central') return 'Trung ương';
  return a.place ?? '';
}

function tree(graph: GraphStore, root: string, base: string | undefined): TreeNode {
  const list = implementers(graph, root, { transitive: true });
  const lagOf = new Map(list.map((i) => [i.key, i.lagDays]));
  const node = (key: string, asserted: boolean): TreeNode => {
    const a = graph.getNodeAttributes(key);
    const lag = lagOf.get(key);
    return {
      id: key,
      place: placeName(a) || key,
      label: [`${a.type ?? ''} ${a.number ?? ''}`.trim() || key, a.date, lag != null ? `+${lag} d` : null].filter(Boolean).join(' · '),
      detail: [key, a.title, a.path ?? 'cited, not in the corpus'].filter(Boolean).join('\n'),
      href: a.kind === 'document' ? href(a.path, base) : null,
      inCorpus: a.kind === 'document',
      asserted,
      children: [],
    };
  };
  const byKey = new Map<string, TreeNode>([[root, node(root, false)]]);
  for (const i of list) byKey.set(i.key, node(i.key, i.asserted));
  for (const i of list) byKey.get(i.implements)?.children.push(byKey.get(i.key) as TreeNode);
  // siblings in order of place, then date: a province's districts sit together
  for (const n of byKey.values()) n.children.sort((x, y) => x.place.localeCompare(y.place, 'vi') || x.label.localeCompare(y.label));
  return byKey.get(root) as TreeNode;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** JSON inside <script>: no "</script>" or "<!--" can end or bend it. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The script that draws an implementers tree with d3 (which the page must load first) in the svg `svgSelector`: a
 * large tree opens folded, columns as wide as their labels, a click folds a node, the tree fits its panel. Shared by
 * the coverage page and the server's document page.
 */
export function implementersTreeScript(svgSelector: string, data: unknown, options: { newTab: boolean }): string {
  const newTab = options.newTab;
  return `const data = ${scriptJson(data)};
const svg = d3.select(${JSON.stringify(svgSelector)});
const g = svg.append('g');
const zoom = d3.zoom().scaleExtent([0.1, 4]).on('zoom', (e) => g.attr('transform', e.transform));
svg.call(zoom);
const root = d3.hierarchy(data);
// a large tree opens folded, deep levels first, so that what shows can be read at the panel's size
const fold = (depth) => root.descendants().forEach((d) => { if (d.depth >= depth && d.children) { d._children = d.children; d.children = null; } });
if (root.descendants().length > 30) fold(2);
if (root.descendants().length > 40) fold(1);
const ROW = 40, GAP = 48, PAD = 6;
const measure = svg.append('text').style('font-size', '12px').attr('visibility', 'hidden');
function width(d) {
  let w = 0;
  for (const s of [d.data.place, d.data.label + (d._children ? ' (+' + d._children.length + ')' : '')]) { measure.text(s); w = Math.max(w, measure.node().getComputedTextLength()); }
  return w + 2 * PAD + 14;
}
function update(fit) {
  d3.tree().nodeSize([ROW, 1])(root);
  const nodes = root.descendants(), links = root.links();
  // each column as wide as its widest label, so that no edge runs through a label
  const colWidth = [];
  for (const d of nodes) { d.w = width(d); colWidth[d.depth] = Math.max(colWidth[d.depth] || 0, d.w); }
  const colX = [0];
  for (let k = 1; k < colWidth.length; k++) colX[k] = colX[k - 1] + colWidth[k - 1] + GAP;
  for (const d of nodes) d.y = colX[d.depth];
  g.selectAll('path.link').data(links, (d) => d.target.data.id).join('path')
    .attr('class', (d) => 'link' + (d.target.data.asserted ? ' asserted' : ''))
    .attr('d', (d) => { const x0 = d.source.y + d.source.w, x1 = d.target.y, m = (x0 + x1) / 2; return 'M' + x0 + ',' + d.source.x + 'C' + m + ',' + d.source.x + ' ' + m + ',' + d.target.x + ' ' + x1 + ',' + d.target.x; });
  const node = g.selectAll('g.node').data(nodes, (d) => d.data.id).join((enter) => {
    const n = enter.append('g').attr('class', (d) => 'node' + (d.data.inCorpus ? '' : ' cited')).style('cursor', 'pointer')
      .on('click', (e, d) => { if (e.target.closest('a')) return; if (d.children) { d._children = d.children; d.children = null; } else if (d._children) { d.children = d._children; d._children = null; } update(false); });
    n.append('rect').attr('y', -ROW / 2 + 3).attr('height', ROW - 6);
    n.append('circle').attr('r', 4).attr('cx', PAD + 3);
    const a = n.append('a').attr('href', (d) => d.data.href)${newTab ? ".attr('target', '_blank')" : ''};
    a.append('text').attr('class', 'place').attr('x', PAD + 12).attr('dy', '-0.25em');
    a.append('text').attr('class', 'label').attr('x', PAD + 12).attr('dy', '1.0em');
    n.append('title');
    return n;
  });
  node.attr('transform', (d) => 'translate(' + d.y + ',' + d.x + ')');
  node.select('rect').attr('width', (d) => d.w);
  node.select('circle').attr('fill', (d) => (d._children ? '#345' : d.data.inCorpus ? '#6a9' : '#fff'));
  node.select('text.place').text((d) => d.data.place);
  node.select('text.label').text((d) => d.data.label + (d._children ? ' (+' + d._children.length + ')' : ''));
  node.select('title').text((d) => d.data.detail);
  if (fit) {
    // the tree fills its panel
    const box = g.node().getBBox(), W = svg.node().clientWidth, H = svg.node().clientHeight;
    // the tree fills its panel, but never below a readable size: a taller tree is panned
    const k = Math.max(0.7, Math.min(1.6, 0.95 * Math.min(W / Math.max(box.width, 1), H / Math.max(box.height, 1))));
    const ty = k * box.height <= H ? (H - k * box.height) / 2 - k * box.y : 12 - k * box.y;
    svg.call(zoom.transform, d3.zoomIdentity.translate((W - k * box.width) / 2 - k * box.x, ty).scale(k));
  }
}
update(true);`;
}

export function coveragePage(graph: GraphStore, root: string, options: CoveragePageOptions = {}): string {
  const c = coverage(graph, root, options);
  const t = tree(graph, root, options.linkBase);
  const a = graph.getNodeAttributes(root);
  const link = (i: Implementer | null): string => {
    if (!i) return '— none —';
    const h = href(i.path, options.linkBase);
    return h ? `<a href="${escape(h)}">${escape(i.key)}</a>` : `${escape(i.key)} <span class="muted">(cited, not in the corpus)</span>`;
  };
  const rows = c.rows
    .map((r) => `<tr class="${r.first ? 'yes' : 'no'}"><td>${escape(r.name)}${r.via.length ? ` <span class="muted">(${escape(r.via.join(', '))})</span>` : ''}</td><td>${link(r.first)}</td><td>${escape(r.first?.date ?? '')}</td><td class="num">${r.first?.lagDays ?? ''}</td><td class="num">${r.count}</td></tr>`)
    .join('\n');
  const outside = c.outside.map((o) => `<li>${link(o.implementer)} (${escape(o.implementer.date ?? 'undated')}): ${escape(o.reason)}</li>`).join('\n');
  const unit = c.level === 'province' ? 'provinces' : c.level === 'district' ? 'districts' : 'communes';
  const map = c.era === 'from-2025-07' ? 'the map from 1 July 2025' : 'the map before 1 July 2025';
  const withinName = c.within ? placeByCode(c.within)?.display : null;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Coverage of ${escape(root)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:16px;color:#222}
h1{font-size:18px;margin:0 0 4px} .sub{color:#555;margin-bottom:12px} .muted{color:#777}
#panel{width:100%;height:min(75vh,${Math.max(320, Math.min(900, 60 + 34 * (c.rows.length ? Math.min(countNodes(t), 24) : 4)))}px);border:1px solid #ddd;border-radius:6px;background:#fafafa}
#tree{width:100%;height:100%}
table{border-collapse:collapse;margin-top:16px;font-size:13px} td,th{border-bottom:1px solid #eee;padding:3px 10px;text-align:left} td.num{text-align:right}
tr.no td:first-child{color:#b00} .node circle{stroke:#345;stroke-width:1.5px} .node text{font-size:12px} .node .place{font-weight:600}
.node rect{fill:#fff;stroke:#ccd;rx:4} .node.cited rect{stroke-dasharray:3 2}
.link{fill:none;stroke:#9ab;stroke-width:1.3px} .link.asserted{stroke-dasharray:4 3}
</style></head><body>
<h1>${escape(a.type ?? '')} ${escape(a.number ?? root)}</h1>
<div class="sub">${escape(root)} · ${escape(a.date ?? '')} · implemented in <b>${c.covered} of ${c.rows.length}</b> ${unit}${withinName ? ` of ${escape(withinName)}` : ''} (${map}${c.at ? `, as of ${escape(c.at)}` : ''}) · click a node to fold it, drag to pan, scroll to zoom; dashed line: stated by a third document; dashed box: cited, not in the corpus</div>
<div id="panel"><svg id="tree"></svg></div>
<table><thead><tr><th>place</th><th>first implementing document</th><th>date</th><th>lag (days)</th><th>documents</th></tr></thead><tbody>
${rows}
</tbody></table>
${outside ? `<p>Implementing documents counted in no row:</p><ul>\n${outside}\n</ul>` : ''}
<script>${d3Source()}</script>
<script>
${implementersTreeScript('#tree', t, { newTab: true })}
</script></body></html>
`;
}

function countNodes(t: TreeNode): number {
  let n = 1;
  for (const c of t.children) n += countNodes(c);
  return n;
}
