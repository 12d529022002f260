import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';

/**
 * National acts at a real act's length (issue 16; the thirteenth drafting round, fixtures/relations/drafting-forms-national-acts.json):
 * an amending law names the laws it amends with their numbers once, in a title in capitals or in its enacting formula, and by
 * their names alone in the articles; a successor decree ends its predecessor whose title names an amending law it guided; an
 * effect article keeps provisions of a replaced circular after the circular's long title.
 */
const NATIONAL_ASSEMBLY = 'QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';
const GOVERNMENT = 'CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';
const read = async (text: string) => (await readDocument(Buffer.from(text, 'utf8'), { path: 'act.txt' })).citations.filter((c) => c.role !== 'embedded');
const ids = async (text: string): Promise<string[]> => (await read(text)).map((c) => `${c.text.replace(/\s+/gu, ' ')} → ${c.id} ${c.relation}`);

describe('an amending law names the laws it amends once with their numbers', () => {
  it('"LUẬT ĐẤT ĐAI SỐ 31/2024/QH15" in a title in capitals: one citation, and "Luật Đất đai" in the articles meets it', async () => {
    const text = `${NATIONAL_ASSEMBLY}Luật số: 43/2024/QH15\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI SỐ 31/2024/QH15\nVÀ LUẬT NHÀ Ở SỐ 27/2023/QH15\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Đất đai\n1. Sửa đổi, bổ sung khoản 1 Điều 252 như sau:\n“1. Luật này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024.”.\nĐiều 2. Sửa đổi, bổ sung khoản 1 Điều 198 của Luật Nhà ở\n“1. Luật này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024.”.\n`;
    const got = await ids(text);
    expect(got).toContain('LUẬT ĐẤT ĐAI SỐ 31/2024/QH15 → vn:31/2024/QH15 amends');
    expect(got).toContain('Luật Đất đai → vn:31/2024/QH15 amends');
    expect(got).toContain('Luật Nhà ở → vn:27/2023/QH15 amends');
  });

  it('the enacting formula "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật A số N": the articles\' "Luật A" is N', async () => {
    const text = `${NATIONAL_ASSEMBLY}Luật số: 63/2020/QH14\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BAN HÀNH VĂN BẢN\nQUY PHẠM PHÁP LUẬT\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13.\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật\n1. Sửa đổi, bổ sung Điều 2 như sau: “…”.\n2. Bãi bỏ khoản 3 Điều 38.\n`;
    const heading = (await read(text)).find((c) => c.text === 'Luật Ban hành văn bản quy phạm pháp luật');
    expect(heading?.id).toBe('vn:80/2015/QH13');
    expect([heading?.relation, ...(heading?.alsoActs ?? []).map((a) => a.relation)]).toEqual(['amends', 'repeals']);
  });

  it('look-alike: an amending law cited elsewhere with its own number gives that number to no law it names', async () => {
    const text = `${GOVERNMENT}Số: 218/2013/NĐ-CP\nHà Nội, ngày 26 tháng 12 năm 2013\nNGHỊ ĐỊNH\nQuy định chi tiết và hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp\nCăn cứ Luật Thuế thu nhập doanh nghiệp ngày 03 tháng 6 năm 2008;\nCăn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập doanh nghiệp số 32/2013/QH13;\nChính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành Luật Thuế thu nhập doanh nghiệp.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 4 của Luật Thuế thu nhập doanh nghiệp.\n`;
    expect((await read(text)).filter((c) => c.text === 'Luật Thuế thu nhập doanh nghiệp').map((c) => c.id)).not.toContain('vn:32/2013/QH13');
  });
});

describe('a successor ends its predecessor', () => {
  const decree = (title: string): string =>
    `${GOVERNMENT}Số: 181/2025/NĐ-CP\nHà Nội, ngày 01 tháng 7 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Thuế tiêu thụ đặc biệt\nCăn cứ Luật Thuế tiêu thụ đặc biệt số 66/2025/QH15;\nChính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Thuế tiêu thụ đặc biệt.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết về giá tính thuế.\nĐiều 40. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.\n2. Nghị định số 108/2015/NĐ-CP ngày 28 tháng 10 năm 2015 của Chính phủ ${title} hết hiệu lực kể từ ngày 01 tháng 01 năm 2026.\n`;
  const ended = async (title: string) => (await read(decree(title))).find((c) => c.number === '108/2015/NĐ-CP')?.relation;

  it('whose title names an amending law among the laws it guided: replaced', async () => {
    expect(await ended('quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thuế tiêu thụ đặc biệt và Luật sửa đổi, bổ sung một số điều của Luật Thuế tiêu thụ đặc biệt')).toBe('replaces');
  });

  it('look-alike: a predecessor whose own title amends is repealed, not replaced', async () => {
    expect(await ended('sửa đổi, bổ sung một số điều của Nghị định số 26/2009/NĐ-CP quy định chi tiết thi hành một số điều của Luật Thuế tiêu thụ đặc biệt')).toBe('repeals');
  });
});

describe('an effect article keeps provisions of what it replaces', () => {
  it('"… thay thế Thông tư số A ngày … của Bộ trưởng … <a title of 200 characters>, trừ Chương III và Chương IV."', async () => {
    const text = `BỘ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 18/2025/TT-BNV\nHà Nội, ngày 29 tháng 8 năm 2025\nTHÔNG TƯ\nQuy định chi tiết thi hành một số điều của Bộ luật Lao động về hợp đồng lao động\nCăn cứ Bộ luật Lao động số 45/2019/QH14;\nĐiều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm 2025.\n2. Thông tư này thay thế Thông tư số 10/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết và hướng dẫn thực hiện một số điều của Bộ luật Lao động về nội dung của hợp đồng lao động, Hội đồng thương lượng tập thể và nghề, công việc có ảnh hưởng xấu tới chức năng sinh sản, nuôi con, trừ Chương III và Chương IV.\n`;
    const replaced = (await read(text)).find((c) => c.number === '10/2020/TT-BLĐTBXH');
    expect(replaced?.relation).toBe('replaces');
    expect(replaced?.scope?.kept).toMatch(/Chương III và Chương IV/u);
  });
});

describe('a scope article lists what it details', () => {
  const scope = (subjects: string): string =>
    `${GOVERNMENT}Số: 168/2025/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2025\nNGHỊ ĐỊNH\nVề đăng ký doanh nghiệp\nCăn cứ Luật Doanh nghiệp số 59/2020/QH14;\nChính phủ ban hành Nghị định về đăng ký doanh nghiệp.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết về ${subjects} theo quy định của Luật Doanh nghiệp.\nĐiều 2. Đối tượng áp dụng\n`;
  const guided = async (subjects: string) => (await read(scope(subjects))).find((c) => c.text === 'Luật Doanh nghiệp')?.relation;

  it('subjects separated by a semicolon within a line: the law after them is detailed', async () => {
    expect(await guided('hồ sơ, trình tự, thủ tục đăng ký doanh nghiệp, đăng ký hộ kinh doanh; Hệ thống thông tin quốc gia về đăng ký doanh nghiệp')).toBe('guides');
  });

  it('look-alike: a semicolon at a line\'s end closes the clause, and the next line\'s law is not detailed by it', async () => {
    expect(await guided('hồ sơ đăng ký doanh nghiệp;\nviệc cung cấp thông tin được thực hiện')).toBe('cites');
  });
});
