/** Stage 8: the canonical id of a mention (spec §4). */
import { TYPE_WORDS } from '../lexicon/document-types.js';
import { lookupIssuer } from '../lexicon/issuers.js';
import { numberedIdParts, slug, type IdParts } from '../ids.js';
import type { NamedMention } from '../names.js';
import type { CitationContext } from '../schema.js';
import { canonicalNumeral, parseSymbol } from '../symbol.js';
import { namedLawKey, type Mention } from './mention.js';

export function idOf(m: Mention, context: CitationContext | undefined): { parts: IdParts; warnings: string[] } {
  const ctx = context ? { place: context.place, date: context.date } : undefined;
  if (m.symbol) {
    let sym = m.symbol;
    const warnings: string[] = [];
    if (sym.shape === 'legacy' && m.type) {
      // "Nghị quyết 02/TU" = 02-NQ/TU: rebuild the Party symbol from the type word
      const code = TYPE_WORDS.find((t) => t.name === m.type)?.code;
      const issuer = sym.issuerCodes[0] ?? '';
      if (code && lookupIssuer(issuer)?.party) {
        const rebuilt = parseSymbol(`${canonicalNumeral(sym.numeral)}-${code}/${issuer}`);
        if (rebuilt) sym = rebuilt;
      }
    }
    const r = numberedIdParts({ symbol: sym, issuerPhrase: m.issuer, date: m.date, term: m.term, context: ctx });
    return { parts: r.parts, warnings: [...warnings, ...r.warnings] };
  }
  if (m.partialNumber !== null) {
    const code = TYPE_WORDS.find((t) => t.name === m.type)?.code ?? slug(m.type ?? 'van ban');
    return { parts: { scheme: 'partial', key: `${code}:${canonicalNumeral(m.partialNumber)}`, place: m.issuer ? slug(m.issuer) : '?', scope: null }, warnings: [] };
  }
  const n = m.named as NamedMention;
  if (n.meeting) {
    if (n.meeting.plenum) return { parts: { scheme: 'dang', key: `meeting:TW:HNTW${n.meeting.plenum}`, place: null, scope: n.term ?? '?' }, warnings: [] };
    if (n.meeting.congress && n.meeting.congress !== 'local') return { parts: { scheme: 'dang', key: `congress:TW:${n.meeting.congress}`, place: null, scope: null }, warnings: [] };
    return { parts: { scheme: 'dang', key: `congress:${slug(n.meeting.organ)}`, place: null, scope: n.meeting.period }, warnings: [] };
  }
  if (n.form === 'titled') return { parts: { scheme: 'vn', key: `${slug(n.type)}:${slug(n.name)}`, place: null, scope: null }, warnings: [] };
  const key = namedLawKey(n, m.type);
  const year = n.year ?? (m.date ? Number(m.date.slice(0, 4)) : null);
  return { parts: { scheme: 'vn', key, place: null, scope: year !== null ? String(year) : null }, warnings: [] };
}
