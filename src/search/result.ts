import { queryTerms } from './analyzer.js';
import type { Hit, SearchOptions, SearchResult } from './schema.js';
import type { Snippet } from './snippet.js';

/** What a hit shows of its document, whichever engine found it. */
export interface HitDocument {
  key: string;
  path: string | null;
  type: string | null;
  number: string | null;
  date: string | null;
  title: string | null;
}

/** A hit as every engine writes it (the in-memory index and the PostgreSQL store): the score rounded, how it matched. */
export function hitOf(m: HitDocument, r: { score: number; matchedBy?: Hit['matchedBy'] | undefined; relation?: string | null | undefined }, snippet: Snippet | null): Hit {
  return {
    id: m.key,
    path: m.path,
    type: m.type,
    number: m.number,
    date: m.date,
    title: m.title,
    score: Math.round(r.score * 100) / 100,
    matchedBy: r.matchedBy ?? 'text',
    relation: r.relation ?? null,
    snippets: snippet ? [snippet] : [],
  };
}

/** The result with its explanation: the references read, the words searched, the filters applied (paging left out). */
export function searchResult(query: string, textQuery: string, total: number, hits: Hit[], facets: SearchResult['facets'], named: SearchResult['explanation']['citations'], opts: SearchOptions): SearchResult {
  const filters: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) if (v !== undefined && k !== 'limit' && k !== 'offset') filters[k] = v;
  const terms = queryTerms(textQuery);
  return { query, total, hits, facets, explanation: { citations: named, terms: terms.map(({ exact, folded }) => ({ exact, folded })), filters } };
}
