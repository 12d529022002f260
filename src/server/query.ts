/**
 * The query string, read strictly: every name and value must be percent-encoded UTF-8. A browser or
 * a client library never sends anything else; a malformed one ("%FF", a lone "%") is refused with
 * 400 instead of being searched for as typed (the default parser keeps such a value raw, and
 * URLSearchParams turns it into U+FFFD: either would answer a question nobody asked).
 */

/** Set on a parsed query that could not be read; the request is then refused before any handler. */
export const BAD_QUERY = Symbol('vanban.badQuery');

export type ParsedQuery = Record<string, string | string[]> & { [BAD_QUERY]?: string };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Parse `a=1&b=x+y&a=2` into { a: ['1', '2'], b: 'x y' } (a name given twice is a list, which the
 * parameter schemas refuse). The object has no prototype: `__proto__=` is a name like any other.
 * Never throws (a throw here would end the process): a malformed part is reported in BAD_QUERY.
 */
export function parseQuery(query: string): ParsedQuery {
  const out = Object.create(null) as ParsedQuery;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    if (name === null || value === null) {
      out[BAD_QUERY] = `the query string is not percent-encoded UTF-8 near ${JSON.stringify(part.slice(0, 40))}`;
      return out;
    }
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}
