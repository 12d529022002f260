import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, relationsOf as acts } from './helpers/act-text.js';

/**
 * The forty-sixth round's tuning half (fixtures/relations/drafting-forms-gazette-year-3.json, briefs round 46: a third sample of
 * one gazette year, July 2025 to June 2026). The case failed on the code before its rule (9e095a7); the look-alike passes on both.
 */
const publication = (clause: string): string =>
  `${documentHeader('CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN', '2618/QĐ-UBND', 'Hưng Yên, ngày 15 tháng 10 năm 2025')}QUYẾT ĐỊNH\nVề việc công bố Danh mục thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ trong lĩnh vực thi đua, khen thưởng\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này Danh mục 02 thủ tục hành chính được sửa đổi, bổ sung.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n${clause}\n`;

describe('entries of a published list replaced by this decision\'s own', () => {
  it('"1. Thủ tục hành chính số 1, số 2 Mục I Phần A Danh mục ban hành kèm theo Quyết định số A … được thay thế bằng thủ tục hành chính số 1, số 2 … kèm theo Quyết định này" replaces a part of A', async () => {
    const cs = await readCitations(publication('1. Thủ tục hành chính số 1, số 2 Mục I Phần A Danh mục ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 22 tháng 4 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên được thay thế bằng thủ tục hành chính số 1, số 2 Mục I Danh mục ban hành kèm theo Quyết định này.'));
    expect(headActs(cs, '905/QĐ-UBND')).toEqual(['replaces/part']);
  });

  it('look-alike: entries "được thay thế bằng" those of another decision are reported, not replaced by this one', async () => {
    const cs = await readCitations(publication('1. Thủ tục hành chính số 1, số 2 Mục I Phần A Danh mục ban hành kèm theo Quyết định số 905/QĐ-UBND ngày 22 tháng 4 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên đã được thay thế bằng thủ tục hành chính tại Quyết định số 1520/QĐ-UBND ngày 05 tháng 8 năm 2025.'));
    expect(acts(cs, '905/QĐ-UBND')).toEqual(['cites']);
  });
});
