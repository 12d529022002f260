import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From public round 8, a tuning round of two sources new in the eighth session (fixtures/relations/public-documents-round8.json:
 * decrees crawled from thuvienphapluat.vn, 2026 acts in OCR text; README "Rounds 7 and 8"). Each case failed on the code before
 * its rule; the look-alikes pass on both.
 */
const decree = (body: string, date = 'Hà Nội, ngày 19 tháng 10 năm 2020'): string =>
  `${documentHeader('CHÍNH PHỦ', '126/2020/NĐ-CP', date)}NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Quản lý thuế\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;\nChính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Quản lý thuế.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết thi hành một số điều của Luật Quản lý thuế áp dụng đối với việc quản lý các loại thuế.\n${body}`;

describe('a list head of endings that keeps provisions and says "cụ thể như sau:" (126/2020/NĐ-CP)', () => {
  const head = (exception: string): string =>
    decree(`Điều 42. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 05 tháng 12 năm 2020.\n2. Quy định tại các Nghị định sau đây hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực${exception}\na) Nghị định số 83/2013/NĐ-CP ngày 22 tháng 7 năm 2013 của Chính phủ quy định chi tiết thi hành một số điều của Luật Quản lý thuế;\nb) Điều 4 Nghị định số 91/2014/NĐ-CP ngày 01 tháng 10 năm 2014 của Chính phủ sửa đổi, bổ sung một số điều tại các Nghị định quy định về thuế;\nc) Điều 7 Nghị định số 53/2011/NĐ-CP ngày 01 tháng 7 năm 2011 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thuế sử dụng đất phi nông nghiệp;\n`);

  it('"…, trừ quy định tại Điều 43 Nghị định này, cụ thể như sau:": the items are ended, the predecessor whole, the others in part', async () => {
    const cs = await readCitations(head(', trừ quy định tại Điều 43 Nghị định này, cụ thể như sau:'));
    expect(headActs(cs, '83/2013/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '91/2014/NĐ-CP')).toEqual(['repeals/part']);
    expect(headActs(cs, '53/2011/NĐ-CP')).toEqual(['repeals/part']);
  });

  it('look-alike: an exception that is itself the list ("…, trừ các Nghị định sau đây:") ends none of them', async () => {
    const cs = await readCitations(head(', trừ các Nghị định sau đây:'));
    expect(headActs(cs, '91/2014/NĐ-CP')).toEqual(['cites']);
    expect(headActs(cs, '53/2011/NĐ-CP')).toEqual(['cites']);
  });
});

describe('a law the document names by two numbers: its name alone is the one in force on the document\'s date', () => {
  const transitional = 'Điều 43. Quy định chuyển tiếp\n1. Các khoản thuế phát sinh trước ngày 01 tháng 7 năm 2020 thì tiếp tục xử lý theo quy định của Luật Quản lý thuế số 78/2006/QH11.\n2. Các khoản tiền thuế nợ được xử lý theo quy định của Luật Quản lý thuế số 38/2019/QH14 và tại Nghị định này.\n';

  it('"Luật Quản lý thuế số 78/2006/QH11 … Luật Quản lý thuế số 38/2019/QH14": "Luật Quản lý thuế", guided, is 38/2019/QH14 in a decree of October 2020', async () => {
    const cs = await readCitations(decree(transitional));
    expect(new Set(cs.filter((c) => c.text === 'Luật Quản lý thuế').map((c) => c.id))).toEqual(new Set(['vn:38/2019/QH14']));
    expect(cs.filter((c) => c.id === 'vn:38/2019/QH14' && c.relation === 'guides').length).toBeGreaterThan(0);
  });

  it('look-alike: in a decree dated before the later law took effect, the name is the earlier law, in force then', async () => {
    const cs = await readCitations(decree(transitional, 'Hà Nội, ngày 19 tháng 3 năm 2020'));
    // (the title, the enacting words and the scope article name it alone; the Căn cứ line's day, in 2019, still names the law
    // adopted that year)
    const named = cs.filter((c) => c.text === 'Luật Quản lý thuế');
    expect(named.map((c) => c.id)).toEqual(['vn:78/2006/QH11', 'vn:38/2019/QH14', 'vn:78/2006/QH11', 'vn:78/2006/QH11']);
  });
});

describe('lists of ended documents and suspensions as the crawled and OCR texts write them', () => {
  it('"thay thế các Nghị định: số A …; số B … quà biếu, tặng nhập khẩu được miễn thuế; số C …": a benefit in a title breaks no list', async () => {
    const cs = await readCitations(`${documentHeader('CHÍNH PHỦ', '08/2015/NĐ-CP', 'Hà Nội, ngày 21 tháng 01 năm 2015')}NGHỊ ĐỊNH\nQuy định chi tiết và biện pháp thi hành Luật Hải quan\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nĐiều 110. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm 2015.\n2. Nghị định này thay thế các Nghị định: số 154/2005/NĐ-CP ngày 15 tháng 12 năm 2005 quy định chi tiết một số điều của Luật Hải quan; số 66/2002/NĐ-CP ngày 01 tháng 7 năm 2002 quy định về định mức hành lý của người xuất cảnh, nhập cảnh và quà biếu, tặng nhập khẩu được miễn thuế; số 06/2003/NĐ-CP ngày 22 tháng 01 năm 2003 quy định về việc phân loại hàng hóa xuất khẩu, nhập khẩu; số 40/2007/NĐ-CP ngày 16 tháng 3 năm 2007 quy định về việc xác định trị giá hải quan.\n`);
    for (const n of ['154/2005/NĐ-CP', '66/2002/NĐ-CP', '06/2003/NĐ-CP', '40/2007/NĐ-CP']) expect(headActs(cs, n), n).toEqual(['replaces/whole']);
  });

  it('look-alike: an item said to have been amended ("… được sửa đổi, bổ sung bởi Nghị định số B; số C …") still stops the list at B', async () => {
    const cs = await readCitations(`${documentHeader('CHÍNH PHỦ', '08/2015/NĐ-CP', 'Hà Nội, ngày 21 tháng 01 năm 2015')}NGHỊ ĐỊNH\nQuy định chi tiết Luật Hải quan\nCăn cứ Luật Hải quan ngày 23 tháng 6 năm 2014;\nĐiều 110. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm 2015.\n2. Nghị định này thay thế Nghị định số 154/2005/NĐ-CP ngày 15 tháng 12 năm 2005 được sửa đổi, bổ sung bởi Nghị định số 87/2012/NĐ-CP.\n`);
    expect(headActs(cs, '154/2005/NĐ-CP')).toEqual(['replaces/whole']);
    expect(headActs(cs, '87/2012/NĐ-CP')).toEqual(['cites']);
  });

  it('"3. Bãi bỏ:\\n9\\n\\na) Điều 10 Thông tư số A …": the page number a conversion left between the head and its items', async () => {
    const cs = await readCitations(`${documentHeader('BỘ XÂY DỰNG', '58/2026/TT-BXD', 'Hà Nội, ngày 08 tháng 7 năm 2026')}THÔNG TƯ\nQuy định về đăng kiểm tàu biển Việt Nam\nCăn cứ Bộ luật Hàng hải Việt Nam số 95/2015/QH13;\nĐiều 16. Hiệu lực thi hành\n\n1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026.\n3. Bãi bỏ:\n9\n\na) Điều 10 Thông tư số 16/2022/TT-BGTVT sửa đổi, bổ sung một số điều của\ncác Thông tư trong lĩnh vực đăng kiểm;\nb) Điều 4, Điều 5 Thông tư số 59/2025/TT-BXD sửa đổi, bổ sung một số điều.\n4. Các giấy chứng nhận tiếp tục có hiệu lực.\n`);
    expect(headActs(cs, '16/2022/TT-BGTVT')).toEqual(['repeals/part']);
    expect(headActs(cs, '59/2025/TT-BXD')).toEqual(['repeals/part']);
  });

  const suspension = (article: string): string =>
    `${documentHeader('CHÍNH PHỦ', '08/2023/NĐ-CP', 'Hà Nội, ngày 05 tháng 3 năm 2023')}NGHỊ ĐỊNH\nVề trái phiếu doanh nghiệp\nCăn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019;\n${article}\n1. Quy định về thời gian phân phối trái phiếu tại khoản 7 Điều 1 Nghị định số 65/2022/NĐ-CP.\nĐiều 4. Điều khoản thi hành\nNghị định này có hiệu lực thi hành kể từ ngày ký ban hành.\n`;

  it('"Điều 3. Ngưng hiệu lực thi hành đối với các quy định sau đây tại Nghị định số A đến hết ngày …": A suspended in part', async () => {
    const cs = await readCitations(suspension('Điều 3. Ngưng hiệu lực thi hành đối với các quy định sau đây tại Nghị định số 65/2022/NĐ-CP đến hết ngày 31 tháng 12 năm 2023'));
    expect(headActs(cs, '65/2022/NĐ-CP')).toContain('suspends/part');
  });

  it('an item naming another decree\'s places, as amended by the decree the head names: that decree suspended in part too', async () => {
    const cs = await readCitations(suspension('Điều 3. Ngưng hiệu lực thi hành đối với các quy định sau đây tại Nghị định số 65/2022/NĐ-CP đến hết ngày 31 tháng 12 năm 2023').replace('\nĐiều 4.', '\n2. Quy định về xếp hạng tín nhiệm tại điểm e khoản 2 Điều 12 Nghị định số 153/2020/NĐ-CP được sửa đổi tại khoản 9 Điều 1 Nghị định số 65/2022/NĐ-CP.\nĐiều 4.'));
    expect(headActs(cs, '153/2020/NĐ-CP')).toEqual(['suspends/part']);
  });

  it('look-alike: the same item under a head that lists provisions to report on suspends nothing', async () => {
    const cs = await readCitations(suspension('Điều 3. Các bộ báo cáo việc thực hiện các quy định sau đây').replace('\nĐiều 4.', '\n2. Quy định về xếp hạng tín nhiệm tại điểm e khoản 2 Điều 12 Nghị định số 153/2020/NĐ-CP.\nĐiều 4.'));
    expect(headActs(cs, '153/2020/NĐ-CP')).toEqual(['cites']);
  });

  it('the heading glued to the closing quote of the article before, `…”.Điều 3.`: the wording ends there, the next article acts', async () => {
    const cs = await readCitations(suspension('Điều 2. Sửa đổi, bổ sung điểm b khoản 3 Điều 3 Nghị định số 65/2022/NĐ-CP như sau:\n"b) Việc thay đổi điều kiện của trái phiếu phải được chấp thuận."Điều 3.\nNgưng hiệu lực thi hành đối với các quy định sau đây tại Nghị định số 65/2022/NĐ-CP đến hết ngày 31 tháng 12 năm 2023'));
    expect(headActs(cs, '65/2022/NĐ-CP')).toEqual(['amends/part', 'suspends/part', 'suspends/part']);
  });

  it('look-alikes: a proposal and a task to suspend such provisions suspend nothing', async () => {
    expect(headActs(await readCitations(suspension('Điều 3. Đề nghị ngưng hiệu lực thi hành đối với các quy định tại Nghị định số 65/2022/NĐ-CP.')), '65/2022/NĐ-CP')).not.toContain('suspends/part');
    expect(headActs(await readCitations(suspension('Điều 3. Giao Bộ Tài chính trình Chính phủ ngưng hiệu lực đối với các quy định tại Nghị định số 65/2022/NĐ-CP.')), '65/2022/NĐ-CP')).not.toContain('suspends/part');
  });
});

/**
 * A database's notes. The reviewers who built rounds 7 and 8 reported that thuvienphapluat.vn's texts carry the site's bracketed
 * notes on what guided, amended or ended a provision, each document a note names tagged with the day it expired; the rule was
 * written from that report and these probes, not from the held round's texts or readings (README "Rounds 7 and 8").
 */
describe('notes a legal database adds to a text', () => {
  const law = (note: string): string =>
    `QUỐC HỘI\n-------\nLuật số: 38/2019/QH14\nHà Nội, ngày 13 tháng 6 năm 2019\nLUẬT\nQUẢN LÝ THUẾ\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Quản lý thuế.\nĐiều 5. Nguyên tắc quản lý thuế\n1. Mọi tổ chức, hộ gia đình, hộ kinh doanh, cá nhân có nghĩa vụ nộp thuế theo quy định của luật. ${note}\n2. Cơ quan quản lý thuế thực hiện quản lý thuế theo quy định của Luật này.\n`;

  it('"[… được hướng dẫn bởi Thông tư A (VB hết hiệu lực: 05/02/2021)]": the tag of the day A expired ends nothing', async () => {
    const cs = await readCitations(law('[Khoản này được hướng dẫn bởi Điều 5 Thông tư 80/2021/TT-BTC (VB hết hiệu lực: 01/01/2025)] [Khoản này được hướng dẫn bởi Điều 3 Thông tư 40/2021/TT-BTC]'));
    expect(headActs(cs, '80/2021/TT-BTC')).toEqual(['cites']);
    expect(headActs(cs, '40/2021/TT-BTC')).toEqual(['cites']);
  });

  it('look-alike: the law\'s own sentence that a circular expires still ends it, and the offsets of what follows the note are kept', async () => {
    const text = law('[Khoản này được hướng dẫn bởi Thông tư 156/2013/TT-BTC (VB hết hiệu lực: 05/02/2021)]\n3. Thông tư số 28/2011/TT-BTC hết hiệu lực kể từ ngày Luật này có hiệu lực.');
    const cs = await readCitations(text);
    expect(headActs(cs, '28/2011/TT-BTC')).not.toEqual(['cites']);
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('a link a crawled text keeps inside its sentence (91/2022/NĐ-CP)', () => {
  const amending = (form: string): string =>
    `${documentHeader('CHÍNH PHỦ', '91/2022/NĐ-CP', 'Hà Nội, ngày 30 tháng 10 năm 2022')}NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP\nCăn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ\n9. Ban hành kèm theo Nghị định này Thông báo về việc ngừng sử dụng hóa đơn theo ${form} ban hành kèm theo Nghị định số 126/2020/NĐ-CP  ngày 19 tháng 10 năm 2020 của Chính phủ.\nĐiều 2. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành kể từ ngày ký.\n`;

  it('"… thay thế [Mẫu số 04-1/CC tại Phụ lục III](https://files…/Mau-so-04-1.doc) ban hành kèm theo Nghị định số A": a form of A replaced, which amends A (a part)', async () => {
    const text = amending('[Mẫu số 04-1/CC](https://files.thuvienphapluat.vn/uploads/DocForms/5/1/6/3/516302//M%E1%BA%ABu%20s%E1%BB%91%2004-1%20CC.doc) thay thế  [Mẫu số 04-1/CC tại Phụ lục III](https://files.thuvienphapluat.vn/uploads/DocForms/5/1/6/3/516302//M%E1%BA%ABu%20s%E1%BB%91%2004-1%20CC-126-2020-N%C4%90-CP.doc)');
    const cs = await readCitations(text);
    expect(new Set(headActs(cs, '126/2020/NĐ-CP'))).toEqual(new Set(['amends/part']));
    for (const c of cs) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('look-alike: the same sentence without the link reads the same', async () => {
    const cs = await readCitations(amending('Mẫu số 04-1/CC thay thế Mẫu số 04-1/CC tại Phụ lục III'));
    expect(new Set(headActs(cs, '126/2020/NĐ-CP'))).toEqual(new Set(['amends/part']));
  });
});
