import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * Acts that end their predecessors (issue 16; the eighteenth drafting round's tuning half, fixtures/relations/drafting-forms-endings.json):
 * annexes the act's own sentence refers to without a verb or by "thay thế", their rows one cell a line or between pipes with
 * the type in a cell of its own, and a title that repeals. Each case failed on the code before its rule; the look-alikes beside
 * them pass on both.
 */
const HEADER = (issuer: string, number: string): string => documentHeader(issuer, number, 'Hà Nội, ngày 18 tháng 10 năm 2024');
const read = readCitations;
const acts = (cs: readonly Citation[], number: string): string[] => headActs(cs, number);

describe('an annex of ended documents', () => {
  const decision = (sentence: string, heading: string): string =>
    `ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n${HEADER('', '35/2025/QĐ-UBND').split('\n').slice(1).join('\n')}QUYẾT ĐỊNH\nBan hành đơn giá bồi thường thiệt hại về cây trồng, vật nuôi khi Nhà nước thu hồi đất trên địa bàn tỉnh Lâm Đồng\nỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này đơn giá bồi thường thiệt hại về cây trồng, vật nuôi.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2025.\n${sentence}\nPHỤ LỤC\n${heading}\nSTT\nSố, ký hiệu văn bản\nCơ quan ban hành\nTrích yếu\n1\nQuyết định số 09/2023/QĐ-UBND ngày 15/3/2023\nUBND tỉnh Lâm Đồng\nBan hành đơn giá bồi thường thiệt hại về cây trồng, vật nuôi khi Nhà nước thu hồi đất trên địa bàn tỉnh\n2\nQuyết định số 33/2024/QĐ-UBND ngày 22/10/2024\nUBND tỉnh Đắk Nông\nQuy định đơn giá bồi thường cây trồng, vật nuôi trên địa bàn tỉnh Đắk Nông\n`;

  it('"Các Quyết định tại Phụ lục … hết hiệu lực" and "DANH MỤC QUYẾT ĐỊNH HẾT HIỆU LỰC": each row is ended, by its successor', async () => {
    const cs = await read(decision('2. Các Quyết định tại Phụ lục kèm theo Quyết định này hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.', 'DANH MỤC QUYẾT ĐỊNH HẾT HIỆU LỰC'));
    expect(acts(cs, '09/2023/QĐ-UBND')).toEqual(['replaces/whole']);
    // (the row before ends "… khi Nhà nước thu hồi đất …": land recovered, no decision withdrawn)
    expect(acts(cs, '33/2024/QĐ-UBND')).toEqual(['replaces/whole']);
  });

  it('look-alike: the same list published, not ended by this act, ends nothing', async () => {
    const cs = await read(decision('2. Sở Tư pháp công bố danh mục các quyết định đã hết hiệu lực tại Phụ lục kèm theo Quyết định này.', 'DANH MỤC QUYẾT ĐỊNH HẾT HIỆU LỰC'));
    expect(acts(cs, '09/2023/QĐ-UBND')).toEqual(['cites']);
  });

  it('"thay thế các văn bản quy định tại Phụ lục II" and "DANH MỤC VĂN BẢN BỊ THAY THẾ", rows "| 1 | Thông tư | A | … |"', async () => {
    const cs = await read(`${HEADER('BỘ Y TẾ', '26/2024/TT-BYT')}THÔNG TƯ\nQuy định cấp chứng chỉ hành nghề khám bệnh, chữa bệnh\nCăn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\nBộ trưởng Bộ Y tế ban hành Thông tư quy định cấp chứng chỉ hành nghề khám bệnh, chữa bệnh.\nĐiều 20. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025.\n2. Thông tư này thay thế các văn bản quy định tại Phụ lục II ban hành kèm theo Thông tư này.\nPHỤ LỤC II\nDANH MỤC VĂN BẢN BỊ THAY THẾ\n| STT | Tên loại văn bản | Số, ký hiệu | Ngày ban hành | Trích yếu |\n| 1 | Thông tư | 41/2011/TT-BYT | 14/11/2011 | Hướng dẫn cấp chứng chỉ hành nghề |\n| 2 | Thông tư | 10/2013/TT-BYT | 29/3/2013 | Về việc chỉ định y sĩ làm việc tại trạm y tế xã |\n`);
    expect(acts(cs, '41/2011/TT-BYT')).toEqual(['replaces/whole']);
    expect(acts(cs, '10/2013/TT-BYT')).toEqual(['replaces/whole']);
  });
});

describe('an act whose title repeals', () => {
  const circular = (title: string): string =>
    `${HEADER('BỘ TÀI CHÍNH', '74/2017/TT-BTC')}THÔNG TƯ\n${title}\nCăn cứ Luật Phí và lệ phí số 97/2015/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư ${title.charAt(0).toLowerCase()}${title.slice(1)}.\nĐiều 1. Các Thông tư sau đây hết hiệu lực thi hành:\n1. Thông tư số 133/2013/TT-BTC ngày 27 tháng 9 năm 2013 của Bộ trưởng Bộ Tài chính quy định mức thu phí kiểm định an toàn kỹ thuật.\n2. Thông tư số 148/2016/TT-BTC ngày 14 tháng 10 năm 2016 của Bộ trưởng Bộ Tài chính quy định mức thu phí thẩm định cấp giấy phép sản xuất rượu công nghiệp.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 9 năm 2017.\n`;

  it('"Bãi bỏ các Thông tư quy định về phí, lệ phí …": the circulars it ends "hết hiệu lực" have no successor', async () => {
    const cs = await read(circular('Bãi bỏ các Thông tư quy định về phí, lệ phí không còn trong Danh mục phí, lệ phí ban hành kèm theo Luật Phí và lệ phí'));
    expect(acts(cs, '133/2013/TT-BTC')).toEqual(['repeals/whole']);
    expect(acts(cs, '148/2016/TT-BTC')).toEqual(['repeals/whole']);
  });

  it('look-alike: a circular that regulates the same fees succeeds them', async () => {
    const cs = await read(circular('Quy định mức thu, chế độ thu, nộp phí thẩm định cấp giấy phép sản xuất rượu công nghiệp'));
    expect(acts(cs, '148/2016/TT-BTC')).toEqual(['replaces/whole']);
  });
});

describe('a report past the document\'s own status parenthesis', () => {
  it('"Nghị định số A … (đã được sửa đổi, bổ sung bởi Nghị định số B) đã được thay thế bởi Nghị định số C": C replaced A, not B', async () => {
    const cs = await read(`${HEADER('VĂN PHÒNG CHÍNH PHỦ', '5120/VPCP-KSTT')}V/v áp dụng quy định về cơ chế một cửa\nKính gửi: Các bộ, cơ quan ngang bộ.\nVăn phòng Chính phủ có ý kiến như sau:\n1. Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ (đã được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP) đã được thay thế bởi Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ.\n`);
    const reported = cs.flatMap((c) => [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a && a.relation !== 'cites' ? [`${(cs[a.subject] as Citation).number} ${a.relation} ${c.number}`] : [])));
    expect(reported).toEqual(['107/2021/NĐ-CP amends 61/2018/NĐ-CP', '118/2025/NĐ-CP replaces 61/2018/NĐ-CP']);
  });
});

describe('an annex heading over two lines', () => {
  it('"Phụ lục II" and, under a line of its own, "DANH MỤC VĂN BẢN BỊ THAY THẾ": one heading that replaces', async () => {
    const cs = await read(`${HEADER('BỘ Y TẾ', '26/2024/TT-BYT')}THÔNG TƯ\nQuy định cấp chứng chỉ hành nghề\nCăn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\nBộ trưởng Bộ Y tế ban hành Thông tư quy định cấp chứng chỉ hành nghề.\nĐiều 20. Hiệu lực thi hành\nThông tư này thay thế các văn bản quy định tại Phụ lục II ban hành kèm theo Thông tư này.\nPhụ lục II\n(kèm theo)\nDANH MỤC VĂN BẢN BỊ THAY THẾ\n1. Thông tư số 41/2011/TT-BYT ngày 14/11/2011 hướng dẫn cấp chứng chỉ hành nghề.\n`);
    expect(acts(cs, '41/2011/TT-BYT')).toEqual(['replaces/whole']);
  });
});

describe('places of a regulation replaced by this act\'s own provisions (the eighteenth round\'s tuning half: 22/2021/TT-BGDĐT)', () => {
  const effect = (clause: string): string =>
    `${HEADER('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '22/2021/TT-BGDĐT')}THÔNG TƯ\nQuy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\nBộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định về đánh giá học sinh.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về đánh giá học sinh.\nĐiều 22. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 05 tháng 9 năm 2021.\n${clause}\n`;

  it('"3. Điều 8, Điều 9, Điều 10 và Chương III Quy chế … ban hành kèm theo Thông tư số A … được thay thế bằng các quy định tương ứng tại Chương II của Thông tư này": A replaced in part', async () => {
    const cs = await read(effect('3. Điều 8, Điều 9, Điều 10 và Chương III Quy chế đánh giá, xếp loại học sinh trung học cơ sở và học sinh trung học phổ thông ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT ngày 12 tháng 12 năm 2011 của Bộ trưởng Bộ Giáo dục và Đào tạo được thay thế bằng các quy định tương ứng tại Chương II của Thông tư này theo lộ trình quy định tại khoản 2 Điều này.'));
    expect(acts(cs, '58/2011/TT-BGDĐT')).toEqual(['replaces/part']);
  });

  it('"Điều 8 Quy chế … ban hành kèm theo Thông tư số A được thay thế bằng các quy định của Thông tư này": A replaced in part', async () => {
    const cs = await read(effect('2. Điều 8 Quy chế đánh giá ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT được thay thế bằng các quy định của Thông tư này.'));
    expect(acts(cs, '58/2011/TT-BGDĐT')).toEqual(['replaces/part']);
  });

  it('look-alikes: the places said to have been replaced by another act, and places replaced by a later act to come, are no act of this one', async () => {
    expect(acts(await read(effect('2. Điều 8 Quy chế đánh giá ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT đã được thay thế bằng các quy định của Thông tư số 26/2020/TT-BGDĐT.')), '58/2011/TT-BGDĐT')).not.toContain('replaces/part');
    expect(acts(await read(effect('2. Điều 8 Quy chế đánh giá ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT tiếp tục được áp dụng cho đến khi được thay thế bằng văn bản khác.')), '58/2011/TT-BGDĐT')).toEqual(['cites']);
  });
});
