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

/**
 * The implementers of a trace's page as a tree: each under the document it implements, siblings by place then
 * date. On a page after the first, a document whose parent is on an earlier page is at the top, its parent named.
 */
function buildTree(trace: TraceOutput): TreeNode[] {
  const byId = new Map<string, TreeNode>();
  for (const i of trace.implementers.items) byId.set(i.id, { i, place: placeName(i.place, i.date, i.level), children: [] });
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

function nodeLabel(n: TreeNode, parentElsewhere: boolean): string {
  const i = n.i;
  const name = documentName(i.type, i.id);
  const facts = [i.date, i.lagDays !== null ? `+${i.lagDays} d` : null].filter(Boolean).map(esc).join(' · ');
  const notes = [i.path ? null : 'cited, not in the corpus', i.asserted ? 'stated by a third document' : null].filter(Boolean);
  // a top-level node that does not implement the root directly: its parent is on an earlier page
  const under = parentElsewhere ? ` <span class="muted small">implements <a href="${esc(documentHref(i.implements))}">${esc(i.implements)}</a></span>` : '';
  return `<span class="place">${esc(n.place || '—')}</span> <a class="${i.path ? '' : 'cited-only'}" href="${esc(documentHref(i.id))}" title="${esc([i.id, ...notes].join('; '))}">${esc(name)}</a>${facts ? ` <span class="muted small">${facts}</span>` : ''}${notes.length ? ` <span class="muted small">(${esc(notes.join('; '))})</span>` : ''}${under}`;
}

function renderNodes(ns: TreeNode[], depth: number, openDepth: number, rootId: string): string {
  return ns
    .map((n) => {
      const label = nodeLabel(n, depth === 1 && n.i.implements !== rootId);
      return n.children.length
        ? `<li data-id="${esc(n.i.id)}"><details${depth < openDepth ? ' open' : ''}><summary>${label} <span class="muted small">(${esc(count(n.children))} below)</span></summary><ul>${renderNodes(n.children, depth + 1, openDepth, rootId)}</ul></details></li>`
        : `<li data-id="${esc(n.i.id)}"><span class="leaf">${label}</span></li>`;
    })
    .join('');
}

/** The links to the pages before and after this one: the same document page, another `offset`. */
function pageLinks(trace: TraceOutput, keep: Record<string, string | undefined>): string {
  const { total, offset, limit, items } = trace.implementers;
  if (offset === 0 && items.length >= total) return '';
  const href = (o: number): string => `${documentHref(trace.id)}${queryString({ ...keep, offset: o === 0 ? undefined : o })}#implementers`;
  const shown = items.length ? `${offset + 1}–${offset + items.length} of ${total}` : `none of ${total} (past the last)`;
  // past the last (an old link, a typed offset), "previous" is the page that holds the last one
  const previousOffset = offset >= total ? Math.floor((total - 1) / limit) * limit : Math.max(0, offset - limit);
  const previous = offset > 0 ? `<a rel="prev" href="${esc(href(previousOffset))}">← previous</a>` : '';
  const next = offset + items.length < total ? `<a rel="next" href="${esc(href(offset + limit))}">next ${esc(Math.min(limit, total - offset - limit))} →</a>` : '';
  return `<p class="pages small">Drawn and listed: ${esc(shown)}, nearest first (depth, then the document implemented). ${[previous, next].filter(Boolean).join(' · ')}</p>`;
}

/** How many places of a level are named with their counts; the rest are counted together. */
const PLACES_SHOWN = 200;

/**
 * The counts by level and place of all the implementers (not only the page's), folded: a level's places, most
 * implementers first, named as on the tree (a slug the official lists do not know is shown as written).
 */
function placeCounts(trace: TraceOutput): string {
  const levels = Object.entries(trace.byLevelAndPlace).map(([level, places]) => {
    const sorted = Object.entries(places).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const named = sorted
      .slice(0, PLACES_SHOWN)
      .map(([place, n]) => `${esc(place === 'unknown' ? 'place unknown' : placeName(place, null, level) || place)} ${esc(n)}`)
      .join(', ');
    const rest = sorted.length > PLACES_SHOWN ? `, and ${esc(sorted.length - PLACES_SHOWN)} more places with ${esc(sorted.slice(PLACES_SHOWN).reduce((s, [, n]) => s + n, 0))}` : '';
    return `<li><b>${esc(level)}</b>: ${named}${rest}</li>`;
  });
  return `<details class="place-counts small"><summary>By place</summary><ul>${levels.join('')}</ul></details>`;
}

/**
 * The implementers of a document as a tree by level and place: each implementing document under
 * the one it implements (a province's plan, its districts' plans below it), with place names,
 * dates and the lag in days. Branches are <details>: they fold without JavaScript; a large tree
 * opens with its first level only. The tree is the page of implementers the trace holds (a central
 * resolution has thousands): the counts by level and place are over all of them, and links page on.
 * `keep`: the page's other query values, kept by those links.
 */
export function implementersTree(trace: TraceOutput, keep: Record<string, string | undefined> = {}): string {
  const { total } = trace.implementers;
  if (total === 0) return '';
  const roots = buildTree(trace);
  const shown = count(roots);
  const openDepth = shown > 40 ? 1 : shown > 15 ? 2 : 99;
  const byLevel = Object.entries(trace.byLevelAndPlace)
    .map(([level, places]) => `${esc(Object.values(places).reduce((s, n) => s + n, 0))} at ${esc(level)} level (${esc(Object.keys(places).length)} place${Object.keys(places).length === 1 ? '' : 's'})`)
    .join(', ');
  return `<section id="implementers"><h2>Implemented by ${esc(total)} document${total === 1 ? '' : 's'}</h2>
<p class="muted small">${byLevel}. Each under the document it implements; click a node to fold it, drag to pan, scroll to zoom; dashed line: stated by a third document; dashed box: cited, not in the corpus.</p>
${placeCounts(trace)}
${pageLinks(trace, keep)}
${treeDrawing(trace)}
${roots.length ? `<ul class="tree"><li><details open><summary><b>${esc([trace.node.type, trace.node.number].filter(Boolean).join(' ') || trace.id)}</b> <span class="muted small">${esc(trace.node.date ?? '')}</span></summary><ul>${renderNodes(roots, 1, openDepth, trace.id)}</ul></details></li></ul>` : ''}
${pageLinks(trace, keep)}</section>`;
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
