import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentHeader, ownActsOf, readCitations, relationsOf, reportsOn } from './helpers/act-text.js';

/**
 * Rules from the forty-ninth drafting round's tuning half (fixtures/relations/drafting-forms-missed-endings.json): each case failed
 * on the code before its rule; the look-alikes pass on both.
 */
const decree = (clause: string): string =>
  `${documentHeader('CHÍNH PHỦ', '129/2024/NĐ-CP', 'Hà Nội, ngày 10 tháng 10 năm 2024')}NGHỊ ĐỊNH\nQuy định chế độ phụ cấp đặc thù đối với viên chức y tế xã ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định chế độ phụ cấp đặc thù.\nĐiều 4. Mức phụ cấp\nViên chức quy định tại Điều 2 Nghị định này được hưởng phụ cấp bằng 70% mức lương.\nĐiều 6. Áp dụng\n${clause}\nĐiều 7. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2024.\n`;

describe('places of a document disapplied for this one\'s own provisions ("không áp dụng … mà thực hiện theo … này")', () => {
  it('"… không áp dụng mức phụ cấp thu hút quy định tại Điều 6 Nghị định số A … mà thực hiện theo quy định tại Điều 4 Nghị định này" replaces that part of A (#7)', async () => {
    const text = decree('Đối tượng quy định tại Điều 2 Nghị định này không áp dụng mức phụ cấp thu hút quy định tại Điều 6 Nghị định số 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 của Chính phủ về chính sách đối với cán bộ, công chức, viên chức công tác ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn mà thực hiện theo quy định tại Điều 4 Nghị định này; các chính sách khác quy định tại Nghị định số 76/2019/NĐ-CP tiếp tục được áp dụng.');
    expect((await ownActsOf(text, '76/2019/NĐ-CP')).map((a) => a.replace(/^(?:replaces|amends)\//u, 'replaces-or-amends/'))).toEqual(['replaces-or-amends/part']);
  });

  it('"… không áp dụng Điều 5 và Điều 6 Quyết định số A … mà thực hiện theo quy định tại Quyết định này" the same (#22)', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH', '42/2025/QĐ-UBND', 'Tây Ninh, ngày 28 tháng 11 năm 2025')}QUYẾT ĐỊNH\nQuy định điều kiện, diện tích tối thiểu tách thửa đất, hợp thửa đất trên địa bàn tỉnh Tây Ninh\nỦY BAN NHÂN DÂN TỈNH TÂY NINH\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\nĐiều 2. Điều kiện tách thửa đất\nViệc tách thửa đất phải bảo đảm các điều kiện sau.\nĐiều 5. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 12 năm 2025.\n2. Kể từ ngày Quyết định này có hiệu lực, việc tách thửa đất, hợp thửa đất tại các xã, phường thuộc địa bàn tỉnh Long An trước sắp xếp không áp dụng Điều 5 và Điều 6 Quyết định số 72/2024/QĐ-UBND ngày 30 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Long An mà thực hiện theo quy định tại Quyết định này.\n`;
    expect((await ownActsOf(text, '72/2024/QĐ-UBND')).map((a) => a.replace(/^(?:replaces|amends)\//u, 'replaces-or-amends/'))).toEqual(['replaces-or-amends/part']);
  });

  it('look-alike: places disapplied for another document\'s provisions ("… mà thực hiện theo quy định tại Nghị định số B") act on nothing here', async () => {
    const text = decree('Đối tượng quy định tại Điều 2 Nghị định này không áp dụng mức phụ cấp thu hút quy định tại Điều 6 Nghị định số 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 của Chính phủ mà thực hiện theo quy định tại Nghị định số 05/2023/NĐ-CP ngày 15 tháng 02 năm 2023 của Chính phủ.');
    expect(await ownActsOf(text, '76/2019/NĐ-CP')).toEqual(['cites']);
  });

  it('look-alike: a task to propose disapplying them ("Giao Bộ Y tế nghiên cứu, đề xuất …") acts on nothing', async () => {
    const text = decree('Giao Bộ Y tế nghiên cứu, đề xuất việc không áp dụng Điều 6 Nghị định số 76/2019/NĐ-CP ngày 08 tháng 10 năm 2019 của Chính phủ mà thực hiện theo quy định tại Nghị định này.');
    expect(await ownActsOf(text, '76/2019/NĐ-CP')).toEqual(['cites']);
  });
});

describe('a clause that opens with "Chấm dứt hiệu lực" before what it ends', () => {
  const decision = (article: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '19/2022/QĐ-TTg', 'Hà Nội, ngày 15 tháng 8 năm 2022')}QUYẾT ĐỊNH\nVề thí điểm cơ chế hỗ trợ tín dụng đối với hộ nghèo nuôi trồng thủy sản\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nThủ tướng Chính phủ ban hành Quyết định.\n${article}\nĐiều 3. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày ký.\n`;

  it('"Điều 1. Chấm dứt hiệu lực đối với Điều 4 (…), khoản 2 Điều 6 và Phụ lục II ban hành kèm theo Quyết định số A" repeals those parts (#2)', async () => {
    const text = decision('Điều 1. Chấm dứt hiệu lực đối với Điều 4 (cấp bù chênh lệch lãi suất), khoản 2 Điều 6 và Phụ lục II (danh sách huyện thực hiện thí điểm giai đoạn 2) ban hành kèm theo Quyết định số 41/2017/QĐ-TTg ngày 25 tháng 9 năm 2017 của Thủ tướng Chính phủ kể từ ngày 01 tháng 10 năm 2022.');
    expect(await ownActsOf(text, '41/2017/QĐ-TTg')).toEqual(['repeals/part']);
  });

  it('look-alike: a task to propose it ("Giao Ngân hàng Chính sách xã hội đề xuất chấm dứt hiệu lực …") acts on nothing', async () => {
    const text = decision('Điều 1. Giao Ngân hàng Chính sách xã hội nghiên cứu, đề xuất chấm dứt hiệu lực đối với Điều 4 Quyết định số 41/2017/QĐ-TTg ngày 25 tháng 9 năm 2017 của Thủ tướng Chính phủ.');
    expect(await ownActsOf(text, '41/2017/QĐ-TTg')).toEqual(['cites']);
  });

  it('look-alike: a report that an earlier decision ended another\'s effect ("Quyết định số B đã chấm dứt hiệu lực đối với …"), the sentence not opening with the verb, acts on nothing here', async () => {
    const text = decision('Điều 1. Tiếp tục thực hiện cơ chế hỗ trợ tín dụng tại các huyện mà Quyết định số 08/2020/QĐ-TTg ngày 10 tháng 3 năm 2020 của Thủ tướng Chính phủ đã chấm dứt hiệu lực đối với Phụ lục I Quyết định số 41/2017/QĐ-TTg ngày 25 tháng 9 năm 2017 của Thủ tướng Chính phủ.');
    expect(await ownActsOf(text, '41/2017/QĐ-TTg')).toEqual(['cites']);
  });
});

describe('a member of a committee replaced "tại" the decision that set the membership', () => {
  const decision = (article: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '2156/QĐ-UBND', 'Hà Tĩnh, ngày 10 tháng 8 năm 2024')}QUYẾT ĐỊNH\nVề việc điều chỉnh thành viên Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Hà Tĩnh\nỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${article}\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n`;

  it('"Phân công ông B … làm thành viên Ban Chỉ đạo …, thay thế ông C, nguyên Phó Giám đốc Sở … (đã nghỉ hưu) tại Quyết định số A" amends the membership A set, no whole replacement (#28)', async () => {
    const text = decision('Điều 1. Phân công ông Trần Văn Bình, Phó Giám đốc Sở Tài nguyên và Môi trường, làm thành viên Ban Chỉ đạo, thay thế ông Lê Văn Công, nguyên Phó Giám đốc Sở Tài nguyên và Môi trường (đã nghỉ hưu) tại Quyết định số 1580/QĐ-UBND ngày 05 tháng 6 năm 2023 của Ủy ban nhân dân tỉnh.\nĐiều 2. Các nội dung khác tại Quyết định số 1580/QĐ-UBND giữ nguyên.');
    expect(await ownActsOf(text, '1580/QĐ-UBND')).toEqual(['amends/part']);
  });

  it('look-alike: a person who left "theo" a decision (his retirement) is replaced, that decision unchanged', async () => {
    const text = decision('Điều 1. Bổ nhiệm ông Trần Văn Bình giữ chức Chánh Văn phòng, thay thế ông Lê Văn Công đã nghỉ hưu theo Quyết định số 745/QĐ-UBND ngày 20 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh.');
    expect(await ownActsOf(text, '745/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('an ending verb past a long description and a status parenthesis, on the mention\'s own line', () => {
  const decree = (clause: string): string =>
    `${documentHeader('CHÍNH PHỦ', '58/2019/NĐ-CP', 'Hà Nội, ngày 28 tháng 6 năm 2019')}NGHỊ ĐỊNH\nQuy định về hoạt động cung ứng dịch vụ trung gian thanh toán\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định.\nĐiều 8. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2019.\n2. ${clause}\n`;

  it('"Chương IV “…” của Nghị định số A … về thanh toán không dùng tiền mặt (đã được sửa đổi, bổ sung một số điều theo Nghị định số B …) hết hiệu lực …" ends that chapter of A, and reports B\'s amendment (#8)', async () => {
    const text = decree('Chương IV “Dịch vụ trung gian thanh toán” của Nghị định số 101/2012/NĐ-CP ngày 22 tháng 11 năm 2012 của Chính phủ về thanh toán không dùng tiền mặt (đã được sửa đổi, bổ sung một số điều theo Nghị định số 80/2016/NĐ-CP ngày 01 tháng 7 năm 2016) hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành; việc cấp giấy phép thực hiện theo quy định tại Chương III Nghị định này.');
    expect(await ownActsOf(text, '101/2012/NĐ-CP')).toEqual(['replaces/part']);
    expect(await ownActsOf(text, '80/2016/NĐ-CP')).toEqual(['cites']);
  });

  it('look-alike: "Hết hiệu lực" in a later row of a review table, past the row\'s line, is no report on this row\'s document (round 13\'s tuning passage #16)', async () => {
    const passage = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'relations', 'drafting-forms-verbs-without-acts.json'), 'utf8')) as { passages: Array<{ text: string; number: string }> }).passages[16];
    expect(passage?.number).toBe('215/BC-STP');
    const cs = await readCitations(passage?.text ?? '');
    expect(reportsOn(cs, '52/2017/QĐ-UBND').map((r) => r.split(' ')[1])).toEqual(['amends']);
  });
});

describe('two acts on one document in one clause, their places noted in parentheses', () => {
  it('"… thay thế Điều 6, Điều 7 (…; …) và bãi bỏ Điều 12 (…) của Quy định … ban hành kèm theo Quyết định số A" takes both acts (#23)', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG', '09/2022/QĐ-UBND', 'Vĩnh Long, ngày 08 tháng 4 năm 2022')}QUYẾT ĐỊNH\nBan hành Quy định quản lý hoạt động thoát nước và xử lý nước thải trên địa bàn tỉnh Vĩnh Long\nỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý hoạt động thoát nước và xử lý nước thải.\nĐiều 2. Hiệu lực thi hành\nQuyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2022; thay thế Điều 6, Điều 7 (quản lý, vận hành hệ thống thoát nước; đấu nối nước thải) và bãi bỏ Điều 12 (thu phí sử dụng tạm thời hè phố để tập kết vật tư thi công) của Quy định quản lý hạ tầng kỹ thuật đô thị trên địa bàn tỉnh Vĩnh Long ban hành kèm theo Quyết định số 26/2016/QĐ-UBND ngày 15 tháng 8 năm 2016 của Ủy ban nhân dân tỉnh.\n`;
    const cs = await readCitations(text);
    const acts = cs.filter((c) => c.number === '26/2016/QĐ-UBND' && c.role === 'head').flatMap((c) => [c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)]);
    expect(new Set(acts)).toEqual(new Set(['repeals', 'amends']));
  });
});

describe('a decree named after the law in a cited circular\'s guiding title', () => {
  const decree = (clause: string): string =>
    `${documentHeader('CHÍNH PHỦ', '93/2024/NĐ-CP', 'Hà Nội, ngày 18 tháng 7 năm 2024')}NGHỊ ĐỊNH\nQuy định về kiểm dịch hàng hóa xuất khẩu, nhập khẩu\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định.\nĐiều 5. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 9 năm 2024.\n2. ${clause}\n`;

  it('"… khoản 3 Điều 4 … Thông tư số A … quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số B (về …) không còn hiệu lực" ends a part of A, nothing of B (#0)', async () => {
    const text = decree('Kể từ ngày Nghị định này có hiệu lực thi hành, khoản 3 Điều 4 và Mẫu số 05 Phụ lục I ban hành kèm theo Thông tư số 12/2018/TT-BCT ngày 15 tháng 6 năm 2018 của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều của Luật Quản lý ngoại thương và Nghị định số 69/2018/NĐ-CP (về văn bản xác nhận kho bãi đáp ứng yêu cầu kiểm dịch) không còn hiệu lực.');
    expect(relationsOf(await readCitations(text), '69/2018/NĐ-CP')).toEqual(['cites']);
  });

  it('look-alike: a second decree with a description of its own after "và" is ended with the first ("… của Luật Giá và Nghị định số B ngày … của Chính phủ sửa đổi, bổ sung … hết hiệu lực")', async () => {
    const text = decree('Nghị định số 177/2013/NĐ-CP ngày 14 tháng 11 năm 2013 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Giá và Nghị định số 149/2016/NĐ-CP ngày 11 tháng 11 năm 2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 177/2013/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.');
    expect((await ownActsOf(text, '149/2016/NĐ-CP')).some((a) => a.endsWith('/whole'))).toBe(true);
  });
});
