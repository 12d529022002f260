// Fault campaign of the snapshot loader: real snapshots damaged on purpose (one byte flipped, cut at a
// random length, garbage written over a run of bytes) and records reshaped then sealed again with
// fresh checksums (a key dropped, a value of another type, a record duplicated, dropped or moved, a
// foreign record): each goes through loadSnapshot. Counted: refusals (SnapshotError, the only way the
// loader may say no), loads that are accepted but differ from the snapshot that was written (must be
// 0 for damage), and throws that are not a SnapshotError (must be 0). Version 2 files (no checksum)
// get the same flips, for comparison. Version 5 files (the graph part in binary) get flips, cuts and garbage,
// and flips with their checksums made to match again (what the binary reader's own checks meet).
//
//   npm run build && node bench/fuzz-snapshot.mjs [iterations, default 100000]
//
// The test suite runs the same function on a few thousand cases (test/snapshot-fuzz.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';

/** A small, seeded generator (mulberry32): the same seed gives the same campaign. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A snapshot's parts: its records (header first; no check lines, no end line), its end line's own
 * fields, and what follows the end line in version 4 (the binary search part and its trailer), or null.
 */
export function splitSnapshot(bytes) {
  const at = bytes.indexOf('\n{"t":"end",') + 1;
  const nl = bytes.indexOf(10, at);
  const records = bytes.subarray(0, at).toString('utf8').split('\n').filter((l) => l !== '' && !l.startsWith('{"t":"crc",'));
  const end = JSON.parse(bytes.subarray(at, nl).toString('utf8'));
  delete end.bytes;
  delete end.crc;
  const tail = nl + 1 < bytes.length ? bytes.subarray(nl + 1) : null;
  return { records, end, tail };
}

/**
 * Records sealed again (fresh check lines, `blockChars` a block) with `end`'s fields, and `tail` after
 * them with its trailer made to point at the new end of the graph part (so that the loader's checks
 * behind the framing are what a case meets).
 */
export async function sealSnapshot(CheckedLineWriter, records, end, tail = null, blockChars = undefined) {
  const chunks = [];
  const w = new CheckedLineWriter(async (b) => void chunks.push(b), blockChars);
  for (const r of records) await w.line(r);
  await w.finish(end);
  const graph = Buffer.concat(chunks);
  if (!tail) return graph;
  const t = Buffer.from(tail);
  const trailer = t.subarray(t.length - 32);
  trailer.writeBigUInt64LE(BigInt(graph.length), 8);
  trailer.writeUInt32LE(crc32(trailer.subarray(0, 28)), 28);
  return Buffer.concat([graph, t]);
}

/** `tail` (a search part and its trailer) with the part's CRC in the trailer made to match its bytes again. */
export function resealTail(tail) {
  const t = Buffer.from(tail);
  const trailer = t.subarray(t.length - 32);
  trailer.writeUInt32LE(crc32(t.subarray(0, t.length - 32)), 24);
  trailer.writeUInt32LE(crc32(trailer.subarray(0, 28)), 28);
  return t;
}

/**
 * A version 5 file's layout: its graph trailer (40 bytes, after the graph and evidence parts), where the graph
 * part ends, and where the search part starts when there is one.
 */
export function v5Layout(bytes) {
  const magic = bytes.subarray(bytes.length - 32, bytes.length - 24).toString('latin1');
  const hasSearch = magic === 'VBSRCH04' || magic === 'VBSRCH05';
  const trailerAt = (hasSearch ? Number(bytes.readBigUInt64LE(bytes.length - 24)) : bytes.length) - 40;
  return { trailerAt, graphEnd: Number(bytes.readBigUInt64LE(trailerAt + 8)), searchAt: hasSearch ? trailerAt + 40 : null, paged: magic === 'VBSRCH05' };
}

/**
 * `bytes` (a version 5 file with a paged search part, changed in that part's body) with the CRC of every page
 * of the body written again in the part's head, and the trailer's CRC of the head made to match it: what the
 * search index's own checks meet (see src/search/paged-part.ts for the layout).
 */
export function resealPaged(bytes) {
  const b = Buffer.from(bytes);
  const partAt = Number(b.readBigUInt64LE(b.length - 24));
  const partEnd = b.length - 32;
  const headLength = b.readUInt32LE(partEnd - 4);
  const headAt = partEnd - 4 - headLength;
  // the head's blocks: its JSON, the directory, the page CRCs (each a u32 length, its bytes, padding to 4)
  let at = headAt;
  const block = () => {
    const len = b.readUInt32LE(at);
    const start = at + 4;
    at = start + len + ((4 - (len & 3)) & 3);
    return [start, len];
  };
  const [jsonAt, jsonLength] = block();
  const { page } = JSON.parse(b.toString('utf8', jsonAt, jsonAt + jsonLength));
  block();
  const [crcAt, crcLength] = block();
  for (let p = 0; p < crcLength / 4; p++) b.writeUInt32LE(crc32(b.subarray(partAt + p * page, Math.min(headAt, partAt + (p + 1) * page))), crcAt + p * 4);
  b.writeUInt32LE(crc32(b.subarray(headAt, partEnd)), b.length - 8);
  b.writeUInt32LE(crc32(b.subarray(b.length - 32, b.length - 4)), b.length - 4);
  return b;
}

/** Queries that read every posting list of a search index: each term of each field alone, and each pair of terms. */
export function termQueries(index) {
  // (the index's posting lists are private: read here for the campaign only)
  const p = index.postings;
  const out = new Set();
  for (const f of ['title', 'body']) {
    for (const t of p.tokenTerms(f)) out.add(t);
    for (const a of p.firstTerms(f)) for (const b of p.secondTerms(f, a)) out.add(`${a} ${b}`);
  }
  for (const f of ['titleExact', 'bodyExact']) for (const t of p.tokenTerms(f)) out.add(t);
  return [...out].sort();
}

/**
 * A corpus with a search part, read as a query would read it: every query of `queries` (answered as in
 * `expected`, or refused), then everything else of the part (written out whole, to no file: every page
 * read). 'same' when all answered as expected and nothing was refused; 'refused' when something was
 * refused with a SnapshotError and every answer given was the expected one; 'wrong' otherwise (an
 * answer that differs, or another error), with the reason.
 */
export async function readSearchWhole(corpus, queries, expected, SnapshotError, BlockWriter) {
  let refused = null;
  const index = corpus.searchIndex;
  for (let i = 0; i < queries.length; i++) {
    let answer;
    try {
      answer = JSON.stringify(index.search(queries[i], { limit: 1000 }));
    } catch (e) {
      if (!(e instanceof SnapshotError)) return { outcome: 'wrong', detail: `query ${queries[i]}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
      refused ??= e;
      continue;
    }
    if (answer !== expected[i]) return { outcome: 'wrong', detail: `query ${queries[i]} answered otherwise` };
  }
  try {
    const w = new BlockWriter();
    await index.writeBinary(w, async () => void w.drain(), true);
  } catch (e) {
    if (!(e instanceof SnapshotError)) return { outcome: 'wrong', detail: `the whole part: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
    refused ??= e;
  }
  return refused ? { outcome: 'refused', detail: `${refused.name}: ${refused.message}` } : { outcome: 'same', detail: '' };
}

/** `bytes` (a version 5 file of `layout`, changed) with the graph trailer's two checksums made to match them again. */
export function resealV5(bytes, layout) {
  const b = Buffer.from(bytes);
  const { trailerAt, graphEnd } = layout;
  b.writeUInt32LE(crc32(b.subarray(0, graphEnd)), trailerAt + 24);
  b.writeUInt32LE(crc32(b.subarray(graphEnd, trailerAt)), trailerAt + 28);
  b.writeUInt32LE(crc32(b.subarray(trailerAt, trailerAt + 36)), trailerAt + 36);
  return b;
}

/** What a loaded corpus holds, as one string: two loads agree exactly when these agree (the search part read here, if lazy). */
export function dumpOf(corpus) {
  const search = corpus.searchIndex;
  return JSON.stringify([
    corpus.graph.export(),
    [...corpus.documents],
    corpus.conflicts,
    corpus.badFiles,
    [...corpus.hashes],
    [...corpus.mentioned],
    search ? [search.size, corpus.search('nghị quyết', { limit: 50 }), corpus.search('18-NQ/TW', { limit: 50 })] : null,
  ]);
}

/** A version 3 snapshot in format version 2: no check lines, an end record without a CRC. */
export function asVersion2(bytes) {
  const lines = bytes.toString('utf8').split('\n').filter((l) => l !== '' && !l.startsWith('{"t":"crc",'));
  if (!lines[0].includes('"version":3,')) throw new Error('asVersion2 takes a version 3 snapshot (saveSnapshot(…, { version: 3 }))');
  lines[0] = lines[0].replace('"version":3,', '"version":2,');
  const end = JSON.parse(lines[lines.length - 1]);
  lines[lines.length - 1] = JSON.stringify({ t: 'end', records: end.records });
  return Buffer.from(lines.join('\n') + '\n');
}

const WEIRD = [null, 0, -1, 1.5, 1e308, '', 'x', true, [], {}, [null], { t: 'node' }, '\u0000', '\ud800', 'a'.repeat(1000)];

/** One record reshaped: a key dropped or given a value of another type, at any depth. */
function reshape(value, random) {
  if (value === null || typeof value !== 'object') return WEIRD[Math.floor(random() * WEIRD.length)];
  const keys = Object.keys(value);
  if (keys.length === 0) return WEIRD[Math.floor(random() * WEIRD.length)];
  const copy = Array.isArray(value) ? [...value] : { ...value };
  const k = keys[Math.floor(random() * keys.length)];
  const r = random();
  if (r < 0.2 && !Array.isArray(copy)) delete copy[k];
  else if (r < 0.6) copy[k] = reshape(copy[k], random);
  else copy[k] = WEIRD[Math.floor(random() * WEIRD.length)];
  return copy;
}

/** The records of a sealed file (no check lines), changed in one way, for `seal` to write again. */
function shapeCase(records, random) {
  const out = [...records];
  const i = 1 + Math.floor(random() * (out.length - 1)); // the header stays first, then is reshaped too
  const r = random();
  if (r < 0.55) out[i] = JSON.stringify(reshape(JSON.parse(out[i]), random));
  else if (r < 0.65) out.splice(i, 0, out[i]); // a duplicate
  else if (r < 0.75) out.splice(i, 1); // a record dropped (the end record's count is left as it was)
  else if (r < 0.85) {
    const j = 1 + Math.floor(random() * (out.length - 1));
    [out[i], out[j]] = [out[j], out[i]]; // two records swapped
  } else if (r < 0.93) out.splice(i, 0, JSON.stringify(reshape({ t: ['node', 'edge', 'document', 'conflict', 'bad', 'search-doc', 'search-index', 'end', 'crc'][Math.floor(random() * 9)] }, random)));
  else out[0] = JSON.stringify(reshape(JSON.parse(out[0]), random));
  return out;
}

/**
 * Run `iterations` cases over `snapshots` ([{ name, bytes, v3, v5 }]: the same corpus written by saveSnapshot
 * in version 4, in version 3 and (optional) in version 5) with the library `lib` ({ loadSnapshot, SnapshotError, CheckedLineWriter, BlockWriter });
 * returns the counts, and up to five examples of each kind of failure. Loads are lazy, then the search part is
 * read by `dumpOf`: damage to it must be refused then.
 */
export async function fuzzSnapshots({ lib, snapshots, iterations, seed = 1, dir, parallel = 8 }) {
  const { loadSnapshot, SnapshotError, CheckedLineWriter, BlockWriter } = lib;
  const random = rng(seed);
  const file = join(dir, 'fuzz-prepare.ndjson');
  const prepared = [];
  for (const s of snapshots) {
    writeFileSync(file, s.bytes);
    const expected = dumpOf(await loadSnapshot(file));
    writeFileSync(file, s.v3);
    if (dumpOf(await loadSnapshot(file)) !== expected) throw new Error(`${s.name}: its version 3 form does not load the same`);
    const v2 = asVersion2(s.v3);
    writeFileSync(file, v2);
    if (dumpOf(await loadSnapshot(file)) !== expected) throw new Error(`${s.name}: its version 2 form does not load the same`);
    const { records, end, tail } = splitSnapshot(s.bytes);
    if (!(await sealSnapshot(CheckedLineWriter, records, end, tail)).equals(s.bytes)) throw new Error(`${s.name}: sealed again, it is not the same file`);
    let v5 = null;
    if (s.v5) {
      writeFileSync(file, s.v5);
      if (dumpOf(await loadSnapshot(file)) !== expected) throw new Error(`${s.name}: its version 5 form does not load the same`);
      const layout = v5Layout(s.v5);
      if (!resealV5(s.v5, layout).equals(s.v5)) throw new Error(`${s.name}: version 5 sealed again, it is not the same file`);
      v5 = { bytes: s.v5, layout, queries: null, answers: null };
      if (layout.paged) {
        // a paged search part is read by range: damage is refused when it is read, so every case with one reads
        // all of it, every posting list by a query, then the rest
        if (!resealPaged(s.v5).equals(s.v5)) throw new Error(`${s.name}: its search part sealed again is not the same file`);
        const clean = await loadSnapshot(file);
        v5.queries = termQueries(clean.searchIndex);
        v5.answers = v5.queries.map((q) => JSON.stringify(clean.searchIndex.search(q, { limit: 1000 })));
        if ((await readSearchWhole(clean, v5.queries, v5.answers, SnapshotError, BlockWriter)).outcome !== 'same') throw new Error(`${s.name}: its search part does not read whole`);
      }
    }
    prepared.push({ ...s, expected, v2, v5, records, endFields: end, tail, searchAt: s.bytes.length - (tail?.length ?? 0) });
  }
  const seal = (records, endFields, tail) => sealSnapshot(CheckedLineWriter, records, endFields, tail);
  const withSearch = prepared.filter((s) => s.tail);
  const withV5 = prepared.filter((s) => s.v5);
  const counts = {};
  const examples = { acceptedWrong: [], otherThrow: [] };
  const bump = (kind, outcome) => {
    counts[kind] ??= { cases: 0, refused: 0, acceptedSame: 0, acceptedWrong: 0, otherThrow: 0 };
    counts[kind].cases++;
    counts[kind][outcome]++;
  };
  // cases are made one after another (the same seed, the same cases) and loaded `parallel` at a
  // time: a small snapshot's load is mostly waiting on the file system
  const makeCase = async () => {
    if (withV5.length > 0 && random() < 0.5) {
      // version 5: damage anywhere (refused: every byte is under a CRC, the search part's when a query or the
      // whole read reaches it), or a flip with the checksums made to match again (refused by the binary reader,
      // or read as what it says)
      const s = withV5[Math.floor(random() * withV5.length)];
      const { bytes: v5, layout } = s.v5;
      const r = random();
      let bytes = Buffer.from(v5);
      let kind;
      if (r < 0.4) {
        kind = 'version 5: flip';
        bytes[Math.floor(random() * bytes.length)] ^= 1 + Math.floor(random() * 255);
      } else if (r < 0.6) {
        kind = 'version 5: truncation';
        bytes = bytes.subarray(0, Math.floor(random() * bytes.length));
      } else if (layout.paged && r < 0.8) {
        // the paged search part alone: head and body flipped or cut, and body flips behind page CRCs made to match
        const r2 = random();
        const at = layout.searchAt + Math.floor(random() * (bytes.length - layout.searchAt));
        if (r2 < 0.5) {
          kind = 'version 5: search part: flip';
          bytes[at] ^= 1 + Math.floor(random() * 255);
        } else if (r2 < 0.7) {
          kind = 'version 5: search part: cut';
          bytes = bytes.subarray(0, at);
        } else {
          kind = 'version 5: search part: flip, sealed again';
          const headAt = bytes.length - 36 - bytes.readUInt32LE(bytes.length - 36);
          bytes[layout.searchAt + Math.floor(random() * (headAt - layout.searchAt))] ^= 1 + Math.floor(random() * 255);
          bytes = resealPaged(bytes);
        }
      } else if (r < 0.7) {
        kind = 'version 5: garbage';
        const at = Math.floor(random() * bytes.length);
        for (let i = at; i < Math.min(bytes.length, at + 1 + Math.floor(random() * 64)); i++) bytes[i] = Math.floor(random() * 256);
        // a run of random bytes can be the bytes that were there: then it is no damage, and one is turned over
        if (bytes.equals(v5)) bytes[at] ^= 0xff;
      } else {
        kind = 'version 5: flip, sealed again';
        bytes[Math.floor(random() * layout.trailerAt)] ^= 1 + Math.floor(random() * 255);
        bytes = resealV5(bytes, layout);
      }
      return { s, kind, bytes };
    }
    const s = prepared[Math.floor(random() * prepared.length)];
    const r = random();
    let kind;
    let bytes;
    if (r < 0.35) {
      kind = 'flip';
      bytes = Buffer.from(s.bytes);
      bytes[Math.floor(random() * bytes.length)] ^= 1 + Math.floor(random() * 255);
    } else if (r < 0.5) {
      kind = 'truncation';
      bytes = s.bytes.subarray(0, Math.floor(random() * s.bytes.length));
    } else if (r < 0.6) {
      kind = 'garbage';
      bytes = Buffer.from(s.bytes);
      const at = Math.floor(random() * bytes.length);
      for (let i = at; i < Math.min(bytes.length, at + 1 + Math.floor(random() * 64)); i++) bytes[i] = Math.floor(random() * 256);
    } else if (r < 0.67) {
      kind = 'flip, version 2 (no checksum)';
      bytes = Buffer.from(s.v2);
      bytes[Math.floor(random() * bytes.length)] ^= 1 + Math.floor(random() * 255);
    } else if (r < 0.8 && withSearch.length > 0) {
      // the search part alone (the graph loads; the part is refused when it is read), or a flip there with its CRC
      // made to match again: what the binary reader's own checks meet (refused or read as another index, never a crash)
      const w = withSearch[Math.floor(random() * withSearch.length)];
      const r2 = random();
      bytes = Buffer.from(w.bytes);
      const at = w.searchAt + Math.floor(random() * (bytes.length - w.searchAt));
      if (r2 < 0.4) {
        kind = 'search part: flip';
        bytes[at] ^= 1 + Math.floor(random() * 255);
      } else if (r2 < 0.6) {
        kind = 'search part: cut';
        bytes = bytes.subarray(0, at);
      } else {
        kind = 'search part: flip, sealed again';
        const tail = Buffer.from(w.tail);
        // not in the trailer, which would then only be refused for itself
        tail[Math.floor(random() * (tail.length - 32))] ^= 1 + Math.floor(random() * 255);
        bytes = Buffer.concat([w.bytes.subarray(0, w.searchAt), resealTail(tail)]);
      }
      return { s: w, kind, bytes };
    } else {
      kind = 'shape, sealed again';
      bytes = await seal(shapeCase(s.records, random), s.endFields, s.tail);
    }
    return { s, kind, bytes };
  };
  const runCase = async ({ s, kind, bytes }, slot) => {
    const path = join(dir, `fuzz-${slot}.ndjson`);
    writeFileSync(path, bytes);
    let outcome;
    let detail = '';
    try {
      const corpus = await loadSnapshot(path);
      const loaded = dumpOf(corpus);
      // a reshaped file sealed again says what it says: it is a different snapshot, not a wrong load
      outcome = loaded === s.expected || kind.includes('sealed again') ? 'acceptedSame' : 'acceptedWrong';
      if (outcome === 'acceptedSame' && kind.startsWith('version 5') && s.v5?.queries) {
        const read = await readSearchWhole(corpus, s.v5.queries, s.v5.answers, SnapshotError, BlockWriter);
        detail = read.detail;
        if (read.outcome === 'refused') outcome = 'refused';
        // (an answer that differs behind checksums made to match is the file saying what it says)
        else if (read.outcome === 'wrong') outcome = detail.includes('answered otherwise') && kind.includes('sealed again') ? 'acceptedSame' : detail.includes('answered otherwise') ? 'acceptedWrong' : 'otherThrow';
      }
    } catch (e) {
      outcome = e instanceof SnapshotError ? 'refused' : 'otherThrow';
      detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    bump(kind, outcome);
    if ((outcome === 'acceptedWrong' && !kind.includes('version 2')) || outcome === 'otherThrow') {
      const list = outcome === 'otherThrow' ? examples.otherThrow : examples.acceptedWrong;
      if (list.length < 5) list.push({ kind, snapshot: s.name, detail: detail.slice(0, 300), bytes: bytes.length });
    }
  };
  for (let n = 0; n < iterations; n += parallel) {
    const batch = [];
    for (let k = 0; k < Math.min(parallel, iterations - n); k++) batch.push(await makeCase());
    await Promise.all(batch.map((c, slot) => runCase(c, slot)));
  }
  return { counts, examples };
}

// run directly: the campaign over snapshots of one seed document (with and without its search index) and of
// the five seeds, from dist/
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const iterations = Number(process.argv[2] ?? 100_000);
  const root = join(import.meta.dirname, '..');
  const lib = { ...(await import(pathToFileURL(join(root, 'dist', 'index.js')).href)), BlockWriter: (await import(pathToFileURL(join(root, 'dist', 'search', 'binary.js')).href)).BlockWriter };
  const { CheckedLineWriter } = await import(pathToFileURL(join(root, 'dist', 'graph', 'checksum.js')).href);
  const { SearchIndex } = lib;
  const { SHARED } = await import('./common.mjs');
  const dir = mkdtempSync(join(process.platform === 'linux' ? '/dev/shm' : (await import('node:os')).tmpdir(), 'vanban-fuzz-'));
  const { copyFileSync, mkdirSync, readFileSync } = await import('node:fs');
  const seeds = join(SHARED, 'corpus', 'seeds');
  const one = join(dir, 'one');
  mkdirSync(one);
  copyFileSync(join(seeds, '001_a40549c8c1018447.txt'), join(one, 'seed.txt'));
  const snapshots = [];
  for (const [name, folder, options] of [
    ['one seed', one, {}],
    ['one seed with search', one, { searchIndex: new SearchIndex() }],
    ['five seeds', seeds, {}],
  ]) {
    const path = join(dir, `${name}.ndjson`);
    const corpus = await lib.Corpus.fromFolder(folder, options);
    await lib.saveSnapshot(corpus, path, { version: 4 });
    const bytes = readFileSync(path);
    await lib.saveSnapshot(corpus, path, { version: 3 });
    const v3 = readFileSync(path);
    await lib.saveSnapshot(corpus, path, { version: 5 });
    snapshots.push({ name, bytes, v3, v5: readFileSync(path) });
  }
  const t0 = performance.now();
  const { counts, examples } = await fuzzSnapshots({ lib: { ...lib, CheckedLineWriter }, snapshots, iterations, seed: Number(process.env.SEED ?? 1), dir });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${iterations} cases over ${snapshots.map((s) => `${s.name} (${s.bytes.length} bytes)`).join(', ')} in ${seconds.toFixed(0)} s`);
  console.log('kind | cases | refused (SnapshotError) | accepted, same corpus | accepted, wrong | other throws');
  for (const [kind, c] of Object.entries(counts)) console.log(`${kind} | ${c.cases} | ${c.refused} | ${c.acceptedSame} | ${c.acceptedWrong} | ${c.otherThrow}`);
  for (const [k, list] of Object.entries(examples)) for (const e of list) console.log(`${k}: ${JSON.stringify(e)}`);
  rmSync(dir, { recursive: true, force: true });
  const bad = Object.entries(counts).some(([kind, c]) => c.otherThrow > 0 || (!kind.includes('version 2') && c.acceptedWrong > 0));
  process.exitCode = bad ? 1 : 0;
}
