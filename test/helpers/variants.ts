/**
 * Metamorphic variants of a text: rewritings that a Vietnamese legal text really shows between sources (a PDF export,
 * a web page, a Word file, an OCR pass) and that must not change what the document says it does to other documents.
 * Each variant carries, for every UTF-16 unit it holds, the position in the original it came from, so that a span
 * read on the variant can be compared with one read on the original.
 */
// the snapshot fuzzer's seeded generator (mulberry32): the same variant on every run
import { rng } from '../../bench/fuzz-snapshot.mjs';

export interface Variant {
  text: string;
  /** origin[i]: position in the original of the variant's unit i; origin[text.length] = original.length */
  origin: Int32Array;
}

/**
 * A variant built piece by piece: each piece comes from one position of the original (or a range, copied). The
 * origins go straight into a typed array: the dev files are 14.6 M units, 11 variants each, and a number[] pushed one
 * unit at a time and copied into an Int32Array at the end cost about half of the variants test (43 s of 87 s).
 */
class Builder {
  private parts: string[] = [];
  private origins: Int32Array;
  private n = 0;
  constructor(private readonly original: string) {
    // most variants are about as long as the original; a longer one (doubled spaces, NFD) grows the array
    this.origins = new Int32Array(original.length + 1);
  }
  private room(k: number): void {
    if (this.n + k <= this.origins.length) return;
    let size = this.origins.length * 2;
    while (size < this.n + k) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.origins.subarray(0, this.n));
    this.origins = grown;
  }
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.original.slice(from, to));
    this.room(to - from);
    const o = this.origins;
    let n = this.n;
    for (let i = from; i < to; i++) o[n++] = i;
    this.n = n;
  }
  /** `s` stands for the original's unit at `at` (an inserted or replacing piece) */
  put(s: string, at: number): void {
    this.parts.push(s);
    this.room(s.length);
    this.origins.fill(at, this.n, this.n + s.length);
    this.n += s.length;
  }
  done(): Variant {
    this.room(1);
    this.origins[this.n++] = this.original.length;
    return { text: this.parts.join(''), origin: this.origins.slice(0, this.n) };
  }
}

/** Every match of `re` (global) replaced by what `f` returns for it; the rest copied. */
function replaceEach(text: string, re: RegExp, f: (m: RegExpExecArray) => string | null): Variant {
  const b = new Builder(text);
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const rep = f(m);
    if (rep === null) continue;
    b.copy(last, m.index);
    // a replacement of the same length keeps positions one to one; otherwise every unit stands for the match's start
    if (rep.length === m[0].length) for (let i = 0; i < rep.length; i++) b.put(rep[i] as string, m.index + i);
    else b.put(rep, m.index);
    last = m.index + m[0].length;
  }
  b.copy(last, text.length);
  return b.done();
}

const TONED_A = 'àáảãạ';
const TONED_E = 'èéẻẽẹ';
const TONED_Y = 'ỳýỷỹỵ';
const TONED_O = 'òóỏõọ';
const TONED_U = 'ùúủũụ';

/**
 * Tone placement swapped on the open diphthongs oa, oe, uy that end a syllable: hòa ↔ hoà, khỏe ↔ khoẻ, thủy ↔ thuỷ,
 * Ủy ↔ Uỷ; the direction each text does not use is the one written (both spellings are official and common).
 */
export function toneSwapped(text: string): Variant {
  const re = /(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])|(?<![qQ])([òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ])([aeyAEY])(?![\p{L}\p{M}])/gu;
  return replaceEach(text, re, (m) => {
    if (m[1] !== undefined) {
      // new style (hoà) → old style (hòa)
      const v1 = m[1];
      const v2 = m[2] as string;
      const lower2 = v2.toLowerCase();
      const t = Math.max(TONED_A.indexOf(lower2), TONED_E.indexOf(lower2), TONED_Y.indexOf(lower2));
      const isY = TONED_Y.includes(lower2);
      if (isY !== (v1.toLowerCase() === 'u')) return null; // "oỳ", "uà" are not these diphthongs
      const toned = (isY ? TONED_U : TONED_O)[t] as string;
      const plain = isY ? 'y' : TONED_A.includes(lower2) ? 'a' : 'e';
      return (v1 === v1.toUpperCase() ? toned.toUpperCase() : toned) + (v2 === v2.toUpperCase() ? plain.toUpperCase() : plain);
    }
    const v1 = m[3] as string;
    const v2 = m[4] as string;
    const lower1 = v1.toLowerCase();
    const isU = TONED_U.includes(lower1);
    if (isU !== (v2.toLowerCase() === 'y')) return null;
    const t = (isU ? TONED_U : TONED_O).indexOf(lower1);
    const plain1 = isU ? 'u' : 'o';
    const toned2 = (v2.toLowerCase() === 'a' ? TONED_A : v2.toLowerCase() === 'e' ? TONED_E : TONED_Y)[t] as string;
    return (v1 === v1.toUpperCase() ? plain1.toUpperCase() : plain1) + (v2 === v2.toUpperCase() ? toned2.toUpperCase() : toned2);
  });
}

// what NFD makes of a character, per character seen (a text has a few hundred distinct ones, and String#normalize on
// each of 14.6 M characters was 12 s of the variants test)
const DECOMPOSED = new Map<string, string>();

/** Every character decomposed (NFD), as macOS file names and some web pages give it. */
export function nfd(text: string): Variant {
  const b = new Builder(text);
  let kept = 0; // start of the run of characters NFD leaves as they are, copied as one piece
  let i = 0;
  while (i < text.length) {
    // nothing below U+00C0 (À) has a canonical decomposition
    if (text.charCodeAt(i) < 0xc0) {
      i++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    let d = DECOMPOSED.get(ch);
    if (d === undefined) DECOMPOSED.set(ch, (d = ch.normalize('NFD')));
    if (d !== ch) {
      b.copy(kept, i);
      b.put(d, i);
      kept = i + ch.length;
    }
    i += ch.length;
  }
  b.copy(kept, text.length);
  return b.done();
}

/** Every Đ written as Ð (U+00D0, Latin capital eth), the look-alike of old code pages and OCR. */
export const eth = (text: string): Variant => replaceEach(text, /Đ/g, () => '\u00D0');

/** Spaces inside lines replaced, one in two (seeded), by `space` (a no-break or a narrow no-break space). */
export function spaces(text: string, space: string, seed: number): Variant {
  const r = rng(seed);
  return replaceEach(text, / /g, () => (r() < 0.5 ? space : null));
}

/** Straight quotes written as curly ones, opening and closing in turn on each line. */
export function curly(text: string): Variant {
  let open = true;
  return replaceEach(text, /["'\n]/g, (m) => {
    if (m[0] === '\n') {
      open = true;
      return null;
    }
    if (m[0] === "'") return '\u2019';
    const q = open ? '\u201C' : '\u201D';
    open = !open;
    return q;
  });
}

/** Curly quotes written straight. */
export const straight = (text: string): Variant => replaceEach(text, /[\u201C\u201D\u2018\u2019]/g, (m) => (m[0] === '\u2018' || m[0] === '\u2019' ? "'" : '"'));

export const crlf = (text: string): Variant => replaceEach(text, /\r?\n/g, (m) => (m[0] === '\n' ? '\r\n' : null));

/** Every space inside a line doubled (a justified PDF export). */
export const doubled = (text: string): Variant => replaceEach(text, / /g, () => '  ');

// what a line may not start with after a wrap without becoming another paragraph: an article, chapter, item or list
// mark (a real wrap can make one, but then no reader, human or not, could tell it from a heading)
const OPENS_PARAGRAPH = /^(?:Điều|Chương|Mục|Phần|Phụ|PHỤ|ĐIỀU|CHƯƠNG|MỤC|PHẦN|[IVXLC]+[.)]|\d+(?:\.\d+)*[.)]|[a-zđ]\d?\)|[-+•*]|Căn|Theo|Xét|QUYẾT|Nơi)/u;

/**
 * Hard line wraps, as a PDF export to a narrower column puts them: the text is wrapped again at a width drawn
 * (seeded) between 45 and 75 characters, breaking at a space, the line breaks it has kept; a "số" before a number that
 * falls 30 characters or more into a line is always broken there ("Nghị định số\n15/2018/NĐ-CP"). Never where the next
 * word would open a paragraph. A wrap only ever comes where a line is full: never after the first words of a
 * paragraph ("Căn\ncứ" is no layout's).
 */
export function wrapped(text: string, seed: number): Variant {
  const r = rng(seed);
  let lineStart = 0;
  let width = 45 + Math.floor(r() * 31);
  return replaceEach(text, /[ \n]/g, (m) => {
    if (m[0] === '\n') {
      lineStart = m.index + 1;
      return null;
    }
    const column = m.index - lineStart;
    const next = text.slice(m.index + 1, m.index + 12);
    if (OPENS_PARAGRAPH.test(next)) return null;
    const soNumber = column >= 30 && /(?:^|[^\p{L}])[sS]ố$/u.test(text.slice(Math.max(lineStart, m.index - 4), m.index)) && /^\d/.test(next);
    if (!soNumber && column < width) return null;
    lineStart = m.index + 1;
    width = 45 + Math.floor(r() * 31);
    return '\n';
  });
}

// a letter's type written in lower case mid-sentence before "số N" ("Theo công văn số 14774/BTC-NSNN", "tại công văn số …"):
// in the shared corpus this is the one type Vietnamese texts write so (5 of 41 mid-sentence "công văn số N"); normative
// types (Nghị định 1592, Thông tư 1141, Quyết định 324, Nghị quyết 280 mid-sentence) are never lower-cased there, as
// Decree 30/2020/NĐ-CP on drafting wants
const LOWERABLE = /(?<=[\p{Ll},] )Công văn(?= số \d)/gu;

/** "Công văn số N" written "công văn số N" mid-sentence. */
export const lowerTypes = (text: string): Variant => replaceEach(text, LOWERABLE, (m) => m[0].toLowerCase());

/**
 * The hard wraps undone, as a web page or a Word file gives the text a PDF export wrapped: a line break becomes a space where
 * a full line (50 characters or more) ends inside a sentence (no stop, colon or semicolon before it) and the next line goes on
 * in lower case or with a number ("… của Thông\ntư số …", "… ngày 17\ntháng 4 …"). A break before a capital, a list mark or a heading stays: no
 * reader could tell a wrap there from a new paragraph.
 */
export const joined = (text: string): Variant =>
  replaceEach(text, /(?<=[^\s.;:!?])\n(?=[\p{Ll}\d])/gu, (m) => {
    // (a wrap comes where a line is full: a short line is a cell of a flattened table, a heading or a signature)
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    return m.index - lineStart < 50 || OPENS_PARAGRAPH.test(text.slice(m.index + 1, m.index + 12)) ? null : ' ';
  });

/**
 * Page breaks inside sentences, as a PDF export of several pages leaves them: a blank line at about one in four of the line
 * breaks that fall inside a sentence after a full line (no stop, colon or semicolon before, the next line in lower case or
 * with a number; seeded). A break before a capital stays as it is: a blank line there is a new paragraph to any reader.
 */
export function pageBroken(text: string, seed: number): Variant {
  const r = rng(seed);
  // (a page breaks where a line is full, as a wrap does: 50 characters or more)
  return replaceEach(text, /(?<=[^\s.;:!?])\n(?=[\p{Ll}\d])/gu, (m) => (r() < 0.25 && m.index - (text.lastIndexOf('\n', m.index - 1) + 1) >= 50 ? '\n\n' : null));
}

/** An article heading with a colon after its number ("Điều 1: Bãi bỏ …"), as local decisions often write it. */
export const articleColons = (text: string): Variant => replaceEach(text, /(?<=(?:^|\n)[ \t]*Điều[ ]\d{1,3}[a-zđ]?)\.(?=[ \t])/gu, () => ':');

export interface VariantKind {
  name: string;
  make: (text: string) => Variant;
}

export const VARIANTS: VariantKind[] = [
  { name: 'nfd', make: nfd },
  { name: 'tone', make: toneSwapped },
  { name: 'eth', make: eth },
  { name: 'nbsp', make: (t) => spaces(t, '\u00A0', 1) },
  { name: 'narrow-nbsp', make: (t) => spaces(t, '\u202F', 2) },
  { name: 'curly', make: curly },
  { name: 'straight', make: straight },
  { name: 'wrap', make: (t) => wrapped(t, 3) },
  { name: 'page-breaks', make: (t) => pageBroken(t, 1) },
  { name: 'crlf', make: crlf },
  { name: 'doubled-spaces', make: doubled },
  { name: 'lower-types', make: lowerTypes },
  { name: 'joined', make: joined },
  { name: 'article-colons', make: articleColons },
];
