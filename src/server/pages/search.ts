import type { z } from 'zod';
import type { SearchOutputSchema } from '../../cli/output-schemas.js';
import { FAMILIES, LEVELS } from '../../cli/options.js';
import { documentHref, esc, queryString } from './html.js';
import { layout } from './layout.js';

export type SearchOutput = z.infer<typeof SearchOutputSchema>;
type Snippet = SearchOutput['hits'][number]['snippets'][number];

/** The search page's parameters as the query string gives them (strings, unchecked: the answer was computed from them, or refused). */
export interface SearchPageParams {
  q?: string;
  type?: string;
  level?: string;
  family?: string;
  place?: string;
  issuer?: string;
  year?: string;
  related?: string;
  limit?: string;
  offset?: string;
}

export interface SearchPageInput {
  params: SearchPageParams;
  /** the `/api/search` (`vanban search --json`) answer; null before a query is typed, or when it was refused */
  answer: SearchOutput | null;
  /** why the parameters were refused (the 400's message), shown above the form */
  error?: string | null;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A snippet with its matched words in <mark>. Highlights are offsets into the document's text;
 * the snippet's text is that passage with each run of white space made one space, so an offset
 * moves left by what the runs before it lost. Where the text had no such run (most passages) the
 * place is exact; otherwise each highlight goes to the first word start within the shift still
 * possible, in order (a word never starts inside a word).
 */
export function markSnippet(s: Snippet): string {
  const lost = s.end - s.start - s.text.length;
  const marks: Array<[number, number]> = [];
  let shift = 0;
  for (const h of [...s.highlights].sort((a, b) => a.start - b.start)) {
    let at = -1;
    for (let r = shift; r <= Math.max(shift, lost); r++) {
      const p = h.start - s.start - r;
      if (p < 0 || p >= s.text.length) continue;
      if (lost === 0 || (s.text[p] !== ' ' && !isWordChar(s.text[p - 1]))) {
        at = p;
        shift = r;
        break;
      }
    }
    if (at < 0) continue;
    const end = Math.min(s.text.length, at + (h.end - h.start));
    if (marks.length && at < (marks[marks.length - 1] as [number, number])[1]) continue;
    marks.push([at, end]);
  }
  let out = '';
  let last = 0;
  for (const [a, b] of marks) {
    out += esc(s.text.slice(last, a)) + '<mark>' + esc(s.text.slice(a, b)) + '</mark>';
    last = b;
  }
  return (s.start > 0 ? '… ' : '') + out + esc(s.text.slice(last)) + ' …';
}

const FACET_NAMES: Record<keyof SearchOutput['facets'], string> = { type: 'Type', year: 'Year', level: 'Level', family: 'Family' };
const MATCHED: Record<string, string> = { document: 'the document the query names', citing: 'cites it', text: 'by its words' };

function facetList(input: SearchPageInput, key: keyof SearchOutput['facets']): string {
  const counts = input.answer?.facets[key] ?? {};
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (entries.length === 0) return '';
  entries.sort(key === 'year' ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
  const current = input.params[key];
  const items = entries.slice(0, 25).map(([value, n]) => {
    const on = current === value;
    // a click sets the filter (or clears it when it is the one set) and goes back to the first page
    const href = '/search' + queryString({ ...input.params, [key]: on ? undefined : value, offset: undefined });
    return `<li class="${on ? 'on' : ''}"><a href="${esc(href)}">${esc(value)}</a><span class="muted num">${esc(n)}</span></li>`;
  });
  return `<h3>${esc(FACET_NAMES[key])}</h3><ul data-facet="${esc(key)}">${items.join('')}</ul>`;
}

function select(name: string, label: string, values: readonly string[], current: string | undefined): string {
  const options = ['', ...values].map((v) => `<option value="${esc(v)}"${v === (current ?? '') ? ' selected' : ''}>${esc(v || 'any')}</option>`).join('');
  return `<label>${esc(label)}<select name="${esc(name)}">${options}</select></label>`;
}

function field(name: string, label: string, current: string | undefined, placeholder: string): string {
  return `<label>${esc(label)}<input name="${esc(name)}" value="${esc(current ?? '')}" placeholder="${esc(placeholder)}"></label>`;
}

function hit(h: SearchOutput['hits'][number]): string {
  const name = [h.type, h.number].filter(Boolean).join(' ') || h.id;
  const how = h.matchedBy === 'citing' && h.relation ? `<span class="badge rel-${esc(h.relation)}">${esc(h.relation)}</span> the document the query names` : esc(MATCHED[h.matchedBy] ?? h.matchedBy);
  return `<li class="hit"><div class="title"><a href="${esc(documentHref(h.id))}">${esc(name)}</a>${h.title ? ` <span class="muted">${esc(h.title)}</span>` : ''}</div>
<div class="meta">${[h.date, h.id].filter(Boolean).map(esc).join(' · ')} · ${how}</div>
${h.snippets.map((s) => `<div class="snippet">${markSnippet(s)}</div>`).join('\n')}</li>`;
}

/** The search page: a search box with filters, facet counts that set a filter, hits with highlighted snippets, pages. */
export function searchPage(input: SearchPageInput): string {
  const p = input.params;
  const a = input.answer;
  const form = `<form class="search" action="/search" method="get">
<div class="q"><input type="search" name="q" value="${esc(p.q ?? '')}" placeholder="words, a phrase in quotes, or a reference: 18-NQ/TW, nghi quyet 18" autofocus aria-label="query"><button type="submit">Search</button></div>
${field('type', 'type', p.type, 'Kế hoạch, NQ')}
${select('level', 'level', LEVELS, p.level)}
${select('family', 'family', FAMILIES, p.family)}
${field('place', 'place', p.place, 'Hà Tĩnh, 42')}
${field('issuer', 'issuer', p.issuer, 'uy ban nhan dan')}
${field('year', 'year', p.year, '2018 or 2018-2020')}
${field('related', 'related', p.related, 'implements 18-NQ/TW')}
</form>`;
  let results = '';
  if (a) {
    const limit = Math.max(1, Number(p.limit) || 10);
    const offset = Math.max(0, Number(p.offset) || 0);
    const named = a.explanation.citations.length ? `<p class="small muted">The query names ${a.explanation.citations.map((id) => `<a href="${esc(documentHref(id))}">${esc(id)}</a>`).join(', ')}.</p>` : '';
    const pager = [
      offset > 0 ? `<a rel="prev" href="${esc('/search' + queryString({ ...p, offset: Math.max(0, offset - limit) || undefined }))}">← previous</a>` : '',
      offset + a.hits.length < a.total ? `<a rel="next" href="${esc('/search' + queryString({ ...p, offset: offset + limit }))}">next →</a>` : '',
    ].filter(Boolean);
    results = `<div class="layout"><aside class="facets">${(['type', 'year', 'level', 'family'] as const).map((k) => facetList(input, k)).join('')}</aside>
<section><p class="muted" id="total">${a.total === 0 ? 'No document matches.' : `${esc(a.total)} document${a.total === 1 ? '' : 's'}${a.total > a.hits.length ? `, ${esc(offset + 1)}–${esc(offset + a.hits.length)} shown` : ''}`}</p>${named}
<ol class="hits">${a.hits.map(hit).join('\n')}</ol>
${pager.length ? `<div class="pager">${pager.join('')}</div>` : ''}</section></div>`;
  }
  return layout({
    title: p.q ? `${p.q} — search` : 'Search',
    q: p.q ?? '',
    body: `<h1>Search</h1>${input.error ? `<div class="error">${esc(input.error)}</div>` : ''}${form}${results}`,
  });
}
