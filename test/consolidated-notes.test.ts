import { describe, expect, it } from 'vitest';
import { reportedActs } from '../src/doc/consolidated.js';
import { readDocument } from '../src/doc/index.js';

/**
 * A consolidated text's notes name the base's provision by "… này" and put their number as a mark glued to it, as the PDF
 * exports of the corpus print them (issue 16): "1.2 Bảo hiểm y tế là …" (clause 1, note 2), "Điều 7a. Trách nhiệm …11", "b)9 Hồ
 * sơ …", "Phụ lục II6 (được bãi bỏ)", "Mẫu số 1A4 (được bãi bỏ)", "… quy hoạch,8 …". The act is the acting document's, on the
 * provision the mark sits in.
 */
const HEAD = `LUẬT\nBẢO HIỂM Y TẾ\n\nLuật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 7 năm 2009, được sửa đổi, bổ sung bởi:\n1. Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014 của Quốc hội sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 01 năm 2015;\n2. Luật số 35/2018/QH14 ngày 20 tháng 11 năm 2018 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 01 năm 2019.\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Bảo hiểm y tế.\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n`;
const consolidated = (body: string) => readDocument(new TextEncoder().encode(`${HEAD}${body}`), { path: 'vbhn.txt', known: { type: 'Văn bản hợp nhất', number: '28/VBHN-VPQH' } });
const notesOf = async (body: string): Promise<Array<[string, string, string]>> => {
  const doc = await consolidated(body);
  return reportedActs(doc.text, doc.citations).map((a) => [doc.citations[a.index]?.number ?? '?', a.relation, a.part]);
};
/** What the consolidated text states of each document by its number: "amends by vn:35/2018/QH14". */
const reportsIn = async (body: string): Promise<(number: string) => string[]> => {
  const doc = await consolidated(body);
  return (n) => doc.citations.filter((c) => c.number === n).flatMap((c) => [c.asserted, ...(c.alsoAsserted ?? [])].flatMap((a) => (a && a.relation !== 'cites' ? [`${a.relation} by ${a.subjectId}`] : [])));
};
const NOTE_46 = 'theo quy định tại khoản 1 Điều 1 của Luật số 46/2014/QH13 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 01 năm 2015.';

describe("a consolidated text's note: the base's provision its mark sits in", () => {
  it('a clause\'s number, an article\'s heading, a point\'s letter; a decimal is no mark', async () => {
    const body = [
      'Điều 2. Giải thích từ ngữ',
      '1.2 Bảo hiểm y tế là hình thức bảo hiểm bắt buộc, mức hưởng tối đa bằng 0,3 lần.',
      '2. Bảo hiểm y tế toàn dân là việc các đối tượng đều tham gia.',
      '',
      `2 Khoản này được sửa đổi, bổ sung ${NOTE_46}`,
      '',
      'Điều 7a. Trách nhiệm của Bộ Lao động - Thương binh và Xã hội3',
      '1. Chỉ đạo thực hiện.',
      'Điều 8. Hồ sơ',
      '1. Hồ sơ gồm:',
      'a) Tờ khai;',
      'b)4 Giấy tờ khác.',
      '',
      `3 Điều này được bổ sung ${NOTE_46}`,
      `4 Điểm này được sửa đổi ${NOTE_46}`,
    ].join('\n');
    expect(await notesOf(body)).toEqual([
      ['46/2014/QH13', 'amends', 'khoản 1 Điều 2'],
      ['46/2014/QH13', 'amends', 'Điều 7a'],
      ['46/2014/QH13', 'amends', 'điểm b khoản 1 Điều 8'],
    ]);
  });

  it('an annex\'s and a form\'s heading; a phrase in running text; a second sentence without the number; an ending without "được"', async () => {
    const body = [
      'Điều 6. Quy hoạch',
      '1. Nội dung.',
      '2. Việc lập quy hoạch,5 kế hoạch bảo hiểm y tế.',
      '',
      '5 Từ “quy hoạch,” được bãi bỏ theo quy định tại điểm đ khoản 1 Điều 30 của Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch, có hiệu lực kể từ ngày 01 tháng 01 năm 2019.',
      'Điều 9. Mức đóng',
      '2.6 Mức đóng tối đa.',
      '',
      `6 Khoản này được sửa đổi, bổ sung lần thứ nhất ${NOTE_46}`,
      'Khoản này được sửa đổi, bổ sung lần thứ hai theo quy định tại khoản 2 Điều 30 của Luật số 35/2018/QH14, có hiệu lực kể từ ngày 01 tháng 01 năm 2019.',
      'Điều 10. Chế độ',
      '1.7 Chế độ tai nạn.',
      '',
      '7 Quy định về tai nạn tại Khoản này hết hiệu lực kể từ ngày 01 tháng 01 năm 2019 theo quy định tại khoản 3 Điều 30 của Luật số 35/2018/QH14.',
      'Phụ lục II8 (được bãi bỏ)',
      'Mẫu số 1A9 (được bãi bỏ)',
      '',
      '8 Phụ lục này được bãi bỏ theo quy định tại khoản 4 Điều 30 của Luật số 35/2018/QH14.',
      '9 Mẫu này được bãi bỏ theo quy định tại khoản 4 Điều 30 của Luật số 35/2018/QH14.',
    ].join('\n');
    expect(await notesOf(body)).toEqual([
      ['35/2018/QH14', 'repeals', 'Từ "quy hoạch," tại khoản 2 Điều 6'],
      ['46/2014/QH13', 'amends', 'khoản 2 Điều 9'],
      ['35/2018/QH14', 'amends', 'khoản 2 Điều 9'],
      ['35/2018/QH14', 'repeals', 'Quy định về tai nạn tại khoản 1 Điều 10'],
      ['35/2018/QH14', 'repeals', 'Phụ lục II'],
      ['35/2018/QH14', 'repeals', 'Mẫu số 1A Phụ lục II'],
    ]);
  });

  it('no mark in the pages before: the part as the note writes it; the law the acting law\'s title names acts on nothing', async () => {
    const body = ['Điều 2. Giải thích từ ngữ', '1. Bảo hiểm y tế là hình thức bảo hiểm bắt buộc.', '', `2 Khoản này được sửa đổi, bổ sung ${NOTE_46}`].join('\n');
    expect(await notesOf(body)).toEqual([['46/2014/QH13', 'amends', 'Khoản này']]);
  });

  it('a sentence of the base that names a provision amended elsewhere is no note, even after one', async () => {
    const body = [
      'Điều 2. Giải thích từ ngữ',
      '1.2 Bảo hiểm y tế là hình thức bảo hiểm bắt buộc.',
      '',
      `2 Khoản này được sửa đổi, bổ sung ${NOTE_46}`,
      'Điều 3. Viện dẫn',
      'Trường hợp các nội dung đang viện dẫn theo quy định tại Mục 2, Điều 11, Điều 13, Điều 20,',
      'Điều 22 Thông tư số 27/2016/TT-BLĐTBXH thì được viện dẫn theo các nội dung tương ứng',
      'đã được sửa đổi, bổ sung tại Thông tư số 06/2024/TT-BLĐTBXH.',
    ].join('\n');
    expect(await notesOf(body)).toEqual([['46/2014/QH13', 'amends', 'khoản 1 Điều 2']]);
  });
});

describe("a consolidated text's note reproducing an amending act's preamble", () => {
  it('the documents its enacting formula lists are amended by that act, beside what their own status phrases report', async () => {
    const body = [
      'Điều 1. Phạm vi điều chỉnh',
      '1. Luật này quy định về bảo hiểm y tế.',
      '',
      '1 Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch có căn cứ ban hành như sau:',
      '“Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;',
      'Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật',
      'Giao thông đường bộ số 23/2008/QH12, Luật Giao thông đường thủy nội địa số 23/2004/QH11 đã được',
      'sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13 và Luật số 97/2015/QH13, Luật Đê điều số 79/2006/QH11.”.',
      'Điều 2. Đối tượng',
      '1. Người lao động theo Luật Việc làm số 38/2013/QH13.',
    ].join('\n');
    const said = await reportsIn(body);
    expect(said('23/2008/QH12')).toEqual(['amends by vn:35/2018/QH14']);
    expect(said('23/2004/QH11')).toEqual(['amends by vn:48/2014/QH13', 'amends by vn:97/2015/QH13', 'amends by vn:35/2018/QH14']);
    expect(said('79/2006/QH11')).toEqual(['amends by vn:35/2018/QH14']);
    // the status phrase's actors, and a law the base itself names after the quote, are amended by nothing here
    expect(said('48/2014/QH13')).toEqual([]);
    expect(said('97/2015/QH13')).toEqual([]);
    expect(said('38/2013/QH13')).toEqual([]);
  });
});

describe("a consolidated text's note reproducing a provision of an amending act", () => {
  it('its opening is read from its own line, not from the note before it across a blank line', async () => {
    const body = [
      'Điều 1. Phạm vi điều chỉnh',
      '1.2 Luật này quy định về bảo hiểm y tế.',
      '',
      '2 Khoản này được bổ sung theo quy định tại khoản 34 Điều 1 của Luật',
      'số 46/2014/QH13 sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, có hiệu lực kể từ ngày 01 tháng 01 năm 2015.',
      '',
      '5. Chính phủ quy định chi tiết điểm a khoản 2 Điều này.',
      '3 Điều 2 của Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch, có hiệu lực kể từ ngày 01 tháng 01 năm 2019 quy định như sau:',
      '“Điều 2',
      '1. Bãi bỏ các nội dung tại các điều, khoản của các luật sau đây:',
      'a) Khoản 2 Điều 7 của Luật Bảo hiểm tiền gửi số 06/2012/QH13;',
      'b) Khoản 2 Điều 4 của Luật Đê điều số 79/2006/QH11.”',
    ].join('\n');
    const said = await reportsIn(body);
    expect(said('06/2012/QH13')).toEqual(['repeals by vn:35/2018/QH14']);
    expect(said('79/2006/QH11')).toEqual(['repeals by vn:35/2018/QH14']);
  });
});


describe("a consolidated text's note without \"được\", or on a section", () => {
  it('"Cụm từ “…” thay thế bởi cụm từ “…” theo …": the verb right after the phrase\'s closing quote', async () => {
    const body = ['Điều 22. Mức hưởng', '1. Người tham gia sinh sống tại xã đảo, huyện đảo5 khi khám bệnh.', '', `5 Cụm từ “huyện đảo” thay thế bởi cụm từ “đặc khu” ${NOTE_46}`, ''].join('\n');
    expect(await notesOf(body)).toEqual([['46/2014/QH13', 'amends', 'Cụm từ "huyện đảo" tại khoản 1 Điều 22']]);
  });

  it('"Mục này bao gồm các Điều 17 và 18 được bãi bỏ …": the articles the section holds', async () => {
    const body = ['Mục 2', 'CHƯƠNG TRÌNH ĐÀO TẠO6', 'Điều 17. Chương trình', 'Điều 18. Giáo trình', '', `6 Mục này bao gồm các Điều 17 và 18 được bãi bỏ ${NOTE_46}`, ''].join('\n');
    expect(await notesOf(body)).toEqual([['46/2014/QH13', 'repeals', 'Điều 17; Điều 18']]);
  });
});
