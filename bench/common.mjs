// Shared helpers for the benches: corpus loading, percentiles, memory sampling, printing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const SHARED = join(import.meta.dirname, '..', '..', 'shared');

/** Every .txt document under ../shared/corpus (seeds included), as { path, text, bytes }. */
export function loadCorpus(root = join(SHARED, 'corpus')) {
  const docs = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) {
        const buf = readFileSync(p);
        docs.push({ path: relative(root, p), text: buf.toString('utf8'), bytes: buf.length });
      }
    }
  };
  walk(root);
  return docs;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Samples RSS and heap every few ms while fn runs; returns the peaks. */
export async function withPeakMemory(fn) {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  try {
    const result = await fn();
    const m = process.memoryUsage();
    return { result, peakRss: Math.max(rss, m.rss), peakHeap: Math.max(heap, m.heapUsed) };
  } finally {
    clearInterval(timer);
  }
}

export const mb = (bytes) => bytes / (1024 * 1024);
export const fmt = (x, d = 1) => x.toFixed(d);

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
