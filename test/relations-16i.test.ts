import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Wordings found by a review of the rules of 2026-12-03 (night) and by a red-team catalogue of drafting forms written from
 * the drafting models (no corpus file): each case a lawyer reads one way, with what must keep acting beside it.
 */

const rel = (text: string, type: string, number: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const c of extract(text, { context: { type, number } }).citations) {
    const key = c.number ?? c.text.replace(/\s+/g, ' ');
    if (key in out) continue;
    out[key] = c.relation + (c.scope && c.relation !== 'cites' ? (c.scope.whole ? ' whole' : ' part') : '') + (c.asserted ? ` (reported ${c.asserted.relation})` : '');
  }
  return out;
};

describe('negated, noted and supposed acts are no acts', () => {
  it.each([
    ['Thông tư này không thay thế Thông tư số 200/2014/TT-BTC; các nội dung khác thực hiện theo Thông tư số 200/2014/TT-BTC.\n', '200/2014/TT-BTC'],
    ['Điều 3. Thông tư này chưa bãi bỏ Thông tư số 21/2012/TT-BTC.\n', '21/2012/TT-BTC'],
    ['Tổ chức, cá nhân đã được miễn thuế theo Thông tư số 219/2013/TT-BTC (đã hết hiệu lực) không phải hoàn trả số thuế đã được miễn.\n', '219/2013/TT-BTC'],
    ['Điều 5. Thông tư số 219/2013/TT-BTC đã hết hiệu lực từ ngày 01/7/2025 nên không áp dụng.\n', '219/2013/TT-BTC'],
    ['Điều 5. Khi Thông tư số 219/2013/TT-BTC hết hiệu lực, các hồ sơ đang giải quyết được tiếp tục thực hiện.\n', '219/2013/TT-BTC'],
    ['3. Trường hợp Thông tư số 219/2013/TT-BTC hết hiệu lực thì áp dụng quy định tại Thông tư này.\n', '219/2013/TT-BTC'],
    ['3. Thông tư số 219/2013/TT-BTC hết hiệu lực thì áp dụng quy định tại Thông tư này.\n', '219/2013/TT-BTC'],
  ])('%s', (text, n) => {
    expect(rel(text, 'Thông tư', '07/2026/TT-BTC')[n]).toBe('cites');
  });
  it('control: "2. Thông tư số X hết hiệu lực kể từ ngày Thông tư này có hiệu lực." still ends X', () => {
    expect(rel('Điều 5. Hiệu lực thi hành\n2. Thông tư số 219/2013/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n', 'Thông tư', '07/2026/TT-BTC')['219/2013/TT-BTC']).toMatch(/^(?:repeals|replaces) whole$/);
  });
});

describe('suspensions by other words, not of a paper', () => {
  it.each([
    ['Điều 1. Hoãn hiệu lực thi hành Điều 9, Điều 10 Nghị định số 70/2025/NĐ-CP.\n', 'suspends part'],
    ['Điều 1. Ngừng hiệu lực thi hành Nghị định số 70/2025/NĐ-CP.\n', 'suspends whole'],
    ['Điều 1. Tạm hoãn thi hành Nghị định số 70/2025/NĐ-CP.\n', 'suspends whole'],
    ['Điều 1. Tạm ngừng thi hành Nghị định số 70/2025/NĐ-CP.\n', 'suspends whole'],
  ])('%s', (text, want) => {
    expect(rel(text, 'Nghị quyết', '20/2026/NQ-CP')['70/2025/NĐ-CP']).toBe(want);
  });
  it('control: "tạm dừng hiệu lực giấy phép … quy định tại Điều 53 Luật …" suspends a licence, not the law', () => {
    expect(rel('I. Không thực hiện thủ tục hành chính tạm dừng hiệu lực giấy phép thăm dò nước dưới đất quy định tại Điều 53 Luật Tài nguyên nước số 28/2023/QH15.\n', 'Nghị quyết', '66.19/2026/NQ-CP')['28/2023/QH15']).toBe('cites');
  });
  it('control: ending a suspension, or a list of the documents applied meanwhile, suspends nothing', () => {
    expect(rel('Điều 1. Chấm dứt việc tạm ngưng hiệu lực đối với các văn bản sau đây:\n1. Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ.\n', 'Nghị quyết', '20/2026/NQ-CP')['15/2018/NĐ-CP']).toBe('cites');
    expect(rel('Điều 2. Ngưng hiệu lực văn bản và áp dụng văn bản\nTrong thời gian này, Bộ Y tế tiếp tục áp dụng các văn bản sau đây:\n1. Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ.\n', 'Nghị quyết', '20/2026/NQ-CP')['15/2018/NĐ-CP']).toBe('cites');
  });
  it('a list head without "các": "Tạm dừng hiệu lực đối với văn bản sau đây:"', () => {
    expect(rel('Điều 1. Tạm dừng hiệu lực đối với văn bản sau đây:\n1. Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ.\n', 'Nghị quyết', '20/2026/NQ-CP')['15/2018/NĐ-CP']).toBe('suspends whole');
  });
});

describe('the passive operative provision: negated, modal, explanatory, whole', () => {
  const d = (text: string): string | undefined => rel(text, 'Nghị định', '07/2026/NĐ-CP')['15/2018/NĐ-CP'];
  it('negated, modal and explanatory sentences act on nothing', () => {
    expect(d('1. Điều 9 Nghị định số 15/2018/NĐ-CP không được bãi bỏ.\n')).toBe('cites');
    expect(d('3. Phụ lục I Nghị định số 15/2018/NĐ-CP phải được sửa đổi, bổ sung như sau:\n')).toBe('cites');
    expect(d('2. Khoản 2 Điều 7 Nghị định số 15/2018/NĐ-CP quy định trường hợp hồ sơ chưa đầy đủ thì được bổ sung.\n')).toBe('cites');
  });
  it('"2. Nghị định số X được bãi bỏ." repeals X as a whole (not a succession); "… được sửa đổi thành: …" amends', () => {
    expect(d('Điều 3. Hiệu lực thi hành\n2. Nghị định số 15/2018/NĐ-CP được bãi bỏ.\n')).toBe('repeals whole');
    expect(d('1. Khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP được sửa đổi thành: “2. Hồ sơ gồm bản vẽ.”\n')).toBe('amends part');
  });
});

describe('reported endings: only of the sentence\'s subject, said to have happened', () => {
  const r = (text: string, n: string): string | undefined => rel(text, 'Công văn', '123/BTC-TCT')[n];
  it('a licence, a case, a negation, the law on legal documents: no reported ending', () => {
    expect(r('Giấy phép được cấp theo Thông tư số 12/2015/TT-BTC hết hiệu lực theo quy định tại Điều 20 Nghị định số 50/2020/NĐ-CP.\n', '12/2015/TT-BTC')).toBe('cites');
    expect(r('Trường hợp Thông tư số 12/2015/TT-BTC hết hiệu lực theo Thông tư số 50/2020/TT-BTC thì áp dụng quy định mới.\n', '12/2015/TT-BTC')).toBe('cites');
    expect(r('Thông tư số 12/2015/TT-BTC chưa hết hiệu lực theo Thông tư số 50/2020/TT-BTC.\n', '12/2015/TT-BTC')).toBe('cites');
    expect(r('Nghị định số 12/2015/NĐ-CP đã hết hiệu lực theo quy định tại khoản 2 Điều 154 Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13.\n', '12/2015/NĐ-CP')).toBe('cites');
  });
  it('a partial ending is reported as a repeal of a part, never a succession', () => {
    expect(r('Thông tư số 43/2013/TT-BTC hết hiệu lực một phần bởi Thông tư số 22/2020/TT-BTC.\n', '43/2013/TT-BTC')).toBe('cites (reported repeals)');
    expect(r('Khoản 2 Điều 5 Thông tư số 12/2015/TT-BTC đã hết hiệu lực theo Thông tư số 50/2020/TT-BTC.\n', '12/2015/TT-BTC')).toBe('cites (reported repeals)');
  });
  it('in a decree, "Nghị định số A hết hiệu lực theo quy định tại Nghị định số B": B\'s ending, reported, not this decree\'s', () => {
    expect(rel('Điều 20. Hiệu lực thi hành\n2. Nghị định số 12/2015/NĐ-CP hết hiệu lực theo quy định tại Nghị định số 50/2020/NĐ-CP.\n', 'Nghị định', '60/2026/NĐ-CP')['12/2015/NĐ-CP']).toBe('cites (reported replaces)');
  });
});

describe('lists and heads', () => {
  it('a head whose exception is the list ("…, trừ các văn bản sau đây:") ends none of its items', () => {
    const got = rel('Điều 114. Hiệu lực thi hành\n2. Các nghị định hướng dẫn Luật số 10/2010/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành, trừ các văn bản sau đây:\na) Pháp lệnh về Tự vệ số 42/2002/PL-UBTVQH10;\nb) Nghị định số 20/2004/NĐ-CP ngày 10 tháng 1 năm 2004.\n', 'Luật', '05/2017/QH14');
    expect(got).toEqual({ '10/2010/QH12': 'cites', '42/2002/PL-UBTVQH10': 'cites', '20/2004/NĐ-CP': 'cites' });
  });
  it('"ngoại trừ" and no comma before "trừ" are exceptions of cases too', () => {
    for (const exc of [' trừ trường hợp quy định tại Điều 113 của Luật này', ', ngoại trừ trường hợp quy định tại Điều 113 của Luật này'])
      expect(rel(`Điều 114. Hiệu lực thi hành\n2. Các pháp lệnh sau đây hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành${exc}:\na) Pháp lệnh về Tự vệ số 42/2002/PL-UBTVQH10;\n`, 'Luật', '05/2017/QH14')['42/2002/PL-UBTVQH10']).toMatch(/^(?:repeals|replaces) whole$/);
  });
  it('laws with names of their own after a list of amending acts are ended', () => {
    const got = rel('Điều 76. Điều khoản thi hành\n3. Luật Đầu tư số 67/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 90/2015/QH13, Luật số 03/2016/QH14, Luật số 04/2017/QH14 và Luật số 28/2018/QH14, Luật Doanh nghiệp số 68/2014/QH13 và Luật Nhà ở số 65/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n', 'Luật', '61/2020/QH14');
    expect(got['90/2015/QH13']).toBe('cites');
    expect(got['68/2014/QH13']).toMatch(/^(?:repeals|replaces) whole$/);
    expect(got['65/2014/QH13']).toMatch(/^(?:repeals|replaces) whole$/);
  });
  it('this document\'s own provisions that guide another are set in force, not the other document amended', () => {
    expect(rel('Điều 12. Hiệu lực thi hành\n2. Các quy định tại Điều 10 Thông tư này hướng dẫn thực hiện khoản 3 Điều 5 của Thông tư số 15/2018/TT-BYT có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n', 'Thông tư', '07/2026/TT-BYT')['15/2018/TT-BYT']).not.toMatch(/^amends/);
  });
  it('"Quy định tại … ban hành kèm theo Nghị quyết số X được áp dụng từ ngày …" in an article on organisation and effect amends X', () => {
    expect(rel('Điều 6. Tổ chức thực hiện và hiệu lực thi hành\n2. Quy định tại mục IV phần A Phụ lục XIII ban hành kèm theo Nghị quyết số 17/2026/NQ-CP được áp dụng từ ngày 01 tháng 7 năm 2026.\n', 'Nghị quyết', '66/2026/NQ-CP')['17/2026/NQ-CP']).toBe('amends part');
  });
});

describe('more drafting forms: annexes replaced in the passive, provisions struck out, headings without a colon, corresponding provisions', () => {
  it('"Điều 2. Phụ lục I ban hành kèm theo Thông tư số X được thay thế bằng Phụ lục I ban hành kèm theo Thông tư này." amends X', () => {
    expect(rel('Điều 2. Phụ lục I ban hành kèm theo Thông tư số 19/2019/TT-BYT được thay thế bằng Phụ lục I ban hành kèm theo Thông tư này.\n', 'Thông tư', '09/2026/TT-BYT')['19/2019/TT-BYT']).toBe('amends part');
  });
  it('"Điều 2. Bỏ khoản 3 Điều 4 Thông tư số X." and "2. Bỏ Phụ lục số 02 ban hành kèm theo Quyết định số Y." repeal parts', () => {
    expect(rel('Điều 2. Bỏ khoản 3 Điều 4 Thông tư số 35/2016/TT-BYT.\n', 'Thông tư', '57/2026/TT-BYT')['35/2016/TT-BYT']).toBe('repeals part');
    expect(rel('2. Bỏ Phụ lục số 02 ban hành kèm theo Quyết định số 36/2021/QĐ-UBND.\n', 'Quyết định', '45/2026/QĐ-UBND')['36/2021/QĐ-UBND']).toBe('repeals part');
    expect(rel('2. Bỏ cụm từ “và Sở Tài chính” trong khoản 2 Điều 5 Thông tư số 35/2016/TT-BYT.\n', 'Thông tư', '57/2026/TT-BYT')['35/2016/TT-BYT']).toBe('repeals part');
  });
  it('an article heading "Bãi bỏ một số văn bản …" without a colon repeals the items under it', () => {
    const got = rel('Điều 3. Bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành\n1. Thông tư số 06/2012/TT-BYT ngày 20 tháng 4 năm 2012.\n2. Thông tư số 30/2013/TT-BYT ngày 04 tháng 10 năm 2013.\n', 'Thông tư', '20/2026/TT-BYT');
    expect(got).toEqual({ '06/2012/TT-BYT': 'repeals whole', '30/2013/TT-BYT': 'repeals whole' });
  });
  it('control: an article heading that repeals nothing heads items that act on nothing', () => {
    expect(rel('Điều 3. Các văn bản được áp dụng\n1. Thông tư số 06/2012/TT-BYT ngày 20 tháng 4 năm 2012.\n', 'Thông tư', '20/2026/TT-BYT')['06/2012/TT-BYT']).toBe('cites');
  });
  it('"thay thế các quy định tương ứng tại Nghị định số X" replaces a part of X', () => {
    expect(rel('Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15, thay thế các quy định tương ứng tại Nghị định số 218/2013/NĐ-CP.\n', 'Nghị định', '37/2026/NĐ-CP')['218/2013/NĐ-CP']).toBe('replaces part');
  });
});

describe('conditions, short numbers, inline consolidated acts, header cells, sentences before', () => {
  it('"… tiếp tục được áp dụng (cho) đến ngày / đến thời điểm Quyết định số Y hết hiệu lực" ends neither', () => {
    const got = rel('Điều 3. Hiệu lực thi hành\n2. Quyết định số 25/2020/QĐ-UBND tiếp tục được áp dụng cho đến ngày Quyết định số 30/2026/QĐ-UBND hết hiệu lực thi hành.\n3. Quyết định số 26/2020/QĐ-UBND tiếp tục được áp dụng đến thời điểm Quyết định số 31/2026/QĐ-UBND hết hiệu lực thi hành.\n4. Quyết định số 27/2020/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n', 'Quyết định', '12/2026/QĐ-UBND');
    expect(got).toEqual({ '25/2020/QĐ-UBND': 'cites', '30/2026/QĐ-UBND': 'cites', '26/2020/QĐ-UBND': 'cites', '31/2026/QĐ-UBND': 'cites', '27/2020/QĐ-UBND': 'replaces whole' });
  });
  it('a short number wrapped over a line is found; the short form a text defines is no second citation', () => {
    const cs = extract('Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 01/2021/TT-BXD ngày 19 tháng 5 năm 2021 (sau đây viết tắt là Thông tư số 01/2021)\n1. Sửa đổi khoản 2 Điều 3 Thông\ntư 01/2021 như sau:\n', { context: { type: 'Thông tư', number: '07/2026/TT-BXD' } }).citations;
    expect(cs.map((c) => [c.text, c.relation])).toEqual([['Thông tư số 01/2021/TT-BXD', 'amends'], ['Thông\ntư 01/2021', 'amends']]);
  });
  it('a table\'s header cell "Số" above a blank line is no "số" of the number below; "số:" and a blank line is', () => {
    expect(extract('STT\nSố\n\n15/2018/NĐ-CP\nNgày ban hành\n', { context: { type: 'Quyết định', number: '12/QĐ-UBND' } }).citations.map((c) => c.text)).toEqual(['15/2018/NĐ-CP']);
    expect(extract('Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số:\n\n15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ như sau:\n', { context: { type: 'Nghị định', number: '07/2026/NĐ-CP' } }).citations.map((c) => [c.text, c.relation])).toEqual([['Nghị định số:\n\n15/2018/NĐ-CP', 'amends']]);
  });
  it('a Party rule that ends the rule before it succeeds it, whatever the sentence before repealed', () => {
    expect(rel('Quy định này có hiệu lực từ ngày ký. Các quy định trước đây trái với Quy định này đều bãi bỏ. Quy định số 57-QĐ/TW ngày 03 tháng 5 năm 2007 của Bộ Chính trị hết hiệu lực.\n', 'Quy định', '151-QĐ/TW')['57-QĐ/TW']).toBe('replaces whole');
  });
});

describe('a correction of a name, an ending reported after its day, verbs of a title in capitals', () => {
  it('"Điều 1. Đính chính tên Phụ lục II ban hành kèm theo Thông tư số X." corrects X', () => {
    expect(rel('Điều 1. Đính chính tên Phụ lục II ban hành kèm theo Thông tư số 15/2025/TT-BGDĐT.\n', 'Quyết định', '36/2026/QĐ-BGDĐT')['15/2025/TT-BGDĐT']).toBe('corrects');
  });
  it('"Luật A hết hiệu lực kể từ ngày … theo Luật B" in a decree: B\'s ending, reported; the decree ends no law', () => {
    expect(rel('Điều 35. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày ký. Luật Đầu tư số 61/2020/QH14 hết hiệu lực kể từ ngày 01 tháng 3 năm 2026 theo Luật Đầu tư số 143/2025/QH15.\n', 'Nghị định', '38/2026/NĐ-CP')['61/2020/QH14']).toBe('cites (reported replaces)');
  });
  it('a law named in the title, in capitals, of the decree a circular guides is guided by the decree, not by the circular', () => {
    const got = rel('THÔNG TƯ\nHƯỚNG DẪN THI HÀNH NGHỊ ĐỊNH SỐ 126/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ\n\nCăn cứ Luật Quản lý thuế;\n', 'Thông tư', '33/2026/TT-BTC');
    expect(got['126/2020/NĐ-CP']).toBe('guides');
    expect(got['LUẬT QUẢN LÝ THUẾ']).toBe('cites (reported guides)');
  });
});

describe('a form replaced in the passive; a list proposed for repeal', () => {
  it('"Điều 3. Mẫu số 01/ĐK ban hành kèm theo Thông tư số X được thay thế bằng …" amends X', () => {
    expect(rel('Điều 3. Mẫu số 01/ĐK ban hành kèm theo Thông tư số 105/2020/TT-BTC được thay thế bằng Mẫu số 01/ĐK ban hành kèm theo Thông tư này.\n', 'Thông tư', '59/2026/TT-BTC')['105/2020/TT-BTC']).toBe('amends part');
  });
  it('"Thông qua danh mục văn bản đề nghị bãi bỏ, gồm: A; B." repeals neither; "Xét đề nghị của …" is no proposal of the act', () => {
    expect(rel('Điều 1. Thông qua danh mục văn bản đề nghị bãi bỏ, gồm: Nghị quyết số 09/2018/NQ-HĐND; Nghị quyết số 15/2021/NQ-HĐND.\n', 'Nghị quyết', '14/2026/NQ-HĐND')).toEqual({ '09/2018/NQ-HĐND': 'cites', '15/2021/NQ-HĐND': 'cites' });
    expect(rel('Xét đề nghị của Giám đốc Sở Tư pháp;\nĐiều 1. Bãi bỏ Quyết định số 10/2018/QĐ-UBND.\n', 'Quyết định', '14/2026/QĐ-UBND')['10/2018/QĐ-UBND']).toBe('repeals whole');
  });
});

describe('second review: suspension words inside a provision\'s subject, items that are not documents, semicolon lists', () => {
  it('amending or repealing a provision about a suspension or a deferral is no suspension, and repeals only the provision', () => {
    expect(rel('Điều 1. Sửa đổi, bổ sung Điều 76 về hoãn thi hành quyết định phạt tiền của Luật Xử lý vi phạm hành chính số 15/2012/QH13 như sau:\n', 'Luật', '20/2026/QH16')['15/2012/QH13']).toBe('amends part');
    expect(rel('Điều 3. Bãi bỏ khoản 2 Điều 66 về tạm ngừng kinh doanh của Nghị định số 01/2021/NĐ-CP.\n', 'Nghị định', '20/2026/NĐ-CP')['01/2021/NĐ-CP']).toBe('repeals part');
  });
  it('under a repealing heading without a colon, an item that is a sentence of its own repeals nothing', () => {
    expect(rel('Điều 3. Bãi bỏ văn bản quy phạm pháp luật\n1. Bãi bỏ Thông tư số 05/2020/TT-BTC.\n2. Hồ sơ đã nộp được tiếp tục giải quyết theo quy định tại Thông tư số 07/2021/TT-BTC.\n', 'Thông tư', '20/2026/TT-BTC')).toEqual({ '05/2020/TT-BTC': 'repeals whole', '07/2021/TT-BTC': 'cites' });
  });
  it('"Bãi bỏ các Thông tư sau đây: A …; B …; C …." repeals all three (no succession)', () => {
    expect(rel('Điều 3. Hiệu lực thi hành\n2. Bãi bỏ các Thông tư sau đây: Thông tư số 05/2020/TT-BTC ngày 01/2/2020; Thông tư số 06/2020/TT-BTC ngày 02/2/2020; Thông tư số 07/2020/TT-BTC ngày 03/2/2020.\n', 'Thông tư', '20/2026/TT-BTC')).toEqual({ '05/2020/TT-BTC': 'repeals whole', '06/2020/TT-BTC': 'repeals whole', '07/2020/TT-BTC': 'repeals whole' });
  });
});
