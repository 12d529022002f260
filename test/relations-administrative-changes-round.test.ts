import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixty-third round (drafting-forms-administrative-changes.json #7, #8, #27), fixed on 2026-12-07
 * (twenty-eighth session); each case failed on 2966a32, and the look-alikes beside them are read as they were.
 */
const ministerDecision = (article: string): string =>
  `${documentHeader('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', '2288/QĐ-BTNMT', 'Hà Nội, ngày 10 tháng 8 năm 2021')}QUYẾT ĐỊNH\nVề việc thu hồi quyết định phê duyệt báo cáo đánh giá tác động môi trường\nBỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCăn cứ Luật Bảo vệ môi trường số 72/2020/QH14;\nQUYẾT ĐỊNH:\n${article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;

describe('"Thu hồi các quyết định sau đây:" and its items', () => {
  it('each decision the list names is revoked, a repeal of the whole', async () => {
    const cs = await readCitations(ministerDecision('Điều 1. Thu hồi các quyết định sau đây:\n1. Quyết định số 1536/QĐ-BTNMT ngày 26 tháng 6 năm 2018 của Bộ trưởng Bộ Tài nguyên và Môi trường phê duyệt báo cáo đánh giá tác động môi trường của Dự án “Nhà máy sản xuất phôi thép Hòa Phong”;\n2. Quyết định số 674/QĐ-BTNMT ngày 15 tháng 3 năm 2019 của Bộ trưởng Bộ Tài nguyên và Môi trường về việc điều chỉnh một số nội dung của Quyết định số 1536/QĐ-BTNMT.'));
    expect(headActs(cs, '1536/QĐ-BTNMT')).toEqual(['repeals/whole']);
    expect(headActs(cs, '674/QĐ-BTNMT')).toEqual(['repeals/whole']);
  });

  it('look-alikes: a licence revoked, land recovered under a decision', async () => {
    const licence = await readCitations(ministerDecision('Điều 1. Thu hồi Giấy phép khai thác khoáng sản số 48/GP-BTNMT ngày 12 tháng 8 năm 2014 của Bộ Tài nguyên và Môi trường cấp cho Công ty TNHH Phú Ninh.'));
    expect(headActs(licence, '48/GP-BTNMT')).toEqual(['cites']);
    const land = await readCitations(ministerDecision('Điều 1. Thu hồi đất theo Quyết định số 1536/QĐ-UBND ngày 26 tháng 6 năm 2018 của Ủy ban nhân dân tỉnh Thanh Hóa.'));
    expect(headActs(land, '1536/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('a table one cell a line whose title cell names another document', () => {
  const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ', '2310/QĐ-UBND', 'Huế, ngày 10 tháng 9 năm 2025')}QUYẾT ĐỊNH\nVề việc bãi bỏ các quyết định về tổ chức phối hợp liên ngành\nCHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ toàn bộ các quyết định sau đây của Chủ tịch Ủy ban nhân dân tỉnh Thừa Thiên Huế:\nSTT\nSố, ký hiệu\nNgày ban hành\nTrích yếu\n1\n2876/QĐ-UBND\n15/11/2021\nKiện toàn Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh\n2\n456/QĐ-UBND\n25/02/2022\nBổ sung thành viên Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh được kiện toàn tại Quyết định số 2876/QĐ-UBND\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;

  it('the document named in a row\'s title cell is words of that title: repealed by its own row only', async () => {
    const cs = await readCitations(text);
    expect([...new Set(headActs(cs, '2876/QĐ-UBND'))]).toEqual(['repeals/whole', 'cites']);
    expect(headActs(cs, '456/QĐ-UBND')).toEqual(['repeals/whole']);
  });
});

const taxDecision = (issuer: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ', '1432/QĐ-TCT', 'Hà Nội, ngày 20 tháng 9 năm 2022')}QUYẾT ĐỊNH\nBan hành Quy chế phối hợp trong quản lý thuế đối với hoạt động kinh doanh thương mại điện tử\nTỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong quản lý thuế đối với hoạt động kinh doanh thương mại điện tử.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày ký. Quyết định số 1680/QĐ-TCT ngày 27 tháng 10 năm 2020 của ${issuer} ban hành Quy chế phối hợp trong quản lý thuế đối với hoạt động kinh doanh thương mại điện tử hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n`;

describe('a general department\'s decision under its ministry\'s name ("BỘ TÀI CHÍNH\\nTỔNG CỤC THUẾ")', () => {
  it('its own predecessor, ended with "hết hiệu lực", is succeeded (the department is no lower body of itself)', async () => {
    expect(headActs(await readCitations(taxDecision('Tổng cục trưởng Tổng cục Thuế')), '1680/QĐ-TCT')).toEqual(['replaces/whole']);
  });

  it('a department below it ended so is repealed', async () => {
    expect(headActs(await readCitations(taxDecision('Cục trưởng Cục Thuế thành phố Hà Nội')), '1680/QĐ-TCT')).toEqual(['repeals/whole']);
  });
});
