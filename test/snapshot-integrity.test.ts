import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWritableFile, OutputPathError, writeFileAtomic } from '../src/graph/atomic-write.js';
import { CheckedLineWriter, crc32 } from '../src/graph/checksum.js';
import { Corpus, loadSnapshot, saveSnapshot, SNAPSHOT_VERSION, SnapshotError } from '../src/graph/index.js';
import { SearchIndex } from '../src/search/index.js';
import { asVersion2, dumpOf, resealTail, sealSnapshot, splitSnapshot } from '../bench/fuzz-snapshot.mjs';
import { writeChain } from './helpers/cli-fixture.js';
import { oneDocumentFolder, refusal as refusalIn, writeResealed } from './helpers/snapshot-files.js';

/**
 * Snapshots are never lost and never silently wrong (issue 18): a new snapshot replaces the old one
 * whole or not at all, even under kill -9; a flipped byte, a cut, bad UTF-8 are refused with a
 * SnapshotError, never loaded as other values.
 */
const { dir, docs } = writeChain();
const small = join(dir, 'small.ndjson');
const withSearch = join(dir, 'search.ndjson');
let smallBytes: Buffer;
let smallV3: Buffer;
let smallDump: string;
let searchDump: string;

beforeAll(async () => {
  // one document (its node, the documents it cites, the edges between): every byte of it is tried
  const oneCorpus = await Corpus.fromFolder(oneDocumentFolder(dir, docs));
  await saveSnapshot(oneCorpus, small, { version: 3 });
  smallV3 = readFileSync(small);
  // format 4 (checked JSON lines, then the binary search part): still written on request, still read; format 5's
  // own tests are in snapshot-format5.test.ts
  await saveSnapshot(oneCorpus, small, { version: 4 });
  await saveSnapshot(await Corpus.fromFolder(docs, { searchIndex: new SearchIndex() }), withSearch, { version: 4 });
  smallBytes = readFileSync(small);
  smallDump = dumpOf(await loadSnapshot(small));
  searchDump = dumpOf(await loadSnapshot(withSearch));
});

/** A version 4 snapshot written again with blocks of `blockChars` (saveSnapshot's are a megabyte), its search part as it was. */
async function reblocked(bytes: Buffer, blockChars: number): Promise<Buffer> {
  const { records, end, tail } = splitSnapshot(bytes);
  return sealSnapshot(CheckedLineWriter, records, end, tail, blockChars);
}

const refusal = (bytes: Uint8Array, name = 'case.ndjson'): Promise<unknown> => refusalIn(dir, bytes, name);

describe('the format', () => {
  it(`is version 4 when asked (${SNAPSHOT_VERSION} is the default): check lines every block, an end record with the count and the CRC of every byte before it`, async () => {
    // without a search index: the graph part alone, the end line last
    const text = smallBytes.toString('utf8');
    const lines = text.split('\n');
    expect(JSON.parse(lines[0] as string)).toMatchObject({ format: 'vanban-snapshot', version: 4 });
    expect(JSON.parse(lines[0] as string)).not.toHaveProperty('searchId');
    expect(text.endsWith('\n')).toBe(true);
    const end = JSON.parse(lines.at(-2) as string) as { t: string; records: number; bytes: number; crc: number };
    expect(end.t).toBe('end');
    expect(end.bytes).toBe(Buffer.byteLength(text) - Buffer.byteLength(lines.at(-2) as string) - 1);
    expect(end.crc).toBe(crc32(Buffer.from(text).subarray(0, end.bytes)));
    // with one: the graph part, then the binary search part, then a trailer of 32 bytes that places and checks it
    const bytes = readFileSync(withSearch);
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString()) as Record<string, unknown>;
    expect(header).toMatchObject({ version: 4, searchDocuments: 3 });
    expect(header.searchId).toMatch(/^[0-9a-f]{16}$/);
    const { records, tail } = splitSnapshot(bytes);
    expect(records.some((r) => r.startsWith('{"t":"search'))).toBe(false);
    const trailer = (tail as Buffer).subarray((tail as Buffer).length - 32);
    const graphEnd = bytes.length - (tail as Buffer).length;
    expect(trailer.subarray(0, 8).toString('latin1')).toBe('VBSRCH04');
    expect(Number(trailer.readBigUInt64LE(8))).toBe(graphEnd);
    expect(Number(trailer.readBigUInt64LE(16))).toBe((tail as Buffer).length - 32);
    expect(trailer.readUInt32LE(24)).toBe(crc32(bytes.subarray(graphEnd, bytes.length - 32)));
    expect(trailer.readUInt32LE(28)).toBe(crc32(trailer.subarray(0, 28)));
    // the graph part's end line checks every byte before it
    const endLine = JSON.parse(bytes.subarray(bytes.lastIndexOf('\n{"t":"end",', graphEnd) + 1, graphEnd - 1).toString()) as { bytes: number; crc: number };
    expect(endLine.crc).toBe(crc32(bytes.subarray(0, endLine.bytes)));
    // a snapshot with many blocks: the check lines verify, and the file loads
    const many = await reblocked(bytes, 64);
    expect(many.toString('latin1').split('\n').filter((l) => l.startsWith('{"t":"crc",')).length).toBeGreaterThan(10);
    expect(await refusal(many)).toBeNull();
    expect(dumpOf(await loadSnapshot(join(dir, 'case.ndjson')))).toBe(searchDump);
  });

  it('the graph loads without the search part, which is read and checked on first use', async () => {
    const bytes = readFileSync(withSearch);
    const { tail } = splitSnapshot(bytes);
    const searchAt = bytes.length - (tail as Buffer).length;
    const file = join(dir, 'lazy.ndjson');
    // a flipped byte in the middle of the search part: the graph loads, the search part is refused when read
    const flipped = Buffer.from(bytes);
    const mid = searchAt + Math.floor((tail as Buffer).length / 2);
    flipped[mid] = (flipped[mid] as number) ^ 0x10;
    writeFileSync(file, flipped);
    const lazy = await loadSnapshot(file);
    expect(lazy.graph.order).toBeGreaterThan(0);
    expect(lazy.hasSearchIndex).toBe(true);
    await expect(lazy.searchReady()).rejects.toThrow(/checksum mismatch in the search part/);
    // refused again on the next try, through every door, never half-loaded
    await expect(lazy.searchReady()).rejects.toThrow(SnapshotError);
    expect(() => lazy.search('kế hoạch')).toThrow(SnapshotError);
    expect(() => lazy.searchIndex).toThrow(SnapshotError);
    await expect(loadSnapshot(file, { search: 'eager' })).rejects.toThrow(SnapshotError);
    const none = await loadSnapshot(file, { search: 'none' });
    expect(none.searchIndex).toBeNull();
    expect(none.hasSearchIndex).toBe(false);
    // a cut anywhere in the search part changes the file's length: refused when the graph loads, whatever the mode
    for (const cut of [searchAt + 1, searchAt + 100, bytes.length - 33, bytes.length - 1]) {
      writeFileSync(file, bytes.subarray(0, cut));
      await expect(loadSnapshot(file, { search: 'none' }), `cut at ${cut}`).rejects.toThrow(/truncated/);
    }
    // the file replaced after its graph was loaded (another snapshot, the same size): refused, not mixed
    writeFileSync(file, bytes);
    const before = await loadSnapshot(file);
    await saveSnapshot(await loadSnapshot(withSearch, { search: 'eager' }), file, { version: 4 });
    // (the CRC the trailer gave at load no longer matches; the search id is the check behind it)
    await expect(before.searchReady()).rejects.toThrow(/not the one of the graph loaded|checksum mismatch|changed since/);
    // and a whole file: the same answers lazily or eagerly, the same as the corpus written
    writeFileSync(file, bytes);
    const eager = await loadSnapshot(file, { search: 'eager' });
    expect(dumpOf(eager)).toBe(searchDump);
    const later = await loadSnapshot(file);
    expect(await later.searchReady()).not.toBeNull();
    expect(dumpOf(later)).toBe(searchDump);
  });

  it('a flip in the search part with its checksum made to match again is refused or read as what it says, never a crash', async () => {
    const bytes = readFileSync(withSearch);
    const { tail } = splitSnapshot(bytes);
    const searchAt = bytes.length - (tail as Buffer).length;
    const step = Math.max(1, Math.floor(((tail as Buffer).length - 32) / 300));
    let refused = 0;
    for (let i = 0; i < (tail as Buffer).length - 32; i += step) {
      const t = Buffer.from(tail as Buffer);
      t[i] = (t[i] as number) ^ (1 + (i % 255));
      const e = await refusal(Buffer.concat([bytes.subarray(0, searchAt), resealTail(t)]));
      if (e !== null) {
        expect(e, `byte ${i}`).toBeInstanceOf(SnapshotError);
        refused++;
        continue;
      }
      // read as another index: its searches still answer without throwing
      const loaded = await loadSnapshot(join(dir, 'case.ndjson'));
      expect(() => dumpOf(loaded), `byte ${i}`).not.toThrow();
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('every single-byte flip of a small snapshot is refused with a SnapshotError', async () => {
    expect(smallBytes.length).toBeLessThan(5_000);
    let refused = 0;
    for (let i = 0; i < smallBytes.length; i++) {
      const bytes = Buffer.from(smallBytes);
      // a different change at each byte: low bits, high bits, a newline, a quote, a digit
      bytes[i] = (bytes[i] as number) ^ [0x01, 0x80, 0x20, 0xff, 0x0b, 0x40][i % 6]!;
      const e = await refusal(bytes);
      expect(e, `byte ${i}`).toBeInstanceOf(SnapshotError);
      refused++;
    }
    expect(refused).toBe(smallBytes.length);
  });

  it('a dense sample of flips of a snapshot with its search index, cut in blocks of 512 bytes, is refused', async () => {
    const bytes = await reblocked(readFileSync(withSearch), 512);
    expect(bytes.toString('latin1').split('\n').filter((l) => l.startsWith('{"t":"crc",')).length).toBeGreaterThan(5);
    const step = Math.max(1, Math.floor(bytes.length / 400));
    let n = 0;
    for (let i = 0; i < bytes.length; i += step) {
      const b = Buffer.from(bytes);
      b[i] = (b[i] as number) ^ (1 + (i % 255));
      expect(await refusal(b), `byte ${i}`).toBeInstanceOf(SnapshotError);
      n++;
    }
    expect(n).toBeGreaterThanOrEqual(200);
  });

  it('every truncation point is refused', async () => {
    for (let len = 0; len < smallBytes.length; len++) {
      const e = await refusal(smallBytes.subarray(0, len));
      expect(e, `cut at ${len}`).toBeInstanceOf(SnapshotError);
      expect((e as Error).message, `cut at ${len}`).toMatch(len === 0 ? /empty file/ : /truncated|not a vanban snapshot|not JSON/);
    }
    expect(await refusal(smallBytes)).toBeNull();
  });

  it('bytes after the end record are refused', async () => {
    for (const tail of ['\n', '{"t":"bad","path":"x","error":"y"}\n', 'x']) {
      const e = await refusal(Buffer.concat([smallBytes, Buffer.from(tail)]));
      expect(e, JSON.stringify(tail)).toBeInstanceOf(SnapshotError);
    }
  });

  it('bad UTF-8 is refused, never read as U+FFFD, even when its checksums are made to match', async () => {
    // the second byte of the first letter outside ASCII ("ế" of "Kế hoạch"): 0xff is never UTF-8
    const byteAt = smallBytes.findIndex((b) => b >= 0x80) + 1;
    expect(byteAt).toBeGreaterThan(1);
    const bad = Buffer.from(smallBytes);
    bad[byteAt] = 0xff;
    expect(((await refusal(bad)) as Error).message).toMatch(/damaged: checksum mismatch/);
    // sealed again over the bad bytes: the framing passes, the decoder does not
    const lines: Buffer[] = [];
    for (let s = 0, i = bad.indexOf(10); i >= 0; s = i + 1, i = bad.indexOf(10, s)) lines.push(bad.subarray(s, i));
    // the framing made again by hand around the raw bytes (the writer takes strings, which cannot hold them)
    const raw = lines.filter((l) => !l.toString('latin1').startsWith('{"t":"crc",') && !l.toString('latin1').startsWith('{"t":"end",'));
    const body = Buffer.concat(raw.flatMap((l) => [l, Buffer.from('\n')]));
    const end = JSON.parse(lines.at(-1)?.toString('utf8') as string) as { records: number };
    const sealed = Buffer.concat([body, Buffer.from(JSON.stringify({ t: 'end', records: end.records, bytes: body.length, crc: crc32(body) }) + '\n')]);
    expect(((await refusal(sealed)) as Error).message).toMatch(/not valid UTF-8/);
    // a version 2 file (no checksum) with the same bad byte
    const v2 = asVersion2(smallV3);
    const v2bad = Buffer.from(v2);
    v2bad[v2.findIndex((b) => b >= 0x80) + 1] = 0xff;
    expect(((await refusal(v2bad)) as Error).message).toMatch(/not valid UTF-8/);
  });
});

describe('older and other versions', () => {
  it('version 3 still loads, with or without its search index', async () => {
    expect(await refusal(smallV3)).toBeNull();
    expect(dumpOf(await loadSnapshot(join(dir, 'case.ndjson')))).toBe(smallDump);
    const v3 = join(dir, 'search-v3.ndjson');
    await saveSnapshot(await loadSnapshot(withSearch), v3, { version: 3 });
    expect(readFileSync(v3, 'utf8')).toMatch(/^\{"format":"vanban-snapshot","version":3,/);
    expect(readFileSync(v3, 'utf8')).toContain('{"t":"search-doc"');
    expect(dumpOf(await loadSnapshot(v3))).toBe(searchDump);
    expect((await loadSnapshot(v3, { search: 'none' })).searchIndex).toBeNull();
  });

  it('version 2 still loads, cut anywhere it is refused; version 1 is refused with the advice to ingest again', async () => {
    const v2 = asVersion2(smallV3);
    expect(await refusal(v2)).toBeNull();
    expect(dumpOf(await loadSnapshot(join(dir, 'case.ndjson')))).toBe(smallDump);
    // cut at every line end (the hardest place: whole records) and at every seventh byte in between
    for (let len = 0; len < v2.length - 1; len++) {
      if (len % 7 !== 0 && v2[len - 1] !== 10) continue;
      expect(await refusal(v2.subarray(0, len)), `cut at ${len}`).toBeInstanceOf(SnapshotError);
    }
    const v1 = v2.toString('utf8').replace('"version":2,', '"version":1,').split('\n').filter((l) => !l.startsWith('{"t":"end"')).join('\n');
    expect(((await refusal(Buffer.from(v1))) as Error).message).toMatch(/format version 1.*ingest the folder again/);
    const v9 = smallBytes.toString('utf8').replace('"version":4,', '"version":9,');
    expect(((await refusal(Buffer.from(v9))) as Error).message).toMatch(/version 9, newer than this vanban reads/);
  });

  it('a record the graph refuses behind valid checksums is a SnapshotError, not a crash', async () => {
    const lines = smallBytes.toString('utf8').split('\n');
    const node = lines.findIndex((l) => l.startsWith('{"t":"node"'));
    const edge = lines.findIndex((l) => l.startsWith('{"t":"edge"'));
    const file = join(dir, 'resealed.ndjson');
    // a node twice; an edge to no node; a count that no longer matches
    for (const edited of [
      [...lines.slice(0, node + 1), lines[node] as string, ...lines.slice(node + 1)],
      lines.map((l, i) => (i === edge ? l.replace(/"target":"[^"]*"/, '"target":"nowhere"') : l)),
      lines.filter((_l, i) => i !== edge),
    ]) {
      await writeResealed(file, edited);
      await expect(loadSnapshot(file)).rejects.toThrow(SnapshotError);
    }
  });
});

describe('atomic replacement', () => {
  it('a kill -9 in the middle of writing a new snapshot over an old one leaves the old one whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vanban-kill-'));
    const target = join(folder, 'corpus.ndjson');
    writeFileSync(target, smallBytes);
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'helpers', 'write-big-snapshot.ts'), target, '60000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    let killedAt = 0;
    const temp = (): string | undefined => readdirSync(folder).find((f) => f.startsWith('.corpus.ndjson.tmp-'));
    // once the temporary file holds a few megabytes, the write is under way: kill it there
    for (let waited = 0; waited < 50_000 && child.exitCode === null; waited += 5) {
      const t = temp();
      const size = t ? (statSync(join(folder, t), { throwIfNoEntry: false })?.size ?? 0) : 0;
      if (size > 2_000_000) {
        killedAt = size;
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    const { signal } = await exited;
    expect(signal, `the child ended on its own before the test could kill it: ${stderr}`).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(2_000_000);
    // the old snapshot is byte for byte what it was, and loads
    expect(readFileSync(target).equals(smallBytes)).toBe(true);
    expect(dumpOf(await loadSnapshot(target))).toBe(smallDump);
    // what the killed process left is a temporary file, which is refused as cut short if anyone loads it
    const left = temp();
    expect(left).toBeDefined();
    await expect(loadSnapshot(join(folder, left as string))).rejects.toThrow(/truncated/);
  });

  it('an error while writing leaves the old file and no temporary file; the new file keeps the old permissions', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vanban-atomic-'));
    const target = join(folder, 'x.ndjson');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    await expect(
      writeFileAtomic(target, async (sink) => {
        await sink(Buffer.from('new, half written'));
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(folder)).toEqual(['x.ndjson']);
    await writeFileAtomic(target, async (sink) => sink(Buffer.from('new')));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['x.ndjson']);
    // a symbolic link is followed: the file it names is replaced, the link stays a link
    const real = join(folder, 'real.ndjson');
    writeFileSync(real, 'real');
    symlinkSync(real, join(folder, 'link.ndjson'));
    await writeFileAtomic(join(folder, 'link.ndjson'), async (sink) => sink(Buffer.from('through the link')));
    expect(readFileSync(real, 'utf8')).toBe('through the link');
    expect(readdirSync(folder).sort()).toEqual(['link.ndjson', 'real.ndjson', 'x.ndjson']);
  });

  it('the output path is checked before any work: a folder, a missing folder, a folder that cannot be written', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vanban-out-'));
    await expect(checkWritableFile(folder)).rejects.toThrow(/is a folder; give a file name/);
    await expect(checkWritableFile(join(folder, 'no', 'x.ndjson'))).rejects.toThrow(/the folder ".*no" does not exist/);
    writeFileSync(join(folder, 'file'), '');
    await expect(checkWritableFile(join(folder, 'file', 'x.ndjson'))).rejects.toThrow(/is not a folder/);
    // /proc refuses to create a file whoever asks (root included): the probe finds out, permissions could not
    await expect(checkWritableFile('/proc/vanban-snapshot.ndjson')).rejects.toThrow(OutputPathError);
    await expect(checkWritableFile('/proc/vanban-snapshot.ndjson')).rejects.toThrow(/cannot write in the folder "\/proc"/);
    await expect(checkWritableFile(join(folder, 'x.ndjson'))).resolves.toBeUndefined();
    expect(existsSync(join(folder, 'x.ndjson'))).toBe(false);
    expect(readdirSync(folder)).toEqual(['file']);
  });
});
