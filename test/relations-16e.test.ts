import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/** Classes of drafting read on the dev half of the relation gold in issue 16's fifth round (one block per rule). */

const acts = (text: string, type: string, number?: string): string[][] =>
  extract(text, { context: { type, ...(number ? { number } : {}) } }).citations.map((c) => [c.number ?? c.text, c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)]);

describe('a typing slip in an operative phrase is read as the phrase it mistypes (issue 16)', () => {
  it('"hết liệu lực thi hành" ends the documents as "hết hiệu lực thi hành" does', () => {
    const slip = 'Điều 167. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2015.\n2. Luật xây dựng số 16/2003/QH11 hết liệu lực thi hành kể từ ngày Luật này có hiệu lực.\n';
    expect(acts(slip, 'Luật')).toEqual(acts(slip.replace('liệu', 'hiệu'), 'Luật'));
    expect(acts(slip, 'Luật')[0]?.[1]).not.toBe('cites');
  });
  it('the word "liệu" elsewhere is left alone', () => {
    const other = 'Điều 5. Hồ sơ\nTài liệu lực lượng vũ trang theo quy định tại Nghị định số 01/2020/NĐ-CP hết hạn lưu trữ.\n';
    expect(acts(other, 'Thông tư')).toEqual([['01/2020/NĐ-CP', 'cites']]);
  });
});

describe('a resolution of the Government or a council is below a law and amends none (issue 16)', () => {
  const text =
    'Điều 1. Phạm vi điều chỉnh\n1. Nghị quyết này quy định việc cắt giảm, sửa đổi ngành, nghề đầu tư kinh doanh có điều kiện quy định tại Phụ lục IV của Luật Đầu tư số 143/2025/QH15.\n';
  it('"Nghị quyết này … sửa đổi … Phụ lục IV của Luật …" in a resolution numbered …/NQ-CP cites the law', () => {
    expect(acts(text, 'Nghị quyết', '66/2026/NQ-CP')).toEqual([['143/2025/QH15', 'cites']]);
  });
  it('a resolution of the National Assembly, or one whose number is unknown, may still amend it', () => {
    expect(acts(text, 'Nghị quyết', '190/2025/QH15')[0]?.[1]).toBe('amends');
    expect(acts(text, 'Nghị quyết')[0]?.[1]).toBe('amends');
  });
});

describe('a State act amends no Party document, nor the reverse (issue 16)', () => {
  const text =
    'QUYẾT NGHỊ:\nĐiều 1. Cập nhật, bổ sung và ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW ngày 30 tháng 4 năm 2025 của Bộ Chính trị.\n';
  it('"bổ sung … Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW" in a Government resolution cites the Party resolution', () => {
    expect(acts(text, 'Nghị quyết', '109/NQ-CP')).toEqual([['66-NQ/TW', 'cites']]);
  });
  it('a Party document may act on a Party document; an unknown own number leaves the reading as it was', () => {
    const party = 'Điều 1. Sửa đổi, bổ sung một số điều của Quy định số 22-QĐ/TW ngày 28 tháng 7 năm 2021 của Ban Chấp hành Trung ương.\n';
    expect(acts(party, 'Quy định', '296-QĐ/TW')[0]?.[1]).toBe('amends');
    expect(acts(text, 'Nghị quyết')[0]?.[1]).toBe('amends');
  });
});

describe('a bare number that goes on after a slash is a form code, not a document (issue 16)', () => {
  it('"Thay thế các Mẫu số 04-GHTD/SHTT/2020, 05-TT/SHTT/2020 và Mẫu số 06-TBTD/SHTT/2020 tại Phụ lục ban hành kèm theo Thông tư số …" amends the circular', () => {
    const text =
      '16. Thay thế các Mẫu số 01-ĐĐN/SHTT/2020, Mẫu số 04-\nGHTD/SHTT/2020, 05-TT/SHTT/2020 và Mẫu số 06-TBTD/SHTT/2020 tại Phụ\nlục ban hành kèm theo Thông tư số 13/2020/TT-BTC bằng các Mẫu số 01, Mẫu\nsố 06 Phụ lục II ban hành kèm theo Thông tư này.\n';
    expect(acts(text, 'Thông tư', '06/2026/TT-BTC')).toEqual([['13/2020/TT-BTC', 'amends']]);
  });
  it('a Party number after its type word or "số" is still read, its initials after a slash included', () => {
    expect(acts('Thực hiện Công văn số 2587-CV/VPTW/nb ngày 02/01/2020 của Văn phòng Trung ương Đảng.\n', 'Kế hoạch').map((a) => a[0])).toEqual(['2587-CV/VPTW/nb']);
  });
});

describe('a place word at the end of a line goes on with its number on the next (issue 16)', () => {
  it('"Thay thế Phụ lục I, …, Phụ lục\\nVI ban hành kèm theo Thông tư số …" amends the circular: "VI" opens no paragraph', () => {
    const text =
      'Điều 16. Thay thế Phụ lục\n\nThay thế Phụ lục I, Phụ lục II, Phụ lục III, Phụ lục IV, Phụ lục V, Phụ lục\nVI ban hành kèm theo Thông tư số 39/2025/TT-NHNN bằng Phụ lục 1, Phụ lục\n2 thuộc Phụ lục III ban hành kèm theo Thông tư này.\n';
    expect(acts(text, 'Thông tư')).toEqual([['39/2025/TT-NHNN', 'amends']]);
  });
  it('a heading in capitals after "Phụ lục" alone on its line still opens a paragraph', () => {
    const text = 'Phụ lục\nDANH MỤC VĂN BẢN\nNghị định số 15/2020/NĐ-CP ngày 03 tháng 02 năm 2020 của Chính phủ.\n';
    expect(acts(text, 'Thông tư')).toEqual([['15/2020/NĐ-CP', 'cites']]);
  });
});

describe('the status phrase "đã được sửa đổi, bổ sung một số điều theo Luật số …" reports the amendment (issue 16)', () => {
  const asserted = (text: string, type: string): Array<[string | null, string | null]> =>
    extract(text, { context: { type } }).citations.map((c) => [c.number, c.asserted ? `${c.asserted.relation} by ${c.asserted.subjectId}` : null]);
  it('in a preamble, the law after "theo" amends the one named before the phrase; the citing act does nothing to either', () => {
    const text = 'Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung\nmột số điều theo Luật số 65/2020/QH14;\n';
    expect(asserted(text, 'Nghị quyết')).toEqual([
      ['57/2014/QH13', 'amends by vn:65/2020/QH14'],
      ['65/2020/QH14', null],
    ]);
    expect(extract(text, { context: { type: 'Nghị quyết' } }).citations.map((c) => c.relation)).toEqual(['basis', 'cites']);
  });
  it('in a final clause that ends the law, the repeal of the whole stays the citing act\'s own', () => {
    const text = 'Điều 60. Hiệu lực thi hành\n2. Luật xuất bản số 30/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 12/2008/QH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n';
    const [ended] = extract(text, { context: { type: 'Luật' } }).citations;
    // (its own act: a law whose title the passage does not give succeeds the one unamending law its clause ends, as the relation
    // gold reads a law's ending of a law; the amending law only reports)
    expect([ended?.relation, ended?.scope?.whole, ended?.asserted?.subjectId]).toEqual(['replaces', true, 'vn:12/2008/QH12']);
  });
  it('"theo quy định của Luật …" after the verbs is no status phrase', () => {
    const text = 'Điều 5. Điều lệ\nĐiều lệ của Quỹ theo Quyết định số 04/2021/QĐ-TTg được sửa đổi, bổ sung theo quy định của Luật Doanh nghiệp số 59/2020/QH14.\n';
    expect(asserted(text, 'Thông tư').map((a) => a[1])).toEqual([null, null]);
  });
});

describe('a part this act ends that it amended itself carries both acts (issue 16)', () => {
  it('"… khoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP được sửa đổi, bổ sung tại Điều 3 Nghị định này hết hiệu lực …" repeals and amends', () => {
    const text =
      'Điều 21. Hiệu lực thi hành\n2. Quy định về công chứng văn bản uỷ quyền khiếu nại của cá nhân tại\nkhoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP được sửa đổi, bổ sung tại Điều 3\nNghị định này hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.\n';
    expect(acts(text, 'Nghị định')).toEqual([['124/2020/NĐ-CP', 'repeals', 'amends']]);
  });
  it('a part ended that another act amended keeps its one act', () => {
    const text = 'Điều 21. Hiệu lực thi hành\n2. Khoản 3 Điều 5 Nghị định số 124/2020/NĐ-CP được sửa đổi, bổ sung tại Điều 1 Nghị định số 31/2019/NĐ-CP hết hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2027.\n';
    expect(acts(text, 'Nghị định')[0]).toEqual(['124/2020/NĐ-CP', 'repeals']);
  });
});

describe('a quoted passage ends no clause of the text that quotes it, even over a page break (issue 16)', () => {
  it('"9. Bãi bỏ khoản 1 Điều 12 và đoạn “…; …\\n\\n… . … Thông tư này” tại khoản 2 Điều 12 của Thông\\ntư số …" repeals a part', () => {
    const text =
      '9. Bãi bỏ khoản 1 Điều 12 và đoạn “Quyết định về việc hủy quyết định hỗ trợ\nhọc nghề được trung tâm dịch vụ việc làm gửi: 01 bản đến Bảo hiểm xã hội cấp\ntỉnh để không thực hiện chi trả tiền hỗ trợ học nghề cho cơ sở dạy nghề; 01 bản\nđến cơ sở dạy nghề để không thực hiện việc dạy nghề cho người lao động; 01 bản\n\nđến người lao động. Quyết định về việc hủy quyết định hỗ trợ học nghề thực hiện\ntheo Mẫu số 20 ban hành kèm theo Thông tư này” tại khoản 2 Điều 12 của Thông\ntư số 28/2015/TT-BLĐTBXH.\n10. Bãi bỏ Mẫu số 04 của Thông tư số 28/2015/TT-BLĐTBXH.\n';
    expect(acts(text, 'Thông tư')).toEqual([
      ['28/2015/TT-BLĐTBXH', 'repeals'],
      ['28/2015/TT-BLĐTBXH', 'repeals'],
    ]);
  });
  it('a sentence that ends outside any quote still ends the clause', () => {
    const text = 'Điều 5. Bãi bỏ một số quy định về thủ tục. Việc nộp hồ sơ thực hiện theo quy định tại Thông tư số 28/2015/TT-BLĐTBXH.\n';
    expect(acts(text, 'Thông tư')).toEqual([['28/2015/TT-BLĐTBXH', 'cites']]);
  });
});

describe('a form cites its own act by a number half filled in (issue 16)', () => {
  const form = (own: string): string =>
    `BỘ TÀI CHÍNH\nSố: 06/2026/TT-BTC\nHà Nội, ngày 26 tháng 01 năm 2026\n\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 13/2015/TT-BTC\n\nCăn cứ Luật Hải quan số 54/2014/QH13;\nBộ trưởng Bộ Tài chính ban hành Thông tư.\nĐiều 3. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành từ ngày 01 tháng 3 năm 2026.\n\nMẫu 01\nĐƠN ĐỀ NGHỊ KIỂM TRA, GIÁM SÁT HÀNG HÓA\nKính gửi: …\nCăn cứ Thông tư số 13/2015/TT-BTC ngày 30 tháng 01 năm 2015 của Bộ\ntrưởng Bộ Tài chính quy định về kiểm tra được sửa đổi,\nbổ sung bởi Thông tư số 13/2020/TT-BTC, Thông tư số ${own}/2026/TT-BTC;\n`;
  it('"… được sửa đổi, bổ sung bởi Thông tư số 13/2020/TT-BTC, Thông tư số 06…/2026/TT-BTC" in 06/2026/TT-BTC: it amends 13/2015', () => {
    expect(acts(form('06…'), 'Thông tư', '06/2026/TT-BTC').filter((a) => a[0] === '13/2015/TT-BTC').at(-1)).toEqual(['13/2015/TT-BTC', 'amends']);
    expect(acts(form('…'), 'Thông tư', '06/2026/TT-BTC').filter((a) => a[0] === '13/2015/TT-BTC').at(-1)).toEqual(['13/2015/TT-BTC', 'amends']);
  });
  it('digits that are not its own serial name another act', () => {
    expect(acts(form('07…'), 'Thông tư', '06/2026/TT-BTC').filter((a) => a[0] === '13/2015/TT-BTC').at(-1)).toEqual(['13/2015/TT-BTC', 'cites']);
  });
});

describe('a page break inside a list of ended provisions leaves the list going on (issue 16)', () => {
  const list = (piece: string): string =>
    `2. Kể từ ngày Nghị định này có hiệu lực thi hành, các Nghị định của Chính\nphủ và các điều khoản sau đây hết hiệu lực thi hành:\na) Nghị định số 115/2015/NĐ-CP ngày 11 tháng 11 năm 2015 của Chính phủ;\nc) Khoản 2 Điều 3 của Nghị định\nsố 135/2020/NĐ-CP ngày 18 tháng 11 năm 2020 của Chính phủ quy định về\ntuổi nghỉ hưu.\n\n${piece}\nd) Các khoản 7, 8 và 9 Điều 38 của Nghị định số 33/2023/NĐ-CP ngày 10\ntháng 6 năm 2023 của Chính phủ.\n`;
  it('"…\\n\\nPhụ lục III ban hành kèm theo Nghị định số …;\\nd) …": the unmarked piece after the break is an item, a part ended', () => {
    const text = list('Phụ lục III ban hành kèm theo Nghị định số 135/2020/NĐ-CP ngày 18 tháng 11\nnăm 2020 của Chính phủ quy định về tuổi nghỉ hưu;');
    const ended = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.start > text.indexOf('Phụ lục III'));
    expect(ended.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['135/2020/NĐ-CP', 'repeals', false],
      ['33/2023/NĐ-CP', 'repeals', false],
    ]);
  });
  it('a paragraph after the break that does not end before the next item is no item of the list', () => {
    const text = list('Việc chi trả thực hiện theo Nghị định số 135/2020/NĐ-CP ngày 18 tháng 11 năm 2020 của Chính phủ.');
    const after = extract(text, { context: { type: 'Nghị định' } }).citations.find((c) => c.start > text.indexOf('Việc chi trả'));
    expect(after?.relation).toBe('cites');
  });
});

describe('a circular acts on no decree (issue 16)', () => {
  const text =
    'Điều 16. Hiệu lực thi hành\n2. Kể từ ngày Thông tư này có hiệu lực thi hành, các văn bản sau đây hết hiệu\nlực thi hành:\na) Thông tư số 21/2007/TT-BLĐTBXH ngày 08 tháng 10 năm 2007 của Bộ\nLao động - Thương binh và Xã hội hướng dẫn chi tiết một số điều của Luật Người\nlao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng và Nghị định số\n126/2007/NĐ-CP ngày 01 tháng 8 năm 2007 của Chính phủ quy định chi tiết;\nb) Thông tư số 21/2013/TT-BLĐTBXH ngày 10 tháng 10 năm 2013 của Bộ Lao động - Thương binh và Xã hội.\n';
  it('a decree named in the title of a circular that a circular ends is cited', () => {
    expect(acts(text, 'Thông tư').find((a) => a[0] === '126/2007/NĐ-CP')?.[1]).toBe('cites');
  });
  it('a decree may still end it', () => {
    expect(acts(text.replace(/Thông tư này/u, 'Nghị định này'), 'Nghị định').find((a) => a[0] === '126/2007/NĐ-CP')?.[1]).not.toBe('cites');
  });
});

describe('a correction corrects a document or its errors, not information or records (issue 16)', () => {
  it('"Đính chính Thông tư số …" and "Đính chính một số lỗi kỹ thuật tại Thông tư số …" correct it', () => {
    expect(acts('Điều 1. Đính chính một số lỗi kỹ thuật tại Thông tư số 15/2024/TT-BKHĐT ngày 30 tháng 9 năm 2024 như sau:\n', 'Quyết định')).toEqual([['15/2024/TT-BKHĐT', 'corrects']]);
    expect(acts('Điều 1. Đính chính khoản 2 Điều 5 của Thông tư số 15/2024/TT-BKHĐT như sau:\n', 'Quyết định')).toEqual([['15/2024/TT-BKHĐT', 'corrects']]);
  });
  it('"bổ sung, đính chính thông tin … quy định tại Thông tư số …" corrects records, and cites the circular', () => {
    expect(acts('Điều 24. Trách nhiệm\nCơ quan quản lý có trách nhiệm bổ sung, đính chính thông tin lý lịch tư pháp quy định tại Thông tư số 15/2024/TT-BKHĐT.\n', 'Quyết định')).toEqual([['15/2024/TT-BKHĐT', 'cites']]);
    expect(acts('Điều 24. Trách nhiệm\nCơ quan phải kịp thời đính chính thông tin đã công khai về Thông tư số 15/2024/TT-BKHĐT.\n', 'Quyết định')).toEqual([['15/2024/TT-BKHĐT', 'cites']]);
  });
});
