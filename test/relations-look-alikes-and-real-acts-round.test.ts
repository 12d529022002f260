import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, ownActsOf, readCitations, relationsOf, reportsOn } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixty-first round (drafting-forms-look-alikes-and-real-acts.json #1, #2, #27), fixed on 2026-12-07
 * (twenty-eighth session); each case failed on 4423128, and the look-alikes beside them are read as they were.
 */
const planDecision = (item: string): string =>
  `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '1470/QĐ-TTg', 'Hà Nội, ngày 22 tháng 9 năm 2017')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Quản lý, sử dụng tài sản công\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Quản lý, sử dụng tài sản công.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nKẾ HOẠCH\nTriển khai thi hành Luật Quản lý, sử dụng tài sản công\n1. Xây dựng văn bản quy định chi tiết:\n${item}\n`;
const provincialDecision = (article: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH AN GIANG', '41/2025/QĐ-UBND', 'An Giang, ngày 20 tháng 8 năm 2025')}QUYẾT ĐỊNH\nQuy định giá dịch vụ sử dụng đường bộ trên địa bàn tỉnh\nỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật Giá số 16/2023/QH15;\n${article}\n`;

describe('"<Bộ> ban hành Thông tư …, thay thế Thông tư số A" as a task in a plan', () => {
  it('a document of another type that a ministry is to issue replaces nothing by this decision', async () => {
    const cs = await readCitations(planDecision('b) Bộ Tài chính ban hành Thông tư hướng dẫn thi hành Nghị định nêu tại điểm a khoản này, thay thế Thông tư số 245/2009/TT-BTC ngày 31 tháng 12 năm 2009 quy định thực hiện một số nội dung của Nghị định số 52/2009/NĐ-CP.'));
    expect(headActs(cs, '245/2009/TT-BTC')).toEqual(['cites']);
  });

  it('look-alike: a decision of this one\'s own type issued so, replacing its predecessor, is this one', async () => {
    const cs = await readCitations(provincialDecision('Ủy ban nhân dân tỉnh ban hành Quyết định quy định giá dịch vụ sử dụng đường bộ trên địa bàn tỉnh, thay thế Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 4 năm 2019 của Ủy ban nhân dân tỉnh.'));
    expect(headActs(cs, '12/2019/QĐ-UBND')).toEqual(['replaces/whole']);
  });
});

const resolution = (clause: string): string =>
  `${documentHeader('HỘI ĐỒNG NHÂN DÂN\nTỈNH HẬU GIANG', '03/2024/NQ-HĐND', 'Hậu Giang, ngày 12 tháng 4 năm 2024')}NGHỊ QUYẾT\nQuy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2023 - 2024 trên địa bàn tỉnh Hậu Giang\nHỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG\nCăn cứ Luật Giáo dục số 43/2019/QH14;\nQUYẾT NGHỊ:\nĐiều 1. Mức thu học phí năm học 2023 - 2024.\nĐiều 2. Điều khoản áp dụng\n${clause}\n`;

describe('"Nghị quyết số A … đã hết hiệu lực theo thời hạn ghi tại Điều 4 của Nghị quyết đó"', () => {
  it('a resolution that lapsed on the term its own article set is ended by no act of this one', async () => {
    expect(await ownActsOf(resolution('1. Nghị quyết số 15/2022/NQ-HĐND ngày 09 tháng 12 năm 2022 của Hội đồng nhân dân tỉnh quy định mức thu học phí năm học 2022 - 2023 chỉ áp dụng cho năm học 2022 - 2023 và đã hết hiệu lực theo thời hạn ghi tại Điều 4 của Nghị quyết đó; khoản học phí đã thu cao hơn mức quy định tại Nghị quyết này được hoàn trả cho người học.'), '15/2022/NQ-HĐND')).toEqual(['cites']);
  });

  it('look-alike: the predecessor this resolution ends from its own day is ended', async () => {
    expect(await ownActsOf(resolution('1. Nghị quyết số 15/2022/NQ-HĐND ngày 09 tháng 12 năm 2022 của Hội đồng nhân dân tỉnh quy định mức thu học phí đối với cơ sở giáo dục công lập hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.'), '15/2022/NQ-HĐND')).toEqual(['replaces/whole']);
  });
});

const decree = (effect: string): string =>
  `${documentHeader('CHÍNH PHỦ', '93/2019/NĐ-CP', 'Hà Nội, ngày 25 tháng 11 năm 2019')}NGHỊ ĐỊNH\nVề tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện.\nĐiều 49. Hiệu lực thi hành\n${effect}\n`;

describe('"… bãi bỏ Thông tư số A … quy định chi tiết thi hành Nghị định số B, Thông tư số C … và thay thế các mẫu văn bản ban hành kèm theo Thông tư số A"', () => {
  const effect = 'Nghị định này có hiệu lực thi hành kể từ ngày 10 tháng 01 năm 2020, thay thế Nghị định số 30/2012/NĐ-CP ngày 12 tháng 4 năm 2012 của Chính phủ về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện và bãi bỏ Thông tư số 02/2013/TT-BNV ngày 10 tháng 4 năm 2013 của Bộ trưởng Bộ Nội vụ quy định chi tiết thi hành Nghị định số 30/2012/NĐ-CP, Thông tư số 04/2018/TT-BNV ngày 27 tháng 3 năm 2018 của Bộ trưởng Bộ Nội vụ sửa đổi, bổ sung một số điều và thay thế các mẫu văn bản ban hành kèm theo Thông tư số 02/2013/TT-BNV.';

  it('the circular after the first one\'s description, past the decree it details, is repealed as the first is', async () => {
    const cs = await readCitations(decree(effect));
    expect(headActs(cs, '02/2013/TT-BNV')).toEqual(['repeals/whole']);
    expect(headActs(cs, '04/2018/TT-BNV')).toEqual(['repeals/whole']);
    expect(headActs(cs, '30/2012/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: a decree after the comma goes on with the description, and is not repealed', async () => {
    const cs = await readCitations(decree('Nghị định này có hiệu lực thi hành kể từ ngày 10 tháng 01 năm 2020 và bãi bỏ Thông tư số 02/2013/TT-BNV ngày 10 tháng 4 năm 2013 của Bộ trưởng Bộ Nội vụ quy định chi tiết thi hành Nghị định số 30/2012/NĐ-CP, Nghị định số 50/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ.'));
    expect(headActs(cs, '02/2013/TT-BNV')).toEqual(['repeals/whole']);
    expect(relationsOf(cs, '50/2013/NĐ-CP')).toEqual(['cites']);
  });
});

const letter = (body: string): string =>
  `${documentHeader('BỘ TƯ PHÁP', '2187/BTP-VĐCXDPL', 'Hà Nội, ngày 12 tháng 5 năm 2025')}V/v áp dụng quy định về thể thức, kỹ thuật trình bày văn bản quy phạm pháp luật\nKính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.\n${body}\n`;

describe('a letter telling that A replaced B … and C, B\'s own description naming a law between (round 61 #0, added the same day)', () => {
  it('C is reported replaced by A as B is, past the law B details', async () => {
    const cs = await readCitations(letter('1. Nghị định số 78/2025/NĐ-CP có hiệu lực thi hành từ ngày 01/4/2025 và thay thế Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật, Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP.'));
    expect(reportsOn(cs, '154/2020/NĐ-CP')).toEqual(['78/2025/NĐ-CP replaces 154/2020/NĐ-CP']);
    expect(reportsOn(cs, '34/2016/NĐ-CP')).toContain('78/2025/NĐ-CP replaces 34/2016/NĐ-CP');
  });

  it('look-alike: a document of the law\'s type after the comma goes on with the law, reported replaced by nothing', async () => {
    const cs = await readCitations(letter('1. Nghị định số 78/2025/NĐ-CP có hiệu lực thi hành từ ngày 01/4/2025 và thay thế Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Luật số 63/2020/QH14.'));
    expect(reportsOn(cs, '63/2020/QH14').filter((r) => r.includes(' replaces '))).toEqual([]);
  });
});
