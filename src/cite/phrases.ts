import { isLetterCode } from '../text/normalize.js';
import { toOldStyleTone } from '../text/tone.js';
import { TYPE_WORDS } from './lexicon/document-types.js';

/**
 * The small phrases around a number: the type word and "số" before it, a pinpoint
 * (Điều, khoản, điểm), the date and the issuer phrase after it. All matchers are
 * sticky or end-anchored on a bounded window, so each costs O(window).
 */

const WS = String.raw`[ ]+(?:\n[ ]*)?|\n[ ]*`; // one gap between syllables: spaces or one PDF line break

function syllables(form: string): string {
  return form
    .split(' ')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(`(?:${WS})`);
}

/** Type words, longest first, as one alternation (case-insensitive: headers write NGHỊ ĐỊNH, bodies nghị định). */
export const TYPE_WORD_SOURCE = TYPE_WORDS.flatMap((t) => t.forms)
  .sort((a, b) => b.length - a.length)
  .map(syllables)
  .join('|');

const FORM_TO_NAME = new Map<string, string>();
for (const t of TYPE_WORDS) for (const f of t.forms) FORM_TO_NAME.set(f, t.name);

/** "NGHỊ\nĐỊNH" → "Nghị định"; undefined when it is not a type word. */
export function typeNameOf(surface: string): string | undefined {
  return FORM_TO_NAME.get(surface.toLowerCase().replace(/\s+/g, ' '));
}

// nouns after which "số N/…" is a form, a code or a count, never a document (Mẫu số 01/TNLĐ, mã số, Phụ lục số)
const FORM_NOUNS = ['mẫu', 'biểu', 'biểu mẫu', 'mẫu biểu', 'phụ lục', 'mã', 'tổng', 'tờ khai', 'thửa', 'tài khoản', 'điện thoại', 'fax', 'ký hiệu', 'hồ sơ', 'chứng chỉ', 'giấy chứng nhận', 'số hiệu', 'qcvn', 'tcvn'];
// nouns that stand before "số" without giving the type ("văn bản số 364/TTr-BNG": the code tells)
const GENERIC_HEADS = ['văn bản', 'ý kiến', 'tờ'];

type HeadKind = 'type' | 'form' | 'generic';
const HEADS = new Map<string, HeadKind>();
for (const t of TYPE_WORDS) for (const f of t.forms) HEADS.set(f, 'type');
for (const f of FORM_NOUNS) HEADS.set(f, 'form');
for (const f of GENERIC_HEADS) HEADS.set(f, 'generic');
const MAX_HEAD_WORDS = Math.max(...[...HEADS.keys()].map((k) => k.split(' ').length));

/** Up to MAX_HEAD_WORDS lower-cased words ending at `p`, each separated by blanks, with their starts (outermost first). */
function wordsBefore(text: string, p: number): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let q = p;
  for (let k = 0; k < MAX_HEAD_WORDS; k++) {
    if (q === 0 || !isLetterCode(text.charCodeAt(q - 1))) break;
    const wordEnd = q;
    while (q > 0 && isLetterCode(text.charCodeAt(q - 1)) && wordEnd - q < 20) q--;
    words.unshift(text.slice(q, wordEnd).toLowerCase());
    starts.unshift(q);
    const r = backOverBlanks(text, q);
    if (r === q) break;
    q = r;
  }
  return { words, starts };
}

// the last syllables of the type words: most words before "này" are not one, and are ruled out by one lookup
const TYPE_LAST_SYLLABLES = new Set(TYPE_WORDS.flatMap((t) => t.forms.map((f) => f.split(' ').at(-1) as string)));

/** A type word ending exactly at `p` ("Kế hoạch" in "Kế hoạch này"): its start and surface, or null. */
export function typeWordEndingAt(text: string, p: number): { start: number; surface: string } | null {
  let q = p;
  while (q > 0 && p - q < 20 && isLetterCode(text.charCodeAt(q - 1))) q--;
  if (q === p || !TYPE_LAST_SYLLABLES.has(text.slice(q, p).toLowerCase())) return null;
  const { words, starts } = wordsBefore(text, p);
  for (let n = words.length; n >= 1; n--) {
    if (HEADS.get(words.slice(words.length - n).join(' ')) === 'type') {
      const start = starts[words.length - n] as number;
      return { start, surface: text.slice(start, p) };
    }
  }
  return null;
}

const ISSUER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(?<tw>${TYPE_WORD_SOURCE})(?:${WS})của(?:${WS})(?<issuer>\p{Lu}[^\n;:.()\d/,"]{1,60}?)(?:${WS})$`,
  'iu',
);

export interface Prefix {
  /** where the span starts (type word, "số", or the number itself) */
  start: number;
  typeWord: string | null;
  hasSo: boolean;
  formNoun: boolean;
  /** a generic head ("văn bản số", "công văn số") that does not give the type */
  generic: boolean;
  issuerBefore: string | null;
}

const isBlank = (c: number): boolean => c === 32 || c === 10;

/** Step back over blanks (spaces, at most one line break). */
function backOverBlanks(text: string, p: number, maxNewlines = 1): number {
  let q = p;
  let newlines = 0;
  while (q > 0 && isBlank(text.charCodeAt(q - 1))) {
    if (text.charCodeAt(q - 1) === 10 && ++newlines > maxNewlines) break;
    q--;
  }
  return q;
}

function isSo(text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  return (a === 115 || a === 83) && (text[at + 1] === 'ố' || text[at + 1] === 'Ố');
}

/**
 * Inspect the text before a number that starts at `symStart`: a type word ("Nghị định"),
 * "số", a form noun ("Mẫu số"), a generic head ("văn bản số"). Read backwards word by word,
 * so the cost does not depend on how much text precedes the number.
 */
export function readPrefix(text: string, symStart: number): Prefix {
  const none: Prefix = { start: symStart, typeWord: null, hasSo: false, formNoun: false, generic: false, issuerBefore: null };
  let p = symStart;
  let hasSo = false;
  let soAt = -1;
  if (p >= 2 && isSo(text, p - 2) && (p === 2 || !isLetterCode(text.charCodeAt(p - 3)))) {
    hasSo = true; // "số31-QĐ/TW": "số" glued to the number
    soAt = p - 2;
    p = backOverBlanks(text, soAt);
  } else {
    // (a page break may fall between "số" and its number, leaving a blank line: "… Nghị định số\n\n15/2018/NĐ-CP"; no
    // paragraph ends with "số", so the blank line is no paragraph break there)
    // (not a table's header cell "Số" alone on its line; "số:" too)
    let q = backOverBlanks(text, p, 2);
    if (q > 0 && text.charCodeAt(q - 1) === 58) q = backOverBlanks(text, q - 1);
    const wordsBeforeSo = (at: number): boolean => /\p{L}[^\n]*$/u.test(text.slice(Math.max(0, at - 60), at));
    p = q >= 2 && isSo(text, q - 2) && (q === 2 || !isLetterCode(text.charCodeAt(q - 3))) && wordsBeforeSo(q - 2) ? q : backOverBlanks(text, p);
    if (p > 0 && text.charCodeAt(p - 1) === 58) p = backOverBlanks(text, p - 1); // "số: "
    if (p >= 2 && isSo(text, p - 2) && (p === 2 || !isLetterCode(text.charCodeAt(p - 3)))) {
      hasSo = true;
      soAt = p - 2;
      p = backOverBlanks(text, soAt);
    }
  }
  const { words, starts } = wordsBefore(text, p);
  for (let n = words.length; n >= 1; n--) {
    const key = words.slice(words.length - n).join(' ');
    const kind = HEADS.get(key);
    if (!kind) continue;
    const start = starts[words.length - n] as number;
    if (start > 0 && /[\p{Nd}]/u.test(text[start - 1] as string)) continue;
    if (kind === 'form') return { ...none, start, formNoun: true };
    if (kind === 'generic') return hasSo ? { ...none, start: soAt, hasSo, generic: true } : none;
    return { ...none, start, typeWord: text.slice(start, p), hasSo };
  }
  if (!hasSo) return none;
  // Party style puts the issuer first: "Quyết định của Bộ Chính trị số 31-QĐ/TW"
  const window = text.slice(Math.max(0, soAt - 120), soAt);
  if (window.includes('của')) {
    const m = ISSUER_BEFORE.exec(window);
    if (m && m.groups) {
      return { ...none, start: soAt - window.length + m.index, typeWord: m.groups.tw as string, hasSo, issuerBefore: toOldStyleTone((m.groups.issuer as string).replace(/\s+/g, ' ').trim()) };
    }
  }
  return { ...none, start: soAt, hasSo };
}

// a line may wrap anywhere in a pinpoint ("tại khoản\n2 Điều 6", "Điều\n18a"), after its keywords and its commas too
const COMMA = String.raw`[ ]*,[ ]*(?:\n[ ]*)?`;
const PINPOINT = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:[Đđ]iểm|ĐIỂM)(?:${WS})(?<point>[a-zđ]\d?)(?:${COMMA}[a-zđ]\d?)*(?:${WS}))?(?:(?:[Kk]hoản|KHOẢN)(?:${WS})(?<clause>\d{1,3}[a-zđ]?)(?:${COMMA}\d{1,3}[a-zđ]?)*(?:${WS}))?(?:[Đđ]iều|ĐIỀU)(?:${WS})(?<article>\d{1,3}[a-zđ]?)(?:${WS})(?:của(?:${WS}))?$`,
  'u',
);

export interface PinpointMatch {
  start: number;
  text: string;
  article: string | null;
  clause: string | null;
  point: string | null;
}

/** "khoản 2 Điều 3 " right before a citation. */
export function readPinpoint(text: string, spanStart: number): PinpointMatch | null {
  const from = Math.max(0, spanStart - 60);
  const window = text.slice(from, spanStart);
  const m = PINPOINT.exec(window);
  if (!m || !m.groups) return null;
  return {
    start: from + m.index,
    text: m[0].replace(/\s+/g, ' ').replace(/ (của )?$/u, ''),
    article: m.groups.article ?? null,
    clause: m.groups.clause ?? null,
    point: m.groups.point ?? null,
  };
}

// gaps: "_" at least one space or a single line break, "_0" optional
const _ = String.raw`(?:[ ]+(?:\n[ ]*)?|\n[ ]*)`;
const _0 = String.raw`[ ]*(?:\n[ ]*)?`;
const DATE_NUMERIC = new RegExp(String.raw`${_0},?${_0}(?:ban${_}hành${_})?ngày${_}(\d{1,2})${_0}([/.-])${_0}(\d{1,2})${_0}\2${_0}((?:19|20)\d{2})\d{0,2}(?!\d)`, 'iy');
const DATE_LONG = new RegExp(String.raw`${_0},?${_0}(?:ban${_}hành${_})?ngày${_}(\d{1,2})${_}tháng${_}(\d{1,2})${_}năm${_}((?:19|20)\d{2})\d{0,2}(?!\d)`, 'iy');

export interface DateMatch {
  iso: string;
  end: number;
  valid: boolean;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date clause starting at `pos` ("ngày 25/10/2017", ", ngày 09 tháng 01 năm 2015"). */
export function readDate(text: string, pos: number): DateMatch | null {
  DATE_NUMERIC.lastIndex = pos;
  let m = DATE_NUMERIC.exec(text);
  let d: number, mo: number, y: number, end: number;
  if (m) {
    d = Number(m[1]);
    mo = Number(m[3]);
    y = Number(m[4]);
    end = DATE_NUMERIC.lastIndex;
  } else {
    DATE_LONG.lastIndex = pos;
    m = DATE_LONG.exec(text);
    if (!m) return null;
    d = Number(m[1]);
    mo = Number(m[2]);
    y = Number(m[3]);
    end = DATE_LONG.lastIndex;
  }
  const valid = d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1945;
  return { iso: iso(y, mo, d), end, valid };
}

const ISSUER_START = /[ ]*(?:\n[ ]*)?,?[ ]*(?:\n[ ]*)?của(?:[ ]+|\n[ ]*)/y;
// (a point inside a word, "TP.HCM", never one that ends the sentence: "… của Chính phủ.\nc) …")
const ISSUER_WORD = /([ ]*(?:\n[ ]*)?)([\p{L}\d](?:[\p{L}\d]|\.(?=[\p{L}\d]))*|-|\((?:[Kk]h(?:óa|oá)|nhiệm kỳ)[^)\n]{1,20}\)|,)/uy;
// words that end an issuer phrase: the trích yếu starts, or a new clause (a passive or an auxiliary of the sentence, which no title
// opens with: "… của Bộ trưởng Bộ Kế hoạch và Đầu tư bị ngưng hiệu lực thi hành từ …"; a title's own verbs, "… của Chính phủ tạm
// ngưng hiệu lực …", are left to the title; "chấm" of "chấm dứt hiệu lực", which ends a document as "hết" does: "… của Bộ trưởng Bộ
// Tài chính chấm dứt hiệu lực kể từ …"; and the conjunctions and verbs that follow a body's full name, "… của Ủy ban nhân dân tỉnh Long
// An mà thực hiện theo …", "… của Ủy ban nhân dân tỉnh nay là …")
const ISSUER_STOP = new Set(
  'về quy ban hướng thực triển sửa bổ phê tại đã được theo ngày số nhằm để trong đối có là thì cho gồm như khi này kèm thi tổ đến từ hết nêu trên sau trước hoặc bị vẫn sẽ chưa chấm mà nay cũng vì do nhưng còn phải cần nên tiếp xem với'.split(' '),
);
const TYPE_WORD_AHEAD = new RegExp(`^(?:${TYPE_WORD_SOURCE})(?![\\p{L}])`, 'iu');

export interface IssuerMatch {
  text: string;
  end: number;
}

/** The "của …" phrase at `pos`: up to 14 words, stopping where the title or a new citation begins. */
export function readIssuer(text: string, pos: number): IssuerMatch | null {
  ISSUER_START.lastIndex = pos;
  if (!ISSUER_START.exec(text)) return null;
  let p = ISSUER_START.lastIndex;
  const words: string[] = [];
  let end = p;
  for (let i = 0; i < 16; i++) {
    ISSUER_WORD.lastIndex = p;
    const m = ISSUER_WORD.exec(text);
    if (!m) break;
    const w = m[2] as string;
    const lower = w.toLowerCase();
    if (w === ',') break;
    // ("ban" of "Ủy ban nhân dân" goes on: only "ban hành" opens the title)
    if (/^[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/u.test(w) && ISSUER_STOP.has(lower) && !(lower === 'ban' && /^(?:ủy|uỷ|uy)$/iu.test(words[words.length - 1] ?? ''))) break;
    // ("… của Bộ trưởng Bộ Giao thông vận tải không còn áp dụng": a negated predicate, not the "không" of "Cục Hàng không")
    if (w === 'không' && /^[ \n]+(?:còn|áp|được|phải|thuộc)(?![\p{L}])/u.test(text.slice(ISSUER_WORD.lastIndex, ISSUER_WORD.lastIndex + 12))) break;
    if (lower === 'và') {
      // "Bộ Lao động - Thương binh và Xã hội" keeps its "và"; "… và Nghị định số …" does not
      const rest = text.slice(ISSUER_WORD.lastIndex, ISSUER_WORD.lastIndex + 40).trimStart();
      if (TYPE_WORD_AHEAD.test(rest) || /^(?:các|số|Luật)\b/u.test(rest) || !/^\p{Lu}/u.test(rest)) break;
    }
    if (/^\d/.test(w) && !/^(?:khóa|khoá|lần|thứ)$/i.test(words[words.length - 1] ?? '')) break;
    words.push(w);
    p = ISSUER_WORD.lastIndex;
    end = p;
  }
  while (words.length > 0 && /^(?:-|và)$/.test(words[words.length - 1] as string)) {
    words.pop();
  }
  if (words.length === 0) return null;
  const phrase = words.join(' ').replace(/ - /g, ' - ');
  // recompute the end after trailing connectors were dropped
  const last = words[words.length - 1] as string;
  const lastAt = text.lastIndexOf(last, end);
  return { text: phrase, end: lastAt >= 0 ? lastAt + last.length : end };
}
