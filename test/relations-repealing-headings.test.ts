import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * Repealing acts whose article heading carries the act for the items under it, with no colon: a heading that repeals "một
 * phần" or "một số điều, khoản" of documents, one that counts them ("Bãi bỏ toàn bộ 03 văn bản"), one that says which
 * documents "hết hiệu lực", and a part phrase before one document that a second joined to it shares ("Bãi bỏ một số điều
 * của Nghị định số A và Nghị định số B"), a table whose rows give the number bare in a cell after the document's title, and a list whose items lost their marks.
 * Each case failed on the code before its rule; the look-alikes pass on both.
 */
const circular = (articles: string): string =>
  `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '15/2023/TT-BLĐTBXH', 'Hà Nội, ngày 29 tháng 12 năm 2023')}THÔNG TƯ\nBãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng\nBộ Lao động - Thương binh và Xã hội ban hành\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nCăn cứ Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động - Thương binh và Xã hội;\nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành.\n${articles}\nĐiều 9. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2024.\n`;
const WHOLE = 'Điều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây\n1. Thông tư số 11/2012/TT-BLĐTBXH ngày 23 tháng 4 năm 2012 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện chế độ trợ cấp.\n';
const PART_ITEMS = '1. Khoản 2 Điều 5 Thông tư số 30/2015/TT-BLĐTBXH ngày 10 tháng 8 năm 2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về tiền lương.\n2. Điều 7, Điều 8 Thông tư số 06/2016/TT-BLĐTBXH ngày 15 tháng 4 năm 2016.\n';

describe('an article heading that repeals in part carries the act for its items, with no colon', () => {
  it('"Điều 2. Bãi bỏ một phần các văn bản quy phạm pháp luật sau đây\\n1. Khoản 2 Điều 5 Thông tư số A …\\n2. Điều 7, Điều 8 Thông tư số B": both repealed in part', async () => {
    const cs = await readCitations(circular(`${WHOLE}Điều 2. Bãi bỏ một phần các văn bản quy phạm pháp luật sau đây\n${PART_ITEMS}`));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '30/2015/TT-BLĐTBXH')).toEqual(['repeals/part']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('"Điều 1. Bãi bỏ một số điều, khoản của các Thông tư sau đây": an item with its own verb and one without', async () => {
    const cs = await readCitations(circular(`Điều 1. Bãi bỏ một số điều, khoản của các Thông tư sau đây\n1. Bãi bỏ khoản 2 Điều 5 Thông tư số 30/2015/TT-BLĐTBXH ngày 10 tháng 8 năm 2015.\n2. Điều 7, Điều 8 Thông tư số 06/2016/TT-BLĐTBXH ngày 15 tháng 4 năm 2016.\n`));
    expect(headActs(cs, '30/2015/TT-BLĐTBXH')).toEqual(['repeals/part']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('"Điều 1. Bãi bỏ toàn bộ 03 văn bản quy phạm pháp luật sau đây": a count before the documents', async () => {
    const cs = await readCitations(circular('Điều 1. Bãi bỏ toàn bộ 03 văn bản quy phạm pháp luật sau đây\n1. Thông tư số 11/2012/TT-BLĐTBXH ngày 23 tháng 4 năm 2012 hướng dẫn thực hiện chế độ trợ cấp.\n2. Thông tư liên tịch số 27/2013/TTLT-BLĐTBXH-BTC ngày 18 tháng 10 năm 2013 quy định về chế độ.\n'));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '27/2013/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/whole']);
  });

  it('"Điều 1. Văn bản hết hiệu lực toàn bộ\\n1. Thông tư số A …" and "Điều 2. Văn bản hết hiệu lực một phần\\n1. Điều 7 Thông tư số B": A whole, B in part', async () => {
    const cs = await readCitations(circular('Điều 1. Văn bản hết hiệu lực toàn bộ\n1. Thông tư số 11/2012/TT-BLĐTBXH ngày 23 tháng 4 năm 2012 hướng dẫn thực hiện chế độ trợ cấp.\n2. Thông tư liên tịch số 27/2013/TTLT-BLĐTBXH-BTC ngày 18 tháng 10 năm 2013 quy định về chế độ.\nĐiều 2. Văn bản hết hiệu lực một phần\n1. Điều 7 Thông tư số 06/2016/TT-BLĐTBXH ngày 15 tháng 4 năm 2016.\n'));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '27/2013/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/whole']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('look-alike: "Điều 3. Văn bản tiếp tục áp dụng" and "Điều 3. Rà soát văn bản hết hiệu lực" head no ending', async () => {
    const kept = await readCitations(circular(`${WHOLE}Điều 3. Văn bản tiếp tục áp dụng\n1. Thông tư số 30/2015/TT-BLĐTBXH ngày 10 tháng 8 năm 2015 quy định về tiền lương.\n`));
    expect(headActs(kept, '30/2015/TT-BLĐTBXH')).toEqual(['cites']);
    const review = await readCitations(circular(`${WHOLE}Điều 3. Trách nhiệm rà soát văn bản hết hiệu lực\n1. Thông tư số 30/2015/TT-BLĐTBXH ngày 10 tháng 8 năm 2015 quy định về tiền lương.\n`));
    expect(headActs(review, '30/2015/TT-BLĐTBXH')).toEqual(['cites']);
  });

  it('look-alike: a heading that repeals some articles of a named document heads items that are its own places, and a later document inside an item is cited', async () => {
    const cs = await readCitations(circular('Điều 1. Bãi bỏ một số điều của Thông tư số 30/2015/TT-BLĐTBXH\n1. Bãi bỏ Điều 5 quy định về chế độ theo Nghị định số 05/2015/NĐ-CP.\n2. Bãi bỏ khoản 3 Điều 7.\n'));
    expect(headActs(cs, '30/2015/TT-BLĐTBXH')).toEqual(['repeals/part']);
    expect(headActs(cs, '05/2015/NĐ-CP')).toEqual(['cites']);
  });
});

describe('a part phrase before a document is shared by one joined to it', () => {
  const decree = (article: string): string =>
    `${documentHeader('CHÍNH PHỦ', '20/2025/NĐ-CP', 'Hà Nội, ngày 10 tháng 02 năm 2025')}NGHỊ ĐỊNH\nBãi bỏ một số quy định về phí\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nChính phủ ban hành Nghị định bãi bỏ một số quy định về phí.\n${article}\nĐiều 4. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2025.\n`;

  it('"Bãi bỏ một số điều của Nghị định số A và Nghị định số B": both in part', async () => {
    const cs = await readCitations(decree('Điều 1. Bãi bỏ một số điều của Nghị định số 11/2020/NĐ-CP và Nghị định số 12/2021/NĐ-CP.'));
    expect(headActs(cs, '11/2020/NĐ-CP')).toEqual(['repeals/part']);
    expect(headActs(cs, '12/2021/NĐ-CP')).toEqual(['repeals/part']);
  });

  it('"Bãi bỏ các quy định về phí của Nghị định số A, Nghị định số B" and "Bãi bỏ một số khoản của Thông tư số A ngày … và Thông tư số B": both in part', async () => {
    const cs = await readCitations(decree('Điều 1. Bãi bỏ các quy định về phí của Nghị định số 15/2017/NĐ-CP, Nghị định số 16/2016/NĐ-CP.\nĐiều 2. Bãi bỏ một số khoản của Thông tư số 20/2019/TT-BTC ngày 05 tháng 4 năm 2019 của Bộ trưởng Bộ Tài chính và Thông tư số 21/2019/TT-BTC.'));
    expect(headActs(cs, '15/2017/NĐ-CP')).toEqual(['repeals/part']);
    expect(headActs(cs, '16/2016/NĐ-CP')).toEqual(['repeals/part']);
    expect(headActs(cs, '20/2019/TT-BTC')).toEqual(['repeals/part']);
    expect(headActs(cs, '21/2019/TT-BTC')).toEqual(['repeals/part']);
  });

  it('look-alike: a part phrase in the first document\'s title ("Bãi bỏ Nghị định số A … quy định một số nội dung về phí và Nghị định số B") leaves B whole', async () => {
    const cs = await readCitations(decree('Điều 1. Bãi bỏ Nghị định số 11/2020/NĐ-CP ngày 20 tháng 01 năm 2020 của Chính phủ quy định một số nội dung về phí và Nghị định số 12/2021/NĐ-CP.'));
    expect(headActs(cs, '11/2020/NĐ-CP')).toEqual(['repeals/whole']);
    expect(headActs(cs, '12/2021/NĐ-CP')).toEqual(['repeals/whole']);
  });

  it('look-alike: a verb in a listed document\'s title ("Các Nghị định số A …, Nghị định số B … sửa đổi, bổ sung một số điều của Nghị định số A và Nghị định số C … hết hiệu lực") leaves C whole', async () => {
    const cs = await readCitations(decree('Điều 1. Các Nghị định số 153/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định về chào bán trái phiếu, Nghị định số 65/2022/NĐ-CP ngày 16 tháng 9 năm 2022 sửa đổi, bổ sung một số điều của Nghị định số 153/2020/NĐ-CP và Nghị định số 08/2023/NĐ-CP ngày 05 tháng 3 năm 2023 sửa đổi, bổ sung một số điều tại các Nghị định quy định về chào bán trái phiếu hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.'));
    expect(headActs(cs, '08/2023/NĐ-CP')[0]).toMatch(/\/whole$/u);
  });

  it('look-alike: a pinpoint of the first document is its own ("Bãi bỏ Điều 5 Nghị định số A và Nghị định số B"): B whole', async () => {
    const cs = await readCitations(decree('Điều 1. Bãi bỏ Điều 5 Nghị định số 11/2020/NĐ-CP và Nghị định số 12/2021/NĐ-CP.'));
    expect(headActs(cs, '11/2020/NĐ-CP')).toEqual(['repeals/part']);
    expect(headActs(cs, '12/2021/NĐ-CP')).toEqual(['repeals/whole']);
  });
});

describe('a table row that gives the number bare, in a cell after the title, is read as its head says', () => {
  const rows = '1\nThông tư hướng dẫn thực hiện chế độ trợ cấp\n11/2012/TT-BLĐTBXH\n23/4/2012\n2\nThông tư liên tịch quy định về chế độ đối với người lao động\n27/2013/TTLT-BLĐTBXH-BTC\n18/10/2013\n';
  it('"Điều 1. Bãi bỏ các văn bản … sau đây:\nSTT\nTên văn bản\nSố, ký hiệu\n…\n1\nThông tư hướng dẫn …\n11/2012/TT-BLĐTBXH": repealed', async () => {
    const cs = await readCitations(circular(`Điều 1. Bãi bỏ các văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành sau đây:\nSTT\nTên văn bản\nSố, ký hiệu\nNgày ban hành\n${rows}`));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '27/2013/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/whole']);
  });

  it('between pipes: "| 1 | Thông tư hướng dẫn … | 11/2012/TT-BLĐTBXH | 23/4/2012 |": repealed', async () => {
    const cs = await readCitations(circular('Điều 1. Bãi bỏ toàn bộ các Thông tư sau đây:\n| STT | Tên văn bản | Số, ký hiệu | Ngày ban hành |\n|---|---|---|---|\n| 1 | Thông tư hướng dẫn thực hiện chế độ trợ cấp | 11/2012/TT-BLĐTBXH | 23/4/2012 |\n'));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
  });

  it('look-alike: the same rows under a head that publishes documents that ended ("Công bố danh mục văn bản đã hết hiệu lực:") or proposes repeals end nothing', async () => {
    const published = await readCitations(circular(`Điều 1. Công bố danh mục văn bản quy phạm pháp luật đã hết hiệu lực toàn bộ sau đây:\nSTT\nTên văn bản\nSố, ký hiệu\nNgày ban hành\n${rows}`));
    expect(headActs(published, '11/2012/TT-BLĐTBXH')).toEqual(['cites']);
    const proposed = await readCitations(circular(`Điều 1. Giao Vụ Pháp chế trình Bộ trưởng bãi bỏ các văn bản sau đây:\nSTT\nTên văn bản\nSố, ký hiệu\nNgày ban hành\n${rows}`));
    expect(headActs(proposed, '11/2012/TT-BLĐTBXH')).toEqual(['cites']);
  });
});

describe('a list whose items lost their marks (a conversion drops a bullet glyph): each line that opens with a document is an item', () => {
  const items = 'Thông tư số 11/2012/TT-BLĐTBXH ngày 23/4/2012 hướng dẫn thực hiện chế độ trợ cấp;\nThông tư liên tịch số 27/2013/TTLT-BLĐTBXH-BTC ngày 18/10/2013 quy định\nvề chế độ đối với người lao động;\nThông tư số 06/2016/TT-BLĐTBXH ngày 15/4/2016 hướng dẫn thực hiện chế độ ưu đãi.\n';
  it('"Bãi bỏ toàn bộ các Thông tư sau đây:\nThông tư số A …;\nThông tư liên tịch số B … quy định\nvề …;\nThông tư số C …": all repealed', async () => {
    const cs = await readCitations(circular(`Điều 1. Bãi bỏ văn bản\nBãi bỏ toàn bộ các Thông tư sau đây:\n${items}`));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '27/2013/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/whole']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/whole']);
  });

  it('under an article heading with no colon ("Điều 1. Bãi bỏ toàn bộ các Thông tư sau đây\nThông tư số A …"): all repealed', async () => {
    const cs = await readCitations(circular(`Điều 1. Bãi bỏ toàn bộ các Thông tư sau đây\n${items.replaceAll(';\n', '.\n')}`));
    expect(headActs(cs, '27/2013/TTLT-BLĐTBXH-BTC')).toEqual(['repeals/whole']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/whole']);
  });

  it('a head that records endings ("Công bố các Thông tư đã hết hiệu lực toàn bộ sau đây:") ends none of its unmarked lines', async () => {
    const published = await readCitations(circular(`Điều 1. Công bố danh mục văn bản\nCông bố các Thông tư đã hết hiệu lực toàn bộ sau đây:\n${items}`));
    expect(headActs(published, '11/2012/TT-BLĐTBXH')).toEqual(['cites']);
    expect(headActs(published, '27/2013/TTLT-BLĐTBXH-BTC')).toEqual(['cites']);
  });

  it('look-alike: a line that opens with a document after a paragraph that is no list is read on its own', async () => {
    const prose = await readCitations(circular(`Điều 1. Bãi bỏ văn bản\nBãi bỏ toàn bộ Thông tư số 30/2015/TT-BLĐTBXH ngày 10 tháng 8 năm 2015.\nCác chế độ đã giải quyết trước ngày Thông tư này có hiệu lực thì không giải quyết lại.\nThông tư số 06/2016/TT-BLĐTBXH ngày 15/4/2016 tiếp tục được áp dụng đối với hồ sơ đang giải quyết.\n`));
    expect(headActs(prose, '30/2015/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(prose, '06/2016/TT-BLĐTBXH')).toEqual(['cites']);
  });
});

/**
 * From the nineteenth drafting round's tuning half (fixtures/relations/drafting-forms-repealing.json): "… hết hiệu lực toàn bộ kể
 * từ ngày …:" heads, an item that strikes a phrase ("Cụm từ “…” tại khoản 1 Điều 2 Quyết định số …"), a regulation's title
 * between its places and "ban hành kèm theo", a heading "Bãi bỏ một số điều, khoản", a title "Quy định về việc bãi bỏ …", and
 * fields listed with semicolons in an ended decree's title.
 */
describe('the nineteenth round\'s repealing forms', () => {
  it('"Các Thông tư sau đây hết hiệu lực toàn bộ kể từ ngày Thông tư này có hiệu lực thi hành:\\n1. Thông tư số A …": repealed whole, no successor when the title is "Quy định về việc bãi bỏ …"', async () => {
    const text = circular('Điều 1. Văn bản hết hiệu lực\nCác Thông tư sau đây hết hiệu lực toàn bộ kể từ ngày Thông tư này có hiệu lực thi hành:\n1. Thông tư số 11/2012/TT-BLĐTBXH ngày 23 tháng 4 năm 2012 hướng dẫn thực hiện chế độ trợ cấp.\n2. Thông tư số 06/2016/TT-BLĐTBXH ngày 15 tháng 4 năm 2016.\n').replace('THÔNG TƯ\nBãi bỏ một số', 'THÔNG TƯ\nQuy định về việc bãi bỏ một số');
    const cs = await readCitations(text);
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/whole']);
  });

  it('"Các Thông tư sau đây đã hết hiệu lực:" and "… đã hết hiệu lực toàn bộ:" record, and end nothing', async () => {
    for (const head of ['Các Thông tư sau đây đã hết hiệu lực:', 'Các Thông tư sau đây đã hết hiệu lực toàn bộ:']) {
      const cs = await readCitations(circular(`Điều 1. Công bố văn bản hết hiệu lực\n${head}\n1. Thông tư số 11/2012/TT-BLĐTBXH ngày 23 tháng 4 năm 2012 hướng dẫn thực hiện chế độ trợ cấp.\n`));
      expect(headActs(cs, '11/2012/TT-BLĐTBXH'), head).toEqual(['cites']);
    }
  });

  it('under "Điều 2. Bãi bỏ một phần …" and "Điều 2. Bãi bỏ một số điều, khoản": a struck phrase and a regulation\'s places are parts repealed', async () => {
    // (the minister's own circular: round 19's decree struck the phrase from a Prime Minister's decision, which a minister cannot do,
    // and a minister's act on the Prime Minister's decision now reads as none)
    const phrase = await readCitations(circular('Điều 2. Bãi bỏ một phần các văn bản quy phạm pháp luật sau đây\n1. Cụm từ “và các khoản đóng góp tự nguyện” tại khoản 1 Điều 2 Thông tư số 11/2011/TT-BLĐTBXH ngày 18 tháng 02 năm 2011 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội.\n'));
    expect(headActs(phrase, '11/2011/TT-BLĐTBXH')).toEqual(['repeals/part']);
    const regulation = await readCitations(circular('Điều 2. Bãi bỏ một số điều, khoản\n1. Bãi bỏ khoản 4 Điều 3 Quy định ban hành kèm theo Thông tư số 30/2015/TT-BLĐTBXH.\n2. Điều 11 Quy định phân công, phân cấp quản lý nhà nước về lao động ban hành kèm theo Thông tư số 06/2016/TT-BLĐTBXH ngày 15 tháng 4 năm 2016.\n'));
    expect(headActs(regulation, '30/2015/TT-BLĐTBXH')).toEqual(['repeals/part']);
    expect(headActs(regulation, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/part']);
  });

  it('an item right under "Điều 2. Bãi bỏ một số điều, khoản" ("1. Khoản 4 …": no wrapped place number) is repealed in part; the act its status parenthesis names is cited', async () => {
    const cs = await readCitations(circular('Điều 2. Bãi bỏ một số điều, khoản\n1. Khoản 4 Điều 3 Quy định ban hành kèm theo Thông tư số 30/2015/TT-BLĐTBXH (đã được sửa đổi, bổ sung tại Thông tư số 06/2016/TT-BLĐTBXH).\n'));
    expect(headActs(cs, '30/2015/TT-BLĐTBXH')).toEqual(['repeals/part']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['cites']);
  });

  const decree = (effect: string): string =>
    `${documentHeader('CHÍNH PHỦ', '139/2017/NĐ-CP', 'Hà Nội, ngày 27 tháng 11 năm 2017')}NGHỊ ĐỊNH\nQuy định xử phạt vi phạm hành chính trong hoạt động đầu tư xây dựng\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định quy định xử phạt vi phạm hành chính trong hoạt động đầu tư xây dựng.\nĐiều 79. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 01 năm 2018.\n${effect}\n`;

  it('"Nghị định này thay thế Nghị định số A … trong hoạt động xây dựng; kinh doanh bất động sản; … và Nghị định số B …": both replaced', async () => {
    const cs = await readCitations(decree('2. Nghị định này thay thế Nghị định số 121/2013/NĐ-CP ngày 10 tháng 10 năm 2013 của Chính phủ quy định xử phạt vi phạm hành chính trong hoạt động xây dựng; kinh doanh bất động sản; quản lý phát triển nhà và công sở và Nghị định số 180/2007/NĐ-CP ngày 07 tháng 12 năm 2007 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Xây dựng về xử lý vi phạm trật tự xây dựng đô thị.'));
    expect(headActs(cs, '121/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '180/2007/NĐ-CP')).toEqual(['replaces/whole']);
  });

  it('look-alike: a verb after the semicolon is a clause of its own ("…; bãi bỏ Điều 3 Nghị định số C và Nghị định số B"): B is not replaced', async () => {
    const cs = await readCitations(decree('2. Nghị định này thay thế Nghị định số 121/2013/NĐ-CP ngày 10 tháng 10 năm 2013 của Chính phủ quy định xử phạt vi phạm hành chính trong hoạt động xây dựng; bãi bỏ Điều 3 Nghị định số 23/2009/NĐ-CP và Nghị định số 180/2007/NĐ-CP ngày 07 tháng 12 năm 2007 của Chính phủ.'));
    expect(headActs(cs, '121/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '180/2007/NĐ-CP')).not.toContain('replaces/whole');
  });
});

describe('an annex titled as a list of documents that end ("DANH MỤC VĂN BẢN … HẾT HIỆU LỰC TOÀN BỘ") is read by the sentence that refers to it', () => {
  const annex = (reason: string): string =>
    `DANH MỤC\nVĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC TOÀN BỘ\n(Ban hành kèm theo Thông tư ngày 29 tháng 12 năm 2023 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội)\nSTT\nTên loại văn bản\nSố, ký hiệu; ngày, tháng, năm ban hành văn bản\nTên gọi của văn bản\nLý do hết hiệu lực\n1\nThông tư\n11/2012/TT-BLĐTBXH ngày 23/4/2012\nHướng dẫn thực hiện chế độ trợ cấp\n${reason}\n2\nThông tư\n06/2016/TT-BLĐTBXH ngày 15/4/2016\nHướng dẫn thực hiện chế độ ưu đãi\n${reason}\n`;

  it('"Bãi bỏ toàn bộ 02 Thông tư … (có Danh mục kèm theo)" and "Bãi bỏ … tại Danh mục kèm theo Thông tư này": the rows are repealed', async () => {
    for (const sentence of ['Điều 1. Bãi bỏ toàn bộ 02 Thông tư do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành (có Danh mục kèm theo).', 'Điều 1. Bãi bỏ toàn bộ các Thông tư do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành tại Danh mục kèm theo Thông tư này.']) {
      const cs = await readCitations(circular(sentence) + annex('Văn bản không còn đối tượng điều chỉnh'));
      expect(headActs(cs, '11/2012/TT-BLĐTBXH'), sentence).toEqual(['repeals/whole']);
      expect(headActs(cs, '06/2016/TT-BLĐTBXH'), sentence).toEqual(['repeals/whole']);
    }
  });

  it('a row whose last cell reads "Bị bãi bỏ" ends there: the next row\'s document is no object of it', async () => {
    const cs = await readCitations(circular('Điều 1. Bãi bỏ toàn bộ 02 Thông tư do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành (có Danh mục kèm theo).') + annex('Bị bãi bỏ'));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['repeals/whole']);
  });

  it('look-alike: the same annex under "Công bố Danh mục văn bản … hết hiệu lực toàn bộ … (có Danh mục kèm theo)" reports, its rows ended by another act', async () => {
    const cs = await readCitations(circular('Điều 1. Công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực toàn bộ do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành (có Danh mục kèm theo).') + annex('Bị bãi bỏ bởi Thông tư số 10/2023/TT-BLĐTBXH'));
    expect(headActs(cs, '11/2012/TT-BLĐTBXH')).toEqual(['cites']);
    expect(headActs(cs, '06/2016/TT-BLĐTBXH')).toEqual(['cites']);
  });
});
