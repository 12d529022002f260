import { OffsetMap, OffsetStage } from './offset-map.js';
import { toOldStyleTone } from './tone.js';

/**
 * The text the matchers run on, and the way back to the caller's string.
 *
 * Pipeline (spec §8.7): NFC → look-alikes and separators → spaces, zero-width,
 * CR, markdown emphasis → numbers rejoined across a line break → old-style tones.
 * Stages that change lengths record it in an OffsetMap; every span reported by
 * vanban goes through it, so offsets always index the ORIGINAL input.
 */
export interface NormalizedText {
  /** The caller's string, untouched. */
  readonly original: string;
  /** The matching text. */
  readonly text: string;
  readonly map: OffsetMap;
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

// soft hyphen and zero-width characters are deleted; "*" is markdown emphasis (never part of a number)
const CHAR_STAGE =
  /\r\n|[\u00AD\u200B-\u200D\u2060\uFEFF*\u00D0\u00F0\u0189\u0256\u2010-\u2015\u2212\uFE63\uFF0D\u2044\u2215\uFF0F\u00A0\u2000-\u200A\u202F\u3000\t\r\u201C-\u201F\u00AB\u00BB\u2018\u2019\u0400-\u04FF]/g;

function substituteChars(src: string, stage: OffsetStage): string {
  CHAR_STAGE.lastIndex = 0;
  if (!CHAR_STAGE.test(src)) return src;
  let out = '';
  let last = 0;
  CHAR_STAGE.lastIndex = 0;
  for (let m = CHAR_STAGE.exec(src); m; m = CHAR_STAGE.exec(src)) {
    const c = m[0];
    const at = m.index;
    out += src.slice(last, at);
    last = at + c.length;
    let rep: string;
    if (c === '\r\n') rep = '\n';
    else if (c in ONE_TO_ONE) rep = ONE_TO_ONE[c] as string;
    else if (c in CYRILLIC) {
      rep = inCodeToken(src, at) ? (CYRILLIC[c] as string) : c;
    } else if (c >= '\u0400' && c <= '\u04FF') rep = c;
    else rep = ''; // deletions
    if (rep.length !== c.length) stage.record(at, at + c.length, out.length, rep.length);
    out += rep;
  }
  out += src.slice(last);
  return out;
}

// "68/2026/NĐ-\nCP", "04/2015/\nNĐ-CP", "364/TTr-BNG-\nVP": a symbol broken after a separator by a PDF line wrap
const BROKEN_SYMBOL = /(?<=[\dA-ZĐa-z][/-])[ ]*\n[ ]*(?=[\dA-ZĐ])|(?<=\d)[ ]*\n[ ]*(?=\/[\dA-ZĐ])/g;

function rejoinSymbols(src: string, stage: OffsetStage): string {
  BROKEN_SYMBOL.lastIndex = 0;
  if (!BROKEN_SYMBOL.test(src)) return src;
  let out = '';
  let last = 0;
  BROKEN_SYMBOL.lastIndex = 0;
  for (let m = BROKEN_SYMBOL.exec(src); m; m = BROKEN_SYMBOL.exec(src)) {
    // only where the left side really ends a symbol fragment: digits or an upper-case code before the separator
    const before = src.slice(Math.max(0, m.index - 12), m.index);
    if (!/(?:\d|[A-ZĐ][A-Za-zĐđ]*)[/-]$|\d$/.test(before)) continue;
    out += src.slice(last, m.index);
    stage.record(m.index, m.index + m[0].length, out.length, 0);
    last = m.index + m[0].length;
  }
  out += src.slice(last);
  return out;
}

/** Build the matching text of `original`; total for any string, linear time. */
export function normalizeText(original: string): NormalizedText {
  const nfc = new OffsetStage();
  const chars = new OffsetStage();
  const joins = new OffsetStage();
  let t = composeNfc(original, nfc);
  t = substituteChars(t, chars);
  t = rejoinSymbols(t, joins);
  t = toOldStyleTone(t);
  return { original, text: t, map: new OffsetMap([nfc, chars, joins]) };
}
