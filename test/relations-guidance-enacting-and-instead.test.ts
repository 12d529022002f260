import { describe, expect, it } from 'vitest';
import { headActs, readCitations } from './helpers/act-text.js';

/**
 * Two shapes left in the tuning halves of the parts-taken-over round (drafting-forms-parts-taken-over.json #6) and of the
 * unexpected-places round (drafting-forms-unexpected-places.json #6), fixed on 2026-12-07 (twenty-fifth session); each case
 * failed on 5606a24, the look-alikes pass on both.
 */
const partyGuidance = (enacting: string): string =>
  `BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố 05-HD/BTCTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 18 tháng 8 năm 2025\n\nHƯỚNG DẪN\nmột số vấn đề cụ thể về nghiệp vụ công tác đảng viên\n-----\n\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;\n- Căn cứ Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng,\n${enacting}\n\nI- HỒ SƠ ĐẢNG VIÊN\n1. Hồ sơ đảng viên được số hóa và quản lý trên Cơ sở dữ liệu đảng viên.\nII- TỔ CHỨC THỰC HIỆN\nHướng dẫn này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Lưu Vụ Đảng viên.\n`;

describe('the enacting line of a guidance after Căn cứ lines ending with a comma', () => {
  it('"Ban Tổ chức Trung ương hướng dẫn thực hiện … quy định tại Quy định số A và Hướng dẫn số B như sau:" guides A and B', async () => {
    const cs = await readCitations(partyGuidance('Ban Tổ chức Trung ương hướng dẫn thực hiện một số nội dung về nghiệp vụ công tác đảng viên quy định tại Quy định số 294-QĐ/TW và Hướng dẫn số 06-HD/TW như sau:'));
    expect(headActs(cs, '294-QĐ/TW')).toContain('guides');
    expect(headActs(cs, '06-HD/TW')).toContain('guides');
  });

  it('look-alike: the Căn cứ lines themselves stay the basis', async () => {
    const cs = await readCitations(partyGuidance('Ban Tổ chức Trung ương hướng dẫn một số nội dung về nghiệp vụ công tác đảng viên như sau:'));
    expect(headActs(cs, '294-QĐ/TW')).toEqual(['basis']);
  });

  it('look-alike: an enacting line that guides one document and amends another ("hướng dẫn thực hiện Nghị định số A và sửa đổi, bổ sung … Thông tư số B … như sau:") guides only A', async () => {
    const text = `BỘ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 82/2018/TT-BTC\nHà Nội, ngày 30 tháng 8 năm 2018\nTHÔNG TƯ\nHướng dẫn thực hiện Nghị định số 146/2017/NĐ-CP của Chính phủ\nCăn cứ Luật Thuế giá trị gia tăng số 13/2008/QH12;\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn thực hiện Nghị định số 146/2017/NĐ-CP và sửa đổi, bổ sung một số điều của Thông tư số 219/2013/TT-BTC như sau:\nĐiều 1. Sửa đổi khoản 2 Điều 5 Thông tư số 219/2013/TT-BTC như sau: “2. …”.\nĐiều 2. Thông tư này có hiệu lực kể từ ngày 15 tháng 10 năm 2018./.\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '146/2017/NĐ-CP')).toContain('guides');
    expect(headActs(cs, '219/2013/TT-BTC')).not.toContain('guides');
  });
});

describe('"…, thay cho phần hướng dẫn tương ứng tại Nghị quyết số A" after the document the self one guides', () => {
  const resolution = (clause: string): string =>
    `HỘI ĐỒNG THẨM PHÁN\nTÒA ÁN NHÂN DÂN TỐI CAO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 05/2023/NQ-HĐTP\nHà Nội, ngày 15 tháng 12 năm 2023\nNGHỊ QUYẾT\nHướng dẫn áp dụng một số quy định tại Điều 248, Điều 249 và Điều 251 của Bộ luật Hình sự\nHỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\nCăn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\n${clause}\nĐiều 2. Hiệu lực thi hành\nNghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2024./.\n`;

  it('replaces (or amends) a part of A, and guides no part of it', async () => {
    const cs = await readCitations(resolution('Nghị quyết này hướng dẫn áp dụng một số quy định tại Điều 248, Điều 249 và Điều 251 của Bộ luật Hình sự số 100/2015/QH13, thay cho phần hướng dẫn tương ứng tại Nghị quyết số 01/2001/NQ-HĐTP ngày 15 tháng 3 năm 2001 của Hội đồng Thẩm phán Tòa án nhân dân tối cao.'));
    const acts = headActs(cs, '01/2001/NQ-HĐTP');
    expect(acts).not.toContain('guides');
    expect(acts.some((a) => a === 'replaces/part' || a === 'amends/part')).toBe(true);
    expect(headActs(cs, '100/2015/QH13')).toContain('guides');
  });

  it('look-alike: the guidance applied alongside ("… cùng với phần hướng dẫn tương ứng tại Nghị quyết số A") is neither guided nor replaced', async () => {
    const cs = await readCitations(resolution('Nghị quyết này hướng dẫn áp dụng một số quy định tại Điều 248, Điều 249 và Điều 251 của Bộ luật Hình sự số 100/2015/QH13 và được áp dụng cùng với phần hướng dẫn tương ứng tại Nghị quyết số 01/2001/NQ-HĐTP ngày 15 tháng 3 năm 2001 của Hội đồng Thẩm phán Tòa án nhân dân tối cao.'));
    expect(headActs(cs, '01/2001/NQ-HĐTP').filter((a) => a !== 'cites')).toEqual([]);
  });
});
