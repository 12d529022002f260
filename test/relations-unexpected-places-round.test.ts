import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

/**
 * From the thirty-second drafting round's tuning half (fixtures/relations/drafting-forms-unexpected-places.json, acts and reports in
 * unexpected places or shapes). Each case failed on the code before its rule (2d9e930); the look-alikes pass on both.
 */
describe('round 32: a rate changed "từ … lên …", a committee completed after a comma, "…; theo đó bãi bỏ …" reported', () => {
  const resolution = (clause: string): string =>
    `${documentHeader('HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG BÌNH', '21/2024/NQ-HĐND', 'Quảng Bình, ngày 12 tháng 7 năm 2024')}NGHỊ QUYẾT\nQuy định mức học phí năm học 2024 - 2025\nQUYẾT NGHỊ:\nĐiều 3. Điều khoản chuyển tiếp\n${clause}\nĐiều 4. Tổ chức thực hiện\n`;

  it('"2. Kể từ ngày …, mức hỗ trợ … quy định tại điểm a khoản 2 Điều 3 Nghị quyết số A … được điều chỉnh từ 160.000 đồng lên 200.000 đồng" amends A', async () => {
    const text = resolution('2. Kể từ ngày 01 tháng 9 năm 2024, mức hỗ trợ tiền ăn trưa đối với trẻ em mẫu giáo quy định tại điểm a khoản 2 Điều 3 Nghị quyết số 38/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ trẻ em mầm non được điều chỉnh từ 160.000 đồng lên 200.000 đồng/trẻ/tháng.');
    expect(await scopes(text, '38/2021/NQ-HĐND')).toEqual(['amends/part']);
  });

  it('look-alike: a rate "được áp dụng từ … đến …" under A changes nothing', async () => {
    const text = resolution('2. Mức hỗ trợ tiền ăn trưa quy định tại điểm a khoản 2 Điều 3 Nghị quyết số 38/2021/NQ-HĐND ngày 10 tháng 12 năm 2021 của Hội đồng nhân dân tỉnh được áp dụng từ ngày 01 tháng 9 năm 2024 đến hết năm học.');
    expect(await scopes(text, '38/2021/NQ-HĐND')).toEqual(['cites']);
  });

  const commune = (clause: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP', '88/QĐ-UBND', 'Tân Hiệp, ngày 20 tháng 8 năm 2025')}QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai phong trào “Bình dân học vụ số”\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. ${clause}\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n`;

  it('"Để bảo đảm thực hiện, kiện toàn thành phần Ban Chỉ đạo … thành lập tại Quyết định số A …" amends A', async () => {
    const text = commune('Ban Chỉ đạo chuyển đổi số xã có trách nhiệm chỉ đạo thực hiện Kế hoạch. Để bảo đảm thực hiện, kiện toàn thành phần Ban Chỉ đạo chuyển đổi số xã thành lập tại Quyết định số 26/QĐ-UBND ngày 08 tháng 7 năm 2025 của Ủy ban nhân dân xã như sau:\n- Bổ sung bà Trần Thị Mỹ Linh, Trưởng phòng Văn hóa - Xã hội, làm Phó Trưởng ban.');
    expect(await scopes(text, '26/QĐ-UBND')).toEqual(['amends/part']);
  });

  it('look-alike: the body "thành lập tại Quyết định số A" only directs the plan', async () => {
    const text = commune('Ban Chỉ đạo chuyển đổi số xã thành lập tại Quyết định số 26/QĐ-UBND ngày 08 tháng 7 năm 2025 của Ủy ban nhân dân xã có trách nhiệm chỉ đạo thực hiện Kế hoạch.');
    expect(await scopes(text, '26/QĐ-UBND')).toEqual(['cites']);
  });

  const report = (tail: string): string => `TỈNH ỦY QUẢNG NAM\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 345-BC/TU\nTam Kỳ, ngày 10 tháng 11 năm 2023\nBÁO CÁO\nSơ kết thực hiện Nghị quyết về phát triển du lịch\n3. Ủy ban nhân dân tỉnh ban hành Quyết định số 25/2022/QĐ-UBND ngày 30/8/2022 ban hành Quy chế quản lý điểm du lịch; ${tail}\n`;

  it('"… ban hành Quyết định số B … ban hành Quy chế …; theo đó bãi bỏ Quyết định số A …": B\'s repeal of A, reported', async () => {
    const cs = await readCitations(report('theo đó bãi bỏ Quyết định số 12/2017/QĐ-UBND ngày 19/6/2017 của Ủy ban nhân dân tỉnh về quản lý hoạt động du lịch cộng đồng.'));
    expect(reportsOn(cs, '12/2017/QĐ-UBND')).toEqual(['25/2022/QĐ-UBND repeals 12/2017/QĐ-UBND']);
  });

  it('look-alike: "…; đề nghị bãi bỏ Quyết định số A" is a proposal, no report', async () => {
    const cs = await readCitations(report('đề nghị bãi bỏ Quyết định số 12/2017/QĐ-UBND ngày 19/6/2017 của Ủy ban nhân dân tỉnh.'));
    expect(reportsOn(cs, '12/2017/QĐ-UBND')).toEqual([]);
  });
});

describe('a table "| Văn bản | Tình trạng | Văn bản tác động |"', () => {
  const guidance = (status1: string, status2: string, actingHeader = 'Văn bản tác động'): string =>
    `SỞ NỘI VỤ TỈNH BẮC GIANG\nSố: 12/HD-SNV\nBắc Giang, ngày 10 tháng 5 năm 2023\nHƯỚNG DẪN\nThực hiện Quyết định phân cấp quản lý tổ chức bộ máy\nI. VĂN BẢN LIÊN QUAN VÀ TÌNH TRẠNG HIỆU LỰC\n| Văn bản | Tình trạng | ${actingHeader} |\n| Quyết định số 06/2019/QĐ-UBND ngày 22/3/2019 của UBND tỉnh về phân cấp quản lý tổ chức bộ máy | ${status1} | Quyết định số 20/2023/QĐ-UBND |\n| Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn | ${status2} | Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 |\nII. NỘI DUNG HƯỚNG DẪN\n`;

  it('reports each row\'s act as its status cell says, by the row\'s acting document', async () => {
    const cs = await readCitations(guidance('Hết hiệu lực toàn bộ, bị thay thế', 'Còn hiệu lực, đã được sửa đổi, bổ sung'));
    expect(reportsOn(cs, '06/2019/QĐ-UBND')).toEqual(['20/2023/QĐ-UBND replaces 06/2019/QĐ-UBND']);
    expect(reportsOn(cs, '24/2014/NĐ-CP')).toEqual(['107/2020/NĐ-CP amends 24/2014/NĐ-CP']);
  });

  it('look-alike: a row still in force, or a column of related documents, reports nothing', async () => {
    const cs = await readCitations(guidance('Còn hiệu lực', 'Còn hiệu lực', 'Văn bản liên quan'));
    expect(reportsOn(cs, '06/2019/QĐ-UBND')).toEqual([]);
    expect(reportsOn(cs, '24/2014/NĐ-CP')).toEqual([]);
  });
});
