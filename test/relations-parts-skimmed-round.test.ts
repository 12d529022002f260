import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * From the thirty-first drafting round's tuning half (fixtures/relations/drafting-forms-parts-skimmed.json, acts on parts and
 * reports a reader skims past). Each case failed on the code before its rule (c6cbdb3); the look-alikes pass on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

describe('"Sửa cụm từ “…” thành cụm từ “…” tại … Quyết định số …"', () => {
  const decision = (article: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '18/2025/QĐ-TTg', 'Hà Nội, ngày 10 tháng 6 năm 2025')}QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của các quyết định về gửi, nhận văn bản điện tử\nĐiều 1.\n${article}\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.\n`;

  it('amends the decision in part, as "Thay cụm từ" does', async () => {
    const text = decision('Sửa cụm từ “Bộ Kế hoạch và Đầu tư” thành cụm từ “Bộ Tài chính” tại điểm b khoản 1 Điều 8 Quyết định số 451/QĐ-TTg ngày 22 tháng 4 năm 2019 của Thủ tướng Chính phủ phê duyệt Đề án xây dựng Hệ thống thông tin báo cáo quốc gia.');
    expect(await scopes(text, '451/QĐ-TTg')).toEqual(['amends/part']);
  });

  it('look-alike: a task to correct the phrase ("Giao Văn phòng Chính phủ sửa cụm từ …") amends nothing', async () => {
    const text = decision('Giao Văn phòng Chính phủ rà soát, đề xuất sửa cụm từ “Bộ Kế hoạch và Đầu tư” tại Quyết định số 451/QĐ-TTg ngày 22 tháng 4 năm 2019 của Thủ tướng Chính phủ.');
    expect(await scopes(text, '451/QĐ-TTg')).toEqual(['cites']);
  });
});

describe('"Kể từ ngày …, khoản 3 Điều 11 Quy chế … ban hành kèm theo Quyết định số A được sửa đổi như sau:" in an effect article', () => {
  const decision = (clause: string): string =>
    `HUYỆN ỦY HẢI HẬU\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 356-QĐ/HU\nHải Hậu, ngày 14 tháng 3 năm 2023\nQUYẾT ĐỊNH\nban hành Quy định về chế độ thông tin, báo cáo trong Đảng bộ huyện\nBAN THƯỜNG VỤ HUYỆN ỦY QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về chế độ thông tin, báo cáo trong Đảng bộ huyện.\nĐiều 3. Quyết định này có hiệu lực từ ngày ký. ${clause}\n`;

  it('amends A in part', async () => {
    const text = decision('Kể từ ngày Quyết định này có hiệu lực, khoản 3 Điều 11 Quy chế làm việc của Ban Chấp hành Đảng bộ huyện ban hành kèm theo Quyết định số 05-QĐ/HU được sửa đổi như sau:\n“3. Định kỳ hằng tháng, quý, các tổ chức cơ sở đảng báo cáo Ban Thường vụ Huyện ủy.”');
    expect(await scopes(text, '05-QĐ/HU')).toEqual(['amends/part']);
  });

  it('look-alike: the regulation "được thực hiện theo" a decision is applied, not amended', async () => {
    const text = decision('Chế độ báo cáo của các tổ chức cơ sở đảng được thực hiện theo Quy chế làm việc ban hành kèm theo Quyết định số 05-QĐ/HU.');
    expect(await scopes(text, '05-QĐ/HU')).toEqual(['cites']);
  });
});

describe('reports in a review or a letter', () => {
  const report = (line: string): string => `TỈNH ỦY PHÚ THỌ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 245-BC/TU\nPhú Thọ, ngày 20 tháng 12 năm 2022\nBÁO CÁO\nKết quả rà soát văn bản của Tỉnh ủy năm 2022\n2. Một số văn bản hết hiệu lực\n${line}\n3. Đề xuất, kiến nghị\n`;

  it('"… đã được Ban Thường vụ Tỉnh ủy bãi bỏ tại Quyết định số B": a Party body named between "được" and the verb', async () => {
    const cs = await readCitations(report('- Chỉ thị số 12-CT/TU, ngày 05/8/2016 của Ban Thường vụ Tỉnh ủy về tăng cường quản lý đất đai đã được Ban Thường vụ Tỉnh ủy bãi bỏ tại Quyết định số 560-QĐ/TU, ngày 15/3/2022.'));
    expect(reportsOn(cs, '12-CT/TU')).toEqual(['560-QĐ/TU repeals 12-CT/TU']);
  });

  it('look-alike: "… đã được Ban Thường vụ Tỉnh ủy ban hành tại Hội nghị …" reports no act', async () => {
    const cs = await readCitations(report('- Chỉ thị số 12-CT/TU, ngày 05/8/2016 đã được Ban Thường vụ Tỉnh ủy quán triệt tại Hội nghị ngày 10/8/2016.'));
    expect(reportsOn(cs, '12-CT/TU')).toEqual([]);
  });

  const letter = (second: string): string => `NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\nSố: 8912/NHNN-CSTT\nHà Nội, ngày 15 tháng 11 năm 2023\nV/v áp dụng quy định cho vay\nKính gửi: Hiệp hội Ngân hàng Việt Nam\n2. Ngày 23/10/2023, Thống đốc NHNN đã ban hành Thông tư số 10/2023/TT-NHNN ngưng hiệu lực thi hành khoản 3 Điều 1 Thông tư số 06/2023/TT-NHNN; ${second}\n`;

  it('"… đã ban hành Thông tư số B ngưng hiệu lực … Thông tư số A; đồng thời bãi bỏ … Thông tư số A": both acts are B\'s, reported', async () => {
    const cs = await readCitations(letter('đồng thời bãi bỏ khoản 9 Điều 1 Thông tư số 06/2023/TT-NHNN.'));
    expect(reportsOn(cs, '06/2023/TT-NHNN').sort()).toEqual(['10/2023/TT-NHNN repeals 06/2023/TT-NHNN', '10/2023/TT-NHNN suspends 06/2023/TT-NHNN']);
  });

  it('look-alike: after a semicolon without "đồng thời", the next clause is no part of B\'s description', async () => {
    const cs = await readCitations(letter('các tổ chức tín dụng tiếp tục áp dụng khoản 9 Điều 1 Thông tư số 06/2023/TT-NHNN.'));
    expect(reportsOn(cs, '06/2023/TT-NHNN')).toEqual(['10/2023/TT-NHNN suspends 06/2023/TT-NHNN']);
  });
});

describe('"Loại bỏ", "Xóa bỏ" opening an item, their object a part of a document', () => {
  const circular = (item: string): string =>
    `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '14/2025/TT-BGDĐT', 'Hà Nội, ngày 20 tháng 6 năm 2025')}THÔNG TƯ\nQuy định về hồ sơ quản lý hoạt động giáo dục\nĐiều 5. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 05 tháng 8 năm 2025.\n2. Kể từ ngày Thông tư này có hiệu lực:\n${item}\n`;

  it('"b) Loại bỏ Mẫu số 04 khỏi Phụ lục ban hành kèm theo Thông tư số A" and "c) Xóa bỏ khoản 5 Điều 6 Thông tư số B" repeal a part', async () => {
    const text = circular('b) Loại bỏ Mẫu số 04 khỏi Phụ lục ban hành kèm theo Thông tư số 27/2020/TT-BGDĐT ngày 04 tháng 9 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định đánh giá học sinh tiểu học;\nc) Xoá bỏ khoản 5 Điều 6 Thông tư số 22/2021/TT-BGDĐT ngày 20 tháng 7 năm 2021 của Bộ trưởng Bộ Giáo dục và Đào tạo.');
    expect(await scopes(text, '27/2020/TT-BGDĐT')).toEqual(['repeals/part']);
    expect(await scopes(text, '22/2021/TT-BGDĐT')).toEqual(['repeals/part']);
  });

  it('look-alike: "Xóa bỏ tình trạng … theo Thông tư số A" removes no provision', async () => {
    const text = circular('b) Xóa bỏ tình trạng lạm thu trong nhà trường theo Thông tư số 27/2020/TT-BGDĐT ngày 04 tháng 9 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo.');
    expect(await scopes(text, '27/2020/TT-BGDĐT')).toEqual(['cites']);
  });
});

describe('a table one cell a line of the schedules this act adjusts, "Điều chỉnh mức thu tại Biểu phí … kèm theo các thông tư dưới đây như sau:"', () => {
  const circular = (head: string, effect = ''): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '47/2020/TT-BTC', 'Hà Nội, ngày 27 tháng 5 năm 2020')}THÔNG TƯ\nQuy định mức thu một số khoản phí, lệ phí nhằm hỗ trợ doanh nghiệp\nĐiều 1. Điều chỉnh mức thu\n${head}\nSTT\nKhoản phí, lệ phí\nVăn bản quy định\nMức thu điều chỉnh\n1\nLệ phí cấp giấy phép thành lập và hoạt động của ngân hàng\nThông tư số 150/2016/TT-BTC\nBằng 50% mức thu quy định\n2\nPhí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành\nThông tư số 33/2018/TT-BTC\nBằng 50% mức thu quy định\nĐiều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2020 đến hết ngày 31 tháng 12 năm 2020.\n${effect}`;

  it('each circular a row names is amended in part; named again in the effect article, where the old rates come back, it is cited', async () => {
    const cs = await readCitations(circular('Điều chỉnh mức thu tại Biểu phí, lệ phí ban hành kèm theo các thông tư dưới đây như sau:', '2. Kể từ ngày 01 tháng 01 năm 2021, mức thu phí, lệ phí thực hiện theo quy định tại Thông tư số 150/2016/TT-BTC và Thông tư số 33/2018/TT-BTC.\n'));
    expect(headActs(cs, '150/2016/TT-BTC')).toEqual(['amends/part', 'cites']);
    expect(headActs(cs, '33/2018/TT-BTC')).toEqual(['amends/part', 'cites']);
  });

  it('look-alike: a table of the schedules "áp dụng theo" the circulars below changes none of them', async () => {
    const cs = await readCitations(circular('Mức thu áp dụng theo Biểu phí, lệ phí ban hành kèm theo các thông tư dưới đây như sau:'));
    expect(headActs(cs, '150/2016/TT-BTC')).toEqual(['cites']);
  });

  it('look-alike: a table under "Giao Cục Quản lý giá nghiên cứu, điều chỉnh mức thu … kèm theo các thông tư sau:" is a task', async () => {
    const cs = await readCitations(circular('Giao Cục Quản lý giá nghiên cứu, điều chỉnh mức thu tại Biểu phí ban hành kèm theo các thông tư sau:'));
    expect(headActs(cs, '150/2016/TT-BTC')).toEqual(['cites']);
  });
});
