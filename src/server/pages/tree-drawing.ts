import { d3Source, implementersTreeScript } from '../../graph/coverage-page.js';
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
  for (const i of trace.implementers.items) {
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
  // on a page after the first, a document whose parent is on an earlier page hangs from the root
  for (const i of trace.implementers.items) (byId.get(i.implements) ?? root).children.push(byId.get(i.id) as DrawNode);
  const sort = (n: DrawNode): void => {
    n.children.sort((a, b) => a.place.localeCompare(b.place, 'vi') || a.label.localeCompare(b.label));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** The drawing's panel and scripts, of the implementers of the page the trace holds; empty when it holds none. */
export function treeDrawing(trace: TraceOutput): string {
  if (trace.implementers.items.length === 0) return '';
  // tall enough for the nodes a first view shows (a large tree opens folded), never taller than the screen
  const height = Math.max(200, Math.min(520, 40 + 40 * Math.min(trace.implementers.items.length + 1, 12)));
  return `<div id="tree-panel" class="drawing" style="height:${height}px"><svg id="tree-svg" role="img" aria-label="implementers tree"></svg></div>
<script>${d3Source()}</script>
<script>
(() => {
${implementersTreeScript('#tree-svg', drawData(trace), { newTab: false })}
})();
</script>`;
}
