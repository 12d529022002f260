import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { documentHref, documentName } from './html.js';
import type { TraceOutput } from './implementers.js';
import { placeName } from './place.js';

/**
 * The implementers tree drawn with d3, as the coverage page draws it (src/graph/coverage-page.ts,
 * which builds its tree from a graph store; this one is built from the trace answer, so the page
 * stays a pure function of the API's answers): place names, type and number, date and lag on
 * each node; a click folds a node, a drag pans, the wheel zooms. d3 is inlined, as on the
 * coverage page, so the page needs no second request; without JavaScript the list below it is the tree.
 */

interface DrawNode {
  id: string;
  place: string;
  label: string;
  detail: string;
  href: string;
  inCorpus: boolean;
  asserted: boolean;
  children: DrawNode[];
}

const require = createRequire(import.meta.url);
let d3: string | null = null;

function d3Source(): string {
  // d3's "exports" map only names its ESM entry, so find the package by its entry
  if (d3 === null) {
    const entry = require.resolve('d3');
    d3 = readFileSync(join(entry.slice(0, entry.lastIndexOf(`${sep}d3${sep}`) + 4), 'dist', 'd3.min.js'), 'utf8');
  }
  return d3;
}

/** JSON inside <script>: no "</script>" or "<!--" can end or bend it. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

function drawData(trace: TraceOutput): DrawNode {
  const root: DrawNode = {
    id: trace.id,
    place: [trace.node.type, trace.node.number].filter(Boolean).join(' ') || trace.id,
    label: trace.node.date ?? '',
    detail: trace.id,
    href: documentHref(trace.id),
    inCorpus: trace.node.kind === 'document',
    asserted: false,
    children: [],
  };
  const byId = new Map<string, DrawNode>([[trace.id, root]]);
  for (const i of trace.implementers) {
    byId.set(i.id, {
      id: i.id,
      place: placeName(i.place, i.date, i.level) || i.id,
      label: [documentName(i.type, i.id), i.date, i.lagDays !== null ? `+${i.lagDays} d` : null].filter(Boolean).join(' · '),
      detail: [i.id, i.path ?? 'cited, not in the corpus', i.asserted ? 'stated by a third document' : null].filter(Boolean).join('\n'),
      href: documentHref(i.id),
      inCorpus: i.path !== null,
      asserted: i.asserted,
      children: [],
    });
  }
  for (const i of trace.implementers) (byId.get(i.implements) ?? root).children.push(byId.get(i.id) as DrawNode);
  const sort = (n: DrawNode): void => {
    n.children.sort((a, b) => a.place.localeCompare(b.place, 'vi') || a.label.localeCompare(b.label));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** The drawing's panel and scripts; empty when nobody implements the document. */
export function treeDrawing(trace: TraceOutput): string {
  if (trace.implementers.length === 0) return '';
  // tall enough for the nodes a first view shows (a large tree opens folded), never taller than the screen
  const height = Math.max(200, Math.min(520, 40 + 40 * Math.min(trace.implementers.length + 1, 12)));
  return `<div id="tree-panel" class="drawing" style="height:${height}px"><svg id="tree-svg" role="img" aria-label="implementers tree"></svg></div>
<script>${d3Source()}</script>
<script>
(() => {
const data = ${scriptJson(drawData(trace))};
const svg = d3.select('#tree-svg');
const g = svg.append('g');
const zoom = d3.zoom().scaleExtent([0.1, 4]).on('zoom', (e) => g.attr('transform', e.transform));
svg.call(zoom);
const root = d3.hierarchy(data);
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
    const a = n.append('a').attr('href', (d) => d.data.href);
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
    const box = g.node().getBBox(), W = svg.node().clientWidth, H = svg.node().clientHeight;
    const k = Math.max(0.7, Math.min(1.6, 0.95 * Math.min(W / Math.max(box.width, 1), H / Math.max(box.height, 1))));
    const ty = k * box.height <= H ? (H - k * box.height) / 2 - k * box.y : 12 - k * box.y;
    svg.call(zoom.transform, d3.zoomIdentity.translate((W - k * box.width) / 2 - k * box.x, ty).scale(k));
  }
}
update(true);
})();
</script>`;
}
