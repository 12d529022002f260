import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import type { GraphStore } from './store.js';
import { coverage } from './queries/coverage.js';
import { implementers } from './queries/implementers.js';

/**
 * A self-contained HTML page for a coverage report: the table of places with and without an
 * implementing document, and an interactive drawing of the implementation tree (d3, from npm,
 * inlined so that the file opens with a double click, offline). Nodes can be folded by a
 * click; the drawing zooms and pans.
 */

interface TreeNode {
  id: string;
  label: string;
  detail: string;
  inCorpus: boolean;
  asserted: boolean;
  children: TreeNode[];
}

const require = createRequire(import.meta.url);

function d3Source(): string {
  // d3's "exports" map only names its ESM entry (and the "umd" condition), so find the package by its entry
  const entry = require.resolve('d3');
  const pkg = entry.slice(0, entry.lastIndexOf(`${sep}d3${sep}`) + 4);
  return readFileSync(join(pkg, 'dist', 'd3.min.js'), 'utf8');
}

function tree(graph: GraphStore, root: string): TreeNode {
  const list = implementers(graph, root, { transitive: true });
  const node = (key: string, asserted: boolean): TreeNode => {
    const a = graph.getNodeAttributes(key);
    return {
      id: key,
      label: [`${a.type ?? ''} ${a.number ?? ''}`.trim() || key, a.place].filter(Boolean).join(' · '),
      detail: [a.date, a.level, a.place, a.path].filter(Boolean).join(' · '),
      inCorpus: a.kind === 'document',
      asserted,
      children: [],
    };
  };
  const byKey = new Map<string, TreeNode>([[root, node(root, false)]]);
  for (const i of list) byKey.set(i.key, node(i.key, i.asserted));
  for (const i of list) byKey.get(i.implements)?.children.push(byKey.get(i.key) as TreeNode);
  return byKey.get(root) as TreeNode;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// JSON inside <script>: no "</script>" can close it early
const safeJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

export function coveragePage(graph: GraphStore, root: string, options: { level?: 'province' | 'district' | 'commune' } = {}): string {
  const c = coverage(graph, root, options);
  const t = tree(graph, root);
  const a = graph.getNodeAttributes(root);
  const rows = c.rows
    .map((r) => `<tr class="${r.first ? 'yes' : 'no'}"><td>${escape(r.place)}</td><td>${r.first ? escape(r.first.key) : '— none —'}</td><td>${escape(r.first?.date ?? '')}</td><td>${r.first?.lagDays ?? ''}</td><td>${r.count}</td><td>${escape(r.first?.path ?? '')}</td></tr>`)
    .join('\n');
  const covered = c.rows.filter((r) => r.first).length;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Coverage of ${escape(root)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:16px;color:#222}
h1{font-size:18px;margin:0 0 4px} .sub{color:#666;margin-bottom:12px}
#tree{width:100%;height:520px;border:1px solid #ddd;border-radius:6px;background:#fafafa}
table{border-collapse:collapse;margin-top:16px;font-size:13px} td,th{border-bottom:1px solid #eee;padding:3px 10px;text-align:left}
tr.no td{color:#b00} .node circle{stroke:#345;stroke-width:1.5px} .node text{font-size:12px}
.link{fill:none;stroke:#9ab;stroke-width:1.3px} .link.asserted{stroke-dasharray:4 3}
</style></head><body>
<h1>${escape(a.type ?? '')} ${escape(a.number ?? root)}</h1>
<div class="sub">${escape(root)} · ${escape(a.date ?? '')} · implemented in ${covered} of ${c.rows.length} ${escape(c.level)} places known to the corpus · click a node to fold it, drag to pan, scroll to zoom; dashed: stated by a third document</div>
<svg id="tree"></svg>
<table><thead><tr><th>place</th><th>first implementing document</th><th>date</th><th>lag (days)</th><th>documents</th><th>file</th></tr></thead><tbody>
${rows}
</tbody></table>
<script>${d3Source()}</script>
<script>
const data = ${safeJson(t)};
const svg = d3.select('#tree'); const width = svg.node().clientWidth || 1000, height = 520;
const g = svg.append('g');
svg.call(d3.zoom().scaleExtent([0.2, 4]).on('zoom', (e) => g.attr('transform', e.transform)));
const root = d3.hierarchy(data); root.x0 = height / 2; root.y0 = 0;
// a large tree opens folded below the second level
if (root.descendants().length > 40) root.descendants().forEach((d) => { if (d.depth >= 2 && d.children) { d._children = d.children; d.children = null; } });
const layout = d3.tree().nodeSize([22, 260]);
function update() {
  layout(root);
  const nodes = root.descendants(), links = root.links();
  const offsetX = height / 2 - root.x;
  g.selectAll('path.link').data(links, (d) => d.target.data.id).join('path')
    .attr('class', (d) => 'link' + (d.target.data.asserted ? ' asserted' : ''))
    .attr('d', (d) => 'M' + (d.source.y + 40) + ',' + (d.source.x + offsetX) + 'C' + ((d.source.y + d.target.y) / 2 + 40) + ',' + (d.source.x + offsetX) + ' ' + ((d.source.y + d.target.y) / 2 + 40) + ',' + (d.target.x + offsetX) + ' ' + (d.target.y + 40) + ',' + (d.target.x + offsetX));
  const node = g.selectAll('g.node').data(nodes, (d) => d.data.id).join((enter) => {
    const n = enter.append('g').attr('class', 'node').style('cursor', 'pointer').on('click', (e, d) => { if (d.children) { d._children = d.children; d.children = null; } else if (d._children) { d.children = d._children; d._children = null; } update(); });
    n.append('circle').attr('r', 5);
    n.append('text').attr('dy', '0.32em').attr('x', 9);
    n.append('title');
    return n;
  });
  node.attr('transform', (d) => 'translate(' + (d.y + 40) + ',' + (d.x + offsetX) + ')');
  node.select('circle').attr('fill', (d) => (d._children ? '#345' : d.data.inCorpus ? '#6a9' : '#fff'));
  node.select('text').text((d) => d.data.label + (d._children ? ' (+' + d._children.length + ')' : ''));
  node.select('title').text((d) => d.data.id + '\\n' + d.data.detail);
}
update();
</script></body></html>
`;
}
