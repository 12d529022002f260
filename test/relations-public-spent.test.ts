import { describe, expect, it } from 'vitest';
import { documentHeader, headActs, readCitations } from './helpers/act-text.js';

/**
 * From the first public documents round, spent on 2026-12-05 (fixtures/relations/public-documents.json; README "Spending the
 * first public round"): a repealing circular of the Gazette whose fourteen repealed documents were read as citations — blank
 * lines a page break leaves between the list's head and its first item, and after its ninth; a list longer than forty lines; a
 * document an item's description follows ("… theo Quyết định 22/2015/QĐ-TTg"), no item; and a joint resolution's number whose
 * issuer code holds Ư ("…-UBTƯMTTQVN"), wrapped after a hyphen. Each case failed on the code before its rule; the look-alikes
 * pass on both.
 */
const item = (n: number, number: string): string =>
  `${n}. Thông tư số ${number} ngày 10/6/2013 của Bộ trưởng Bộ Lao \nđộng - Thương binh và Xã hội hướng dẫn Nghị định số 46/2013/NĐ-CP ngày \n10/5/2013 của Chính phủ quy định chi tiết thi hành một số điều của Bộ luật Lao \nđộng về tranh chấp lao động. \n`;
const circular = (list: string): string =>
  `${documentHeader('BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI', '15/2024/TT-BLĐTBXH', 'Hà Nội, ngày 31 tháng 12 năm 2024')}THÔNG TƯ \nBãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động -  \nThương binh và Xã hội ban hành, liên tịch ban hành \nCăn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; \nBộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư bãi bỏ một số \nvăn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban \nhành, liên tịch ban hành. \nĐiều 1. Bãi bỏ toàn bộ văn bản quy phạm pháp luật \nBãi bỏ toàn bộ 14 văn bản quy phạm pháp luật do Bộ trưởng Bộ Lao động - \nThương binh và Xã hội ban hành, liên tịch ban hành sau đây: \n${list}Điều 2. Hiệu lực thi hành  \nThông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2025. \n`;
const numbers = Array.from({ length: 11 }, (_, i) => `${String(10 + i).padStart(2, '0')}/2013/TT-BLĐTBXH`);

describe('a repealing list over page breaks (public round 1: 15/2024/TT-BLĐTBXH)', () => {
  it('blank lines between the head and its first item, eleven items of four lines, a page break after the ninth: every item repealed', async () => {
    const list = `\n \n  \n${numbers.slice(0, 9).map((n, i) => item(i + 1, n)).join('')}\n \n \n \n${numbers.slice(9).map((n, i) => item(i + 10, n)).join('')}`;
    const cs = await readCitations(circular(list));
    for (const n of numbers) expect(headActs(cs, n), n).toEqual(['repeals/whole']);
    expect(headActs(cs, '46/2013/NĐ-CP')).not.toContain('repeals/whole');
  });

  it('a document an item\'s description follows ("… chính sách … theo Quyết\\nđịnh 22/2015/QĐ-TTg") is no item; one "ban hành kèm theo" names is', async () => {
    const cs = await readCitations(circular(`1. Thông tư số 35/2016/TT-BLĐTBXH ngày 25/10/2016 của Bộ trưởng Bộ \nLao động - Thương binh và Xã hội hướng dẫn thực hiện chính sách đối với người \nlao động khi chuyển đơn vị sự nghiệp công lập thành công ty cổ phần theo Quyết \nđịnh 22/2015/QĐ-TTg ngày 22/6/2015 của Thủ tướng Chính phủ. \n2. Phụ lục III ban hành kèm theo Thông tư số 17/2018/TT-BLĐTBXH ngày 17/10/2018. \n`));
    expect(headActs(cs, '35/2016/TT-BLĐTBXH')).toEqual(['repeals/whole']);
    expect(headActs(cs, '22/2015/QĐ-TTg')).toEqual(['cites']);
    expect(headActs(cs, '17/2018/TT-BLĐTBXH')[0]).toMatch(/^repeals/u);
  });

  it('"Nghị quyết liên tịch số 01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-\\nUBTƯMTTQVN": one number, its issuer code holding Ư', async () => {
    const cs = await readCitations(circular('1. Nghị quyết liên tịch số 01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-\nUBTƯMTTQVN ngày 28/8/2008 của Bộ Lao động, Thương binh và Xã hội, Bộ \nCông an về việc ban hành các tiêu chí phân loại. \n2. Nghị quyết liên tịch số 01/2005/NQLT-BLĐTBXH-BCA-BVHTT-UBTWMTTQVN \nngày 17/11/2005. \n'));
    expect(headActs(cs, '01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN')).toEqual(['repeals/whole']);
    expect(headActs(cs, '01/2005/NQLT-BLĐTBXH-BCA-BVHTT-UBTWMTTQVN')).toEqual(['repeals/whole']);
  });
});
