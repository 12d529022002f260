import { describe, expect, it } from 'vitest';
import { readCitations } from './helpers/act-text.js';

/**
 * Reports of a law whose effect another law changed, from two tuning passages of the drafting rounds
 * (fixtures/relations/drafting-forms-documents.json, Chỉ thị 19/CT-TTg; drafting-forms-national-acts.json, Nghị quyết
 * 142/2024/QH15): "được sửa đổi, bổ sung hiệu lực thi hành bởi Luật số …", and a parenthesis whose phrase names every law listed
 * before it ("(thời điểm có hiệu lực của các luật này đã được điều chỉnh tại Luật số …)"). Each case failed on the code before its
 * rule; the look-alikes pass on both.
 */
const directive = (body: string): string => `THỦ TƯỚNG CHÍNH PHỦ\nSố: 19/CT-TTg\nHà Nội, ngày 18 tháng 7 năm 2024\nCHỈ THỊ\nVề việc tập trung triển khai thi hành các văn bản mới\n\nĐể các văn bản sớm đi vào cuộc sống, Thủ tướng Chính phủ yêu cầu:\n1. ${body}\n`;
const asserted = (cs: Awaited<ReturnType<typeof readCitations>>, number: string): (string | null)[] =>
  cs.filter((c) => c.number === number && c.role === 'head').map((c) => c.asserted?.relation ?? null);

describe('a report that another law changed a law\'s effect', () => {
  it('"Luật Đất đai số A … được sửa đổi, bổ sung hiệu lực thi hành bởi Luật số B": A reported amended by B', async () => {
    const cs = await readCitations(directive('Luật Đất đai số 31/2024/QH15 được Quốc hội khóa XV thông qua tại kỳ họp bất thường lần thứ 5 và được sửa đổi, bổ sung hiệu lực thi hành bởi Luật số 43/2024/QH15, có hiệu lực từ ngày 01 tháng 8 năm 2024.'));
    expect(asserted(cs, '31/2024/QH15')).toEqual(['amends']);
    expect(asserted(cs, '43/2024/QH15')).toEqual([null]);
  });

  it('look-alike: "… được thực hiện có hiệu lực thi hành theo Luật số B" reports nothing', async () => {
    const cs = await readCitations(directive('Luật Đất đai số 31/2024/QH15 được thực hiện có hiệu lực thi hành theo Luật số 43/2024/QH15.'));
    expect(asserted(cs, '31/2024/QH15')).toEqual([null]);
  });

  it('"Luật A số …, Luật B số …, Luật C số … và Luật D số … (thời điểm có hiệu lực của các luật này đã được điều chỉnh tại Luật số E)": all four reported amended', async () => {
    const cs = await readCitations(directive('Thủ tướng yêu cầu các Bộ khẩn trương ban hành các văn bản quy định chi tiết Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 (thời điểm có hiệu lực của các luật này đã được điều chỉnh tại Luật số 43/2024/QH15), bảo đảm có hiệu lực cùng thời điểm có hiệu lực của luật.'));
    for (const n of ['31/2024/QH15', '27/2023/QH15', '29/2023/QH15', '32/2024/QH15']) expect(asserted(cs, n), n).toEqual(['amends']);
  });

  it('look-alike: the same list with a parenthesis on the last law alone ("(đã được sửa đổi, bổ sung tại Luật số E)") reports the last only', async () => {
    const cs = await readCitations(directive('Thủ tướng yêu cầu các Bộ khẩn trương ban hành các văn bản quy định chi tiết Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 (đã được sửa đổi, bổ sung tại Luật số 43/2024/QH15), bảo đảm có hiệu lực cùng thời điểm có hiệu lực của luật.'));
    expect(asserted(cs, '32/2024/QH15')).toEqual(['amends']);
    for (const n of ['31/2024/QH15', '27/2023/QH15', '29/2023/QH15']) expect(asserted(cs, n), n).toEqual([null]);
  });
});
