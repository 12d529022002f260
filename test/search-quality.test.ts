import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../src/doc/index.js';
import { SearchIndex } from '../src/search/index.js';
import { SHARED } from './helpers/score.js';

// The judged query set of fixtures/search (known-item queries with and without diacritics, with a
// word dropped, with a typo; numbers in several spellings; topics judged by hand). The comparison
// with MiniSearch and Orama is in bench/search-eval.mjs; here only vanban's own figures.
interface Judged {
  id: string;
  class: string;
  query: string;
  relevant: string[];
}
const dir = join(import.meta.dirname, '..', 'fixtures', 'search');
const queries: Judged[] = readdirSync(dir)
  .filter((f) => /^queries-.*\.json$/.test(f))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Judged[]);
const root = join(SHARED, 'corpus');

describe('search quality on the judged query set', () => {
  const index = new SearchIndex();
  beforeAll(async () => {
    const seen = new Set<string>();
    for await (const item of readCorpus(root)) {
      if (!item.ok || relative(root, item.path).startsWith('seeds')) continue;
      const id = item.document.identity.id ?? `file:${item.path}`;
      let key = id;
      for (let n = 2; seen.has(key); n++) key = `${id}~${n}`;
      seen.add(key);
      index.add(key, item.document);
    }
  }, 120_000);

  it('MRR@10 ≥ 0.9 on known-item and number queries, ≥ 0.85 on topics', () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    const byClass = new Map<string, { rr: number; recall: number; n: number }>();
    for (const q of queries) {
      const got = index.search(q.query, { limit: 10 }).hits.map((h) => relative(root, h.path ?? ''));
      const rank = got.findIndex((p) => q.relevant.includes(p));
      const c = byClass.get(q.class) ?? { rr: 0, recall: 0, n: 0 };
      c.rr += rank >= 0 ? 1 / (rank + 1) : 0;
      c.recall += q.relevant.filter((r) => got.includes(r)).length / q.relevant.length;
      c.n++;
      byClass.set(q.class, c);
    }
    const lines = [...byClass].sort().map(([k, c]) => `  ${k.padEnd(20)} n=${String(c.n).padStart(3)}  MRR@10 ${(c.rr / c.n).toFixed(3)}  recall@10 ${(c.recall / c.n).toFixed(3)}`);
    console.log(`search quality (${queries.length} judged queries, ../shared/corpus without seeds):\n${lines.join('\n')}`);
    for (const [k, c] of byClass) expect(c.rr / c.n, k).toBeGreaterThanOrEqual(k === 'topic' ? 0.85 : 0.9);
  });
});
