import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../src/cite/index.js';
import { LAW_REGISTRY } from '../src/cite/lexicon/law-registry.js';
import { LawEntrySchema, lawByNumber, resolveNamedLaw } from '../src/cite/laws.js';
import { Corpus, amendmentHistory } from '../src/graph/index.js';
import { SHARED } from './helpers/score.js';

describe('laws cited by name', () => {
  it('a name the document gives a number elsewhere is that number (unless the year written with it differs)', () => {
    const text = 'Căn cứ Luật Đầu tư số 67/2014/QH13 ngày 26 tháng 11 năm 2014;\nCăn cứ Luật Đầu tư năm 2014 và Luật Đất đai;\nTheo Luật Đầu tư năm 2020 và Luật Đầu tư.';
    const ids = extractCitations(text, { context: { date: '2015-06-01' } }).map((c) => [c.text, c.id]);
    expect(ids).toEqual([
      ['Luật Đầu tư số 67/2014/QH13', 'vn:67/2014/QH13'],
      ['Luật Đầu tư năm 2014', 'vn:67/2014/QH13'],
      ['Luật Đất đai', 'vn:luat:dat-dai'],
      ['Luật Đầu tư năm 2020', 'vn:luat:dau-tu#2020'],
      ['Luật Đầu tư', 'vn:67/2014/QH13'],
    ]);
  });

  it('a name the document gives two numbers stays a name', () => {
    const text = 'Căn cứ Luật Đầu tư số 67/2014/QH13 và Luật Đầu tư số 61/2020/QH14; theo Luật Đầu tư.';
    expect(extractCitations(text).map((c) => c.id)).toEqual(['vn:67/2014/QH13', 'vn:61/2020/QH14', 'vn:luat:dau-tu']);
  });
});

describe('the law registry', () => {
  it('holds what the texts state, each fact with where it was read', () => {
    const toCao = lawByNumber('25/2018/QH14');
    expect(toCao).toMatchObject({ key: 'luat:to-cao', adopted: '2018-06-12', effective: '2019-01-01' });
    expect(toCao?.sources.length).toBeGreaterThan(0);
    // "Luật Tố cáo số 03/2011/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực": replaced by the law of the same name
    expect(lawByNumber('03/2011/QH13')?.ended).toMatchObject({ by: '25/2018/QH14', on: '2019-01-01', replaced: true });
    // an article repealed is not the law: Luật Bảo hiểm xã hội 58/2014 was not ended by the 2015 law that repealed some of its articles
    expect(lawByNumber('58/2014/QH13')?.ended).toBeNull();
    expect(LAW_REGISTRY.every((l) => LawEntrySchema.safeParse(l).success)).toBe(true);
  });

  it.each([
    ['luat:to-cao', '2022-03-01', null, '25/2018/QH14'],
    ['luat:to-cao', '2015-05-05', null, '03/2011/QH13'],
    ['luat:dau-tu', '2015-06-01', null, '67/2014/QH13'],
    ['luat:dau-tu', '2021-06-01', null, '61/2020/QH14'],
    ['bo-luat:lao-dong', '2016-01-01', null, '10/2012/QH13'],
    ['bo-luat:lao-dong', '2016-01-01', '2019', '45/2019/QH14'],
  ])('%s cited on %s (year %s) is %s', (key, date, year, number) => {
    const r = resolveNamedLaw(key, { date, year });
    expect(r.law?.number).toBe(number);
  });

  it('never a later law, never a guess', () => {
    expect(resolveNamedLaw('luat:to-cao', { date: '2009-01-01' })).toEqual({ law: null, warning: 'named-law-only-later-laws-known' });
    expect(resolveNamedLaw('luat:to-cao', {})).toEqual({ law: null, warning: 'named-law-undated' });
    expect(resolveNamedLaw('luat:khong-co', { date: '2020-01-01' })).toEqual({ law: null, warning: 'named-law-not-in-registry' });
  });
});

describe('named laws in the graph of a real corpus', () => {
  it('no law cited by name resolves to a law adopted after the citing document, and the name meets the number at one node', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'congbot'));
    const g = corpus.graph;
    const later: string[] = [];
    let byName = 0;
    g.forEachEdge((_e, a, source, target) => {
      if (!/^law cited by name: /.test(a.resolution)) return;
      byName++;
      const citing = g.getNodeAttributes(source).date;
      const law = lawByNumber(target.replace(/^vn:/, ''));
      if (citing && law?.adopted && law.adopted > citing) later.push(`${source} (${citing}) → ${target} (${law.adopted})`);
    });
    console.log(`congbot: ${byName} edges of laws cited by name resolved through the registry; ${later.length} to a later law`);
    expect(byName).toBeGreaterThan(20);
    expect(later).toEqual([]);
  }, 60_000);
});

describe('legal status', () => {
  it('an object that is not a document makes no relation: "bãi bỏ cơ quan khác theo quy định của Hiến pháp"', () => {
    const text = 'Điều 70.\n2. Quốc hội quyết định thành lập, bãi bỏ cơ quan khác theo quy định của Hiến pháp năm 2013 và luật.\n3. Bãi bỏ khoản 4 Điều 18 của Luật Tổ chức Quốc hội số 57/2014/QH13.\n4. Bãi bỏ Thông tư số 12/2016/TT-BTC.';
    const cs = extractCitations(text, { context: { date: '2015-06-01' } });
    expect(cs.map((c) => [c.text, c.relation, c.scope])).toEqual([
      ['Hiến pháp năm 2013', 'cites', null],
      ['Luật Tổ chức Quốc hội số 57/2014/QH13', 'repeals', { whole: false, part: 'khoản 4 Điều 18' }],
      ['Thông tư số 12/2016/TT-BTC', 'repeals', { whole: true, part: null }],
    ]);
  });

  it('on a day: in force until the act that ends it takes effect, then replaced, with the current version', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'underthesea-vlc'));
    const before = amendmentHistory(corpus.graph, 'vn:03/2011/QH13', { at: '2018-12-31' });
    expect(before).toMatchObject({ status: 'in force', current: 'vn:03/2011/QH13' });
    const after = amendmentHistory(corpus.graph, 'vn:03/2011/QH13', { at: '2019-01-01' });
    expect(after).toMatchObject({ status: 'replaced', current: 'vn:25/2018/QH14' });
    // "Luật Tố cáo số 03/2011/QH13 hết hiệu lực" in the Luật Tố cáo of 2018: the law of the same name replaces it
    expect(after.events).toContainEqual(expect.objectContaining({ by: 'vn:25/2018/QH14', relation: 'replaces', whole: true, date: '2019-01-01' }));
  }, 60_000);
});

describe('an amending law\'s title followed by other laws (drafting-forms-national-acts.json)', () => {
  it('"Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ số 07/2022/QH15 và Luật Điện ảnh số 05/2022/QH15": the number the registry gives to no Luật Sở hữu trí tuệ is the amending law\'s own, and the Luật Điện ảnh a law of its own', () => {
    const cs = extractCitations('Tại kỳ họp này, Quốc hội đã thông qua Luật Kinh doanh bảo hiểm số 08/2022/QH15, Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ số 07/2022/QH15 và Luật Điện ảnh số 05/2022/QH15.');
    expect(cs.map((c) => c.number)).toEqual(['08/2022/QH15', '07/2022/QH15', '05/2022/QH15']);
  });

  it('look-alike: an amended law written with its registered number keeps the whole title ("… của Luật Sở hữu trí tuệ số 50/2005/QH11 và Luật Chuyển giao công nghệ")', () => {
    const cs = extractCitations('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Sở hữu trí tuệ số 50/2005/QH11 và Luật Chuyển giao công nghệ số 07/2017/QH14;');
    expect(cs).toHaveLength(1);
  });
});

describe('a law\'s number in a parenthesis after its name and date (drafting-forms-gazette-year.json)', () => {
  const decision = (basis: string): string =>
    `ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 15/2024/QĐ-UBND\nBắc Ninh, ngày 20 tháng 9 năm 2024\nQUYẾT ĐỊNH\nQuy định điều kiện tách thửa đất\n${basis}\nQUYẾT ĐỊNH:\nĐiều 1. Quyết định này quy định chi tiết khoản 4 Điều 220 Luật Đất đai.\n`;

  it('"Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 (số 31/2024/QH15)": the name, there and in the scope article, is that law', () => {
    for (const basis of ['Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 (số 31/2024/QH15);', 'Căn cứ Luật Đất đai năm 2024 (Luật số 31/2024/QH15);']) {
      const cs = extractCitations(decision(basis));
      expect(cs.filter((c) => c.text.startsWith('Luật Đất đai')).map((c) => c.id), basis).toEqual(['vn:31/2024/QH15', 'vn:31/2024/QH15']);
    }
  });

  it('look-alike: a parenthesis that numbers another document leaves the name alone', () => {
    const cs = extractCitations(decision('Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 (đã được sửa đổi bởi Luật số 43/2024/QH15);'));
    expect(cs.find((c) => c.text.startsWith('Luật Đất đai'))?.id).not.toBe('vn:43/2024/QH15');
  });
});

describe('an act known only by its number (issue 16)', () => {
  it('counts from the end of the year its number gives: "… số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số 48/2014/QH13"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-status-'));
    try {
      writeFileSync(
        join(dir, 'a.txt'),
        'CHÍNH PHỦ\nSố: 10/2026/NĐ-CP\nHà Nội, ngày 04 tháng 4 năm 2026\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Giao thông đường thủy nội địa\nCăn cứ Luật Giao thông đường thủy nội địa số 23/2004/QH11 được sửa đổi, bổ sung bởi Luật số 48/2014/QH13;\nChính phủ ban hành Nghị định.\nĐiều 1. Phạm vi điều chỉnh\n',
      );
      const corpus = await Corpus.fromFolder(dir);
      expect(amendmentHistory(corpus.graph, 'vn:23/2004/QH11', { at: '2016-06-01' }).status).toBe('amended in part');
      expect(amendmentHistory(corpus.graph, 'vn:23/2004/QH11', { at: '2014-06-01' }).status).not.toBe('amended in part');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Party plenum resolutions cited by their plenum', () => {
  it('meet the numbered resolution the corpus describes with the quoted title, and only then', async () => {
    const corpus = await Corpus.fromFolder(join(SHARED, 'corpus', 'seeds'));
    const g = corpus.graph;
    // seed 000: "Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII “Một số vấn đề về tiếp tục đổi
    // mới, sắp xếp tổ chức bộ máy …”", and "Số 18-NQ/TW ngày 25/10/2017 về một số vấn đề về tiếp tục đổi mới, sắp xếp …"
    expect(g.hasNode('dang:meeting:TW:HNTW6#XII')).toBe(false);
    const merged = g.filterInEdges('dang:18-NQ/TW#XII', (_e, a) => a.resolution.includes('plenum 6'));
    expect(merged.length).toBeGreaterThan(0);
    expect(g.hasNode('dang:19-NQ/TW#XII')).toBe(true);
    // "Nghị quyết Trung ương 4 khóa XII" quotes no title: the plenum stays a node of its own
    expect(g.hasNode('dang:meeting:TW:HNTW4#XII')).toBe(true);
  });
});

describe('a law number whose legislature cannot fit its year (issue 16)', async () => {
  const { resolveId, emptyIndex } = await import('../src/graph/resolve.js');
  it('"18/2004/PL-UBTVQH10" is read as the only legislature sitting in 2004, even unknown; a year two legislatures share is kept', () => {
    const none = (): boolean => false;
    expect(resolveId('vn:18/2004/PL-UBTVQH10', emptyIndex(), none, '2015-06-19').target).toBe('vn:18/2004/PL-UBTVQH11');
    // 2002 belongs to the 10th and the 11th: nothing to correct
    expect(resolveId('vn:10/2002/PL-UBTVQH10', emptyIndex(), none, '2015-06-19').target).toBe('vn:10/2002/PL-UBTVQH10');
    // two legislatures off is no slip of one digit: kept as written unless the right number is known
    expect(resolveId('vn:18/2004/PL-UBTVQH9', emptyIndex(), none, '2015-06-19').target).toBe('vn:18/2004/PL-UBTVQH9');
  });
});
