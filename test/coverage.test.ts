import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Corpus, coverage, coveragePage, implementers } from '../src/graph/index.js';
import { readDocument } from '../src/doc/index.js';
import { run } from '../src/cli/index.js';
import { CHAIN_DOCS, planHeader } from './helpers/cli-fixture.js';

/**
 * Coverage on the official map, over a small corpus written in the shape of real local plans: a
 * province and a district of Hà Tĩnh, two district Party committees named "Châu Thành" in two
 * provinces, a plan of the new Quảng Trị (after 1 July 2025), and a provincial programme known only
 * because a plan says it implements 18-NQ/TW.
 */
const DOCS: Record<string, string> = {
  // the provincial and district plans of the CLI tests' chain
  'ha-tinh.txt': CHAIN_DOCS['ha-tinh.txt'] as string,
  'can-loc.txt': CHAIN_DOCS['can-loc.txt'] as string,
  'chau-thanh-dong-thap.txt': `${planHeader(['ĐẢNG BỘ TỈNH ĐỒNG THÁP', 'HUYỆN ỦY CHÂU THÀNH', '*'], '12-KH/HU', 'Châu Thành', [2018, 3, 5], true)}
thực hiện Nghị quyết số 18-NQ/TW

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Huyện ủy xây dựng Kế hoạch như sau:
`,
  'chau-thanh-tien-giang.txt': `${planHeader(['ĐẢNG BỘ TỈNH TIỀN GIANG', 'HUYỆN ỦY CHÂU THÀNH', '*'], '12-KH/HU', 'Châu Thành', [2018, 3, 5], true)}
thực hiện Nghị quyết số 18-NQ/TW

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Huyện ủy xây dựng Kế hoạch như sau:
`,
  'quang-tri-2025.txt': `${planHeader(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ'], '15/KH-UBND', 'Quảng Trị', [2025, 9, 10])}
Thực hiện Nghị quyết số 18-NQ/TW

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
`,
};
const ROOT = 'dang:18-NQ/TW#XII';

describe('coverage on the official map', () => {
  const corpus = new Corpus();
  beforeAll(async () => {
    for (const [path, text] of Object.entries(DOCS)) corpus.addDocument(await readDocument(Buffer.from(text), { path }));
    corpus.reconcile();
  });

  it('two district committees both named Châu Thành are two documents, each under its province', () => {
    const keys = corpus.graph.filterNodes((k) => k.startsWith('dang:12-KH/HU@'));
    expect(keys.sort()).toEqual(['dang:12-KH/HU@tinh-dong-thap.huyen-chau-thanh#2015-2020', 'dang:12-KH/HU@tinh-tien-giang.huyen-chau-thanh#2015-2020']);
  });

  it('lists every province of the map of the day, by name, with the first implementer, its date and lag', () => {
    const c = coverage(corpus.graph, ROOT);
    expect(c.era).toBe('before-2025-07');
    expect(c.rows).toHaveLength(63);
    const haTinh = c.rows.find((r) => r.name === 'Hà Tĩnh');
    // the programme 920-CTr/TU is known only through the plan, and keeps the place its id names
    expect(haTinh).toMatchObject({ place: '42', count: 3 });
    expect(haTinh?.first).toMatchObject({ key: 'dang:920-CTr/TU@tinh-ha-tinh#2015-2020', date: '2018-01-31', lagDays: 98, asserted: true });
    expect(c.rows.find((r) => r.name === 'Đồng Tháp')?.first?.key).toBe('dang:12-KH/HU@tinh-dong-thap.huyen-chau-thanh#2015-2020');
    expect(c.rows.find((r) => r.name === 'Tiền Giang')?.count).toBe(1);
    expect(c.rows.find((r) => r.name === 'Quảng Bình')).toMatchObject({ first: null, count: 0 });
    expect(c.covered).toBe(3);
    // the new Quảng Trị took in two provinces: on the old map it is reported apart, not guessed into one
    expect(c.outside.map((o) => o.implementer.key)).toEqual(['vn:15/KH-UBND@tinh-quang-tri#2025']);
    expect(c.outside[0]?.reason).toMatch(/Quảng Bình, Quảng Trị/);
  });

  it('the current map: 34 provinces, the earlier ones counted under the province that took them in', () => {
    const c = coverage(corpus.graph, ROOT, { current: true });
    expect(c.era).toBe('from-2025-07');
    expect(c.rows).toHaveLength(34);
    expect(c.outside).toEqual([]);
    // Tiền Giang went into Đồng Tháp: both Châu Thành committees count there
    expect(c.rows.find((r) => r.place === 'N82')).toMatchObject({ name: 'Đồng Tháp', count: 2, via: ['Đồng Tháp', 'Tiền Giang'] });
    expect(c.rows.find((r) => r.place === 'N44')).toMatchObject({ name: 'Quảng Trị', count: 1, via: [] });
    expect(c.rows.find((r) => r.place === 'N42')?.count).toBe(3);
  });

  it('districts of a province, by name, with and without a plan', () => {
    const c = coverage(corpus.graph, ROOT, { level: 'district', within: 'Hà Tĩnh' });
    expect(c.within).toBe('42');
    // the list of 2025-03-01: Lộc Hà had been merged into Thạch Hà that January, so 12 (see Limits)
    expect(c.rows.length).toBe(12);
    expect(c.rows[0]).toMatchObject({ name: 'huyện Can Lộc (Hà Tĩnh)', count: 1 });
    expect(c.rows[0]?.first?.depth).toBe(2);
    expect(c.rows.slice(1).every((r) => r.first === null)).toBe(true);
    // without a province, the districts of every province where the resolution was implemented
    const all = coverage(corpus.graph, ROOT, { level: 'district' });
    expect(new Set(all.rows.map((r) => r.name.replace(/^.*\(/, '').replace(')', '')))).toEqual(new Set(['Hà Tĩnh', 'Đồng Tháp', 'Tiền Giang']));
    expect(all.covered).toBe(3);
  });

  it('a name that is not a province or names several is an error, not an empty table', () => {
    expect(() => coverage(corpus.graph, ROOT, { level: 'district', within: 'Atlantis' })).toThrow(/no province or district named/);
    expect(() => coverage(corpus.graph, ROOT, { level: 'commune', within: 'Châu Thành' })).toThrow(/names \d+ units/);
  });

  it('the implementers keep their place whether read or known only by citation', () => {
    const list = implementers(corpus.graph, ROOT, { transitive: true });
    const programme = list.find((i) => i.key.startsWith('dang:920-CTr/TU'));
    expect(programme).toMatchObject({ place: 'tinh-ha-tinh', level: 'province' });
  });

  it('the page shows place names and links each document in the corpus, relative to the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-cov-'));
    const html = coveragePage(corpus.graph, ROOT, { linkBase: dir });
    expect(html).toContain('implemented in <b>3 of 63</b> provinces');
    expect(html).toMatch(/<td>Hà Tĩnh<\/td><td><a href="[^"]*">dang:920-CTr\/TU@tinh-ha-tinh#2015-2020<\/a>|<td>Hà Tĩnh<\/td><td>dang:920-CTr\/TU@tinh-ha-tinh#2015-2020 <span class="muted">\(cited, not in the corpus\)<\/span>/);
    expect(html).toContain('"place":"huyện Can Lộc (Hà Tĩnh)"');
    expect(html).toMatch(/"href":"(\.\.\/)+[^"]*can-loc\.txt"/);
    expect(html.match(/<tr class="(yes|no)">/g)).toHaveLength(63);
  });
});

describe('vanban coverage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-cov-cli-'));
  mkdirSync(join(dir, 'docs'));
  for (const [path, text] of Object.entries(DOCS)) writeFileSync(join(dir, 'docs', path), text);
  const cli = async (...argv: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await run(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    return { code, out, err };
  };

  it('prints the places by name with a summary naming the map, and the documents counted nowhere', async () => {
    const r = await cli('coverage', 'Nghị quyết số 18-NQ/TW', '--corpus', join(dir, 'docs'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('implemented in 3 of 63 provinces (the map before 1 July 2025, as of 2017-10-25)');
    expect(r.out).toMatch(/Hà Tĩnh\s+│ dang:920-CTr\/TU@tinh-ha-tinh#2015-2020/);
    expect(r.out).toContain('vn:15/KH-UBND@tinh-quang-tri#2025 (2025-09-10): Quảng Trị (from 1 July 2025) took in Quảng Bình, Quảng Trị');
    const current = await cli('coverage', '18-NQ/TW', '--corpus', join(dir, 'docs'), '--current', '--json');
    const c = JSON.parse(current.out) as { rows: { name: string; via: string[] }[] };
    expect(c.rows).toHaveLength(34);
    expect(c.rows.find((x) => x.name === 'Đồng Tháp')?.via).toEqual(['Đồng Tháp', 'Tiền Giang']);
  });

  it('districts of a province named on the command line; a bad value is one line and exit 2', async () => {
    const r = await cli('coverage', '18-NQ/TW', '--corpus', join(dir, 'docs'), '--level', 'district', '--within', 'tỉnh Hà Tĩnh');
    expect(r.code).toBe(0);
    expect(r.out).toContain('implemented in 1 of 12 districts');
    expect(r.out).toContain('huyện Can Lộc (Hà Tĩnh)');
    for (const bad of [['--level', 'city'], ['--at', '2020-13'], ['--level', 'district', '--within', 'Atlantis']]) {
      const e = await cli('coverage', '18-NQ/TW', '--corpus', join(dir, 'docs'), ...bad);
      expect(e.code, bad.join(' ')).toBe(2);
      expect(e.err.trim().split('\n'), bad.join(' ')).toHaveLength(1);
      expect(e.out).toBe('');
    }
  });
});
