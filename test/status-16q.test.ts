import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';
import { readDocument } from '../src/doc/index.js';
import { Corpus, amendmentHistory } from '../src/graph/index.js';
import { cli } from './helpers/cli-fixture.js';
import { SHARED } from './helpers/score.js';

/**
 * What an amending law amended, read from its title where another document cites it (issue 16: "a law's amendment history";
 * the status gold's 107/2016/QH13, amended by name only in the title of 90/2025/QH15 that a 2026 decree cites). The title is
 * no act of the citing document (the relation gold's title rule); it states what the cited law did, and each law it names is
 * the law of that name in force on the amending law's day. Passages from ../shared/corpus.
 */
const corpusFile = (f: string): string => readFileSync(join(SHARED, 'corpus', f), 'utf8');
// the head of 153/2026/NĐ-CP (phapluat8chude/0049) through its legal basis
const DECREE_153 = corpusFile('phapluat8chude/0049.txt').split('Theo đề nghị của Bộ trưởng')[0] as string;
const TITLE_90 = 'Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu\ntư theo phương thức đối tác công tư, Luật Hải quan, Luật Thuế giá trị gia tăng,\nLuật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật\nQuản lý sử dụng tài sản công số 90/2025/QH15';
const decree = (number: string, day: string, basis: string): string =>
  `CHÍNH PHỦ\n\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày ${day}\n\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều\n\n${basis}\nChính phủ ban hành Nghị định.\n\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều.\n`;
const titleAmendsOf = (text: string): Array<{ id: string; text: string; spanOk: boolean }> =>
  extract(text, { context: { type: 'Nghị định', number: '153/2026/NĐ-CP' } }).citations.flatMap((c) => (c.titleAmends ?? []).map((a) => ({ id: a.id, text: a.text, spanOk: text.slice(a.start, a.end) === a.text })));
const corpusOf = async (...texts: string[]): Promise<Corpus> => {
  const corpus = new Corpus();
  for (const [n, t] of texts.entries()) corpus.addDocument(await readDocument(new TextEncoder().encode(t), { path: `d${n}.txt` }));
  corpus.reconcile();
  return corpus;
};
const titleEdges = (corpus: Corpus): string[] =>
  corpus.graph.filterEdges((_e, a) => a.resolution.startsWith('named as amended in the title')).map((e) => `${corpus.graph.source(e)} → ${corpus.graph.target(e)}`).sort();

describe('the laws an amending law\'s title names (extract: titleAmends)', () => {
  it('each law of an omnibus title, with its span over line wraps and the id of its name; the citation stays one citation of 90/2025', () => {
    const text = DECREE_153;
    expect(text).toContain(TITLE_90);
    const cited = extract(text, { context: { type: 'Nghị định', number: '153/2026/NĐ-CP' } }).citations.filter((c) => c.id === 'vn:90/2025/QH15');
    expect(cited).toHaveLength(1);
    expect(cited[0]).toMatchObject({ relation: 'basis', asserted: null });
    expect(titleAmendsOf(text)).toEqual([
      { id: 'vn:luat:dau-thau', text: 'Luật Đấu thầu', spanOk: true },
      { id: 'vn:luat:dau-tu-theo-phuong-thuc-doi-tac-cong-tu', text: 'Luật Đầu\ntư theo phương thức đối tác công tư', spanOk: true },
      { id: 'vn:luat:hai-quan', text: 'Luật Hải quan', spanOk: true },
      { id: 'vn:luat:thue-gia-tri-gia-tang', text: 'Luật Thuế giá trị gia tăng', spanOk: true },
      { id: 'vn:luat:thue-xuat-khau-thue-nhap-khau', text: 'Luật Thuế xuất khẩu, thuế nhập khẩu', spanOk: true },
      { id: 'vn:luat:dau-tu', text: 'Luật Đầu tư', spanOk: true },
      { id: 'vn:luat:dau-tu-cong', text: 'Luật Đầu tư công', spanOk: true },
      { id: 'vn:luat:quan-ly-su-dung-tai-san-cong', text: 'Luật\nQuản lý sử dụng tài sản công', spanOk: true },
    ]);
  });

  it('a number after each named law is that law\'s; "các luật liên quan …" names none; a code keeps its type', () => {
    // phapluat8chude/0039: the amending law has no number here, each amended law its own
    expect(titleAmendsOf('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;').map((a) => a.id)).toEqual(['vn:31/2024/QH15', 'vn:27/2023/QH15', 'vn:29/2023/QH15', 'vn:32/2024/QH15']);
    // one number after the last law is the amending law's own (underthesea-vlc/0046): the law named before it is by its name
    expect(titleAmendsOf('Luật sửa đổi, bổ sung một số điều của Luật thuế tiêu thụ đặc biệt và Luật thuế giá trị gia tăng số 57/2005/QH11').map((a) => a.id)).toEqual(['vn:luat:thue-tieu-thu-dac-biet', 'vn:luat:thue-gia-tri-gia-tang']);
    expect(titleAmendsOf('Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ bản số 38/2009/QH12')).toEqual([]);
    expect(titleAmendsOf('Căn cứ Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự ngày 12 tháng 11 năm 2021;').map((a) => a.id)).toEqual(['vn:bo-luat:to-tung-hinh-su']);
    // a law cited by its own name has none
    expect(titleAmendsOf('Căn cứ Luật Hải quan số 54/2014/QH13;')).toEqual([]);
  });
});

describe('what a cited amending law amended, in the graph and in the amended law\'s status', () => {
  it('107/2016/QH13, amended by name only in the title 153/2026/NĐ-CP cites: amended in part in 2026, in force in 2020', async () => {
    const corpus = await corpusOf(DECREE_153);
    const h = amendmentHistory(corpus.graph, 'vn:107/2016/QH13', { at: '2026-06-01' });
    expect(h.status).toBe('amended in part');
    expect(h.events).toEqual([expect.objectContaining({ by: 'vn:90/2025/QH15', relation: 'amends', whole: false, asserted: true, statedBy: 'vn:153/2026/NĐ-CP' })]);
    expect(amendmentHistory(corpus.graph, 'vn:107/2016/QH13', { at: '2020-01-01' }).status).toBe('in force');
    const edge = corpus.graph.edges('vn:90/2025/QH15', 'vn:107/2016/QH13')[0] as string;
    const ev = corpus.graph.getEdgeAttribute(edge, 'evidence')[0];
    expect(DECREE_153.slice(ev?.start, ev?.end)).toBe('Luật Thuế xuất khẩu, thuế nhập khẩu');
    // the event shows where it is said: the decree, the law's name in the title, and the sentence of the legal basis
    const said = h.events[0]?.evidence[0];
    expect(said).toMatchObject({ document: 'vn:153/2026/NĐ-CP', path: 'd0.txt', text: 'Luật Thuế xuất khẩu, thuế nhập khẩu' });
    expect(DECREE_153.slice(said?.start, said?.end)).toBe(said?.text);
    expect(said?.sentence.replace(/\s+/gu, ' ')).toContain('Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư, Luật Đầu tư công, Luật Quản lý sử dụng tài sản công số 90/2025/QH15');
    // the citing decree's own acts are unchanged: no edge from it to the laws in the title
    expect(corpus.graph.edges('vn:153/2026/NĐ-CP', 'vn:107/2016/QH13')).toEqual([]);
  });

  it('vanban trace prints the event with where it is said, and --json gives its evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-title-'));
    writeFileSync(join(dir, '0049.txt'), DECREE_153);
    const text = await cli('trace', '107/2016/QH13', '--at', '2026-06-01', '--corpus', dir);
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    const event = lines.findIndex((l) => l.includes('amends (in part) by vn:90/2025/QH15 (stated by vn:153/2026/NĐ-CP)'));
    expect(event).toBeGreaterThan(0);
    expect(lines[event + 1]).toMatch(/0049\.txt@\d+: “Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, .* số 90\/2025\/QH15”$/u);
    const json = await cli('trace', '107/2016/QH13', '--at', '2026-06-01', '--corpus', dir, '--json');
    const answer = JSON.parse(json.out) as { amendments: { status: string; events: Array<{ evidence: Array<{ text: string }> }> } };
    expect(answer.amendments.status).toBe('amended in part');
    expect(answer.amendments.events[0]?.evidence.map((e) => e.text)).toEqual(['Luật Thuế xuất khẩu, thuế nhập khẩu']);
  });

  it('a name is the law in force on the amending law\'s day, never a later one: "Luật Đầu tư" of 90/2025 is neither 61/2020 nor 143/2025 when only its year is known', async () => {
    const corpus = await corpusOf(DECREE_153);
    const edges = titleEdges(corpus);
    expect(edges).toContain('vn:90/2025/QH15 → vn:54/2014/QH13'); // Luật Hải quan, also cited by number in the decree
    expect(edges).toContain('vn:90/2025/QH15 → vn:22/2023/QH15'); // Luật Đấu thầu
    // a new Luật Đầu tư (143/2025/QH15) was adopted in December 2025: with the amending law's day unknown, its year cannot tell
    expect(edges.filter((e) => /→ vn:(?:61\/2020|143\/2025)\/QH1[45]$/u.test(e))).toEqual([]);
  });

  it('a law the citing document names with a later year than the registry knows is not read as the older law (phapluat8chude/0013)', async () => {
    const basis = corpusFile('phapluat8chude/0013.txt').split('\n').slice(20, 22).join('\n');
    expect(basis).toBe('Căn cứ Luật Công an nhân dân ngày 20 tháng 11 năm 2018; Luật sửa đổi,\nbổ sung một số điều của Luật Công an nhân dân ngày 22 tháng 6 năm 2023;');
    const byName = await corpusOf(decree('10/2026/NĐ-CP', '05 tháng 02 năm 2026', basis));
    // the registry knows 73/2014/QH13 only; the 2018 law the text names stays unresolved, and so does the title's
    expect(titleEdges(byName)).toEqual([]);
    // with the 2018 law's number written, the title's name is that law
    const byNumber = await corpusOf(decree('10/2026/NĐ-CP', '05 tháng 02 năm 2026', 'Căn cứ Luật Công an nhân dân số 37/2018/QH14; Luật sửa đổi,\nbổ sung một số điều của Luật Công an nhân dân ngày 22 tháng 6 năm 2023;'));
    expect(titleEdges(byNumber)).toEqual(['vn:luat:sua-doi-luat-cong-an-nhan-dan#2023 → vn:37/2018/QH14']);
    // a law the registry does not know at all before the amending law (it knows Luật Tổ chức Chính phủ 63/2025 only): the
    // number the document gives it; without one, nothing
    const basis2019 = 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa\nphương ngày 22 tháng 11 năm 2019;';
    const known = await corpusOf(decree('14/2026/NĐ-CP', '05 tháng 02 năm 2026', `Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13; ${basis2019}`));
    expect(titleEdges(known).filter((e) => !e.endsWith('77/2015/QH13'))).toEqual(['vn:luat:sua-doi-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong#2019 → vn:76/2015/QH13']);
    const unknown = await corpusOf(decree('14/2026/NĐ-CP', '05 tháng 02 năm 2026', `Căn cứ ${basis2019}`));
    expect(titleEdges(unknown).filter((e) => !e.endsWith('77/2015/QH13'))).toEqual([]);
  });

  it('each law of a title by its own number (phapluat8chude/0039), unless the title dates the amending law before it', async () => {
    const basis = corpusFile('phapluat8chude/0039.txt').split('\n').slice(16, 19).join('\n');
    expect(basis).toBe('Căn cứ Luật Nhà ở số 27/2023/QH15; Luật sửa đổi, bổ sung một số điều\ncủa Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh\ndoanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;');
    const corpus = await corpusOf(decree('13/2026/NĐ-CP', '05 tháng 02 năm 2026', basis));
    expect(titleEdges(corpus).map((e) => e.replace(/^.* → /u, ''))).toEqual(['vn:27/2023/QH15', 'vn:29/2023/QH15', 'vn:31/2024/QH15', 'vn:32/2024/QH15']);
    // an amending law of 2023 cannot amend a law of 2024: that one is left out
    const dated = await corpusOf(decree('13/2026/NĐ-CP', '05 tháng 02 năm 2026', 'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Nhà ở số 27/2023/QH15 và Luật Đất đai số 31/2024/QH15 ngày 29 tháng 11 năm 2023;'));
    expect(titleEdges(dated).map((e) => e.replace(/^.* → /u, ''))).toEqual(['vn:27/2023/QH15']);
  });

  it('a title whose number is the amended law\'s own makes no edge; removing the citing document takes its edges away', async () => {
    const own = await corpusOf(decree('11/2026/NĐ-CP', '05 tháng 02 năm 2026', 'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12;'));
    expect(titleEdges(own)).toEqual([]);
    const corpus = await corpusOf(DECREE_153);
    expect(titleEdges(corpus).length).toBeGreaterThan(3);
    expect(corpus.removeDocument('d0.txt')).toBe(true);
    expect(titleEdges(corpus)).toEqual([]);
    expect(corpus.graph.hasNode('vn:107/2016/QH13')).toBe(false);
  });
});
