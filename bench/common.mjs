// Shared helpers for the benches: corpus loading, percentiles, memory sampling, printing.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * The kernel's peak resident set size of this process (VmHWM), reset to the current size first: the true peak
 * of what runs in between, however long it holds the event loop. Linux 4.0 and later; null elsewhere.
 */
function kernelPeak() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    return null;
  }
  return () => {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  };
}

/**
 * Peak RSS and heap while fn runs. RSS is the kernel's own peak where it can be read (see kernelPeak), else
 * sampled; the heap is sampled every 5 ms, which needs the event loop to turn: a loop that never awaits
 * anything but promises (the search bench's build) is sampled only at its start and end, so it should yield now
 * and then.
 */
export async function withPeakMemory(fn) {
  const peakOfKernel = kernelPeak();
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
    return { result, peakRss: Math.max(rss, m.rss, peakOfKernel ? peakOfKernel() : 0), peakHeap: Math.max(heap, m.heapUsed) };
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

/**
 * The query classes of the search benches (in-memory and PostgreSQL), by kind of query; `foldedKey` is given by
 * the bench (the built package or the source) so that both read the same words.
 */
export function searchQueryClasses(foldedKey) {
  const phrase = ['tinh gọn bộ máy', 'quy chế dân chủ', 'hợp đồng lao động', 'bảo hiểm xã hội bắt buộc', 'xử lý vi phạm hành chính', 'cải cách hành chính'];
  return {
    'one word': ['thuế', 'đất', 'lương', 'dân', 'xã', 'huyện', 'nghị', 'vốn'],
    'two words': ['lao động', 'bảo hiểm', 'giáo dục', 'đầu tư', 'môi trường', 'giám sát', 'kế hoạch', 'nhân dân'],
    phrase,
    folded: phrase.map((q) => foldedKey(q)).concat(['lao dong', 'giam sat nhan dan']),
    number: ['18-NQ/TW', '145/2020/NĐ-CP', 'nghi dinh 12/2022', 'NQ 18 TW', 'Thông tư 13/2024', 'Kế hoạch số 120/KH-UBND', 'nghị quyết 19'],
  };
}
