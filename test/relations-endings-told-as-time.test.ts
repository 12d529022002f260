import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * A report of an ending told as a time or after its source ("… khi Luật Đất đai số A hết hiệu lực kể từ ngày Luật Đất đai năm 2024 có
 * hiệu lực thi hành, theo quy định tại Điều 252 Luật Đất đai số B", "theo khoản 2 Điều 252 của Luật này, Luật Đất đai số A hết hiệu
 * lực kể từ ngày Luật Đất đai số B có hiệu lực"): B ended A, and a law ending a law of its name takes its place. Read as plain
 * citations before (round 39's and round 32's tuning halves); each case failed on the code before, the look-alikes pass on both.
 */
const plan = (body: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG', '98/KH-UBND', 'Bắc Giang, ngày 10 tháng 5 năm 2024')}KẾ HOẠCH\nTriển khai thi hành Luật Đất đai năm 2024 trên địa bàn tỉnh\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n${body}\n`;

describe('an ending reported as a time or after its source', () => {
  it('"… khi Luật A hết hiệu lực kể từ ngày <B by name> có hiệu lực thi hành, theo quy định tại Điều 252 Luật B" reports B replacing A', async () => {
    const cs = await readCitations(plan('2. Bảo đảm tính liên tục trong quản lý đất đai khi Luật Đất đai số 45/2013/QH13 hết hiệu lực kể từ ngày Luật Đất đai năm 2024 có hiệu lực thi hành, theo quy định tại Điều 252 Luật Đất đai số 31/2024/QH15.'));
    expect(reportsOn(cs, '45/2013/QH13')).toEqual(['31/2024/QH15 replaces 45/2013/QH13']);
    expect(headActs(cs, '45/2013/QH13')).toEqual(['cites']);
  });

  it('"theo khoản 2 Điều 252 của Luật này, Luật A hết hiệu lực kể từ ngày Luật B có hiệu lực" reports B replacing A whole (the places are the source\'s)', async () => {
    const cs = await readCitations(plan('1. Luật Đất đai số 31/2024/QH15 có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024; theo khoản 2 Điều 252 của Luật này, Luật Đất đai số 45/2013/QH13 hết hiệu lực kể từ ngày Luật Đất đai số 31/2024/QH15 có hiệu lực.'));
    expect(reportsOn(cs, '45/2013/QH13')).toEqual(['31/2024/QH15 replaces 45/2013/QH13']);
  });

  it('look-alike: a case, "Trường hợp Luật A hết hiệu lực theo quy định tại Luật B thì …", reports nothing', async () => {
    const cs = await readCitations(plan('2. Trường hợp Luật Đất đai số 45/2013/QH13 hết hiệu lực theo quy định tại Điều 252 Luật Đất đai số 31/2024/QH15 thì áp dụng quy định chuyển tiếp.'));
    expect(reportsOn(cs, '45/2013/QH13')).toEqual([]);
  });

  it('look-alike: "khi Luật A hết hiệu lực" with no event as its day, a plain case, reports nothing', async () => {
    const cs = await readCitations(plan('2. Chuẩn bị phương án khi Luật Đất đai số 45/2013/QH13 hết hiệu lực theo quy định tại Điều 252 Luật Đất đai số 31/2024/QH15.'));
    expect(reportsOn(cs, '45/2013/QH13')).toEqual([]);
  });
});
