import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, ownActsOf, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * From the thirty-sixth drafting round's tuning half (fixtures/relations/drafting-forms-reports-and-acts.json): each case failed on
 * the code before its rule; the look-alikes pass on both.
 */
const acts = ownActsOf;
const circular = (article8: string, clause: string): string =>
  `${documentHeader('BỘ Y TẾ', '13/2025/TT-BYT')}THÔNG TƯ\nHướng dẫn triển khai hồ sơ bệnh án điện tử\nCăn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;\nBộ trưởng Bộ Y tế ban hành Thông tư.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn triển khai hồ sơ bệnh án điện tử.\nĐiều 8. ${article8}\nCơ sở khám bệnh, chữa bệnh lưu trữ theo quy định.\nĐiều 14. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.\n${clause}\n`;

describe('one provision on a matter, "không áp dụng kể từ ngày …"', () => {
  const clause = '3. Quy định về lưu trữ hồ sơ bệnh án dạng điện tử tại khoản 4 Điều 61 Thông tư số 32/2023/TT-BYT ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh không áp dụng kể từ ngày Thông tư này có hiệu lực thi hành.';

  it('"3. Quy định về <matter> tại khoản 4 Điều 61 Thông tư số A … không áp dụng kể từ ngày Thông tư này có hiệu lực" ends that part, replaced when an article of this act is headed with the matter', async () => {
    expect(await acts(circular('Lưu trữ hồ sơ bệnh án điện tử', clause), '32/2023/TT-BYT')).toEqual(['replaces/part']);
  });

  it('and repealed when no article takes the matter up', async () => {
    expect(await acts(circular('Kết nối dữ liệu', clause), '32/2023/TT-BYT')).toEqual(['repeals/part']);
  });

  it('look-alike: provisions applied from a day ("… tại khoản 4 Điều 61 Thông tư số A được áp dụng kể từ ngày …") end nothing', async () => {
    expect(await acts(circular('Lưu trữ hồ sơ bệnh án điện tử', '3. Quy định về lưu trữ hồ sơ bệnh án dạng điện tử tại khoản 4 Điều 61 Thông tư số 32/2023/TT-BYT được áp dụng kể từ ngày Thông tư này có hiệu lực thi hành.'), '32/2023/TT-BYT')).toEqual(['cites']);
  });
});

describe('reports of what a third document did, in shapes the status phrases did not reach', () => {
  const letter = (sentence: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI', '156/UBND-KT', 'Yên Bái, ngày 05 tháng 12 năm 2024')}V/v trả lời đơn của công dân\nKính gửi: Ông Nguyễn Văn A\n1. ${sentence}\n2. Hồ sơ của ông được giải quyết theo quy định hiện hành.\n`;

  it('"… đã được Ủy ban nhân dân tỉnh thay thế bằng Quyết định số B": the body that acted named before the verb, B the report\'s actor', async () => {
    const cs = await readCitations(letter('Quyết định số 26/2014/QĐ-UBND ngày 29 tháng 12 năm 2014 quy định hạn mức giao đất đã hết hiệu lực, được Ủy ban nhân dân tỉnh Yên Bái thay thế bằng Quyết định số 18/2024/QĐ-UBND ngày 30 tháng 9 năm 2024.'));
    expect(reportsOn(cs, '26/2014/QĐ-UBND')).toEqual(['18/2024/QĐ-UBND replaces 26/2014/QĐ-UBND']);
    expect(headActs(cs, '26/2014/QĐ-UBND')).toEqual(['cites']);
  });

  it('"… đã bị bãi bỏ một phần tại Điều 105 Nghị định số B": a repeal of a part reported at B\'s article', async () => {
    const cs = await readCitations(letter('Nghị định số 10/2023/NĐ-CP ngày 03 tháng 4 năm 2023 của Chính phủ đã bị bãi bỏ một phần tại Điều 105 Nghị định số 102/2024/NĐ-CP.'));
    expect(reportsOn(cs, '10/2023/NĐ-CP')).toEqual(['102/2024/NĐ-CP repeals 10/2023/NĐ-CP']);
  });

  it('look-alike: a body proposed to act ("… đề nghị Ủy ban nhân dân tỉnh thay thế bằng một quyết định mới") reports nothing', async () => {
    const cs = await readCitations(letter('Quyết định số 26/2014/QĐ-UBND ngày 29 tháng 12 năm 2014 quy định hạn mức giao đất cần được Ủy ban nhân dân tỉnh xem xét, thay thế bằng một quyết định mới.'));
    expect(reportsOn(cs, '26/2014/QĐ-UBND')).toEqual([]);
  });
});
