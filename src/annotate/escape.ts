/**
 * Escaping for the two output formats of `annotate`. Both are chosen so that the inverse is a
 * plain scan (see docs/annotate.md): every character of the input that the format could read as
 * markup is written so that it cannot, and nothing of the input is dropped or rewritten.
 */

/**
 * Text for an HTML element or a double- or single-quoted attribute value. C0 controls (other
 * than tab, line feed and carriage return) and DEL become numeric references: raw, they are parse
 * errors and some of them end a document in tools that read it; as references a browser shows
 * them as what they are (U+0000 becomes U+FFFD in any HTML, referenced or not).
 */
export function escapeHtml(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c === 0x26) rep = '&amp;';
    else if (c === 0x3c) rep = '&lt;';
    else if (c === 0x3e) rep = '&gt;';
    else if (c === 0x22) rep = '&quot;';
    else if (c === 0x27) rep = '&#39;';
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) rep = `&#x${c.toString(16).toUpperCase()};`;
    if (rep !== null) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

const isLineBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Characters CommonMark or GFM may read as markup wherever they stand. */
const ALWAYS = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~']);
/** Characters that are markup only as the first one of a line (headings, list items, setext underlines). */
const AT_LINE_START = new Set(['#', '-', '+', '=']);

/**
 * Markdown text that renders as the input (CommonMark + GFM), for the characters in
 * [from, to) of `text`: the whole text is passed so that "start of a line" is judged in it,
 * also inside a link's text.
 *
 * - `\ ` * _ [ ] < > & | ~` are backslash-escaped everywhere; `# - + =` where they begin a line;
 *   the `.` or `)` of a line that begins with digits ("1. Mục đích" would be a list item);
 * - a line break between two lines that are not blank gets a backslash before it (a hard
 *   break): Markdown would join the lines of a paragraph into one;
 * - a line's leading space or tab is written `&#32;` or `&#9;`: four leading spaces after a
 *   blank line would make a code block, and Markdown drops leading blanks.
 *
 * The inverse: `\` + any of those characters or a line break gives the character; `&#32;` and
 * `&#9;` give a space and a tab (a literal "&" is always escaped, so no input "&#32;" survives).
 */
export function escapeMarkdown(text: string, from = 0, to = text.length): string {
  let out = '';
  // the line's start and its first non-blank character, computed once per line (a document may be one long line)
  let lineStart = lineStartOf(text, from);
  let first = firstNonBlank(text, lineStart);
  let blankLine = lineIsBlank(text, lineStart, lineEndOf(text, lineStart));
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    if (isLineBreak(ch)) {
      // \r\n is one line break: the backslash goes before the \r
      if (!(ch === '\n' && text[i - 1] === '\r')) {
        const next = ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
        const nextBlank = lineIsBlank(text, next, lineEndOf(text, next));
        if (!blankLine && !nextBlank) out += '\\';
        lineStart = next;
        first = firstNonBlank(text, next);
        blankLine = nextBlank;
      }
      out += ch;
      continue;
    }
    if (i === lineStart && isBlank(ch) && !blankLine) {
      out += ch === ' ' ? '&#32;' : '&#9;';
      continue;
    }
    if (ALWAYS.has(ch) || (i === first && AT_LINE_START.has(ch)) || ((ch === '.' || ch === ')') && i > first && i - first <= 9 && /^\d+$/.test(text.slice(first, i)))) {
      out += '\\' + ch;
      continue;
    }
    out += ch;
  }
  return out;
}

function lineStartOf(text: string, i: number): number {
  let p = i;
  while (p > 0 && !isLineBreak(text[p - 1])) p--;
  return p;
}

function lineEndOf(text: string, i: number): number {
  let p = i;
  while (p < text.length && !isLineBreak(text[p])) p++;
  return p;
}

function firstNonBlank(text: string, lineStart: number): number {
  let p = lineStart;
  while (p < text.length && isBlank(text[p])) p++;
  return p;
}

function lineIsBlank(text: string, s: number, e: number): boolean {
  for (let p = s; p < e; p++) if (!isBlank(text[p])) return false;
  return true;
}
