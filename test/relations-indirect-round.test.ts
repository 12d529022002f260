import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From the twenty-third drafting round's tuning half (fixtures/relations/drafting-forms-indirect.json, documents where the wording
 * is indirect). Each case failed on the code before its rule (717cf31); the look-alikes pass on both.
 */
const report = (issuer: string, number: string, body: string): string =>
  `${documentHeader(issuer, number, 'Hà Nội, ngày 25 tháng 3 năm 2021')}BÁO CÁO\nKết quả rà soát, hệ thống hóa văn bản\n${body}\n`;

describe('repealing lists and tables grouped by field', () => {
  it('a table read one cell a line under "Điều 1. Bãi bỏ toàn bộ …:", its groups labelled "I. LĨNH VỰC …": every row repealed', async () => {
    const cs = await readCitations(`${documentHeader('BỘ CÔNG THƯƠNG', '23/2019/TT-BCT', 'Hà Nội, ngày 08 tháng 11 năm 2019')}THÔNG TƯ\nBãi bỏ một số văn bản\nĐiều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây:\nSTT\nTên loại văn bản\nSố, ký hiệu; ngày, tháng, năm ban hành\nTrích yếu\nI. LĨNH VỰC THƯƠNG MẠI BIÊN GIỚI\n1\nThông tư\n52/2015/TT-BCT ngày 30/12/2015\nQuy định về quản lý chợ biên giới\nII. LĨNH VỰC ĐIỆN LỰC\n2\nThông tư\n41/2014/TT-BCT ngày 12/11/2014\nQuy định trình tự lập kế hoạch cung cấp điện\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 25 tháng 12 năm 2019./.\n`);
    expect(headActs(cs, '52/2015/TT-BCT')).toEqual(['repeals/whole']);
    expect(headActs(cs, '41/2014/TT-BCT')).toEqual(['repeals/whole']);
  });

  it('items under labels without a colon ("1. Lĩnh vực tài chính\\na) Quyết định số A …\\n2. Lĩnh vực nông nghiệp\\n- Quyết định số B …"): each repealed', async () => {
    const cs = await readCitations(`${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', '27/2022/QĐ-UBND', 'Bắc Giang, ngày 15 tháng 9 năm 2022')}QUYẾT ĐỊNH\nBãi bỏ một số văn bản\nĐiều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây:\n1. Lĩnh vực tài chính\na) Quyết định số 45/2014/QĐ-UBND ngày 24 tháng 01 năm 2014 của UBND tỉnh quy định mức thu phí trông giữ xe;\n2. Lĩnh vực nông nghiệp\n- Quyết định số 33/2015/QĐ-UBND ngày 30 tháng 01 năm 2015 của UBND tỉnh về cơ chế hỗ trợ phát triển sản xuất vải thiều.\nĐiều 2. Quyết định này có hiệu lực thi hành từ ngày 25 tháng 9 năm 2022.\n`);
    expect(headActs(cs, '45/2014/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(headActs(cs, '33/2015/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('"Quyết định số A … đã hết hiệu lực do hết thời hạn áp dụng": ended by its own term, not by this act (the article before repeals)', async () => {
    const cs = await readCitations(`${documentHeader('ỦY BAN NHÂN DÂN\nQUẬN NGÔ QUYỀN', '02/2016/QĐ-UBND', 'Ngô Quyền, ngày 10 tháng 3 năm 2016')}QUYẾT ĐỊNH\nBãi bỏ một số văn bản\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ Quyết định số 05/2012/QĐ-UBND ngày 10/02/2012 của Ủy ban nhân dân quận.\nĐiều 3. Quyết định số 01/2010/QĐ-UBND ngày 05/01/2010 của Ủy ban nhân dân quận về Kế hoạch chỉnh trang đô thị giai đoạn 2010 - 2015 đã hết hiệu lực do hết thời hạn áp dụng; giao Phòng Tư pháp quận cập nhật vào danh mục văn bản hết hiệu lực.\n`);
    expect(headActs(cs, '05/2012/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(headActs(cs, '01/2010/QĐ-UBND')).toEqual(['cites']);
  });

  it('"Các nội dung khác tại Quyết định số A … không được sửa đổi, bổ sung tại Quyết định này vẫn giữ nguyên": A not amended (the decision the article before amends is)', async () => {
    const cs = await readCitations(`${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH LONG AN', '43/2021/QĐ-UBND', 'Long An, ngày 10 tháng 9 năm 2021')}QUYẾT ĐỊNH\nSửa đổi Bảng giá đất\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung Bảng giá các loại đất ban hành kèm theo Quyết định số 74/2019/QĐ-UBND ngày 31/12/2019 của Ủy ban nhân dân tỉnh như sau: …\nĐiều 2. Các nội dung khác tại Quyết định số 32/2020/QĐ-UBND không được sửa đổi, bổ sung tại Quyết định này vẫn giữ nguyên hiệu lực thi hành.\n`);
    expect(headActs(cs, '74/2019/QĐ-UBND')).toEqual(['amends/part']);
    expect(headActs(cs, '32/2020/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('what reports and plans say other documents did', () => {
  it('"…; theo đó, các quy định … tại Nghị định số A và Nghị định số B hết hiệu lực …": the decree named before the semicolon replaced both', async () => {
    const cs = await readCitations(report('CHÍNH PHỦ', '25/BC-CP', 'I. KẾT QUẢ\n- Nghị định số 168/2024/NĐ-CP ngày 26 tháng 12 năm 2024 quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông; theo đó, các quy định về lĩnh vực giao thông đường bộ tại Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP hết hiệu lực kể từ ngày 01 tháng 01 năm 2025;'));
    expect(reportsOf(cs).sort()).toEqual(['168/2024/NĐ-CP replaces 100/2019/NĐ-CP', '168/2024/NĐ-CP replaces 123/2021/NĐ-CP']);
  });

  it('a table "| Văn bản được sửa đổi, bổ sung | Văn bản sửa đổi, bổ sung |": each row\'s second document amended its first', async () => {
    const cs = await readCitations(report('BỘ TƯ PHÁP', '156/BC-BTP', 'a) Văn bản được sửa đổi, bổ sung:\n| STT | Văn bản được sửa đổi, bổ sung | Văn bản sửa đổi, bổ sung | Ghi chú |\n| 1 | Thông tư số 01/2017/TT-BTP ngày 23/01/2017 quy định danh mục, mẫu giấy tờ | Thông tư số 03/2020/TT-BTP ngày 10/6/2020 | Thay thế 04 mẫu |'));
    expect(reportsOf(cs)).toEqual(['03/2020/TT-BTP amends 01/2017/TT-BTP']);
  });

  it('a column of acts of several kinds takes the row\'s ("… bãi bỏ Điều 8" in its note)', async () => {
    const cs = await readCitations(report('UBND TỈNH BẾN TRE\nSỞ TƯ PHÁP', '95/BC-STP', '| STT | Văn bản được sửa đổi, bổ sung, bãi bỏ một phần | Văn bản sửa đổi, bổ sung, bãi bỏ | Ghi chú |\n| 1 | Nghị quyết số 09/2020/NQ-HĐND ngày 10/7/2020 quy định mức chi | Nghị quyết số 18/2022/NQ-HĐND ngày 08/12/2022 | |\n| 2 | Quyết định số 44/2016/QĐ-UBND ngày 30/9/2016 về phân cấp quản lý | Quyết định số 05/2020/QĐ-UBND ngày 17/02/2020 | Quyết định số 05/2020/QĐ-UBND bãi bỏ Điều 8 |'));
    expect(reportsOf(cs).sort()).toEqual(['05/2020/QĐ-UBND repeals 44/2016/QĐ-UBND', '18/2022/NQ-HĐND amends 09/2020/NQ-HĐND']);
  });

  it('a Party regulation\'s title "… thi hành Chương VII và Chương VIII Điều lệ Đảng (đã được thay thế bởi Quy định số B …)": the regulation was replaced, not the Charter', async () => {
    const cs = await readCitations(`BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 171-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 20 tháng 8 năm 2024\nQUYẾT ĐỊNH\nvề việc bãi bỏ một số văn bản của Ban Bí thư\nĐiều 2. Các văn bản sau đây đã hết hiệu lực, không còn áp dụng:\n- Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII Điều lệ Đảng (đã được thay thế bởi Quy định số 22-QĐ/TW ngày 28/7/2021 của Ban Chấp hành Trung ương).\n`);
    expect(reportsOf(cs)).toEqual(['22-QĐ/TW replaces 30-QĐ/TW']);
  });

  it('a minister\'s plan "Nghị định quy định về …, thay thế Nghị định số A" names a decree to draft: A cited', async () => {
    const cs = await readCitations(`${documentHeader('BỘ NỘI VỤ', '712/QĐ-BNV', 'Hà Nội, ngày 15 tháng 7 năm 2025')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Cán bộ, công chức\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Cán bộ, công chức.\nKẾ HOẠCH\nII. NỘI DUNG\n2. Xây dựng văn bản quy định chi tiết\na) Nghị định quy định về tuyển dụng, sử dụng và quản lý công chức, thay thế Nghị định số 138/2020/NĐ-CP. Thời hạn trình: tháng 9/2025.\n`);
    expect(headActs(cs, '138/2020/NĐ-CP')).toEqual(['cites']);
  });
});
