import { TYPE_CODES } from '../cite/lexicon/document-types.js';
import { ISSUER_CODES, codesWithoutStroke, lookupIssuer } from '../cite/lexicon/issuers.js';
import { parseSymbol, type ParsedSymbol } from '../cite/symbol.js';
import { fold } from '../text/fold.js';

/**
 * The number a file name carries, for a text that lost its header: "nghi-dinh-75-2021-ND-CP.txt" → 75/2021/NĐ-CP,
 * "luat-so-51-2024-qh15-43559.txt" → 51/2024/QH15, "huong-dan-36-HD-VPTW.txt" → 36-HD/VPTW. File names drop
 * diacritics, so a code is given back its lexicon spelling (ND → NĐ, LDTBXH → LĐTBXH) when the lexicon knows it.
 * A last resort: the identity says where the number came from, and a name that does not spell a symbol with at
 * least one known code gives nothing.
 */

// (a folded spelling shared by two codes, DA: Dự án, ĐA: Đề án, cannot be given back)
const KNOWN = codesWithoutStroke([...TYPE_CODES, ...ISSUER_CODES.map((c) => c.code)]);

const NUMERAL = /^\d{1,5}[a-z]?$/;
const YEAR = /^(?:19|20)\d{2}$/;
const CODE = /^[A-Za-zĐđ]{1,10}\d{0,2}$/u;

// a legislature's number stays on its code: QH15, UBTVQH14
const restore = (token: string): { code: string; known: boolean } => {
  const [, letters, digits] = /^(.*?)(\d*)$/u.exec(token) as RegExpExecArray;
  const hit = KNOWN.get(fold(letters as string).toUpperCase());
  return hit ? { code: hit + (digits as string), known: true } : { code: token.toUpperCase(), known: false };
};

export function numberFromFileName(path: string): { written: string; symbol: ParsedSymbol } | null {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const tokens = base.split(/[-_ ]+/).filter((t) => t !== '');
  for (let i = 0; i < tokens.length; i++) {
    const numeral = tokens[i] as string;
    if (!NUMERAL.test(numeral)) continue;
    const year = tokens[i + 1] !== undefined && YEAR.test(tokens[i + 1] as string) ? (tokens[i + 1] as string) : null;
    // "bao-cao-2024-UBND" is a year, not a number
    if (!year && YEAR.test(numeral)) continue;
    const codes: Array<{ code: string; known: boolean }> = [];
    for (let k = i + (year ? 2 : 1); k < tokens.length && CODE.test(tokens[k] as string); k++) codes.push(restore(tokens[k] as string));
    if (codes.length === 0 || !codes.some((c) => c.known)) continue;
    const parts = codes.map((c) => c.code);
    const last = lookupIssuer(parts[parts.length - 1] as string);
    const written = year
      ? `${numeral}/${year}/${parts.join('-')}`
      : parts.length >= 2 && last?.party
        ? `${numeral}-${parts[0] as string}/${parts.slice(1).join('-')}`
        : `${numeral}/${parts.join('-')}`;
    const symbol = parseSymbol(written);
    if (symbol) return { written, symbol };
  }
  return null;
}
