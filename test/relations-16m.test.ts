import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * The same acts in other drafters' words (issue 16, the sixth red-team round: real dev acts redrafted): an item that names its
 * document with "Đối với", "không còn hiệu lực", passives whose actor is this document or none, annexes replaced by this
 * document's, tasks and documents still to be made; each beside what must stay as it was.
 */
type Read = { relation: string; part: string | null; reported: string[] };
const read = (text: string, type = 'Thông tư', number = '20/2026/TT-BTC'): Record<string, Read> => {
  const out: Record<string, Read> = {};
  const cs = extract(text, { context: { type, number } }).citations;
  for (const c of cs) {
    const key = c.number ?? c.text.replace(/\s+/gu, ' ');
    const acts = [{ relation: c.relation, scope: c.scope }, ...(c.alsoActs ?? [])];
    const reported = [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a && a.relation !== 'cites' ? [`${a.relation} by ${cs[a.subject]?.number ?? '?'}`] : []));
    out[key] = { relation: acts.map((a) => a.relation).join('+'), part: acts.map((a) => (a.scope ? (a.scope.whole ? 'whole' : a.scope.part ?? 'part') : '-')).join(' | '), reported };
  }
  return out;
};

describe('an item that names its document with "Đối với"', () => {
  it('acts on it with the acts after its colon, or with the items under it, without a head that says it acts', () => {
    const a = read('Điều 5. Xử lý phụ lục và một số khoản có liên quan\n3. Đối với Nghị định số 12/2018/NĐ-CP ngày 23 tháng 01 năm 2018 của Chính phủ: bãi bỏ các khoản 1 và 3 Điều 1.\n', 'Nghị định', '153/2026/NĐ-CP');
    expect(a['12/2018/NĐ-CP']).toMatchObject({ relation: 'repeals', part: 'các khoản 1 và 3 Điều 1' });
    const b = read('Điều 7. Đối với Nghị định số 85/2024/NĐ-CP\n1. Thay cụm từ “Ủy ban nhân dân cấp huyện” bằng cụm từ “Ủy ban nhân dân cấp xã” tại điểm a khoản 2 Điều 6.\n2. Bỏ khoản 3 Điều 22.\nĐiều 8. Hiệu lực thi hành\n', 'Nghị định', '128/2026/NĐ-CP');
    expect(b['85/2024/NĐ-CP']).toMatchObject({ relation: 'amends+repeals', part: 'điểm a khoản 2 Điều 6 | khoản 3 Điều 22' });
  });

  it('a proposal under "Đối với", or a report, acts on nothing', () => {
    const a = read('3. Đối với Nghị định số 12/2018/NĐ-CP ngày 23 tháng 01 năm 2018 của Chính phủ: đề nghị Chính phủ bãi bỏ các khoản 1 và 3 Điều 1.\n', 'Nghị quyết', '15/2026/NQ-HĐND');
    expect(a['12/2018/NĐ-CP']?.relation).toBe('cites');
    const b = read('3. Đối với Nghị định số 12/2018/NĐ-CP: bãi bỏ các khoản 1 và 3 Điều 1.\n', 'Báo cáo', '120/BC-UBND');
    expect(b['12/2018/NĐ-CP']?.relation).toBe('cites');
  });
});

describe('endings and passives in this document’s final provisions', () => {
  it('"không còn hiệu lực" ends as "hết hiệu lực" does, the places named first making it a part', () => {
    const a = read('Điều 8. Hiệu lực thi hành\n4. Khoản 3 Điều 22 Nghị định số 85/2024/NĐ-CP ngày 10 tháng 7 năm 2024 của Chính phủ không còn hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực.\n', 'Nghị định', '128/2026/NĐ-CP');
    expect(a['85/2024/NĐ-CP']).toMatchObject({ relation: 'repeals', part: 'Khoản 3 Điều 22' });
    const b = read('Điều 2. Điều khoản thi hành\n2. Các Mẫu số 04, 09, 17, 18, 19 và 20 ban hành kèm theo Thông tư số 28/2015/TT-BLĐTBXH không còn hiệu lực thi hành.\n', 'Thông tư', '15/2023/TT-BLĐTBXH');
    expect(b['28/2015/TT-BLĐTBXH']?.relation).toBe('repeals');
    expect(b['28/2015/TT-BLĐTBXH']?.part).not.toBe('whole');
  });

  it('a case supposed with "không còn hiệu lực" ends nothing', () => {
    const a = read('Điều 8. Hiệu lực thi hành\n4. Trường hợp Nghị định số 85/2024/NĐ-CP không còn hiệu lực thì áp dụng theo quy định mới.\n', 'Nghị định', '128/2026/NĐ-CP');
    expect(a['85/2024/NĐ-CP']?.relation).toBe('cites');
  });

  it('a passive with no actor, or this document as its actor, is this document’s act; another actor’s is reported', () => {
    expect(read('Điều 3. Hiệu lực thi hành\n2. Khoản 3 Điều 3 Thông tư số 26/2016/TT-BLĐTBXH bị bãi bỏ kể từ ngày 15 tháng 9 năm 2024.\n')['26/2016/TT-BLĐTBXH']).toMatchObject({ relation: 'repeals', part: 'Khoản 3 Điều 3' });
    expect(read('Điều 53. Hiệu lực thi hành\n2. Luật xuất bản số 30/2004/QH11 được thay thế bởi Luật này kể từ ngày 01 tháng 7 năm 2013.\n', 'Luật', '19/2012/QH13')['30/2004/QH11']).toMatchObject({ relation: 'replaces', part: 'whole' });
    const other = read('Điều 53. Hiệu lực thi hành\n2. Thông tư số 30/2004/TT-BTC đã được thay thế bởi Thông tư số 45/2020/TT-BTC.\n');
    expect(other['30/2004/TT-BTC']).toMatchObject({ relation: 'cites', reported: ['replaces by 45/2020/TT-BTC'] });
  });

  it('after a title given with its day, the title’s own verbs do not hide the passive that follows it', () => {
    const a = read('Điều 11. Hiệu lực thi hành\n2. Thông tư liên tịch số 30/2015/TTLT-BLĐTBXH-BNV ngày 19/8/2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội và Bộ trưởng Bộ Nội vụ quy định mã số và tiêu chuẩn chức danh nghề nghiệp viên chức chuyên ngành công tác xã hội bị bãi bỏ.\n', 'Thông tư', '26/2022/TT-BLĐTBXH');
    expect(a['30/2015/TTLT-BLĐTBXH-BNV']).toMatchObject({ relation: 'repeals', part: 'whole' });
    const b = read('3. Thông tư số 35/2013/TT-BLĐTBXH ngày 30 tháng 12 năm 2013 hướng dẫn thi hành một số điều của Nghị định số 09/2013/NĐ-CP được bãi bỏ một phần như sau:\na) Nội dung “có xác nhận” tại khoản 3 Điều 4;\nb) Phụ lục 3.\n', 'Thông tư', '08/2023/TT-BLĐTBXH');
    expect(b['35/2013/TT-BLĐTBXH']?.relation).toBe('repeals');
    expect(b['35/2013/TT-BLĐTBXH']?.part).not.toBe('whole');
  });

  it('"được sửa đổi, bổ sung, bãi bỏ như sau" amends, and its items repeal parts', () => {
    const a = read('Điều 77. Luật giáo dục đại học số 08/2012/QH13 được sửa đổi, bổ sung, bãi bỏ như sau:\n1. Cụm từ “trường trung cấp chuyên nghiệp” tại khoản 3 Điều 37 được thay bằng cụm từ “trường trung cấp”;\n2. Bỏ cụm từ “trình độ cao đẳng,” tại khoản 1 Điều 6.\n', 'Luật', '74/2014/QH13');
    expect(a['08/2012/QH13']?.relation).toBe('amends+repeals');
  });

  it('annexes or forms replaced by this document’s, however they are named', () => {
    const a = read('Điều 1. Sửa đổi, bổ sung một số điều của các Thông tư\n3. Các Mẫu số 1, Mẫu số 6 và Mẫu số 8 ban hành kèm theo Thông tư số 57/2015/TT-BLĐTBXH quy định về Điều lệ trung tâm được thay thế tương ứng bằng các Mẫu số 28, Mẫu số 29 và Mẫu số 30 ban hành kèm theo Thông tư này.\n', 'Thông tư', '08/2023/TT-BLĐTBXH');
    expect(a['57/2015/TT-BLĐTBXH']?.relation).toBe('amends');
    const b = read('Điều 5. Xử lý phụ lục\n1. Phụ lục phạm vi địa bàn hoạt động hải quan ban hành kèm theo Nghị định số 12/2018/NĐ-CP được thay thế bằng Phụ lục ban hành kèm theo Nghị định này.\n', 'Nghị định', '153/2026/NĐ-CP');
    expect(b['12/2018/NĐ-CP']?.relation).toBe('amends');
  });
});

describe('tasks and documents still to be made', () => {
  it('a task given, or a document to be drafted, acts on nothing', () => {
    expect(read('Điều 2. Tổ chức thực hiện\nGiao Ban Giám sát quản lý về hải quan nghiên cứu, đề xuất Bộ trưởng Bộ Tài chính thay thế Mẫu số 02, Mẫu số 03 và bãi bỏ Mẫu số 08 ban hành kèm theo Thông tư số 12/2015/TT-BTC.\n', 'Quyết định', '1850/QĐ-CHQ')['12/2015/TT-BTC']?.relation).toBe('cites');
    expect(read('Điều 2. Tổ chức thực hiện\nGiao Vụ Pháp chế chủ trì rà soát, trình Bộ trưởng ban hành Thông tư bãi bỏ toàn bộ Thông tư số 55/2015/TT-BLĐTBXH trước ngày 30 tháng 6 năm 2023.\n', 'Quyết định', '1520/QĐ-BLĐTBXH')['55/2015/TT-BLĐTBXH']?.relation).toBe('cites');
    expect(read('Điều 1. Phê duyệt Kế hoạch xây dựng văn bản quy phạm pháp luật năm 2023, trong đó có Thông tư sửa đổi, bổ sung, bãi bỏ một số điều của Thông tư số 28/2015/TT-BLĐTBXH ngày 31 tháng 7 năm 2015.\n', 'Quyết định', '2150/QĐ-BLĐTBXH')['28/2015/TT-BLĐTBXH']?.relation).toBe('cites');
  });

  it('the enacting formula, which names the document being issued, still acts', () => {
    const a = read('Căn cứ Luật Ban hành văn bản quy phạm pháp luật;\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 12/2015/TT-BTC.\nĐiều 1. Sửa đổi khoản 2 Điều 3 Thông tư số 12/2015/TT-BTC như sau:\n');
    expect(a['12/2015/TT-BTC']?.relation).toBe('amends');
  });
});

describe('reported acts', () => {
  it('"đã bị bãi bỏ toàn bộ theo khoản 1 Điều 2 Thông tư số …" reports a repeal by that circular', () => {
    const a = read('Điều 12. Văn bản có liên quan\nThông tư số 55/2015/TT-BLĐTBXH ngày 16 tháng 12 năm 2015 đã bị bãi bỏ toàn bộ theo khoản 1 Điều 2 Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023.\n', 'Thông tư', '10/2024/TT-BLĐTBXH');
    expect(a['55/2015/TT-BLĐTBXH']).toMatchObject({ relation: 'cites', reported: ['repeals by 08/2023/TT-BLĐTBXH'] });
  });

  it('a footnote’s number or a new numbered item parts the document named before from the status phrase after', () => {
    const a = read('hướng dẫn thực hiện theo Thông tư số 27/2016/TT-BLĐTBXH\n\n2 Điều này được sửa đổi tại khoản 1 Điều 9 của Thông tư số 12/2024/TT-BLĐTBXH, có hiệu lực từ ngày 29 tháng 12 năm 2024.\n', 'Văn bản hợp nhất', '05/VBHN-BLĐTBXH');
    expect(a['27/2016/TT-BLĐTBXH']?.reported).toEqual([]);
    const b = read('10. Hàng hóa giả mạo là hàng hóa quy định tại Điều 213 Luật số 07/2022/QH15.”\n2. Sửa đổi, bổ sung Điều 6 đã được sửa đổi, bổ sung theo quy định tại khoản 4 Điều 1 Thông tư số 13/2020/TT-BTC như sau:\n', 'Thông tư', '06/2026/TT-BTC');
    expect(b['07/2022/QH15']?.reported).toEqual([]);
  });
});

describe('a law read without its title', () => {
  it('succeeds the one law not amending that its clause ends, and the amending law with it', () => {
    const a = read('Điều 134. Hiệu lực thi hành\n2. Luật Chứng khoán số 70/2006/QH11 và Luật số 62/2010/QH12 sửa đổi, bổ sung một số điều của Luật Chứng khoán hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n', 'Luật', '54/2019/QH14');
    expect(a['70/2006/QH11']).toMatchObject({ relation: 'replaces', part: 'whole' });
    expect(a['62/2010/QH12']?.relation).toBe('replaces');
  });

  it('two laws not amending ended in one clause: which one it succeeds cannot be told, both are only ended', () => {
    const a = read('Điều 99. Hiệu lực thi hành\n2. Luật Dạy nghề số 76/2006/QH11 và Luật Giáo dục số 38/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n', 'Luật', '74/2014/QH13');
    expect([a['76/2006/QH11']?.relation, a['38/2005/QH11']?.relation]).toEqual(['repeals', 'repeals']);
  });
});

describe('parts ended, lists of other types, inline lists, table cells', () => {
  it('"Quy định về … tại Luật …" opening the clause ends a part; "Đối với Luật …, Chương IX …" ends the places after it', () => {
    const a = read('Điều 34. Hiệu lực thi hành\n3. Quy định về thuế thu nhập doanh nghiệp đối với cá nhân sản xuất, kinh doanh tại Luật thuế thu nhập doanh nghiệp số 09/2003/QH11 hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2009.\n', 'Luật', '04/2007/QH12');
    expect(a['09/2003/QH11']?.relation).toBe('repeals');
    expect(a['09/2003/QH11']?.part).not.toBe('whole');
    const b = read('Điều 61. Hiệu lực thi hành\n3. Đối với Luật dạy nghề số 76/2006/QH11, Chương IX - Đánh giá, cấp chứng chỉ kỹ năng nghề quốc gia chấm dứt hiệu lực kể từ ngày 01 tháng 01 năm 2015.\n', 'Luật', '38/2013/QH13');
    expect(b['76/2006/QH11']).toMatchObject({ relation: 'repeals', part: 'Chương IX' });
  });

  it('a list an express "bãi bỏ" heads takes a document of another type', () => {
    const a = read('Điều 14. Hiệu lực thi hành\n2. Nghị định này thay thế Nghị định số 68/2000/NĐ-CP ngày 17 tháng 11 năm 2000 của Chính phủ và bãi bỏ Điều 3 Nghị định số 161/2018/NĐ-CP, khoản 2 Điều 7 Nghị định số 06/2013/NĐ-CP và Nghị quyết số 102/NQ-CP ngày 03 tháng 7 năm 2020 của Chính phủ.\n', 'Nghị định', '111/2022/NĐ-CP');
    expect(a['102/NQ-CP']).toMatchObject({ relation: 'repeals', part: 'whole' });
    expect(a['68/2000/NĐ-CP']?.relation).toBe('replaces');
  });

  it('an ending list on the head’s own line, not a list of endings recorded', () => {
    const a = read('Điều 7. Biểu mẫu ban hành kèm theo Thông tư\n7. Các mẫu sau đây hết hiệu lực thi hành: Mẫu số 08 ban hành kèm theo Thông tư số 12/2015/TT-BTC; Mẫu số 07A, Mẫu số 07B ban hành kèm theo Thông tư số 22/2019/TT-BTC.\n', 'Thông tư', '25/2026/TT-BTC');
    expect([a['12/2015/TT-BTC']?.relation, a['22/2019/TT-BTC']?.relation]).toEqual(['repeals', 'repeals']);
    const b = read('Điều 7. Văn bản liên quan\n7. Các văn bản sau đây đã hết hiệu lực thi hành: Thông tư số 12/2015/TT-BTC; Thông tư số 22/2019/TT-BTC.\n', 'Thông tư', '25/2026/TT-BTC');
    expect([b['12/2015/TT-BTC']?.relation, b['22/2019/TT-BTC']?.relation]).toEqual(['cites', 'cites']);
  });

  it('a table cell that names provisions by what they are about, then where, is a part', () => {
    const a = read('5. Bãi bỏ các văn bản, quy định sau đây:\n| STT | Văn bản | Phạm vi bãi bỏ |\n| 1 | Quyết định số 244/2005/QĐ-TTg ngày 06/10/2005 của Thủ tướng Chính phủ | Toàn bộ |\n| 2 | Nghị định số 113/2015/NĐ-CP ngày 09/11/2015 của Chính phủ | Quy định về phụ cấp đặc thù tại các Điều 4, 5 và 6 |\n', 'Nghị định', '182/2026/NĐ-CP');
    expect(a['244/2005/QĐ-TTg']).toMatchObject({ relation: 'repeals', part: 'whole' });
    expect(a['113/2015/NĐ-CP']?.relation).toBe('repeals');
    expect(a['113/2015/NĐ-CP']?.part).not.toBe('whole');
  });
});

describe('the seventh round, once exposed: list heads with more words, tasks over a semicolon, drafts, places then acts', () => {
  it('a replacing list head that goes on after "sau đây" ("… của Ủy ban nhân dân tỉnh:", "… kể từ ngày …:") heads its items, the amending one too', () => {
    const a = read('Điều 3. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký và thay thế các Quyết định sau đây của Ủy ban nhân dân tỉnh:\n- Quyết định số 110/2005/QĐ-UBND ngày 29/12/2005 ban hành Quy định tặng quà;\n- Quyết định số 42/2007/QĐ-UBND ngày 31/12/2007 sửa đổi, bổ sung một số điều của Quy định tặng quà nêu trên.\n', 'Quyết định', '12/2012/QĐ-UBND');
    expect([a['110/2005/QĐ-UBND']?.relation, a['42/2007/QĐ-UBND']?.relation]).toEqual(['replaces', 'replaces']);
  });

  it('a suspending list head that goes on after "sau đây" heads its items', () => {
    const a = read('Điều 1. Ngưng hiệu lực thi hành từ ngày 01 tháng 8 năm 2022 đến ngày 15 tháng 9 năm 2022 đối với các Thông tư sau đây của Bộ trưởng Bộ Kế hoạch và Đầu tư:\na) Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022;\nb) Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022.\n', 'Thông tư', '16/2022/TT-BKHĐT');
    expect([a['08/2022/TT-BKHĐT']?.relation, a['10/2022/TT-BKHĐT']?.relation]).toEqual(['suspends', 'suspends']);
  });

  it('a task over a semicolon, or a draft named before the verb, acts on nothing', () => {
    expect(read('Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; ban hành quyết định thay thế Quyết định số 110/2005/QĐ-UBND ngày 29/12/2005.\n', 'Nghị quyết', '08/2012/NQ-HĐND')['110/2005/QĐ-UBND']?.relation).toBe('cites');
    expect(read('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng văn bản năm 2024, trong đó có dự thảo Thông tư quy định chi tiết việc giám sát hoạt động đấu thầu thay thế Thông tư số 10/2016/TT-BKHĐT ngày 22 tháng 7 năm 2016.\n', 'Quyết định', '1450/QĐ-BKHĐT')['10/2016/TT-BKHĐT']?.relation).toBe('cites');
  });

  it('under "Đối với <document>:", items that name the places first and say what is done after', () => {
    const a = read('2. Đối với Nghị định số 58/2020/NĐ-CP ngày 27 tháng 5 năm 2020 của Chính phủ:\na) Khoản 1 Điều 4 được sửa đổi, bổ sung như sau:\n“1. Người sử dụng lao động hằng tháng đóng …”\nb) Khoản 2 Điều 4 hết hiệu lực thi hành.\n', 'Nghị định', '158/2025/NĐ-CP');
    expect(a['58/2020/NĐ-CP']).toMatchObject({ relation: 'amends+repeals', part: 'Khoản 1 Điều 4 | Khoản 2 Điều 4' });
  });
});

describe('this document’s own places and responsibilities', () => {
  it('places of this document before the ended one are no part of it', () => {
    const a = read('Điều 70. Hiệu lực thi hành\n2. Trừ trường hợp quy định tại Điều 71 của Luật này, kể từ ngày Luật này có hiệu lực thi hành, Luật thống kê số 04/2003/QH11 không còn hiệu lực.\n', 'Luật', '89/2015/QH13');
    expect(a['04/2003/QH11']?.part).toBe('whole');
    const b = read('Điều 2. Sửa đổi phần B Phụ lục IX ban hành kèm theo Nghị quyết này và mục IV phần A Phụ lục XIII của Nghị quyết số 17/2026/NQ-CP như sau:\n', 'Nghị quyết', '66.19/2026/NQ-CP');
    expect(b['17/2026/NQ-CP']?.part).not.toBe('-');
  });

  it('a body given the responsibility to guide is no document guiding', () => {
    const a = read('Điều 20. Trách nhiệm thi hành\n1. Bộ trưởng Bộ Công an có trách nhiệm hướng dẫn thi hành Nghị định này và phối hợp với Bộ Tài chính hướng dẫn việc bảo đảm kinh phí thực hiện Luật Dẫn độ số 100/2025/QH15.\n', 'Nghị định', '172/2026/NĐ-CP');
    expect(a['100/2025/QH15']?.relation).toBe('cites');
    const b = read('Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Dẫn độ số 100/2025/QH15.\n', 'Nghị định', '172/2026/NĐ-CP');
    expect(b['100/2025/QH15']?.relation).toBe('guides');
  });
});

describe('look-alikes of a report-only review of these rules', () => {
  const none = (text: string, type: string, number: string, key: string): void => expect(read(text, type, number)[key]?.relation, text).toBe('cites');
  it('an ending whose subject was issued under the document, or that a list publishes, ends nothing of it', () => {
    none('2. Chứng chỉ hành nghề cấp theo Nghị định số 15/2020/NĐ-CP không còn hiệu lực kể từ ngày 01 tháng 01 năm 2027.\n', 'Nghị định', '30/2026/NĐ-CP', '15/2020/NĐ-CP');
    none('4. Hợp đồng bảo hiểm giao kết theo mẫu tại Thông tư số 12/2021/TT-BTC không còn hiệu lực khi bên mua bảo hiểm chấm dứt hợp đồng.\n', 'Thông tư', '20/2026/TT-BTC', '12/2021/TT-BTC');
    none('3. Kể từ ngày Luật này có hiệu lực thi hành, giấy phép đã cấp theo Luật Tài nguyên nước số 28/2023/QH15 hết hiệu lực khi hết thời hạn ghi trong giấy phép.\n', 'Luật', '90/2026/QH15', '28/2023/QH15');
    none('4. Các giấy phép sau đây hết hiệu lực: giấy phép cấp theo Nghị định số 15/2020/NĐ-CP; giấy phép cấp theo Nghị định số 16/2020/NĐ-CP mà doanh nghiệp không hoạt động quá 12 tháng.\n', 'Nghị định', '30/2026/NĐ-CP', '15/2020/NĐ-CP');
    none('Điều 1. Công bố danh mục văn bản quy phạm pháp luật của Ủy ban nhân dân tỉnh không còn hiệu lực thi hành: Quyết định số 10/2020/QĐ-UBND; Quyết định số 11/2020/QĐ-UBND.\n', 'Quyết định', '05/2026/QĐ-UBND', '11/2020/QĐ-UBND');
  });

  it('a plan approved under "Đối với" items, a title listing passives, an annex to be replaced later, an ending noted', () => {
    none('Điều 1. Thống nhất phương án xử lý văn bản sau rà soát như sau:\n1. Đối với Quyết định số 10/2020/QĐ-UBND ngày 12/3/2020 của Ủy ban nhân dân tỉnh: bãi bỏ Điều 3.\n', 'Quyết định', '05/2026/QĐ-UBND', '10/2020/QĐ-UBND');
    none('Điều 3. Các văn bản sau đây tiếp tục có hiệu lực:\n1. Quyết định số 10/2020/QĐ-UBND ngày 12/3/2020 của Ủy ban nhân dân tỉnh quy định các trường hợp giấy phép xây dựng bị thu hồi, bị bãi bỏ.\n', 'Quyết định', '05/2026/QĐ-UBND', '10/2020/QĐ-UBND');
    none('5. Phụ lục ban hành kèm theo Thông tư số 12/2021/TT-BTC được thay thế bằng Phụ lục tương ứng khi Bộ Tài chính ban hành văn bản mới.\n', 'Thông tư', '20/2026/TT-BTC', '12/2021/TT-BTC');
    none('3. Đối với Nghị định số 15/2020/NĐ-CP, Điều 5 đã chấm dứt hiệu lực theo Nghị định số 40/2024/NĐ-CP.\n', 'Nghị định', '30/2026/NĐ-CP', '15/2020/NĐ-CP');
  });
});

describe('a suspension in the passive, and an ended item closed by a semicolon', () => {
  it('"… bị ngưng hiệu lực thi hành từ ngày … đến ngày …" suspends', () => {
    expect(read('Điều 1. Ngưng hiệu lực\n1. Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 bị ngưng hiệu lực thi hành từ ngày 01 tháng 8 năm 2022 đến ngày 15 tháng 9 năm 2022.\n', 'Thông tư', '16/2022/TT-BKHĐT')['08/2022/TT-BKHĐT']?.relation).toBe('suspends');
  });

  it('"a) Nghị định số A … và Nghị định số B … hết hiệu lực thi hành;" under "Kể từ ngày …:" ends both', () => {
    const a = read('Điều 10. Hiệu lực thi hành\n2. Kể từ ngày 01 tháng 7 năm 2026:\na) Nghị định số 40/2018/NĐ-CP ngày 12 tháng 3 năm 2018 của Chính phủ về quản lý hoạt động kinh doanh theo phương thức đa cấp và Nghị định số 18/2023/NĐ-CP ngày 28 tháng 4 năm 2023 của Chính phủ hết hiệu lực thi hành;\nb) Bãi bỏ Điều 25 Nghị định số 55/2024/NĐ-CP.\n', 'Nghị định', '137/2026/NĐ-CP');
    expect([a['40/2018/NĐ-CP']?.relation, a['18/2023/NĐ-CP']?.relation]).toEqual(['replaces', 'replaces']);
  });
});
