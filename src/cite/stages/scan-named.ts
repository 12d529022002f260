/** Stage 3: named mentions — laws, codes, ordinances, the Constitution, meetings and titled programmes found by their names. */
import { slug } from '../ids.js';
import { lineStart, zoneAt, type Layout } from '../layout.js';
import { matchConstitution, matchLawName, matchMeeting, type AmendedInTitle, type NamedMention } from '../names.js';
import { ARTICLE_HEADING_LINE } from '../relations/index.js';
import type { Citation } from '../schema.js';
import { parseSymbol, SYMBOL_PATTERN, type ParsedSymbol } from '../symbol.js';
import { namedLawKey, type Mention } from './mention.js';
import { PARTIAL_TYPES, SYMBOL_RE, wordBefore } from './patterns.js';

/** The number that starts exactly at `at` ("số 57/2005/QH11" after a law's name), parsed, with its length as written. */
function symbolAt(t: string, at: number): { symbol: ParsedSymbol; length: number } | null {
  SYMBOL_RE.lastIndex = at;
  const sm = SYMBOL_RE.exec(t);
  const symbol = sm && sm.index === at ? parseSymbol(sm[0]) : null;
  return symbol && sm ? { symbol, length: sm[0].length } : null;
}
// (without "số" too: "Luật Đất đai 31/2024/QH15", and "Luật Chuyển đổi số 148/2025/QH15", whose name ends with the word)
const SYMBOL_AT = new RegExp(`[ ]*(?:\\n[ ]*)?(?:(?:số|SỐ|Số)[ ]*:?[ ]*(?:\\n[ ]*)?)?(${SYMBOL_PATTERN})`, 'uy');
const NAMED_ANCHOR = /(?:(Bộ(?:[ ]+|[ ]*\n[ ]*)[Ll]uật|BỘ[ ]+LUẬT|bộ(?:[ ]+|[ ]*\n[ ]*)luật|[Pp]háp(?:[ ]+|[ ]*\n[ ]*)lệnh)|(Luật|luật|LUẬT)|(Hiến(?:[ ]+|[ ]*\n[ ]*)pháp)|(Nghị[ ]+quyết|Văn[ ]+kiện)(?=[ ]*\n?[ ]*(?:Hội|Trung|Đại))|(Điều[ ]+lệ[ ]+Đảng(?:[ ]+Cộng[ ]+sản[ ]+Việt[ ]+Nam)?))(?=[ \n]|(?<=Đảng|Nam)[,;.:)”"])/uy;
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
export function wordCandidates(text: string): { named: number[]; partial: number[] } {
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
const ENACTED_BEFORE = /(?<![\p{L}])ban[ \n]+hành[ \n]+$/u;
export function scanNamed(text: string, layout: Layout, consumed: Set<number>, candidates: readonly number[]): Mention[] {
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
    if (named.amended !== undefined && named.amended.length > 1 && ENACTED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && zoneAt(layout, start) !== 'body') continue;
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
        // in the enacting formula the title is this act's own and the number the one law's it amends ("Quốc hội ban hành Luật sửa
        // đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13."): the law's name, written alone
        // in the articles, meets that number
        const own = named.amended?.length === 1 && ENACTED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && zoneAt(layout, start) !== 'body' ? (named.amended[0] as AmendedInTitle) : null;
        out.push({ ...base, kind: 'numbered', form: 'law-with-number', symbol: sym, end, after: end, tailEnd: end, named: null, ...(own ? { lawKey: `${KIND_SLUG[own.kind]}:${slug(own.name)}` } : {}), warnings: [...sym.warnings] });
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
        const bare = !/[sS][ốỐ]/u.test(sm[0]);
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

const KIND_SLUG: Record<AmendedInTitle['kind'], string> = { law: 'luat', code: 'bo-luat', ordinance: 'phap-lenh' };
/** The laws an amending law's title names, with their spans in the original text and their ids (their own number when written). */
export function titleAmendsOf(text: string, t: string, amended: readonly AmendedInTitle[], toOriginal: (s: number, e: number) => { start: number; end: number }): NonNullable<Citation['titleAmends']> {
  return amended.map((a) => {
    const o = toOriginal(a.start, a.end);
    const sym = a.numberAt === null ? null : symbolAt(t, a.numberAt)?.symbol;
    return { text: text.slice(o.start, o.end), start: o.start, end: o.end, id: sym ? `vn:${sym.canonical}` : `vn:${KIND_SLUG[a.kind]}:${slug(a.name)}` };
  });
}
