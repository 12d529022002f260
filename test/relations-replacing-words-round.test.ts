import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, ownActsOf, readCitations } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixty-fifth round (drafting-forms-replacing-words-and-things.json #4, #10, #26), fixed on
 * 2026-12-08 (twenty-ninth session): replacements told in the words and places a reader misses. Each case failed on cb49515; the
 * look-alikes pass on both.
 */
describe('an annex of the documents "được thay thế bằng Nghị định này", each row saying how much', () => {
  const decree = (effect: string, heading: string): string =>
    `${documentHeader('CHÍNH PHỦ', '131/2026/NĐ-CP', 'Hà Nội, ngày 25 tháng 5 năm 2026')}NGHỊ ĐỊNH\nQuy định xử phạt vi phạm hành chính trong lĩnh vực kế toán, kiểm toán độc lập\nCăn cứ Luật Kế toán số 88/2015/QH13;\nChính phủ ban hành Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực kế toán, kiểm toán độc lập.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về hành vi vi phạm hành chính trong lĩnh vực kế toán.\nĐiều 52. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 15 tháng 7 năm 2026.\n${effect}\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhụ lục\n${heading}\n(Ban hành kèm theo Nghị định ngày 25 tháng 5 năm 2026 của Chính phủ)\nSTT\nSố, ký hiệu văn bản\nNgày ban hành\nTrích yếu\nPhạm vi được thay thế\n1\n41/2018/NĐ-CP\n12/3/2018\nNghị định quy định xử phạt vi phạm hành chính trong lĩnh vực kế toán, kiểm toán độc lập\nToàn bộ văn bản\n2\n102/2021/NĐ-CP\n16/11/2021\nNghị định sửa đổi, bổ sung một số điều của các Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực thuế, hóa đơn\nĐiều 5\n`;

  it('replaces the first whole and the second in part', async () => {
    const text = decree('2. Kể từ ngày Nghị định này có hiệu lực thi hành, các văn bản, quy định nêu tại Phụ lục ban hành kèm theo Nghị định này được thay thế bằng Nghị định này.', 'DANH MỤC VĂN BẢN, QUY ĐỊNH ĐƯỢC THAY THẾ BẰNG NGHỊ ĐỊNH NÀY');
    expect(await ownActsOf(text, '41/2018/NĐ-CP')).toEqual(['replaces/whole']);
    // (a part taken over by this decree's own provisions is replaced or amended, as the project's convention reads either)
    expect(['replaces/part', 'amends/part']).toContain((await ownActsOf(text, '102/2021/NĐ-CP')).join('+'));
  });

  it('look-alike: a list this decree only reports on ends nothing', async () => {
    const text = decree('2. Các văn bản nêu tại Phụ lục ban hành kèm theo Nghị định này đã được rà soát.', 'DANH MỤC VĂN BẢN ĐÃ RÀ SOÁT');
    expect(await ownActsOf(text, '41/2018/NĐ-CP')).toEqual(['cites']);
  });
});

describe('a table between pipes whose last column, "Xử lý", says what this document does to each row\'s', () => {
  const decision = (lead: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH GIA LAI', '09/2026/QĐ-UBND', 'Gia Lai, ngày 12 tháng 3 năm 2026')}QUYẾT ĐỊNH\nQuy định hạn mức giao đất ở trên địa bàn tỉnh Gia Lai\nỦY BAN NHÂN DÂN TỈNH GIA LAI\nCăn cứ Luật Đất đai số 31/2024/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phạm vi điều chỉnh\nQuyết định này quy định hạn mức giao đất ở.\nĐiều 8. Hiệu lực thi hành và xử lý văn bản\n1. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 3 năm 2026.\n${lead}\n| STT | Văn bản | Cơ quan ban hành | Xử lý |\n| 1 | Quyết định số 15/2024/QĐ-UBND ngày 20/9/2024 quy định hạn mức giao đất ở | UBND tỉnh Gia Lai (trước sắp xếp) | Được thay thế bởi Quyết định này |\n| 2 | Quyết định số 57/2024/QĐ-UBND ngày 18/10/2024 quy định hạn mức giao đất ở | UBND tỉnh Bình Định (trước sắp xếp) | Bãi bỏ |\n| 3 | Quyết định số 40/2024/QĐ-UBND ngày 26/9/2024 quy định điều kiện tách thửa đất | UBND tỉnh Bình Định (trước sắp xếp) | Hết hiệu lực |\nĐiều 9. Trách nhiệm thi hành\nChánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\n`;

  it('under this document\'s effect: replaced, repealed, ended', async () => {
    const cs = await readCitations(decision('2. Kể từ ngày Quyết định này có hiệu lực, các văn bản của Ủy ban nhân dân tỉnh Gia Lai và Ủy ban nhân dân tỉnh Bình Định (trước sắp xếp) được xử lý như sau:'));
    expect(headActs(cs, '15/2024/QĐ-UBND')).toEqual(['replaces/whole']);
    expect(headActs(cs, '57/2024/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(headActs(cs, '40/2024/QĐ-UBND')).not.toEqual(['cites']);
  });

  it('look-alike: a table of what a review proposes acts on nothing', async () => {
    const cs = await readCitations(decision('2. Giao Sở Tư pháp rà soát, đề nghị xử lý các văn bản sau:'));
    expect(headActs(cs, '57/2024/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('"Ban hành kèm theo Quyết định này Kế hoạch …, thay cho Kế hoạch ban hành kèm theo Quyết định số A"', () => {
  const decision = (article: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '1487/QĐ-TTg', 'Hà Nội, ngày 18 tháng 11 năm 2025')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai Chiến lược dữ liệu quốc gia\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nQUYẾT ĐỊNH:\n${article}\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n`;

  it('replaces A whole', async () => {
    expect(await ownActsOf(decision('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chiến lược dữ liệu quốc gia đến năm 2030, thay cho Kế hoạch ban hành kèm theo Quyết định số 1563/QĐ-TTg ngày 20 tháng 6 năm 2024 của Thủ tướng Chính phủ.'), '1563/QĐ-TTg')).toEqual(['replaces/whole']);
  });

  it('look-alike: a plan issued to carry A out replaces nothing', async () => {
    expect(await ownActsOf(decision('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chiến lược dữ liệu quốc gia đến năm 2030 để thực hiện Quyết định số 1563/QĐ-TTg ngày 20 tháng 6 năm 2024 của Thủ tướng Chính phủ.'), '1563/QĐ-TTg')).toEqual(['cites']);
  });
});
