import { describe, expect, it } from 'vitest';
import { documentHeader, readCitations } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * Three shapes left in the tuning halves of the missed-endings round (drafting-forms-missed-endings.json #3, #19) and of the
 * unusual-endings round (drafting-forms-endings-unusual.json #17), fixed on 2026-12-07 (twenty-fifth session); each case failed on
 * 212a5bb.
 */
const actsOn = (cs: readonly Citation[], number: string): string[] =>
  cs.filter((c) => c.number === number && c.role === 'head').flatMap((c) => [`${c.relation}${c.scope ? (c.scope.whole ? '/whole' : `/part ${c.scope.part ?? ''}`) : ''}`, ...(c.alsoActs ?? []).map((a) => `${a.relation}/part ${a.scope.part ?? ''}`)]);

describe('provisions about a matter, opened after a semicolon, repealed at the end of the sentence', () => {
  const decree = (clause: string): string =>
    `${documentHeader('CHÍNH PHỦ', '67/2021/NĐ-CP', 'Hà Nội, ngày 15 tháng 7 năm 2021')}NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 86/2012/NĐ-CP ngày 19 tháng 10 năm 2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đo lường\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 86/2012/NĐ-CP.\nĐiều 1. Sửa đổi, bổ sung khoản 1 Điều 5 như sau: “1. …”.\nĐiều 2. Điều khoản chuyển tiếp\n1. Hồ sơ nộp trước ngày Nghị định này có hiệu lực được tiếp tục giải quyết.\n${clause}\nĐiều 3. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2021./.\n`;

  it('"…; các quy định về … tại khoản 3 Điều 12 Nghị định số A và tại Điều 8, Điều 9 Thông tư số B … bị bãi bỏ." repeals both parts', async () => {
    const cs = await readCitations(decree('2. Chứng chỉ kiểm định viên đã cấp không còn là điều kiện để tổ chức được chỉ định; các quy định về cấp, cấp lại và thu hồi chứng chỉ kiểm định viên tại khoản 3 Điều 12 Nghị định số 86/2012/NĐ-CP và tại Điều 8, Điều 9 Thông tư số 24/2013/TT-BKHCN ngày 30 tháng 9 năm 2013 của Bộ trưởng Bộ Khoa học và Công nghệ quy định hoạt động kiểm định phương tiện đo bị bãi bỏ.'));
    expect(actsOn(cs, '86/2012/NĐ-CP')).toContain('repeals/part khoản 3 Điều 12');
    expect(actsOn(cs, '24/2013/TT-BKHCN')).toEqual(['repeals/part Điều 8, Điều 9']);
  });

  it('look-alike: the same provisions said to be applied after a semicolon are repealed by nothing', async () => {
    const cs = await readCitations(decree('2. Chứng chỉ kiểm định viên đã cấp tiếp tục có giá trị; các quy định về cấp, cấp lại và thu hồi chứng chỉ kiểm định viên tại Điều 8, Điều 9 Thông tư số 24/2013/TT-BKHCN ngày 30 tháng 9 năm 2013 của Bộ trưởng Bộ Khoa học và Công nghệ tiếp tục được áp dụng.'));
    expect(actsOn(cs, '24/2013/TT-BKHCN')).toEqual(['cites']);
  });
});

describe('a table read one cell a line whose extent cell names an annex ("Phụ lục II")', () => {
  it('the rows after the annex cell are still rows of the repealing article', async () => {
    const text = `HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 12/2026/NQ-HĐND\nĐồng Tháp, ngày 24 tháng 3 năm 2026\nNGHỊ QUYẾT\nBãi bỏ một số nội dung tại các nghị quyết của Hội đồng nhân dân tỉnh\nHỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Bãi bỏ các nội dung tại các nghị quyết sau đây:\nSTT\nVăn bản\nNội dung bãi bỏ\nLý do\n1\nNghị quyết số 15/2021/NQ-HĐND ngày 20 tháng 7 năm 2021 của Hội đồng nhân dân tỉnh Đồng Tháp quy định chế độ dinh dưỡng đối với vận động viên\nPhụ lục II\nĐội tuyển cấp huyện không còn\n2\nNghị quyết số 08/2023/NQ-HĐND ngày 14 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Tiền Giang quy định phân cấp nhiệm vụ chi bảo vệ môi trường\nĐiểm d khoản 1 Điều 3\nKhông còn cấp huyện\nĐiều 2. Nghị quyết này có hiệu lực từ ngày 05 tháng 4 năm 2026./.\n`;
    const cs = await readCitations(text);
    expect(actsOn(cs, '15/2021/NQ-HĐND')).toEqual(['repeals/part Phụ lục II']);
    expect(actsOn(cs, '08/2023/NQ-HĐND')).toEqual(['repeals/part Điểm d khoản 1 Điều 3']);
  });
});

describe('the effect article of a regulation attached to the decision ("Quy chế này")', () => {
  const decision = (effect: string, heading = 'Hiệu lực'): string =>
    `HUYỆN ỦY QUỲNH LƯU\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố 05-QĐ/HU\nQuỳnh Lưu, ngày 18 tháng 11 năm 2020\nQUYẾT ĐỊNH\nban hành Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXX, nhiệm kỳ 2020 - 2025\n- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\nBAN CHẤP HÀNH ĐẢNG BỘ HUYỆN QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXX.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\nNơi nhận:\n- Như Điều 2;\n- Lưu Văn phòng Huyện ủy.\nT/M BAN CHẤP HÀNH\nBÍ THƯ\nHồ Văn Lượng\nQUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ huyện khóa XXX\n(kèm theo Quyết định số 05-QĐ/HU của Ban Chấp hành Đảng bộ huyện)\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định chế độ làm việc của Ban Chấp hành, Ban Thường vụ.\nĐiều 28. ${heading}\n${effect}\nĐiều 29. Sửa đổi, bổ sung\nViệc sửa đổi, bổ sung Quy chế do Ban Chấp hành Đảng bộ huyện quyết định.\n`;

  it('"Quy chế … ban hành kèm theo Quyết định số A … được thay thế bởi Quy chế này." replaces A', async () => {
    const cs = await readCitations(decision('Quy chế làm việc ban hành kèm theo Quyết định số 02-QĐ/HU, ngày 12/9/2015 của Ban Chấp hành Đảng bộ huyện khóa XXIX được thay thế bởi Quy chế này.'));
    expect(actsOn(cs, '02-QĐ/HU')).toEqual(['replaces/whole']);
  });

  it('look-alike: outside the effect article, the attached rules’ words act on nothing', async () => {
    const cs = await readCitations(decision('Các tổ chức đảng thực hiện theo Quy chế làm việc ban hành kèm theo Quyết định số 02-QĐ/HU, ngày 12/9/2015 của Ban Chấp hành Đảng bộ huyện khóa XXIX.', 'Trách nhiệm thi hành'));
    expect(actsOn(cs, '02-QĐ/HU')).toEqual(['cites']);
  });
});
