import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the thirty-fifth drafting round's tuning half (fixtures/relations/drafting-forms-untidy-names.json, documents named the
 * way real texts name them when they are not tidy). Each case failed on the code before its rule (6921332); the look-alikes
 * pass on both.
 */
describe('an annex of ended resolutions "nêu tại Phụ lục II", one cell a line, with a column of how much ends', () => {
  const resolution = (clause: string): string =>
    `${documentHeader('HỘI ĐỒNG NHÂN DÂN\nTỈNH LÂM ĐỒNG', '28/2024/NQ-HĐND', 'Lâm Đồng, ngày 10 tháng 7 năm 2024')}NGHỊ QUYẾT\nQuy định mức thu phí tham quan danh lam thắng cảnh, di tích lịch sử, công trình văn hóa trên địa bàn tỉnh Lâm Đồng\nCăn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\nQUYẾT NGHỊ:\nĐiều 4. Tổ chức thực hiện và hiệu lực thi hành\n1. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2024.\n${clause}\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Hữu Lộc\nPhụ lục II\nDANH MỤC NGHỊ QUYẾT, NỘI DUNG NGHỊ QUYẾT HẾT HIỆU LỰC\n(Kèm theo Nghị quyết này)\nSTT\nVăn bản\nNội dung hết hiệu lực\n1\nNghị quyết số 119/2019/NQ-HĐND ngày 11/7/2019 của HĐND tỉnh quy định mức thu phí tham quan danh lam thắng cảnh\nToàn bộ\n2\nNghị quyết số 178/2020/NQ-HĐND ngày 09/7/2020 của HĐND tỉnh sửa đổi, bổ sung một số điều của Nghị quyết số 119/2019/NQ-HĐND\nToàn bộ\n3\nNghị quyết số 05/2021/NQ-HĐND ngày 20/7/2021 của HĐND tỉnh quy định mức thu một số loại phí\nĐiểm b khoản 1 Điều 1 (phí tham quan di tích lịch sử, công trình văn hóa)\n`;

  it('each row ends as its extent cell says; a part whose note this resolution\'s title takes up is replaced', async () => {
    const cs = await readCitations(resolution('2. Các nghị quyết, nội dung nghị quyết nêu tại Phụ lục II kèm theo Nghị quyết này hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực.'));
    expect(headActs(cs, '119/2019/NQ-HĐND')).toEqual(['replaces/whole']);
    expect(headActs(cs, '178/2020/NQ-HĐND')).toEqual(['replaces/whole']);
    expect(headActs(cs, '05/2021/NQ-HĐND')).toEqual([expect.stringMatching(/^(?:replaces|amends)\/part$/u)]);
  });

  it('look-alike: an annex the effect article does not refer to lists what ended before, acted on by none of this resolution', async () => {
    const cs = await readCitations(resolution('2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.'));
    expect(headActs(cs, '119/2019/NQ-HĐND')).toEqual(['cites']);
  });
});

describe('serials that share the year and codes of the last one written in full', () => {
  const decision = (articles: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '18/2019/QĐ-TTg', 'Hà Nội, ngày 19 tháng 4 năm 2019')}QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của các Quyết định số 25, 26/2017/QĐ-TTg ngày 03 tháng 7 năm 2017 của Thủ tướng Chính phủ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nThủ tướng Chính phủ ban hành Quyết định sửa đổi, bổ sung một số điều của các Quyết định số 25, 26/2017/QĐ-TTg.\n${articles}\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 05 tháng 6 năm 2019.\n`;

  it('"các Quyết định số 25, 26/2017/QĐ-TTg" names 25/2017/QĐ-TTg too, and "Quyết định số 26." at a line\'s end is 26/2017/QĐ-TTg', async () => {
    const cs = await readCitations(decision('Điều 2. Sửa đổi, bổ sung một số điều của Quyết định số 26\n1. Thay thế Phụ lục II ban hành kèm theo Quyết định số 26 bằng Phụ lục ban hành kèm theo Quyết định này.\n2. Bãi bỏ khoản 3 Điều 4 Quyết định số 26.'));
    expect(cs.filter((c) => c.number === '25/2017/QĐ-TTg').length).toBeGreaterThanOrEqual(1);
    expect(headActs(cs, '26/2017/QĐ-TTg')).toContain('repeals/part');
    expect(cs.some((c) => c.number === '26')).toBe(false);
  });

  it('a Party committee\'s "Bãi bỏ các Quyết định số 88, 89-QĐ/TU ngày …" repeals both', async () => {
    const text = `TỈNH ỦY HÀ TĨNH\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 250-QĐ/TU\nHà Tĩnh, ngày 10 tháng 3 năm 2024\nQUY ĐỊNH\nvề danh mục chức danh cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý\nĐiều 8. Hiệu lực thi hành\n1. Quy định này có hiệu lực từ ngày ký.\n2. Bãi bỏ các Quyết định số 88, 89-QĐ/TU ngày 12/6/2019 của Ban Thường vụ Tỉnh ủy về việc bổ sung danh mục chức danh cán bộ.\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '88-QĐ/TU')).toEqual(['repeals/whole']);
    expect(headActs(cs, '89-QĐ/TU')).toEqual(['repeals/whole']);
  });

  it('look-alikes: an item\'s mark after a type word at a line\'s end, and a count of decisions, are no serials', async () => {
    const cs = await readCitations(decision('Điều 2. Bãi bỏ một số điều khoản của một số Quyết định\n1. Bãi bỏ khoản 3 Điều 4 Quyết định số 26/2017/QĐ-TTg ngày 03 tháng 7 năm 2017.\n2. Giao các Bộ rà soát 25, 26 quyết định khác.'));
    expect(cs.some((c) => c.number === '1' || c.text === 'Quyết định\n1')).toBe(false);
    expect(headActs(cs, '26/2017/QĐ-TTg')).toContain('repeals/part');
  });
});

describe('"Quy định chi tiết … của Luật A và của Nghị định B": both details', () => {
  it('the decree after "và của" is guided as the law before it is', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH', '38/2024/QĐ-UBND', 'Nam Định, ngày 27 tháng 9 năm 2024')}QUYẾT ĐỊNH\nBan hành Quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh Nam Định\nCăn cứ Nghị định 88/2024/NĐ-CP ngày 13 tháng 7 năm 2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định chi tiết các điều, khoản của Luật Đất đai năm 2024 và của Nghị định 88/2024 được giao cho Ủy ban nhân dân tỉnh quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.\n`;
    const cs = await readCitations(text);
    expect(cs.find((c) => c.text === 'Nghị định 88/2024')?.relation).toBe('guides');
  });

  it('"… quy định chi tiết … của Luật Đất đai và các nội dung được giao tại Nghị định số B …" guides B too (round 34)', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH', '56/2024/QĐ-UBND', 'Bắc Ninh, ngày 15 tháng 10 năm 2024')}QUYẾT ĐỊNH\nQuy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh\nCăn cứ Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2024 của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất;\nQUYẾT ĐỊNH:\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định chi tiết khoản 3 Điều 108, khoản 7 Điều 109 của Luật Đất đai và các nội dung được giao tại Nghị định số 88/2024/NĐ-CP về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh.\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '88/2024/NĐ-CP')).toContain('guides');
  });

  it('look-alike: "… theo quy định của Luật Đất đai và của Nghị định 88/2024" applies them', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH', '38/2024/QĐ-UBND', 'Nam Định, ngày 27 tháng 9 năm 2024')}QUYẾT ĐỊNH\nVề việc thu hồi đất\nCăn cứ Nghị định 88/2024/NĐ-CP ngày 13 tháng 7 năm 2024 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi 500 m2 đất theo quy định của Luật Đất đai năm 2024 và của Nghị định 88/2024.\n`;
    const cs = await readCitations(text);
    expect(cs.find((c) => c.text === 'Nghị định 88/2024')?.relation).toBe('cites');
  });
});
