// Search quality on the judged query set (fixtures/search/queries-*.json): MRR@10 and recall@10 per query
// class, for vanban's SearchIndex and, in the same process, MiniSearch and Orama in their default configuration
// over the same documents (title and body). Also reports query latency per class. Usage: node bench/search-eval.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import MiniSearch from 'minisearch';
import { create, insert, search as oramaSearch } from '@orama/orama';
import { documentName, readCorpus, SearchIndex } from '../dist/index.js';
import { fmt, percentile, SHARED } from './common.mjs';

const root = join(SHARED, 'corpus');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'search');
const queries = readdirSync(fixtures).filter((f) => /^queries-.*\.json$/.test(f)).flatMap((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')));

const docs = [];
const seen = new Set();
const vanban = new SearchIndex();
for await (const item of readCorpus(root)) {
  if (!item.ok) continue;
  const rel = relative(root, item.path);
  if (rel.startsWith('seeds')) continue;
  // the baselines get the same title field as vanban's index: the document's type and its title (trích yếu)
  docs.push({ id: rel, title: documentName(item.document.identity), body: item.document.text });
  // keyed by identity as in a Corpus (a second document with the same id gets "~2"); hits map back by path
  const id = item.document.identity.id ?? `file:${rel}`;
  let key = id;
  for (let n = 2; seen.has(key); n++) key = `${id}~${n}`;
  seen.add(key);
  vanban.add(key, item.document);
}
const mini = new MiniSearch({ fields: ['title', 'body'] });
mini.addAll(docs);
const orama = create({ schema: { title: 'string', body: 'string' } });
for (const d of docs) await insert(orama, { id: d.id, title: d.title, body: d.body });

const engines = {
  vanban: (q) => vanban.search(q, { limit: 10 }).hits.map((h) => relative(root, h.path ?? '')),
  minisearch: (q) => mini.search(q).slice(0, 10).map((r) => r.id),
  orama: async (q) => (await oramaSearch(orama, { term: q, limit: 10 })).hits.map((h) => h.document.id),
};

const classes = [...new Set(queries.map((q) => q.class))].sort();
console.log(`search eval: ${queries.length} judged queries, ${docs.length} documents; classes: ${classes.join(', ')}`);
for (const [name, run] of Object.entries(engines)) {
  const rows = [];
  const times = {};
  for (const c of classes) {
    let rr = 0, recall = 0, n = 0;
    times[c] = [];
    for (const q of queries.filter((x) => x.class === c)) {
      const t0 = performance.now();
      const got = await run(q.query);
      times[c].push(performance.now() - t0);
      const rank = got.findIndex((id) => q.relevant.includes(id));
      if (process.argv.includes('--misses') && name === 'vanban' && rank !== 0) console.log(`  miss ${q.id} [${q.class}] rank ${rank + 1 || '-'}: ${q.query}\n      want ${q.relevant[0]}; got ${got.slice(0, 3).join(', ')}`);
      rr += rank >= 0 ? 1 / (rank + 1) : 0;
      recall += q.relevant.filter((r) => got.includes(r)).length / q.relevant.length;
      n++;
    }
    const t = times[c].sort((a, b) => a - b);
    rows.push(`  ${c.padEnd(20)} n=${String(n).padStart(3)}  MRR@10 ${fmt(rr / n, 3)}  recall@10 ${fmt(recall / n, 3)}  latency p50 ${fmt(percentile(t, 50), 2)} ms p99 ${fmt(percentile(t, 99), 2)} ms`);
  }
  console.log(`${name}:\n${rows.join('\n')}`);
}
