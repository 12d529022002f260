import { describe, expect, it } from 'vitest';
import { parseSymbol } from '../src/cite/symbol.js';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From public round 12, a tuning round of 2026 acts (fixtures/relations/public-documents-round12.json; README "Round 12"): a clause
 * that opens with the first of nine ended circulars and names the verb only after all of them, 1,500 characters on; the guidance of
 * a decree succeeded with it when the two decrees' titles detail the same law; "các khoản đóng góp" (contributions), which is no
 * clause; a ministry's numbers of before 1995 in the Party's shape ("69-TC/TCT", "75A-TC/TCT"), the Government's spaced "57 - CP",
 * a law's promulgation order after its name ("… số 23-L/CTN"); the actor of a reported correction in a list's item; an item whose
 * last words keep a provision ("… (trừ Điều 9)."); a list of places parted by semicolons before the document; an enacting formula
 * whose own verb amends, over a listed document's guiding title; and an article heading parted from its items by a blank line.
 * Each case failed on the code before its rule; the look-alikes pass on both.
 */
const circular = (body: string, title = 'Quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 73/2026/NĐ-CP ngày 10 tháng 3 năm 2026 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Ngân sách nhà nước'): string =>
  `${documentHeader('BỘ TÀI CHÍNH', '26/2026/TT-BTC', 'Hà Nội, ngày 20 tháng 3 năm 2026')}THÔNG TƯ\n${title}\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 73/2026/NĐ-CP.\nĐiều 37. Điều khoản chuyển tiếp\nQuyết toán năm 2024 áp dụng theo Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước.\n${body}`;
const DESCRIPTION = 'của Bộ Tài chính hướng dẫn thực hiện công khai ngân sách nhà nước đối với các cấp ngân sách và các đơn vị dự toán ngân sách, tổ chức được ngân sách nhà nước hỗ trợ';

describe('a long list of ended documents, and the guidance of a succeeded decree (public round 12)', () => {
  const ended = `Điều 38. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2026.\n2. Khoản 1 Mục II Thông tư số 19/2005/TT-BTC ngày 11 tháng 3 năm 2005 của Bộ Tài chính hướng dẫn việc công khai tài chính đối với các quỹ có nguồn từ ngân sách nhà nước và các quỹ có nguồn từ các khoản đóng góp của nhân dân, Thông tư số 54/2006/TT-BTC ngày 19 tháng 6 năm 2006 của Bộ Tài chính hướng dẫn thực hiện Quy chế công khai hỗ trợ trực tiếp của ngân sách nhà nước đối với cá nhân, dân cư, Thông tư số 342/2016/TT-BTC ngày 30 tháng 12 năm 2016 của Bộ Tài chính quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ, Thông tư số 343/2016/TT-BTC ngày 30 tháng 12 năm 2016 ${DESCRIPTION}, Thông tư số 344/2016/TT-BTC ngày 30 tháng 12 năm 2016 ${DESCRIPTION}, Thông tư số 61/2017/TT-BTC ngày 15 tháng 7 năm 2017 ${DESCRIPTION}, Thông tư số 90/2018/TT-BTC ngày 28 tháng 9 năm 2018 ${DESCRIPTION} hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.\n`;

  it('"2. Khoản 1 Mục II Thông tư số A …, Thông tư số B …, … Thông tư số I … hết hiệu lực thi hành kể từ …": each ended, over 1,500 characters', async () => {
    const cs = await readCitations(circular(ended));
    expect(headActs(cs, '19/2005/TT-BTC')).toEqual(['repeals/part']);
    // (the contributions "các khoản đóng góp" in 19/2005's title are no clause of 54/2006's)
    expect(headActs(cs, '54/2006/TT-BTC')).toEqual(['replaces/whole']);
    expect(headActs(cs, '343/2016/TT-BTC')).toEqual(['replaces/whole']);
    expect(headActs(cs, '90/2018/TT-BTC')).toEqual(['replaces/whole']);
  });

  it('a circular guiding the decree this one\'s decree succeeds (both detailing the Luật Ngân sách nhà nước) is replaced, not repealed', async () => {
    const cs = await readCitations(circular('Điều 38. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2026.\n2. Thông tư số 342/2016/TT-BTC ngày 30 tháng 12 năm 2016 của Bộ Tài chính quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.\n'));
    expect(headActs(cs, '342/2016/TT-BTC')).toEqual(['replaces/whole']);
  });

  it('look-alike: a circular guiding a decree on another law, ended in a clause of its own, is repealed', async () => {
    const cs = await readCitations(circular('Điều 38. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2026.\n2. Thông tư số 342/2016/TT-BTC ngày 30 tháng 12 năm 2016 của Bộ Tài chính quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 52/2017/NĐ-CP ngày 28 tháng 4 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Quản lý nợ công hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.\n'));
    expect(headActs(cs, '342/2016/TT-BTC')).toEqual(['repeals/whole']);
  });

  it('look-alike: "Bãi bỏ một khoản của Luật …" and "các khoản sau" still name a part', async () => {
    const cs = await readCitations(circular('Điều 38. Điều khoản thi hành\n1. Bãi bỏ một khoản của Thông tư số 61/2017/TT-BTC ngày 15 tháng 7 năm 2017 của Bộ Tài chính.\n2. Bãi bỏ các khoản sau của Thông tư số 90/2018/TT-BTC ngày 28 tháng 9 năm 2018 của Bộ Tài chính: khoản 2, khoản 3 Điều 1.\n'));
    expect(headActs(cs, '61/2017/TT-BTC')).toEqual(['repeals/part']);
    expect(headActs(cs, '90/2018/TT-BTC')).toEqual(['repeals/part']);
  });
});

describe('numbers of before 1995, and a reported correction (public round 12)', () => {
  const repeal = (items: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '110/2026/TT-BTC', 'Hà Nội, ngày 30 tháng 6 năm 2026')}THÔNG TƯ\nBãi bỏ toàn bộ một số Thông tư của Bộ trưởng Bộ Tài chính trong lĩnh vực thuế\nCăn cứ Luật Quản lý thuế số 108/2025/QH15;\nCăn cứ Luật thuế sử dụng đất nông nghiệp số 23-L/CTN ;\nBộ trưởng Bộ Tài chính ban hành Thông tư bãi bỏ toàn bộ một số Thông tư.\nĐiều 1. Bãi bỏ toàn bộ các Thông tư của Bộ trưởng Bộ Tài chính trong lĩnh vực thuế\n\nBãi bỏ toàn bộ 04 Thông tư sau đây:\n\n${items}`;

  it('"Thông tư số 69-TC/TCT …", "75A-TC/TCT …" are the Ministry of Finance\'s (State numbers, repealed); "57 - CP" and "23-L/CTN" are read', async () => {
    const cs = await readCitations(repeal('1. Thông tư số 69-TC/TCT ngày 27 tháng 11 năm 1991 của Bộ trưởng Bộ Tài chính hướng dẫn việc chuyển chế độ thu tiền nuôi rừng.\n\n2. Thông tư số 75A-TC/TCT ngày 31 tháng 8 năm 1993 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định số 57 - CP ngày 28 tháng 8 năm 1993 của Chính phủ.\n'));
    expect(parseSymbol('69-TC/TCT')?.family).toBe('state');
    expect(headActs(cs, '69-TC/TCT')).toEqual(['repeals/whole']);
    expect(headActs(cs, '75A-TC/TCT')).toEqual(['repeals/whole']);
    expect(cs.some((c) => c.number === '57-CP')).toBe(true);
    expect(cs.some((c) => c.number === '23-L/CTN')).toBe(true);
  });

  it('look-alikes: Party numbers keep the Party\'s shape ("18-NQ/TW", "05-CT/TU", "12-KH/BCĐ"); "số 15/CP" alone is still no citation', async () => {
    for (const n of ['18-NQ/TW', '05-CT/TU', '12-KH/BCĐ']) expect(parseSymbol(n)?.family).toBe('party');
    const cs = await readCitations(repeal('1. Thông tư số 114/2007/TT-BTC ngày 12 tháng 9 năm 2007 của Bộ trưởng Bộ Tài chính theo văn bản 15/CP của Chính phủ.\n'));
    expect(cs.some((c) => c.number === '15/CP')).toBe(false);
  });

  it('"Thông tư số A … (đã được đính chính bởi công văn số B …)" in the list: A repealed, B the report\'s actor only', async () => {
    const cs = await readCitations(repeal('1. Thông tư số 123/2004/TT-BTC ngày 22 tháng 12 năm 2004 của Bộ trưởng Bộ Tài chính về việc hướng dẫn thực hiện ưu đãi về thuế (đã được đính chính bởi công văn số 2101/TC-VP ngày 22 tháng 02 năm 2005 của Bộ Tài chính).\n\n2. Thông tư số 114/2007/TT-BTC ngày 12 tháng 9 năm 2007 của Bộ trưởng Bộ Tài chính hướng dẫn thuế.\n'));
    expect(headActs(cs, '123/2004/TT-BTC')).toEqual(['repeals/whole']);
    expect(headActs(cs, '2101/TC-VP')).toEqual(['cites']);
    expect(headActs(cs, '114/2007/TT-BTC')).toEqual(['repeals/whole']);
  });
});

describe('parts kept and named, and the verbs of an amending act (public round 12)', () => {
  const finance = (body: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '103/2026/TT-BTC', 'Hà Nội, ngày 10 tháng 7 năm 2026')}THÔNG TƯ\nHướng dẫn cổ phần hóa doanh nghiệp nhà nước\nCăn cứ Luật Doanh nghiệp số 59/2020/QH14;\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn cổ phần hóa.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn cổ phần hóa.\n${body}`;

  it('"c) Thông tư số A … quy định tại Nghị định số B …; Nghị định số C … của Chính phủ (trừ Điều 9)." ends A but Điều 9', async () => {
    const cs = await readCitations(finance('Điều 13. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01 tháng 9 năm 2026.\n2. Thông tư này bãi bỏ các Thông tư:\na) Thông tư số 46/2021/TT-BTC ngày 23 tháng 6 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn xử lý tài chính khi cổ phần hóa.\nb) Thông tư số 36/2021/TT-BTC ngày 26 tháng 5 năm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn về đầu tư vốn nhà nước quy định tại Nghị định số 91/2015/NĐ-CP ngày 13 tháng 10 năm 2015; Nghị định số 32/2018/NĐ-CP ngày 08 tháng 03 năm 2018 của Chính phủ (trừ Điều 9).\n'));
    expect(cs.find((c) => c.number === '36/2021/TT-BTC' && c.role === 'head')?.scope).toMatchObject({ kept: 'Điều 9' });
    expect(cs.find((c) => c.number === '46/2021/TT-BTC' && c.role === 'head')?.scope?.kept).toBeUndefined();
  });

  it('"2. Thông tư này bãi bỏ các nội dung … tại các khoản 3.11, khoản 3.12 Điều 21; khoản 3.3 Điều 35; … Điều 94 Thông tư số A": a part of A', async () => {
    const places = Array.from({ length: 14 }, (_, i) => `điểm c khoản 3.${i + 1} Điều ${40 + i}`).join('; ');
    const cs = await readCitations(finance(`Điều 17. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 01 tháng 9 năm 2026.\n2. Thông tư này bãi bỏ các nội dung hướng dẫn kế toán cổ phần hóa tại các khoản 3.11, khoản 3.12 Điều 21; khoản 3.3 Điều 35; ${places}; điểm d khoản 3 Điều 94 Thông tư số 200/2014/TT-BTC ngày 22 tháng 12 năm 2014 của Bộ trưởng Bộ Tài chính hướng dẫn chế độ kế toán doanh nghiệp.\n`));
    expect(headActs(cs, '200/2014/TT-BTC')).toEqual(['repeals/part']);
  });

  const health = (body: string): string =>
    `${documentHeader('BỘ Y TẾ', '25/2026/TT-BYT', 'Hà Nội, ngày 30 tháng 6 năm 2026')}THÔNG TƯ\nSửa đổi, bổ sung một số điều của các Thông tư\nCăn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\nBộ trưởng Bộ Y tế ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 01/2013/TT-BYT hướng dẫn thực hiện quản lý chất lượng xét nghiệm tại cơ sở khám bệnh, chữa bệnh, Thông tư số 32/2023/TT-BYT quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh.\n${body}`;

  it('an enacting formula that amends: a listed circular after another\'s guiding title is not guided by this one', async () => {
    const cs = await readCitations(health('Điều 1. Sửa đổi khoản 5 Điều 5 Thông tư số 01/2013/TT-BYT.\n'));
    expect(headActs(cs, '32/2023/TT-BYT')).not.toContain('guides');
  });

  it('look-alike: an enacting formula that guides still guides ("ban hành Thông tư hướng dẫn … Nghị định số A")', async () => {
    const text = `${documentHeader('BỘ Y TẾ', '26/2026/TT-BYT', 'Hà Nội, ngày 30 tháng 6 năm 2026')}THÔNG TƯ\nHướng dẫn Nghị định số 96/2023/NĐ-CP\nCăn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;\nBộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn thi hành một số điều của Nghị định số 96/2023/NĐ-CP.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thi hành một số điều của Nghị định số 96/2023/NĐ-CP.\n`;
    expect(headActs(await readCitations(text), '96/2023/NĐ-CP')).toContain('guides');
  });

  it('"Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số A …" parted from its items by a blank line: "3. Bãi bỏ Phụ lục XXVI." repeals a part of A', async () => {
    const cs = await readCitations(health('Điều 2. Sửa đổi, bổ sung một số điều của Thông tư số 32/2023/TT-BYT quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh\n\n1. Sửa đổi, bổ sung nội dung ghi chú tại Phụ lục số XII như sau:\n\n"Kỹ thuật đánh dấu: kỹ thuật sơ cứu."\n\n2. Thay thế Mẫu số 01 Phụ lục XXIV bằng Mẫu số 01 ban hành kèm theo Thông tư này.\n\n3. Bãi bỏ Phụ lục XXVI.\n\n\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01 tháng 8 năm 2026.\n'));
    expect(headActs(cs, '32/2023/TT-BYT', { alsoActs: true })).toContain('amends/part+repeals');
  });
});
