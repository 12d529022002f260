import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes left in the tuning half of the fifty-fourth round (drafting-forms-guides-and-successors.json #5, #11, #12, #25), fixed on
 * 2026-12-07 (twenty-fifth session); each case failed on bc8540a, the look-alikes pass on both.
 */
describe('a scope article that lists the places it details, the document named after the list ("… \\ncủa Nghị định số A")', () => {
  const circular = (scope: string): string =>
    `${documentHeader('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '12/2025/TT-BNNMT')}THÔNG TƯ\nQuy định về mẫu báo cáo công tác bảo vệ môi trường\nCăn cứ Luật Bảo vệ môi trường số 72/2020/QH14;\nBộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư quy định về mẫu báo cáo công tác bảo vệ môi trường.\nĐiều 1. Phạm vi điều chỉnh\n${scope}\nĐiều 2. Đối tượng áp dụng\nThông tư này áp dụng đối với cơ quan quản lý nhà nước về môi trường.\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 7 năm 2025./.\n`;

  it('guides A', async () => {
    const cs = await readCitations(circular('Thông tư này quy định chi tiết:\n1. Khoản 4 Điều 97 về mẫu báo cáo công tác bảo vệ môi trường;\n2. Khoản 3 Điều 97 về yêu cầu kỹ thuật quan trắc nước thải tự động, liên tục\ncủa Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường.'));
    expect(headActs(cs, '08/2022/NĐ-CP')).toEqual(['guides']);
  });

  it('look-alike: a list of what the circular itself sets, closed by the rules it follows ("… theo quy định của Nghị định số A")', async () => {
    const cs = await readCitations(circular('Thông tư này quy định:\n1. Mẫu báo cáo công tác bảo vệ môi trường;\n2. Yêu cầu kỹ thuật quan trắc nước thải tự động, liên tục\ntheo quy định của Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ.'));
    expect(headActs(cs, '08/2022/NĐ-CP')).toEqual(['cites']);
  });
});

describe('the replacing document yet to come, a noun ("chưa có văn bản thay thế", "cho đến khi văn bản thay thế … có hiệu lực")', () => {
  const directive = (body: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '29/CT-TTg', 'Hà Nội, ngày 12 tháng 8 năm 2024')}CHỈ THỊ\nVề tăng cường quản lý thị trường vàng trong thời gian chưa ban hành\nvăn bản thay thế Nghị định số 24/2012/NĐ-CP\nThời gian qua, thị trường vàng trong nước có nhiều biến động.\nĐể ổn định thị trường vàng trong thời gian chưa ban hành văn bản thay thế, Thủ tướng Chính phủ yêu cầu:\n${body}\nThủ tướng Chính phủ yêu cầu các bộ nghiêm túc thực hiện Chỉ thị này./.\n`;

  it('"Trong thời gian chưa có văn bản thay thế, tiếp tục thực hiện nghiêm Nghị định số A" replaces nothing', async () => {
    const cs = await readCitations(directive('1. Ngân hàng Nhà nước Việt Nam:\nb) Trong thời gian chưa có văn bản thay thế, tiếp tục thực hiện nghiêm Nghị định số 24/2012/NĐ-CP ngày 03 tháng 4 năm 2012 của Chính phủ về quản lý hoạt động kinh doanh vàng.'));
    expect([...new Set(headActs(cs, '24/2012/NĐ-CP'))]).toEqual(['cites']);
  });

  it('"Chỉ thị này được áp dụng cho đến khi văn bản thay thế Nghị định số A có hiệu lực thi hành." replaces nothing', async () => {
    const cs = await readCitations(directive('Chỉ thị này được áp dụng cho đến khi văn bản thay thế Nghị định số 24/2012/NĐ-CP có hiệu lực thi hành.'));
    expect([...new Set(headActs(cs, '24/2012/NĐ-CP'))]).toEqual(['cites']);
  });

  it('look-alike: a decree that does replace ("Nghị định này thay thế Nghị định số A") still does', async () => {
    const cs = await readCitations(`${documentHeader('CHÍNH PHỦ', '232/2025/NĐ-CP', 'Hà Nội, ngày 26 tháng 8 năm 2025')}NGHỊ ĐỊNH\nVề quản lý hoạt động kinh doanh vàng\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định về quản lý hoạt động kinh doanh vàng.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về hoạt động kinh doanh vàng.\nĐiều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 10 tháng 10 năm 2025 và thay thế Nghị định số 24/2012/NĐ-CP ngày 03 tháng 4 năm 2012 của Chính phủ về quản lý hoạt động kinh doanh vàng./.\n`);
    expect(headActs(cs, '24/2012/NĐ-CP')).toEqual(['replaces/whole']);
  });
});

describe('a list of the contents given to others to detail ("Danh mục nội dung giao địa phương quy định chi tiết Luật …")', () => {
  it('the decision that issues it details none of the laws', async () => {
    const cs = await readCitations(`${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI', '1520/QĐ-UBND', 'Quảng Ngãi, ngày 12 tháng 8 năm 2024')}QUYẾT ĐỊNH\nBan hành Danh mục nội dung giao địa phương quy định chi tiết Luật Đất đai\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Luật Đất đai số 31/2024/QH15;\nTheo đề nghị của Giám đốc Sở Tư pháp.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục nội dung giao địa phương quy định chi tiết Luật Đất đai số 31/2024/QH15 và phân công cơ quan chủ trì soạn thảo.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n`);
    expect(headActs(cs, '31/2024/QH15').filter((a) => a !== 'basis')).toEqual(['cites']);
  });
});

describe('a table read one cell a line, then the text’s next item', () => {
  it('the last row ends where the next item opens ("…\\n01/01/2025\\n2. Văn bản hết hiệu lực do bị bãi bỏ: …"), and its report is read', async () => {
    const cs = await readCitations(`${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '12/BC-LĐTBXH', 'Hà Nội, ngày 10 tháng 01 năm 2025')}BÁO CÁO\nKết quả rà soát văn bản năm 2024\nKính gửi: Bộ Tư pháp.\nI. KẾT QUẢ RÀ SOÁT\n1. Văn bản hết hiệu lực do được thay thế bằng văn bản mới:\nSTT\nVăn bản bị thay thế\nVăn bản thay thế\nNgày hết hiệu lực\n1\nThông tư số 06/2019/TT-BLĐTBXH ngày 28/01/2019 về quản lý hệ thống thông tin thị trường lao động\nThông tư số 15/2024/TT-BLĐTBXH ngày 30/10/2024\n15/12/2024\n2\nThông tư số 23/2021/TT-BLĐTBXH ngày 30/12/2021 hướng dẫn hồ sơ đăng ký hợp đồng cung ứng lao động\nThông tư số 21/2024/TT-BLĐTBXH ngày 20/11/2024\n01/01/2025\n2. Văn bản hết hiệu lực do bị bãi bỏ: Thông tư số 11/2014/TT-BLĐTBXH ngày 25/4/2014 đã bị bãi bỏ bởi Thông tư số 08/2024/TT-BLĐTBXH ngày 29/7/2024.\nNơi nhận:\n- Lưu: VT.\n`);
    expect(reportsOn(cs, '23/2021/TT-BLĐTBXH')).toEqual(['21/2024/TT-BLĐTBXH replaces 23/2021/TT-BLĐTBXH']);
    expect(reportsOn(cs, '11/2014/TT-BLĐTBXH')).toEqual(['08/2024/TT-BLĐTBXH repeals 11/2014/TT-BLĐTBXH']);
  });

  it('a report in the Căn cứ lines takes no day from a table further on', async () => {
    const cs = await readCitations(`${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '12/BC-LĐTBXH', 'Hà Nội, ngày 10 tháng 01 năm 2025')}BÁO CÁO\nKết quả rà soát văn bản năm 2024\nKính gửi: Bộ Tư pháp.\nThực hiện Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ, được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP;\nBộ báo cáo như sau:\nSTT\nVăn bản bị thay thế\nVăn bản thay thế\nNgày hết hiệu lực\n1\nThông tư số 06/2019/TT-BLĐTBXH ngày 28/01/2019\nThông tư số 15/2024/TT-BLĐTBXH ngày 30/10/2024\n15/12/2024\nNơi nhận:\n- Lưu: VT.\n`);
    const c = cs.find((x) => x.number === '34/2016/NĐ-CP' && x.asserted?.relation === 'amends');
    expect(c?.asserted?.effective).toBeUndefined();
  });
});
