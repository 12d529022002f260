import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * Two shapes left in the tuning halves of the first drafting round (drafting-forms.json #75) and of the documents round
 * (drafting-forms-documents.json #53), fixed on 2026-12-07 (twenty-fourth session); each case failed on b5cfbff.
 */
describe('a letter that says in its purpose clause which document it guides', () => {
  const letter = (body: string): string =>
    `${documentHeader('BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ', '4120/TCT-CS', 'Hà Nội, ngày 02 tháng 11 năm 2021')}V/v thực hiện hóa đơn điện tử\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n${body}\n1. Về thời điểm áp dụng hóa đơn điện tử: thực hiện từ ngày 01 tháng 7 năm 2022.\n2. Về chuyển đổi hóa đơn: các Cục Thuế rà soát danh sách doanh nghiệp.\nTổng cục Thuế thông báo để các Cục Thuế biết, thực hiện./.\n`;

  it('"Để hướng dẫn thực hiện Thông tư số A …, Tổng cục Thuế hướng dẫn như sau:" guides A', async () => {
    const cs = await readCitations(letter('Để hướng dẫn thực hiện Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 của Bộ Tài chính, Tổng cục Thuế hướng dẫn như sau:'));
    expect(headActs(cs, '78/2021/TT-BTC')).toEqual(['guides']);
  });

  it('look-alike: the same purpose with the guidance asked of others ("… đề nghị các Cục Thuế … hướng dẫn như sau") guides nothing', async () => {
    const cs = await readCitations(letter('Để hướng dẫn thực hiện Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 của Bộ Tài chính, Tổng cục Thuế đề nghị các Cục Thuế nghiên cứu và hướng dẫn như sau:'));
    expect(headActs(cs, '78/2021/TT-BTC')).toEqual(['cites']);
  });

  it('look-alike: a purpose clause followed by what the issuer already did is no guidance of A', async () => {
    const cs = await readCitations(letter('Để hướng dẫn thực hiện Thông tư số 78/2021/TT-BTC ngày 17 tháng 9 năm 2021 của Bộ Tài chính, Tổng cục Thuế đã ban hành Công văn số 3921/TCT-CS ngày 10 tháng 10 năm 2021.'));
    expect(headActs(cs, '78/2021/TT-BTC')).toEqual(['cites']);
  });
});

describe('items marked with Roman numerals under an amending chapeau', () => {
  it('"III. Bãi bỏ điểm 2 Mục III Phần C." repeals that part of the amended circular', async () => {
    const text = `${documentHeader('BỘ TÀI CHÍNH', '21/2007/TT-BTC', 'Hà Nội, ngày 20 tháng 3 năm 2007')}THÔNG TƯ\nSửa đổi, bổ sung Thông tư số 60/2005/TT-BTC ngày 26/7/2005 của Bộ Tài chính hướng dẫn về thuế giá trị gia tăng\nThi hành Luật Thuế giá trị gia tăng số 02/1997/QH9;\nBộ Tài chính hướng dẫn sửa đổi, bổ sung Thông tư số 60/2005/TT-BTC như sau:\nI. Sửa đổi điểm 1.2 Mục II Phần B như sau:\n“1.2. Hàng hóa xuất khẩu phải có hợp đồng …”\nII. Bãi bỏ điểm 2 Mục III Phần C.\nIII. Tổ chức thực hiện\nThông tư này có hiệu lực thi hành sau 15 ngày kể từ ngày đăng Công báo./.\n`;
    const cs = await readCitations(text);
    expect(cs.filter((c) => c.number === '60/2005/TT-BTC' && c.role === 'head').flatMap((c) => (c.alsoActs ?? []).map((a) => `${a.relation} ${a.scope.part ?? ''}`))).toContain('repeals điểm 2 Mục III Phần C');
  });
});
