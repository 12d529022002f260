import { describe, expect, it } from 'vitest';
import { readCitations, reportsOf } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * Long amending, replacing and repealing acts (issue 16; the fourteenth drafting round,
 * fixtures/relations/drafting-forms-long-amending-acts.json): what an amending item's status parenthesis reports, ordinances
 * whose names hold a semicolon or "Phòng, chống", the regulation another document's title amends, and reports of endings.
 */
const MINISTRY = 'BỘ GIÁO DỤC VÀ ĐÀO TẠO\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';
const read = readCitations;
/** Every reported act as "actor relation object", by number. */
const reports = reportsOf;

describe("an amending item's provision with its status", () => {
  const circular = (item: string): string =>
    `${MINISTRY}Số: 06/2025/TT-BGDĐT\nHà Nội, ngày 19 tháng 3 năm 2025\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Quy chế tuyển sinh ban hành kèm theo Thông tư số 08/2022/TT-BGDĐT\nCăn cứ Luật Giáo dục số 43/2019/QH14;\nĐiều 1. Sửa đổi, bổ sung một số điều của Quy chế tuyển sinh ban hành kèm theo Thông tư số 08/2022/TT-BGDĐT\n${item}\n“2. Thí sinh đáp ứng các điều kiện quy định tại khoản 1 Điều này.”\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 05 tháng 5 năm 2025.\n`;

  it('"1. Khoản 2 Điều 5 (đã được sửa đổi, bổ sung tại … Thông tư số B) được sửa đổi …": B amended the document the article amends', async () => {
    const cs = await read(circular('1. Khoản 2 Điều 5 (đã được sửa đổi, bổ sung tại khoản 1 Điều 1 Thông tư số 03/2024/TT-BGDĐT ngày 18 tháng 3 năm 2024) được sửa đổi, bổ sung như sau:'));
    expect(reports(cs)).toContain('03/2024/TT-BGDĐT amends 08/2022/TT-BGDĐT');
    expect(cs.find((c) => c.number === '03/2024/TT-BGDĐT')?.relation).toBe('cites');
  });

  it('"1. Sửa đổi, bổ sung Điều 3 đã được sửa đổi, bổ sung theo quy định tại … Thông tư số B như sau:"', async () => {
    const cs = await read(circular('1. Sửa đổi, bổ sung Điều 3 đã được sửa đổi, bổ sung theo quy định tại\nkhoản 1 Điều 1 Thông tư số 03/2024/TT-BGDĐT như sau:'));
    expect(reports(cs)).toContain('03/2024/TT-BGDĐT amends 08/2022/TT-BGDĐT');
  });

  it('a place wrapped onto a line of its own ("…\\nĐiều 4 như sau:") does not end the article', async () => {
    const cs = await read(circular('1. Sửa đổi điểm a khoản 1\nĐiều 4 như sau: “a) …”.\n2. Khoản 2 Điều 5 (đã được sửa đổi, bổ sung tại khoản 1 Điều 1 Thông tư số 03/2024/TT-BGDĐT) được sửa đổi, bổ sung như sau:'));
    expect(reports(cs)).toContain('03/2024/TT-BGDĐT amends 08/2022/TT-BGDĐT');
  });

  it('look-alike: the same item in a plan, where no article amends a document, reports on no document', async () => {
    const plan = `UBND TỈNH NAM ĐỊNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 15/KH-UBND\nNam Định, ngày 03 tháng 4 năm 2025\nKẾ HOẠCH\nTriển khai Thông tư số 08/2022/TT-BGDĐT\nThực hiện Thông tư số 08/2022/TT-BGDĐT của Bộ Giáo dục và Đào tạo, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. NHIỆM VỤ\n1. Khoản 2 Điều 5 (đã được sửa đổi, bổ sung tại khoản 1 Điều 1 Thông tư số 03/2024/TT-BGDĐT) được phổ biến đến các trường.\n`;
    expect(reports(await read(plan))).toEqual([]);
  });
});

describe('ordinances named with a semicolon or "Phòng, chống"', () => {
  const ordinance = (sentence: string): string =>
    `ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nPháp lệnh số: 04/2024/UBTVQH15\nHà Nội, ngày 23 tháng 9 năm 2024\nPHÁP LỆNH\nCHI PHÍ TỐ TỤNG\nĐiều 54. Hiệu lực thi hành\n${sentence}\n`;

  it('"Pháp lệnh Chi phí giám định, định giá; chi phí cho người làm chứng, … số 02/2012/UBTVQH13" is one citation, replaced', async () => {
    const cs = await read(ordinance('Pháp lệnh Chi phí giám định, định giá; chi phí cho người làm chứng, người phiên dịch trong tố tụng số 02/2012/UBTVQH13 hết hiệu lực kể từ ngày Pháp lệnh này có hiệu lực thi hành.'));
    expect(cs.map((c) => `${c.number} ${c.relation}`)).toEqual(['02/2012/UBTVQH13 replaces']);
  });

  it('"Pháp lệnh Phòng, chống mại dâm" and an unknown "Luật Phòng, chống …" are read whole', async () => {
    const cs = await read(ordinance('Bãi bỏ Điều 26 của Pháp lệnh Phòng, chống mại dâm và Điều 5 của Luật Phòng, chống xâm hại trẻ em.'));
    expect(cs.map((c) => c.text)).toEqual(['Pháp lệnh Phòng, chống mại dâm', 'Luật Phòng, chống xâm hại trẻ em']);
  });

  it('look-alike: a name pinned by a law number does not run over a semicolon', async () => {
    const cs = await read(ordinance('Các quy định của pháp lệnh hành nghề y; Luật Dược số 105/2016/QH13 tiếp tục được áp dụng.'));
    expect(cs.map((c) => c.text)).toEqual(['Luật Dược số 105/2016/QH13']);
  });
});

describe('the regulation another document amends, named in that document\'s title', () => {
  const decision = (effect: string): string =>
    `BỘ CÔNG THƯƠNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2345/QĐ-BCT\nHà Nội, ngày 12 tháng 9 năm 2024\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc của Bộ Công Thương\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bộ Công Thương.\n${effect}\n`;

  it('"… thay thế Quyết định số A … và Quyết định số B … sửa đổi, bổ sung … Quy chế … ban hành kèm theo Quyết định số A": A only replaced', async () => {
    const cs = await read(decision('Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1240/QĐ-BCT ngày 25 tháng 5 năm 2021 của Bộ trưởng Bộ Công Thương ban hành Quy chế làm việc và Quyết định số 410/QĐ-BCT ngày 02 tháng 3 năm 2023 của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số điều của Quy chế làm việc ban hành kèm theo Quyết định số 1240/QĐ-BCT.'));
    expect(cs.map((c) => `${c.number} ${c.role} ${c.relation}`)).toEqual(['1240/QĐ-BCT head replaces', '410/QĐ-BCT head replaces', '1240/QĐ-BCT embedded cites']);
  });

  it('look-alike: "Sửa đổi Quyết định số A … và sửa đổi, bổ sung … Quy chế … ban hành kèm theo Quyết định số B": B amended by this act', async () => {
    const cs = await read(decision('Điều 2. Sửa đổi Quyết định số 12/2020/QĐ-BCT ngày 3/4/2020 của Bộ trưởng Bộ Công Thương và sửa đổi, bổ sung một số điều của Quy chế làm việc ban hành kèm theo Quyết định số 15/2021/QĐ-BCT như sau:'));
    expect(cs.find((c) => c.number === '15/2021/QĐ-BCT')?.relation).toBe('amends');
  });
});

describe('endings a report tells', () => {
  const letter = (body: string, kind = 'CÔNG VĂN'): string =>
    `BỘ XÂY DỰNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 5120/BXD-KTXD\nHà Nội, ngày 10 tháng 10 năm 2024\n${kind}\nV/v áp dụng quy định về quản lý chi phí\nBộ Xây dựng có ý kiến như sau:\n1. ${body}\n`;

  it('"Thông tư số A … hết hiệu lực kể từ ngày Thông tư số B … có hiệu lực": B ended A, in a letter', async () => {
    const cs = await read(letter('Thông tư số 09/2019/TT-BXD ngày 26 tháng 12 năm 2019 của Bộ trưởng Bộ Xây dựng hết hiệu lực kể từ ngày Thông tư số 11/2021/TT-BXD ngày 31 tháng 8 năm 2021 có hiệu lực.'));
    expect(reports(cs)).toEqual(['11/2021/TT-BXD replaces 09/2019/TT-BXD']);
  });

  it('"… đã được sửa đổi, bổ sung bởi B … và bãi bỏ khoản 3 Điều 5 bởi C": both acts on the same document, C acted on by none', async () => {
    const cs = await read(letter('Quyết định số 06/2022/QĐ-UBND ngày 14 tháng 02 năm 2022 về phân cấp quản lý tài sản công đã được sửa đổi, bổ sung bởi Quyết định số 31/2024/QĐ-UBND ngày 09 tháng 8 năm 2024 và bãi bỏ khoản 3 Điều 5 bởi Quyết định số 36/2024/QĐ-UBND ngày 20 tháng 9 năm 2024.', 'BÁO CÁO'));
    expect(reports(cs).sort()).toEqual(['31/2024/QĐ-UBND amends 06/2022/QĐ-UBND', '36/2024/QĐ-UBND repeals 06/2022/QĐ-UBND']);
  });

  it('"c) Thông tư số A và Thông tư số B đã được thay thế bởi Thông tư số C": both replaced, in a report\'s item', async () => {
    const cs = await read(letter('Kết quả xử lý văn bản:\nc) Thông tư số 150/2016/TT-BTC và Thông tư số 110/2020/TT-BTC đã được thay thế bởi Thông tư số 93/2025/TT-BTC;', 'BÁO CÁO'));
    expect(reports(cs).sort()).toEqual(['93/2025/TT-BTC replaces 110/2020/TT-BTC', '93/2025/TT-BTC replaces 150/2016/TT-BTC']);
  });

  it('look-alike: in an enumeration the phrase is the last document\'s ("…, Luật A số X, Luật B số Y đã được sửa đổi … theo Luật số Z")', async () => {
    const cs = await read(letter('Căn cứ pháp lý: Luật Quảng cáo số 16/2012/QH13, Luật Xây dựng số 50/2014/QH13 và Luật Đất đai số 45/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14.', 'BÁO CÁO'));
    expect(reports(cs)).toEqual(['35/2018/QH14 amends 45/2013/QH13']);
  });

  it('look-alike: in an act, the same sentence reports no act of B', async () => {
    const decree = `CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 10/2021/NĐ-CP\nHà Nội, ngày 09 tháng 02 năm 2021\nNGHỊ ĐỊNH\nVề quản lý chi phí đầu tư xây dựng\nĐiều 45. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 09 tháng 02 năm 2021.\n2. Nghị định số 68/2019/NĐ-CP hết hiệu lực kể từ ngày Nghị định số 15/2021/NĐ-CP có hiệu lực.\n`;
    expect(reports(await read(decree))).toEqual([]);
  });
});

describe('guidance and bills (fifteenth round, fixtures/relations/drafting-forms-guidance.json)', () => {
  const resolution = (body: string): string =>
    `QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nNghị quyết số: 129/2024/QH15\nHà Nội, ngày 08 tháng 6 năm 2024\nNGHỊ QUYẾT\nVề Chương trình xây dựng luật, pháp lệnh năm 2025, điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2024\nQUYẾT NGHỊ:\n${body}\n`;

  it('a bill is acted on by nobody: "Đưa ra khỏi Chương trình … dự án Luật … (sửa đổi)", "Lùi thời gian trình dự án Luật …"', async () => {
    const cs = await read(resolution('Điều 2. Chương trình năm 2024 ban hành kèm theo Nghị quyết số 89/2023/QH15 được điều chỉnh như sau:\n1. Đưa ra khỏi Chương trình năm 2024 dự án Luật Bảo vệ bí mật nhà nước (sửa đổi) để tiếp tục tổng kết, đánh giá.\n2. Lùi thời gian trình dự án Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (sửa đổi) từ Kỳ họp thứ 8 sang Kỳ họp thứ 9.'));
    expect(cs.filter((c) => c.kind === 'named').map((c) => `${c.text} ${c.relation}`)).toEqual(['Luật Bảo vệ bí mật nhà nước (sửa đổi) cites', 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ (sửa đổi) cites']);
  });

  it('a bill\'s description reports no act yet: "Luật Việc làm (sửa đổi) thay thế Luật Việc làm số 38/2013/QH13"', async () => {
    const cs = await read(resolution('Điều 1. Trình Quốc hội cho ý kiến tại Kỳ họp thứ 9 các dự án luật sau đây:\na) Luật Việc làm (sửa đổi) thay thế Luật Việc làm số 38/2013/QH13;'));
    expect(reports(cs)).toEqual([]);
  });

  it('look-alike: a law that is no bill is still amended by name ("Sửa đổi, bổ sung Điều 12 của Luật Quản lý, sử dụng vũ khí, …")', async () => {
    const cs = await read(resolution('Điều 3. Sửa đổi, bổ sung Điều 12 của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ như sau: “…”.'));
    expect(cs.filter((c) => c.kind === 'named').map((c) => `${c.text} ${c.relation}`)).toEqual(['Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ amends']);
  });

  it('"Nghị định số A (đã được sửa đổi, bổ sung bởi Nghị định số B) được hướng dẫn tại Thông tư số C": C guides A, not B', async () => {
    const report = `CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 512/BC-CP\nHà Nội, ngày 18 tháng 10 năm 2023\nBÁO CÁO\nKết quả thực hiện chính sách hỗ trợ lãi suất\nI. CƠ SỞ PHÁP LÝ\n1. Nghị định số 31/2022/NĐ-CP (đã được sửa đổi, bổ sung bởi Nghị định số 36/2023/NĐ-CP) được hướng dẫn tại Thông tư số 03/2022/TT-NHNN ngày 20 tháng 5 năm 2022 của Ngân hàng Nhà nước Việt Nam.\n`;
    expect(reports(await read(report)).sort()).toEqual(['03/2022/TT-NHNN guides 31/2022/NĐ-CP', '36/2023/NĐ-CP amends 31/2022/NĐ-CP']);
  });
});

describe('ministries\' acts (sixteenth round, fixtures/relations/drafting-forms-ministries.json)', () => {
  const circular = (body: string, own = 'Số: 12/2024/TT-BLĐTBXH', kind = 'THÔNG TƯ'): string =>
    `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n${own}\nHà Nội, ngày 10 tháng 10 năm 2024\n${kind}\nQuy định về hợp đồng lao động\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về hợp đồng lao động.\nĐiều 20. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2024.\n${body}\n`;
  const annex = 'PHỤ LỤC\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC\n(Kèm theo Thông tư số 12/2024/TT-BLĐTBXH)\n1. Thông tư số 10/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020.\n2. Điều 2 Thông tư số 05/2022/TT-BLĐTBXH ngày 01 tháng 3 năm 2022.';
  const acts = (cs: readonly Citation[]): string[] => cs.filter((c) => c.role !== 'embedded').map((c) => `${c.number} ${c.relation}${c.scope && !c.scope.whole ? ' part' : ''}`);

  it('"Các văn bản quy định tại Phụ lục … hết hiệu lực": the annex\'s "DANH MỤC VĂN BẢN HẾT HIỆU LỰC" lists what this act ends', async () => {
    const cs = await read(circular(`2. Các văn bản quy định tại Phụ lục kèm theo Thông tư này hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n${annex}`));
    expect(acts(cs)).toEqual(['10/2020/TT-BLĐTBXH replaces', '05/2022/TT-BLĐTBXH repeals part']);
  });

  it('look-alike: the same annex in a decision that publishes the list reports what ended', async () => {
    const cs = await read(circular(`Điều 21. Công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ năm 2024 (Phụ lục kèm theo).\n${annex}`, 'Số: 1208/QĐ-BLĐTBXH', 'QUYẾT ĐỊNH'));
    expect(acts(cs).filter((a) => !a.endsWith('cites'))).toEqual([]);
  });

  it('a table under "Các Thông tư sau đây hết hiệu lực … kể từ ngày Thông tư này có hiệu lực:": each row ends as its cells say', async () => {
    const cs = await read(circular('2. Các Thông tư sau đây hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực:\n| STT | Văn bản | Phạm vi |\n| 1 | Thông tư số 10/2020/TT-BLĐTBXH ngày 12/11/2020 | Toàn bộ |\n| 2 | Thông tư số 05/2022/TT-BLĐTBXH ngày 01/3/2022 | Điều 3, Điều 4 |'));
    expect(acts(cs)).toEqual(['10/2020/TT-BLĐTBXH replaces', '05/2022/TT-BLĐTBXH repeals part']);
  });

  it('"Thông tư số A và các văn bản sửa đổi, bổ sung Thông tư số A hết hiệu lực": the successor replaces A', async () => {
    const cs = await read(circular('2. Thông tư số 10/2020/TT-BLĐTBXH và các văn bản sửa đổi, bổ sung Thông tư số 10/2020/TT-BLĐTBXH hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực.'));
    expect(acts(cs)).toEqual(['10/2020/TT-BLĐTBXH replaces']);
  });

  it('"… trước khi được sửa đổi bởi Thông tư này" is a time, not an act', async () => {
    const cs = await read(circular('2. Việc quyết toán năm 2024 thực hiện theo quy định tại Thông tư số 10/2020/TT-BLĐTBXH trước khi được sửa đổi bởi Thông tư này.'));
    expect(acts(cs)).toEqual(['10/2020/TT-BLĐTBXH cites']);
  });

  it('look-alike: "… được sửa đổi bởi Thông tư này" is still this act\'s own', async () => {
    const cs = await read(circular('2. Khoản 2 Điều 4 Thông tư số 10/2020/TT-BLĐTBXH được sửa đổi bởi Thông tư này có hiệu lực từ ngày 01 tháng 01 năm 2025.'));
    expect(acts(cs)).toEqual(['10/2020/TT-BLĐTBXH amends part']);
  });
});
