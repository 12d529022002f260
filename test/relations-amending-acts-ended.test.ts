import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * The convention of 2026-12-06 (fixtures/relations/README.md, "Amending acts ended with their base"; docs/legal-status.md): an
 * amending act that an ending clause ends ("hết hiệu lực") with the base this act replaces is replaced too, as the statute ends a
 * document its issuer's new document replaces (Luật số 64/2025/QH15, Điều 57 khoản 1 điểm b); one the text repeals ("bãi bỏ"), or
 * whose base is repealed or not ended, stays repealed. The first cases failed on the code before the rule; the look-alikes pass on
 * both.
 */
const decree = (body: string): string =>
  `${documentHeader('CHÍNH PHỦ', '21/2026/NĐ-CP', 'Hà Nội, ngày 28 tháng 01 năm 2026')}NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Thương mại điện tử\nCăn cứ Luật Thương mại điện tử số 122/2025/QH15;\nChính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Thương mại điện tử.\nĐiều 50. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n${body}`;

describe('an amending act ended with its base (the convention of 2026-12-06)', () => {
  it('"2. Nghị định số A … về thương mại điện tử và Nghị định số B … sửa đổi, bổ sung một số điều của Nghị định số A hết hiệu lực": both replaced', async () => {
    const cs = await readCitations(decree('2. Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về thương mại điện tử và Nghị định số 85/2021/NĐ-CP ngày 25 tháng 9 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 52/2013/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n'));
    expect(headActs(cs, '52/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '85/2021/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('an amending act whose base its title names in words the reader does not resolve follows the document of its type the sentence replaces', async () => {
    const cs = await readCitations(decree('2. Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về thương mại điện tử, Nghị định số 85/2021/NĐ-CP ngày 25 tháng 9 năm 2021 sửa đổi, bổ sung một số điều tại các Nghị định quy định về thương mại điện tử hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n'));
    expect(headActs(cs, '52/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '85/2021/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: "Bãi bỏ Nghị định số A …; Nghị định số B … sửa đổi … Nghị định số A" repeals both', async () => {
    const cs = await readCitations(decree('2. Bãi bỏ Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về thương mại điện tử; Nghị định số 85/2021/NĐ-CP ngày 25 tháng 9 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 52/2013/NĐ-CP.\n'));
    expect(headActs(cs, '52/2013/NĐ-CP')).toEqual(['repeals/whole']);
    expect(headActs(cs, '85/2021/NĐ-CP')).toEqual(['repeals/whole']);
  });

  it('look-alike: an amending act whose base is not ended here, or that the text repeals after its base is replaced, stays repealed', async () => {
    const other = await readCitations(decree('2. Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về thương mại điện tử và Nghị định số 85/2021/NĐ-CP ngày 25 tháng 9 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 09/2018/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n'));
    expect(headActs(other, '52/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(other, '85/2021/NĐ-CP')).toEqual(['repeals/whole']);
    const repealed = await readCitations(decree('2. Nghị định này thay thế Nghị định số 52/2013/NĐ-CP ngày 16 tháng 5 năm 2013 của Chính phủ về thương mại điện tử.\n3. Bãi bỏ Nghị định số 85/2021/NĐ-CP ngày 25 tháng 9 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 52/2013/NĐ-CP.\n'));
    expect(headActs(repealed, '52/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(repealed, '85/2021/NĐ-CP')).toEqual(['repeals/whole']);
  });
});
