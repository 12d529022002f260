import type { z } from 'zod';
import type { CoverageOutputSchema, ImplementerOutputSchema, TraceOutputSchema } from '../../cli/output-schemas.js';
import { documentHref, documentName, esc, queryString } from './html.js';
import { placeName } from './place.js';
import { treeDrawing } from './tree-drawing.js';

export type TraceOutput = z.infer<typeof TraceOutputSchema>;
export type CoverageOutput = z.infer<typeof CoverageOutputSchema>;
type Implementer = z.infer<typeof ImplementerOutputSchema>;

interface TreeNode {
  i: Implementer;
  place: string;
  children: TreeNode[];
}

/** The implementers of a trace as a tree: each under the document it implements, siblings by place then date. */
function buildTree(trace: TraceOutput): TreeNode[] {
  const byId = new Map<string, TreeNode>();
  for (const i of trace.implementers) byId.set(i.id, { i, place: placeName(i.place, i.date, i.level), children: [] });
  const roots: TreeNode[] = [];
  for (const n of byId.values()) (n.i.implements === trace.id ? roots : (byId.get(n.i.implements)?.children ?? roots)).push(n);
  const order = (a: TreeNode, b: TreeNode): number => a.place.localeCompare(b.place, 'vi') || (a.i.date ?? '').localeCompare(b.i.date ?? '') || a.i.id.localeCompare(b.i.id);
  const sort = (ns: TreeNode[]): void => {
    ns.sort(order);
    for (const n of ns) sort(n.children);
  };
  sort(roots);
  return roots;
}

function count(ns: TreeNode[]): number {
  return ns.reduce((s, n) => s + 1 + count(n.children), 0);
}

function nodeLabel(n: TreeNode): string {
  const i = n.i;
  const name = documentName(i.type, i.id);
  const facts = [i.date, i.lagDays !== null ? `+${i.lagDays} d` : null].filter(Boolean).map(esc).join(' · ');
  const notes = [i.path ? null : 'cited, not in the corpus', i.asserted ? 'stated by a third document' : null].filter(Boolean);
  return `<span class="place">${esc(n.place || '—')}</span> <a class="${i.path ? '' : 'cited-only'}" href="${esc(documentHref(i.id))}" title="${esc([i.id, ...notes].join('; '))}">${esc(name)}</a>${facts ? ` <span class="muted small">${facts}</span>` : ''}${notes.length ? ` <span class="muted small">(${esc(notes.join('; '))})</span>` : ''}`;
}

function renderNodes(ns: TreeNode[], depth: number, openDepth: number): string {
  return ns
    .map((n) =>
      n.children.length
        ? `<li data-id="${esc(n.i.id)}"><details${depth < openDepth ? ' open' : ''}><summary>${nodeLabel(n)} <span class="muted small">(${esc(count(n.children))} below)</span></summary><ul>${renderNodes(n.children, depth + 1, openDepth)}</ul></details></li>`
        : `<li data-id="${esc(n.i.id)}"><span class="leaf">${nodeLabel(n)}</span></li>`,
    )
    .join('');
}

/**
 * The implementers of a document as a tree by level and place: each implementing document under
 * the one it implements (a province's plan, its districts' plans below it), with place names,
 * dates and the lag in days. Branches are <details>: they fold without JavaScript; a large tree
 * opens with its first level only.
 */
export function implementersTree(trace: TraceOutput): string {
  const roots = buildTree(trace);
  if (roots.length === 0) return '';
  const total = count(roots);
  const openDepth = total > 40 ? 1 : total > 15 ? 2 : 99;
  const byLevel = Object.entries(trace.byLevelAndPlace)
    .map(([level, places]) => `${esc(Object.values(places).reduce((s, l) => s + l.length, 0))} at ${esc(level)} level (${esc(Object.keys(places).length)} place${Object.keys(places).length === 1 ? '' : 's'})`)
    .join(', ');
  return `<section id="implementers"><h2>Implemented by ${esc(total)} document${total === 1 ? '' : 's'}</h2>
<p class="muted small">${byLevel}. Each under the document it implements; click a node to fold it, drag to pan, scroll to zoom; dashed line: stated by a third document; dashed box: cited, not in the corpus.</p>
${treeDrawing(trace)}
<ul class="tree"><li><details open><summary><b>${esc([trace.node.type, trace.node.number].filter(Boolean).join(' ') || trace.id)}</b> <span class="muted small">${esc(trace.node.date ?? '')}</span></summary><ul>${renderNodes(roots, 1, openDepth)}</ul></details></li></ul></section>`;
}

const UNIT: Record<string, string> = { province: 'provinces', district: 'districts', commune: 'communes' };

/** The coverage table: each place of the level, its first implementing document (linked), date, lag, count; links to the other levels. */
export function coverageTable(c: CoverageOutput, docId: string): string {
  // the places with an implementing document in the table; the others, usually most, named below it
  const rows = c.rows
    .filter((r) => r.first)
    .map((r) => {
      const f = r.first as NonNullable<typeof r.first>;
      const first = `<a href="${esc(documentHref(f.id))}"${f.path ? ` title="${esc(f.id)}"` : ` class="cited-only" title="${esc(f.id)}; cited, not in the corpus"`}>${esc(documentName(f.type, f.id))}</a>`;
      return `<tr><td>${esc(r.name)}${r.via.length ? ` <span class="muted small">(${esc(r.via.join(', '))})</span>` : ''}</td><td>${first}</td><td>${esc(f.date ?? '')}</td><td class="num">${esc(f.lagDays ?? '')}</td><td class="num">${esc(r.count)}</td></tr>`;
    })
    .join('\n');
  const none = c.rows.filter((r) => !r.first);
  const levels = (['province', 'district', 'commune'] as const)
    .map((l) => (l === c.level ? `<b>${esc(UNIT[l])}</b>` : `<a href="${esc(documentHref(docId) + queryString({ level: l }))}#coverage">${esc(UNIT[l])}</a>`))
    .join(' · ');
  const outside = c.outside.length ? `<p class="muted small">Implementing documents in no row: ${c.outside.map((o) => `<a href="${esc(documentHref(o.implementer.id))}">${esc(o.implementer.id)}</a> (${esc(o.reason)})`).join('; ')}</p>` : '';
  return `<section id="coverage"><h2>Coverage: ${esc(c.covered)} of ${esc(c.rows.length)} ${esc(UNIT[c.level] ?? c.level)}</h2>
<p class="muted small">${levels} · ${esc(c.era === 'from-2025-07' ? 'the map from 1 July 2025' : 'the map before 1 July 2025')}${c.at ? ` · as of ${esc(c.at)}` : ''}</p>
${rows ? `<table class="grid"><thead><tr><th>place</th><th>first implementing document</th><th>date</th><th class="num">lag (days)</th><th class="num">documents</th></tr></thead><tbody>
${rows}
</tbody></table>` : ''}
${none.length ? `<details class="none"><summary>${esc(none.length)} ${esc(UNIT[c.level] ?? c.level)} with no implementing document yet</summary><p class="small">${none.map((r) => esc(r.name)).join(', ')}</p></details>` : ''}${outside}</section>`;
}
