import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';
import { readDocument } from '../src/doc/index.js';

/**
 * A guidance guides what it carries out (issue 16, "guides"): the relation gold reads 36-HD/VPTW ("Thực hiện Quy định số 66-QĐ/TW
 * …, Văn phòng Trung ương Đảng hướng dẫn … như sau:") as guiding the regulation, and so did the eleventh drafting round's
 * departments' guidances (fixtures/relations/drafting-forms-omnibus-documents.json). A plan still carries out ("implements") what
 * it names after "Thực hiện", and a guidance whose title names what it is about carries out the plan its preamble names.
 */
const HEADER = 'UBND TỈNH NAM ĐỊNH\nSỞ XÂY DỰNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n';
const relations = async (text: string): Promise<string[]> => {
  const d = await readDocument(Buffer.from(text, 'utf8'), { path: 'guidance.txt' });
  return d.citations.filter((c) => c.role !== 'embedded').map((c) => `${c.number ?? c.text} ${c.relation}`);
};

describe('a guidance guides what it carries out', () => {
  it('"HƯỚNG DẪN\\nThực hiện Quyết định số …" in its title', async () => {
    const text = `${HEADER}Số: 1840/HD-SXD\nNam Định, ngày 06 tháng 11 năm 2023\nHƯỚNG DẪN\nThực hiện Quyết định số 22/2023/QĐ-UBND ngày 15 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý chất lượng công trình\nCăn cứ Nghị định số 06/2021/NĐ-CP ngày 26 tháng 01 năm 2021 của Chính phủ;\nSở Xây dựng hướng dẫn như sau:\n1. Hồ sơ đề nghị kiểm tra gửi về Sở.\n`;
    expect(await relations(text)).toEqual(['22/2023/QĐ-UBND guides', '06/2021/NĐ-CP basis']);
  });

  it('its enacting line "… hướng dẫn thực hiện Nghị quyết số A và Quyết định số B như sau:"', async () => {
    const text = `${HEADER}Số: 2788/HD-SXD\nNam Định, ngày 20 tháng 9 năm 2024\nHƯỚNG DẪN\nThực hiện thu, quản lý, sử dụng học phí năm học 2024 - 2025\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\nSở Xây dựng hướng dẫn thực hiện Nghị quyết số 06/2024/NQ-HĐND và Quyết định số 29/2024/QĐ-UBND như sau:\n1. Mức thu: theo Phụ lục.\n`;
    expect(await relations(text)).toEqual(['Luật Giáo dục basis', '06/2024/NQ-HĐND guides', '29/2024/QĐ-UBND guides']);
  });

  it('"Thực hiện X, <body> hướng dẫn … như sau:" in its preamble when the title names no document', async () => {
    const text = `${HEADER}Số: 36-HD/SXD\nNam Định, ngày 03 tháng 4 năm 2018\nHƯỚNG DẪN\nTHỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN\nThực hiện Quyết định số 66/2017/QĐ-UBND ngày 06/02/2017 của Ủy ban nhân dân tỉnh về thể thức văn bản, Sở Xây dựng hướng dẫn thể thức và kỹ thuật trình bày văn bản như sau:\n1. Phạm vi điều chỉnh.\n`;
    expect(await relations(text)).toEqual(['66/2017/QĐ-UBND guides']);
  });

  it('look-alikes: a guidance about another document carries out the plan its preamble names; a plan carries out', async () => {
    const guidance = `${HEADER}Số: 15-HD/SXD\nNam Định, ngày 03 tháng 4 năm 2023\nHƯỚNG DẪN\nTuyên truyền Nghị quyết số 29/2022/NQ-HĐND ngày 17/11/2022 của Hội đồng nhân dân tỉnh\nThực hiện Kế hoạch số 10/KH-UBND ngày 20/12/2022 của Ủy ban nhân dân tỉnh, Sở Xây dựng hướng dẫn như sau:\n1. Nội dung tuyên truyền.\n`;
    expect(await relations(guidance)).toEqual(['29/2022/NQ-HĐND cites', '10/KH-UBND implements']);
    const plan = guidance.replace('Số: 15-HD/SXD', 'Số: 15/KH-SXD').replace('HƯỚNG DẪN\nTuyên truyền Nghị quyết số 29/2022/NQ-HĐND ngày 17/11/2022 của Hội đồng nhân dân tỉnh', 'KẾ HOẠCH\nThực hiện Quyết định số 22/2023/QĐ-UBND ngày 15/8/2023 của Ủy ban nhân dân tỉnh');
    expect(await relations(plan)).toEqual(['22/2023/QĐ-UBND implements', '10/KH-UBND implements']);
  });
});

const read = (text: string, type = 'Nghị định', number = '15/2018/NĐ-CP'): string[] =>
  extract(text, { context: { type, number } }).citations.filter((c) => c.role !== 'embedded').map((c) => `${c.number ?? c.text} ${c.relation}${c.scope ? (c.scope.whole ? '/whole' : `/${c.scope.part ?? 'part'}`) : ''}`);

describe('an effect sentence that goes on from one act to the next after a comma', () => {
  it('"…, thay thế Nghị định số A … quy định chi tiết …, bãi bỏ các Điều 3, 4 của Nghị định số B …, khoản 1 Điều 2 Nghị định số C"', () => {
    expect(read('Điều 43. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành kể từ ngày ký ban hành, thay thế Nghị định số 38/2012/NĐ-CP ngày 25 tháng 4 năm 2012 của Chính phủ quy định chi tiết thi hành một số điều của Luật an toàn thực phẩm, bãi bỏ các Điều 3, 4, 5, 6 và 7 của Nghị định số 67/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định về điều kiện sản xuất, khoản 1 Điều 2 Nghị định số 08/2018/NĐ-CP ngày 15 tháng 01 năm 2018 của Chính phủ.')).toEqual([
      '38/2012/NĐ-CP replaces/whole',
      '67/2016/NĐ-CP repeals/Điều 3, 4, 5, 6 và 7',
      '08/2018/NĐ-CP repeals/khoản 1 Điều 2',
    ]);
  });

  it('look-alike: a title that repeals is the title\'s', () => {
    expect(read('Điều 43. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành kể từ ngày ký ban hành, thay thế Nghị định số 38/2012/NĐ-CP ngày 25 tháng 4 năm 2012 của Chính phủ sửa đổi, bãi bỏ một số điều của Nghị định số 67/2010/NĐ-CP.')).toEqual(['38/2012/NĐ-CP replaces/whole']);
  });
});

describe('what a guiding verb before "… này" guides', () => {
  it('the ended circular\'s title guides nothing of this one ("… hướng dẫn … hết hiệu lực …, trừ … ban hành kèm theo Thông tư số A")', () => {
    expect(read('Điều 130. Hiệu lực thi hành\n2. Thông tư số 41/2011/TT-BYT ngày 14 tháng 11 năm 2011 của Bộ trưởng Bộ Y tế hướng dẫn cấp chứng chỉ hành nghề hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành, trừ quy định tại Điều 31 và Phụ lục XII ban hành kèm theo Thông tư số 41/2011/TT-BYT.', 'Thông tư', '32/2023/TT-BYT').map((r) => r.replace(/\/whole$/u, ''))).toEqual(['41/2011/TT-BYT replaces', '41/2011/TT-BYT cites']);
  });

  it('a title\'s "theo Nghị quyết số B" inside the guided decree\'s description; "quy định tại" locates what is guided', () => {
    const title = (t: string): string => `BỘ TÀI CHÍNH\nSố: 12/2022/TT-BTC\nHà Nội, ngày 18 tháng 02 năm 2022\nTHÔNG TƯ\n${t}\nCăn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;\n`;
    expect(read(title('Hướng dẫn thực hiện một số điều của Nghị định số 15/2022/NĐ-CP ngày 28 tháng 01 năm 2022 của Chính phủ quy định chính sách miễn, giảm thuế theo Nghị quyết số 43/2022/QH15 của Quốc hội'), 'Thông tư', '12/2022/TT-BTC').slice(0, 2)).toEqual(['15/2022/NĐ-CP guides', '43/2022/QH15 cites']);
    expect(read(title('Hướng dẫn thực hiện chính sách nội trú quy định tại Quyết định số 53/2015/QĐ-TTg ngày 20 tháng 10 năm 2015 của Thủ tướng Chính phủ'), 'Thông tư', '12/2022/TT-BTC').slice(0, 1)).toEqual(['53/2015/QĐ-TTg guides']);
  });
});

describe('replacing: the regulation this act issues, a title\'s last clause, an ending after a status phrase', () => {
  it('"Ban hành kèm theo Quyết định này Quy chế …, thay thế Quy chế … ban hành kèm theo Quyết định số A" replaces A', () => {
    expect(read('Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Bộ Xây dựng, thay thế Quy chế làm việc ban hành kèm theo Quyết định số 1106/QĐ-BXD ngày 25 tháng 9 năm 2023 của Bộ trưởng Bộ Xây dựng.', 'Quyết định', '285/QĐ-BXD')).toEqual(['1106/QĐ-BXD replaces/whole']);
    // a draft listed in the plan this act issues is no act of it
    expect(read('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng văn bản quy phạm pháp luật năm 2024, trong đó có dự thảo Thông tư quy định chi tiết việc giám sát hoạt động đấu thầu thay thế Thông tư số 10/2016/TT-BKHĐT ngày 22 tháng 7 năm 2016.', 'Quyết định', '1450/QĐ-BKHĐT')).toEqual(['10/2016/TT-BKHĐT cites']);
  });

  it('"THÔNG TƯ\\nQuy định về …, thay thế Thông tư số A" and the effect article\'s "A … đã được sửa đổi, bổ sung bởi … hết hiệu lực" replace A', () => {
    const text = 'BỘ CÔNG THƯƠNG\nSố: 60/2025/TT-BCT\nHà Nội, ngày 14 tháng 11 năm 2025\nTHÔNG TƯ\nQuy định về thực hiện giá bán điện, thay thế Thông tư số 16/2014/TT-BCT ngày 29 tháng 5 năm 2014 của Bộ trưởng Bộ Công Thương\nCăn cứ Nghị định số 40/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ;\nĐiều 12. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.\n2. Thông tư số 16/2014/TT-BCT ngày 29 tháng 5 năm 2014 của Bộ trưởng Bộ Công Thương quy định về thực hiện giá bán điện đã được sửa đổi, bổ sung bởi Thông tư số 25/2018/TT-BCT ngày 12 tháng 9 năm 2018 hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n';
    expect(read(text, 'Thông tư', '60/2025/TT-BCT').filter((r) => r.startsWith('16/2014'))).toEqual(['16/2014/TT-BCT replaces/whole', '16/2014/TT-BCT replaces/whole']);
  });
});

describe('a reported act reaches the next document joined by "và" after the first one\'s date and issuer', () => {
  const reported = (text: string, type: string, number: string): string[] => {
    const cs = extract(text, { context: { type, number } }).citations;
    return cs.flatMap((c) => (c.asserted ? [`${cs[c.asserted.subject]?.number ?? '?'} ${c.asserted.relation} ${c.number}`] : []));
  };
  it('"Nghị định số A …, thay thế Nghị định số B ngày … và Nghị định số C …" and "(thay thế Quy định số B, ngày … của … và Quy định số C …)"', () => {
    expect(reported('1. Phổ biến kịp thời nội dung Nghị định số 147/2024/NĐ-CP, có hiệu lực từ ngày 25/12/2024, thay thế Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 và Nghị định số 27/2018/NĐ-CP ngày 01/3/2018 của Chính phủ.', 'Kế hoạch', '45/KH-UBND')).toEqual(['147/2024/NĐ-CP replaces 72/2013/NĐ-CP', '147/2024/NĐ-CP replaces 27/2018/NĐ-CP']);
    expect(reported('Căn cứ Quy định số 22-QĐ/TW, ngày 28/7/2021 của Ban Chấp hành Trung ương về công tác kiểm tra (thay thế Quy định số 86-QĐ/TW, ngày 01/6/2017 của Bộ Chính trị và Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương);', 'Hướng dẫn', '02-HD/UBKTTW')).toEqual(['22-QĐ/TW replaces 86-QĐ/TW', '22-QĐ/TW replaces 30-QĐ/TW']);
  });
});

describe('converted files: a table read one cell a line, a footnote\'s status phrase', () => {
  it('what stands before a row\'s number is the previous row\'s (its kept provisions are no part of the next document)', () => {
    const text = 'Điều 45. Hiệu lực thi hành\n2. Các Thông tư sau đây hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực, trừ nội dung nêu tại cột (4):\nSTT\nThông tư\nTrích yếu\nNội dung tiếp tục thực hiện\n1\nThông tư số 35/2024/TT-BGTVT ngày 15 tháng 11 năm 2024 của Bộ trưởng Bộ Giao thông vận tải\nQuy định về đào tạo, sát hạch, cấp giấy phép lái xe\nChương II và Chương III về đào tạo lái xe\n2\nThông tư số 29/2015/TT-BGTVT ngày 06 tháng 7 năm 2015 của Bộ trưởng Bộ Giao thông vận tải\nQuy định về cấp, sử dụng giấy phép lái xe quốc tế\nKhông\n';
    expect(read(text, 'Thông tư', '12/2025/TT-BCA')[1]).toMatch(/^29\/2015\/TT-BGTVT (?:replaces|repeals)\/whole$/u);
  });

  it('"Căn cứ Nghị định số A1 ngày …" with "1 Đã được sửa đổi, bổ sung một số điều bởi Nghị định số B …" below a rule reports B\'s act on A', () => {
    const text = 'THỦ TƯỚNG CHÍNH PHỦ\nSố: 18/2025/QĐ-TTg\nHà Nội, ngày 20 tháng 8 năm 2025\nQUYẾT ĐỊNH\nBan hành Quy chế xét tặng\nCăn cứ Nghị định số 131/2021/NĐ-CP1 ngày 30 tháng 12 năm 2021 của Chính phủ quy định chi tiết Pháp lệnh Ưu đãi người có công với cách mạng;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế xét tặng.\nNơi nhận:\n- Lưu: VT.\n_________\n1 Đã được sửa đổi, bổ sung một số điều bởi Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023 của Chính phủ.';
    const cs = extract(text, { context: { type: 'Quyết định', number: '18/2025/QĐ-TTg' } }).citations;
    expect(cs.flatMap((c) => (c.asserted ? [`${cs[c.asserted.subject]?.number} ${c.asserted.relation} ${c.number ?? c.text}`] : []))).toEqual(['55/2023/NĐ-CP amends 131/2021/NĐ-CP', '131/2021/NĐ-CP guides Pháp lệnh Ưu đãi người có công với cách mạng']);
    // (a numbered list item is no footnote: "1. Đã được sửa đổi …" without the rule reports nothing on a marked number)
    expect(extract(text.replace('_________\n', ''), { context: { type: 'Quyết định', number: '18/2025/QĐ-TTg' } }).citations.filter((c) => c.asserted !== null && c.number !== null)).toEqual([]);
  });
});

describe('a list of documents still to be drafted', () => {
  const text = 'QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp\nluật quy định chi tiết Luật Đất đai năm 2024 giao Hội đồng nhân dân, Ủy\nban nhân dân tỉnh ban hành:\nSTT\tTên văn bản\tCơ quan chủ trì\tGhi chú\n1\tQuyết định quy định hạn mức giao đất, công nhận đất ở\tSở TN&MT\tThay thế Quyết định số 15/2014/QĐ-UBND\n2\tNghị quyết quy định tiêu chí chuyển mục đích sử dụng đất trồng lúa\tSở NN&PTNT\tBãi bỏ Nghị quyết số 11/2016/NQ-HĐND\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n';
  it('details no law itself, and its notes\' verbs ("Thay thế Quyết định số …") are what the future documents will do', () => {
    expect(extract(text, { context: { type: 'Quyết định', number: '1502/QĐ-UBND' } }).citations.map((c) => `${c.number ?? c.text} ${c.relation}`)).toEqual(['Luật Đất đai năm 2024 cites', '15/2014/QĐ-UBND cites', '11/2016/NQ-HĐND cites']);
  });
  it('look-alike: a table of documents this act ends still ends them', () => {
    const ending = text.replace('Ban hành kèm theo Quyết định này Danh mục văn bản quy phạm pháp\nluật quy định chi tiết Luật Đất đai năm 2024 giao Hội đồng nhân dân, Ủy\nban nhân dân tỉnh ban hành:', 'Bãi bỏ các văn bản sau:').replace(/\tThay thế Quyết định số 15\/2014\/QĐ-UBND|\tBãi bỏ Nghị quyết số 11\/2016\/NQ-HĐND/gu, '').replace('1\tQuyết định quy định', '1\tQuyết định số 15/2014/QĐ-UBND quy định');
    expect(read(ending, 'Quyết định', '1502/QĐ-UBND')[0]).toBe('15/2014/QĐ-UBND repeals/whole');
  });
});

describe('an ending reported after a finding', () => {
  it('"Hội đồng nhân dân tỉnh nhận thấy Nghị quyết số A đã hết hiệu lực theo Nghị quyết số B" reports B\'s act on A', () => {
    const cs = extract('Hội đồng nhân dân tỉnh nhận thấy Nghị quyết số 09/2018/NQ-HĐND đã hết hiệu lực theo Nghị quyết số 06/2026/NQ-HĐND, nên không xem xét lại.', { context: { type: 'Nghị quyết', number: '11/2026/NQ-HĐND' } }).citations;
    // (B, a resolution of the same council, succeeds A: the project's reading of a reported ending by a document of its kind)
    expect(cs.map((c) => `${c.number} ${c.relation}${c.asserted ? ` [${cs[c.asserted.subject]?.number} ${c.asserted.relation}]` : ''}`)).toEqual(['09/2018/NQ-HĐND cites [06/2026/NQ-HĐND replaces]', '06/2026/NQ-HĐND cites']);
    // (a licence issued under A is no finding about A)
    expect(extract('Giấy phép được cấp theo Nghị quyết số 09/2018/NQ-HĐND đã hết hiệu lực theo Nghị quyết số 06/2026/NQ-HĐND.', { context: { type: 'Nghị quyết', number: '11/2026/NQ-HĐND' } }).citations.filter((c) => c.asserted !== null)).toEqual([]);
  });
});
