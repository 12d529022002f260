import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the thirtieth drafting round's tuning half (fixtures/relations/drafting-forms-succession.json, replacing told from
 * repealing and guiding from citing). Each case failed on the code before its rule (b1ade19); the look-alikes pass on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

describe('an amending act of an amending act ended with the base this act replaces', () => {
  const effect = (third: string): string =>
    `${documentHeader('CHÍNH PHỦ', '67/2026/NĐ-CP', 'Hà Nội, ngày 10 tháng 3 năm 2026')}NGHỊ ĐỊNH\nVề kinh doanh xăng dầu\nĐiều 52. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2026.\n2. Các văn bản sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:\na) Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu;\nb) Nghị định số 95/2021/NĐ-CP ngày 01 tháng 11 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 83/2014/NĐ-CP;\n${third}\n`;

  it('"c) Nghị định số C … sửa đổi, bổ sung một số điều của Nghị định số B và Nghị định số A": C follows A, replaced, as B does', async () => {
    const text = effect('c) Nghị định số 80/2023/NĐ-CP ngày 17 tháng 11 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP và Nghị định số 83/2014/NĐ-CP.');
    expect(await scopes(text, '83/2014/NĐ-CP')).toEqual(['replaces/whole']);
    expect(await scopes(text, '95/2021/NĐ-CP')).toEqual(['replaces/whole']);
    expect(await scopes(text, '80/2023/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: one the text repeals ("c) Bãi bỏ Nghị định số C …") stays repealed', async () => {
    const text = effect('3. Bãi bỏ Nghị định số 80/2023/NĐ-CP ngày 17 tháng 11 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP.');
    expect(await scopes(text, '80/2023/NĐ-CP')).toEqual(['repeals/whole']);
  });
});

describe('"Thay thế thành viên Ban … được thành lập tại Quyết định số …": the members that decision set are changed', () => {
  const decision = (article: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC', '1875/QĐ-UBND', 'Krông Pắc, ngày 14 tháng 6 năm 2023')}QUYẾT ĐỊNH\nVề việc thay thế thành viên Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\nCăn cứ Quyết định số 452/QĐ-UBND ngày 10/3/2022 của Chủ tịch UBND huyện về việc thành lập Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện;\nQUYẾT ĐỊNH:\n${article}\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n`;

  it('the decision that set up the body is amended in part', async () => {
    const text = decision('Điều 1. Thay thế thành viên Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện được thành lập tại Quyết định số 452/QĐ-UBND, cụ thể như sau:\n1. Ông Trần Văn Bình, Trưởng phòng Nông nghiệp và PTNT huyện, làm thành viên, thay ông Lê Quang Hải (đã nghỉ hưu).');
    expect(await scopes(text, '452/QĐ-UBND')).toEqual(['basis', 'amends/part']);
  });

  it('look-alike: replacing members by a task ("Giao Phòng Nội vụ tham mưu thay thế thành viên …") amends nothing', async () => {
    const text = decision('Điều 1. Giao Phòng Nội vụ tham mưu thay thế thành viên Ban Chỉ đạo được thành lập tại Quyết định số 452/QĐ-UBND.');
    expect(await scopes(text, '452/QĐ-UBND')).toEqual(['basis', 'cites']);
  });
});
