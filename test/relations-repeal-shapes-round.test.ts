import { describe, expect, it } from 'vitest';
import { documentHeader, readCitations } from './helpers/act-text.js';

/**
 * From the twenty-fourth drafting round's tuning half (fixtures/relations/drafting-forms-repeal-shapes.json, acts that repeal or
 * end documents in their real shapes). Each case failed on the code before its rule (ad96693); the look-alikes pass on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> =>
  (await readCitations(text)).filter((c) => c.number === number && c.role === 'head').map((c) => `${c.relation}${c.scope ? (c.scope.whole ? '/whole' : '/part') : ''}${c.scope?.kept ? ` kept ${c.scope.kept}` : ''}`);

describe('how much of each document a repealing table ends', () => {
  const ttg = (rows: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '19/2021/QĐ-TTg', 'Hà Nội, ngày 10 tháng 6 năm 2021')}QUYẾT ĐỊNH\nBãi bỏ một số văn bản\nĐiều 1. Bãi bỏ các văn bản quy phạm pháp luật sau đây:\n| STT | Tên văn bản | Nội dung bãi bỏ | Lý do |\n${rows}\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n`;

  it('a row between pipes "| Quyết định số A … | Toàn bộ, trừ Điều 6 | … |": the whole, Điều 6 kept', async () => {
    expect(await scopes(ttg('| 1 | Quyết định số 56/2009/QĐ-TTg ngày 15/4/2009 về thí điểm cơ chế thu phí | Toàn bộ, trừ Điều 6 | Hết thời gian thí điểm |'), '56/2009/QĐ-TTg')).toEqual(['repeals/whole kept Điều 6']);
  });

  it('look-alike: a row "| Toàn bộ |" keeps nothing', async () => {
    expect(await scopes(ttg('| 1 | Quyết định số 56/2009/QĐ-TTg ngày 15/4/2009 về thí điểm cơ chế thu phí | Toàn bộ | Hết thời gian thí điểm |'), '56/2009/QĐ-TTg')).toEqual(['repeals/whole']);
  });

  it('a table read one cell a line whose header is followed by the columns\' numbers ("(1)\\n(2)\\n…"): the row\'s extent is read', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nHUYỆN CẨM GIÀNG', '03/2013/QĐ-UBND', 'Cẩm Giàng, ngày 15 tháng 4 năm 2013')}QUYẾT ĐỊNH\nBãi bỏ một số văn bản\nĐiều 1. Bãi bỏ toàn bộ hoặc một phần các văn bản quy phạm pháp luật tại Danh mục kèm theo Quyết định này.\nNơi nhận:\n- Lưu: VT.\nDANH MỤC\nVĂN BẢN QUY PHẠM PHÁP LUẬT BỊ BÃI BỎ\nSTT\nTên loại văn bản\nSố, ký hiệu\nNgày ban hành\nTrích yếu nội dung\nPhạm vi bãi bỏ\n(1)\n(2)\n(3)\n(4)\n(5)\n(6)\n1\nQuyết định\n05/2008/QĐ-UBND\n20/5/2008\nBan hành Quy định quản lý chợ\nToàn bộ\n2\nQuyết định\n07/2011/QĐ-UBND\n25/7/2011\nBan hành Quy định về công tác thi đua, khen thưởng\nĐiều 5 và Điều 9\n`;
    expect(await scopes(text, '05/2008/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(await scopes(text, '07/2011/QĐ-UBND')).toEqual(['repeals/part']);
  });
});

describe('what an effect article ends with a document, and what it takes over', () => {
  it('"… Quyết định số A … ban hành Quy chế …, cùng các văn bản sửa đổi, bổ sung Quy chế này gồm: Quyết định số B … và Thông tư số C": all three repealed', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '33/2009/TT-BGDĐT', 'Hà Nội, ngày 13 tháng 11 năm 2009')}THÔNG TƯ\nBãi bỏ một số văn bản\nĐiều 1. Bãi bỏ các văn bản, quy định sau đây:\n1. Quyết định số 25/2004/QĐ-BGDĐT ngày 12 tháng 8 năm 2004 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế thi tốt nghiệp bổ túc trung học cơ sở, cùng các văn bản sửa đổi, bổ sung Quy chế này gồm: Quyết định số 12/2006/QĐ-BGDĐT ngày 24 tháng 3 năm 2006 và Thông tư số 08/2008/TT-BGDĐT ngày 20 tháng 02 năm 2008 của Bộ trưởng Bộ Giáo dục và Đào tạo.\nĐiều 2. Thông tư này có hiệu lực sau 45 ngày kể từ ngày ký.\n`;
    for (const n of ['25/2004/QĐ-BGDĐT', '12/2006/QĐ-BGDĐT', '08/2008/TT-BGDĐT']) expect(await scopes(text, n), n).toEqual(['repeals/whole']);
  });

  const circular = (title: string, clause: string): string =>
    `${documentHeader('BỘ XÂY DỰNG', '17/2013/TT-BXD', 'Hà Nội, ngày 30 tháng 10 năm 2013')}THÔNG TƯ\n${title}\nĐiều 20. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 15 tháng 12 năm 2013.\n${clause}\n`;

  it('"Các nội dung hướng dẫn về chi phí khảo sát xây dựng tại Mục III Thông tư số A … hết hiệu lực" in a circular on that matter: A replaced in part', async () => {
    const got = await scopes(circular('Hướng dẫn xác định và quản lý chi phí khảo sát xây dựng', '2. Các nội dung hướng dẫn về chi phí khảo sát xây dựng tại Mục III Thông tư số 04/2010/TT-BXD ngày 26 tháng 5 năm 2010 của Bộ Xây dựng hết hiệu lực kể từ ngày Thông tư này có hiệu lực.'), '04/2010/TT-BXD');
    expect(got).toEqual(['replaces/part']);
  });

  it('look-alike: the same ending in a circular on another matter repeals that part', async () => {
    const got = await scopes(circular('Hướng dẫn cấp chứng chỉ hành nghề hoạt động xây dựng', '2. Các nội dung hướng dẫn về chi phí khảo sát xây dựng tại Mục III Thông tư số 04/2010/TT-BXD ngày 26 tháng 5 năm 2010 của Bộ Xây dựng hết hiệu lực kể từ ngày Thông tư này có hiệu lực.'), '04/2010/TT-BXD');
    expect(got).toEqual(['repeals/part']);
  });
});

describe('items of a repealing heading that name a part before the document', () => {
  const decision = (item: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG', '38/2015/QĐ-UBND', 'Thủ Dầu Một, ngày 02 tháng 10 năm 2015')}QUYẾT ĐỊNH\nBãi bỏ một số quy định tại các quyết định của Ủy ban nhân dân tỉnh\nĐiều 1. Bãi bỏ các quy định sau đây\n${item}\nĐiều 2. Quyết định này có hiệu lực từ ngày 15 tháng 10 năm 2015.\n`;

  it('"3. Phụ lục số 03 ban hành kèm theo Quyết định số A …": A repealed in part', async () => {
    expect(await scopes(decision('3. Phụ lục số 03 ban hành kèm theo Quyết định số 52/2014/QĐ-UBND ngày 08 tháng 12 năm 2014 của Ủy ban nhân dân tỉnh về giá tính thuế tài nguyên.'), '52/2014/QĐ-UBND')).toEqual(['repeals/part']);
    expect(await scopes(decision('3. Phụ lục II kèm theo Quyết định số 52/2014/QĐ-UBND ngày 08 tháng 12 năm 2014 của Ủy ban nhân dân tỉnh.'), '52/2014/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('"2. Cụm từ “…” tại tên gọi và tại Điều 1 Nghị quyết số A …": A repealed in part', async () => {
    expect(await scopes(decision('2. Cụm từ “và lệ phí cấp biển số nhà” tại tên gọi và tại Điều 1 Quyết định số 89/2012/QĐ-UBND ngày 12 tháng 12 năm 2012 của Ủy ban nhân dân tỉnh về các khoản lệ phí.'), '89/2012/QĐ-UBND')).toEqual(['repeals/part']);
  });

  it('look-alike: an item that opens with its own description of the matter, no place, stays the whole document', async () => {
    expect(await scopes(decision('1. Quyết định số 52/2014/QĐ-UBND ngày 08 tháng 12 năm 2014 của Ủy ban nhân dân tỉnh về giá tính thuế tài nguyên.'), '52/2014/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('look-alike: an item naming the annex of this decision that lists the document is no part of it', async () => {
    expect(await scopes(decision('1. Các quyết định tại Phụ lục kèm theo Quyết định này, gồm Quyết định số 52/2014/QĐ-UBND ngày 08 tháng 12 năm 2014 của Ủy ban nhân dân tỉnh.'), '52/2014/QĐ-UBND')).not.toEqual(['repeals/part']);
  });
});

describe('an amending act succeeds nothing it ends (the structure round\'s tuning half)', () => {
  const decision = (title: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH', '11/2023/QĐ-UBND', 'Bắc Ninh, ngày 20 tháng 3 năm 2023')}QUYẾT ĐỊNH\n${title}\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi, bổ sung Quy chế phối hợp ban hành kèm theo Quyết định số 28/2019/QĐ-UBND ngày 15 tháng 8 năm 2019 của Ủy ban nhân dân tỉnh:\n1. Khoản 2 Điều 5 được sửa đổi như sau: ...\nĐiều 2. Quyết định số 06/2020/QĐ-UBND ngày 14 tháng 02 năm 2020 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n`;

  it('"Sửa đổi, bổ sung một số điều của Quy chế …" ending "Quyết định số B … hết hiệu lực": B repealed, not replaced', async () => {
    expect(await scopes(decision('Sửa đổi, bổ sung một số điều của Quy chế phối hợp ban hành kèm theo Quyết định số 28/2019/QĐ-UBND'), '06/2020/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('look-alike: a decision on its own subject that amends in passing still succeeds the document it ends', async () => {
    expect(await scopes(decision('Ban hành Quy chế phối hợp trong quản lý nhà nước về cụm công nghiệp'), '06/2020/QĐ-UBND')).toEqual(['replaces/whole']);
  });
});

describe('a part ended whose matter, in a parenthesis, this decision\'s title takes up (round 27\'s tuning half)', () => {
  const decision = (title: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH', '15/2024/QĐ-UBND', 'Bắc Ninh, ngày 20 tháng 9 năm 2024')}QUYẾT ĐỊNH\n${title}\nỦY BAN NHÂN DÂN TỈNH BẮC NINH\nQUYẾT ĐỊNH:\nĐiều 5. Hiệu lực thi hành\n1. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2024.\n2. Điều 4 Quyết định số 31/2020/QĐ-UBND ngày 18 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh quy định hạn mức công nhận đất ở (nội dung về hợp thửa đất) hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n`;

  it('"Điều 4 Quyết định số A … (nội dung về hợp thửa đất) hết hiệu lực" in a decision on "… tách thửa, hợp thửa đất …": replaced in part', async () => {
    expect(await scopes(decision('Quy định điều kiện, diện tích tối thiểu tách thửa, hợp thửa đất trên địa bàn tỉnh Bắc Ninh'), '31/2020/QĐ-UBND')).toEqual(['replaces/part']);
  });

  it('look-alike: in a decision on another matter, the part is repealed', async () => {
    expect(await scopes(decision('Quy định giá cho thuê nhà ở công vụ trên địa bàn tỉnh Bắc Ninh'), '31/2020/QĐ-UBND')).toEqual(['repeals/part']);
  });
});
