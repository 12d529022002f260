import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Reported acts that cannot be (issue 16): the status phrases of consolidated texts' preambles, which list dozens of laws each
 * "đã được sửa đổi, bổ sung một số điều theo …" in one sentence, were read on past the end of each list of actors; a document
 * acted on "by" itself, by an older one or by one of lower rank; the law a decree's title details; a numbered mention inside a
 * defined name. Each beside the reading that must stay.
 */
const reports = (text: string, type = 'Văn bản hợp nhất', number = '28/VBHN-VPQH'): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  const cs = extract(text, { context: { type, number } }).citations;
  for (const c of cs) {
    const key = c.number ?? c.text.replace(/\s+/gu, ' ');
    const said = [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a && a.relation !== 'cites' ? [`${a.relation} by ${cs[a.subject]?.number ?? '?'}`] : []));
    out[key] = [...(out[key] ?? []), ...said];
  }
  return out;
};

describe('a list of actors ends where the sentence goes on with the next document', () => {
  it('at its "và": the law after it is the next one the sentence names', () => {
    const r = reports('Căn cứ Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 32/2013/QH13, Luật số 46/2014/QH13 và Luật số 97/2015/QH13, Luật Giám định tư pháp số 13/2012/QH13 và Luật Bảo vệ quyền lợi người tiêu dùng số 59/2010/QH12.');
    // (the amending law's own title amends it too: an act the preamble reports of the law it rests on)
    expect(r['25/2008/QH12']).toEqual(['amends by 35/2018/QH14', 'amends by 32/2013/QH13', 'amends by 46/2014/QH13', 'amends by 97/2015/QH13']);
    expect(r['13/2012/QH13']).toEqual([]);
  });

  it('at a document with a status phrase of its own, which is that document\'s', () => {
    const r = reports('Luật Thực hành tiết kiệm, chống lãng phí số 44/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 21/2017/QH14, Luật Hải quan số 54/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 71/2014/QH13, Luật Chứng khoán số 70/2006/QH11.');
    expect(r['44/2013/QH13']).toEqual(['amends by 21/2017/QH14']);
    expect(r['54/2014/QH13']).toEqual(['amends by 71/2014/QH13']);
  });

  it('at a law named by its name after a comma, when the actors before it are named by their numbers', () => {
    const r = reports('Luật Điện ảnh số 62/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 31/2009/QH12, Luật Quảng cáo số 16/2012/QH13, Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 03/2016/QH14.');
    expect(r['62/2006/QH11']).toEqual(['amends by 31/2009/QH12']);
    expect(r['50/2014/QH13']).toEqual(['amends by 03/2016/QH14']);
    // (the first actor after "theo" may be named, and so may the last after "và")
    const named = reports('Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 46/2014/QH13 và Luật Phí và lệ phí số 97/2015/QH13.');
    expect(named['25/2008/QH12']).toEqual(['amends by 46/2014/QH13', 'amends by 97/2015/QH13']);
  });

  it('"bởi các Luật số A, số B … và số C": actors named by their numbers alone after "các Luật"', () => {
    const r = reports('Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung bởi các Luật\nsố 43/2024/QH15, số 47/2024/QH15, số 58/2024/QH15 và số 95/2025/QH15;\nCăn cứ Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15;', 'Thông tư', '21/2026/TT-BTC');
    expect(r['31/2024/QH15']).toEqual(['amends by 43/2024/QH15', 'amends by 47/2024/QH15', 'amends by 58/2024/QH15', 'amends by 95/2025/QH15']);
    expect(r['67/2025/QH15']).toEqual([]);
  });

  it('two actors joined by "và" after "bởi" both act, and a third after a comma still does', () => {
    const r = reports('Căn cứ Luật Giá số 16/2023/QH15 được sửa đổi, bổ sung bởi Luật số 44/2024/QH15, Luật số 61/2024/QH15 và Luật số 95/2025/QH15;', 'Nghị định', '20/2026/NĐ-CP');
    expect(r['16/2023/QH15']).toEqual(['amends by 44/2024/QH15', 'amends by 61/2024/QH15', 'amends by 95/2025/QH15']);
  });
});

describe('acts no document can have done', () => {
  it('by an older document: the list read on past its end', () => {
    const r = reports('Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 46/2014/QH13, Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12, Luật Giám định tư pháp số 13/2012/QH13.');
    expect(r['25/2008/QH12']).toEqual(['amends by 46/2014/QH13']);
  });

  it('by a document of lower rank: a circular named after "và" does not amend a decree', () => {
    const r = reports('Căn cứ Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hoá đơn, chứng từ được sửa đổi, bổ sung bởi Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ngày 31 tháng 5 năm 2025 của Bộ trưởng Bộ Tài chính hướng dẫn thực hiện một số điều của Luật Quản lý thuế;', 'Thông tư', '40/2026/TT-BTC');
    expect(r['123/2020/NĐ-CP']).toEqual(['amends by 70/2025/NĐ-CP']);
    // (a circular amending a circular is its rank)
    const same = reports('Thông tư số 109/2016/TT-BTC được sửa đổi, bổ sung bởi Thông tư số 37/2022/TT-BTC và Thông tư số 12/2024/TT-BTC.', 'Thông tư', '40/2026/TT-BTC');
    expect(same['109/2016/TT-BTC']).toEqual(['amends by 37/2022/TT-BTC', 'amends by 12/2024/TT-BTC']);
  });

  it('a list row\'s description names a decree of higher rank: the circular\'s repeal is of the row\'s document before it', () => {
    const r = reports('12\nThông tư\n31/2016/TT-BLĐTBXH ngày 25/8/2016\nHướng dẫn một số nội dung của Nghị định số 55/2015/NĐ-CP\nĐược bãi bỏ bởi Thông tư số 06/2024/TT-BLĐTBXH ngày 28/6/2024\n01/7/2024\n', 'Quyết định', '169/QĐ-BLĐTBXH');
    expect(r['31/2016/TT-BLĐTBXH']).toEqual(['repeals by 06/2024/TT-BLĐTBXH']);
    expect(r['55/2015/NĐ-CP']).toEqual([]);
    // (passed once, and only to a document of the actor's rank: not to a decree named before the one passed)
    const d = reports('Căn cứ Nghị định số 34/2016/NĐ-CP; Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 được sửa đổi, bổ sung bởi Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ngày 31 tháng 5 năm 2025 hướng dẫn Luật Quản lý thuế;', 'Thông tư', '40/2026/TT-BTC');
    expect(d['34/2016/NĐ-CP']).toEqual([]);
    expect(d['123/2020/NĐ-CP']).toEqual(['amends by 70/2025/NĐ-CP']);
  });
});

describe('what the status phrase is about', () => {
  it('the law a decree\'s title details, when the actors are laws: not the decree', () => {
    const r = reports('NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 85/2024/NĐ-CP\nngày 10 tháng 7 năm 2024 của Chính phủ quy định chi tiết một số điều\ncủa Luật Giá số 16/2023/QH15 được sửa đổi, bổ sung bởi Luật số 44/2024/QH15,\nLuật số 61/2024/QH15\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n', 'Nghị định', '90/2026/NĐ-CP');
    expect(r['85/2024/NĐ-CP']).toEqual([]);
    expect(r['16/2023/QH15']).toEqual(['guides by 85/2024/NĐ-CP', 'amends by 44/2024/QH15', 'amends by 61/2024/QH15']);
  });

  it('a list row\'s status line that opens a line with its capital is the row document\'s, not its description\'s', () => {
    const r = reports('24\nThông tư\nThông tư số 21/2020/TT-BLĐTBXH ngày 30/12/2020 của Bộ trưởng\nsửa đổi, bổ sung một số điều của Thông tư\nsố 08/2017/TT-BLĐTBXH ngày 10/3/2017 của Bộ\ntrưởng quy định chuẩn về chuyên môn, nghiệp vụ của nhà giáo\nĐược thay thế bởi Thông tư số 05/2024/TT-BLĐTBXH ngày 10/5/2024\n25/6/2024\n', 'Quyết định', '169/QĐ-BLĐTBXH');
    expect(r['21/2020/TT-BLĐTBXH']).toEqual(['replaces by 05/2024/TT-BLĐTBXH']);
    expect(r['08/2017/TT-BLĐTBXH']).toEqual(['amends by 21/2020/TT-BLĐTBXH']);
  });

  it('a numbered mention inside a defined name keeps its own number, and reports its act on the defined document', () => {
    const cs = extract('Định mức chi theo quy định tại Phụ lục ban hành kèm theo Thông tư số 109/2016/TT-BTC (sau đây viết tắt là Thông tư\nsố 109/2016/TT-BTC được sửa đổi, bổ sung bởi Thông tư số 37/2022/TT-\nBTC).\n', { context: { type: 'Thông tư', number: '40/2026/TT-BTC' } }).citations;
    const amending = cs.find((c) => c.text.startsWith('Thông tư số 37/2022'));
    expect(amending?.id).toBe('vn:37/2022/TT-BTC');
    const defined = cs.filter((c) => c.id === 'vn:109/2016/TT-BTC');
    expect(defined.flatMap((c) => (c.asserted && c.asserted.relation !== 'cites' ? [`${c.asserted.relation} by ${c.asserted.subjectId}`] : []))).toEqual(['amends by vn:37/2022/TT-BTC']);
  });
});

describe('status phrases after a long title', () => {
  it('a semicolon at a line\'s end inside the title (the next line in lower case) does not end the subject; "một số điều tại"', () => {
    const r = reports('Căn cứ Nghị định số 63/2019/NĐ-CP ngày 11 tháng 7 năm 2019 của Chính\nphủ quy định xử phạt vi phạm hành chính trong lĩnh vực quản lý tài sản công;\nthực hành tiết kiệm, chống lãng phí; dự trữ quốc gia; kho bạc nhà nước được sửa\nđổi, bổ sung bởi Nghị định số 102/2021/NĐ-CP, Nghị định số 55/2026/NĐ-CP;\nCăn cứ Nghị định số 14/2023/NĐ-CP;', 'Thông tư', '45/2026/TT-BTC');
    expect(r['63/2019/NĐ-CP']).toEqual(['amends by 102/2021/NĐ-CP', 'amends by 55/2026/NĐ-CP']);
    const some = reports('Việc cấp thẻ thực hiện theo quy định tại Nghị định\nsố 146/2018/NĐ-CP ngày 17 tháng 10 năm 2018 của Chính phủ quy định chi\ntiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế, đã\nđược sửa đổi, bổ sung một số điều tại Nghị định số 75/2023/NĐ-CP ngày 19\ntháng 10 năm 2023.', 'Nghị định', '188/2025/NĐ-CP');
    expect(some['146/2018/NĐ-CP']).toEqual(['amends by 75/2023/NĐ-CP']);
    // (an item that ends with its semicolon before the next item, "Căn cứ …", still ends it)
    const items = reports('Căn cứ Nghị định số 63/2019/NĐ-CP ngày 11 tháng 7 năm 2019 của Chính phủ;\nCăn cứ Nghị định số 14/2023/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 102/2024/NĐ-CP;', 'Thông tư', '45/2026/TT-BTC');
    expect(items['63/2019/NĐ-CP']).toEqual([]);
    expect(items['14/2023/NĐ-CP']).toEqual(['amends by 102/2024/NĐ-CP']);
  });
});

describe('status phrases pinned to provisions', () => {
  it('"đã được sửa đổi, bổ sung tại các khoản …" reports the act; a document joined by "và" with places of its own is acted on alike', () => {
    const r = reports('1. Việc xác định quỹ tiền lương thực hiện theo quy định tại Điều 3, Điều 9, các khoản 2, khoản 3 và khoản 5 Điều 10 Thông tư số 27/2016/TT-BLĐTBXH đã được sửa đổi,\nbổ sung tại các khoản 9, khoản 10, khoản 11, khoản 12 và khoản 14 Điều 2 Thông\ntư số 06/2024/TT-BLĐTBXH.', 'Thông tư', '12/2024/TT-BLĐTBXH');
    expect(r['27/2016/TT-BLĐTBXH']).toEqual(['amends by 06/2024/TT-BLĐTBXH']);
    const both = reports('4. Các nội dung đang viện dẫn theo quy định tại Mục 2, Điều 9, Điều 11 Thông tư số 26/2016/TT-BLĐTBXH và Mục 2, Điều 11, Điều 13, Điều 20,\nĐiều 22 Thông tư số 27/2016/TT-BLĐTBXH thì được viện dẫn theo các nội dung tương ứng\nđã được sửa đổi, bổ sung tại Thông tư số 06/2024/TT-BLĐTBXH.', 'Thông tư', '12/2024/TT-BLĐTBXH');
    expect(both['26/2016/TT-BLĐTBXH']).toEqual(['amends by 06/2024/TT-BLĐTBXH']);
    expect(both['27/2016/TT-BLĐTBXH']).toEqual(['amends by 06/2024/TT-BLĐTBXH']);
    // (without places of its own, a document before "và" is not taken along)
    const bare = reports('Căn cứ Nghị định số 14/2017/NĐ-CP và Nghị định số 51/2016/NĐ-CP đã được sửa đổi, bổ sung tại Nghị định số 64/2024/NĐ-CP;', 'Thông tư', '12/2024/TT-BLĐTBXH');
    expect(bare['14/2017/NĐ-CP']).toEqual([]);
    expect(bare['51/2016/NĐ-CP']).toEqual(['amends by 64/2024/NĐ-CP']);
  });
});
