// readDocument on one large text (issue 18.2): 10, 50 and 100 MB of the shared corpus's documents end to
// end, read as one .txt, with the time, MB/s and peak memory of each. Linear reading shows as MB/s that
// stay level from 10 to 100 MB (before the fix, sectionPathAt made a 200 MB text take 457 s).
//
//   npm run build && node --max-old-space-size=12000 bench/read-large.bench.mjs
//   node --import tsx --max-old-space-size=12000 bench/read-large.bench.mjs --src
//
// The sizes pass the default --max-file-size (50 MiB): the bench raises the limit for its texts.
import { fmt, loadCorpus, mb, withPeakMemory } from './common.mjs';

const lib = process.argv.includes('--src') ? await import('../src/index.ts') : await import('../dist/index.js');
const SIZES = (process.env.SIZES ?? '10,50,100').split(',').map(Number);

const docs = loadCorpus().map((d) => Buffer.from(d.text, 'utf8'));
const corpusBytes = docs.reduce((n, b) => n + b.length, 0);

function textOf(megabytes) {
  const want = megabytes * 1024 * 1024;
  const parts = [];
  let size = 0;
  for (let i = 0; size < want; i++) {
    const b = docs[i % docs.length];
    parts.push(b, Buffer.from('\n\n'));
    size += b.length + 2;
  }
  return Buffer.concat(parts).subarray(0, want);
}

console.log(`read-large bench: readDocument on one .txt made of the shared corpus's ${docs.length} documents (${fmt(mb(corpusBytes))} MB) end to end, node ${process.version}`);
for (const size of SIZES) {
  let bytes = textOf(size);
  // the cut may fall inside a character: back to the last whole one
  while (bytes.length > 0 && (bytes[bytes.length - 1] & 0xc0) === 0x80) bytes = bytes.subarray(0, bytes.length - 1);
  if (bytes.length > 0 && bytes[bytes.length - 1] >= 0xc0) bytes = bytes.subarray(0, bytes.length - 1);
  const { result, peakRss, peakHeap } = await withPeakMemory(async () => {
    const t0 = performance.now();
    const doc = await lib.readDocument(bytes, { path: 'large.txt', limits: { maxFileSize: 2 * bytes.length } });
    return { ms: performance.now() - t0, citations: doc.citations.length, sections: doc.sections.length };
  });
  console.log(`  ${String(size).padStart(3)} MB: ${fmt(result.ms / 1000)} s, ${fmt(mb(bytes.length) / (result.ms / 1000), 2)} MB/s, ${result.citations} citations, ${result.sections} sections, peak rss ${fmt(mb(peakRss), 0)} MB, heap ${fmt(mb(peakHeap), 0)} MB`);
  bytes = null;
  globalThis.gc?.();
}
