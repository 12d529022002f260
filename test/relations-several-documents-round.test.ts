import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From the twenty-second drafting round's tuning half (fixtures/relations/drafting-forms-several-documents.json, acts that end or
 * act on several documents at once). Each case failed on the code before its rule (877c217); the look-alikes pass on both.
 */
const decision = (issuer: string, number: string, body: string): string =>
  `${documentHeader(issuer, number, 'Tam Kỳ, ngày 04 tháng 10 năm 2010')}QUYẾT ĐỊNH\nBan hành Quy định về bồi thường, hỗ trợ và tái định cư\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về bồi thường, hỗ trợ và tái định cư.\n${body}`;
const province = (body: string): string => decision('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM', '21/2010/QĐ-UBND', body);

describe('a table of ended documents read one cell a line, with a column for how much of each ends', () => {
  const table = (cells: string): string =>
    province(`Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế các văn bản, phần văn bản nêu tại Phụ lục kèm theo Quyết định này.\nĐiều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Phước Thanh\nPHỤ LỤC\nDANH MỤC VĂN BẢN BỊ THAY THẾ\n(Kèm theo Quyết định của UBND tỉnh Quảng Nam ngày 04/10/2010)\nSTT\nSố, ký hiệu\nNgày ban hành\nTrích yếu\nPhần bị thay thế\n${cells}`);

  it('"thay thế các văn bản, phần văn bản nêu tại Phụ lục": rows "Toàn văn bản" replaced whole, a row "Điều 5 và Phụ lục 2" in part', async () => {
    const cs = await readCitations(table('1\n08/2007/QĐ-UBND\n12/3/2007\nBan hành Quy định về bồi thường, hỗ trợ và tái định cư\nToàn văn bản\n2\n33/2008/QĐ-UBND\n28/11/2008\nBan hành đơn giá bồi thường cây trồng, vật nuôi\nĐiều 5 và Phụ lục 2\n3\n04/2009/QĐ-UBND\n16/02/2009\nQuy định mức hỗ trợ ổn định đời sống\nToàn văn bản\n'));
    expect(headActs(cs, '08/2007/QĐ-UBND')).toEqual(['replaces/whole']);
    expect(headActs(cs, '04/2009/QĐ-UBND')).toEqual(['replaces/whole']);
    expect(headActs(cs, '33/2008/QĐ-UBND')[0]).toMatch(/^(?:replaces|amends)\/part$/u);
  });

  it('"DANH MỤC VĂN BẢN BỊ BÃI BỎ" grouped "I … TOÀN BỘ", "II … MỘT PHẦN", its column "Phạm vi bãi bỏ": the group\'s label is no row\'s cell', async () => {
    const cs = await readCitations(decision('BỘ TÀI CHÍNH', '95/2025/TT-BTC', 'Điều 2. Bãi bỏ các văn bản tại Phụ lục ban hành kèm theo Thông tư này.\nNơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nThứ trưởng\nPhụ lục\nDANH MỤC VĂN BẢN BỊ BÃI BỎ\nSTT\nTên loại, số, ký hiệu văn bản\nNgày ban hành\nTrích yếu nội dung\nPhạm vi bãi bỏ\nI\nVĂN BẢN BỊ BÃI BỎ TOÀN BỘ\n1\nThông tư số 03/2016/TT-BKHĐT\n05/5/2016\nQuy định mẫu văn bản báo cáo\nToàn bộ\nII\nVĂN BẢN BỊ BÃI BỎ MỘT PHẦN\n2\nThông tư số 09/2021/TT-BKHĐT\n16/11/2021\nHướng dẫn lựa chọn nhà đầu tư\nĐiều 5 và Phụ lục III\n'));
    expect(headActs(cs, '03/2016/TT-BKHĐT')).toEqual(['repeals/whole']);
    expect(headActs(cs, '09/2021/TT-BKHĐT')).toEqual(['repeals/part']);
  });

  it('look-alike: a table without such a column keeps its rows whole', async () => {
    const cs = await readCitations(table('').replace('Phần bị thay thế\n', 'Ghi chú\n').replace('các văn bản, phần văn bản nêu tại', 'các văn bản nêu tại') + '1\n08/2007/QĐ-UBND\n12/3/2007\nBan hành Quy định về bồi thường\nĐiều 5 và Phụ lục 2\n');
    expect(headActs(cs, '08/2007/QĐ-UBND')).toEqual(['replaces/whole']);
  });
});

describe('who ended a document: a department\'s document ended by the province is repealed, not succeeded', () => {
  it('"Quyết định số 512/QĐ-STNMT … hết hiệu lực" in the province\'s decision: repealed; the province\'s own predecessor replaced', async () => {
    const cs = await readCitations(province('Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký. Quyết định số 09/2008/QĐ-UBND ngày 12 tháng 3 năm 2008 của UBND tỉnh và Quyết định số 512/QĐ-STNMT ngày 20 tháng 5 năm 2009 của Giám đốc Sở Tài nguyên và Môi trường hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n'));
    expect(headActs(cs, '09/2008/QĐ-UBND')).toEqual(['replaces/whole']);
    expect(headActs(cs, '512/QĐ-STNMT')).toEqual(['repeals/whole']);
  });

  it('look-alike: a merged ministry\'s circular ended by the ministry that took over its functions is replaced, as every reviewer read it', async () => {
    const cs = await readCitations(decision('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH', '20/2026/TT-BVHTTDL', 'Điều 2. Thông tư này có hiệu lực từ ngày 01 tháng 7 năm 2026. Thông tư số 18/2021/TT-BTTTT ngày 30 tháng 11 năm 2021 của Bộ trưởng Bộ Thông tin và Truyền thông hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n').replace('QUYẾT ĐỊNH\nBan hành', 'THÔNG TƯ\nBan hành'));
    expect(headActs(cs, '18/2021/TT-BTTTT')).toEqual(['replaces/whole']);
  });
});

describe('tasks and lists of documents to be drafted act on nothing', () => {
  const decree = (body: string): string =>
    `${documentHeader('CHÍNH PHỦ', '41/2026/NĐ-CP', 'Hà Nội, ngày 10 tháng 02 năm 2026')}NGHỊ ĐỊNH\nBãi bỏ một số nghị định\nChính phủ ban hành Nghị định bãi bỏ một số nghị định.\n${body}`;

  it('"trình Chính phủ trong năm 2026 nghị định thay thế Nghị định số A": a task, A cited', async () => {
    const cs = await readCitations(decree('Điều 1. Bãi bỏ Nghị định số 63/2013/NĐ-CP ngày 27 tháng 6 năm 2013 của Chính phủ.\nĐiều 3. Tổ chức thực hiện\n1. Bộ Xây dựng chủ trì, phối hợp với các bộ, cơ quan liên quan rà soát, trình Chính phủ trong năm 2026 nghị định thay thế Nghị định số 32/2014/NĐ-CP ngày 22 tháng 4 năm 2014 của Chính phủ về quản lý, khai thác và bảo trì công trình đường cao tốc.\n'));
    expect(headActs(cs, '63/2013/NĐ-CP')).toEqual(['repeals/whole']);
    expect(headActs(cs, '32/2014/NĐ-CP')).toEqual(['cites']);
  });

  it('"Ban hành kèm theo Quyết định này Danh mục và phân công cơ quan chủ trì soạn thảo văn bản quy định chi tiết thi hành Luật …": the law is not guided', async () => {
    const ttg = (article: string): string => `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '1140/QĐ-TTg', 'Hà Nội, ngày 04 tháng 9 năm 2024')}QUYẾT ĐỊNH\nBan hành Danh mục\nTHỦ TƯỚNG CHÍNH PHỦ\nQUYẾT ĐỊNH:\n${article}\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n`;
    const list = await readCitations(ttg('Điều 1. Ban hành kèm theo Quyết định này Danh mục và phân công cơ quan chủ trì soạn thảo văn bản quy định chi tiết thi hành Luật Đường bộ số 35/2024/QH15.'));
    expect(headActs(list, '35/2024/QH15')).toEqual(['cites']);
    // look-alike: a regulation this decision issues details the law
    const own = await readCitations(ttg('Điều 1. Ban hành kèm theo Quyết định này Quy chế quy định chi tiết thi hành Luật Đường bộ số 35/2024/QH15.'));
    expect(headActs(own, '35/2024/QH15')).toEqual(['guides']);
  });
});

describe('what reports say other documents did', () => {
  const report = (line: string): string =>
    `${documentHeader('BỘ TƯ PHÁP', '96/BC-BTP', 'Hà Nội, ngày 28 tháng 3 năm 2023')}BÁO CÁO\nKết quả rà soát văn bản năm 2022\nI. KẾT QUẢ\n${line}\n`;

  it('"… ban hành Thông tư số B, theo đó Thông tư số A hết hiệu lực …": B replaced A (its own type and issuer), not repealed', async () => {
    const cs = await readCitations(report('- Bộ trưởng Bộ Tài chính ban hành Thông tư số 78/2021/TT-BTC, theo đó Thông tư số 68/2019/TT-BTC hết hiệu lực kể từ ngày 01 tháng 7 năm 2022;'));
    expect(reportsOf(cs)).toEqual(['78/2021/TT-BTC replaces 68/2019/TT-BTC']);
  });

  it('look-alike: "… theo đó bãi bỏ Thông tư số A" reports a repeal', async () => {
    const cs = await readCitations(report('- Bộ trưởng Bộ Tài chính ban hành Thông tư số 78/2021/TT-BTC, theo đó bãi bỏ Thông tư số 68/2019/TT-BTC kể từ ngày 01 tháng 7 năm 2022;'));
    expect(reportsOf(cs)).toEqual(['78/2021/TT-BTC repeals 68/2019/TT-BTC']);
  });

  it('"(đã được sửa đổi, bổ sung một số điều tại Nghị định số B)" after a replaced decree\'s date and issuer: B amended it', async () => {
    const cs = await readCitations(report('1. Ngày 30 tháng 12 năm 2024, Chính phủ ban hành Nghị định số 175/2024/NĐ-CP, có hiệu lực kể từ ngày ký ban hành và thay thế Nghị định số 15/2021/NĐ-CP ngày 03 tháng 3 năm 2021 của Chính phủ (đã được sửa đổi, bổ sung một số điều tại Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023).'));
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['175/2024/NĐ-CP replaces 15/2021/NĐ-CP', '35/2023/NĐ-CP amends 15/2021/NĐ-CP']));
  });

  it('"Được thay thế bởi Phụ lục ban hành kèm theo Thông tư số B" in a list of partly expired documents: B acted on that part', async () => {
    const cs = await readCitations(`${documentHeader('BỘ Y TẾ', '412/QĐ-BYT', 'Hà Nội, ngày 31 tháng 01 năm 2024')}QUYẾT ĐỊNH\nVề việc công bố Danh mục văn bản hết hiệu lực một phần năm 2023\nĐiều 1. Công bố kèm theo Quyết định này Danh mục văn bản hết hiệu lực một phần.\nPhụ lục\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN NĂM 2023\n| STT | Tên loại văn bản | Số, ký hiệu; ngày ban hành | Nội dung, quy định hết hiệu lực | Lý do hết hiệu lực | Ngày hết hiệu lực |\n| 1 | Thông tư | 30/2018/TT-BYT ngày 30/10/2018 | Phụ lục 01 | Được thay thế bởi Phụ lục ban hành kèm theo Thông tư số 20/2022/TT-BYT ngày 31/12/2022 | 01/3/2023 |\n`);
    expect(reportsOf(cs).filter((r) => r.includes('30/2018/TT-BYT'))).toEqual([expect.stringMatching(/^20\/2022\/TT-BYT (?:replaces|amends) 30\/2018\/TT-BYT$/u)]);
  });

  it('"B … sửa đổi, bổ sung, bãi bỏ một số điều của (Quy định ban hành kèm theo) Quyết định số A": B amended and repealed parts of A', async () => {
    const cs = await readCitations(report('- Quyết định số 04/2026/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung, bãi bỏ một số điều của Quy định ban hành kèm theo Quyết định số 12/2025/QĐ-UBND;'));
    expect(reportsOf(cs).sort()).toEqual(['04/2026/QĐ-UBND amends 12/2025/QĐ-UBND', '04/2026/QĐ-UBND repeals 12/2025/QĐ-UBND']);
    // look-alike: "sửa đổi, bổ sung" alone reports an amendment only
    const amended = await readCitations(report('- Quyết định số 04/2026/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quyết định số 12/2025/QĐ-UBND;'));
    expect(reportsOf(amended)).toEqual(['04/2026/QĐ-UBND amends 12/2025/QĐ-UBND']);
  });
});

describe('a report\'s act on two documents of one kind, the first with its subject', () => {
  const report = (line: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nHUYỆN THANH OAI', '58/BC-UBND', 'Thanh Oai, ngày 20 tháng 02 năm 2019')}BÁO CÁO\nKết quả hệ thống hóa văn bản quy phạm pháp luật\n2. Xử lý văn bản trong kỳ\n${line}\n`;

  it('"… ban hành Quyết định số B … bãi bỏ Quyết định số A1 ngày … về quản lý vỉa hè và Quyết định số A2 …": B repealed both', async () => {
    const cs = await readCitations(report('- Ủy ban nhân dân huyện đã ban hành Quyết định số 08/2018/QĐ-UBND ngày 12 tháng 10 năm 2018 bãi bỏ Quyết định số 02/2011/QĐ-UBND ngày 17 tháng 3 năm 2011 về quản lý vỉa hè và Quyết định số 05/2012/QĐ-UBND ngày 09 tháng 5 năm 2012 về quy tắc ứng xử nơi công cộng.'));
    expect(reportsOf(cs).sort()).toEqual(['08/2018/QĐ-UBND repeals 02/2011/QĐ-UBND', '08/2018/QĐ-UBND repeals 05/2012/QĐ-UBND']);
  });

  it('over the lines the subject wraps onto (phapluat8chude/0220.txt): "… sửa đổi, bổ sung một số điều của Thông tư số A … quy định về …\n… và\nThông tư số B … về việc hướng dẫn thi hành … Nghị định số C": B amended too, and B (not the actor) guides C', async () => {
    const text = `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', '12/KH-TCGDNN', 'Hà Nội, ngày 10 tháng 3 năm 2024')}KẾ HOẠCH\nTổ chức đánh giá kỹ năng nghề quốc gia năm 2024\nI. NỘI DUNG\nThực hiện khoản 5 Điều 12 Thông tư số 41/2019/TT-BLĐTBXH ngày 30/12/2019 của Bộ\ntrưởng Bộ Lao động - Thương binh và Xã hội sửa đổi, bổ sung một số điều của\nThông tư số 38/2015/TT-BLĐTBXH ngày 19/10/2015 quy định về chứng chỉ kỹ\nnăng nghề quốc gia, cấp và quản lý việc cấp chứng chỉ kỹ năng nghề quốc gia và\nThông tư số 19/2016/TT-BLĐTBXH ngày 28/6/2016 về việc hướng dẫn thi hành\nmột số điều của Nghị định số 31/2015/NĐ-CP ngày 24/3/2015 của Chính phủ.\n`;
    const cs = await readCitations(text);
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['41/2019/TT-BLĐTBXH amends 38/2015/TT-BLĐTBXH', '41/2019/TT-BLĐTBXH amends 19/2016/TT-BLĐTBXH', '19/2016/TT-BLĐTBXH guides 31/2015/NĐ-CP']));
    expect(reportsOf(cs)).not.toContain('41/2019/TT-BLĐTBXH guides 31/2015/NĐ-CP');
  });

  it('look-alike: after the subject a semicolon, not "và", the next document is no object of the act', async () => {
    const cs = await readCitations(report('- Ủy ban nhân dân huyện đã ban hành Quyết định số 08/2018/QĐ-UBND ngày 12 tháng 10 năm 2018 bãi bỏ Quyết định số 02/2011/QĐ-UBND ngày 17 tháng 3 năm 2011 về quản lý vỉa hè; Quyết định số 05/2012/QĐ-UBND ngày 09 tháng 5 năm 2012 về quy tắc ứng xử nơi công cộng vẫn còn hiệu lực.'));
    expect(reportsOf(cs)).toEqual(['08/2018/QĐ-UBND repeals 02/2011/QĐ-UBND']);
  });
});

describe('a suspension a report tells', () => {
  const report = (line: string): string =>
    `${documentHeader('CHÍNH PHỦ', '628/BC-CP', 'Hà Nội, ngày 20 tháng 10 năm 2025')}BÁO CÁO\nTình hình xử lý văn bản trái pháp luật năm 2025\nII. XỬ LÝ VĂN BẢN TRÁI PHÁP LUẬT\n${line}\n`;

  it('"Quyết định số B đình chỉ thi hành khoản 2 Điều 4 Quyết định số A": B suspended A (the verb was read as "thi hành")', async () => {
    const cs = await readCitations(report('2. Thủ tướng Chính phủ đã ban hành Quyết định số 1502/QĐ-TTg đình chỉ thi hành khoản 2 Điều 4 Quyết định số 27/2024/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Cà Mau.'));
    expect(reportsOf(cs)).toEqual(['1502/QĐ-TTg suspends 27/2024/QĐ-UBND']);
  });

  it('"… Quyết định số A đã bị đình chỉ thi hành theo Quyết định số B": B suspended A', async () => {
    const cs = await readCitations(report('2. Khoản 2 Điều 4 Quyết định số 27/2024/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Cà Mau đã bị đình chỉ thi hành theo Quyết định số 1502/QĐ-TTg.'));
    expect(reportsOf(cs)).toEqual(['1502/QĐ-TTg suspends 27/2024/QĐ-UBND']);
  });

  it('"Thủ tướng Chính phủ đã đình chỉ thi hành khoản 2 Điều 4 Quyết định số A … tại Quyết định số B" (every-kind round\'s tuning half): B suspended A', async () => {
    const cs = await readCitations(report('2. Thủ tướng Chính phủ đã đình chỉ thi hành khoản 2 Điều 4 Quyết định số 27/2024/QĐ-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Cà Mau tại Quyết định số 1502/QĐ-TTg.'));
    expect(reportsOf(cs)).toEqual(['1502/QĐ-TTg suspends 27/2024/QĐ-UBND']);
    const repealed = await readCitations(report('3. Ủy ban nhân dân tỉnh đã bãi bỏ Quyết định số 27/2024/QĐ-UBND ngày 12/8/2024 về quản lý chợ bằng Quyết định số 15/2025/QĐ-UBND.'));
    expect(reportsOf(repealed)).toEqual(['15/2025/QĐ-UBND repeals 27/2024/QĐ-UBND']);
  });

  it('a second act of the sentence after a semicolon, "…; bãi bỏ Quyết định số A bằng Quyết định số B" (the structure round\'s tuning half): B repealed A', async () => {
    const cs = await readCitations(report('UBND tỉnh đã ban hành Quyết định số 07/2016/QĐ-UBND thay thế Quyết định số 30/2012/QĐ-UBND; bãi bỏ Quyết định số 15/2013/QĐ-UBND bằng Quyết định số 22/2018/QĐ-UBND.'));
    expect(reportsOf(cs).sort()).toEqual(['07/2016/QĐ-UBND replaces 30/2012/QĐ-UBND', '22/2018/QĐ-UBND repeals 15/2013/QĐ-UBND']);
  });

  it('look-alike: in an acting document, "…; bãi bỏ Quyết định số A bằng …" is no report', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH', '30/2025/QĐ-UBND', 'Nam Định, ngày 10 tháng 3 năm 2025')}QUYẾT ĐỊNH\nVề việc bãi bỏ một số quyết định\nĐiều 1. Sửa đổi khoản 2 Điều 3 Quyết định số 07/2016/QĐ-UBND; bãi bỏ Quyết định số 15/2013/QĐ-UBND bằng Quyết định số 22/2018/QĐ-UBND.\n`;
    expect(reportsOf(await readCitations(text))).toEqual([]);
  });

  it('look-alike: "Bộ đã sửa đổi các quy định tại Thông tư số A" names no instrument: nothing reported', async () => {
    const cs = await readCitations(report('3. Bộ Giáo dục và Đào tạo đã sửa đổi các quy định tại Thông tư số 09/2023/TT-BGDĐT.'));
    expect(reportsOf(cs)).toEqual([]);
  });

  it('look-alike: "việc thi hành Quyết định số A theo Quyết định số B" reports nothing', async () => {
    const cs = await readCitations(report('2. Tổ chức việc thi hành Quyết định số 27/2024/QĐ-UBND theo Quyết định số 1502/QĐ-TTg.'));
    expect(reportsOf(cs)).toEqual([]);
  });
});

describe('lists whose items lose the verb', () => {
  const council = (article: string): string =>
    `${documentHeader('HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH', '42/2022/NQ-HĐND', 'Hà Tĩnh, ngày 16 tháng 7 năm 2022')}NGHỊ QUYẾT\nBãi bỏ một số nghị quyết\nQUYẾT NGHỊ:\n${article}\n`;

  it('"Bãi bỏ khoản 2 Điều 1 Nghị quyết số A …, Điều 3 Nghị quyết số B …, toàn bộ Nghị quyết số C … và Nghị quyết số D …": C and D repealed whole', async () => {
    const cs = await readCitations(council('Điều 1. Bãi bỏ khoản 2 Điều 1 Nghị quyết số 144/2015/NQ-HĐND ngày 16 tháng 7 năm 2015 của Hội đồng nhân dân tỉnh về chính sách hỗ trợ, Điều 3 và Điều 4 Nghị quyết số 23/2016/NQ-HĐND ngày 24 tháng 9 năm 2016 của Hội đồng nhân dân tỉnh quy định mức hỗ trợ, toàn bộ Nghị quyết số 89/2018/NQ-HĐND ngày 13 tháng 7 năm 2018 của Hội đồng nhân dân tỉnh về cơ chế lồng ghép nguồn vốn và Nghị quyết số 215/2020/NQ-HĐND ngày 09 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh sửa đổi, bổ sung Điều 2 Nghị quyết số 89/2018/NQ-HĐND.'));
    expect(headActs(cs, '144/2015/NQ-HĐND')).toEqual(['repeals/part']);
    expect(headActs(cs, '89/2018/NQ-HĐND')).toEqual(['repeals/whole']);
    expect(headActs(cs, '215/2020/NQ-HĐND')).toEqual(['repeals/whole']);
  });

  it('"… thay thế các quyết định sau đây …:\\n3. Điều 4 và Điều 5 của Quy chế … ban hành kèm theo Quyết định số A": A replaced (or amended) in part', async () => {
    const cs = await readCitations(decision('UBND TỈNH BẮC GIANG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', '215/QĐ-STNMT', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế các quyết định sau đây của Giám đốc Sở:\n1. Quyết định số 98/QĐ-STNMT ngày 12 tháng 4 năm 2017 ban hành Quy chế làm việc của Sở;\n2. Điều 4 và Điều 5 của Quy chế văn hóa công sở ban hành kèm theo Quyết định số 76/QĐ-STNMT ngày 05 tháng 3 năm 2019, nay được quy định tại Chương III Quy chế ban hành kèm theo Quyết định này.\n'));
    expect(headActs(cs, '98/QĐ-STNMT')).toEqual(['replaces/whole']);
    expect(headActs(cs, '76/QĐ-STNMT')[0]).toMatch(/^(?:replaces|amends)\/part$/u);
  });

  it('look-alike: an item with a verb of its own after "3. Thay thế cụm từ … sau đây:" ("4. Bỏ cụm từ … tại … Luật số A") repeals that part', async () => {
    const cs = await readCitations(`${documentHeader('QUỐC HỘI', '40/2019/QH14', 'Hà Nội, ngày 13 tháng 6 năm 2019')}LUẬT\nKIẾN TRÚC\nĐiều 39. Sửa đổi, bổ sung một số điều của các luật có liên quan đến hoạt động kiến trúc\n3. Thay thế cụm từ tại một số luật sau đây:\na) Thay thế cụm từ “công trình” bằng cụm từ “công trình kiến trúc” tại khoản 2 Điều 3 của Luật Nhà ở số 65/2014/QH13;\n4. Bỏ cụm từ “hoặc được tuyển chọn” tại điểm d khoản 1 Điều 22 của Luật Đấu thầu số 43/2013/QH13.\n`);
    expect(headActs(cs, '43/2013/QH13')).toEqual(['repeals/part']);
  });
});

describe('a dissolution succeeds nothing (the structure round\'s tuning half)', () => {
  const district = (article: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nHUYỆN CỦ CHI', '2190/QĐ-UBND', 'Củ Chi, ngày 10 tháng 5 năm 2022')}QUYẾT ĐỊNH\n${article}\nNơi nhận:\n- Lưu: VT.\n`;

  it('"Điều 1. Giải thể Ban Quản lý dự án … thành lập theo Quyết định số A …\\nĐiều 2. Quyết định số A … hết hiệu lực …": A repealed', async () => {
    const cs = await readCitations(district('Về việc giải thể Ban Quản lý dự án đầu tư xây dựng khu vực Tây Bắc huyện\nỦY BAN NHÂN DÂN HUYỆN CỦ CHI\nQUYẾT ĐỊNH:\nĐiều 1. Giải thể Ban Quản lý dự án đầu tư xây dựng khu vực Tây Bắc huyện được thành lập theo Quyết định số 356/QĐ-UBND ngày 04/02/2016 của UBND huyện.\nĐiều 2. Quyết định số 356/QĐ-UBND ngày 04/02/2016 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.'));
    expect(headActs(cs, '356/QĐ-UBND')).toEqual(['cites', 'repeals/whole']);
  });

  it('look-alike: a decision that re-establishes the board and ends the old decision with "hết hiệu lực" succeeds it', async () => {
    const cs = await readCitations(district('Về việc thành lập Ban Quản lý dự án đầu tư xây dựng khu vực Tây Bắc huyện\nỦY BAN NHÂN DÂN HUYỆN CỦ CHI\nQUYẾT ĐỊNH:\nĐiều 1. Thành lập Ban Quản lý dự án đầu tư xây dựng khu vực Tây Bắc huyện.\nĐiều 2. Quyết định số 356/QĐ-UBND ngày 04/02/2016 hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.'));
    expect(headActs(cs, '356/QĐ-UBND')).toEqual(['replaces/whole']);
  });
});

describe('"Nghị định này" in a document of another type is the decree the paragraph named (drafting-forms-documents\' tuning half)', () => {
  const letter = (paragraph: string): string =>
    `${documentHeader('VĂN PHÒNG CHÍNH PHỦ', '1020/VPCP-PL', 'Hà Nội, ngày 14 tháng 02 năm 2025')}V/v đính chính Nghị định số 168/2024/NĐ-CP\nKính gửi: Các bộ, cơ quan ngang bộ.\n${paragraph}\nVăn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

  it('"Các nội dung khác của Nghị định số A giữ nguyên. Nghị định này đã thay thế một phần Nghị định số B": A replaced B, reported', async () => {
    const cs = await readCitations(letter('Các nội dung khác của Nghị định số 168/2024/NĐ-CP giữ nguyên. Nghị định này đã thay thế một phần Nghị định số 100/2019/NĐ-CP kể từ ngày 01 tháng 01 năm 2025.'));
    expect(reportsOf(cs)).toEqual(['168/2024/NĐ-CP replaces 100/2019/NĐ-CP']);
    expect(cs.filter((c) => c.warnings.includes('this-of-another-type')).map((c) => c.number)).toEqual(['168/2024/NĐ-CP']);
  });

  it('look-alike: with two decrees named before it, "Nghị định này" stays unread', async () => {
    const cs = await readCitations(letter('Các nội dung khác của Nghị định số 168/2024/NĐ-CP và Nghị định số 123/2021/NĐ-CP giữ nguyên. Nghị định này đã thay thế một phần Nghị định số 100/2019/NĐ-CP.'));
    expect(cs.some((c) => c.warnings.includes('this-of-another-type'))).toBe(false);
  });

  it('look-alike: a decree\'s own "Nghị định này" is itself', async () => {
    const cs = await readCitations(`${documentHeader('CHÍNH PHỦ', '168/2024/NĐ-CP', 'Hà Nội, ngày 26 tháng 12 năm 2024')}NGHỊ ĐỊNH\nQuy định xử phạt vi phạm hành chính\nĐiều 1. Phạm vi điều chỉnh\nNghị định số 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính. Nghị định này quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông.\n`);
    expect(cs.some((c) => c.warnings.includes('this-of-another-type'))).toBe(false);
  });
});
