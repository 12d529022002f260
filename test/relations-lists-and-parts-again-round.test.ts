import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the fifty-seventh round (drafting-forms-lists-and-parts-again.json #1, #4, #11, #16, #19, #23, #29),
 * fixed on 2026-12-07 (twenty-sixth session); each case failed on 74d34e0, the look-alikes pass on both (but the table's, which
 * checks the row's own act too).
 */
const distinct = (xs: string[]): string[] => [...new Set(xs)];

describe('a report\'s table "| Thông tư ban hành | Văn bản bị tác động | Hình thức tác động |"', () => {
  const report = (rows: string): string =>
    `${documentHeader('NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM', '12/BC-NHNN', 'Hà Nội, ngày 15 tháng 01 năm 2025')}BÁO CÁO\nCông tác xây dựng văn bản quy phạm pháp luật năm 2024\nKính gửi: Bộ Tư pháp.\nNăm 2024, các thông tư có tác động đến văn bản khác như sau:\n| STT | Thông tư ban hành | Văn bản bị tác động | Hình thức tác động |\n${rows}\nNgân hàng Nhà nước Việt Nam báo cáo để Bộ Tư pháp tổng hợp./.\n`;

  it('each acted-on document was acted on by its row\'s circular, as the row says, a second one of a cell and one after its places too', async () => {
    const cs = await readCitations(report('| 1 | Thông tư số 10/2024/TT-NHNN | Thông tư số 35/2014/TT-NHNN | Bãi bỏ toàn bộ |\n| 2 | Thông tư số 15/2024/TT-NHNN | Thông tư số 22/2019/TT-NHNN; Thông tư số 08/2020/TT-NHNN | Thay thế |\n| 3 | Thông tư số 31/2024/TT-NHNN | Khoản 4 Điều 2 Thông tư số 39/2016/TT-NHNN | Bãi bỏ |'));
    expect(reportsOn(cs, '35/2014/TT-NHNN')).toEqual(['10/2024/TT-NHNN repeals 35/2014/TT-NHNN']);
    expect(reportsOn(cs, '22/2019/TT-NHNN')).toEqual(['15/2024/TT-NHNN replaces 22/2019/TT-NHNN']);
    expect(reportsOn(cs, '08/2020/TT-NHNN')).toEqual(['15/2024/TT-NHNN replaces 08/2020/TT-NHNN']);
    expect(reportsOn(cs, '39/2016/TT-NHNN')).toEqual(['31/2024/TT-NHNN repeals 39/2016/TT-NHNN']);
  });

  it('look-alike: a document the acted-on one\'s description names, after a verb, is no object of the row\'s act', async () => {
    const cs = await readCitations(report('| 1 | Thông tư số 10/2024/TT-NHNN | Thông tư số 35/2014/TT-NHNN hướng dẫn Nghị định số 88/2019/NĐ-CP | Bãi bỏ toàn bộ |'));
    expect(reportsOn(cs, '35/2014/TT-NHNN')).toEqual(['10/2024/TT-NHNN repeals 35/2014/TT-NHNN']);
    // (its title's guidance is told of it, no act of the row)
    expect(reportsOn(cs, '88/2019/NĐ-CP').filter((r) => !r.includes(' guides '))).toEqual([]);
  });
});

describe('"Điều 3. Đối với Nghị quyết số A …, bãi bỏ các quy định sau đây:"', () => {
  const resolution = (article: string): string =>
    `${documentHeader('ỦY BAN THƯỜNG VỤ QUỐC HỘI', '112/2025/UBTVQH15', 'Hà Nội, ngày 27 tháng 8 năm 2025')}NGHỊ QUYẾT\nBãi bỏ một số quy định của các Nghị quyết của Ủy ban Thường vụ Quốc hội\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\nQUYẾT NGHỊ:\n${article}\nĐiều 4. Nghị quyết này có hiệu lực thi hành kể từ ngày ký.\n`;

  it('repeals the places its points name', async () => {
    const cs = await readCitations(resolution('Điều 3. Đối với Nghị quyết số 1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về phân loại đô thị, bãi bỏ các quy định sau đây:\na) Khoản 4 Điều 4;\nb) Điều 8;\nc) Phụ lục 3.'));
    expect(headActs(cs, '1210/2016/UBTVQH13')).toEqual(['repeals/part']);
    expect(cs.find((c) => c.number === '1210/2016/UBTVQH13')?.scope?.part).toBe('Khoản 4 Điều 4; Điều 8; Phụ lục 3');
  });

  it('look-alike: provisions it keeps ("…, tiếp tục thực hiện các quy định sau đây:") are acted on by nothing', async () => {
    const cs = await readCitations(resolution('Điều 3. Đối với Nghị quyết số 1210/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc hội về phân loại đô thị, tiếp tục thực hiện các quy định sau đây:\na) Khoản 4 Điều 4;\nb) Điều 8.'));
    expect(headActs(cs, '1210/2016/UBTVQH13')).toEqual(['cites']);
  });
});

describe('a report\'s item whose two subjects are a document with its day and a part of another', () => {
  const report = (item: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH SƠN LA', '41/BC-UBND', 'Sơn La, ngày 25 tháng 01 năm 2024')}BÁO CÁO\nCông tác xây dựng văn bản quy phạm pháp luật năm 2023\nKính gửi: Bộ Tư pháp.\nTrong số các văn bản đã ban hành, có văn bản bãi bỏ văn bản trước đó, cụ thể:\n${item}\nỦy ban nhân dân tỉnh báo cáo./.\n`;

  it('"- Quyết định số A ngày … và khoản 2 Điều 4 Quyết định số B ngày … đã bị bãi bỏ tại Quyết định số C": C repealed both', async () => {
    const cs = await readCitations(report('- Quyết định số 12/2016/QĐ-UBND ngày 04/5/2016 và khoản 2 Điều 4 Quyết định số 09/2019/QĐ-UBND ngày 22/3/2019 đã bị bãi bỏ tại Quyết định số 27/2023/QĐ-UBND ngày 18/9/2023;'));
    expect(reportsOn(cs, '12/2016/QĐ-UBND')).toEqual(['27/2023/QĐ-UBND repeals 12/2016/QĐ-UBND']);
    expect(reportsOn(cs, '09/2019/QĐ-UBND')).toEqual(['27/2023/QĐ-UBND repeals 09/2019/QĐ-UBND']);
  });

  it('look-alike: in a Căn cứ line the status is the second document\'s only', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH SƠN LA', '30/2024/QĐ-UBND', 'Sơn La, ngày 25 tháng 01 năm 2024')}QUYẾT ĐỊNH\nBan hành Quy định quản lý nghĩa trang\nỦY BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Quyết định số 12/2016/QĐ-UBND ngày 04/5/2016 và khoản 2 Điều 4 Quyết định số 09/2019/QĐ-UBND ngày 22/3/2019 đã được sửa đổi tại Quyết định số 27/2023/QĐ-UBND ngày 18/9/2023;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý nghĩa trang.\n`;
    const cs = await readCitations(text);
    expect(reportsOn(cs, '12/2016/QĐ-UBND')).toEqual([]);
    expect(distinct(reportsOn(cs, '09/2019/QĐ-UBND'))).toEqual(['27/2023/QĐ-UBND amends 09/2019/QĐ-UBND']);
  });
});

describe('ending lists and tables: a part with a note, a part in a row\'s extent cell, a repeal in a row\'s own cell', () => {
  it('"Khoản 3 Điều 1 (quy định về …) Thông tư số A …" under "Các văn bản, quy định sau đây hết hiệu lực …:" ends that part', async () => {
    const text = `${documentHeader('NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM', '21/2025/TT-NHNN', 'Hà Nội, ngày 30 tháng 6 năm 2025')}THÔNG TƯ\nQuy định về hoạt động bao thanh toán của tổ chức tín dụng\nCăn cứ Luật Các tổ chức tín dụng số 32/2024/QH15;\nĐiều 30. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2025.\n2. Các văn bản, quy định sau đây hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành:\nThông tư số 02/2017/TT-NHNN ngày 17 tháng 5 năm 2017 của Thống đốc Ngân hàng Nhà nước Việt Nam quy định về hoạt động bao thanh toán;\nKhoản 3 Điều 1 (quy định về giới hạn bao thanh toán) Thông tư số 12/2021/TT-NHNN ngày 30 tháng 7 năm 2021 của Thống đốc Ngân hàng Nhà nước Việt Nam sửa đổi, bổ sung một số điều của các Thông tư quy định về giới hạn cấp tín dụng.\n`;
    const acts = headActs(await readCitations(text), '12/2021/TT-NHNN');
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatch(/^(?:replaces|repeals|amends)\/part$/u);
  });

  it('a row whose "Mức độ hết hiệu lực" cell reads "Một phần (Điều 8 về …)" ends a part; "Toàn bộ" the whole', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI', '18/2026/QĐ-UBND', 'Đồng Nai, ngày 20 tháng 3 năm 2026')}QUYẾT ĐỊNH\nBan hành Quy định quản lý hoạt động thoát nước\nỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động thoát nước.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026.\n2. Các văn bản sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực:\nSTT\nVăn bản\nCơ quan ban hành\nMức độ hết hiệu lực\n1\nQuyết định số 09/2020/QĐ-UBND ngày 10/4/2020 ban hành Quy định quản lý thoát nước\nUBND tỉnh Bình Phước\nToàn bộ\n2\nQuyết định số 44/2022/QĐ-UBND ngày 30/12/2022 ban hành Quy định phân cấp quản lý hạ tầng kỹ thuật đô thị\nUBND tỉnh Bình Phước\nMột phần (Điều 8 về phân cấp quản lý hệ thống thoát nước)\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '09/2020/QĐ-UBND').every((a) => a.endsWith('/whole'))).toBe(true);
    expect(headActs(cs, '44/2022/QĐ-UBND')).toHaveLength(1);
    expect(headActs(cs, '44/2022/QĐ-UBND')[0]).toMatch(/\/part$/u);
  });

  it('an amending act whose row says "Bãi bỏ" is repealed while its base, "Thay thế", is replaced', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '26/2021/TT-BGDĐT', 'Hà Nội, ngày 17 tháng 9 năm 2021')}THÔNG TƯ\nBan hành Quy chế thi chọn học sinh giỏi cấp quốc gia\nCăn cứ Luật Giáo dục số 43/2019/QH14;\nĐiều 1. Ban hành kèm theo Thông tư này Quy chế thi chọn học sinh giỏi cấp quốc gia.\nĐiều 2. Các văn bản nêu tại Phụ lục kèm theo Thông tư này hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành theo hình thức ghi tại cột “Hình thức”.\nPHỤ LỤC\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC\n(Kèm theo Thông tư này)\nSTT\nTên văn bản\nPhạm vi\nHình thức\n1\nThông tư số 56/2011/TT-BGDĐT ngày 25/11/2011 ban hành Quy chế thi chọn học sinh giỏi cấp quốc gia\nToàn bộ\nThay thế\n2\nThông tư số 22/2014/TT-BGDĐT ngày 09/7/2014 sửa đổi, bổ sung Điều 16 của Quy chế thi chọn học sinh giỏi cấp quốc gia\nToàn bộ\nBãi bỏ\n`;
    const cs = await readCitations(text);
    expect(distinct(headActs(cs, '56/2011/TT-BGDĐT'))).toEqual(['replaces/whole']);
    expect(distinct(headActs(cs, '22/2014/TT-BGDĐT'))).toEqual(['repeals/whole']);
  });
});

describe('"2. Kể từ ngày Quyết định này có hiệu lực, cụm từ “…” tại khoản 3 Điều 8 Quy định ban hành kèm theo Quyết định số A … được thay bằng cụm từ “…”."', () => {
  const decision = (clause: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH AN GIANG', '35/2025/QĐ-UBND', 'An Giang, ngày 18 tháng 12 năm 2025')}QUYẾT ĐỊNH\nBan hành Quy định quản lý hoạt động quảng cáo ngoài trời\nỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật Quảng cáo số 16/2012/QH13;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động quảng cáo ngoài trời.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.\n${clause}\n`;

  it('amends A in part', async () => {
    const cs = await readCitations(decision('2. Kể từ ngày Quyết định này có hiệu lực, cụm từ “Sở Văn hóa và Thể thao tỉnh Kiên Giang” tại khoản 3 Điều 8 Quy định về phân cấp quản lý biển hiệu ban hành kèm theo Quyết định số 21/2024/QĐ-UBND ngày 30 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Kiên Giang được thay bằng cụm từ “Sở Văn hóa, Thể thao và Du lịch”.'));
    expect(headActs(cs, '21/2024/QĐ-UBND')).toEqual(['amends/part']);
  });

  it('look-alike: the phrase as it stands in A, quoted with no replacement, amends nothing', async () => {
    const cs = await readCitations(decision('2. Kể từ ngày Quyết định này có hiệu lực, cụm từ “Sở Văn hóa và Thể thao tỉnh Kiên Giang” tại khoản 3 Điều 8 Quy định ban hành kèm theo Quyết định số 21/2024/QĐ-UBND ngày 30 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Kiên Giang được hiểu là Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang.'));
    expect(headActs(cs, '21/2024/QĐ-UBND')).toEqual(['cites']);
  });
});
