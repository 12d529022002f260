import { describe, expect, it } from 'vitest';
import { extract, sameLawSubject } from '../src/cite/index.js';
import { readDocument } from '../src/doc/index.js';
import { normalizeText } from '../src/text/normalize.js';

/**
 * Classes found by the metamorphic variants of the dev half of the relation gold (test/relations-variants.test.ts):
 * a rewriting that a real source shows (a PDF export, a web page, another code page) changed what a document was read
 * to do. One block per rule.
 */

const acts = (text: string, type: string, number?: string): string[][] =>
  extract(text, { context: { type, ...(number ? { number } : {}) } }).citations.map((c) => [c.number ?? c.text, c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)]);

describe('a run of blanks inside a line is one space (issue 16, variants)', () => {
  const text =
    'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nChính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP.\nĐiều 1. Sửa đổi, bổ sung một số điều của Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018 của Chính phủ\n1. Bãi bỏ khoản 2 Điều 4.\n';
  it('doubled spaces (a justified PDF export) and a no-break space beside a space leave the acts as they were', () => {
    const plain = acts(text, 'Nghị định', '10/2026/NĐ-CP');
    expect(plain.some((a) => a[1] === 'amends')).toBe(true);
    expect(acts(text.replace(/ /g, '  '), 'Nghị định', '10/2026/NĐ-CP')).toEqual(plain);
    expect(acts(text.replace(/ /g, ' \u00A0'), 'Nghị định', '10/2026/NĐ-CP')).toEqual(plain);
  });
  it('offsets still point into the original, and blanks before a line break still join a symbol broken there', () => {
    const original = 'Nghị  định số\u00A0 15/2018/NĐ-  \nCP';
    const norm = normalizeText(original);
    expect(norm.text).toBe('Nghị định số 15/2018/NĐ-CP');
    const c = extract(original).citations[0];
    expect(c && original.slice(c.start, c.end)).toBe(original);
    const at = norm.text.indexOf('15/');
    expect(norm.map.toOriginal(at, at + 2)).toEqual({ start: original.indexOf('15/'), end: original.indexOf('15/') + 2 });
    expect(norm.map.toTransformed(original.indexOf('15/'), original.indexOf('15/') + 2)).toEqual({ start: at, end: at + 2 });
  });
});

describe('a consolidated text is read on the matching text, not on the file as typed (issue 16, variants)', () => {
  const vbhn =
    'VĂN BẢN HỢP NHẤT -\nBỘ TÀI CHÍNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/VBHN-BTC\nHà Nội, ngày 10 tháng 3 năm 2024\n\nTHÔNG TƯ\nHướng dẫn quản lý phí\n' +
    'Thông tư số 30/2016/TT-BTC ngày 20 tháng 10 năm 2016 của Bộ trưởng Bộ Tài chính hướng dẫn quản lý phí, có hiệu lực kể từ ngày 01 tháng 1 năm 2017, được sửa đổi, bổ sung bởi:\n' +
    'Thông tư số 18/2018/TT-BTC ngày 30 tháng 10 năm 2018 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 30/2016/TT-BTC, có hiệu lực kể từ ngày 18 tháng 12 năm 2018.\n' +
    'Căn cứ Nghị định số 87/2017/NĐ-CP ngày 26 tháng 7 năm 2017 của Chính phủ;\n\nĐiều 1. Phạm vi\n1. Thông tư này hướng dẫn quản lý phí.\n';
  const relations = async (text: string): Promise<string[]> =>
    (await readDocument(new TextEncoder().encode(text), { path: 'vbhn.txt' })).citations.map((c) => `${text.slice(c.start, c.end).replace(/\s+/gu, ' ').normalize('NFC')} ${c.relation}`);
  it('decomposed letters, no-break spaces and CRLF leave the base and the amending act consolidated', async () => {
    const plain = await relations(vbhn);
    expect(plain.filter((r) => r.endsWith('consolidates')).length).toBe(2);
    expect(await relations(vbhn.normalize('NFD'))).toEqual(plain);
    expect(await relations(vbhn.replace(/ /g, '\u00A0'))).toEqual(plain);
    expect(await relations(vbhn.replace(/\n/g, '\r\n'))).toEqual(plain);
  });
});

describe('a symbol broken at a line end is joined whatever look-alike letter it is typed with (issue 16, variants)', () => {
  it('"Nghị định số 91/2022/NÐ-\\nCP" with the eth Ð (U+00D0) is 91/2022/NĐ-CP, as with Đ', () => {
    const text = 'Căn cứ Nghị định số 91/2022/NĐ-\nCP của Chính phủ;\n';
    const numbers = (t: string): (string | null)[] => extract(t, { context: { type: 'Thông tư' } }).citations.map((c) => c.number);
    expect(numbers(text)).toEqual(['91/2022/NĐ-CP']);
    expect(numbers(text.replace(/Đ/g, '\u00D0'))).toEqual(['91/2022/NĐ-CP']);
  });
});

describe('a number wrapped onto the next line after "số" stays with its name (issue 16, variants)', () => {
  it('"Pháp lệnh Án phí, lệ phí toà án số⏎10/2009/PL-UBTVQH12 hết hiệu lực" ends one ordinance, as on one line', () => {
    const one = 'Điều 25. Hiệu lực thi hành\n3. Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10 và Pháp lệnh Án phí, lệ phí toà án số 10/2009/PL-UBTVQH12 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n';
    const read = (t: string): string[] => extract(t, { context: { type: 'Luật', title: 'Luật Phí và lệ phí' } }).citations.map((c) => `${c.number ?? c.id} ${c.relation}`);
    expect(read(one).length).toBe(2);
    expect(read(one.replace('số 10/2009', 'số\n10/2009'))).toEqual(read(one));
  });
  it('a line that starts with a number after another word, or a clause number after "số", is left a line', () => {
    const norm = normalizeText('Mẫu số\n2. Điều khoản\nkhoản\n06/2012 và số\n06/2012/QH13');
    expect(norm.text).toBe('Mẫu số\n2. Điều khoản\nkhoản\n06/2012 và số 06/2012/QH13');
  });
});

describe('two laws share a subject when one name opens or closes the other, not when words meet in its middle (issue 16)', () => {
  it('"Án phí, lệ phí tòa án" is not the subject of "Phí và lệ phí"; "Trẻ em" is the subject of "Bảo vệ, chăm sóc và giáo dục trẻ em"', () => {
    expect(sameLawSubject('phi-va-le-phi', 'an-phi-le-phi-toa-an')).toBe(false);
    expect(sameLawSubject('tre-em', 'bao-ve-cham-soc-va-giao-duc-tre-em')).toBe(true);
    expect(sameLawSubject('dat-dai', 'dat-dai')).toBe(true);
  });
});

describe('a correction names the place of its errors before the document (issue 16, formula catalogue)', () => {
  it('"Đính chính sai sót tại điểm b khoản 3 Điều 5 Nghị định số …" corrects the decree, as "… tại khoản 2 Điều 4 của Thông tư số …" does', () => {
    const text = 'Điều 1. Đính chính sai sót tại điểm b khoản 3 Điều 5 Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ như sau:\nTại điểm b khoản 3 Điều 5, đã in: "khoản 2 Điều 4"; nay sửa lại là: "khoản 3 Điều 4".\n';
    expect(acts(text, 'Quyết định', '865/QĐ-BTC')).toEqual([['70/2025/NĐ-CP', 'corrects']]);
    expect(acts('Điều 1. Đính chính lỗi kỹ thuật tại khoản 2 Điều 4 của Thông tư số 12/2024/TT-BTC như sau:\n', 'Quyết định', '866/QĐ-BTC')).toEqual([['12/2024/TT-BTC', 'corrects']]);
  });
  it('a request to correct ("Đề nghị Bộ Xây dựng đính chính sai sót tại …") corrects nothing', () => {
    expect(acts('Đề nghị Bộ Xây dựng đính chính sai sót tại khoản 2 Điều 9 Thông tư số 12/2026/TT-BXD.\n', 'Công văn', '501/BTC-PC')).toEqual([['12/2026/TT-BXD', 'cites']]);
  });
  it('correcting information or records, whatever document follows, corrects none', () => {
    expect(acts('Đính chính thông tin lý lịch tư pháp theo quy định tại Nghị định số 111/2010/NĐ-CP.\n', 'Quyết định', '867/QĐ-BTC')).toEqual([['111/2010/NĐ-CP', 'cites']]);
  });
});
