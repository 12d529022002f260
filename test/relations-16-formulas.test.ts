import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Classes of drafting from the formula catalogue (fixtures/relations/formulas.json, README "Formula catalogue"), issue 16:
 * one block per rule, each a general formula of Vietnamese drafting, not a passage of the catalogue.
 */

const acts = (text: string, type: string, number?: string): string[][] =>
  extract(text, { context: { type, ...(number ? { number } : {}) } }).citations.map((c) => [c.number ?? c.text, c.relation, ...(c.scope ? [c.scope.whole ? 'whole' : 'part'] : []), ...(c.alsoActs ?? []).map((a) => a.relation)]);

describe('a clause that opens with a suspending or ending verb acts on the document right after it (issue 16)', () => {
  it('"Tạm đình chỉ (việc) thi hành", "Tạm dừng thi hành", "Ngưng hiệu lực (thi hành) đối với <places>" suspend', () => {
    expect(acts('Điều 1. Tạm đình chỉ thi hành Quyết định số 150/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân xã A.\n', 'Quyết định', '77/QĐ-UBND')).toEqual([['150/QĐ-UBND', 'suspends', 'whole']]);
    expect(acts('Điều 2. Tạm dừng thi hành Quyết định số 12/2026/QĐ-UBND ngày 02 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh.\n', 'Quyết định', '30/2026/QĐ-UBND')).toEqual([['12/2026/QĐ-UBND', 'suspends', 'whole']]);
    expect(acts('Điều 4. Ngưng hiệu lực thi hành đối với khoản 3 Điều 7 Nghị định số 10/2026/NĐ-CP đến hết ngày 31 tháng 12 năm 2026.\n', 'Nghị định', '90/2026/NĐ-CP')).toEqual([['10/2026/NĐ-CP', 'suspends', 'part']]);
  });
  it('"Chấm dứt hiệu lực (của)" and "Hủy bỏ" a document end it as a whole, never as a successor', () => {
    expect(acts('Điều 3. Chấm dứt hiệu lực của Quyết định số 88/QĐ-UBND ngày 05 tháng 01 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh kể từ ngày Quyết định này có hiệu lực.\n', 'Quyết định', '99/QĐ-UBND')).toEqual([['88/QĐ-UBND', 'repeals', 'whole']]);
    expect(acts('Điều 1. Hủy bỏ Quyết định số 7/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã về việc xử phạt vi phạm hành chính.\n', 'Quyết định', '45/QĐ-UBND')).toEqual([['7/QĐ-UBND', 'repeals', 'whole']]);
  });
  it('the verb with another object, a condition or a later document is no act on it', () => {
    // a licence ended, a disciplinary decision annulled, the period of a suspension, the day another act takes effect
    expect(acts('Điều 5. Hủy bỏ quyết định xử lý kỷ luật theo quy định tại Nghị định số 112/2020/NĐ-CP.\n', 'Thông tư')).toEqual([['112/2020/NĐ-CP', 'cites']]);
    expect(acts('1. Trong thời gian ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT, các bên áp dụng quy định trước đó.\n', 'Thông tư', '16/2022/TT-BKHĐT')).toEqual([['08/2022/TT-BKHĐT', 'cites']]);
    expect(acts('2. Thỏa thuận chấm dứt hiệu lực kể từ ngày Nghị định số 30/2026/NĐ-CP có hiệu lực.\n', 'Thông tư')).toEqual([['30/2026/NĐ-CP', 'cites']]);
  });
  it('a title that amends and suspends carries both acts', () => {
    const title = 'NGHỊ ĐỊNH\nSửa đổi, bổ sung và ngưng hiệu lực thi hành một số điều tại Nghị định số 65/2022/NĐ-CP ngày 16 tháng 9 năm 2022 của Chính phủ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n';
    expect(acts(title, 'Nghị định', '08/2023/NĐ-CP')[0]).toEqual(['65/2022/NĐ-CP', 'amends', 'part', 'suspends']);
  });
});

describe('a list of the documents this act takes the place of replaces each item (issue 16)', () => {
  it('"Thông tư này thay thế các Thông tư sau:" replaces every listed circular, as after "bãi bỏ"', () => {
    const text =
      '2. Thông tư này thay thế các Thông tư sau đây:\na) Thông tư số 11/2019/TT-BXD ngày 26 tháng 12 năm 2019 của Bộ trưởng Bộ Xây dựng hướng dẫn xác định chi phí;\nb) Thông tư số 12/2019/TT-BXD ngày 26 tháng 12 năm 2019 của Bộ trưởng Bộ Xây dựng.\n';
    expect(acts(text, 'Thông tư', '13/2026/TT-BXD')).toEqual([
      ['11/2019/TT-BXD', 'replaces', 'whole'],
      ['12/2019/TT-BXD', 'replaces', 'whole'],
    ]);
  });
  it('a list of wordings or places to replace, or of documents that replaced, is no such list', () => {
    const phrases = '3. Thay thế các cụm từ sau đây:\na) Cụm từ “Tổng cục” tại khoản 2 Điều 3 Thông tư số 11/2019/TT-BXD bằng cụm từ “Cục”.\n';
    expect(acts(phrases, 'Thông tư', '13/2026/TT-BXD')[0]?.[1]).not.toBe('replaces');
    const passive = '3. Các văn bản được thay thế bởi các Thông tư sau:\na) Thông tư số 11/2019/TT-BXD ngày 26 tháng 12 năm 2019.\n';
    expect(acts(passive, 'Báo cáo')[0]?.[1]).toBe('cites');
  });
});

describe('a task of a plan names the act to be drafted, it performs none (issue 16)', () => {
  it('"Xây dựng Nghị định thay thế …", "Rà soát để bãi bỏ …", "nghiên cứu, đề xuất sửa đổi, bổ sung …" cite', () => {
    expect(acts('1. Xây dựng Nghị định thay thế Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ.\n', 'Kế hoạch', '10/KH-BTP')).toEqual([['20/2021/NĐ-CP', 'cites']]);
    expect(acts('- Rà soát để bãi bỏ Quyết định số 05/2018/QĐ-UBND trong quý III năm 2026.\n', 'Kế hoạch', '11/KH-UBND')).toEqual([['05/2018/QĐ-UBND', 'cites']]);
    expect(acts('c) Sở Tài chính nghiên cứu, đề xuất sửa đổi, bổ sung Quyết định số 09/2020/QĐ-UBND.\n', 'Kế hoạch', '12/KH-UBND')).toEqual([['09/2020/QĐ-UBND', 'cites']]);
    expect(acts('Bộ Tư pháp trình Chính phủ ban hành Nghị định thay thế Nghị định số 20/2021/NĐ-CP trong năm 2026.\n', 'Kế hoạch', '10/KH-BTP')).toEqual([['20/2021/NĐ-CP', 'cites']]);
  });
  it('the act itself still acts', () => {
    expect(acts('2. Nghị định này thay thế Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ.\n', 'Nghị định', '30/2026/NĐ-CP')).toEqual([['20/2021/NĐ-CP', 'replaces', 'whole']]);
    expect(acts('Điều 2. Bãi bỏ Quyết định số 05/2018/QĐ-UBND ngày 02 tháng 3 năm 2018 của Ủy ban nhân dân tỉnh.\n', 'Quyết định', '20/2026/QĐ-UBND')).toEqual([['05/2018/QĐ-UBND', 'repeals', 'whole']]);
  });
});

describe('a status phrase of body text reports the act of the document after "bởi" or "tại" its provisions (issue 16)', () => {
  const asserted = (text: string, type: string): string[][] =>
    extract(text, { context: { type } }).citations.filter((c) => c.asserted).map((c) => [c.number ?? c.text, c.relation, (c.asserted as { relation: string }).relation, (c.asserted as { subjectId: string }).subjectId]);
  it('"(được sửa đổi tại khoản 22 Điều 89 Nghị định số …)", "đã được bổ sung tại khoản 3 Điều 1 Thông tư số …"', () => {
    expect(asserted('Hồ sơ thực hiện theo quy định tại khoản 3 Điều 77 Nghị định số 25/2020/NĐ-CP (được sửa đổi tại khoản 22 Điều 89 Nghị định số 35/2021/NĐ-CP).\n', 'Thông tư')).toEqual([['25/2020/NĐ-CP', 'cites', 'amends', 'vn:35/2021/NĐ-CP']]);
    expect(asserted('Việc chi trả thực hiện theo Điều 9a Thông tư số 26/2016/TT-BLĐTBXH đã được bổ sung tại khoản 3 Điều 1 Thông tư số 06/2024/TT-BLĐTBXH.\n', 'Công văn')).toEqual([['26/2016/TT-BLĐTBXH', 'cites', 'amends', 'vn:06/2024/TT-BLĐTBXH']]);
  });
  it('guidance and corrections reported so: "được quy định chi tiết tại", "(được hướng dẫn bởi …)", "được đính chính bởi"', () => {
    expect(asserted('Điều 29 Luật Đấu thầu số 22/2023/QH15 được quy định chi tiết tại Điều 131 Nghị định số 24/2024/NĐ-CP.\n', 'Công văn')).toEqual([['22/2023/QH15', 'cites', 'guides', 'vn:24/2024/NĐ-CP']]);
    expect(asserted('Luật Quản lý thuế số 38/2019/QH14 (được hướng dẫn bởi Nghị định số 126/2020/NĐ-CP) quy định thời hạn hoàn thuế.\n', 'Công văn')).toEqual([['38/2019/QH14', 'cites', 'guides', 'vn:126/2020/NĐ-CP']]);
    expect(asserted('Biểu phí ban hành kèm theo Thông tư số 33/2023/TT-BTC, được đính chính bởi Quyết định số 1345/QĐ-BTC ngày 12 tháng 6 năm 2023.\n', 'Công văn').map((a) => a.slice(0, 3))).toEqual([['33/2023/TT-BTC', 'cites', 'corrects']]);
  });
  it('a standard followed ("được bổ sung theo quy định tại … Nghị định số …") reports nothing', () => {
    expect(asserted('Hồ sơ theo Thông tư số 10/2020/TT-BTC được bổ sung theo quy định tại khoản 2 Điều 5 Nghị định số 11/2021/NĐ-CP.\n', 'Công văn')).toEqual([]);
  });
});

describe('the scope lists every place the text names for the act (issue 16)', () => {
  const part = (text: string, type: string, number: string): (string | null)[] =>
    extract(text, { context: { type, number } }).citations.filter((c) => c.scope && !c.scope.whole).map((c) => c.scope?.part ?? null);
  it('a list of places before the document, not only its last', () => {
    expect(part('Điều 4. Bãi bỏ điểm c khoản 2 Điều 10 và điểm đ khoản 1 Điều 11 Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ.\n', 'Nghị định', '05/2026/NĐ-CP')).toEqual(['điểm c khoản 2 Điều 10 và điểm đ khoản 1 Điều 11']);
    expect(part('2. Sửa đổi, bổ sung các khoản 5 và 6 Điều 3 Thông tư số 10/2020/TT-BTC như sau:\n', 'Thông tư', '01/2026/TT-BTC')).toEqual(['khoản 5 và 6 Điều 3']);
  });
  it('an insertion is the place inserted, under what holds it', () => {
    expect(part('5. Bổ sung Điều 6a vào sau Điều 6 Thông tư số 02/2022/TT-NHNN như sau:\n', 'Thông tư', '06/2026/TT-NHNN')).toEqual(['Điều 6a']);
    expect(part('6. Bổ sung khoản 5 vào Điều 7 Thông tư số 18/2023/TT-BCT như sau:\n', 'Thông tư', '07/2026/TT-BCT')).toEqual(['khoản 5 Điều 7']);
  });
  it('"một số điều" of a heading is the places its items act on; "một phần …, cụ thể:" the places named after it', () => {
    const heading =
      'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ\n1. Sửa đổi, bổ sung khoản 2 Điều 5 như sau:\n“2. Hồ sơ gồm Điều 9 và Điều 10.”\n2. Bổ sung Điều 5a vào sau Điều 5 như sau:\n“Điều 5a. Công bố trực tuyến”.\nĐiều 2. Hiệu lực thi hành\n';
    expect(part(heading, 'Nghị định', '20/2026/NĐ-CP')).toEqual(['khoản 2 Điều 5; Điều 5a']);
    expect(part('Điều 1. Bãi bỏ một phần Quyết định số 42/2020/QĐ-UBND ngày 28 tháng 10 năm 2020 của Ủy ban nhân dân tỉnh, cụ thể: khoản 2 Điều 5 và Điều 7.\n', 'Quyết định', '09/2026/QĐ-UBND')).toEqual(['khoản 2 Điều 5 và Điều 7']);
  });
  it('an item read only in part leaves "một số điều" as the text says it', () => {
    const partial = 'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 10/2020/TT-BTC\n1. Sửa đổi, bổ sung khoản 2 Điều 5 như sau:\n2. Sửa đổi, bổ sung điểm c và bổ sung điểm g khoản 3 Điều 8 như sau:\nĐiều 2. Hiệu lực\n';
    expect(part(partial, 'Thông tư', '01/2026/TT-BTC')).toEqual(['một số điều']);
  });
});

describe('a listed title that opens with a capital reports its act (issue 16)', () => {
  it('"Ngưng hiệu lực của Thông tư số …" in a row of a list is the row document\'s suspension', () => {
    const row = '7\nThông tư\n16/2022/TT-BKHĐT ngày 29/7/2022\nNgưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư\n';
    const c = extract(row, { context: { type: 'Quyết định', number: '1205/QĐ-BKHĐT' } }).citations.find((x) => x.number === '08/2022/TT-BKHĐT');
    expect([c?.relation, c?.asserted?.relation, c?.asserted?.subjectId]).toEqual(['cites', 'suspends', 'vn:16/2022/TT-BKHĐT']);
  });
});
