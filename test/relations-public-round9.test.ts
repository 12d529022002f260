import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From public round 9, spent once round 11 was being built as the fresh held measure (fixtures/relations/public-documents-round9.json;
 * README "Spending round 9"): a list head that replaces as it ends ("Nghị định này thay thế và bãi bỏ các văn bản sau:"); an
 * amending act in a "… thay thế:" list whose items wrap over several lines, replaced with the rest (not repealed as an amending
 * act alone is); and a condition's day wrapped onto the next line with an OCR comma ("… có hiệu lực … đến ngày,\nNghị quyết số A
 * hết hiệu lực thi hành."), which ends nothing; and a scope article whose own guiding verb goes on past an older decree's title
 * ("Thông tư này hướng dẫn … Nghị định số 123/2020/NĐ-CP … quy định về hóa đơn, chứng từ, hướng dẫn thi hành các khoản … Điều 1
 * Nghị định số 70/2025/NĐ-CP"): no document guides one adopted after it. Each case failed on the code before its rule; the
 * look-alikes pass on both.
 */
const decree = (body: string): string =>
  `${documentHeader('CHÍNH PHỦ', '47/2021/NĐ-CP', 'Hà Nội, ngày 01 tháng 4 năm 2021')}NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Doanh nghiệp\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Doanh nghiệp.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Doanh nghiệp.\n${body}`;
const circular = (body: string): string =>
  `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '54/2026/TT-BGDĐT', 'Hà Nội, ngày 30 tháng 6 năm 2026')}THÔNG TƯ\nQuy định chuẩn chương trình đào tạo\nCăn cứ Luật Giáo dục đại học số 125/2025/QH15;\nBộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định chuẩn chương trình đào tạo.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chuẩn chương trình đào tạo.\n${body}`;

describe('endings that replace (public round 9)', () => {
  it('"Nghị định này thay thế và bãi bỏ các văn bản sau:\\na) Nghị định số A …" replaces each item', async () => {
    const cs = await readCitations(decree('Điều 34. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.\n2. Nghị định này thay thế và bãi bỏ các văn bản sau:\na) Nghị định số 81/2015/NĐ-CP ngày 18 tháng 9 năm 2015 của Chính phủ về công bố thông tin doanh nghiệp nhà nước.\nb) Nghị định số 96/2015/NĐ-CP ngày 19 tháng 10 năm 2015 của Chính phủ quy định chi tiết một số điều của Luật Doanh nghiệp.\n'));
    expect(headActs(cs, '81/2015/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '96/2015/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: "Bãi bỏ các văn bản sau:" alone still repeals its items', async () => {
    const cs = await readCitations(decree('Điều 34. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.\n2. Bãi bỏ các văn bản sau:\na) Nghị định số 20/2020/NĐ-CP ngày 17 tháng 02 năm 2020 của Chính phủ thực hiện thí điểm quản lý lao động đối với một số tập đoàn kinh tế.\n'));
    expect(headActs(cs, '20/2020/NĐ-CP')).toEqual(['repeals/whole']);
  });

  it('an amending circular, the last item of "Thông tư này thay thế:" whose items wrap over lines, is replaced with the others', async () => {
    const cs = await readCitations(circular('Điều 24. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 30 tháng 8 năm 2026.\n2. Thông tư này thay thế:\n\na) Thông tư số 17/2021/TT-BGDĐT ngày 22 tháng 6 năm 2021 của Bộ\ntrưởng Bộ Giáo dục và Đào tạo quy định về chuẩn chương trình đào tạo; xây\ndựng, thẩm định và ban hành chương trình đào tạo các trình độ của giáo dục\nđại học;\n\nb) Thông tư số 02/2022/TT-BGDĐT ngày 18 tháng 01 năm 2022 của\nBộ trưởng Bộ Giáo dục và Đào tạo quy định về điều kiện, trình tự, thủ tục mở\nngành đào tạo các trình độ của giáo dục đại học;\n\nc) Thông tư số 12/2024/TT-BGDĐT ngày 30 tháng 7 năm 2024 của Bộ\ntrưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Thông tư số\n02/2022/TT-BGDĐT ngày 18 tháng 01 năm 2022.\n'));
    expect(headActs(cs, '17/2021/TT-BGDĐT')).toEqual(['replaces/whole']);
    expect(headActs(cs, '12/2024/TT-BGDĐT')).toEqual(['replaces/whole']);
  });

  it('look-alike: an amending circular in a "Bãi bỏ các Thông tư sau:" list after its base is repealed', async () => {
    const cs = await readCitations(circular('Điều 24. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 30 tháng 8 năm 2026.\n2. Bãi bỏ các Thông tư sau:\n\na) Thông tư số 02/2022/TT-BGDĐT ngày 18 tháng 01 năm 2022 của\nBộ trưởng Bộ Giáo dục và Đào tạo quy định về mở ngành đào tạo;\n\nb) Thông tư số 12/2024/TT-BGDĐT ngày 30 tháng 7 năm 2024 của Bộ\ntrưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Thông tư số\n02/2022/TT-BGDĐT ngày 18 tháng 01 năm 2022.\n'));
    expect(headActs(cs, '12/2024/TT-BGDĐT')).toEqual(['repeals/whole']);
  });
});

describe('a condition wrapped onto the next line (public round 9)', () => {
  const effect = (clause: string): string => decree(`Điều 21. Hiệu lực thi hành\n\n${clause}\n`);

  it('"Nghị định này có hiệu lực … đến ngày,\\nNghị quyết số A hết hiệu lực thi hành." ends nothing: A is cited', async () => {
    const cs = await readCitations(effect('Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026 đến ngày,\nNghị quyết số 05/2025/NQ-CP hết hiệu lực thi hành.'));
    expect(headActs(cs, '05/2025/NQ-CP')).toEqual(['cites']);
  });

  it('look-alike: a line that opens with the document and ends it after a full stop still repeals it', async () => {
    const cs = await readCitations(effect('Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026.\nNghị định số 05/2015/NĐ-CP hết hiệu lực thi hành.'));
    expect(headActs(cs, '05/2015/NĐ-CP')).toEqual(['replaces/whole']);
  });
});

describe('a guiding verb that goes on past an older document (public round 9)', () => {
  const scope = (sentence: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '32/2025/TT-BTC', 'Hà Nội, ngày 31 tháng 5 năm 2025')}THÔNG TƯ\nHướng dẫn về hóa đơn, chứng từ\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn về hóa đơn, chứng từ.\nĐiều 1. Phạm vi điều chỉnh\n${sentence}\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 6 năm 2025.\n`;

  it('"Thông tư này hướng dẫn … Nghị định số A (2020) … quy định về hóa đơn, chứng từ, hướng dẫn thi hành các khoản … Điều 1 Nghị định số B (2025)": B guided', async () => {
    const cs = await readCitations(scope('Thông tư này hướng dẫn một số nội dung về hóa đơn, chứng từ theo quy định tại Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ, hướng dẫn thi hành các khoản 3, khoản 6 và khoản 38 Điều 1 Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ và một số trường hợp khác.'));
    expect(headActs(cs, '123/2020/NĐ-CP')).toEqual(['guides']);
    expect(headActs(cs, '70/2025/NĐ-CP')).toEqual(['guides']);
  });

  it('look-alike: an older decree whose own title guides a newer one\'s subject … and a newer document after "và" keep their readings', async () => {
    const decision = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '18/2021/QĐ-TTg', 'Hà Nội, ngày 22 tháng 4 năm 2021')}QUYẾT ĐỊNH\nQuy định về dự báo, cảnh báo thiên tai\nCăn cứ Luật Phòng, chống thiên tai số 33/2013/QH13;\nThủ tướng Chính phủ ban hành Quyết định quy định về dự báo.\nĐiều 5. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 6 năm 2021.\n2. Quyết định này thay thế Quyết định số 44/2014/QĐ-TTg ngày 15 tháng 8 năm 2014 của Thủ tướng Chính phủ quy định chi tiết về cấp độ rủi ro thiên tai và Quyết định số 03/2020/QĐ-TTg ngày 13 tháng 01 năm 2020 của Thủ tướng Chính phủ quy định về dự báo, cảnh báo và truyền tin thiên tai.\n`;
    const cs = await readCitations(decision);
    expect(headActs(cs, '44/2014/QĐ-TTg')).toEqual(['replaces/whole']);
    expect(headActs(cs, '03/2020/QĐ-TTg')).toEqual(['replaces/whole']);
  });

  it('look-alike: an older document\'s description that guides a newer one, not in a sentence this document\'s verb opens, stays a description', async () => {
    const cs = await readCitations(scope('Thông tư này quy định mẫu hóa đơn. Việc lập hóa đơn thực hiện theo Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, chứng từ, hướng dẫn thi hành các khoản 3 và khoản 6 Điều 1 Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ.'));
    expect(headActs(cs, '70/2025/NĐ-CP')).toEqual([]);
    expect(cs.some((c) => c.id.endsWith('70/2025/NĐ-CP') && c.relation === 'guides')).toBe(false);
  });
});
