import { escapeHtml } from '../../annotate/index.js';
import { parseId } from '../../cite/index.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The one escape of the pages: every value that comes from a document, a query or a file name goes
 * through `esc` (text and quoted attribute values alike), nothing is written raw but the pages' own
 * markup. Lone surrogates become U+FFFD here: a page is sent as UTF-8, where they cannot stand.
 */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return escapeHtml(String(value).replace(LONE_SURROGATE, '\uFFFD'));
}

/** The workspace's URL of a document, or of a document known only from citations: ids hold "/", "#" and ":". */
export function documentHref(id: string): string {
  // encodeURIComponent throws on a lone surrogate: one in an id read from a broken file must not take the page down
  return `/documents/${encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD'))}`;
}

/** A query string from the values set (empty and undefined ones left out). */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * A document for people: its type and number ("Kế hoạch 54/KH-UBND") when the id has a number, else
 * the type and the whole id (a law by name, a meeting, a draft). The id itself is on the link's hover.
 */
export function documentName(type: string | null, id: string): string {
  let key: string | null = null;
  try {
    key = parseId(id).key;
  } catch {
    // a file's own id ("file:…"): shown whole
  }
  const label = key !== null && key.includes('/') && !key.includes(':') ? key : id;
  return [type, label].filter(Boolean).join(' ');
}
