import { isUtf8 } from 'node:buffer';
import { detectLegacy } from '../legacy.js';
import { ReadError } from './types.js';

// Node's TextDecoder treats "windows-1252" as Latin-1 (0x80–0x9F become C1 controls); the real code page puts
// curly quotes, dashes and a few letters there, which legacy Vietnamese files use
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

// a control character other than tab, line feed, form feed and carriage return, or a noncharacter: not in a text
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/gu;

/**
 * UTF-16 written without a byte order mark (some Windows tools save "Unicode" text so): every
 * character of the Latin and Vietnamese ranges has a zero byte on one side (U+0041 is 41 00 in
 * little endian) or a small one (U+1EC7 ệ is C7 1E), so the zero bytes fall on one parity. The
 * bytes are taken as UTF-16 only when they decode without a lone surrogate into text with
 * (almost) no control character; otherwise null.
 */
function bomlessUtf16(body: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (body.length < 4 || body.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < body.length; i += 2) {
    if (body[i] === 0) even++;
    if (body[i + 1] === 0) odd++;
  }
  const units = body.length / 2;
  const encoding = odd >= units * 0.2 && odd > even * 8 ? 'utf-16le' : even >= units * 0.2 && even > odd * 8 ? 'utf-16be' : null;
  if (!encoding) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    return null;
  }
  let controls = 0;
  for (NOT_TEXT.lastIndex = 0; NOT_TEXT.exec(text) && controls <= text.length / 200; ) controls++;
  return controls <= text.length / 200 ? { text, encoding } : null;
}

/**
 * Bytes to text: UTF-16 (with a BOM, or without one when the zero bytes say so), UTF-8 (with or without BOM), or, when the bytes
 * are not UTF-8, legacy TCVN3/VNI read through Windows-1252 and decoded. Anything else
 * is refused with the reason: a wrong guess would put mojibake into every offset.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string; warnings: string[] } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    const utf16 = bomlessUtf16(body);
    if (utf16) return { text: utf16.text, encoding: utf16.encoding, warnings: [`read as ${utf16.encoding.toUpperCase()} (no byte order mark)`] };
    throw new ReadError('binary file (contains NUL bytes, and is not UTF-16 text)');
  }
  let text: string;
  if (isUtf8(body)) {
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  } else {
    const latin = decodeWindows1252(body);
    const legacy = detectLegacy(latin);
    if (legacy.encoding) return { text: legacy.text, encoding: legacy.encoding, warnings: [`decoded from ${legacy.encoding.toUpperCase()}`] };
    throw new ReadError('not valid UTF-8, and not recognizable TCVN3 or VNI text');
  }
  // Unicode text that is really legacy mojibake ("Céng hoµ x· héi"), e.g. pasted from an old document
  const legacy = detectLegacy(text);
  if (legacy.encoding) return { text: legacy.text, encoding: `utf-8+${legacy.encoding}`, warnings: [`UTF-8 text held ${legacy.encoding.toUpperCase()} mojibake; decoded`] };
  return { text, encoding: 'utf-8', warnings: [] };
}
