import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the twentieth drafting round's tuning half (fixtures/relations/drafting-forms-guiding.json, acts that guide or detail): a
 * scope article's clause that specifies what a document assigns to this one ("Quy định cụ thể nội dung được giao tại khoản 4
 * Điều 23 Nghị định số …"), and a guidance whose title names what of a document it guides ("HƯỚNG DẪN\nmột số nội dung của
 * Quy định số …"). Each case failed on the code before its rule; the look-alikes pass on both.
 */
const decision = (scope: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH', '52/2025/QĐ-UBND', 'Bắc Ninh, ngày 20 tháng 10 năm 2025')}QUYẾT ĐỊNH\nQuy định về sử dụng tạm thời một phần hè phố trên địa bàn tỉnh\nCăn cứ Luật Đường bộ số 35/2024/QH15;\nCăn cứ Nghị định số 165/2024/NĐ-CP ngày 26 tháng 12 năm 2024 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đường bộ;\nỦy ban nhân dân tỉnh ban hành Quyết định quy định về sử dụng tạm thời một phần hè phố trên địa bàn tỉnh.\nĐiều 1. Phạm vi điều chỉnh\n${scope}\nĐiều 2. Đối tượng áp dụng\nCơ quan, tổ chức, cá nhân có liên quan.\n`;

describe('a scope article that specifies what a document assigns to this one guides it', () => {
  it('"2. Quy định cụ thể nội dung được giao tại khoản 4 Điều 23 Nghị định số A …" and "Quyết định này quy định … được giao tại khoản 6 Điều 20 Luật B": both guided', async () => {
    const items = await readCitations(decision('1. Quyết định này quy định chi tiết khoản 6 Điều 20 Luật Đường bộ số 35/2024/QH15.\n2. Quy định cụ thể nội dung được giao tại khoản 4 Điều 23 Nghị định số 165/2024/NĐ-CP về phân cấp, thẩm quyền cho phép sử dụng tạm thời một phần hè phố.'));
    expect(headActs(items, '165/2024/NĐ-CP')).toContain('guides');
    const sentence = await readCitations(decision('Quyết định này quy định thẩm quyền cho phép sử dụng tạm thời một phần hè phố được giao tại khoản 4 Điều 23 Nghị định số 165/2024/NĐ-CP.'));
    expect(headActs(sentence, '165/2024/NĐ-CP')).toContain('guides');
  });

  it('look-alike: "… theo khoản 4 Điều 23 Nghị định số A", a task "được giao tại" outside the scope article, and the Căn cứ line guide nothing', async () => {
    const under = await readCitations(decision('Quyết định này quy định thẩm quyền cho phép sử dụng tạm thời một phần hè phố theo khoản 4 Điều 23 Nghị định số 165/2024/NĐ-CP.'));
    expect(headActs(under, '165/2024/NĐ-CP')).not.toContain('guides');
    const task = await readCitations(`${decision('Quyết định này quy định thẩm quyền cho phép sử dụng tạm thời một phần hè phố.')}Điều 3. Tổ chức thực hiện\nSở Xây dựng thực hiện nhiệm vụ được giao tại khoản 4 Điều 23 Nghị định số 165/2024/NĐ-CP.\n`);
    expect(headActs(task, '165/2024/NĐ-CP')).not.toContain('guides');
  });
});

describe('a guidance whose title names what of a document it guides', () => {
  const guidance = (title: string): string =>
    `TỈNH ỦY LÂM ĐỒNG\nBAN TỔ CHỨC\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố 14-HD/BTCTU\nĐà Lạt, ngày 20 tháng 11 năm 2023\nHƯỚNG DẪN\n${title}\n-----\nCăn cứ Quy định số 80-QĐ/TW ngày 18 tháng 8 năm 2022 của Bộ Chính trị về phân cấp quản lý cán bộ;\nBan Tổ chức Tỉnh ủy hướng dẫn một số nội dung như sau:\n1. Về thẩm quyền\nThực hiện theo Điều 5 Quy định.\n`;

  it('"HƯỚNG DẪN\\nmột số nội dung của Quy định số 215-QĐ/TU …": guided', async () => {
    const cs = await readCitations(guidance('một số nội dung của Quy định số 215-QĐ/TU ngày 05 tháng 9 năm 2023 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ'));
    expect(headActs(cs, '215-QĐ/TU')).toEqual(['guides']);
  });

  it('look-alike: "HƯỚNG DẪN\\ncông tác cán bộ theo Quy định số 215-QĐ/TU …" names what it works under, not what of it is guided', async () => {
    const cs = await readCitations(guidance('công tác cán bộ theo Quy định số 215-QĐ/TU ngày 05 tháng 9 năm 2023 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ'));
    expect(headActs(cs, '215-QĐ/TU')).not.toContain('guides');
  });
});
