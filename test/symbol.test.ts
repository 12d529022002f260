import { describe, expect, it } from 'vitest';
import { canonicalNumeral, parseSymbol } from '../src/cite/index.js';

describe('parseSymbol (spec §2.2, §2.5)', () => {
  it.each([
    ['18-NQ/TW', 'party', '18-NQ/TW', null, 'NQ', ['TW']],
    ['218- QĐ/TW', 'party', '218-QĐ/TW', null, 'QĐ', ['TW']],
    ['11-QĐi/TW', 'party', '11-QĐi/TW', null, 'QĐi', ['TW']],
    ['04-QyĐ/ĐU', 'party', '04-QyĐ/ĐU', null, 'QyĐ', ['ĐU']],
    ['04/2015/NĐ-CP', 'normative', '04/2015/NĐ-CP', 2015, 'NĐ', ['CP']],
    ['13/2015/TT- BVHTTDL', 'normative', '13/2015/TT-BVHTTDL', 2015, 'TT', ['BVHTTDL']],
    ['116 /2002/TT-BTC', 'normative', '116/2002/TT-BTC', 2002, 'TT', ['BTC']],
    ['01/2015/TTLT-BNV-BTC', 'normative', '01/2015/TTLT-BNV-BTC', 2015, 'TTLT', ['BNV', 'BTC']],
    // a slash after a joint circular's type code, as some copies write it (drafting-forms-paraphrase.json)
    ['84/2005/TTLT/BTC-BLĐTBXH', 'normative', '84/2005/TTLT-BTC-BLĐTBXH', 2005, 'TTLT', ['BTC', 'BLĐTBXH']],
    ['42/2013/QH13', 'law', '42/2013/QH13', 2013, null, ['QH13']],
    ['34/2007/PL-UBTVQH11', 'normative', '34/2007/PL-UBTVQH11', 2007, 'PL', ['UBTVQH11']],
    ['36/2006/CT-TTG', 'normative', '36/2006/CT-TTg', 2006, 'CT', ['TTg']],
    ['09/2026NQ-HĐND', 'normative', '09/2026/NQ-HĐND', 2026, 'NQ', ['HĐND']],
    ['178/KH-UBND', 'administrative', '178/KH-UBND', null, 'KH', ['UBND']],
    ['30c/NQ-CP', 'administrative', '30c/NQ-CP', null, 'NQ', ['CP']],
    // a letter after a dot (drafting-forms-amending-documents.json)
    ['08.a/2010/TT-BTP', 'normative', '08.a/2010/TT-BTP', 2010, 'TT', ['BTP']],
    ['96 /KH-UBND', 'administrative', '96/KH-UBND', null, 'KH', ['UBND']],
    ['4919/VPCP-KTTH', 'letter', '4919/VPCP-KTTH', null, null, ['VPCP', 'KTTH']],
    ['4236/SXD-QLN&CS', 'letter', '4236/SXD-QLN&CS', null, null, ['SXD', 'QLN&CS']],
    ['26/VBHN-NHNN', 'administrative', '26/VBHN-NHNN', null, 'VBHN', ['NHNN']],
    ['5-CT/TW', 'party', '05-CT/TW', null, 'CT', ['TW']],
    ['15/CP', 'legacy', '15/CP', null, null, ['CP']],
    ['01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN', 'normative', '01/2008/NQLT-BLĐTBXH-BCA-BVHTTDL-UBTƯMTTQVN', 2008, 'NQLT', ['BLĐTBXH', 'BCA', 'BVHTTDL', 'UBTƯMTTQVN']],
    ['206-CP', 'legacy', '206-CP', null, null, ['CP']],
    ['111-HĐBT', 'legacy', '111-HĐBT', null, null, ['HĐBT']],
    ['87-CT', 'legacy', '87-CT', null, null, ['CT']],
  ])('%s', (input, shape, canonical, year, typeCode, issuers) => {
    const s = parseSymbol(input);
    expect(s).not.toBeNull();
    expect(s?.shape).toBe(shape);
    expect(s?.canonical).toBe(canonical);
    expect(s?.year).toBe(year);
    expect(s?.typeCode).toBe(typeCode);
    expect(s?.issuerCodes).toEqual(issuers);
  });

  it('warns of a slash after a joint circular\'s type code, and finds the whole number in running text', async () => {
    expect(parseSymbol('84/2005/TTLT/BTC-BLĐTBXH')?.warnings).toContain('slash-after-type-code');
    const { extract } = await import('../src/cite/index.js');
    expect(extract('Thông tư liên tịch số 84/2005/TTLT/BTC-BLĐTBXH ngày 23/9/2005 hết hiệu lực.').citations.map((c) => c.number)).toEqual(['84/2005/TTLT-BTC-BLĐTBXH']);
    // (only a joint circular's: an administrative number's slash is its own, "15/2003/QĐ/BYT" is left as written)
    expect(parseSymbol('15/2003/NĐ/CP')).toBeNull();
  });

  it('reads a spaced dash inside a number, but not a table cell parted from the number by one', async () => {
    const { extract } = await import('../src/cite/index.js');
    const numbers = (t: string) => extract(t).citations.map((c) => c.number);
    expect(numbers('Quyết định số 24/2021/QĐ - UBND ngày 3/4/2021 và Công văn số 15/UBND - VX.')).toEqual(['24/2021/QĐ-UBND', '15/UBND-VX']);
    expect(numbers('1 – Quyết định số 39/2022/QĐ-UBND – thay thế toàn bộ – Sở Nông nghiệp')).toEqual(['39/2022/QĐ-UBND']);
    expect(numbers('2 - Kế hoạch số 41/KH-UBND - theo dõi chung')).toEqual(['41/KH-UBND']);
  });

  it('cuts a footnote number glued to a known issuer code, not a unit code', () => {
    expect(parseSymbol('66-NQ/TW1')?.written).toBe('66-NQ/TW');
    expect(parseSymbol('140/NQ-CP2')?.written).toBe('140/NQ-CP');
    expect(parseSymbol('298/TTr-CAT-PC04')?.written).toBe('298/TTr-CAT-PC04');
    expect(parseSymbol('42/2013/QH13')?.written).toBe('42/2013/QH13');
    // a legislature has two digits: a third (or fourth) is a mark glued to it
    expect(parseSymbol('76/2015/QH131')?.written).toBe('76/2015/QH13');
    expect(parseSymbol('76/2015/QH131')?.trailingFootnote).toBe(1);
    expect(parseSymbol('02/2020/UBTVQH1412')?.written).toBe('02/2020/UBTVQH14');
  });

  it('reads a pre-1992 number of a closed set of issuers, dash and no slash, only as such', () => {
    expect(parseSymbol('206-CP')?.warnings).toContain('historical-symbol');
    expect(parseSymbol('30-4')).toBeNull();
    expect(parseSymbol('12-KH')).toBeNull();
    expect(parseSymbol('87-CT/TW')?.shape).toBe('party');
  });

  it('warns about deviations instead of failing', () => {
    expect(parseSymbol('09/2026NQ-HĐND')?.warnings).toContain('missing-separator');
  });

  it('keeps Đ apart from D', () => {
    expect(parseSymbol('05/ĐA-UBND')?.typeCode).toBe('ĐA');
    expect(parseSymbol('05/DA-UBND')?.typeCode).toBe('DA');
  });

  it('pads running numbers to two digits', () => {
    expect(canonicalNumeral('5')).toBe('05');
    expect(canonicalNumeral('007')).toBe('07');
    expect(canonicalNumeral('145')).toBe('145');
  });
});
