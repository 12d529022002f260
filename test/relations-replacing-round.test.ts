import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From the twenty-first drafting round's tuning half (fixtures/relations/drafting-forms-replacing.json, acts that take the place
 * of other documents): provisions on a matter at places of a document "được thay thế bằng các quy định của Nghị định này", an
 * annex of documents "bị thay thế" that the effect article refers to, a document's places joined after a replaced one ("… và khoản
 * 2 Điều 1 Nghị quyết số B"), and a status parenthesis right after a described document's date. Each case failed on the code
 * before its rule; the look-alikes pass on both.
 */
const decree = (effect: string): string =>
  `${documentHeader('CHÍNH PHỦ', '71/2024/NĐ-CP', 'Hà Nội, ngày 20 tháng 6 năm 2024')}NGHỊ ĐỊNH\nQuy định về cấp phép tài nguyên nước\nCăn cứ Luật Tài nguyên nước ngày 27 tháng 11 năm 2023;\nChính phủ ban hành Nghị định quy định về cấp phép tài nguyên nước.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về cấp phép tài nguyên nước.\nĐiều 45. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024.\n${effect}\n`;

describe('provisions of a document replaced by this one\'s, named before it', () => {
  it('"2. Các quy định về cấp … giấy phép tài nguyên nước tại Chương IV Nghị định số A … được thay thế bằng các quy định của Nghị định này": A replaced in part', async () => {
    const cs = await readCitations(decree('2. Các quy định về cấp, gia hạn, điều chỉnh giấy phép tài nguyên nước tại Chương IV Nghị định số 201/2013/NĐ-CP ngày 27 tháng 11 năm 2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Tài nguyên nước được thay thế bằng các quy định của Nghị định này.'));
    expect(headActs(cs, '201/2013/NĐ-CP')).toEqual(['replaces/part']);
  });

  it('look-alike: the same provisions "tiếp tục được áp dụng" are kept, nothing replaced', async () => {
    const cs = await readCitations(decree('2. Các quy định về cấp, gia hạn giấy phép tài nguyên nước tại Chương IV Nghị định số 201/2013/NĐ-CP ngày 27 tháng 11 năm 2013 của Chính phủ tiếp tục được áp dụng đối với hồ sơ đã nộp trước ngày Nghị định này có hiệu lực.'));
    expect(headActs(cs, '201/2013/NĐ-CP')).toEqual(['cites']);
  });

  it('"Nghị định này thay thế Nghị định số A … và khoản 2 Điều 1 Nghị định số B …": B replaced or amended in part', async () => {
    const cs = await readCitations(decree('2. Nghị định này thay thế Nghị định số 33/2018/NĐ-CP ngày 08 tháng 3 năm 2018 của Chính phủ quy định mức chi cho công tác tài nguyên nước và khoản 2 Điều 1 Nghị định số 62/2017/NĐ-CP ngày 13 tháng 7 năm 2017 của Chính phủ về mức thù lao.'));
    expect(headActs(cs, '33/2018/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '62/2017/NĐ-CP')[0]).toMatch(/^(?:replaces|amends)\/part$/u);
  });
});

describe('an annex of documents replaced, and a status parenthesis after a described document', () => {
  it('"Các văn bản, quy định tại Phụ lục III ban hành kèm theo Thông tư này bị thay thế …" over a table between pipes: each row as its last cell says', async () => {
    const text = `${documentHeader('BỘ Y TẾ', '41/2025/TT-BYT', 'Hà Nội, ngày 14 tháng 11 năm 2025')}THÔNG TƯ\nQuy định về hồ sơ bệnh án\nCăn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;\nBộ trưởng Bộ Y tế ban hành Thông tư quy định về hồ sơ bệnh án.\nĐiều 4. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.\n2. Các văn bản, quy định tại Phụ lục III ban hành kèm theo Thông tư này bị thay thế kể từ ngày Thông tư này có hiệu lực thi hành.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPHỤ LỤC III\nDANH MỤC VĂN BẢN, QUY ĐỊNH BỊ THAY THẾ\n(Ban hành kèm theo Thông tư ngày 14 tháng 11 năm 2025 của Bộ trưởng Bộ Y tế)\nSTT | Văn bản | Trích yếu | Phạm vi bị thay thế\n1 | Quyết định số 4069/2001/QĐ-BYT ngày 28/9/2001 | Về việc ban hành mẫu hồ sơ bệnh án | Toàn bộ văn bản\n2 | Thông tư số 32/2023/TT-BYT ngày 31/12/2023 | Quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh | Mẫu số 02 và Mẫu số 03 tại Phụ lục XXVIII\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '4069/2001/QĐ-BYT')).toEqual(['replaces/whole']);
    expect(headActs(cs, '32/2023/TT-BYT')[0]).toMatch(/\/part$/u);
  });

  const directive = (sentence: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '05/CT-TTg', 'Hà Nội, ngày 06 tháng 02 năm 2025')}CHỈ THỊ\nVề tăng cường triển khai thi hành Nghị định số 168/2024/NĐ-CP\n${sentence} Để Nghị định được thực hiện nghiêm, Thủ tướng Chính phủ yêu cầu:\n1. Bộ Công an tăng cường tuần tra, kiểm soát.\n`;

  it('"Nghị định số C …, thay thế Nghị định số A ngày … (đã được sửa đổi, bổ sung bởi Nghị định số B …)": B reported amending A', async () => {
    const cs = await readCitations(directive('Ngày 26 tháng 12 năm 2024, Chính phủ ban hành Nghị định số 168/2024/NĐ-CP, có hiệu lực từ ngày 01 tháng 01 năm 2025, thay thế Nghị định số 100/2019/NĐ-CP ngày 30 tháng 12 năm 2019 (đã được sửa đổi, bổ sung bởi Nghị định số 123/2021/NĐ-CP ngày 28 tháng 12 năm 2021).'));
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['123/2021/NĐ-CP amends 100/2019/NĐ-CP']));
  });

  it('look-alike: a parenthesis after a described document\'s title, its actor of another type, is the head\'s ("Thông tư số A … quy định chi tiết … Nghị định số B về … (đã được sửa đổi, bổ sung bởi Thông tư số C)")', async () => {
    const cs = await readCitations(directive('Việc kê đơn thuốc thực hiện theo Thông tư số 20/2017/TT-BYT ngày 10 tháng 5 năm 2017 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Dược và Nghị định số 54/2017/NĐ-CP về thuốc phải kiểm soát đặc biệt (đã được sửa đổi, bổ sung bởi Thông tư số 21/2024/TT-BYT).'));
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['21/2024/TT-BYT amends 20/2017/TT-BYT']));
    expect(reportsOf(cs)).not.toContain('21/2024/TT-BYT amends 54/2017/NĐ-CP');
  });
});
