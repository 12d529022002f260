import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From the twenty-sixth drafting round's tuning half (fixtures/relations/drafting-forms-guiding-correcting.json, guidance,
 * corrections and suspensions with their look-alikes). Each case failed on the code before its rule (5bea929); the look-alikes
 * pass on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

describe('a guiding circular succeeds the one that guided the same matter of another law', () => {
  const circular = (ended: string): string =>
    `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '28/2015/TT-BLĐTBXH', 'Hà Nội, ngày 31 tháng 7 năm 2015')}THÔNG TƯ\nHướng dẫn thực hiện Điều 52 của Luật Việc làm và một số điều của Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thực hiện Điều 52 của Luật Việc làm và một số điều của Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp.\nĐiều 21. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 9 năm 2015.\n2. Thông tư số 32/2010/TT-BLĐTBXH ngày 25 tháng 10 năm 2010 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thi hành một số điều của Nghị định số 127/2008/NĐ-CP ngày 12 tháng 12 năm 2008 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về ${ended} hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n`;

  it('"… Luật Bảo hiểm xã hội về bảo hiểm thất nghiệp" ended by the circular guiding "… Luật Việc làm về bảo hiểm thất nghiệp": replaced', async () => {
    expect(await scopes(circular('bảo hiểm thất nghiệp'), '32/2010/TT-BLĐTBXH')).toEqual(['replaces/whole']);
  });

  it('look-alike: a circular that guided another matter of that law is only ended, repealed', async () => {
    expect(await scopes(circular('bảo hiểm xã hội tự nguyện'), '32/2010/TT-BLĐTBXH')).toEqual(['repeals/whole']);
  });
});

describe('an ended document\'s description that follows another document ("… theo Nghị quyết số …"), then "và" the next ended one', () => {
  const decision = (clause: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '23/2021/QĐ-TTg', 'Hà Nội, ngày 07 tháng 7 năm 2021')}QUYẾT ĐỊNH\nQuy định việc thực hiện một số chính sách hỗ trợ người lao động\nĐiều 45. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n${clause}\n`;

  it('"Bãi bỏ Quyết định số A … theo Nghị quyết số 42/NQ-CP … của Chính phủ và Quyết định số B …": B repealed too', async () => {
    const text = decision('2. Bãi bỏ Quyết định số 15/2020/QĐ-TTg ngày 24 tháng 4 năm 2020 của Thủ tướng Chính phủ quy định về việc thực hiện các chính sách hỗ trợ người dân gặp khó khăn do đại dịch COVID-19 theo Nghị quyết số 42/NQ-CP ngày 09 tháng 4 năm 2020 của Chính phủ và Quyết định số 32/2020/QĐ-TTg ngày 19 tháng 10 năm 2020 của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều của Quyết định số 15/2020/QĐ-TTg.');
    expect(await scopes(text, '32/2020/QĐ-TTg')).toEqual(['repeals/whole']);
    expect(await scopes(text, '42/NQ-CP')).toEqual(['cites']);
  });

  it('look-alike: after a semicolon, "…; các chế độ thực hiện theo Nghị quyết số … và Quyết định số B" is no object of the repeal', async () => {
    const text = decision('2. Bãi bỏ Quyết định số 15/2020/QĐ-TTg ngày 24 tháng 4 năm 2020; các chế độ thực hiện theo Nghị quyết số 42/NQ-CP ngày 09 tháng 4 năm 2020 của Chính phủ và Quyết định số 12/2019/QĐ-TTg.');
    expect(await scopes(text, '12/2019/QĐ-TTg')).toEqual(['cites']);
  });
});

describe('a plan\'s item that names the document to be issued by its type and matter', () => {
  const plan = (item: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '218/QĐ-TTg', 'Hà Nội, ngày 04 tháng 3 năm 2024')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Đất đai\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Đất đai.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nKẾ HOẠCH\nII. NỘI DUNG\n3. Xây dựng văn bản quy định chi tiết\n${item}\n- Thời gian ban hành: tháng 7 năm 2024.\n`;

  it('"c) Thông tư quy định về hồ sơ địa chính, thay thế Thông tư số A …": A is cited, nothing replaces it yet', async () => {
    expect(await scopes(plan('c) Thông tư quy định về hồ sơ địa chính, thay thế Thông tư số 23/2014/TT-BTNMT ngày 19 tháng 5 năm 2014 của Bộ trưởng Bộ Tài nguyên và Môi trường.'), '23/2014/TT-BTNMT')).toEqual(['cites']);
  });

  it('look-alike: an item of an acting article, "c) Thay thế Thông tư số A …", still replaces', async () => {
    const text = `${documentHeader('BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG', '10/2024/TT-BTNMT', 'Hà Nội, ngày 31 tháng 7 năm 2024')}THÔNG TƯ\nQuy định về hồ sơ địa chính\nĐiều 30. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01 tháng 8 năm 2024.\n2. Thông tư này thay thế các văn bản sau:\na) Thông tư số 23/2014/TT-BTNMT ngày 19 tháng 5 năm 2014 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định về Giấy chứng nhận;\nb) Thông tư số 24/2014/TT-BTNMT ngày 19 tháng 5 năm 2014 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định về hồ sơ địa chính.\n`;
    expect(await scopes(text, '24/2014/TT-BTNMT')).toEqual(['replaces/whole']);
  });
});

describe('a report on the documents that detail laws', () => {
  const report = (body: string): string =>
    `${documentHeader('BỘ TƯ PHÁP', '115/BC-BTP', 'Hà Nội, ngày 30 tháng 5 năm 2022')}BÁO CÁO\nTình hình ban hành văn bản quy định chi tiết thi hành luật\nKính gửi: Thủ tướng Chính phủ.\nI. KẾT QUẢ ĐẠT ĐƯỢC\n${body}\n`;

  it('"Luật … số A … đã được quy định chi tiết đầy đủ tại Nghị định số B": B guides A', async () => {
    const cs = await readCitations(report('2. Luật Thi hành án hình sự số 41/2019/QH14 có 12 nội dung giao quy định chi tiết, đến nay đã được quy định chi tiết đầy đủ tại Nghị định số 133/2020/NĐ-CP ngày 09 tháng 11 năm 2020 của Chính phủ.'));
    expect(reportsOf(cs)).toEqual(['133/2020/NĐ-CP guides 41/2019/QH14']);
  });

  it('a table "| Luật | … | Văn bản quy định chi tiết | Tình trạng |": the issued row\'s decree guides its law, the drafted row\'s nothing', async () => {
    const cs = await readCitations(report('| STT | Luật | Nội dung giao quy định chi tiết | Văn bản quy định chi tiết | Tình trạng |\n| 1 | Luật Xử lý vi phạm hành chính số 15/2012/QH13 | Điều 12, Điều 125 | Nghị định số 118/2021/NĐ-CP ngày 23/12/2021 | Đã ban hành |\n| 2 | Luật Phòng, chống ma túy số 73/2021/QH14 | Điều 21, Điều 33 | Nghị định số 105/2021/NĐ-CP | Chưa ban hành, đang thẩm định |'));
    expect(reportsOf(cs).filter((r) => r.includes('guides'))).toEqual(['118/2021/NĐ-CP guides 15/2012/QH13']);
  });
});

describe('no document reports an act on itself', () => {
  it('"… theo Luật Đấu thầu và các văn bản quy định chi tiết, hướng dẫn thực hiện Luật Đấu thầu" (phapluat8chude/0173.txt): no report that the law guides itself', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '22/2024/TT-BTC', 'Hà Nội, ngày 16 tháng 4 năm 2024')}THÔNG TƯ\nHướng dẫn lựa chọn nhà thầu qua mạng\nĐiều 5. Lựa chọn nhà thầu\nViệc lựa chọn nhà thầu thực hiện theo Luật Đấu thầu và các văn bản quy định chi tiết, hướng dẫn thực hiện Luật Đấu thầu; nội dung kế hoạch thực hiện theo Thông tư này.\n`;
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.text === 'Luật Đấu thầu').length).toBe(2);
    expect(reportsOf(cs)).toEqual([]);
  });

  it('look-alike: a decree\'s description still reports the law it details', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '22/2024/TT-BTC', 'Hà Nội, ngày 16 tháng 4 năm 2024')}THÔNG TƯ\nHướng dẫn lựa chọn nhà thầu qua mạng\nCăn cứ Nghị định số 24/2024/NĐ-CP ngày 27 tháng 02 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu;\n`;
    const cs = await readCitations(text);
    expect(cs.flatMap((c) => (c.asserted && c.asserted.relation !== 'cites' ? [`${(cs[c.asserted.subject] as (typeof cs)[number]).id} ${c.asserted.relation} ${c.id}`] : []))).toEqual(['vn:24/2024/NĐ-CP guides vn:luat:dau-thau']);
  });
});
