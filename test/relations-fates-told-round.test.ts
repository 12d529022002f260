import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes left in the tuning half of the fifty-third round (drafting-forms-fates-told.json: reports of what happened to other
 * documents), fixed on 2026-12-07 (twenty-fifth session); each report case failed on 212a5bb, the look-alikes pass on both.
 */
const report = (issuer: string, number: string, body: string): string =>
  `${documentHeader(issuer, number, 'Hà Nội, ngày 20 tháng 4 năm 2025')}BÁO CÁO\nKết quả rà soát văn bản quy phạm pháp luật\nKính gửi: Thủ tướng Chính phủ.\n${body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

describe('endings told in a footnote, in a status parenthesis, or of two documents joined by "và"', () => {
  it('"[2] Nghị định số A … và Nghị định số B … hết hiệu lực từ ngày … theo quy định tại … Nghị định số C." reports C ending both', async () => {
    const cs = await readCitations(report('BỘ TÀI CHÍNH', '132/BC-BTC', 'Hóa đơn điện tử được áp dụng bắt buộc[2].\n[2] Nghị định số 51/2010/NĐ-CP ngày 14/5/2010 và Nghị định số 04/2014/NĐ-CP ngày 17/01/2014 của Chính phủ quy định về hóa đơn bán hàng hóa, cung ứng dịch vụ hết hiệu lực từ ngày 01/7/2022 theo quy định tại khoản 2 Điều 60 Nghị định số 123/2020/NĐ-CP.'));
    expect(reportsOn(cs, '51/2010/NĐ-CP')).toEqual(['123/2020/NĐ-CP replaces 51/2010/NĐ-CP']);
    expect(reportsOn(cs, '04/2014/NĐ-CP')).toEqual(['123/2020/NĐ-CP replaces 04/2014/NĐ-CP']);
  });

  it('"… theo Nghị định số A ngày … của Chính phủ (đã hết hiệu lực theo Nghị định số B)" reports B ending A', async () => {
    const cs = await readCitations(report('BỘ CÔNG AN', '45/BC-BCA', 'Lực lượng bảo vệ dân phố tổ chức theo Nghị định số 38/2006/NĐ-CP ngày 17/4/2006 của Chính phủ (đã hết hiệu lực theo Nghị định số 40/2024/NĐ-CP).'));
    expect(reportsOn(cs, '38/2006/NĐ-CP')).toEqual(['40/2024/NĐ-CP replaces 38/2006/NĐ-CP']);
  });

  it('look-alike: a parenthesis that only says the document expired ("(đã hết hiệu lực)") reports no actor', async () => {
    const cs = await readCitations(report('BỘ CÔNG AN', '45/BC-BCA', 'Lực lượng bảo vệ dân phố tổ chức theo Nghị định số 38/2006/NĐ-CP ngày 17/4/2006 của Chính phủ (đã hết hiệu lực), nay thực hiện theo Nghị định số 40/2024/NĐ-CP.'));
    expect(reportsOn(cs, '38/2006/NĐ-CP')).toEqual([]);
  });

  it('"Hết hiệu lực theo lộ trình quy định tại … Thông tư số B" on a row of a published list reports B ending the row’s document, not the one its title names', async () => {
    const cs = await readCitations(`${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '245/QĐ-BGDĐT', 'Hà Nội, ngày 20 tháng 01 năm 2025')}QUYẾT ĐỊNH\nCông bố Danh mục văn bản hết hiệu lực năm 2024\nĐiều 1. Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2024.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nNơi nhận:\n- Lưu: VT.\nBỘ TRƯỞNG\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ NĂM 2024\nSTT\nTên loại văn bản\nSố, ký hiệu; ngày, tháng, năm ban hành\nTên gọi của văn bản\nLý do hết hiệu lực\nNgày hết hiệu lực\n1\nThông tư\n58/2011/TT-BGDĐT ngày 12/12/2011\nBan hành Quy chế đánh giá, xếp loại học sinh\nHết hiệu lực theo lộ trình quy định tại khoản 2 Điều 22 Thông tư số 22/2021/TT-BGDĐT\n05/9/2024\n2\nThông tư\n26/2020/TT-BGDĐT ngày 26/8/2020\nSửa đổi, bổ sung một số điều của Quy chế đánh giá, xếp loại học sinh ban hành kèm theo Thông tư số 58/2011/TT-BGDĐT\nHết hiệu lực theo lộ trình quy định tại khoản 2 Điều 22 Thông tư số 22/2021/TT-BGDĐT\n05/9/2024\n`);
    expect(reportsOn(cs, '26/2020/TT-BGDĐT')).toEqual(['22/2021/TT-BGDĐT replaces 26/2020/TT-BGDĐT']);
    expect(reportsOn(cs, '58/2011/TT-BGDĐT')).toEqual(['22/2021/TT-BGDĐT replaces 58/2011/TT-BGDĐT']);
  });
});

describe('a second status of the same document ("…, sau đó bị bãi bỏ theo …", "…; được thay thế bởi …")', () => {
  it('"đã bị đình chỉ thi hành theo Quyết định số B …, sau đó bị bãi bỏ theo Nghị quyết số C" reports both on A', async () => {
    const cs = await readCitations(report('BỘ TƯ PHÁP', '98/BC-BTP', '1. Khoản 2 Điều 3 Nghị quyết số 15/2022/NQ-HĐND ngày 10/12/2022 của Hội đồng nhân dân tỉnh Bình Phước quy định mức thu học phí đã bị đình chỉ thi hành theo Quyết định số 1187/QĐ-TTg ngày 12/10/2023 của Thủ tướng Chính phủ, sau đó bị bãi bỏ theo Nghị quyết số 896/NQ-UBTVQH15 ngày 15/12/2023 của Ủy ban Thường vụ Quốc hội.'));
    expect(reportsOn(cs, '15/2022/NQ-HĐND').sort()).toEqual(['1187/QĐ-TTg suspends 15/2022/NQ-HĐND', '896/NQ-UBTVQH15 repeals 15/2022/NQ-HĐND']);
    expect(reportsOn(cs, '1187/QĐ-TTg')).toEqual([]);
  });

  it('a row’s cell "Đã được sửa đổi, bổ sung bởi Nghị định số B; được thay thế bởi Nghị định số C" reports both on the row’s document', async () => {
    const cs = await readCitations(report('QUỐC HỘI KHÓA XV\nỦY BAN KINH TẾ', '3105/BC-UBKT15', 'I. TÌNH TRẠNG CÁC VĂN BẢN\nSTT\nVăn bản\nTình trạng\n1\nNghị định số 100/2015/NĐ-CP về phát triển và quản lý nhà ở xã hội\nĐã được sửa đổi, bổ sung bởi Nghị định số 49/2021/NĐ-CP; được thay thế bởi Nghị định số 100/2024/NĐ-CP ngày 26/7/2024\n'));
    expect(reportsOn(cs, '100/2015/NĐ-CP').sort()).toEqual(['100/2024/NĐ-CP replaces 100/2015/NĐ-CP', '49/2021/NĐ-CP amends 100/2015/NĐ-CP']);
    expect(reportsOn(cs, '49/2021/NĐ-CP')).toEqual([]);
  });
});

describe('tables of status with a column of the acting documents', () => {
  const table = (header: string, row: string): string => report('UBND TỈNH BÌNH ĐỊNH\nSỞ TƯ PHÁP', '18/BC-STP', `I. KẾT QUẢ RÀ SOÁT\n| STT | Văn bản được rà soát | Tình trạng hiệu lực | ${header} |\n|---|---|---|---|\n${row}\n`);

  it('"| Hết hiệu lực toàn bộ | Quyết định số B |" under "Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ / lý do" reports B ending the row’s document', async () => {
    const cs = await readCitations(table('Văn bản sửa đổi, bổ sung, thay thế, bãi bỏ / lý do', '| 1 | Quyết định số 33/2020/QĐ-UBND ngày 22/6/2020 quy định giá dịch vụ thu gom rác thải | Hết hiệu lực toàn bộ | Quyết định số 18/2022/QĐ-UBND ngày 30/5/2022 |'));
    expect(reportsOn(cs, '33/2020/QĐ-UBND')).toEqual(['18/2022/QĐ-UBND repeals 33/2020/QĐ-UBND']);
  });

  it('the acting cell’s own verb wins over the status ("Hết hiệu lực toàn bộ | Được thay thế bởi Quyết định số B"): one report, replaced', async () => {
    const cs = await readCitations(table('Văn bản sửa đổi, bổ sung, thay thế', '| 1 | Quyết định số 12/2017/QĐ-UBND ngày 20/3/2017 ban hành Quy định quản lý cụm công nghiệp | Hết hiệu lực toàn bộ | Được thay thế bởi Quyết định số 41/2022/QĐ-UBND ngày 15/8/2022 |'));
    expect(reportsOn(cs, '12/2017/QĐ-UBND')).toEqual(['41/2022/QĐ-UBND replaces 12/2017/QĐ-UBND']);
  });

  it('look-alike: a document in force with no acting document reports nothing', async () => {
    const cs = await readCitations(table('Văn bản sửa đổi, bổ sung, thay thế', '| 1 | Nghị định số 120/2016/NĐ-CP ngày 23/8/2016 về phí và lệ phí | Còn hiệu lực | Không |'));
    expect(reportsOn(cs, '120/2016/NĐ-CP')).toEqual([]);
  });
});

describe('an approved plan adjusted, told in a parenthesis ("(được điều chỉnh tại Quyết định số B …)")', () => {
  it('reports B amending A', async () => {
    const cs = await readCitations(report('ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU PHONG', '68/BC-UBND', 'Vùng sản xuất lúa chất lượng cao của huyện được phê duyệt tại Quyết định số 1720/QĐ-UBND ngày 12/7/2021 của Ủy ban nhân dân huyện (được điều chỉnh tại Quyết định số 2315/QĐ-UBND ngày 20/9/2022), với tổng diện tích 2.150 ha.'));
    expect(reportsOn(cs, '1720/QĐ-UBND')).toEqual(['2315/QĐ-UBND amends 1720/QĐ-UBND']);
  });

  it('look-alike: "(được điều chỉnh bởi Bộ luật …)" is what governs a matter, no act', async () => {
    const cs = await readCitations(report('ỦY BAN NHÂN DÂN\nHUYỆN TRIỆU PHONG', '68/BC-UBND', 'Hợp đồng thuê đất thực hiện theo Quyết định số 1720/QĐ-UBND ngày 12/7/2021 của Ủy ban nhân dân huyện (được điều chỉnh bởi Bộ luật Dân sự số 91/2015/QH13).'));
    expect(reportsOn(cs, '1720/QĐ-UBND')).toEqual([]);
  });
});

describe('a letter that answers an enquiry tells what applies; it ends nothing', () => {
  const answer = (subject: string, sentence: string): string =>
    `ỦY BAN NHÂN DÂN\nPHƯỜNG BẾN THÀNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 215/UBND-KT\nV/v ${subject}\nPhường Bến Thành, ngày 18 tháng 8 năm 2025\n\nKính gửi: Hộ kinh doanh Trần Thị Mỹ Linh.\n\nỦy ban nhân dân phường nhận được đơn kiến nghị của Hộ kinh doanh. Về nội dung này, Ủy ban nhân dân phường có ý kiến như sau:\n1. ${sentence}\n2. Hộ kinh doanh lập hồ sơ theo quy định tại Quyết định số 32/2023/QĐ-UBND.\nỦy ban nhân dân phường trả lời để Hộ kinh doanh biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

  it('"Văn bản số A … không còn áp dụng kể từ ngày 01/7/2025." in a reply is a status told, no act', async () => {
    const cs = await readCitations(answer('trả lời kiến nghị về sử dụng tạm thời hè phố', 'Văn bản số 1820/UBND-QLĐT ngày 05/9/2023 của Ủy ban nhân dân Quận 1 hướng dẫn thủ tục chấp thuận sử dụng hè phố không còn áp dụng kể từ ngày 01/7/2025.'));
    expect(headActs(cs, '1820/UBND-QLĐT')).toEqual(['cites']);
  });

  it('look-alike: a reply that names itself the actor ("Công văn này thay thế Công văn số A") still replaces A', async () => {
    const cs = await readCitations(answer('trả lời kiến nghị về sử dụng tạm thời hè phố', 'Công văn này thay thế Công văn số 198/UBND-KT ngày 05/8/2025 của Ủy ban nhân dân phường Bến Thành.'));
    expect(headActs(cs, '198/UBND-KT')).toEqual(['replaces/whole']);
  });
});

/** From a spent held half (drafting-forms-reports-and-acts-heldout.json #4, #11, read since it was spent); failed on a455193. */
describe('a footnote marked with a superscript numeral ("¹ Thông tư số A … đã hết hiệu lực … theo quy định tại Thông tư số B.")', () => {
  it('reports B ending A', async () => {
    const cs = await readCitations(`${documentHeader('BỘ Y TẾ', '07/2026/TT-BYT', 'Hà Nội, ngày 10 tháng 3 năm 2026')}THÔNG TƯ\nQuy định về đấu thầu thuốc\nCăn cứ Luật Dược số 105/2016/QH13;\nĐiều 1. Hợp đồng cung ứng thuốc ký trước ngày 01 tháng 3 năm 2023 theo danh mục ban hành kèm theo Thông tư số 30/2018/TT-BYT¹ được tiếp tục thực hiện.\nĐiều 2. Thông tư này có hiệu lực từ ngày 01 tháng 5 năm 2026./.\n¹ Thông tư số 30/2018/TT-BYT ngày 30 tháng 10 năm 2018 của Bộ trưởng Bộ Y tế đã hết hiệu lực kể từ ngày 01 tháng 3 năm 2023 theo quy định tại Thông tư số 20/2022/TT-BYT.\n`);
    expect(reportsOn(cs, '30/2018/TT-BYT')).toEqual(['20/2022/TT-BYT replaces 30/2018/TT-BYT']);
  });
});

/** From a spent held half (drafting-forms-guides-and-followers-heldout.json #22, read since it was spent); failed on 92ba593. */
describe('a report’s table of delegated contents ("| Văn bản giao | Nội dung giao | Văn bản của tỉnh quy định chi tiết | Tình trạng |")', () => {
  const table = (row: string): string => report('UBND TỈNH BẾN TRE\nSỞ TƯ PHÁP', '186/BC-STP', `I. KẾT QUẢ BAN HÀNH VĂN BẢN QUY ĐỊNH CHI TIẾT\n| STT | Văn bản giao | Nội dung giao | Văn bản của tỉnh quy định chi tiết | Tình trạng |\n${row}\n`);

  it('reports the local act guiding the delegating document of its row', async () => {
    const cs = await readCitations(table('| 1 | Nghị định số 105/2020/NĐ-CP | Điều 7, Điều 8 | Nghị quyết số 06/2021/NQ-HĐND ngày 20/7/2021 của HĐND tỉnh | Đã ban hành, đang có hiệu lực |'));
    expect(reportsOn(cs, '105/2020/NĐ-CP')).toEqual(['06/2021/NQ-HĐND guides 105/2020/NĐ-CP']);
  });

  it('look-alike: a row whose local act is still a draft reports nothing', async () => {
    const cs = await readCitations(table('| 1 | Nghị định số 105/2020/NĐ-CP | Điều 7, Điều 8 | Dự thảo Nghị quyết thay thế Nghị quyết số 06/2021/NQ-HĐND | Chưa ban hành |'));
    expect(reportsOn(cs, '105/2020/NĐ-CP')).toEqual([]);
  });
});
