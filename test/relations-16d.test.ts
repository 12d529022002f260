import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/** Classes of drafting read on the dev half of the relation gold in issue 16's fourth round (one block per rule). */

describe('the scope article locates what it guides in the provisions of a document (issue 16)', () => {
  it('"Thông tư này hướng dẫn … (theo) quy định tại|của <document>" guides it, however long the description and over blank lines', () => {
    const long =
      'Điều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn quản lý lao động, tiền lương, thù lao, tiền thưởng đối\nvới người lao động, viên chức, Chủ tịch và thành viên Hội đồng quản lý, Giám\nđốc, Phó Giám đốc, Kế toán trưởng, Kiểm soát viên của Quỹ Đổi mới công nghệ\nquốc gia theo quy định tại Quyết định số 04/2021/QĐ-TTg ngày 29 tháng 01\nnăm 2021 của Thủ tướng Chính phủ ban hành Điều lệ tổ chức và hoạt động của\nQuỹ.\nĐiều 2. Đối tượng áp dụng\n';
    expect(extract(long, { context: { type: 'Thông tư' } }).citations.map((c) => [c.number, c.relation])).toEqual([['04/2021/QĐ-TTg', 'guides']]);
    const blank =
      'Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn một số nội dung thực hiện hỗ trợ việc làm bền vững\nthuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025\n\nquy định tại Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022 của Thủ tướng\nChính phủ phê duyệt chương trình.\n';
    expect(extract(blank, { context: { type: 'Thông tư' } }).citations.filter((c) => c.number === '90/QĐ-TTg').map((c) => c.relation)).toEqual(['guides']);
  });

  it('a second document joined by "và" is a second object of the guiding verb', () => {
    const two = 'Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thực hiện các chế độ bảo hiểm xã hội bắt buộc đối với sĩ quan theo quy định của Luật Bảo hiểm xã hội số 41/2024/QH15 và Nghị định số\n157/2025/NĐ-CP.\n';
    expect(extract(two, { context: { type: 'Thông tư' } }).citations.map((c) => [c.number, c.relation])).toEqual([
      ['41/2024/QH15', 'guides'],
      ['157/2025/NĐ-CP', 'guides'],
    ]);
  });

  it('a sentence break, another article or "theo" alone (under what, not what) keeps the citation', () => {
    const broken = 'Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn việc kê khai thuế. Việc nộp thuế thực hiện theo quy định tại Nghị định số 126/2020/NĐ-CP.\n';
    expect(extract(broken, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
    const elsewhere = 'Điều 5. Trách nhiệm thi hành\nCơ quan thuế hướng dẫn người nộp thuế kê khai theo quy định tại Nghị định số 126/2020/NĐ-CP.\n';
    expect(extract(elsewhere, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
  });
});

describe('a new wording may open right after an amending article heading (issue 16)', () => {
  it('"Điều 1. Sửa đổi, bổ sung Điều 1\\n“Điều 1. Phạm vi điều chỉnh\\n1. Nghị định này quy định chi tiết … Luật …”" is the amended decree\'s wording', () => {
    const text =
      'Điều 1. Sửa đổi, bổ sung Điều 1\n“Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định chi tiết các điều khoản sau đây của Luật Khiếu nại số 02/2011/QH13:\na) Khoản 2 Điều 3.”\nĐiều 2. Hiệu lực thi hành\nNghị định này quy định chi tiết Luật Tố cáo số 25/2018/QH14.\n';
    expect(extract(text, { context: { type: 'Nghị định' } }).citations.map((c) => [c.number, c.relation])).toEqual([
      ['02/2011/QH13', 'cites'],
      ['25/2018/QH14', 'guides'],
    ]);
  });
});

describe('an administrative procedure abolished is no provision repealed (issue 16)', () => {
  it('"Bãi bỏ thủ tục … quy định tại Điều 13 Nghị định số …" cites the decree; "Bãi bỏ Điều 13 Nghị định số …" repeals it', () => {
    const procedure =
      'I. Bãi bỏ thủ tục thu thập, cập nhật thông tin sinh trắc học về ADN vào Cơ\nsở dữ liệu về căn cước thực hiện tại cấp bộ, cấp tỉnh quy định tại Điều 13 Nghị\nđịnh số 70/2024/NĐ-CP ngày 25/6/2024 của Chính phủ.\n';
    expect(extract(procedure, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('cites');
    const provision = 'Điều 5. Bãi bỏ Điều 13 Nghị định số 70/2024/NĐ-CP ngày 25/6/2024 của Chính phủ.\n';
    expect(extract(provision, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('repeals');
  });
});

describe('an amending act\'s repeals in provisions that name no document are the titled document\'s (issue 16)', () => {
  const head = 'NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 124/2020/NĐ-CP.\n\n';
  const acts = (text: string): string[][] =>
    extract(text, { context: { type: 'Nghị định' } })
      .citations.filter((c) => c.number === '124/2020/NĐ-CP')
      .map((c) => [c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)]);
  it('"Điều 7. Bãi bỏ Điều 9." repeals a part of the decree the title and the enacting formula amend', () => {
    const text = head + 'Điều 1. Sửa đổi, bổ sung Điều 1 như sau:\n“Điều 1. Phạm vi điều chỉnh”\nĐiều 7. Bãi bỏ Điều 9.\nĐiều 8. Hiệu lực thi hành\n';
    expect(acts(text)).toEqual([
      ['amends', 'repeals'],
      ['amends', 'repeals'],
    ]);
  });
  it('a repeal under a heading or an item that names its document is read there, not on the title', () => {
    const named = head + 'Điều 1. Bãi bỏ một số điều của Nghị định số 124/2020/NĐ-CP\n1. Bãi bỏ Điều 9.\nĐiều 2. Bãi bỏ cụm từ “khiếu nại”\ntại khoản 2 Điều 3 Nghị định số 31/2019/NĐ-CP.\n';
    expect(acts(named).slice(0, 2)).toEqual([['amends'], ['amends']]);
  });
});

describe('a document described once as amending another is an amending act wherever it is named again (issue 16)', () => {
  it('"4. Quyết định số A và Quyết định số B hết hiệu lực …" succeeds A, and B, described before as amending A, with it', () => {
    const text =
      'Điều 29. Hiệu lực thi hành\n2. Đối với năm tài chính 2024 thực hiện theo Quyết định số 60/2015/QĐ-TTg ngày 27 tháng 11 năm 2015 của Thủ tướng Chính phủ và Quyết định số\n38/2019/QĐ-TTg ngày 31 tháng 12 năm 2019 của Thủ tướng Chính phủ sửa đổi,\nbổ sung một số điều của Quyết định số 60/2015/QĐ-TTg.\n4. Quyết định số 60/2015/QĐ-TTg và Quyết định số 38/2019/QĐ-TTg hết hiệu\nlực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.\n';
    const ended = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.start > text.indexOf('4. Quyết'));
    expect(ended.map((c) => [c.number, c.relation])).toEqual([
      ['60/2015/QĐ-TTg', 'replaces'],
      ['38/2019/QĐ-TTg', 'replaces'],
    ]);
  });
});

describe('law names with abbreviations inside, or wrapped after their type word (issue 16)', () => {
  const ids = (s: string): string[] => extract(s, { context: { type: 'Nghị định' } }).citations.map((c) => `${c.text.replace(/\s+/g, ' ')} = ${c.id}`);
  it('an abbreviation in capitals stands for the words of the lexicon name, and the key is the full name\'s', () => {
    expect(ids('theo Luật hỗ trợ DNNVV và các văn bản')).toEqual(['Luật hỗ trợ DNNVV = vn:luat:ho-tro-doanh-nghiep-nho-va-vua']);
    expect(ids('Căn cứ Luật tổ chức HĐND và UBND năm 2003;')).toEqual(['Luật tổ chức HĐND và UBND năm 2003 = vn:luat:to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan#2003']);
    expect(ids('Pháp lệnh ưu đãi NCC với cách mạng')).toEqual(['Pháp lệnh ưu đãi NCC với cách mạng = vn:phap-lenh:uu-dai-nguoi-co-cong-voi-cach-mang']);
    // a word in capitals that abbreviates nothing known is no name of the lexicon
    expect(ids('theo Luật hỗ trợ XYZW và')).toEqual([]);
  });
  it('"Bộ\\nluật", "Luật\\nPPP", "Luật\\nĐịnh danh …": a name broken by a line wrap after its type word', () => {
    expect(ids('theo các điều, khoản sau đây của Bộ\nluật Lao động:')).toEqual(['Bộ luật Lao động = vn:bo-luat:lao-dong']);
    expect(ids('theo quy định tại Điều 95 Luật\nPPP và Nghị định')).toEqual(['Luật PPP = vn:luat:dau-tu-theo-phuong-thuc-doi-tac-cong-tu']);
    expect(ids('(Luật An ninh dữ liệu, Luật\nĐịnh danh và xác thực điện tử, Luật Bảo vệ công trình)').map((x) => x.split(' = ')[0])).toContain('Luật Định danh và xác thực điện tử');
    // a clause word on the next line opens no name
    expect(ids('Luật Đất đai và Luật\nnày')).toEqual(['Luật Đất đai = vn:luat:dat-dai']);
  });
});

describe('a chapter heading in capitals that amends names the amended document (issue 16)', () => {
  it('"Chương I\\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ\\n22/2013/TT-NHNN …" amends it; the act that amended it before is cited', () => {
    const text =
      'Chương I\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ\n22/2013/TT-NHNN HƯỚNG DẪN THỦ TỤC ĐĂNG KÝ KHOẢN VAY NƯỚC NGOÀI ĐƯỢC SỬA\nĐỔI, BỔ SUNG BỞI THÔNG TƯ SỐ 78/2025/TT-NHNN\nĐiều 1. Sửa đổi, bổ sung Điều 3\n';
    expect(extract(text, { context: { type: 'Thông tư' } }).citations.map((c) => [c.number, c.relation])).toEqual([
      ['22/2013/TT-NHNN', 'amends'],
      ['78/2025/TT-NHNN', 'cites'],
    ]);
    // a heading in capitals that amends nothing stays a heading
    const other = 'Chương II\nTỔ CHỨC THỰC HIỆN THÔNG TƯ SỐ 22/2013/TT-NHNN\n';
    expect(extract(other, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
  });
});

describe('"Bãi bỏ các quy định sau trong <document>:" repeals the parts it lists, not the document (issue 16)', () => {
  it('the provisions listed after the colon are a part', () => {
    const text =
      'Điều 10. Bãi bỏ một số quy định\n6. Bãi bỏ các quy định sau trong Thông tư số 41/2015/TT-BYT ngày 16 tháng 11 năm 2015 của Bộ trưởng Bộ Y tế:\na) Điều 7a;\nb) Khoản 1 Phụ lục 4b.\n';
    const c = extract(text, { context: { type: 'Thông tư' } }).citations[0];
    expect([c?.relation, c?.scope?.whole]).toEqual(['repeals', false]);
    const whole = 'Điều 10. Bãi bỏ Thông tư số 41/2015/TT-BYT ngày 16 tháng 11 năm 2015 của Bộ trưởng Bộ Y tế.\n';
    expect(extract(whole, { context: { type: 'Thông tư' } }).citations[0]?.scope?.whole).toBe(true);
  });
});

describe('the items of a clause in which this act takes the place of provisions are parts (issue 16)', () => {
  it('"Thông tư này … thay thế nội dung về … quy định tại A; B … sửa đổi … của A và Phụ lục I của C" replaces a part of each', () => {
    const text =
      'Điều 4. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2026 và thay\nthế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số 03/2021/TT-\nBKHĐT ngày 09 tháng 4 năm 2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy\nđịnh mẫu văn bản, báo cáo liên quan đến hoạt động đầu tư tại Việt Nam, đầu tư\ntừ Việt Nam ra nước ngoài và xúc tiến đầu tư; Thông tư số 25/2023/TT-BKHĐT\nngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư sửa đổi, bổ\nsung một số điều của Thông tư số 03/2021/TT-BKHĐT và Phụ lục I của Thông\ntư số 31/2026/TT-BTC ngày 27 tháng 3 năm 2026 của Bộ Tài chính quy định về\nphân cấp thực hiện một số nhiệm vụ.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['03/2021/TT-BKHĐT', 'replaces', false],
      ['25/2023/TT-BKHĐT', 'replaces', false],
      ['31/2026/TT-BTC', 'replaces', false],
    ]);
  });
});

describe('a law or ordinance number written without its legislature (issue 16)', () => {
  it('takes the legislature of its year, unless two legislatures share the year', () => {
    const id = (s: string): string | undefined => extract(s).citations[0]?.id;
    expect(id('Pháp lệnh Thủ đô Hà Nội số 29/2000/PL-UBTVQH ngày 28 tháng 12 năm 2000')).toBe('vn:29/2000/PL-UBTVQH10');
    expect(id('Luật số 32/2013/QH')).toBe('vn:32/2013/QH13');
    expect(id('Nghị quyết số 1206/2016/UBTVQH')).toBe('vn:1206/2016/UBTVQH');
    expect(id('Pháp lệnh số 04/2012/UBTVQH13')).toBe('vn:04/2012/UBTVQH13');
  });
});

describe('a decree reporting a law\'s amendment before its own clause does not amend the law (issue 16)', () => {
  it('"… Luật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi Luật số 67/2020/QH14, Nghị định này quy định …" cites the law', () => {
    const text = 'Ngoài các biện pháp khắc phục hậu quả quy định tại khoản 1 Điều 28\nLuật Xử lý vi phạm hành chính số 15/2012/QH13 được sửa đổi, bổ sung bởi\nLuật số 67/2020/QH14, Nghị định này quy định các biện pháp khắc phục hậu quả khác.\n';
    expect(extract(text, { context: { type: 'Nghị định' } }).citations.map((c) => [c.number, c.relation])).toEqual([
      ['15/2012/QH13', 'cites'],
      ['67/2020/QH14', 'cites'],
    ]);
  });
});

describe('a second object of a description named with its places is embedded, whatever its type (issue 16)', () => {
  it('"Sửa đổi … Thông tư số A … hướng dẫn thực hiện Điều 52 Luật Việc làm và một số điều của Nghị định số B …" amends A only', () => {
    const text =
      'THÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 28/2015/TT-BLĐTBXH\nngày 31 tháng 7 năm 2015 hướng dẫn thực hiện Điều 52 Luật Việc làm\nvà một số điều của Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015\ncủa Chính phủ\n\nCăn cứ Luật Việc làm ngày 16 tháng 11 năm 2013;\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations;
    expect(cs.filter((c) => c.number !== null).map((c) => [c.number, c.relation, c.role, c.asserted?.relation ?? null])).toEqual([
      ['28/2015/TT-BLĐTBXH', 'amends', 'head', null],
      ['28/2015/NĐ-CP', 'cites', 'embedded', 'guides'],
    ]);
  });
});

describe('a clause that lists many places before its document is read from its start (issue 16)', () => {
  it('"6. Thay thế tiểu mục b mục 13 Phụ lục VI-1.1, … (over 400 characters) … ban hành kèm theo Thông tư số A tương ứng bằng …" amends A', () => {
    const places = Array.from({ length: 14 }, (_, i) => `tiểu mục b mục ${10 + i} Phụ lục VI-${i + 1}`).join(', ');
    const text = `Điều 1. Sửa đổi một số phụ lục\n6. Thay thế ${places} ban hành kèm theo\nThông tư số 08/2019/TT-BKHĐT tương ứng bằng Phụ lục IV ban hành kèm theo\nThông tư này.\n`;
    expect(text.indexOf('Thông tư số') - text.indexOf('Thay thế')).toBeGreaterThan(400);
    const c = extract(text, { context: { type: 'Thông tư' } }).citations[0];
    expect([c?.number, c?.relation]).toEqual(['08/2019/TT-BKHĐT', 'amends']);
  });
});

describe('"Nghi định", the dot below dropped in typing, is a decree (issue 16)', () => {
  it('the decree a description names is embedded in it, its amendment asserted', () => {
    const text = 'được quy định tại Điều 1 Nghị định số 116/2026/NĐ-CP ngày 02/4/2026 (sửa đổi, bổ\nsung Điều 14 Nghi định số 60/2014/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 25/2018/NĐ-CP) thuộc thẩm quyền';
    const cs = extract(text, { context: { type: 'Quyết định' } }).citations;
    expect(cs.filter((c) => c.number === '60/2014/NĐ-CP').map((c) => [c.text, c.type, c.role, c.relation, c.asserted?.relation ?? null])).toEqual([['Nghi định số 60/2014/NĐ-CP', 'Nghị định', 'embedded', 'cites', 'amends']]);
  });
});

describe('an operative verb after "và" continues this document\'s clause, not the head\'s description (issue 16)', () => {
  it('"Thông tư này thay thế Thông tư số A … và\\nbãi bỏ các Quyết định số B …" replaces A and repeals B', () => {
    const text = '2. Thông tư này thay thế Thông tư số 07/2018/TT-BKHĐT ngày 27 tháng 12\nnăm 2018 hướng dẫn công tác thi đua, khen thưởng ngành Kế hoạch và Đầu tư và\nbãi bỏ các Quyết định số 1731/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 ban hành\nQuy chế xét, công nhận sáng kiến.\n';
    expect(extract(text, { context: { type: 'Thông tư' } }).citations.map((c) => [c.number, c.role, c.relation])).toEqual([
      ['07/2018/TT-BKHĐT', 'head', 'replaces'],
      ['1731/QĐ-BKHĐT', 'head', 'repeals'],
    ]);
    // the description's own verb stays the description's
    const described = '2. Bãi bỏ Thông tư số 21/2020/TT-BLĐTBXH ngày 30 tháng 12 năm 2020 sửa đổi, bổ sung một số điều của Thông tư số 08/2017/TT-BLĐTBXH.\n';
    expect(extract(described, { context: { type: 'Thông tư' } }).citations.map((c) => c.role)).toEqual(['head', 'embedded']);
  });
});

describe('a final clause that ends a chapter with the articles it holds (issue 16)', () => {
  it('"2. Chương IV, bao gồm các điều 11, 12, 13 của Nghị định số A … hết hiệu lực …" repeals that part of A', () => {
    const text = '2. Chương IV, bao gồm các điều 11, 12, 13, 14, 15 của Nghị định số\n116/2026/NĐ-CP ngày 02 tháng 4 năm 2026 của Chính phủ sửa đổi, bổ sung\nmột số điều của các Nghị định có quy định thủ tục hành chính hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.\n';
    const c = extract(text, { context: { type: 'Nghị định' } }).citations[0];
    expect([c?.number, c?.relation, c?.scope?.whole]).toEqual(['116/2026/NĐ-CP', 'repeals', false]);
  });
});

describe('forms or annexes replaced, whatever words describe them (issue 16)', () => {
  it('"Thay thế Mẫu số 01/TKN-CNKD, … theo danh mục mẫu biểu ban hành kèm theo Thông tư số A bằng …" amends A; "theo quy định của" stays a standard', () => {
    const forms = 'Điều 3. Thay thế mẫu biểu\nThay thế Mẫu số 01/TKN-CNKD, Mẫu số 01/CNKD theo danh mục mẫu biểu ban hành kèm theo Thông tư số\n18/2026/TT-BTC bằng Mẫu số 01/TKN-CNKD, Mẫu số 01/CNKD ban hành kèm theo Thông tư này.\n';
    expect(extract(forms, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('amends');
    const standard = 'Cơ quan thuế thay thế hồ sơ theo quy định của Thông tư số 18/2026/TT-BTC.\n';
    expect(extract(standard, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
  });
});

describe('a document named inside a quoted phrase is a word of the phrase (issue 16)', () => {
  it('the clause runs on over it: "thay thế cụm từ “Luật … số …” bằng cụm từ “…” tại Mẫu số 13 … ban hành kèm theo Nghị định số A" amends A', () => {
    const text = 'Điều 34. Thay thế một số cụm từ\nThay thế cụm từ “Luật Sở hữu trí tuệ năm 2005, được sửa đổi, bổ sung năm 2009” bằng cụm từ “Luật Sở hữu trí tuệ số 50/2005/QH11”,\ncụm từ “Cục trưởng” bằng cụm từ “Thủ trưởng” tại Mẫu số 13 Phụ lục III ban\nhành kèm theo Nghị định số 17/2023/NĐ-CP.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations;
    expect(cs.filter((c) => c.number === '17/2023/NĐ-CP').map((c) => c.relation)).toEqual(['amends']);
    expect(cs.filter((c) => c.number === '50/2005/QH11').map((c) => c.relation)).toEqual(['cites']);
  });
});

describe('the first cell of a table row is no item of the previous row\'s title (issue 16)', () => {
  it('a systematization list\'s row cites its document, whatever verbs the previous row\'s title or its own holds', () => {
    const rows = 'I. DANH MỤC VĂN BẢN CÒN HIỆU LỰC\n202\nThông tư\n05/2019/TT-BKHĐT\nngày 29/7/2019\nThông tư sửa đổi, bổ sung, bãi bỏ\nmột số điều khoản của các Thông tư\n16/9/2019\nNội dung: Đường dẫn\n203\nThông tư\n07/2020/TT-BKHĐT\nngày 30/9/2020\nQuy định về công tác bảo vệ bí mật\n15/11/2020\n214\nQuyết định\ncủa Bộ\ntrưởng\n270/2000/QĐ-BKHĐT\nngày 23/5/2000\nVề việc bãi bỏ, bổ sung văn bản quy\nphạm pháp luật hết hiệu lực\n08/6/2000\n';
    expect(extract(rows, { context: { type: 'Quyết định' } }).citations.map((c) => c.relation)).toEqual(['cites', 'cites', 'cites']);
  });
});

describe('the actor of a guiding verb is the last document named before it (issue 16)', () => {
  it('"… theo quy định tại Thông tư này và Thông tư của Bộ Tài chính hướng dẫn … thực hiện Quyết định số A" does not guide A', () => {
    const other = '3. Việc triển khai thực hiện theo quy định tại Thông tư này và Thông tư của Bộ Tài chính hướng dẫn cơ chế\nquản lý kinh phí thực hiện Quyết định số 167/QĐ-TTg.\n';
    expect(extract(other, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
    const own = 'Thông tư này hướng dẫn cơ chế quản lý kinh phí thực hiện Quyết định số 167/QĐ-TTg.\n';
    expect(extract(own, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('guides');
  });
});

describe('a consolidated text reproducing its base\'s ending of a document of the base\'s type (issue 16)', () => {
  it('"2. Thông tư số 12/2010/TT-BYT … hết hiệu lực kể từ ngày Thông tư này có hiệu lực" in the base circular: the base succeeds it', async () => {
    const { consolidatedRelations } = await import('../src/doc/consolidated.js');
    const text =
      'VĂN BẢN HỢP NHẤT\nTHÔNG TƯ\nBan hành danh mục thuốc đông y\n\nThông tư số 05/2015/TT-BYT ngày 17 tháng 3 năm 2015 của Bộ trưởng Bộ Y tế, có hiệu lực kể từ ngày 01 tháng 5 năm 2015, được sửa đổi, bổ sung bởi:\nThông tư số 50/2017/TT-BYT ngày 29 tháng 12 năm 2017 của Bộ trưởng Bộ Y tế, có hiệu lực kể từ ngày 01 tháng 3 năm 2018.\n\nCăn cứ Luật Dược;\nĐiều 1. Phạm vi\nĐiều 7. Hiệu lực thi hành\n2. Thông tư số 12/2010/TT-BYT ngày 29 tháng 4 năm 2010 của Bộ trưởng Bộ\nY tế ban hành danh mục thuốc y học cổ truyền hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n';
    const read = extract(text, { context: { type: 'Văn bản hợp nhất' } }).citations.map((c) => ({ ...c, zone: 'body' as const, sectionPath: [], source: { start: c.start, end: c.end } }));
    const cs = consolidatedRelations(text, read);
    const ended = cs.find((c) => c.number === '12/2010/TT-BYT');
    expect([ended?.relation, ended?.asserted?.relation, ended?.asserted?.subjectId]).toEqual(['cites', 'replaces', 'vn:05/2015/TT-BYT']);
  });
});

describe('documents named in the plural take the next one after a comma (issue 16)', () => {
  it('"bãi bỏ các Quyết định số A … ban hành Quy chế …, Quyết định số B …" repeals both; without "các" the second stays cited', () => {
    const text = '2. Thông tư này bãi bỏ các Quyết định số 1731/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 ban hành\nQuy chế xét, công nhận sáng kiến của\n\nBộ Kế hoạch và Đầu tư, Quyết định số 768/QĐ-BKHĐT ngày 17 tháng 6 năm 2013\nvề Quy chế xét tặng Kỷ niệm chương.\n';
    expect(extract(text, { context: { type: 'Thông tư' } }).citations.map((c) => c.relation)).toEqual(['repeals', 'repeals']);
    const single = '2. Thông tư này bãi bỏ Quyết định số 1731/QĐ-BKHĐT ngày 29 tháng 12 năm 2021 ban hành Quy chế sáng kiến, Quyết định số 768/QĐ-BKHĐT ngày 17 tháng 6 năm 2013 vẫn được áp dụng.\n';
    expect(extract(single, { context: { type: 'Thông tư' } }).citations.map((c) => c.relation)).toEqual(['repeals', 'cites']);
  });
});
