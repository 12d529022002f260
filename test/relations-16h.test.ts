import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Classes read in the second spent quarter of the old test split (fixtures/relations/README.md, "Spending half of what
 * stayed blind"): each block is one class of error, worded as the documents word it, with a control that must keep its
 * act (or keep acting on nothing).
 */

const acts = (text: string, type: string, number?: string, title?: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const c of extract(text, { context: { type, ...(number ? { number } : {}), ...(title ? { title } : {}) } }).citations) {
    const key = c.number ?? c.text.replace(/\s+/g, ' ');
    // (the first mention of a document: a later one may only name it again)
    if (key in out) continue;
    out[key] = [c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)].join('+') + (c.scope ? (c.scope.whole ? ' whole' : ' part') : '');
  }
  return out;
};

describe('a list of ended documents whose head leaves some cases to a transitional article (issue 16, spent)', () => {
  const list = (head: string): string => `Điều 114. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2018.\n2. ${head}\na) Pháp lệnh về Tự vệ trong nhập khẩu hàng hóa nước ngoài vào Việt Nam số 42/2002/PL-UBTVQH10;\nb) Pháp lệnh Chống bán phá giá hàng hóa nhập khẩu vào Việt Nam số 20/2004/PL-UBTVQH11;\nc) Pháp lệnh Chống trợ cấp hàng hóa nhập khẩu vào Việt Nam số 22/2004/PL-UBTVQH11.\n`;
  for (const [name, head] of [
    ['"…, trừ trường hợp quy định tại Ðiều 113 của Luật này:" (Ð U+00D0 as written)', 'Các pháp lệnh sau đây hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành, trừ trường hợp quy định tại Ðiều 113 của Luật này:'],
    ['the same with Đ (U+0110)', 'Các pháp lệnh sau đây hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành, trừ trường hợp quy định tại Điều 113 của Luật này:'],
    ['control: the head without the exception', 'Các pháp lệnh sau đây hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành:'],
  ] as const) {
    it(`${name}: every item ends, whole`, () => {
      const got = acts(list(head), 'Luật', '05/2017/QH14', 'Luật Quản lý ngoại thương');
      for (const n of ['42/2002/PL-UBTVQH10', '20/2004/PL-UBTVQH11', '22/2004/PL-UBTVQH11']) expect(got[n], n).toMatch(/^(?:repeals|replaces) whole$/);
    });
  }
});

describe('a long list of amending laws in the status phrase of an ended law (issue 16, spent)', () => {
  const text = 'Điều 76. Điều khoản thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.\n3. Luật Đầu tư số 67/2014/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số 90/2015/QH13, Luật số 03/2016/QH14, Luật số 04/2017/QH14, Luật số 28/2018/QH14 và Luật số 42/2019/QH14 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành, trừ Điều 75 của Luật Đầu tư số 67/2014/QH14.\n';
  it('the ended law ends; the five amending laws are named in passing', () => {
    const got = acts(text, 'Luật', '61/2020/QH14', 'Luật Đầu tư');
    expect(got['67/2014/QH14']).toMatch(/^(?:repeals|replaces) whole$/);
    for (const n of ['90/2015/QH13', '03/2016/QH14', '04/2017/QH14', '28/2018/QH14', '42/2019/QH14']) expect(got[n], n).toBe('cites');
  });
  it('control: two laws ended together, without a status phrase, both end', () => {
    const got = acts('Điều 76. Điều khoản thi hành\n3. Luật Đầu tư số 67/2014/QH14 và Luật Doanh nghiệp số 68/2014/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n', 'Luật', '61/2020/QH14', 'Luật Đầu tư');
    expect(got['67/2014/QH14']).toMatch(/^(?:repeals|replaces) whole$/);
    expect(got['68/2014/QH13']).toMatch(/^(?:repeals|replaces) whole$/);
  });
});

describe('a suspension written as a list head, and a second suspended document of another type (issue 16, spent)', () => {
  const body = 'Chính phủ ban hành Nghị quyết tạm ngưng hiệu lực Nghị định số\n46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ quy định chi tiết thi\nhành một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật An toàn thực\nphẩm và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính\nphủ quy định về công bố, đăng ký sản phẩm thực phẩm.\n\nĐiều 1.  Tạm ngưng hiệu lực áp dụng văn bản\nTạm ngưng hiệu lực áp dụng cho đến khi Luật An toàn thực phẩm (sửa đổi)\nvà Nghị định hướng dẫn Luật An toàn thực phẩm (sửa đổi) có hiệu lực thi hành\nđối với các văn bản sau đây:\n1. Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 của Chính phủ\nquy định chi tiết thi hành một số điều và biện pháp để tổ chức, hướng dẫn thi hành\nLuật An toàn thực phẩm.\n2. Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026 của Chính\nphủ quy định về công bố, đăng ký sản phẩm thực phẩm.\n';
  const header = 'CHÍNH PHỦ\nSố: 15/2026/NQ-CP\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 06 tháng 4 năm 2026\n\nNGHỊ QUYẾT\nTạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP\nngày 26 tháng 01 năm 2026 và Nghị quyết số 66.13/2026/NQ-CP\nngày 27 tháng 01 năm 2026 của Chính phủ\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n';
  const relations = (text: string): string[] => extract(text, { context: { type: 'Nghị quyết', number: '15/2026/NQ-CP' } }).citations.filter((c) => c.number === '66.13/2026/NQ-CP' || c.number === '46/2026/NĐ-CP').map((c) => `${c.number} ${c.relation}`);
  it('with the title naming both: every mention of both documents suspends them', () => {
    expect(relations(header + body)).toEqual(['46/2026/NĐ-CP suspends', '66.13/2026/NQ-CP suspends', '46/2026/NĐ-CP suspends', '66.13/2026/NQ-CP suspends', '46/2026/NĐ-CP suspends', '66.13/2026/NQ-CP suspends']);
  });
  it('control: without a title, the resolution after the decree\'s description is not read as suspended by the formula (the list still suspends it)', () => {
    expect(relations(body)).toEqual(['46/2026/NĐ-CP suspends', '66.13/2026/NQ-CP cites', '46/2026/NĐ-CP suspends', '66.13/2026/NQ-CP suspends']);
  });
  it('control: a list under the period of a suspension acts on nothing', () => {
    const text = 'Điều 2. Áp dụng văn bản\nTrong thời gian tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP, tiếp tục áp dụng các văn bản sau đây:\n1. Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm.\n';
    expect(acts(text, 'Nghị quyết', '15/2026/NQ-CP')['15/2018/NĐ-CP']).toBe('cites');
  });
});

describe('a decree or a government resolution ends no resolution of the National Assembly (issue 16, spent)', () => {
  const clause = 'Điều 13. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 07 tháng 5 năm 2026 đến\nngày các quy định về cơ chế, chính sách đặc thù tháo gỡ khó khăn, vướng mắc\ncho các dự án tồn đọng, kéo dài quy định tại Nghị quyết số 29/2026/QH16 hết\nhiệu lực thi hành.\n';
  it('"… có hiệu lực … đến ngày các quy định … tại Nghị quyết số 29/2026/QH16 hết hiệu lực" in a decree cites it', () => {
    expect(acts(clause, 'Nghị định', '120/2026/NĐ-CP')['29/2026/QH16']).toBe('cites');
  });
  it('control: a resolution of the National Assembly that ends another one ends it', () => {
    const text = 'Điều 5. Hiệu lực thi hành\n2. Nghị quyết số 29/2026/QH16 ngày 10 tháng 01 năm 2026 của Quốc hội hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực thi hành.\n';
    expect(acts(text, 'Nghị quyết', '50/2026/QH16')['29/2026/QH16']).toMatch(/^(?:repeals|replaces) whole$/);
  });
});

describe('the effect article that sets when provisions of another document are in force (issue 16, spent)', () => {
  const article = (provisions: string): string => `Điều 6. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực thi hành từ ngày 18 tháng 5 năm 2026 đến\nhết ngày 28 tháng 02 năm 2027, trừ trường hợp quy định tại khoản 2 Điều này.\n2. Các quy định tại mục III, V phần A Phụ lục I;\nmục IX phần A Phụ lục II; Phụ lục III; phần B Phụ lục IX ban hành kèm\ntheo Nghị quyết này${provisions} có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026 đến hết ngày 28 tháng 02\nnăm 2027.\n`;
  it('"… và mục IV phần A Phụ lục XIII ban hành kèm theo Nghị quyết số 17/2026/NQ-CP … có hiệu lực thi hành từ ngày …" amends a part of it', () => {
    expect(acts(article(' và mục IV, V phần A Phụ lục XIII ban hành\nkèm theo Nghị quyết số 17/2026/NQ-CP ngày 29 tháng 4 năm 2026 của Chính\nphủ'), 'Nghị quyết', '66/2026/NQ-CP')['17/2026/NQ-CP']).toBe('amends part');
  });
  it('control: the same sentence about this document\'s own annexes names no other document', () => {
    expect(Object.keys(acts(article(''), 'Nghị quyết', '66/2026/NQ-CP'))).toEqual([]);
  });
  it('control: outside the effect article, a sentence saying when another document\'s annex takes effect acts on nothing', () => {
    const text = 'Điều 2. Tổ chức thực hiện\n1. Các quy định tại mục IV phần A Phụ lục XIII ban hành kèm theo Nghị quyết số 17/2026/NQ-CP ngày 29 tháng 4 năm 2026 của Chính phủ có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026; các bộ, ngành chuẩn bị điều kiện thực hiện.\n';
    expect(acts(text, 'Công văn', '1234/VPCP-KSTT')['17/2026/NQ-CP']).toBe('cites');
  });
});

describe('"đến ngày" with a subject, not a date, is a condition on another document (issue 16, spent)', () => {
  const text = 'Điều 3. Hiệu lực thi hành\n2. Quyết định số 25/2020/QĐ-UBND ngày 10 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh tiếp tục được áp dụng đến ngày các quy định về giá đất tại Quyết định số 30/2026/QĐ-UBND hết hiệu lực thi hành.\n';
  it('neither the document applied until then nor the one in the condition ends', () => {
    const got = acts(text, 'Quyết định', '12/2026/QĐ-UBND');
    expect(got['25/2020/QĐ-UBND']).toBe('cites');
    expect(got['30/2026/QĐ-UBND']).toBe('cites');
  });
  it('control: "… đến hết ngày 31 tháng 12 năm 2026; Quyết định số X hết hiệu lực kể từ ngày …" still ends X', () => {
    const got = acts('Điều 3. Hiệu lực thi hành\n1. Quyết định này có hiệu lực từ ngày 01 tháng 3 năm 2026 đến hết ngày 31 tháng 12 năm 2026.\n2. Quyết định số 25/2020/QĐ-UBND ngày 10 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành.\n', 'Quyết định', '12/2026/QĐ-UBND');
    expect(got['25/2020/QĐ-UBND']).toMatch(/^(?:repeals|replaces) whole$/);
  });
});

describe('a document named again by its short number (serial and year) is the document named in full (issue 16, catalogue)', () => {
  const numbers = (text: string): string[] => extract(text, { context: { type: 'Thông tư', number: '07/2026/TT-BXD' } }).citations.map((c) => `${c.text.replace(/\s+/g, ' ')} → ${c.number} ${c.relation}`);
  it('"1. Sửa đổi khoản 2 Điều 3 Thông tư 01/2021 như sau:" amends 01/2021/TT-BXD named in the heading', () => {
    expect(numbers('Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 01/2021/TT-BXD ngày 19 tháng 5 năm 2021 của Bộ trưởng Bộ Xây dựng\n1. Sửa đổi khoản 2 Điều 3 Thông tư 01/2021 như sau:\n“2. Hồ sơ gồm bản vẽ thiết kế.”\n')).toEqual(['Thông tư số 01/2021/TT-BXD → 01/2021/TT-BXD amends', 'Thông tư 01/2021 → 01/2021/TT-BXD amends']);
  });
  it('control: two circulars of that serial and year make the short number ambiguous: no citation', () => {
    expect(numbers('Căn cứ Thông tư số 01/2021/TT-BXD và Thông tư số 01/2021/TT-BTC;\nĐiều 1. Sửa đổi khoản 2 Điều 3 Thông tư 01/2021 như sau:\n')).toEqual(['Thông tư số 01/2021/TT-BXD → 01/2021/TT-BXD basis', 'Thông tư số 01/2021/TT-BTC → 01/2021/TT-BTC basis']);
  });
  it('control: a short number the text never names in full is no citation, nor its own number', () => {
    expect(numbers('Điều 1. Sửa đổi khoản 2 Điều 3 Thông tư 01/2021 như sau:\nĐiều 2. Thông tư 07/2026 có hiệu lực từ ngày 01 tháng 5 năm 2026.\n')).toEqual([]);
  });
});

describe('an ending reported with its actor: "(đã) hết hiệu lực theo … <document>" (issue 16, catalogue)', () => {
  const reported = (text: string): Array<[string, string | null]> => extract(text, { context: { type: 'Công văn', number: '5230/BKHĐT-QLĐT' } }).citations.map((c) => [c.number ?? c.text, c.asserted?.relation ?? null]);
  it('a law ended by a law of its name: reported replaces, the letter acts on nothing', () => {
    const text = 'Do Luật Đấu thầu số 43/2013/QH13 đã hết hiệu lực theo quy định tại Điều 95 Luật Đấu thầu số 22/2023/QH15, các nội dung dẫn chiếu được thực hiện theo quy định tương ứng của Luật mới.\n';
    expect(reported(text)).toEqual([['43/2013/QH13', 'replaces'], ['22/2023/QH15', null]]);
    expect(extract(text, { context: { type: 'Công văn', number: '5230/BKHĐT-QLĐT' } }).citations.map((c) => c.relation)).toEqual(['cites', 'cites']);
  });
  it('a decree ended by a decree: reported replaces; a circular ended by a decree: reported repeals', () => {
    expect(reported('Nghị định số 12/2015/NĐ-CP đã hết hiệu lực theo Nghị định số 50/2020/NĐ-CP.\n')).toEqual([['12/2015/NĐ-CP', 'replaces'], ['50/2020/NĐ-CP', null]]);
    expect(reported('Thông tư số 12/2015/TT-BTC đã hết hiệu lực theo Nghị định số 50/2020/NĐ-CP.\n')).toEqual([['12/2015/TT-BTC', 'repeals'], ['50/2020/NĐ-CP', null]]);
  });
  it('control: a decision that publishes the list of expired documents ended nothing', () => {
    expect(reported('Thông tư số 43/2013/TT-BTC đã hết hiệu lực theo Quyết định số 22/QĐ-BTC ngày 01/02/2024 của Bộ Tài chính công bố danh mục văn bản hết hiệu lực.\n')).toEqual([['43/2013/TT-BTC', null], ['22/QĐ-BTC', null]]);
  });
});

describe('a page break between "số" and its number (a blank line) keeps the mention whole (issue 16, known weakness)', () => {
  const first = (text: string): string => {
    const c = extract(text, { context: { type: 'Nghị định', number: '07/2026/NĐ-CP' } }).citations[0];
    return c ? `${c.text.replace(/\s+/g, ' ')} ${c.relation}` : '';
  };
  it('"… một số điều của Nghị định số\\n\\n15/2018/NĐ-CP …" amends the decree, named with its type word', () => {
    expect(first('Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số\n\n15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ như sau:\n1. Sửa đổi khoản 2 Điều 3 như sau:\n')).toBe('Nghị định số 15/2018/NĐ-CP amends');
  });
  it('control: two blank lines are a paragraph break: the number is read alone', () => {
    expect(first('Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số\n\n\n15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ như sau:\n')).toMatch(/^15\/2018\/NĐ-CP /u);
  });
});

describe('an operative provision in the passive, with no actor, is this document\'s act (issue 16, drafting forms)', () => {
  const own = (text: string): Record<string, string> => acts(text, 'Nghị định', '07/2026/NĐ-CP');
  it('"1. Khoản 2 Điều 3 Nghị định số X được sửa đổi, bổ sung như sau:" amends X; "2. Điều 9 Nghị định số X được bãi bỏ." repeals it', () => {
    const text = 'Điều 2. Sửa đổi, bổ sung, bãi bỏ một số quy định\n1. Khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung như sau:\n“2. Hồ sơ gồm bản vẽ.”\n2. Điều 9 Nghị định số 20/2019/NĐ-CP được bãi bỏ.\n3. Điều 3 Nghị định số 21/2019/NĐ-CP được bổ sung khoản 4 như sau:\n“4. Hồ sơ điện tử.”\n';
    expect(own(text)).toEqual({ '15/2018/NĐ-CP': 'amends part', '20/2019/NĐ-CP': 'repeals part', '21/2019/NĐ-CP': 'amends part' });
  });
  it('control: a status phrase with its actor, or one that says the change is done, is no act of this document', () => {
    expect(own('Căn cứ Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 20/2020/NĐ-CP;\n')['15/2018/NĐ-CP']).not.toMatch(/^amends/);
    expect(own('Điều 2. Khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP đã được sửa đổi theo Nghị định số 20/2020/NĐ-CP.\n')['15/2018/NĐ-CP']).toBe('cites');
    expect(own('Điều 2. Khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP đã được sửa đổi như sau:\n')['15/2018/NĐ-CP']).toBe('cites');
  });
  it('control: a proposal that a provision be amended is no act', () => {
    expect(own('3. Đề nghị khoản 2 Điều 3 Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung như sau:\n')['15/2018/NĐ-CP']).toBe('cites');
  });
});

describe('a phrase removal that opens with "Bỏ", and an amending act ended beside its base (issue 16, drafting forms)', () => {
  it('"Điều 2. Bỏ cụm từ “…” tại khoản 2 Điều 5 Thông tư số X." repeals a part of X', () => {
    expect(acts('Điều 2. Bỏ cụm từ “và Bộ Kế hoạch và Đầu tư” tại khoản 2 Điều 5 Thông tư số 15/2018/TT-BTC.\n', 'Thông tư', '07/2026/TT-BTC')['15/2018/TT-BTC']).toBe('repeals part');
  });
  it('control: "bỏ" as an ordinary verb acts on nothing', () => {
    expect(acts('3. Người dân bỏ phiếu theo quy định tại Điều 5 Thông tư số 15/2018/TT-BTC.\n', 'Công văn', '12/UBND-VX')['15/2018/TT-BTC']).toBe('cites');
  });
  it('"Thông tư số A … và Thông tư số B … sửa đổi, bổ sung Thông tư số A hết hiệu lực": A is succeeded, and B with it', () => {
    const got = acts('Điều 5. Điều khoản thi hành\n2. Thông tư số 15/2018/TT-BTC ngày 02/02/2018 của Bộ trưởng Bộ Tài chính hướng dẫn chế độ kế toán và Thông tư số 16/2019/TT-BTC ngày 02/02/2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung Thông tư số 15/2018/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n', 'Thông tư', '07/2026/TT-BTC');
    expect(got['15/2018/TT-BTC']).toBe('replaces whole');
    expect(got['16/2019/TT-BTC']).toBe('replaces whole');
  });
  it('control: an ended circular whose own description says it amends is repealed', () => {
    expect(acts('Điều 5. Điều khoản thi hành\n2. Thông tư số 16/2019/TT-BTC ngày 02/02/2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung Thông tư số 15/2018/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n', 'Thông tư', '07/2026/TT-BTC')['16/2019/TT-BTC']).toBe('repeals whole');
  });
});

describe('"Điều chỉnh <what, described at length> tại <document> … như sau:" amends the document (issue 16, dev)', () => {
  const text = 'Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 5 mục IV của Phụ lục danh\nmục các nhiệm vụ triển khai Chương trình hành động của Chính phủ thực hiện\nNghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị về đổi\nmới công tác xây dựng và thi hành pháp luật kèm theo Chương trình hành động của Chính phủ\ntại Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 như sau:\n\n1. Tên nhiệm vụ: Xây dựng Đề án.\n2. Cơ quan chủ trì: Bộ Tư pháp.\n3. Thời gian hoàn thành: năm 2026.\n';
  it('amends 140/NQ-CP; the resolution named in the description acts on nothing', () => {
    const got = acts(text, 'Nghị quyết', '66.17/2026/NQ-CP');
    expect(got['140/NQ-CP']).toBe('amends part');
    expect(got['66-NQ/TW']).toBe('cites');
  });
  it('control: "Điều chỉnh … theo Nghị quyết số X như sau:" adjusts under X, not X', () => {
    expect(acts('Điều 2. Điều chỉnh dự toán ngân sách năm 2026 theo Nghị quyết số 140/NQ-CP ngày 17 tháng 5 năm 2025 như sau:\n1. Tăng dự toán.\n', 'Quyết định', '12/QĐ-UBND')['140/NQ-CP']).toBe('cites');
  });
});
