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

// A note of a consolidated text that reproduces an amending act's final article keeps what that article itself reports
// (issue 16, dev status of 86/2015/QH13).
describe('a reproduced final article that reports an earlier amendment of the document it ends', () => {
  const text = 'VĂN PHÒNG QUỐC HỘI\nSố: 113/VBHN-VPQH\nHà Nội, ngày 20 tháng 5 năm 2026\n\nLUẬT\nThuế thu nhập doanh nghiệp\n\nLuật Thuế thu nhập doanh nghiệp số 67/2025/QH15 ngày 14 tháng 6 năm 2025 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 10 năm 2025, được sửa đổi, bổ sung bởi:\nLuật An ninh mạng số 116/2025/QH15 ngày 10 tháng 12 năm 2025 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2026.\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. Phạm vi điều chỉnh\nChương IV\nĐIỀU KHOẢN THI HÀNH20\n\n20 Điều 44 của Luật An ninh mạng số 116/2025/QH15, có hiệu lực kể từ ngày 01 tháng 7\nnăm 2026 có quy định như sau:\n“Điều 44. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n2. Luật An toàn thông tin mạng số 86/2015/QH13 đã được sửa đổi, bổ sung một số điều\ntheo Luật số 35/2018/QH14; Luật An ninh mạng số 24/2018/QH14 hết hiệu lực kể từ ngày Luật\nnày có hiệu lực thi hành.”.\n';
  it('86/2015 is reported ended by 116/2025 and amended by 35/2018', async () => {
    const doc = await readDocument(Buffer.from(text, 'utf8'), { path: 'vbhn.txt', known: { type: 'Văn bản hợp nhất', number: '113/VBHN-VPQH', date: '2026-05-20' } });
    const c = doc.citations.find((x) => x.number === '86/2015/QH13');
    expect(c?.relation).toBe('cites');
    expect(c?.asserted?.subjectId).toBe('vn:116/2025/QH15');
    expect(c?.asserted?.relation).toMatch(/^(?:repeals|replaces)$/u);
    expect((c?.alsoAsserted ?? []).map((a) => [a.subjectId, a.relation])).toEqual([['vn:35/2018/QH14', 'amends']]);
  });
});

describe('a consolidated text\'s inline amending acts: the provision that amended, and the next act after the first one\'s day', () => {
  const opening = (by: string): string => `BỘ TÀI CHÍNH\nSố: 12/VBHN-BTC\nHà Nội, ngày 20 tháng 5 năm 2026\n\nTHÔNG TƯ\nHướng dẫn quản lý kinh phí\n\nThông tư số 28/2019/TT-BTC ngày 21 tháng 5 năm 2019 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý kinh phí, có hiệu lực kể từ ngày 05 tháng 7 năm 2019, ${by}\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nĐiều 1. Phạm vi điều chỉnh\n`;
  const read = async (text: string): Promise<string[]> => (await readDocument(Buffer.from(text, 'utf8'), { path: 'vbhn.txt', known: { type: 'Văn bản hợp nhất', number: '12/VBHN-BTC', date: '2026-05-20' } })).citations.filter((c) => c.number !== null).map((c) => `${c.number} ${c.relation} ${c.effective ?? ''}`.trim());
  it('"… bởi Thông tư số A …, có hiệu lực kể từ … và Thông tư số B …, có hiệu lực kể từ …": both consolidated', async () => {
    expect(await read(opening('được sửa đổi, bổ sung bởi Thông tư số 19/2026/TT-BTC ngày 20 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính, có hiệu lực kể từ ngày 05 tháng 5 năm 2026 và Thông tư số 30/2026/TT-BTC ngày 20 tháng 6 năm 2026, có hiệu lực kể từ ngày 05 tháng 8 năm 2026.'))).toEqual(['28/2019/TT-BTC consolidates 2019-07-05', '19/2026/TT-BTC consolidates 2026-05-05', '30/2026/TT-BTC consolidates 2026-08-05']);
  });
  it('"… bởi Điều 2 của Thông tư số A …": consolidated', async () => {
    expect(await read(opening('được sửa đổi, bổ sung bởi Điều 2 của Thông tư số 19/2026/TT-BTC ngày 20 tháng 3 năm 2026 của Bộ trưởng Bộ Tài chính, có hiệu lực kể từ ngày 05 tháng 5 năm 2026.'))).toEqual(['28/2019/TT-BTC consolidates 2019-07-05', '19/2026/TT-BTC consolidates 2026-05-05']);
  });
});
