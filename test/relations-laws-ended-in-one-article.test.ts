import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * A law's effect article that ends its predecessor in one clause and another law or ordinance in the next
 * (drafting-forms.json #190, a tuning passage), fixed on 2026-12-07 (twenty-sixth session); the case failed on 74d34e0, the
 * look-alike passes on both.
 */
describe('a law that ends its predecessor and, in the next clause of the article, an ordinance of another subject', () => {
  const law = (clauses: string): string =>
    `${documentHeader('QUỐC HỘI', '97/2015/QH13', 'Hà Nội, ngày 25 tháng 11 năm 2015')}LUẬT\nPHÍ VÀ LỆ PHÍ\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật phí và lệ phí.\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về danh mục phí, lệ phí; người nộp phí, lệ phí; tổ chức thu phí, lệ phí.\nĐiều 25. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2017.\n${clauses}\nĐiều 26. Quy định chi tiết\nChính phủ quy định chi tiết các điều, khoản được giao trong Luật.\n`;

  it('replaces the predecessor and only ends the other ("2. Pháp lệnh Phí và lệ phí … hết hiệu lực …\\n3. Pháp lệnh Án phí, lệ phí Tòa án … hết hiệu lực …")', async () => {
    const cs = await readCitations(law('2. Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n3. Pháp lệnh Án phí, lệ phí Tòa án số 10/2009/PL-UBTVQH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.'));
    expect(headActs(cs, '38/2001/PL-UBTVQH10')).toEqual(['replaces/whole']);
    expect(headActs(cs, '10/2009/PL-UBTVQH12')).toEqual(['repeals/whole']);
  });

  it('look-alike: an ordinance of another name ended alone still passes to the law that takes it over', async () => {
    const cs = await readCitations(law('2. Pháp lệnh Án phí, lệ phí Tòa án số 10/2009/PL-UBTVQH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.'));
    expect(headActs(cs, '10/2009/PL-UBTVQH12')).toEqual(['replaces/whole']);
  });
});
