import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Line wraps (issue 16): the same provisions read the same when a narrower column wraps them (the dev files read so differed in
 * 24 files and 99 relations, test/relations-variants.test.ts): a pinpoint, a list head over three lines, "thay thế" on the line
 * before, type words and names cut by a line break, an item of places over two lines; each beside what must stay as it was.
 */

const read = (text: string, type = 'Thông tư', number = '20/2026/TT-BTC') => extract(text, { context: { type, number } }).citations;
const byText = (text: string, type?: string, number?: string) => {
  const out: Record<string, ReturnType<typeof read>[number]> = {};
  for (const c of read(text, type, number)) out[c.text.replace(/\s+/gu, ' ')] = c;
  return out;
};

describe('a pinpoint cut by a line break', () => {
  it('after "khoản", "điểm" or "Điều" the number on the next line is the pinpoint’s', () => {
    const a = byText('6. Bãi bỏ nội dung “Bản sao sổ hộ khẩu” tại khoản\n2 Điều 6 của Thông tư số 09/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020.\n');
    expect(a['Thông tư số 09/2020/TT-BLĐTBXH']?.pinpoint).toMatchObject({ article: '6', clause: '2', point: null });
    const b = byText('quy định tại điểm\nb khoản 3 Điều 23 Nghị định số 79/2023/NĐ-CP và khoản 1 Điều\n18a Nghị định số 35/2016/NĐ-CP.\n');
    expect(b['Nghị định số 79/2023/NĐ-CP']?.pinpoint).toMatchObject({ article: '23', clause: '3', point: 'b' });
    expect(b['Nghị định số 35/2016/NĐ-CP']?.pinpoint).toMatchObject({ article: '18a', clause: '1' });
  });

  it('a number that ends a sentence on the line before is no pinpoint', () => {
    const a = byText('Các nội dung khác thực hiện theo Điều 5.\nNghị định số 79/2023/NĐ-CP quy định chi tiết.\n');
    expect(a['Nghị định số 79/2023/NĐ-CP']?.pinpoint).toBeNull();
  });
});

describe('a list head wrapped over three lines', () => {
  const LIST = [
    'Điều 3. Hiệu lực thi hành',
    '4. Bãi bỏ các nội dung quy định về thuế thu nhập doanh nghiệp tại các',
    'điều, khoản của',
    'các luật sau đây:',
    'a) Khoản 2 Điều 7 của Luật Bảo hiểm tiền gửi số',
    '06/2012/QH13;',
    'b) Khoản 2 Điều 4 của Luật Bảo hiểm y tế số',
    '25/2008/QH12.',
  ].join('\n');

  it('repeals the places each item names, as on one line', () => {
    for (const text of [LIST, LIST.replace('tại các\nđiều, khoản của\ncác luật', 'tại các điều, khoản của các luật')]) {
      const a = byText(text, 'Luật', '32/2013/QH13');
      expect(a['Luật Bảo hiểm tiền gửi số 06/2012/QH13']).toMatchObject({ relation: 'repeals', scope: { whole: false, part: 'Khoản 2 Điều 7' } });
      expect(a['Luật Bảo hiểm y tế số 25/2008/QH12']).toMatchObject({ relation: 'repeals', scope: { whole: false, part: 'Khoản 2 Điều 4' } });
    }
  });

  it('a head that tasks a review, wrapped the same way, acts on nothing', () => {
    const a = byText(LIST.replace('4. Bãi bỏ các nội dung', '4. Giao Bộ Tài chính rà soát các nội dung'), 'Luật', '32/2013/QH13');
    expect(a['Luật Bảo hiểm tiền gửi số 06/2012/QH13']?.relation).toBe('cites');
  });
});

describe('"thay thế" on the line before the document it ends', () => {
  it('an amending law replaced with its base, the sentence wrapped', () => {
    const a = byText('Luật này thay thế Luật về sĩ quan Quân đội nhân dân Việt Nam\nngày 30 tháng 12 năm 1981 và Luật sửa đổi, bổ sung một số điều của Luật về\nsĩ quan Quân đội nhân dân Việt Nam ngày 21 tháng 12 năm 1990.\n', 'Luật', '16/1999/QH10');
    const amending = Object.entries(a).find(([k]) => k.startsWith('Luật sửa đổi'))?.[1];
    expect(amending).toMatchObject({ relation: 'replaces', scope: { whole: true } });
  });

  it('a sentence that ends before the line break does not carry "thay thế" into the next', () => {
    const a = byText('1. Nghị định này thay thế Nghị định số 01/2020/NĐ-CP.\n2. Nghị định số 05/2021/NĐ-CP sửa đổi, bổ sung Nghị định số 02/2019/NĐ-CP hết hiệu lực.\n', 'Nghị định', '30/2026/NĐ-CP');
    expect(a['Nghị định số 05/2021/NĐ-CP']?.relation).toBe('repeals');
  });
});

describe('type words and names cut by a line break', () => {
  it('"Pháp\\nlệnh" names the ordinance', () => {
    const a = read('Nghị định số 31/2013/NĐ-CP quy định chi tiết, hướng dẫn thi hành một số điều của Pháp\nlệnh Ưu đãi người có công với cách mạng.\n');
    expect(a.map((c) => c.id)).toContain('vn:phap-lenh:uu-dai-nguoi-co-cong-voi-cach-mang');
  });

  it('an ordinance pinned by its year on the next line, ended by a law', () => {
    const law = 'QUỐC HỘI\n\nLuật số: 90/2015/QH13\n\nLUẬT\nKHÍ TƯỢNG THỦY VĂN\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Khí tượng thủy văn.\nĐiều 56. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2016.\n2. Pháp lệnh khai thác và bảo vệ công trình khí tượng thủy văn năm\n1994 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n';
    for (const text of [law, law.replace('năm\n1994', 'năm 1994')]) {
      const a = byText(text, 'Luật', '90/2015/QH13');
      expect(a['Pháp lệnh khai thác và bảo vệ công trình khí tượng thủy văn năm 1994']).toMatchObject({ relation: 'replaces', scope: { whole: true } });
    }
  });

  it('an amending ordinance whose title keeps its capital is one document, not the ordinance it amends', () => {
    const a = read('quy định chi tiết thi hành một số điều của Pháp lệnh Ngoại hối và Pháp lệnh Sửa đổi, bổ sung một số điều của Pháp\nlệnh Ngoại hối;\n');
    expect(a.map((c) => c.id)).toEqual(['vn:phap-lenh:ngoai-hoi', 'vn:phap-lenh:sua-doi-phap-lenh-ngoai-hoi']);
  });

  it('a programme’s period with an en dash wrapped ends its name', () => {
    const a = read('2. Thông tư liên tịch số 96/2014/TTLT-BTC-BCA hướng dẫn việc quản lý kinh phí thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy giai đoạn 2012 –\n2015 hết hiệu lực thi hành từ ngày Thông tư này có hiệu lực thi hành.\n');
    expect(a.map((c) => c.id)).toContain('vn:chuong-trinh:muc-tieu-quoc-gia-phong-chong-ma-tuy-giai-doan-2012-2015');
  });
});

describe('an item of places over two lines', () => {
  it('a repeal in the body of an amending circular lists every place, the wrapped ones included', () => {
    const text = [
      'THÔNG TƯ',
      'Sửa đổi, bổ sung một số điều của Thông tư số 29/2020/TT-BTC ngày 17 tháng 4 năm 2020 của Bộ trưởng Bộ Tài chính',
      'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 29/2020/TT-BTC',
      '1. Sửa đổi khoản 3 Điều 2 như sau:',
      '“3. Cơ quan thuế.”',
      '8. Bãi bỏ khoản 1, khoản 2 Điều 4, khoản 1 Điều 5, khoản 1, khoản 2 Điều',
      '8, khoản 2 Điều 9.',
      'Điều 2. Thông tư này có hiệu lực thi hành từ ngày 15 tháng 6 năm 2026.',
    ].join('\n');
    const c = extract(text, { context: { type: 'Thông tư', number: '45/2026/TT-BTC' } }).citations.find((x) => x.role === 'head' && x.number === '29/2020/TT-BTC' && x.alsoActs);
    const repeal = c?.alsoActs?.find((x) => x.relation === 'repeals');
    expect(repeal?.scope?.part).toBe('khoản 1, khoản 2 Điều 4, khoản 1 Điều 5, khoản 1, khoản 2 Điều 8, khoản 2 Điều 9');
  });

  it('under an article that amends a law, a repeal whose places run onto the next line', () => {
    const text = 'Điều 101. Sửa đổi, bổ sung một số điều của Luật quản lý thuế số 78/2006/QH11\n5. Bãi bỏ\nđiểm d khoản 3 Điều 77; bỏ cụm từ “và điểm d” tại điểm a khoản 1\nĐiều 78.\n6. Sửa cụm từ “kể từ ngày” tại điểm a khoản 2 Điều 107 thành cụm từ “kể từ ngày thông quan”.\nĐiều 102. Hiệu lực thi hành\n';
    const c = extract(text, { context: { type: 'Luật', number: '54/2014/QH13' } }).citations.find((x) => x.number === '78/2006/QH11');
    const repeal = [{ relation: c?.relation, scope: c?.scope }, ...(c?.alsoActs ?? [])].find((x) => x.relation === 'repeals');
    expect(repeal?.scope?.part).toBe('điểm d khoản 3 Điều 77; bỏ cụm từ "và điểm d" tại điểm a khoản 1 Điều 78');
  });
});

describe('the same text from a web page or a Word file (wraps undone) and with "Điều 1:" headings', () => {
  it('an article heading with a colon heads its list and its items as one with a stop does', () => {
    for (const mark of ['.', ':']) {
      const a = byText(`Điều 1${mark} Bãi bỏ các văn bản sau đây:\n1. Quyết định số 15/2020/QĐ-UBND ngày 12/5/2020 của Ủy ban nhân dân tỉnh.\n2. Quyết định số 22/2021/QĐ-UBND ngày 3/6/2021 của Ủy ban nhân dân tỉnh.\nĐiều 2${mark} Quyết định này có hiệu lực từ ngày 01/7/2026.\n`, 'Quyết định', '30/2026/QĐ-UBND');
      expect(a['Quyết định số 15/2020/QĐ-UBND']?.relation, mark).toBe('repeals');
      expect(a['Quyết định số 22/2021/QĐ-UBND']?.relation, mark).toBe('repeals');
    }
  });

  it('a heading that wraps goes on: the law in the decree’s description is no head, and the status phrase is the decree’s', () => {
    const text = 'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP\nngày 26 tháng 7 năm 2024 của Chính phủ quy định chi tiết một số điều\ncủa Luật Nhà ở về phát triển và quản lý nhà ở xã hội, đã được sửa đổi, bổ\nsung tại Nghị định số 261/2025/NĐ-CP\n1. Sửa đổi khoản 1 Điều 30 như sau:\n';
    for (const t of [text, text.replace(/(?<=[^.:\n])\n(?=[\p{Ll}\d])/gu, ' ')]) {
      const a = read(t, 'Nghị định', '54/2026/NĐ-CP');
      const decree = a.find((c) => c.number === '100/2024/NĐ-CP');
      expect(decree?.relation).toBe('amends');
      expect(decree?.asserted).toMatchObject({ relation: 'amends', subjectId: 'vn:261/2025/NĐ-CP' });
      expect(a.find((c) => c.text === 'Luật Nhà ở')?.role).toBe('embedded');
    }
  });

  it('a status phrase that goes on from an amended document’s title, no comma between, is that document’s', () => {
    const text = 'Điều 2. Đính chính lỗi kỹ thuật tại Thông tư số 139/2025/TT-BTC ngày 30 tháng 12 năm 2025 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 57/2021/TT-BTC ngày 12 tháng 7 năm 2021 của Bộ trưởng Bộ Tài chính quy định lộ trình sắp xếp lại thị trường giao dịch chứng khoán được sửa đổi, bổ sung bởi Thông tư số 69/2023/TT-BTC:\n1. Chỉnh sửa cụm từ “điểm đ khoản 2 Điều 1” thành cụm từ “điểm đ khoản 2” tại khoản 1 Điều 1.\n';
    const a = read(text, 'Quyết định', '372/QĐ-BTC');
    const amended = a.find((c) => c.number === '57/2021/TT-BTC');
    const reports = [amended?.asserted, ...(amended?.alsoAsserted ?? [])].map((x) => `${x?.relation} ${x?.subjectId}`);
    expect(reports).toEqual(['amends vn:139/2025/TT-BTC', 'amends vn:69/2023/TT-BTC']);
    expect(a.find((c) => c.number === '139/2025/TT-BTC')?.asserted ?? null).toBeNull();
  });

  it('an item that repeals a document "toàn bộ" under a head that repeals parts too stays whole', () => {
    const text = 'Điều 2. Bãi bỏ một phần, bãi bỏ toàn bộ Thông tư của Bộ trưởng Bộ Lao động - Thương binh và Xã hội\n1. Bãi bỏ toàn bộ Thông tư số 55/2015/TT-BLĐTBXH ngày 16 tháng 12 năm 2015 của Bộ trưởng.\n2. Bãi bỏ khoản 2 Điều 6 Thông tư số 09/2020/TT-BLĐTBXH ngày 12 tháng 11 năm 2020.\n';
    const a = byText(text, 'Thông tư', '08/2023/TT-BLĐTBXH');
    expect(a['Thông tư số 55/2015/TT-BLĐTBXH']).toMatchObject({ relation: 'repeals', scope: { whole: true } });
    expect(a['Thông tư số 09/2020/TT-BLĐTBXH']).toMatchObject({ relation: 'repeals', scope: { whole: false } });
  });

  it('"không" after a law’s name is no word of it; "Hàng không" in the lexicon still is', () => {
    expect(read('Nghị định số 92/2008/NĐ-CP hướng dẫn thi hành một số điều của Luật Tương trợ tư pháp không áp dụng với tương trợ tư pháp về dân sự.\n').map((c) => c.id)).toContain('vn:luat:tuong-tro-tu-phap');
    expect(read('Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;\n').map((c) => c.id).some((id) => id.startsWith('vn:luat:hang-khong-dan-dung-viet-nam'))).toBe(true);
  });
});
