import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixty-fourth round (drafting-forms-fates-in-ordinary-documents.json #0, #3, #4, #5, #9, #15, #18,
 * #20, #22, #30), fixed on 2026-12-08 (twenty-ninth session): fates that letters, reports and bases tell of other documents. Each
 * case failed on cb49515; the look-alikes pass on both.
 */
const letter = (body: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ', '4512/TCT-CS', 'Hà Nội, ngày 14 tháng 3 năm 2025')}V/v hóa đơn điện tử\nKính gửi: Cục Thuế thành phố Hải Phòng.\nTổng cục Thuế nhận được công văn của Cục Thuế hỏi về văn bản áp dụng. Về vấn đề này, Tổng cục Thuế có ý kiến như sau:\n${body}\nTổng cục Thuế thông báo để Cục Thuế được biết./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n`;

describe('a reported ending of two documents, the first described before the second ("Nghị định số A ngày … quy định về … và Nghị định số B … đã hết hiệu lực … theo quy định tại … Nghị định số C")', () => {
  it('C ended both', async () => {
    const cs = await readCitations(letter('- Nghị định số 51/2010/NĐ-CP ngày 14/5/2010 của Chính phủ quy định về hóa đơn bán hàng hóa, cung ứng dịch vụ và Nghị định số 04/2014/NĐ-CP ngày 17/01/2014 của Chính phủ đã hết hiệu lực kể từ ngày 01/7/2022 theo quy định tại khoản 2 Điều 60 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.'));
    expect(reportsOn(cs, '51/2010/NĐ-CP')).toHaveLength(1);
    expect(reportsOn(cs, '04/2014/NĐ-CP')).toHaveLength(1);
  });

  it('and when the second amended the first, named in its title', async () => {
    const cs = await readCitations(letter('- Nghị định số 51/2010/NĐ-CP ngày 14/5/2010 của Chính phủ quy định về hóa đơn bán hàng hóa, cung ứng dịch vụ và Nghị định số 04/2014/NĐ-CP ngày 17/01/2014 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 51/2010/NĐ-CP đã hết hiệu lực kể từ ngày 01/7/2022 theo quy định tại khoản 2 Điều 60 Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ.'));
    expect(reportsOn(cs, '04/2014/NĐ-CP').filter((r) => r.startsWith('123/2020/NĐ-CP'))).toHaveLength(1);
    expect(reportsOn(cs, '51/2010/NĐ-CP').filter((r) => r.startsWith('123/2020/NĐ-CP'))).toHaveLength(1);
  });

  it('two after a semicolon ("…; Nghị định số A và Nghị định số B hết hiệu lực theo quy định tại Điều 104 Nghị định số C")', async () => {
    const cs = await readCitations(letter('- Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 quy định chi tiết thi hành một số điều của Luật Đất đai; Nghị định số 43/2014/NĐ-CP và Nghị định số 01/2017/NĐ-CP hết hiệu lực theo quy định tại Điều 104 Nghị định số 102/2024/NĐ-CP;'));
    expect(reportsOn(cs, '43/2014/NĐ-CP')).toHaveLength(1);
    expect(reportsOn(cs, '01/2017/NĐ-CP')).toHaveLength(1);
  });

  it('two repealed ("Quyết định số A và Quyết định số B của UBND tỉnh quy định … đã bị bãi bỏ tại Quyết định số C")', async () => {
    const cs = await readCitations(letter('- Quyết định số 20/2015/QĐ-UBND và Quyết định số 31/2016/QĐ-UBND của UBND tỉnh quy định chi tiết một số nội dung về chế độ phụ cấp kiêm nhiệm ở thôn, khu dân cư đã bị bãi bỏ tại Quyết định số 07/2020/QĐ-UBND ngày 18/3/2020 của UBND tỉnh.'));
    expect(reportsOn(cs, '20/2015/QĐ-UBND')).toEqual(['07/2020/QĐ-UBND repeals 20/2015/QĐ-UBND']);
  });

  it('look-alike: one named in passing before the subject is told of nothing ("Thực hiện Nghị định số A …, Nghị định số B đã hết hiệu lực theo …")', async () => {
    const cs = await readCitations(letter('Thực hiện Nghị định số 51/2010/NĐ-CP ngày 14/5/2010 của Chính phủ, Cục Thuế đã hướng dẫn người nộp thuế. Nay Nghị định số 04/2014/NĐ-CP đã hết hiệu lực theo quy định tại Nghị định số 123/2020/NĐ-CP.'));
    expect(reportsOn(cs, '51/2010/NĐ-CP')).toEqual([]);
  });
});

describe('the regulation a document issued, told ended ("Quy chế … ban hành kèm theo Thông tư số A … đã hết hiệu lực … theo quy định tại Điều 2 Thông tư số B")', () => {
  const answer = (body: string): string => `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '4876/BGDĐT-GDTrH', 'Hà Nội, ngày 12 tháng 9 năm 2025')}V/v xét công nhận tốt nghiệp\nKính gửi: Sở Giáo dục và Đào tạo tỉnh Lào Cai.\nBộ Giáo dục và Đào tạo trả lời như sau:\n${body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

  it('under a heading line without a stop, B ended A', async () => {
    const cs = await readCitations(answer('2. Về xét công nhận tốt nghiệp trung học cơ sở\nQuy chế xét công nhận tốt nghiệp trung học cơ sở ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 đã hết hiệu lực kể từ ngày 13/02/2024 theo quy định tại Điều 2 Thông tư số 31/2023/TT-BGDĐT ngày 29/12/2023.'));
    expect(reportsOn(cs, '11/2014/TT-BGDĐT')).toHaveLength(1);
  });

  it('look-alike: a form applied under it is no ending of it ("Việc xét … thực hiện theo Quy chế ban hành kèm theo Thông tư số A")', async () => {
    const cs = await readCitations(answer('2. Về xét công nhận tốt nghiệp\nViệc xét công nhận tốt nghiệp năm 2025 thực hiện theo Quy chế ban hành kèm theo Thông tư số 31/2023/TT-BGDĐT.'));
    expect(reportsOn(cs, '31/2023/TT-BGDĐT')).toEqual([]);
  });
});

describe('a guidance ended, the decree its title names between ("Thông tư liên tịch số A … hướng dẫn thực hiện Nghị định số B đã hết hiệu lực … theo quy định tại Nghị định số C")', () => {
  it('C ended A, not B', async () => {
    const cs = await readCitations(letter('Thông tư liên tịch số 09/2016/TTLT-BGDĐT-BTC-BLĐTBXH ngày 30/3/2016 hướng dẫn thực hiện Nghị định số 86/2015/NĐ-CP đã hết hiệu lực kể từ ngày 15/10/2021 theo quy định tại Nghị định số 81/2021/NĐ-CP.'));
    expect(reportsOn(cs, '09/2016/TTLT-BGDĐT-BTC-BLĐTBXH')).toHaveLength(1);
    expect(reportsOn(cs, '86/2015/NĐ-CP').filter((r) => r.startsWith('81/2021/NĐ-CP'))).toEqual([]);
  });
});

describe('status lines that name their actor', () => {
  const decree = (basis: string): string =>
    `${documentHeader('CHÍNH PHỦ', '116/2024/NĐ-CP', 'Hà Nội, ngày 17 tháng 9 năm 2024')}NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 138/2020/NĐ-CP\n${basis}\nTheo đề nghị của Bộ trưởng Bộ Nội vụ;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 138/2020/NĐ-CP.\nĐiều 1. Sửa đổi khoản 2 Điều 10 Nghị định số 138/2020/NĐ-CP như sau: “2. …”.\nĐiều 2. Nghị định này có hiệu lực kể từ ngày ký.\n`;

  it('"Căn cứ Luật … số A và Luật … số B được sửa đổi, bổ sung bởi Luật số C": C amended both', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Cán bộ, công chức số 22/2008/QH12 và Luật Viên chức số 58/2010/QH12 được sửa đổi, bổ sung bởi Luật số 52/2019/QH14;'));
    expect(reportsOn(cs, '22/2008/QH12')).toEqual(['52/2019/QH14 amends 22/2008/QH12']);
    expect(reportsOn(cs, '58/2010/QH12')).toEqual(['52/2019/QH14 amends 58/2010/QH12']);
  });

  it('look-alike: a law named before in another sentence is not amended with them', async () => {
    const cs = await readCitations(decree('Căn cứ Luật Tổ chức Chính phủ số 76/2015/QH13;\nCăn cứ Luật Viên chức số 58/2010/QH12 được sửa đổi, bổ sung bởi Luật số 52/2019/QH14;'));
    expect(reportsOn(cs, '76/2015/QH13')).toEqual([]);
  });

  it('"Chỉ thị số A … (đã được điều chỉnh, bổ sung theo Kết luận số B …)" reports B\'s amendment', async () => {
    const text = `BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 4 năm 2025\nCHỈ THỊ\ncủa Bộ Chính trị về đại hội đảng bộ các cấp\n1. Các cấp ủy tổ chức đại hội theo Chỉ thị này.\n2. Chỉ thị này thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp (đã được điều chỉnh, bổ sung theo Kết luận số 118-KL/TW, ngày 18/01/2025 của Bộ Chính trị); có hiệu lực từ ngày ký.\nT/M BỘ CHÍNH TRỊ\n`;
    const cs = await readCitations(text);
    expect(reportsOn(cs, '35-CT/TW')).toEqual(['118-KL/TW amends 35-CT/TW']);
  });

  it('look-alike: "được điều chỉnh theo" outside a status parenthesis reports nothing', async () => {
    const cs = await readCitations(letter('Mức lương cơ sở được điều chỉnh theo Nghị định số 73/2024/NĐ-CP kể từ ngày 01/7/2024.'));
    expect(reportsOn(cs, '73/2024/NĐ-CP')).toEqual([]);
  });
});

describe('a further document of an enumeration a report says another one repealed ("… bãi bỏ toàn bộ 12 quyết định …, trong đó có Quyết định số A ngày … về … và Quyết định số B …")', () => {
  it('B was repealed too', async () => {
    const report = `UBND TỈNH PHÚ THỌ\nSỞ TƯ PHÁP\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 412/BC-STP\nPhú Thọ, ngày 20 tháng 12 năm 2025\nBÁO CÁO\nKết quả rà soát văn bản năm 2025\nThực hiện Nghị định số 79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch số 86/KH-UBND ngày 15/7/2025 của UBND tỉnh, Sở Tư pháp báo cáo kết quả như sau:\nI. KẾT QUẢ XỬ LÝ VĂN BẢN\n1. Ngày 25/9/2025, UBND tỉnh đã ban hành Quyết định số 25/2025/QĐ-UBND bãi bỏ toàn bộ 12 quyết định quy phạm pháp luật của UBND tỉnh Vĩnh Phúc (trước sắp xếp), trong đó có Quyết định số 40/2019/QĐ-UBND ngày 14/10/2019 về quản lý cụm công nghiệp và Quyết định số 15/2021/QĐ-UBND ngày 02/4/2021 về hỗ trợ đào tạo nghề cho lao động nông thôn.\nNơi nhận:\n- Bộ Tư pháp;\n- Lưu: VT.\n`;
    const cs = await readCitations(report);
    expect(reportsOn(cs, '15/2021/QĐ-UBND')).toEqual(['25/2025/QĐ-UBND repeals 15/2021/QĐ-UBND']);
  });
});

describe('a national programme named in a title ends with its line ("… Chương trình mục tiêu quốc gia xã Hồng Dân\\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …\\nCăn cứ Luật … số A")', () => {
  it('the law of the next basis line is cited', async () => {
    const text = `ỦY BAN NHÂN DÂN\nXÃ HỒNG DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 218/QĐ-UBND\nHồng Dân, ngày 10 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia xã Hồng Dân\nCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HỒNG DÂN\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Ban Chỉ đạo.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.number === '72/2025/QH15')).toHaveLength(1);
  });

  it('look-alike: a name that wraps onto a lower-case line keeps its words', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU', '2105/QĐ-UBND', 'Cà Mau, ngày 15 tháng 8 năm 2025')}QUYẾT ĐỊNH\nVề việc giao vốn\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Giao vốn thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững\ngiai đoạn 2021 - 2025 cho các xã.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n`;
    const cs = await readCitations(text);
    expect(cs.find((c) => c.form === 'titled')?.text.replace(/\s+/gu, ' ')).toBe('Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025');
  });
});

describe('a document taken up by its type and the article of this one that names it ("Thông tư này thay thế Thông tư hướng dẫn … nêu tại Điều 4")', () => {
  const circular = (effect: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH', '24/2024/TT-BTC', 'Hà Nội, ngày 17 tháng 4 năm 2024')}THÔNG TƯ\nHướng dẫn chế độ kế toán hành chính, sự nghiệp\nCăn cứ Luật Kế toán số 88/2015/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn chế độ kế toán hành chính, sự nghiệp.\nĐiều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn chế độ kế toán.\nĐiều 4. Điều khoản chuyển tiếp\nSố liệu kế toán của năm tài chính 2024 được khóa sổ theo quy định tại Thông tư số 107/2017/TT-BTC ngày 10 tháng 10 năm 2017 của Bộ trưởng Bộ Tài chính hướng dẫn chế độ kế toán hành chính, sự nghiệp.\nĐiều 5. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025.\n${effect}\n`;

  it('replaces the one document of that type the article names', async () => {
    expect(headActs(await readCitations(circular('2. Thông tư này thay thế Thông tư hướng dẫn chế độ kế toán hành chính, sự nghiệp nêu tại Điều 4.')), '107/2017/TT-BTC')).toContain('replaces/whole');
  });

  it('look-alike: a reminder of it, no ending, adds nothing', async () => {
    expect(headActs(await readCitations(circular('2. Các đơn vị tiếp tục khóa sổ theo Thông tư hướng dẫn chế độ kế toán nêu tại Điều 4.')), '107/2017/TT-BTC')).toEqual(['cites']);
  });
});
