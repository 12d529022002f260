import { OffsetMap, OffsetStage } from './offset-map.js';

/**
 * The text the matchers run on, and the way back to the caller's string.
 *
 * Pipeline (spec §8.7): NFC → look-alikes and separators → spaces, zero-width,
 * CR, markdown emphasis → numbers rejoined across a line break. Tone placement
 * (hoà/hòa) is not changed here: the places that compare words (lexicon, issuer
 * phrases, keys) canonicalize the few words they look at, which is far cheaper
 * than rewriting every toned vowel of the text.
 * Stages that change lengths record it in an OffsetMap; every span reported by
 * vanban goes through it, so offsets always index the ORIGINAL input.
 */
export interface NormalizedText {
  /** The caller's string, untouched. */
  readonly original: string;
  /** The matching text. */
  readonly text: string;
  readonly map: OffsetMap;
  /**
   * The notes a legal database inserted into the text it serves, as spans of the original ("[Khoản này hết hiệu lực bởi
   * Khoản 2 Điều 19 Luật … 2025 có hiệu lực từ ngày 01/10/2025]"): left out of the matching text, whose sentences they cut
   */
  readonly asides: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

const COMBINING = /[\u0300-\u036F]/;
// a base character followed by its combining marks: NFC never composes across such a cluster
const CLUSTER = /[^\u0300-\u036F][\u0300-\u036F]+/g;

function composeNfc(raw: string, stage: OffsetStage): string {
  if (!COMBINING.test(raw)) return raw;
  let out = '';
  let last = 0;
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(raw); m; m = CLUSTER.exec(raw)) {
    const composed = m[0].normalize('NFC');
    out += raw.slice(last, m.index);
    if (composed.length !== m[0].length) stage.record(m.index, m.index + m[0].length, out.length, composed.length);
    out += composed;
    last = m.index + m[0].length;
  }
  out += raw.slice(last);
  return out;
}

/** One-to-one substitutions: same length, no offset entries needed. */
const ONE_TO_ONE: Record<string, string> = {
  '\u00D0': 'Đ', // Latin capital eth, a common OCR and code-page substitute for Đ
  '\u00F0': 'đ',
  '\u0189': 'Đ', // African D
  '\u0256': 'đ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\uFE63': '-', '\uFF0D': '-',
  '\u2044': '/', '\u2215': '/', '\uFF0F': '/',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u3000': ' ', '\t': ' ',
  '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
  '\u2006': ' ', '\u2008': ' ', '\u2009': ' ', '\u200A': ' ',
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\r': '\n',
};

/** Cyrillic letters that look Latin; replaced only inside code tokens (spec §8.4). */
const CYRILLIC: Record<string, string> = {
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X',
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'І': 'I', 'і': 'i',
};
const TOKEN_CHAR = /[A-Za-z0-9ĐđÐ\u0400-\u04FF]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9ĐđÐ]/;

/** A Cyrillic look-alike is a code letter when its token also holds Latin letters or digits ("BTС"), not in a Russian word. */
function inCodeToken(src: string, at: number): boolean {
  // codes are short: looking 16 characters each way keeps this linear on any input
  const lo = Math.max(0, at - 16);
  const hi = Math.min(src.length, at + 17);
  for (let i = at - 1; i >= lo && TOKEN_CHAR.test(src[i] as string); i--) if (LATIN_OR_DIGIT.test(src[i] as string)) return true;
  for (let i = at + 1; i < hi && TOKEN_CHAR.test(src[i] as string); i++) if (LATIN_OR_DIGIT.test(src[i] as string)) return true;
  return false;
}

// What to do with each UTF-16 code unit, looked up in one table: a character-class regex
// over non-Latin-1 text runs at a fraction of the speed of this loop.
const KEEP = 0;
const MAP = 1; // one-to-one, REPLACEMENT holds the new code unit
const DROP = 2; // zero-width characters, the soft hyphen, markdown "*"
const CR = 3;
const CYR = 4;
const NEWLINE = 5;
const COMBINING_MARK = 6; // U+0300–U+036F: the text needs NFC first (substitute gives up, see normalizeText)
const SPACE = 7; // a plain space: an action only when another blank follows it
const ACTION = new Uint8Array(0x10000);
const REPLACEMENT = new Uint16Array(0x10000);
/** letters and combining marks, for "the syllable ends here" */
const IS_LETTER = new Uint8Array(0x10000);
/** what may stand before a line break that needs a look: a separator (any dash or slash), a digit, a blank, a CR */
const BEFORE_BREAK = new Uint8Array(0x10000);
/** a blank inside a line: the space, the tab and every space the one-to-one table turns into a space */
const BLANK = new Uint8Array(0x10000);

(function buildTables(): void {
  for (const [from, to] of Object.entries(ONE_TO_ONE)) {
    ACTION[from.charCodeAt(0)] = MAP;
    REPLACEMENT[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  for (const c of ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '*']) ACTION[c.charCodeAt(0)] = DROP;
  for (const c of Object.keys(CYRILLIC)) ACTION[c.charCodeAt(0)] = CYR;
  ACTION[13] = CR;
  ACTION[10] = NEWLINE;
  ACTION[32] = SPACE;
  BLANK[32] = 1;
  for (const [from, to] of Object.entries(ONE_TO_ONE)) if (to === ' ') BLANK[from.charCodeAt(0)] = 1;
  for (let c = 0x300; c <= 0x36f; c++) ACTION[c] = COMBINING_MARK;
  for (const c of '/-0123456789 \t\r') BEFORE_BREAK[c.charCodeAt(0)] = 1;
  for (const [from, to] of Object.entries(ONE_TO_ONE)) if (to === '-' || to === '/' || to === ' ') BEFORE_BREAK[from.charCodeAt(0)] = 1;
  const letter = /[\p{L}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) IS_LETTER[c] = letter.test(String.fromCharCode(c)) ? 1 : 0;
})();

/** A letter or combining mark (any script), by table: cheaper than a regex per character. */
export function isLetterCode(c: number): boolean {
  return IS_LETTER[c] === 1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || c === 0x110;
const isCodeLetter = (c: number): boolean => isUpperCode(c) || (c >= 97 && c <= 122) || c === 0x111;
const mapped = (c: number): number => (ACTION[c] === MAP ? (REPLACEMENT[c] as number) : c);

/**
 * A symbol broken after a separator by a PDF line wrap ("68/2026/NĐ-⏎CP", "04/2015/⏎NĐ-CP",
 * "364/TTr-BNG-⏎VP", "23⏎/NQ-CP"): true when the break between `before` (last non-blank
 * before the newline) and `after` (first non-blank after it) sits inside one symbol.
 */
function breaksSymbol(src: string, before: number, after: number): boolean {
  if (before < 0 || after >= src.length) return false;
  const b = mapped(src.charCodeAt(before));
  const a = mapped(src.charCodeAt(after));
  if (b === 47 || b === 45) {
    // "/" or "-": the fragment before it must end a number or an upper-case code
    if (!(isDigit(a) || isUpperCode(a))) return false;
    let j = before - 1;
    if (j < 0) return false;
    // (letters read through the one-to-one table: "NÐ-⏎CP" typed with the look-alike Ð is "NĐ-CP")
    const c = mapped(src.charCodeAt(j));
    if (isDigit(c)) return true;
    if (!isCodeLetter(c)) return false;
    while (j > 0 && before - j < 12 && isCodeLetter(mapped(src.charCodeAt(j - 1)))) j--;
    return isUpperCode(mapped(src.charCodeAt(j)));
  }
  if (isDigit(b) && mapped(a) === 47 && after + 1 < src.length) {
    const n = mapped(src.charCodeAt(after + 1));
    return isDigit(n) || isUpperCode(n);
  }
  return false;
}

/**
 * A number that a PDF export wrapped onto the next line after "số" ("Luật Bảo hiểm tiền gửi số⏎06/2012/QH13", "Nghị định
 * số⏎15/2018/NĐ-CP"): the break is a space in the matching text (same length), so that the name, "số" and the number are
 * read as one citation. Only a symbol's number ("06/2012…", "15-NQ/TW") after the word "số": a clause number ("số⏎2.")
 * or a number after another word is left on its line. `at` is the break (or its CR).
 */
function numberAfterSo(src: string, at: number): boolean {
  if (at < 2 || src.charCodeAt(at - 2) !== 115 || src.charCodeAt(at - 1) !== 0x1ed1) return false; // "số"
  if (at >= 3 && IS_LETTER[src.charCodeAt(at - 3)] === 1) return false;
  const nl = src.charCodeAt(at) === 13 ? at + 1 : at;
  let j = nl + 1;
  if (!isDigit(src.charCodeAt(j))) return false;
  while (j < src.length && j - nl < 8 && isDigit(src.charCodeAt(j))) j++;
  const after = src.charCodeAt(j);
  return after === 47 || after === 45;
}

// a line that goes on a sentence: a word in lower case, not an item's mark ("a) ", "b. "), or the rest of a number or a date
// ("09/2023/NĐ-CP ngày …", "13 tháng 3 năm 2023"), not a page's number or a clause's ("2. ")
// (or a place's number in a list of places, "… khoản\n\n6, khoản 9, khoản 10 Điều 1 …")
const GOES_ON = /^(?:\p{Ll}(?![).])|\d{1,4}[/-]\d|\d{1,2}[ ]+(?:tháng|năm)(?![\p{L}])|\d{1,3}[a-zđ]?(?:,|[ ]+(?:và|Điều|khoản|điểm|của)(?![\p{L}])))/u;
/**
 * Where the line that goes on after a page break inside a sentence starts, or -1: `runStart` is where the blanks before the
 * newline start, `runEnd` where those after it end. A page break is one blank line (and the page's number with another) between
 * a full line (or the rest of a wrapped one) that ends with no stop, colon, semicolon or bracket and one that goes on (GOES_ON).
 */
function pageBreakEnd(src: string, runStart: number, runEnd: number): number {
  if (runEnd >= src.length || (src.charCodeAt(runEnd) !== 10 && src.charCodeAt(runEnd) !== 13) || runStart === 0) return -1;
  const before = src.charAt(runStart - 1);
  // (a closing quote ends a quoted phrase, not the sentence, when the next line goes on: "… bằng cụm từ “Cục Hải quan”\n\ntại …")
  if (before === '\n' || /[.;:!?)\]]/u.test(before)) return -1;
  // (a page breaks after a full line, or after the rest of a sentence that a full line wrapped: a short line after a stop or
  // another short one is a table's cell, "STT\nSố\n\n15/2018/NĐ-CP", a heading, or a clause of its own)
  const lineStart = src.lastIndexOf('\n', runStart - 1) + 1;
  if (runStart - lineStart < FULL_LINE) {
    if (lineStart < 2) return -1;
    const previous = src.slice(src.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trimEnd();
    if (previous.length < FULL_LINE || /[.;:!?]$/u.test(previous)) return -1;
  }
  const j = afterOneBlankLine(src, runEnd);
  if (j < 0) return -1;
  if (GOES_ON.test(src.slice(j, j + 12))) return j;
  // (a document's number cut at its symbol's hyphen goes on with the rest of the symbol: "Thông tư số 27/2016/TT-\n\nBLĐTBXH")
  if (breaksSymbol(src, runStart - 1, j) && !PAGE_NUMBER_LINE.test(src.slice(j, j + 16))) return j;
  // (a number after a word that wants one: "… ngày 14 tháng 7 năm\n\n2023 của …", "… khoản\n\n3 Điều 5"; alone on its line, it is
  // the page's)
  if (WANTS_NUMBER.test(src.slice(Math.max(0, runStart - 12), runStart)) && /^\d{1,4}(?![.)]|\d|[ \t]*\r?\n)/u.test(src.slice(j, j + 8))) return j;
  // the page's number on a line of its own between the blank lines ("… sửa đổi,\n\n15\n\nbổ sung …"): deleted with them
  const page = PAGE_NUMBER_LINE.exec(src.slice(j, j + 16));
  if (page === null) return -1;
  const k = afterOneBlankLine(src, j + page[0].length);
  return k >= 0 && (GOES_ON.test(src.slice(k, k + 12)) || breaksSymbol(src, runStart - 1, k)) ? k : -1;
}
/**
 * Where the next line starts after exactly one blank line from `at` (a newline or a CR, the first of the blank line's); -1
 * when there is none or more than one: two blank lines part paragraphs, as a page break does not.
 */
function afterOneBlankLine(src: string, at: number): number {
  let j = at;
  let breaks = 0;
  while (j < src.length) {
    const c = src.charCodeAt(j);
    if (c === 10) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13) break;
    if (breaks > 1) return -1;
    j++;
  }
  return breaks === 1 && j < src.length ? j : -1;
}
const FULL_LINE = 25;
const PAGE_NUMBER_LINE = /^\d{1,3}[ \t]*\r?\n/u;
const WANTS_NUMBER = /(?<![\p{L}])(?:ngày|tháng|năm|số|Điều|điều|khoản|điểm|lục|Mục|mục|Chương|chương|Mẫu|Phần|phần|đoạn)$/u;

// ".", ";", ":", "!", "?": a line that ends so ends its sentence
const STOP = new Uint8Array(128);
for (const c of '.;:!?') STOP[c.charCodeAt(0)] = 1;
/** Whether the line that starts at `from` is blank (blanks, then a newline or a CR). */
function blankLineAfter(text: string, from: number, blank: Uint8Array): boolean {
  let j = from;
  while (j < text.length && j - from < 16 && blank[text.charCodeAt(j)] === 1) j++;
  const c = text.charCodeAt(j);
  return c === 10 || c === 13;
}

/** Index of the next code unit that needs an action, or the length: the hot loop, kept small so it stays optimized. */
function nextAction(text: string, from: number, action: Uint8Array, beforeBreak: Uint8Array, blank: Uint8Array): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const a = action[text.charCodeAt(i)];
    if (a === KEEP) continue;
    // a space is work only when another blank follows it (a run to fold into one)
    if (a === SPACE) {
      if (i + 1 < n && blank[text.charCodeAt(i + 1)] === 1) return i;
      continue;
    }
    // line breaks are common and cheap to rule out here: most follow a letter or punctuation,
    // not a separator, digit, blank or CR
    if (a === NEWLINE) {
      if (i > 0 && beforeBreak[text.charCodeAt(i - 1)] === 1) return i;
      // "số⏎<number>": see numberAfterSo
      if (i + 1 < n && text.charCodeAt(i - 1) === 0x1ed1 && isDigit(text.charCodeAt(i + 1))) return i;
      // a blank line after a line left open: see pageBreakEnd (most blank lines follow a stop, and most lines no blank line)
      if (i + 1 < n && !STOP[text.charCodeAt(i - 1)] && blankLineAfter(text, i + 1, blank)) return i;
      continue;
    }
    return i;
  }
  return n;
}

/**
 * One pass over the text: one-to-one substitutions, deletions, CRLF and rejoined symbols.
 * Only changes of length are recorded in `stage`. Returns null at the first combining mark
 * unless `composed`: most texts are NFC already, and finding that out in this pass spares a
 * separate scan of every text for combining marks.
 */
function substitute(src: string, stage: OffsetStage, composed: boolean): string | null {
  const parts: string[] = [];
  let last = 0; // src[last, i) is still to be copied as is
  let outLen = 0;
  const n = src.length;
  const emitUpTo = (i: number): void => {
    if (i > last) {
      parts.push(src.slice(last, i));
      outLen += i - last;
    }
    last = i;
  };
  // a run of blanks inside a line (a justified PDF export's "số  15/2018", a no-break space beside a space) is one space:
  // the rules match words one space apart, as Vietnamese is written; the run's other blanks are deleted
  // (blanks before a line break are left to the break's own rule, which joins a symbol broken there)
  const foldRun = (i: number): number => {
    let end = i + 1;
    while (end < n && BLANK[src.charCodeAt(end)] === 1) end++;
    if (end === i + 1 || src.charCodeAt(end) === 10 || src.charCodeAt(end) === 13) return -1;
    emitUpTo(i);
    parts.push(' ');
    outLen++;
    if (end > i + 1) stage.record(i + 1, end, outLen, 0);
    last = end;
    return end - 1;
  };
  for (let i = nextAction(src, 0, ACTION, BEFORE_BREAK, BLANK); i < n; i = nextAction(src, i + 1, ACTION, BEFORE_BREAK, BLANK)) {
    const c = src.charCodeAt(i);
    const action = ACTION[c];
    switch (action) {
      case COMBINING_MARK:
        if (!composed) return null;
        break; // a mark NFC could not compose stays as it is
      case SPACE: {
        const runEnd = foldRun(i);
        if (runEnd >= 0) i = runEnd;
        break;
      }
      case MAP: {
        const runEnd = REPLACEMENT[c] === 32 ? foldRun(i) : -1;
        if (runEnd >= 0) {
          i = runEnd;
          break;
        }
        emitUpTo(i);
        parts.push(String.fromCharCode(REPLACEMENT[c] as number));
        outLen++;
        last = i + 1;
        break;
      }
      case DROP:
        emitUpTo(i);
        stage.record(i, i + 1, outLen, 0);
        last = i + 1;
        break;
      case CR:
        if (i + 1 < n && src.charCodeAt(i + 1) === 10) break; // CRLF: the newline handles the CR
        emitUpTo(i);
        parts.push('\n');
        outLen++;
        last = i + 1;
        break;
      case CYR:
        if (inCodeToken(src, i)) {
          emitUpTo(i);
          parts.push(CYRILLIC[src[i] as string] as string);
          outLen++;
          last = i + 1;
        }
        break;
      case NEWLINE: {
        let runStart = i; // blanks and a CR before the newline
        while (runStart > 0 && (src.charCodeAt(runStart - 1) === 32 || src.charCodeAt(runStart - 1) === 13 || src.charCodeAt(runStart - 1) === 9)) runStart--;
        let runEnd = i + 1;
        while (runEnd < n && (src.charCodeAt(runEnd) === 32 || src.charCodeAt(runEnd) === 9)) runEnd++;
        if (breaksSymbol(src, runStart - 1, runEnd)) {
          const from = Math.max(runStart, last);
          emitUpTo(from);
          stage.record(from, runEnd, outLen, 0);
          last = runEnd;
          i = runEnd - 1;
        } else {
          const cr = i > 0 && src.charCodeAt(i - 1) === 13 && last <= i - 1;
          if (cr) {
            emitUpTo(i - 1);
            stage.record(i - 1, i, outLen, 0); // the CR of a CRLF
            last = i;
          }
          if (numberAfterSo(src, cr ? i - 1 : i)) {
            emitUpTo(i);
            parts.push(' ');
            outLen++;
            last = i + 1;
          } else {
            // a page break inside a sentence ("… của Chính phủ sửa đổi,\n\nbổ sung …", 1 883 in 220 files of the corpus): its
            // blank lines are deleted, the break read as the wrap it is
            const goesOn = pageBreakEnd(src, runStart, runEnd);
            if (goesOn > 0) {
              // (after "số", the number joins its line as it does over a wrap: see numberAfterSo; a symbol's two halves join as one,
              // as over a wrap: "27/2016/TT-\n\nBLĐTBXH")
              const symbolFrom = breaksSymbol(src, runStart - 1, goesOn) ? Math.max(runStart, last) : -1;
              if (symbolFrom >= 0) emitUpTo(symbolFrom);
              else if (/(?<![\p{L}])số$/u.test(src.slice(Math.max(0, runStart - 4), runStart)) && isDigit(src.charCodeAt(goesOn))) {
                emitUpTo(i);
                parts.push(' ');
                outLen++;
              } else emitUpTo(i + 1);
              stage.record(symbolFrom >= 0 ? symbolFrom : i + 1, goesOn, outLen, 0);
              last = goesOn;
              i = goesOn - 1;
            }
          }
        }
        break;
      }
    }
  }
  if (last === 0) return src;
  emitUpTo(n);
  return parts.join('');
}

/** Build the matching text of `original`; total for any string, linear time. */
export function normalizeText(original: string): NormalizedText {
  const nfc = new OffsetStage();
  let chars = new OffsetStage();
  let t = substitute(original, chars, false);
  if (t === null) {
    chars = new OffsetStage();
    t = substitute(composeNfc(original, nfc), chars, true) as string;
  }
  const markup = new OffsetStage();
  const cut = withoutBracketMarkup(t, markup);
  const headings = new OffsetStage();
  const text = withGluedHeadingsBroken(cut.text, headings);
  const map = new OffsetMap([nfc, chars, markup, headings]);
  // (a note's span in the original: through the first two stages only, the third being the one that drops it)
  const before = new OffsetMap([nfc, chars]);
  return { original, text, map, asides: cut.notes.map(([s, e]) => before.toOriginal(s, e)) };
}

// an article's heading glued to the closing quote of the wording before it, the line break lost in a site's copy (`… dân
// cư."Điều 8. Bãi bỏ một số nội dung …`, `… chấp thuận)."Điều 3.`): after a sentence's end and the quote, a heading whose
// title, if any, ends its line
const GLUED_HEADING = /[.;!?)][ \t]*"([ \t]*)(?=Điều[ ]\d{1,3}[a-zđ]?[.:][ \t]*(?:\n|\p{Lu}[^\n"]{0,200}\n))/gu;

/** `t` with a line break before each glued heading (a blank turned into it, or one put in, recorded in `stage`). */
function withGluedHeadingsBroken(t: string, stage: OffsetStage): string {
  if (!t.includes('"Điều')) return t;
  let out = '';
  let last = 0;
  GLUED_HEADING.lastIndex = 0;
  for (let m = GLUED_HEADING.exec(t); m; m = GLUED_HEADING.exec(t)) {
    const at = m.index + m[0].length - (m[1] as string).length;
    out += t.slice(last, at);
    if ((m[1] as string).length > 0) {
      out += '\n';
      last = at + 1;
    } else {
      stage.record(at, at, out.length, 1);
      out += '\n';
      last = at;
    }
  }
  return last === 0 ? t : out + t.slice(last);
}

// thuvienphapluat.vn's notes: a bracket on one line, opening with a capital, saying by what ("bởi") a provision was amended,
// guided or ended and since when ("có hiệu lực từ ngày 01/07/2025"). No document writes its own text so.
// (two searches, each linear, rather than one pattern with two open runs)
const NOTE_BY = /(?<![\p{L}])bởi[ ]/u;
const NOTE_SINCE = /có[ ]hiệu[ ]lực[ ](?:kể[ ])?từ[ ]ngày[ ]\d{1,2}\/\d{1,2}\/\d{4}/gu;
const isNote = (body: string): boolean => {
  if (!/^\p{Lu}/u.test(body)) return false;
  const by = NOTE_BY.exec(body);
  if (!by) return false;
  NOTE_SINCE.lastIndex = by.index;
  return NOTE_SINCE.test(body);
};
const NOTE_MAX = 3000;

// a crawled text's link, "[Mẫu số 04-1/CC tại Phụ lục III](https://files.thuvienphapluat.vn/…) ban hành kèm theo Nghị định số
// …": its brackets and address are markup, not text (the address's dots and slashes would end the sentence, its length push
// the clause's verb out of reach); its label stays. Read at the label's closing bracket.
const LINK_ADDRESS = /\]\(https?:\/\/[^()\s]{1,600}\)/y;
const LINK_LABEL_MAX = 300;

/**
 * `t` without the database's notes, each removed with one blank beside it ("Sửa đổi, bổ sung [Khoản này hết hiệu lực bởi …]
 * khoản 1 Điều 44" reads "Sửa đổi, bổ sung khoản 1 Điều 44"), and with each link read as its label; the removals recorded in
 * `stage`, and the notes' spans in `t`. Each "[" is looked at up to the next bracket or line break, once: linear in the text.
 */
function withoutBracketMarkup(t: string, stage: OffsetStage): { text: string; notes: Array<[number, number]> } {
  const notes: Array<[number, number]> = [];
  let out = '';
  let last = 0;
  for (let open = t.indexOf('['); open >= 0; open = t.indexOf('[', open + 1)) {
    let close = -1;
    for (let j = open + 1; j < t.length && j - open <= NOTE_MAX; j++) {
      const c = t.charCodeAt(j);
      if (c === 93) close = j;
      if (c === 93 || c === 91 || c === 10) break;
    }
    if (close < 0 || open < last) continue;
    LINK_ADDRESS.lastIndex = close;
    const link = close - open > 1 && close - open - 1 <= LINK_LABEL_MAX && t.charCodeAt(close + 1) === 40 ? LINK_ADDRESS.exec(t) : null;
    if (link) {
      out += t.slice(last, open);
      stage.record(open, open + 1, out.length, 0);
      out += t.slice(open + 1, close);
      stage.record(close, close + link[0].length, out.length, 0);
      last = close + link[0].length;
      open = last - 1;
      continue;
    }
    if (!isNote(t.slice(open + 1, close))) continue;
    let from = open;
    let to = close + 1;
    if (from > 0 && t.charCodeAt(from - 1) === 32) from--;
    else if (to < t.length && t.charCodeAt(to) === 32) to++;
    if (from < last) continue;
    out += t.slice(last, from);
    stage.record(from, to, out.length, 0);
    notes.push([open, close + 1]);
    last = to;
    open = close;
  }
  if (last === 0) return { text: t, notes };
  return { text: out + t.slice(last), notes };
}
