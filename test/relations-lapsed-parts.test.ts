import { describe, expect, it } from 'vitest';
import { documentHeader, ownActsOf } from './helpers/act-text.js';

/**
 * A part of another document that this one says lapses ("hết hiệu lực", "không còn hiệu lực", "không còn áp dụng"), with no repeal
 * verb, noted in parentheses with a matter that is mostly this document's own: replaced in part by this document's provisions.
 * Each case failed before the rule; the look-alikes pass on both.
 */
const decision = (title: string, clause: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH LONG AN', '35/2022/QĐ-UBND', 'Long An, ngày 18 tháng 8 năm 2022')}QUYẾT ĐỊNH\n${title}\nỦY BAN NHÂN DÂN TỈNH LONG AN\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định nêu tại trích yếu.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 9 năm 2022.\n2. ${clause}\nĐiều 3. Tổ chức thực hiện\nChánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.\n`;

describe('a part that lapses on this document\'s matter', () => {
  it('"Điều 5, Điều 6 và Điều 7 Quy định ban hành kèm theo Quyết định số A … (về cấp phép sử dụng tạm thời hè phố, lòng đường) hết hiệu lực" in a decision on the temporary use of pavements is replaced in part', async () => {
    const text = decision(
      'Ban hành Quy định về quản lý, sử dụng tạm thời một phần hè phố, lòng đường không vào mục đích giao thông trên địa bàn tỉnh Long An',
      'Điều 5, Điều 6 và Điều 7 Quy định ban hành kèm theo Quyết định số 48/2017/QĐ-UBND ngày 21 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh ban hành Quy định quản lý, bảo vệ kết cấu hạ tầng giao thông đường bộ trên địa bàn tỉnh (về cấp phép sử dụng tạm thời hè phố, lòng đường) hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(await ownActsOf(text, '48/2017/QĐ-UBND')).toEqual(['replaces/part']);
  });

  it('"Phụ lục số 02 (đơn giá nhân công tư vấn đầu tư xây dựng) ban hành kèm theo Quyết định số A … hết hiệu lực" in a decision that publishes the labour rates read the same way', async () => {
    const text = decision(
      'Công bố đơn giá nhân công xây dựng trên địa bàn tỉnh Long An',
      'Phụ lục số 02 (đơn giá nhân công tư vấn đầu tư xây dựng) ban hành kèm theo Quyết định số 145/QĐ-SXD ngày 28 tháng 01 năm 2022 của Sở Xây dựng hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(await ownActsOf(text, '145/QĐ-SXD')).toEqual(['replaces/part']);
  });

  it('an item of a list whose head ends its items by lapse: "Các quy định sau đây hết hiệu lực …:\\na) Điều 3 Quyết định số A … về quản lý chợ"', async () => {
    const text = decision(
      'Quy định giá dịch vụ sử dụng diện tích bán hàng tại chợ trên địa bàn tỉnh Long An',
      'Các quy định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực:\na) Điều 3 Quyết định số 11/2017/QĐ-UBND ngày 20 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh ban hành Quy định về quản lý chợ (mức giá dịch vụ tại chợ hạng 3);',
    );
    expect(await ownActsOf(text, '11/2017/QĐ-UBND')).toEqual(['replaces/part']);
  });
});

describe('look-alikes: parts ended with nothing of this document\'s in their place', () => {
  it('a part on another matter that lapses ("Khoản 2 Điều 7 Thông tư số A … ban hành Danh mục … bảo hiểm y tế hết hiệu lực" in a decision on markets) is repealed', async () => {
    const text = decision(
      'Quy định giá dịch vụ sử dụng diện tích bán hàng tại chợ trên địa bàn tỉnh Long An',
      'Khoản 2 Điều 7 Quyết định số 22/2019/QĐ-UBND ngày 28 tháng 9 năm 2019 của Ủy ban nhân dân tỉnh ban hành Danh mục và mức hỗ trợ người tham gia bảo hiểm y tế hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(await ownActsOf(text, '22/2019/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('a part whose note shares a word or two with the title (and the place it ends with) is on another matter, repealed', async () => {
    const text = decision(
      'Ban hành Quy định về quản lý, sử dụng tạm thời một phần hè phố, lòng đường không vào mục đích giao thông trên địa bàn tỉnh Long An',
      'Điều 5, Điều 6 và Điều 7 Quy định ban hành kèm theo Quyết định số 48/2017/QĐ-UBND ngày 21 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh (về bảo vệ hành lang an toàn đường bộ trên địa bàn tỉnh Long An) hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(await ownActsOf(text, '48/2017/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('a part said "bãi bỏ" on this document\'s matter stays repealed', async () => {
    const text = decision(
      'Quy định giá dịch vụ sử dụng diện tích bán hàng tại chợ trên địa bàn tỉnh Long An',
      'Bãi bỏ Điều 5 Quyết định số 11/2017/QĐ-UBND ngày 20 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh ban hành Quy định về quản lý chợ (quy định mức giá dịch vụ tại chợ hạng 3).',
    );
    expect(await ownActsOf(text, '11/2017/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('an amending act that lets a part of another lapse repeals it: its title is no matter of its own', async () => {
    const text = decision(
      'Sửa đổi, bổ sung một số điều của Quy định về quản lý chợ trên địa bàn tỉnh Long An ban hành kèm theo Quyết định số 12/2020/QĐ-UBND',
      'Điều 5 Quyết định số 11/2017/QĐ-UBND ngày 20 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh ban hành Quy định về quản lý chợ (quy định mức giá dịch vụ tại chợ hạng 3) hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(await ownActsOf(text, '11/2017/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('a part ended for a class of subjects only ("… hết hiệu lực đối với chợ hạng 3 kể từ …") stays repealed', async () => {
    const text = decision(
      'Quy định giá dịch vụ sử dụng diện tích bán hàng tại chợ trên địa bàn tỉnh Long An',
      'Điều 5 Quyết định số 11/2017/QĐ-UBND ngày 20 tháng 6 năm 2017 của Ủy ban nhân dân tỉnh ban hành Quy định về quản lý chợ hết hiệu lực đối với chợ hạng 3 kể từ ngày Quyết định này có hiệu lực.',
    );
    expect(await ownActsOf(text, '11/2017/QĐ-UBND')).toEqual(['repeals/part']);
  });
});
