import type { z } from 'zod';
import type { MissingOutputSchema } from '../../cli/output-schemas.js';
import { documentHref, esc, queryString } from './html.js';
import { layout } from './layout.js';

export type MissingOutput = z.infer<typeof MissingOutputSchema>;

const SHOWN_CITERS = 5;

/**
 * The missing-documents page: documents cited but not in the corpus, most cited first (the
 * `/api/missing` answer), each linked to its "cited, not in the corpus" page, with the names it is
 * cited by and the documents citing it. `limit` is the number asked, for the "more" link.
 */
export function missingPage(answer: MissingOutput, limit?: number): string {
  const rows = answer
    .map((m, k) => {
      const citers = m.citedBy.slice(0, SHOWN_CITERS).map((c) => `<a href="${esc(documentHref(c.id))}">${esc(c.id)}</a>`).join(', ');
      const more = m.citedBy.length > SHOWN_CITERS ? ` <span class="muted small">and ${esc(m.citedBy.length - SHOWN_CITERS)} more</span>` : '';
      return `<tr><td class="num">${k + 1}</td><td><a class="cited-only" href="${esc(documentHref(m.id))}">${esc(m.id)}</a></td><td>${esc(m.type ?? '')}</td><td class="small">${m.names.map(esc).join('<br>')}</td><td class="num">${esc(m.citedBy.length)}</td><td class="num">${esc(m.mentions)}</td><td class="small">${citers}${more}</td></tr>`;
    })
    .join('\n');
  const moreLink = limit !== undefined && answer.length >= limit ? `<p><a href="${esc('/missing' + queryString({ limit: limit * 2 }))}">show ${esc(limit * 2)}</a></p>` : '';
  return layout({
    title: 'Missing documents',
    body: `<h1>Missing documents</h1>
<p class="muted">Cited by documents of the corpus but not in it, most cited first: what to collect next.</p>
${answer.length === 0 ? '<p>Every cited document is in the corpus.</p>' : `<table class="grid" id="missing"><thead><tr><th class="num">#</th><th>document</th><th>type</th><th>cited as</th><th class="num">citing documents</th><th class="num">mentions</th><th>cited by</th></tr></thead><tbody>
${rows}
</tbody></table>${moreLink}`}`,
  });
}
