// Fault campaign of the snapshot loader: real snapshots damaged on purpose (one byte flipped, cut at a
// random length, garbage written over a run of bytes) and records reshaped then sealed again with
// fresh checksums (a key dropped, a value of another type, a record duplicated, dropped or moved, a
// foreign record): each goes through loadSnapshot. Counted: refusals (SnapshotError, the only way the
// loader may say no), loads that are accepted but differ from the snapshot that was written (must be
// 0 for damage), and throws that are not a SnapshotError (must be 0). Version 2 files (no checksum)
// get the same flips, for comparison.
//
//   npm run build && node bench/fuzz-snapshot.mjs [iterations, default 100000]
//
// The test suite runs the same function on a few thousand cases (test/snapshot-fuzz.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** What a loaded corpus holds, as one string: two loads agree exactly when these agree. */
export function dumpOf(corpus) {
  const search = corpus.searchIndex;
  return JSON.stringify([
    corpus.graph.export(),
    [...corpus.documents],
    corpus.conflicts,
    corpus.badFiles,
    search ? [search.size, corpus.search('nghị quyết', { limit: 50 }), corpus.search('18-NQ/TW', { limit: 50 })] : null,
  ]);
}

/** The same snapshot in format version 2: no check lines, an end record without a CRC. */
export function asVersion2(bytes) {
  const lines = bytes.toString('utf8').split('\n').filter((l) => l !== '' && !l.startsWith('{"t":"crc",'));
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
 * Run `iterations` cases over `snapshots` ([{ name, bytes }], written by saveSnapshot) with the
 * library `lib` ({ loadSnapshot, SnapshotError, CheckedLineWriter }); returns the counts, and up to
 * five examples of each kind of failure.
 */
export async function fuzzSnapshots({ lib, snapshots, iterations, seed = 1, dir, parallel = 8 }) {
  const { loadSnapshot, SnapshotError, CheckedLineWriter } = lib;
  const random = rng(seed);
  const file = join(dir, 'fuzz-prepare.ndjson');
  const prepared = [];
  for (const s of snapshots) {
    writeFileSync(file, s.bytes);
    const expected = dumpOf(await loadSnapshot(file));
    const v2 = asVersion2(s.bytes);
    writeFileSync(file, v2);
    if (dumpOf(await loadSnapshot(file)) !== expected) throw new Error(`${s.name}: its version 2 form does not load the same`);
    const records = s.bytes.toString('utf8').split('\n').filter((l) => l !== '' && !l.startsWith('{"t":"crc",'));
    const end = JSON.parse(records.pop());
    prepared.push({ ...s, expected, v2, records, endFields: { t: 'end', records: end.records } });
  }
  const seal = async (records, endFields) => {
    const chunks = [];
    const w = new CheckedLineWriter(async (b) => void chunks.push(b));
    for (const r of records) await w.line(r);
    await w.finish(endFields);
    return Buffer.concat(chunks);
  };
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
    } else if (r < 0.7) {
      kind = 'flip, version 2 (no checksum)';
      bytes = Buffer.from(s.v2);
      bytes[Math.floor(random() * bytes.length)] ^= 1 + Math.floor(random() * 255);
    } else {
      kind = 'shape, sealed again';
      bytes = await seal(shapeCase(s.records, random), s.endFields);
    }
    return { s, kind, bytes };
  };
  const runCase = async ({ s, kind, bytes }, slot) => {
    const path = join(dir, `fuzz-${slot}.ndjson`);
    writeFileSync(path, bytes);
    let outcome;
    let detail = '';
    try {
      const loaded = dumpOf(await loadSnapshot(path));
      // a reshaped file sealed again says what it says: it is a different snapshot, not a wrong load
      outcome = loaded === s.expected || kind.startsWith('shape') ? 'acceptedSame' : 'acceptedWrong';
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
  const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
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
    await lib.saveSnapshot(await lib.Corpus.fromFolder(folder, options), path);
    snapshots.push({ name, bytes: readFileSync(path) });
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
