import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From public round 16, spent (fixtures/relations/public-documents-round16-spent.json; README "Spending round 16"): tax and
 * customs acts converted from .doc/.pdf. A list of repealed circulars whose marks the conversion dropped and whose pages' numbers
 * it kept between the items; "thay thé" for "thay thế"; a type line whose tones the OCR lost ("QUYET ĐỊNH"); numbers split by a
 * stray space ("78/2006/QH1 1", "91/201 4/NĐ-CP"). Each case failed on the code before its rule; the look-alikes pass on both.
 */
const circular = (body: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH', '182/2015/TT-BTC', 'Hà Nội, ngày 16 tháng 11 năm 2015')}THÔNG TƯ\nBan hành Biểu thuế xuất khẩu, Biểu thuế nhập khẩu ưu đãi\nCăn cứ Luật Thuế xuất khẩu, Thuế nhập khẩu ngày 14/6/2005;\nBộ trưởng Bộ Tài chính ban hành Thông tư ban hành Biểu thuế xuất khẩu, Biểu thuế nhập khẩu ưu đãi.\n${body}`;

describe('a list whose items lost their marks, over a page break (public round 16, spent)', () => {
  const list = 'Điều 6. Tổ chức thực hiện\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2016.\nThông tư này bãi bỏ:\n\n\n4\n\nThông tư số 164/2013/TT-BTC ngày 15/11/2013 ban hành Biểu thuế xuất khẩu.\nThông tư số 17/2014/TT-BTC ngày 14/2/2014 sửa đổi mức thuế suất tại Biểu thuế nhập khẩu ưu đãi ban hành kèm theo Thông tư số 164/2013/TT-BTC ngày 15/11/2013 của Bộ Tài chính.\nThông tư số 36 /2015/TT-BTC ngày 23/3/2015 sửa đổi mức thuế suất thuế xuất khẩu.\n\n\n\n5\n\nThông tư số 163/2015/TT-BTC ngày 05/11/2015 sửa đổi mức thuế suất đối với xe thuộc   nhóm\n87.04 và bộ linh kiện ô tô thuộc Chương\n98 của Biểu thuế nhập khẩu ưu đãi.\nThông tư số 164/2015/TT-BTC ngày 05/11/2015 sửa đổi, bổ sung danh mục nhóm mặt hàng.\n';

  it('"Thông tư này bãi bỏ:\\n\\n\\n4\\n\\nThông tư số A …\\nThông tư số 36 /2015/… \\n\\n5\\n\\nThông tư số C …": every item is repealed, a title\'s inner number is not', async () => {
    const cs = await readCitations(circular(list));
    for (const n of ['164/2013/TT-BTC', '17/2014/TT-BTC', '36/2015/TT-BTC', '163/2015/TT-BTC', '164/2015/TT-BTC']) expect(headActs(cs, n)[0], n).toBe('repeals/whole');
    expect(headActs(cs, '164/2013/TT-BTC')).toEqual(['repeals/whole', 'cites']);
  });

  it('look-alike: a line that opens with a document after a page break under a paragraph that heads no list is read on its own', async () => {
    const cs = await readCitations(circular('Điều 6. Tổ chức thực hiện\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2016.\n\n4\n\nThông tư số 164/2013/TT-BTC ngày 15/11/2013 tiếp tục được áp dụng đối với hồ sơ đã nộp.\n'));
    expect(headActs(cs, '164/2013/TT-BTC')).toEqual(['cites']);
  });

  it('look-alike: two lone numbers in one gap are no page break', async () => {
    const twice = await readCitations(circular('Điều 6. Tổ chức thực hiện\nThông tư này bãi bỏ:\n\n4\n\n5\n\nThông tư số 164/2013/TT-BTC ngày 15/11/2013 ban hành Biểu thuế xuất khẩu.\n'));
    expect(headActs(twice, '164/2013/TT-BTC')).toEqual(['cites']);
  });
});

describe('OCR slips of a tax firm\'s converted acts (public round 16, spent)', () => {
  it('"Thông tư này thay thé Thong tư sé 48/2015/TT-BTC …": replaced whole', async () => {
    const cs = await readCitations(circular('Điều 2. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 4/5/2015.\n\n2. Thông tư này thay thé Thong tư sé 48/2015/TT-BTC ngày 13/4/2015 của\nBộ trưởng Bộ Tài chính sửa đổi mức thuế suất thuế nhập khẩu ưu đãi.\n'));
    expect(headActs(cs, '48/2015/TT-BTC')).toEqual(['replaces/whole']);
  });

  it('look-alike: "thay thẻ" (a new card) replaces nothing', async () => {
    const cs = await readCitations(circular('Điều 2. Tổ chức thực hiện\nNgười tham gia được thay thẻ theo mẫu tại Thông tư số 48/2015/TT-BTC ngày 13/4/2015 của Bộ trưởng Bộ Tài chính.\n'));
    expect(headActs(cs, '48/2015/TT-BTC')).toEqual(['cites']);
  });

  const decision = (typeLine: string): string =>
    `BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\nSố: 4⁄2 4/QĐ-TCT Hà Nội, ngày A$ tháng 8 năm 2018\n${typeLine}\n\nVề việc ban hành quy chế trao đôi thông tin\ntheo Hiệp định tránh đánh thuế hai lần\n\nTONG CỤC TRƯỞNG TONG CỤC THUE\n\nCăn cứ Luật Quản lý thuế và các văn bản hướng dẫn thi hành;\n\nXét đề nghị của Vụ trưởng Vụ Hợp tác quốc tế,\nQUYET ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Quyết định này\nthay thế Quyết định số 583/QD- TCT ngày 11/5/2011 của Tổng cục trưởng Tổng\ncục Thuế về việc ban hành Quy chế trao đổi thông tin theo Hiệp định tránh đánh\nthuế hai lần.\n`;

  it('a type line whose tones the OCR lost, "QUYET ĐỊNH", is the decision\'s: "Quyết định này thay thế Quyết định số A" replaces A', async () => {
    const doc = await readDocument(Buffer.from(decision('QUYET ĐỊNH'), 'utf8'), { path: 'act.txt' });
    expect(doc.identity?.type).toBe('Quyết định');
    expect(headActs(doc.citations, '583/QD-TCT')).toEqual(['replaces/whole']);
  });

  it('look-alike: a capitalized line that only starts like a type name ("QUYET ĐỊNH TẠM") is no type line', async () => {
    const doc = await readDocument(Buffer.from(decision('QUYET ĐỊNH TẠM'), 'utf8'), { path: 'act.txt' });
    expect(doc.identity?.type).not.toBe('Quyết định');
  });

  it('"Luật quan ly thuế số 78/2006/QH1 1" and "Nghị định số 91/201 4/NĐ-CP" are the numbers 78/2006/QH11 and 91/2014/NĐ-CP', async () => {
    const cs = await readCitations(circular('Căn cứ Luật quan ly thuế số 78/2006/QH1 1 ngày 29/11/2006;\nCăn cứ Nghị định số 91/201 4/NĐ-CP ngày 01/10/2014;\n'));
    expect(headActs(cs, '78/2006/QH11')).toEqual(['cites']);
    expect(headActs(cs, '91/2014/NĐ-CP')).toEqual(['cites']);
  });

  it('a legislature number whose "1" the OCR read as a mark, "35⁄2024/QH\'5", "84/201 3⁄QH¡3", and a doubled second slash, "133⁄2025⁄/QH\'5" (public rounds 7 and 11)', async () => {
    const cs = await readCitations(circular('Căn cứ Luật Đầu tư số 35⁄2024/QH\'5, Luật số 84/201 3⁄QH¡3 và Luật số\n133⁄2025⁄/QH\'5;\n'));
    for (const n of ['35/2024/QH15', '84/2013/QH13', '133/2025/QH15']) expect(headActs(cs, n), n).toEqual(['cites']);
  });

  it('look-alike: a mark after "QH" that ends no number stays as written ("Đoàn QH\'5 tỉnh")', async () => {
    const cs = await readCitations(circular('Điều 1. Gửi Đoàn QH\'5 tỉnh và Luật số 35/2024/QH15.\n'));
    expect(cs.flatMap((c) => (c.number === null ? [] : [c.number]))).toEqual(['35/2024/QH15']);
  });

  it('look-alike: a year split from no code ("12/201 4 tấn") and a legislature numbered with two digits after its space ("QH11 1") stay as they were', async () => {
    const cs = await readCitations(circular('Điều 1. Sản lượng 12/201 4 tấn theo Luật số 78/2006/QH11 1 lần.\n'));
    expect(cs.map((c) => c.id)).not.toContain('91/2014/NĐ-CP');
    expect(cs.filter((c) => /201 4/u.test(c.text))).toEqual([]);
    expect(headActs(cs, '78/2006/QH11')).toEqual(['cites']);
  });
});
