import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * The forms the corpus gold's blind quarter held, read once it was spent (2026-12-05; fixtures/relations/README.md, "Spending
 * the blind quarter"): words replaced in every law of a list, an amending law named by its title as the actor of a status
 * phrase, a law named in lower case with its year, an article heading that carries its items' repeals, and an amending act
 * repealed with its base in a "Bãi bỏ" list. Each case failed on the code before its rule; the look-alikes beside them pass
 * on both.
 */
const read = readCitations;
const acts = (cs: readonly Citation[], number: string): string[] => headActs(cs, number, { alsoActs: true });
const named = (cs: readonly Citation[], words: string): string[] =>
  cs.filter((c) => c.text.includes(words) && c.role === 'head').map((c) => `${c.relation}${c.scope && c.relation !== 'cites' ? (c.scope.whole ? '/whole' : '/part') : ''}`);

const LAW = (number: string, title: string, body: string): string =>
  `QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: ${number}\nHà Nội, ngày 24 tháng 11 năm 2017\nLUẬT\n${title}\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật ${title.charAt(0)}${title.slice(1).toLowerCase()}.\n${body}`;

describe('words replaced in every law of a list (underthesea-vlc/0035, the Planning Law)', () => {
  const planning = (item: string): string =>
    LAW('21/2017/QH14', 'QUY HOẠCH', `Điều 57. Sửa đổi, bổ sung một số điều của các luật có liên quan đến hoạt động quy hoạch\n1. Sửa đổi, bổ sung khoản 1 Điều 34 của Luật Đầu tư công số 49/2014/QH13 như sau:\n“1. Lập dự án đầu tư phải phù hợp với quy hoạch.”.\n${item}\nĐiều 58. Hiệu lực thi hành\nLuật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2019.\n`);

  it('"9. Quy hoạch … tại Luật A, Luật B đã được sửa đổi, bổ sung theo Luật … số C, Luật D … được thay thế bằng …": A, B and D amended, C reported', async () => {
    const cs = await read(planning('9. Quy hoạch phát triển kinh tế - xã hội, quy hoạch tổng thể phát triển kinh tế - xã hội tại Luật Quốc phòng số 39/2005/QH11, Luật Giáo dục số 38/2005/QH11 đã được sửa đổi, bổ sung theo Luật sửa đổi, bổ sung một số Điều của Luật Giáo dục số 44/2009/QH12, Luật Biển Việt Nam số 18/2012/QH13, Pháp lệnh Dân số số 06/2003/PL-UBTVQH11 đã được sửa đổi, bổ sung theo Pháp lệnh sửa đổi Điều 10 của Pháp lệnh Dân số số 08/2008/PL-UBTVQH12 và các văn bản quy phạm pháp luật khác được thay thế bằng quy hoạch được cơ quan có thẩm quyền quyết định hoặc phê duyệt.'));
    for (const n of ['39/2005/QH11', '38/2005/QH11', '18/2012/QH13', '06/2003/PL-UBTVQH11']) expect(acts(cs, n), n).toEqual(['amends/part']);
    expect(acts(cs, '44/2009/QH12')).toEqual(['cites']);
    expect(acts(cs, '08/2008/PL-UBTVQH12')).toEqual(['cites']);
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['44/2009/QH12 amends 38/2005/QH11', '08/2008/PL-UBTVQH12 amends 06/2003/PL-UBTVQH11']));
  });

  it('look-alike: the same list in a task ("… đề nghị cơ quan có thẩm quyền thay thế …") or replaced by this law amends nothing', async () => {
    const task = await read(planning('9. Chính phủ rà soát quy hoạch tổng thể tại Luật Quốc phòng số 39/2005/QH11, Luật Biển Việt Nam số 18/2012/QH13 để trình Quốc hội thay thế bằng quy hoạch.'));
    expect(acts(task, '39/2005/QH11')).toEqual(['cites']);
    // (an article that is no amending one: a transitional rule, "Điều 59. Quy định chuyển tiếp")
    const transition = await read(planning('Điều 59. Quy định chuyển tiếp\n1. Quy hoạch tổng thể tại Luật Quốc phòng số 39/2005/QH11, Luật Biển Việt Nam số 18/2012/QH13 được thay thế bằng quy hoạch tỉnh khi quy hoạch tỉnh được phê duyệt.'));
    expect(acts(transition, '18/2012/QH13')).toEqual(['cites']);
  });
});

describe('a law named in lower case with its year (underthesea-vlc/0104, the Election Law)', () => {
  const election = (clause: string): string =>
    LAW('85/2015/QH13', 'BẦU CỬ ĐẠI BIỂU QUỐC HỘI VÀ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN', `Điều 97. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2015.\n${clause}\nĐiều 98. Quy định chi tiết và hướng dẫn thi hành\n`);

  it('"Luật bầu cử đại biểu Quốc hội năm 1997 đã được sửa đổi … theo Luật số A và Luật số B, Luật bầu cử … số C đã được sửa đổi … hết hiệu lực": both laws succeeded', async () => {
    const cs = await read(election('2. Luật bầu cử đại biểu Quốc hội năm 1997 đã được sửa đổi, bổ sung một số điều theo Luật số 31/2001/QH10 và Luật số 63/2010/QH12, Luật bầu cử đại biểu Hội đồng nhân dân số 12/2003/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 63/2010/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.'));
    expect(named(cs, 'Luật bầu cử đại biểu Quốc hội năm 1997')).toEqual(['replaces/whole']);
    expect(acts(cs, '12/2003/QH11')).toEqual(['replaces/whole']);
    expect(acts(cs, '63/2010/QH12')).toEqual(['cites', 'cites']);
  });

  it('look-alike: "luật" in lower case before a year names no law ("theo quy định của luật năm 2015")', async () => {
    const cs = await read(election('2. Việc bầu cử bổ sung thực hiện theo quy định của luật năm 2015 và hướng dẫn của Hội đồng bầu cử quốc gia.'));
    expect(cs.filter((c) => /luật năm/iu.test(c.text))).toEqual([]);
  });
});

describe("an article heading carries its items' repeals (phapluat8chude/0074, 0174)", () => {
  const decree = (title: string, items: string): string =>
    `${documentHeader('CHÍNH PHỦ', '372/2025/NĐ-CP', 'Hà Nội, ngày 31 tháng 12 năm 2025')}NGHỊ ĐỊNH\n${title}\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định ${title.charAt(0).toLowerCase()}${title.slice(1)}.\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP ngày 10 tháng 12 năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng\n1. Sửa đổi, bổ sung Điều 3 như sau:\n“Điều 3. Giấy phép hoạt động dịch vụ\n${'Giấy phép do Bộ trưởng Bộ Nội vụ cấp cho doanh nghiệp đáp ứng đủ điều kiện theo quy định. '.repeat(80)}”.\n${items}\nĐiều 2. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành từ ngày 01 tháng 3 năm 2026.\n`;

  it('an item "15. Bãi bỏ khoản 2 Điều 5 …" far down an article headed by the decree: the heading carries the repeal, the title and the enacting formula the amendment', async () => {
    const cs = await read(decree('Sửa đổi, bổ sung một số điều của Nghị định số 112/2021/NĐ-CP ngày 10 tháng 12 năm 2021 của Chính phủ', '15. Bãi bỏ khoản 2 và khoản 4 Điều 5, Điều 13.'));
    expect(acts(cs, '112/2021/NĐ-CP')).toEqual(['amends/part', 'amends/part', 'amends/part+repeals']);
  });

  it('under a title that amends several circulars, each article heading carries its own items\' repeal', async () => {
    const cs = await read(decree('Sửa đổi, bổ sung một số Nghị định liên quan phân cấp, cắt giảm thủ tục hành chính', '6. Bãi bỏ Mẫu số 08 Phụ lục I.'));
    expect(acts(cs, '112/2021/NĐ-CP')).toEqual(['amends/part+repeals']);
  });

  it('look-alike: an article whose own heading repeals ("Điều 2. Bãi bỏ một số quy định") is no item of the article before it', async () => {
    const cs = await read(decree('Sửa đổi, bổ sung một số Nghị định liên quan phân cấp, cắt giảm thủ tục hành chính', 'Điều 2. Bãi bỏ một số quy định\n1. Bãi bỏ Điều 7 Nghị định số 128/2025/NĐ-CP.').replace('Điều 2. Hiệu lực thi hành', 'Điều 3. Hiệu lực thi hành'));
    expect(acts(cs, '112/2021/NĐ-CP')).toEqual(['amends/part']);
    expect(acts(cs, '128/2025/NĐ-CP')).toEqual(['repeals/part']);
  });
});

describe('an amending act repealed with its base in a "Bãi bỏ" list (phapluat8chude/0174)', () => {
  const circular = (item: string): string =>
    `${documentHeader('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '22/2026/TT-BNNMT', 'Hà Nội, ngày 19 tháng 5 năm 2026')}THÔNG TƯ\nSửa đổi, bổ sung một số Thông tư liên quan phân cấp, cắt giảm thủ tục hành chính\nCăn cứ Luật Bảo vệ môi trường số 72/2020/QH14;\nBộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư sửa đổi, bổ sung một số Thông tư liên quan phân cấp, cắt giảm thủ tục hành chính.\nĐiều 9. Bãi bỏ một số Thông tư\n1. Bãi bỏ Thông tư số 01/2021/TT-BNNPTNT ngày 18 tháng 3 năm 2021 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn quy định về xây dựng tiêu chuẩn quốc gia.\n${item}\nĐiều 10. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n`;

  it('"2. Bãi bỏ Thông tư số A …; Thông tư số B … sửa đổi, bổ sung một số điều của Thông tư số A …": B is repealed, not succeeded', async () => {
    // (the lines as the Gazette text wraps them)
    const cs = await read(circular('2. Bãi bỏ Thông tư số 17/2016/TT-BNNPTNT ngày 24 tháng 6 năm 2016\ncủa Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn quản lý các\nnhiệm vụ bảo vệ môi trường thuộc Bộ Nông nghiệp và Phát triển nông thôn;\nThông tư số 10/2024/TT-BNNPTNT ngày 29 tháng 7 năm 2024 của Bộ trưởng\nBộ Nông nghiệp và Phát triển nông thôn sửa đổi, bổ sung một số điều của Thông\ntư số 17/2016/TT-BNNPTNT ngày 24 tháng 6 năm 2016 của Bộ trưởng Bộ Nông\nnghiệp và Phát triển nông thôn về hướng dẫn quản lý các nhiệm vụ bảo vệ môi\ntrường thuộc Bộ Nông nghiệp và Phát triển nông thôn.\n3. Bãi bỏ Thông tư số 43/2025/TT-BNNMT ngày 16 tháng 7 năm 2025 của\nBộ trưởng Bộ Nông nghiệp và Môi trường quy định quản lý nhiệm vụ khoa học\nvà công nghệ của Bộ Nông nghiệp và Môi trường.'));
    expect(acts(cs, '17/2016/TT-BNNPTNT')).toEqual(['repeals/whole']);
    expect(acts(cs, '10/2024/TT-BNNPTNT')).toEqual(['repeals/whole']);
  });

  it('look-alike: a list ended by "hết hiệu lực" in an effect article still succeeds its own predecessor', async () => {
    const cs = await read(`${documentHeader('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', '22/2026/TT-BNNMT', 'Hà Nội, ngày 19 tháng 5 năm 2026')}THÔNG TƯ\nHướng dẫn quản lý các nhiệm vụ bảo vệ môi trường\nCăn cứ Luật Bảo vệ môi trường số 72/2020/QH14;\nBộ trưởng Bộ Nông nghiệp và Môi trường ban hành Thông tư hướng dẫn quản lý các nhiệm vụ bảo vệ môi trường.\nĐiều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n2. Thông tư số 17/2016/TT-BNNPTNT ngày 24 tháng 6 năm 2016 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn hướng dẫn quản lý các nhiệm vụ bảo vệ môi trường hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n`);
    expect(acts(cs, '17/2016/TT-BNNPTNT')).toEqual(['replaces/whole']);
  });
});

describe('a task to enact a guiding decree, provisions replaced by this law, actors after dotted places (phapluat8chude/0005, 0017; underthesea-vlc/0050)', () => {
  const resolution = (task: string): string =>
    `${documentHeader('CHÍNH PHỦ', '105/NQ-CP', 'Hà Nội, ngày 08 tháng 4 năm 2026')}NGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\nII. NHIỆM VỤ\n6. ${task}\n`;

  it('"Tham mưu ban hành Nghị định của Chính phủ quy định chi tiết … Luật X" in a programme guides nothing', async () => {
    for (const task of ['Tham mưu ban hành Nghị định của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Ngân sách nhà nước, trong đó có quy định việc quản lý ngân sách theo kết quả.', 'Tham mưu ban hành Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Ngân sách nhà nước.']) {
      const cs = await read(resolution(task));
      expect(named(cs, 'Luật Ngân sách nhà nước'), task).toEqual(['cites']);
    }
  });

  it("look-alike: a decree's own enacting formula still guides (\"Chính phủ ban hành Nghị định quy định chi tiết … Luật X\")", async () => {
    const cs = await read(`${documentHeader('CHÍNH PHỦ', '163/2016/NĐ-CP', 'Hà Nội, ngày 21 tháng 12 năm 2016')}NGHỊ ĐỊNH\nQuy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước.\nĐiều 1. Phạm vi điều chỉnh\n`);
    expect(named(cs, 'Luật Ngân sách nhà nước')).toContain('guides');
  });

  it('"2. Kể từ ngày Luật này có hiệu lực, các quy định của Luật X về … được thay thế bằng các quy định của Luật này": X replaced in part', async () => {
    const cs = await read(LAW('30/2009/QH12', 'QUY HOẠCH ĐÔ THỊ', 'Điều 74. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2010.\n2. Kể từ ngày Luật này có hiệu lực, các quy định của Luật xây dựng số 16/2003/QH11 về quy hoạch xây dựng các đô thị và các khu vực trong đô thị được thay thế bằng các quy định của Luật này.\nĐiều 75. Điều khoản chuyển tiếp\n'));
    expect(acts(cs, '16/2003/QH11')).toEqual(['replaces/part']);
    const part = cs.find((c) => c.number === '16/2003/QH11')?.scope;
    expect(part).toMatchObject({ whole: false, part: 'về quy hoạch xây dựng các đô thị và các khu vực trong đô thị' });
  });

  it('look-alike: provisions replaced by another law, or applied, are no act of this one', async () => {
    const other = await read(LAW('30/2009/QH12', 'QUY HOẠCH ĐÔ THỊ', 'Điều 74. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2010.\n2. Các quy định của Luật xây dựng số 16/2003/QH11 về đấu thầu đã được thay thế bằng các quy định của Luật Đấu thầu số 61/2005/QH11.\n'));
    expect(acts(other, '16/2003/QH11')).toEqual(['cites']);
  });

  it('"… Điều 51 Nghị định số A đã được sửa đổi, bổ sung tại Nghị định số B, khoản Đ.II, Đ.III Mục 1 Phụ lục I.3 kèm theo Nghị quyết số C …": C is a further actor', async () => {
    const cs = await read(`${documentHeader('CHÍNH PHỦ', '23/2026/NQ-CP', 'Hà Nội, ngày 20 tháng 5 năm 2026')}NGHỊ QUYẾT\nVề việc áp dụng thủ tục hành chính\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nQUYẾT NGHỊ:\nĐiều 1. Áp dụng thủ tục\nXII. Thủ tục giải thể cơ sở giáo dục mầm non có vốn đầu tư nước\nngoài tại Việt Nam quy định tại Điều 51 Nghị định số 86/2018/NĐ-CP đã\nđược sửa đổi, bổ sung tại Nghị định số 124/2024/NĐ-CP, khoản Đ.II, Đ.III\nMục 1 Phụ lục I.3 kèm theo Nghị quyết số 66.16/2026/NQ-CP được thực\nhiện theo thủ tục giải thể trường mẫu giáo.\n`);
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['124/2024/NĐ-CP amends 86/2018/NĐ-CP', '66.16/2026/NQ-CP amends 86/2018/NĐ-CP']));
  });
});
