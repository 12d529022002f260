import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/text/index.js';
import { documentHeader, headActs, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * From public round 10, a tuning round of endings from round 7's two sources (fixtures/relations/public-documents-round10.json;
 * README "Round 10"): an article's heading glued to the closing quote of the wording before it, with its title on the line; a
 * crawled text's links read as their labels (their brackets and addresses had cut a repeal's clause); a list of places located
 * again after a semicolon ("…; tại điểm 6 mục I Phụ lục số 2 …"); a list of ended documents going on after the actor of a
 * report, whose title holds "sửa đổi, bổ sung, bãi bỏ"; and the provisions that amended an ended document, ended with it. Each
 * case failed on the code before its rule; the look-alikes pass on both.
 */
const circular = (body: string): string =>
  `${documentHeader('BỘ TÀI CHÍNH', '43/2023/TT-BTC', 'Hà Nội, ngày 28 tháng 6 năm 2023')}THÔNG TƯ\nSửa đổi, bổ sung một số điều của các Thông tư\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của các Thông tư.\nĐiều 1. Sửa đổi, bổ sung một số điều của Thông tư số 80/2021/TT-BTC\n1. Sửa đổi, bổ sung Điều 84 như sau:\n"Điều 84. Sử dụng cơ sở dữ liệu\nCơ quan thuế sử dụng thông tin trong Cơ sở dữ liệu quốc gia về dân cư."${body}\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 15 tháng 8 năm 2023.\n`;

describe('headings glued to a closing quote, and links (public round 10)', () => {
  it('`…dân cư."Điều 2. Bãi bỏ một số nội dung …` then its items: the items act on their own documents, not the amended one', async () => {
    const cs = await readCitations(circular('Điều 2. Bãi bỏ một số nội dung tại các Thông tư khác\n1. Bãi bỏ khoản 2 Điều 13 Thông tư số 76/2014/TT-BTC ngày 16 tháng 6 năm 2014 của Bộ trưởng Bộ Tài chính.'));
    expect(headActs(cs, '80/2021/TT-BTC')).toEqual(['amends/part']);
    expect(headActs(cs, '76/2014/TT-BTC')).toEqual(['repeals/part']);
  });

  it('the glued heading is on a line of its own in the matching text, the offsets back to the original holding', () => {
    const s = 'dân cư."Điều 8. Bãi bỏ một số nội dung\n1. Bãi bỏ';
    const norm = normalizeText(s);
    expect(norm.text).toBe('dân cư."\nĐiều 8. Bãi bỏ một số nội dung\n1. Bãi bỏ');
    const at = norm.text.indexOf('Điều 8');
    const o = norm.map.toOriginal(at, at + 6);
    expect(s.slice(o.start, o.end)).toBe('Điều 8');
  });

  it('look-alikes: a quote inside a sentence before "Điều …" that goes on, and a quoted "Điều 5." opening a wording, stay as they are', () => {
    for (const s of ['theo mẫu "Điều 5. Phạm vi" tại Phụ lục', 'như sau:\n"Điều 5. Phạm vi điều chỉnh\nNghị định này quy định"', 'thay cụm từ "a" bằng "b".Điều 5 của Luật này quy định như sau về việc khác và còn dài hơn nữa']) {
      expect(normalizeText(s).text).toBe(s);
    }
  });

  it('"Bãi bỏ cụm từ “…” tại điểm 7 [Phụ lục số 1](https://…); tại điểm 6 mục I [Phụ lục số 2](https://…) ban hành kèm theo Thông tư số A": A repealed in part', async () => {
    const url = (n: number): string => `(https://files.thuvienphapluat.vn/uploads/DocForms/5/7/1/0/571083//Ph%E1%BB%A5%20l%E1%BB%A5c%20${n}-%20297%202016%20TT-BTC.doc)`;
    const cs = await readCitations(circular(`Điều 2. Bãi bỏ một số nội dung tại các Thông tư khác\n1. Bãi bỏ cụm từ “Nơi đăng ký hộ khẩu thường trú tại:” tại điểm 7, điểm 8 phần I và điểm 1, điểm 2 mục I phần II  [Phụ lục số 1]${url(1)}; tại điểm 6 mục I và điểm 5 mục II  [Phụ lục số 2]${url(2)}; tại điểm 3 và điểm 4  [Phụ lục số 6]${url(6)} ban hành kèm theo Thông tư số 297/2016/TT-BTC  ngày 15 tháng 11 năm 2016 của Bộ trưởng Bộ Tài chính về cấp, quản lý và sử dụng Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ kế toán.`));
    expect(headActs(cs, '297/2016/TT-BTC')).toEqual(['repeals/part']);
  });

  it('a note and a link on one line, in one pass: the note left out with a blank, the link read as its label, offsets kept', () => {
    const s = 'Sửa đổi [Khoản này bởi Luật số 1/2020/QH14 có hiệu lực từ ngày 01/07/2025] tại [Phụ lục I](https://files.thuvienphapluat.vn/a/b.doc) của [ghi chú]';
    const norm = normalizeText(s);
    expect(norm.text).toBe('Sửa đổi tại Phụ lục I của [ghi chú]');
    expect(norm.asides.map((a) => s.slice(a.start, a.end).slice(0, 10))).toEqual(['[Khoản này']);
    const at = norm.text.indexOf('Phụ lục I');
    const o = norm.map.toOriginal(at, at + 9);
    expect(s.slice(o.start, o.end)).toBe('Phụ lục I');
    const tail = norm.text.indexOf('[ghi chú]');
    expect(s.slice(norm.map.toOriginal(tail, tail + 9).start, norm.map.toOriginal(tail, tail + 9).end)).toBe('[ghi chú]');
  });

  it('look-alike: a semicolon before the next clause\'s own verb still ends the clause ("…; tại đây áp dụng Thông tư số A")', async () => {
    const cs = await readCitations(circular('Điều 2. Bãi bỏ một số nội dung\n1. Bãi bỏ cụm từ “Nơi đăng ký” tại điểm 7 Phụ lục số 1; các nội dung khác thực hiện theo Thông tư số 297/2016/TT-BTC.'));
    expect(headActs(cs, '297/2016/TT-BTC')).toEqual(['cites']);
  });
});

describe('a list of ended documents past a report (public round 10)', () => {
  const ending = (tail: string): string =>
    `${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '63/2026/TT-BGDĐT', 'Hà Nội, ngày 30 tháng 7 năm 2026')}THÔNG TƯ\nBan hành Điều lệ trường trung cấp, trường cao đẳng\nCăn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;\nĐiều 1. Ban hành kèm theo Thông tư này Điều lệ trường trung cấp, trường cao đẳng.\nĐiều 2. Điều khoản thi hành\n2. Thông tư này thay thế các văn bản sau: Thông tư số 15/2021/TT-BLĐTBXH ngày 21 tháng 10 năm 2021 quy định Điều lệ trường cao đẳng${tail}; Thông tư số 23/2022/TT-BGDĐT ngày 30 tháng 12 năm 2022 ban hành Điều lệ trường cao đẳng sư phạm.\n`;

  it('"… Thông tư số A … và các quy định đã được sửa đổi, bổ sung tại Thông tư số B … sửa đổi, bổ sung, bãi bỏ …; Thông tư số C …": A and C replaced, B\'s amending provisions with A', async () => {
    const cs = await readCitations(ending(' và các quy định đã được sửa đổi, bổ sung tại Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023 sửa đổi, bổ sung, bãi bỏ một số điều của các Thông tư có quy định liên quan đến việc nộp sổ hộ khẩu'));
    expect(headActs(cs, '15/2021/TT-BLĐTBXH')).toEqual(['replaces/whole']);
    expect(headActs(cs, '08/2023/TT-BLĐTBXH')).toEqual(['replaces/part']);
    expect(headActs(cs, '23/2022/TT-BGDĐT')).toEqual(['replaces/whole']);
    expect(reportsOf(cs)).toEqual(['08/2023/TT-BLĐTBXH amends 15/2021/TT-BLĐTBXH']);
  });

  it('look-alikes: a report of an amendment only ("đã được sửa đổi, bổ sung bởi Thông tư số B") leaves B cited; an ended title\'s own "bãi bỏ" still stops the list', async () => {
    const reported = await readCitations(ending(' đã được sửa đổi, bổ sung bởi Thông tư số 08/2023/TT-BLĐTBXH ngày 29 tháng 8 năm 2023'));
    expect(headActs(reported, '08/2023/TT-BLĐTBXH')).toEqual(['cites']);
    expect(headActs(reported, '23/2022/TT-BGDĐT')).toEqual(['replaces/whole']);
    const stopped = await readCitations(`${documentHeader('BỘ GIÁO DỤC VÀ ĐÀO TẠO', '63/2026/TT-BGDĐT', 'Hà Nội, ngày 30 tháng 7 năm 2026')}THÔNG TƯ\nBan hành Điều lệ\nCăn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;\nĐiều 1. Ban hành kèm theo Thông tư này Điều lệ.\nĐiều 2. Điều khoản thi hành\n2. Thông tư này thay thế Thông tư số 15/2021/TT-BLĐTBXH ngày 21 tháng 10 năm 2021 quy định Điều lệ trường cao đẳng và bãi bỏ khoản 2 Điều 5; Thông tư số 23/2022/TT-BGDĐT ngày 30 tháng 12 năm 2022 vẫn được áp dụng.\n`);
    expect(headActs(stopped, '23/2022/TT-BGDĐT')).toEqual(['cites']);
  });
});
