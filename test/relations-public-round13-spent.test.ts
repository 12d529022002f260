import { describe, expect, it } from 'vitest';
import { parseSymbol } from '../src/cite/symbol.js';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From public round 13, spent (fixtures/relations/public-documents-round13-spent.json; README "Spending round 13"): an OCR
 * text's slips in operative words ("thay thê", "Sửa đỗi, bỗ sung", "Căn cú", an item mark "€)", "108/⁄2025/QH15"); a scope
 * article that guides a lettered point of one decree and the places of a second after "và", over the first one's title; and the
 * 2025 law whose name holds a comma ("Luật Tiết kiệm, chống lãng phí"). Each case failed on the code before its rule; the
 * look-alikes pass on both.
 */
const decree = (title: string, preamble: string, body: string): string =>
  `${documentHeader('CHÍNH PHỦ', '274/2026/NĐ-CP', 'Hà Nội, ngày 07 tháng 7 năm 2026')}NGHỊ ĐỊNH\n${title}\n${preamble}\nChính phủ ban hành Nghị định.\n${body}`;
const circular = (body: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH', '84/2026/TT-BTC', 'Hà Nội, ngày 15 tháng 5 năm 2026')}THÔNG TƯ\nQuy định về hoàn thuế giá trị gia tăng đối với hàng hóa của người nước ngoài\nCăn cứ Luật Quản lý thuế số 108/⁄2025/QH15;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\n${body}`;

describe('an OCR text\'s slips in operative words (public round 13, spent)', () => {
  it('"… có hiệu lực thi hành kể từ ngày …,\\nthay thê Thông tư số A … và Thông tư số B …": both replaced', async () => {
    const cs = await readCitations(circular('Điều 16. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026,\nthay thê Thông tư số 72/2014/TT-BTC ngày 30/5/2014 của Bộ trưởng Bộ Tài\nchính quy định về hoàn thuế giá trị gia tăng đối với hàng hóa của người nước\nngoài và Thông\ntư số 92/2019/TT-BTC ngày 31/12/2019 sửa đổi, bổ sung một số điều tại Thông\ntư số 72/2014/TT-BTC ngày 30/5/2014 của Bộ trưởng Bộ Tài chính.\n'));
    expect(headActs(cs, '72/2014/TT-BTC')[0]).toBe('replaces/whole');
    expect(headActs(cs, '92/2019/TT-BTC')).toEqual(['replaces/whole']);
  });

  it('"108/⁄2025/QH15" (a fraction slash doubling the first) is 108/2025/QH15', async () => {
    // (the reader's matching text reads the fraction slash as a slash: "108//2025/QH15")
    expect(parseSymbol('108//2025/QH15')?.canonical).toBe('108/2025/QH15');
    const cs = await readCitations(circular('Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về hoàn thuế giá trị gia tăng.\n'));
    expect(cs.some((c) => c.number === '108/2025/QH15')).toBe(true);
  });

  it('"Điều 74. Sửa đỗi, bỗ sung Điều 6 của Nghị định số A" amends A; "€) Nghị định số B …" is the list\'s third item, ended', async () => {
    const cs = await readCitations(decree('Quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà đầu tư', 'Căn cứ Luật Đấu thầu số 22/2023/QH15;', 'Điều 74. Sửa đỗi, bỗ sung Điều 6 của Nghị định số 257/2025/NĐ- CP\n\nngày 08 tháng 10 năm 2025 của Chính phú quy định chi tiết về việc thực\nhiện dự án áp dụng loại hợp đồng Xây dựng - Chuyển giao\n\n1. Bỗ sung điểm h vào sau điểm g khoản 3 như sau:\n\n“h) Trường hợp quỹ đất dự kiến thanh toán chưa được xác định.”\n\nĐiều 75. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 07 tháng 7 năm 2026.\n3. Kể từ ngày Nghị định này có hiệu lực thi hành, các Nghị định sau đây\nhết hiệu lực thi hành:\n\na) Nghị định số 23/2024/NĐ- CP ngày 27 tháng 02 năm 2024 của Chính\nphủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa\nchọn nhà đầu tư thực hiện dự án thuộc trường hợp phải tổ chức đấu thầu theo\nquy định của pháp luật quản lý ngành, lĩnh vực;\n\n€) Nghị định số 115/2024/NĐ-CP ngày 16 tháng 9 năm 2024 của Chính\nphủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa\nchọn nhà đầu tư thực hiện dự án đầu tư có sử dụng đất.\n'));
    expect(headActs(cs, '257/2025/NĐ-CP')).toEqual(['amends/part']);
    expect(headActs(cs, '23/2024/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '115/2024/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('"Căn cú Luật Tổ chức Chính phú số …" under a title that guides a law is a basis line, not the title\'s object', async () => {
    const text = `CHÍNH PHỦ\nSố: 253/2026/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2026\nNGHỊ ĐỊNH\nQuy định chỉ tiết một số điều và biện pháp để tổ chức,\nhướng dẫn thi hành Luật Thuế thu nhập cá nhân\nCăn cú Luật Tổ chức Chính phú số 63/2025/QH15;\n\nCăn cứ Luật Thuế thu nhập cá nhân số 109/2025/QH15 được sửa đỗi, bỗ\n\n sung bởi Luật số 09/2026/QH16,\n\nTheo đề nghị của Bộ trưởng Bộ Tài chính,\n\nChính phủ ban hành Nghị định quy định chỉ tiết một số điều và biện\npháp để tổ chức, hướng dẫn thi hành Luật Thuế thu nhập cá nhân.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Thuế thu nhập cá nhân.\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '63/2025/QH15')).not.toContain('guides');
    expect(reportsOf(cs)).toEqual(['09/2026/QH16 amends 109/2025/QH15']);
  });

  it('look-alike: "Căn cú" before no document\'s type is left as written', async () => {
    const cs = await readCitations(circular('Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về căn cú dữ liệu hoàn thuế và hồ sơ.\n'));
    expect(cs.some((c) => c.relation !== 'cites' && c.relation !== 'basis')).toBe(false);
  });
});

describe('a scope article that guides places of two decrees, and a law whose name holds a comma (public round 13, spent)', () => {
  const scope = (rest: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '134/2026/TT-BTC', 'Hà Nội, ngày 09 tháng 9 năm 2026')}THÔNG TƯ\nQuy định chi tiết mẫu hồ sơ yêu cầu áp dụng hình thức chỉ định thầu\nCăn cứ Luật Đấu thầu số 22/2023/QH15;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Thông tư này quy định chi tiết mẫu hồ sơ yêu cầu áp dụng hình thức chỉ định thầu, báo cáo đánh giá theo quy định tại điểm c khoản 1 Điều 146 Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2025 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu${rest}\n2. Thông tư này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.\n`;

  it('"… theo quy định tại điểm c khoản 1 Điều 146 Nghị định số A … của Chính phủ quy định chi tiết … và điểm a khoản 1 Điều 77 Nghị định số B": both guided', async () => {
    const cs = await readCitations(scope(' và điểm a khoản 1 Điều 77 Nghị định số 274/2026/NĐ-CP ngày 07 tháng 7 năm 2026 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà đầu tư.'));
    expect(headActs(cs, '214/2025/NĐ-CP')).toEqual(['guides']);
    expect(headActs(cs, '274/2026/NĐ-CP')).toEqual(['guides']);
  });

  it('look-alike: "…; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định số B" after the guided matter amends B', async () => {
    const cs = await readCitations(scope('; sửa đổi quy định tại điểm g khoản 1 Điều 23 Nghị định số 47/2021/NĐ-CP ngày 01 tháng 4 năm 2021 của Chính phủ.'));
    expect(headActs(cs, '47/2021/NĐ-CP')).not.toContain('guides');
  });

  it('look-alike: a decree named after the scope sentence\'s stop is not guided', async () => {
    const cs = await readCitations(scope('. Các nội dung khác thực hiện theo điểm a khoản 1 Điều 77 Nghị định số 274/2026/NĐ-CP ngày 07 tháng 7 năm 2026 của Chính phủ.'));
    expect(headActs(cs, '274/2026/NĐ-CP')).toEqual(['cites']);
  });

  it('"Luật Tiết kiệm, chống lãng phí" is one name, resolved to the number the text gives it', async () => {
    const text = decree('QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT TIẾT KIỆM, CHỐNG LÃNG PHÍ', 'Căn cứ Luật Tiết kiệm, chống lãng phí số 110/2025/QH15;', 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết và hướng dẫn thi hành Điều 4, Điều 5 Luật Tiết kiệm, chống lãng phí số 110/2025/QH15.\n');
    const cs = await readCitations(text.replace('Chính phủ ban hành Nghị định.', 'Chính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Tiết kiệm, chống lãng phí.'));
    const named = cs.filter((c) => c.kind === 'named' && c.start > text.indexOf('Chính phủ ban hành'));
    expect(named.map((c) => [c.text, c.id])).toEqual([['Luật Tiết kiệm, chống lãng phí', 'vn:110/2025/QH15']]);
  });
});
