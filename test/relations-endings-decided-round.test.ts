import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Rules from the forty-eighth drafting round's tuning half (fixtures/relations/drafting-forms-endings-decided.json): each case failed
 * on the code before its rule; the look-alikes pass on both.
 */
// (two cases are read on the tuning passage itself, the shape the rule was written for being hard to restate apart)
const tuningPassage = async (index: number, number: string): Promise<Awaited<ReturnType<typeof readCitations>>> => {
  const passage = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'relations', 'drafting-forms-endings-decided.json'), 'utf8')) as { passages: Array<{ text: string; number: string }> }).passages[index];
  expect(passage?.number).toBe(number);
  return readCitations(passage?.text ?? '');
};
describe('a form of this act "thay cho" a form of another', () => {
  const circular = (clause: string): string =>
    `${documentHeader('NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM', '06/2026/TT-NHNN', 'Hà Nội, ngày 20 tháng 02 năm 2026')}THÔNG TƯ\nHướng dẫn thủ tục cấp giấy phép hoạt động dịch vụ trung gian thanh toán\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thủ tục cấp giấy phép.\nĐiều 14. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2026.\n2. ${clause}\n`;

  it('"Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư này thay cho Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư số A" changes that form of A (#2)', async () => {
    const cs = await readCitations(circular('Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư này thay cho Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư số 40/2024/TT-NHNN ngày 30 tháng 6 năm 2024 của Thống đốc Ngân hàng Nhà nước Việt Nam.'));
    expect(headActs(cs, '40/2024/TT-NHNN')).toEqual(['amends/part']);
    expect(cs.find((c) => c.number === '40/2024/TT-NHNN')?.scope?.part).toBe('Mẫu số 01 tại Phụ lục');
  });

  it('look-alike: a form used "thay cho" a paper, with another circular named for the procedure, acts on nothing', async () => {
    const cs = await readCitations(circular('Tổ chức nộp Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư này thay cho văn bản đề nghị theo thủ tục quy định tại Thông tư số 40/2024/TT-NHNN.'));
    expect(headActs(cs, '40/2024/TT-NHNN')).toEqual(['cites']);
  });
});

describe('a paper that lapsed on its own term', () => {
  it('"Giấy phép … số A hết hiệu lực kể từ ngày … do hết thời hạn khai thác" ends nothing by this notice (the tuning passage itself, #23)', async () => {
    const cs = await tuningPassage(23, '1250/TB-SNNMT');
    expect(headActs(cs, '25/GP-UBND')).not.toContain('repeals/whole');
    expect(new Set(headActs(cs, '25/GP-UBND'))).toEqual(new Set(['cites']));
  });
});

describe('a review table whose cell reports what replaced the basis of the row\'s document', () => {
  const report = (cell: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG', '298/BC-UBND', 'Tiền Giang, ngày 10 tháng 9 năm 2019')}BÁO CÁO\nKết quả rà soát văn bản quy phạm pháp luật\nI. KẾT QUẢ RÀ SOÁT\n| STT | Văn bản được rà soát | Kết quả rà soát | Kiến nghị |\n| 1 | Quyết định số 35/2014/QĐ-UBND ngày 10/10/2014 ban hành Quy chế phối hợp quản lý người lao động nước ngoài | ${cell} | Đề nghị bãi bỏ |\nII. KIẾN NGHỊ\nĐề nghị các sở rà soát.\n`;

  it('"| … | Căn cứ ban hành là Nghị định số A đã được thay thế bởi Nghị định số B | … |": B replaced A, the row\'s decision untouched (#14)', async () => {
    const cs = await readCitations(report('Căn cứ ban hành là Nghị định số 102/2013/NĐ-CP đã được thay thế bởi Nghị định số 11/2016/NĐ-CP'));
    expect(reportsOn(cs, '102/2013/NĐ-CP')).toEqual(['11/2016/NĐ-CP replaces 102/2013/NĐ-CP']);
    expect(reportsOn(cs, '35/2014/QĐ-UBND')).toEqual([]);
  });
  it('and the status parenthesis right after a document of a later cell: "| … | Điều 4 không còn phù hợp với Nghị định số A (đã được sửa đổi, bổ sung bởi Nghị định số B) | … |"', async () => {
    const cs = await readCitations(report('Điều 4, Điều 6 không còn phù hợp với Nghị định số 55/2015/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số 116/2018/NĐ-CP)'));
    expect(reportsOn(cs, '55/2015/NĐ-CP')).toEqual(['116/2018/NĐ-CP amends 55/2015/NĐ-CP']);
    expect(reportsOn(cs, '35/2014/QĐ-UBND')).toEqual([]);
  });
});

describe('a lower body\'s document ended by a higher one', () => {
  const decision = (clause: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI', '44/2016/QĐ-UBND', 'Hà Nội, ngày 25 tháng 10 năm 2016')}QUYẾT ĐỊNH\nBan hành Quy chế phối hợp trong công tác quản lý trật tự xây dựng trên địa bàn thành phố Hà Nội\nỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác quản lý trật tự xây dựng.\nĐiều 2. Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký.\n${clause}\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này.\n`;

  it('a district\'s decision the city says "hết hiệu lực" is repealed, the city being no successor of the district (#19)', async () => {
    const cs = await readCitations(decision('Kể từ ngày Quyết định này có hiệu lực, Quyết định số 1520/QĐ-UBND ngày 12 tháng 5 năm 2014 của Ủy ban nhân dân quận Hoàn Kiếm ban hành Quy chế phối hợp quản lý trật tự xây dựng trên địa bàn quận hết hiệu lực.'));
    expect(headActs(cs, '1520/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('look-alike: the city\'s own earlier decision on the matter, "hết hiệu lực", is replaced', async () => {
    const cs = await readCitations(decision('Kể từ ngày Quyết định này có hiệu lực, Quyết định số 18/2011/QĐ-UBND ngày 29 tháng 4 năm 2011 của Ủy ban nhân dân Thành phố ban hành Quy định phối hợp trong việc kiểm tra, xử lý vi phạm trật tự xây dựng hết hiệu lực.'));
    expect(headActs(cs, '18/2011/QĐ-UBND')).toEqual(['replaces/whole']);
  });
});

describe('"Bỏ" a form with a note of what it is', () => {
  it('"3. Bỏ Mẫu số 07 (Bảng kê …) ban hành kèm theo Hướng dẫn số A; …" removes that form of A, beside the forms it replaced (the tuning passage itself, #20)', async () => {
    const cs = await tuningPassage(20, '2150/HD-STC');
    expect(cs.filter((c) => c.number === '1436/HD-STC' && c.relation === 'repeals').map((c) => c.scope?.part)).toEqual(['Mẫu số 07 (Bảng kê chi tiết tài sản đề nghị điều chuyển có nguyên giá dưới 10 triệu đồng)']);
  });

  it('look-alike: a form used "(Bảng kê …)" as the other guidance says, nothing removed', async () => {
    const cs = await readCitations(`${documentHeader('ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG\nSỞ TÀI CHÍNH', '2150/HD-STC', 'Bình Dương, ngày 15 tháng 8 năm 2023')}HƯỚNG DẪN\nHồ sơ xử lý tài sản công\nII. MẪU BIỂU\n3. Sử dụng Mẫu số 07 (Bảng kê chi tiết tài sản đề nghị điều chuyển) ban hành kèm theo Hướng dẫn số 1436/HD-STC khi đề nghị điều chuyển tài sản.\n`);
    expect(headActs(cs, '1436/HD-STC')).toEqual(['cites']);
  });
});

describe('"chấm dứt hiệu lực" right after the issuer', () => {
  const decision = (clause: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '1876/QĐ-BTC', 'Hà Nội, ngày 20 tháng 6 năm 2025')}QUYẾT ĐỊNH\nBan hành Quy chế quản lý, sử dụng chữ ký số trong các cơ quan thuộc Bộ Tài chính\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n2. ${clause}\n`;

  it('"Chương III Quy chế … ban hành kèm theo Quyết định số A … của Bộ trưởng Bộ Tài chính chấm dứt hiệu lực kể từ …" ends that chapter: the issuer stops at "chấm" as at "hết" (#5)', async () => {
    const cs = await readCitations(decision('Chương III Quy chế ứng dụng công nghệ thông tin ban hành kèm theo Quyết định số 2530/QĐ-BTC ngày 29 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính chấm dứt hiệu lực kể từ ngày Quyết định này có hiệu lực.'));
    expect(headActs(cs, '2530/QĐ-BTC')).toEqual(['repeals/part']);
    expect(cs.find((c) => c.number === '2530/QĐ-BTC')?.issuer).toBe('Bộ trưởng Bộ Tài chính');
  });

  it('look-alike: a case, "Trường hợp Quyết định số A … của Bộ trưởng Bộ Tài chính chấm dứt hiệu lực thì …", ends nothing', async () => {
    const cs = await readCitations(decision('Trường hợp Quyết định số 2530/QĐ-BTC ngày 29 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính chấm dứt hiệu lực thì các đơn vị thực hiện theo Quy chế này.'));
    expect(headActs(cs, '2530/QĐ-BTC')).toEqual(['cites']);
  });
});

describe('a report\'s clause "trong đó" / "theo đó" after a document: what that document did', () => {
  const letter = (sentence: string): string =>
    `${documentHeader('BỘ CÔNG THƯƠNG', '5678/BCT-PC', 'Hà Nội, ngày 14 tháng 8 năm 2025')}Kính gửi: Bộ Tư pháp.\n\n${sentence}\nBộ Công Thương đề nghị Bộ Tư pháp cho ý kiến.\n`;

  it('"… ban hành Nghị định số B, trong đó khoản 3 Điều 16 Nghị định số A đã bị bãi bỏ" reports B repealing A (the tuning passage itself, #8)', async () => {
    const cs = await tuningPassage(8, '5678/BCT-PC');
    expect(reportsOn(cs, '28/2018/NĐ-CP')).toEqual(['87/2025/NĐ-CP repeals 28/2018/NĐ-CP']);
    expect(new Set(headActs(cs, '28/2018/NĐ-CP'))).toEqual(new Set(['cites']));
  });

  it('"…; theo đó, Điều 17 của Luật A được sửa đổi, bổ sung và khoản 4 Điều 17 của Luật C được bãi bỏ": each act the law B\'s, the second after "và"', async () => {
    const cs = await readCitations(letter('Ngày 11 tháng 01 năm 2022, Quốc hội thông qua Luật số 03/2022/QH15 sửa đổi, bổ sung một số điều của Luật Đầu tư công và Luật Nhà ở; theo đó, Điều 17 của Luật Đầu tư số 61/2020/QH14 được sửa đổi, bổ sung và khoản 4 Điều 17 của Luật Nhà ở số 65/2014/QH13 được bãi bỏ.'));
    expect(reportsOn(cs, '65/2014/QH13')).toContain('03/2022/QH15 repeals 65/2014/QH13');
    expect(reportsOn(cs, '61/2020/QH14')).toContain('03/2022/QH15 amends 61/2020/QH14');
  });

  it('look-alike: the act with an actor of its own after it is that actor\'s ("… trong đó Nghị định số A đã được sửa đổi bởi Nghị định số C")', async () => {
    const cs = await readCitations(letter('Bộ Công Thương đã rà soát Nghị định số 87/2025/NĐ-CP, trong đó Nghị định số 28/2018/NĐ-CP đã được sửa đổi bởi Nghị định số 17/2020/NĐ-CP.'));
    expect(reportsOn(cs, '28/2018/NĐ-CP')).toEqual(['17/2020/NĐ-CP amends 28/2018/NĐ-CP']);
  });

  it('look-alike: a clause after a sentence\'s end reports nothing of the document before it ("… Nghị định số B. Trong đó, …")', async () => {
    const cs = await readCitations(letter('Chính phủ đã ban hành Nghị định số 87/2025/NĐ-CP. Trong đó, khoản 3 Điều 16 Nghị định số 28/2018/NĐ-CP đã bị bãi bỏ.'));
    expect(reportsOn(cs, '28/2018/NĐ-CP')).toEqual([]);
  });
});
