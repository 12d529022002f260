import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixtieth round (drafting-forms-amending-and-repealing-parts.json #5), fixed on 2026-12-07
 * (twenty-seventh session); the case failed on 5fb37ae, and so did the look-alike of a term "đã được kéo dài … theo Quyết định số
 * B", a change told as done that was read as this decision's own (the "đã" before "được" is read now).
 */
const decision = (article: string): string =>
  `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '1187/QĐ-TTg', 'Hà Nội, ngày 10 tháng 9 năm 2025')}QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo quốc gia\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Ban Chỉ đạo.\n${article}\n`;

describe('"Cơ quan thường trực … quy định tại khoản 4 Điều 2 Quyết định số A được điều chỉnh từ … thành …"', () => {
  it('the standing body a decision set, changed in place, amends that decision', async () => {
    const cs = await readCitations(decision('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Cơ quan thường trực của Ban Chỉ đạo quy định tại khoản 4 Điều 2 Quyết định số 1380/QĐ-TTg được điều chỉnh từ Bộ Lao động - Thương binh và Xã hội thành Bộ Nội vụ; Bộ Nội vụ sử dụng bộ máy của mình.'));
    expect(headActs(cs, '1380/QĐ-TTg')).toEqual(['amends/part']);
  });

  it('look-alikes: a change said done by another decision is told, not made', async () => {
    const told = await readCitations(decision('Điều 2. Cơ quan thường trực của Ban Chỉ đạo quy định tại khoản 4 Điều 2 Quyết định số 1380/QĐ-TTg đã được điều chỉnh từ Bộ Lao động - Thương binh và Xã hội thành Bộ Nội vụ theo Quyết định số 286/QĐ-TTg.'));
    expect(headActs(told, '1380/QĐ-TTg')).toEqual(['cites']);
    const term = await readCitations(decision('Điều 2. Thời hạn hoạt động quy định tại khoản 4 Điều 2 Quyết định số 1380/QĐ-TTg đã được kéo dài đến hết năm 2025 theo Quyết định số 286/QĐ-TTg.'));
    expect(headActs(term, '1380/QĐ-TTg')).toEqual(['cites']);
    expect(reportsOn(term, '1380/QĐ-TTg').filter((r) => r.startsWith('1187/'))).toEqual([]);
  });
});
