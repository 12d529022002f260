import { describe, expect, it } from 'vitest';
import { extractCitations } from '../src/cite/index.js';

// Words that contain "luật" without naming a law, and names the reader used to cut short (the class law-lookalike of
// fixtures/named/gold.json measures them on the corpus; these are the forms one by one, with the real citations beside them)
const read = (text: string): string[] => extractCitations(text).map((c) => `${c.text.replace(/\s+/g, ' ')} ${c.id}`);

describe('look-alikes of a named law', () => {
  it('"kỷ luật" and "pháp luật" name no law, over a line break too', () => {
    expect(read('khiếu nại quyết định kỷ luật cán bộ, công chức theo Luật Cán bộ, công chức năm 2008')).toEqual(['Luật Cán bộ, công chức năm 2008 vn:luat:can-bo-cong-chuc#2008']);
    expect(read('Chương VIII\nKỶ LUẬT LAO ĐỘNG, TRÁCH NHIỆM VẬT CHẤT')).toEqual([]);
    expect(read('Mục 2\nKHEN THƯỞNG, KỶ LUẬT\nĐiều 31. Khen thưởng')).toEqual([]);
    expect(read('theo quy định của pháp\nluật đất đai, nhà ở, xây dựng')).toEqual([]);
    // a list one item a line keeps "Hiến pháp" and the law below it apart
    expect(read('Căn cứ Hiến pháp\nLuật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;')).toEqual(['Hiến pháp vn:hien-phap', 'Luật Tổ chức Chính phủ vn:luat:to-chuc-chinh-phu#2015']);
  });

  it('lawyers, law firms, the Law of the Sea and a foreign law are not laws of Vietnam', () => {
    expect(read('III\nLĨNH VỰC LUẬT SƯ (09 TTHC)\nMục 2. HÀNH NGHỀ CỦA LUẬT SƯ NƯỚC NGOÀI TẠI VIỆT NAM')).toEqual([]);
    expect(read('CẤP PHÉP ĐỐI VỚI CHI NHÁNH, CÔNG TY LUẬT NƯỚC NGOÀI; Văn phòng luật sư')).toEqual([]);
    expect(read('Căn cứ Luật Luật sư ngày 29 tháng 6 năm 2006;')).toEqual(['Luật Luật sư vn:luat:luat-su#2006']);
    expect(read('phù hợp với Công ước của Liên hợp quốc về Luật biển năm 1982 và Luật Biển Việt Nam')).toEqual(['Luật Biển Việt Nam vn:luat:bien-viet-nam']);
    expect(read('ngành, nghề phù hợp với Luật Lao động cơ bản của Đài Loan (Trung Quốc) và Bộ luật Lao động')).toEqual(['Bộ luật Lao động vn:bo-luat:lao-dong']);
  });

  it('an article heading ending in "Luật" runs on only into a name the lexicon knows', () => {
    expect(read('Điều 51. Quy định thi hành Luật\nChính phủ quy định chi tiết và hướng dẫn thi hành Luật này.')).toEqual([]);
    expect(read('Điều 5. Sửa đổi, bổ sung một số điều của Luật\nĐất đai')).toEqual(['Luật Đất đai vn:luat:dat-dai']);
  });

  it('long names and their variants are read whole', () => {
    expect(read('Một số quy định của Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc\nphải ở người, Luật Phòng, chống bệnh truyền nhiễm')).toEqual([
      'Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người vn:luat:phong-chong-nhiem-vi-rut-gay-ra-hoi-chung-suy-giam-mien-dich-mac-phai-o-nguoi',
      'Luật Phòng, chống bệnh truyền nhiễm vn:luat:phong-chong-benh-truyen-nhiem',
    ]);
    expect(read('thi hành một số điều của Luật Thi đua - Khen\nthưởng đối với ngành Kế hoạch và Đầu tư')).toEqual(['Luật Thi đua - Khen thưởng vn:luat:thi-dua-khen-thuong']);
  });

  it('abbreviations of the budget and insurance laws are written out', () => {
    expect(read('khác với quy định của Luật NSNN, và Luật BHXH năm 2014')).toEqual(['Luật NSNN vn:luat:ngan-sach-nha-nuoc', 'Luật BHXH năm 2014 vn:luat:bao-hiem-xa-hoi#2014']);
  });

  it('a law\'s number right after its name joins it without "số", also after a name that ends with the word', () => {
    expect(read('Căn cứ Luật Chuyển đổi số 148/2025/QH15;\nCăn cứ Luật Đất đai 31/2024/QH15;')).toEqual(['Luật Chuyển đổi số 148/2025/QH15 vn:148/2025/QH15', 'Luật Đất đai 31/2024/QH15 vn:31/2024/QH15']);
    // a decree's number in the next cell is its own citation
    expect(read('Luật Đất đai\n12/2024/NĐ-CP')).toEqual(['Luật Đất đai vn:luat:dat-dai', '12/2024/NĐ-CP vn:12/2024/NĐ-CP']);
  });

  it('"Bộ Luật" with a capital L is a code, not a law named after the code', () => {
    expect(read('ra nước ngoài; quy định của Bộ Luật Dân sự và Bộ\nLuật Lao động năm 2019')).toEqual(['Bộ Luật Dân sự vn:bo-luat:dan-su', 'Bộ Luật Lao động năm 2019 vn:bo-luat:lao-dong#2019']);
  });

  it('titles: text between a closing and an opening quote is none, nor a definition of a national target programme', () => {
    expect(read('1 Trường hợp “đơn vị được giao nhiệm vụ chuẩn bị dự án” trình kế hoạch tổng thể lựa chọn\nnhà thầu thì theo đề nghị của “đơn vị được giao nhiệm vụ chuẩn bị dự án”.')).toEqual([]);
    expect(read('Xây dựng Đề án “Văn hoá trong tuân thủ luật pháp”')).toEqual(['Đề án “Văn hoá trong tuân thủ luật pháp” vn:de-an:van-hoa-trong-tuan-thu-luat-phap']);
    expect(read('9. Chương trình mục tiêu quốc gia là chương trình đầu tư công nhằm thực hiện các mục tiêu kinh tế - xã hội')).toEqual([]);
  });
});
