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
const FORM_NOUN = String.raw`(?:[Mm]ẫu|MẪU|[Bb]iểu(?:[ ]+mẫu)?|[Pp]hụ[ ]+lục|PHỤ[ ]+LỤC|[Mm]ã|[Tt]ổng|[Tt]ờ[ ]+khai|[Tt]hửa|[Tt]ài[ ]+khoản|[Đđ]iện[ ]+thoại|[Ff]ax|[Kk]ý[ ]+hiệu|[Hh]ồ[ ]+sơ|[Cc]hứng[ ]+chỉ|[Gg]iấy[ ]+chứng[ ]+nhận|[Ss]ố[ ]+hiệu|QCVN|TCVN|[Mm]ẫu[ ]+biểu)`;

/** What stands right before a number, matched on a window that ends at the number. */
const PREFIX = new RegExp(
  String.raw`(?:(?<formnoun>${FORM_NOUN})(?:${WS})?(?:[Ss]ố)?[ ]*:?[ ]*` +
    String.raw`|(?<![\p{L}\d])(?<tw>${TYPE_WORD_SOURCE})(?:(?<issuerBefore>(?:${WS})của(?:${WS})\p{Lu}[^\n;:.()\d/,"]{1,60}?)(?:${WS}))?(?:(?:${WS})(?<so>số|Số|SỐ)[ ]*:?(?:[ ]*|${WS})|[ ]*:?(?:[ ]*|${WS})|(?<=số|Số|SỐ))` +
    String.raw`|(?<![\p{L}\d])(?<generic>văn[ ]+bản|Văn[ ]+bản|ý[ ]+kiến|tờ|công[ ]+văn)?(?:${WS})?(?<so2>số|Số|SỐ)[ ]*:?(?:[ ]*|${WS})|(?<=số|Số|SỐ))$`,
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

/** Inspect the text before a number that starts at `symStart`. */
export function readPrefix(text: string, symStart: number): Prefix {
  const from = Math.max(0, symStart - 140);
  const window = text.slice(from, symStart);
  const m = PREFIX.exec(window);
  if (!m || !m.groups) return { start: symStart, typeWord: null, hasSo: false, formNoun: false, generic: false, issuerBefore: null };
  const g = m.groups;
  if (g.formnoun) return { start: from + m.index, typeWord: null, hasSo: false, formNoun: true, generic: false, issuerBefore: null };
  if (g.tw) {
    return {
      start: from + m.index,
      typeWord: g.tw,
      hasSo: Boolean(g.so),
      formNoun: false,
      generic: false,
      issuerBefore: g.issuerBefore ? g.issuerBefore.replace(/^\s*của\s+/u, '').replace(/\s+/g, ' ').trim() : null,
    };
  }
  if (g.so2) {
    const soAt = from + m.index + m[0].indexOf(g.so2, g.generic ? g.generic.length : 0);
    return { start: soAt, typeWord: null, hasSo: true, formNoun: false, generic: Boolean(g.generic), issuerBefore: null };
  }
  // "số31-QĐ/TW": "số" glued to the number
  if (/số$/i.test(window)) return { start: symStart - 2, typeWord: null, hasSo: true, formNoun: false, generic: false, issuerBefore: null };
  return { start: symStart, typeWord: null, hasSo: false, formNoun: false, generic: false, issuerBefore: null };
}

const PINPOINT = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:[Đđ]iểm|ĐIỂM)[ ]+(?<point>[a-zđ]\d?)(?:[ ]*,[ ]*[a-zđ]\d?)*(?:${WS}))?(?:(?:[Kk]hoản|KHOẢN)[ ]+(?<clause>\d{1,3}[a-zđ]?)(?:[ ]*,[ ]*\d{1,3}[a-zđ]?)*(?:${WS}))?(?:[Đđ]iều|ĐIỀU)[ ]+(?<article>\d{1,3}[a-zđ]?)(?:${WS})(?:của(?:${WS}))?$`,
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
const ISSUER_WORD = /([ ]*(?:\n[ ]*)?)([\p{L}\d][\p{L}\d.]*|-|\((?:[Kk]hóa|nhiệm kỳ)[^)\n]{1,20}\)|,)/uy;
// words that end an issuer phrase: the trích yếu starts, or a new clause
const ISSUER_STOP = new Set(
  'về quy ban hướng thực triển sửa bổ phê tại đã được theo ngày số nhằm để trong đối có là thì cho gồm như khi này kèm thi tổ đến từ hết nêu trên sau trước hoặc'.split(' '),
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
    if (/^[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/u.test(w) && ISSUER_STOP.has(lower)) break;
    if (lower === 'và') {
      // "Bộ Lao động - Thương binh và Xã hội" keeps its "và"; "… và Nghị định số …" does not
      const rest = text.slice(ISSUER_WORD.lastIndex, ISSUER_WORD.lastIndex + 40).trimStart();
      if (TYPE_WORD_AHEAD.test(rest) || /^(?:các|số|Luật)\b/u.test(rest) || !/^\p{Lu}/u.test(rest)) break;
    }
    if (/^\d/.test(w) && !/^(?:khóa|lần|thứ)$/i.test(words[words.length - 1] ?? '')) break;
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
