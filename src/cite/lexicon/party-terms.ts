/**
 * Party numbering restarts every committee term (Hướng dẫn 36-HD/VPTW), so a
 * Party id carries the term. Central terms run from the close of one National
 * Congress to the close of the next; dates are general knowledge [M], to be
 * checked against a registry before they become an oracle.
 */
export interface CentralTerm {
  readonly term: string; // Roman numeral, "XII"
  readonly from: string; // ISO date the term starts (the congress closed the day before or on it)
}

export const CENTRAL_TERMS: readonly CentralTerm[] = [
  { term: 'VII', from: '1991-06-27' },
  { term: 'VIII', from: '1996-07-01' },
  { term: 'IX', from: '2001-04-22' },
  { term: 'X', from: '2006-04-25' },
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
  { term: 'XIV', from: '2026-01-23' },
];

/** Central term in force on an ISO date, or null before 1991. */
export function centralTermAt(isoDate: string): string | null {
  let found: string | null = null;
  for (const t of CENTRAL_TERMS) if (isoDate >= t.from) found = t.term;
  return found;
}

/**
 * Local committees (provinces, districts) hold their congresses in the second half
 * of 2010, 2015, 2020, 2025. Without a per-committee table the term is the five-year
 * period containing the date, cut on 1 October of a congress year; dates from May to
 * October of a congress year are flagged ambiguous.
 */
export function localTermAt(isoDate: string): { term: string; ambiguous: boolean } {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) || 1;
  const congressYear = y - (y % 5);
  const start = y % 5 === 0 && m < 10 ? congressYear - 5 : congressYear;
  const ambiguous = y % 5 === 0 && m >= 5 && m <= 10;
  return { term: `${start}-${start + 5}`, ambiguous };
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XII" → 12; null for anything that is not a Roman numeral. */
export function romanToInt(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i] as string] as number;
    const next = i + 1 < s.length ? (ROMAN[s[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total;
}
