import { describe, expect, it } from 'vitest';
import { documentHeader, ownActsOf } from './helpers/act-text.js';

/**
 * A clause that lists documents over their long titles and closes with "… bị bãi bỏ" / "… được bãi bỏ": each document is repealed,
 * whole, by the statute's verb of repeal, whatever succession the types suggest (the seventeenth session's closing note: the list
 * rules knew "hết hiệu lực" only). Each case failed on the code before (58b9f7c); the look-alikes pass on both.
 */
const acts = ownActsOf;
const circular = (clause: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH', '21/2024/TT-BTC', 'Hà Nội, ngày 15 tháng 5 năm 2024')}THÔNG TƯ\nQuy định về thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định về thủ tục hải quan.\nĐiều 5. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024.\n2. ${clause}\n`;
const LIST =
  'Thông tư số 12/2015/TT-BTC ngày 30 tháng 1 năm 2015 của Bộ trưởng Bộ Tài chính hướng dẫn thủ tục hải quan đối với hàng hóa xuất khẩu, nhập khẩu qua biên giới đất liền và đường sông, Thông tư số 20/2017/TT-BTC ngày 06 tháng 3 năm 2017 của Bộ trưởng Bộ Tài chính quy định về kiểm tra chuyên ngành đối với hàng hóa thuộc diện quản lý của Bộ Tài chính, Thông tư số 25/2018/TT-BTC ngày 16 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý thu phí hải quan và Thông tư số 33/2019/TT-BTC ngày 10 tháng 6 năm 2019 của Bộ trưởng Bộ Tài chính quy định về kiểm tra sau thông quan';
const NUMBERS = ['12/2015/TT-BTC', '20/2017/TT-BTC', '25/2018/TT-BTC', '33/2019/TT-BTC'];

describe('a list over long titles closed by the passive of repeal', () => {
  it('"A …, B …, C … và D … bị bãi bỏ." repeals all four whole, not replaced as a successor\'s would be', async () => {
    const text = circular(`${LIST} bị bãi bỏ.`);
    for (const n of NUMBERS) expect(await acts(text, n)).toEqual(['repeals/whole']);
  });

  it('"… được bãi bỏ kể từ ngày Thông tư này có hiệu lực." likewise', async () => {
    const text = circular(`${LIST} được bãi bỏ kể từ ngày Thông tư này có hiệu lực.`);
    for (const n of NUMBERS) expect(await acts(text, n)).toEqual(['repeals/whole']);
  });

  it('look-alike: "… đã bị bãi bỏ." is a status with no actor, a report of nothing this circular does', async () => {
    const text = circular(`${LIST} đã bị bãi bỏ.`);
    for (const n of NUMBERS) expect(await acts(text, n)).toEqual(['cites']);
  });

  it('look-alike: a case that supposes the repeal ("Trường hợp … bị bãi bỏ thì …") acts on nothing', async () => {
    const text = circular(`Trường hợp ${LIST} bị bãi bỏ thì áp dụng theo văn bản thay thế.`);
    for (const n of NUMBERS) expect(await acts(text, n)).toEqual(['cites']);
  });
});
