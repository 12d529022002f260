import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { Sink } from './atomic-write.js';

/**
 * Checksummed NDJSON: lines of JSON cut into blocks of about a megabyte, each block followed by a
 * check line `{"t":"crc","bytes":B,"crc":C}` where B is the file offset of the check line and C the
 * CRC-32 of every byte before it (a running CRC: a block dropped, repeated or moved is caught as
 * surely as a flipped byte). The last line is `{"t":"end",…,"bytes":B,"crc":C}`, the same check
 * with the caller's own fields. A reader hands on the lines of a block only once the block's check
 * has passed, so nothing damaged is ever parsed; a file cut anywhere lacks its end line.
 *
 * CRC-32 (zlib's, through node:zlib, Node.js ≥ 20.15) detects every error burst of up to 32 bits,
 * so every flipped byte, and any other damage but for a chance of 2^-32.
 */

export { crc32 };

/** A block's lines are handed on once it holds this many characters (about as many bytes). */
const BLOCK_CHARS = 1 << 20;
const CHECK_PREFIX = Buffer.from('{"t":"crc",');
const END_PREFIX = Buffer.from('{"t":"end",');
const NL_CHECK_PREFIX = Buffer.from('\n{"t":"crc",');
const NL_END_PREFIX = Buffer.from('\n{"t":"end",');

/** Damage or a cut found by the framing; `line` is the line number (1-based) where it shows. */
export class FrameError extends Error {
  constructor(
    reason: string,
    readonly line: number | null = null,
  ) {
    super(reason);
    this.name = 'FrameError';
  }
}

/** Writes lines (without their newline) and the check lines between blocks, then the end line. */
export class CheckedLineWriter {
  private parts: string[] = [];
  private chars = 0;
  private bytes = 0;
  private crc = 0;

  constructor(
    private readonly sink: Sink,
    private readonly blockChars = BLOCK_CHARS,
  ) {}

  async line(text: string): Promise<void> {
    this.parts.push(text, '\n');
    this.chars += text.length + 1;
    if (this.chars >= this.blockChars) {
      await this.flush();
      await this.put(JSON.stringify({ t: 'crc', bytes: this.bytes, crc: this.crc }) + '\n');
    }
  }

  /** Bytes handed to the sink so far. */
  get bytesWritten(): number {
    return this.bytes;
  }

  /** The end line: `fields` (with `t: 'end'` first) and the check of everything before it. */
  async finish(fields: { t: 'end' } & Record<string, unknown>): Promise<void> {
    await this.flush();
    await this.put(JSON.stringify({ ...fields, bytes: this.bytes, crc: this.crc }) + '\n');
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    await this.put(text);
  }

  private async put(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.crc = crc32(bytes, this.crc);
    this.bytes += bytes.length;
    await this.sink(bytes);
  }
}

export interface CheckedLinesVisitor {
  /**
   * The first line, unchecked as yet; returns whether the rest of the file carries check lines, and
   * 'tail' when it does and other bytes follow the end line (not read here: reading stops there).
   */
  first(line: string): boolean | 'tail';
  /** Every other line but the check lines, in order; in a checked file, only after its block passed. */
  line(line: string, lineNo: number): void;
  /** A checked file's end line, parsed, once everything before it passed. */
  end(record: Record<string, unknown>, lineNo: number): void;
}

/** A first line longer than this is no header: the file is not what it claims (and is not read whole). */
const MAX_FIRST_LINE = 1 << 20;
/**
 * A block is held until its check line: more than this without one is damage (the writer checks every
 * megabyte or so; a line this long could not even be decoded into one string).
 */
const MAX_BLOCK = 512 << 20;
const READ_BLOCK = 8 << 20;

const startsWith = (bytes: Buffer, at: number, prefix: Buffer): boolean => bytes.length - at >= prefix.length && bytes.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;

/**
 * Read `path` line by line: bytes decoded as strict UTF-8 (a bad sequence is damage, never U+FFFD),
 * a block of whole lines at a time (cheaper than a decoding stream, and no async step per line).
 * A checked file (as `first` says) is verified block by block and must end with its end line and a
 * newline, nothing after, unless `first` says a tail follows: then reading stops at the end line.
 * Returns the file offset just past the end line (-1 for an unchecked file). Throws FrameError;
 * errors of the visitor and of the file system pass through.
 */
export async function readCheckedLines(path: string, visitor: CheckedLinesVisitor): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes: Uint8Array, lineNo: number): string => {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new FrameError('damaged: not valid UTF-8', lineNo);
    }
  };
  let mode: 'first' | 'checked' | 'unchecked' = 'first';
  let tail = false;
  /** file offset just past the end line's newline */
  let endAt = -1;
  let lineNo = 0;
  let base = 0; // file offset of the current buffer's first byte
  let crc = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let ended = false;

  const handleText = (text: string): void => {
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      visitor.line(text.slice(start, i), ++lineNo);
      start = i + 1;
    }
    if (start < text.length) visitor.line(text.slice(start), ++lineNo);
  };
  const flushPending = (): void => {
    if (pending.length === 0) return;
    const bytes = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    handleText(decode(bytes, lineNo + 1));
  };
  const check = (bytes: Buffer, from: number, nl: number, isEnd: boolean): void => {
    const at = base + from;
    // the lines before it are not handed on yet: this line says whether they are whole
    const text = decode(bytes.subarray(from, nl), lineNo + 1);
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      throw new FrameError(`damaged: a check line is not JSON (byte ${at})`);
    }
    const r = record as Record<string, unknown>;
    if (typeof r !== 'object' || r === null || !Number.isSafeInteger(r.bytes) || !Number.isSafeInteger(r.crc)) throw new FrameError(`damaged: a check line without its byte count and CRC (byte ${at})`);
    if (!isEnd && Object.keys(r).length !== 3) throw new FrameError(`damaged: a check line with extra fields (byte ${at})`);
    if (r.bytes !== at) throw new FrameError(`truncated or damaged: the check line at byte ${at} says it is at byte ${String(r.bytes)} (bytes missing or added before it)`);
    if (r.crc !== crc) throw new FrameError(`damaged: checksum mismatch in the bytes before byte ${at}`);
    flushPending();
    lineNo++;
    if (isEnd) {
      ended = true;
      visitor.end(r, lineNo);
    }
  };

  const consume = (bytes: Buffer, end: number): void => {
    let pos = 0;
    if (mode === 'first') {
      const nl = bytes.indexOf(10);
      if (nl < 0 || nl >= end) return;
      const checked = visitor.first(decode(bytes.subarray(0, nl), 1));
      mode = checked ? 'checked' : 'unchecked';
      tail = checked === 'tail';
      lineNo = 1;
      pos = nl + 1;
    }
    if (mode === 'unchecked') {
      handleText(decode(bytes.subarray(pos, end), lineNo + 1));
      return;
    }
    if (ended) throw new FrameError(`damaged: a line after the end record (byte ${base + pos})`, lineNo + 1);
    // the check lines are found by their start: no line of JSON holds a raw newline, so
    // "\n" + prefix is only ever the start of a line (two native searches per block, not one per line)
    const find = (prefix: Buffer, withNewline: Buffer, from: number): number => {
      if (startsWith(bytes, from, prefix)) return from;
      const i = bytes.indexOf(withNewline, from);
      return i < 0 || i + 1 >= end ? end : i + 1;
    };
    let segment = pos; // start of the lines not yet kept
    let crcFrom = 0; // start of the bytes not yet in the CRC (the header is in it)
    let nextCheck = find(CHECK_PREFIX, NL_CHECK_PREFIX, pos);
    let nextEnd = find(END_PREFIX, NL_END_PREFIX, pos);
    while (pos < end) {
      const at = Math.min(nextCheck, nextEnd);
      if (at >= end) break;
      const isEnd = at === nextEnd;
      const nl = bytes.indexOf(10, at);
      if (at > segment) {
        pending.push(Buffer.from(bytes.subarray(segment, at)));
        pendingBytes += at - segment;
      }
      crc = crc32(bytes.subarray(crcFrom, at), crc);
      crcFrom = at;
      check(bytes, at, nl, isEnd);
      segment = pos = nl + 1;
      if (isEnd) {
        endAt = base + pos;
        if (tail) return;
        if (pos < end) throw new FrameError(`damaged: a line after the end record (byte ${base + pos})`, lineNo + 1);
        break;
      }
      nextCheck = find(CHECK_PREFIX, NL_CHECK_PREFIX, pos);
      if (nextEnd < pos) nextEnd = find(END_PREFIX, NL_END_PREFIX, pos);
    }
    if (end > segment) {
      pending.push(Buffer.from(bytes.subarray(segment, end)));
      pendingBytes += end - segment;
      if (pendingBytes > MAX_BLOCK) throw new FrameError(`damaged: more than ${MAX_BLOCK >> 20} MB without a check line (byte ${base + end})`);
    }
    crc = crc32(bytes.subarray(crcFrom, end), crc);
  };

  const file = await open(path);
  try {
    // a small file gets a small buffer: loads of many small snapshots (tests, fuzzing) stay cheap
    const block = Buffer.allocUnsafe(Math.max(1, Math.min(READ_BLOCK, (await file.stat()).size + 1)));
    let carry = Buffer.alloc(0);
    for (;;) {
      const { bytesRead } = await file.read(block, 0, block.length, null);
      if (bytesRead === 0) break;
      const bytes = carry.length > 0 ? Buffer.concat([carry, block.subarray(0, bytesRead)]) : block.subarray(0, bytesRead);
      const end = bytes.lastIndexOf(10) + 1;
      if (mode === 'first' && end === 0 && bytes.length > MAX_FIRST_LINE) throw new FrameError('no header line in the first megabyte', 1);
      if (end === 0 && bytes.length > MAX_BLOCK) throw new FrameError(`damaged: a line longer than ${MAX_BLOCK >> 20} MB (byte ${base})`, lineNo + 1);
      consume(bytes, end);
      if (ended && tail) return endAt;
      base += end;
      carry = Buffer.from(bytes.subarray(end));
    }
    if (mode === 'first') {
      // a file of one line without a newline: still a first line to judge
      if (carry.length > 0) {
        const checked = visitor.first(decode(carry, 1));
        if (checked) throw new FrameError('truncated: no end record after the first line', 1);
      }
      return -1;
    }
    if (mode === 'unchecked') {
      if (carry.length > 0) handleText(decode(carry, lineNo + 1));
      return -1;
    }
    if (carry.length > 0) throw new FrameError(ended ? `damaged: bytes after the end record (byte ${base})` : `truncated: no end record (the last line is cut short at byte ${base + carry.length})`, lineNo + 1);
    if (!ended) throw new FrameError(`truncated: no end record after ${lineNo + pending.reduce((n, b) => n + countLines(b), 0)} lines`);
    return endAt;
  } finally {
    await file.close();
  }
}

function countLines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
