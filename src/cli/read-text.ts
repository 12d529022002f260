import { readFile, stat } from 'node:fs/promises';
import { walkFiles, type WalkOptions } from '../doc/corpus.js';

/**
 * Plain-text input for the CLI: UTF-8 (with or without BOM) and UTF-16 with a BOM.
 * Anything else is refused with a reason, never guessed: a wrong guess would put
 * mojibake offsets into the output. (Word, HTML and legacy TCVN3/VNI files are the
 * document readers' job.)
 */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new InputError(path, 'binary file (contains NUL bytes); only plain text is read here');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new InputError(path, 'not valid UTF-8 text (legacy TCVN3/VNI or another code page?)');
  }
}

export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(e)})`);
  }
  return decodeText(path, bytes);
}

/**
 * Expand folders into the document files below them (sorted, so output is stable), walked as
 * `ingest` walks them (`walkFiles`: README*, SOURCES*, dotfiles, manifests and `.vanbanignore`
 * matches left out, each told to `walk.onSkip`); files are kept as given.
 */
export async function expandInputs(inputs: readonly string[], walk: WalkOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      out.push(input); // reported when read
      continue;
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    for await (const p of walkFiles(input, walk)) out.push(p);
  }
  return out;
}
