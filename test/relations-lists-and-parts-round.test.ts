import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, ownActsOf, readCitations } from './helpers/act-text.js';

/**
 * Rules from the tuning half of round 51 (fixtures/relations/drafting-forms-lists-and-parts.json: many documents ended at once,
 * parts amended or repealed, lists that act on nothing), 24 → 27 of 30. Each case failed on b5cfbff; the look-alikes pass on both.
 * The passages here are written anew on the same shapes.
 */
const ministryDecision = (effect: string): string =>
  `${documentHeader('BỘ Y TẾ', '1530/QĐ-BYT', 'Hà Nội, ngày 12 tháng 5 năm 2024')}QUYẾT ĐỊNH\nVề việc ban hành tài liệu chuyên môn “Hướng dẫn chẩn đoán và điều trị bệnh tay chân miệng”\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Nghị định số 95/2022/NĐ-CP ngày 15 tháng 11 năm 2022 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này tài liệu chuyên môn “Hướng dẫn chẩn đoán và điều trị bệnh tay chân miệng”.\nĐiều 2. ${effect}\nĐiều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh chịu trách nhiệm thi hành Quyết định này./.\n`;
const table = (lead: string): string =>
  `${lead}\nSTT\nQuyết định\nNội dung\nXử lý\n1\nQuyết định số 1003/QĐ-BYT ngày 30/3/2012\nVề việc ban hành “Hướng dẫn chẩn đoán, điều trị bệnh tay chân miệng”\nThay thế\n2\nQuyết định số 2554/QĐ-BYT ngày 19/7/2011\nVề việc ban hành “Phác đồ xử trí sốc ở trẻ em”\nBãi bỏ\n3\nQuyết định số 3671/QĐ-BYT ngày 27/9/2012\nMục 4 Phần II\nHết hiệu lực một phần`;

describe('a table read one cell a line whose last column says how each row is disposed of', () => {
  it('"Thay thế", "Bãi bỏ", "Hết hiệu lực một phần" under "Kể từ ngày Quyết định này có hiệu lực, … được xử lý như sau:"', async () => {
    const cs = await readCitations(ministryDecision(table('Quyết định này có hiệu lực kể từ ngày ký. Kể từ ngày Quyết định này có hiệu lực, các quyết định sau đây của Bộ trưởng Bộ Y tế được xử lý như sau:')));
    expect(headActs(cs, '1003/QĐ-BYT')).toEqual(['replaces/whole']);
    expect(headActs(cs, '2554/QĐ-BYT')).toEqual(['repeals/whole']);
    expect(headActs(cs, '3671/QĐ-BYT')).toEqual(['repeals/part']);
  });

  it('look-alike: the same table under a review that proposes the disposal acts on nothing', async () => {
    const cs = await readCitations(ministryDecision(table('Quyết định này có hiệu lực kể từ ngày ký. Giao Vụ Pháp chế rà soát và đề nghị xử lý các quyết định sau đây:')));
    expect(headActs(cs, '1003/QĐ-BYT')).toEqual(['cites']);
    expect(headActs(cs, '2554/QĐ-BYT')).toEqual(['cites']);
  });
});

describe('rows and items that name the places before or after their document', () => {
  it('a row between pipes with the places before the document, under "Bãi bỏ một phần các văn bản … sau đây"', async () => {
    const text = `${documentHeader('CHÍNH PHỦ', '128/2020/NĐ-CP', 'Hà Nội, ngày 19 tháng 10 năm 2020')}NGHỊ ĐỊNH\nBãi bỏ một số quy định về điều kiện đầu tư kinh doanh\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nChính phủ ban hành Nghị định bãi bỏ một số quy định về điều kiện đầu tư kinh doanh.\nĐiều 1. Bãi bỏ một phần các văn bản quy phạm pháp luật sau đây\n| STT | Quy định bị bãi bỏ | Văn bản |\n| 1 | Khoản 3 Điều 7 | Nghị định số 96/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ quy định điều kiện về an ninh, trật tự đối với một số ngành, nghề đầu tư kinh doanh có điều kiện |\n| 2 | Điều 4 | Quyết định số 07/2014/QĐ-TTg ngày 24 tháng 01 năm 2014 của Thủ tướng Chính phủ |\nĐiều 2. Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.\n`;
    expect(await ownActsOf(text, '96/2016/NĐ-CP')).toEqual(['repeals/part']);
    expect(await ownActsOf(text, '07/2014/QĐ-TTg')).toEqual(['repeals/part']);
  });

  it('an item "Thông tư số A …: bãi bỏ khoản 3 Điều 2 và Mẫu số 02." repeals those places (a form\'s number names no document)', async () => {
    const text = `${documentHeader('BỘ Y TẾ', '09/2024/TT-BYT', 'Hà Nội, ngày 20 tháng 5 năm 2024')}THÔNG TƯ\nSửa đổi, bổ sung, bãi bỏ một số quy định về thanh toán bảo hiểm y tế\nCăn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008;\nBộ trưởng Bộ Y tế ban hành Thông tư.\nĐiều 1. Bãi bỏ một số quy định của các thông tư có liên quan\n1. Bãi bỏ Điều 12 của Thông tư số 35/2016/TT-BYT ngày 28 tháng 9 năm 2016 của Bộ trưởng Bộ Y tế.\n2. Thông tư số 04/2017/TT-BYT ngày 14 tháng 4 năm 2017 của Bộ trưởng Bộ Y tế ban hành danh mục vật tư y tế thuộc phạm vi được hưởng của người tham gia bảo hiểm y tế: bãi bỏ khoản 3 Điều 2 và Mẫu số 02.\nĐiều 2. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2024.\n`;
    expect(await ownActsOf(text, '04/2017/TT-BYT')).toEqual(['repeals/part']);
  });

  it('a cell naming an annex ("Phụ lục II (Danh mục …)") between rows is no annex heading: the rows after it are still the article\'s', async () => {
    const text = `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', '47/2025/QĐ-UBND', 'Quảng Trị, ngày 25 tháng 9 năm 2025')}QUYẾT ĐỊNH\nBãi bỏ một phần một số quyết định quy phạm pháp luật\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Bãi bỏ một phần các quyết định quy phạm pháp luật sau đây:\nSTT\nTên văn bản\nNội dung bãi bỏ\n1\nQuyết định số 30/2023/QĐ-UBND ngày 25/8/2023 của UBND tỉnh Quảng Bình ban hành Quy định về kinh doanh chợ\nPhụ lục II (Danh mục chợ do Ủy ban nhân dân cấp huyện quản lý)\n2\nQuyết định số 13/2024/QĐ-UBND ngày 05/4/2024 của UBND tỉnh Quảng Trị quy định trách nhiệm quản lý nhà nước về an toàn thực phẩm\nKhoản 1 Điều 3\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 10 năm 2025.\n`;
    expect(await ownActsOf(text, '13/2024/QĐ-UBND')).toEqual(['repeals/part']);
  });
});
