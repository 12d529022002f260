import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, ownActsOf, readCitations } from './helpers/act-text.js';

/**
 * From the thirty-seventh drafting round's tuning half (fixtures/relations/drafting-forms-issuers-and-successors.json, endings where
 * replaced or repealed turns on the issuer): each case failed on the code before its rule; the look-alikes pass on both.
 */
const acts = ownActsOf;

describe('an article heading that repeals, its documents grouped under issuers\' labels with their marks dropped', () => {
  const decision = (heading: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', '38/2025/QĐ-UBND', 'Quảng Trị, ngày 20 tháng 9 năm 2025')}QUYẾT ĐỊNH\nBãi bỏ các văn bản quy phạm pháp luật do Ủy ban nhân dân cấp huyện ban hành\nQUYẾT ĐỊNH:\n${heading}\n1. Văn bản do Ủy ban nhân dân thành phố Đồng Hới ban hành:\nQuyết định số 05/2020/QĐ-UBND ngày 15 tháng 4 năm 2020 quy định quản lý trật tự xây dựng trên địa bàn thành phố Đồng Hới.\n2. Văn bản do Ủy ban nhân dân huyện Lệ Thủy ban hành:\nQuyết định số 12/2022/QĐ-UBND ngày 10 tháng 6 năm 2022 quy định quản lý chợ trên địa bàn huyện.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 10 năm 2025.\n`;

  it('"Điều 1. Bãi bỏ toàn bộ các văn bản … sau đây\\n1. Văn bản do … ban hành:\\nQuyết định số A …" repeals each document of each group', async () => {
    const text = decision('Điều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây');
    expect(await acts(text, '05/2020/QĐ-UBND')).toEqual(['repeals/whole']);
    expect(await acts(text, '12/2022/QĐ-UBND')).toEqual(['repeals/whole']);
  });

  it('look-alike: under a heading that only lists them ("Điều 1. Các văn bản còn hiệu lực sau đây") nothing is repealed', async () => {
    const text = decision('Điều 1. Các văn bản quy phạm pháp luật còn hiệu lực sau đây');
    expect(await acts(text, '05/2020/QĐ-UBND')).toEqual(['cites']);
    expect(await acts(text, '12/2022/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('an ending a review notes, after the document\'s description: "… đã hết hiệu lực."', () => {
  const notice = (status: string): string =>
    `THÀNH ỦY HẢI PHÒNG\n*\nSố 1250-TB/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHải Phòng, ngày 10 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận của Ban Thường vụ Thành ủy về kết quả rà soát văn bản\nNgày 05/4/2024, Ban Thường vụ Thành ủy đã nghe báo cáo kết quả rà soát các văn bản về công tác cán bộ. Sau khi thảo luận, Ban Thường vụ Thành ủy kết luận như sau:\n1. Ban Thường vụ Thành ủy ghi nhận kết quả rà soát. Qua rà soát cho thấy:\n- Quy định số 105-QĐ/TW, ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ đã được thay thế bởi Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị; các văn bản ban hành căn cứ Quy định số 105-QĐ/TW cần được rà soát, điều chỉnh.\n- Quy định số 08-QĐi/TU, ngày 20/6/2018 của Ban Thường vụ Thành ủy về tiêu chuẩn chức danh cán bộ hết hiệu lực từ ngày 15/3/2023 theo quy định tại Quy định số 15-QĐi/TU, ngày 15/3/2023 của Ban Thường vụ Thành ủy.\n- Quy chế số 04-QC/TU, ngày 12/01/2016 của Ban Thường vụ Thành ủy về bổ nhiệm cán bộ ${status}\n2. Giao Ban Tổ chức Thành ủy chủ trì tham mưu.\n`;

  it('reports a status, ends nothing', async () => {
    expect(await acts(notice('đã hết hiệu lực.'), '04-QC/TU')).toEqual(['cites']);
  });

  it('look-alike: a status with its actor ("… đã hết hiệu lực theo Quy định số B") is still reported', async () => {
    const cs = await readCitations(notice('đã hết hiệu lực theo Quy định số 16-QĐi/TU, ngày 20/3/2023 của Ban Thường vụ Thành ủy.'));
    expect(headActs(cs, '04-QC/TU')).toEqual(['cites']);
    expect(cs.filter((c) => c.number === '04-QC/TU').some((c) => c.asserted !== null && c.asserted !== undefined)).toBe(true);
  });
});
