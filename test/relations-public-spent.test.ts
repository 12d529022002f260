import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the first public documents round, spent on 2026-12-05 (fixtures/relations/public-documents.json; README "Spending the
 * first public round"): a repealing circular of the Gazette whose fourteen repealed documents were read as citations — blank
 * lines a page break leaves between the list's head and its first item, and after its ninth; a list longer than forty lines; a
 * document an item's description follows ("… theo Quyết định 22/2015/QĐ-TTg"), no item; and a joint resolution's number whose
 * issuer code holds Ư ("…-UBTƯMTTQVN"), wrapped after a hyphen. Each case failed on the code before its rule; the look-alikes
 * pass on both.
 */
const item = (n: number, number: string): string =>
  `${n}. Thông tư số ${number} ngày 10/6/2013 của Bộ trưởng Bộ Lao \nđộng - Thương binh và Xã hội hướng dẫn Nghị định số 46/2013/NĐ-CP ngày \n10/5/2013 của Chính phủ quy định chi tiết thi hành một số điều của Bộ luật Lao \nđộng về tranh chấp lao động. \n`;
const circular = (list: string): string =>
  `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '15/2024/TT-BLĐTBXH', 'Hà Nội, ngày 31 tháng 12 năm 2024')}THÔNG TƯ \nBãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động -  \nThương binh và Xã hội ban hành, liên tịch ban hành \nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; \nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư bãi bỏ một số \nvăn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban \nhành, liên tịch ban hành. \nĐiều 1. Bãi bỏ toàn bộ văn bản quy phạm pháp luật \nBãi bỏ toàn bộ 14 văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - \nThương binh và Xã hội ban hành, liên tịch ban hành sau đây: \n${list}Điều 2. Hiệu lực thi hành  \nThông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2025. \n`;
const numbers = Array.from({ length: 11 }, (_, i) => `${String(10 + i).padStart(2, '0')}/2013/TT-BLĐTBXH`);

describe('a repealing list over page breaks (public round 1: 15/2024/TT-BLĐTBXH)', () => {
  it('blank lines between the head and its first item, eleven items of four lines, a page break after the ninth: every item repealed', async () => {
    const list = `\n \n  \n${numbers.slice(0, 9).map((n, i) => item(i + 1, n)).join('')}\n \n \n \n${numbers.slice(9).map((n, i) => item(i + 10, n)).join('')}`;
    const cs = await readCitations(circular(list));
    for (const n of numbers) expect(headActs(cs, n), n).toEqual(['repeals/whole']);
    expect(headActs(cs, '46/2013/NĐ-CP')).not.toContain('repeals/whole');
  });

  it('a document an item\'s description follows ("… chính sách … theo Quyết\\nđịnh 22/2015/QĐ-TTg") is no item; one "ban hành kèm theo" names is', async () => {
    const cs = await readCitations(circular(`1. Thông tư số 35/2016/TT-BLĐTBXH ngày 25/10/2016 của Bộ trưởng Bộ \nLao động - Thương binh và Xã hội hướng dẫn thực hiện chính sách đối với người \nlao động khi chuyển đơn vị sự nghiệp công lập thành công ty cổ phần theo Quyết \nđịnh 22/2015/QĐ-TTg ngày 22/6/2015 của Thủ tướng Chính phủ. \n2. Phụ lục III ban hành kèm theo Thông tư số 17/2018/TT-BLĐTBXH ngày 17/10/2018. \n`));
    expect(headActs(cs, '35/2016/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '22/2015/QĐ-TTg')).toEqual(['cites']);
    expect(headActs(cs, '17/2018/TT-BLĐTBXH')[0]).toMatch(/^repeals/u);
  });

  it('"Nghị quyết liên tịch số 01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-\\nUBTƯMTTQVN": one number, its issuer code holding Ư', async () => {
    const cs = await readCitations(circular('1. Nghị quyết liên tịch số 01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-\nUBTƯMTTQVN ngày 28/8/2008 của Bộ Lao động, Thương binh và Xã hội, Bộ \nCông an về việc ban hành các tiêu chí phân loại. \n2. Nghị quyết liên tịch số 01/2005/NQLT-BLĐTBXH-BCA-BVHTT-UBTWMTTQVN \nngày 17/11/2005. \n'));
    expect(headActs(cs, '01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN')).toEqual(['repeals/whole']);
    expect(headActs(cs, '01/2005/NQLT-BLĐTBXH-BCA-BVHTT-UBTWMTTQVN')).toEqual(['repeals/whole']);
  });
});

describe('an amending article heading on a matter, and a scope article guiding a programme issued with a decision (public round 1)', () => {
  const amending = (heading: string): string =>
    `${documentHeader('BỘ NỘI VỤ', '03/2021/TT-BNV', 'Hà Nội, ngày 29 tháng 6 năm 2021')}THÔNG TƯ\nSửa đổi, bổ sung chế độ nâng bậc lương\nCăn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ quy định chức năng của Bộ Nội vụ;\nBộ trưởng Bộ Nội vụ ban hành Thông tư sửa đổi, bổ sung chế độ nâng bậc lương.\n${heading}\n1. Sửa đổi điểm c khoản 1 Điều 1 như sau:\n“c) Những người làm việc theo chế độ hợp đồng.”\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 15 tháng 8 năm 2021.\n`;

  it('"Điều 1. Sửa đổi, bổ sung một số điều về chế độ nâng bậc lương … đối với cán bộ, công chức … tại Thông tư số A": A amended', async () => {
    const cs = await readCitations(amending('Điều 1. Sửa đổi, bổ sung một số điều về chế độ nâng bậc lương thường\nxuyên và nâng bậc lương trước thời hạn đối với cán bộ, công chức, viên chức\nvà người lao động tại Thông tư số 08/2013/TT-BNV ngày 31 tháng 7 năm 2013\ncủa Bộ trưởng Bộ Nội vụ'));
    expect(headActs(cs, '08/2013/TT-BNV')).toEqual(['amends/part']);
  });

  it('look-alike: "… một số quy định về chế độ … theo quy định tại Nghị định số A" locates the standard followed, not what is amended', async () => {
    const cs = await readCitations(amending('Điều 1. Sửa đổi, bổ sung một số quy định về chế độ nâng bậc lương đối với cán bộ theo quy định tại Nghị định số 204/2004/NĐ-CP'));
    expect(headActs(cs, '204/2004/NĐ-CP')).toEqual(['cites']);
  });

  const guiding = (scope: string): string =>
    `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '03/2024/TT-BLĐTBXH', 'Hà Nội, ngày 22 tháng 5 năm 2024')}THÔNG TƯ\nHướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế\nThực hiện Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;\nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế.\nĐiều 1. Phạm vi điều chỉnh\n${scope}\nĐiều 2. Đối tượng áp dụng\nNgười lao động thuộc hộ nghèo.\n`;

  it('"Thông tư này hướng dẫn … thuộc Chương trình … ban hành kèm theo Quyết định số A": A guided', async () => {
    const cs = await readCitations(guiding('Thông tư này hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế, phát \ntriển mô hình giảm nghèo thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn \n2021 - 2025 ban hành kèm theo Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm \n2022 của Thủ tướng Chính phủ.'));
    expect(headActs(cs, '90/QĐ-TTg')).toContain('guides');
  });

  it('look-alike: a form "ban hành kèm theo" a decision, in a clause that applies it, guides nothing', async () => {
    const cs = await readCitations(guiding('Thông tư này hướng dẫn một số nội dung thực hiện đa dạng hóa sinh kế.\nHồ sơ đề nghị hỗ trợ lập theo Mẫu số 01 ban hành kèm theo Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng Chính phủ.'));
    expect(headActs(cs, '90/QĐ-TTg')).not.toContain('guides');
  });
});

describe('a scope article whose items name what a detailing title details, and where it is provided (public round 1: 25/2024/TT-BKHĐT)', () => {
  const circular = (title: string, items: string): string =>
    `${documentHeader('BỘ KẾ HOẠCH VÀ ĐẦU TƯ', '25/2024/TT-BKHĐT', 'Hà Nội, ngày 31 tháng 12 năm 2024')}THÔNG TƯ\n${title}\nCăn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;\nBộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư ${title.charAt(0).toLowerCase()}${title.slice(1)}.\nĐiều 1. Phạm vi điều chỉnh\n${items}\nĐiều 2. Đối tượng áp dụng\nTrung tâm Đổi mới sáng tạo Quốc gia.\n`;
  const items = '1. Trình tự, thủ tục lập, quyết định đề án sử dụng tài sản công quy \nđịnh tại khoản 5 Điều 24, khoản 6 Điều 41 Luật Thủ đô đối với Trung tâm Đổi mới \nsáng tạo Quốc gia. \n2. Phương thức và giá cho thuê tài sản công quy định tại điểm d khoản 2 Điều 24 \nLuật Thủ đô đối với cơ sở của Trung tâm.';

  it('"Quy định chi tiết trình tự, thủ tục …" over "1. Trình tự, thủ tục … quy định tại khoản 5 Điều 24 … Luật Thủ đô": the law, named only, guided', async () => {
    const cs = await readCitations(circular('Quy định chi tiết trình tự, thủ tục lập đề án sử dụng tài sản công', items));
    expect(cs.filter((c) => c.text === 'Luật Thủ đô' && c.relation === 'guides').length).toBe(2);
  });

  it('look-alike: the same items under a title that does not detail, and an item that says what is not covered, guide nothing', async () => {
    const plain = await readCitations(circular('Về quản lý tài sản công của Trung tâm Đổi mới sáng tạo Quốc gia', items));
    expect(plain.filter((c) => c.text === 'Luật Thủ đô' && c.relation === 'guides')).toEqual([]);
    const excluded = await readCitations(circular('Quy định chi tiết trình tự, thủ tục lập đề án sử dụng tài sản công', '1. Thông tư này không áp dụng đối với tài sản công quy định tại khoản 5 Điều 24 Luật Thủ đô.'));
    expect(excluded.filter((c) => c.text === 'Luật Thủ đô' && c.relation === 'guides')).toEqual([]);
  });
});

/**
 * From public round 5, spent on 2026-12-05 (eighth session; README "Spending public round 5"): a circular issuing a new
 * inspection procedure ends the procedures of the same matter that an earlier circular issued among many others
 * ("Quy trình kiểm định số QTKĐ:06-2016/BLĐTBXH … ban hành kèm theo Thông tư số 54/2016/TT-BLĐTBXH … hết hiệu lực"): the earlier
 * circular is ended in part, not whole (a part said only to "hết hiệu lực" is repealed, as everywhere; the round's two readings
accept it beside replaces/part).
 */
const procedureCircular = (ending: string): string =>
  `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '17/2021/TT-BLĐTBXH', 'Hà Nội, ngày 15 tháng 12 năm 2021')}THÔNG TƯ \nBan hành quy trình kiểm định kỹ thuật an toàn chai chứa khí công nghiệp \nCăn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015; \nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư ban hành quy trình kiểm định. \nĐiều 1. Tên và ký hiệu của quy trình kiểm định \nBan hành kèm theo Thông tư này quy trình kiểm định kỹ thuật an toàn chai \nchứa khí công nghiệp, ký hiệu: QTKĐ: 06-2021/BLĐTBXH. \nĐiều 2. Hiệu lực thi hành  \n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2022. \n2. ${ending}\n`;

describe('procedures an earlier circular issued among others, ended by their successor (public round 5)', () => {
  it('"Quy trình kiểm định số QTKĐ:06-2016/BLĐTBXH … ban hành kèm theo Thông tư số A … hết hiệu lực": A ended in part', async () => {
    const cs = await readCitations(procedureCircular('Quy trình kiểm định số QTKĐ:06-2016/BLĐTBXH Quy trình kiểm định \nkỹ thuật an toàn chai chứa khí công nghiệp ban hành kèm theo Thông tư số \n54/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016 của Bộ Lao động - Thương \nbinh và Xã hội hết hiệu lực kể từ ngày Thông tư này có hiệu lực. '));
    expect(headActs(cs, '54/2016/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('three procedures, the last named by its code before its name, far from "Các quy trình": A ended in part', async () => {
    const cs = await readCitations(procedureCircular('Các quy trình kiểm định số QTKĐ: 21-2016/BLĐTBXH Quy trình kiểm \nđịnh kỹ thuật an toàn thang máy điện, QTKĐ: 22-2016/BLĐTBXH Quy trình kiểm \nđịnh kỹ thuật an toàn thang thủy lực và QTKĐ: 24-2016/BLĐTBXH Quy trình \nkiểm định kỹ thuật an toàn thang máy điện không có phòng máy ban hành kèm \ntheo Thông tư số 54/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016 của Bộ \ntrưởng Bộ Lao động - Thương binh và Xã hội hết hiệu lực kể từ ngày Thông tư này \ncó hiệu lực. '));
    expect(headActs(cs, '54/2016/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('look-alikes: the circular itself ended, and a regulation issued with a decision replaced, stay whole', async () => {
    expect(headActs(await readCitations(procedureCircular('Thông tư số 54/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành quy trình kiểm định kỹ thuật an toàn chai chứa khí công nghiệp hết hiệu lực kể từ ngày Thông tư này có hiệu lực. ')), '54/2016/TT-BLĐTBXH')).toEqual(['replaces/whole']);
    expect(headActs(await readCitations(procedureCircular('Thông tư này thay thế Quy trình kiểm định kỹ thuật an toàn chai chứa khí công nghiệp ban hành kèm theo Thông tư số 54/2016/TT-BLĐTBXH ngày 28 tháng 12 năm 2016. ')), '54/2016/TT-BLĐTBXH')).toEqual(['replaces/whole']);
  });
});

describe('the guidance of a replaced decree, ended by the guidance of its successor of the same title (public round 5: 02/2021/TT-BLĐTBXH)', () => {
  const guidance = (guidedTitle: string): string =>
    `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '02/2021/TT-BLĐTBXH', 'Hà Nội, ngày 24 tháng 6 năm 2021')}THÔNG TƯ \nHướng dẫn thực hiện một số điều của Nghị định số 20/2021/NĐ-CP \nngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp \nxã hội đối với đối tượng bảo trợ xã hội \nCăn cứ Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ; \nĐiều 1. Phạm vi điều chỉnh \nThông tư này hướng dẫn về thôi hưởng trợ cấp xã hội hàng tháng. \nĐiều 2. Hiệu lực thi hành \n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2021. \n2. Thông tư liên tịch số 29/2014/TTLT-BLĐTBXH-BTC ngày 24 tháng 10 \nnăm 2014 của Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính hướng \ndẫn thực hiện một số điều của Nghị định số 136/2013/NĐ-CP ngày 21 tháng 10 \nnăm 2013 của Chính phủ ${guidedTitle} hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành. \n`;

  it('"… hướng dẫn … Nghị định số A … quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội" ended by the guidance of B of that title: replaced', async () => {
    const cs = await readCitations(guidance('quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội'));
    expect(headActs(cs, '29/2014/TTLT-BLĐTBXH-BTC')).toEqual(['replaces/whole']);
  });

  it('look-alike: the guidance of a decree of another title, ended the same way, is repealed', async () => {
    const cs = await readCitations(guidance('quy định chính sách hỗ trợ người lao động mất việc làm do đại dịch'));
    expect(headActs(cs, '29/2014/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/whole']);
  });
});

/**
 * From public round 6, spent on 2026-12-05 (eighth session) once round 7 was built: laws ending the ordinances they take over.
 * Ordinances named only, pinned by the day or year they were adopted, with a comma or a parenthesis in the name; ordinances whose
 * subject lies within the law's, ended beside its predecessor law; and an ordinance named by its title after the amending act a
 * report names by number.
 */
const lawEnding = (number: string, title: string, clause: string): string =>
  `QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: ${number}\nHà Nội, ngày 24 tháng 11 năm 2014\nLUẬT\n${title}\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật.\nĐiều 100. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 6 năm 2015.\n${clause}\n`;

describe('laws ending the ordinances they take over (public round 6)', () => {
  it('"Pháp lệnh thể dục, thể thao ngày 25 tháng 9 năm 2000 hết hiệu lực": an ordinance named in lower case with a comma, pinned by its day, replaced', async () => {
    const cs = await readCitations(lawEnding('77/2006/QH11', 'THỂ DỤC, THỂ THAO', '2. Pháp lệnh thể dục, thể thao ngày 25 tháng 9 năm 2000 hết hiệu lực từ ngày Luật này có hiệu lực.'));
    expect(cs.filter((c) => c.relation === 'replaces').map((c) => c.text)).toEqual(['Pháp lệnh thể dục, thể thao']);
  });

  it('look-alike: a comma then a clause before a day names no ordinance', async () => {
    const cs = await readCitations(lawEnding('77/2006/QH11', 'THỂ DỤC, THỂ THAO', '2. Thực hiện Pháp lệnh ưu đãi người có công, sơ kết ngày 15 tháng 6 năm 2014 tổng kết việc thi hành.'));
    expect(cs.filter((c) => c.text.startsWith('Pháp lệnh'))).toEqual([]);
  });

  it('"Pháp lệnh Phòng, chống … ở người (HIV/AIDS) năm 1995": the whole name, its parenthesis and year with it', async () => {
    const cs = await readCitations(lawEnding('64/2006/QH11', 'PHÒNG, CHỐNG HIV/AIDS', 'Pháp lệnh Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) năm 1995 hết hiệu lực kể từ ngày Luật này có hiệu lực.'));
    expect(cs.filter((c) => c.relation === 'replaces').map((c) => c.text)).toEqual(['Pháp lệnh Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) năm 1995']);
  });

  it('the predecessor law and two ordinances within its subject, one after the act that amended the other: all three replaced', async () => {
    const cs = await readCitations(lawEnding('63/2014/QH13', 'TỔ CHỨC VIỆN KIỂM SÁT NHÂN DÂN', '3. Luật tổ chức Viện kiểm sát nhân dân số 34/2002/QH10, Pháp lệnh Kiểm sát viên Viện kiểm sát nhân dân số 03/2002/PL-UBTVQH11  đã được sửa đổi, bổ sung một số điều theo Pháp lệnh số 15/2011/PL-UBTVQH12, Pháp lệnh tổ chức Viện kiểm sát quân sự số 05/2002/PL-UBTVQH11  hết hiệu lực kể từ ngày Luật này có hiệu lực.'));
    expect(headActs(cs, '34/2002/QH10')).toEqual(['replaces/whole']);
    expect(headActs(cs, '03/2002/PL-UBTVQH11')).toEqual(['replaces/whole']);
    expect(headActs(cs, '15/2011/PL-UBTVQH12')).toEqual(['cites']);
    expect(headActs(cs, '05/2002/PL-UBTVQH11')).toEqual(['replaces/whole']);
  });

  it('look-alike: an ordinance on another subject ended beside the predecessor law is repealed', async () => {
    const cs = await readCitations(lawEnding('63/2014/QH13', 'TỔ CHỨC VIỆN KIỂM SÁT NHÂN DÂN', '3. Luật tổ chức Viện kiểm sát nhân dân số 34/2002/QH10, Pháp lệnh Kiểm sát viên số 03/2002/PL-UBTVQH11 hết hiệu lực kể từ ngày Luật này có hiệu lực.'));
    expect(headActs(cs, '34/2002/QH10')).toEqual(['replaces/whole']);
    expect(headActs(cs, '03/2002/PL-UBTVQH11')).toEqual(['repeals/whole']);
  });
});
