import { describe, expect, it } from 'vitest';
import { readCitations } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * The self document's acts at each mention that states them (issue 16; fixtures/relations/mentions-tuning.json): a title's
 * second clause, the enacting formula's later objects, a regulation or list "ban hành kèm theo" a document, a guidance's
 * chapeau. Each case failed on the code before its rule; the look-alikes beside them pass on both, but one: a title's "… và bãi bỏ
 * một số thủ tục theo Nghị quyết số …" was read as amending and repealing the resolution the act follows, before the guard on "theo".
 */
const PROVINCE = 'ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';
const MINISTRY = (name: string): string => `${name}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n`;
const read = readCitations;
/** The acts of every mention of `number`, in order: "relation(+also)". */
const actsOf = (cs: readonly Citation[], number: string): string[] => cs.filter((c) => c.number === number).map((c) => [c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)].join('+'));

describe("a title's acts", () => {
  const decision = (title: string, articles: string): string =>
    `${PROVINCE}Số: 44/2023/QĐ-UBND\nBến Tre, ngày 18 tháng 10 năm 2023\nQUYẾT ĐỊNH\n${title}\nỦY BAN NHÂN DÂN TỈNH BẾN TRE\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${articles}\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n`;

  it('"Về sửa đổi, bổ sung Quy chế … ban hành kèm theo Quyết định số A": the title amends A (as "Về việc …" does)', async () => {
    const cs = await read(decision('Về sửa đổi, bổ sung Quy chế quản lý chợ ban hành kèm theo Quyết định số 07/2016/QĐ-UBND ngày 30 tháng 9 năm 2016 của Ủy ban nhân dân tỉnh', 'Điều 1. Sửa đổi, bổ sung Quy chế như sau:\n- Sửa đổi Điều 5: “Điều 5. …”.\nĐiều 2. Các nội dung khác giữ nguyên.'));
    // (the body's bare "Quy chế" after the amending verbs is the title's regulation too, since 2026-12-07)
    expect(actsOf(cs, '07/2016/QĐ-UBND')).toEqual(['amends', 'amends']);
  });

  it('"Sửa đổi Điều 5 Quyết định số A và đính chính Quyết định số B": the second clause corrects B', async () => {
    const cs = await read(decision('Sửa đổi Điều 5 Quyết định số 17/2021/QĐ-UBND và đính chính Quyết định số 30/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Bến Tre', 'Điều 1. Sửa đổi Điều 5 Quyết định số 17/2021/QĐ-UBND như sau: “…”.\nĐiều 2. Đính chính khoản 2 Điều 3 Quyết định số 30/2023/QĐ-UBND: “ngày 01/10/2023” thành “ngày 10/10/2023”.'));
    expect(actsOf(cs, '30/2023/QĐ-UBND')).toEqual(['corrects', 'corrects']);
  });

  it('a title in capitals: "… VÀ BÃI BỎ Quyết định số B" repeals B', async () => {
    const cs = await read(decision('SỬA ĐỔI ĐIỀU 5 QUYẾT ĐỊNH SỐ 17/2021/QĐ-UBND VÀ BÃI BỎ Quyết định số 30/2023/QĐ-UBND', 'Điều 1. Sửa đổi Điều 5 Quyết định số 17/2021/QĐ-UBND như sau: “…”.\nĐiều 2. Bãi bỏ Quyết định số 30/2023/QĐ-UBND.'));
    expect(actsOf(cs, '30/2023/QĐ-UBND')[0]).toBe('repeals');
  });

  it('"…; hướng dẫn thực hiện khoản 7 Điều 1 Nghị định số B" after an amending title guides B', async () => {
    const text = `${MINISTRY('BỘ XÂY DỰNG')}Số: 09/2024/TT-BXD\nHà Nội, ngày 30 tháng 8 năm 2024\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 10/2021/TT-BXD ngày 25 tháng 8 năm 2021 của Bộ trưởng Bộ Xây dựng\nhướng dẫn một số điều và biện pháp thi hành Nghị định số 06/2021/NĐ-CP ngày 26 tháng 01 năm 2021 của Chính phủ; hướng dẫn thực hiện\nkhoản 7 Điều 1 Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của Chính phủ\nCăn cứ Luật Xây dựng số 50/2014/QH13;\nBộ trưởng Bộ Xây dựng ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 10/2021/TT-BXD và hướng dẫn thực hiện khoản 7 Điều 1 Nghị định số 35/2023/NĐ-CP.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 10/2021/TT-BXD\n1. Khoản 2 Điều 3 được sửa đổi như sau: “2. …”\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2024.\n`;
    const cs = await read(text);
    // the title's and the enacting formula's mentions (06/2021 stays in 10/2021's description)
    expect(actsOf(cs, '35/2023/NĐ-CP')).toEqual(['guides', 'guides']);
    expect(actsOf(cs, '06/2021/NĐ-CP')).toEqual(['cites']);
  });

  it('"Quy định chi tiết … Nghị quyết số A … và hướng dẫn thực hiện Nghị định số B": the second clause guides B ("thực hiện" is its verb)', async () => {
    const cs = await read(decision('Quy định chi tiết một số điều của Nghị quyết số 89/2022/NQ-HĐND ngày 13/12/2022 của Hội đồng nhân dân tỉnh và hướng dẫn thực hiện Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ về chính sách khuyến khích phát triển hợp tác', 'Điều 1. Phạm vi điều chỉnh\nQuyết định này quy định chi tiết khoản 2 Điều 3 Nghị quyết số 89/2022/NQ-HĐND.\nĐiều 2. Đối tượng áp dụng …'));
    expect(actsOf(cs, '98/2018/NĐ-CP')).toEqual(['guides']);
  });

  it('look-alike: "và" inside the amended document\'s description, or a title that does not act, leaves the second document alone', async () => {
    const amending = await read(decision('Sửa đổi, bổ sung Quyết định số 17/2021/QĐ-UBND ngày 10 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh quy định mức hỗ trợ và bãi bỏ một số thủ tục theo Nghị quyết số 09/2019/NQ-HĐND', 'Điều 1. Sửa đổi Điều 5 Quyết định số 17/2021/QĐ-UBND như sau: “…”.\nĐiều 2. Các nội dung khác giữ nguyên.'));
    expect(actsOf(amending, '09/2019/NQ-HĐND')).toEqual(['cites']);
    const regulating = await read(decision('Ban hành Quy định về quản lý chợ theo Quyết định số 17/2021/QĐ-UBND và bãi bỏ thủ tục theo Quyết định số 30/2023/QĐ-UBND', 'Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý chợ.\nĐiều 2. Giao Sở Công Thương hướng dẫn thực hiện.'));
    expect(actsOf(regulating, '17/2021/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('the enacting formula', () => {
  const circular = (formula: string, article: string): string =>
    `${MINISTRY('BỘ Y TẾ')}Số: 21/2024/TT-BYT\nHà Nội, ngày 17 tháng 10 năm 2024\nTHÔNG TƯ\nSửa đổi, bổ sung Thông tư số 43/2013/TT-BYT\nCăn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\n${formula}\n${article}\nĐiều 3. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025.\n`;

  it('"… ban hành Thông tư sửa đổi, bổ sung Phụ lục I ban hành kèm theo Thông tư số A.": amends A (no status "… theo")', async () => {
    const cs = await read(circular('Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung Phụ lục I ban hành kèm theo Thông tư số 43/2013/TT-BYT.', 'Điều 1. Thay thế Phụ lục I ban hành kèm theo Thông tư số 43/2013/TT-BYT bằng Phụ lục ban hành kèm theo Thông tư này.'));
    expect(actsOf(cs, '43/2013/TT-BYT')).toEqual(['amends', 'amends', 'amends']);
  });

  it('"… sửa đổi, bổ sung Thông tư số A và Danh mục kỹ thuật ban hành kèm theo Quyết định số B.": B amended too', async () => {
    const cs = await read(circular('Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung Thông tư số 43/2013/TT-BYT và Danh mục kỹ thuật ban hành kèm theo Quyết định số 3312/QĐ-BYT.', 'Điều 1. Sửa đổi khoản 1 Điều 5 Thông tư số 43/2013/TT-BYT như sau: “1. …”.\nĐiều 2. Sửa đổi, bổ sung Danh mục kỹ thuật ban hành kèm theo Quyết định số 3312/QĐ-BYT như sau: “…”.'));
    expect(actsOf(cs, '3312/QĐ-BYT')).toEqual(['amends', 'amends']);
  });

  it('look-alikes: a status phrase "… sửa đổi, bổ sung theo Thông tư số B" reports, and a formula with no verb of its own acts on nothing', async () => {
    const status = await read(circular('Căn cứ Thông tư số 43/2013/TT-BYT đã được sửa đổi, bổ sung theo Thông tư số 21/2017/TT-BYT;\nBộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung Thông tư số 43/2013/TT-BYT.', 'Điều 1. Sửa đổi khoản 1 Điều 5 Thông tư số 43/2013/TT-BYT như sau: “1. …”.'));
    expect(actsOf(status, '21/2017/TT-BYT')).toEqual(['basis']);
    const item = await read(circular('Bộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung Thông tư số 43/2013/TT-BYT.', 'Điều 1. Sửa đổi khoản 1 Điều 5 Thông tư số 43/2013/TT-BYT đã được sửa đổi, bổ sung theo Thông tư số 21/2017/TT-BYT như sau: “1. …”.'));
    expect(actsOf(item, '21/2017/TT-BYT')).toEqual(['cites']);
    const plain = await read(circular('Bộ trưởng Bộ Y tế ban hành Thông tư quy định phân tuyến kỹ thuật theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15.', 'Điều 1. Phạm vi điều chỉnh\nThông tư này quy định phân tuyến kỹ thuật.'));
    expect(actsOf(plain, '15/2023/QH15')).toEqual(['basis', 'cites']);
  });
});

describe('items of a list a decision issued', () => {
  const decision = (item: string): string =>
    `${MINISTRY('BỘ TƯ PHÁP')}Số: 1872/QĐ-BTP\nHà Nội, ngày 18 tháng 8 năm 2022\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hộ tịch\nBỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này 05 thủ tục hành chính được sửa đổi, bổ sung.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n${item}\n`;

  it('"Bãi bỏ các thủ tục hành chính số 3, 4 và 7 … Danh mục … ban hành kèm theo Quyết định số A": repeals part of A', async () => {
    const cs = await read(decision('Bãi bỏ các thủ tục hành chính số 3, 4 và 7 Mục II Phần I Danh mục thủ tục hành chính ban hành kèm theo Quyết định số 1502/QĐ-BTP ngày 30 tháng 6 năm 2020 của Bộ trưởng Bộ Tư pháp.'));
    expect(cs.filter((c) => c.number === '1502/QĐ-BTP').map((c) => `${c.relation}/${c.scope?.whole ? 'whole' : 'part'}`)).toEqual(['repeals/part']);
  });

  it('look-alike: a procedure a decree sets out is abolished, not the decree', async () => {
    const cs = await read(decision('Bãi bỏ thủ tục cấp bản sao trích lục hộ tịch quy định tại Điều 13 Nghị định số 123/2015/NĐ-CP.'));
    expect(actsOf(cs, '123/2015/NĐ-CP')).toEqual(['cites']);
  });
});

describe("a guidance's chapeau", () => {
  it('"Bộ Thương mại hướng dẫn một số nội dung quy định tại Nghị định số A như sau:" in a circular whose title guides A', async () => {
    const text = `${MINISTRY('BỘ THƯƠNG MẠI')}Số: 04/2006/TT-BTM\nHà Nội, ngày 06 tháng 4 năm 2006\nTHÔNG TƯ\nHƯỚNG DẪN MỘT SỐ NỘI DUNG QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 12/2006/NĐ-CP NGÀY 23 THÁNG 01 NĂM 2006 CỦA CHÍNH PHỦ\nCăn cứ Nghị định số 29/2004/NĐ-CP ngày 16 tháng 01 năm 2004 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Thương mại;\nBộ Thương mại hướng dẫn một số nội dung quy định tại Nghị định số 12/2006/NĐ-CP như sau:\nI. QUYỀN KINH DOANH XUẤT KHẨU\n1. Thương nhân được xuất khẩu hàng hóa.\n`;
    expect(actsOf(await read(text), '12/2006/NĐ-CP')).toEqual(['guides', 'guides']);
  });

  it('a guidance whose title names the document its preamble carries out ("Thực hiện Quy định số A …, Ban … hướng dẫn …") guides A there too', async () => {
    const text = `BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC\n*\nSố 06-HD/BTCTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 18 tháng 3 năm 2024\nHƯỚNG DẪN\nthực hiện Quy định số 96-QĐ/TW, ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu tín nhiệm\nThực hiện Quy định số 96-QĐ/TW, ngày 02/02/2023 của Bộ Chính trị, Ban Tổ chức Trung ương hướng dẫn một số nội dung như sau:\n1. Đối tượng lấy phiếu tín nhiệm\n`;
    expect(actsOf(await read(text), '96-QĐ/TW')).toEqual(['guides', 'guides']);
  });

  it('look-alikes: a guidance about one document that carries out another, and a letter whose title does not guide', async () => {
    const guidance = `BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố 12-HD/BTGTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 18 tháng 3 năm 2024\nHƯỚNG DẪN\nNghiên cứu, học tập Nghị quyết số 29-NQ/TW\nThực hiện Kế hoạch số 10-KH/TW, ngày 02/02/2023 của Bộ Chính trị, Ban Tuyên giáo Trung ương hướng dẫn như sau:\n1. Đối tượng\n`;
    expect(actsOf(await read(guidance), '10-KH/TW')).toEqual(['implements']);
    const letter = `UBND TỈNH AN GIANG\nSỞ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2345/STC-HCSN\nAn Giang, ngày 10 tháng 11 năm 2022\nV/v báo cáo tình hình tự chủ tài chính\nKính gửi: Các đơn vị sự nghiệp công lập.\nSở Tài chính đã hướng dẫn thực hiện một số nội dung của Thông tư số 56/2022/TT-BTC như sau:\n1. Về phân loại mức độ tự chủ.\n`;
    expect(actsOf(await read(letter), '56/2022/TT-BTC')).toEqual(['cites']);
  });
});
