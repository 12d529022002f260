import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the twenty-fifth drafting round's tuning half (fixtures/relations/drafting-forms-parts-and-reports.json, acts on parts of
 * several documents and documents that only report). Each case failed on the code before its rule (c98147c); the look-alikes pass
 * on both.
 */
const scopes = async (text: string, number: string): Promise<string[]> => headActs(await readCitations(text), number);

describe('a list of parts repealed, grouped under labels with a colon', () => {
  const decision = (body: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '38/2023/QĐ-UBND', 'Hà Tĩnh, ngày 14 tháng 8 năm 2023')}QUYẾT ĐỊNH\nBãi bỏ một số quy định trong lĩnh vực xây dựng, nhà ở\nQUYẾT ĐỊNH:\n${body}\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 8 năm 2023.\n`;

  it('"Bãi bỏ một phần các văn bản sau:\\n- Lĩnh vực xây dựng:\\n+ Khoản 2 … Quyết định số A …": each item\'s document repealed in part', async () => {
    const text = decision('Điều 1. Bãi bỏ một phần các văn bản sau:\n- Lĩnh vực xây dựng:\n+ Khoản 2 và khoản 3 Điều 8 Quy định ban hành kèm theo Quyết định số 22/2017/QĐ-UBND ngày 26/5/2017 của UBND tỉnh về quản lý chất lượng công trình xây dựng;\n+ Điều 12, Điều 13 Quyết định số 50/2019/QĐ-UBND ngày 30/9/2019 của UBND tỉnh về phân cấp cấp giấy phép xây dựng.\n- Lĩnh vực nhà ở:\n+ Cụm từ “hoặc Phòng Quản lý đô thị” tại điểm a khoản 1 Điều 5 Quy định ban hành kèm theo Quyết định số 71/2020/QĐ-UBND ngày 25/12/2020 của UBND tỉnh về quản lý nhà ở công vụ.');
    for (const n of ['22/2017/QĐ-UBND', '50/2019/QĐ-UBND', '71/2020/QĐ-UBND']) expect(await scopes(text, n), n).toEqual(['repeals/part']);
  });

  it('look-alike: labels naming the bodies tasked, not fields, head no repeal', async () => {
    const text = decision('Điều 1. Giao nhiệm vụ cho các cơ quan sau:\n- Sở Xây dựng:\n+ Điều 12 Quyết định số 50/2019/QĐ-UBND ngày 30/9/2019 của UBND tỉnh về phân cấp cấp giấy phép xây dựng: rà soát, đề xuất.');
    expect(await scopes(text, '50/2019/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('an acting table read one cell a line, with a column for what each row does', () => {
  const circular = (rows: string, header = 'Nội dung sửa đổi, bổ sung, bãi bỏ'): string =>
    `${documentHeader('BỘ Y TẾ', '44/2017/TT-BYT', 'Hà Nội, ngày 10 tháng 11 năm 2017')}THÔNG TƯ\nSửa đổi, bổ sung, bãi bỏ một số quy định của các thông tư về an toàn thực phẩm\nĐiều 1. Sửa đổi, bổ sung, bãi bỏ một số quy định theo bảng sau:\nSTT\nVăn bản\nQuy định\n${header}\n${rows}\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2018.\n`;
  const rows = '1\nThông tư số 15/2012/TT-BYT ngày 12 tháng 9 năm 2012 quy định về điều kiện chung bảo đảm an toàn thực phẩm\nKhoản 2 Điều 6\nSửa đổi như sau: “2. Chủ cơ sở … phải được xác nhận kiến thức …”\n2\nThông tư số 16/2012/TT-BYT ngày 22 tháng 10 năm 2012 quy định về điều kiện an toàn thực phẩm đối với dụng cụ\nĐiều 4, Điều 5\nBãi bỏ\n3\nThông tư số 19/2012/TT-BYT ngày 09 tháng 11 năm 2012 hướng dẫn việc công bố hợp quy\nPhụ lục 3\nThay thế bằng Phụ lục I ban hành kèm theo Thông tư này\n4\nThông tư số 30/2012/TT-BYT ngày 05 tháng 12 năm 2012 quy định về điều kiện an toàn thực phẩm\nCụm từ “Sở Y tế” tại khoản 1 Điều 10\nThay bằng cụm từ “Chi cục An toàn vệ sinh thực phẩm”';

  it('each row acts as its own cell says, on the places in the cell before it', async () => {
    const text = circular(rows);
    expect(await scopes(text, '15/2012/TT-BYT')).toEqual(['amends/part']);
    expect(await scopes(text, '16/2012/TT-BYT')).toEqual(['repeals/part']);
    expect(await scopes(text, '19/2012/TT-BYT')).toEqual(['amends/part']);
    expect(await scopes(text, '30/2012/TT-BYT')).toEqual(['amends/part']);
  });

  it('look-alike: a report\'s table of provisions proposed for change ("Nội dung đề xuất") acts on nothing', async () => {
    const text = `${documentHeader('BỘ Y TẾ', '125/BC-BYT', 'Hà Nội, ngày 10 tháng 11 năm 2017')}BÁO CÁO\nKết quả rà soát các thông tư về an toàn thực phẩm\nKính gửi: Thủ tướng Chính phủ.\nSTT\nVăn bản\nQuy định\nNội dung đề xuất\n1\nThông tư số 15/2012/TT-BYT ngày 12 tháng 9 năm 2012 quy định về điều kiện chung\nKhoản 2 Điều 6\nSửa đổi cho phù hợp\n`;
    expect(await scopes(text, '15/2012/TT-BYT')).toEqual(['cites']);
  });
});

describe('a part ended with its matter taken over by this document\'s own provision', () => {
  const decree = (clause: string): string =>
    `${documentHeader('CHÍNH PHỦ', '219/2025/NĐ-CP', 'Hà Nội, ngày 08 tháng 8 năm 2025')}NGHỊ ĐỊNH\nQuy định về phân quyền, phân cấp trong lĩnh vực dân tộc\nĐiều 2. Thẩm quyền công nhận người có uy tín\nChủ tịch Ủy ban nhân dân cấp tỉnh công nhận người có uy tín.\nĐiều 5. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2025.\n${clause}\n`;

  it('"Điều 11 Nghị định số A … hết hiệu lực …; thẩm quyền này thực hiện theo Điều 2 Nghị định này": A replaced in part', async () => {
    expect(await scopes(decree('2. Điều 11 Nghị định số 05/2011/NĐ-CP về thẩm quyền công nhận người có uy tín hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành; thẩm quyền này thực hiện theo Điều 2 Nghị định này.'), '05/2011/NĐ-CP')).toEqual(['replaces/part']);
  });

  // (a part on a matter none of this decree's articles takes up: "thẩm quyền công nhận người có uy tín" would be its Điều 2's, which
  // this look-alike once named while the first article went unread)
  it('look-alike: a part ended with nothing taken over stays repealed', async () => {
    expect(await scopes(decree('2. Điều 11 Nghị định số 05/2011/NĐ-CP về chế độ hỗ trợ người có uy tín hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.'), '05/2011/NĐ-CP')).toEqual(['repeals/part']);
  });
});

describe('an amending act\'s title that names the articles of the regulation it amended (the structure round\'s tuning half)', () => {
  it('"Sửa đổi, bổ sung Thông tư số B … sửa đổi, bổ sung Điều 7 của Quy chế … ban hành kèm theo Thông tư số A:": B reported amending A', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '09/2021/TT-BGDĐT', 'Hà Nội, ngày 30 tháng 3 năm 2021')}THÔNG TƯ\nSửa đổi, bổ sung một số điều của các Thông tư liên quan đến tuyển sinh\nĐiều 1. Sửa đổi, bổ sung một số điều của các Thông tư liên quan đến tuyển sinh\n1. Sửa đổi, bổ sung Thông tư số 05/2018/TT-BGDĐT ngày 28 tháng 02 năm 2018 sửa đổi, bổ sung Điều 7 của Quy chế tuyển sinh trung học cơ sở ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT:\nSửa đổi khoản 2 Điều 1 như sau: ...\n`;
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.number === '11/2014/TT-BGDĐT').map((c) => `${c.role} ${c.relation} ${c.asserted?.relation ?? ''}`)).toEqual(['embedded cites amends']);
  });

  it('look-alike: "… Điều 7 của Quy chế …" after a guiding verb stays the guided regulation, no amendment', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '09/2021/TT-BGDĐT', 'Hà Nội, ngày 30 tháng 3 năm 2021')}THÔNG TƯ\nHướng dẫn tuyển sinh\nCăn cứ Thông tư số 05/2018/TT-BGDĐT ngày 28 tháng 02 năm 2018 hướng dẫn Điều 7 của Quy chế tuyển sinh trung học cơ sở ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT;\n`;
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.number === '11/2014/TT-BGDĐT').map((c) => c.asserted?.relation ?? 'none')).not.toContain('amends');
  });
});

describe('a numbered chapeau that replaces a phrase "tại các quy định sau đây:" under an article heading (round 27\'s tuning half)', () => {
  const circular = (chapeau: string): string =>
    `${documentHeader('BỘ Y TẾ', '19/2024/TT-BYT', 'Hà Nội, ngày 26 tháng 8 năm 2024')}THÔNG TƯ\nSửa đổi, bổ sung, bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành\nĐiều 1. Thay thế, bỏ một số cụm từ tại một số thông tư\n${chapeau}\na) Khoản 2 Điều 5 và khoản 1 Điều 9 Thông tư số 32/2017/TT-BYT ngày 20 tháng 7 năm 2017 của Bộ trưởng Bộ Y tế;\nb) Điều 7 Thông tư số 14/2019/TT-BYT ngày 05 tháng 7 năm 2019 của Bộ trưởng Bộ Y tế.\n`;

  it('"1. Thay cụm từ “…” bằng cụm từ “…” tại các quy định sau đây:\\na) Khoản 2 Điều 5 … Thông tư số A": each item\'s document amended', async () => {
    for (const where of ['các quy định sau đây', 'các văn bản sau đây']) {
      const text = circular(`1. Thay cụm từ “Sở Y tế” bằng cụm từ “cơ quan chuyên môn về y tế” tại ${where}:`);
      expect(await scopes(text, '32/2017/TT-BYT'), where).toEqual(['amends/part']);
      expect(await scopes(text, '14/2019/TT-BYT'), where).toEqual(['amends/part']);
    }
  });

  it('look-alike: a field label over items of places still hands them to the head above', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH', '38/2023/QĐ-UBND', 'Hà Tĩnh, ngày 14 tháng 8 năm 2023')}QUYẾT ĐỊNH\nBãi bỏ một số quy định\nĐiều 1. Bãi bỏ một phần các văn bản sau:\n1. Lĩnh vực xây dựng:\na) Điều 12, Điều 13 Quyết định số 50/2019/QĐ-UBND ngày 30/9/2019 của UBND tỉnh về phân cấp.\n`;
    expect(await scopes(text, '50/2019/QĐ-UBND')).toEqual(['repeals/part']);
  });
});

describe('an amending circular\'s repealing article whose items name their documents (round 27\'s tuning half)', () => {
  const circular = (article2: string): string =>
    `${documentHeader('BỘ NỘI VỤ', '12/2025/TT-BNV', 'Hà Nội, ngày 30 tháng 6 năm 2025')}THÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 10/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chi tiết và hướng dẫn thực hiện một số nội dung của Bộ luật Lao động\nCăn cứ Bộ luật Lao động số 45/2019/QH14;\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 10/2020/TT-BLĐTBXH\n1. Sửa đổi, bổ sung khoản 3 Điều 3 như sau:\n“3. Công việc và địa điểm làm việc …”\n${article2}\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2025.\n`;

  it('"Điều 2. Bãi bỏ một số văn bản, quy định\\n1. Bãi bỏ Thông tư số A …\\n2. Bãi bỏ Điều 4 Thông tư số B …": the amended document repeals nothing, and the title\'s law is 10/2020\'s, not guided', async () => {
    const cs = await readCitations(circular('Điều 2. Bãi bỏ một số văn bản, quy định\n1. Bãi bỏ Thông tư số 09/2021/TT-BLĐTBXH ngày 15 tháng 9 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội.\n2. Bãi bỏ Điều 4 Thông tư số 18/2023/TT-BLĐTBXH ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội.'));
    expect([...new Set(cs.filter((c) => c.number === '10/2020/TT-BLĐTBXH' && c.role === 'head').flatMap((c) => [c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)]))]).toEqual(['amends']);
    expect(cs.filter((c) => c.text === 'Bộ luật Lao động').map((c) => c.relation)).toEqual(['cites']);
  });

  it('look-alike: "Điều 2. Bãi bỏ Điều 9." names no document: the amended document\'s part', async () => {
    const cs = await readCitations(circular('Điều 2. Bãi bỏ Điều 9.'));
    expect(cs.some((c) => c.number === '10/2020/TT-BLĐTBXH' && (c.alsoActs ?? []).some((a) => a.relation === 'repeals'))).toBe(true);
  });
});
