import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, relationsOf as acts, reportsOn } from './helpers/act-text.js';

/**
 * The forty-fourth round's tuning half (fixtures/relations/drafting-forms-parts-and-look-alikes.json, briefs round 44: parts of
 * documents amended or repealed, and the words of amendment or repeal that are not the self document's acts). Each case failed on
 * the code before these rules (207ea89); the look-alikes pass on both.
 */
const decision = (body: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '21/2024/QĐ-UBND', 'Hà Tĩnh, ngày 05 tháng 6 năm 2024')}QUYẾT ĐỊNH\nSửa đổi, bổ sung một số điều của Quy định phân cấp quản lý công trình thủy lợi ban hành kèm theo Quyết định số 44/2021/QĐ-UBND\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi khoản 1 Điều 5 của Quy định ban hành kèm theo Quyết định số 44/2021/QĐ-UBND như sau:\n“1. Ủy ban nhân dân cấp huyện quản lý các hồ chứa nước …”\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 15 tháng 6 năm 2024.\n${body}\n`;

describe('an article repealed with its heading in parentheses', () => {
  it('"Bãi bỏ Điều 14 (Xử lý chuyển tiếp đối với … trước ngày Quy định có hiệu lực) của Quy định … Quyết định số A" repeals it', async () => {
    const cs = await readCitations(decision('2. Bãi bỏ Điều 14 (Xử lý chuyển tiếp đối với công trình bàn giao trước ngày Quy định có hiệu lực) của Quy định ban hành kèm theo Quyết định số 44/2021/QĐ-UBND kể từ ngày 01 tháng 7 năm 2024.'));
    expect(headActs(cs, '44/2021/QĐ-UBND')).toContain('repeals/part');
  });

  it('look-alike: "đối với" outside a parenthesis still names whom, not what: "Bãi bỏ các khoản thu đối với hộ nghèo theo Quyết định số A"', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '1520/QĐ-UBND', 'Hà Tĩnh, ngày 05 tháng 6 năm 2024')}QUYẾT ĐỊNH\nVề việc miễn các khoản đóng góp cho hộ nghèo năm học 2024 - 2025\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ các khoản thu đối với hộ nghèo theo Quyết định số 44/2021/QĐ-UBND trong năm học 2024 - 2025.\n`;
    expect(acts(await readCitations(text), '44/2021/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('a form named with its code, located in an annex, in the items of a repealing list', () => {
  const circular = (head: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '52/2023/TT-BTC', 'Hà Nội, ngày 14 tháng 8 năm 2023')}THÔNG TƯ\nBãi bỏ một số quy định tại các Thông tư của Bộ trưởng Bộ Tài chính trong lĩnh vực hải quan\n${head}\n1. Khoản 3 Điều 5 Thông tư số 38/2015/TT-BTC ngày 25 tháng 3 năm 2015 của Bộ trưởng Bộ Tài chính quy định về thủ tục hải quan.\n2. Điều 8 và Mẫu số 03/BKTK tại Phụ lục ban hành kèm theo Thông tư số 191/2015/TT-BTC ngày 24 tháng 11 năm 2015 của Bộ trưởng Bộ Tài chính.\nĐiều 2. Thông tư này có hiệu lực kể từ ngày 01 tháng 10 năm 2023.\n`;

  it('"2. Điều 8 và Mẫu số 03/BKTK tại Phụ lục ban hành kèm theo Thông tư số A" under "Bãi bỏ một số quy định tại các Thông tư sau" repeals a part', async () => {
    expect(headActs(await readCitations(circular('Điều 1. Bãi bỏ một số quy định tại các Thông tư sau')), '191/2015/TT-BTC')).toEqual(['repeals/part']);
  });

  it('look-alike: the same items under a head that keeps them are cited only', async () => {
    expect(acts(await readCitations(circular('Điều 1. Các quy định sau đây tiếp tục được áp dụng đến hết ngày 31 tháng 12 năm 2023')), '191/2015/TT-BTC')).toEqual(['cites']);
  });
});

describe('a review\'s table whose column says what was done to each document and another who did it', () => {
  const review = (columns: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH', '18/BC-UBND', 'Bắc Ninh, ngày 20 tháng 01 năm 2024')}BÁO CÁO\nKết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật năm 2023\nKính gửi: Bộ Tư pháp.\n| STT | Văn bản được rà soát | ${columns} |\n| 1 | Quyết định số 21/2017/QĐ-UBND ngày 12/6/2017 của UBND tỉnh | Điều 5, Điều 8 được sửa đổi, bổ sung | Quyết định số 09/2023/QĐ-UBND ngày 15/3/2023 của UBND tỉnh |\n| 2 | Nghị quyết số 05/2019/NQ-HĐND ngày 11/7/2019 của HĐND tỉnh | Khoản 3 Điều 2 bị bãi bỏ | Nghị quyết số 12/2023/NQ-HĐND ngày 07/7/2023 của HĐND tỉnh |\n`;

  it('"| Văn bản được rà soát | Nội dung đã được xử lý | Văn bản xử lý |": each row\'s act reported on its document', async () => {
    const cs = await readCitations(review('Nội dung đã được xử lý | Văn bản xử lý'));
    expect(reportsOn(cs, '21/2017/QĐ-UBND')).toEqual(['09/2023/QĐ-UBND amends 21/2017/QĐ-UBND']);
    expect(reportsOn(cs, '05/2019/NQ-HĐND')).toEqual(['12/2023/NQ-HĐND repeals 05/2019/NQ-HĐND']);
  });

  it('look-alike: a column of what is proposed beside the body proposed to act reports nothing', async () => {
    const cs = await readCitations(review('Nội dung đề nghị xử lý | Cơ quan thực hiện'));
    expect(reportsOn(cs, '21/2017/QĐ-UBND')).toEqual([]);
    expect(reportsOn(cs, '05/2019/NQ-HĐND')).toEqual([]);
  });
});

// The rest are from earlier rounds' tuning halves (endings-unusual 18 -> 19 of 22, issuers-and-successors 18 -> 19 of 22,
// parts-taken-over 23 -> 24 of 29): the parts of documents ended with no "bãi bỏ" that this document takes over.
describe('the part of an amending act ended beside the document it amended, which this one replaces', () => {
  const circular = (item: string): string =>
    `${documentHeader('NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM', '17/2024/TT-NHNN', 'Hà Nội, ngày 28 tháng 6 năm 2024')}THÔNG TƯ\nQuy định việc mở và sử dụng tài khoản thanh toán tại tổ chức cung ứng dịch vụ thanh toán\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định việc mở và sử dụng tài khoản thanh toán.\nĐiều 28. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024.\n2. Các văn bản, quy định sau đây không còn hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành:\n- Thông tư số 23/2014/TT-NHNN ngày 19 tháng 8 năm 2014 của Thống đốc Ngân hàng Nhà nước Việt Nam hướng dẫn việc mở và sử dụng tài khoản thanh toán tại tổ chức cung ứng dịch vụ thanh toán;\n${item}\n`;

  it('"- Điều 2 Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số C … và Thông tư số A …;" with A replaced: B replaced in part', async () => {
    const cs = await readCitations(circular('- Điều 2 Thông tư số 32/2016/TT-NHNN ngày 26 tháng 12 năm 2016 của Thống đốc Ngân hàng Nhà nước Việt Nam sửa đổi, bổ sung một số điều của Thông tư số 46/2014/TT-NHNN ngày 31 tháng 12 năm 2014 hướng dẫn về dịch vụ thanh toán không dùng tiền mặt và Thông tư số 23/2014/TT-NHNN;'));
    expect(headActs(cs, '23/2014/TT-NHNN')).toContain('replaces/whole');
    expect(headActs(cs, '32/2016/TT-NHNN')).toEqual(['replaces/part']);
  });

  it('look-alike: the part of a document that amended another, not the one replaced, stays repealed', async () => {
    const cs = await readCitations(circular('- Điều 2 Thông tư số 32/2016/TT-NHNN ngày 26 tháng 12 năm 2016 của Thống đốc Ngân hàng Nhà nước Việt Nam sửa đổi, bổ sung một số điều của Thông tư số 46/2014/TT-NHNN ngày 31 tháng 12 năm 2014 hướng dẫn về dịch vụ thanh toán không dùng tiền mặt;'));
    expect(headActs(cs, '32/2016/TT-NHNN')).toEqual(['repeals/part']);
  });
});

describe('a part ended whose matter, noted after it, the title shares only a place\'s words with', () => {
  const decision = (matter: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH LONG AN', '35/2022/QĐ-UBND', 'Long An, ngày 15 tháng 8 năm 2022')}QUYẾT ĐỊNH\nBan hành Quy định về quản lý, sử dụng tạm thời một phần hè phố, lòng đường trên địa bàn tỉnh Long An\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về quản lý, sử dụng tạm thời một phần hè phố, lòng đường.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 25 tháng 8 năm 2022.\n2. Điều 5, Điều 6 và Điều 7 Quy định ban hành kèm theo Quyết định số 48/2017/QĐ-UBND ngày 21 tháng 9 năm 2017 của Ủy ban nhân dân tỉnh (${matter}) hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n`;

  // (six words in a row were enough, "trên địa bàn tỉnh Long An" among them: three of the six must now say what; a shorter run of
  // telling words, "hè phố, lòng đường", was tried and read the law's name in "phí bảo hiểm tiền gửi" against "… Luật Bảo hiểm tiền
  // gửi" as the matter, so the one tuning case it served, issuers-and-successors #19, stays missed)
  it('"(về bảo vệ hành lang an toàn đường bộ trên địa bàn tỉnh Long An)" against a title ending "… trên địa bàn tỉnh Long An": repealed', async () => {
    expect(headActs(await readCitations(decision('về bảo vệ hành lang an toàn đường bộ trên địa bàn tỉnh Long An')), '48/2017/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('look-alike: a matter the title holds from its first words is still replaced', async () => {
    expect(headActs(await readCitations(decision('về quản lý, sử dụng tạm thời một phần hè phố, lòng đường')), '48/2017/QĐ-UBND')).toEqual(['replaces/part']);
  });
});

describe('a part disapplied for the cases an article of this document governs', () => {
  const decision = (clause: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI', '18/2025/QĐ-UBND', 'Hà Nội, ngày 10 tháng 3 năm 2025')}QUYẾT ĐỊNH\nBan hành Quy định phân cấp quản lý, khai thác và bảo trì hệ thống đường bộ trên địa bàn Thành phố Hà Nội\nĐiều 1. Ban hành kèm theo Quyết định này Quy định phân cấp quản lý, khai thác và bảo trì hệ thống đường bộ.\nĐiều 2. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2025.\n${clause}\n`;

  it('"Khoản 2 Điều 6 … Quyết định số A … không áp dụng đối với … đã được phân cấp quản lý theo Điều 5 Quy định ban hành kèm theo Quyết định này": replaced in part', async () => {
    expect(headActs(await readCitations(decision('2. Khoản 2 Điều 6 Quy định ban hành kèm theo Quyết định số 04/2021/QĐ-UBND ngày 05 tháng 3 năm 2021 của Ủy ban nhân dân Thành phố về quản lý hệ thống chiếu sáng công cộng không áp dụng đối với hệ thống chiếu sáng trên các tuyến đường đã được phân cấp quản lý theo Điều 5 Quy định ban hành kèm theo Quyết định này.')), '04/2021/QĐ-UBND')).toEqual(['replaces/part']);
  });

  it('look-alike: disapplied for a class of subjects this document does not govern, it stays repealed', async () => {
    expect(headActs(await readCitations(decision('2. Khoản 2 Điều 6 Quy định ban hành kèm theo Quyết định số 04/2021/QĐ-UBND ngày 05 tháng 3 năm 2021 của Ủy ban nhân dân Thành phố về quản lý hệ thống chiếu sáng công cộng không áp dụng đối với hệ thống chiếu sáng trong khu công nghiệp.')), '04/2021/QĐ-UBND')).toEqual(['repeals/part']);
  });
});
