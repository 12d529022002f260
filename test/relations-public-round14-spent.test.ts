import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From public round 14, spent (fixtures/relations/public-documents-round14-spent.json; README "Spending round 14"): a copy that
 * starts at "Chương I\nQUY ĐỊNH CHUNG" (a chapter's name, no type line); an ending list's head whose colon the OCR lost; a copy whose
 * first article is "Điều 9." (the title ends there); the supplementary pension's name ("hưu trí bổ sung"), which is no amending verb; a status phrase whose place word numbers several
 * ("tại khoản 8, 9 Điều 1 Nghị định số …"). Each case failed on the code before its rule; the look-alikes pass on both.
 */
const ENDED = 'Điều 75. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.\n2. Nghị định số 175/2024/NĐ-CP ngày 30 tháng 12 năm 2024 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.\n';

describe('a copy without its header (public round 14, spent)', () => {
  it('"Chương I\\nQUY ĐỊNH CHUNG" is a chapter, not the type line: the decree is known by its "Nghị định này", and succeeds its predecessor', async () => {
    const text = `Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Xây dựng về quản lý hoạt động xây dựng.\n${ENDED}`;
    const doc = await readDocument(Buffer.from(text, 'utf8'), { path: 'act.txt' });
    expect(doc.identity?.type).toBe('Nghị định');
    expect(headActs(doc.citations, '175/2024/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: a header\'s own type line is read as before', async () => {
    const doc = await readDocument(Buffer.from(`${documentHeader('CHÍNH PHỦ', '217/2026/NĐ-CP', 'Hà Nội, ngày 01 tháng 6 năm 2026')}NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Xây dựng\nChương I\nQUY ĐỊNH CHUNG\n${ENDED}`, 'utf8'), { path: 'act.txt' });
    expect(doc.identity?.type).toBe('Nghị định');
    expect(doc.identity?.title).toMatch(/^Quy định chi tiết/u);
  });
});

describe('a copy that keeps only some articles (public round 14, spent)', () => {
  const copy = (article: string): string =>
    `BỘ NỘI VỤ\nSố: 18/2026/TT-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 8 năm 2026\nTHÔNG TƯ\nQuy định tặng Kỷ niệm chương “Vì sự nghiệp ngành Nội vụ”\nBộ trưởng Bộ Nội vụ ban hành Thông tư quy định tặng Kỷ niệm chương “Vì sự nghiệp ngành Nội vụ”.\n${article}`;

  it('its first article, "Điều 9. …", ends the title: a decree\'s title in it ("…; quy định chi tiết … Luật Thi đua, khen thưởng") acts on nothing', async () => {
    const cs = await readCitations(copy('Điều 9. Đối tượng chưa được xét tặng Kỷ niệm chương\n1. Đối tượng chưa được xét tặng Kỷ niệm chương\na) Cá nhân đang bị xem xét trách nhiệm hình sự;\nb) Cá nhân đang được xác minh làm rõ theo quy định tại khoản 4 Điều 4 Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng.\n'));
    expect(cs.filter((c) => c.text === 'Luật Thi đua, khen thưởng').map((c) => c.relation)).toEqual(['cites']);
    expect(headActs(cs, '152/2025/NĐ-CP')).toEqual(['cites']);
  });
});

describe('an ending list\'s head without its colon, a pension\'s name and a status phrase\'s places (public round 14, spent)', () => {
  const decree = (body: string, preamble = 'Căn cứ Luật Xây dựng số 135/2025/QH15;'): string =>
    `${documentHeader('CHÍNH PHỦ', '210/2026/NĐ-CP', 'Hà Nội, ngày 01 tháng 6 năm 2026')}NGHỊ ĐỊNH\nQuy định chi tiết về hợp đồng xây dựng\n${preamble}\nChính phủ ban hành Nghị định.\n${body}`;

  it('"2. Các văn bản … sau đây hết hiệu lực kể từ ngày Nghị\\nđịnh này có hiệu lực thi hành\\n\\na) Nghị định số A …": the list\'s item is ended', async () => {
    const cs = await readCitations(decree('Điều 32. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n\n2. Các văn bản quy phạm pháp luật sau đây hết hiệu lực kể từ ngày Nghị\nđịnh này có hiệu lực thi hành\n\na) Nghị định số 37/2015/NĐ-CP ngày 22 tháng 4 năm 2015 của Chính phủ\nquy định chi tiết về hợp đồng xây dựng;\n\nb) Điều 9 Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của\nChính phủ sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực quản\nlý nhà nước của Bộ Xây dựng.\n'));
    expect(headActs(cs, '37/2015/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '35/2023/NĐ-CP')).toEqual(['repeals/part']);
  });

  it('look-alike: a sentence that ends with its stop before the list is left as it was', async () => {
    const cs = await readCitations(decree('Điều 32. Hiệu lực thi hành\n1. Các quy định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n\na) Trường hợp hồ sơ đã nộp theo Nghị định số 37/2015/NĐ-CP thì tiếp tục giải quyết.\n'));
    expect(headActs(cs, '37/2015/NĐ-CP')).toEqual(['cites']);
  });

  it('"quỹ hưu trí bổ sung tự nguyện … Thông tư số A" amends nothing; "khoản 2, khoản 3 Điều 3 Thông tư số A bị bãi bỏ" repeals part', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '111/2026/TT-BTC', 'Hà Nội, ngày 10 tháng 5 năm 2026')}THÔNG TƯ\nBãi bỏ Thông tư trong lĩnh vực hưu trí bổ sung tự nguyện\nBộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 1. Bãi bỏ Thông tư\n2. Các doanh nghiệp quản lý quỹ hưu trí bổ sung tự nguyện đã thành lập tiếp tục thực hiện quy định tại khoản 2 và khoản 3 Điều 3 Thông tư số 86/2017/TT-BTC trong thời gian điều chỉnh danh mục đầu tư theo quy định tại điểm c khoản 3 Điều 44 Nghị định số 85/2026/NĐ-CP ngày 25 tháng 3 năm 2026 của Chính phủ về bảo hiểm hưu trí bổ sung trong vòng 12 tháng kể từ khi Nghị định này có hiệu lực thi hành. Khoản 2, khoản 3 Điều 3 Thông tư số 86/2017/TT-BTC bị bãi bỏ từ ngày 10 tháng 05 năm 2027.\n`;
    const cs = await readCitations(text);
    expect(headActs(cs, '86/2017/TT-BTC', { alsoActs: true })).toEqual(['cites', 'repeals/part']);
  });

  it('"Điều 28a, 28b Nghị định số A (được sửa đổi, bổ sung tại khoản 8, 9 Điều 1 Nghị định số B)": B amended A', async () => {
    const cs = await readCitations(decree('Điều 7. Xử lý vi phạm trên môi trường điện tử\nViệc xử lý vi phạm hành chính trên môi trường điện tử được thực hiện theo quy định tại Điều 28a, 28b Nghị định số 118/2021/NĐ-CP (được sửa đổi, bổ sung tại khoản 8, 9 Điều 1 Nghị định số 190/2025/NĐ-CP).\n'));
    expect(reportsOf(cs)).toEqual(['190/2025/NĐ-CP amends 118/2021/NĐ-CP']);
  });
});
