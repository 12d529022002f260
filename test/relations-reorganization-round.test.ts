import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, relationsOf as acts, reportsOn } from './helpers/act-text.js';

/**
 * The forty-second round's tuning half (fixtures/relations/drafting-forms-reorganization.json, briefs round 42: the 2025
 * reorganization's documents and the former bodies') and two shapes of round 41's it shares. Each case failed on the code before
 * these rules (970bf85); the look-alikes pass on both.
 */
const notice = (body: string): string =>
  `${documentHeader('UBND THÀNH PHỐ CẦN THƠ\nVĂN PHÒNG', '486/TB-VPUB', 'Cần Thơ, ngày 09 tháng 10 năm 2025')}THÔNG BÁO\nKết luận của Phó Chủ tịch Ủy ban nhân dân thành phố tại cuộc họp về xử lý văn bản quy phạm pháp luật của tỉnh Sóc Trăng, tỉnh Hậu Giang trước sắp xếp\nNgày 03/10/2025, đồng chí Phó Chủ tịch Ủy ban nhân dân thành phố chủ trì cuộc họp nghe Sở Tư pháp báo cáo kết quả rà soát văn bản theo Nghị quyết số 190/2025/QH15 của Quốc hội. Phó Chủ tịch Ủy ban nhân dân thành phố kết luận như sau:\n${body}\n`;

describe('a body\'s proposal answered in a notice of conclusions', () => {
  it('"3. Về đề xuất của Sở Tài chính tạm ngưng hiệu lực Quyết định số A …: không thống nhất" suspends nothing', async () => {
    const cs = await readCitations(notice('3. Về đề xuất của Sở Tài chính tạm ngưng hiệu lực Quyết định số 27/2024/QĐ-UBND ngày 28/8/2024 của Ủy ban nhân dân tỉnh Sóc Trăng về định mức sử dụng xe ô tô chuyên dùng: không thống nhất; tiếp tục thực hiện quyết định này cho đến khi có văn bản thay thế.'));
    expect(acts(cs, '27/2024/QĐ-UBND')).toEqual(['cites']);
  });

  it('an act beside it: "Điều 1. Tạm ngưng hiệu lực Quyết định số A …" on the proposal of a department still suspends', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ', '45/2025/QĐ-UBND', 'Cần Thơ, ngày 09 tháng 10 năm 2025')}QUYẾT ĐỊNH\nTạm ngưng hiệu lực Quyết định số 27/2024/QĐ-UBND\nTheo đề nghị của Giám đốc Sở Tài chính.\nQUYẾT ĐỊNH:\nĐiều 1. Tạm ngưng hiệu lực Quyết định số 27/2024/QĐ-UBND ngày 28/8/2024 của Ủy ban nhân dân tỉnh Sóc Trăng đến hết ngày 31/12/2025.\n`;
    expect(headActs(await readCitations(text), '27/2024/QĐ-UBND')).toContain('suspends/whole');
  });

  it('"1. Nghị định số A đã được sửa đổi, bổ sung một lần bởi Nghị định số B …" reports B on A (how many times said)', async () => {
    const cs = await readCitations(notice('1. Nghị định số 15/2018/NĐ-CP đã được sửa đổi, bổ sung một lần bởi Nghị định số 155/2018/NĐ-CP ngày 12 tháng 11 năm 2018, đã góp phần cải cách thủ tục kiểm tra chuyên ngành.'));
    expect(reportsOn(cs, '15/2018/NĐ-CP')).toEqual(['155/2018/NĐ-CP amends 15/2018/NĐ-CP']);
  });
});

describe('a repealing annex read one cell a line', () => {
  const decision = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH AN GIANG', '58/2025/QĐ-UBND', 'An Giang, ngày 20 tháng 11 năm 2025')}QUYẾT ĐỊNH\nBãi bỏ toàn bộ, bãi bỏ một phần một số văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh Kiên Giang trước sắp xếp\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ toàn bộ 02 văn bản và bãi bỏ một phần 01 văn bản quy phạm pháp luật (chi tiết tại Phụ lục kèm theo Quyết định này).\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHồ Văn Mừng\nPHỤ LỤC\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BỊ BÃI BỎ TOÀN BỘ, BÃI BỎ MỘT PHẦN\n(Kèm theo Quyết định của Ủy ban nhân dân tỉnh An Giang)\nSTT\nSố, ký hiệu\nNgày ban hành\nCơ quan ban hành, trích yếu\nNội dung bãi bỏ\nLý do\n1\n26/2016/QĐ-UBND\n15/7/2016\nUBND tỉnh Kiên Giang - Ban hành Quy chế phối hợp quản lý cụm công nghiệp\nToàn bộ\nCăn cứ ban hành đã hết hiệu lực\n2\n11/2021/QĐ-UBND\n30/3/2021\nUBND tỉnh Kiên Giang - Quy định phân cấp cấp giấy phép xây dựng\nToàn bộ\nKhông còn đối tượng\n3\n37/2022/QĐ-UBND\n12/10/2022\nUBND tỉnh Kiên Giang - Quy định quản lý hoạt động khai thác thủy sản ven bờ\nĐiều 8 và Điều 9\nNhiệm vụ đã kết thúc\n`;

  it('under a heading "… BỊ BÃI BỎ TOÀN BỘ, BÃI BỎ MỘT PHẦN", a row whose extent cell says "Toàn bộ" repeals the whole document', async () => {
    const cs = await readCitations(decision);
    expect(headActs(cs, '26/2016/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(headActs(cs, '11/2021/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('and a row whose extent cell names places repeals them', async () => {
    const cs = await readCitations(decision);
    expect(cs.filter((c) => c.number === '37/2022/QĐ-UBND' && c.role === 'head').map((c) => `${c.relation} ${c.scope?.part ?? ''}`)).toEqual(['repeals Điều 8 và Điều 9']);
  });
});
