import { describe, expect, it } from 'vitest';
import { parseSymbol } from '../src/cite/symbol.js';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From the held half of public round 11, spent (fixtures/relations/public-documents-round11-spent.json; README "Spending round
 * 11"): a status phrase after a legal-basis line's list of laws is every listed law's; a page's scope article without "này"; bare
 * numbers after a place word in the places an ending clause opens with; an OCR text's misread tones of "sửa đổi, bổ sung", its
 * doubled dash and its stop before a lower-case word; and a list of serials and years whose last item alone is written in full.
 * Each case failed on the code before its rule; the look-alikes pass on both.
 */
const decree = (preamble: string, body: string, title = 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Công đoàn về tài chính công đoàn'): string =>
  `${documentHeader('CHÍNH PHỦ', '105/2026/NĐ-CP', 'Hà Nội, ngày 31 tháng 3 năm 2026')}NGHỊ ĐỊNH\n${title}\n${preamble}\nChính phủ ban hành Nghị định.\n${body}`;

describe('a status phrase after a legal-basis line\'s list of laws (public round 11, spent)', () => {
  it('"Căn cứ Luật A số 1, Luật B số 2, Luật C số 3 và Luật D số 4 đã được sửa đổi, bổ sung một số điều theo Luật số 5": 5 amended the four', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, Luật Công đoàn số 50/2024/QH15, Luật Thanh niên số 57/2020/QH14 và Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 97/2025/QH15;', 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Công đoàn.\n'));
    expect(reportsOf(cs).sort()).toEqual(['97/2025/QH15 amends 10/2022/QH15', '97/2025/QH15 amends 50/2024/QH15', '97/2025/QH15 amends 57/2020/QH14', '97/2025/QH15 amends 75/2015/QH13']);
  });

  it('look-alike: laws on legal-basis lines of their own, the phrase on the last line, are not all amended', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Thanh niên số 57/2020/QH14;\nCăn cứ Luật Công đoàn số 50/2024/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 97/2025/QH15;', 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Công đoàn.\n'));
    expect(reportsOf(cs)).toEqual(['97/2025/QH15 amends 50/2024/QH15']);
  });

  it('look-alike: a list whose first law has a status of its own gives the later phrase to the laws after it only', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 67/2020/QH14, Luật Thanh niên số 57/2020/QH14 và Luật Công đoàn số 50/2024/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 97/2025/QH15;', 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Công đoàn.\n'));
    expect(reportsOf(cs).sort()).toEqual(['67/2020/QH14 amends 15/2012/QH13', '97/2025/QH15 amends 50/2024/QH15', '97/2025/QH15 amends 57/2020/QH14']);
  });

  it('look-alike: decrees listed in a transitional clause, the phrase after the last one, are not all amended', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;', 'Điều 14. Quy định chuyển tiếp\nHồ sơ đã nộp theo quy định tại Nghị định số 142/2025/NĐ-CP, Nghị định số 143/2025/NĐ-CP và Nghị định số 15/2019/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 24/2022/NĐ-CP trước ngày Nghị định này có hiệu lực thi hành thì tiếp tục thực hiện theo quy định tại các văn bản đó.\n'));
    expect(reportsOf(cs)).toEqual(['24/2022/NĐ-CP amends 15/2019/NĐ-CP']);
  });
});

describe('a page\'s scope article, and the places an ending clause opens with (public round 11, spent)', () => {
  it('"Điều 1. Phạm vi điều chỉnh\\nNghị định quy định chi tiết một số điều của Luật …" (no "này"): this decree guides the law', async () => {
    const text = decree('Căn cứ Luật Giáo dục đại học số 125/2025/QH15;', 'Điều 1. Phạm vi điều chỉnh\nNghị định quy định chi tiết một số điều của Luật Giáo dục đại học, bao gồm:\n- Khoản 4 Điều 11 Luật Giáo dục đại học số 125/2025/QH15: về việc đặt tên cơ sở giáo dục đại học.\n', 'Quy định về tổ chức cơ sở giáo dục đại học');
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.text === 'Luật Giáo dục đại học' && c.start > text.indexOf('Điều 1.')).map((c) => c.relation)).toEqual(['guides']);
  });

  it('look-alike: a circular\'s scope article that names "Nghị định quy định chi tiết …" does not guide the law', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '12/2026/TT-BGDĐT', 'Hà Nội, ngày 31 tháng 3 năm 2026')}THÔNG TƯ\nQuy định về hồ sơ tuyển sinh\nCăn cứ Luật Giáo dục đại học số 125/2025/QH15;\nBộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư.\nĐiều 1. Phạm vi điều chỉnh\nNghị định quy định chi tiết một số điều của Luật Giáo dục đại học được áp dụng đối với hồ sơ tuyển sinh.\n`;
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.text === 'Luật Giáo dục đại học' && c.role === 'head').map((c) => c.relation)).toEqual(['cites']);
  });

  it('"3. Điều 6, Điều 12; khoản 4, 5, 6 Điều 35 của Nghị định số A … và Điều 6 của Nghị định số B … hết hiệu lực": both ended in part', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Giáo dục số 43/2019/QH14;', 'Điều 13. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2026.\n3. Điều 6, Điều 12; khoản 4, 5, 6 Điều 35 của Nghị định số 142/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương hai cấp trong lĩnh vực quản lý nhà nước của Bộ Giáo dục và Đào tạo và Điều 6 của Nghị định số 143/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Giáo dục và Đào tạo hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n', 'Quy định chi tiết một số điều của Luật Giáo dục'));
    expect(headActs(cs, '142/2025/NĐ-CP')).toEqual(['repeals/part']);
    expect(headActs(cs, '143/2025/NĐ-CP')).toEqual(['repeals/part']);
  });
});

describe('an OCR text\'s slips (public round 11, spent)', () => {
  it('"được sửa đối,\\nbồ sung bởi", "sửa đối, bố sung bởi": reported amendments', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đối,\nbồ sung bởi Luật số 67/2020/QH14 và Luật số 88/2025/QH15;\n\nCăn cứ Luật Công đoàn số 50/2024/QH15 được sửa đối, bố sung bởi Luật\nsố 97/2025/QH15;', 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định xử phạt vi phạm hành chính trong lĩnh vực lao động.\n', 'Quy định xử phạt vi phạm hành chính trong lĩnh vực lao động'));
    expect(reportsOf(cs).sort()).toEqual(['67/2020/QH14 amends 15/2012/QH13', '88/2025/QH15 amends 15/2012/QH13', '97/2025/QH15 amends 50/2024/QH15']);
  });

  it('"70/2023/NĐ- -CP" is 70/2023/NĐ-CP', () => {
    expect(parseSymbol('70/2023/NĐ- -CP')?.canonical).toBe('70/2023/NĐ-CP');
    expect(parseSymbol('70/2023/NĐ--CP')?.warnings).toContain('doubled-separator');
  });

  it('a stop the OCR put at a line\'s end before a lower-case word ends no sentence: the repealed decree\'s status phrase is its own', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13;', 'Điều 117. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n2. Bãi bỏ Chương II, Chương IV\nNghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ quy\nđịnh xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, tần số.\nvô tuyến điện, công nghệ thông tin, an toàn thông tin mạng và giao dịch điện tử\nđã được sửa đổi, bổ sung theo Nghị định số 14/2022/NĐ-CP ngày 27 tháng 01 năm 2022 của Chính phủ.\n', 'Quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông'));
    expect(headActs(cs, '15/2020/NĐ-CP')).toEqual(['repeals/part']);
    expect(reportsOf(cs)).toEqual(['14/2022/NĐ-CP amends 15/2020/NĐ-CP']);
  });
});

describe('a list of serials and years whose last item alone is written in full (public round 11, spent)', () => {
  const circular = (phrase: string): string =>
    `${documentHeader('BỘ NỘI VỤ', '13/2026/TT-BNV', 'Hà Nội, ngày 30 tháng 6 năm 2026')}THÔNG TƯ\nHướng dẫn thực hiện mức lương cơ sở\nCăn cứ Nghị định số 161/2026/NĐ-CP;\nBộ trưởng Bộ Nội vụ ban hành Thông tư.\nĐiều 2. Đối tượng áp dụng\n3. Cán bộ, công chức được hưởng lương theo bảng lương ban hành kèm theo Nghị định số 204/2004/NĐ-CP ${phrase}.\n`;

  it('"(được sửa đổi, bổ sung bởi các Nghị định 76/2009, 14/2012, 17/2013, 117/2016, 07/2026/NĐ-CP)": five decrees, each an amending act', async () => {
    const cs = await readCitations(circular('(được sửa đổi, bổ sung bởi các Nghị định 76/2009, 14/2012, 17/2013, 117/2016, 07/2026/NĐ-CP)'));
    expect(cs.map((c) => c.number)).toEqual(expect.arrayContaining(['76/2009/NĐ-CP', '14/2012/NĐ-CP', '17/2013/NĐ-CP', '117/2016/NĐ-CP', '07/2026/NĐ-CP']));
    expect(reportsOf(cs).filter((r) => r.endsWith(' 204/2004/NĐ-CP'))).toHaveLength(5);
  });

  it('look-alike: a full item of another type completes nothing ("các Thông tư 12/2020, 15/2021 và Nghị định số 07/2026/NĐ-CP")', async () => {
    const cs = await readCitations(circular('(được hướng dẫn bởi các Thông tư 12/2020, 15/2021 và Nghị định số 07/2026/NĐ-CP)'));
    expect(cs.some((c) => c.number === '12/2020/NĐ-CP' || c.number === '15/2021/NĐ-CP')).toBe(false);
  });
});
