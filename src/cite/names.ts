import { toOldStyleTone } from '../text/tone.js';
import { CODE_NAMES, LAW_NAMES, NAME_ABBREVIATIONS, ORDINANCE_NAMES } from './lexicon/law-names.js';
import { slug } from './ids.js';
import { lawsNamed } from './laws.js';

/**
 * Laws, codes and the Constitution cited by name (spec §3.4), and Party meeting
 * and congress resolutions (§3.5). Names come from a lexicon (longest match over
 * syllables, so "Luật Phòng, chống tham nhũng" is not cut at the comma); a
 * Title-case name outside the lexicon is still taken, with a warning.
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  terminal: boolean;
}

function buildTrie(names: readonly string[]): TrieNode {
  const root: TrieNode = { next: new Map(), terminal: false };
  for (const name of names) {
    let node = root;
    for (const tok of tokenizeName(toOldStyleTone(name.toLowerCase()))) {
      let child = node.next.get(tok);
      if (!child) {
        child = { next: new Map(), terminal: false };
        node.next.set(tok, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return root;
}

// (a semicolon is a token too: "Pháp lệnh Chi phí giám định, định giá; chi phí cho người làm chứng, …" is one name)
function tokenizeName(s: string): string[] {
  return s.match(/[\p{L}\d]+|,|;|-/gu) ?? [];
}

const LAW_TRIE = buildTrie(LAW_NAMES);
const CODE_TRIE = buildTrie(CODE_NAMES);
const ORDINANCE_TRIE = buildTrie(ORDINANCE_NAMES);

export type NamedKind = 'law' | 'code' | 'ordinance';
const TRIES: Record<NamedKind, TrieNode> = { law: LAW_TRIE, code: CODE_TRIE, ordinance: ORDINANCE_TRIE };

// one token of a name: a word, a comma or a hyphen, after spaces or one line break (PDF wraps)
const TOKEN = /[ ]*(?:\n[ ]*)?([\p{L}\d]+|,|;|-)/uy;

interface NameMatch {
  end: number;
  inLexicon: boolean;
}

// an abbreviation written in capitals inside a name stands for its words ("Luật hỗ trợ DNNVV"), keyed like the lexicon
const ABBREVIATIONS = new Map(Object.entries(NAME_ABBREVIATIONS).map(([k, v]) => [k, tokenizeName(toOldStyleTone(v))] as const));
const abbreviationOf = (word: string): readonly string[] | undefined => (word.length >= 3 && word === word.toUpperCase() ? ABBREVIATIONS.get(word.toLowerCase()) : undefined);
/** The name's key with its abbreviations written out ("ho tro dnnvv" → "hỗ trợ doanh nghiệp nhỏ và vừa", old-style tones). */
export function expandAbbreviations(key: string, written: string): string {
  if (!/\p{Lu}{3}/u.test(written)) return key;
  return key.replace(/[\p{L}]+/gu, (w) => ABBREVIATIONS.get(w)?.join(' ') ?? w);
}

/** Longest lexicon name starting at `pos`; the name must end at a word boundary (a footnote digit may follow). */
function matchLexicon(text: string, pos: number, trie: TrieNode): number {
  let node = trie;
  let p = pos;
  let best = -1;
  for (let i = 0; i < 24; i++) {
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (!m) break;
    const word = m[1] as string;
    const expansion = abbreviationOf(word);
    let child: TrieNode | undefined = node;
    for (const tok of expansion ?? [toOldStyleTone(word.toLowerCase())]) child = child?.next.get(tok);
    if (!child) break;
    node = child;
    p = TOKEN.lastIndex;
    if (node.terminal) best = p;
  }
  return best;
}

// ("không" ends a name outside the lexicon: "Luật Tương trợ tư pháp không áp dụng …"; "Hàng không dân dụng" is in it)
const STOP_WORDS = new Set(
  'này số năm ngày của và về theo để đã được tại thì là có trong với hoặc nhằm khi do cho các những quy định hướng dẫn sửa đổi bổ sung thay thế hiện hành mới hiện trên đó như gồm thuộc liên quan không'.split(' '),
);
// (the first word may follow a line break after the type word: "Luật\nPPP", "Luật\nĐịnh danh …")
// (the name goes on over a wrap in lower case, as it does on one line: "Pháp lệnh Cựu chiến\nbinh và …"; a capital after a line
// break opens something else)
const HEURISTIC_WORD = /[ ]*(?:\n[ ]*(?=\p{Ll}))?([\p{L}]+)/uy;
const HEURISTIC_FIRST = /[ ]*(?:\n[ ]*)?([\p{L}]+)/uy;
const PREVENTION_AND_FIGHT = /[ ]*,[ ]*(?:\n[ ]*)?chống(?![\p{L}])/uy;
// a name never runs into the next document's type word ("Luật Nghị định …" is not a law)
const TYPE_AHEAD = /[ ]*(?:Nghị|Quyết|Thông|Chỉ|Pháp|Luật|Bộ luật|Hiến|Kế hoạch|Chương trình|Công văn|Kết luận|Quy định)(?![\p{L}])/uy;

/** A Title-case name outside the lexicon: up to 8 words, stopping at function words and punctuation. */
function matchHeuristic(text: string, pos: number): number {
  TYPE_AHEAD.lastIndex = pos;
  if (TYPE_AHEAD.test(text)) return -1;
  HEURISTIC_FIRST.lastIndex = pos;
  const first = HEURISTIC_FIRST.exec(text);
  if (!first) return -1;
  const w = first[1] as string;
  if (w[0] !== (w[0] as string).toUpperCase() || STOP_WORDS.has(w.toLowerCase())) return -1;
  let end = HEURISTIC_FIRST.lastIndex;
  // ("Phòng, chống …" opens many names: "Pháp lệnh Phòng, chống mại dâm")
  if (w === 'Phòng') {
    PREVENTION_AND_FIGHT.lastIndex = end;
    if (PREVENTION_AND_FIGHT.test(text)) end = PREVENTION_AND_FIGHT.lastIndex;
  }
  for (let i = 0; i < 7; i++) {
    HEURISTIC_WORD.lastIndex = end;
    const m = HEURISTIC_WORD.exec(text);
    if (!m || STOP_WORDS.has((m[1] as string).toLowerCase())) break;
    end = HEURISTIC_WORD.lastIndex;
  }
  return end;
}

// what pins a name written in lower case or with function words to one document: its number ("số 07/2003/PL-UBTVQH11"),
// for an ordinance the year it was adopted ("Pháp lệnh luật sư năm 2001"), for a law too after a capital type word
// (a line may wrap before any word of it: "khí tượng thủy văn năm\n1994")
const LAW_NUMBER_AHEAD = /(?:[ ]+|[ ]*\n[ ]*)số(?:[ ]+|[ ]*\n[ ]*)\d{1,4}\/(?:19|20)\d{2}\/(?:QH|PL-UBTVQH|UBTVQH)\d/uy;
const YEAR_AHEAD = /(?:[ ]+|[ ]*\n[ ]*)năm(?:[ ]+|[ ]*\n[ ]*)(?:19|20)\d{2}(?!\d)/uy;
// or the day it was adopted, written in full ("Pháp lệnh lãnh sự ngày 13 tháng 11 năm 1990"), for a law as for an ordinance
const DEADLINE_WORD = new Set('trước sau đến từ vào hạn'.split(' '));
const DATE_AHEAD = /(?:[ ]+|[ ]*\n[ ]*)ngày(?:[ ]+|[ ]*\n[ ]*)\d{1,2}(?:[ ]+|[ ]*\n[ ]*)tháng(?:[ ]+|[ ]*\n[ ]*)\d{1,2}(?:[ ]+|[ ]*\n[ ]*)năm(?:[ ]+|[ ]*\n[ ]*)(?:19|20)\d{2}(?!\d)/uy;
// words that put a clause, not a name, between the type word and the number or year
const NOT_IN_NAME = new Set('này số năm ngày được đã là thì hết bãi căn'.split(' '));
// function words that open no name ("về" does: "Pháp lệnh về nhập cảnh, …")
const NOT_FIRST_IN_NAME = new Set('của và theo để tại có trong với hoặc nhằm khi do cho các những'.split(' '));

// (a pinned name may hold a parenthesis and a slash: "Pháp lệnh Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc
// phải ở người (HIV/AIDS) năm 1995")
const PINNED_TOKEN = /[ ]*(?:\n[ ]*)?([\p{L}\d]+|,|;|-|\(|\)|\/)/uy;
// the words after a name's last comma, when a date alone pins it: a few, in lower case, go on with the name ("Pháp lệnh thể dục,
// thể thao ngày 25 tháng 9 năm 2000"); a capital or more words are a clause of their own
// — when the date closes the mention: punctuation, its issuer, or its ending follows ("… ngày 25 tháng 9 năm 2000 hết hiệu lực";
// not "Pháp lệnh ưu đãi người có công, sơ kết ngày 15 tháng 6 năm 2014 tổng kết …")
const NAME_AFTER_COMMA = /,[ \n]*(?:\p{Ll}+[ \n]+){0,2}\p{Ll}+[ \n]*$/u;
const DATE_CLOSES_MENTION = /^[ \n]*(?:[,;.()]|của[ \n]|hết[ \n]+hiệu[ \n]+lực|bị[ \n]+bãi[ \n]+bỏ|và[ \n]|$)/u;
/**
 * A name outside the lexicon, in lower case or with function words ("Pháp lệnh hành nghề y, dược tư nhân số
 * 07/2003/PL-UBTVQH11", "Pháp lệnh về nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam số 24/1999/…",
 * "Pháp lệnh luật sư năm 2001"): taken only up to the law number that follows it (or an ordinance's year), which
 * proves it names one document. At most 24 tokens, no clause word, no sentence punctuation (a parenthesis may stand in it).
 */
function matchPinnedName(text: string, pos: number, kind: NamedKind, capital: boolean): number {
  let p = pos;
  for (let i = 0; i < 24; i++) {
    PINNED_TOKEN.lastIndex = p;
    const m = PINNED_TOKEN.exec(text);
    if (!m) return -1;
    const w = (m[1] as string).toLowerCase();
    if (i === 0 && (w === ',' || w === '-' || NOT_FIRST_IN_NAME.has(w))) return -1;
    if (NOT_IN_NAME.has(w) || w === ';') return -1;
    p = PINNED_TOKEN.lastIndex;
    LAW_NUMBER_AHEAD.lastIndex = p;
    if (LAW_NUMBER_AHEAD.test(text)) return p;
    YEAR_AHEAD.lastIndex = p;
    // (and a law's, after a capital "Luật": "Luật bầu cử đại biểu Quốc hội năm 1997", "Luật đất đai năm 2003")
    if ((kind === 'ordinance' || (kind === 'law' && capital)) && YEAR_AHEAD.test(text)) return p;
    // (a date after "trước", "sau", "đến" is a deadline, and a name pinned by its date alone has no comma: "Pháp lệnh người có
    // công, báo cáo Phó Thủ tướng trước ngày 15 tháng 6 năm 2014" names no ordinance of that day)
    // ("Pháp lệnh thuế nông nghiệp có hiệu lực ngày …": the day it took effect, after a verb, is no part of a name)
    DATE_AHEAD.lastIndex = p;
    if (DATE_AHEAD.test(text) && !DEADLINE_WORD.has(w) && (!text.slice(pos, p).includes(',') || (NAME_AFTER_COMMA.test(text.slice(pos, p)) && DATE_CLOSES_MENTION.test(text.slice(DATE_AHEAD.lastIndex, DATE_AHEAD.lastIndex + 24)))) && !/(?<![\p{L}])có[ \n]+hiệu[ \n]+lực(?![\p{L}])/iu.test(text.slice(pos, p))) return p;
  }
  return -1;
}

function matchName(text: string, pos: number, kind: NamedKind, allowHeuristic: boolean): NameMatch | null {
  const lex = matchLexicon(text, pos, TRIES[kind]);
  if (lex > 0) return { end: lex, inLexicon: true };
  const h = allowHeuristic ? matchHeuristic(text, pos) : -1;
  const pinned = kind !== 'code' ? matchPinnedName(text, pos, kind, allowHeuristic) : -1;
  // the pinned name is the longer when function words cut the heuristic one short ("Pháp lệnh Bảo vệ và kiểm dịch …")
  if (pinned > h) return { end: pinned, inLexicon: false };
  return h > 0 ? { end: h, inLexicon: false } : null;
}

export interface NamedMention {
  start: number;
  end: number;
  type: 'Luật' | 'Bộ luật' | 'Pháp lệnh' | 'Hiến pháp' | 'Nghị quyết' | 'Văn kiện' | 'Đề án' | 'Chương trình' | 'Kế hoạch' | 'Dự án' | 'Chiến lược';
  form: 'named-law' | 'meeting' | 'titled';
  /** folded key for the id: "tiep cong dan" */
  name: string;
  year: number | null;
  term: string | null;
  /** the meeting: plenum number, or "congress" */
  meeting: { organ: string; plenum: string | null; congress: string | null; period: string | null } | null;
  /** for amending laws followed by exactly one "số …" number: where the number starts */
  amendingNumberAt: number | null;
  /** for an amending law's title ("Luật sửa đổi, bổ sung một số điều của Luật A, Luật B số N"): the laws it names as amended */
  amended?: AmendedInTitle[];
  warnings: string[];
}

/** A law an amending law's title names as amended: its name's span (from its type word) and key, and its own number when written. */
export interface AmendedInTitle {
  start: number;
  end: number;
  kind: NamedKind;
  /** folded key of the name, as for a law cited by name: "thue xuat khau, thue nhap khau" */
  name: string;
  /** where its own "số …" number starts ("Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 …"), else null */
  numberAt: number | null;
}

// gaps: "_" at least one space or a single line break, "_0" optional
const _ = String.raw`(?:[ ]+(?:\n[ ]*)?|\n[ ]*)`;
const _0 = String.raw`[ ]*(?:\n[ ]*)?`;
/** Compile a pattern written with "[ ]+" gaps so that each gap also accepts one line break. */
const gapped = (src: string, flags: string): RegExp => new RegExp(src.split('[ ]+').join(_), flags);
// ("Pháp lệnh Sửa đổi, bổ sung một số điều của Pháp lệnh Ngoại hối": the title's first word may keep its capital)
const AMENDING = new RegExp(String.raw`${_}[Ss]ửa${_}đổi${_0},?${_0}(?:bổ${_}sung${_})?(?:một${_}số${_}điều${_})?(?:của${_})?`, 'uy');
const INNER_LAW = new RegExp(String.raw`${_0}(?:các${_})?(Bộ${_}luật|[Ll]uật|Pháp${_}lệnh)${_}`, 'uy');
const INNER_NUMBER = new RegExp(String.raw`${_}số${_}(\d{1,4}\/(?:19|20)\d{2}\/(?:QH|PL-UBTVQH|UBTVQH)\d{1,2})`, 'uy');
const INNER_SEP = new RegExp(String.raw`${_0}(?:,|và|;)${_0}(?=(?:các${_})?(?:Bộ${_}luật|[Ll]uật|Pháp${_}lệnh)[ \n])`, 'uy');
const YEAR_SUFFIX = new RegExp(String.raw`${_}năm${_}((?:19|20)\d{2})(?!\d)`, 'uy');
const AMENDED_SUFFIX = new RegExp(String.raw`${_0}\((?:sửa đổi|sửa đổi, bổ sung)\)`, 'uy');

/** Whether the registry knows laws of this kind and name and none of them bears `number`. */
function notThisLaw(kind: NamedKind, name: string, number: string): boolean {
  const known = lawsNamed(`${kind === 'code' ? 'bo-luat' : kind === 'ordinance' ? 'phap-lenh' : 'luat'}:${slug(name)}`);
  return known.length > 0 && !known.some((e) => e.number === number);
}

/**
 * Match a law or code name whose type word ("Luật", "Bộ luật") ends at `afterType`.
 * `capital` says whether the type word was capitalized: a lower-case "luật" needs a lexicon name.
 */
export function matchLawName(text: string, start: number, afterType: number, kind: NamedKind, capital: boolean): NamedMention | null {
  const warnings: string[] = [];
  let end: number;
  let amendingNumberAt: number | null = null;
  const amended: AmendedInTitle[] = [];
  let key: string;
  AMENDING.lastIndex = afterType;
  const am = kind === 'code' ? null : AMENDING.exec(text);
  if (am) {
    // "Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C": one citation over the whole title
    let p = AMENDING.lastIndex;
    let innerCount = 0;
    let lastNumberAt: number | null = null;
    let numbers = 0;
    end = -1;
    for (let i = 0; i < 12; i++) {
      INNER_LAW.lastIndex = p;
      const il = INNER_LAW.exec(text);
      if (!il) break;
      const innerWord = il[1] as string;
      const innerKind: NamedKind = /^Bộ/.test(innerWord) ? 'code' : /^Pháp/.test(innerWord) ? 'ordinance' : 'law';
      const nameAt = INNER_LAW.lastIndex;
      const inner = matchName(text, nameAt, innerKind, true);
      if (!inner) break;
      innerCount++;
      end = inner.end;
      // ("các luật liên quan đến đầu tư xây dựng cơ bản" names no law)
      if (!/các[ \n]/u.test(il[0])) {
        const written = text.slice(nameAt, inner.end);
        amended.push({ start: il.index + il[0].indexOf(innerWord), end: inner.end, kind: innerKind, name: expandAbbreviations(toOldStyleTone(written.toLowerCase()).replace(/\s+/g, ' ').trim(), written), numberAt: null });
      }
      INNER_NUMBER.lastIndex = end;
      const num = INNER_NUMBER.exec(text);
      if (num) {
        numbers++;
        lastNumberAt = INNER_NUMBER.lastIndex - (num[1] as string).length;
        end = INNER_NUMBER.lastIndex;
        const last = amended[amended.length - 1];
        if (last && last.end === inner.end) last.numberAt = lastNumberAt;
        // (a number the registry gives to no law of that name, when the registry knows the name, is the amending law's own and
        // ends its title: "Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ số 07/2022/QH15 và Luật Điện ảnh số
        // 05/2022/QH15" lists two laws, the Luật Sở hữu trí tuệ being 50/2005/QH11)
        if (numbers === 1 && last && last.end === inner.end && notThisLaw(innerKind, last.name, num[1] as string)) {
          amendingNumberAt = lastNumberAt;
          last.numberAt = null;
          break;
        }
      }
      INNER_SEP.lastIndex = end;
      if (!INNER_SEP.exec(text)) break;
      p = INNER_SEP.lastIndex;
    }
    if (innerCount === 0) return null;
    // one number after the last amended law is the amending law's own ("… Luật A và Luật B số 57/2005/QH11");
    // a number after every amended law belongs to each of them
    if (numbers === 1 && lastNumberAt !== null && lastNumberAt > end - 20) {
      amendingNumberAt = lastNumberAt;
      for (const a of amended) if (a.numberAt === amendingNumberAt) a.numberAt = null;
    }
    key = 'sua doi ' + toOldStyleTone(text.slice(AMENDING.lastIndex, end).toLowerCase()).replace(/\s+/g, ' ');
  } else {
    const name = matchName(text, afterType, kind, capital);
    if (!name) return null;
    if (!name.inLexicon) warnings.push('law-name-not-in-lexicon');
    end = name.end;
    key = expandAbbreviations(toOldStyleTone(text.slice(afterType, end).toLowerCase()).replace(/\s+/g, ' ').trim(), text.slice(afterType, end));
  }
  let year: number | null = null;
  if (amendingNumberAt === null) {
    AMENDED_SUFFIX.lastIndex = end;
    if (AMENDED_SUFFIX.exec(text)) {
      end = AMENDED_SUFFIX.lastIndex;
      key += ' (sua doi)';
    }
    YEAR_SUFFIX.lastIndex = end;
    const y = YEAR_SUFFIX.exec(text);
    if (y) {
      year = Number(y[1]);
      end = YEAR_SUFFIX.lastIndex;
    }
  }
  return {
    start,
    end,
    type: kind === 'code' ? 'Bộ luật' : kind === 'ordinance' ? 'Pháp lệnh' : 'Luật',
    form: 'named-law',
    name: key,
    year,
    term: null,
    meeting: null,
    amendingNumberAt,
    ...(amended.length > 0 ? { amended } : {}),
    warnings,
  };
}

const CONSTITUTION = gapped(String.raw`Hiến[ ]+pháp(?:[ ]+(?:nước[ ]+)?(?:\n[ ]*)?Cộng[ ]+h(?:òa|oà)[ ]+xã[ ]+hội[ ]+chủ[ ]+nghĩa[ ]+Việt[ ]+Nam)?(?:[ ]+năm[ ]+((?:19|20)\d{2})(?!\d))?`, 'uy');

export function matchConstitution(text: string, start: number): NamedMention | null {
  CONSTITUTION.lastIndex = start;
  const m = CONSTITUTION.exec(text);
  if (!m) return null;
  return {
    start,
    end: CONSTITUTION.lastIndex,
    type: 'Hiến pháp',
    form: 'named-law',
    name: 'hien phap',
    year: m[1] ? Number(m[1]) : null,
    term: null,
    meeting: null,
    amendingNumberAt: null,
    warnings: [],
  };
}

const TERM = String.raw`${_0}\(?[Kk]h(?:óa|oá)${_}([IVXLC]{1,6})\)?`;
const QUOTED_TITLE = String.raw`(?:${_0}"[^"]{1,300}")?`;
const PLENUM = gapped(
  String.raw`Nghị[ ]+quyết[ ]+(?:Hội[ ]+nghị[ ]+(?:lần[ ]+thứ[ ]+)?(\d{1,2}|[\p{L}]{2,8})[ ]+(?:của[ ]+)?Ban[ ]+Chấp[ ]+hành[ ]+Trung[ ]+ương(?:[ ]+Đảng)?|Trung[ ]+ương[ ]+(\d{1,2}))${TERM}${QUOTED_TITLE}`,
  'uy',
);
// "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (Cộng sản Việt Nam)", "Nghị quyết Đại hội Đảng lần thứ XIV",
// "Nghị quyết Đại hội XIV"
const NATIONAL_CONGRESS = gapped(
  String.raw`(Nghị[ ]+quyết|Văn[ ]+kiện)[ ]+Đại[ ]+hội[ ]+(?:(?:[Đđ]ại[ ]+[Bb]iểu[ ]+)?toàn[ ]+quốc[ ]+lần[ ]+thứ[ ]+|Đảng[ ]+(?:toàn[ ]+quốc[ ]+)?lần[ ]+thứ[ ]+)?([IVXLC]{1,6})(?![\p{L}\d])(?:[ ]+của[ ]+Đảng(?:[ ]+Cộng[ ]+sản[ ]+Việt[ ]+Nam)?)?`,
  'uy',
);
const LOCAL_CONGRESS = gapped(String.raw`Nghị[ ]+quyết[ ]+Đại[ ]+hội[ ]+(?:đại[ ]+biểu[ ]+)?Đảng[ ]+bộ[ ]+([^,;\n]{1,60}?)[ ]*,?[ ]*nhiệm[ ]+kỳ[ ]+((?:19|20)\d{2})[ ]*-[ ]*((?:19|20)\d{2})`, 'uy');

/** "Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII “…”", congress resolutions. */
export function matchMeeting(text: string, start: number): NamedMention | null {
  PLENUM.lastIndex = start;
  let m = PLENUM.exec(text);
  if (m) {
    const plenum = (m[1] ?? m[2] ?? '') as string;
    return {
      start,
      end: PLENUM.lastIndex,
      type: 'Nghị quyết',
      form: 'meeting',
      name: `hntw ${plenum}`,
      year: null,
      term: m[3] as string,
      meeting: { organ: 'TW', plenum, congress: null, period: null },
      amendingNumberAt: null,
      warnings: [],
    };
  }
  NATIONAL_CONGRESS.lastIndex = start;
  m = NATIONAL_CONGRESS.exec(text);
  if (m) {
    return {
      start,
      end: NATIONAL_CONGRESS.lastIndex,
      type: /Văn/.test(m[1] as string) ? 'Văn kiện' : 'Nghị quyết',
      form: 'meeting',
      name: `dai hoi toan quoc ${m[2]}`,
      year: null,
      term: m[2] as string,
      meeting: { organ: 'TW', plenum: null, congress: m[2] as string, period: null },
      amendingNumberAt: null,
      warnings: [],
    };
  }
  LOCAL_CONGRESS.lastIndex = start;
  m = LOCAL_CONGRESS.exec(text);
  if (m) {
    const period = `${m[2]}-${m[3]}`;
    return {
      start,
      end: LOCAL_CONGRESS.lastIndex,
      type: 'Nghị quyết',
      form: 'meeting',
      name: `dai hoi dang bo ${(m[1] as string).toLowerCase()}`,
      year: null,
      term: period,
      meeting: { organ: (m[1] as string).trim(), plenum: null, congress: 'local', period },
      amendingNumberAt: null,
      warnings: [],
    };
  }
  return null;
}

// 'Đề án "Văn hóa trong tuân thủ luật pháp"', 'chương trình “Người Việt Nam dùng hàng Việt Nam”': a title in quotes
// (bounded: at most four lines of 200 characters, no quote inside)
const QUOTED_PROGRAMME = /(?<![\p{L}])([Đđ]ề[ ]+án|[Cc]hương[ \n]+trình|[Kk]ế[ ]+hoạch|[Dd]ự[ ]+án|[Cc]hiến[ ]+lược)[ ]*\n?[ ]*[“"]([^”"\n]{3,200}(?:\n[^”"\n]{1,200}){0,3})[”"]/gu;
// "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025": the name runs to its period or to
// where the sentence goes on (a comma before a lower-case word stays inside: "phòng, chống ma túy"), or another document is named
// ("… Chương trình mục tiêu quốc gia huyện và Quyết định số 3025/QĐ-UBND …"); a definition
// ("Chương trình mục tiêu quốc gia là chương trình đầu tư công …") names none
// (a name wraps onto the next line, never onto a line of its own: the issuer's line in capitals under a title, a basis, an article or
// an item — "… thực hiện các Chương trình mục tiêu quốc gia xã Hồng Dân\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …\nCăn cứ Luật … số 72/2025/QH15")
const NEW_LINE_OF_ITS_OWN = String.raw`[ \t]*(?:Căn[ \t]+cứ|Điều[ \t]+\d|\d{1,2}[.)]|[a-zđ]\)|[-+•]|\p{Lu}\p{Lu})`;
const NATIONAL_PROGRAMME = new RegExp(String.raw`(?<![\p{L}])Chương[ \n]+trình[ \n]+mục[ \n]+tiêu[ \n]*\n?[ ]*quốc[ \n]+gia[ \n]+(?:về[ \n]+)?(?!là[ \n])(\p{Ll}[^.;:()\n]{2,160}?(?:\n(?!${NEW_LINE_OF_ITS_OWN})[^.;:()\n]{1,160}?){0,2})(?=[ \n]*(?:[.;:()]|,[ \n]+(?=\p{Lu})|\n\n|[ \t]*\n(?=${NEW_LINE_OF_ITS_OWN})|[ \n]+(?:của|do|được|theo|tại|thuộc|cho|trên|đã|và[ \n]+(?:các|Chương|Quyết[ \n]+định|Nghị[ \n]+quyết|Nghị[ \n]+định|Thông[ \n]+tư|Chỉ[ \n]+thị|Kế[ \n]+hoạch|Luật)|(?:ngày|số)[ \n]+\d)(?![\p{L}])|$))`, 'gu');
// (the dash may be an en or em dash and the line may wrap at it: "giai đoạn 2012 –\n2015")
const PERIOD_SUFFIX = /^[^]*?(?:giai[ \n]+đoạn[ \n]+\d{4}[ \n]*[-–—][ \n]*\d{4}|đến[ \n]+năm[ \n]+\d{4})/u;

const TITLE_TYPE: Record<string, NamedMention['type']> = { 'đề án': 'Đề án', 'chương trình': 'Chương trình', 'kế hoạch': 'Kế hoạch', 'dự án': 'Dự án', 'chiến lược': 'Chiến lược' };

/** Programmes, projects and plans cited by their title rather than a number. */
export function scanTitled(text: string): NamedMention[] {
  const out: NamedMention[] = [];
  const push = (start: number, end: number, word: string, title: string): void => {
    const type = TITLE_TYPE[word.replace(/\s+/g, ' ').toLowerCase()] ?? 'Chương trình';
    out.push({ start, end, type, form: 'titled', name: toOldStyleTone(title.replace(/\s+/g, ' ').trim().toLowerCase()), year: null, term: null, meeting: null, amendingNumberAt: null, warnings: [] });
  };
  QUOTED_PROGRAMME.lastIndex = 0;
  for (let m = QUOTED_PROGRAMME.exec(text); m; m = QUOTED_PROGRAMME.exec(text)) push(m.index, m.index + m[0].length, m[1] as string, m[2] as string);
  NATIONAL_PROGRAMME.lastIndex = 0;
  for (let m = NATIONAL_PROGRAMME.exec(text); m; m = NATIONAL_PROGRAMME.exec(text)) {
    // a name that states its period ends there
    const rest = m[1] as string;
    const period = PERIOD_SUFFIX.exec(rest);
    const nameEnd = m.index + m[0].length - rest.length + (period ? period[0].length : rest.length);
    push(m.index, nameEnd, 'chương trình', `mục tiêu quốc gia ${text.slice(m.index + m[0].length - rest.length, nameEnd)}`);
  }
  return out;
}
