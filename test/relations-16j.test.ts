import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * Amending wordings of the second red-team round (fixtures/relations/drafting-forms-amends.json): old verbs, list marks
 * beyond "Điều N.", "1." and "a)", the actor first, adjusted plans and investment decisions, an amendment after another act;
 * each with what must stay no act beside it.
 */

const rel = (text: string, type = 'Quyết định', number = '15/2026/QĐ-UBND'): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const c of extract(text, { context: { type, number } }).citations) {
    const key = c.number ?? c.text.replace(/\s+/g, ' ');
    const acts = [c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)].sort().join('+');
    out[key] = out[key] && out[key] !== 'cites' ? [...new Set([...out[key].split('+'), ...acts.split('+')])].filter((x) => x !== 'cites').sort().join('+') : acts;
  }
  return out;
};

describe('an amending verb of another wording that opens the clause', () => {
  it.each([
    ['Điều 1. Nay sửa đổi, bổ sung Điều 5 của Nghị định số 17/CP ngày 23 tháng 12 năm 1992 của Chính phủ như sau:\n', '17/CP', 'Nghị định', '45/CP'],
    ['Điều 1. Sửa lại Điều 3 Quyết định số 152/TTg ngày 12 tháng 3 năm 1996 như sau:\n', '152/TTg', 'Quyết định', '250/TTg'],
    ['Điều 1. Điều chỉnh lại khoản 1 Điều 3 Quyết định số 1140/QĐ-UB ngày 15/5/2001 của UBND tỉnh như sau:\n', '1140/QĐ-UB'],
    ['Điều 1. Thay đoạn "do Bộ trưởng quyết định" tại khoản 2 Điều 4 Nghị định số 12/CP ngày 18 tháng 2 năm 1997 bằng đoạn "do Thủ tướng quyết định".\n', '12/CP', 'Nghị định', '45/CP'],
    ['Điều 1. Đổi tên Quy chế ban hành kèm theo Quyết định số 27/2000/QĐ-UB ngày 12 tháng 4 năm 2000 thành "Quy chế quản lý chợ".\n', '27/2000/QĐ-UB'],
    ['Điều 1. Điều chỉnh chủ trương đầu tư dự án Khu đô thị mới tại Quyết định số 1234/QĐ-UBND ngày 12 tháng 5 năm 2020 với các nội dung sau:\n', '1234/QĐ-UBND'],
    ['Điều 1. Kéo dài thời gian thực hiện Nghị quyết số 11/2020/NQ-HĐND ngày 10 tháng 7 năm 2020 đến hết ngày 31 tháng 12 năm 2027.\n', '11/2020/NQ-HĐND'],
    ['Điều 1. Phê duyệt điều chỉnh dự án đầu tư xây dựng Trường THPT Nguyễn Du đã được phê duyệt tại Quyết định số 2345/QĐ-UBND ngày 10 tháng 10 năm 2022 với các nội dung sau:\n', '2345/QĐ-UBND'],
    ['II. Sửa đổi khoản 2 Điều 1 Thông tư số 60/2007/TT-BTC ngày 14/6/2007 của Bộ Tài chính như sau:\n', '60/2007/TT-BTC', 'Thông tư', '157/2013/TT-BTC'],
    ['1.1. Sửa đổi điểm a khoản 3 Điều 5 Thông tư số 28/2007/TT-BTC như sau:\n', '28/2007/TT-BTC', 'Thông tư', '157/2013/TT-BTC'],
    ['Ủy ban nhân dân tỉnh quyết định sửa đổi khoản 2 Điều 3 Quyết định số 24/2022/QĐ-UBND như sau:\n', '24/2022/QĐ-UBND'],
  ])('%s', (text: string, n: string, type?: string, number?: string) => {
    // (each in a document that may act on it: a province's decision acts on no decree, circular or Prime Minister's decision)
    expect(rel(text, type, number)[n]).toBe('amends');
  });

  it('the actor first, in a Party document', () => {
    expect(rel('Bộ Chính trị quyết định sửa đổi tiết 1.3 điểm 1 Quy định số 214-QĐ/TW ngày 02 tháng 01 năm 2020 như sau:\n', 'Quy định', '150-QĐ/TW')['214-QĐ/TW']).toBe('amends');
  });

  it.each([
    ['Điều 1. Hủy bỏ khoản 2 Điều 3 và sửa đổi khoản 3 Điều 3 Quyết định số 14/2022/QĐ-UBND như sau:\n', '14/2022/QĐ-UBND'],
    ['Điều 1. Nay bãi bỏ Điều 4 và sửa lại Điều 5 Quyết định số 980/QĐ-UB ngày 05/6/1998 của UBND tỉnh như sau:\n', '980/QĐ-UB'],
    ['Điều 5. Bãi bỏ một số quy định\nBãi bỏ điểm c khoản 2 Điều 5 Nghị định số 24/2019/NĐ-CP và sửa đổi điểm d khoản 2 Điều 5 Nghị định số 24/2019/NĐ-CP như sau:\n', '24/2019/NĐ-CP'],
  ])('an amendment after a repeal: %s', (text, n) => {
    expect(rel(text, 'Nghị định', '77/2026/NĐ-CP')[n]).toBe('amends+repeals');
  });

  it.each([
    ['Điều 1. Điều chỉnh giá đất theo Quyết định số 12/2020/QĐ-UBND như sau:\n', '12/2020/QĐ-UBND'],
    ['Điều 1. Điều chỉnh kế hoạch thực hiện Nghị quyết số 18-NQ/TW như sau:\n', '18-NQ/TW'],
    ['VII. Điều chỉnh Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài (trường hợp thay đổi nội dung quy định tại khoản 1 Điều 11 Nghị định số 09/2018/NĐ-CP)\n', '09/2018/NĐ-CP'],
    ['Ngày 10 tháng 3 năm 2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 600/QĐ-UBND\n\nsửa đổi, bổ sung một số điều của Quyết định số 601/QĐ-UBND về giao chỉ tiêu.\n', '601/QĐ-UBND'],
    ['Nghị định số 67/2013/NĐ-CP sửa đổi bổ\nsung bởi Nghị định số 106/2017/NĐ-CP.\n', '67/2013/NĐ-CP'],
  ])('control, no act: %s', (text, n) => {
    expect(rel(text)[n]).toMatch(/^(?:cites|implements|basis)$/u);
  });

  it('control: in a plan, "- Điều chỉnh Quyết định số …" is a task', () => {
    const plan = 'ỦY BAN NHÂN DÂN\nSố: 120/KH-UBND\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n1. Điều chỉnh Quyết định số 45/2024/QĐ-UBND cho phù hợp với quy định mới.\n- Sửa đổi, bổ sung Quyết định số 46/2024/QĐ-UBND.\n';
    const r = rel(plan, 'Kế hoạch', '120/KH-UBND');
    expect(r['45/2024/QĐ-UBND']).toBe('cites');
    expect(r['46/2024/QĐ-UBND']).toBe('cites');
  });

  it('a quoted heading that ends "… từ ngữ”" opens no quoted phrase for the next article', () => {
    const r = rel('Điều 1. Sửa đổi Điều 3 Nghị định số 01/2021/NĐ-CP như sau:\n“Điều 3. Giải thích từ ngữ”\nĐiều 2. Bổ sung Điều 5a Nghị định số 02/2022/NĐ-CP như sau:\n', 'Nghị định', '78/2026/NĐ-CP');
    expect(r['02/2022/NĐ-CP']).toBe('amends');
    expect(rel('Điều 1. Thay thế cụm từ “Nghị định số 29/2018/NĐ-CP” bằng cụm từ “Nghị định số 77/2025/NĐ-CP” tại khoản 2 Điều 3 Thông tư số 05/2020/TT-BTC.\n', 'Thông tư', '07/2026/TT-BTC')['29/2018/NĐ-CP']).toBe('cites');
  });
});

describe('replacements by this document, passives with old locators, regulations, titles, repeal items', () => {
  it.each([
    ['Điều 3. Những quy định trước đây trái với Quyết định này đều bãi bỏ. Quyết định này thay cho Quyết định số 1057/QĐ-UB ngày 12/5/1997 của UBND tỉnh.\n', '1057/QĐ-UB'],
    ['Điều 3. Quyết định này có hiệu lực kể từ ngày ký; bãi bỏ và thay thế Quyết định số 567/QĐ-UBND ngày 02 tháng 3 năm 2022.\n', '567/QĐ-UBND'],
    ['Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Bãi bỏ Quyết định số 456/QĐ-UBND ngày 10/02/2023 để thay thế bằng Quyết định này.\n', '456/QĐ-UBND'],
    ['Điều 3. Nghị quyết này có hiệu lực từ ngày 01/01/2027. Nghị quyết số 16/2019/NQ-HĐND ngày 12/12/2019 của Hội đồng nhân dân tỉnh được thay thế bằng Nghị quyết này.\n', '16/2019/NQ-HĐND'],
  ])('replaces: %s', (text, n) => {
    expect(rel(text)[n]).toBe('replaces');
  });
  it('"thay thế A và bãi bỏ B": B is repealed by this decision, not reported as repealed by A', () => {
    const r = rel('Điều 3. Quyết định này có hiệu lực kể từ ngày ký; thay thế Quyết định số 457/QĐ-UBND ngày 10/02/2023 và bãi bỏ Quyết định số 790/QĐ-UBND ngày 05/4/2022.\n');
    expect(r['457/QĐ-UBND']).toBe('replaces');
    expect(r['790/QĐ-UBND']).toBe('repeals');
  });
  it.each([
    ['1. Các điểm a, b khoản 2 mục II Thông tư số 09/2000/TT-BTC ngày 17 tháng 01 năm 2000 của Bộ Tài chính được sửa đổi như sau:\n', '09/2000/TT-BTC'],
    ['1. Tiết a điểm 2 mục III phần B Thông tư số 128/2003/TT-BTC ngày 22/12/2003 được sửa đổi, bổ sung như sau:\n', '128/2003/TT-BTC'],
    ['I. Điều 7 của Thông tư liên bộ số 02/TT-LB ngày 10 tháng 1 năm 1994 được sửa lại như sau:\n', '02/TT-LB'],
    ['Điều 1. Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh ban hành kèm theo Quyết định số 31/2022/QĐ-UBND được sửa đổi, bổ sung như sau:\n', '31/2022/QĐ-UBND'],
    ['Điều 1. Bảng giá đất ban hành kèm theo Quyết định số 32/2019/QĐ-UBND được điều chỉnh như sau:\n', '32/2019/QĐ-UBND'],
  ])('amends in the passive: %s', (text, n) => {
    expect(rel(text, 'Thông tư', '25/2001/TT-BTC')[n]).toBe('amends');
  });
  it('titles that adjust a document amend it; one that adjusts under a document does not', () => {
    expect(rel('QUYẾT ĐỊNH\nVề việc điều chỉnh, bổ sung Quyết định số 1290/QĐ-UBND ngày 05 tháng 6 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh\n', 'Quyết định', '3600/QĐ-UBND')['1290/QĐ-UBND']).toBe('amends');
    expect(rel('QUYẾT ĐỊNH\nVề việc điều chỉnh dự toán ngân sách năm 2024 theo Quyết định số 45/QĐ-TTg của Thủ tướng Chính phủ\n', 'Quyết định', '3600/QĐ-UBND')['45/QĐ-TTg']).toBe('cites');
  });
  it('repeal items under an amending heading: "b) Điều 5 bãi bỏ.", "1.2. Bãi bỏ …", "- Bãi bỏ …"', () => {
    expect(rel('Điều 1. Sửa đổi, bổ sung Quyết định số 10/2019/QĐ-UBND:\na) Điều 2 sửa đổi như sau:\nb) Điều 5 bãi bỏ.\n')['10/2019/QĐ-UBND']).toBe('amends+repeals');
    expect(rel('Điều 1. Sửa đổi, bổ sung một số điều của Nghị quyết số 18/2022/NQ-HĐND:\n1.1. Sửa đổi khoản 2 Điều 1 như sau:\n1.2. Bãi bỏ khoản 4 Điều 3.\n', 'Nghị quyết', '24/2026/NQ-HĐND')['18/2022/NQ-HĐND']).toBe('amends+repeals');
  });
  it('controls: a regulation applied, a replacement by another document, no act', () => {
    expect(rel('2. Quy định ban hành kèm theo Quyết định số 31/2022/QĐ-UBND được áp dụng đối với các xã.\n')['31/2022/QĐ-UBND']).toBe('cites');
    expect(rel('2. Nghị định số 20/2017/NĐ-CP được thay thế bằng Nghị định số 132/2020/NĐ-CP.\n')['20/2017/NĐ-CP']).not.toBe('replaces');
  });
});

describe('terms and amounts changed in place, corrections, phrases, short names the text defines', () => {
  it.each([
    ['Điều 40. Điều khoản chuyển tiếp\n3. Thời hạn quy định tại khoản 2 Điều 12 Nghị định số 47/2019/NĐ-CP được kéo dài đến hết ngày 31 tháng 12 năm 2027.\n', '47/2019/NĐ-CP'],
    ['Điều 30. Hiệu lực thi hành\n2. Kể từ ngày Nghị định này có hiệu lực, mức phạt tiền quy định tại khoản 3 Điều 6 Nghị định số 100/2019/NĐ-CP được nâng lên từ 800.000 đồng đến 1.000.000 đồng.\n', '100/2019/NĐ-CP'],
    ['Điều 1. Cụm từ "cấp huyện" tại Quy định ban hành kèm theo Quyết định số 19/2020/QĐ-UBND được thay bằng cụm từ "cấp xã".\n', '19/2020/QĐ-UBND'],
    ['Điều 1. Sửa đổi, bổ sung Quy chế đánh giá, xếp loại ban hành theo Thông tư số 08/2020/TT-BNV như sau:\n', '08/2020/TT-BNV'],
  ])('amends: %s', (text, n) => {
    expect(rel(text, 'Nghị định', '55/2026/NĐ-CP')[n]).toBe('amends');
  });
  it('controls: a term counted under a provision, documents issued under a decree', () => {
    expect(rel('Điều 40. Điều khoản chuyển tiếp\n3. Thời hạn quy định tại khoản 2 Điều 12 Nghị định số 47/2019/NĐ-CP được tính từ ngày nhận đủ hồ sơ.\n', 'Nghị định', '55/2026/NĐ-CP')['47/2019/NĐ-CP']).toBe('cites');
    expect(rel('Điều 3. Bãi bỏ các văn bản ban hành theo Nghị định số 20/2017/NĐ-CP trái với Nghị định này.\n', 'Nghị định', '55/2026/NĐ-CP')['20/2017/NĐ-CP']).toBe('cites');
  });
  it('corrections: "Quyết định số … có sai sót …, nay đính chính như sau:", "Điều chỉnh sai sót tại …"; a request is none', () => {
    expect(rel('Quyết định số 1520/QĐ-UBND ngày 10 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh có sai sót về kỹ thuật trình bày, nay đính chính như sau:\n')['1520/QĐ-UBND']).toBe('corrects');
    expect(rel('Điều 1. Điều chỉnh sai sót tại Phụ lục kèm theo Quyết định số 1600/QĐ-UBND ngày 20 tháng 7 năm 2024: tại số thứ tự 5, cột diện tích, đã ghi 1,5 ha, nay điều chỉnh lại 1,8 ha.\n')['1600/QĐ-UBND']).toBe('corrects');
    expect(rel('Quyết định số 1520/QĐ-UBND có sai sót về kỹ thuật trình bày, đề nghị Sở Tư pháp rà soát.\n')['1520/QĐ-UBND']).toBe('cites');
  });
  it('a title "Bãi bỏ và thay thế Quyết định số …" replaces it', () => {
    expect(rel('QUYẾT ĐỊNH\nBãi bỏ và thay thế Quyết định số 12/2015/QĐ-UBND ngày 10 tháng 4 năm 2015 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp\n', 'Quyết định', '41/2026/QĐ-UBND')['12/2015/QĐ-UBND']).toBe('replaces');
  });
  it('a short name the text defines ("(sau đây gọi tắt là Quyết định 25)") is that document later on; undefined, it is nothing', () => {
    const text = 'Điều 1. Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 25/2021/QĐ-UBND ngày 10 tháng 6 năm 2021 (sau đây gọi tắt là Quyết định 25) như sau:\n1. Sửa đổi khoản 2 Điều 3.\nĐiều 2. Bãi bỏ Điều 9 Quy chế ban hành kèm theo Quyết định 25.\n';
    const cs = extract(text, { context: { type: 'Quyết định', number: '26/2026/QĐ-UBND' } }).citations.filter((c) => c.number === '25/2021/QĐ-UBND');
    expect(cs.map((c) => [c.text, c.relation])).toEqual([['Quyết định số 25/2021/QĐ-UBND', 'amends'], ['Quyết định 25', 'repeals']]);
    expect(text.slice(cs[1]?.start, cs[1]?.end)).toBe('Quyết định 25');
    expect(extract('Điều 2. Bãi bỏ Điều 9 Quy chế ban hành kèm theo Quyết định 25.\n', { context: { type: 'Quyết định', number: '26/2026/QĐ-UBND' } }).citations.some((c) => c.number === '25/2021/QĐ-UBND')).toBe(false);
  });
});

describe('look-alikes of the wider wordings found by a review: tasks, approved plans, letters, submissions, conditions, means', () => {
  const noAct = /^(?:cites|implements|basis)$/u;
  it('items of an approved programme, tasks under "Tổ chức thực hiện" or a body in charge, deadlines: no act', () => {
    const approved = rel('Điều 1. Phê duyệt Chương trình phát triển đô thị tỉnh đến năm 2030 với các nội dung chủ yếu sau:\n1. Mục tiêu: Nâng tỷ lệ đô thị hóa lên 45%.\n2. Nhiệm vụ và giải pháp:\n- Sửa đổi, bổ sung Quyết định số 12/2020/QĐ-UBND ngày 5/6/2020 của UBND tỉnh về phân cấp quản lý quy hoạch;\n- Kéo dài thời gian thực hiện Đề án phát triển nhà ở xã hội phê duyệt tại Quyết định số 456/QĐ-UBND ngày 10/3/2021 đến năm 2030;\nĐiều 2. Hiệu lực.\n');
    expect(approved['12/2020/QĐ-UBND']).toMatch(noAct);
    expect(approved['456/QĐ-UBND']).toMatch(noAct);
    const tasks = rel('Điều 2. Tổ chức thực hiện\n1. Sở Tư pháp:\n- Sửa đổi, bổ sung Quyết định số 12/2020/QĐ-UBND trong quý II/2024;\n- Kéo dài thời gian áp dụng Quyết định số 13/2020/QĐ-UBND đến hết ngày 31/12/2024.\n2. Sở Tài chính:\n- Bãi bỏ và thay thế Quyết định số 45/2019/QĐ-UBND trong quý IV/2024.\n');
    expect(tasks['12/2020/QĐ-UBND']).toMatch(noAct);
    expect(tasks['13/2020/QĐ-UBND']).toMatch(noAct);
    expect(tasks['45/2019/QĐ-UBND']).not.toBe('replaces');
  });
  it('a letter and a submission act on nothing, in their body or their title', () => {
    expect(rel('Kính gửi: Ủy ban nhân dân tỉnh\n1. Điều chỉnh lại khoản 1 Điều 3 Quyết định số 20/2022/QĐ-UBND ngày 5/5/2022 như sau: mức thu 5.000 đồng/m3.\nSở Tài chính kính trình UBND tỉnh xem xét, quyết định.\n', 'Công văn', '45/STC-QLG')['20/2022/QĐ-UBND']).toMatch(noAct);
    const submission = rel('ỦY BAN NHÂN DÂN\nSố: 77/TTr-UBND\nTỜ TRÌNH\nVề việc điều chỉnh, bổ sung Nghị quyết số 10/2020/NQ-HĐND\n\nKính gửi: Hội đồng nhân dân tỉnh\n3. Dự thảo Nghị quyết này thay cho Nghị quyết số 17/2019/NQ-HĐND ngày 5/7/2019.\n4. Nghị quyết số 18/2019/NQ-HĐND được thay thế bằng Nghị quyết này.\n', 'Tờ trình', '77/TTr-UBND');
    expect(submission['10/2020/NQ-HĐND']).toMatch(noAct);
    expect(submission['17/2019/NQ-HĐND']).toMatch(noAct);
    expect(submission['18/2019/NQ-HĐND']).toMatch(noAct);
  });
  it('"thay cho" negated or in a condition, and a replacement by another document, are no replacement by this one', () => {
    expect(rel('Điều 3. Quyết định này không thay cho Quyết định số 65/2019/QĐ-UBND; các nội dung khác thực hiện theo Quyết định số 65/2019/QĐ-UBND.\n')['65/2019/QĐ-UBND']).toMatch(noAct);
    expect(rel('Điều 4. Trường hợp Quyết định này thay cho Quyết định số 33/2016/QĐ-UBND thì các hồ sơ đã nộp được giải quyết theo quy định cũ.\n')['33/2016/QĐ-UBND']).toMatch(noAct);
    expect(rel('Điều 2. Bãi bỏ và thay thế Quyết định số 50/2018/QĐ-UBND bằng Quyết định số 51/2024/QĐ-UBND ngày 1/3/2024 của UBND tỉnh.\n')['50/2018/QĐ-UBND']).not.toBe('replaces');
  });
  it('a rule whose subject is the verb as a noun, a means applied, an amending decision repealed, a person, papers and procedures', () => {
    expect(rel('Điều 12. Điều chỉnh giá hợp đồng\nĐiều chỉnh giá hợp đồng quy định tại Điều 38 Nghị định số 37/2015/NĐ-CP được thực hiện bằng phương pháp hệ số điều chỉnh.\n', 'Thông tư', '07/2016/TT-BXD')['37/2015/NĐ-CP']).toMatch(noAct);
    expect(rel('Điều 2. Bảng giá đất ban hành kèm theo Quyết định số 30/2019/QĐ-UBND được điều chỉnh bằng hệ số điều chỉnh giá đất quy định tại Điều 1 Quyết định này.\n')['30/2019/QĐ-UBND']).toMatch(noAct);
    expect(rel('Điều 2. Bãi bỏ các Quyết định sửa đổi, bổ sung Quyết định số 85/2015/QĐ-UBND.\n')['85/2015/QĐ-UBND']).not.toMatch(/amends/u);
    expect(rel('Điều 1. Nay điều chỉnh nhiệm vụ cho ông Lê Văn D, đã được phân công tại Quyết định số 115/QĐ-UBND ngày 5/1/2024, như sau:\n')['115/QĐ-UBND']).toMatch(noAct);
    expect(rel('Điều 1. Sửa đổi, bổ sung Quyết định số 60/2020/QĐ-UBND như sau:\n1.1. Sửa đổi Điều 2 như sau: …\n1.2. Bãi bỏ thủ tục cấp giấy phép quy định tại Phụ lục I.\nĐiều 2. Hiệu lực.\n')['60/2020/QĐ-UBND']).toBe('amends');
    expect(rel('Điều 1. Điều chỉnh Quyết định số 63/QĐ-UBND ngày 1/1/2020 như sau:\n1. Điều chỉnh diện tích giao đất từ 10 ha thành 8 ha.\n2. Hủy bỏ Giấy chứng nhận quyền sử dụng đất số BX 123456 đã cấp.\nĐiều 2. Hiệu lực.\n')['63/QĐ-UBND']).toBe('amends');
  });
  it('titles: an adjustment carried out under a resolution, a coefficient for a price table: no act; a term extended: amends', () => {
    expect(rel('QUYẾT ĐỊNH\nVề việc điều chỉnh mức thu học phí năm học 2024-2025 quy định tại Nghị quyết số 12/2023/NQ-HĐND\n')['12/2023/NQ-HĐND']).toMatch(noAct);
    expect(rel('QUYẾT ĐỊNH\nVề việc điều chỉnh hệ số điều chỉnh giá đất năm 2024 áp dụng đối với Bảng giá đất ban hành kèm theo Quyết định số 30/2019/QĐ-UBND\n')['30/2019/QĐ-UBND']).toMatch(noAct);
    expect(rel('NGHỊ QUYẾT\nVề việc kéo dài thời gian thực hiện Nghị quyết số 11/2020/NQ-HĐND ngày 10 tháng 7 năm 2020 của Hội đồng nhân dân tỉnh\n', 'Nghị quyết', '07/2026/NQ-HĐND')['11/2020/NQ-HĐND']).toBe('amends');
  });
});

describe('an ending this document makes, written like a noted or supposed one (second review of the night rules)', () => {
  const ended = /^(?:repeals|replaces)$/u;
  it.each([
    ['Điều 5. Hiệu lực thi hành\n2. Khi Thông tư này có hiệu lực, Thông tư số 21/2019/TT-BTC hết hiệu lực thi hành.\n'],
    ['Điều 5. Hiệu lực thi hành\n2. Thông tư số 21/2019/TT-BTC hết hiệu lực kể từ ngày 01/7/2026, trường hợp hồ sơ đã nộp trước ngày này thì tiếp tục giải quyết theo quy định cũ.\n'],
    ['Điều 5. Hiệu lực thi hành\n2. Thông tư số 21/2019/TT-BTC đã hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n'],
    ['Điều 5. Bãi bỏ các văn bản sau:\n1. Thông tư số 21/2019/TT-BTC (đã hết hiệu lực một phần);\n2. Thông tư số 22/2019/TT-BTC.\n'],
  ])('%s', (text) => {
    expect(rel(text, 'Thông tư', '30/2026/TT-BTC')['21/2019/TT-BTC']).toMatch(ended);
  });
  it('controls: a supposed ending, a noted one outside any list', () => {
    expect(rel('Điều 5. Khi Thông tư số 21/2019/TT-BTC hết hiệu lực, các hồ sơ được tiếp tục giải quyết.\n', 'Thông tư', '30/2026/TT-BTC')['21/2019/TT-BTC']).toBe('cites');
    expect(rel('Điều 5. Các khoản thu theo Thông tư số 21/2019/TT-BTC (đã hết hiệu lực) được quyết toán theo quy định.\n', 'Thông tư', '30/2026/TT-BTC')['21/2019/TT-BTC']).toBe('cites');
  });
});

describe('verbs inside the description of an object, suspensions by other verbs, short numbers over a blank line', () => {
  it('"Bãi bỏ khoản 3 Điều 5 quy định về trường hợp không bổ sung hồ sơ của Quyết định số …" repeals that clause only', () => {
    const c = extract('Điều 2. Bãi bỏ khoản 3 Điều 5 quy định về trường hợp không bổ sung hồ sơ của Quyết định số 27/2024/QĐ-UBND.\n', { context: { type: 'Quyết định', number: '40/2026/QĐ-UBND' } }).citations[0];
    expect(c?.relation).toBe('repeals');
    expect(c?.scope?.whole).toBe(false);
    expect(c?.alsoActs ?? []).toEqual([]);
  });
  it('a list suspended by "Tạm ngừng thi hành", a passive "bị tạm dừng thi hành bởi"', () => {
    const r = rel('Điều 1. Tạm ngừng thi hành đối với các văn bản sau đây:\n1. Quyết định số 25/2024/QĐ-UBND;\n2. Quyết định số 26/2024/QĐ-UBND.\n', 'Quyết định', '40/2026/QĐ-UBND');
    expect([r['25/2024/QĐ-UBND'], r['26/2024/QĐ-UBND']]).toEqual(['suspends', 'suspends']);
    const reported = extract('Quyết định số 29/2024/QĐ-UBND đã bị tạm dừng thi hành bởi Quyết định số 30/2024/QĐ-UBND.\n', { context: { type: 'Quyết định', number: '40/2026/QĐ-UBND' } }).citations;
    expect(reported.map((c) => [c.number, c.relation, c.asserted?.relation ?? null])).toEqual([['29/2024/QĐ-UBND', 'cites', 'suspends'], ['30/2024/QĐ-UBND', 'cites', null]]);
  });
  it('a passive provision of a document whose title says "quy định về …" is amended', () => {
    expect(rel('1. Khoản 2 Điều 3 Quyết định số 28/2024/QĐ-UBND quy định về hồ sơ cấp phép được sửa đổi như sau:\n', 'Quyết định', '40/2026/QĐ-UBND')['28/2024/QĐ-UBND']).toBe('amends');
  });
  it('a short number is not read across a blank line', () => {
    const cs = extract('Căn cứ Thông tư số 01/2021/TT-BXD ngày 19 tháng 5 năm 2021;\nTheo Thông tư\n\n01/2021 nêu trên.\n', { context: { type: 'Quyết định', number: '40/2026/QĐ-UBND' } }).citations;
    expect(cs.filter((c) => c.number === '01/2021/TT-BXD')).toHaveLength(1);
  });
});

describe('documents amended in a list', () => {
  it('a phrase replaced in each document of a list, documents amended one by one under one head', () => {
    const phrase = rel('Điều 2. Thay thế cụm từ "huyện" bằng cụm từ "xã" tại các văn bản sau:\na) Điều 3 Nghị quyết số 10/2019/NQ-HĐND;\nb) khoản 1 Điều 2 Nghị quyết số 11/2019/NQ-HĐND.\n', 'Nghị quyết', '11/2026/NQ-HĐND');
    expect([phrase['10/2019/NQ-HĐND'], phrase['11/2019/NQ-HĐND']]).toEqual(['amends', 'amends']);
    const oneByOne = rel('Điều 1. Sửa đổi, bổ sung các Quyết định của Ủy ban nhân dân tỉnh như sau:\n1. Quyết định số 05/2018/QĐ-UBND: sửa đổi khoản 1 Điều 2.\n2. Quyết định số 07/2019/QĐ-UBND: bổ sung Điều 4a.\n');
    expect([oneByOne['05/2018/QĐ-UBND'], oneByOne['07/2019/QĐ-UBND']]).toEqual(['amends', 'amends']);
  });
  it('control: a list of the documents a phrase is applied under, or a plan\'s list, acts on none', () => {
    const applied = rel('Điều 2. Áp dụng cụm từ "cấp xã" theo các văn bản sau:\na) Nghị quyết số 10/2019/NQ-HĐND;\nb) Nghị quyết số 11/2019/NQ-HĐND.\n', 'Nghị quyết', '11/2026/NQ-HĐND');
    expect(applied['10/2019/NQ-HĐND']).toBe('cites');
    const plan = rel('ỦY BAN NHÂN DÂN\nSố: 120/KH-UBND\nKẾ HOẠCH\nRà soát văn bản năm 2026\n\n1. Sửa đổi, bổ sung các Quyết định sau đây:\na) Quyết định số 05/2018/QĐ-UBND;\n', 'Kế hoạch', '120/KH-UBND');
    expect(plan['05/2018/QĐ-UBND']).toBe('cites');
  });
});

describe('an act in a provision that takes effect on a day of its own', () => {
  const effective = (text: string): Record<string, string> =>
    Object.fromEntries(extract(text, { context: { type: 'Thông tư', number: '22/2026/TT-BNNMT' } }).citations.map((c) => [c.number ?? c.text, c.effective ?? '-']));
  it('"2. Điều 2 Thông tư này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026." dates the repeal in Điều 2, not the amendment in Điều 1', () => {
    const e = effective('Điều 1. Sửa đổi khoản 2 Điều 3 Thông tư số 11/2026/TT-BNNMT như sau:\n“2. Điều 2 được bãi bỏ.”\nĐiều 2. Bãi bỏ Điều 5 Thông tư số 33/2014/TT-BNNPTNT.\nĐiều 3. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n2. Điều 2 Thông tư này có hiệu lực thi hành từ ngày 01 tháng 9 năm 2026.\n');
    expect(e).toEqual({ '11/2026/TT-BNNMT': '-', '33/2014/TT-BNNPTNT': '2026-09-01' });
  });
  it('a clause dated on its own; another document\'s article in force from a day dates nothing here', () => {
    expect(effective('Điều 1. Sửa đổi, bổ sung một số điều\n1. Bãi bỏ khoản 2 Điều 4 Thông tư số 10/2020/TT-BNNPTNT.\n2. Bãi bỏ Điều 6 Thông tư số 12/2020/TT-BNNPTNT.\nĐiều 2. Hiệu lực thi hành\nKhoản 2 Điều 1 Thông tư này có hiệu lực từ ngày 01/8/2026.\n')).toEqual({ '10/2020/TT-BNNPTNT': '-', '12/2020/TT-BNNPTNT': '2026-08-01' });
    expect(effective('Điều 1. Bãi bỏ Điều 6 Thông tư số 12/2020/TT-BNNPTNT.\nĐiều 2. Hiệu lực thi hành\nĐiều 1 Nghị định số 15/2025/NĐ-CP có hiệu lực từ ngày 01/8/2026.\n')['12/2020/TT-BNNPTNT']).toBe('-');
  });
});

describe('from a second review of the day\'s rules', () => {
  it('a phrase struck out of the documents of a list amends each ("Bãi bỏ cụm từ … tại các Quyết định sau đây:")', () => {
    const r = rel('Điều 2. Bãi bỏ cụm từ “Ủy ban nhân dân cấp huyện,” tại các Quyết định sau đây:\n1. Quyết định số 12/2018/QĐ-UBND ngày 05/6/2018;\n2. Quyết định số 20/2019/QĐ-UBND ngày 01/8/2019.\n');
    expect([r['12/2018/QĐ-UBND'], r['20/2019/QĐ-UBND']]).toEqual(['amends', 'amends']);
  });
  it('supposed endings under an article heading, with commas, or after this document\'s own coming into force stay supposed', () => {
    expect(rel('Điều 10. Điều khoản tham chiếu\nTrường hợp Nghị định số 45/2019/NĐ-CP hết hiệu lực, được sửa đổi, bổ sung hoặc thay thế thì áp dụng theo văn bản mới.\n', 'Nghị định', '60/2026/NĐ-CP')['45/2019/NĐ-CP']).toBe('cites');
    expect(rel('Điều 20. Điều khoản chuyển tiếp\nTrường hợp Quyết định số 12/2018/QĐ-UBND hết hiệu lực mà chưa có văn bản thay thế, các hồ sơ được tiếp tục giải quyết.\n')['12/2018/QĐ-UBND']).toBe('cites');
    expect(rel('Điều 5. Hiệu lực thi hành\n1. Khi Thông tư này có hiệu lực, trường hợp Thông tư số 05/2019/TT-BTC hết hiệu lực mà hồ sơ chưa giải quyết xong, được tiếp tục xử lý.\n', 'Thông tư', '30/2026/TT-BTC')['05/2019/TT-BTC']).toBe('cites');
  });
  it('a head that records endings is no repeal of a noted item; a negation after a comma negates', () => {
    expect(rel('Điều 2. Các văn bản sau đây đã hết hiệu lực:\n1. Quyết định số 12/2018/QĐ-UBND (đã hết hiệu lực một phần).\n')['12/2018/QĐ-UBND']).toBe('cites');
    expect(rel('Điều 3. Bãi bỏ các quy định trước đây trái với Quyết định này, không bãi bỏ Quyết định số 12/2018/QĐ-UBND.\n')['12/2018/QĐ-UBND']).toBe('cites');
  });
  it('suspension lists: a proposal, a civil servant\'s duties, lifting a suspension are none', () => {
    expect(rel('Điều 2. Đề nghị Thủ tướng Chính phủ tạm dừng thi hành các văn bản sau:\n1. Nghị quyết số 12/2018/NQ-HĐND.\n', 'Nghị quyết', '30/2026/NQ-HĐND')['12/2018/NQ-HĐND']).toBe('cites');
    expect(rel('Điều 1. Tạm đình chỉ thi hành công vụ đối với các công chức có tên tại các Quyết định sau:\n1. Quyết định số 12/2018/QĐ-UBND.\n')['12/2018/QĐ-UBND']).toBe('cites');
    expect(rel('Điều 1. Bãi bỏ việc tạm dừng thi hành các văn bản sau:\n1. Quyết định số 12/2018/QĐ-UBND.\n')['12/2018/QĐ-UBND']).toBe('cites');
    expect(rel('Điều 1. Tạm dừng thi hành các văn bản sau đây:\n1. Quyết định số 12/2018/QĐ-UBND.\n')['12/2018/QĐ-UBND']).toBe('suspends');
  });
  it('documents added to a list, or the grounds of an amendment, are not amended', () => {
    expect(rel('Điều 1. Sửa đổi, bổ sung các văn bản hướng dẫn thi hành sau khi Luật Đất đai có hiệu lực, căn cứ các văn bản sau:\n1. Nghị định số 102/2024/NĐ-CP.\n')['102/2024/NĐ-CP']).toBe('cites');
    expect(rel('Điều 1. Bổ sung các văn bản quy phạm pháp luật vào Danh mục văn bản cần rà soát năm 2026 như sau:\n1. Quyết định số 12/2018/QĐ-UBND.\n')['12/2018/QĐ-UBND']).toBe('cites');
  });
});
