import { describe, expect, it } from 'vitest';
import { extract, extractCitations, parseId, formatId, validateCitation, type Citation } from '../src/cite/index.js';

const only = (text: string, options = {}): Citation[] => extractCitations(text, options);
const pick = (cs: Citation[]): Array<Partial<Citation>> => cs.map((c) => ({ text: c.text, number: c.number, type: c.type, date: c.date }));

describe('numbered citations', () => {
  it('reads type word, "số", symbol, date and issuer (spec §3.2)', () => {
    const [c] = only('Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ về thực hiện dân chủ;');
    expect(c).toMatchObject({ text: 'Nghị định số 04/2015/NĐ-CP', number: '04/2015/NĐ-CP', type: 'Nghị định', typeCode: 'NĐ', issuerCode: 'CP', year: 2015, date: '2015-01-09', issuer: 'Chính phủ', kind: 'numbered', family: 'state', id: 'vn:04/2015/NĐ-CP' });
  });

  // (until 2026-12-07 "ban" of "Ủy ban" ended the phrase, as "ban hành" does: every "của Ủy ban nhân dân tỉnh X" read "Ủy", and the
  // cited document lost its province)
  it('reads a people\'s committee written in full as the issuer, and the province it names', () => {
    const [c] = only('Quyết định số 58/2022/QĐ-UBND ngày 20/12/2022 của Ủy ban nhân dân tỉnh Bình Định ban hành Quy chế quản lý.');
    expect(c).toMatchObject({ issuer: 'Ủy ban nhân dân tỉnh Bình Định', id: 'vn:58/2022/QĐ-UBND@tinh-binh-dinh' });
    expect(only('Thông tư số 05/2020/TT-BNG của Bộ Ngoại giao quy định.')[0]?.issuer).toBe('Bộ Ngoại giao');
    expect(only('Quyết định số 72/2024/QĐ-UBND của Ủy ban nhân dân tỉnh Long An mà thực hiện theo Quyết định này.')[0]?.issuer).toBe('Ủy ban nhân dân tỉnh Long An');
  });

  it('accepts the type word without "số" and a date after a comma', () => {
    const [c] = only('theo Quyết định 657-QĐ/TU, ngày 04/4/2018 của Ban Thường vụ Tỉnh ủy');
    expect(c).toMatchObject({ text: 'Quyết định 657-QĐ/TU', number: '657-QĐ/TU', date: '2018-04-04', issuer: 'Ban Thường vụ Tỉnh ủy', family: 'party' });
  });

  it('keeps the odd spacing of the text in the span and removes it from the number', () => {
    const [c] = only('Quyết định số 218- QĐ/TW của Bộ Chính trị');
    expect(c).toMatchObject({ text: 'Quyết định số 218- QĐ/TW', number: '218-QĐ/TW' });
  });

  it('reads a number split across a line break as one citation', () => {
    const text = 'theo Nghị định số 68/2026/NĐ-\nCP ngày 01/3/2026.';
    const [c] = only(text);
    expect(c?.text).toBe('Nghị định số 68/2026/NĐ-\nCP');
    expect(c?.number).toBe('68/2026/NĐ-CP');
    expect(c?.date).toBe('2026-03-01');
  });

  it('reads type words split by a line break and upper-case headings', () => {
    expect(only('thực hiện Nghị\nđịnh số 12/2022/NĐ-CP')[0]?.type).toBe('Nghị định');
    const [c] = only('NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30 THÁNG 4 NĂM 2025 CỦA BỘ CHÍNH TRỊ');
    expect(c).toMatchObject({ number: '66-NQ/TW', type: 'Nghị quyết', date: '2025-04-30' });
  });

  it('accepts công văn symbols with unit codes, including "&" and dotted units', () => {
    expect(only('Công văn số 4236/SXD-QLN&CS ngày 01/02/2023')[0]).toMatchObject({ number: '4236/SXD-QLN&CS', type: 'Công văn' });
    expect(only('tại Văn bản số 16/CGC.BT ngày 05/3/2025')[0]).toMatchObject({ number: '16/CGC.BT', type: 'Công văn' });
  });

  it('gives a bare number its type from the code', () => {
    expect(only('theo 145/2020/NĐ-CP')[0]).toMatchObject({ type: 'Nghị định', form: 'bare' });
    expect(only('văn bản số 1609/LĐTBXH-NCC')[0]).toMatchObject({ type: 'Công văn', form: 'list-item' });
  });

  it('reads partial and malformed numbers (spec R7)', () => {
    const cs = only('làm tốt Chỉ thị 05 của Bộ Chính trị; Đề án 202 của Ban Chấp hành Đảng bộ thị xã; thực hiện Nghị quyết 02/TU');
    expect(cs.map((c) => [c.text, c.form, c.number])).toEqual([
      ['Chỉ thị 05', 'partial', '05'],
      ['Đề án 202', 'partial', '202'],
      ['Nghị quyết 02/TU', 'malformed', '02/TU'],
    ]);
    expect(cs[2]?.id.startsWith('dang:02-NQ/TU')).toBe(true);
    expect(cs[0]?.contextDependent).toBe(true);
  });

  it('does not take forms, codes or counts for citations', () => {
    expect(only('theo Mẫu số 01/TNLĐ ban hành kèm theo; mã số 12/ABC-DEF; Phụ lục số 02/PL-KH')).toEqual([]);
    expect(only('Kế hoạch 5 năm 2021-2025, Chương trình 3 tháng')).toEqual([]);
  });

  it('cuts a footnote marker glued to a number', () => {
    expect(only('Nghị quyết số 66-NQ/TW1 ngày 30/4/2025')[0]).toMatchObject({ number: '66-NQ/TW', date: '2025-04-30' });
  });

  it('reads a pinpoint without putting it in the span', () => {
    const [c] = only('theo quy định tại điểm a khoản 2 Điều 3 Nghị định số 145/2020/NĐ-CP');
    expect(c?.text).toBe('Nghị định số 145/2020/NĐ-CP');
    expect(c?.pinpoint).toMatchObject({ article: '3', clause: '2', point: 'a' });
  });
});

describe('named citations', () => {
  it('reads laws from the lexicon, longest match, across a comma', () => {
    expect(pick(only('theo Luật Phòng, chống tham nhũng và Luật Tiếp công dân'))).toEqual([
      { text: 'Luật Phòng, chống tham nhũng', number: null, type: 'Luật', date: null },
      { text: 'Luật Tiếp công dân', number: null, type: 'Luật', date: null },
    ]);
  });

  it('reads a law with its number as one numbered citation', () => {
    const [c] = only('Căn cứ Luật Quản lý thuế số 38/2019/QH14;');
    expect(c).toMatchObject({ text: 'Luật Quản lý thuế số 38/2019/QH14', kind: 'numbered', form: 'law-with-number', number: '38/2019/QH14', type: 'Luật', relation: 'basis' });
  });

  it('reads a law name broken by a line, with a date, and codes with a year', () => {
    expect(only('Căn cứ Luật Tổ chức Chính\nphủ ngày 19 tháng 6 năm 2015;')[0]).toMatchObject({ text: 'Luật Tổ chức Chính\nphủ', date: '2015-06-19', year: 2015 });
    expect(only('theo Bộ luật Lao động năm 2019')[0]).toMatchObject({ text: 'Bộ luật Lao động năm 2019', type: 'Bộ luật', year: 2019, id: 'vn:bo-luat:lao-dong#2019' });
    expect(only('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;')[0]).toMatchObject({ type: 'Hiến pháp', id: 'vn:hien-phap', contextDependent: true });
  });

  it('reads ordinances by name, with their own id', () => {
    expect(only('theo Pháp lệnh Ưu đãi người có công với cách mạng')[0]).toMatchObject({ type: 'Pháp lệnh', id: 'vn:phap-lenh:uu-dai-nguoi-co-cong-voi-cach-mang' });
  });

  it('reads an amending law as one citation', () => {
    const cs = only('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;');
    expect(cs).toHaveLength(1);
    expect(cs[0]?.text).toBe('Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương');
    expect(cs[0]?.date).toBe('2019-11-22');
  });

  it('does not read "pháp luật", "Luật này" or a lawyer as a law', () => {
    expect(only('theo quy định của pháp luật về đất đai; Luật này có hiệu lực; Luật sư của đương sự')).toEqual([]);
  });

  it('reads meeting and congress resolutions (spec §3.5)', () => {
    const cs = only('Nghị quyết Trung ương 4 (khóa XII) và Nghị quyết Đại hội Đảng bộ thị xã Hồng Lĩnh, nhiệm kỳ 2020 – 2025');
    expect(cs.map((c) => [c.text, c.id])).toEqual([
      ['Nghị quyết Trung ương 4 (khóa XII)', 'dang:meeting:TW:HNTW4#XII'],
      ['Nghị quyết Đại hội Đảng bộ thị xã Hồng Lĩnh, nhiệm kỳ 2020 – 2025', 'dang:congress:thi-xa-hong-linh#2020-2025'],
    ]);
  });
});

describe('coordination, lists and aliases (spec §5)', () => {
  const seed000 =
    'Thực hiện các Nghị quyết của Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng Khóa XII: Số 18-NQ/TW ngày 25/10/2017 (sau đây gọi tắt là Nghị quyết số 18-NQ/TW); số 19-NQ/TW ngày 25/10/2017; các Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh: Số 920-CTr/TU ngày 31/01/2018 về thực hiện Nghị quyết số 18-NQ/TW và số 1011-CTr/TU ngày 03/5/2018 về thực hiện Nghị quyết số 19-NQ/TW; Kế hoạch số 178/KH-UBND ngày 04/6/2018 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:';

  it('passes list-head type and issuer to the items (R1)', () => {
    const cs = only(seed000);
    expect(cs.map((c) => [c.text, c.type])).toEqual([
      ['Số 18-NQ/TW', 'Nghị quyết'],
      ['Nghị quyết số 18-NQ/TW', 'Nghị quyết'],
      ['số 19-NQ/TW', 'Nghị quyết'],
      ['Số 920-CTr/TU', 'Chương trình'],
      ['Nghị quyết số 18-NQ/TW', 'Nghị quyết'],
      ['số 1011-CTr/TU', 'Chương trình'],
      ['Nghị quyết số 19-NQ/TW', 'Nghị quyết'],
      ['Kế hoạch số 178/KH-UBND', 'Kế hoạch'],
    ]);
    expect(cs[0]?.issuer).toBe('Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng Khóa XII');
    expect(cs[3]?.issuer).toBe('Ban Chấp hành Đảng bộ tỉnh');
  });

  it('labels alias definitions and embedded mentions, with the asserted relation (§5.2)', () => {
    const r = extract(seed000);
    const roles = r.citations.map((c) => c.role);
    expect(roles).toEqual(['head', 'alias', 'head', 'head', 'embedded', 'head', 'embedded', 'head']);
    const embedded = r.citations[4] as Citation;
    expect(embedded.relation).toBe('cites');
    expect(embedded.asserted).toMatchObject({ subject: 3, relation: 'implements', subjectId: r.citations[3]?.id });
    expect(r.aliases).toEqual([expect.objectContaining({ alias: 'Nghị quyết số 18-NQ/TW', target: 0 })]);
  });

  it('gives the preamble trigger to every head of the paragraph (R4)', () => {
    const cs = only(seed000).filter((c) => c.role !== 'embedded');
    expect(new Set(cs.map((c) => c.relation))).toEqual(new Set(['implements']));
  });

  it('shares a trailing date and issuer with the first conjunct (R2)', () => {
    const cs = only('theo Quyết định số 217-QĐ/TW và Quyết định số 218- QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế');
    expect(cs.map((c) => [c.number, c.date, c.issuer])).toEqual([
      ['217-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
      ['218-QĐ/TW', '2013-12-12', 'Bộ Chính trị'],
    ]);
  });

  it('does not share a date across different types, nor across a year mismatch', () => {
    const cs = only('theo Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ngày 10/5/2025 của Bộ trưởng Bộ Tài chính');
    expect(cs[0]?.date).toBeNull();
    const cs2 = only('các Nghị định số 145/2020/NĐ-CP, số 12/2022/NĐ-CP ngày 17/01/2022');
    expect(cs2[0]?.date).toBeNull();
  });

  it('ignores "gọi tắt là" that names no document (R5 negative)', () => {
    const r = extract('Kế hoạch số 05-KH/ThU ngày 04/3/2022 (sau đây gọi tắt là cơ quan, đơn vị, địa phương)');
    expect(r.citations).toHaveLength(1);
    expect(r.aliases[0]?.alias).toBe('cơ quan, đơn vị, địa phương');
  });
});

describe('self-references and the document’s own number', () => {
  it('reports "Kế hoạch này" and the header number as self, not citations', () => {
    const text = 'ỦY BAN NHÂN DÂN\nSố: 96 /KH-UBND\nHà Tĩnh, ngày 23 tháng 3 năm 2020\nKẾ HOẠCH\nThực hiện năm dân vận khéo\n\nCăn cứ các nội dung của Kế hoạch này; theo Kế hoạch số 96/KH-UBND.';
    const r = extract(text);
    expect(r.citations).toEqual([]);
    expect(r.selfReferences.map((s) => s.reason).sort()).toEqual(['demonstrative', 'own-number']);
  });

  it('recognizes a law naming itself', () => {
    const text = 'QUỐC HỘI\nLuật số: 02/2011/QH13\n\nLUẬT\nKHIẾU NẠI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật khiếu nại.\nĐiều 1. Luật Tố cáo';
    const r = extract(text);
    expect(r.citations.map((c) => c.text)).toEqual(['Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'Luật Tố cáo']);
    expect(r.selfReferences.map((s) => s.text)).toContain('Luật khiếu nại');
  });

  it('excludes recipient lists, where TT and TTr mean Thường trực', () => {
    const text = 'Căn cứ Nghị định số 30/2020/NĐ-CP;\n\nNơi nhận:\n- TT Tỉnh ủy; TT HĐND tỉnh;\n- Chỉ thị số 99/CT-UBND;\n- Lưu: VT, NC1.';
    expect(only(text).map((c) => c.number)).toEqual(['30/2020/NĐ-CP']);
  });
});

describe('relations (spec §6.3)', () => {
  it('basis only in the preamble; the same words in the body cite', () => {
    const text = 'NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Việc làm\nCăn cứ Luật Việc làm số 74/2025/QH15;\nĐiều 1. Phạm vi\nCác cơ quan căn cứ Quyết định số 99-QĐ/TW của Ban Bí thư để cụ thể hóa.';
    const cs = only(text);
    expect(cs.map((c) => [c.text, c.relation])).toEqual([
      ['Luật Việc làm', 'guides'],
      ['Luật Việc làm số 74/2025/QH15', 'basis'],
      ['Quyết định số 99-QĐ/TW', 'cites'],
    ]);
  });

  it('amends, repeals and replaces from the operative verbs', () => {
    const text =
      'Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 100/2024/NĐ-CP như sau:\nĐiều 5. Hiệu lực\nNghị định này thay thế Nghị định số 12/2010/NĐ-CP. Bãi bỏ Điều 3 Thông tư số 26/2018/TT-BLĐTBXH. Nghị định số 110/2004/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực.';
    expect(only(text).map((c) => c.relation)).toEqual(['amends', 'replaces', 'repeals', 'repeals']);
  });

  it('an embedded "quy định chi tiết" asserts guides between the two cited documents', () => {
    const cs = only('Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động;');
    expect(cs.map((c) => [c.role, c.relation])).toEqual([
      ['head', 'basis'],
      ['embedded', 'cites'],
    ]);
    expect(cs[1]?.asserted?.relation).toBe('guides');
  });
});

describe('canonical ids (spec §4.3)', () => {
  it('one id for a document cited two ways; the type word does not change it', () => {
    const a = only('Quyết định số 217-QĐ/TW ngày 12/12/2013')[0];
    const b = only('Quy định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị')[0];
    expect(a?.id).toBe('dang:217-QĐ/TW#XI');
    expect(b?.id).toBe(a?.id);
  });

  it('two documents sharing a number get two ids, from place and year', () => {
    const ht = only('Kế hoạch số 178/KH-UBND ngày 04/6/2018 của UBND tỉnh', { context: { place: { province: 'Hà Tĩnh' } } })[0];
    const qn = only('Kế hoạch số 178/KH-UBND ngày 04/6/2018 của UBND tỉnh Quảng Ngãi')[0];
    const y19 = only('Kế hoạch số 178/KH-UBND ngày 02/7/2019 của UBND tỉnh Quảng Ngãi')[0];
    expect(ht?.id).toBe('vn:178/KH-UBND@tinh-ha-tinh#2018');
    expect(qn?.id).toBe('vn:178/KH-UBND@tinh-quang-ngai#2018');
    expect(y19?.id).toBe('vn:178/KH-UBND@tinh-quang-ngai#2019');
  });

  it('keeps Party 17-CT/TU and State 17/CT-UBND apart', () => {
    const cs = only('các Chỉ thị của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh: Số 17-CT/TU ngày 14/02/2017, số 17/CT-UBND ngày 10/4/2017', { context: { place: { province: 'Hà Tĩnh' } } });
    expect(cs.map((c) => c.id)).toEqual(['dang:17-CT/TU@tinh-ha-tinh#2015-2020', 'vn:17/CT-UBND@tinh-ha-tinh#2017']);
    expect(cs.map((c) => c.issuer)).toEqual(['Ban Thường vụ Tỉnh ủy', 'Ủy ban nhân dân tỉnh']);
  });

  it('marks an id that needs missing context, and fills it from a dated mention in the same document', () => {
    const [first, second] = only('Kế hoạch số 44/KH-UBND của UBND thị xã; sau đó Kế hoạch số 44/KH-UBND ngày 31/3/2022 của UBND thị xã', {
      context: { place: { province: 'Hà Tĩnh', district: 'thị xã Hồng Lĩnh' } },
    });
    expect(second?.id).toBe('vn:44/KH-UBND@tinh-ha-tinh.tx-hong-linh#2022');
    expect(first?.id).toBe(second?.id);
    const alone = only('Kế hoạch số 44/KH-UBND của UBND thị xã')[0];
    expect(alone?.id).toBe('vn:44/KH-UBND@?#?');
    expect(alone?.contextDependent).toBe(true);
  });

  it('reads the place of a district Party code from the context (spec §4.4 c)', () => {
    const [c] = only('Kế hoạch số 05-KH/ThU ngày 04/3/2022 về thực hiện Quy chế dân chủ', { context: { place: { province: 'Hà Tĩnh', district: 'thị xã Hồng Lĩnh' } } });
    expect(c?.id).toBe('dang:05-KH/ThU@tinh-ha-tinh.tx-hong-linh#2020-2025');
  });

  it('round-trips through parseId and formatId', () => {
    for (const id of ['vn:04/2015/NĐ-CP', 'dang:18-NQ/TW#XII', 'vn:178/KH-UBND@tinh-ha-tinh#2018', 'vn:luat:tiep-cong-dan', 'partial:CT:05@bo-chinh-tri']) {
      expect(formatId(parseId(id))).toBe(id);
    }
    expect(() => parseId('18-NQ/TW')).toThrow(/not a vanban id/);
  });
});

describe('output contract', () => {
  it('every citation validates against the schema and slices the input', () => {
    const text = 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 30/2020/NĐ-CP;';
    for (const c of only(text)) {
      expect(validateCitation(c)).toEqual(c);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('rejects invalid options with a clear message', () => {
    expect(() => extract('x', { context: { date: 'yesterday' } })).toThrow(/date/);
  });
});

describe('relations: classes of drafting read on the dev half of the relation gold (issue 16)', () => {
  it('the words of a quoted wording say nothing about the verb’s object ("theo", "cơ quan" inside the phrase struck out)', () => {
    const text =
      'Điều 2. Sửa đổi một số cụm từ\n1. Thay thế cụm từ “cơ quan Lao động” bằng cụm từ “cơ quan Nội vụ” tại khoản 3 Điều 8 Thông tư số 44/2022/TT-BTC.\n' +
      '2. Bãi bỏ cụm từ "(tùy theo phân cấp của từng địa phương)" tại khoản 2 Điều 8 Thông tư số 44/2022/TT-BTC.\n' +
      '3. Bãi bỏ các văn bản trái với quy định tại Nghị định số 12/2010/NĐ-CP.';
    expect(only(text).map((c) => [c.relation, c.scope?.whole])).toEqual([
      ['amends', false],
      ['repeals', false],
      ['cites', undefined],
    ]);
  });

  it('a clause whose struck-out phrases run past 200 characters keeps its verb', () => {
    const text =
      '5. Bãi bỏ nội dung “Hộ khẩu thường trú”, nội dung “Hiện có hộ khẩu thường trú tại”, nội dung “Nơi đăng ký hộ khẩu thường trú” tại Mẫu số 01, Mẫu số 02, Mẫu số 03, Mẫu số 05 và Mẫu số 06 ban hành kèm theo Thông tư số 01/2019/TT-BLĐTBXH ngày 02 tháng 01 năm 2019.';
    expect(only(text).map((c) => [c.relation, c.scope?.whole])).toEqual([['repeals', false]]);
  });
});

describe('a form annexed to an act cites the act with its serial left blank (issue 16)', () => {
  it('"Thông tư số …/2026/TT-BTC" of the same year, type and issuer is the document itself, the last actor of the passive act', () => {
    const text =
      'THÔNG TƯ\nSửa đổi một số điều\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định thủ tục.\n\nPhụ lục\nMẫu số 01\nĐƠN ĐỀ NGHỊ\n' +
      '- Căn cứ Thông tư số 12/2015/TT-BTC ngày 30/01/2015 của Bộ Tài chính quy định chi tiết thủ tục cấp chứng chỉ; cấp và thu hồi mã số nhân viên; trình tự công nhận, được sửa đổi, bổ sung bởi Thông tư số 22/2019/TT-BTC ngày 16/4/2019 và Thông tư số …/2026/TT-BTC ngày …/…/2026 của Bộ trưởng Bộ Tài chính;\n';
    const own = extract(text, { context: { number: '25/2026/TT-BTC' } });
    expect(own.citations.map((c) => [c.number, c.relation])).toEqual([
      ['12/2015/TT-BTC', 'amends'],
      ['22/2019/TT-BTC', 'cites'],
    ]);
    expect(own.selfReferences.map((r) => r.reason)).toEqual(['demonstrative', 'own-number']);
    // another circular's blank number (another year or issuer) is not this one
    const other = extract(text, { context: { number: '25/2026/TT-BYT' } });
    expect(other.citations.map((c) => c.relation)).toEqual(['cites', 'cites']);
  });
});

describe('a list of places acted on is the verb’s object, however it breaks (issue 16)', () => {
  it('semicolons between places, a colon before them, a line wrapped before an article number, and the next document’s places', () => {
    const text =
      'Điều 8. Thay thế một số cụm từ\n1. Thay thế cụm từ “Tổng cục Hải quan” bằng cụm từ “Cục Hải quan” tại:\nkhoản 2, điểm b khoản 3, khoản 8 Điều 3; khoản 4\nĐiều 11; khoản 3 Điều 15; Điều 17; khoản 2 Điều 18 Thông tư số 12/2015/TT-BTC; khoản 5, khoản 9 Điều 1; khoản 3 Điều 3 Thông tư số 22/2019/TT-BTC.\n' +
      '2. Bãi bỏ Mẫu số 08 ban hành kèm theo Thông tư số 12/2015/TT-BTC và các Mẫu số 07A, Mẫu số 07B ban hành kèm theo Thông tư số 22/2019/TT-BTC.\n' +
      '3. Cơ quan hải quan thực hiện theo quy định tại khoản 2 Điều 18 Thông tư số 12/2015/TT-BTC; khoản 3 Điều 3 Thông tư số 22/2019/TT-BTC.';
    expect(only(text).map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['12/2015/TT-BTC', 'amends', false],
      ['22/2019/TT-BTC', 'amends', false],
      ['12/2015/TT-BTC', 'repeals', false],
      ['22/2019/TT-BTC', 'repeals', false],
      ['12/2015/TT-BTC', 'cites', undefined],
      ['22/2019/TT-BTC', 'cites', undefined],
    ]);
  });
});

describe('items of an annex listing the documents repealed (issue 16)', () => {
  const annex =
    'Điều 1. Bãi bỏ văn bản\nBãi bỏ các văn bản tại Phụ lục kèm theo Thông tư này.\n\nPhụ lục I\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ\n' +
    'I. Lĩnh vực lao động\n1. Thông tư liên bộ số 24/TT-LB ngày 19/9/1994 của liên Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính hướng dẫn một số chế độ.\n' +
    'VI. Lĩnh vực Trẻ em\nThông tư số 29/2008/TT-BLĐTBXH ngày 28/11/2008 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn việc cấp thẻ\nkhám bệnh theo Nghị định số 36/2005/NĐ-CP.\n\n' +
    'Phụ lục II\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ MỘT PHẦN\nI. Lĩnh vực Người có công\nMục 1, Mục 2 Chương I; Điều 24, khoản 1\nĐiều 26 Mục 7 Chương I;\nChương II; Điều 52 Chương III Thông tư số 05/2013/TT-BLĐTBXH ngày 15/5/2013 của Bộ trưởng.\n';
  it('an unnumbered item alone under its section heading, and an item that opens with the places it ends', () => {
    expect(only(annex).map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['24/TT-LB', 'repeals', true],
      ['29/2008/TT-BLĐTBXH', 'repeals', true],
      ['36/2005/NĐ-CP', 'cites', undefined],
      ['05/2013/TT-BLĐTBXH', 'repeals', false],
    ]);
  });
  it('"Thông tư liên bộ" is the joint circular of before 1996', () => {
    expect(only(annex)[0]).toMatchObject({ text: 'Thông tư liên bộ số 24/TT-LB', type: 'Thông tư liên tịch' });
  });
});

describe('an express repeal is no succession (issue 16)', () => {
  it('the items of a list headed "…, bãi bỏ các quy định sau:" are repealed, however far the item is from the head', () => {
    const filler = 'tại khoản 2 Điều 11 và các nội dung có liên quan đến chế độ tiền lương, thù lao, tiền thưởng của người quản lý công ty';
    const text =
      'THÔNG TƯ\nHướng dẫn quản lý lao động\nĐiều 1. Phạm vi\nThông tư này hướng dẫn.\nĐiều 3. Hiệu lực thi hành\n1. Thông tư này có hiệu lực từ ngày 15 tháng 9 năm 2024. Kể từ ngày Thông tư này có hiệu lực thi hành, bãi bỏ các quy định sau:\n' +
      `a) Các cụm từ ${filler};\nb) Các cụm từ ${filler}, ${filler}, ${filler};\n` +
      'c) Thông tư số 31/2016/TT-BLĐTBXH ngày 25 tháng 10 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn quản lý lao động.\n' +
      '2. Thông tư số 36/2016/TT-BLĐTBXH ngày 11 tháng 11 năm 2016 hết hiệu lực kể từ ngày Thông tư này có hiệu lực.';
    expect(extract(text, { context: { type: 'Thông tư' } }).citations.map((c) => [c.number, c.relation])).toEqual([
      ['31/2016/TT-BLĐTBXH', 'repeals'],
      ['36/2016/TT-BLĐTBXH', 'replaces'],
    ]);
  });
});

describe('suspensions (issue 16)', () => {
  it('"Đối với <document> …: a) Ngưng hiệu lực …" acts on the document named first; "trong thời gian ngưng hiệu lực của" names a period', () => {
    const text =
      'Điều 1. Ngưng hiệu lực thi hành\n1. Đối với Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết việc đăng tải thông tin:\na) Ngưng hiệu lực thi hành từ ngày 01 tháng 8 năm 2022 đến ngày 15 tháng 9 năm 2022.\n' +
      '2. Đối với Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư, ngưng hiệu lực thi hành từ ngày 01 tháng 8 năm 2022.\n' +
      'Điều 2. Điều khoản chuyển tiếp\n1. Trong thời gian ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT, các văn bản sau tiếp tục có hiệu lực.\n' +
      '2. Đối với Thông tư số 01/2015/TT-BKHĐT, tiếp tục áp dụng.';
    expect(only(text).map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['08/2022/TT-BKHĐT', 'suspends', true],
      ['10/2022/TT-BKHĐT', 'suspends', true],
      ['08/2022/TT-BKHĐT', 'cites', undefined],
      ['01/2015/TT-BKHĐT', 'cites', undefined],
    ]);
  });
});

describe('a second document joined by "và" after the first one’s description shares its act (issue 16)', () => {
  it('amends and suspends carry over; a description with its own verb or condition does not', () => {
    const text =
      'Bộ trưởng Bộ Kế hoạch và Đầu tư ban hành Thông tư ngưng hiệu lực của Thông tư số 08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy định chi tiết việc cung cấp, đăng tải thông tin về đấu thầu và lựa chọn nhà thầu trên Hệ thống mạng đấu thầu quốc gia và Thông tư số 10/2022/TT-BKHĐT ngày 15 tháng 6 năm 2022.\n' +
      'Điều 3. Sửa đổi một số nội dung tại Mục 5.3 Chương III thuộc Mẫu số 02 ban hành kèm theo Thông tư số 12/2022/TT-BKHĐT ngày 30/6/2022 quy định chi tiết về lập hồ sơ (CPTPP) và Mục 5.3 Chương III thuộc Mẫu số 02 ban hành kèm theo Thông tư số 15/2022/TT-BKHĐT như sau:\n' +
      'Điều 51. Sửa đổi Điều 3 của Thông tư số 01/2020/TT-BKHĐT ngày 02 tháng 01 năm 2020 được áp dụng theo Thông tư số 02/2020/TT-BKHĐT.';
    expect(extract(text, { context: { type: 'Thông tư' } }).citations.map((c) => [c.number, c.relation])).toEqual([
      ['08/2022/TT-BKHĐT', 'suspends'],
      ['10/2022/TT-BKHĐT', 'suspends'],
      ['12/2022/TT-BKHĐT', 'amends'],
      ['15/2022/TT-BKHĐT', 'amends'],
      ['01/2020/TT-BKHĐT', 'amends'],
      ['02/2020/TT-BKHĐT', 'cites'],
    ]);
  });
  it('an amending law the text says it replaces is replaced, not repealed with its base', () => {
    const text = 'Điều 50. Hiệu lực thi hành\nLuật này thay thế Luật về sĩ quan Quân đội nhân dân Việt Nam ngày 30 tháng 12 năm 1981 và Luật sửa đổi, bổ sung một số điều của Luật về sĩ quan Quân đội nhân dân Việt Nam ngày 21 tháng 12 năm 1990.';
    expect(extract(text, { context: { type: 'Luật' } }).citations.map((c) => [c.text.slice(0, 12), c.relation])).toEqual([
      ['Luật về sĩ q', 'replaces'],
      ['Luật sửa đổi', 'replaces'],
    ]);
  });
});

describe('titles of amending acts (issue 16)', () => {
  it('the enacting formula names this act by its title, with the amended law’s number; a cited amending law’s title is a name, not a verb', () => {
    const own = 'LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12.\nĐiều 1. Sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế\n';
    expect(extract(own, { context: { type: 'Luật' } }).citations.find((c) => c.number === '25/2008/QH12')?.relation).toBe('amends');
    const end = 'Điều 95. Hiệu lực thi hành\n3. Bãi bỏ Mục 1 Chương VI Luật xây dựng số 16/2003/QH11 và Điều 2 Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ bản số 38/2009/QH12.';
    expect(extract(end, { context: { type: 'Luật' } }).citations.map((c) => [c.number, c.relation, c.alsoActs?.length ?? 0])).toEqual([
      ['16/2003/QH11', 'repeals', 0],
      ['38/2009/QH12', 'repeals', 0],
    ]);
  });
});

describe('a name given on the way is part of the first document’s description (issue 16)', () => {
  it('"… (sau đây gọi tắt là Thông tư số 26/2016/TT-BLĐTBXH) và Thông tư số 27/2016/TT-BLĐTBXH" shares the amendment', () => {
    const text =
      'Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 26/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn thực hiện quản lý lao động, tiền lương và tiền thưởng (sau đây gọi tắt là Thông tư số 26/2016/TT-BLĐTBXH) và Thông tư số 27/2016/TT-BLĐTBXH ngày 01 tháng 9 năm 2016 của Bộ trưởng.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations;
    expect(cs.filter((c) => c.relation === 'amends').map((c) => c.number)).toEqual(['26/2016/TT-BLĐTBXH', '27/2016/TT-BLĐTBXH']);
  });
});

describe('the repeals among an amending article’s items (issue 16)', () => {
  it('an article heading’s items run to the next article, whatever its first item says; the verb may stand alone on its line', () => {
    const text =
      'Điều 101. Sửa đổi, bổ sung một số điều của Luật quản lý thuế số 78/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 21/2012/QH13\n1. Sửa đổi\nkhoản 5 Điều 4 như sau:\n“5. Áp dụng chế độ ưu tiên.”\n' +
      '2. Bãi bỏ\nđiểm d khoản 3 Điều 77; bỏ cụm từ “tại trụ sở người nộp thuế theo quy định tại khoản 2 Điều 34 của Luật này” tại điểm a khoản 2 Điều 107.\nĐiều 102. Hiệu lực\nLuật này có hiệu lực từ ngày 01 tháng 01 năm 2015.';
    const c = extract(text, { context: { type: 'Luật' } }).citations[0];
    expect([c?.relation, c?.alsoActs?.map((a) => a.relation)]).toEqual(['amends', ['repeals']]);
  });

  it('an article heading may wrap over the amended document’s long title before its first item', () => {
    const text =
      'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH\nngày 15/10/2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng\ndẫn về bảo vệ việc làm của người tố cáo là người làm việc theo hợp đồng lao động\n' +
      '1. Sửa đổi Điều 4 như sau:\n“Điều 4. Trình tự, thủ tục bảo vệ”\n3. Bãi bỏ các điều 5 và 6.\nĐiều 2. Hiệu lực thi hành\nThông tư này có hiệu lực từ ngày 01/11/2021.';
    const c = extract(text, { context: { type: 'Thông tư' } }).citations[0];
    expect([c?.relation, c?.alsoActs?.map((a) => [a.relation, a.scope.part])]).toEqual(['amends', [['repeals', 'các điều 5 và 6']]]);
    // a wrapped line that ends a sentence is no heading: the items below belong to the paragraph it opens
    const chapeau = 'Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 08/2020/TT-BLĐTBXH.\nCác cơ quan thực hiện như sau:\n3. Bãi bỏ các điều 5 và 6.\nĐiều 2. Hiệu lực thi hành';
    expect(extract(chapeau, { context: { type: 'Thông tư' } }).citations[0]?.alsoActs).toBeUndefined();
  });
});

describe('a row of a ministry’s list of expired documents (issue 16)', () => {
  it('"- Hết hiệu lực một phần.\\n- Văn bản bãi bỏ một phần:\\nLuật số …" asserts a partial repeal of the row’s document by the act named', () => {
    const text = 'DANH MỤC VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN\n23\nLuật\n39/2019/QH14 ngày\n13/6/2019\nĐầu tư công\n01/01/2020\n- Hết hiệu lực một phần.\n- Văn bản bãi bỏ một phần:\nLuật số 03/2022/QH15 ngày\n11/01/2022.\n';
    const cs = extract(text, { context: { type: 'Quyết định' } }).citations;
    expect(cs.map((c) => [c.number, c.relation])).toEqual([
      ['39/2019/QH14', 'cites'],
      ['03/2022/QH15', 'cites'],
    ]);
    expect(cs[0]?.asserted).toMatchObject({ subject: 1, relation: 'repeals' });
    expect(cs[0]?.scope).toEqual({ whole: false, part: null });
  });
});

describe('a scope article that lists many places before the law it details (issue 16)', () => {
  it('"Nghị định này quy định chi tiết Điều 27, Điều 29, … và Điều 54 của Luật …" guides the law', () => {
    const text =
      'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 27, Điều 29, Điều 30, Điều 31, Điều 41,\nkhoản 2 và khoản 3 Điều 44, Điều 45, Điều 46, Điều 47, Điều 48, Điều 50,\nĐiều 52, Điều 53 và Điều 54 của Luật Thi hành án hình sự số 127/2025/QH15; hướng dẫn thi hành các quy định của Luật về kinh phí.';
    expect(extract(text, { context: { type: 'Nghị định' } }).citations.map((c) => [c.number, c.relation])).toEqual([['127/2025/QH15', 'guides']]);
  });
});

describe('an item that states its own verb under a heading of two acts (issue 16)', () => {
  it('"Điều 5. Thay thế Phụ lục, bãi bỏ một số khoản như sau:\\n1. Thay thế Phụ lục … của Nghị định số …" amends, "2. Bãi bỏ khoản …" repeals', () => {
    const text =
      'Điều 5. Thay thế Phụ lục, bãi bỏ một số khoản như sau:\n1. Thay thế Phụ lục phạm vi địa bàn hoạt động hải quan ban hành kèm theo Nghị định số 12/2018/NĐ-CP ngày 23 tháng 11 năm 2018 của Chính phủ bằng Phụ lục ban hành kèm theo Nghị định này.\n2. Bãi bỏ khoản 3 Điều 4 của Nghị định số 01/2015/NĐ-CP.';
    expect(extract(text, { context: { type: 'Nghị định' } }).citations.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['12/2018/NĐ-CP', 'amends', false],
      ['01/2015/NĐ-CP', 'repeals', false],
    ]);
  });
});

describe('a final clause that opens with the places it ends, or with the documents in the plural (issue 16)', () => {
  it('"2. Các quy định tại khoản 1 … Điều 5 Thông tư số … hết hiệu lực" repeals those places; "2. Các Nghị định số A …, B … hết hiệu lực" ends A', () => {
    const places =
      'Điều 4. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 14 tháng 8 năm 2023.\n2. Các quy định tại khoản 1, khoản 2 Điều 1, Điều 2, Điều 4 và khoản 2 Điều 5\nThông tư số 37/2021/TT-BLĐTBXH ngày 31 tháng 12 năm 2021 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn điều chỉnh lương hưu, trợ cấp bảo hiểm xã hội và trợ cấp hàng tháng, thời điểm hưởng lương hưu đối với trường hợp không còn hồ sơ gốc hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.\n';
    const c = extract(places, { context: { type: 'Thông tư' } }).citations[0];
    expect([c?.relation, c?.scope?.whole]).toEqual(['repeals', false]);
    const plural =
      'Điều 49. Hiệu lực thi hành\n2. Các Nghị định số 153/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ quy định về chào bán, giao dịch trái phiếu doanh nghiệp riêng lẻ tại thị trường trong nước và chào bán trái phiếu doanh nghiệp ra thị trường quốc tế, Nghị định số 65/2022/NĐ-CP ngày 16 tháng 9 năm 2022 sửa đổi, bổ sung một số điều của Nghị định số 153/2020/NĐ-CP hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành.\n';
    expect(extract(plural, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('replaces');
  });
});

describe('a new wording whose closing quote the source lost (issue 16)', () => {
  it('ends at the next article of the amending act, whose acts are this document’s again', () => {
    const text =
      'Điều 7. Sửa đổi, bổ sung Điều 23 như sau:\n“Điều 23. Xử lý kỷ luật đối với người tố cáo\n1. Người tố cáo bị xử lý kỷ luật.\n2. Điều 2. Quy định khác.\n' +
      'Điều 8. Thay thế một số biểu mẫu ban hành kèm theo Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều\nThay thế Mẫu số 02 tại Phụ lục ban hành kèm theo Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều bằng Mẫu số 02 ban hành kèm theo Nghị định này.\n' +
      'Điều 9. Điều khoản thi hành\nNghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n“Trích dẫn”.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations;
    expect(cs.map((c) => c.relation)).toEqual(['amends', 'amends']);
    // a quote that closes is read as before: an article inside it is the amended document's
    const closed = 'Điều 1. Sửa đổi, bổ sung Điều 1 và Điều 2 như sau:\n“Điều 1. Phạm vi\nĐiều 2. Sửa đổi Quyết định số 12/2020/QĐ-UBND theo quy định.”\nĐiều 2. Hiệu lực\n';
    expect(extract(closed, { context: { type: 'Nghị định' } }).citations.map((c) => c.relation)).toEqual(['cites']);
  });
});

describe('a guiding decree’s title cited in another act (issue 16)', () => {
  it('"… Nghị định số 31/2019/NĐ-CP … quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo": the law is in the decree’s description', () => {
    const text = 'Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết\nmột số điều và biện pháp tổ chức thi hành Luật Tố cáo.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations;
    expect(cs.map((c) => [c.relation, c.role, c.asserted?.relation ?? null])).toEqual([
      ['amends', 'head', null],
      ['cites', 'embedded', 'guides'],
    ]);
  });
});

describe('guidance followed is not guidance given (issue 16)', () => {
  it('"… theo hướng dẫn tại khoản 1 Mục II Thông tư số …" cites the circular; "Thông tư này hướng dẫn Nghị định số …" guides', () => {
    const follows = 'Điều 5. Xếp lương\nViệc xếp lương các chức danh theo quy định tại Thông tư này và thực hiện xếp lương theo hướng dẫn tại khoản 1 Mục II Thông tư số 02/2007/TT-BNV.\n';
    expect(extract(follows, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
    const gives = 'Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn thi hành một số điều của Nghị định số 115/2020/NĐ-CP.\n';
    expect(extract(gives, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('guides');
  });
});

describe('a suspension reported by a list of documents (issue 16)', () => {
  it('a listed title "Ngưng hiệu lực của Thông tư số …" and a row note "Văn bản ngưng hiệu lực …: Thông tư số …" are reported, not acts of the list', () => {
    const text =
      '61\nThông tư\n08/2022/TT-BKHĐT\nngày 31/5/2022\nQuy định chi tiết việc cung cấp thông tin về đấu thầu\n01/8/2022\n- Ngưng hiệu lực toàn bộ trong\nkhoảng thời gian xác định\n- Văn bản ngưng hiệu lực toàn\nbộ trong khoảng thời gian xác\nđịnh: Thông tư số 16/2022/TT-BKHĐT ngày 29/7/2022\n' +
      '65\nThông tư\n16/2022/TT-BKHĐT\nngày 29/7/2022\nNgưng hiệu lực của Thông tư số\n08/2022/TT-BKHĐT ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Kế hoạch và Đầu tư\n';
    const cs = extract(text, { context: { type: 'Quyết định' } }).citations;
    expect(cs.filter((c) => c.relation === 'suspends')).toEqual([]);
    expect(cs[0]?.asserted?.relation).toBe('suspends');
    expect(cs.map((c) => c.asserted?.relation ?? null)).toContain('suspends');
    expect(cs[cs.length - 1]?.role).toBe('embedded');
  });
});

describe('documents ended in one clause, parted by semicolons (issue 16)', () => {
  it('"2. Thông tư số A … nghề nghiệp; Thông tư số B … hết hiệu lực thi hành kể từ ngày …" ends both; B, an amending act, is replaced with its base', () => {
    const text =
      'Điều 24. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 25 tháng 6 năm 2024.\n2. Thông tư số 08/2017/TT-BLĐTBXH ngày 10 tháng 3 năm 2017 của Bộ trưởng\nBộ Lao động - Thương binh và Xã hội quy định chuẩn về chuyên môn, nghiệp vụ\ncủa nhà giáo giáo dục nghề nghiệp; Thông tư số 21/2020/TT-BLĐTBXH ngày 30\ntháng 12 năm 2020 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội sửa đổi,\nbổ sung một số điều của Thông tư số 08/2017/TT-BLĐTBXH ngày 10 tháng 3 năm 2017 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định chuẩn về chuyên môn, nghiệp vụ của nhà giáo giáo dục nghề nghiệp hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations;
    expect(cs.filter((c) => c.role === 'head').map((c) => [c.number, c.relation])).toEqual([
      ['08/2017/TT-BLĐTBXH', 'replaces'],
      ['21/2020/TT-BLĐTBXH', 'replaces'],
    ]);
  });
});

describe('the next item after the previous one’s description (issue 16)', () => {
  it('"…của Luật A về …;\\nđiểm 13 của Nghị quyết số …" shares the guiding verb; "Bãi bỏ … Thông tư số A … quy định về …; khoản 1 Điều 3 Thông tư số B" the repeal', () => {
    const guides =
      'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật\nBảo hiểm xã hội về bảo hiểm xã hội bắt buộc và chế độ đối với người lao động\nkhông đủ điều kiện hưởng lương hưu;\nđiểm 13 của Nghị quyết số 142/2024/QH15 ngày 29 tháng 6 năm 2024 của Quốc hội.\n';
    expect(extract(guides, { context: { type: 'Nghị định' } }).citations.map((c) => c.relation)).toEqual(['guides', 'guides']);
    const repeals =
      '2. Bãi bỏ khoản 3, khoản 4 Điều 12 Thông tư số 06/2017/TT-BLĐTBXH\nngày 08 tháng 3 năm 2017 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội\nquy định về tuyển dụng nhà giáo giáo dục nghề\nnghiệp; khoản 1 Điều 3 Thông tư số 34/2018/TT-BLĐTBXH ngày 26 tháng 12\nnăm 2018 của Bộ trưởng.\n';
    expect(extract(repeals, { context: { type: 'Thông tư' } }).citations.map((c) => [c.relation, c.scope?.whole])).toEqual([
      ['repeals', false],
      ['repeals', false],
    ]);
    // a description with a verb of its own ends the list: the next document is named in passing
    const passing = 'Nghị định này quy định chi tiết một số điều của Luật Bảo hiểm xã hội được sửa đổi theo yêu cầu; khoản 2 Điều 5 của Nghị định số 115/2015/NĐ-CP.\n';
    expect(extract(passing, { context: { type: 'Nghị định' } }).citations.map((c) => c.relation)).toEqual(['guides', 'cites']);
  });

  it('a name given to the previous item is part of its description ("(sau đây gọi là Luật Dẫn độ); Điều 10, Điều 11 của Luật …")', () => {
    const text =
      'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 11 của Luật Dẫn độ số\n100/2025/QH15 (sau đây gọi là Luật Dẫn độ); Điều 10, Điều 11 của Luật\nChuyển giao người đang chấp hành án phạt tù số 101/2025/QH15 (sau đây gọi\nlà Luật Chuyển giao người đang chấp hành án phạt tù) và Điều 15 của Luật\nTương trợ tư pháp về hình sự số 103/2025/QH15.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation])).toEqual([
      ['100/2025/QH15', 'guides'],
      ['101/2025/QH15', 'guides'],
      ['103/2025/QH15', 'guides'],
    ]);
  });
});

describe('a decree that ends a Prime Minister’s decision succeeds it (issue 16)', () => {
  it('"Quyết định số 73/2011/QĐ-TTg … hết hiệu lực" in a decree replaces it; a ministry’s decision ended by a decree is repealed', () => {
    const text = (n: string): string =>
      `Điều 10. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 15 tháng 7 năm 2026.\n2. Quyết định số ${n} ngày 28 tháng 12 năm 2011 của Thủ tướng Chính phủ quy định về một số chế độ phụ cấp đặc thù đối với công chức, viên chức, người lao động trong các cơ sở y tế công lập hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n`;
    expect(extract(text('73/2011/QĐ-TTg'), { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('replaces');
    expect(extract(text('73/2011/QĐ-BYT'), { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('repeals');
  });
});

describe('a set of provisions named by what they are about is a part (issue 16)', () => {
  it('"Bãi bỏ các quy định liên quan đến … quy định tại Nghị định số …" repeals a part; "Bãi bỏ các quy định tại Luật …" the whole', () => {
    const part = '2. Bãi bỏ các quy định liên quan đến người hoạt động không chuyên\ntrách ở thôn, tổ dân phố quy định tại Nghị định số 33/2023/NĐ-CP ngày 10\ntháng 6 năm 2023 của Chính phủ quy định về cán bộ./.\n';
    expect(extract(part, { context: { type: 'Nghị định' } }).citations[0]?.scope?.whole).toBe(false);
    const ended = '1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2024. Những\nchỉ tiêu phân công cho Tổng cục Thống kê chủ trì thu thập quy định tại Thông tư\nsố 05/2017/TT-BKHĐT ngày 30/11/2017 của Bộ trưởng Bộ Kế hoạch và Đầu tư\nhết hiệu lực kể từ khi Thông tư này có hiệu lực.\n';
    expect(extract(ended, { context: { type: 'Thông tư' } }).citations.map((c) => [c.relation, c.scope?.whole])).toEqual([['repeals', false]]);
    const whole = 'Điều 2. Bãi bỏ các quy định tại Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ.\n';
    expect(extract(whole, { context: { type: 'Nghị định' } }).citations[0]?.scope?.whole).toBe(true);
  });
});

describe('a repeal whose object is pinned to places (issue 16)', () => {
  it('"Bãi bỏ quy định về phụ cấp … đối với nhà giáo … quy định tại Điều 4, … và Điều 9 Nghị định số …" repeals those articles', () => {
    const text = '7. Bãi bỏ quy định về phụ cấp đặc thù đối với nhà giáo dạy tích hợp và phụ\ncấp ưu đãi đối với nhà giáo dạy người khuyết tật quy định tại Điều 4, Điều 5,\nĐiều 6, Điều 7, Điều 8 và Điều 9 Nghị định số 113/2015/NĐ-CP ngày 09 tháng\n11 năm 2015 của Chính phủ.\n';
    expect(extract(text, { context: { type: 'Nghị định' } }).citations.map((c) => [c.relation, c.scope?.whole])).toEqual([['repeals', false]]);
    // a standard the repealed text breaks is no object; nor is a document after "bổ sung" used as a noun
    const standard = '2. Bãi bỏ văn bản của Ủy ban nhân dân cấp dưới trái với quy định tại Điều 5 Nghị định số 113/2015/NĐ-CP.\n';
    expect(extract(standard, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('cites');
    const noun = 'a) Cơ quan tiếp tục chi bổ sung thu nhập cho người lao động theo quy chế chi tiêu nội bộ, đảm bảo quy định tại khoản 2 Điều 24 Nghị định số 233/2025/NĐ-CP.\n';
    expect(extract(noun, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('cites');
  });
});

describe('the documents of one final clause, however they are joined (issue 16)', () => {
  it('"2. Các Nghị định số A …, Nghị định số B … của Nghị định số A và Nghị định số C ngày … hết hiệu lực" ends A, B and C', () => {
    const text =
      'Điều 49. Hiệu lực thi hành\n2. Các Nghị định số 153/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của\nChính phủ quy định về chào bán, giao dịch trái phiếu doanh nghiệp riêng lẻ tại\nthị trường trong nước và chào bán trái phiếu doanh nghiệp ra thị trường quốc\ntế, Nghị định số 65/2022/NĐ-CP ngày 16 tháng 9 năm 2022 sửa đổi, bổ sung\nmột số điều của Nghị định số 153/2020/NĐ-CP và Nghị định số 08/2023/NĐ-\nCP ngày 05 tháng 3 năm 2023 sửa đổi, bổ sung và ngưng hiệu lực thi hành một\nsố điều tại các Nghị định quy định về chào bán trái phiếu doanh\nnghiệp riêng lẻ hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực\nthi hành.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations;
    expect(cs.map((c) => [c.number, c.role, c.relation])).toEqual([
      ['153/2020/NĐ-CP', 'head', 'replaces'],
      ['65/2022/NĐ-CP', 'head', 'replaces'],
      ['153/2020/NĐ-CP', 'embedded', 'cites'],
      ['08/2023/NĐ-CP', 'head', 'replaces'],
    ]);
  });

  it('an ended document that details what this one does not is repealed, not succeeded', () => {
    const text =
      'NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Thi hành án hình sự\n\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều.\nĐiều 44. Hiệu lực thi hành\n2. Nghị định số 118/2024/NĐ-CP ngày 30 tháng 9 năm 2024 quy định chi\ntiết thi hành một số điều của Luật Thi hành án hình sự và Nghị định số\n09/2023/NĐ-CP ngày 13 tháng 3 năm 2023 quy định chi tiết thi hành Nghị\nquyết số 54/2022/QH15 ngày 16 tháng 6 năm 2022 của Quốc hội thí điểm mô\nhình tổ chức hoạt động lao động cho phạm nhân ngoài\ntrại giam hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.\n';
    const cs = extract(text, { context: { type: 'Nghị định', date: '2026-05-15' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number ?? c.text, c.relation])).toEqual([
      ['Luật Thi hành án hình sự', 'guides'],
      ['118/2024/NĐ-CP', 'replaces'],
      ['09/2023/NĐ-CP', 'repeals'],
    ]);
  });
});

describe('the article on a document’s scope (issue 16)', () => {
  it('a clause that opens with the guiding verb, and places parted by semicolons, keep the document as the actor', () => {
    const clause = 'Điều 1. Phạm vi điều chỉnh\n1. Quy định chi tiết Điều 11, Điều 12, khoản 3 Điều 26, Điều 34 của Luật Tương trợ tư pháp về dân sự số 102/2025/QH15.\n2. Quy định biện pháp quản lý nhà nước.\n';
    expect(extract(clause, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('guides');
    const places = 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Điều 9, trừ nội dung về chi phí thi hành án\ndân sự; khoản 5 Điều 22; Điều 24; khoản 9 Điều 25 và biện pháp hướng dẫn\nthi hành Luật Thi hành án dân sự số 106/2025/QH15.\n';
    expect(extract(places, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('guides');
    // elsewhere such a clause has no actor written: it cites
    const other = 'Điều 5. Trách nhiệm của Bộ Tư pháp\n1. Hướng dẫn các cơ quan thực hiện Luật Tương trợ tư pháp về dân sự số 102/2025/QH15.\n';
    expect(extract(other, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('cites');
  });
});

describe('a submission acts on nothing (issue 16)', () => {
  it('"Chính phủ ban hành Nghị định số A …, thay thế Nghị định số B" in a tờ trình reports; the same words in a decision act', () => {
    const text =
      '1. Căn cứ pháp lý liên quan\nNgày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP\nquy định về tổ chức, hoạt động và quản lý hội, có hiệu lực thi hành từ\n26/11/2024, thay thế Nghị định số 45/25010/NĐ-CP ngày 21/4/2010 Chính phủ\nquy định về tổ chức, hoạt động và quản lý hội và Nghị định số 33/2012/NĐ-CP\nngày 13/4/2012 của Chính phủ.\n';
    expect(extract(text, { context: { type: 'Tờ trình' } }).citations.map((c) => c.relation)).toEqual(['cites', 'cites']);
    expect(extract(text, { context: { type: 'Báo cáo' } }).citations.map((c) => c.relation)).toEqual(['cites', 'cites']);
    // what it reports is the named decree's act, asserted
    const replaced = extract(text, { context: { type: 'Tờ trình' } }).citations[1];
    expect([replaced?.asserted?.relation, replaced?.asserted?.subjectId, replaced?.scope?.whole]).toEqual(['replaces', 'vn:126/2024/NĐ-CP', true]);
    expect(extract(text, { context: { type: 'Quyết định' } }).citations[1]?.relation).toBe('replaces');
  });
});

describe('an ending "kể từ khi" this act takes effect (issue 16)', () => {
  it('"2. Thông tư số A … và Thông tư số B … sửa đổi … hết hiệu lực kể từ khi Thông tư này có hiệu lực" ends both', () => {
    const text =
      'Điều 13. Hiệu lực thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 12 năm 2025.\n2. Thông tư số 20/2016/TT-BTC ngày 03 tháng 02 năm 2016 của Bộ trưởng\nBộ Tài chính hướng dẫn thực hiện cơ chế quản lý tài chính về bảo hiểm xã hội và Thông tư số 24/2020/TT-BTC ngày 13 tháng 4 năm 2020\ncủa Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số\n20/2016/TT-BTC hết hiệu lực kể từ khi Thông tư này có hiệu lực thi hành.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['20/2016/TT-BTC', 'replaces', true],
      ['24/2020/TT-BTC', 'replaces', true],
    ]);
  });
});

describe('the documents an ending names share its act across the first one’s title (issue 16)', () => {
  it('"Bãi bỏ Thông tư số A … quy định về … và Thông tư số B …" repeals both', () => {
    const text =
      'Điều 19. Hiệu lực thi hành\n2. Bãi bỏ Thông tư số 26/2011/TT-BKHCN ngày 04 tháng 10 năm 2011 của\nBộ trưởng Bộ Khoa học và Công nghệ quy định về trang phục, phù hiệu, biển tên,\nthẻ kiểm soát viên chất lượng và Thông tư số 10/2015/TT-BKHCN ngày 19 tháng 6\nnăm 2015 của Bộ trưởng Bộ Khoa học và Công nghệ sửa đổi, bổ sung một số điều\ncủa Thông tư số 26/2011/TT-BKHCN.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['26/2011/TT-BKHCN', 'repeals', true],
      ['10/2015/TT-BKHCN', 'repeals', true],
    ]);
  });
  it('"Thông tư này thay thế Thông tư số A … hướng dẫn …; Thông tư số B …" replaces both, the title’s "hướng dẫn" is no verb of the list', () => {
    const text =
      'Điều 9. Hiệu lực thi hành\n2. Thông tư này thay thế Thông tư số 40/2021/TT-BTC ngày 01 tháng 6\nnăm 2021 của Bộ trưởng Bộ Tài chính hướng dẫn thuế giá trị gia tăng đối với hộ kinh doanh; Thông\ntư số 100/2021/TT-BTC ngày 15 tháng 11 năm 2021 của Bộ trưởng Bộ Tài chính\nsửa đổi, bổ sung một số điều của Thông tư số 40/2021/TT-BTC.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation])).toEqual([
      ['40/2021/TT-BTC', 'replaces'],
      ['100/2021/TT-BTC', 'replaces'],
    ]);
  });
});

describe('"chấm dứt hiệu lực", an ending as "hết hiệu lực" (issue 16)', () => {
  const text =
    'Điều 3. Tổ chức thực hiện\n2. Hiệu lực thi hành\nb) Kể từ ngày Nghị quyết này có hiệu lực thi hành, các quy định về phê\nduyệt kế hoạch đặt hàng sau đây chấm dứt hiệu lực:\nđiểm h khoản 1 Điều 182 Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12\nnăm 2021 của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu\nđãi người có công với cách mạng (Nghị định số 131/2021/NĐ-CP); khoản 4 Điều\n12 Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ quy\nđịnh mức hưởng trợ cấp (Nghị định số 75/2021/NĐ-CP) và điểm d khoản 4 Điều 1 Nghị định số\n55/2023/NĐ-CP ngày 21 tháng 7 năm 2023 của Chính phủ.\nc) Trong thời gian Nghị quyết này có hiệu lực, trường hợp có quy định\nkhác nhau giữa Nghị quyết này và Nghị định số 128/2025/NĐ-CP thì áp dụng Nghị quyết này.\n';
  it('the places after its colon, listed without marks and each given a short name in parentheses, are ended; the next point is no item of that list', () => {
    const cs = extract(text, { context: { type: 'Nghị quyết' } }).citations;
    expect(cs.filter((c) => c.role === 'head').map((c) => [c.number, c.relation, c.scope?.whole ?? null])).toEqual([
      ['131/2021/NĐ-CP', 'repeals', false],
      ['75/2021/NĐ-CP', 'repeals', false],
      ['55/2023/NĐ-CP', 'repeals', false],
      ['128/2025/NĐ-CP', 'cites', null],
    ]);
    // the number alone in parentheses is the short name given to the document before it
    expect(cs.filter((c) => c.role === 'alias').map((c) => c.number)).toEqual(['131/2021/NĐ-CP', '75/2021/NĐ-CP']);
  });
  it('"3. Điều 25 Nghị định số A …; Điều 48 … Nghị định số B … chấm dứt hiệu lực kể từ ngày …" ends both parts', () => {
    const clause = 'Điều 58. Hiệu lực thi hành\n3. Điều 25 Nghị định số 55/2024/NĐ-CP ngày 16 tháng 5 năm 2024 của\nChính phủ quy định chi tiết một số điều của Luật Bảo vệ quyền lợi người\ntiêu dùng; Điều 48 và Phụ lục XIV ban hành kèm theo Nghị định số\n146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 quy định về phân quyền chấm dứt hiệu lực kể từ ngày Nghị\nđịnh này có hiệu lực thi hành.\n';
    const cs = extract(clause, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['55/2024/NĐ-CP', 'repeals', false],
      ['146/2025/NĐ-CP', 'repeals', false],
    ]);
  });
});

describe('a law or ordinance named in lower case, pinned by its number or year (issue 16)', () => {
  it('"Pháp lệnh hành nghề y, dược tư nhân số 07/2003/PL-UBTVQH11" is one citation; "Pháp lệnh luật sư năm 2001" is read; a clause is no name', () => {
    const one = extract('Điều 90. Hiệu lực thi hành\nPháp lệnh hành nghề y, dược tư nhân số 07/2003/PL-UBTVQH11  hết hiệu lực kể từ ngày Luật này có hiệu lực.\n').citations;
    expect(one.map((c) => [c.text, c.form])).toEqual([['Pháp lệnh hành nghề y, dược tư nhân số 07/2003/PL-UBTVQH11', 'law-with-number']]);
    const about = extract('Pháp lệnh về nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam số 24/1999/PL-UBTVQH10 hết hiệu lực.').citations;
    expect(about.map((c) => c.text)).toEqual(['Pháp lệnh về nhập cảnh, xuất cảnh, cư trú của người nước ngoài tại Việt Nam số 24/1999/PL-UBTVQH10']);
    const year = extract('Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2007.\nPháp lệnh luật sư năm 2001 hết hiệu lực kể từ ngày Luật này có hiệu lực.\n').citations;
    expect(year.map((c) => [c.text, c.year])).toEqual([['Pháp lệnh luật sư năm 2001', 2001]]);
    // a clause between the type word and a year names nothing
    expect(extract('Pháp lệnh này được ban hành năm 2001.').citations).toEqual([]);
    expect(extract('Pháp lệnh có hiệu lực từ ngày 01 tháng 7 năm 2001.').citations).toEqual([]);
  });
});

describe('a circular succeeds a minister’s normative decision (issue 16)', () => {
  it('"Quyết định số 18/2007/QĐ-BLĐTBXH … hết hiệu lực" in a circular replaces it; an administrative decision without a year is repealed', () => {
    const text =
      'Điều 30. Hiệu lực thi hành\n2. Các văn bản sau đây hết hiệu lực thi hành kể từ ngày Thông tư này có hiệu lực thi hành:\na) Quyết định số 18/2007/QĐ-BLĐTBXH ngày 18 tháng 7 năm 2007 của Bộ\ntrưởng Bộ Lao động - Thương binh và Xã hội ban hành chương trình bồi dưỡng kiến thức;\nb) Quyết định số 1731/QĐ-BKHĐT ngày 15 tháng 10 năm 2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư về việc giao nhiệm vụ.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation])).toEqual([
      ['18/2007/QĐ-BLĐTBXH', 'replaces'],
      ['1731/QĐ-BKHĐT', 'repeals'],
    ]);
    // a decree ending the same decision does not succeed a minister's rules
    expect(extract(text, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('repeals');
  });
});

describe('the documents of a final clause across their titles (issue 16)', () => {
  it('semicolons inside a title that lists fields do not part the clause; a clause may open after the previous sentence', () => {
    const text =
      'Điều 40. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 25 tháng 6 năm 2026.\n2. Nghị định số 35/2019/NĐ-CP ngày 25 tháng 4 năm 2019 của Chính phủ\nquy định xử phạt vi phạm hành chính trong lĩnh vực lâm nghiệp; Điều 1 Nghị\nđịnh số 07/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ sửa đổi,\nbổ sung một số điều của các Nghị định về xử phạt vi phạm hành chính trong\nlĩnh vực lâm nghiệp; bảo vệ và kiểm dịch thực vật; thú y; chăn nuôi hết hiệu\nlực kể từ ngày Nghị định này có hiệu lực thi hành.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['35/2019/NĐ-CP', 'replaces', true],
      ['07/2022/NĐ-CP', 'repeals', false],
    ]);
    const sentence = 'Điều 39. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 15 tháng 5 năm 2022. Thông tư\nsố 09/2017/TT-BLĐTBXH ngày 13 tháng 3 năm 2017 của Bộ trưởng Bộ Lao\nđộng - Thương binh và Xã hội quy định việc tổ chức đào tạo theo niên chế; quy chế kiểm tra, thi hết hiệu\nlực kể từ ngày Thông tư này có hiệu lực thi hành.\n';
    expect(extract(sentence, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('replaces');
  });
  it('an ended document’s title may say what it amended, and one place word may number several articles', () => {
    const text =
      '3. Bãi bỏ Điều 10 của Nghị định số 18/2026/NĐ-CP ngày 14 tháng 01 năm\n2026 của Chính phủ sửa đổi, bổ sung một số nghị định để cắt giảm thủ tục hành chính thuộc phạm vi quản lý của Bộ Tư\npháp; các Điều 27, 28, 29 và 30 của Nghị định số 121/2025/NĐ-CP ngày 11\ntháng 6 năm 2025 của Chính phủ quy định về phân quyền.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole, (c.alsoActs ?? []).length])).toEqual([
      ['18/2026/NĐ-CP', 'repeals', false, 0],
      ['121/2025/NĐ-CP', 'repeals', false, 0],
    ]);
  });
  it('"theo phương thức …" in a replaced decree’s title is no condition of the list', () => {
    const text =
      '2. Nghị định này thay thế Nghị định số 40/2018/NĐ-CP ngày 12 tháng 3\nnăm 2018 của Chính phủ về quản lý hoạt động kinh doanh theo phương thức đa\ncấp; Nghị định số 18/2023/NĐ-CP ngày 28 tháng 4 năm 2023 của Chính phủ\nsửa đổi, bổ sung một số điều của Nghị định số 40/2018/NĐ-CP.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation])).toEqual([
      ['40/2018/NĐ-CP', 'replaces'],
      ['18/2023/NĐ-CP', 'replaces'],
    ]);
  });
});

describe('a replacement of a part: amended wording, or provisions this act takes over (issue 16)', () => {
  it('"1. Thay thế cụm từ “…” bằng cụm từ “…” tại Điều 1, … Thông tư số A, khoản 7 … Thông tư số B" amends both, however long the phrases', () => {
    const text =
      'Điều 2. Sửa đổi, bổ sung, thay thế một số từ, cụm từ, mẫu\n1. Thay thế cụm từ “hàng hóa xuất khẩu, nhập khẩu có yêu cầu bảo vệ quyền\nsở hữu trí tuệ” bằng cụm từ “hàng hóa xuất khẩu, nhập khẩu liên quan đến quyền\nsở hữu trí tuệ” tại Điều 1, khoản 4 Điều 4, tên Chương II Thông tư số 13/2015/TT-\nBTC, khoản 7, khoản 9 Điều 1 Thông tư số 13/2020/TT-BTC.\n2. Thay thế cụm từ “Tổng cục Hải quan (Cục Giám sát quản lý về hải quan)”\nbằng cụm từ “Cục Hải quan” tại khoản 3, khoản 4 Điều 7 Thông tư số 13/2015/TT-\nBTC khoản 4, khoản 6 Điều 1 Thông tư số\n13/2020/TT-BTC.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation])).toEqual([
      ['13/2015/TT-BTC', 'amends'],
      ['13/2020/TT-BTC', 'amends'],
      ['13/2015/TT-BTC', 'amends'],
      ['13/2020/TT-BTC', 'amends'],
    ]);
  });
  it('"Thông tư này … thay thế nội dung về … quy định tại Thông tư số …" replaces that part', () => {
    const text =
      'Điều 4. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 4 năm 2026 và thay\nthế nội dung về đầu tư ra nước ngoài quy định tại Thông tư số 03/2021/TT-\nBKHĐT ngày 09 tháng 4 năm 2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư quy\nđịnh mẫu văn bản, báo cáo liên quan đến hoạt động đầu tư.\n';
    const c = extract(text, { context: { type: 'Thông tư' } }).citations[0];
    expect([c?.relation, c?.scope?.whole]).toEqual(['replaces', false]);
    // a new wording put in the place of the part ("… bằng …") amends it
    const wording = '1. Thay thế Phụ lục II ban hành kèm theo Thông tư số 03/2021/TT-BKHĐT bằng Phụ lục I ban hành kèm theo Thông tư này.\n';
    expect(extract(wording, { context: { type: 'Thông tư' } }).citations[0]?.relation).toBe('amends');
  });
});

describe('a title that reports an amendment naming what it touched (issue 16)', () => {
  it('"Sửa đổi … Nghị định số A … đã được sửa đổi, bổ sung một số điều bởi Nghị định số B" amends A and cites B', () => {
    const text =
      'NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 181/2025/NĐ-CP ngày 01\ntháng 7 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều\ncủa Luật Thuế giá trị gia tăng đã được sửa đổi, bổ sung một số điều bởi\nNghị định số 359/2025/NĐ-CP ngày 31 tháng 12 năm 2025 của Chính phủ\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number ?? c.text, c.relation])).toEqual([
      ['181/2025/NĐ-CP', 'amends'],
      ['359/2025/NĐ-CP', 'cites'],
      ['63/2025/QH15', 'basis'],
    ]);
  });
});

describe('a final clause that opens with the day it ends its documents (issue 16)', () => {
  it('"2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định số A … và Điều 2 Nghị định số B … ; … hết hiệu lực thi hành." ends both', () => {
    const text =
      'Điều 38. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.\n2. Kể từ ngày Nghị định này có hiệu lực thi hành, Nghị định\nsố 128/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định xử\nphạt vi phạm hành chính trong lĩnh vực hải quan và Điều 2 Nghị định số\n102/2021/NĐ-CP ngày 16 tháng 11 năm 2021 của Chính phủ sửa đổi, bổ\nsung một số điều của các Nghị định về xử phạt vi phạm hành chính trong\nlĩnh vực thuế, hóa đơn; hải quan; dự trữ\nquốc gia; Kho bạc Nhà nước; kế toán, kiểm toán độc lập hết hiệu lực thi\nhành.\n';
    const cs = extract(text, { context: { type: 'Nghị định' } }).citations.filter((c) => c.role === 'head');
    expect(cs.map((c) => [c.number, c.relation, c.scope?.whole])).toEqual([
      ['128/2020/NĐ-CP', 'replaces', true],
      ['102/2021/NĐ-CP', 'repeals', false],
    ]);
  });
});

describe('a programme cited by its title is not guided (issue 16)', () => {
  it('"Thông tư này hướng dẫn … thuộc Chương trình mục tiêu quốc gia …" cites the programme', () => {
    const text = 'Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn một số nội dung thực hiện hỗ trợ việc làm bền vững thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.\n';
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations;
    expect(cs.map((c) => [c.form, c.relation])).toEqual([['titled', 'cites']]);
  });
});

describe('a final clause that takes a matter out of a document’s reach (issue 16)', () => {
  it('"2. Nghị định số A … không áp dụng với tương trợ tư pháp về dân sự kể từ ngày …" repeals that part of A', () => {
    const text =
      'Điều 24. Hiệu lực thi hành\n1. Nghị định này có hiệu lực kể từ ngày 01 tháng 7 năm 2026.\n\n2. Nghị định số 92/2008/NĐ-CP ngày 22 tháng 8 năm 2008 của Chính phủ\nquy định chi tiết và hướng dẫn thi hành một số điều của Luật Tương trợ tư pháp\nkhông áp dụng với tương trợ tư pháp về dân sự kể từ ngày Nghị định này có\nhiệu lực.\n';
    const c = extract(text, { context: { type: 'Nghị định' } }).citations.find((x) => x.number === '92/2008/NĐ-CP');
    expect([c?.relation, c?.scope?.whole, c?.scope?.part]).toEqual(['repeals', false, 'không áp dụng với tương trợ tư pháp về dân sự']);
    // the same words elsewhere are a rule of application
    const body = 'Điều 5. Áp dụng pháp luật\nTrường hợp này thực hiện theo Nghị định số 92/2008/NĐ-CP, không áp dụng với tương trợ tư pháp về dân sự kể từ ngày 01 tháng 7 năm 2026.\n';
    expect(extract(body, { context: { type: 'Nghị định' } }).citations[0]?.relation).toBe('cites');
  });
});

describe('bounded work on a final clause’s list (issue 16)', () => {
  it('a long clause of semicolons, spaces and line breaks with no ending is read in bounded time', () => {
    const text = '2. Thông tư số 20/2016/TT-BTC ngày 03 tháng 02 năm 2016 của Bộ Tài chính' + '; \n  Kho bạc; khoản 2 Điều 3; Thông tư số 24/2020/TT-BTC'.repeat(300) + ' có hiệu lực.\n';
    const t0 = Date.now();
    const cs = extract(text, { context: { type: 'Thông tư' } }).citations;
    expect(cs.length).toBeGreaterThan(300);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
