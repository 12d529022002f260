import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Structure and reference (issue 16): lists whose items open with the document they act on and say what they do to it, lists
 * grouped under labels, a document taken up again as "Quyết định nêu trên" or by the short name of its regulation; each with
 * what must stay no act, or unread, beside it.
 */

type Act = { relation: string; part: string | null };
const acts = (text: string, type = 'Quyết định', number = '20/2026/QĐ-UBND'): Record<string, Act[]> => {
  const out: Record<string, Act[]> = {};
  for (const c of extract(text, { context: { type, number } }).citations) {
    const key = c.number ?? c.text.replace(/\s+/g, ' ');
    out[key] = [...(out[key] ?? []), { relation: c.relation, part: c.scope ? (c.scope.whole ? 'whole' : c.scope.part) : null }, ...(c.alsoActs ?? []).map((a) => ({ relation: a.relation, part: a.scope ? (a.scope.whole ? 'whole' : a.scope.part) : null }))];
  }
  return out;
};

const NESTED = [
  'Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:',
  '1. Quyết định số 15/2020/QĐ-UBND ngày 12/5/2020 của UBND tỉnh ban hành Quy chế quản lý cụm công nghiệp:',
  'a) Sửa đổi khoản 2 Điều 3 như sau:',
  '“2. Cụm công nghiệp có quy mô …”',
  'b) Bãi bỏ Điều 5.',
  '2. Quyết định số 22/2021/QĐ-UBND ngày 3/6/2021 của UBND tỉnh quy định giá dịch vụ:',
  'a) Bãi bỏ khoản 3 Điều 2.',
  'b) Thay thế Phụ lục I bằng Phụ lục kèm theo Quyết định này.',
  '3. Quyết định số 30/2019/QĐ-UBND ngày 1/1/2019 của UBND tỉnh: bãi bỏ Điều 4.',
  'Điều 2. Quyết định này có hiệu lực từ ngày 1/7/2026.',
].join('\n');

describe('a list whose items open with the document and say what they do to it', () => {
  it('reads each document by its own items, the second and third included', () => {
    const a = acts(NESTED);
    expect(a['15/2020/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 2 Điều 3' }, { relation: 'repeals', part: 'Điều 5' }]);
    expect(a['22/2021/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'Phụ lục I' }, { relation: 'repeals', part: 'khoản 3 Điều 2' }]);
    expect(a['30/2019/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 4' }]);
  });

  it('under a head that only amends, an item that repeals a part repeals it (no succession of the whole)', () => {
    const a = acts(NESTED.replace(', bãi bỏ', ''));
    expect(a['30/2019/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 4' }]);
    expect(a['22/2021/QĐ-UBND']?.[0]?.relation).toBe('amends');
  });

  it('several acts on the item line, parted by semicolons', () => {
    const a = acts('Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:\n1. Quyết định số 15/2020/QĐ-UBND: sửa đổi khoản 1 Điều 2; bãi bỏ Điều 4.\n2. Quyết định số 16/2020/QĐ-UBND: bổ sung Điều 3a.\n');
    expect(a['15/2020/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 1 Điều 2' }, { relation: 'repeals', part: 'Điều 4' }]);
    expect(a['16/2020/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'Điều 3a' }]);
  });

  it('no act when the list is a plan of what is to be amended, or a report', () => {
    const plan = acts(NESTED.replace('Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:', 'Điều 1. Giao Sở Tư pháp chủ trì rà soát, tham mưu sửa đổi, bổ sung các Quyết định sau:'));
    expect(plan['15/2020/QĐ-UBND']?.every((x) => x.relation === 'cites')).toBe(true);
    expect(plan['22/2021/QĐ-UBND']?.every((x) => x.relation === 'cites')).toBe(true);
    const report = acts(NESTED, 'Báo cáo', '120/BC-UBND');
    expect(Object.values(report).flat().every((x) => x.relation === 'cites')).toBe(true);
  });

  it('an item of the list is not taken for a chapeau of a list of its own when it heads sub-items', () => {
    // the new wording quoted under a sub-item ("2. …:" inside the quote) heads nothing
    const a = acts('Điều 1. Sửa đổi, bổ sung một số điều của các Quyết định sau:\n1. Quyết định số 15/2020/QĐ-UBND:\na) Sửa đổi Điều 3 như sau:\n“Điều 3. Hồ sơ\n1. Hồ sơ gồm:\na) Đơn đề nghị.”\n2. Quyết định số 16/2020/QĐ-UBND:\na) Bổ sung khoản 4 Điều 2.\n');
    expect(a['16/2020/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 4 Điều 2' }]);
  });
});

describe('a list grouped under labels', () => {
  it('the label heads its items for the list above it', () => {
    const a = acts('Điều 1. Bãi bỏ các văn bản sau:\n1. Lĩnh vực tài chính:\na) Quyết định số 15/2020/QĐ-UBND ngày 12/5/2020 của UBND tỉnh;\nb) Quyết định số 16/2020/QĐ-UBND ngày 12/5/2020.\n2. Lĩnh vực xây dựng:\na) Quyết định số 22/2021/QĐ-UBND ngày 3/6/2021 của UBND tỉnh.\nĐiều 2. Hiệu lực');
    for (const n of ['15/2020/QĐ-UBND', '16/2020/QĐ-UBND', '22/2021/QĐ-UBND']) expect(a[n]).toEqual([{ relation: 'repeals', part: 'whole' }]);
  });

  it('a label under a head that acts on nothing carries nothing', () => {
    const a = acts('Điều 1. Các văn bản làm căn cứ gồm:\n1. Lĩnh vực tài chính:\na) Quyết định số 15/2020/QĐ-UBND ngày 12/5/2020 của UBND tỉnh;\n2. Lĩnh vực xây dựng:\na) Quyết định số 22/2021/QĐ-UBND ngày 3/6/2021.\n');
    expect(a['15/2020/QĐ-UBND']?.[0]?.relation).toBe('cites');
    expect(a['22/2021/QĐ-UBND']?.[0]?.relation).toBe('cites');
  });
});

describe('a document taken up again: "Quyết định nêu trên"', () => {
  it('is the one document of its type named before', () => {
    const a = acts('Căn cứ Quyết định số 789/QĐ-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh về việc thành lập Tổ công tác;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi khoản 2 Điều 1 Quyết định nêu trên như sau:\n', 'Quyết định', '1200/QĐ-UBND');
    expect(a['789/QĐ-UBND']).toEqual([{ relation: 'basis', part: null }, { relation: 'amends', part: 'khoản 2 Điều 1' }]);
  });

  it('stays unread when two documents of the type were named and the title names neither', () => {
    const a = acts('Căn cứ Quyết định số 11/2020/QĐ-UBND ngày 1/2/2020 của UBND tỉnh;\nCăn cứ Quyết định số 12/2021/QĐ-UBND ngày 1/2/2021 của UBND tỉnh;\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi khoản 2 Điều 1 Quyết định nêu trên như sau:\n');
    expect(Object.values(a).flat().map((x) => x.relation)).toEqual(['basis', 'basis']);
  });

  it('"các Quyết định nêu trên" (many) and "Quyết định này" (this one) are none', () => {
    const a = acts('Căn cứ Quyết định số 11/2020/QĐ-UBND ngày 1/2/2020 của UBND tỉnh;\nĐiều 1. Sửa đổi các Quyết định nêu trên và Quyết định này.\n');
    expect(Object.keys(a)).toEqual(['11/2020/QĐ-UBND']);
  });
});

describe('the short name of a regulation issued with a decision', () => {
  const text = 'Điều 1. Sửa đổi, bổ sung một số điều của Quy định về quản lý nhà nước đối với hoạt động quảng cáo trên địa bàn tỉnh ban hành kèm theo Quyết định số 35/2020/QĐ-UBND (sau đây gọi là Quy định)\n1. Khoản 2 Điều 4 Quy định được sửa đổi như sau:\n“2. …”\n2. Bãi bỏ Điều 10 Quy định.\nĐiều 2. Điều 3 quy định về thời hạn giữ nguyên.\n';
  it('is that decision where places pin it; the heading amends though "đối với" is in the regulation\'s title', () => {
    const a = acts(text);
    expect(a['35/2020/QĐ-UBND']?.map((x) => x.relation)).toEqual(['amends', 'repeals', 'amends', 'repeals']);
    expect(a['35/2020/QĐ-UBND']?.[2]?.part).toBe('Khoản 2 Điều 4');
  });
  it('the verb "quy định" after an article is none', () => {
    expect(Object.keys(acts(text))).toEqual(['35/2020/QĐ-UBND']);
  });
});

describe('a row of a table of amendments', () => {
  it('the verb of a cell, the places of another, pipes or tabs', () => {
    const a = acts('| STT | Nội dung | Vị trí | Văn bản |\n| 1 | Sửa đổi | khoản 2 Điều 5 | Quyết định số 30/2020/QĐ-UBND |\n| 2 | Bãi bỏ | Điều 8 | Quyết định số 31/2020/QĐ-UBND |\n| 3 | Bãi bỏ toàn bộ | | Quyết định số 32/2020/QĐ-UBND |\n');
    expect(a['30/2020/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 2 Điều 5' }]);
    expect(a['31/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 8' }]);
    expect(a['32/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    const tabbed = acts('TT\tVăn bản\tNội dung sửa đổi, bổ sung\n1\tQuyết định số 12/2021/QĐ-UBND\tSửa đổi khoản 1 Điều 3 như sau: "1. Mức hỗ trợ 2.000.000 đồng"\n');
    expect(tabbed['12/2021/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 1 Điều 3' }]);
  });

  it('no act in a table of proposals, in a report, or where the mention does not open its cell', () => {
    const proposal = acts('| STT | Văn bản | Nội dung đề nghị sửa đổi |\n| 1 | Quyết định số 30/2020/QĐ-UBND | Sửa đổi khoản 2 Điều 5 |\n');
    expect(proposal['30/2020/QĐ-UBND']?.[0]?.relation).toBe('cites');
    const report = acts('| STT | Nội dung | Văn bản |\n| 1 | Sửa đổi khoản 2 Điều 5 | Quyết định số 30/2020/QĐ-UBND |\n', 'Báo cáo', '12/BC-UBND');
    expect(report['30/2020/QĐ-UBND']?.[0]?.relation).toBe('cites');
    const basis = acts('| 1 | Sửa đổi khoản 2 Điều 5 | Căn cứ Quyết định số 30/2020/QĐ-UBND |\n');
    expect(basis['30/2020/QĐ-UBND']?.[0]?.relation).not.toBe('amends');
  });
});

describe('a table under a head that acts', () => {
  it('the head says what the rows are: repealed, in part with their places, or replaced by this document', () => {
    const whole = acts('Điều 1. Bãi bỏ các Quyết định của UBND tỉnh sau:\n| STT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|---|\n| 1 | 41/2012/QĐ-UBND | 3/5/2012 | Sửa đổi Quyết định số 12/2010/QĐ-UBND |\n| 2 | 18/2014/QĐ-UBND | 9/9/2014 | Quy định mức thu |\n');
    expect(whole['41/2012/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(whole['18/2014/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    // (the title column's verb is the listed document's title, and the document it names is no act of this one)
    expect(whole['12/2010/QĐ-UBND']?.[0]?.relation).toBe('cites');
    const part = acts('PHỤ LỤC\nDANH MỤC QUYẾT ĐỊNH BỊ BÃI BỎ MỘT PHẦN\n(Kèm theo Quyết định số 20/2026/QĐ-UBND)\nSTT\tVăn bản\tNội dung bị bãi bỏ\n1\tQuyết định số 11/2019/QĐ-UBND\tKhoản 2 Điều 7; Điều 9\n');
    expect(part['11/2019/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Khoản 2 Điều 7; Điều 9' }]);
    const dashes = acts('Bãi bỏ các văn bản sau đây:\nSTT – Văn bản – Nội dung bãi bỏ\n1 – Quyết định số 13/2017/QĐ-UBND – Bãi bỏ toàn bộ\n2 – Quyết định số 14/2017/QĐ-UBND – Bãi bỏ Điều 3\n');
    expect(dashes['13/2017/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(dashes['14/2017/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 3' }]);
    const replaced = acts('PHỤ LỤC\nDANH MỤC QUYẾT ĐỊNH HẾT HIỆU LỰC DO QUYẾT ĐỊNH NÀY THAY THẾ\n1\tQuyết định số 21/2016/QĐ-UBND\tQuy định định mức chi\n');
    expect(replaced['21/2016/QĐ-UBND']).toEqual([{ relation: 'replaces', part: 'whole' }]);
  });

  it('no act in a plan\'s table of what is to be amended, nor in a published list of expired documents', () => {
    const plan = acts('DANH MỤC VĂN BẢN CẦN SỬA ĐỔI, THAY THẾ NĂM 2027\nSTT | Văn bản | Hình thức xử lý\n1 | Quyết định số 30/2020/QĐ-UBND | Thay thế\n2 | Quyết định số 31/2020/QĐ-UBND | Bãi bỏ\n', 'Kế hoạch', '88/KH-UBND');
    expect(Object.values(plan).flat().every((x) => x.relation === 'cites')).toBe(true);
    const published = acts('Điều 1. Công bố Danh mục văn bản hết hiệu lực toàn bộ năm 2026:\nSTT | Văn bản | Văn bản bãi bỏ\n1 | Quyết định số 30/2020/QĐ-UBND | Bãi bỏ bởi Quyết định số 05/2026/QĐ-UBND\n');
    expect(published['30/2020/QĐ-UBND']?.some((x) => x.relation === 'repeals')).toBe(false);
    expect(published['05/2026/QĐ-UBND']?.some((x) => x.relation === 'repeals')).toBe(false);
  });
});

describe('items of a document, in the other shapes a drafter uses', () => {
  it('roman marks, "Tại Quyết định số …:", an unmarked line under the item, the whole repealed', () => {
    const a = acts('Điều 1. Sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:\nI. Quyết định số 51/2014/QĐ-UBND ngày 2/12/2014 về quản lý chợ:\n1. Bãi bỏ Điều 6.\n2. Bãi bỏ khoản 1 Điều 8.\nII. Tại Quyết định số 52/2015/QĐ-UBND ngày 7/1/2015 về phí chợ:\nSửa đổi khoản 2 Điều 4 như sau: …\nIII. Quyết định số 53/2016/QĐ-UBND ngày 9/9/2016 về giá thuê: bãi bỏ toàn bộ Quyết định.\n');
    expect(a['51/2014/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 6; khoản 1 Điều 8' }]);
    expect(a['52/2015/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 2 Điều 4' }]);
    expect(a['53/2016/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
  });

  it('two documents in one item share its acts; a line that names its documents speaks for them', () => {
    const a = acts('Điều 1. Sửa đổi, bổ sung một số điều của các Quyết định sau:\n1. Quyết định số 61/2018/QĐ-UBND và Quyết định số 62/2018/QĐ-UBND cùng ngày 1/8/2018:\nBổ sung khoản 3 Điều 2.\n2. Quyết định số 63/2019/QĐ-UBND và Quyết định số 64/2019/QĐ-UBND:\nBãi bỏ Điều 5 Quyết định số 63/2019/QĐ-UBND và Điều 7 Quyết định số 64/2019/QĐ-UBND.\n');
    expect(a['61/2018/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 3 Điều 2' }]);
    expect(a['62/2018/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'khoản 3 Điều 2' }]);
    expect(a['63/2019/QĐ-UBND']?.filter((x) => x.relation !== 'cites')).toEqual([{ relation: 'repeals', part: 'Điều 5' }]);
    expect(a['64/2019/QĐ-UBND']?.filter((x) => x.relation !== 'cites')).toEqual([{ relation: 'repeals', part: 'Điều 7' }]);
  });

  it('the places alone, under a head that repeals', () => {
    const a = acts('Điều 5. Hiệu lực thi hành\nQuyết định này có hiệu lực từ ngày 1/9/2026 và bãi bỏ các quy định sau:\n- Quyết định số 71/2016/QĐ-UBND: Điều 5, khoản 2 Điều 9;\n- Quyết định số 72/2016/QĐ-UBND: toàn bộ;\n- Quyết định số 73/2017/QĐ-UBND: Phụ lục số 1.\n');
    expect(a['71/2016/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 5, khoản 2 Điều 9' }]);
    expect(a['72/2016/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(a['73/2017/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Phụ lục số 1' }]);
  });
});

describe('a body set up by a decision, its members or term changed', () => {
  it.each([
    ['Điều 1. Kiện toàn Ban Chỉ đạo công tác dân tộc tỉnh (thành lập theo Quyết định số 1201/QĐ-UBND ngày 2/3/2022 của Chủ tịch UBND tỉnh), gồm:\n', '1201/QĐ-UBND'],
    ['Điều 1. Thay đổi thành viên Hội đồng thi đua khen thưởng huyện được thành lập tại Quyết định số 77/QĐ-UBND ngày 5/1/2024 như sau:\n', '77/QĐ-UBND'],
    ['Điều 1. Điều chỉnh, bổ sung thành viên Tổ công tác cải cách hành chính tại Điều 1 Quyết định số 930/QĐ-UBND ngày 1/4/2023 như sau:\n', '930/QĐ-UBND'],
    ['Điều 1. Kéo dài thời gian hoạt động của Tổ công tác liên ngành được thành lập theo Quyết định số 415/QĐ-UBND ngày 9/5/2023 đến hết ngày 31/12/2026.\n', '415/QĐ-UBND'],
  ])('%s', (text, n) => {
    expect(acts(text, 'Quyết định', '2300/QĐ-UBND')[n]?.[0]?.relation).toBe('amends');
  });

  it('no act when the body is set up anew under the decision, in a plan\'s task, or in a draft that will replace it', () => {
    expect(acts('Điều 1. Thành lập Tổ công tác theo Quyết định số 415/QĐ-UBND ngày 9/5/2023.\n', 'Quyết định', '2300/QĐ-UBND')['415/QĐ-UBND']?.[0]?.relation).toBe('cites');
    expect(acts('2. Sở Nội vụ: tham mưu kiện toàn Ban Chỉ đạo được thành lập theo Quyết định số 1201/QĐ-UBND.\n', 'Kế hoạch', '40/KH-UBND')['1201/QĐ-UBND']?.[0]?.relation).toBe('cites');
    expect(acts('Điều 2. Hội đồng có nhiệm vụ thẩm định dự thảo bảng giá đất thay thế Quyết định số 45/2019/QĐ-UBND ngày 20/12/2019.\n', 'Quyết định', '2300/QĐ-UBND')['45/2019/QĐ-UBND']?.[0]?.relation).toBe('cites');
  });

  it('a plan schedules the replacement of a decision and does not replace it; it may replace a plan', () => {
    const a = acts('2. Sở Tư pháp: trình UBND tỉnh thay thế Quyết định số 35/2018/QĐ-UBND về quy chế tuyển dụng.\nKế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 3/2/2024.\n', 'Kế hoạch', '40/KH-UBND');
    expect(a['35/2018/QĐ-UBND']?.[0]?.relation).toBe('cites');
    expect(a['12/KH-UBND']?.[0]?.relation).toBe('replaces');
  });
});

describe('the title and the articles', () => {
  it('a title that names the document whole acts on the parts the articles name', () => {
    const a = acts('QUYẾT ĐỊNH\nVề việc bãi bỏ Quyết định số 36/2023/QĐ-UBND ngày 15/9/2023 của Ủy ban nhân dân tỉnh\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ khoản 2 Điều 5 Quyết định số 36/2023/QĐ-UBND.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n');
    expect(a['36/2023/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'khoản 2 Điều 5' }, { relation: 'repeals', part: 'khoản 2 Điều 5' }]);
    // (and stays whole when the articles repeal the whole)
    const whole = acts('QUYẾT ĐỊNH\nVề việc bãi bỏ Quyết định số 36/2023/QĐ-UBND ngày 15/9/2023 của Ủy ban nhân dân tỉnh\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ Quyết định số 36/2023/QĐ-UBND.\n');
    expect(whole['36/2023/QĐ-UBND']?.every((x) => x.part === 'whole')).toBe(true);
  });

  it('a directive\'s first paragraph ends its title: its last clause replaces the directive it reported on', () => {
    const a = acts('CHỈ THỊ\nVề tăng cường công tác phòng, chống dịch bệnh gia súc, gia cầm\nThời gian qua, việc thực hiện Chỉ thị số 34/CT-TTg ngày 19/9/2019 của Thủ tướng Chính phủ đã đạt kết quả bước đầu.\nThủ tướng Chính phủ yêu cầu:\n1. Các Bộ khẩn trương triển khai.\n2. Chỉ thị này thay thế Chỉ thị số 34/CT-TTg ngày 19/9/2019.\n', 'Chỉ thị', '02/CT-TTg');
    expect(a['34/CT-TTg']).toEqual([{ relation: 'cites', part: null }, { relation: 'replaces', part: 'whole' }]);
  });
});

describe('more ways of taking a document up again', () => {
  it('"Quyết định đó", an ordinal among the documents named, a regulation named before', () => {
    const that = acts('Xét Tờ trình số 85/TTr-SNV của Sở Nội vụ đề nghị sửa đổi Quyết định số 1250/QĐ-UBND ngày 15/6/2022 của UBND huyện.\nQUYẾT ĐỊNH:\nĐiều 1. Sửa đổi Điều 8 Quy chế ban hành kèm theo Quyết định đó như sau: …\n', 'Quyết định', '412/QĐ-UBND');
    expect(that['1250/QĐ-UBND']?.map((x) => x.relation)).toEqual(['cites', 'amends']);
    const ordinal = acts('Hội đồng nhân dân tỉnh đã ban hành Nghị quyết số 17/2020/NQ-HĐND ngày 11/12/2020 và Nghị quyết số 06/2021/NQ-HĐND ngày 22/7/2021.\nĐiều 1. Sửa đổi khoản 1 Điều 3 của Nghị quyết thứ nhất như sau: …\nĐiều 2. Bãi bỏ Nghị quyết thứ hai.\n', 'Nghị quyết', '09/2023/NQ-HĐND');
    expect(ordinal['17/2020/NQ-HĐND']?.[1]).toEqual({ relation: 'amends', part: 'khoản 1 Điều 3' });
    expect(ordinal['06/2021/NQ-HĐND']?.[1]).toEqual({ relation: 'repeals', part: 'whole' });
    const regulation = acts('Điều 1. Sửa đổi Điều 3 Quy định về quản lý quảng cáo ban hành kèm theo Quyết định số 31/2016/QĐ-UBND ngày 12/8/2016 như sau: …\nĐiều 2. Bãi bỏ khoản 2 Điều 9 Quy định nói trên.\n');
    expect(regulation['31/2016/QĐ-UBND']).toEqual([{ relation: 'amends', part: 'Điều 3 Quy định về quản lý quảng cáo' }, { relation: 'repeals', part: 'khoản 2 Điều 9' }]);
  });

  it('no reference when the ordinal has one document to count, or no regulation was issued with a document', () => {
    expect(Object.keys(acts('Căn cứ Nghị quyết số 17/2020/NQ-HĐND;\nĐiều 1. Bãi bỏ Nghị quyết thứ hai.\n', 'Nghị quyết', '09/2023/NQ-HĐND'))).toEqual(['17/2020/NQ-HĐND']);
    expect(acts('Căn cứ Quyết định số 31/2016/QĐ-UBND;\nĐiều 1. Bãi bỏ khoản 2 Điều 9 Quy định nói trên.\n')['31/2016/QĐ-UBND']).toEqual([{ relation: 'basis', part: null }]);
  });

  it('"(đã được điều chỉnh tại Quyết định số …)" reports an adjustment; "được điều chỉnh bởi Bộ luật …" is "governed by"', () => {
    const a = acts('Điều 1. Điều chỉnh, bổ sung mục IV Đề án ban hành kèm theo Quyết định số 560/QĐ-UBND (đã được điều chỉnh tại Quyết định số 1811/QĐ-UBND) như sau: …\n', 'Quyết định', '1702/QĐ-UBND');
    expect(a['1811/QĐ-UBND']).toEqual([{ relation: 'cites', part: null }]);
    expect(a['560/QĐ-UBND']?.[0]?.relation).toBe('amends');
    const governed = extract('Các quan hệ dân sự được điều chỉnh bởi Bộ luật Dân sự số 91/2015/QH13.', { context: { type: 'Nghị định', number: '1/2026/NĐ-CP' } }).citations;
    expect(governed.map((c) => [c.relation, c.asserted])).toEqual([['cites', null]]);
  });

  it('an adjustment given in an annex ("… như Phụ lục kèm theo") amends what the decision set', () => {
    expect(acts('Điều 1. Điều chỉnh kế hoạch vốn đầu tư công năm 2024 đã giao tại Quyết định số 2755/QĐ-UBND như Phụ lục kèm theo.\n', 'Quyết định', '320/QĐ-UBND')['2755/QĐ-UBND']?.[0]?.relation).toBe('amends');
  });
});

describe('a table of procedures', () => {
  it('the decree in the column of legal basis is no object of the head', () => {
    const a = acts('Điều 1. Phê duyệt Danh mục thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ thuộc thẩm quyền giải quyết của Sở Công Thương.\nSTT | Tên thủ tục hành chính | Văn bản quy định\n1 | Cấp Giấy phép bán lẻ rượu | Nghị định số 17/2020/NĐ-CP\n', 'Quyết định', '130/QĐ-UBND');
    expect(a['17/2020/NĐ-CP']).toEqual([{ relation: 'cites', part: null }]);
  });
});

describe('a decision withdrawn', () => {
  it('"Thu hồi Quyết định số …" ends it; land or a paper recovered under a decision, or a plan\'s task, is none', () => {
    expect(acts('Điều 1. Thu hồi Quyết định số 2876/QĐ-UBND ngày 28/12/2023 của Chủ tịch UBND huyện về việc điều động viên chức.\n', 'Quyết định', '62/QĐ-UBND')['2876/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    const none = acts('Điều 1. Thu hồi đất theo Quyết định số 2876/QĐ-UBND ngày 28/12/2023.\nĐiều 2. Thu hồi Giấy chứng nhận cấp theo Quyết định số 2877/QĐ-UBND.\n', 'Quyết định', '62/QĐ-UBND');
    expect(Object.values(none).flat().map((x) => x.relation)).toEqual(['cites', 'cites']);
    expect(acts('- Thu hồi Quyết định số 2876/QĐ-UBND ngày 28/12/2023.\n', 'Kế hoạch', '62/KH-UBND')['2876/QĐ-UBND']?.[0]?.relation).toBe('cites');
  });
});

describe('two objects of this document\'s guiding verbs', () => {
  it('"Thông tư này quy định chi tiết thi hành Luật … và hướng dẫn thực hiện Nghị định số …" guides both', () => {
    const a = acts('Thông tư này quy định chi tiết thi hành Luật Căn cước năm 2023 và hướng dẫn thực hiện Nghị định số 70/2024/NĐ-CP ngày 25 tháng 6 năm 2024 của Chính phủ.\n', 'Thông tư', '17/2024/TT-BCA');
    expect(a['70/2024/NĐ-CP']).toEqual([{ relation: 'guides', part: null }]);
    expect(a['Luật Căn cước năm 2023']).toEqual([{ relation: 'guides', part: null }]);
  });
  it('a decree described by its own guiding verb stays described', () => {
    const a = acts('Căn cứ Nghị định số 70/2024/NĐ-CP ngày 25 tháng 6 năm 2024 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Căn cước;\n', 'Thông tư', '17/2024/TT-BCA');
    expect(a['Luật Căn cước']?.[0]?.relation).toBe('cites');
  });
});

describe('guards from the review of these rules (report-only, 2026-12-04)', () => {
  it('a committee changed "theo" a document it follows amends nothing', () => {
    for (const [text, n] of [
      ['Điều 1. Kiện toàn Ban Chỉ đạo công tác cải cách hành chính tỉnh theo Quyết định số 45/QĐ-TTg ngày 1/2/2024 của Thủ tướng Chính phủ, gồm các thành viên sau:\n', '45/QĐ-TTg'],
      ['Điều 1. Bổ sung thành viên Hội đồng thẩm định giá đất tỉnh theo quy định tại Điều 5 Nghị định số 71/2024/NĐ-CP.\n', '71/2024/NĐ-CP'],
      ['Điều 1. Kiện toàn Tổ công tác triển khai Đề án 06 để thực hiện nhiệm vụ tại Quyết định số 06/QĐ-TTg ngày 6/1/2022.\n', '06/QĐ-TTg'],
      ['Điều 1. Bổ sung thành viên Ban Chỉ đạo chuyển đổi số tỉnh theo đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV.\n', '45/TTr-SNV'],
    ] as const) expect(acts(text, 'Quyết định', '2300/QĐ-UBND')[n]?.[0]?.relation).toBe('cites');
  });

  it('a transitional clause is no group label; a head may share its items\' mark', () => {
    const a = acts('Điều 3. Bãi bỏ các Quyết định sau:\n1. Quyết định số 11/2020/QĐ-UBND;\n2. Quyết định số 13/2020/QĐ-UBND.\n3. Xử lý chuyển tiếp:\na) Hồ sơ đã tiếp nhận tiếp tục giải quyết theo Quyết định số 19/2021/QĐ-UBND;\nb) Mức hỗ trợ áp dụng theo Nghị quyết số 05/2022/NQ-HĐND.\n');
    expect(a['11/2020/QĐ-UBND']?.[0]?.relation).toBe('repeals');
    expect(a['19/2021/QĐ-UBND']?.[0]?.relation).toBe('cites');
    expect(a['05/2022/NQ-HĐND']?.[0]?.relation).toBe('cites');
    const dash = acts('Điều 1. Điều khoản chuyển tiếp và bãi bỏ\n- Bãi bỏ các Quyết định sau:\n- Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020;\n- Quyết định số 18/2021/QĐ-UBND ngày 01/7/2021.\n');
    expect(dash['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(dash['18/2021/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
  });

  it('tables: a span of years is no cell; a verb with no place acts on nothing; a head of what stays in force; a column of reasons', () => {
    const years = acts('Điều 1. Bãi bỏ Quyết định số 05/2019/QĐ-UBND.\nĐiều 2. Giao Sở Kế hoạch và Đầu tư tiếp tục triển khai:\nQuyết định số 1234/QĐ-UBND về kế hoạch đầu tư công trung hạn 2021 – 2025 và định hướng 2026 – 2030;\n');
    expect(years['1234/QĐ-UBND']?.[0]?.relation).toBe('cites');
    const note = acts('| STT | Văn bản | Vốn | Ghi chú |\n| 1 | Quyết định số 1234/QĐ-UBND | 15 tỷ | Điều chỉnh lần 2 |\n');
    expect(note['1234/QĐ-UBND']?.[0]?.relation).toBe('cites');
    const kept = acts('Điều 1. Bãi bỏ Quyết định số 05/2019/QĐ-UBND.\nCác văn bản tiếp tục có hiệu lực:\n| 1 | Quyết định số 12/2020/QĐ-UBND | Toàn bộ |\n| 2 | Quyết định số 18/2021/QĐ-UBND | Điều 3, Điều 4 |\n');
    expect(kept['12/2020/QĐ-UBND']?.[0]?.relation).toBe('cites');
    expect(kept['18/2021/QĐ-UBND']?.[0]?.relation).toBe('cites');
    const reasons = acts('Điều 1. Bãi bỏ các Quyết định sau:\n| STT | Tên văn bản | Lý do bãi bỏ |\n| 1 | Quyết định số 12/2020/QĐ-UBND | Không còn phù hợp |\n');
    expect(reasons['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
  });

  it('"nêu trên" after a decision named as a common noun is unread', () => {
    const a = acts('Căn cứ Quyết định số 45/2024/QĐ-UBND ngày 1/2/2024 ban hành Quy định về thu hồi đất;\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi Giấy chứng nhận đã cấp theo quyết định của UBND huyện.\nĐiều 2. Hủy bỏ Quyết định nêu trên của UBND huyện.\n');
    expect(a['45/2024/QĐ-UBND']).toEqual([{ relation: 'basis', part: null }]);
  });

  it('a title\'s own list, a task given, a list ending parts, a passive in a repeal', () => {
    const own = acts('Điều 1. Bãi bỏ các Quyết định sau:\n1. Quyết định số 12/2020/QĐ-UBND ban hành Bảng giá đất giai đoạn 2020-2024, gồm:\n- Phụ lục I: Bảng giá đất ở;\n- Phụ lục II: Bảng giá đất nông nghiệp.\n2. Quyết định số 18/2021/QĐ-UBND.\n');
    expect(own['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    const task = acts('Điều 1. Giao Sở Tư pháp chủ trì, tham mưu sửa đổi, bổ sung, bãi bỏ một số điều của các Quyết định sau:\n1. Quyết định số 12/2020/QĐ-UBND:\na) Sửa đổi khoản 2 Điều 3;\nb) Bãi bỏ Điều 5.\n2. Quyết định số 18/2021/QĐ-UBND: bãi bỏ Điều 4.\n');
    expect(Object.values(task).flat().every((x) => x.relation === 'cites')).toBe(true);
    const partly = acts('Điều 1. Bãi bỏ một phần các Quyết định sau:\n1. Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020:\nKhoản 2 Điều 3 và khoản 4 Điều 6.\n2. Quyết định số 18/2021/QĐ-UBND ngày 01/7/2021 về giá dịch vụ.\n3. Quyết định số 19/2021/QĐ-UBND ngày 01/8/2021 (bãi bỏ toàn bộ).\n');
    expect(partly['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Khoản 2 Điều 3 và khoản 4 Điều 6' }]);
    expect(partly['18/2021/QĐ-UBND']).toEqual([{ relation: 'repeals', part: null }]);
    expect(partly['19/2021/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    const passive = acts('Điều 1. Bãi bỏ Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020 của UBND tỉnh, sửa đổi, bổ sung bởi Quyết định số 07/2022/QĐ-UBND ngày 01/3/2022.\n');
    expect(passive['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
  });
});

describe('issuers', () => {
  it('"Quyết định nêu trên của UBND huyện" after a decision of the province is unread', () => {
    const a = acts('Căn cứ Quyết định số 45/2024/QĐ-UBND ngày 10 tháng 10 năm 2024 của UBND tỉnh ban hành Quy định về thu hồi đất;\nQUYẾT ĐỊNH:\nĐiều 1. Thu hồi 500 m2 đất của hộ ông B.\nĐiều 2. Bãi bỏ Quyết định nêu trên của UBND huyện về giao đất cho hộ ông B.\n', 'Quyết định', '12/QĐ-UBND');
    expect(a['45/2024/QĐ-UBND']).toEqual([{ relation: 'basis', part: null }]);
  });
  it('a province\'s decision acts on no decree, however it is worded', () => {
    const a = acts('Căn cứ Nghị định số 83/2020/NĐ-CP ngày 15 tháng 7 năm 2020 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Bổ sung khoản 4 Điều 5 Nghị định nêu trên vào căn cứ áp dụng.\nĐiều 2. Bãi bỏ Điều 7 Nghị định số 83/2020/NĐ-CP.\n');
    expect(a['83/2020/NĐ-CP']?.every((x) => x.relation === 'basis' || x.relation === 'cites')).toBe(true);
  });
});

describe('a table that reports', () => {
  it('an annex on what was done acts on nothing, with or without a verb in its rows', () => {
    const a = acts('Điều 1. Phê duyệt kết quả thực hiện năm 2025.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nPhụ lục\nTÌNH HÌNH THỰC HIỆN CÁC VĂN BẢN ĐÃ BÃI BỎ, SỬA ĐỔI NĂM 2025\n| STT | Văn bản | Kết quả |\n| 1 | Quyết định số 12/2020/QĐ-UBND | Đã sửa đổi Điều 5 |\n| 2 | Quyết định số 18/2021/QĐ-UBND | Bãi bỏ toàn bộ |\n');
    expect(a['12/2020/QĐ-UBND']).toEqual([{ relation: 'cites', part: null }]);
    expect(a['18/2021/QĐ-UBND']).toEqual([{ relation: 'cites', part: null }]);
  });
});

describe('a status note in brackets inside an amending chapeau\'s item', () => {
  it('does not hide the item\'s repeal', () => {
    const a = acts('Điều 1. Sửa đổi, bổ sung Quy định ban hành kèm theo Quyết định số 17/2015/QĐ-UBND ngày 22/5/2015 của Ủy ban nhân dân tỉnh như sau:\n1. Sửa đổi khoản 1 Điều 8:\n"1. Mức hỗ trợ …"\n2. Bãi bỏ khoản 4 Điều 10 (đã được bổ sung tại khoản 3 Điều 1 Quyết định số 09/2018/QĐ-UBND).\n', 'Quyết định', '35/2021/QĐ-UBND');
    expect(a['17/2015/QĐ-UBND']?.map((x) => x.relation)).toEqual(['amends', 'repeals']);
  });
});

describe('guards from the second review (report-only, 2026-12-04)', () => {
  it('a head that acts names a ministry, a subject, the review or the proposer without becoming a task', () => {
    for (const head of ['Bãi bỏ các Thông tư sau đây của Bộ trưởng Bộ Giao thông vận tải:', 'Bãi bỏ các Quyết định sau đây của UBND tỉnh về giao đất, cho thuê đất:', 'Bãi bỏ các văn bản sau đây (đã được rà soát):', 'Bãi bỏ các Quyết định sau đây theo đề nghị của Giám đốc Sở Tư pháp:', 'Bãi bỏ các Quyết định sau đây do không cần thiết ban hành:']) {
      const a = acts(`Điều 1. ${head}\n1. Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020;\n2. Quyết định số 18/2021/QĐ-UBND ngày 01/7/2021.\n`);
      expect(a['12/2020/QĐ-UBND'], head).toEqual([{ relation: 'repeals', part: 'whole' }]);
    }
  });

  it('a table under a head that repeals keeps its acts whatever reasons its head or columns give', () => {
    const a = acts('Điều 1. Bãi bỏ các Quyết định sau đây do không còn phù hợp với tình hình thực tế:\n| STT | Số, ký hiệu văn bản | Căn cứ pháp lý | Nội dung bãi bỏ |\n| 1 | Quyết định số 12/2020/QĐ-UBND | Luật Giá | Toàn bộ |\n| 2 | Quyết định số 18/2021/QĐ-UBND | Luật Giá | Điều 4 |\n');
    expect(a['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(a['18/2021/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'Điều 4' }]);
  });

  it('a sector named with "giao thông" or "xử lý vi phạm" is a group of the list', () => {
    const a = acts('Điều 1. Bãi bỏ các văn bản quy phạm pháp luật sau đây:\n1. Lĩnh vực giao thông vận tải:\na) Quyết định số 12/2020/QĐ-UBND ngày 05/6/2020;\n2. Lĩnh vực tư pháp (xử lý vi phạm hành chính):\na) Quyết định số 13/2020/QĐ-UBND ngày 05/7/2020.\n');
    expect(a['12/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(a['13/2020/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
  });

  it('the decree\'s own "quy định chi tiết và hướng dẫn thi hành" is its description; two decisions withdrawn together; a ministry\'s decision', () => {
    const g = acts('Thông tư này hướng dẫn Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đất đai.\n', 'Thông tư', '05/2026/TT-BTNMT');
    expect(g['Luật Đất đai']?.[0]?.relation).toBe('cites');
    expect(g['43/2014/NĐ-CP']?.[0]?.relation).toBe('guides');
    const r = acts('Điều 1. Thu hồi Quyết định số 125/QĐ-UBND và Quyết định số 126/QĐ-UBND ngày 05/6/2024 của Chủ tịch UBND huyện.\n', 'Quyết định', '300/QĐ-UBND');
    expect(r['126/QĐ-UBND']).toEqual([{ relation: 'repeals', part: 'whole' }]);
    expect(acts('Điều 1. Bãi bỏ Quyết định số 123/QĐ-BTC ngày 1/2/2020 của Bộ trưởng Bộ Tài chính.\n')['123/QĐ-BTC']?.[0]?.relation).toBe('cites');
  });
});
