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
