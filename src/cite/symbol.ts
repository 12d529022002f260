import { TYPE_CODES } from './lexicon/document-types.js';
import { canonicalIssuerCode, codesWithoutStroke, lookupIssuer } from './lexicon/issuers.js';

/**
 * Document numbers ("số và ký hiệu"), spec §2.2. Three families tell themselves
 * apart by separator order: Party `18-NQ/TW`, State normative `04/2015/NĐ-CP`,
 * State administrative `178/KH-UBND`; plus công văn `4919/VPCP-KTTH` (issuer
 * first), laws `42/2013/QH13`, consolidated texts `26/VBHN-NHNN`, legacy
 * `15/CP`, and pre-1992 numbers `206-CP`. Every quantifier is bounded or runs over a disjoint class, so matching
 * is linear (see the adversarial tests).
 */

// (a code may hold Ư after its first letter: "UBTƯMTTQVN", the Central Committee of the Fatherland Front)
const CODE = String.raw`[A-ZĐa-zđ][A-ZĐƯa-zđ0-9&]{0,15}`;
// a unit code may carry a dotted sub-unit ("16/CGC.BT")
const CODE_DOTTED = String.raw`${CODE}(?:\.[A-ZĐ][A-ZĐa-z0-9]{0,8})?`;
// (a letter after a dot, "Thông tư số 08.a/2010/TT-BTP", as after the digits, "30c/NQ-CP")
const NUM = String.raw`\d{1,5}(?:\.\d{1,3}|\.[a-zđ](?![a-zđ]))?[a-zđ]?`;
const SP = '[ ]{0,3}';
const YEAR = String.raw`(?:19|20)\d{2}`;
// a dash inside a code, spaced in scraped texts ("QĐ - UBND"); after a space the next code starts with a capital or a digit, since a
// table's cells are parted by spaced dashes too and a lower-case word after one is the next cell's ("Quyết định số 39/2022/QĐ-UBND –
// thay thế toàn bộ – Sở …")
const DASH_THEN = String.raw`(?:-(?:${SP}-)?${SP}|[ ]{1,3}-(?:${SP}-)?${SP}(?=[A-ZĐ\d]))`;

// (the dash-and-slash shape, a ministry's too before 1995, may carry a capital after the number: "Thông tư số 75A-TC/TCT")
const PARTY_NUM = String.raw`\d{1,5}(?:\.\d{1,3})?[a-zđA-Z]?`;
// "2587-CV/VPTW/nb": Party letters may end with the typist's initials
const PARTY = `${PARTY_NUM}${SP}-${SP}${CODE}${SP}/${SP}${CODE}(?:-${CODE}){0,4}(?:/[a-zđ]{1,4})?`;
// (an OCR text may double a dash or a slash, "70/2023/NĐ- -CP", "108/⁄2025/QH15", "133⁄2025⁄/QH'5")
// (and split a year's last digit off, "91/201 4/NĐ-CP")
// (a joint circular's number may part its type code from the issuers with a slash, "84/2005/TTLT/BTC-BLĐTBXH": warning
// slash-after-type-code, the id the dash's)
const NORM = `${NUM}${SP}/(?:${SP}/)?${SP}(?:19|20)\\d[ ]?\\d${SP}/(?:${SP}/)?${SP}(?:TTLT/${CODE}(?:-${CODE}){0,4}(?![/\\-])|${CODE}(?:${DASH_THEN}${CODE}){0,5})`;
// "62/2006/QH 11": the legislature number set apart by a space (seen in scraped law headers), or split by one, "78/2006/QH1 1" (OCR)
const LAW_SPACED = String.raw`${NUM}/${YEAR}/(?:UBTVQH|QH)(?:[ ]{1,3}\d{1,2}|\d[ ]\d)`;
const NORM_FUSED = `${NUM}/${YEAR}(?=[A-ZĐ])${CODE}(?:-${CODE}){1,5}`;
const ADMIN = `${NUM}${SP}/${SP}${CODE}(?:${DASH_THEN}${CODE_DOTTED}){1,5}`;
const LEGACY = `${NUM}/${CODE_DOTTED}`;
// the numbers of the Government Council, the Council of Ministers and its chairman before 1992, a dash and the issuer, no slash
// ("Quyết định số 206-CP", "Quyết định số 111-HĐBT", "Quyết định số 87-CT", spaced "Nghị định số 57 - CP"): a closed set, since
// "N-X" alone is too common
const HISTORICAL_CODES = 'CP|HĐCP|HĐBT|HĐNN|CT|TTg';
const HISTORICAL = `${NUM}${SP}-${SP}(?:${HISTORICAL_CODES})(?![/\\-])`;

const BODY = String.raw`(?:${PARTY}|${LAW_SPACED}|${NORM}|${NORM_FUSED}|${ADMIN}|${LEGACY}|${HISTORICAL})(?![\p{L}\d])`;

/** A symbol with its left boundary, for anchored and sticky use. */
export const SYMBOL_PATTERN = String.raw`(?:(?<=[Ss]ố)|(?<![\p{L}\d/.\-]))${BODY}`;

/**
 * For scanning whole texts: the same symbol without the leading look-behind, so the
 * regex engine can skip ahead to the next digit; `symbolBoundaryOk` checks the left side.
 */
export const SYMBOL_SCAN = new RegExp(BODY, 'gu');

const NOT_BEFORE = /[\p{L}\p{Nd}/.-]/u;

/** The left boundary of a symbol found at `at`: no letter, digit or separator before it, except a glued "số". */
export function symbolBoundaryOk(text: string, at: number): boolean {
  if (at === 0) return true;
  const prev = text[at - 1] as string;
  if (!NOT_BEFORE.test(prev)) return true;
  return prev === 'ố' && (text[at - 2] === 's' || text[at - 2] === 'S');
}

export type SymbolShape = 'party' | 'normative' | 'law' | 'administrative' | 'letter' | 'legacy';

export interface ParsedSymbol {
  /** as written, spaces removed (after look-alike folding): "218-QĐ/TW" */
  readonly written: string;
  /** canonical: number padded to two digits, codes in lexicon spelling: "218-QĐ/TW", "04/2015/NĐ-CP" */
  readonly canonical: string;
  readonly shape: SymbolShape;
  readonly family: 'party' | 'state';
  /** the running number as written, "30c", "05" */
  readonly numeral: string;
  readonly year: number | null;
  readonly typeCode: string | null;
  /** issuer codes in canonical spelling; the first one is the issuing body */
  readonly issuerCodes: readonly string[];
  /** characters at the end of the match that were a footnote marker, not part of the symbol */
  readonly trailingFootnote: number;
  readonly warnings: readonly string[];
}

const TYPE_CODE_BY_UPPER = new Map(TYPE_CODES.map((c) => [c.toUpperCase(), c] as const));

const TYPE_CODE_WITHOUT_STROKE = codesWithoutStroke(TYPE_CODES);

// a copy that lost its tones writes "ND-CP", "QD-TTg": the same codes as NĐ and QĐ (warning code-without-stroke)
function canonicalTypeCode(code: string): string | null {
  const up = code.toUpperCase();
  return TYPE_CODE_BY_UPPER.get(up) ?? ((up.includes('Đ') ? '' : TYPE_CODE_WITHOUT_STROKE.get(up)) || null);
}

/** "5" → "05", "007" → "07", "30c" → "30c", "66.13" → "66.13". */
export function canonicalNumeral(n: string): string {
  const m = /^(\d+)(.*)$/.exec(n);
  if (!m) return n;
  const digits = String(Number(m[1]));
  return (digits.length < 2 ? '0' + digits : digits) + (m[2] ?? '').toLowerCase();
}

const RE_PARTY = new RegExp(`^(${PARTY_NUM})-(${CODE})/(${CODE}(?:-${CODE})*)(/[a-zđ]{1,4})?$`, 'u');
const RE_NORM = new RegExp(`^(${NUM})/(${YEAR})/(${CODE})(?:-(${CODE}(?:-${CODE})*))?$`, 'u');
const RE_NORM_FUSED = new RegExp(`^(${NUM})/(${YEAR})(${CODE})-(${CODE}(?:-${CODE})*)$`, 'u');
const RE_ADMIN = new RegExp(`^(${NUM})/(${CODE})-(${CODE_DOTTED}(?:-${CODE_DOTTED})*)$`, 'u');
const RE_LEGACY = new RegExp(`^(${NUM})/(${CODE_DOTTED})$`, 'u');
const RE_HISTORICAL = new RegExp(`^(${NUM})-(${HISTORICAL_CODES})$`, 'u');

/**
 * A footnote number glued to the last code ("66-NQ/TW1", "140/NQ-CP2") is cut off when
 * the code without it is a known code that never carries digits (QH14 and UBTVQH15 do, with two digits: a third is a mark).
 */
function splitFootnote(code: string): { code: string; footnote: number } {
  // a legislature's number has two digits (10 to 16 since 1997): more are a mark glued to it ("76/2015/QH131")
  const legislature = /^(?:UBTVQH|QH)(1[0-6])(\d{1,2})$/i.exec(code);
  if (legislature) return { code: code.slice(0, code.length - (legislature[2] as string).length), footnote: (legislature[2] as string).length };
  const m = /^(.*?[A-Za-zĐđ])(\d{1,2})$/.exec(code);
  if (!m) return { code, footnote: 0 };
  const stem = m[1] as string;
  // (the Council of State's number, "10-LCT/HĐNN7": its seventh legislature, 1981–1987)
  if (/^(UBTVQH|QH|VX|NC|HĐNN)$/i.test(stem)) return { code, footnote: 0 };
  // only issuer codes: a type code with digits is usually a real unit ("PC04" is a police department)
  if (lookupIssuer(stem)) return { code: stem, footnote: (m[2] as string).length };
  return { code, footnote: 0 };
}

/** Parse a symbol as matched by SYMBOL_PATTERN; null when it is not one after all. */
export function parseSymbol(matched: string): ParsedSymbol | null {
  let s = matched.replace(/[ \n]+/g, '');
  const warnings: string[] = [];
  if (/--|\/\//u.test(s)) {
    s = s.replace(/-{2,}/gu, '-').replace(/\/{2,}/gu, '/');
    warnings.push('doubled-separator');
  }
  // "84/2005/TTLT/BTC-BLĐTBXH" is "84/2005/TTLT-BTC-BLĐTBXH"
  if (/^\d[^/]*\/\d{4}\/TTLT\//u.test(s)) {
    s = s.replace(/\/TTLT\//u, '/TTLT-');
    warnings.push('slash-after-type-code');
  }
  let trailingFootnote = 0;
  {
    const lastSep = Math.max(s.lastIndexOf('/'), s.lastIndexOf('-'));
    const last = s.slice(lastSep + 1);
    const split = splitFootnote(last);
    if (split.footnote > 0) {
      s = s.slice(0, lastSep + 1) + split.code;
      trailingFootnote = split.footnote;
    }
  }
  if (matched !== s && /\s/.test(matched)) warnings.push('spaces-in-symbol');

  let m = RE_PARTY.exec(s);
  if (m) {
    const numeral = m[1] as string;
    const typeRaw = m[2] as string;
    const issuers = (m[3] as string).split('-').map(canonicalIssuerCode);
    const typeCode = canonicalTypeCode(typeRaw) ?? typeRaw;
    // an ordinance or law of 1981–1992, promulgated by the Chairman's order ("Lệnh Chủ tịch") of the Council of State: "Pháp
    // lệnh số 10-LCT/HĐNN7" is the State's, though it has a Party symbol's shape
    if (/^LCT$/iu.test(typeRaw) && issuers.length === 1 && /^HĐNN\d{0,2}$/iu.test(issuers[0] as string)) {
      return finish(s, 'legacy', 'state', numeral, null, 'LCT', issuers, `${canonicalNumeral(numeral)}-LCT/${issuers[0] as string}`, trailingFootnote, [...warnings, 'historical-symbol']);
    }
    // a ministry's number of before 1995 has the same shape, its issuers the State's ("Thông tư số 69-TC/TCT" of 1991: the Ministry
    // of Finance's, with the General Department of Taxation's code): no Party document bears a State body's code
    // (a central State body's: a steering committee, "12-KH/BCĐ", may be the Party's)
    if (issuers.every((code) => lookupIssuer(code)?.party === false && lookupIssuer(code)?.level === 'central')) {
      return finish(s, 'legacy', 'state', numeral, null, typeRaw.toUpperCase(), issuers, `${canonicalNumeral(numeral)}-${typeRaw.toUpperCase()}/${issuers.join('-')}`, trailingFootnote, [...warnings, 'historical-symbol']);
    }
    if (!canonicalTypeCode(typeRaw)) warnings.push('unknown-type-code');
    return finish(s, 'party', 'party', numeral, null, typeCode, issuers, `${canonicalNumeral(numeral)}-${typeCode}/${issuers.join('-')}`, trailingFootnote, warnings);
  }
  m = RE_NORM.exec(s) ?? RE_NORM_FUSED.exec(s);
  if (m) {
    if (RE_NORM_FUSED.test(s) && !RE_NORM.test(s)) warnings.push('missing-separator');
    const numeral = m[1] as string;
    const year = Number(m[2]);
    const first = m[3] as string;
    const rest = m[4] ? (m[4] as string).split('-') : [];
    if (rest.length === 0) {
      // "42/2013/QH13": a law or National Assembly resolution; the code is the issuer
      const issuer = canonicalIssuerCode(first);
      const shape: SymbolShape = /^(QH|UBTVQH)\d+$/i.test(first) ? 'law' : 'normative';
      return finish(s, shape, 'state', numeral, year, null, [issuer], `${canonicalNumeral(numeral)}/${year}/${issuer}`, trailingFootnote, warnings);
    }
    const typeCode = canonicalTypeCode(first);
    const issuers = rest.map(canonicalIssuerCode);
    const tc = typeCode ?? first.toUpperCase();
    if (!typeCode) warnings.push('unknown-type-code');
    return finish(s, 'normative', 'state', numeral, year, tc, issuers, `${canonicalNumeral(numeral)}/${year}/${tc}-${issuers.join('-')}`, trailingFootnote, warnings);
  }
  m = RE_ADMIN.exec(s);
  if (m) {
    const numeral = m[1] as string;
    const first = m[2] as string;
    const rest = (m[3] as string).split('-');
    const typeCode = canonicalTypeCode(first);
    if (typeCode) {
      const issuers = rest.map(canonicalIssuerCode);
      return finish(s, 'administrative', 'state', numeral, null, typeCode, issuers, `${canonicalNumeral(numeral)}/${typeCode}-${issuers.join('-')}`, trailingFootnote, warnings);
    }
    // công văn: issuer first, then the drafting unit ("4919/VPCP-KTTH", "1609/LĐTBXH-NCC")
    const issuers = [first, ...rest].map(canonicalIssuerCode);
    return finish(s, 'letter', 'state', numeral, null, null, issuers, `${canonicalNumeral(numeral)}/${issuers.join('-')}`, trailingFootnote, warnings);
  }
  m = RE_LEGACY.exec(s);
  if (m) {
    const numeral = m[1] as string;
    const issuer = canonicalIssuerCode(m[2] as string);
    return finish(s, 'legacy', 'state', numeral, null, null, [issuer], `${canonicalNumeral(numeral)}/${issuer}`, trailingFootnote, [...warnings, 'legacy-symbol']);
  }
  m = RE_HISTORICAL.exec(s);
  if (m) {
    const numeral = m[1] as string;
    const issuer = canonicalIssuerCode(m[2] as string);
    return finish(s, 'legacy', 'state', numeral, null, null, [issuer], `${canonicalNumeral(numeral)}-${issuer}`, trailingFootnote, [...warnings, 'historical-symbol']);
  }
  return null;
}

function finish(
  written: string,
  shape: SymbolShape,
  family: 'party' | 'state',
  numeral: string,
  year: number | null,
  typeCode: string | null,
  issuerCodes: string[],
  canonical: string,
  trailingFootnote: number,
  warnings: string[],
): ParsedSymbol {
  if (trailingFootnote > 0) warnings.push('footnote-marker-removed');
  if (!/[Đđ]/u.test(written) && canonical.includes('Đ')) warnings.push('code-without-stroke');
  return { written, canonical, shape, family, numeral, year, typeCode, issuerCodes, trailingFootnote, warnings };
}
