import { isLetterCode, normalizeText, type NormalizedText } from '../text/normalize.js';
import { mendTypos } from './lexicon/typos.js';
import { toOldStyleTone } from '../text/tone.js';
import { DAY_WRITTEN, dayOf, dayStatedAfter, isoDay } from './effective.js';
import { inSortedRanges, sortedRangeAt } from '../text/ranges.js';
import { TYPE_BY_CODE, TYPE_WORDS } from './lexicon/document-types.js';
import { lookupIssuer } from './lexicon/issuers.js';
import { formatId, isContextDependent, isUnknownPlace, numberedIdParts, slug, type IdParts } from './ids.js';
import { lineStart, paragraphStart, readLayout, zoneAt, type Layout } from './layout.js';
import { scanTitled, matchConstitution, matchLawName, matchMeeting, type AmendedInTitle, type NamedMention } from './names.js';
import { readDate, readIssuer, readPinpoint, readPrefix, typeNameOf, typeWordEndingAt, TYPE_WORD_SOURCE, type PinpointMatch } from './phrases.js';
import { lawByNumber, lawSubjectOf, sameLawSubject } from './laws.js';
import { AMENDING_TITLE_AT_END, AND_WITH_PLACES_BETWEEN, DISAPPLIED_AFTER, endedAfterItems, assignRoles, headRelation, inRepealList, itemActs, listHeadSaysPart, operativeScope, tableRowAct, actingDocument, partNamedAfter, passiveAct, placesAfterForDocument, repealAnnexAt, secondaryActs, untitledRepeals, verbRelation, ARTICLE_HEADING_LINE } from './relations/index.js';
import {
  type ActScope,
  ExtractOptionsSchema,
  type Alias,
  type Citation,
  type CitationContext,
  type ExtractOptions,
  type ExtractResult,
  type Relation,
  type SelfReference,
} from './schema.js';
import { canonicalNumeral, parseSymbol, symbolBoundaryOk, SYMBOL_PATTERN, SYMBOL_SCAN, type ParsedSymbol } from './symbol.js';

/**
 * The extractor: text → mentions → citations. Stages, in order:
 *  1. normalize (offset map kept)          5. list heads and coordination (R1, R2)
 *  2. layout (title, preamble, recipients)  6. roles and relations (§5.2, §6.3)
 *  3. named mentions (laws, meetings)       7. self-mentions removed
 *  4. numbered and partial mentions         8. ids, then offsets mapped back
 */

type Form = Citation['form'];

interface Mention {
  start: number;
  end: number;
  /** where the date and issuer are looked for (after a glued footnote marker too) */
  after: number;
  kind: 'numbered' | 'named';
  form: Form;
  typeWord: string | null;
  type: string | null;
  typeInherited: boolean;
  symbol: ParsedSymbol | null;
  named: NamedMention | null;
  partialNumber: string | null;
  pinpoint: PinpointMatch | null;
  date: string | null;
  issuer: string | null;
  tailEnd: number;
  term: string | null;
  aliasRange: [number, number] | null;
  inAlias: boolean;
  warnings: string[];
  /** for "Luật Đầu tư số 67/2014/QH13": the key of the name ("luat:dau-tu"), so that the document's bare "Luật Đầu tư" meets the number */
  lawKey?: string;
  /** for an amending law's title: the laws it names as amended */
  titleAmends?: AmendedInTitle[];
}

const SYMBOL_RE = SYMBOL_SCAN;
/** The number that starts exactly at `at` ("số 57/2005/QH11" after a law's name), parsed, with its length as written. */
function symbolAt(t: string, at: number): { symbol: ParsedSymbol; length: number } | null {
  SYMBOL_RE.lastIndex = at;
  const sm = SYMBOL_RE.exec(t);
  const symbol = sm && sm.index === at ? parseSymbol(sm[0]) : null;
  return symbol && sm ? { symbol, length: sm[0].length } : null;
}
// (without "số" too: "Luật Đất đai 31/2024/QH15", and "Luật Chuyển đổi số 148/2025/QH15", whose name ends with the word)
const SYMBOL_AT = new RegExp(`[ ]*(?:\\n[ ]*)?(?:số[ ]*:?[ ]*(?:\\n[ ]*)?)?(${SYMBOL_PATTERN})`, 'uy');
const NAMED_ANCHOR = /(?:(Bộ(?:[ ]+|[ ]*\n[ ]*)[Ll]uật|BỘ[ ]+LUẬT|bộ(?:[ ]+|[ ]*\n[ ]*)luật|[Pp]háp(?:[ ]+|[ ]*\n[ ]*)lệnh)|(Luật|luật|LUẬT)|(Hiến(?:[ ]+|[ ]*\n[ ]*)pháp)|(Nghị[ ]+quyết|Văn[ ]+kiện)(?=[ ]*\n?[ ]*(?:Hội|Trung|Đại))|(Điều[ ]+lệ[ ]+Đảng(?:[ ]+Cộng[ ]+sản[ ]+Việt[ ]+Nam)?))(?=[ \n]|(?<=Đảng|Nam)[,;.:)”"])/uy;
// type words a partial number may follow ("Chỉ thị 05", "Đề án 202"), and the partial number after one,
// tried where wordCandidates found the type word
const PARTIAL_TYPES = String.raw`Chỉ[ ]+thị|Nghị[ ]+quyết|Quyết[ ]+định|Đề[ ]+án|Kết[ ]+luận|Quy[ ]+định|Nghị[ ]+định|Thông[ ]+tư|Chương[ ]+trình|Kế[ ]+hoạch|Công[ ]+văn|Hướng[ ]+dẫn|Thông[ ]+báo`;
const PARTIAL_AT = new RegExp(
  String.raw`(${PARTIAL_TYPES})[ ]+(?:số[ ]+)?(\d{1,4}[a-z]?)(?![\d/.,\-\p{L}])(?![ ]*(?:năm|tháng|ngày|giờ|%|lần|người|triệu|tỷ|đồng|km|ha|m|điều|khoản|Điều|mục|\)))`,
  'uy',
);
// scanning regexes start with literal text, not a look-behind, so that the engine can skip ahead; this checks the left edge
const isWordCode = (c: number): boolean => isLetterCode(c) || (c >= 48 && c <= 57);
/** A letter, mark or digit right before `at`: the left edge the scanning regexes cannot check cheaply. */
const wordBefore = (text: string, at: number): boolean => at > 0 && isWordCode(text.charCodeAt(at - 1));
const HEADER_NUMBER_LINE = /^[ ]*(?:[\p{L}]+[ ]+){0,2}[Ss]ố[ ]*:[ ]*$/u;
// one regex pass finds the three spellings in order (cheaper than three indexOf passes and a sort)
const LIST_HEAD_CORE = /các|Các|CÁC/g;
const LIST_HEAD = new RegExp(`các(?:[ ]+|\\n[ ]*)(${TYPE_WORD_SOURCE})(?:(?:[ ]+|\\n[ ]*)(?:của|do)(?:[ ]+|\\n[ ]*)([^:;\\n]{1,160}?))?[ ]*:`, 'iuy');
// (the introducer and the name may wrap: "(sau đây gọi\nlà Luật Chuyển giao …)", "(sau đây gọi là Luật Tương\ntrợ tư pháp …)")
const ALIAS = /[ \n]*\((?:[Ss]au[ \n]+đây[ \n]+|[Dd]ưới[ \n]+đây[ \n]+)?(?:gọi[ \n]+tắt[ \n]+là|gọi[ \n]+chung[ \n]+là|gọi[ \n]+là|viết[ \n]+tắt[ \n]+là)[ \n]*((?:[^()\n]|\n(?![ ]*\n)){1,120})\)/uy;
const COORDINATION = /^[ \n]*(?:,|;|và|hoặc|,[ ]*và)[ \n]*$/;
const TERM_IN_PHRASE = /[Kk]h(?:óa|oá)[ ]+([IVXLC]{1,6})(?![\p{L}])/u;


function typeFromCode(sym: ParsedSymbol): string {
  if (sym.shape === 'law') return /^UBTVQH/i.test(sym.issuerCodes[0] ?? '') ? 'Nghị quyết' : 'Luật';
  if (sym.shape === 'letter') return 'Công văn';
  if (sym.typeCode === 'TT' && sym.family === 'party') return 'Thông tri';
  if (sym.typeCode && TYPE_BY_CODE[sym.typeCode]) return TYPE_BY_CODE[sym.typeCode] as string;
  return 'Công văn';
}

// Where a mention that starts with a word may start, found in one regex pass (its alternatives
// all begin with a literal; one pass is cheaper than a pass per core):
// - named laws, codes, ordinances, the constitution, meeting resolutions (NAMED_ANCHOR is tried
//   there); the rare "ậ" stands for luật, its neighbours checked here, since a regex starting on
//   the frequent "l" would stop far more often;
// - a type word that a partial number may follow ("Chỉ thị 05", PARTIAL_AT is tried there).
// Positions come out sorted.
const WORD_CORES = new RegExp(String.raw`[ậẬ]|(Hiến|[Pp]háp[ \n]lệnh|Văn kiện|Điều lệ)|${PARTIAL_TYPES}`, 'g');
const NAMED_RESOLUTION = 'Nghị quyết';

const isLawAt = (text: string, a: number): boolean => {
  // "luật" / "Luật" / "LUẬT", with "ậ" at a + 2
  const l = text.charCodeAt(a) | 32;
  const u = text.charCodeAt(a + 1) | 32;
  const t = text.charCodeAt(a + 3) | 32;
  return l === 108 && u === 117 && t === 116;
};

/** Candidate starts of named mentions and of partial numbers. */
function wordCandidates(text: string): { named: number[]; partial: number[] } {
  const named: number[] = [];
  const partial: number[] = [];
  WORD_CORES.lastIndex = 0;
  for (let m = WORD_CORES.exec(text); m; m = WORD_CORES.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0x1ead || c === 0x1eac) {
      const at = m.index - 2;
      if (at < 0 || !isLawAt(text, at)) continue;
      // "Bộ luật": tried from "Bộ" first, then from "luật"
      if (at >= 3 && /^[Bb][ộỘ][ \n]$/u.test(text.slice(at - 3, at))) named.push(at - 3);
      named.push(at);
    } else if (m[1] !== undefined) named.push(m.index);
    else {
      // a type word of PARTIAL_TYPES ("Nghị quyết" with one space is also a named candidate)
      if (m[0] === NAMED_RESOLUTION) named.push(m.index);
      partial.push(m.index);
    }
  }
  return { named, partial };
}

// "luật" inside a common word, or a word that names no law: "pháp luật (đất đai)" is the law of a field in general, "kỷ luật
// (cán bộ, công chức)" discipline, "LUẬT SƯ" lawyers (the law on lawyers is "Luật Luật sư"), "công ty / văn phòng luật" a law
// firm, "Công ước … về Luật biển" the UN convention
// (over a line break only before a lower-case "luật": a list one item a line may put "Hiến pháp" above "Luật …")
const WORD_BEFORE_LAW = /(?<![\p{L}])(?:pháp|kỷ|ty|phòng)([ ]*\n)?[ ]*$/iu;
const LAWYER = /^[ \n]*sư(?![\p{L}])/iu;
const SEA_CONVENTION = /Công[ \n]+ước[^.;\n]{0,80}?về[ \n]*$/u;
function notALawName(text: string, start: number, afterType: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const word = WORD_BEFORE_LAW.exec(before);
  if (word && (word[1] === undefined || text[start] === 'l')) return true;
  if (LAWYER.test(text.slice(afterType, afterType + 6))) return true;
  if (/^[ \n]*[Bb]iển(?![\p{L}])/u.test(text.slice(afterType, afterType + 8)) && SEA_CONVENTION.test(text.slice(Math.max(0, start - 100), start))) return true;
  return false;
}
// an article heading ending in "Luật": a name on the next line is read only when the lexicon knows it (a wrapped heading,
// "Điều 5. Sửa đổi, bổ sung một số điều của Luật\nĐất đai"), not a sentence that begins with capitals ("… thi hành Luật\nChính
// phủ quy định chi tiết …")
const unknownNameAfterHeading = (text: string, layout: Layout, start: number, afterType: number, named: NamedMention): boolean =>
  named.warnings.includes('law-name-not-in-lexicon') && /^[ ]*\n/.test(text.slice(afterType, afterType + 4)) && ARTICLE_HEADING_LINE.test(text.slice(lineStart(layout, start), start));

// a law of another country ("… phù hợp với Luật Lao động cơ bản của Đài Loan"): no Vietnamese law, and vanban keeps no foreign ones
const FOREIGN_LAW_AFTER = /^[ \n]*(?:của|tại)[ \n]+(?:Đài[ \n]+Loan|Nhật[ \n]+Bản|Hàn[ \n]+Quốc|Trung[ \n]+Quốc|Hoa[ \n]+Kỳ|Mỹ|Liên[ \n]+bang[ \n]+Nga|Cộng[ \n]+hòa[ \n]+Liên[ \n]+bang[ \n]+Đức|Đức|Pháp|Anh|Singapore|Thái[ \n]+Lan|Lào|Campuchia|Úc|Ô-xtrây-li-a|Canada|Ca-na-đa|nước[ \n]+ngoài|nước[ \n]+sở[ \n]+tại|nước[ \n]+tiếp[ \n]+nhận)(?![\p{L}])/u;
// the matching text folds curly quotes to straight ones; a title "quoted" from a closing quote to an opening one is the text
// between two quoted phrases ("… chuẩn bị dự án” trình kế hoạch … theo đề nghị của “đơn vị …”"), not a title
const quotesTurnedOut = (written: string): boolean => {
  const open = written.search(/[“”]/u);
  return (open >= 0 && written[open] === '”') || written.endsWith('“');
};

function scanNamed(text: string, layout: Layout, consumed: Set<number>, candidates: readonly number[]): Mention[] {
  const out: Mention[] = [];
  for (const start of candidates) {
    if (wordBefore(text, start)) continue;
    NAMED_ANCHOR.lastIndex = start;
    const m = NAMED_ANCHOR.exec(text);
    if (!m) continue;
    const afterType = start + m[0].length;
    let named: NamedMention | null = null;
    if (m[1] || m[2]) {
      const word = (m[1] ?? m[2]) as string;
      if (m[2] && notALawName(text, start, afterType)) continue;
      const ls = lineStart(layout, start);
      if (text.slice(ls, start).trim() === '' && /^[ ]*\n/.test(text.slice(afterType, afterType + 3)) && word === word.toUpperCase()) {
        continue; // the type line of a law's own header
      }
      const kind = !m[1] ? 'law' : /^[Pp]háp/.test(word) ? 'ordinance' : 'code';
      named = matchLawName(text, start, afterType, kind, word[0] === (word[0] as string).toUpperCase());
      if (named && unknownNameAfterHeading(text, layout, start, afterType, named)) continue;
      if (named && FOREIGN_LAW_AFTER.test(text.slice(named.end, named.end + 40))) continue;
    } else if (m[3]) named = matchConstitution(text, start);
    else if (m[4]) named = matchMeeting(text, start);
    else if (m[5]) {
      named = { start, end: afterType, type: 'Nghị quyết', form: 'named-law', name: 'dieu le dang', year: null, term: null, meeting: null, amendingNumberAt: null, warnings: [] };
    }
    if (!named) continue;
    if (zoneAt(layout, start) === 'recipients') continue;
    // the document's own title in its enacting formula, which lists the laws it amends ("Quốc hội ban hành Luật sửa đổi, bổ sung một
    // số điều của Luật Đấu thầu số 22/2023/QH15, Luật Đầu tư số 61/2020/QH14, …", with or without their numbers): no other document
    // is named, each law of the list is (and this act amends it, see relations/head.ts)
    if (named.amended !== undefined && named.amended.length > 1 && /(?<![\p{L}])ban[ \n]+hành[ \n]+$/u.test(text.slice(Math.max(0, start - 12), start)) && zoneAt(layout, start) !== 'body') continue;
    const base: Mention = {
      start,
      end: named.end,
      after: named.end,
      kind: 'named',
      form: named.form,
      typeWord: null,
      type: m[5] ? 'Điều lệ' : named.type,
      typeInherited: false,
      symbol: null,
      named,
      partialNumber: null,
      pinpoint: null,
      date: null,
      issuer: null,
      tailEnd: named.end,
      term: named.term,
      aliasRange: null,
      inAlias: false,
      warnings: [...named.warnings],
      ...(named.amended ? { titleAmends: named.amended } : {}),
    };
    // "Luật Quản lý thuế số 38/2019/QH14": one numbered citation
    const numberAt = named.amendingNumberAt;
    if (numberAt !== null) {
      const at = symbolAt(text, numberAt);
      if (at) {
        const sym = at.symbol;
        consumed.add(numberAt);
        const end = numberAt + at.length - sym.trailingFootnote;
        out.push({ ...base, kind: 'numbered', form: 'law-with-number', symbol: sym, end, after: end, tailEnd: end, named: null, warnings: [...sym.warnings] });
        continue;
      }
    }
    if (named.form === 'named-law' && named.type !== 'Hiến pháp') {
      SYMBOL_AT.lastIndex = named.end;
      const sm = SYMBOL_AT.exec(text);
      if (sm) {
        const sym = parseSymbol(sm[1] as string);
        const symStart = SYMBOL_AT.lastIndex - (sm[1] as string).length;
        // without "số", only a law's own number ("Luật Đất đai\n12/2024/NĐ-CP" may be two cells of a table)
        const bare = !/số/u.test(sm[0]);
        if (sym && (sym.shape === 'law' || (sym.shape === 'normative' && !bare))) {
          consumed.add(symStart);
          const end = SYMBOL_AT.lastIndex - sym.trailingFootnote;
          out.push({ ...base, kind: 'numbered', form: 'law-with-number', symbol: sym, end, after: SYMBOL_AT.lastIndex, tailEnd: end, named: null, lawKey: namedLawKey(named, base.type), warnings: [...named.warnings.filter((w) => w !== 'law-name-not-in-lexicon'), ...sym.warnings] });
          continue;
        }
      }
    }
    out.push(base);
  }
  return out;
}

function scanNumbered(text: string, layout: Layout, consumed: Set<number>, partialCandidates: readonly number[]): Mention[] {
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
    if (sym.shape === 'legacy' && !typeName && !prefix.generic) continue; // "15/CP" alone is too ambiguous to be a citation
    // a bare number that goes on after a slash is the head of a longer code, a form's ("Mẫu số 04-GHTD/SHTT/2020, 05-TT/SHTT/2020
    // và Mẫu số 06-TBTD/SHTT/2020": forms of an annex, not a Party circular); a number after its type word or "số" is read as before
    if (!typeName && !prefix.hasSo && /^\/[\p{L}\d]/u.test(text.slice(symStart + m[0].length, symStart + m[0].length + 2))) continue;
    if (/^[ ]*Số[ ]*$/u.test(lineBefore) && /^[ ]*(?:\n|$)/.test(text.slice(symStart + m[0].length, symStart + m[0].length + 2))) {
      continue; // "Số 15-HD/TU" alone on its line: a header number (the document's own, or a sample), not a mention
    }
    const end = symStart + m[0].length - sym.trailingFootnote;
    let form: Form = typeName ? 'full' : prefix.hasSo ? 'list-item' : 'bare';
    const warnings = [...sym.warnings];
    if (sym.shape === 'legacy' && typeName) {
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

/** Keep the earliest-starting, then longest, mention of any overlapping group. */
// what may open the sentence whose subject is an ended document: an item mark, a connective ("Do", "Vì", "Hiện nay"), a finding
// ("Hội đồng nhân dân tỉnh nhận thấy"), the places of it that ended ("Khoản 2 Điều 5 của"); nothing else ("Giấy phép được cấp
// theo", "Trường hợp")
const ENDED_SUBJECT_LEAD = new RegExp(String.raw`^[ \t\n]*(?:(?:\d{1,2}[.)]|[a-zđ][)]|[-+•])[ \t]*)?(?:(?:Do|do|Vì|vì|Bởi[ \n]+vì|Hiện[ \n]+nay|hiện[ \n]+nay|Đến[ \n]+nay|Ngoài[ \n]+ra|Mặt[ \n]+khác|Nay|Tuy[ \n]+nhiên|Theo[ \n]+đó)[ \n]*,?[ \n]*)?(?:[^.;:\n]{0,80}?(?<![\p{L}])(?:nhận[ \n]+thấy|xác[ \n]+định|ghi[ \n]+nhận|thấy[ \n]+rằng|cho[ \n]+biết)[ \n]+(?:rằng[ \n]+)?)?(?:(?:[Cc]ác|[Nn]hững)[ \n]+)?(?:(?:[Qq]uy[ \n]+định|[Nn]ội[ \n]+dung)[ \n]+tại[ \n]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,6}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+))*(?:của[ \n]+)?$`, 'u');

// a document named again by its number without the issuer's code ("1. Sửa đổi khoản 2 Điều 3 Thông tư 01/2021 như sau:" after
// "… của Thông tư số 01/2021/TT-BXD"): the serial and year after a type word, not followed by more of a symbol
// (one line break at most between its words: a blank line parts paragraphs)
const SHORT_NUMBER = /(?<![\p{L}\d])(Nghị(?:[ ]+|[ ]*\n[ ]*)định|Thông(?:[ ]+|[ ]*\n[ ]*)tư|Quyết(?:[ ]+|[ ]*\n[ ]*)định|Nghị(?:[ ]+|[ ]*\n[ ]*)quyết|Chỉ(?:[ ]+|[ ]*\n[ ]*)thị)(?:[ ]+|[ ]*\n[ ]*)(?:số(?:[ ]+|[ ]*\n[ ]*))?(\d{1,4})\/((?:19|20)\d{2})(?![\d/\p{L}-])/gu;
// the short form a text defines for a document ("(sau đây viết tắt là Thông tư số 02/2018)") names it in its alias, not again
const SHORT_FORM_DEFINED = /(?:viết[ \n]+tắt|gọi(?:[ \n]+tắt|[ \n]+chung)?)[ \n]+là[ \n]*$/u;
/**
 * The short numbers of documents the text also names in full: each one is that document when exactly one full number of
 * the same type has its serial and year; a short number the text names in no full form, or in two, is left alone.
 */
function shortNumbers(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const full = new Map<string, ParsedSymbol[]>();
  for (const m of numbered) {
    if (!m.symbol || !m.type) continue;
    const k = `${m.type}|${m.symbol.canonical.split('/').slice(0, 2).join('/')}`;
    const list = full.get(k) ?? [];
    if (!list.some((s) => s.canonical === m.symbol?.canonical)) list.push(m.symbol);
    full.set(k, list);
  }
  if (full.size === 0) return [];
  const out: Mention[] = [];
  SHORT_NUMBER.lastIndex = 0;
  for (let m = SHORT_NUMBER.exec(text); m; m = SHORT_NUMBER.exec(text)) {
    const type = typeNameOf((m[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const found = type ? full.get(`${type}|${canonicalNumeral(m[2] as string)}/${m[3] as string}`) : undefined;
    if (!found || found.length !== 1 || zoneAt(layout, m.index) === 'recipients' || SHORT_FORM_DEFINED.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, after: end, kind: 'numbered', form: 'partial', typeWord: m[1] as string, type, typeInherited: false, symbol: found[0] as ParsedSymbol, named: null, partialNumber: null, pinpoint: readPinpoint(text, m.index), date: null, issuer: null, tailEnd: end, term: null, aliasRange: null, inAlias: false, warnings: ['short-number'] });
  }
  return out;
}

// a short name the text defines for a document it has just named in full: "Nghị định số 15/2020/NĐ-CP … (sau đây gọi là Nghị định
// số 15)", "Quyết định số 25/2021/QĐ-UBND … (sau đây gọi tắt là Quyết định 25)"
const SHORT_NAME_DEFINED = /\([ \n]*(?:sau[ \n]+đây[ \n]+|dưới[ \n]+đây[ \n]+)?(?:gọi[ \n]+tắt[ \n]+là|gọi[ \n]+là|viết[ \n]+tắt[ \n]+là)[ \n]*(Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị)[ \n]+(số[ \n]+)?(\d{1,4})[ \n]*\)/gu;
/**
 * The later uses of a short name the text defines for a numbered document (see SHORT_NAME_DEFINED): each one is that document.
 * The name must repeat the document's type and serial, and be defined within 600 characters after its full number; the same
 * words before the definition, or followed by more of a symbol, are left alone.
 */
/** A mention that takes up an earlier one's document by another wording (a short name, an anaphor): its symbol and type, its own place. */
function takenUp(text: string, start: number, end: number, typeWord: string | null, full: Mention, warning: string): Mention {
  return { start, end, after: end, kind: 'numbered', form: 'partial', typeWord, type: full.type, typeInherited: false, symbol: full.symbol, named: null, partialNumber: null, pinpoint: readPinpoint(text, start), date: null, issuer: null, tailEnd: end, term: null, aliasRange: null, inAlias: false, warnings: [warning] };
}

/** A number's serial as a short name repeats it ("05" of "05/2020/NQ-HĐND"). */
const serialOf = (symbol: ParsedSymbol): string => canonicalNumeral(symbol.canonical.split('/')[0] as string);

// a document named again by its type and serial alone ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 05" after "… Nghị
// quyết số 05/2020/NQ-HĐND …"): no symbol, no year after it
const SERIAL_ONLY = /(?<![\p{L}\d])(Nghị(?:[ ]+|[ ]*\n[ ]*)định|Thông(?:[ ]+|[ ]*\n[ ]*)tư|Quyết(?:[ ]+|[ ]*\n[ ]*)định|Nghị(?:[ ]+|[ ]*\n[ ]*)quyết|Chỉ(?:[ ]+|[ ]*\n[ ]*)thị)(?:[ ]+|[ ]*\n[ ]*)(?:số(?:[ ]+|[ ]*\n[ ]*))?(\d{1,4})(?![\d/.,\-\p{L}])(?![ ]*(?:năm|tháng|ngày|%|lần|người|đồng|ha|\)))/gu;
/**
 * The serial-only uses of a document the text has named in full before them: each one is that document when exactly one full
 * number of the same type, named earlier, has that serial; a serial the text names in no full form before, or in two, is
 * left alone (a short number of its own, "Nghị quyết 02" of a Party committee, stays partial).
 */
function serialShortNames(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  SERIAL_ONLY.lastIndex = 0;
  for (let u = SERIAL_ONLY.exec(text); u; u = SERIAL_ONLY.exec(text)) {
    if (zoneAt(layout, u.index) === 'recipients') continue;
    const type = typeNameOf((u[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const serial = canonicalNumeral(u[2] as string);
    const before = numbered.filter((m) => m.start < u.index && m.type === type && m.symbol && m.form !== 'partial' && serialOf(m.symbol) === serial);
    const full = before.at(-1);
    if (!full?.symbol || new Set(before.map((m) => m.symbol?.canonical)).size !== 1) continue;
    out.push(takenUp(text, u.index, u.index + u[0].length, u[1] as string, full, 'serial-short-name'));
  }
  return out;
}

function definedShortNames(text: string, layout: Layout, numbered: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  SHORT_NAME_DEFINED.lastIndex = 0;
  for (let d = SHORT_NAME_DEFINED.exec(text); d; d = SHORT_NAME_DEFINED.exec(text)) {
    const type = typeNameOf((d[1] as string).replace(/\s+/gu, ' ')) ?? null;
    const serial = canonicalNumeral(d[3] as string);
    const defined = d.index;
    let full: Mention | undefined;
    for (const m of numbered) if (m.start < defined && defined - m.start <= 600 && m.type === type && m.symbol && serialOf(m.symbol) === serial) full = m;
    if (!full || !full.symbol) continue;
    const words = `${(d[1] as string).split(/\s+/u).join(String.raw`[ \n]+`)}[ \n]+${d[2] ? String.raw`số[ \n]+` : ''}${d[3] as string}`;
    const use = new RegExp(String.raw`(?<![\p{L}\d])${words}(?![\d/\p{L}-])`, 'gu');
    use.lastIndex = defined + d[0].length;
    for (let u = use.exec(text); u; u = use.exec(text)) {
      if (zoneAt(layout, u.index) === 'recipients') continue;
      const end = u.index + u[0].length;
      out.push(takenUp(text, u.index, end, d[1] as string, full, 'defined-short-name'));
    }
  }
  // a regulation issued with a decision, named short ("Quy định … ban hành kèm theo Quyết định số 35/2020/QĐ-UBND (sau đây gọi là
  // Quy định)"): where the short name is pinned by places after it ("Khoản 2 Điều 4 Quy định được sửa đổi …", "Bãi bỏ Điều 10 Quy
  // định."), it is that decision's regulation; elsewhere the word is read as the verb it also is
  REGULATION_NAME_DEFINED.lastIndex = 0;
  for (let d = REGULATION_NAME_DEFINED.exec(text); d; d = REGULATION_NAME_DEFINED.exec(text)) {
    const defined = d.index;
    let full: Mention | undefined;
    for (const m of numbered) if (m.start < defined && defined - m.start <= 400 && m.symbol) full = m;
    if (!full?.symbol || !/(?<![\p{L}])kèm[ \n]+theo[ \n]*$/u.test(text.slice(Math.max(0, full.start - 40), full.start))) continue;
    const name = (d[1] as string).split(/\s+/u).join(String.raw`[ \n]+`);
    const use = new RegExp(String.raw`(?<=(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Cc]hương|[Mm]ục)[ \n]+[\dA-Za-zđ]{1,5}(?:[ \n]+(?:của|tại))?[ \n]+)${name}(?![\p{L}\d/])(?![ \n]+(?:về|này)(?![\p{L}]))`, 'gu');
    use.lastIndex = defined + d[0].length;
    for (let u = use.exec(text); u; u = use.exec(text)) {
      if (zoneAt(layout, u.index) !== 'body' || inSortedRanges(layout.quotedWordings, u.index)) continue;
      const end = u.index + u[0].length;
      out.push(takenUp(text, u.index, end, full.typeWord, full, 'defined-short-name'));
    }
  }
  return out;
}
const REGULATION_NAME_DEFINED = /\([ \n]*(?:sau[ \n]+đây[ \n]+|dưới[ \n]+đây[ \n]+)?(?:gọi[ \n]+tắt[ \n]+là|gọi[ \n]+là|viết[ \n]+tắt[ \n]+là)[ \n]*(Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ|Quy[ \n]+trình)[ \n]*\)/gu;

// "Quyết định nêu trên", "Nghị định số 15 nói trên", "Thông tư đã dẫn", "Quyết định đó", "Nghị quyết thứ hai": a document named
// before, by its type alone (not "các Quyết định nêu trên", many; not "Quyết định này", this one)
const ANAPHOR = /(?<![\p{L}])(Nghị[ \n]+định|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định|Nghị[ \n]+quyết|Chỉ[ \n]+thị|Luật|Pháp[ \n]+lệnh)(?:[ \n]+số[ \n]+(\d{1,4}))?[ \n]+(?:(thứ[ \n]+nhất|thứ[ \n]+hai|thứ[ \n]+ba|đầu[ \n]+tiên|sau[ \n]+cùng|cuối[ \n]+cùng)(?:[ \n]+(?:nêu|nói)[ \n]+trên)?|(?:nêu|nói|kể|đề[ \n]+cập)[ \n]+(?:ở[ \n]+)?trên|đã[ \n]+dẫn(?:[ \n]+(?:ở[ \n]+)?trên)?|đó)(?![\p{L}])/gu;
const MANY_BEFORE = /(?:^|[^\p{L}])(?:các|những|hai|ba|2|3)[ \n]+$/u;
// "Quy định nói trên", "Quy chế đó": a regulation named before, issued with a decision ("Quy định … ban hành kèm theo Quyết định số …")
const REGULATION_ANAPHOR = /(?<![\p{L}])(Quy[ \n]+định|Quy[ \n]+chế|Điều[ \n]+lệ|Quy[ \n]+trình|Đề[ \n]+án|Hướng[ \n]+dẫn)[ \n]+(?:(?:nêu|nói)[ \n]+trên|đó)(?![\p{L}])/gu;
// the words that take a document up again, looked for first (a plain search for each; the type words before them are everywhere)
// (each with the word that must come right before it: "trên" alone is "trên địa bàn", "đó" alone any demonstrative)
const ANAPHOR_ANCHORS: Array<[string, RegExp]> = [
  ['trên', /(?:nêu|nói|kể|cập|ở)[ \n]+$/u],
  ['dẫn', /đã[ \n]+$/u],
  ['đó', /(?:định|tư|quyết|thị|Luật|lệnh|chế|lệ|trình|án|dẫn|tịch)[ \n]+$/u],
  ['thứ', /(?:định|tư|quyết|thị|Luật|lệnh|tịch|\d)[ \n]+$/u],
  ['tiên', /đầu[ \n]+$/u],
  ['cùng', /(?:sau|cuối)[ \n]+$/u],
];
/** Where the anaphoric words stand, each after the word it needs; then the matches of `pattern` (global) that cover one, read in a short window around each (offsets into `text`). */
function anaphorAnchors(text: string): number[] {
  const at: number[] = [];
  for (const [word, before] of ANAPHOR_ANCHORS) for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) if (before.test(text.slice(Math.max(0, i - 12), i))) at.push(i);
  return at.sort((x, y) => x - y);
}
function aroundSuffixes(text: string, pattern: RegExp, at: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = -1;
  for (const i of at) {
    if (i < lastEnd) continue;
    const from = Math.max(0, i - 48, lastEnd);
    const window = text.slice(from, i + 32);
    pattern.lastIndex = 0;
    for (let a = pattern.exec(window); a; a = pattern.exec(window)) {
      const start = from + a.index;
      if (start > i || start + a[0].length <= i) continue;
      a.index = start;
      out.push(a);
      lastEnd = start + a[0].length;
    }
  }
  return out;
}
const ORDINAL: Record<string, number> = { 'thứ nhất': 0, 'đầu tiên': 0, 'thứ hai': 1, 'thứ ba': 2, 'sau cùng': -1, 'cuối cùng': -1 };

/**
 * A document named before and taken up again by its type ("Căn cứ Quyết định số 789/QĐ-UBND …\nĐiều 1. Sửa đổi khoản 2 Điều 1
 * Quyết định nêu trên …"): the one document of that type the text named in the 3 000 characters before, or the one its title
 * names among several, or the one an ordinal picks in the order they were named ("Nghị quyết thứ hai", "Quyết định sau cùng nêu
 * trên"); with several and none in the title the reference stays unread (never a guess). A regulation taken up again ("Bãi bỏ
 * khoản 2 Điều 9 Quy định nói trên") is the decision it was issued with.
 */
function anaphoricMentions(text: string, layout: Layout, earlier: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const push = (start: number, end: number, typeWord: string, full: Mention): void => {
    out.push(takenUp(text, start, end, typeWord, full, 'anaphora'));
  };
  const anchors = anaphorAnchors(text);
  if (anchors.length === 0) return out;
  for (const a of aroundSuffixes(text, ANAPHOR, anchors)) {
    const type = typeNameOf((a[1] as string).replace(/\s+/gu, ' ')) ?? null;
    if (type === null || zoneAt(layout, a.index) === 'recipients' || MANY_BEFORE.test(text.slice(Math.max(0, a.index - 8), a.index))) continue;
    const serial = a[2] !== undefined ? canonicalNumeral(a[2]) : null;
    // (a mention inside the phrase itself is none before it)
    const before = earlier.filter((m) => m.end <= a!.index && a!.index - m.start <= 3000 && m.type === type);
    const ids = new Map<string, Mention>();
    for (const m of before) if (!ids.has(m.symbol ? m.symbol.canonical : `named:${m.start}`)) ids.set(m.symbol ? m.symbol.canonical : `named:${m.start}`, m);
    const distinct = [...ids.values()];
    let pick: Mention[];
    if (a[3] !== undefined) {
      // (an ordinal counts the documents of the type in the order they were first named; all must be numbered)
      const n = ORDINAL[(a[3] as string).replace(/\s+/gu, ' ')] as number;
      const chosen = n < 0 ? distinct[distinct.length - 1] : distinct[n];
      pick = distinct.length >= 2 && chosen?.symbol && distinct.every((m) => m.symbol !== null) ? [chosen] : [];
    } else {
      pick = distinct.filter((m) => m.symbol !== null && (serial === null || serialOf(m.symbol) === serial));
      if (pick.length > 1) pick = pick.filter((m) => zoneAt(layout, m.start) === 'title');
      // (an unnumbered document of the type named before makes "nêu trên" ambiguous)
      if (serial === null && ids.size !== 1 && !pick.some((m) => zoneAt(layout, m.start) === 'title')) pick = [];
    }
    if (pick.length !== 1) continue;
    // (an issuer after the phrase that is not the antecedent's: "Quyết định nêu trên của UBND huyện" after a decision of the province)
    const level = (s: string): string | null => /^[^.;\n]{0,60}?(?:của|do)[ \n]+(?:Ủy[ \n]+ban[ \n]+nhân[ \n]+dân|UBND|Hội[ \n]+đồng[ \n]+nhân[ \n]+dân|HĐND|Chủ[ \n]+tịch(?:[ \n]+UBND)?)[ \n]+(tỉnh|huyện|xã|thành[ \n]+phố|quận|thị[ \n]+xã|phường)/u.exec(s)?.[1]?.replace(/\s+/gu, ' ') ?? null;
    const levelAfter = level(text.slice(a.index + a[0].length, a.index + a[0].length + 80));
    const levelBefore = level(text.slice((pick[0] as Mention).end, (pick[0] as Mention).end + 120));
    if (levelAfter !== null && levelBefore !== null && levelAfter !== levelBefore) continue;
    // (a decision named as a common noun in between is a candidate the count cannot see: "Thu hồi Giấy chứng nhận … theo quyết
    // định của UBND huyện.\nĐiều 2. Hủy bỏ Quyết định nêu trên")
    if (new RegExp(String.raw`(?<![\p{L}])${(a[1] as string).toLowerCase().split(/\s+/u).join(String.raw`[ \n]+`)}(?![\p{L}])(?![ \n]+(?:số|này)(?![\p{L}]))`, 'u').test(text.slice((pick[0] as Mention).end, a.index))) continue;
    push(a.index, a.index + a[0].length, a[1] as string, pick[0] as Mention);
  }
  for (const a of aroundSuffixes(text, REGULATION_ANAPHOR, anchors)) {
    if (zoneAt(layout, a.index) !== 'body' || inSortedRanges(layout.quotedWordings, a.index)) continue;
    const noun = (a[1] as string).split(/\s+/u).join(String.raw`[ \n]+`);
    const issuedWith = new RegExp(String.raw`(?<![\p{L}])${noun}(?![\p{L}])[^.;]{0,300}?kèm[ \n]+theo[ \n]*$`, 'u');
    // (the last document before the phrase, within 3 000 characters, that a regulation of that name was issued with)
    let full: Mention | undefined;
    for (const m of earlier) if (m.end <= a.index && a.index - m.start <= 3000 && m.symbol && issuedWith.test(text.slice(Math.max(0, m.start - 320), m.start))) full = m;
    if (full) push(a.index, a.index + a[0].length, full.typeWord ?? (a[1] as string), full);
  }
  return out;
}

function dropOverlaps(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

function readTails(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    let p = m.after;
    if (m.kind === 'numbered' || m.form === 'named-law') {
      const d = readDate(text, p);
      if (d) {
        if (d.valid) m.date = d.iso;
        else m.warnings.push('invalid-date');
        p = d.end;
      }
    }
    if (m.form !== 'meeting') {
      const iss = readIssuer(text, p);
      if (iss) {
        m.issuer = m.issuer ?? toOldStyleTone(iss.text);
        p = iss.end;
      }
    }
    m.tailEnd = Math.max(m.end, p === m.after ? m.end : p);
    const term = m.issuer ? TERM_IN_PHRASE.exec(m.issuer) : null;
    if (term && !m.term) m.term = term[1] as string;
    ALIAS.lastIndex = m.tailEnd;
    const al = ALIAS.exec(text);
    if (al) m.aliasRange = [ALIAS.lastIndex - (al[1] as string).length - 1, ALIAS.lastIndex - 1];
  }
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1] as Mention;
    const m = mentions[i] as Mention;
    if (prev.aliasRange && m.start >= prev.aliasRange[0] && m.end <= prev.aliasRange[1]) m.inAlias = true;
    // "Nghị định số 131/2021/NĐ-CP ngày … quy định chi tiết … (Nghị định số 131/2021/NĐ-CP); …": the number alone in
    // parentheses after a document's long title is the short name it is given, as "(sau đây gọi là …)" would give it
    else if (m.symbol !== null && text[m.start - 1] === '(' && text[m.end] === ')') {
      for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
        const d = mentions[k] as Mention;
        if (m.start - d.end > 600 || /[.;:][ \n]/u.test(text.slice(d.end, m.start))) break;
        if (d.symbol !== null && d.symbol.canonical === m.symbol.canonical) {
          m.inAlias = true;
          break;
        }
      }
    }
  }
}

interface ListScope {
  from: number;
  to: number;
  type: string | null;
  issuers: string[];
}

function readListHeads(text: string): ListScope[] {
  const scopes: ListScope[] = [];
  LIST_HEAD_CORE.lastIndex = 0;
  for (let h = LIST_HEAD_CORE.exec(text); h; h = LIST_HEAD_CORE.exec(text)) {
    const at = h.index;
    if (wordBefore(text, at)) continue;
    LIST_HEAD.lastIndex = at;
    const m = LIST_HEAD.exec(text);
    if (!m) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 1500);
    const stop = /\.(?:[ ]*\n|[ ]+\p{Lu})|\n[ ]*\n|\n[ ]*(?:[-+•]|\d+\.|[a-zđ]\))/u.exec(rest);
    const type = typeNameOf(m[1] as string) ?? null;
    const issuers = m[2] ? toOldStyleTone(m[2] as string).split(/,[ ]*|[ ]+và[ ]+/u).map((s) => s.trim()).filter(Boolean) : [];
    scopes.push({ from, to: from + (stop ? stop.index : rest.length), type, issuers });
  }
  // a new list head closes the previous list
  for (let i = 0; i + 1 < scopes.length; i++) {
    const a = scopes[i] as ListScope;
    const b = scopes[i + 1] as ListScope;
    if (b.from < a.to) a.to = Math.max(a.from, text.lastIndexOf('các', b.from));
  }
  return scopes;
}

function pickIssuer(issuers: string[], sym: ParsedSymbol | null): string | null {
  if (issuers.length === 0) return null;
  if (issuers.length === 1 || !sym) return issuers[0] as string;
  const party = sym.family === 'party';
  const hit = issuers.find((s) => (party ? /ủy|Đảng|Bộ Chính trị|Ban Bí thư/u.test(s) : /Ủy ban|UBND|Chính phủ|Hội đồng|HĐND/u.test(s)));
  return hit ?? (issuers[0] as string);
}

function resolveTypes(text: string, mentions: Mention[]): void {
  const scopes = readListHeads(text);
  let si = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type || m.kind !== 'numbered' || !m.symbol) continue;
    while (si < scopes.length && (scopes[si] as ListScope).to <= m.start) si++;
    const scope = scopes[si];
    if (scope && m.start >= scope.from && m.start < scope.to && scope.type && scope.type !== 'Văn bản') {
      m.type = scope.type;
      m.typeInherited = true;
      if (!m.issuer) m.issuer = pickIssuer(scope.issuers, m.symbol);
      continue;
    }
    if (scope && m.start >= scope.from && m.start < scope.to && !m.issuer) m.issuer = pickIssuer(scope.issuers, m.symbol);
    const prev = i > 0 ? (mentions[i - 1] as Mention) : null;
    if (prev && prev.kind === 'numbered' && prev.type && m.form === 'list-item' && COORDINATION.test(text.slice(prev.tailEnd, m.start))) {
      m.type = prev.type;
      m.typeInherited = true;
      continue;
    }
    m.type = typeFromCode(m.symbol);
  }
  for (const m of mentions) if (!m.type) m.type = m.symbol ? typeFromCode(m.symbol) : 'Công văn';
}

/** R2: "A và B ngày D của I" gives D and I to A when A has neither. */
function shareCoordinatedDates(text: string, mentions: Mention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1] as Mention;
    if (a.kind !== 'numbered' || b.kind !== 'numbered') continue;
    if (a.tailEnd !== a.end || a.type !== b.type) continue;
    if (!/^[ \n]*(?:,|và|,[ ]*và)[ \n]*$/u.test(text.slice(a.end, b.start))) continue;
    if (!a.date && b.date) {
      const y = Number(b.date.slice(0, 4));
      if (a.symbol?.year == null || a.symbol.year === y) {
        a.date = b.date;
        a.warnings.push('date-shared');
      }
    }
    if (!a.issuer && b.issuer) a.issuer = b.issuer;
    if (!a.term && b.term) a.term = b.term;
  }
}

const CONTEXT_DEPENDENT_NAMED = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);

function idOf(m: Mention, context: CitationContext | undefined): { parts: IdParts; warnings: string[] } {
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

const LAW_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
// documents below the laws in the hierarchy of legal documents (Luật Ban hành văn bản quy phạm pháp luật)
const BELOW_LAW = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Quyết định', 'Chỉ thị', 'Công văn', 'Kế hoạch', 'Hướng dẫn', 'Thông báo', 'Công điện']);
const NON_ACTING = new Set(['Tờ trình', 'Báo cáo', 'Phiếu trình']);
// a resolution is below a law unless the National Assembly or its Standing Committee adopts it: one whose own number
// names another issuer ("…/2026/NQ-CP" of the Government, "…/NQ-HĐND" of a provincial council) amends no law, even one it
// derogates from under a special mechanism ("cắt giảm, sửa đổi ngành, nghề … quy định tại Phụ lục IV của Luật Đầu tư")
const LEGISLATIVE_RESOLUTION = /\/(?:NQ-)?(?:QH|UBTVQH)\d{0,2}$/u;
const belowLaw = (context: { type?: string | undefined; number?: string | undefined } | undefined): boolean =>
  context?.type !== undefined && (BELOW_LAW.has(context.type) || (context.type === 'Nghị quyết' && context.number !== undefined && /\/NQ-/u.test(context.number) && !LEGISLATIVE_RESOLUTION.test(context.number)));
const LETTERS = new Set(['Công văn', 'Công điện']);
// what a letter may act on: letters and notices
const LETTER_TARGETS = new Set(['Công văn', 'Công điện', 'Thông báo']);
// a plan or a programme is no legal act: it may replace or amend an earlier plan or programme ("Kế hoạch này thay thế Kế hoạch số
// …"), never a decision, a resolution or a circular, whose amendment or repeal it can only schedule ("trình UBND tỉnh thay thế
// Quyết định số …", a table of the documents to be issued)
const PLANS = new Set(['Kế hoạch', 'Chương trình']);
const PLAN_TARGETS = new Set(['Kế hoạch', 'Chương trình', 'Đề án', 'Phương án', 'Công văn', 'Thông báo']);
// a local authority's symbol (a province's, a district's, a commune's), and a central one: the Government's, the Prime Minister's,
// the National Assembly's and its Standing Committee's, a ministry's circular, decision or directive
const LOCAL_SYMBOL = /-(?:UBND|HĐND|UB|UBT|HĐ)(?:$|[-.])/u;
const CENTRAL_SYMBOL = /(?:\/|-)(?:NĐ-CP|QĐ-TTg|CT-TTg|NQ-CP|TTLT|QH\d{1,2}|UBTVQH\d{0,2}|NĐ|CP|TTg)$|\/TT-|\/(?:QĐ|CT)-B[A-ZĐ]{1,9}$/u;
// a Party guidance ends a guidance and a letter in one list ("thay thế Hướng dẫn số 11-HD/VPTW … và Công văn số 2587-CV/VPTW …"):
// Party documents of any type end together; a State list goes by one type (a decree named in an ended decision's title is no item)
const PARTY_LIST_ENDS = new Set<Relation>(['replaces', 'repeals']);
// the rank of the types whose rank does not depend on the issuer (a resolution or a decision may be the National Assembly's or a
// ministry's): a lower one never amends, repeals, replaces or suspends a higher one
const RANK_OF_TYPE = new Map<string, number>([['Hiến pháp', 0], ['Bộ luật', 1], ['Luật', 1], ['Pháp lệnh', 2], ['Nghị định', 3], ['Thông tư', 5], ['Thông tư liên tịch', 5]]);
const OUTRANKED_ACTS = new Set<Relation>(['amends', 'repeals', 'replaces', 'suspends']);
/** Whether a document of type `by` is of lower rank than one of type `on` for this act (it could not have done it). */
const outranked = (relation: Relation, by: string | null | undefined, on: string | null | undefined): boolean => {
  const [r, o] = [RANK_OF_TYPE.get(by ?? ''), RANK_OF_TYPE.get(on ?? '')];
  return OUTRANKED_ACTS.has(relation) && r !== undefined && o !== undefined && r > o;
};
const sameRank = (a: string | null | undefined, b: string | null | undefined): boolean => RANK_OF_TYPE.get(a ?? '') !== undefined && RANK_OF_TYPE.get(a ?? '') === RANK_OF_TYPE.get(b ?? '');
const NAMED_LAW = /^(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh)[ \n]+(?!số[ \n])\p{L}/u;
// what ends the subject of a status phrase between a document's mention and the phrase: a sentence's end at a line's end, a
// semicolon at a line's end unless the next line goes on in lower case (a long title wraps after its semicolons: "… khai hải
// quan;\ncấp và thu hồi mã số …"), an item's mark, a table row's number
const SUBJECT_BREAK = /\.[”"’]?[ ]*\n|;[”"’]?[ ]*\n(?![ \t]*\p{Ll})|\n[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]|\n[ \t]*\d{1,3}[ \t]+\p{Lu}/u;
// "… Nghị định này quy định chi tiết …", "Thông tư này hướng dẫn …": the document that guides, named as "… này", and no sentence's end
// after it
const THIS_GUIDES = /(?<![\p{L}])(Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư[ \n]+liên[ \n]+tịch|Thông[ \n]+tư|Quyết[ \n]+định)[ \n]+này[ \n]+(?:quy[ \n]+định[ \n]+chi[ \n]+tiết|hướng[ \n]+dẫn)(?![\p{L}])[^.;"“”]*$/u;
const QUOTED_GUIDANCE = 'quoted wording';
// the rest of a description, over its lines but no item's mark, then "và"
const DESCRIPTION_THEN_AND = /^[^;.:\n]*(?:\n(?![ \t]*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•]))[^;.:\n]*)*(?<![\p{L}])và[ \n]+$/u;
// the next object of a guiding verb: joined by "và", or by a comma when a further "của" or places lead it ("… Điều 52 của Luật Việc
// làm và một số điều của Nghị định số 28/2015/NĐ-CP, Nghị định số 61/2020/NĐ-CP")
// (an article, a clause or a point by its number: "Điều 8", "khoản 4")
const NUMBERED_PLACE = String.raw`(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm)[ \n]+\d{1,3}[a-zđ]?`;
const GUIDED_NEXT = new RegExp(String.raw`^[ \n]*(?:,?[ \n]*và[ \n]+(?:(?:một[ \n]+số[ \n]+điều|các[ \n]+điều|${NUMBERED_PLACE}(?:[ \n]*,[ \n]*${NUMBERED_PLACE}){0,10})[ \n]+(?:của[ \n]+)?)?|,[ \n]*(?:${NUMBERED_PLACE}(?:[ \n]*(?:,|và)[ \n]*${NUMBERED_PLACE}){0,10}[ \n]+(?:của[ \n]+)?)?)$`, 'u');
// what may lie between two actors of one list: a separator, after the first one's date
// (pinned to its provisions too: "… đã được sửa đổi, bổ sung tại khoản 13 Điều 2 Thông tư số A và khoản 3 Điều 55 Nghị định số B";
// the preposition repeated: "… theo Luật số A và theo Luật số B")
const FURTHER_ACTOR_GAP = /^(?:[ \n]+ngày[ \n]+[^,;.\n]{0,30}?)?[ \n]*(?:,[ \n]*(?:và[ \n]+)?|và[ \n]+)(?:(?:theo|bởi|tại)[ \n]+)?(?:(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]{1,5}(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)){0,12}(?:(?:của|tại)[ \n]+)?$/u;
const OWN_STATUS_AFTER = /^[ \n]*(?:đã[ \n]+)?được[ \n]+(?:sửa[ \n]+đổi|bổ[ \n]+sung|thay[ \n]+thế|bãi[ \n]+bỏ)/u;
const ACTING_RELATIONS = new Set<Relation>(['amends', 'repeals', 'replaces', 'suspends', 'corrects']);
const ROW_STATUS = /(?:^|\n)[ \t]*-?[ \t]*Hết[ ]+hiệu[ ]+lực(?:[ ]+(?:toàn[ ]+bộ|một[ ]+phần))?[ ]*\.[ ]*(?=\n)/gu;
// a date alone on its line, before the next row starts ("\n05/6/2024\n")
const ROW_DATE = /^[^]*?\n[ \t]*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})[ \t]*(?:\n|$)/u;
// the exception that follows an ending in the same sentence: "hết hiệu lực …, trừ nội dung quy định tại khoản 3"
// (up to 300 characters: the provisions kept may be kept for a stated period, "… tiếp tục có hiệu lực đến hết ngày 31 tháng 12
// năm 2013", which ends them then)
// (or after a semicolon, "riêng" and what stays in force: "… hết hiệu lực kể từ ngày …; riêng Mẫu số 7A và Mẫu số 7B ban hành kèm
// theo Thông tư số … tiếp tục có hiệu lực cho đến khi …")
const KEPT_PROVISIONS = /^[^.;]{0,500}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực[^.;]{0,200}?(?:,?[ \n]+trừ[ \n]+(?!(?:các[ \n]+|những[ \n]+)?trường[ \n]+hợp)([^.;]{1,300})|;[ \n]+riêng[ \n]+([^.;]{1,300}?[ \n](?:tiếp[ \n]+tục|vẫn)[ \n]+(?:còn[ \n]+|có[ \n]+)?(?:hiệu[ \n]+lực|được[ \n]+(?:thực[ \n]+hiện|áp[ \n]+dụng)|thực[ \n]+hiện|áp[ \n]+dụng)[^.;]{0,200}))/u;
// (or right after the document the act names, its date and issuer between: "… và thay thế Quyết định số A ngày … của UBND tỉnh, trừ
// Điều 8 và Phụ lục III tiếp tục được áp dụng đến …", "… thay thế Thông tư số A, Thông tư số B ngày … (trừ Điều 3)": no other
// document's number between, and what is kept is a provision)
const KEPT_RIGHT_AFTER = /^(?:(?!số[ \n]+\d)[^.;()]){0,200}?(?:,[ \n]*|\([ \n]*)(?:ngoại[ \n]+)?trừ[ \n]+((?:các[ \n]+)?(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Cc]hương|[Mm]ục|[Pp]hụ[ \n]+lục|[Mm]ẫu|quy[ \n]+định|nội[ \n]+dung)(?![\p{L}])[^.;)]{0,300})/u;
// or in the next sentence: "… hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành. Đối với quy định tại điểm đ
// khoản 1, khoản 2 Điều 4 và Điều 11 Nghị định số 30/2016/NĐ-CP tiếp tục thực hiện cho đến khi …"
const KEPT_NEXT_SENTENCE = /^[^.;]{0,500}?(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực[^.;]{0,200}?\.[ \n]+(?:Đối[ \n]+với|Riêng)[ \n]+((?:các[ \n]+)?quy[ \n]+định[ \n]+tại[^.;]{1,200}?[ \n]+(?:tiếp[ \n]+tục|vẫn)[ \n]+(?:được[ \n]+)?(?:thực[ \n]+hiện|áp[ \n]+dụng|có[ \n]+hiệu[ \n]+lực)[^.;]{0,200})/u;
// a circular succeeds a joint circular on its subject as it does a circular
const succession = (type: string): string => (type === 'Thông tư liên tịch' ? 'Thông tư' : type);
/**
 * Whether a document of `own` type that ends one of `type` as a whole may be its successor: one of its own type, a
 * decree ending a Prime Minister's decision (QĐ-TTg) — what the Prime Minister set by decision is raised to a decree
 * on the same matter — or a circular ending a minister's normative decision.
 */
function succeedsByType(type: string, symbol: ParsedSymbol | null, own: string): boolean {
  if (succession(type) === succession(own)) return true;
  if (own === 'Nghị định' && type === 'Quyết định' && symbol !== null && symbol.issuerCodes[0] === 'TTg') return true;
  // a circular succeeds a minister's normative decision ("Quyết định số 18/2007/QĐ-BLĐTBXH … ban hành chương trình …"): the
  // form a minister's rules took before the circular, numbered with their year; an administrative decision ("Quyết định số
  // 1731/QĐ-BKHĐT") has no year in its number and is repealed
  return own === 'Thông tư' && type === 'Quyết định' && symbol !== null && symbol.year !== null && /^B/u.test(symbol.issuerCodes[0] ?? '');
}
// a passive act whose actor follows: "được sửa đổi, bổ sung bởi", "được sửa đổi, bổ sung tại khoản 2 Điều 1", then the document itself
// the document may come last in a list of the acts ("được sửa đổi, bổ sung bởi Thông tư số 22/2019/TT-BTC ngày 16/4/2019
// và Thông tư số …/2026/TT-BTC")
const SELF_PASSIVE = /(?:được|đã được)[ \n]+((?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ)(?:[ \n]*,[ \n]*(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ))*)[ \n]+(?:bởi|tại|theo)(?:[ \n]+(?:quy[ \n]+định[ \n]+tại[ \n]+)?(?:(?:điểm|khoản|Điều|điều)[ \n]+[\dđa-z]+[ \n,]*){1,3}(?:của[ \n]+)?)?(?:[ \n]+(?:Luật|Nghị[ \n]+định|Thông[ \n]+tư|Quyết[ \n]+định|Nghị[ \n]+quyết)[ \n]+số[^.;]{1,120}?(?:,|và))?[ \n]*$/u;
// "số …/2026/TT-BTC", "số ...../2026/NĐ-CP": a number whose serial is left blank (or half filled in: "số 06…/2026/TT-BTC")
const BLANK_NUMBER = /số[ \n]*(\d{0,4})[.…]{1,12}[ \n]*(\/(?:19|20)\d{2}\/[\p{Lu}Đ][\p{Lu}Đ\d-]{0,30})/gu;
// (not a place's number wrapped onto its own line: "… khoản 2 Điều\n5\nThông tư số …")
const ROW_NUMBER_BEFORE = /(?<!(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Mm]ục|[Cc]hương|[Pp]hụ[ \n]+lục|[Mm]ẫu|số)[ \t]*)\n[ \t]*\d{1,3}[.)]?[ \t]*\n[ \t]*$/u;
// a status phrase after a document ("… đã được sửa đổi, bổ sung bởi Thông tư số …") says what amended it, not that this act does
const STATUS_AMENDED = /(?<![\p{L}])(?:đã[ \n]+)?được[ \n]+(?:sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung)(?![\p{L}])/gu;
const OPERATIVE_LIST = new Set<Relation>(['amends', 'repeals', 'replaces', 'suspends', 'guides']);
// only a separator, or a part of the next item ("; Điều 1 của"), between two items of a list
const LIST_CONTINUATION = /^[ \n]*[;,][ \n]*(?:và[ \n]+)?(?:(?:Điều|khoản|điểm|Phụ[ \n]+lục|Chương)[ \n][^;.\n]{0,80}?(?:của|tại)[ \n]+)?$/u;
// or the places of the next item, listed ("…Thông tư số 12/2015/TT-BTC; khoản 5, khoản 9, khoản 11 Điều 1; khoản 3 Điều 3
// Thông tư số 22/2019/TT-BTC", "… Thông tư số 12/2015/TT-BTC và các Mẫu số 07A, Mẫu số 07B ban hành kèm theo Thông tư …")
// (one place word may number several: "các Điều 27, 28, 29 và 30")
const PLACE = String.raw`(?:các[ \n]+)?(?:Điều|điều|khoản|điểm|Phụ[ \n]+lục|Mẫu[ \n]+số|Chương|Mục)[ \n]+[\dA-Za-zđĐ]{1,5}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+)\d{1,3}[a-zđ]?(?![\d\/\p{L}]))*`;
// this act takes the place of provisions of another, as a whole: "Thông tư này … thay thế nội dung về … quy định tại"
const SELF_REPLACES_PROVISIONS = /(?:Thông[ \n]+tư|Nghị[ \n]+định|Quyết[ \n]+định|Nghị[ \n]+quyết|Luật|Pháp[ \n]+lệnh)[ \n]+này[^.;]{0,200}?thay[ \n]+thế[ \n]+(?:các[ \n]+)?(?:nội[ \n]+dung|quy[ \n]+định)/u;
// a second document of the same type joined by "và" after the first one's description, in the same sentence ("ban
// hành Thông tư ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày … quy định chi tiết … và Thông tư số 10/2022/TT-BKHĐT",
// "Sửa đổi … Mẫu số 02 ban hành kèm theo Thông tư số 12/2022/TT-BKHĐT ngày … (UKVFTA) và Mục 5.3 … ban hành kèm theo Thông tư …")
// (a point between digits is no sentence end: "Mục 5.3")
const COORDINATED_AFTER_DESCRIPTION = /^(?:[^.;:]|\.(?=\d)){0,500}[ \n]và[ \n]+(?:(?:các[ \n]+)?(?:Mục|Điều|khoản|điểm|Chương|Phụ[ \n]+lục|Mẫu[ \n]+số)[ \n](?:[^.;:]|\.(?=\d)){0,200}?(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo)[ \n]+)?$/u;
const ALIAS_OPENING = /\([ \n]*(?:sau[ \n]+đây[ \n]+)?gọi[ \n]+(?:tắt[ \n]+|chung[ \n]+)?là[ \n]*$/u;
const ALIAS_CLAUSE = /\([ \n]*(?:sau[ \n]+đây[ \n]+)?gọi[ \n]+(?:tắt[ \n]+|chung[ \n]+)?là[^()]{0,120}\)/gu;
// words that put a verb or a condition of their own in that description
// ("theo" as a condition: "theo quy định", "theo Luật …"; "theo phương thức đa cấp" describes)
const OWN_VERB_IN_DESCRIPTION = /(?<![\p{L}])(?:sửa[ \n]+đổi|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế|(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|ngưng|đình[ \n]+chỉ|được|(?<!kèm[ \n]+)theo(?=[ \n]+(?:quy[ \n]+định|hướng[ \n]+dẫn|đề[ \n]+nghị|yêu[ \n]+cầu|văn[ \n]+bản|các|(?:Bộ[ \n]+)?[Ll]uật|Nghị|Thông|Quyết|Pháp|Chỉ))|căn[ \n]+cứ)(?![\p{L}])/iu;
// the title of an ended document may say what it amended ("Nghị định số 18/2026/NĐ-CP ngày … sửa đổi, bổ sung một số nghị
// định …; các Điều 27, 28 … của Nghị định số …"): no verb of the list when the list ends documents
const OWN_VERB_IN_ENDED_TITLE = /(?<![\p{L}])(?:bãi[ \n]+bỏ|thay[ \n]+thế|(?:hết|chấm[ \n]+dứt)[ \n]+hiệu[ \n]+lực|ngưng|đình[ \n]+chỉ|được|(?<!kèm[ \n]+)theo(?=[ \n]+(?:quy[ \n]+định|hướng[ \n]+dẫn|đề[ \n]+nghị|yêu[ \n]+cầu|văn[ \n]+bản|các|(?:Bộ[ \n]+)?[Ll]uật|Nghị|Thông|Quyết|Pháp|Chỉ))|căn[ \n]+cứ)(?![\p{L}])/iu;
// (the separator may be missing: "… Thông tư số 13/2015/TT-BTC khoản 4, khoản 6 Điều 1 Thông tư số 13/2020/TT-BTC")
const PLACES_CONTINUATION = new RegExp(String.raw`^[ \n]*(?:[;,][ \n]*(?:và[ \n]+)?|và[ \n]+)?${PLACE}(?:(?:[ \n]*[,;][ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,40}(?:[ \n]+(?:của|tại|ban[ \n]+hành[ \n]+kèm[ \n]+theo))?[ \n]*$`, 'u');

// the law a mention names, by its name or its number
const lawKeyOf = (m: Mention): string | undefined => m.lawKey ?? (m.named?.form === 'named-law' ? namedLawKey(m.named, m.type) : m.symbol && LAW_TYPES.has(m.type ?? '') ? lawByNumber(m.symbol.canonical)?.key || undefined : undefined);
/** The law keys (without their scheme) of the other mentions of `m`'s sentence, but for the document's own. */
function sameSentenceLaws(t: string, mentions: readonly Mention[], m: Mention, ownNumber: string | null): string[] {
  const out: string[] = [];
  for (const o of mentions) {
    // (the law itself, named in its own ending clause, "… kể từ ngày Luật giáo dục nghề nghiệp số 74/2014/QH13 có hiệu lực", is no sibling)
    if (o === m || Math.abs(o.start - m.start) > 800 || (ownNumber !== null && o.symbol?.canonical === ownNumber)) continue;
    const [a, b] = o.start < m.start ? [o.end, m.start] : [m.end, o.start];
    if (/[.;](?:[ \n]|$)|\n[ ]*\n/u.test(t.slice(a, b))) continue;
    const k = lawKeyOf(o);
    if (k !== undefined) out.push(k.replace(/^[a-z-]+:/, ''));
  }
  return out;
}

// a provision of this document that takes effect on a day of its own ("2. Điều 2 và khoản 3 Điều 6 Thông tư này có hiệu lực thi hành
// từ ngày 01 tháng 9 năm 2026."): the articles (and clauses) it names, then the day
// (each list unambiguous: numbers after a separator within a place, a place word after one between places)
const STAGED_PLACES = String.raw`(?:(?:[Kk]hoản[ \n]+\d{1,2}(?:[ \n]*(?:,|và)[ \n]*\d{1,2})*[ \n]+)?Điều[ \n]+\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?)*)`;
const STAGED_EFFECT = new RegExp(String.raw`(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[a-zđ][)][ \t]*)?(?:Các[ \n]+|Riêng[ \n]+)?(${STAGED_PLACES}(?:[ \n]*(?:,|và)[ \n]*${STAGED_PLACES})*)[ \n]+(?:của[ \n]+)?(?:(?:Bộ[ \n]+luật|Luật|Pháp[ \n]+lệnh|Nghị[ \n]+định|Nghị[ \n]+quyết|Thông[ \n]+tư(?:[ \n]+liên[ \n]+tịch)?|Quyết[ \n]+định)[ \n]+này[ \n]+)?có[ \n]+hiệu[ \n]+lực(?:[ \n]+thi[ \n]+hành)?[ \n]+(?:kể[ \n]+)?từ[ \n]+${DAY_WRITTEN}`, 'gu');
const STAGED_PLACE = /(?:[Kk]hoản[ \n]+(\d{1,2}(?:[ \n]*(?:,|và)[ \n]*\d{1,2})*)[ \n]+)?Điều[ \n]+(\d{1,3}[a-zđ]?(?:[ \n]*(?:,|và)[ \n]*\d{1,3}[a-zđ]?)*)/gu;
const stagedDays = new WeakMap<Layout, Map<string, string>>();
/** The days on which provisions of this document take effect apart from the rest, by "N" (article) or "N.k" (clause); once per layout. */
function stagedDaysOf(t: string, layout: Layout): Map<string, string> {
  let days = stagedDays.get(layout);
  if (days) return days;
  days = new Map();
  STAGED_EFFECT.lastIndex = layout.preambleEnd;
  for (let m = STAGED_EFFECT.exec(t); m; m = STAGED_EFFECT.exec(t)) {
    if (inSortedRanges(layout.quotedWordings, m.index + 1)) continue;
    const day = dayOf(m, 2);
    if (day === null) continue;
    for (const p of (m[1] as string).matchAll(STAGED_PLACE)) {
      const articles = (p[2] as string).split(/[ \n]*(?:,|và)[ \n]*/u).filter((x) => x !== '');
      const clauses = p[1] ? (p[1] as string).split(/[ \n]*(?:,|và)[ \n]*/u).map((x) => x.trim()).filter((x) => x !== '') : [];
      for (const a of articles) {
        if (clauses.length === 0) days.set(a, day);
        else for (const k of clauses) days.set(`${a}.${k}`, day);
      }
    }
  }
  stagedDays.set(layout, days);
  return days;
}
const ARTICLE_AT = /(?:^|\n)[ \t]*Điều[ ]+(\d{1,3}[a-zđ]?)\.[^\n]*/gu;
const CLAUSE_LINE_AT = /\n[ \t]*(\d{1,2})\.[ \t]/gu;
/** The day the provision holding `pos` takes effect apart from the rest of the document (see stagedDaysOf), if the text gives one. */
function stagedEffective(t: string, layout: Layout, pos: number): { effective: string } | null {
  const days = stagedDaysOf(t, layout);
  if (days.size === 0 || zoneAt(layout, pos) !== 'body') return null;
  let article: string | null = null;
  let articleAt = -1;
  const from = Math.max(layout.preambleEnd, pos - 20_000);
  ARTICLE_AT.lastIndex = from;
  for (let m = ARTICLE_AT.exec(t); m && m.index < pos; m = ARTICLE_AT.exec(t)) {
    if (inSortedRanges(layout.quotedWordings, m.index + 1)) continue;
    article = m[1] as string;
    articleAt = m.index;
  }
  if (article === null) return null;
  let clause: string | null = null;
  CLAUSE_LINE_AT.lastIndex = articleAt;
  for (let m = CLAUSE_LINE_AT.exec(t); m && m.index < pos; m = CLAUSE_LINE_AT.exec(t)) if (!inSortedRanges(layout.quotedWordings, m.index + 1)) clause = m[1] as string;
  const day = (clause !== null ? days.get(`${article}.${clause}`) : undefined) ?? days.get(article);
  return day ? { effective: day } : null;
}

/**
 * The day an act takes effect when the text gives it for this act: read after the mention, up to the next document the
 * clause names as its own item (a head mention), so that one act's day is never another's.
 */
function actEffective(t: string, relation: Relation, m: Mention, mentions: readonly Mention[], roles: readonly { role: string }[], mi: number): { effective: string } | null {
  if (relation !== 'repeals' && relation !== 'replaces' && relation !== 'suspends') return null;
  let to = m.tailEnd + 700;
  for (let k = mi + 1; k < mentions.length; k++) {
    if (roles[k]?.role === 'head') {
      to = Math.min(to, (mentions[k] as Mention).start);
      break;
    }
  }
  const day = dayStatedAfter(t.slice(m.tailEnd, Math.max(m.tailEnd, to)), relation === 'suspends' ? 'from' : 'ends');
  return day === null ? null : { effective: day };
}

/** Whether `ended` is no amending law and no other law its clause ends is one either. */
const soleUnamendingLaw = (ended: string, siblings: readonly string[]): boolean => !ended.startsWith('sua-doi') && !siblings.some((k) => k !== ended && !k.startsWith('sua-doi'));
/**
 * Whether a law that ends ("hết hiệu lực", not "bãi bỏ") a named law as a whole succeeds it: when both are laws or
 * ordinances and the ended one is no amending law, it does (a new law takes over its subject: Luật Trồng trọt → Pháp
 * lệnh Giống cây trồng, Luật Giáo dục nghề nghiệp → Luật Dạy nghề, Luật Tổ chức chính quyền địa phương → Luật Tổ chức
 * HĐND và UBND; in the relation gold's dev half, 20 of 20 such endings); from a consolidated text, only on its subject.
 */
function succeeds(ended: string, own: string, ownType: string | undefined, siblings: readonly string[]): boolean {
  if (ended.startsWith('sua-doi')) return false;
  if (ownType === undefined || !LAW_TYPES.has(ownType)) return sameLawSubject(ended, own);
  // (when the same clause ends another law or ordinance on its own subject, that one is its predecessor and this one is
  // only ended: "Pháp lệnh lãnh sự … và Pháp lệnh về cơ quan đại diện … ở nước ngoài … hết hiệu lực" in the Luật Cơ quan đại
  // diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài)
  return subjectOpensAlike(ended, own) || !siblings.some((k) => subjectOpensAlike(k, own));
}
/**
 * Whether two law-name slugs open with the same three words of subject (fewer when one is shorter): looser than
 * sameLawSubject, because the own title as read from a header may carry a line's typo or the adopting session after it
 * ("… chủ nghĩaViệt Nam ở nước ngoài của Quốc hội khóa XII, kỳ họp thứ 5").
 */
function subjectOpensAlike(a: string, b: string): boolean {
  const words = (x: string): string[] => x.split('-').filter((w) => w !== '' && !['va', 've', 'cua'].includes(w));
  const [wa, wb] = [words(a), words(b)];
  const n = Math.min(3, wa.length, wb.length);
  return n > 0 && wa.slice(0, n).join(' ') === wb.slice(0, n).join(' ');
}
// the title of an amending act that the mention's number follows, left out of the mention by the name reader ("… và
// Điều 2 Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ bản số 38/2009/QH12"): its
// "sửa đổi" is a name, not a verb
/** The words between two items of a list, without the title of the second when the mention is only its number. */
function listGap(t: string, from: number, m: Mention): string {
  const gap = t.slice(from, m.start);
  return m.typeWord === null && m.symbol !== null ? gap.replace(AMENDING_TITLE_AT_END, ' ') : gap;
}

// the words between an item and the next, when the first is described: a description without a verb or a condition of its
// own, a semicolon (or "và" after a name given to it), then the places of the next item
// (or a comma, when the next item opens with its places: "… về việc ban hành Điều lệ trường cao đẳng, Điều 1 Thông tư số …")
const DESCRIBED_ITEM_GAP = new RegExp(String.raw`^([^.;:]{0,400})(?:;[ \n]*(?:và[ \n]+)?|[ \n]và[ \n]+|,[ \n]*(?=${NUMBERED_PLACE}))(?:${PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,20}[ \n]+(?:của[ \n]+|tại[ \n]+)?)?$`, 'u');
const PLACES_AFTER_COMMA = new RegExp(String.raw`^,[ \n]*${NUMBERED_PLACE}`, 'u');
const GUIDING_WORDS = /(?<![\p{L}])(?:hướng[ \n]+dẫn|quy[ \n]+định[ \n]+chi[ \n]+tiết)(?![\p{L}])/iu;

/** The operative relation of the list item before a parenthesis that closes right before `m`'s places, or null. */
function itemAcrossParenthesis(t: string, citations: readonly Citation[], normStarts: readonly number[], normEnds: readonly number[], m: Mention): Relation | null {
  const before = t.slice(Math.max(0, m.start - 600), m.start);
  const close = before.lastIndexOf(')');
  if (close < 0 || !PLACES_CONTINUATION.test(before.slice(close + 1))) return null;
  const open = before.lastIndexOf('(', close);
  if (open < 0 || close - open > 400 || before.slice(open + 1, close).includes('(')) return null;
  const at = m.start - before.length + open;
  for (let k = citations.length - 1; k >= 0; k--) {
    const c = citations[k] as Citation;
    // (offsets in the matching text: a citation's own start is in the original, which NFD or CRLF moves)
    if ((normStarts[k] as number) >= at) continue;
    if (!/^[ \n]*$/u.test(t.slice(normEnds[k] as number, at))) return null;
    return c.role === 'head' && OPERATIVE_LIST.has(c.relation) ? c.relation : null;
  }
  return null;
}

/**
 * The relation an item shares with the head item before it across that one's description ("…;\nđiểm 13 của Nghị quyết số
 * …"), or null. Only the head's own operative relation carries; a defined name between them counts as description.
 */
function describedItemOf(t: string, citations: readonly Citation[], normEnds: readonly number[], prevTailEnd: number, m: Mention): Relation | null {
  let k = citations.length - 1;
  // (over the name given to the head item and the documents its title names: "Nghị định số A … quy định chi tiết … Pháp
  // lệnh … (Nghị định số A); khoản 4 Điều 12 Nghị định số B")
  let named = false;
  for (; k >= 0; k--) {
    const c = citations[k] as Citation;
    if (c.role === 'alias') named = true;
    else if (c.role !== 'embedded') break;
  }
  const head = citations[k];
  if (!head || head.role !== 'head' || !OPERATIVE_LIST.has(head.relation)) return null;
  const from = k === citations.length - 1 ? prevTailEnd : (normEnds[k] as number);
  if (m.start - from > 500) return null;
  const gap = t.slice(from, m.start).replace(ALIAS_CLAUSE, ' ');
  const g = DESCRIBED_ITEM_GAP.exec(gap);
  if (!g) return null;
  // the "và" variant only after a name given on the way; a semicolon ends any description, and so does a comma before the next
  // item's places
  const placesAfterComma = PLACES_AFTER_COMMA.test(gap.slice((g[1] as string).length));
  if (!gap.includes(';') && !placesAfterComma && !ALIAS_CLAUSE.test(t.slice(from, m.start)) && !named) return null;
  const description = g[1] as string;
  // (a guiding verb there is the title of a document ended or amended, "Thông tư số 40/2021/TT-BTC ngày … hướng dẫn thuế …;
  // Thông tư số 100/2021/TT-BTC …", and a verb of its own only when the list guides)
  const ends = head.relation === 'repeals' || head.relation === 'replaces';
  if ((ends ? OWN_VERB_IN_ENDED_TITLE : OWN_VERB_IN_DESCRIPTION).test(description) || (head.relation === 'guides' && GUIDING_WORDS.test(description))) return null;
  return head.relation;
}

const PLURAL_NEXT = /^[^.;:]{0,500},[ \n]*$/u;
const QUOTED_PHRASE_BEFORE = /(?<![\p{L}])(?:cụm[ \n]+từ|từ|từ[ \n]+ngữ)[ \n]*[“"][^”"]{0,200}$/u;
const AMENDING_DESCRIPTION = /^[ \n]*,?[ \n]*(?:về[ \n]+việc[ \n]+|quy[ \n]+định[ \n]+)?sửa[ \n]+đổi/u;
/** Whether `m` is the next document of a final clause whose first document is ended (see the call). */
function endingListItem(t: string, citations: readonly Citation[], normEnds: readonly number[], m: Mention): boolean {
  let k = citations.length - 1;
  while (k >= 0 && (citations[k] as Citation).role !== 'head') k--;
  const head = citations[k];
  if (!head || (head.relation !== 'repeals' && head.relation !== 'replaces') || head.type !== m.type || m.symbol === null) return false;
  const gap = t.slice(normEnds[k] as number, m.start);
  // (the next item may open with the places it ends: "… và Điều 2 Nghị định số B …")
  if (gap.length > 700 || /[.:][ \n]|;/u.test(gap) || !new RegExp(String.raw`(?:,|[ \n]và)[ \n]*(?:${PLACE}(?:(?:[ \n]*,[ \n]*|[ \n]+và[ \n]+|[ \n]+)${PLACE}){0,20}[ \n]+(?:của[ \n]+)?)?$`, 'u').test(gap)) return false;
  // a second document of a description has no date of its own ("… của Nghị định số A và Nghị định số B hết hiệu lực" stays)
  return m.date !== null && endedAfterItems(t.slice(m.tailEnd, m.tailEnd + 960));
}

const FOLLOWS_PROVISIONS = /(?<![\p{L}])theo[ \n]+(?:quy[ \n]+định[ \n]+tại[ \n]+)?(?:điểm|khoản|Điều|điều|Phụ[ \n]+lục|Mục|Chương)[ \n]/u;
// (a list that an express "bãi bỏ" heads takes documents of other types: "… và bãi bỏ Điều 3 Nghị định số A, khoản 2 Điều 7 Nghị định
// số B và Nghị quyết số 102/NQ-CP …")
const NORMATIVE_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Nghị định', 'Nghị quyết', 'Thông tư', 'Thông tư liên tịch', 'Quyết định', 'Chỉ thị']);
const PART_ENDED_AFTER = /^[^.;:]{0,400}?(?<![\p{L}])(?:được|bị)[ \n]+(?:bãi[ \n]+bỏ|thay[ \n]+thế)[ \n]+một[ \n]+phần(?![\p{L}])/u;
/** Whether the sentence that holds the mention at `start` says "thay thế" before it. */
function saysReplaced(t: string, start: number): boolean {
  const before = t.slice(Math.max(0, start - 300), start);
  // (the sentence may wrap: a line break ends it only after a stop or at a blank line, "Luật này thay thế Luật về sĩ quan
  // … ngày 30 tháng 12 năm 1981 và Luật sửa đổi, bổ sung một số\nđiều của Luật về sĩ quan …")
  let from = 0;
  for (const m of before.matchAll(SENTENCE_BREAK)) from = (m.index ?? 0) + m[0].length;
  if (/(?<![\p{L}])thay[ \n]+thế(?![\p{L}])/iu.test(before.slice(from))) return true;
  // (or the head of the list the mention is an item of: "… và thay thế các Quyết định sau đây …:\n- Quyết định số A …;\n-
  // Quyết định số B … sửa đổi, bổ sung …")
  const lines = t.slice(Math.max(0, start - 1500), start).split('\n');
  if (!LIST_MARK_AT.test(lines[lines.length - 1] ?? '')) return false;
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i] as string;
    if (/:[ \t]*$/u.test(line)) return /(?<![\p{L}])thay[ \n]+thế(?![\p{L}])/iu.test(line);
    if (!LIST_MARK_AT.test(line)) return false;
  }
  return false;
}
const LIST_MARK_AT = /^[ \t]*(?:[-+•]|\d{1,2}[.)]|[a-zđ]\))/u;
const SENTENCE_BREAK = /[.;:][ \t]*\n|\n[ \t]*\n|[.;] /gu;

/** Whether the clause ending the document at `start` says "bãi bỏ" (an express repeal, never a succession). */
/** The sentence before `start`, 200 characters at most ("… đều bãi bỏ. Quy định số 57-QĐ/TW … hết hiệu lực": the repeal is the sentence before's). */
function sentenceBefore(t: string, start: number): string {
  const before = t.slice(Math.max(0, start - 200), start);
  // (a semicolon parts the items of one list, "Bãi bỏ các Thông tư sau đây: A …; B …": the repeal heads them all)
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  return end < 0 ? before : before.slice(end + 2);
}
function endedByRepeal(t: string, start: number, tailEnd = start): boolean {
  const before = t.slice(Math.max(0, start - 200), start);
  const clause = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  // (or in the passive after it: "2. Nghị định số 20/2019/NĐ-CP được bãi bỏ.")
  return /(?<![\p{L}])bãi[ \n]+bỏ/iu.test(clause) || /(?<![\p{L}])[Bb]ãi[ ]+bỏ[^\n]{0,80}:[ ]*\n/u.test(before) || inRepealList(t, start) || REPEALED_AFTER.test(t.slice(tailEnd, tailEnd + 200));
}
const REPEALED_AFTER = /^[^.;:]{0,160}?(?<![\p{L}])(?:được|bị)[ \n]+bãi[ \n]+bỏ(?![\p{L}])/u;

const KIND_SLUG: Record<AmendedInTitle['kind'], string> = { law: 'luat', code: 'bo-luat', ordinance: 'phap-lenh' };
/** The laws an amending law's title names, with their spans in the original text and their ids (their own number when written). */
function titleAmendsOf(text: string, t: string, amended: readonly AmendedInTitle[], toOriginal: (s: number, e: number) => { start: number; end: number }): NonNullable<Citation['titleAmends']> {
  return amended.map((a) => {
    const o = toOriginal(a.start, a.end);
    const sym = a.numberAt === null ? null : symbolAt(t, a.numberAt)?.symbol;
    return { text: text.slice(o.start, o.end), start: o.start, end: o.end, id: sym ? `vn:${sym.canonical}` : `vn:${KIND_SLUG[a.kind]}:${slug(a.name)}` };
  });
}

/** The key of a law, code, ordinance or charter cited by name: "luat:tiep-cong-dan", "bo-luat:lao-dong", "hien-phap". */
function namedLawKey(n: NamedMention, type: string | null): string {
  const kind = n.type === 'Bộ luật' ? 'bo-luat' : n.type === 'Pháp lệnh' ? 'phap-lenh' : n.type === 'Hiến pháp' ? 'hien-phap' : type === 'Điều lệ' ? 'dieu-le' : 'luat';
  return kind === 'hien-phap' ? kind : `${kind}:${slug(n.name)}`;
}

/**
 * "Luật Đầu tư số 67/2014/QH13 … Luật Đầu tư": a name the document itself gives a number is that
 * number wherever the document uses the name (unless the year written with it differs, or the
 * document gives the name two numbers).
 */
function numberNamedLaws(mentions: readonly Mention[], ids: { parts: IdParts; warnings: string[] }[]): void {
  const numberOf = new Map<string, IdParts | null>();
  mentions.forEach((m, k) => {
    if (m.form !== 'law-with-number' || !m.lawKey) return;
    const parts = (ids[k] as { parts: IdParts }).parts;
    const seen = numberOf.get(m.lawKey);
    numberOf.set(m.lawKey, seen === undefined || (seen !== null && seen.key === parts.key) ? parts : null);
  });
  mentions.forEach((m, k) => {
    if (m.form !== 'named-law') return;
    const id = ids[k] as { parts: IdParts; warnings: string[] };
    const numbered = numberOf.get(id.parts.key);
    if (!numbered) return;
    const year = /\/((?:19|20)\d{2})\//.exec(numbered.key)?.[1];
    if (id.parts.scope !== null && year !== undefined && id.parts.scope !== year) return;
    ids[k] = { parts: { ...numbered }, warnings: [...id.warnings, 'named-law-numbered-in-document'] };
  });
}

/** R6 and §5.3.4: mentions of one symbol in one document are one document; share what any of them knows. */
function unifyWithinDocument(ids: IdParts[]): void {
  const best = new Map<string, IdParts>();
  for (const p of ids) {
    if (p.scheme === 'partial') continue;
    const k = `${p.scheme}:${p.key}`;
    const b = best.get(k);
    if (!b) best.set(k, { ...p });
    else {
      if ((isUnknownPlace(b.place) || b.place === null) && p.place && !isUnknownPlace(p.place)) b.place = p.place;
      if ((b.scope === '?' || b.scope === null) && p.scope && p.scope !== '?' && !/^\d{4}$/.test(p.key)) b.scope = p.scope;
    }
  }
  for (const p of ids) {
    const b = best.get(`${p.scheme}:${p.key}`);
    if (!b) continue;
    if (isUnknownPlace(p.place) && b.place && !isUnknownPlace(b.place)) p.place = b.place;
    if (p.scope === '?' && b.scope && b.scope !== '?') p.scope = b.scope;
  }
}

function withCellMarks(t: string, original: string, norm: NormalizedText): string {
  // (where normalization kept every offset, as it does for these one-for-one substitutions, a position maps to itself: no
  // per-mark lookup, which costs as much as the whole extraction on a text with thousands of dashes)
  const same = t.length === original.length;
  const marks: number[] = [];
  for (let o = 0; o < original.length; o++) {
    const c = original.charCodeAt(o);
    if (c !== 9 && c !== 0x2013 && c !== 0x2014) continue;
    const at = same ? o : norm.map.toTransformed(o, o + 1).start;
    if (t.charCodeAt(at) === (c === 9 ? 32 : 45)) marks.push(at, c);
  }
  if (marks.length === 0) return t;
  let out = '';
  let from = 0;
  for (let k = 0; k < marks.length; k += 2) {
    const at = marks[k] as number;
    out += t.slice(from, at) + String.fromCharCode(marks[k + 1] as number);
    from = at + 1;
  }
  return out + t.slice(from);
}

/**
 * Find every citation in `text`, with roles, relations, ids and self-mentions.
 * Never throws on any string input; offsets index `text` itself (UTF-16, end exclusive).
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return extractNormalized(normalizeText(text), options);
}

/**
 * The same on text already normalized, with an optional layout: the document reader
 * passes its own, so that relations use the zones it read.
 */
export function extractNormalized(norm: NormalizedText, options: ExtractOptions = {}, givenLayout?: Layout): ExtractResult {
  const opts = ExtractOptionsSchema.parse(options);
  const text = norm.original;
  // the text read for relations, with typing slips in operative phrases mended (same length: offsets hold)
  const t = mendTypos(norm.text);
  const layout = givenLayout ?? readLayout(t);
  // the columns of a table parted by tabs or dashes, which the matching text reads as spaces and hyphens (a table of amendments
  // is read by its cells)
  const rowsText = /[\t–—]/u.test(text) ? withCellMarks(t, text, norm) : t;
  const consumed = new Set<number>();
  const candidates = wordCandidates(t);
  const named = scanNamed(t, layout, consumed, candidates.named);
  const numbered = scanNumbered(t, layout, consumed, candidates.partial);
  const titled = scanTitled(t)
    .filter((n) => zoneAt(layout, n.start) !== 'recipients' && !quotesTurnedOut(text.slice(n.start, n.end)))
    .map((n): Mention => ({ start: n.start, end: n.end, after: n.end, kind: 'named', form: 'titled', typeWord: null, type: n.type, typeInherited: false, symbol: null, named: n, partialNumber: null, pinpoint: null, date: null, issuer: null, tailEnd: n.end, term: null, aliasRange: null, inAlias: false, warnings: [] }));
  const found = dropOverlaps([...definedShortNames(t, layout, numbered), ...serialShortNames(t, layout, numbered), ...named, ...numbered, ...titled, ...shortNumbers(t, layout, numbered)]);
  const mentions = dropOverlaps([...found, ...anaphoricMentions(t, layout, found)]);
  readTails(t, mentions);
  resolveTypes(t, mentions);
  shareCoordinatedDates(t, mentions);

  const roles = assignRoles(
    t,
    layout,
    mentions.map((m) => ({ start: m.start, end: m.end, tailEnd: m.tailEnd, type: m.type ?? '', inAlias: m.inAlias, titled: m.form === 'titled' })),
    rowsText,
  );

  // the document's own number and name: mentions of them are self-references, not citations
  const detectSelf = opts.detectSelf !== false;
  const ownNumber = opts.context?.number ? parseSymbol(opts.context.number)?.canonical ?? null : detectSelf ? layout.ownNumber : null;
  const ownTitleRaw = opts.context?.title ? opts.context.title.toLowerCase().replace(/^(bộ luật|luật)\s+/u, '') : detectSelf ? layout.ownTitle : null;
  const ownTitle = ownTitleRaw === null ? null : toOldStyleTone(ownTitleRaw);
  const ownLawSubject = ownTitleRaw === null ? null : slug(ownTitleRaw.replace(/^(?:pháp lệnh)\s+/u, ''));

  // the citing document's system, State or Party, when its own number says it
  const ownFamily = opts.context?.number ? parseSymbol(opts.context.number)?.family ?? null : null;
  const selfReferences: SelfReference[] = [];
  const toOriginal = (s: number, e: number): { start: number; end: number } => norm.map.toOriginal(s, e);
  const keep: number[] = [];
  // where this document names itself, in the normalized text: "… được sửa đổi, bổ sung bởi Nghị định số 128/2026/NĐ-CP"
  // (its own number) or "… tại khoản 2 Điều 1 Nghị định này" makes it the actor
  const selfStarts: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const isOwnNumber = ownNumber !== null && m.symbol !== null && m.symbol.canonical === ownNumber;
    // the law's own name, unless the mention dates it to another year ("Luật báo chí ngày 28 tháng 12 năm 1989" in the 2016 law)
    const ownYear = opts.context?.date ? Number(opts.context.date.slice(0, 4)) : null;
    const mentionYear = m.named?.year ?? (m.date ? Number(m.date.slice(0, 4)) : null);
    const isOwnTitle = ownTitle !== null && m.named !== null && m.named.form === 'named-law' && m.named.name.replace(/\s+/g, ' ') === ownTitle.replace(/\s+/g, ' ') && (mentionYear === null || ownYear === null || mentionYear === ownYear);
    if (isOwnNumber || isOwnTitle) {
      selfStarts.push(m.start);
      const o = toOriginal(m.start, m.end);
      selfReferences.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end, reason: isOwnNumber ? 'own-number' : 'own-title' });
    } else keep.push(i);
  }
  // indexOf skips ahead on the first character of its pattern: the frequent "n" of "này" makes it
  // stop everywhere, the rarer "à" of "ày" three times faster
  for (let i = t.indexOf('ày'); i >= 0; i = t.indexOf('ày', i + 2)) {
    // "Kế hoạch này", "Nghị định này": a type word right before "này"
    const at = i - 1;
    if (at < 0 || t.charCodeAt(at) !== 110) continue;
    if (at + 3 < t.length && isLetterCode(t.charCodeAt(at + 3))) continue;
    let p = at;
    while (p > 0 && t.charCodeAt(p - 1) === 32) p--;
    if (p > 0 && t.charCodeAt(p - 1) === 10) p--;
    while (p > 0 && t.charCodeAt(p - 1) === 32) p--;
    if (p === at) continue;
    const w = typeWordEndingAt(t, p);
    if (!w) continue;
    selfStarts.push(w.start);
    const o = toOriginal(w.start, at + 3);
    selfReferences.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end, reason: 'demonstrative' });
  }
  // a form annexed to this act cites the act with its serial left blank, the number it is about to get ("Thông tư
  // số …/2026/TT-BTC ngày …/…/2026" in the forms of 25/2026/TT-BTC): the same year, type and issuer as its own number
  if (ownNumber !== null) {
    const ownSuffix = ownNumber.slice(ownNumber.indexOf('/'));
    BLANK_NUMBER.lastIndex = 0;
    for (let b = BLANK_NUMBER.exec(t); b; b = BLANK_NUMBER.exec(t)) {
      const written = parseSymbol(`1${b[2] as string}`);
      if (!written || written.canonical.slice(written.canonical.indexOf('/')) !== ownSuffix) continue;
      // the digits filled in begin its own serial
      if (!ownNumber.slice(0, ownNumber.indexOf('/')).replace(/^0+/u, '').startsWith((b[1] as string).replace(/^0+/u, ''))) continue;
      let p = b.index;
      while (p > 0 && (t.charCodeAt(p - 1) === 32 || t.charCodeAt(p - 1) === 10)) p--;
      const w = typeWordEndingAt(t, p);
      if (!w) continue;
      selfStarts.push(w.start);
      const o = toOriginal(w.start, b.index + b[0].length);
      selfReferences.push({ text: text.slice(o.start, o.end), start: o.start, end: o.end, reason: 'own-number' });
    }
  }
  selfReferences.sort((a, b) => a.start - b.start);

  const idParts = keep.map((i) => idOf(mentions[i] as Mention, opts.context));
  numberNamedLaws(keep.map((i) => mentions[i] as Mention), idParts);
  unifyWithinDocument(idParts.map((r) => r.parts));

  const indexOf = new Map<number, number>(keep.map((mi, ci) => [mi, ci] as const));
  // the documents the text describes, somewhere, as amending another ("Quyết định số 38/2019/QĐ-TTg ngày … sửa đổi, bổ sung một
  // số điều của Quyết định số 60/2015/QĐ-TTg"): amending acts wherever they are named again
  const amendingActs = new Set(keep.flatMap((mi, ci) => (AMENDING_DESCRIPTION.test(t.slice((mentions[mi] as Mention).tailEnd, (mentions[mi] as Mention).tailEnd + 40)) ? [formatId((idParts[ci] as { parts: IdParts }).parts)] : [])));
  const citations: Citation[] = [];
  const aliases: Alias[] = [];
  // the end of each citation in the normalized text, for relations between two of them
  const normEnds: number[] = [];
  const normStarts: number[] = [];
  // where the paragraph of each citation's list starts: its own, or for an item that shares the verb of the item before, that
  // item's (a list wraps: "Thông tư này thay thế Thông tư số A …;\nThông tư số B …" puts B on a line, a paragraph, of its own)
  const listStarts: number[] = [];
  let prevTailEnd = 0;
  // whether the ended document at mention `mi` details or guides documents (its description says so) none of which this
  // one details or guides: it is no successor ("Nghị định số 09/2023/NĐ-CP … quy định chi tiết thi hành Nghị quyết số
  // 54/2022/QH15 …" ended by a decree detailing the Law on criminal judgment enforcement)
  // where the next document named as itself (not inside this one's description) starts: "Thông tư số A … hướng dẫn chế độ kế toán
  // và Thông tư số B … sửa đổi, bổ sung Thông tư số A hết hiệu lực": B's description says nothing of A
  const nextHeadStart = (mi: number): number => {
    for (let j = mi + 1; j < mentions.length; j++) if ((roles[j] as ReturnType<typeof assignRoles>[number]).role !== 'embedded') return (mentions[j] as Mention).start;
    return t.length;
  };
  // the reported act the mention before `ci` performs as an actor, recorded again with `ci` as a further actor when only a list's
  // separator lies between the two (and `ci` has no status phrase of its own, nor is a law named by its name after actors named by
  // their numbers: those are the next documents the sentence names); null otherwise
  const furtherActor = (ci: number, m: Mention): NonNullable<Citation['asserted']> | null => {
    const x = ci - 1;
    const before = citations[x];
    if (!before || before.role === 'embedded' || OWN_STATUS_AFTER.test(t.slice(m.end, m.end + 60))) return null;
    if (m.start - (normEnds[x] as number) > 300) return null;
    const gap = t.slice(normEnds[x] as number, m.start);
    if (!FURTHER_ACTOR_GAP.test(gap)) return null;
    if (NAMED_LAW.test(t.slice(m.start, m.end)) && !NAMED_LAW.test(t.slice(normStarts[x] as number, normEnds[x] as number))) return null;
    // (a list ends at its "và": a comma after an actor joined by "và" goes on to the next document of the sentence)
    if (x > 0 && gap.includes(',') && /(?<![\p{L}])và[ \n]+$/u.test(t.slice(normEnds[x - 1] as number, normStarts[x] as number))) return null;
    for (let y = x - 1; y >= 0 && (normStarts[x] as number) - (normEnds[y] as number) <= 1500; y--) {
      const c = citations[y] as Citation;
      const act = [c.asserted, ...(c.alsoAsserted ?? [])].find((a) => a !== null && a.subject === x);
      if (!act) continue;
      const further: NonNullable<Citation['asserted']> = { subject: ci, subjectId: '', relation: act.relation, trigger: act.trigger };
      c.alsoAsserted = [...(c.alsoAsserted ?? []), further];
      return further;
    }
    return null;
  };
  // the document whose quoted new wording names `m` in a sentence where that document guides it ("Nghị định này quy định chi tiết
  // …"): the nearest document of that type before the quote that this one amends; -1 otherwise
  const quotedGuidanceActor = (m: Mention): number => {
    const quote = sortedRangeAt(layout.quotedWordings, m.start);
    if (!quote) return -1;
    const self = THIS_GUIDES.exec(t.slice(Math.max(quote[0], m.start - 600), m.start));
    if (!self) return -1;
    // (a further object of the same guiding verb: see GUIDED_NEXT)
    const prior = citations[citations.length - 1];
    const priorGuide = prior && (normEnds[citations.length - 1] as number) >= quote[0] && prior.asserted?.trigger === QUOTED_GUIDANCE && GUIDED_NEXT.test(t.slice(prevTailEnd, m.start)) ? prior.asserted.subject : -1;
    if (priorGuide >= 0) return priorGuide;
    if (headRelation(t, layout, m.start, m.tailEnd, prevTailEnd, true) !== 'guides') return -1;
    const type = (self[1] as string).replace(/\s+/gu, ' ');
    const amended = new Set(citations.filter((c) => c.relation === 'amends' && c.role !== 'embedded').map((c) => c.id));
    for (let x = citations.length - 1; x >= 0 && quote[0] - (normEnds[x] as number) <= 8_000; x--) {
      const c = citations[x] as Citation;
      if ((normEnds[x] as number) <= quote[0] && c.type === type && amended.has(c.id)) return x;
    }
    return -1;
  };
  const guidesOtherThan = (mi: number): boolean => {
    const own = new Set(citations.filter((c) => c.relation === 'guides' && c.role === 'head').map((c) => c.id));
    if (own.size === 0) return false;
    const guided: string[] = [];
    for (let j = mi + 1; j < mentions.length && j <= mi + 6; j++) {
      const r = roles[j] as ReturnType<typeof assignRoles>[number];
      const cj = indexOf.get(j);
      if (r.role === 'embedded' && r.subject === mi && r.assertedRelation === 'guides' && cj !== undefined) guided.push(formatId((idParts[cj] as { parts: IdParts }).parts));
    }
    return guided.length > 0 && !guided.some((id) => own.has(id));
  };
  for (let ci = 0; ci < keep.length; ci++) {
    const mi = keep[ci] as number;
    const m = mentions[mi] as Mention;
    let role = roles[mi] as ReturnType<typeof assignRoles>[number];
    // "| 1 | Sửa đổi | khoản 2 Điều 5 | Quyết định số … |": a row of a table of this document's amendments
    const row = role.role !== 'embedded' && zoneAt(layout, m.start) === 'body' ? tableRowAct(rowsText, m.start) : null;
    let relation: Relation = role.role === 'embedded' ? 'cites' : row && (row.relation === 'cites' || actingDocument(t, layout)) ? row.relation : headRelation(t, layout, m.start, m.tailEnd, prevTailEnd);
    let across: Relation | null;
    // the second object of an amending act's description, inside a list's item: "b) Điều 2 Nghị định số A … sửa đổi, bổ sung một
    // số điều của Nghị định số B … và Nghị định số C …;" under "… hết hiệu lực …:" — C is what A amended, no item of the list (the
    // item is found over more lines than the sentence, at a narrow column)
    const before = citations[citations.length - 1];
    // (not an amending act itself, which the list names in parallel: "Pháp lệnh số B sửa đổi … của Pháp lệnh … năm 2002 và Pháp
    // lệnh số C sửa đổi, bổ sung … hết hiệu lực")
    if ((relation === 'repeals' || relation === 'replaces') && role.role !== 'embedded' && before?.role === 'embedded' && before.asserted?.relation === 'amends' && m.start - prevTailEnd <= 300 && DESCRIPTION_THEN_AND.test(t.slice(prevTailEnd, m.start)) && !amendingActs.has(formatId((idParts[ci] as { parts: IdParts }).parts))) relation = 'cites';
    // an item of a final clause that ends several documents, after the previous one's description ("2. Các Nghị định số
    // A …, Nghị định số B … sửa đổi … của Nghị định số A và Nghị định số C ngày … hết hiệu lực thi hành kể từ ngày …"): its
    // own item, even where "và" made it look like a second document of B's description
    if (relation === 'cites' && endingListItem(t, citations, normEnds, m)) {
      relation = 'repeals';
      role = { role: 'head', subject: null, assertedRelation: null, trigger: null };
    }
    // "Bãi bỏ các quy định tại Luật A; Luật B; Điều 1 của Luật C": the items of one list share its verb
    const prev = citations[citations.length - 1];
    const actOfItsOwn = relation !== 'cites';
    if (relation === 'cites' && role.role !== 'embedded' && prev && prev.role === 'head' && OPERATIVE_LIST.has(prev.relation) && (LIST_CONTINUATION.test(listGap(t, prevTailEnd, m)) || PLACES_CONTINUATION.test(listGap(t, prevTailEnd, m)))) relation = prev.relation;
    // "… theo quy định của Luật Bảo hiểm xã hội và Nghị định số 157/2025/NĐ-CP": the next object of a guiding verb, joined to the
    // one before by "và" or a comma alone, or with the places it is guided in (GUIDED_NEXT; the lists of the other acts are read
    // by their separators and descriptions below)
    else if (relation === 'cites' && role.role !== 'embedded' && prev && prev.role === 'head' && prev.relation === 'guides' && GUIDED_NEXT.test(t.slice(prevTailEnd, m.start))) relation = 'guides';
    // "… khoản 5 Điều 35 Luật Bảo hiểm y tế (được sửa đổi, bổ sung tại khoản 27 Điều 1 Luật số 51/2024/QH15 …), và khoản 3 Điều 59
    // Luật Việc làm": a parenthesis after an item, and the documents it names, part no items of the list
    else if (relation === 'cites' && role.role !== 'embedded' && (across = itemAcrossParenthesis(t, citations, normStarts, normEnds, m)) !== null) relation = across;
    // the next item after the previous one's description and a semicolon, or after the name given to it: "Nghị định này
    // quy định chi tiết … của Luật Bảo hiểm xã hội về …;\nđiểm 13 của Nghị quyết số …", "Bãi bỏ khoản 3 Điều 12 Thông tư số
    // A … quy định về …; khoản 1 Điều 3 Thông tư số B", "… Điều 11 của Luật Dẫn độ số … (sau đây gọi là Luật Dẫn độ); Điều
    // 10, Điều 11 của Luật …"
    else if (relation === 'cites' && role.role !== 'embedded' && describedItemOf(t, citations, normEnds, prevTailEnd, m) !== null) relation = describedItemOf(t, citations, normEnds, prevTailEnd, m) as Relation;
    else if (relation === 'cites' && role.role !== 'embedded') {
      // the name the first document is given on the way ("… (sau đây gọi tắt là Thông tư số 26/2016/TT-BLĐTBXH) và
      // Thông tư số 27/2016/TT-BLĐTBXH …") is part of its description
      let k = citations.length - 1 - (prev && ALIAS_OPENING.test(t.slice(Math.max(0, (normStarts[citations.length - 1] ?? 0) - 40), normStarts[citations.length - 1] ?? 0)) ? 1 : 0);
      // (over the documents an ended document's title names: "… Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A
      // và Phụ lục I của Thông tư số C")
      // (a document of another type when the title acts on it the same way: "Chính phủ ban hành Nghị quyết tạm ngưng hiệu lực Nghị
      // định số 46/2026/NĐ-CP … hướng dẫn thi hành Luật An toàn thực phẩm và Nghị quyết số 66.13/2026/NQ-CP …" under the title
      // "Tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP … và Nghị quyết số 66.13/2026/NQ-CP")
      const id = formatId((idParts[ci] as { parts: IdParts }).parts);
      const titleActsOn = (relation: Relation | undefined): boolean => citations.some((c, j) => c.id === id && c.relation === relation && c.role === 'head' && (normStarts[j] as number) >= layout.titleStart && (normStarts[j] as number) < layout.titleEnd);
      const last = k;
      while (k > 0 && k > last - 3 && citations[k]?.role === 'embedded') k--;
      if (k !== last && citations[k]?.relation !== 'replaces' && !titleActsOn(citations[k]?.relation)) k = last;
      const first = citations[k];
      const from = k === citations.length - 1 ? prevTailEnd : (normEnds[k] ?? 0);
      if (first && first.role === 'head' && (first.relation === 'amends' || first.relation === 'replaces' || first.relation === 'repeals' || first.relation === 'suspends') && (first.type === m.type || (PARTY_LIST_ENDS.has(first.relation) && first.family === 'party' && familyOf(m) === 'party') || titleActsOn(first.relation) || (first.relation === 'repeals' && m.type !== null && NORMATIVE_TYPES.has(m.type) && /(?<![\p{L}])và[ \n]*$/u.test(t.slice(from, m.start)) && /(?<![\p{L}])bãi[ \n]+bỏ(?![\p{L}])/iu.test(sentenceBefore(t, normStarts[k] as number)))) && m.start - from <= 700) {
        const gap = t.slice(from, m.start);
        // (an ended document's title may say what it amended: "… Thông tư số 25/2023/TT-BKHĐT … sửa đổi, bổ sung một số điều của
        // Thông tư số 03/2021/TT-BKHĐT và Phụ lục I của Thông tư số 31/2026/TT-BTC …")
        // (documents named in the plural take the next one after a comma: "bãi bỏ các Quyết định số A … ban hành Quy chế …,
        // Quyết định số B …")
        const plural = /(?<![\p{L}])các[ \n]+$/u.test(t.slice(Math.max(0, (normStarts[k] as number) - 8), normStarts[k] as number)) && PLURAL_NEXT.test(gap);
        if ((COORDINATED_AFTER_DESCRIPTION.test(gap) || plural) && !(first.relation === 'replaces' || first.relation === 'repeals' ? OWN_VERB_IN_ENDED_TITLE : OWN_VERB_IN_DESCRIPTION).test(gap.replace(ALIAS_CLAUSE, ' '))) relation = first.relation;
      }
    }
    // (a table read one cell a line: what stands before this row's number is the previous row's, its title and its other cells,
    // "… Chương II và Chương III về đào tạo lái xe\n2\nThông tư số 29/2015/TT-BGTVT …")
    const scopeFrom = ROW_NUMBER_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) ? Math.max(prevTailEnd, m.start - 1) : prevTailEnd;
    // an annex that lists what this text repeals says "bãi bỏ": never a succession
    const annexRepeal = relation === 'repeals' && role.role !== 'embedded' ? repealAnnexAt(t, layout, m.start) : null;
    // a law that ends the law of its own name replaces it ("Luật Tố cáo số 03/2011/QH13 hết hiệu lực" in the Luật Tố cáo of 2018)
    // a law named by its number only ("Pháp lệnh số 26/2005/PL-UBTVQH11") bears the name the registry gives it
    const lawKey = lawKeyOf(m);
    // and a law that ends ("… hết hiệu lực", not "bãi bỏ") a law on the same subject succeeds it: "Luật bảo vệ, chăm sóc và
    // giáo dục trẻ em" in the Luật Trẻ em, the Pháp lệnh giám định tư pháp in the Luật Giám định tư pháp
    // (a law whose own subject is not known, its title not in the text read, succeeds the one law not amending that its clause
    // ends: "Luật Chứng khoán số 70/2006/QH11 và Luật số 62/2010/QH12 sửa đổi … hết hiệu lực" in an effect article read alone)
    if (relation === 'repeals' && annexRepeal === null && lawKey !== undefined && (ownLawSubject !== null ? (opts.context?.type === undefined || LAW_TYPES.has(opts.context.type) || opts.context.type === 'Văn bản hợp nhất') && succeeds(lawKey.replace(/^[a-z-]+:/, ''), ownLawSubject, opts.context?.type, sameSentenceLaws(t, mentions, m, ownNumber)) : opts.context?.type !== undefined && LAW_TYPES.has(opts.context.type) && m.type !== null && LAW_TYPES.has(m.type) && soleUnamendingLaw(lawKey.replace(/^[a-z-]+:/, ''), sameSentenceLaws(t, mentions, m, ownNumber))) && !endedByRepeal(t, m.start, m.tailEnd)) relation = 'replaces';
    // a document that ends ("… hết hiệu lực") one of its own type, not by "bãi bỏ" and not an amending act, succeeds it
    // (laws go by their names, above: a law ends parts of laws of other names as often as it succeeds one)
    else if (relation === 'repeals' && annexRepeal === null && opts.context?.type && m.type && succeedsByType(m.type, m.symbol, opts.context.type) && !LAW_TYPES.has(m.type) && !REPEALED_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 200)) && !/bãi[ \n]+bỏ|chấm[ \n]+dứt[ \n]+hiệu[ \n]+lực[^.;]{0,120}$|h(?:ủy|uỷ)[ \n]+bỏ[^.;]{0,120}$|(?<![\p{L}])thu[ \n]+hồi(?![\p{L}])/iu.test(sentenceBefore(t, m.start)) && !inRepealList(t, m.start) && row === null && itemActs(t, layout, m.start, m.tailEnd) === null && !/(?:sửa[ \n]+đổi|bổ[ \n]+sung)/u.test(t.slice(m.start, m.end)) && !/^[^.;\n]{0,160}(?:sửa[ \n]+đổi|bổ[ \n]+sung)/u.test(t.slice(m.end, Math.min(m.end + 200, nextHeadStart(mi))).replace(STATUS_AMENDED, (x) => ' '.repeat(x.length))) && !guidesOtherThan(mi)) relation = 'replaces';
    // an amending act is repealed with its base, never succeeded
    // (unless the text says "thay thế" of it: "Luật này thay thế Luật … 1981 và Luật sửa đổi, bổ sung … 1990")
    // (an amending act by its number is one whose description opens with the verb: "Thông tư số 21/2020/TT-BLĐTBXH ngày … của
    // Bộ trưởng … sửa đổi,\nbổ sung một số điều của Thông tư số 08/2017/TT-BLĐTBXH")
    // (or one the text described so where it first named it: "4. Quyết định số 60/2015/QĐ-TTg và Quyết định số 38/2019/QĐ-TTg
    // hết hiệu lực …", 38/2019 described before as amending 60/2015)
    // (an item that took its act from the item before opens no list: "… thay thế Thông tư số A …;\nThông tư số B …")
    const listFrom = (): number => (!actOfItsOwn && prev && prev.relation === relation ? Math.min(paragraphStart(layout, m.start), listStarts[citations.length - 1] as number) : paragraphStart(layout, m.start));
    if (relation === 'replaces' && (/sửa[ \n]+đổi/u.test(t.slice(m.start, m.end)) || ((AMENDING_DESCRIPTION.test(t.slice(m.tailEnd, m.tailEnd + 40)) || amendingActs.has(formatId((idParts[ci] as { parts: IdParts }).parts))) && !/(?<![\p{L}])thay[ \n]+thế(?![\p{L}])/iu.test(t.slice(Math.max(listFrom(), m.start - 400), m.start)))) && !saysReplaced(t, m.start)) relation = 'repeals';
    // a programme cited by its title is carried out, not detailed: what guides it guides the decision that approved it
    // ("Thông tư này hướng dẫn một số nội dung thực hiện … thuộc Chương trình mục tiêu quốc gia … quy định tại Quyết định số
    // 90/QĐ-TTg … phê duyệt Chương trình …")
    if (relation === 'guides' && m.form === 'titled') relation = 'cites';
    // a decree, a circular or a decision cannot repeal, replace or amend a law: "… đến khi Luật Việc làm số 38/2013/QH13
    // hết hiệu lực" in a decree is a condition, whatever the words around it
    // (nor a resolution of the National Assembly or its Standing Committee: "… có hiệu lực … đến ngày các quy định … tại Nghị quyết
    // số 29/2026/QH16 hết hiệu lực thi hành" in a decree)
    if ((relation === 'repeals' || relation === 'replaces' || relation === 'amends') && (LAW_TYPES.has(m.type ?? '') || (m.type === 'Nghị quyết' && m.symbol !== undefined && m.symbol !== null && LEGISLATIVE_RESOLUTION.test(m.symbol.canonical))) && belowLaw(opts.context)) relation = 'cites';
    // a circular amends, repeals, replaces or suspends no decree, which outranks it ("a) Thông tư số 21/2007/TT-BLĐTBXH … hướng
    // dẫn chi tiết một số điều của Luật … và Nghị định số 126/2007/NĐ-CP …" in a list of the documents a circular ends: the decree is
    // in the ended circular's title)
    if (ACTING_RELATIONS.has(relation) && m.type === 'Nghị định' && (opts.context?.type === 'Thông tư' || opts.context?.type === 'Thông tư liên tịch')) relation = 'cites';
    // a province's, a district's or a commune's document acts on no central one: a decree, a Prime Minister's decision, a circular,
    // a law or a resolution of the Government or the National Assembly ("Bổ sung khoản 4 Điều 5 Nghị định nêu trên vào căn cứ áp
    // dụng" in a provincial decision)
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && ownNumber !== null && LOCAL_SYMBOL.test(ownNumber) && m.symbol && CENTRAL_SYMBOL.test(m.symbol.canonical)) relation = 'cites';
    // an administrative letter is no legal act: it replaces or amends another letter, never a decision, a circular or a decree
    // ("2. Sửa đổi, bổ sung điểm c khoản 2 Điều 2 Quyết định số 118/TTg:" in a tax office's letter quotes the decision that did);
    // it may still correct a slip in its issuer's document (the older practice of a ministry's letter "đính chính Thông tư số …")
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && opts.context?.type !== undefined && LETTERS.has(opts.context.type) && !LETTER_TARGETS.has(m.type ?? '')) relation = 'cites';
    if (ACTING_RELATIONS.has(relation) && relation !== 'corrects' && relation !== 'guides' && opts.context?.type !== undefined && PLANS.has(opts.context.type) && m.type !== null && !PLAN_TARGETS.has(m.type)) relation = 'cites';
    // a State act amends, repeals, replaces or suspends no Party document, nor the reverse: the two systems are apart ("Cập nhật,
    // bổ sung … Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" in a
    // Government resolution amends the programme, the Party's resolution is what it carries out)
    if (ACTING_RELATIONS.has(relation) && ownFamily !== null && familyOf(m) !== ownFamily) relation = 'cites';
    // a submission or a report proposes and reports; it amends, repeals, replaces or suspends nothing ("Ngày 08/10/2024,
    // Chính phủ ban hành Nghị định số 126/2024/NĐ-CP …, thay thế Nghị định số … và Nghị định số …" in a tờ trình)
    // (what it reports of a document named before in the sentence is that document's act, asserted by it)
    let reported: { subject: number; relation: Relation } | null = null;
    if (ACTING_RELATIONS.has(relation) && opts.context?.type && NON_ACTING.has(opts.context.type)) {
      for (let x = citations.length - 1; x >= 0; x--) {
        const prior = citations[x] as Citation;
        if (prior.role !== 'head') continue;
        if (!/[.;:][ \n]|\n[ ]*\n/u.test(t.slice(normEnds[x] as number, m.start)) && m.start - (normEnds[x] as number) <= 600) reported = { subject: x, relation };
        break;
      }
      relation = 'cites';
    }
    // a quoted new wording of a provision of the document this one amends speaks of that document as "… này" ("Điều 1. Sửa đổi,
    // bổ sung Điều 1\n“Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định chi tiết … của Luật Khiếu nại”"): the guidance it
    // states is the amended document's, reported
    const guidedInQuote = reported === null && relation === 'cites' && role.role !== 'embedded' ? quotedGuidanceActor(m) : -1;
    // an item of an annex listing documents repealed in part ("DANH MỤC … BÃI BỎ MỘT PHẦN")
    const annexPart = relation === 'repeals' && annexRepeal === 'part';
    let scope: ActScope | null = annexPart ? { whole: false, part: null } : role.role === 'embedded' ? null : operativeScope(t, layout, reported ? reported.relation : relation, m.start, scopeFrom, m.pinpoint?.text ?? null);
    // "… hết hiệu lực …, trừ Điều 75" ends the whole document but keeps provisions in force for everyone ("trừ trường
    // hợp quy định tại Điều 115" keeps pending cases only, and keeps nothing)
    // (the next sentence keeps provisions of this document only when it names it: "Đối với các quy định tại Điều 5 Nghị định số
    // 88/2020/NĐ-CP tiếp tục …" keeps another decree's)
    const keptNext = scope?.whole && (relation === 'repeals' || relation === 'replaces') ? KEPT_NEXT_SENTENCE.exec(t.slice(m.tailEnd, m.tailEnd + 900)) : null;
    const kept = scope?.whole && (relation === 'repeals' || relation === 'replaces') ? (KEPT_PROVISIONS.exec(t.slice(m.tailEnd, m.tailEnd + 700)) ?? KEPT_RIGHT_AFTER.exec(t.slice(m.tailEnd, m.tailEnd + 500)) ?? (keptNext && m.symbol !== null && (keptNext[1] as string).replace(/\s+/gu, '').includes(m.symbol.canonical) ? keptNext : null)) : null;
    if (kept) {
      scope = { whole: true, part: null, kept: (kept[1] ?? kept[2] ?? '').replace(/\s+/g, ' ').trim() };
    }
    // a matter taken out of the document's reach is a part of it ("… không áp dụng với tương trợ tư pháp về dân sự kể từ ngày …")
    // (never a succession: the document stays for the other matters)
    if ((relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' && DISAPPLIED_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 600)) && !endedAfterItems(t.slice(m.tailEnd, m.tailEnd + 960))) {
      relation = 'repeals';
      scope = { whole: false, part: (/không[ \n]+(?:còn[ \n]+)?(?:được[ \n]+)?áp[ \n]+dụng[ \n]+(?:đối[ \n]+)?với[^.;]{1,200}?(?=[ \n]+(?:kể[ \n]+)?từ[ \n]+(?:ngày|khi))/u.exec(t.slice(m.tailEnd, m.tailEnd + 600))?.[0] ?? '').replace(/\s+/g, ' ') };
    }
    // replacing a part is amending it ("thay thế Phụ lục II"); ending a part is repealing it
    // (the verb is looked for in the sentence, as far back as the relation was: "1. Thay thế cụm từ “…” bằng cụm từ “…” tại
    // Điều 1, khoản 4 Điều 4, tên Chương II Thông tư số …")
    // (unless this act takes the place of the provisions, which stay in no new wording: "Thông tư này có hiệu lực … và thay
    // thế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số …", a replacement of that part)
    // the items of a clause in which this act takes the place of provisions ("Thông tư này … thay thế nội dung về đầu tư ra
    // nước ngoài quy định tại Thông tư số A …; Thông tư số B … và Phụ lục I của Thông tư số C") are those provisions, each a part
    if (relation === 'replaces' && scope?.whole && role.role !== 'embedded' && prev?.relation === 'replaces' && prev.scope && !prev.scope.whole && SELF_REPLACES_PROVISIONS.test(t.slice(Math.max(0, m.start - 900), m.start).split(/\.[ \n]|\n[ ]*\n/u).pop() ?? '')) scope = { whole: false, part: null };
    if (relation === 'replaces' && scope && !scope.whole) {
      const sentence = t.slice(Math.max(0, m.start - 900), m.start).split(/\.[ \n]|\n[ ]*\n/u).pop() ?? '';
      // ("Áp dụng quy định tại Điều 15 Nghị định này thay cho quy định tại Điều 10 Nghị định số …" replaces that part too)
      const replacedHere = /(?<![\p{L}])thay[ \n]+(?:thế|cho)(?![\p{L}])/iu.test(sentence);
      if (!(replacedHere && SELF_REPLACES_PROVISIONS.test(sentence) && !/^[^.;]{0,300}?(?<![\p{L}])bằng(?![\p{L}])/u.test(t.slice(m.end, m.end + 300)))) {
        relation = replacedHere ? 'amends' : 'repeals';
        scope = operativeScope(t, layout, relation, m.start, scopeFrom, m.pinpoint?.text ?? null);
      }
    }
    // "… được bãi bỏ một phần như sau:" after the document: a part, whose places the items give
    if ((relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' && PART_ENDED_AFTER.test(t.slice(m.tailEnd, m.tailEnd + 420))) scope = { whole: false, part: 'một phần' };
    // "3. Đối với Luật dạy nghề số …, Chương IX … chấm dứt hiệu lực …": the places named after it
    const forPlaces = (relation === 'repeals' || relation === 'replaces') && scope?.whole && role.role !== 'embedded' ? placesAfterForDocument(t, layout, m.start, m.tailEnd) : null;
    if (forPlaces !== null) {
      relation = 'repeals';
      scope = { whole: false, part: forPlaces };
    }
    // "một số điều", "các quy định sau đây", "một phần": the places are named after the mention (the chapeau's items, "cụ thể: …")
    if (scope && !scope.whole && scope.part && role.role !== 'embedded') {
      const named = partNamedAfter(t, layout, m.start, m.tailEnd, scope.part);
      if (named) scope = { ...scope, part: named.length > 400 ? `${named.slice(0, 399)}…` : named };
    }
    let alsoActs = role.role === 'embedded' || !scope || scope.whole ? [] : secondaryActs(t, layout, relation, m.start, m.tailEnd, scopeFrom);
    // a table row's act touches the places its cells name, or the whole (a part named by the head alone has no places)
    if (row && relation === row.relation && relation !== 'cites' && role.role !== 'embedded') {
      scope = row.part === null ? { whole: true, part: null } : { whole: false, part: row.part === '' ? null : row.part };
      alsoActs = [];
    }
    // (a list headed "Bãi bỏ một phần các Quyết định sau:" ends parts of its items, whatever they name)
    // (an item that says it repeals the whole stays whole, before the mention or after it: "Điều 2. Bãi bỏ một phần, bãi bỏ toàn
    // bộ Thông tư …\n1. Bãi bỏ toàn bộ Thông tư số 55/2015/TT-BLĐTBXH …")
    if (relation === 'repeals' && scope?.whole && role.role !== 'embedded' && listHeadSaysPart(t, m.start) && !/^[^\n]{0,400}?(?<![\p{L}])toàn[ \n]+bộ(?![\p{L}])/iu.test(t.slice(m.tailEnd, m.tailEnd + 420)) && !/(?<![\p{L}])toàn[ \n]+bộ[ \n]+$/iu.test(t.slice(Math.max(0, m.start - 12), m.start))) scope = { whole: false, part: null };
    // an item of a list that says what it does to the document it opens with, after a colon: the places of each act
    const acted = relation === 'amends' || relation === 'repeals' ? relation : null;
    const itemized = role.role !== 'embedded' && acted !== null ? itemActs(t, layout, m.start, m.tailEnd) : null;
    if (itemized && acted !== null && (itemized[acted].length > 0 || (acted === 'repeals' && itemized.whole && itemized.amends.length === 0))) {
      const other = acted === 'amends' ? 'repeals' : 'amends';
      scope = itemized[acted].length > 0 ? { whole: false, part: itemized[acted].join('; ') } : { whole: true, part: null };
      alsoActs = itemized[other].length > 0 ? [{ relation: other, scope: { whole: false, part: itemized[other].join('; ') } }] : [];
    } else if (itemized && acted !== null && itemized.places.length > 0 && itemized.amends.length + itemized.repeals.length === 0 && scope !== null) {
      // (the places alone: the head's act touches them)
      scope = { whole: false, part: itemized.places.join('; ') };
    }
    // "<document> … Được bãi bỏ bởi <this mention>": this one acts on the document named before the phrase
    const listedOrNot = role.role === 'embedded' ? null : passiveAct(t, layout, m.start);
    // (a further item of an actors' list that has a status phrase of its own is the next document the sentence names, not a
    // further actor: "… theo Luật số 21/2017/QH14, Luật Hải quan số 54/2014/QH13 đã được sửa đổi, bổ sung một số điều theo …")
    // (nor is a law named by its name after a comma, when the actors before it are named by their numbers: "… theo Luật số
    // 31/2009/QH12, Luật Quảng cáo số 16/2012/QH13, Luật Xây dựng số 50/2014/QH13 đã được …" lists the laws a formula amends)
    const namedAfterComma = listedOrNot?.listed === true && NAMED_LAW.test(t.slice(m.start, m.end)) && /,[ \n]*$/u.test(t.slice(Math.max(0, m.start - 4), m.start));
    const passive = listedOrNot?.listed && (OWN_STATUS_AFTER.test(t.slice(m.end, m.end + 60)) || namedAfterComma) ? null : listedOrNot;
    // a further actor of a list of any length or wording, read from the mention before it rather than from the phrase: "… sửa đổi bổ
    // sung bởi Nghị định số A, Nghị định số B, Nghị định số C (sau đây …)", a law's thirteen amending laws in its effect article
    const further = listedOrNot === null && role.role !== 'embedded' ? furtherActor(ci, m) : null;
    if (further && relation === further.relation) {
      relation = 'cites';
      scope = null;
      alsoActs = [];
    }
    // the actor of a reported act is cited by the text that reports it, not acted on ("- Văn bản ngưng hiệu lực toàn bộ
    // trong khoảng thời gian xác định: Thông tư số 16/2022/TT-BKHĐT …")
    if (passive && relation === passive.relation) {
      relation = 'cites';
      scope = null;
      alsoActs = [];
    }
    if (passive) {
      let passedHigher = false;
      // a status phrase over the list of its actors ("…, được sửa đổi, bổ sung bởi:\n1. Thông tư số …", a consolidated text's header)
      // is about the last document named at a line's start before it, whatever that document's title names before the phrase ("Thông tư liên tịch
      // số A … hướng dẫn … theo Quyết định số B …, có hiệu lực …, được sửa đổi, bổ sung bởi:" — A was amended, not B)
      // (not a row's label of the same words, "- Văn bản bãi bỏ một phần:\nNghị định số …" in a list of expired documents)
      const overList = /^(?:đã[ \n]+)?(?:được|bị)[ \n][^]*:[ \t]*\n[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?$/u.test(t.slice(passive.phraseStart, m.start));
      let opening = -1;
      if (overList) for (let x = citations.length - 1; x >= 0 && opening < 0; x--) {
        const at = normStarts[x] as number;
        if ((normEnds[x] as number) > passive.phraseStart) continue;
        if (passive.phraseStart - at > 1500) break;
        if ((citations[x] as Citation).role === 'head' && /(?:^|\n)[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•][ \t]*)?$/u.test(t.slice(Math.max(0, at - 12), at))) opening = x;
      }
      for (let x = citations.length - 1; x >= 0; x--) {
        const end = normEnds[x] as number;
        if (end > passive.phraseStart) continue;
        if (opening >= 0 && x > opening) continue;
        const prior = citations[x] as Citation;
        // a document or programme the row's first one describes ("sửa đổi, bổ sung Điều 1 của Thông tư số 09/2022/…",
        // "… thuộc Chương trình mục tiêu quốc gia …") is not the one acted on
        // (unless the amended document of the description carries the phrase on in its own title, no comma or stop between:
        // "Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A … quy định … chứng khoán khác được sửa đổi, bổ sung bởi
        // Thông tư số C" — C amended A; ", đã được sửa đổi …" after a description goes back to the head)
        // (so does the law a decree's title details, when the actor is of its kind: "Nghị định số 85/2024/NĐ-CP … quy định chi tiết
        // một số điều của Luật Giá số 16/2023/QH15 được sửa đổi, bổ sung bởi Luật số 44/2024/QH15, …" — the laws amended the law)
        const describedKind = prior.asserted?.relation === 'amends' || (prior.asserted?.relation === 'guides' && (prior.type === m.type || (LAW_TYPES.has(prior.type) && LAW_TYPES.has(m.type ?? ''))));
        // (a phrase that opens a line with its capital is the row's own status line: "… sửa đổi, bổ sung một số điều của Thông tư số
        // 08/2017/TT-BLĐTBXH … giáo dục nghề nghiệp\nĐược thay thế bởi Thông tư số 05/2024/TT-BLĐTBXH" replaced the row's document)
        const between = t.slice(end, passive.phraseStart);
        const opensLine = /\n[ \t]*$/u.test(between) && /^\p{Lu}/u.test(t.charAt(passive.phraseStart));
        // (a capital after a line that ends with a preposition is the description wrapped, "… ngày 14/5/2016 của\nChính phủ quy định
        // chi tiết …", not the next row)
        const carriedOn = prior.role === 'embedded' && describedKind && !opensLine && !/[.;:|]|,[ \n]*$|\n[ \t]*[-+•|]|(?<!(?:^|[^\p{L}])(?:của|và|về|tại|theo|do|cho|với)[ \t]*)\n[ \t]*\p{Lu}/u.test(between);
        if ((prior.role === 'embedded' && !carriedOn) || prior.form === 'titled') continue;
        // (no document reports its own act on itself: the same document named twice is one, not actor and object)
        if (prior.id === formatId((idParts[ci] as { parts: IdParts }).parts)) break;
        // (nor acts on one of higher rank: that one is in the description of the document acted on, which comes before it, of
        // the actor's rank — "Thông tư\n31/2016/TT-BLĐTBXH …\nHướng dẫn một số nội dung của Nghị định số 55/2015/NĐ-CP\nĐược bãi bỏ
        // bởi Thông tư số 06/2024/TT-BLĐTBXH" in a list of expired documents; passed once, and only to one of the actor's rank)
        if (outranked(passive.relation, m.type, prior.type)) {
          if (passedHigher) break;
          passedHigher = true;
          continue;
        }
        if (passedHigher && !sameRank(m.type, prior.type)) break;
        // (a document named as the standard something follows is not what the phrase is about: "Hồ sơ theo Thông tư số A được bổ
        // sung theo quy định tại khoản 2 Điều 5 Nghị định số B" — the dossier is)
        // (only where the phrase follows provisions, "theo quy định tại khoản 2 Điều 5 …": "theo Nghị định số A đã được sửa đổi, bổ sung
        // bởi Nghị định số B" is about A)
        if (/(?<![\p{L}])(?<!kèm[ \n]+)theo[ \n]+$/u.test(t.slice(Math.max(0, (normStarts[x] as number) - 16), normStarts[x] as number)) && FOLLOWS_PROVISIONS.test(t.slice(passive.phraseStart, m.start))) break;
        // the row's own status line ("- Hết hiệu lực một phần.") ends no sentence of the row; a sentence that ends (a quoted wording's
        // stop included) or a numbered item that starts between them does: "… Luật số 07/2022/QH15.”\n2. Sửa đổi, bổ sung Điều 6 đã được
        // sửa đổi, bổ sung theo …" reports an act on a provision of the amended document, not on that law; nor across a footnote's
        // number ("… Thông tư số A …\n13 Mẫu số 2 được bãi bỏ theo …": the footnote's provision is the consolidated text's own)
        // (a further actor of the same phrase, "… theo Luật số A và Luật số B", reports a further act: A's was recorded first)
        const sameAsserted = prior.asserted !== null && prior.asserted.relation === passive.relation && (normStarts[prior.asserted.subject] ?? -1) >= passive.phraseStart;
        // (the row's title may end with its stop before the status line: "… cho người lao động\nbị thu hồi đất.\nĐược thay thế bởi …")
        const rowTitle = opensLine && /^(?:Được|Bị)[ \n]/u.test(t.slice(passive.phraseStart, passive.phraseStart + 5)) ? between.replace(/\.[ \t]*\n[ \t]*$/u, '\n') : between;
        if (passive.phraseStart - end <= 800 && (prior.asserted === null || sameAsserted || carriedOn || prior.asserted.trigger === QUOTED_GUIDANCE) && !SUBJECT_BREAK.test(rowTitle.replace(ROW_STATUS, ' '))) {
          // a list row gives the day the act took effect on a line of its own after the actor ("05/6/2024")
          const day = ROW_DATE.exec(t.slice(m.end, m.end + 600));
          const effective = day ? isoDay(Number(day[1]), Number(day[2]), Number(day[3])) : null;
          // a reported ending by a document of the ended one's kind succeeds it, as an outgoing one does: a law of the same name,
          // a document of the same type ("Luật Đấu thầu số 43/2013/QH13 đã hết hiệu lực theo … Luật Đấu thầu số 22/2023/QH15")
          let reportedRelation = passive.relation;
          let endingPart = passive.part;
          if (passive.ending) {
            // (a decision that publishes the list of expired documents ended nothing: "đã hết hiệu lực theo Quyết định số … công bố
            // danh mục văn bản hết hiệu lực"; nor did the law on legal documents a lapsed decree's ending is "theo": "… hết hiệu lực
            // theo quy định tại khoản 2 Điều 154 Luật Ban hành văn bản quy phạm pháp luật")
            if (/^[^.;]{0,200}?công[ \n]+bố/u.test(t.slice(m.end, m.end + 220)) || /ban[ \n]+hành[ \n]+văn[ \n]+bản[ \n]+quy[ \n]+phạm[ \n]+pháp[ \n]+luật/iu.test(t.slice(m.start, m.end))) break;
            // the ended document must be what the sentence is about, and the sentence must say the ending happened: not a licence
            // issued under it ("Giấy phép được cấp theo Thông tư số … hết hiệu lực theo …"), a case ("Trường hợp …", "Khi …") or a
            // negation ("chưa / không hết hiệu lực")
            const priorStart = normStarts[x] as number;
            const sentenceFrom = Math.max(0, t.lastIndexOf('\n\n', priorStart), ...['. ', '.\n', '; ', ';\n', ': ', ':\n'].map((b) => t.lastIndexOf(b, priorStart)));
            const lead = t.slice(Math.max(sentenceFrom, priorStart - 300), priorStart).replace(/^[.;:]/u, '');
            // (places of it named first end a part: "Khoản 2 Điều 5 Thông tư số … đã hết hiệu lực theo …")
            if (/(?<![\p{L}])(?:[Đđ]iều|[Kk]hoản|[Đđ]iểm|[Pp]hụ[ \n]+lục|[Mm]ục|[Cc]hương)[ \n]+[\dA-Za-zđĐ]/u.test(lead)) endingPart = true;
            if (!ENDED_SUBJECT_LEAD.test(lead) || /(?<![\p{L}])(?:chưa|không|sẽ|nếu|khi|thì)[ \n]+(?:đã[ \n]+)?$/iu.test(t.slice(Math.max(0, passive.phraseStart - 20), passive.phraseStart))) break;
            const [a, b] = [lawSubjectOf(prior.text), lawSubjectOf(t.slice(m.start, m.end))];
            const laws = LAW_TYPES.has(prior.type ?? '') && LAW_TYPES.has(m.type ?? '');
            // (a partial ending is never a succession)
            if (!endingPart && (laws ? a !== null && b !== null && sameLawSubject(a, b) : m.type !== null && prior.type !== null && succeedsByType(prior.type, null, m.type))) reportedRelation = 'replaces';
            // the ending is the actor's: the document that reports it does not end the document too ("2. Nghị định số A hết hiệu lực
            // theo quy định tại Nghị định số B")
            if (prior.role === 'head' && (prior.relation === 'repeals' || prior.relation === 'replaces')) prior.relation = 'cites';
          }
          const act = { subject: ci, subjectId: '', relation: reportedRelation, trigger: norm.text.slice(passive.phraseStart, m.start).trim(), ...(effective ? { effective } : {}) };
          if (prior.asserted === null) {
            prior.asserted = act;
            // (the scope is the reported act's when the document has none of its own: "Bãi bỏ Quyết định số A …, sửa đổi, bổ sung bởi
            // Quyết định số B" keeps A repealed whole)
            if (!passive.status && !ACTING_RELATIONS.has(prior.relation)) prior.scope = { whole: !endingPart, part: null };
          } else prior.alsoAsserted = [...(prior.alsoAsserted ?? []), act];
          // (a document joined to it by "và" with places of its own is acted on alike: "… Mục 2, Điều 9, Điều 11 Thông tư số
          // 26/2016/TT-BLĐTBXH và Mục 2, Điều 11, …, Điều 22 Thông tư số 27/2016/TT-BLĐTBXH thì được viện dẫn theo các nội dung tương
          // ứng đã được sửa đổi, bổ sung tại Thông tư số 06/2024/TT-BLĐTBXH")
          const joined = x > 0 ? (citations[x - 1] as Citation) : undefined;
          if (joined && passive.status && joined.role !== 'embedded' && joined.id !== prior.id && joined.asserted === null && AND_WITH_PLACES_BETWEEN.test(t.slice(normEnds[x - 1] as number, normStarts[x] as number))) joined.asserted = { ...act };
        }
        break;
      }
    }
    // a document named inside a phrase being replaced or struck out ("thay thế cụm từ “Luật Sở hữu trí tuệ số …” bằng cụm từ
    // “…” tại Mẫu số 13 Phụ lục III ban hành kèm theo Nghị định số …") is a word of the phrase: the clause runs on over it
    if (!QUOTED_PHRASE_BEFORE.test(t.slice(Math.max(0, m.start - 220), m.start))) prevTailEnd = m.tailEnd;
    normEnds.push(m.end);
    normStarts.push(m.start);
    listStarts.push(listFrom());
    const { parts, warnings: idWarnings } = idParts[ci] as { parts: IdParts; warnings: string[] };
    const id = formatId(parts);
    const o = toOriginal(m.start, m.end);
    const sym = m.symbol;
    const year = sym?.year ?? m.named?.year ?? (m.date ? Number(m.date.slice(0, 4)) : null);
    const warnings = [...m.warnings, ...idWarnings];
    if (sym?.year != null && m.date && Number(m.date.slice(0, 4)) !== sym.year) warnings.push('date-year-differs-from-number');
    const subjectIndex = role.subject !== null ? indexOf.get(role.subject) : undefined;
    const asserted =
      role.role === 'embedded' && subjectIndex !== undefined && role.assertedRelation
        ? { subject: subjectIndex, subjectId: '', relation: role.assertedRelation, trigger: role.trigger ?? '' }
        : reported
          ? { subject: reported.subject, subjectId: '', relation: reported.relation, trigger: '' }
          : guidedInQuote >= 0
            ? { subject: guidedInQuote, subjectId: '', relation: 'guides' as const, trigger: QUOTED_GUIDANCE }
            : null;
    let term = m.term;
    if (!term && parts.scheme === 'dang' && parts.scope && parts.scope !== '?') term = parts.scope;
    const contextDependent = isContextDependent(parts) || m.form === 'partial' || (m.kind === 'named' && CONTEXT_DEPENDENT_NAMED.has(m.type ?? '') && parts.scope === null);
    citations.push({
      text: text.slice(o.start, o.end),
      start: o.start,
      end: o.end,
      kind: m.kind,
      form: m.form,
      number: sym ? sym.written : m.partialNumber,
      type: m.type ?? 'Công văn',
      typeCode: sym?.typeCode ?? (m.partialNumber !== null ? TYPE_WORDS.find((x) => x.name === m.type)?.code ?? null : null),
      issuerCode: sym?.issuerCodes[0] ?? null,
      issuer: m.issuer,
      family: familyOf(m),
      year,
      date: m.date,
      term,
      relation,
      role: role.role,
      asserted,
      pinpoint: m.pinpoint ? { text: m.pinpoint.text, article: m.pinpoint.article, clause: m.pinpoint.clause, point: m.pinpoint.point } : null,
      scope,
      ...(alsoActs.length > 0 ? { alsoActs } : {}),
      ...(m.titleAmends ? { titleAmends: titleAmendsOf(text, t, m.titleAmends, toOriginal) } : {}),
      ...(actEffective(t, relation, m, mentions, roles, mi) ?? (ACTING_RELATIONS.has(relation) && relation !== 'corrects' ? stagedEffective(t, layout, m.start) : null) ?? {}),
      id,
      contextDependent,
      warnings: [...new Set(warnings)],
    });
    if (m.aliasRange) {
      const a = toOriginal(m.aliasRange[0], m.aliasRange[1]);
      aliases.push({ alias: text.slice(a.start, a.end).trim(), start: a.start, end: a.end, target: ci });
    }
  }
  // "Nghị định số 85/2024/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số 128/2026/NĐ-CP" in 128/2026 itself (a form it
  // issues), "Điều 2 của Nghị định số 70/2015/NĐ-CP được sửa đổi, bổ sung tại khoản 2 Điều 1 Nghị định này": its own act
  for (const at of selfStarts) {
    const act = SELF_PASSIVE.exec(t.slice(Math.max(0, at - 160), at));
    if (!act) continue;
    const phraseStart = Math.max(0, at - 160) + act.index;
    for (let x = citations.length - 1; x >= 0; x--) {
      const end = normEnds[x] as number;
      if (end > phraseStart) continue;
      const prior = citations[x] as Citation;
      if (prior.role === 'embedded' || prior.form === 'titled') continue;
      // the prior document may be described at length, its title with semicolons inside its lines; another actor of
      // the same phrase may already be recorded as asserting the act (asserted)
      // (a decree or a circular amends no law: "… Điều 28 Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi
      // Luật số 67/2020/QH14, Nghị định này quy định …" reports the law's amendment and goes on with this decree's own clause)
      if (LAW_TYPES.has(prior.type) && belowLaw(opts.context)) break;
      if (phraseStart - end <= 800 && prior.relation === 'cites' && !SUBJECT_BREAK.test(t.slice(end, phraseStart)) && !/[.;]$/u.test(t.slice(end, phraseStart))) {
        const verbs = (act[1] as string).toLowerCase();
        prior.relation = verbs.includes('bãi bỏ') ? 'repeals' : 'amends';
        prior.scope = { whole: false, part: null };
      } else if (phraseStart - end <= 800 && prior.relation === 'repeals' && prior.scope?.whole === false && !(act[1] as string).toLowerCase().includes('bãi bỏ') && !(prior.alsoActs ?? []).some((a) => a.relation === 'amends') && !SUBJECT_BREAK.test(t.slice(end, phraseStart)) && !/[.;]$/u.test(t.slice(end, phraseStart))) {
        // the part this act ends is one it amended itself ("2. Quy định về … tại khoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP được
        // sửa đổi, bổ sung tại Điều 3 Nghị định này hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027"): both acts are its own
        prior.alsoActs = [...(prior.alsoActs ?? []), { relation: 'amends', scope: { whole: false, part: prior.scope.part } }];
      }
      break;
    }
  }
  // an amending act whose title amends one document and whose body repeals parts in provisions that name none ("Điều 7.
  // Bãi bỏ Điều 9."): those parts are the titled document's, so its title and enacting formula carry the repeal too
  const amendedByTitle = new Set(citations.filter((c, k) => c.role === 'head' && c.relation === 'amends' && zoneAt(layout, normStarts[k] as number) === 'title').map((c) => c.id));
  const untitled = amendedByTitle.size === 1 ? untitledRepeals(t, layout) : null;
  if (untitled !== null) {
    citations.forEach((c, k) => {
      if (c.role !== 'head' || c.relation !== 'amends' || !amendedByTitle.has(c.id) || zoneAt(layout, normStarts[k] as number) === 'body' || (c.alsoActs ?? []).some((a) => a.relation === 'repeals')) return;
      c.alsoActs = [...(c.alsoActs ?? []), { relation: 'repeals', scope: { whole: false, part: untitled.length > 400 ? `${untitled.slice(0, 399)}…` : untitled } }];
    });
  }
  // a title that names the document whole ("Về việc bãi bỏ Quyết định số …", "… tạm ngưng hiệu lực thi hành Quyết định số …") where
  // the articles act on parts of it only ("Điều 1. Bãi bỏ khoản 2 Điều 5 Quyết định số …"): the articles say what is done, so the
  // title's act is on those parts (a document is repealed, replaced or suspended whole only by an act on the whole)
  citations.forEach((c, k) => {
    if (c.role !== 'head' || !c.scope?.whole || zoneAt(layout, normStarts[k] as number) !== 'title' || !['repeals', 'replaces', 'suspends'].includes(c.relation)) return;
    const inBody = citations.filter((b, j) => b.id === c.id && b.role === 'head' && zoneAt(layout, normStarts[j] as number) === 'body' && b.relation === c.relation && b.scope !== null);
    // (an ending of the whole anywhere in the body keeps the title whole: "… Quyết định số A hết hiệu lực kể từ …")
    const endedWhole = citations.some((b, j) => b.id === c.id && b.role === 'head' && zoneAt(layout, normStarts[j] as number) === 'body' && (b.relation === 'repeals' || b.relation === 'replaces') && b.scope?.whole === true);
    if (inBody.length === 0 || endedWhole || inBody.some((b) => b.scope?.whole)) return;
    const parts = [...new Set(inBody.map((b) => b.scope?.part).filter((x): x is string => typeof x === 'string' && x !== ''))].join('; ');
    c.scope = { whole: false, part: parts === '' ? null : parts };
  });
  bindAliases(citations, aliases);
  footnotedStatus(t, citations, normStarts, normEnds);
  for (const c of citations) for (const a of [c.asserted, ...(c.alsoAsserted ?? [])]) if (a) a.subjectId = (citations[a.subject] as Citation).id;
  for (const c of citations) dropImpossibleActs(c, citations);
  return { citations, selfReferences, aliases };
}

// a footnote's line: its mark, then a status phrase with its actor ("1 Đã được sửa đổi, bổ sung một số điều bởi Nghị định số
// 55/2023/NĐ-CP …"); below a rule of underscores, as converted files keep them
const FOOTNOTE_STATUS = /(?:^|\n)[ \t]*(\d{1,2})[ \t]+((?:[Đđ]ã[ \n]+)?(?:[Đđ]ược|[Bb]ị)[ \n]+(sửa[ \n]+đổi(?:[ \n]*,[ \n]*bổ[ \n]+sung)?|bổ[ \n]+sung|bãi[ \n]+bỏ|thay[ \n]+thế)(?:[ \n]+(?:một[ \n]+số[ \n]+điều|một[ \n]+phần))?[ \n]+(?:bởi|tại|theo))(?![\p{L}])/gu;
const FOOTNOTE_RULE = /(?:^|\n)[ \t]*_{4,}[ \t]*\n/u;
const isDigitAt = (t: string, at: number): boolean => at < t.length && t.charCodeAt(at) >= 48 && t.charCodeAt(at) <= 57;
/**
 * "Căn cứ Nghị định số 131/2021/NĐ-CP1 ngày …" with, at the page's or the text's foot, "1 Đã được sửa đổi, bổ sung một số điều
 * bởi Nghị định số 55/2023/NĐ-CP …": the footnote reports the act of the document it names on the one whose number bears its
 * mark (the mark glued to a number is read off it when the number is read, and stays in the text right after the citation).
 */
function footnotedStatus(t: string, citations: Citation[], normStarts: readonly number[], normEnds: readonly number[]): void {
  const rule = FOOTNOTE_RULE.exec(t);
  if (!rule) return;
  FOOTNOTE_STATUS.lastIndex = rule.index;
  for (let f = FOOTNOTE_STATUS.exec(t); f; f = FOOTNOTE_STATUS.exec(t)) {
    const mark = f[1] as string;
    const phraseEnd = f.index + f[0].length;
    const actor = citations.findIndex((c, j) => (normStarts[j] as number) >= phraseEnd && (normStarts[j] as number) - phraseEnd <= 40 && c.number !== null);
    if (actor < 0) continue;
    const relation = verbRelation(f[3] as string);
    // the one marked: the citation right before the mark, before the footnote itself (one mark, one document)
    const footnoteAt = f.index;
    const bearsMark = (end: number): boolean => t.startsWith(mark, end) && !isDigitAt(t, end + mark.length);
    const marked = citations.filter((c, j) => (normEnds[j] as number) < footnoteAt && bearsMark(normEnds[j] as number) && c.number !== null);
    if (marked.length !== 1) continue;
    const c = marked[0] as Citation;
    if (c.id === (citations[actor] as Citation).id) continue;
    const act = { subject: actor, subjectId: '', relation, trigger: 'footnote' };
    if (c.asserted === null) c.asserted = act;
    else if (!(c.asserted.subject === actor || c.alsoAsserted?.some((a) => a.subject === actor))) c.alsoAsserted = [...(c.alsoAsserted ?? []), act];
  }
}

/**
 * A reported act by a document of an earlier year than the one it acts on, or by that document itself, is a misreading: no
 * text amends, repeals or replaces one adopted after it, nor itself. A list of amending laws read on past its end ("Luật Bảo
 * hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số
 * 97/2015/QH13, Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12, …" goes on with the next law amended) gives the first; a
 * case ("Trường hợp Thông tư số 06/2021/TT-BXD được sửa đổi, bổ sung, thay thế thì … theo … Thông tư số 06/2021/TT-BXD") the
 * second.
 */
function dropImpossibleActs(c: Citation, citations: Citation[]): void {
  const impossible = (a: NonNullable<Citation['asserted']>): boolean => {
    const actor = citations[a.subject];
    if (!ACTING_RELATIONS.has(a.relation) || actor === undefined) return false;
    if (actor.id === c.id || (actor.year !== null && c.year !== null && actor.year < c.year)) return true;
    // nor does a document of a lower rank change one of a higher ("Nghị định số 123/2020/NĐ-CP … được sửa đổi, bổ sung bởi Nghị
    // định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC … hướng dẫn …": the circular is the next document the sentence names)
    return outranked(a.relation, actor.type, c.type);
  };
  const kept = [c.asserted, ...(c.alsoAsserted ?? [])].filter((a): a is NonNullable<Citation['asserted']> => a !== null && !impossible(a));
  if (kept.length === (c.asserted ? 1 : 0) + (c.alsoAsserted?.length ?? 0)) return;
  c.asserted = kept[0] ?? null;
  if (kept.length > 1) c.alsoAsserted = kept.slice(1);
  else delete c.alsoAsserted;
}

// two written numbers of one document (spaces, dashes' kinds and case aside)
const sameSymbol = (a: string, b: string | null): boolean => b !== null && a.replace(/[\s\u2010-\u2013]/gu, '').toUpperCase() === b.replace(/[\s\u2010-\u2013]/gu, '').toUpperCase();

/**
 * A name the text defines ("Luật Đầu tư theo phương thức đối tác công tư (sau đây gọi là Luật PPP)") names the
 * document it follows, in the definition and in every later named mention written the same way (spec R5): those
 * take its id, so "Luật PPP" is never a law of its own.
 */
function bindAliases(citations: Citation[], aliases: readonly Alias[]): void {
  const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const a of aliases) {
    const target = citations[a.target];
    if (!target) continue;
    const name = fold(a.alias);
    for (let k = a.target + 1; k < citations.length; k++) {
      const c = citations[k] as Citation;
      // (a numbered mention inside the definition that is not the defined document names its own: "(sau đây viết tắt là Thông tư
      // số 109/2016/TT-BTC được sửa đổi, bổ sung bởi Thông tư số 37/2022/TT-BTC)" — the amending circular keeps its number)
      const inDefinition = c.start >= a.start && c.end <= a.end && !(c.kind === 'numbered' && c.number !== null && target.kind === 'numbered' && !sameSymbol(c.number, target.number));
      if (!inDefinition && (c.start < a.end || c.kind !== 'named' || fold(c.text) !== name)) continue;
      if (c.id === target.id) continue;
      c.id = target.id;
      c.contextDependent = target.contextDependent;
      if (!c.warnings.includes('defined-name')) c.warnings.push('defined-name');
    }
  }
}

function familyOf(m: Mention): 'party' | 'state' {
  return m.symbol ? m.symbol.family : m.named?.meeting || m.type === 'Điều lệ' ? 'party' : m.form === 'partial' ? partialFamily(m) : 'state';
}

function partialFamily(m: Mention): 'party' | 'state' {
  return m.issuer && /Đảng|ủy|Bộ Chính trị|Ban Bí thư|Ban Chấp hành/u.test(m.issuer) ? 'party' : 'state';
}

/** The citations of `text` (see `extract` for self-references and aliases). */
export function extractCitations(text: string, options: ExtractOptions = {}): Citation[] {
  return extract(text, options).citations;
}
