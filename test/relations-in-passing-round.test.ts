import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From the twenty-eighth drafting round's tuning half (fixtures/relations/drafting-forms-in-passing.json, endings and reports that
 * are easy to miss). Each case failed on the code before its rule (25931ca); the look-alikes pass on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

describe('"… được thay thế bằng Thông tư này" after the documents of the sentence', () => {
  const circular = (sentence: string): string =>
    `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '24/2024/TT-BGDĐT', 'Hà Nội, ngày 24 tháng 12 năm 2024')}THÔNG TƯ\nBan hành Quy chế thi tốt nghiệp trung học phổ thông\nĐiều 1. Ban hành kèm theo Thông tư này Quy chế thi tốt nghiệp trung học phổ thông.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 08 tháng 02 năm 2025. ${sentence}\nĐiều 3. Chánh Văn phòng chịu trách nhiệm thi hành Thông tư này.\n`;

  it('"Thông tư số A … và Thông tư số B … sửa đổi … Thông tư số A được thay thế bằng Thông tư này": A and B replaced', async () => {
    const text = circular('Thông tư số 15/2020/TT-BGDĐT ngày 26 tháng 5 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy chế thi tốt nghiệp trung học phổ thông và Thông tư số 05/2021/TT-BGDĐT ngày 12 tháng 3 năm 2021 của Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi, bổ sung một số điều của Quy chế thi tốt nghiệp trung học phổ thông ban hành kèm theo Thông tư số 15/2020/TT-BGDĐT được thay thế bằng Thông tư này.');
    expect(await scopes(text, '15/2020/TT-BGDĐT')).toEqual(['replaces/whole']);
    expect(await scopes(text, '05/2021/TT-BGDĐT')).toEqual(['replaces/whole']);
  });

  it('look-alike: a document of an earlier sentence is no subject of it', async () => {
    const text = circular('Việc tổ chức thi thực hiện theo Thông tư số 15/2020/TT-BGDĐT ngày 26 tháng 5 năm 2020. Các mẫu biểu được thay thế bằng Thông tư này.');
    expect(await scopes(text, '15/2020/TT-BGDĐT')).toEqual(['cites']);
  });
});

describe('"Quyết định có hiệu lực từ ngày ký và thay cho Quyết định số A": the decision named by its type alone', () => {
  const decision = (sentence: string): string =>
    `${documentHeader('UBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO', '512/QĐ-SGDĐT', 'Nghệ An, ngày 15 tháng 3 năm 2024')}QUYẾT ĐỊNH\nBan hành Quy chế thi đua, khen thưởng của ngành Giáo dục và Đào tạo tỉnh Nghệ An\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng.\nĐiều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này. ${sentence}\n`;

  it('replaces A', async () => {
    expect(await scopes(decision('Quyết định có hiệu lực từ ngày ký và thay cho Quyết định số 1205/QĐ-SGD&ĐT ngày 10 tháng 8 năm 2018 của Giám đốc Sở Giáo dục và Đào tạo./.'), '1205/QĐ-SGD&ĐT')).toEqual(['replaces/whole']);
  });

  it('look-alike: "Nghị định có hiệu lực …" in a decision is another type, no self-reference', async () => {
    expect(await scopes(decision('Nghị định có hiệu lực từ ngày ký và thay cho Nghị định số 42/2017/NĐ-CP của Chính phủ.'), '42/2017/NĐ-CP')).toEqual(['cites']);
  });
});

describe('an ending after a semicolon and "kể từ ngày …," that lists the documents it ends', () => {
  it('"…; kể từ ngày 01 tháng 01 năm 2023, Nghị định số A, Nghị định số B ngày … và Nghị định số C … sửa đổi … hết hiệu lực thi hành": all three ended', async () => {
    const text = `${documentHeader('CHÍNH PHỦ', '97/2022/NĐ-CP', 'Hà Nội, ngày 24 tháng 11 năm 2022')}NGHỊ ĐỊNH\nQuy định về Quỹ bảo trì đường bộ\nĐiều 28. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2023.\n2. Việc quyết toán kinh phí năm 2022 thực hiện theo quy định hiện hành; kể từ ngày 01 tháng 01 năm 2023, Nghị định số 18/2012/NĐ-CP ngày 13 tháng 02 năm 2012, Nghị định số 56/2014/NĐ-CP ngày 30 tháng 5 năm 2014 và Nghị định số 28/2016/NĐ-CP ngày 20 tháng 4 năm 2016 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 18/2012/NĐ-CP hết hiệu lực thi hành.\n`;
    for (const n of ['18/2012/NĐ-CP', '56/2014/NĐ-CP', '28/2016/NĐ-CP']) expect(await scopes(text, n), n).toEqual(expect.arrayContaining([expect.stringMatching(/^(?:replaces|repeals)\/whole$/u)]));
    expect(await scopes(text, '56/2014/NĐ-CP')).toHaveLength(1);
  });
});

describe('a national programme\'s name stops where another document is named', () => {
  it('"… về việc kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện và Quyết định số 3025/QĐ-UBND …": the decision is read', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG', '2456/QĐ-UBND', 'Đức Trọng, ngày 15 tháng 8 năm 2024')}QUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký, thay thế Quyết định số 1180/QĐ-UBND ngày 20 tháng 4 năm 2022 của Chủ tịch Ủy ban nhân dân huyện về việc kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện và Quyết định số 3025/QĐ-UBND ngày 12 tháng 10 năm 2023 của Chủ tịch Ủy ban nhân dân huyện về việc điều chỉnh, bổ sung thành viên Ban Chỉ đạo.\n`;
    expect(await scopes(text, '3025/QĐ-UBND')).toEqual(['replaces/whole']);
    const programme = (await readCitations(text)).find((c) => c.text.startsWith('Chương trình mục tiêu quốc gia'));
    expect(programme?.text).toBe('Chương trình mục tiêu quốc gia huyện');
  });
});

describe('look-alikes of an ending: a clause on papers after a semicolon, a task to issue a new rule, an ending on a condition', () => {
  it('"Nghị định số A … đã quy định rõ …; khi dự án bị chấm dứt hoạt động, Giấy chứng nhận … bị thu hồi và hết hiệu lực": A is cited', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '19/CT-TTg', 'Hà Nội, ngày 16 tháng 7 năm 2022')}CHỈ THỊ\nVề việc xử lý các dự án đầu tư chậm triển khai\nLuật Đầu tư số 61/2020/QH14 và Nghị định số 31/2021/NĐ-CP ngày 26 tháng 3 năm 2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư đã quy định rõ các trường hợp chấm dứt hoạt động dự án đầu tư; khi dự án bị chấm dứt hoạt động, Giấy chứng nhận đăng ký đầu tư bị thu hồi và hết hiệu lực, hợp đồng thuê đất chấm dứt theo quy định.\nThủ tướng Chính phủ yêu cầu các bộ thực hiện.\n`;
    expect(await scopes(text, '31/2021/NĐ-CP')).toEqual(['cites']);
  });

  it('"- Nghiên cứu, tham mưu ban hành quy định mới thay thế Quy định số A …; khi quy định mới được ban hành thì Hướng dẫn số B … cũng hết hiệu lực": both cited', async () => {
    const text = `BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 150-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 5 năm 2025\nKẾT LUẬN\ncủa Bộ Chính trị về việc rà soát quy định về công tác cán bộ\nTại phiên họp ngày 09/5/2025, Bộ Chính trị kết luận như sau:\n2. Giao Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên quan:\n- Tham mưu sửa đổi, bổ sung Quy định số 80-QĐ/TW, ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ, trình Bộ Chính trị trong tháng 6/2025;\n- Nghiên cứu, tham mưu ban hành quy định mới thay thế Quy định số 50-QĐ/TW, ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ; khi quy định mới được ban hành thì Hướng dẫn số 16-HD/BTCTW, ngày 15/02/2022 của Ban Tổ chức Trung ương hướng dẫn thực hiện Quy định số 50-QĐ/TW cũng hết hiệu lực.\n`;
    expect(await scopes(text, '50-QĐ/TW')).toEqual(['cites']);
    expect(await scopes(text, '16-HD/BTCTW')).toEqual(['cites']);
  });

  it('"2. Thông tư số A … ; Thông tư số B … hết hiệu lực" still ends both (public-documents-round15.json)', async () => {
    const text = `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', '06/2022/TT-BLĐTBXH', 'Hà Nội, ngày 15 tháng 4 năm 2022')}THÔNG TƯ\nQuy định chương trình bồi dưỡng nghiệp vụ sư phạm\nĐiều 17. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 01 tháng 6 năm 2022.\n2. Thông tư số 38/2017/TT-BLĐTBXH ngày 29 tháng 12 năm 2017 của Bộ trưởng quy định chương trình bồi dưỡng; mẫu chứng chỉ, mẫu bản sao; Thông tư số 28/2018/TT-BLĐTBXH ngày 25 tháng 12 năm 2018 của Bộ trưởng quy định chương trình bồi dưỡng; mẫu và quy chế quản lý chứng chỉ hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n`;
    expect(await scopes(text, '38/2017/TT-BLĐTBXH')).toEqual([expect.stringMatching(/\/whole$/u)]);
    expect(await scopes(text, '28/2018/TT-BLĐTBXH')).toEqual([expect.stringMatching(/\/whole$/u)]);
  });
});

describe('reports in passing in an answer to voters', () => {
  const letter = (line: string): string =>
    `${documentHeader('BỘ NỘI VỤ', '8215/BNV-CCVC', 'Hà Nội, ngày 20 tháng 8 năm 2025')}V/v trả lời kiến nghị của cử tri\nKính gửi: Ban Dân nguyện.\nBộ Nội vụ trả lời như sau:\n${line}\n`;

  it('"Nghị định số A và Nghị định số B đã hết hiệu lực kể từ … (được thay thế bởi Nghị định số C)" after a sentence: C replaced both', async () => {
    const cs = await readCitations(letter('2. Thi hành Luật, Chính phủ đã ban hành Nghị định số 170/2025/NĐ-CP ngày 30 tháng 6 năm 2025 quy định về tuyển dụng công chức. Nghị định số 138/2020/NĐ-CP và Nghị định số 116/2024/NĐ-CP đã hết hiệu lực kể từ ngày 01 tháng 7 năm 2025 (được thay thế bởi Nghị định số 170/2025/NĐ-CP).'));
    expect(reportsOf(cs).sort()).toEqual(['170/2025/NĐ-CP replaces 116/2024/NĐ-CP', '170/2025/NĐ-CP replaces 138/2020/NĐ-CP']);
  });

  it('"(thay thế Luật … số A đã được sửa đổi, bổ sung một số điều theo Luật số B)": B amended A, as the description\'s law replaced it', async () => {
    const cs = await readCitations(letter('1. Luật Cán bộ, công chức số 80/2025/QH15 (thay thế Luật Cán bộ, công chức số 22/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 52/2019/QH14) có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.'));
    expect(reportsOf(cs).sort()).toEqual(['52/2019/QH14 amends 22/2008/QH12', '80/2025/QH15 replaces 22/2008/QH12']);
  });

  it('look-alike: a status phrase after the description\'s words, not right after the document, stays the head\'s', async () => {
    const cs = await readCitations(letter('1. Nghị định số 170/2025/NĐ-CP thay thế Nghị định số 138/2020/NĐ-CP về tuyển dụng công chức, đã được sửa đổi, bổ sung theo Nghị định số 12/2026/NĐ-CP.'));
    expect(reportsOf(cs)).not.toContain('12/2026/NĐ-CP amends 138/2020/NĐ-CP');
  });
});
