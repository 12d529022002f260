/** Stage 4: numbered mentions ("số 18-NQ/TW", "Nghị định 15/2020/NĐ-CP") and partial numbers after a type word ("Chỉ thị 05"). */
import { TYPE_BY_CODE } from '../lexicon/document-types.js';
import { lineStart, zoneAt, type Layout } from '../layout.js';
import { readPinpoint, readPrefix, typeNameOf } from '../phrases.js';
import { parseSymbol, symbolBoundaryOk, type ParsedSymbol } from '../symbol.js';
import type { Form, Mention } from './mention.js';
import { PARTIAL_TYPES, SYMBOL_RE, wordBefore } from './patterns.js';

// the partial number after a type word of PARTIAL_TYPES
const PARTIAL_AT = new RegExp(
  String.raw`(${PARTIAL_TYPES})[ ]+(?:số[ ]+)?(\d{1,4}[a-z]?)(?![\d/.,\-\p{L}])(?![ ]*(?:năm|tháng|ngày|giờ|%|lần|người|triệu|tỷ|đồng|km|ha|m|điều|khoản|Điều|mục|\)))`,
  'uy',
);
const HEADER_NUMBER_LINE = /^[ ]*(?:[\p{L}]+[ ]+){0,2}[Ss]ố[ ]*:[ ]*$/u;
export function typeFromCode(sym: ParsedSymbol): string {
  if (sym.shape === 'law') return /^UBTVQH/i.test(sym.issuerCodes[0] ?? '') ? 'Nghị quyết' : 'Luật';
  if (sym.shape === 'letter') return 'Công văn';
  if (sym.typeCode === 'TT' && sym.family === 'party') return 'Thông tri';
  if (sym.typeCode && TYPE_BY_CODE[sym.typeCode]) return TYPE_BY_CODE[sym.typeCode] as string;
  return 'Công văn';
}

export function scanNumbered(text: string, layout: Layout, consumed: Set<number>, partialCandidates: readonly number[]): Mention[] {
  const out: Mention[] = [];
  SYMBOL_RE.lastIndex = 0;
  for (let m = SYMBOL_RE.exec(text); m; m = SYMBOL_RE.exec(text)) {
    const symStart = m.index;
    if (!symbolBoundaryOk(text, symStart)) {
      SYMBOL_RE.lastIndex = symStart + 1;
      continue;
    }
    if (consumed.has(symStart)) continue;
    if (zoneAt(layout, symStart) === 'recipients') continue;
    const ls = lineStart(layout, symStart);
    // only a short line head can be "Số:" (bounded, so a one-line megabyte stays linear)
    const lineBefore = symStart - ls <= 40 ? text.slice(ls, symStart) : '…';
    if (HEADER_NUMBER_LINE.test(lineBefore)) continue; // "Số: 96/KH-UBND": the document's own number
    const sym = parseSymbol(m[0]);
    if (!sym) continue;
    const prefix = readPrefix(text, symStart);
    if (prefix.formNoun) continue; // Mẫu số 01/TNLĐ, mã số …
    const typeName = prefix.typeWord ? typeNameOf(prefix.typeWord) ?? null : null;
    // "15/CP" alone is too ambiguous to be a citation; a dated shape of its own after "số" is not ("Luật thuế sử dụng đất nông nghiệp
    // số 23-L/CTN", a law's promulgation order of 1993)
    if (sym.shape === 'legacy' && !typeName && !prefix.generic && !(prefix.hasSo && sym.warnings.includes('historical-symbol'))) continue;
    // a bare number that goes on after a slash is the head of a longer code, a form's ("Mẫu số 04-GHTD/SHTT/2020, 05-TT/SHTT/2020
    // và Mẫu số 06-TBTD/SHTT/2020": forms of an annex, not a Party circular); a number after its type word or "số" is read as before
    if (!typeName && !prefix.hasSo && /^\/[\p{L}\d]/u.test(text.slice(symStart + m[0].length, symStart + m[0].length + 2))) continue;
    if (/^[ ]*Số[ ]*$/u.test(lineBefore) && /^[ ]*(?:\n|$)/.test(text.slice(symStart + m[0].length, symStart + m[0].length + 2))) {
      continue; // "Số 15-HD/TU" alone on its line: a header number (the document's own, or a sample), not a mention
    }
    const end = symStart + m[0].length - sym.trailingFootnote;
    let form: Form = typeName ? 'full' : prefix.hasSo ? 'list-item' : 'bare';
    const warnings = [...sym.warnings];
    // (a pre-1992 number, "206-CP", is written as it was issued: no Party symbol to rebuild, nothing malformed)
    if (sym.shape === 'legacy' && typeName && !sym.warnings.includes('historical-symbol')) {
      form = 'malformed';
      warnings.push('malformed-symbol');
    }
    if (prefix.issuerBefore) warnings.push('issuer-before-number');
    out.push({
      start: prefix.start,
      end,
      after: symStart + m[0].length,
      kind: 'numbered',
      form,
      typeWord: prefix.typeWord,
      type: typeName,
      typeInherited: false,
      symbol: sym,
      named: null,
      partialNumber: null,
      pinpoint: readPinpoint(text, prefix.start),
      date: null,
      issuer: prefix.issuerBefore,
      tailEnd: end,
      term: null,
      aliasRange: null,
      inAlias: false,
      warnings,
    });
  }
  for (const at of partialCandidates) {
    if (wordBefore(text, at)) continue;
    PARTIAL_AT.lastIndex = at;
    const m = PARTIAL_AT.exec(text);
    if (!m) continue;
    if (zoneAt(layout, m.index) === 'recipients') continue;
    const end = m.index + m[0].length;
    out.push({
      start: m.index,
      end,
      after: end,
      kind: 'numbered',
      form: 'partial',
      typeWord: m[1] as string,
      type: typeNameOf(m[1] as string) ?? null,
      typeInherited: false,
      symbol: null,
      named: null,
      partialNumber: m[2] as string,
      pinpoint: readPinpoint(text, m.index),
      date: null,
      issuer: null,
      tailEnd: end,
      term: null,
      aliasRange: null,
      inAlias: false,
      warnings: ['partial-number'],
    });
  }
  return out;
}
