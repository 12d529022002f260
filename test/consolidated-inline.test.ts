import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';

// A consolidated text may name its one amending act on the base's line, after "bởi", with no colon and no list (issue 16,
// formula catalogue "consolidates-inline-single").
describe('a consolidated text that names its single amending act inline', () => {
  const opening = (by: string): string => `BỘ TÀI CHÍNH\nSố: 12/VBHN-BTC\nHà Nội, ngày 20 tháng 5 năm 2026\n\nTHÔNG TƯ\nHướng dẫn quản lý kinh phí sự nghiệp thực hiện Chương trình mục tiêu\n\nThông tư số 28/2019/TT-BTC ngày 21 tháng 5 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý kinh phí sự nghiệp thực hiện Chương trình mục tiêu, có hiệu lực kể từ ngày 05 tháng 7 năm 2019, ${by}\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nĐiều 1. Phạm vi điều chỉnh\n`;
  const read = async (text: string): Promise<Array<[string, string, string | undefined]>> =>
    (await readDocument(Buffer.from(text, 'utf8'), { path: 'vbhn.txt', known: { type: 'Văn bản hợp nhất', number: '12/VBHN-BTC', date: '2026-05-20' } })).citations.filter((c) => c.number !== null).map((c) => [c.number as string, c.relation, c.effective]);
  it('"…, được sửa đổi, bổ sung bởi Thông tư số 19/2026/TT-BTC …, có hiệu lực kể từ …": the base and the act are consolidated, each with its day', async () => {
    expect(await read(opening('được sửa đổi, bổ sung bởi Thông tư số 19/2026/TT-BTC ngày 20 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính, có hiệu lực kể từ ngày 05 tháng 5 năm 2026.'))).toEqual([
      ['28/2019/TT-BTC', 'consolidates', '2019-07-05'],
      ['19/2026/TT-BTC', 'consolidates', '2026-05-05'],
    ]);
  });
  it('control: a document named later in the same sentence, not right after "bởi", is not consolidated', async () => {
    const got = await read(opening('được sửa đổi, bổ sung bởi Thông tư số 19/2026/TT-BTC ngày 20 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính hướng dẫn Nghị định số 60/2021/NĐ-CP, có hiệu lực kể từ ngày 05 tháng 5 năm 2026.'));
    expect(got.find((g) => g[0] === '60/2021/NĐ-CP')?.[1]).not.toBe('consolidates');
  });
});
