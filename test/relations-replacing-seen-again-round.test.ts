import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the fifty-ninth round (drafting-forms-replacing-seen-again.json #16), fixed on 2026-12-07
 * (twenty-seventh session); the case failed on 5fb37ae, the look-alike passes on both.
 */
const decision = (article: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nHUYỆN KIM BẢNG', '1625/QĐ-UBND', 'Kim Bảng, ngày 18 tháng 6 năm 2021')}QUYẾT ĐỊNH\nVề việc điều chỉnh Kế hoạch chuyển đổi cơ cấu cây trồng năm 2021\nỦY BAN NHÂN DÂN HUYỆN KIM BẢNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${article}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;

describe('"Thay thế Biểu số 02 (… phân theo xã, thị trấn) kèm theo Kế hoạch số A … bằng Biểu số 02 kèm theo Quyết định này"', () => {
  it('a table\'s note in parentheses is its heading, not words that put the plan outside the verb\'s object', async () => {
    const cs = await readCitations(decision('Điều 1. Thay thế Biểu số 02 (Diện tích chuyển đổi cơ cấu cây trồng trên đất trồng lúa năm 2021 phân theo xã, thị trấn) kèm theo Kế hoạch số\n56/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân huyện bằng Biểu số 02 kèm theo Quyết định này.\nCác nội dung khác của Kế hoạch số 56/KH-UBND giữ nguyên.'));
    expect(headActs(cs, '56/KH-UBND')).toContain('amends/part');
    expect(cs.find((c) => c.number === '56/KH-UBND')?.scope?.part).toMatch(/^Biểu số 02 \(/u);
  });

  it('look-alike: a form made "theo" a plan, outside a parenthesis, is no part of it', async () => {
    const cs = await readCitations(decision('Điều 1. Thay thế Biểu số 02 lập theo Kế hoạch số 56/KH-UBND ngày 12 tháng 3 năm 2021 của Ủy ban nhân dân huyện bằng Biểu số 02 kèm theo Quyết định này.'));
    expect(headActs(cs, '56/KH-UBND')).toEqual(['cites']);
  });
});
