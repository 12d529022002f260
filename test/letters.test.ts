import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { SHARED } from './helpers/score.js';

/**
 * Letters (công văn), submissions (tờ trình) and their relations: the subject line "V/v …" is the letter's title
 * zone, the opening sentence after "Kính gửi" its preamble. Excerpts are quoted from the files named in each case
 * (../shared/corpus, corpus/letters); where a case reshapes an excerpt (columns, line breaks) it says so.
 */
const read = async (text: string) => readDocument(Buffer.from(text), { path: 'letter.txt' });
const rel = (d: Awaited<ReturnType<typeof read>>): string[][] => d.citations.map((c) => [c.number ?? c.text, c.zone, c.relation]);

describe('the subject line of a letter is its title zone', () => {
  it('"V/v triển khai thực hiện" over three lines names what the letter implements (vbai/0008)', async () => {
    const d = await read(
      [
        'ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÂM ĐỒNG', 'Độc lập - Tự do - Hạnh phúc', '',
        'Số: 12/UBND-NC', 'Lâm Đồng, ngày 18 tháng 12 năm 2025',
        ' V/v triển khai thực hiện', 'Công văn số 5689/BCA-C04', 'của Bộ Công an', '',
        'Kính gửi: Công an tỉnh', '',
        'Ủy ban nhân dân tỉnh nhận được Công văn số 5689/BCA-C04 ngày 16/12/2025 của Bộ Công an về việc dự kiến mục tiêu, nhiệm vụ.',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([
      ['5689/BCA-C04', 'title', 'implements'],
      ['5689/BCA-C04', 'body', 'cites'],
    ]);
  });

  it('"V/v tham mưu triển khai Kế hoạch số …" implements; the reply "nhận được …" only cites (vbai/0005)', async () => {
    const d = await read(
      [
        'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 7/UBND-NC', 'Lâm Đồng, ngày 7 tháng 10 năm 2025',
        'V/v tham mưu triển khai Kế hoạch số 600/KH-BCA-V01 của Bộ Công an', '',
        'Kính gửi: Công an tỉnh',
        'Ủy ban nhân dân tỉnh nhận được Kế hoạch số 600/KH-BCA-V01 ngày 06/10/2025 của Bộ Công an về tổng kết.',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([
      ['600/KH-BCA-V01', 'title', 'implements'],
      ['600/KH-BCA-V01', 'body', 'cites'],
    ]);
  });

  it('a subject that does not carry out the document cites it: "V/v tham gia góp ý dự thảo … theo Công văn số …" (vbai/0002)', async () => {
    const d = await read(
      ['BỘ NỘI VỤ', 'Số: 9/BNV-CCHC', 'Hà Nội, ngày 19 tháng 9 năm 2025', '  V/v tham gia góp ý dự thảo Báo cáo', ' theo Công văn số 8151/BNV-CCHC', '      ngày 18/9/2025 của Bộ Nội vụ', '', 'Kính gửi: Sở Nội vụ.'].join('\n'),
    );
    expect(rel(d)).toEqual([['8151/BNV-CCHC', 'title', 'cites']]);
  });

  it('"V/v:" on the number line of a flattened table, and "Về việc" (congbot/0005, congbot/0006)', async () => {
    const a = await read(
      [
        'THỦ TƯỚNG CHÍNH PHỦ -------',
        'Số: 2403/TTg-KGVX V/v Điều chỉnh mức trợ cấp hàng tháng đối với đối tượng hưởng chế độ theo quy định tại Quyết định số 142/2008/QĐ-TTg',
        'Hà Nội, ngày 03 tháng 12 năm 2009', '', 'Kính gửi:', '- Bộ Quốc phòng; - Bộ Tài chính', '',
        'Xét đề nghị của Bộ Quốc phòng tại công văn số 5865/BQP-TC ngày 30 tháng 10 năm 2009, Thủ tướng Chính phủ có ý kiến như sau:',
      ].join('\n'),
    );
    expect(rel(a)).toEqual([
      ['142/2008/QĐ-TTg', 'title', 'cites'],
      ['5865/BQP-TC', 'preamble', 'cites'],
    ]);
    // the same subject as congbot/0006, written "Về việc:" on its own line and carried out ("thực hiện")
    const b = await read(['BỘ XÂY DỰNG', 'Số: 2428/BXD-QLN', 'Hà Nội, ngày 15 tháng 11 năm 2013', 'Về việc: thực hiện QĐ số 22/2013/QĐ-TTg', '', 'Kính gửi: Ủy ban nhân dân các tỉnh'].join('\n'));
    expect(rel(b)).toEqual([['22/2013/QĐ-TTg', 'title', 'implements']]);
  });

  it('a subject in the left column, the motto and the date line of the right column between its lines (vbai/0006, columns interleaved)', async () => {
    const d = await read(
      [
        'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 5/UBND-NC', 'V/v triển khai thực hiện Công', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'văn số 3749/BCA-V03',
        'Lâm Đồng, ngày 21 tháng 8 năm 2025', 'của Bộ Công an', '', 'Kính gửi:', '- Sở Nội vụ;', '- Sở Tư pháp.', '',
        'Ủy ban nhân dân tỉnh nhận được Công văn số 3749/BCA-V03 ngày 20/8/2025 của Bộ Công an.',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([
      ['3749/BCA-V03', 'title', 'implements'],
      ['3749/BCA-V03', 'body', 'cites'],
    ]);
    expect(d.identity.title).toMatch(/^triển khai thực hiện Công/);
  });
});

describe('subject lines as conversions leave them', () => {
  it('"V/v:" alone on its line, the subject on the next (vbai/0011, marker split from its text)', async () => {
    const d = await read(
      ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 9/UBND-NC', 'Lâm Đồng, ngày 8 tháng 9 năm 2025', 'V/v:', 'tham mưu triển khai Công', 'văn số 3980/C04-P6 của Cục Cảnh sát điều tra tội phạm về ma túy', '', 'Kính gửi: Công an tỉnh'].join('\n'),
    );
    expect(rel(d)).toEqual([['3980/C04-P6', 'title', 'implements']]);
    expect(d.identity.title).toBe('tham mưu triển khai Công văn số 3980/C04-P6 của Cục Cảnh sát điều tra tội phạm về ma túy');
  });

  it('the right column glued to the subject line is not part of the subject (vbai/0006, columns flattened onto one line)', async () => {
    const d = await read(
      ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc', 'Số: 5/UBND-NC', 'V/v triển khai thực hiện Công văn số 3749/BCA-V03 Lâm Đồng, ngày 21 tháng 8 năm 2025', 'của Bộ Công an', '', 'Kính gửi: Sở Nội vụ'].join('\n'),
    );
    expect(d.identity).toMatchObject({ title: 'triển khai thực hiện Công văn số 3749/BCA-V03 của Bộ Công an', date: { iso: '2025-08-21' }, issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG' } });
    expect(rel(d)).toEqual([['3749/BCA-V03', 'title', 'implements']]);
  });
});

describe('subject and recipients flattened onto one line', () => {
  it('"V/v: … Kính gửi: …" is cut at "Kính gửi"; the opening still implements (congbot/0006, table row flattened)', async () => {
    const d = await read(
      [
        'BỘ XÂY DỰNG -------',
        'Số: 2428/BXD-QLN V/v: Hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
        'Hà Nội, ngày 15 tháng 11 năm 2013', '',
        'Thực hiện Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 về hỗ trợ người có công với cách mạng về nhà ở. Đến nay, hầu hết các địa phương đã lập Đề án.',
      ].join('\n'),
    );
    expect(d.identity.title).toBe('Hỗ trợ người có công với cách mạng về nhà ở theo QĐ số 22/2013/QĐ-TTg');
    expect(rel(d)).toEqual([
      ['22/2013/QĐ-TTg', 'title', 'cites'],
      ['22/2013/QĐ-TTg', 'preamble', 'implements'],
    ]);
  });
});

describe('the opening sentence after "Kính gửi" is the preamble', () => {
  it('"Thực hiện Quyết định … và Thông tư …" implements both; what they describe stays embedded (congbot/0006)', async () => {
    const d = await read(
      [
        'BỘ XÂY DỰNG -------', 'Số: 2428/BXD-QLN V/v: Hỗ trợ người có công với cách mạng về nhà ở', 'Hà Nội, ngày 15 tháng 11 năm 2013', '',
        'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', '',
        'Thực hiện Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 về hỗ trợ người có công với cách mạng về nhà ở và Thông tư số 09/2013/TT-BXD ngày 01/7/2013 của Bộ Xây dựng hướng dẫn thực hiện Quyết định số 22/2013/QĐ-TTg. Đến nay, hầu hết các địa phương đã lập Đề án.',
        '',
        '2. Theo công văn số 14774/BTC-NSNN ngày 30/10/2013 của Bộ Tài chính về việc tạm cấp kinh phí, thì nguồn kinh phí được cấp.',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([
      ['22/2013/QĐ-TTg', 'preamble', 'implements'],
      ['09/2013/TT-BXD', 'preamble', 'implements'],
      ['22/2013/QĐ-TTg', 'preamble', 'cites'],
      ['14774/BTC-NSNN', 'body', 'cites'],
    ]);
    expect(d.citations[2]?.role).toBe('embedded');
  });

  it('the clause ends at the acting body: "Thực hiện X của Y, Sở … đề nghị … Z" implements X only (vbai/0003, its main clause extended)', async () => {
    const d = await read(
      [
        'BỘ NỘI VỤ', 'Số: 8151 /BNV-CCHC', 'Hà Nội, ngày 18 tháng 9 năm 2025', ' V/v lấy ý kiến góp ý dự thảo Báo cáo', '', 'Kính gửi:',
        '- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;', '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.', '',
        'Thực hiện Quyết định số 145/QĐ-BNV ngày 03/3/2025 của Bộ trưởng Bộ', '    Nội vụ ban hành Kế hoạch sơ kết 05 năm, Bộ Nội vụ đề nghị các bộ rà soát việc thực hiện Nghị định số 30/2020/NĐ-CP.',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([
      ['145/QĐ-BNV', 'preamble', 'implements'],
      ['30/2020/NĐ-CP', 'body', 'cites'],
    ]);
  });

  it('a letter whose "Kính gửi" was lost opens at its first trigger line (vbai/0003, recipients removed)', async () => {
    const d = await read(
      [
        'BỘ NỘI VỤ', 'Số: 8151 /BNV-CCHC', 'Hà Nội, ngày 18 tháng 9 năm 2025', ' V/v lấy ý kiến góp ý dự thảo Báo cáo', '',
        'Thực hiện Quyết định số 145/QĐ-BNV ngày 03/3/2025 của Bộ trưởng Bộ Nội vụ ban hành Kế hoạch sơ kết, Bộ Nội vụ đề nghị các bộ rà soát việc thực hiện Nghị định số 30/2020/NĐ-CP.',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([
      ['145/QĐ-BNV', 'preamble', 'implements'],
      ['30/2020/NĐ-CP', 'body', 'cites'],
    ]);
  });

  it('a reply ("Trả lời Công văn số …") cites what it answers (congbot/0002)', async () => {
    const d = await read(
      [
        'BỘ TÀI CHÍNH TỔNG CỤC THUẾ -------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------',
        'Số: 1414/TCT-CS V/v hỗ trợ người có công với cách mạng cải thiện nhà ở.', 'Hà Nội, ngày 04 tháng 05 năm 2013', '', 'Kính gửi: Cục Thuế tỉnh Hà Tĩnh.', '',
        'Trả lời Công văn số 577/CT-THNVDT ngày 23/4/2013 của Cục Thuế tỉnh Hà Tĩnh về chính sách hỗ trợ tiền sử dụng đất, Tổng cục Thuế có ý kiến như sau:',
      ].join('\n'),
    );
    expect(rel(d)).toEqual([['577/CT-THNVDT', 'body', 'cites']]);
  });

  it('a tờ trình: a paragraph of context, then "Thực hiện ý kiến chỉ đạo … tại Công văn số …, Sở … báo cáo" (shared vbai/0021.txt)', async () => {
    const d = await readDocument(join(SHARED, 'corpus', 'vbai', '0021.txt'));
    expect(rel(d).slice(0, 4)).toEqual([
      ['2769/UBND-NCKSTTHC', 'title', 'cites'],
      ['2769/UBND-NCKSTTHC', 'preamble', 'cites'],
      ['2769/UBND-NCKSTTHC', 'preamble', 'implements'],
      ['126/2024/NĐ-CP', 'body', 'cites'],
    ]);
  });
});

describe('headers a conversion damaged', () => {
  it('"Số:" on one line and "/UBND-NC" on the next is an unnumbered draft; "ngày" and "tháng 10 năm 2025" split too (vbai/0005)', async () => {
    const d = await read(
      [
        'ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:', '/UBND-NC', 'Lâm Đồng, ngày', 'tháng 10 năm 2025',
        'V/v tham mưu triển khai Kế hoạch số 600/KH-BCA-V01 của Bộ Công an', '', 'Kính gửi: Công an tỉnh',
      ].join('\n'),
    );
    expect(d.identity).toMatchObject({
      number: null,
      numberWritten: '/UBND-NC',
      status: 'draft',
      date: { iso: null, year: 2025, month: 10, day: null },
      issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', source: 'header' },
      type: 'Công văn',
    });
    expect(d.identity.id).toMatch(/^draft:uy-ban-nhan-dan-tinh-lam-dong:cong-van:2025-10:[0-9a-f]{8}$/);
    expect(d.identity.warnings).toEqual(expect.arrayContaining(['number-line-split', 'date-line-split']));
    expect(d.text.slice(d.parts.number?.start, d.parts.number?.end)).toBe('Số:\n/UBND-NC');
    expect(d.text.slice(d.parts.placeDate?.start, d.parts.placeDate?.end)).toBe('Lâm Đồng, ngày\ntháng 10 năm 2025');
  });

  it('a number split from its "Số:" (a blank line between) is the number, not the issuer (vbai/0003, cell broken)', async () => {
    const d = await read(['BỘ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số:', '', '8151 /BNV-CCHC', 'Hà Nội, ngày 18 tháng 9 năm 2025', ' V/v lấy ý kiến góp ý dự thảo Báo cáo', '', 'Kính gửi: Các bộ'].join('\n'));
    expect(d.identity).toMatchObject({ id: 'vn:8151/BNV-CCHC#2025', status: 'issued', issuer: { name: 'BỘ NỘI VỤ', parent: null }, level: 'central' });
  });

  it('"Số:" left blank is an unnumbered draft; the rest of the cell may come after the right column\'s motto (vbai/0005, columns interleaved)', async () => {
    const blank = await read(['UBND TỈNH BÌNH THUẬN', 'VĂN PHÒNG', 'Số:', '', 'Bình Thuận, ngày 3 tháng 4 năm 2025', 'V/v phúc đáp Tờ trình số 182/TTr-SDTTG', '', 'Kính gửi: Sở Dân tộc và Tôn giáo'].join('\n'));
    expect(blank.identity).toMatchObject({ number: null, status: 'draft', issuer: { name: 'VĂN PHÒNG', parent: 'UBND TỈNH BÌNH THUẬN' } });
    expect(blank.identity.id).toMatch(/^draft:van-phong:cong-van:2025-04:[0-9a-f]{8}$/);
    expect(blank.identity.warnings).toContain('number-blank');
    const interleaved = await read(
      ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số:', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '/UBND-NC', 'Lâm Đồng, ngày', 'tháng 10 năm 2025', 'V/v tham mưu triển khai Kế hoạch số 600/KH-BCA-V01 của Bộ Công an', '', 'Kính gửi: Công an tỉnh'].join('\n'),
    );
    expect(interleaved.identity).toMatchObject({ numberWritten: '/UBND-NC', status: 'draft', issuer: { name: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG' } });
  });

  it('the motto in capitals or with em dashes is no part of the issuer', async () => {
    for (const motto of ['ĐỘC LẬP - TỰ DO - HẠNH PHÚC', 'Độc lập — Tự do — Hạnh phúc']) {
      const d = await read(['UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `SỞ NỘI VỤ ${motto}`, 'Số: 3367/TTr-SNV', 'Bình Thuận, ngày 28 tháng 11 năm 2024', '', 'TỜ TRÌNH', 'Báo cáo', '', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh'].join('\n'));
      expect(d.identity.issuer).toMatchObject({ name: 'SỞ NỘI VỤ', parent: 'UBND TỈNH BÌNH THUẬN' });
    }
  });

  it('the rest of the number cell after the right column\'s date line (vbai/0003, columns interleaved)', async () => {
    const d = await read(['BỘ NỘI VỤ', 'Số:', 'Hà Nội, ngày 18 tháng 9 năm 2025', '8151/BNV-CCHC', ' V/v lấy ý kiến góp ý dự thảo Báo cáo', '', 'Kính gửi: Các bộ'].join('\n'));
    expect(d.identity).toMatchObject({ id: 'vn:8151/BNV-CCHC#2025', status: 'issued', date: { iso: '2025-09-18' }, issuer: { name: 'BỘ NỘI VỤ' } });
  });

  it('the issuer column glued to the motto or to the place/date line (shared vbai/0021.txt, columns flattened)', async () => {
    const motto = await read(['UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ Độc lập – Tự do – Hạnh phúc', 'Số: 3367/TTr-SNV Bình Thuận, ngày 28 tháng 11 năm 2024', '', 'TỜ TRÌNH', 'Báo cáo, đề xuất phương án', '', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh'].join('\n'));
    const dateLine = await read(['UBND TỈNH BÌNH THUẬN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ Bình Thuận, ngày 28 tháng 11 năm 2024', 'Số: 3367/TTr-SNV', '', 'TỜ TRÌNH', 'Báo cáo, đề xuất phương án', '', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh'].join('\n'));
    for (const d of [motto, dateLine]) {
      expect(d.identity).toMatchObject({ number: '3367/TTr-SNV', date: { iso: '2024-11-28' }, issuer: { name: 'SỞ NỘI VỤ', parent: 'UBND TỈNH BÌNH THUẬN', source: 'header' }, level: 'province', type: 'Tờ trình' });
    }
    expect(dateLine.identity.warnings).toContain('issuer-glued-to-date-line');
    expect(dateLine.text.slice(dateLine.parts.placeDate?.start, dateLine.parts.placeDate?.end)).toBe('Bình Thuận, ngày 28 tháng 11 năm 2024');
  });
});

describe('documents whose header is missing or displaced', () => {
  it('a header table moved after the body ("CHÍNH PHỦ" / "Số: 75/2021/NĐ-CP | CỘNG HÒA …" / "Hà Nội, ngày …") is read there (corpus/central/nghi-dinh-75-2021-ND-CP.txt)', async () => {
    const d = await readDocument(new URL('../corpus/central/nghi-dinh-75-2021-ND-CP.txt', import.meta.url).pathname);
    expect(d.identity).toMatchObject({
      id: 'vn:75/2021/NĐ-CP',
      type: 'Nghị định',
      date: { iso: '2021-07-24' },
      issuer: { name: 'CHÍNH PHỦ', source: 'header' },
      level: 'central',
      title: 'Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng',
    });
    expect(d.identity.warnings).toContain('number-not-in-header');
    expect(d.text.slice(d.parts.number?.start, d.parts.number?.end)).toBe('Số: 75/2021/NĐ-CP');
    // its own annex notes "(Kèm theo Nghị định số 75/2021/NĐ-CP …)" are not citations of another document
    expect(d.citations.filter((c) => c.number === '75/2021/NĐ-CP')).toEqual([]);
  });
});

describe('documents without a header: identified from what they say, each inferred value named in the warnings', () => {
  const nd75 = readFileSync(new URL('../corpus/central/nghi-dinh-75-2021-ND-CP.txt', import.meta.url), 'utf8').split('\n');
  // the decree's type line, trích yếu, preamble and first articles, without the header table it carries further down
  const opening = nd75.slice(0, 20).join('\n');
  const annex = nd75.slice(164, 170).join('\n');

  it('the number written in the type line: "NGHỊ ĐỊNH SỐ 75/2021/NĐ-CP" (corpus/central/nghi-dinh-75-2021-ND-CP.txt, type line reshaped)', async () => {
    const d = await read(['NGHỊ ĐỊNH SỐ 75/2021/NĐ-CP', ...nd75.slice(1, 20)].join('\n'));
    expect(d.identity).toMatchObject({ id: 'vn:75/2021/NĐ-CP', type: 'Nghị định', date: null, level: 'central', title: 'Quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng' });
    expect(d.identity.warnings).toEqual(expect.arrayContaining(['number-from-title-line', 'no-date-line']));
  });

  it('a scraped page\'s metadata rows: "Số hiệu:", "Ngày ban hành:" (the same decree)', async () => {
    const d = await read(['Số hiệu: 75/2021/NĐ-CP', 'Loại văn bản: Nghị định', 'Ngày ban hành: 24/07/2021', '', opening].join('\n'));
    expect(d.identity).toMatchObject({ id: 'vn:75/2021/NĐ-CP', date: { iso: '2021-07-24' } });
    expect(d.identity.warnings).toEqual(expect.arrayContaining(['number-from-metadata', 'date-from-metadata']));
  });

  it('its own appendix names it: "(Kèm theo Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ)"', async () => {
    const d = await read(`${opening}\n\n${annex}`);
    expect(d.identity).toMatchObject({ id: 'vn:75/2021/NĐ-CP', date: { iso: '2021-07-24' } });
    expect(d.identity.warnings).toEqual(expect.arrayContaining(['number-from-annex-note', 'date-from-annex-note']));
    // an appendix note of another type is no designation of this decree
    const other = await read(`${opening}\n\nPhụ lục I\n(Kèm theo Thông tư số 02/2022/TT-BLĐTBXH ngày 30 tháng 3 năm 2022 của Bộ Lao động)`);
    expect(other.identity.number).toBeNull();
  });

  it('the first line designates the document: "Nghị định số 75/2021/NĐ-CP ngày 24/7/2021 …" (the same decree, as a listing copies it)', async () => {
    const d = await read(['Nghị định số 75/2021/NĐ-CP ngày 24/7/2021 của Chính phủ quy định mức hưởng trợ cấp, phụ cấp và các chế độ ưu đãi người có công với cách mạng', ...nd75.slice(3, 20)].join('\n'));
    expect(d.identity).toMatchObject({ id: 'vn:75/2021/NĐ-CP', type: 'Nghị định', date: { iso: '2021-07-24' } });
    expect(d.identity.warnings).toContain('identity-from-running-title');
  });

  it('the file name, as the last resort, and only when the text has no number', async () => {
    const d = await readDocument(Buffer.from(opening), { path: 'corpus/central/nghi-dinh-75-2021-ND-CP.txt' });
    expect(d.identity).toMatchObject({ id: 'vn:75/2021/NĐ-CP', date: null });
    expect(d.identity.warnings).toContain('number-from-file-name');
    const law = await readDocument(Buffer.from('LUẬT\nBẢO HIỂM XÃ HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Bảo hiểm xã hội.'), { path: 'docs/bhxh/luat-so-51-2024-qh15-43559.txt' });
    expect(law.identity).toMatchObject({ id: 'vn:51/2024/QH15', type: 'Luật' });
    const named = await readDocument(Buffer.from(`Số: 75/2021/NĐ-CP\n${opening}`), { path: 'nghi-dinh-99-2021-ND-CP.txt' });
    expect(named.identity.number).toBe('75/2021/NĐ-CP');
    expect(named.identity.warnings).not.toContain('number-from-file-name');
    for (const name of ['0007.txt', 'bao-cao-2024-UBND.txt', 'Luat-khieu-nai-2011-132446.txt']) {
      expect((await readDocument(Buffer.from(opening), { path: name })).identity.number).toBeNull();
    }
  });

  it('a law scraped without its header: "Luật này" gives the type, the adoption clause the date and the issuer, and no number is invented (underthesea-vlc/0007)', async () => {
    const d = await readDocument(join(SHARED, 'corpus', 'underthesea-vlc', '0007.txt'));
    expect(d.identity).toMatchObject({ id: null, number: null, type: 'Luật', date: { iso: '2003-06-17' }, issuer: { name: 'QUỐC HỘI', source: 'body', inferred: true }, level: 'central' });
    expect(d.identity.warnings).toEqual(expect.arrayContaining(['type-from-self-reference', 'date-from-adoption-clause', 'issuer-from-adoption-clause', 'no-id']));
  });

  it('a consolidated text\'s authentication block after the body: the issuer wrapped over two lines, not "XÁC THỰC VĂN BẢN HỢP NHẤT" (phapluat8chude/0224.txt)', async () => {
    const d = await read(
      [
        'NGHỊ ĐỊNH', 'Quy định chi tiết một số điều của Luật Bảo hiểm xã hội', 'Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định chi tiết.',
        'về Bộ Lao động - Thương binh và Xã hội để hướng dẫn bổ sung kịp thời./.', '',
        'BỘ LAO ĐỘNG - THƯƠNG BINH', 'VÀ XÃ HỘI', 'XÁC THỰC VĂN BẢN HỢP NHẤT', 'Số: 465/VBHN-BLĐTBXH', 'Hà Nội, ngày 10 tháng 02 năm 2025',
      ].join('\n'),
    );
    expect(d.identity).toMatchObject({ id: 'vn:465/VBHN-BLĐTBXH#2025', type: 'Văn bản hợp nhất', date: { iso: '2025-02-10' }, issuer: { name: 'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' }, level: 'central' });
  });

  it('a directive that lost its header: the signer "THỦ TƯỚNG Nguyễn Tấn Dũng" names the issuer; no number is invented (congbot/0001)', async () => {
    const d = await readDocument(join(SHARED, 'corpus', 'congbot', '0001.txt'));
    expect(d.identity).toMatchObject({ id: null, type: 'Chỉ thị', issuer: { name: 'THỦ TƯỚNG CHÍNH PHỦ', source: 'signature', inferred: true }, level: 'central', signer: { title: 'THỦ TƯỚNG', name: 'Nguyễn Tấn Dũng' } });
    expect(d.identity.warnings).toContain('issuer-from-signer-title');
  });
});
