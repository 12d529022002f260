import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../src/graph/index.js';
import { SearchIndex, type SearchOptions, type SearchResult } from '../src/search/index.js';
import { ingestIntoDatabase, MemoryStore, migrate, PostgresStore, type Store } from '../src/store/index.js';
import { SHARED } from './helpers/score.js';
import { freshDatabase, type FreshDatabase } from './helpers/pg.js';

/**
 * Full-text search through PostgreSQL (src/store/postgres/search.ts) against the in-memory index, on a
 * real server: the judged query set of fixtures/search over ../shared/corpus (without seeds) ingested into
 * both, and a few documents written here for what the judged set does not pin down (diacritics, NFD, the
 * look-alike Ð, tone placement, phrases, a replaced and a pruned document).
 */
interface Judged {
  id: string;
  class: string;
  query: string;
  relevant: string[];
}
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'search');
const queries: Judged[] = readdirSync(fixtures)
  .filter((f) => /^queries-.*\.json$/.test(f))
  .flatMap((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as Judged[]);
const root = join(SHARED, 'corpus');
const FOLDERS = readdirSync(root, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'seeds')
  .map((e) => join(root, e.name))
  .sort();
/** the target: PostgreSQL within this much MRR@10 of memory on every class */
const TARGET = 0.03;

async function storesOver(label: string, folders: string[]): Promise<{ db: FreshDatabase; memory: MemoryStore; postgres: PostgresStore }> {
  const db = await freshDatabase(label);
  const pool = new pg.Pool({ connectionString: db.url });
  await migrate(pool);
  await pool.end();
  const postgres = await PostgresStore.open(db.url);
  for (const f of folders) await ingestIntoDatabase(postgres, f);
  const corpus = new Corpus();
  corpus.searchIndex = new SearchIndex();
  for (const f of folders) await corpus.addFolder(f);
  return { db, memory: new MemoryStore(corpus), postgres };
}

/** What two results must share: the total, the facets (in any key order), the hits and why they matched. */
const comparable = (r: SearchResult) => ({
  total: r.total,
  facets: Object.fromEntries(Object.entries(r.facets).map(([k, v]) => [k, Object.entries(v).sort()])),
  explanation: r.explanation,
});

describe('search through PostgreSQL: the judged set, against memory', () => {
  let s: Awaited<ReturnType<typeof storesOver>>;
  beforeAll(async () => {
    s = await storesOver('search_judged', FOLDERS);
  }, 900_000);
  afterAll(async () => {
    await s?.postgres.close();
    await s?.db.drop();
  });

  it(`MRR@10 within ${TARGET} of memory on every class, and the same top hit on every query`, async () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    const rel = (p: string | null) => relative(root, resolve(p ?? ''));
    const stats = new Map<string, Record<'memory' | 'postgres', { rr: number; recall: number }> & { n: number }>();
    const topDiffers: string[] = [];
    for (const q of queries) {
      const c = stats.get(q.class) ?? { memory: { rr: 0, recall: 0 }, postgres: { rr: 0, recall: 0 }, n: 0 };
      const top: Record<string, string | undefined> = {};
      for (const [name, store] of [['memory', s.memory], ['postgres', s.postgres]] as const) {
        const got = (await store.search(q.query, { limit: 10 })).hits.map((h) => rel(h.path));
        const rank = got.findIndex((p) => q.relevant.includes(p));
        c[name].rr += rank >= 0 ? 1 / (rank + 1) : 0;
        c[name].recall += q.relevant.filter((r) => got.includes(r)).length / q.relevant.length;
        top[name] = got[0];
      }
      if (top.memory !== top.postgres) topDiffers.push(`${q.id} ${q.query}: ${top.memory} / ${top.postgres}`);
      c.n++;
      stats.set(q.class, c);
    }
    const f = (x: number) => x.toFixed(3);
    const lines = [...stats].sort().map(([k, c]) => `  ${k.padEnd(20)} n=${String(c.n).padStart(3)}  memory MRR@10 ${f(c.memory.rr / c.n)} recall@10 ${f(c.memory.recall / c.n)}  postgres MRR@10 ${f(c.postgres.rr / c.n)} recall@10 ${f(c.postgres.recall / c.n)}`);
    console.log(`search quality, memory and PostgreSQL (${queries.length} judged queries, ../shared/corpus without seeds):\n${lines.join('\n')}`);
    for (const [k, c] of stats) expect(c.postgres.rr / c.n, k).toBeGreaterThanOrEqual(c.memory.rr / c.n - TARGET);
    expect(topDiffers).toEqual([]);
  }, 600_000);

  it('counts and facets the same documents as memory, with and without filters', async () => {
    const cases: Array<[string, SearchOptions]> = [
      ['kế hoạch', {}],
      ['kế hoạch', { level: ['province'], yearFrom: 2020 }],
      ['ke hoach', { type: ['Kế hoạch', 'Quyết định'] }],
      ['bảo hiểm y tế', { family: ['state-normative'] }],
      ['luật', { yearFrom: 2015, yearTo: 2020 }],
      ['ủy ban nhân dân', { issuer: 'uy ban nhan dan' }],
      ['nghị định', { level: ['central'], offset: 5, limit: 5 }],
    ];
    for (const [q, o] of cases) {
      const m = await s.memory.search(q, o);
      const p = await s.postgres.search(q, o);
      expect(comparable(p), `${q} ${JSON.stringify(o)}`).toEqual(comparable(m));
      expect(p.total, q).toBeGreaterThan(0);
      // the facets count what the total counts
      expect(Object.values(p.facets.type).reduce((a, b) => a + b, 0)).toBe(p.total);
      expect(p.hits.length).toBe(Math.min(o.limit ?? 20, Math.max(0, p.total - (o.offset ?? 0))));
      for (const h of p.hits) {
        const n = (await s.postgres.pool.query<{ level: string | null; year: number | null }>('SELECT level, year FROM vanban_search WHERE document = $1', [h.id])).rows[0];
        if (o.level) expect(o.level, h.id).toContain(n?.level);
        if (o.type) expect(o.type, h.id).toContain(h.type);
        if (o.yearFrom) expect(n?.year, h.id).toBeGreaterThanOrEqual(o.yearFrom);
        if (o.yearTo) expect(n?.year, h.id).toBeLessThanOrEqual(o.yearTo);
      }
    }
    // a place filter, on a place the corpus has
    const some = (await s.memory.search('kế hoạch', { limit: 50 })).hits.map((h) => h.id);
    const place = (await Promise.all(some.map((k) => s.postgres.node(k)))).map((n) => n?.place).find((x): x is string => typeof x === 'string');
    expect(place).toBeDefined();
    const m = await s.memory.search('kế hoạch', { place: [place as string] });
    const p = await s.postgres.search('kế hoạch', { place: [place as string] });
    expect(comparable(p)).toEqual(comparable(m));
    expect(p.hits.map((h) => h.id)).toEqual(m.hits.map((h) => h.id));
  });

  it('reads a reference first: the document it names, then the documents citing it, as memory does', async () => {
    const numbers = queries.filter((q) => q.class === 'number').slice(0, 25);
    let cited = 0;
    let documents = 0;
    for (const q of numbers) {
      const m = await s.memory.search(q.query, { limit: 10 });
      const p = await s.postgres.search(q.query, { limit: 10 });
      expect(p.explanation.citations, q.query).toEqual(m.explanation.citations);
      const why = (r: SearchResult) => r.hits.map((h) => [h.id, h.matchedBy, h.relation]);
      expect(why(p), q.query).toEqual(why(m));
      // the document named comes first, when the corpus has it (some numbers name documents only cited)
      if (p.hits.some((h) => h.matchedBy === 'document')) {
        expect(p.hits[0]?.matchedBy, q.query).toBe('document');
        documents++;
      }
      cited += p.hits.filter((h) => h.matchedBy === 'citing').length;
    }
    expect(documents).toBeGreaterThan(10);
    expect(cited).toBeGreaterThan(0);
    // the related filter: a citing document is found by its title's words among those with its relation to the named one
    let related = 0;
    for (const q of numbers) {
      const r = await s.postgres.search(q.query, { limit: 10 });
      const citing = r.hits.find((h) => h.matchedBy === 'citing' && h.relation && h.title);
      if (!citing) continue;
      const o = { related: { relation: citing.relation as string, id: r.hits[0]!.id } };
      const words = (citing.title as string).split(/\s+/).slice(0, 3).join(' ');
      const p = await s.postgres.search(words, o);
      expect(comparable(p), `${words} ${JSON.stringify(o)}`).toEqual(comparable(await s.memory.search(words, o)));
      expect(p.hits.map((h) => h.id)).toContain(citing.id);
      related++;
    }
    expect(related).toBeGreaterThan(0);
  });

  it('cuts the same snippets from the stored text', async () => {
    for (const q of ['luật xử lý vi phạm hành chính', 'bao hiem that nghiep', 'phòng chống tác hại của thuốc lá']) {
      const m = await s.memory.search(q, { limit: 5 });
      const p = await s.postgres.search(q, { limit: 5 });
      const byId = new Map(m.hits.map((h) => [h.id, h.snippets]));
      for (const h of p.hits) if (byId.has(h.id)) expect(h.snippets, `${q}: ${h.id}`).toEqual(byId.get(h.id));
      expect(p.hits[0]?.snippets[0]?.highlights.length, q).toBeGreaterThan(0);
    }
  });
});

/** A document of a few lines as the corpus has them: header, type, trích yếu, body. */
const doc = (n: number, type: string, title: string, body: string) =>
  `ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: ${n}/KH-UBND\n\nHà Tĩnh, ngày 5 tháng 3 năm 2021\n\n${type.toUpperCase()}\n${title}\n\n${body}\n`;

describe('search through PostgreSQL: diacritics, NFD, phrases, replaced documents', () => {
  let dir: string;
  let s: Awaited<ReturnType<typeof storesOver>>;
  const ask = async (store: Store, q: string, o: SearchOptions = {}) => (await store.search(q, o)).hits.map((h) => h.path?.split('/').pop());
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vanban-pg-search-'));
    const files: Record<string, string> = {
      'a1.txt': doc(11, 'Kế hoạch', 'Sửa chữa bàn ghế trường học', 'Thay mới bàn ghế hư hỏng cho các lớp học.'),
      'a2.txt': doc(12, 'Kế hoạch', 'Kiện toàn ban chỉ đạo phong trào', 'Thành lập ban chỉ đạo cấp tỉnh.'),
      'a3.txt': doc(13, 'Kế hoạch', 'Ban hành bản quy định về thi đua', 'Bản quy định áp dụng từ năm 2021.'),
      'a4.txt': doc(14, 'Kế hoạch', 'Phòng chống thiên tai năm 2021', 'Chủ động ứng phó với mưa lũ.'),
      'a5.txt': doc(15, 'Kế hoạch', 'Phòng cháy và chống ngập, ứng phó thiên tai', 'Các biện pháp cụ thể.'),
      // a file in NFD, with the old tone placement ("hoà")
      'a6.txt': doc(16, 'Kế hoạch', 'Tuyên truyền hoà giải ở cơ sở', 'Đề án xây dựng đường giao thông nông thôn ở Đà Nẵng.').normalize('NFD'),
      // the look-alike Ð (U+00D0) for Đ
      'a7.txt': doc(17, 'Kế hoạch', 'Tổ chức Ðại hội hội viên', 'Ðại hội nhiệm kỳ 2021.'),
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    s = await storesOver('search_cases', [dir]);
  }, 300_000);
  afterAll(async () => {
    await s?.postgres.close();
    await s?.db.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('ranks the diacritics as typed first, and finds every spelling without them', async () => {
    expect((await ask(s.postgres, 'bàn'))[0]).toBe('a1.txt');
    expect((await ask(s.postgres, 'bản'))[0]).toBe('a3.txt');
    // every document has "ban" in its body (its issuer: "Ủy ban nhân dân"): the three with it in the title first
    expect(new Set((await ask(s.postgres, 'ban')).slice(0, 3))).toEqual(new Set(['a1.txt', 'a2.txt', 'a3.txt']));
    for (const q of ['bàn', 'bản', 'ban', 'BÀN GHẾ', 'ban chi dao']) expect(await ask(s.postgres, q), q).toEqual(await ask(s.memory, q));
  });

  it('ranks a phrase above the same words scattered', async () => {
    const hits = await ask(s.postgres, 'phòng chống thiên tai');
    expect(hits.slice(0, 2)).toEqual(['a4.txt', 'a5.txt']);
    const [phrase, scattered] = (await s.postgres.search('phong chong thien tai')).hits;
    expect(phrase!.score - scattered!.score).toBeGreaterThanOrEqual(40);
    expect(await ask(s.postgres, 'phòng chống thiên tai')).toEqual(await ask(s.memory, 'phòng chống thiên tai'));
  });

  it('reads NFD, the look-alike Ð and either tone placement as memory does', async () => {
    for (const q of ['đề án', 'Ðề án', 'de an', 'đường giao thông', 'Đà Nẵng', 'da nang', 'hòa giải', 'hoà giải']) {
      expect(await ask(s.postgres, q), q).toEqual(['a6.txt']);
      expect(await ask(s.postgres, q.normalize('NFD')), `${q} (NFD)`).toEqual(['a6.txt']);
      expect(await ask(s.postgres, q), q).toEqual(await ask(s.memory, q));
    }
    for (const q of ['đại hội', 'Ðại hội', 'dai hoi']) expect(await ask(s.postgres, q), q).toEqual(['a7.txt']);
    // "hòa" typed for "hoà": the diacritics as typed, in the title (an exact match, not a folded collision)
    const [hit] = (await s.postgres.search('hòa giải')).hits;
    const [mem] = (await s.memory.search('hòa giải')).hits;
    expect(hit!.score).toBe(mem!.score);
    expect(hit!.score).toBeGreaterThan(30 + 12);
    // the snippet points into the NFD text as stored
    const snip = (await s.postgres.search('đường giao thông')).hits[0]!.snippets[0]!;
    const text = (await s.postgres.document((await s.postgres.search('đường giao thông')).hits[0]!.id))!.text;
    expect(text.slice(snip.highlights[0]!.start, snip.highlights[0]!.end).normalize('NFC')).toBe('đường');
  });

  it('drops the rows of a replaced document with it, and of a pruned one', async () => {
    const count = async (sql: string) => Number((await s.postgres.pool.query<{ n: string }>(sql)).rows[0]!.n);
    // (documents with "ban" in the title follow, far below: too few have both words)
    expect((await ask(s.postgres, 'bàn ghế'))[0]).toBe('a1.txt');
    await writeFile(join(dir, 'a1.txt'), doc(11, 'Kế hoạch', 'Sửa chữa phòng học', 'Lát lại nền các lớp học.'));
    const r = await ingestIntoDatabase(s.postgres, dir);
    expect(r.replaced).toBe(1);
    expect(await ask(s.postgres, 'bàn ghế')).not.toContain('a1.txt');
    expect(await ask(s.postgres, 'lát lại nền')).toEqual(['a1.txt']);
    expect(await count('SELECT count(*) AS n FROM vanban_search')).toBe(await count('SELECT count(*) AS n FROM vanban_documents'));
    await unlink(join(dir, 'a2.txt'));
    expect((await ingestIntoDatabase(s.postgres, dir, { prune: true })).pruned).toBe(1);
    expect(await ask(s.postgres, 'ban chỉ đạo')).not.toContain('a2.txt');
    expect(await count('SELECT count(*) AS n FROM vanban_search')).toBe(6);
    expect(await count('SELECT count(*) AS n FROM vanban_search_cites c LEFT JOIN vanban_search s USING (document) WHERE s.document IS NULL')).toBe(0);
  });
});
