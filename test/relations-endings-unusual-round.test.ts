import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the twenty-ninth drafting round's tuning half (fixtures/relations/drafting-forms-endings-unusual.json, endings written in
 * unusual ways or places). Each case failed on the code before its rule (40bcd1b); the look-alikes pass on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

describe('"… được thay thế bởi …" this document, over a list parted by semicolons or a regulation it issues', () => {
  it('"1. Quyết định số A …; Quyết định số B … và Thông tư số C … được thay thế bởi Thông tư này, trừ …": all three replaced', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '08/2021/TT-BGDĐT', 'Hà Nội, ngày 18 tháng 3 năm 2021')}THÔNG TƯ\nBan hành Quy chế đào tạo trình độ đại học\nĐiều 1. Ban hành kèm theo Thông tư này Quy chế đào tạo trình độ đại học.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 03 tháng 5 năm 2021.\nĐiều 3. Quy định chuyển tiếp\n1. Quyết định số 25/2006/QĐ-BGDĐT ngày 26 tháng 6 năm 2006 của Bộ trưởng ban hành Quy chế đào tạo đại học hệ chính quy; Quyết định số 43/2007/QĐ-BGDĐT ngày 15 tháng 8 năm 2007 của Bộ trưởng ban hành Quy chế đào tạo theo hệ thống tín chỉ và Thông tư số 57/2012/TT-BGDĐT ngày 27 tháng 12 năm 2012 của Bộ trưởng sửa đổi, bổ sung một số điều của Quy chế đào tạo theo hệ thống tín chỉ được thay thế bởi Thông tư này, trừ trường hợp quy định tại khoản 2 Điều này.\n`;
    for (const n of ['25/2006/QĐ-BGDĐT', '43/2007/QĐ-BGDĐT', '57/2012/TT-BGDĐT']) expect(await scopes(text, n), n).toEqual(['replaces/whole']);
  });

  it('"Quy chế … ban hành kèm theo Quyết định số A … và Quyết định số B … được thay thế bởi Quy chế ban hành kèm theo văn bản này": both replaced', async () => {
    const text = `${documentHeader('BỘ TƯ PHÁP', '1520/QĐ-BTP', 'Hà Nội, ngày 24 tháng 7 năm 2023')}QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Bộ Tư pháp\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bộ Tư pháp.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n2. Quy chế làm việc của Bộ Tư pháp ban hành kèm theo Quyết định số 1029/QĐ-BTP ngày 05 tháng 6 năm 2019 của Bộ trưởng Bộ Tư pháp và Quyết định số 1800/QĐ-BTP ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Tư pháp sửa đổi, bổ sung một số điều của Quy chế làm việc của Bộ Tư pháp được thay thế bởi Quy chế ban hành kèm theo văn bản này.\n`;
    expect(await scopes(text, '1029/QĐ-BTP')).toEqual(['replaces/whole']);
    expect(await scopes(text, '1800/QĐ-BTP')).toEqual(['replaces/whole']);
  });

  it('look-alike: a sentence before a full stop is no subject ("… theo Quyết định số A. Các biểu mẫu được thay thế bởi Quy chế ban hành kèm theo văn bản này")', async () => {
    const text = `${documentHeader('BỘ TƯ PHÁP', '1520/QĐ-BTP', 'Hà Nội, ngày 24 tháng 7 năm 2023')}QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Bộ Tư pháp\nQUYẾT ĐỊNH:\nĐiều 2. Việc lập hồ sơ thực hiện theo Quyết định số 1029/QĐ-BTP ngày 05 tháng 6 năm 2019. Các biểu mẫu được thay thế bởi Quy chế ban hành kèm theo văn bản này.\n`;
    expect(await scopes(text, '1029/QĐ-BTP')).toEqual(['cites']);
  });
});

describe('items of an ending list one a line, without marks or stops', () => {
  it('"… các văn bản sau đây hết hiệu lực:\\nQuyết định số A …\\nQuyết định số B …\\nKhoản 4 Điều 2 và Điều 3 Quyết định số C …": each ended', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '15/2021/QĐ-TTg', 'Hà Nội, ngày 30 tháng 3 năm 2021')}QUYẾT ĐỊNH\nQuy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Tổng cục Thuế\nĐiều 6. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 15 tháng 5 năm 2021.\nKể từ ngày Quyết định này có hiệu lực thi hành, các văn bản sau đây hết hiệu lực:\nQuyết định số 41/2018/QĐ-TTg ngày 25 tháng 9 năm 2018 của Thủ tướng Chính phủ quy định chức năng của Tổng cục Thuế\nQuyết định số 06/2020/QĐ-TTg ngày 21 tháng 02 năm 2020 của Thủ tướng Chính phủ sửa đổi, bổ sung khoản 2 Điều 3 Quyết định số 41/2018/QĐ-TTg\nKhoản 4 Điều 2 và Điều 3 Quyết định số 65/2017/QĐ-TTg ngày 29 tháng 12 năm 2017 của Thủ tướng Chính phủ về tổ chức và hoạt động của ngành thuế\nĐiều 7. Trách nhiệm thi hành\n`;
    expect(await scopes(text, '41/2018/QĐ-TTg')).toEqual(['replaces/whole']);
    expect(await scopes(text, '06/2020/QĐ-TTg')).toEqual(['replaces/whole']);
    expect(await scopes(text, '65/2017/QĐ-TTg')).toEqual([expect.stringMatching(/\/part$/u)]);
  });

  it('look-alike: lines of a description under a heading that ends nothing stay cited', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '15/2021/QĐ-TTg', 'Hà Nội, ngày 30 tháng 3 năm 2021')}QUYẾT ĐỊNH\nQuy định chức năng của Tổng cục Thuế\nĐiều 6. Căn cứ áp dụng\nCác văn bản sau đây được áp dụng:\nQuyết định số 41/2018/QĐ-TTg ngày 25 tháng 9 năm 2018 của Thủ tướng Chính phủ\nQuyết định số 06/2020/QĐ-TTg ngày 21 tháng 02 năm 2020 của Thủ tướng Chính phủ\n`;
    expect(await scopes(text, '06/2020/QĐ-TTg')).toEqual(['cites']);
  });
});

describe('"Các văn bản, quy định nêu tại Phụ lục … kèm theo Thông tư này hết hiệu lực" with the annex\'s table one cell a line', () => {
  it('each row ended whole is ended', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '43/2024/TT-BTC', 'Hà Nội, ngày 28 tháng 6 năm 2024')}THÔNG TƯ\nQuy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí hàng hải\nĐiều 8. Tổ chức thực hiện\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2024.\n2. Các văn bản, quy định nêu tại Phụ lục Danh mục văn bản hết hiệu lực kèm theo Thông tư này hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\nNơi nhận:\n- Lưu: VT, CST.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nCao Anh Tuấn\nPhụ lục\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC\n(Kèm theo Thông tư này)\nSTT\nTên văn bản\nPhạm vi hết hiệu lực\n1\nThông tư số 261/2016/TT-BTC ngày 14 tháng 11 năm 2016 của Bộ trưởng Bộ Tài chính quy định phí, lệ phí hàng hải\nToàn bộ\n2\nThông tư số 74/2020/TT-BTC ngày 24 tháng 7 năm 2020 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 261/2016/TT-BTC\nToàn bộ\n`;
    expect(await scopes(text, '261/2016/TT-BTC')).toEqual([expect.stringMatching(/^(?:replaces|repeals)\/whole$/u)]);
    expect(await scopes(text, '74/2020/TT-BTC')).toEqual([expect.stringMatching(/^(?:replaces|repeals)\/whole$/u)]);
  });
});

describe('a task to issue a document of another type "thay thế" one', () => {
  it('"c) Bộ Kế hoạch và Đầu tư ban hành Thông tư thay thế Thông tư số A" in a Prime Minister\'s decision: A cited', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '1126/QĐ-TTg', 'Hà Nội, ngày 29 tháng 9 năm 2023')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Đấu thầu\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Đấu thầu.\nKẾ HOẠCH\n2. Xây dựng văn bản\nc) Bộ Kế hoạch và Đầu tư ban hành Thông tư thay thế Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 quy định chi tiết việc cung cấp thông tin về đấu thầu.\n`;
    expect(await scopes(text, '08/2022/TT-BKHĐT')).toEqual(['cites']);
  });

  it('look-alike: a circular that replaces in its own effect article still replaces', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '12/2024/TT-BTC', 'Hà Nội, ngày 01 tháng 3 năm 2024')}THÔNG TƯ\nQuy định về phí\nĐiều 5. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 15 tháng 4 năm 2024 và thay thế Thông tư số 58/2016/TT-BTC ngày 29 tháng 3 năm 2016.\n`;
    expect(await scopes(text, '58/2016/TT-BTC')).toEqual(['replaces/whole']);
  });
});
