import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixty-ninth round (drafting-forms-chains-of-one-field.json #18, #22, #23), fixed on 2026-12-08
 * (twenty-ninth session): the chain of documents a body issues on one subject. Each case failed on cb49515; the look-alikes pass
 * on both.
 */
describe('"Bãi bỏ khoản 3 Điều 5 (quy định về …) của Quy định … ban hành kèm theo Quyết định số A"', () => {
  const decision = (article: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA', '09/2026/QĐ-UBND', 'Thanh Hóa, ngày 20 tháng 3 năm 2026')}QUYẾT ĐỊNH\nSửa đổi quy định về bồi thường\nỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\n${article}\nĐiều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.\n`;

  it('repeals that clause of the regulation A issued, its note and a long title between', async () => {
    const cs = await readCitations(decision('Điều 2. Bãi bỏ khoản 3 Điều 5 (quy định về Hội đồng bồi thường, hỗ trợ và tái định cư cấp huyện) của Quy định một số nội dung về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất trên địa bàn tỉnh ban hành kèm theo Quyết định số 55/2024/QĐ-UBND ngày 05/11/2024 của Ủy ban nhân dân tỉnh.'));
    // (a part ended: repealed, or replaced where the project reads this decision as taking over its matter; never a citation)
    expect(headActs(cs, '55/2024/QĐ-UBND')).toHaveLength(1);
    expect(headActs(cs, '55/2024/QĐ-UBND')[0]).toMatch(/^(?:repeals|replaces)\/part$/u);
  });

  it('look-alike: a clause applied "khi" a case arises repeals nothing', async () => {
    const cs = await readCitations(decision('Điều 2. Hội đồng bồi thường cấp xã thực hiện nhiệm vụ khi Nhà nước thu hồi đất theo Quy định ban hành kèm theo Quyết định số 55/2024/QĐ-UBND ngày 05/11/2024 của Ủy ban nhân dân tỉnh.'));
    expect(headActs(cs, '55/2024/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('"Bãi bỏ các quy định về … của …, gồm: Quy định số A …; Quy định số B …"', () => {
  const rule = (item: string): string =>
    `ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\n*\nSố 30-QĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nVinh, ngày 20 tháng 8 năm 2025\nQUY ĐỊNH\nvề phân cấp quản lý cán bộ\n-----\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định việc phân cấp quản lý cán bộ.\nĐiều 12. Hiệu lực thi hành\n1. Quy định này có hiệu lực từ ngày ký.\n${item}\nT/M BAN THƯỜNG VỤ\n`;

  it('ends each listed document whole', async () => {
    const cs = await readCitations(rule('2. Bãi bỏ các quy định về phân cấp quản lý cán bộ của ban thường vụ các huyện ủy (trước sắp xếp), gồm: Quy định số 05-QĐ/HU, ngày 12/3/2023 của Ban Thường vụ Huyện ủy Diễn Châu; Quy định số 11-QĐ/HU, ngày 06/4/2023 của Ban Thường vụ Huyện ủy Nghi Lộc.'));
    expect(headActs(cs, '05-QĐ/HU')).toEqual(['repeals/whole']);
  });

  it('look-alike: "Bãi bỏ các quy định về … tại Quy định số A" ends a part of it', async () => {
    const cs = await readCitations(rule('2. Bãi bỏ các quy định về phân cấp quản lý cán bộ của ban thường vụ huyện ủy tại Quy định số 05-QĐ/HU ngày 12/3/2023 của Ban Thường vụ Huyện ủy Diễn Châu.'));
    expect(headActs(cs, '05-QĐ/HU')).toEqual(['repeals/part']);
  });
});

describe('"Bảng đơn giá ban hành kèm theo Quyết định số A … đã hết hiệu lực … và được thay thế bởi Bảng đơn giá ban hành kèm theo Quyết định số B"', () => {
  const letter = (sentence: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nSỞ XÂY DỰNG', '2480/SXD-KTXD', 'Thanh Hóa, ngày 15 tháng 4 năm 2026')}V/v áp dụng đơn giá bồi thường\nKính gửi: Ủy ban nhân dân phường Sầm Sơn.\nSở Xây dựng có ý kiến như sau:\n${sentence}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

  it('B replaced A', async () => {
    const cs = await readCitations(letter('1. Bảng đơn giá ban hành kèm theo Quyết định số 44/2022/QĐ-UBND ngày 12/10/2022 của Ủy ban nhân dân tỉnh đã hết hiệu lực từ ngày 10/11/2024 và được thay thế bởi Bảng đơn giá ban hành kèm theo Quyết định số 76/2024/QĐ-UBND ngày 30/10/2024 của Ủy ban nhân dân tỉnh.'));
    expect(reportsOn(cs, '44/2022/QĐ-UBND')).toEqual(['76/2024/QĐ-UBND replaces 44/2022/QĐ-UBND']);
  });

  it('look-alike: a price applied "theo" the table reports nothing', async () => {
    const cs = await readCitations(letter('1. Phương án bồi thường tiếp tục chi trả theo Bảng đơn giá ban hành kèm theo Quyết định số 44/2022/QĐ-UBND ngày 12/10/2022 của Ủy ban nhân dân tỉnh.'));
    expect(reportsOn(cs, '44/2022/QĐ-UBND')).toEqual([]);
  });
});
