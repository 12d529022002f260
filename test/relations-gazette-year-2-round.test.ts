import { describe, expect, it } from 'vitest';
import { documentHeader, ownActsOf } from './helpers/act-text.js';

/**
 * From the tuning half of the thirty-eighth drafting round (fixtures/relations/drafting-forms-gazette-year-2.json), a second
 * sample of one gazette year: the rules its disagreements led to. Each case failed on the code before its rule (9ba6d17); the
 * look-alikes pass on both. The passages are written anew on the same shapes.
 */
const acts = ownActsOf;

describe('a table read one cell a line, under an article heading that repeals its rows with no colon', () => {
  const decision = (article: string, type = 'QUYẾT ĐỊNH', number = '41/2025/QĐ-UBND'): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH GIA LAI', number, 'Gia Lai, ngày 20 tháng 8 năm 2025')}${type}\nBãi bỏ toàn bộ, một phần văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\n${article}\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2025.\n`;
  const table = 'STT\nSố, ký hiệu\nNgày ban hành\nTrích yếu\n1\n18/2016/QĐ-UBND\n25/3/2016\nBan hành Quy định quản lý hoạt động thoát nước trên địa bàn tỉnh\n2\nQuyết định số 52/2019/QĐ-UBND\n08/11/2019\nQuy định phân cấp quản lý đường giao thông nông thôn';

  it('"Điều 1. Bãi bỏ toàn bộ các Quyết định sau đây của Ủy ban nhân dân tỉnh\\nSTT\\nSố, ký hiệu\\n…\\n1\\n18/2016/QĐ-UBND" repeals each row whole', async () => {
    const text = decision(`Điều 1. Bãi bỏ toàn bộ các Quyết định sau đây của Ủy ban nhân dân tỉnh\n${table}`);
    expect(await acts(text, '18/2016/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(await acts(text, '52/2019/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('so does the table under a label of its rows\' issuer: "1. Văn bản do Ủy ban nhân dân tỉnh Bình Định (cũ) ban hành:"', async () => {
    const text = decision(`Điều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây\n1. Văn bản do Ủy ban nhân dân tỉnh Bình Định (cũ) ban hành:\n${table}`);
    expect(await acts(text, '18/2016/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(await acts(text, '52/2019/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('look-alike: the same table under a heading that publishes a list acts on nothing', async () => {
    const text = decision(`Điều 1. Công bố danh mục các văn bản sau đây đã hết hiệu lực toàn bộ\n${table}`);
    expect(await acts(text, '18/2016/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('a part "không còn áp dụng" whose matter the sentence goes on to give to this act\'s own article', () => {
  const decision = (rest: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH', '06/2014/QĐ-UBND', 'Thái Bình, ngày 10 tháng 6 năm 2014')}QUYẾT ĐỊNH\nBan hành Quy định về cấp giấy phép xây dựng trên địa bàn tỉnh Thái Bình\nCăn cứ Luật Xây dựng ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về cấp giấy phép xây dựng trên địa bàn tỉnh Thái Bình.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.\n2. Điều 6 của Quy định phân cấp quản lý xây dựng ban hành kèm theo Quyết định số 08/2011/QĐ-UBND ngày 15 tháng 3 năm 2011 của Ủy ban nhân dân tỉnh không còn áp dụng${rest}\n`;

  it('"…; thẩm quyền cấp giấy phép xây dựng thực hiện theo Điều 4 của Quy định ban hành kèm theo Quyết định này." replaces the part', async () => {
    expect(await acts(decision('; thẩm quyền cấp giấy phép xây dựng thực hiện theo Điều 4 của Quy định ban hành kèm theo Quyết định này.'), '08/2011/QĐ-UBND')).toEqual(['replaces/part']);
  });

  it('look-alike: with nothing said of who carries it on, the part is repealed', async () => {
    expect(await acts(decision('.'), '08/2011/QĐ-UBND')).toEqual(['repeals/part']);
  });
});

describe('words of acting that are a task or a conclusion, not this document\'s act', () => {
  it('"2. Trong thời hạn 15 ngày …, ban hành văn bản bãi bỏ khoản 3 Điều 4 … Quyết định số A" asks another body to repeal: only the suspension is this act\'s', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA', '3105/QĐ-UBND', 'Thanh Hóa, ngày 12 tháng 8 năm 2019')}QUYẾT ĐỊNH\nVề việc đình chỉ việc thi hành một phần Quyết định số 12/2017/QĐ-UBND của Ủy ban nhân dân huyện Tĩnh Gia\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Đình chỉ việc thi hành khoản 3 Điều 4 và Điều 7 của Quy định quản lý chợ ban hành kèm theo Quyết định số 12/2017/QĐ-UBND ngày 10 tháng 4 năm 2017 của Ủy ban nhân dân huyện Tĩnh Gia.\nĐiều 2. Ủy ban nhân dân huyện Tĩnh Gia có trách nhiệm:\n1. Dừng ngay việc thực hiện các quy định nêu tại Điều 1 Quyết định này.\n2. Trong thời hạn 15 ngày kể từ ngày nhận được Quyết định này, ban hành văn bản bãi bỏ khoản 3 Điều 4 và Điều 7 của Quy định ban hành kèm theo Quyết định số 12/2017/QĐ-UBND và báo cáo kết quả về Ủy ban nhân dân tỉnh.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n`;
    expect(await acts(text, '12/2017/QĐ-UBND')).toEqual(['suspends/part']);
  });

  const notice = (type: string, number: string): string =>
    `${documentHeader('VĂN PHÒNG CHÍNH PHỦ', number, 'Hà Nội, ngày 10 tháng 8 năm 2021')}${type}\nKết luận của Phó Thủ tướng tại cuộc họp về dự thảo Nghị định sửa đổi Nghị định số 100/2019/NĐ-CP\nNgày 05 tháng 8 năm 2021, Phó Thủ tướng đã chủ trì cuộc họp. Phó Thủ tướng kết luận như sau:\n1. Giao Bộ Công an tiếp thu ý kiến, hoàn thiện dự thảo Nghị định theo hướng:\na) Sửa đổi thẩm quyền lập biên bản, xử phạt tại Điều 74 và Điều 75 Nghị định số 100/2019/NĐ-CP cho phù hợp với Luật số 67/2020/QH14;\nb) Bổ sung hành vi vi phạm về an ninh hàng không vào Nghị định số 162/2018/NĐ-CP.\n2. Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện.\n`;

  it('"a) Sửa đổi thẩm quyền … tại Điều 74 … Nghị định số A …" in a notice of a meeting\'s conclusions directs a draft: it amends nothing', async () => {
    const text = notice('THÔNG BÁO', '215/TB-VPCP');
    expect(await acts(text, '100/2019/NĐ-CP')).toEqual(['cites']);
    expect(await acts(text, '162/2018/NĐ-CP')).toEqual(['cites']);
  });
});
