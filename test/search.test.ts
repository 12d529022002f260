import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCorpus, readDocument } from '../src/doc/index.js';
import { Corpus, loadSnapshot, saveSnapshot } from '../src/graph/index.js';
import { writeResealed } from './helpers/snapshot-files.js';
import { SearchIndex, SearchResultSchema, exactKey, foldedKey } from '../src/search/index.js';
import { SHARED } from './helpers/score.js';

const doc = async (text: string, path: string) => readDocument(Buffer.from(text), { path });

describe('Vietnamese analysis', () => {
  it('two keys: exact (one tone placement) and folded (đ→d)', () => {
    expect(exactKey('Hoà BÌNH')).toBe(exactKey('hòa bình'));
    expect(foldedKey('Đảng')).toBe('dang');
    expect(foldedKey('Nghị quyết')).toBe('nghi quyet');
  });
});

describe('search over small documents', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = new SearchIndex();
    const docs: Array<[string, string]> = [
      ['a.txt', 'KẾ HOẠCH\nVề bàn giao tài sản\n\nNội dung bàn giao.'],
      ['b.txt', 'KẾ HOẠCH\nVề ban chỉ đạo\n\nThành lập ban chỉ đạo.'],
      ['c.txt', 'KẾ HOẠCH\nVề bản đồ địa chính\n\nLập bản đồ.'],
      ['d.txt', 'KẾ HOẠCH\nTinh gọn bộ máy của hệ thống chính trị\n\nSắp xếp tinh gọn bộ máy.'],
      ['e.txt', 'KẾ HOẠCH\nVề bộ máy và công tác tinh giản, rút gọn\n\nbộ phận máy móc tinh xảo, gọn gàng.'],
      ['f.txt', 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/KH-UBND\nHà Tĩnh, ngày 05 tháng 3 năm 2019\nKẾ HOẠCH\nThực hiện Nghị quyết số 18-NQ/TW\n\nThực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, UBND tỉnh ban hành Kế hoạch như sau:'],
      ['g.txt', 'KẾ HOẠCH\nVề Số 11 và số 111\n\nNghị quyết số 111-NQ/TW được nhắc.'],
    ];
    for (const [path, text] of docs) {
      const d = await doc(text, path);
      index.add(d.identity.id ?? path, d);
    }
  });

  it('finds with and without diacritics, exact diacritics first ("bàn" vs "ban" vs "bản")', () => {
    const withMarks = index.search('bàn').hits.map((h) => h.path);
    expect(withMarks[0]).toBe('a.txt');
    // folded matches follow: "ban chỉ đạo", "bản đồ", and the "ban hành" of f.txt
    expect(new Set(withMarks)).toEqual(new Set(['a.txt', 'b.txt', 'c.txt', 'f.txt']));
    expect(index.search('ban').hits.map((h) => h.path)).toEqual(expect.arrayContaining(['a.txt', 'b.txt', 'c.txt']));
    expect(index.search('dang').hits.map((h) => h.path)).toContain('f.txt'); // "Đảng" folds to dang
  });

  it('ranks adjacent syllables in order above the same words scattered', () => {
    const hits = index.search('tinh gọn bộ máy').hits.map((h) => h.path);
    expect(hits[0]).toBe('d.txt');
  });

  it('when too few documents have every word, titles with some of them follow, ranked below', () => {
    const r = index.search('tinh gọn bộ máy hành chính xã');
    expect(r.hits[0]?.path).toBe('d.txt');
    expect(r.hits.every((h) => h.matchedBy === 'text')).toBe(true);
    const few = index.search('bản đồ địa chính');
    expect(few.hits[0]?.path).toBe('c.txt');
    expect(few.hits[0]?.score).toBeGreaterThan(2 * (few.hits[1]?.score ?? 0));
    // enough documents with every word: nothing looser is added
    expect(index.search('bản đồ địa chính', { limit: 1 }).total).toBe(1);
  });

  it('a document reference finds its citing documents first, with the relation', () => {
    for (const q of ['18-NQ/TW', 'Nghị quyết số 18-NQ/TW', 'nghị quyết 18', 'nghi quyet 18', 'NQ 18 TW']) {
      const r = index.search(q);
      expect(r.hits[0], q).toMatchObject({ path: 'f.txt', matchedBy: 'citing', relation: 'implements' });
      expect(r.explanation.citations).toContain('dang:18-NQ/TW');
    }
    // numbers are not letters: "11" is not "1" nor "111"
    expect(index.search('Nghị quyết số 111-NQ/TW').hits[0]?.path).toBe('g.txt');
    expect(index.search('18-NQ/TW').hits.map((h) => h.path)).not.toContain('g.txt');
  });

  it('filters, facets and snippets with offsets into the document text', async () => {
    const r = index.search('kế hoạch', { yearFrom: 2019, yearTo: 2019 });
    expect(r.hits.map((h) => h.path)).toEqual(['f.txt']);
    const all = index.search('kế hoạch');
    expect(all.facets.type['Kế hoạch']).toBe(all.total);
    const hit = index.search('tinh gọn').hits[0];
    const text = (await doc('KẾ HOẠCH\nTinh gọn bộ máy của hệ thống chính trị\n\nSắp xếp tinh gọn bộ máy.', 'd.txt')).text;
    for (const h of hit?.snippets[0]?.highlights ?? []) expect(['tinh', 'gọn']).toContain(text.slice(h.start, h.end).toLowerCase());
    SearchResultSchema.parse(r);
  });

  it('removes a document', async () => {
    const d = await doc('KẾ HOẠCH\nVề cá voi xanh\n\nNội dung.', 'z.txt');
    index.add('z', d);
    expect(index.search('ca voi').hits[0]?.id).toBe('z');
    expect(index.remove('z')).toBe(true);
    expect(index.search('ca voi').hits).toEqual([]);
  });
});

describe('a document is named by its type and its title', () => {
  it('"pháp lệnh …" finds the Pháp lệnh, whose title line does not repeat its type, above texts that cite it', async () => {
    const index = new SearchIndex();
    const law = 'PHÁP LỆNH\nƯu đãi người có công với cách mạng\n\nChương I. Những quy định chung về chế độ.';
    const plan = `KẾ HOẠCH\nTriển khai chế độ ưu đãi người có công\n\n${'Thực hiện Pháp lệnh Ưu đãi người có công với cách mạng. '.repeat(4)}`;
    for (const [path, text] of [['plan.txt', plan], ['law.txt', law]] as const) index.add(path, await doc(text, path));
    // one word ("với") dropped, as people type a title from memory: the law matches every word in its name
    // (type and title) and stands far above the plan, which has them only in its body
    for (const q of ['pháp lệnh ưu đãi người có công cách mạng', 'phap lenh uu dai nguoi co cong']) {
      const [first, second] = index.search(q).hits;
      expect(first?.path).toBe('law.txt');
      expect(first?.score).toBeGreaterThan(2 * (second?.score ?? 0));
    }
  });
});

describe('search over the shared seeds', () => {
  it('finds a seed by its title typed without diacritics, and by a law it cites', async () => {
    const index = new SearchIndex();
    for await (const item of readCorpus(join(SHARED, 'corpus', 'seeds'))) if (item.ok) index.add(item.document.identity.id ?? item.path, item.document);
    expect(index.search('nam dan van kheo').hits[0]?.id).toBe('vn:96/KH-UBND@tinh-ha-tinh#2020');
    const law = index.search('luật tiếp công dân');
    expect(law.explanation.citations).toEqual(['vn:luat:tiep-cong-dan']);
    expect(law.hits.filter((h) => h.matchedBy === 'citing').length).toBe(3);
  });

  it('matches a known document number on the symbol map, not as text, and still shows it in snippets', async () => {
    const index = new SearchIndex();
    for await (const item of readCorpus(join(SHARED, 'corpus', 'seeds'))) if (item.ok) index.add(item.document.identity.id ?? item.path, item.document);
    const r = index.search('18-NQ/TW');
    expect(r.explanation.citations).toEqual(['dang:18-NQ/TW']);
    expect(r.explanation.terms).toEqual([]);
    expect(r.hits.every((h) => h.matchedBy === 'citing')).toBe(true);
    expect(r.hits[0]?.snippets[0]?.text).toContain('18-NQ/TW');
    // an unknown number is still looked for as text
    expect(index.search('999-NQ/TW').explanation.terms.length).toBeGreaterThan(0);
    // so is a partial one: "nghị quyết 18" is the reference when a Nghị quyết 18 is known, text otherwise
    const partial = index.search('nghị quyết 18 tinh gọn');
    expect(partial.explanation.citations).toContain('dang:18-NQ/TW');
    expect(partial.explanation.terms.map((t) => t.exact)).toEqual(['tinh', 'gọn']);
    expect(index.search('nghị quyết 999').explanation.terms.map((t) => t.exact)).toEqual(['nghị', 'quyết', '999']);
  });
});

describe('search kept with the corpus and its snapshot', () => {
  it('round-trips through a snapshot: same hits, same scores, same snippets', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'seeds'), { searchIndex: new SearchIndex() });
    const dir = await mkdtemp(join(tmpdir(), 'vanban-search-'));
    const file = join(dir, 's.ndjson');
    await saveSnapshot(corpus, file);
    const loaded = await loadSnapshot(file);
    expect(loaded.searchIndex).toBeInstanceOf(SearchIndex);
    const before = corpus.searchIndex as SearchIndex;
    const after = loaded.searchIndex as SearchIndex;
    expect(after.size).toBe(before.size);
    for (const q of ['18-NQ/TW', 'nghi quyet 18', 'tinh gọn bộ máy', 'luật tiếp công dân', 'nam dan van kheo']) {
      const a = before.search(q);
      expect(a.total).toBeGreaterThan(0);
      expect(after.search(q)).toEqual(a);
    }
    expect(loaded.search('18-NQ/TW')).toEqual(before.search('18-NQ/TW'));
    // the loaded index keeps working: a document removed from the corpus leaves the index too
    const top = after.search('nam dan van kheo').hits[0]?.id as string;
    expect(loaded.removeDocument(top)).toBe(true);
    expect(after.search('nam dan van kheo').hits.map((h) => h.id)).not.toContain(top);
  });

  it('corpus.search without an index says how to build one', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'seeds'));
    expect(() => corpus.search('x')).toThrow(/no search index/);
  });

  it('refuses a snapshot whose search part is cut short', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'seeds'), { searchIndex: new SearchIndex() });
    const dir = await mkdtemp(join(tmpdir(), 'vanban-search-'));
    const file = join(dir, 's.ndjson');
    // version 3, whose search records are lines among the others (version 4's binary part: test/snapshot-integrity.test.ts)
    await saveSnapshot(corpus, file, { version: 3 });
    const lines = (await readFile(file, 'utf8')).split('\n');
    const firstDoc = lines.findIndex((l) => l.startsWith('{"t":"search-doc"'));
    const cut = join(dir, 'cut.ndjson');
    await writeFile(cut, [...lines.slice(0, firstDoc + 1), ...lines.slice(firstDoc + 2)].join('\n'));
    await expect(loadSnapshot(cut)).rejects.toThrow(/truncated/);
    // one flexsearch chunk missing, the rest intact and its checksums made again: only the end record's count can tell
    const lastChunk = lines.findLastIndex((l) => l.startsWith('{"t":"search-index"'));
    expect(lines[lastChunk + 1]).toMatch(/^\{"t":"(?:end|crc)"/);
    await writeResealed(cut, [...lines.slice(0, lastChunk), ...lines.slice(lastChunk + 1)]);
    await expect(loadSnapshot(cut)).rejects.toThrow(/truncated: \d+ records before the end record/);
    // cut after the chunks: no end record
    await writeFile(cut, lines.slice(0, lastChunk + 1).join('\n'));
    await expect(loadSnapshot(cut)).rejects.toThrow(/no end record/);
    await expect(loadSnapshot(file)).resolves.toBeDefined();
  });
});
