import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, ownActsOf, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * From the tuning half of the thirty-ninth drafting round (fixtures/relations/drafting-forms-guides-and-followers.json), on what guides
 * what: the rules its disagreements led to. Each case failed on the code before its rule (85c34db); the look-alikes pass on both.
 * The passages are written anew on the same shapes.
 */
const acts = ownActsOf;

describe('a report of an ending for one field only, its actor named after "theo quy định tại"', () => {
  it('"Pháp lệnh … số A đã hết hiệu lực đối với lĩnh vực bưu chính kể từ ngày … theo quy định tại Điều 50 Luật Bưu chính số B" reports B ending A', async () => {
    const text = `${documentHeader('CHÍNH PHỦ', '48/2011/NĐ-CP', 'Hà Nội, ngày 17 tháng 6 năm 2011')}NGHỊ ĐỊNH\nQuy định chi tiết thi hành một số nội dung của Luật Bưu chính\nCăn cứ Luật Bưu chính số 49/2010/QH12;\nChính phủ ban hành Nghị định.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số nội dung của Luật Bưu chính số 49/2010/QH12. Pháp lệnh Bưu chính, Viễn thông số 43/2002/PL-UBTVQH10 đã hết hiệu lực đối với lĩnh vực bưu chính kể từ ngày 01 tháng 01 năm 2011 theo quy định tại Điều 50 Luật Bưu chính số 49/2010/QH12.\n`;
    const cs = await readCitations(text);
    expect(reportsOn(cs, '43/2002/PL-UBTVQH10').length).toBe(1);
    expect(reportsOn(cs, '43/2002/PL-UBTVQH10')[0]).toMatch(/^49\/2010\/QH12 (?:repeals|replaces) 43\/2002\/PL-UBTVQH10$/u);
    expect(headActs(cs, '43/2002/PL-UBTVQH10')).toEqual(['cites']);
  });
});

describe('an amending act replaced with its base, its base\'s title holding a passive word', () => {
  it('"… thay thế Quyết định số A … ban hành Quy định về diện tích tối thiểu được tách thửa … và Quyết định số B … sửa đổi, bổ sung … Quyết định số A" replaces both', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '48/2024/QĐ-UBND', 'Hà Tĩnh, ngày 30 tháng 9 năm 2024')}QUYẾT ĐỊNH\nBan hành Quy định diện tích tối thiểu được tách thửa trên địa bàn tỉnh\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định diện tích tối thiểu được tách thửa.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2024 và thay thế Quyết định số 21/2021/QĐ-UBND ngày 12 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh ban hành Quy định về diện tích tối thiểu được tách thửa đối với từng loại đất trên địa bàn tỉnh Hà Tĩnh và Quyết định số 32/2022/QĐ-UBND ngày 08 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quyết định số 21/2021/QĐ-UBND.\n`;
    expect(await acts(text, '21/2021/QĐ-UBND')).toEqual(['replaces/whole']);
    expect(await acts(text, '32/2022/QĐ-UBND')).toEqual(['replaces/whole']);
  });

  it('look-alike: a title with a status of its own ("… đã được sửa đổi …") still ends the list there', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '48/2024/QĐ-UBND', 'Hà Tĩnh, ngày 30 tháng 9 năm 2024')}QUYẾT ĐỊNH\nBan hành Quy định diện tích tối thiểu được tách thửa trên địa bàn tỉnh\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định diện tích tối thiểu được tách thửa.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2024 và thay thế Quyết định số 21/2021/QĐ-UBND ngày 12 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh đã được thay thế một phần bởi Quyết định số 32/2022/QĐ-UBND ngày 08 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh.\n`;
    expect(await acts(text, '32/2022/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('a part ended whose places are noted with their matters, which this act\'s attached regulation takes up', () => {
  const decision = (notes: [string, string]): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH LONG AN', '45/2022/QĐ-UBND', 'Long An, ngày 30 tháng 9 năm 2022')}QUYẾT ĐỊNH\nBan hành Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Long An\nCăn cứ Luật Bảo vệ môi trường số 72/2020/QH14;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Long An.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 10 năm 2022.\n2. Điều 12 (${notes[0]}) và Điều 13 (${notes[1]}) của Quy định bảo vệ môi trường ban hành kèm theo Quyết định số 22/2019/QĐ-UBND ngày 20 tháng 5 năm 2019 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Út\nQUY ĐỊNH\nQuản lý chất thải rắn sinh hoạt trên địa bàn tỉnh Long An\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nQuy định này quy định về quản lý chất thải rắn sinh hoạt.\nĐiều 7. Thu gom, vận chuyển chất thải rắn sinh hoạt\nỦy ban nhân dân cấp xã tổ chức thu gom.\nĐiều 8. Điểm tập kết, trạm trung chuyển\nĐiểm tập kết bố trí cách khu dân cư tối thiểu 50 m.\n`;

  it('"Điều 12 (thu gom, vận chuyển …) và Điều 13 (…) … hết hiệu lực" replaces the part: the regulation\'s "Điều 7. Thu gom, vận chuyển …" takes it up', async () => {
    expect(await acts(decision(['thu gom, vận chuyển chất thải rắn sinh hoạt', 'điểm tập kết, trạm trung chuyển chất thải rắn sinh hoạt']), '22/2019/QĐ-UBND')).toEqual(['replaces/part']);
  });

  it('look-alike: places noted with matters this act does not take up stay repealed', async () => {
    expect(await acts(decision(['quan trắc môi trường không khí', 'phí bảo vệ môi trường đối với nước thải']), '22/2019/QĐ-UBND')).toEqual(['repeals/part']);
  });
});
