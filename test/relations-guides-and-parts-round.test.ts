import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * Shapes fixed on 2026-12-07 (twenty-seventh session), from the tuning halves (drafting-forms-unexpected-places.json #8 first, then
 * the fifty-eighth round's); each case failed on 5fb37ae, the look-alikes pass on both.
 */
const decision = (article: string): string =>
  `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '327/QĐ-TTg', 'Hà Nội, ngày 10 tháng 4 năm 2023')}QUYẾT ĐỊNH\nVề việc giao kế hoạch vốn năm 2023\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\nQUYẾT ĐỊNH:\nĐiều 1. Giao kế hoạch vốn cho các bộ, địa phương theo Phụ lục I kèm theo Quyết định này.\n${article}\nĐiều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n`;

describe('"Thông tin về các tuyến tại Phụ lục I kèm theo Quyết định số A … được điều chỉnh như sau:"', () => {
  it('a clause that opens with what it changes, described in words and placed in the document, amends it', async () => {
    const cs = await readCitations(decision('Điều 2. Các dự án phải bảo đảm thủ tục đầu tư. Thông tin về các tuyến tại Phụ lục I kèm theo Quyết định số 1454/QĐ-TTg ngày 01 tháng 9 năm 2021 của Thủ tướng Chính phủ phê duyệt Quy hoạch mạng lưới đường bộ được điều chỉnh như sau:\n| Tuyến | Nội dung điều chỉnh |\n| Cao tốc Châu Đốc - Cần Thơ | Chiều dài 188 km |'));
    expect(headActs(cs, '1454/QĐ-TTg')).toEqual(['amends/part']);
  });

  it('look-alikes: a change said done, or done by another act, is none of this decision\'s', async () => {
    const done = await readCitations(decision('Điều 2. Thông tin về các tuyến tại Phụ lục I kèm theo Quyết định số 1454/QĐ-TTg ngày 01 tháng 9 năm 2021 của Thủ tướng Chính phủ đã được điều chỉnh như sau:\n| Tuyến | Nội dung |\n| Cao tốc Châu Đốc - Cần Thơ | Chiều dài 188 km |'));
    expect(headActs(done, '1454/QĐ-TTg')).toEqual(['cites']);
    const byOther = await readCitations(decision('Điều 2. Thông tin về các tuyến tại Phụ lục I kèm theo Quyết định số 1454/QĐ-TTg ngày 01 tháng 9 năm 2021 của Thủ tướng Chính phủ được điều chỉnh theo Quyết định số 12/QĐ-BGTVT ngày 5 tháng 1 năm 2023.'));
    expect(headActs(byOther, '1454/QĐ-TTg')).toEqual(['cites']);
  });
});
