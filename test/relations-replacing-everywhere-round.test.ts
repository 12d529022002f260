import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Rules from the forty-seventh drafting round's tuning half (fixtures/relations/drafting-forms-replacing-everywhere.json) and the
 * older tuning halves read again beside it: each case failed on the code before its rule; the look-alikes pass on both.
 */
const report = (sentence: string): string =>
  `${documentHeader('CHÍNH PHỦ', '612/BC-CP', 'Hà Nội, ngày 20 tháng 10 năm 2022')}BÁO CÁO\nKết quả rà soát văn bản quy phạm pháp luật\nKính gửi: Ủy ban Thường vụ Quốc hội\nI. KẾT QUẢ XỬ LÝ\n${sentence}\nII. KIẾN NGHỊ\nĐề nghị Ủy ban Thường vụ Quốc hội xem xét.\n`;

describe('reports of an amendment with the instrument after "bằng"', () => {
  it('"A … đã được Chính phủ sửa đổi, bổ sung bằng Nghị định số B": B amended A (parts-taken-over #14)', async () => {
    const cs = await readCitations(report('- Nghị định số 100/2019/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt đã được Chính phủ sửa đổi, bổ sung bằng Nghị định số 123/2021/NĐ-CP.'));
    expect(reportsOn(cs, '100/2019/NĐ-CP')).toEqual(['123/2021/NĐ-CP amends 100/2019/NĐ-CP']);
    expect(headActs(cs, '100/2019/NĐ-CP')).toEqual(['cites']);
  });

  it('look-alike: a fund topped up "bằng" money under a decision reports nothing', async () => {
    const cs = await readCitations(report('- Quỹ phát triển đất được bổ sung bằng nguồn vốn ngân sách theo Quyết định số 12/2020/QĐ-UBND.'));
    expect(reportsOn(cs, '12/2020/QĐ-UBND')).toEqual([]);
    expect(headActs(cs, '12/2020/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('"(nay là …)": the document that now stands where the one before it stood', () => {
  const guidance = (sentence: string): string =>
    `${documentHeader('BAN TỔ CHỨC TRUNG ƯƠNG', '25-HD/BTCTW', 'Hà Nội, ngày 20 tháng 9 năm 2023')}HƯỚNG DẪN\nMột số nội dung về phân cấp quản lý cán bộ\nI. VỀ PHÂN CẤP QUẢN LÝ CÁN BỘ\n1. ${sentence}\n2. Cấp ủy, tổ chức đảng tổ chức thực hiện.\n`;

  it('"Quy định số A … của Bộ Chính trị (nay là Quy định số B)": B replaced A, reported (#4)', async () => {
    const cs = await readCitations(guidance('Các chức danh cán bộ đã được phân cấp quản lý theo Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị (nay là Quy định số 80-QĐ/TW) được các cấp ủy rà soát.'));
    expect(reportsOn(cs, '105-QĐ/TW')).toEqual(['80-QĐ/TW replaces 105-QĐ/TW']);
    expect(headActs(cs, '105-QĐ/TW')).toEqual(['cites']);
  });

  it('"Thực hiện Kế hoạch số A … (nay là Kế hoạch số B …) về …": the plan followed was replaced by B (#16)', async () => {
    const cs = await readCitations(guidance('Thực hiện Kế hoạch số 112/KH-UBND ngày 05 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh (nay là Kế hoạch số\n240/KH-UBND ngày 30 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh) về phòng cháy, chữa cháy.'));
    expect(reportsOn(cs, '112/KH-UBND')).toEqual(['240/KH-UBND replaces 112/KH-UBND']);
  });

  it('look-alike: a body\'s new name in the parenthesis ("… của Sở Nông nghiệp và Phát triển nông thôn (nay là Sở Nông nghiệp và Môi trường)") reports nothing', async () => {
    const cs = await readCitations(guidance('Thực hiện theo Hướng dẫn số 850/HD-SNN ngày 15/6/2022 của Sở Nông nghiệp và Phát triển nông thôn (nay là Sở Nông nghiệp và Môi trường).'));
    expect(reportsOn(cs, '850/HD-SNN')).toEqual([]);
  });
});

describe('"Quy chế phối hợp số …" and an enumeration of documents one document replaced', () => {
  const letter = (sentence: string): string =>
    `${documentHeader('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH PHÚ THỌ', '86/MTTQ-BTT', 'Phú Thọ, ngày 20 tháng 9 năm 2025')}V/v thông báo tình trạng các văn bản phối hợp\nKính gửi: Ủy ban Mặt trận Tổ quốc các xã, phường\n${sentence}\n2. Các đơn vị thực hiện theo quy định.\n`;

  it('"Quy chế phối hợp số A" is rules numbered A, its type word whole in the mention', async () => {
    const cs = await readCitations(letter('1. Thực hiện Quy chế phối hợp số 01/QCPH-UBND-MTTQ ngày 05 tháng 9 năm 2025 giữa Ủy ban nhân dân tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.'));
    const c = cs.find((x) => x.number === '01/QCPH-UBND-MTTQ');
    expect(c?.type).toBe('Quy chế');
    expect(c?.text).toBe('Quy chế phối hợp số 01/QCPH-UBND-MTTQ');
  });

  it('"… gồm: A ngày … (tỉnh X), B ngày … (tỉnh Y) và C ngày … (tỉnh Z) đã được thay thế bởi D": D replaced each of the three (#18)', async () => {
    const cs = await readCitations(letter('1. Các quy chế phối hợp của ba tỉnh trước hợp nhất, gồm: Quy chế phối hợp số 05/QCPH-UBND-MTTQ ngày 10 tháng 3 năm 2022 (tỉnh Vĩnh Phúc),\nQuy chế phối hợp số 08/QCPH-MTTQ-UBND ngày 21 tháng 4 năm 2021 (tỉnh Hòa Bình) và Quy chế phối hợp số\n03/QCPH-UBND-MTTQ ngày 17 tháng 02 năm 2022 (tỉnh Phú Thọ) đã được thay thế bởi Quy chế phối hợp số\n01/QCPH-UBND-MTTQ ngày 05 tháng 9 năm 2025.'));
    for (const n of ['05/QCPH-UBND-MTTQ', '08/QCPH-MTTQ-UBND', '03/QCPH-UBND-MTTQ']) expect(reportsOn(cs, n)).toEqual([`01/QCPH-UBND-MTTQ replaces ${n}`]);
  });

  it('look-alike: a sentence that follows one document and reports on the next ("1. Thực hiện Quyết định số A, Quyết định số B đã được thay thế bởi C") reports on B alone', async () => {
    const cs = await readCitations(letter('1. Thực hiện Quyết định số 05/2020/QĐ-UBND ngày 10 tháng 3 năm 2020, Quyết định số 08/2021/QĐ-UBND ngày 21 tháng 4 năm 2021 đã được thay thế bởi Quyết định số 01/2025/QĐ-UBND.'));
    expect(reportsOn(cs, '05/2020/QĐ-UBND')).toEqual([]);
    expect(reportsOn(cs, '08/2021/QĐ-UBND')).toEqual(['01/2025/QĐ-UBND replaces 08/2021/QĐ-UBND']);
  });
});

describe('a list head that ends documents with two verbs, a column saying which', () => {
  const circular = (head: string): string =>
    `${documentHeader('BỘ NỘI VỤ', '12/2025/TT-BNV', 'Hà Nội, ngày 30 tháng 6 năm 2025')}THÔNG TƯ\nQuy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc\nBộ trưởng Bộ Nội vụ ban hành Thông tư.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết về bảo hiểm xã hội bắt buộc.\nĐiều 30. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.\n2. ${head}\n| STT | Văn bản | Hình thức xử lý |\n| 1 | Thông tư số 59/2015/TT-BLĐTBXH ngày 29/12/2015 quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc | Được thay thế bởi Thông tư này |\n| 2 | Thông tư số 36/2021/TT-BLĐTBXH ngày 31/12/2021 hướng dẫn thực hiện chế độ hưu trí | Hết hiệu lực toàn bộ |\n3. Trong quá trình thực hiện nếu có vướng mắc, phản ánh về Bộ Nội vụ./.\n`;

  it('"Các văn bản sau đây … hết hiệu lực hoặc được thay thế kể từ ngày Thông tư này có hiệu lực thi hành:" ends each row (#5)', async () => {
    const cs = await readCitations(circular('Các văn bản sau đây của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hết hiệu lực hoặc được thay thế kể từ ngày Thông tư này có hiệu lực thi hành:'));
    expect(headActs(cs, '59/2015/TT-BLĐTBXH')).toEqual(['replaces/whole']);
    expect(headActs(cs, '36/2021/TT-BLĐTBXH')).toEqual(['replaces/whole']);
  });

  it('look-alike: the same table under a report\'s "Các văn bản sau đây đã hết hiệu lực hoặc được thay thế:" ends nothing', async () => {
    const cs = await readCitations(circular('Các văn bản sau đây đã hết hiệu lực hoặc được thay thế trước ngày Thông tư này có hiệu lực thi hành:'));
    expect(headActs(cs, '36/2021/TT-BLĐTBXH')).toEqual(['cites']);
  });
});
