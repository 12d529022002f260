import { describe, expect, it } from 'vitest';
import { documentHeader, readCitations, reportsOf } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * Ministries' acts (issue 16): the classes the sixteenth drafting round's held half showed when it was spent on 2026-12-05
 * (fixtures/relations/drafting-forms-ministries-heldout.json, README "Spending the held halves"). Each case failed on the code
 * before its rule; the look-alikes beside them pass on both.
 */
const HEADER = (ministry: string, number: string): string => documentHeader(ministry, number, 'Hà Nội, ngày 29 tháng 9 năm 2025');
const read = readCitations;
const acts = (cs: readonly Citation[], number: string): string[] => cs.filter((c) => c.number === number).map((c) => [`${c.relation}${c.scope ? (c.scope.whole ? '/whole' : '/part') : ''}`, ...(c.alsoActs ?? []).map((a) => a.relation)].join('+'));
const reports = reportsOf;

describe('an annex of ended documents written as a table between pipes', () => {
  const circular = `${HEADER('BỘ NỘI VỤ', '19/2025/TT-BNV')}THÔNG TƯ\nQuy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc\nCăn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;\nBộ trưởng Bộ Nội vụ ban hành Thông tư quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc.\nĐiều 7. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 11 năm 2025.\n2. Các văn bản, quy định tại Phụ lục ban hành kèm theo Thông tư này hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.\nPhụ lục\nDANH MỤC VĂN BẢN, QUY ĐỊNH HẾT HIỆU LỰC THI HÀNH\n(Kèm theo Thông tư số ....../2025/TT-BNV ngày 29 tháng 9 năm 2025 của Bộ trưởng Bộ Nội vụ)\nSTT | Tên văn bản | Nội dung hết hiệu lực\n1 | Thông tư số 59/2015/TT-BLĐTBXH ngày 29 tháng 12 năm 2015 quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc | Toàn bộ\n2 | Thông tư liên tịch số 23/2015/TTLT-BLĐTBXH-BTC ngày 24 tháng 6 năm 2015 hướng dẫn điều chỉnh tiền lương đã đóng bảo hiểm xã hội | Điều 3, Điều 4\n3 | Thông tư số 01/2023/TT-BLĐTBXH ngày 28 tháng 02 năm 2023 quy định mức điều chỉnh tiền lương | Khoản 2 Điều 1\n`;

  it('"Các văn bản, quy định tại Phụ lục …" ends each row as its last cell says: the predecessor whole, the others in part', async () => {
    const cs = await read(circular);
    expect(acts(cs, '59/2015/TT-BLĐTBXH')).toEqual(['replaces/whole']);
    expect(acts(cs, '23/2015/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/part']);
    expect(acts(cs, '01/2023/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('look-alike: the same table in a decision that only publishes the list ends nothing', async () => {
    const cs = await read(circular.replace('2. Các văn bản, quy định tại Phụ lục ban hành kèm theo Thông tư này hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.', '2. Bộ Nội vụ công bố danh mục văn bản hết hiệu lực tại Phụ lục để các cơ quan biết.'));
    expect(acts(cs, '23/2015/TTLT-BLĐTBXH-BTC')).toEqual(['cites']);
  });
});

describe('a published list of expired documents written between pipes', () => {
  const decision = (rows: string): string =>
    `${HEADER('BỘ TÀI CHÍNH', '215/QĐ-BTC')}QUYẾT ĐỊNH\nVề việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2025\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần năm 2025.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nDANH MỤC\nVĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC NĂM 2025\nSTT | Tên loại văn bản | Số, ký hiệu; ngày, tháng, năm ban hành | Tên gọi của văn bản | Lý do hết hiệu lực | Ngày hết hiệu lực\n${rows}\n`;

  it('a status cell is about the row\'s document, not one its title names ("… | Sửa đổi, bổ sung Thông tư số A | Được thay thế bởi …")', async () => {
    const cs = await read(decision('1 | Thông tư | 110/2020/TT-BTC; 21/12/2020 | Sửa đổi, bổ sung Thông tư số 150/2016/TT-BTC | Được thay thế bởi Thông tư số 93/2025/TT-BTC | 15/11/2025'));
    expect(reports(cs)).toEqual(['93/2025/TT-BTC replaces 110/2020/TT-BTC']);
  });

  it('"| Hết hiệu lực theo quy định tại khoản 2 Điều 6 Thông tư số B |" reports B ended the row\'s document', async () => {
    const cs = await read(decision('1 | Thông tư | 38/2018/TT-BTC; 20/4/2018 | Quy định về xác định xuất xứ hàng hóa xuất khẩu, nhập khẩu | Hết hiệu lực theo quy định tại khoản 2 Điều 6 Thông tư số 52/2025/TT-BTC | 05/8/2025'));
    expect(reports(cs)).toEqual(['52/2025/TT-BTC replaces 38/2018/TT-BTC']);
  });

  it('"| Hết hiệu lực do Luật … hết hiệu lực |" gives a cause: nobody acts on the row\'s document', async () => {
    const cs = await read(decision('1 | Thông tư | 36/2014/TT-BTNMT ngày 30/6/2014 | Quy định chi tiết phương pháp định giá đất | Hết hiệu lực do Luật Đất đai số 45/2013/QH13 hết hiệu lực | 01/8/2024'));
    expect(acts(cs, '36/2014/TT-BTNMT')).toEqual(['cites']);
    expect(reports(cs)).toEqual([]);
  });
});

describe("an amending article's unnamed repeals", () => {
  const circular = (title: string, article: string): string =>
    `${HEADER('BỘ TÀI CHÍNH', '39/2025/TT-BTC')}THÔNG TƯ\n${title}\nCăn cứ Luật Phí và lệ phí số 97/2015/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung Biểu mức thu phí trong lĩnh vực y tế.\n${article}\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 05 tháng 8 năm 2025.\n`;

  it('a chapeau without a mark right under the heading carries the repeal its items make ("3. Bãi bỏ mục 3.2 phần III.")', async () => {
    const cs = await read(circular('Sửa đổi, bổ sung Biểu mức thu phí trong lĩnh vực y tế ban hành kèm theo Thông tư số 59/2023/TT-BTC', 'Điều 1. Sửa đổi, bổ sung Biểu mức thu phí trong lĩnh vực y tế\nSửa đổi, bổ sung một số mục tại Biểu mức thu phí trong lĩnh vực y tế ban hành kèm theo Thông tư số 59/2023/TT-BTC ngày 30 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính như sau:\n1. Sửa đổi mục 2.1 phần II như sau: “2.1 | Thẩm định hồ sơ | Hồ sơ | 5.500”.\n2. Bãi bỏ mục 3.2 phần III.'));
    expect(acts(cs, '59/2023/TT-BTC')).toEqual(['amends/part', 'amends/part+repeals']);
  });

  it('under a heading that names the regulation by its name, the title carries the repeal and the item status reports on it', async () => {
    const cs = await read(circular('Sửa đổi, bổ sung một số điều của Quy chế nghiệp vụ thị trường mở ban hành kèm theo Thông tư số 42/2015/TT-NHNN', 'Điều 1. Sửa đổi, bổ sung một số điều của Quy chế nghiệp vụ thị trường mở\n1. Khoản 2 Điều 7 (đã được sửa đổi, bổ sung tại khoản 1 Điều 1 Thông tư số 04/2020/TT-NHNN) được sửa đổi như sau: “2. …”\n2. Bãi bỏ khoản 3 Điều 15.'));
    expect(acts(cs, '42/2015/TT-NHNN')).toEqual(['amends/part+repeals']);
    expect(reports(cs)).toContain('04/2020/TT-NHNN amends 42/2015/TT-NHNN');
  });

  it('a point numbered "c.1" with its status, and an annex\'s own number ("Phụ lục số 01/PL-TNCN") in a repeal item', async () => {
    const cs = await read(circular('Sửa đổi, bổ sung một số điều của Thông tư số 111/2013/TT-BTC', 'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 111/2013/TT-BTC\n1. Điểm c.1 khoản 1 Điều 9 (đã được sửa đổi, bổ sung tại khoản 6 Điều 15 Thông tư số 92/2015/TT-BTC) được sửa đổi như sau: “c.1) …”\n2. Bãi bỏ điểm đ khoản 1 Điều 3 và Phụ lục số 01/PL-TNCN.'));
    expect(acts(cs, '111/2013/TT-BTC')).toEqual(['amends/part', 'amends/part+repeals']);
    expect(reports(cs)).toContain('92/2015/TT-BTC amends 111/2013/TT-BTC');
  });

  it('look-alike: a repeal item that names another document is not the heading\'s', async () => {
    const cs = await read(circular('Sửa đổi, bổ sung một số điều của Thông tư số 111/2013/TT-BTC', 'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 111/2013/TT-BTC\n1. Sửa đổi khoản 1 Điều 9 như sau: “1. …”\n2. Bãi bỏ khoản 4 Điều 15 Thông tư số 92/2015/TT-BTC.'));
    expect(acts(cs, '111/2013/TT-BTC')).toEqual(['amends/part', 'amends/part']);
  });
});

describe('the documents an effect article ends', () => {
  const decree = (sentence: string): string =>
    `${HEADER('CHÍNH PHỦ', '175/2024/NĐ-CP')}NGHỊ ĐỊNH\nQuy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng.\nĐiều 95. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 30 tháng 12 năm 2024.\n${sentence}\n`;

  it('"thay thế Nghị định số A … quy định chi tiết một số nội dung về … và Nghị định số B": B takes no part from A\'s title', async () => {
    const cs = await read(decree('2. Nghị định này thay thế Nghị định số 15/2021/NĐ-CP ngày 03 tháng 3 năm 2021 của Chính phủ quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng và Nghị định số 44/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ.'));
    expect(acts(cs, '44/2016/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: "các Điều 7, 8, 9, 10 và 13 của Thông tư số A" stay A\'s part', async () => {
    const cs = await read(decree('2. Kể từ ngày Nghị định này có hiệu lực thi hành, các Điều 7, 8, 9, 10 và 13 của Nghị định số 06/2020/NĐ-CP ngày 18 tháng 9 năm 2020 của Chính phủ hết hiệu lực.'));
    expect(acts(cs, '06/2020/NĐ-CP')[0]).toMatch(/\/part$/u);
  });

  it('"Thông tư số A … sửa đổi, bổ sung một số định mức xây dựng ban hành tại Thông tư số B hết hiệu lực": B is in A\'s description', async () => {
    const cs = await read(decree('2. Nghị định số 09/2024/NĐ-CP ngày 30 tháng 8 năm 2024 sửa đổi, bổ sung một số định mức xây dựng ban hành tại Nghị định số 12/2021/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.'));
    expect(acts(cs, '12/2021/NĐ-CP')).toEqual(['cites']);
    expect(acts(cs, '09/2024/NĐ-CP')[0]).toMatch(/^(?:repeals|replaces)\/whole$/u);
  });
});
