import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, relationsOf as acts, reportsOn } from './helpers/act-text.js';

/**
 * The forty-first round's tuning half (fixtures/relations/drafting-forms-verbs-without-acts.json, briefs round 41): the words of acts
 * said of documents the self document does not act on. Each case failed on the code before these rules (3a7af9b); the acts beside
 * them pass on both.
 */

describe('what a council or a plan asks to be considered or issued acts on nothing', () => {
  it('"2. Xem xét bãi bỏ Quyết định số A …" in a council\'s resolution on a supervision is a demand on the committee', async () => {
    const text = `${documentHeader('HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NINH', '35/NQ-HĐND', 'Bắc Ninh, ngày 12 tháng 12 năm 2016')}NGHỊ QUYẾT\nVề kết quả giám sát việc thực hiện chính sách hỗ trợ sản xuất nông nghiệp\nHỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH\nQUYẾT NGHỊ:\nĐiều 1. Tán thành báo cáo kết quả giám sát.\nĐiều 2. Yêu cầu Ủy ban nhân dân tỉnh:\n1. Khẩn trương rà soát, trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số 10/2014/NQ-HĐND tại kỳ họp cuối năm 2016.\n2. Xem xét bãi bỏ Quyết định số 21/2013/QĐ-UBND ngày 10 tháng 6 năm 2013 của Ủy ban nhân dân tỉnh về trình tự thẩm định hồ sơ hỗ trợ.\n`;
    const cs = await readCitations(text);
    expect(acts(cs, '21/2013/QĐ-UBND')).toEqual(['cites']);
    expect(acts(cs, '10/2014/NQ-HĐND')).toEqual(['cites']);
  });

  it('"d) Rà soát, trình Thủ tướng Chính phủ xem xét bãi bỏ Quyết định số A …" in a plan is a task', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '214/QĐ-TTg', 'Hà Nội, ngày 05 tháng 3 năm 2024')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Các tổ chức tín dụng\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Các tổ chức tín dụng.\nKẾ HOẠCH\n2. Rà soát văn bản\nd) Rà soát, trình Thủ tướng Chính phủ xem xét bãi bỏ Quyết định số 1058/QĐ-TTg ngày 19 tháng 7 năm 2017 trong trường hợp nội dung của Quyết định không còn phù hợp với Luật.\n`;
    expect(acts(await readCitations(text), '1058/QĐ-TTg')).toEqual(['cites']);
  });

  it('a table under "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT DỰ KIẾN BAN HÀNH NĂM 2017" names documents to come: "…, thay thế Quyết định số A" acts on nothing', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH', '412/QĐ-UBND', 'Bình Định, ngày 10 tháng 2 năm 2017')}QUYẾT ĐỊNH\nBan hành Danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2017\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật dự kiến ban hành năm 2017.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nCHỦ TỊCH\nHồ Quốc Dũng\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT DỰ KIẾN BAN HÀNH NĂM 2017\n(Kèm theo Quyết định của Ủy ban nhân dân tỉnh Bình Định)\n| STT | Tên văn bản | Cơ quan chủ trì | Thời gian trình |\n| 1 | Quyết định ban hành Quy định quản lý hoạt động khoáng sản trên địa bàn tỉnh, thay thế Quyết định số 22/2012/QĐ-UBND ngày 31/7/2012 | Sở Tài nguyên và Môi trường | Quý II |\n`;
    expect(acts(await readCitations(text), '22/2012/QĐ-UBND')).toEqual(['cites']);
  });

  it('an act beside them: "Điều 1. Bãi bỏ Quyết định số A" still repeals', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH', '15/2017/QĐ-UBND', 'Bình Định, ngày 10 tháng 2 năm 2017')}QUYẾT ĐỊNH\nBãi bỏ Quyết định số 22/2012/QĐ-UBND\nĐiều 1. Bãi bỏ Quyết định số 22/2012/QĐ-UBND ngày 31/7/2012 của Ủy ban nhân dân tỉnh. Xem xét bãi bỏ các quy định khác khi cần thiết.\n`;
    expect(headActs(await readCitations(text), '22/2012/QĐ-UBND')).toContain('repeals/whole');
  });
});

describe('an ended document restated as its sentence\'s subject', () => {
  it('"2. Viện dẫn làm căn cứ Nghị định số A … của Chính phủ, văn bản đã hết hiệu lực từ ngày … theo quy định tại Nghị định số B" reports B on A', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '1520/QĐ-TTg', 'Hà Nội, ngày 05 tháng 12 năm 2022')}QUYẾT ĐỊNH\nĐình chỉ việc thi hành một phần Nghị quyết số 15/2021/NQ-HĐND\nQUYẾT ĐỊNH:\nĐiều 1. Đình chỉ việc thi hành khoản 2 Điều 1 Nghị quyết số 15/2021/NQ-HĐND ngày 09 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh Bình Phước, vì các quy định này:\n1. Quy định mức thu học phí vượt khung học phí quy định tại Điều 9 Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ;\n2. Viện dẫn làm căn cứ Nghị định số 86/2015/NĐ-CP ngày 02 tháng 10 năm 2015 của Chính phủ, văn bản đã hết hiệu lực từ ngày 15 tháng 10 năm 2021 theo quy định tại Nghị định số 81/2021/NĐ-CP.\n`;
    const cs = await readCitations(text);
    expect(reportsOn(cs, '86/2015/NĐ-CP')).toHaveLength(1);
    expect(reportsOn(cs, '86/2015/NĐ-CP')[0]).toMatch(/^81\/2021\/NĐ-CP (?:replaces|repeals) 86\/2015\/NĐ-CP$/u);
    expect(acts(cs, '86/2015/NĐ-CP')).toEqual(['cites']);
  });
});

describe('two shapes of round 34\'s tuning half read the same way', () => {
  it('"b) Bộ … chủ trì xây dựng Nghị định quy định về giá đất, thay thế Nghị định số A …" names a decree to come: A is not replaced', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '222/QĐ-TTg', 'Hà Nội, ngày 05 tháng 3 năm 2024')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Đất đai\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Đất đai.\nKẾ HOẠCH\n1. Xây dựng văn bản quy định chi tiết\nb) Bộ Tài nguyên và Môi trường chủ trì xây dựng Nghị định quy định về giá đất, thay thế Nghị định số 44/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định về giá đất; trình Chính phủ trong tháng 6 năm 2024.\n`;
    expect(acts(await readCitations(text), '44/2014/NĐ-CP')).toEqual(['cites']);
  });

  it('look-alike: "1. Nghị quyết này quy định mức chi … cho công tác xây dựng văn bản quy phạm pháp luật …, thay thế Nghị quyết số A" is this resolution\'s own replacement', async () => {
    const text = `${documentHeader('HỘI ĐỒNG NHÂN DÂN\nTỈNH BẾN TRE', '15/2017/NQ-HĐND', 'Bến Tre, ngày 06 tháng 12 năm 2017')}NGHỊ QUYẾT\nQuy định mức chi bảo đảm cho công tác xây dựng văn bản quy phạm pháp luật\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Nghị quyết này quy định mức chi bảo đảm cho công tác xây dựng văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân các cấp trên địa bàn tỉnh Bến Tre, thay thế Nghị quyết số 22/2013/NQ-HĐND ngày 06 tháng 12 năm 2013 của Hội đồng nhân dân tỉnh.\n`;
    expect(headActs(await readCitations(text), '22/2013/NQ-HĐND')).toEqual(['replaces/whole']);
  });

  it('a letter quoting "“2. Thông tư này có hiệu lực thi hành kể từ ngày …; thay thế Thông tư số A …”" reports the quoted circular replacing A', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '1350/BTC-TCT', 'Hà Nội, ngày 10 tháng 2 năm 2022')}V/v văn bản áp dụng\nKính gửi: Cục Thuế các tỉnh, thành phố.\n1. Về văn bản áp dụng\nNgày 29 tháng 9 năm 2021, Bộ Tài chính đã ban hành Thông tư số 80/2021/TT-BTC. Tại khoản 2 Điều 91 Thông tư số 80/2021/TT-BTC quy định:\n“2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2022 và áp dụng đối với kỳ tính thuế từ ngày 01 tháng 01 năm 2022; thay thế Thông tư số 156/2013/TT-BTC ngày 06 tháng 11 năm 2013 của Bộ trưởng Bộ Tài chính …”.\n`;
    const cs = await readCitations(text);
    expect(reportsOn(cs, '156/2013/TT-BTC')).toEqual(['80/2021/TT-BTC replaces 156/2013/TT-BTC']);
    expect(acts(cs, '156/2013/TT-BTC')).toEqual(['cites']);
  });
});
