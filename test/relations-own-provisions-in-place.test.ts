import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * Two shapes left in the tuning halves of the parts-taken-over round (drafting-forms-parts-taken-over.json #5) and of the
 * paraphrase round (drafting-forms-paraphrase.json #35), fixed on 2026-12-07 (twenty-fifth session); each case failed on bd9b8be,
 * the look-alikes pass on both.
 */
describe('a part replaced by "quy định tại Điều … <this document>"', () => {
  const resolution = (clause: string): string =>
    `${documentHeader('ỦY BAN THƯỜNG VỤ QUỐC HỘI', '96/2025/UBTVQH15', 'Hà Nội, ngày 10 tháng 3 năm 2025')}NGHỊ QUYẾT\nVề chế độ, chính sách đối với đại biểu Quốc hội\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định chế độ, chính sách đối với đại biểu Quốc hội.\nĐiều 2. Chế độ công tác phí\nĐại biểu Quốc hội được thanh toán công tác phí theo quy định.\nĐiều 3. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2025.\n${clause}\n`;

  it('"2. Điểm c và điểm d khoản 2 Điều 13 Nghị quyết số A … được thay thế bởi quy định tại Điều 2 Nghị quyết này." takes that part of A', async () => {
    const cs = await readCitations(resolution('2. Điểm c và điểm d khoản 2 Điều 13 Nghị quyết số 1206/2016/NQ-UBTVQH13 ngày 13 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về chế độ, chính sách của đại biểu Quốc hội được thay thế bởi quy định tại Điều 2 Nghị quyết này.'));
    expect(headActs(cs, '1206/2016/NQ-UBTVQH13').some((a) => a === 'replaces/part' || a === 'amends/part')).toBe(true);
  });

  it('look-alike: a part replaced by another document’s provisions ("… bởi quy định tại Điều 2 Nghị quyết số B") is a report, no act', async () => {
    const cs = await readCitations(resolution('2. Điểm c và điểm d khoản 2 Điều 13 Nghị quyết số 1206/2016/NQ-UBTVQH13 ngày 13 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội đã được thay thế bởi quy định tại Điều 2 Nghị quyết số 524/2022/UBTVQH15.'));
    expect(headActs(cs, '1206/2016/NQ-UBTVQH13').filter((a) => a !== 'cites')).toEqual([]);
  });
});

describe('forms adjusted into this document’s own ("Điều chỉnh các Mẫu số … kèm theo Thông tư số A thành các Mẫu số … kèm theo Thông tư này")', () => {
  const circular = (item: string): string =>
    `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '08/2023/TT-BLĐTBXH', 'Hà Nội, ngày 29 tháng 8 năm 2023')}THÔNG TƯ\nSửa đổi, bổ sung một số điều của các Thông tư về giáo dục nghề nghiệp\nCăn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;\nĐiều 1. Sửa đổi, bổ sung một số điều của các Thông tư của Bộ trưởng Bộ Lao động - Thương binh và Xã hội\n${item}\nĐiều 2. Thông tư này có hiệu lực từ ngày 15 tháng 10 năm 2023./.\n`;

  it('amends A', async () => {
    const cs = await readCitations(circular('4. Điều chỉnh các Mẫu số 01, 03, 09 và 12 ban hành kèm theo Thông tư số 14/2021/TT-BLĐTBXH ngày 21 tháng 10 năm 2021 quy định về Điều lệ trường trung cấp thành các Mẫu số 31, 32, 33 và 34 ban hành kèm theo Thông tư này.'));
    expect(headActs(cs, '14/2021/TT-BLĐTBXH')).toEqual(['amends/part']);
  });

  it('look-alike: forms filled in "theo" A’s forms adjust nothing of A', async () => {
    const cs = await readCitations(circular('4. Các trường lập hồ sơ theo các Mẫu số 01, 03 ban hành kèm theo Thông tư số 14/2021/TT-BLĐTBXH ngày 21 tháng 10 năm 2021 và gửi về Bộ.'));
    expect(headActs(cs, '14/2021/TT-BLĐTBXH')).toEqual(['cites']);
  });
});

/** From the tuning half of the fifty-fifth round (drafting-forms-amending-items.json #22), fixed the same day; failed on 7c6ece6. */
describe('an annex, its heading in parentheses, replaced by this document’s own ("Phụ lục II.1 (…) ban hành kèm theo Quyết định số A được thay thế bằng Phụ lục kèm theo Quyết định này")', () => {
  const decision = (article: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG', '36/2022/QĐ-UBND', 'Lâm Đồng, ngày 20 tháng 10 năm 2022')}QUYẾT ĐỊNH\nSửa đổi Bảng giá đất ở tại đô thị thành phố Đà Lạt\nỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2022./.\n`;

  it('takes that part of A over: amended, not repealed', async () => {
    const cs = await readCitations(decision('Điều 1. Phụ lục II.1 (Bảng giá đất ở tại đô thị thành phố Đà Lạt) ban hành kèm theo Quyết định số 02/2020/QĐ-UBND được thay thế bằng Phụ lục kèm theo Quyết định này.'));
    expect(headActs(cs, '02/2020/QĐ-UBND')).toEqual(['amends/part']);
  });

  it('look-alike: the same annex "đã được thay thế bằng" another decision’s is a report, no act', async () => {
    const cs = await readCitations(decision('Điều 1. Giao Sở Tài nguyên và Môi trường rà soát Phụ lục II.1 (Bảng giá đất ở tại đô thị thành phố Đà Lạt) ban hành kèm theo Quyết định số 02/2020/QĐ-UBND đã được thay thế bằng Phụ lục kèm theo Quyết định số 14/2021/QĐ-UBND.'));
    expect(headActs(cs, '02/2020/QĐ-UBND').filter((a) => a !== 'cites')).toEqual([]);
  });
});
