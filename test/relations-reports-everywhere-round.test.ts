import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, relationsOf as acts, reportsOn } from './helpers/act-text.js';

/**
 * The forty-fifth round's tuning half (fixtures/relations/drafting-forms-reports-everywhere.json, briefs round 45: reports of what
 * documents did to others, in published lists of expired documents, answers, reviews, and acts' bases, parentheses and footnotes).
 * Each case failed on the code before these rules (32c969a); the look-alikes pass on both.
 */
describe('a published list whose items give their ground on a labelled line', () => {
  const publication = (rows: string): string =>
    `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN', '405/QĐ-UBND', 'Phú Yên, ngày 30 tháng 01 năm 2019')}QUYẾT ĐỊNH\nCông bố kết quả hệ thống hóa văn bản quy phạm pháp luật kỳ 2014 - 2018\nQUYẾT ĐỊNH:\nĐiều 1. Công bố Danh mục văn bản hết hiệu lực toàn bộ (Phụ lục I) và hết hiệu lực một phần (Phụ lục II).\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nCHỦ TỊCH\nĐinh Văn Thu\n${rows}\n`;

  it('"- Quyết định số A ….\\nLý do: được thay thế bởi Quyết định số B …" and "Nội dung hết hiệu lực: Điều 5. Lý do: bị bãi bỏ bởi …" report B\'s acts', async () => {
    const cs = await readCitations(publication('PHỤ LỤC I. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ\n- Quyết định số 29/2012/QĐ-UBND ngày 20/11/2012 ban hành Quy định về quản lý nghĩa trang nhân dân trên địa bàn tỉnh.\nLý do: được thay thế bởi Quyết định số 15/2017/QĐ-UBND ngày 12/6/2017 của UBND tỉnh. Ngày hết hiệu lực: 22/6/2017.\n- Nghị quyết số 112/2014/NQ-HĐND ngày 11/7/2014 quy định mức chi hỗ trợ cán bộ không chuyên trách ở thôn.\nLý do: bị bãi bỏ bởi Nghị quyết số 45/2017/NQ-HĐND ngày 19/7/2017 của HĐND tỉnh.\nPHỤ LỤC II. VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN\n- Quyết định số 06/2015/QĐ-UBND ngày 03/3/2015 ban hành Quy định phân cấp quản lý đường giao thông nông thôn.\nNội dung hết hiệu lực: Điều 5. Lý do: bị bãi bỏ bởi Quyết định số 37/2017/QĐ-UBND ngày 20/12/2017 của UBND tỉnh.'));
    expect(reportsOn(cs, '29/2012/QĐ-UBND')).toEqual(['15/2017/QĐ-UBND replaces 29/2012/QĐ-UBND']);
    expect(reportsOn(cs, '112/2014/NQ-HĐND')).toEqual(['45/2017/NQ-HĐND repeals 112/2014/NQ-HĐND']);
    expect(reportsOn(cs, '06/2015/QĐ-UBND')).toEqual(['37/2017/QĐ-UBND repeals 06/2015/QĐ-UBND']);
  });

  it('look-alike: a ground that names no actor reports nothing', async () => {
    const cs = await readCitations(publication('PHỤ LỤC I. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ\n- Quyết định số 29/2012/QĐ-UBND ngày 20/11/2012 ban hành Quy định về quản lý nghĩa trang nhân dân trên địa bàn tỉnh.\nLý do: hết thời hạn có hiệu lực đã được quy định trong văn bản. Ngày hết hiệu lực: 22/6/2017.\n- Quyết định số 15/2017/QĐ-UBND ngày 12/6/2017 về quản lý chợ.\nLý do: không còn đối tượng điều chỉnh.'));
    expect(reportsOn(cs, '29/2012/QĐ-UBND')).toEqual([]);
    expect(acts(cs, '29/2012/QĐ-UBND')).toEqual(['cites']);
  });
});

describe('reports with their actor told in more words', () => {
  const letter = (sentence: string): string =>
    `${documentHeader('VĂN PHÒNG CHÍNH PHỦ', '7254/VPCP-PL', 'Hà Nội, ngày 20 tháng 8 năm 2016')}V/v áp dụng quy định về giám sát đầu tư của cộng đồng\nKính gửi: Ủy ban nhân dân tỉnh Quảng Nam.\nThủ tướng Chính phủ có ý kiến như sau:\n${sentence}\n`;

  it('"… Quyết định số A … đã được thay thế bởi các quy định tại Chương VI Nghị định số B" reports B replacing A', async () => {
    const cs = await readCitations(letter('1. Quy chế giám sát đầu tư của cộng đồng ban hành kèm theo Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005 của Thủ tướng Chính phủ đã được thay thế bởi các quy định tại Chương VI Nghị định số 84/2015/NĐ-CP ngày 30/9/2015 của Chính phủ.'));
    expect(reportsOn(cs, '80/2005/QĐ-TTg')).toEqual(['84/2015/NĐ-CP replaces 80/2005/QĐ-TTg']);
  });

  it('"(đã được điều chỉnh thành viên tại Quyết định số B …)" and "(đã được bổ sung thành viên tại …)" report B amending A', async () => {
    const cs = await readCitations(letter('2. Quyết định số 1500/QĐ-UBND ngày 20/5/2021 của UBND huyện về việc thành lập Tổ công tác liên ngành (đã được điều chỉnh thành viên tại Quyết định số 2210/QĐ-UBND ngày 05/8/2022 của UBND huyện) vẫn còn hiệu lực; Quyết định số 1830/QĐ-UBND ngày 15/6/2021 của UBND huyện về thành lập Ban Chỉ đạo (đã được bổ sung thành viên tại Quyết định số 2102/QĐ-UBND ngày 02/8/2021 của UBND huyện) cũng vậy.'));
    expect(reportsOn(cs, '1500/QĐ-UBND')).toEqual(['2210/QĐ-UBND amends 1500/QĐ-UBND']);
    expect(reportsOn(cs, '1830/QĐ-UBND')).toEqual(['2102/QĐ-UBND amends 1830/QĐ-UBND']);
  });

  it('"A … (đã được sửa đổi, bổ sung bởi Thông tư số B và Thông tư số C) đã được thay thế bởi Thông tư số D": D replaced A, not C', async () => {
    const cs = await readCitations(letter('3. Thông tư số 156/2013/TT-BTC ngày 06/11/2013 hướng dẫn thi hành một số điều của Luật Quản lý thuế (đã được sửa đổi, bổ sung bởi Thông tư số 26/2015/TT-BTC và Thông tư số 130/2016/TT-BTC) đã được thay thế bởi Thông tư số 80/2021/TT-BTC ngày 29/9/2021.'));
    expect(reportsOn(cs, '156/2013/TT-BTC')).toEqual(expect.arrayContaining(['80/2021/TT-BTC replaces 156/2013/TT-BTC', '26/2015/TT-BTC amends 156/2013/TT-BTC']));
    expect(reportsOn(cs, '130/2016/TT-BTC')).toEqual([]);
  });

  it('a row between pipes whose title cell reports an amendment and whose ground cell a replacement reports both', async () => {
    const text = `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '215/QĐ-BGDĐT', 'Hà Nội, ngày 22 tháng 01 năm 2025')}QUYẾT ĐỊNH\nCông bố Danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2024\nĐiều 1. Công bố kèm theo Quyết định này Danh mục văn bản hết hiệu lực.\nDANH MỤC\n| STT | Tên loại văn bản | Số, ký hiệu | Tên gọi của văn bản | Lý do hết hiệu lực |\n| 1 | Thông tư | 58/2011/TT-BGDĐT | Ban hành Quy chế đánh giá, xếp loại học sinh (đã được sửa đổi, bổ sung bởi Thông tư số 26/2020/TT-BGDĐT) | Được thay thế bởi Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 |\n`;
    const cs = await readCitations(text);
    expect(reportsOn(cs, '58/2011/TT-BGDĐT').sort()).toEqual(['22/2021/TT-BGDĐT replaces 58/2011/TT-BGDĐT', '26/2020/TT-BGDĐT amends 58/2011/TT-BGDĐT']);
  });
});

describe('what a minister\'s decision says of the Prime Minister\'s', () => {
  const decision = (issuer: string, number: string, footnote: string): string =>
    `${documentHeader(issuer, number, 'Hà Nội, ngày 10 tháng 7 năm 2019')}QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nBỘ TRƯỞNG\nLê Thành Long\n_____________\n[1] ${footnote}\n`;

  it('"… Quyết định số A/…/QĐ-TTg đã hết hiệu lực kể từ ngày … theo quy định tại Điều 40 Nghị định số B" in a minister\'s footnote: a report, no act', async () => {
    const cs = await readCitations(decision('BỘ TƯ PHÁP', '1862/QĐ-BTP', 'Quyết định số 1409/QĐ-BTP được ban hành trên cơ sở Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ; Quyết định số 09/2015/QĐ-TTg đã hết hiệu lực kể từ ngày 21 tháng 6 năm 2018 theo quy định tại Điều 40 Nghị định số 61/2018/NĐ-CP.'));
    expect(headActs(cs, '09/2015/QĐ-TTg').filter((a) => a !== 'cites')).toEqual([]);
    expect(reportsOn(cs, '09/2015/QĐ-TTg')).toEqual(['61/2018/NĐ-CP repeals 09/2015/QĐ-TTg']);
  });

  it('look-alike: the Prime Minister\'s own decision still ends an earlier one of his', async () => {
    const text = `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '15/2019/QĐ-TTg', 'Hà Nội, ngày 10 tháng 7 năm 2019')}QUYẾT ĐỊNH\nBan hành Quy chế thực hiện cơ chế một cửa\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế thực hiện cơ chế một cửa.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2019 và thay thế Quyết định số 09/2015/QĐ-TTg ngày 25 tháng 3 năm 2015 của Thủ tướng Chính phủ.\n`;
    expect(headActs(await readCitations(text), '09/2015/QĐ-TTg')).toEqual(['replaces/whole']);
  });
});

describe('a document a cause names after a comma', () => {
  const decision = (article: string): string =>
    `${documentHeader('BỘ Y TẾ', '418/QĐ-BYT', 'Hà Nội, ngày 30 tháng 01 năm 2020')}QUYẾT ĐỊNH\nCông bố Danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2019\nQUYẾT ĐỊNH:\n${article}\n`;

  it('"Điều 2. Bãi bỏ số thứ tự 6 Mục I Danh mục … kèm theo Quyết định số A …, do Thông tư số B … đã được công bố nhầm …" ends nothing of B', async () => {
    const cs = await readCitations(decision('Điều 2. Bãi bỏ số thứ tự 6 Mục I Danh mục văn bản quy phạm pháp luật hết hiệu lực ban hành kèm theo Quyết định số 512/QĐ-BYT ngày 20 tháng 02 năm 2019 của Bộ trưởng Bộ Y tế công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực năm 2018, do Thông tư số 15/2014/TT-BYT ngày 15 tháng 5 năm 2014 của Bộ trưởng Bộ Y tế đã được công bố nhầm là văn bản hết hiệu lực toàn bộ.'));
    expect(headActs(cs, '512/QĐ-BYT')).toEqual(['repeals/part']);
    expect(acts(cs, '15/2014/TT-BYT')).toEqual(['cites']);
  });

  it('look-alike: a second object after "và" is still repealed', async () => {
    const cs = await readCitations(decision('Điều 2. Bãi bỏ Quyết định số 512/QĐ-BYT ngày 20 tháng 02 năm 2019 và Thông tư số 15/2014/TT-BYT ngày 15 tháng 5 năm 2014 của Bộ trưởng Bộ Y tế.'));
    expect(headActs(cs, '15/2014/TT-BYT')).toEqual(['repeals/whole']);
  });
});
