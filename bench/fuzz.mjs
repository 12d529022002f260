// Fuzz campaign of the input side (issue 18.5): generated .txt, .md, .html and damaged .docx files through
// `extract` and `readDocument`, counting what must never happen (a throw that is not a ReadError, an offset
// that does not give back its citation's text, an input slow twice in a row) next to files read and refused.
//
//   npm run build && node bench/fuzz.mjs [--count 1000000] [--seed 1] [--slow-ms 1000]
//   node --import tsx bench/fuzz.mjs --src ...     (the sources instead of the build)
//
// Prints a progress line every 10 000 inputs and, at the end, the counts as JSON and the first findings of
// each kind with their input's bytes (base64), to be kept as regression tests. test/fuzz-readers.test.ts
// runs the same generator on a few thousand inputs.
import { campaign } from './fuzz-inputs.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('--count', '1000000'));
const seed = Number(arg('--seed', '1'));
const slowMs = Number(arg('--slow-ms', '1000'));
const lib = process.argv.includes('--src') ? await import('../src/index.ts') : await import('../dist/index.js');

const started = Date.now();
const result = await campaign(lib, {
  count,
  seed,
  slowMs,
  onProgress: (n, counts) => {
    const s = (Date.now() - started) / 1000;
    console.log(`${n} inputs in ${s.toFixed(0)} s (${(n / s).toFixed(0)}/s): ${JSON.stringify(counts)}`);
  },
});
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ seed, seconds: Math.round(seconds), ...result.counts, byFormat: result.byFormat }));
for (const e of result.examples) console.log(JSON.stringify(e));
process.exitCode = result.counts.throw + result.counts.offset + result.counts.slow > 0 ? 1 : 0;
