import { describe, expect, it } from 'vitest';
import { documentHeader, readCitations, reportsOf } from './helpers/act-text.js';

/**
 * A description of a document named in the title does not go on into the body: "CHỈ THỊ\nVề việc … thi hành Luật Đất đai\nThủ tướng
 * Chính phủ yêu cầu các bộ thực hiện Luật Đất đai số 31/2024/QH15 (đã được sửa đổi …)" read the law in the body as an object of the
 * title's "Luật Đất đai" and lost the report after it (issue 16's closing notes, "a title that names a law swallows the body line
 * after it"). Failed on the code before the rule; the look-alikes pass on both.
 */
const directive = (title: string, body: string): string =>
  `${documentHeader('THỦ TƯỚNG CHÍNH PHỦ', '19/CT-TTg', 'Hà Nội, ngày 18 tháng 6 năm 2024')}CHỈ THỊ\n${title}\n${body}\nNơi nhận:\n- Lưu: VT.\nTHỦ TƯỚNG\nPhạm Minh Chính\n`;

describe('a title that names a document ends where the text says it does', () => {
  it('the body\'s first sentence is no part of the title\'s law: its report on the law is kept', async () => {
    const cs = await readCitations(directive('Về việc tập trung triển khai thi hành Luật Đất đai', 'Thủ tướng Chính phủ yêu cầu các bộ thực hiện Luật Đất đai số 31/2024/QH15 (đã được sửa đổi, bổ sung hiệu lực thi hành tại Luật số 43/2024/QH15).\n1. Bộ Tài nguyên và Môi trường khẩn trương hoàn thiện các văn bản.'));
    expect(reportsOf(cs)).toContain('43/2024/QH15 amends 31/2024/QH15');
    expect(cs.find((c) => c.number === '31/2024/QH15')?.role).toBe('head');
  });

  it('look-alike: a title wrapped over two lines keeps its description ("Về việc đính chính Thông tư số A sửa đổi …\\ncủa Thông tư số B …")', async () => {
    const cs = await readCitations(directive('Về việc đôn đốc thi hành Thông tư số 138/2025/TT-BTC sửa đổi, bổ sung một số điều\ncủa Thông tư số 95/2020/TT-BTC hướng dẫn giám sát giao dịch chứng khoán', 'Thời gian qua, việc thực hiện các thông tư trên còn chậm, chưa đồng bộ.\n1. Ủy ban Chứng khoán Nhà nước chủ trì thực hiện.'));
    expect(reportsOf(cs)).toContain('138/2025/TT-BTC amends 95/2020/TT-BTC');
  });

  it('look-alike: a title cut at its line limit may go on, and its description with it', async () => {
    const long = ['Về việc đôn đốc thi hành Thông tư số 138/2025/TT-BTC sửa đổi, bổ sung một số điều', 'của Thông tư số 95/2020/TT-BTC ngày 16 tháng 11 năm 2020 của Bộ trưởng Bộ Tài', 'chính hướng dẫn giám sát giao dịch chứng khoán trên thị trường chứng khoán và', 'hướng dẫn công tác giám sát tuân thủ của Ủy ban Chứng khoán Nhà nước đối với', 'hoạt động trong lĩnh vực chứng khoán của Sở giao dịch chứng khoán Việt Nam và', 'công ty con, Tổng công ty lưu ký và bù trừ chứng khoán Việt Nam và công ty con', 'và thị trường giao dịch trái phiếu doanh nghiệp phát hành riêng lẻ trên Sở giao', 'dịch chứng khoán và Thông tư số 139/2025/TT-BTC sửa đổi, bổ sung một số điều của', 'Thông tư số 57/2021/TT-BTC ngày 12 tháng 7 năm 2021 của Bộ trưởng Bộ Tài chính'].join('\n');
    const cs = await readCitations(directive(long, 'Thời gian qua, việc thực hiện các thông tư trên còn chậm, chưa đồng bộ.'));
    expect(reportsOf(cs)).toContain('139/2025/TT-BTC amends 57/2021/TT-BTC');
  });
});
