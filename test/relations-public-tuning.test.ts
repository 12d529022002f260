import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * The forms the public documents round 2 held (fixtures/relations/public-documents-tuning.json: real Gazette texts read for
 * tuning): a bare "Thông tư này thay thế:" list, a place's number wrapped to the next line, "… và bãi bỏ …" in an effect
 * sentence, a plan's row drafting a replacing circular, "Được sửa đổi, bổ sung, bãi bỏ bởi", a minister's decision in a list of
 * expired documents, and the documents an ended or listed document's title amends. Each case failed on the code before its
 * rule; the look-alikes beside them pass on both.
 */
const read = readCitations;
const acts = (cs: readonly Citation[], number: string): string[] => headActs(cs, number);
const relationsOf = (cs: readonly Citation[], number: string): string[] => cs.filter((c) => c.number === number).map((c) => c.relation);

const circular = (number: string, effect: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH', number, 'Hà Nội, ngày 12 tháng 02 năm 2026')}THÔNG TƯ\nQuy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp\nCăn cứ Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp.\nĐiều 10. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 12 tháng 3 năm 2026.\n${effect}\n`;

describe('an effect article that replaces and repeals in lists (public round 2: 20/2026/TT-BTC, 157/2025/TT-BTC)', () => {
  it('"6. Thông tư này thay thế:\\na) Thông tư số A …;\\nb) Thông tư số B …": both replaced', async () => {
    const cs = await read(circular('20/2026/TT-BTC', '6. Thông tư này thay thế:  \na) Thông tư số 78/2014/TT-BTC ngày 18 tháng 6 năm 2014 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định số 218/2013/NĐ-CP;\nb) Thông tư số 96/2015/TT-BTC ngày 22 tháng 6 năm 2015 của Bộ trưởng Bộ Tài chính.'));
    expect(acts(cs, '78/2014/TT-BTC')).toEqual(['replaces/whole']);
    expect(acts(cs, '96/2015/TT-BTC')).toEqual(['replaces/whole']);
    expect(relationsOf(cs, '218/2013/NĐ-CP')).toEqual(['cites']);
  });

  it('look-alike: a list under a task to draft a replacing document ("… nghiên cứu, trình ban hành văn bản thay thế:") ends nothing', async () => {
    const cs = await read(circular('20/2026/TT-BTC', '6. Bộ Tài chính nghiên cứu, trình ban hành văn bản thay thế:\na) Thông tư số 78/2014/TT-BTC ngày 18 tháng 6 năm 2014 của Bộ trưởng Bộ Tài chính.'));
    expect(acts(cs, '78/2014/TT-BTC')).toEqual(['cites']);
  });

  it('an item whose place number wraps to the next line ("… Điều\\n13) và Điều 16 Thông tư số A") is still the list\'s item', async () => {
    const cs = await read(circular('20/2026/TT-BTC', '7. Thông tư này bãi bỏ các quy định liên quan đến chính sách thuế thu nhập doanh nghiệp tại:  \na) Điều 1, Điều 2, Điều 7, Điều 10, Điều 13 (trừ điểm b.11 khoản 1 Điều\n13) và Điều 16 Thông tư số 103/2014/TT-BTC ngày 06 tháng 8 năm 2014 của Bộ trưởng Bộ Tài chính;\nb) Chương I Thông tư số 151/2014/TT-BTC ngày 10 tháng 10 năm 2014 của Bộ Tài chính.'));
    expect(acts(cs, '103/2014/TT-BTC')).toEqual(['repeals/part']);
    expect(acts(cs, '151/2014/TT-BTC')).toEqual(['repeals/part']);
  });

  // (what follows B's description over semicolons, "…; Thông tư số C …; Thông tư số D …", is read as further documents ended: in
  // this text they are more of B's title, which only knowing B's title tells — left, see the README)
  it('"… có hiệu lực từ ngày …, thay thế Thông tư số A … và bãi bỏ Điều 2 Thông tư số B … sửa đổi, bổ sung … Thông tư số C …": B repealed in part, C amended by B', async () => {
    const cs = await read(`${documentHeader('BỘ TÀI CHÍNH', '157/2025/TT-BTC', 'Hà Nội, ngày 30 tháng 12 năm 2025')}THÔNG TƯ\nHướng dẫn đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước\nCăn cứ Luật Ngân sách nhà nước số 89/2025/QH15;\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước.\nĐiều 15. Hiệu lực thi hành \n1. Thông tư này có hiệu lực từ ngày 01/01/2026, thay thế Thông tư số \n18/2020/TT-BTC ngày 31/3/2020 của Bộ trưởng Bộ Tài chính về việc hướng \ndẫn đăng ký và sử dụng tài khoản tại Kho bạc Nhà nước (TABMIS) và bãi bỏ Điều 2 \nThông tư số 41/2025/TT-BTC ngày 16/6/2025 của Bộ trưởng Bộ Tài chính sửa \nđổi, bổ sung một số điều của Thông tư số 123/2014/TT-BTC ngày 27/8/2014 \n\n \n \ncủa Bộ trưởng Bộ Tài chính hướng dẫn tổ chức vận hành hệ thống (TABMIS); Thông tư số 18/2020/TT-\nBTC ngày 31/3/2020 của Bộ trưởng Bộ Tài chính hướng dẫn đăng ký và sử \ndụng tài khoản tại KBNN; Thông tư số 324/2016/TT-BTC ngày 21/12/2016 của \nBộ trưởng Bộ Tài chính quy định hệ thống mục lục NSNN. \n2. Trường hợp các văn bản được trích dẫn trong Thông tư này được sửa đổi thì thực hiện theo văn bản sửa đổi.\n`);
    expect(acts(cs, '18/2020/TT-BTC')[0]).toBe('replaces/whole');
    expect(acts(cs, '41/2025/TT-BTC')).toEqual(['repeals/part']);
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['41/2025/TT-BTC amends 123/2014/TT-BTC']));
  });

  it('look-alike: "2. Bãi bỏ Thông tư số A …;\\nThông tư số B … hết hiệu lực" after a document that is no amended one still ends B', async () => {
    const cs = await read(circular('20/2026/TT-BTC', '2. Thông tư số 78/2014/TT-BTC ngày 18 tháng 6 năm 2014 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định số 218/2013/NĐ-CP; Thông tư số 96/2015/TT-BTC ngày 22 tháng 6 năm 2015 của Bộ trưởng Bộ Tài chính hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.'));
    expect(acts(cs, '96/2015/TT-BTC')).toEqual(['replaces/whole']);
  });
});

describe("a plan's row that drafts a replacing circular (public round 2: 893/QĐ-TTg)", () => {
  const decision = (row: string): string =>
    `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '893/QĐ-TTg', 'Hà Nội, ngày 15 tháng 5 năm 2026')}QUYẾT ĐỊNH\nPhê duyệt Chương trình đào tạo nguồn nhân lực năng lượng nguyên tử\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Năng lượng nguyên tử số 94/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Chương trình kèm theo Quyết định này.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\nPHỤ LỤC\nNHIỆM VỤ CỦA CHƯƠNG TRÌNH\nSTT\nNhiệm vụ\nCơ quan chủ trì\n${row}`;

  it('"2\\nXây dựng Thông tư quy định về đào tạo an toàn bức xạ, … (thay thế Thông tư 34/2014/TT-BKHCN)" replaces nothing', async () => {
    const cs = await read(decision('2 \nXây dựng Thông tư quy định về \nđào tạo an toàn bức xạ, chuyên \nmôn, nghiệp vụ đối với nhân \nviên bức xạ (thay thế Thông tư \n34/2014/TT-BKHCN) \nBộ Khoa học và \nCông nghệ \n2026 \n'));
    expect(acts(cs, '34/2014/TT-BKHCN')).toEqual(['cites']);
  });
});

describe('a list of expired documents (public round 2: 135/QĐ-BLĐTBXH)', () => {
  const list = (rows: string): string =>
    `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', '135/QĐ-BLĐTBXH', 'Hà Nội, ngày 31 tháng 01 năm 2024')}QUYẾT ĐỊNH\nCông bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ hoặc một phần năm 2023\nBỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nCăn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Công bố Danh mục văn bản hết hiệu lực kèm theo Quyết định này.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\nDANH MỤC\nVĂN BẢN HẾT HIỆU LỰC\nSTT \nVăn bản hết hiệu lực \nLý do hết hiệu lực \nNgày hết \nhiệu lực \n${rows}`;

  it('"Được sửa đổi, bổ sung, bãi bỏ bởi Nghị định số B": B reported as amending and repealing', async () => {
    const cs = await read(list('1 \nNghị định số 49/2018/NĐ-CP ngày \n30/3/2018 của Chính phủ quy định \nvề kiểm định chất lượng giáo dục \nnghề nghiệp \nĐiều 7; Điều 8; Điều 9 \nĐược sửa đổi, bổ sung, bãi bỏ bởi \nNghị định số 04/2023/NĐ-CP ngày \n13/02/2023 của Chính phủ \n13/02/2023 \n'));
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['04/2023/NĐ-CP repeals 49/2018/NĐ-CP', '04/2023/NĐ-CP amends 49/2018/NĐ-CP']));
  });

  it("a minister's decision whose title names an ordinance, ended by a circular: the decision is what the circular repealed", async () => {
    const cs = await read(list('20 \nQuyết định số 1614/2003/QĐ-BLĐTBXH ngày 08/12/2003 \ncủa Bộ trưởng Bộ Lao động, Thương binh và Xã hội về \nviệc ban hành tiêu chuẩn nghiệp vụ trong cơ sở chữa bệnh theo Pháp lệnh Xử lý \nvi phạm hành chính \nĐược bãi bỏ bởi Thông tư số 29/2022/TT-BLĐTBXH \nngày 28/12/2022 của Bộ trưởng Bộ Lao động \nThương binh và Xã hội \n15/02/2023 \n'));
    expect(reportsOf(cs)).toEqual(['29/2022/TT-BLĐTBXH repeals 1614/2003/QĐ-BLĐTBXH']);
  });

  it("a row whose places cell lists its places with dashes and semicolons, its title naming the Prime Minister's decision it guides: the row's circular is what was repealed", async () => {
    const cs = await read(list('11 \nThông tư liên tịch số 17/2014/ \nTTLT-BLĐTBXH-BTC ngày \n01 \ntháng 8 năm 2014 của Bộ Lao \nđộng - Thương binh và Xã hội, Bộ \nTài chính hướng dẫn thực hiện trợ \ncấp 01 lần đối với người được cử \nlàm chuyên gia sang giúp Lào \ntheo Quyết định \nsố 57/2013/QĐ-TTg ngày \n14 \ntháng 10 năm 2013 của Thủ tướng \nChính phủ \n- Điểm b khoản 2 Điều 4; \n- Mẫu số 01a và Mẫu số 01b; \n- Từ “hộ khẩu” tại khoản 1 \nĐiều 4 \nĐược bãi bỏ bởi Thông tư số 08/2023/ \nTT-BLĐTBXH ngày 29/8/2023 của \nBộ LĐTBXH \n15/10/2023 \n'));
    expect(reportsOf(cs)).toEqual(['08/2023/TT-BLĐTBXH repeals 17/2014/TTLT-BLĐTBXH-BTC']);
  });

  it("a row whose title ends with its stop and names a decree and a law before its places cell: the row's circular is what was amended and repealed", async () => {
    const cs = await read(list('24 \nThông tư số 35/2013/TT-LĐTBXH \nngày 30/12/2013 của Bộ Lao động \n- Thương binh và Xã hội hướng \ndẫn thi hành một số điều của Nghị \nđịnh số 09/2013/NĐ-CP ngày \n11/01/2013 của Chính phủ quy \nđịnh chi tiết thi hành một số điều \ncủa Luật phòng, chống mua bán \nngười. \n- Khoản 3 Điều 4; \n- Khoản 1 Điều 16; \n- Phụ lục 3 và Phụ lục 16. \nĐược sửa đổi, bổ sung, bãi bỏ bởi \nThông tư số 08/2023/TT-BLĐTBXH \nngày 29/8/2023 của Bộ trưởng Bộ Lao \nđộng - Thương binh và Xã hội \n12/10/2023 \n25 \nThông tư số 01/2019/TT-BLĐTBXH \nngày 02/01/2019 quy định về xác \nđịnh mức độ khuyết tật \n'));
    expect(reportsOf(cs).filter((r) => r.startsWith('08/2023')).sort()).toEqual(['08/2023/TT-BLĐTBXH amends 35/2013/TT-LĐTBXH', '08/2023/TT-BLĐTBXH repeals 35/2013/TT-LĐTBXH']);
  });

  it('"Mẫu số 05 Phụ lục I\nĐược thay bằng Mẫu số 39 kèm theo Thông tư số B": B amended the row\'s circular (its form replaced)', async () => {
    const cs = await read(list('16 \nThông tư 21/2021/TT-BLĐTBXH \ncủa Bộ Lao động Thương binh và \nXã hội về việc quy định chi tiết \nmột số điều của Luật Người lao \nđộng Việt Nam đi làm việc ở nước \nngoài theo hợp đồng \nMẫu số 05 Phụ lục I \nĐược thay bằng Mẫu số 39 kèm theo \nThông tư số 08/2023/TT-BLĐTBXH \nngày 29/8/2023 của Bộ trưởng Bộ Lao \nđộng - Thương binh và Xã hội \n12/10/2023 \n'));
    expect(reportsOf(cs).filter((r) => r.startsWith('08/2023'))).toEqual(['08/2023/TT-BLĐTBXH amends 21/2021/TT-BLĐTBXH']);
  });

  it("a row whose title amends several circulars, listed with commas: they are the title's, and the row's circular is the one repealed", async () => {
    const cs = await read(list('6 \nThông tư số 34/2018/TT-BLĐTBXH \nngày 16/12/2018 của Bộ Lao động \nThương binh và Xã hội về việc \nsửa đổi, bổ sung một số điều \nThông tư 42/2015/TT-BLĐTBXH \nngày 20/10/2015 quy định về đào \ntạo trình độ sơ cấp, Thông tư \n43/2015/TT-BLĐTBXH \nngày \n20/10/2015 quy định về đào tạo \nthường xuyên, Thông tư 10/2017/TT-BLĐTBXH \nngày 13/3/2017 quy định về mẫu \nbằng tốt nghiệp trung cấp, cao \nđẳng; việc in, quản lý, cấp phát bằng tốt nghiệp \ntrung cấp, cao đẳng và Thông tư \n31/2017/TT-BLĐTBXH \nngày \nKhoản 1 Điều 3 \nĐược bãi bỏ bởi Thông tư số 28/2022/ \nTT-BLĐTBXH ngày 28/12/2022 của \nBộ trưởng Bộ Lao động Thương binh \nvà Xã hội \n01/3/2023 \n'));
    expect(reportsOf(cs).filter((r) => r.includes('repeals'))).toEqual(['28/2022/TT-BLĐTBXH repeals 34/2018/TT-BLĐTBXH']);
    expect(reportsOf(cs)).toEqual(expect.arrayContaining(['34/2018/TT-BLĐTBXH amends 43/2015/TT-BLĐTBXH', '34/2018/TT-BLĐTBXH amends 31/2017/TT-BLĐTBXH']));
  });

  it('look-alike: in running text, a comma after an amended document\'s description goes on to the next ended document', async () => {
    const cs = await read(circular('20/2026/TT-BTC', '2. Thông tư số 25/2018/TT-BTC ngày 16 tháng 3 năm 2018 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 78/2014/TT-BTC ngày 18 tháng 6 năm 2014 về thuế thu nhập doanh nghiệp, Thông tư số 96/2015/TT-BTC ngày 22 tháng 6 năm 2015 của Bộ trưởng Bộ Tài chính hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.'));
    expect(acts(cs, '96/2015/TT-BTC')).toEqual(['replaces/whole']);
  });
});

describe('laws and long decrees (public round 3: 44/2019/QH14, 188/2025/NĐ-CP)', () => {
  it('"… Luật Thương mại số 36/2005/QH11 đã dược sửa đổi, bổ sung một số điều theo Luật số 05/2017/QH14 …" (đ typed d): reported as "đã được"', async () => {
    const cs = await read(`QUỐC HỘI\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nLuật số: 44/2019/QH14\nHà Nội, ngày 14 tháng 6 năm 2019\nLUẬT\nPHÒNG, CHỐNG TÁC HẠI CỦA RƯỢU, BIA\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Phòng, chống tác hại của rượu, bia.\nĐiều 35. Sửa đổi, bổ sung một số điều của các luật có liên quan\n3. Thay thế một số cụm từ tại một số điều của Luật Thương mại số 36/2005/QH11 đã dược sửa đổi, bổ sung một số điều theo Luật số 05/2017/QH14 như sau:\na) Thay thế cụm từ “rượu có độ cồn từ 30 độ trở lên” bằng cụm từ “rượu, bia có độ cồn từ 15 độ trở lên” tại khoản 4 Điều 100;\n`);
    expect(acts(cs, '36/2005/QH11')).toEqual(['amends/part']);
    expect(reportsOf(cs)).toEqual(['05/2017/QH14 amends 36/2005/QH11']);
  });

  it('an item of the scope article\'s "3. Hướng dẫn thi hành một số nội dung sau đây:" that locates the matter "theo quy định tại khoản 3 Điều 55 của Luật X" guides X', async () => {
    const decree = (chapeau: string): string =>
      `${documentHeader('CHÍNH PHỦ', '188/2025/NĐ-CP', 'Hà Nội, ngày 01 tháng 7 năm 2025')}NGHỊ ĐỊNH\nQuy định chi tiết và hướng dẫn thi hành Luật Bảo hiểm y tế\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị định quy định chi tiết và hướng dẫn thi hành Luật Bảo hiểm y tế.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm y tế số 25/2008/QH12, bao gồm:\n1. Quy định chi tiết các nội dung về hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế.\n${chapeau}\na) Thanh toán chi phí thuốc, thiết bị y tế theo quy định tại khoản 3 Điều 55 của \nLuật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung tại Luật số 90/2025/QH15; \nb) Ứng dụng công nghệ thông tin trong thực hiện bảo hiểm y tế.\nĐiều 2. Đối tượng áp dụng\n`;
    expect(acts(await read(decree('3. Hướng dẫn thi hành một số nội dung sau đây: ')), '22/2023/QH15')).toEqual(['guides']);
    // (look-alike: the same item under a chapeau that lists what is applied, not guided)
    expect(acts(await read(decree('3. Áp dụng các quy định sau đây: ')), '22/2023/QH15')).toEqual(['cites']);
  });
});
