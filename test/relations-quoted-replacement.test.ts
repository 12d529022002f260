import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * A letter that quotes another document's provision in which that document takes the place of others ("Khoản 2 Điều 37 Thông tư số X
 * … quy định: “Thông tư này thay thế các văn bản sau đây: a) Quyết định số A …”"): inside the quotation "Thông tư này" is X, so the
 * letter reports X replacing A and acts on nothing (round 33's tuning half, drafting-forms-parts-taken-over.json, a look-alike read
 * as cites before). Each case failed on the code before (10a11a4); the look-alikes pass on both.
 */
const letter = (body: string): string =>
  `${documentHeader('NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM', '2190/NHNN-PC', 'Hà Nội, ngày 20 tháng 3 năm 2017')}V/v áp dụng quy định về cho vay\nKính gửi: Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam.\n${body}\n`;

describe('a quoted provision in which its own document takes the place of others', () => {
  it('"… Thông tư số X … quy định: “Thông tư này thay thế các văn bản sau đây: a) Quyết định số A …; b) Quyết định số B …”" reports X replacing A and B', async () => {
    const cs = await readCitations(letter('1. Khoản 2 Điều 37 Thông tư số 39/2016/TT-NHNN ngày 30 tháng 12 năm 2016 quy định: “Thông tư này thay thế các văn bản sau đây: a) Quyết định số 1627/2001/QĐ-NHNN …; b) Quyết định số 127/2005/QĐ-NHNN …”.\n2. Đề nghị Ngân hàng thực hiện theo quy định.'));
    expect(reportsOn(cs, '1627/2001/QĐ-NHNN')).toEqual(['39/2016/TT-NHNN replaces 1627/2001/QĐ-NHNN']);
    expect(reportsOn(cs, '127/2005/QĐ-NHNN')).toEqual(['39/2016/TT-NHNN replaces 127/2005/QĐ-NHNN']);
    expect(headActs(cs, '1627/2001/QĐ-NHNN')).toEqual(['cites']);
  });

  it('look-alike: a quotation of another kind of document than the one before it ("Thông tư này" after a decree) reports nothing', async () => {
    const cs = await readCitations(letter('1. Nghị định số 116/2018/NĐ-CP ngày 07 tháng 9 năm 2018 quy định: “Thông tư này thay thế Quyết định số 1627/2001/QĐ-NHNN …”.'));
    expect(reportsOn(cs, '1627/2001/QĐ-NHNN')).toEqual([]);
  });

  it('look-alike: a quotation closed before the mention reports nothing of it', async () => {
    const cs = await readCitations(letter('1. Thông tư số 39/2016/TT-NHNN ngày 30 tháng 12 năm 2016 quy định: “Thông tư này thay thế các văn bản trước đây”. Ngân hàng tiếp tục theo dõi các khoản vay theo Quyết định số 1627/2001/QĐ-NHNN.'));
    expect(reportsOn(cs, '1627/2001/QĐ-NHNN')).toEqual([]);
  });
});
