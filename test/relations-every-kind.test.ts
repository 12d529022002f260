import { describe, expect, it } from 'vitest';
import { documentHeader, readCitations, reportsOf } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * Documents of every kind (issue 16; the seventeenth drafting round's tuning half, fixtures/relations/drafting-forms-every-kind.json):
 * tasks and reasons that name documents, a letter typed "CÔNG VĂN" over its addressees, reports with the actor named, tables
 * one cell a line or between pipes. Each case failed on the code before its rule; the look-alikes beside them pass on both.
 */
const HEADER = (issuer: string, number: string): string => documentHeader(issuer, number, 'Hà Nội, ngày 15 tháng 5 năm 2025');
const read = readCitations;
const acts = (cs: readonly Citation[], number: string): string[] => cs.filter((c) => c.number === number).map((c) => `${c.relation}${c.scope && c.relation !== 'cites' ? (c.scope.whole ? '/whole' : '/part') : ''}`);
const reports = reportsOf;

describe('tasks and reasons name no document acted on', () => {
  const decision = (articles: string): string =>
    `ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n${HEADER('', '1208/QĐ-UBND').split('\n').slice(1).join('\n')}QUYẾT ĐỊNH\nVề việc đình chỉ việc thi hành văn bản của Ủy ban nhân dân huyện Krông Pắc\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n${articles}\n`;

  it('"Ủy ban nhân dân huyện … có trách nhiệm bãi bỏ Quyết định số A và sửa đổi … của Quyết định số B": a task', async () => {
    const cs = await read(decision('Điều 1. Đình chỉ việc thi hành toàn bộ Quyết định số 05/2017/QĐ-UBND ngày 18 tháng 9 năm 2017 của Ủy ban nhân dân huyện Krông Pắc.\nĐiều 2. Trong thời hạn 10 ngày, Ủy ban nhân dân huyện Krông Pắc có trách nhiệm bãi bỏ Quyết định số 05/2017/QĐ-UBND và sửa đổi các nội dung bị đình chỉ của Quyết định số 02/2018/QĐ-UBND.'));
    expect(acts(cs, '05/2017/QĐ-UBND')).toEqual(['suspends/whole', 'cites']);
    expect(acts(cs, '02/2018/QĐ-UBND')).toEqual(['cites']);
  });

  it('"Đình chỉ … Quyết định số A …, vì … trái với quy định của Luật B": the law is the reason', async () => {
    const cs = await read(decision('Điều 1. Đình chỉ việc thi hành các văn bản sau đây của Ủy ban nhân dân huyện Krông Pắc:\n1. Đình chỉ việc thi hành toàn bộ Quyết định số 05/2017/QĐ-UBND ngày 18 tháng 9 năm 2017 của Ủy ban nhân dân huyện Krông Pắc ban hành Quy định mức thu đóng góp xây dựng đường giao thông nông thôn, vì quy định khoản thu bắt buộc trái với quy định của Luật Phí và lệ phí.'));
    expect(acts(cs, '05/2017/QĐ-UBND')).toEqual(['suspends/whole']);
    expect(cs.filter((c) => c.text === 'Luật Phí và lệ phí').map((c) => c.relation)).toEqual(['cites']);
  });

  it('look-alike: "Bãi bỏ Quyết định số A, vì không còn phù hợp" still repeals A', async () => {
    const cs = await read(decision('Điều 1. Bãi bỏ Quyết định số 05/2017/QĐ-UBND ngày 18 tháng 9 năm 2017 của Ủy ban nhân dân huyện Krông Pắc, vì không còn phù hợp.'));
    expect(acts(cs, '05/2017/QĐ-UBND')).toEqual(['repeals/whole']);
  });
});

describe('a letter typed "CÔNG VĂN" over its addressees', () => {
  it('its "V/v hướng dẫn thực hiện Nghị quyết số A" above is its subject, and its chapeau guides A', async () => {
    const cs = await read(`UBND TỈNH BẮC NINH\nSỞ TÀI CHÍNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 1562/STC-QLNS\nV/v hướng dẫn thực hiện Nghị quyết số 09/2022/NQ-HĐND của HĐND tỉnh\nBắc Ninh, ngày 18 tháng 10 năm 2022\nCÔNG VĂN\nKính gửi:\n- Các sở, ngành;\n- Kho bạc Nhà nước tỉnh.\nCăn cứ Nghị quyết số 09/2022/NQ-HĐND ngày 13 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh;\nCăn cứ Thông tư số 02/2017/TT-BTC ngày 06 tháng 01 năm 2017 của Bộ Tài chính;\nSở Tài chính hướng dẫn thực hiện Nghị quyết số 09/2022/NQ-HĐND về lập dự toán, cấp phát kinh phí hỗ trợ như sau:\n1. Lập dự toán …\n`);
    expect(acts(cs, '09/2022/NQ-HĐND')).toEqual(['guides', 'basis', 'guides']);
    expect(acts(cs, '02/2017/TT-BTC')).toEqual(['basis']);
  });
});

describe('reports with the actor or the places named', () => {
  const report = (line: string): string => `${HEADER('CHÍNH PHỦ', '628/BC-CP')}BÁO CÁO\nKết quả rà soát văn bản quy phạm pháp luật\nKính gửi: Quốc hội.\nI. KẾT QUẢ\n${line}\n`;

  it('"… đã được Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi tại Thông tư số B"', async () => {
    expect(reports(await read(report('3. Thông tư số 09/2023/TT-BGDĐT có nội dung trái pháp luật đã được Bộ trưởng Bộ Giáo dục và Đào tạo sửa đổi tại Thông tư số 18/2025/TT-BGDĐT.')))).toEqual(['18/2025/TT-BGDĐT amends 09/2023/TT-BGDĐT']);
  });

  it('"… Quyết định số A … đã được sửa đổi khoản 2 Điều 4 tại Quyết định số B"', async () => {
    expect(reports(await read(report('- Quy định ban hành kèm theo Quyết định số 58/2019/QĐ-UBND ngày 18 tháng 12 năm 2019 về hạn mức giao đất đã được sửa đổi khoản 2 Điều 4 tại Quyết định số 14/2021/QĐ-UBND.')))).toEqual(['14/2021/QĐ-UBND amends 58/2019/QĐ-UBND']);
  });

  it('look-alike: an agent named, then no act: "… đã được Bộ trưởng giao cho Vụ Pháp chế rà soát theo Thông tư số B"', async () => {
    expect(reports(await read(report('3. Thông tư số 09/2023/TT-BGDĐT đã được Bộ trưởng giao cho Vụ Pháp chế rà soát theo Thông tư số 18/2025/TT-BGDĐT.')))).toEqual([]);
  });
});

describe('tables and lists of what an act ends', () => {
  const act = (number: string, body: string): string => `${HEADER('BỘ NỘI VỤ', number)}THÔNG TƯ\nBãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Nội vụ ban hành\nCăn cứ Nghị định số 34/2017/NĐ-CP ngày 03 tháng 4 năm 2017 của Chính phủ;\nBộ trưởng Bộ Nội vụ ban hành Thông tư bãi bỏ một số văn bản quy phạm pháp luật.\n${body}\n`;

  it('a table one cell a line under "Bãi bỏ toàn bộ các văn bản sau:" repeals every row (no succession)', async () => {
    const cs = await read(act('05/2021/TT-BNV', 'Điều 1. Bãi bỏ toàn bộ các văn bản sau:\nSTT\nSố, ký hiệu\nNgày ban hành\nTên văn bản\n1\nThông tư liên tịch số \n06/2008/TTLT-BNV-BTC\n15/9/2008\nHướng dẫn thực hiện chế độ phụ cấp đối với cán bộ chuyên trách công tác quốc phòng\n2\nThông tư số 11/2014/TT-BNV\n09/10/2014\nQuy định chức danh, mã số ngạch và tiêu chuẩn nghiệp vụ chuyên môn các ngạch công chức chuyên ngành hành chính\n3\nThông tư liên tịch số 21/2015/TTLT-BNV-BTC\n25/11/2015\nHướng dẫn một số nội dung về thi nâng ngạch công chức\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 10 năm 2021.'));
    expect(acts(cs, '11/2014/TT-BNV')).toEqual(['repeals/whole']);
    expect(acts(cs, '21/2015/TTLT-BNV-BTC')).toEqual(['repeals/whole']);
  });

  it('a row between pipes whose last cell is a phrase ("Cụm từ “Bộ Nội vụ” tại khoản 2 Điều 5") repeals a part', async () => {
    const cs = await read(act('55/2025/TT-BNV', 'Điều 1. Bãi bỏ toàn bộ hoặc một phần các văn bản quy định tại Phụ lục kèm theo Thông tư này.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025.\nPhụ lục\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BỊ BÃI BỎ\n| STT | Tên văn bản | Nội dung bãi bỏ |\n| 1 | Thông tư số 11/2014/TT-BNV ngày 09 tháng 10 năm 2014 | Toàn bộ |\n| 2 | Thông tư số 46/2010/TT-BNV ngày 27 tháng 4 năm 2010 về thôi việc | Cụm từ “Bộ Nội vụ” tại khoản 2 Điều 5 |'));
    expect(acts(cs, '46/2010/TT-BNV')).toEqual(['repeals/part']);
  });

  it('"thay thế các Nghị định sau:\\n… b) Điều 2 Nghị định số A …" replaces that article; a joint circular and the circular amending it are one list', async () => {
    const decree = await read(`${HEADER('CHÍNH PHỦ', '168/2024/NĐ-CP')}NGHỊ ĐỊNH\nQuy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông\nCăn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;\nChính phủ ban hành Nghị định quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông.\nĐiều 54. Hiệu lực thi hành\n2. Nghị định này thay thế các Nghị định sau:\na) Nghị định số 100/2019/NĐ-CP ngày 30 tháng 12 năm 2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ;\nb) Điều 2 Nghị định số 123/2021/NĐ-CP ngày 28 tháng 12 năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định quy định xử phạt vi phạm hành chính.`);
    expect(acts(decree, '123/2021/NĐ-CP')).toEqual(['replaces/part']);
    expect(acts(decree, '100/2019/NĐ-CP')).toEqual(['replaces/whole']);
    const circular = await read(`${HEADER('BỘ TÀI CHÍNH', '09/2025/TT-BTC')}THÔNG TƯ\nQuy định về lập dự toán kinh phí trợ giúp pháp lý\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nBộ trưởng Bộ Tài chính ban hành Thông tư quy định về lập dự toán kinh phí trợ giúp pháp lý.\nĐiều 10. Hiệu lực thi hành\n2. Thông tư này thay thế Thông tư liên tịch số 209/2012/TTLT-BTC-BTP ngày 30 tháng 11 năm 2012 của Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Tư pháp hướng dẫn việc lập dự toán và Thông tư số 42/2019/TT-BTC ngày 09 tháng 7 năm 2019 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư liên tịch số 209/2012/TTLT-BTC-BTP.`);
    expect(acts(circular, '42/2019/TT-BTC')[0]).toMatch(/^(?:replaces|repeals)\/whole$/u);
  });
});

describe('a published list between pipes', () => {
  const decision = (rows: string): string =>
    `${HEADER('BỘ KẾ HOẠCH VÀ ĐẦU TƯ', '146/QĐ-BKHĐT')}QUYẾT ĐỊNH\nVề việc công bố Danh mục văn bản hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần năm 2021\nBỘ TRƯỞNG BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này Danh mục văn bản hết hiệu lực, ngưng hiệu lực toàn bộ hoặc một phần năm 2021.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nDANH MỤC VĂN BẢN HẾT HIỆU LỰC, NGƯNG HIỆU LỰC TOÀN BỘ HOẶC MỘT PHẦN NĂM 2021\n| STT | Tên loại | Số, ký hiệu, ngày ban hành | Tên gọi văn bản | Lý do hết hiệu lực, ngưng hiệu lực | Ngày |\n${rows}\n`;

  it('the header row\'s "ngưng hiệu lực" is no verb of a row, and "| Ngưng hiệu lực Điều 12 theo Thông tư số B |" reports B\'s suspension', async () => {
    const cs = await read(decision('| 1 | Nghị định | 118/2015/NĐ-CP ngày 12/11/2015 | Quy định chi tiết Luật Đầu tư | Được thay thế bởi Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 | 26/3/2021 |\n| 2 | Thông tư | 04/2017/TT-BKHĐT ngày 15/11/2017 | Hướng dẫn lựa chọn nhà thầu qua mạng | Ngưng hiệu lực Điều 12 theo Thông tư số 08/2021/TT-BKHĐT | 01/7/2021 |'));
    expect(acts(cs, '118/2015/NĐ-CP')).toEqual(['cites']);
    expect(reports(cs)).toEqual(['31/2021/NĐ-CP replaces 118/2015/NĐ-CP', '08/2021/TT-BKHĐT suspends 04/2017/TT-BKHĐT']);
  });
});
