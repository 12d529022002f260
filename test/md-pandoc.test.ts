import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument, type Document } from '../src/doc/index.js';
import { readMarkdown } from '../src/doc/readers/md.js';
import { SHARED } from './helpers/score.js';

/**
 * The pandoc Markdown of ../shared/corpus/dvhcvn2025: the Standing Committee's resolutions
 * 1654-1681/NQ-UBTVQH15 on the 2025 reorganization of communes, the Central Committee's
 * 60-NQ/TW, and Phụ lục I of Công văn 1027/CTK-CSCL (the commune code list). Their headers
 * and signatures are pandoc tables: multiline tables (rows of dashes whose runs give the
 * columns) and grid tables ("+---+" borders), laid out by display width over partly NFD text;
 * hyphens are escaped ("\-"), line breaks are a trailing "\", the code list is pipe tables
 * with "<br>" in cells.
 *
 * Expected values were read from the files (header tables, signature tables, the appendix's
 * note). MANIFEST.tsv agrees with them on number, type and date for all 30 files; its "Công
 * văn" for 1027_CTK-CSCL.md is the type of the letter the file is the appendix of (the file
 * itself is Phụ lục I, with no header of its own: its identity comes from its note
 * "(Ban hành kèm theo Công văn số 1027/CTK-CSCL ngày 25 tháng 6 năm 2025 của Cục Thống kê)").
 */
const DIR = join(SHARED, 'corpus', 'dvhcvn2025');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();
const source = (f: string): string => readFileSync(join(DIR, f), 'utf8');
const MANIFEST = new Map(
  readFileSync(join(DIR, 'MANIFEST.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .map((r) => [r[0] as string, { number: r[4] as string, type: r[5] as string, date: r[6] as string }]),
);

const docs = new Map<string, Document>();
beforeAll(async () => {
  for (const f of FILES) docs.set(f, await readDocument(join(DIR, f)));
}, 120_000);
const doc = (f: string): Document => docs.get(f) as Document;

const MARKUP = /[\\*|]|<br/iu;
const nfc = (s: string): string => s.normalize('NFC');

describe('dvhcvn2025: identity of every file', () => {
  it('has the 30 documents of the manifest', () => {
    expect(FILES).toHaveLength(30);
    expect([...MANIFEST.keys()].sort()).toEqual(FILES);
  });

  it.each(FILES)('%s: number, date, type and issuer, as the manifest says, with no markup left', (f) => {
    const id = doc(f).identity;
    const m = MANIFEST.get(f);
    expect(id.number).toBe(m?.number);
    expect(id.date?.iso).toBe(m?.date);
    expect(id.type).toBe(m?.type);
    expect(id.issuer?.name).toBeTruthy();
    const fields = [id.issuer?.name, id.issuer?.parent, id.signer?.name, id.signer?.title, id.title, id.place?.written, ...id.recipients];
    for (const s of fields) {
      if (s == null) continue;
      expect(s, `${f}: ${s}`).not.toMatch(MARKUP);
      expect(s).toBe(nfc(s));
      expect(s).toBe(s.trim());
    }
  });

  const resolutions = FILES.filter((f) => /^16\d\d_NQ-UBTVQH15\.md$/.test(f));
  it.each(resolutions)('%s: the Standing Committee, signed by its chairman', (f) => {
    const id = doc(f).identity;
    // "ỦY BAN THƯỜNG VỤ\" over "QUỐC HỘI\" in the left column of the header table
    expect(id.issuer).toMatchObject({ name: 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', parent: null, source: 'header' });
    expect(id.level).toBe('central');
    expect(id.title).toMatch(/^VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA (?:TỈNH|THÀNH PHỐ) \p{Lu}[\p{Lu} ]+ NĂM 2025$/u);
    // the right column of the signature table (a grid table in most files, a multiline one in 1662 and 1671)
    expect(id.signer).toEqual({ authority: 'TM', title: 'CHỦ TỊCH', name: 'Trần Thanh Mẫn' });
    expect(id.recipients.slice(0, 2)).toEqual(['Chính phủ', 'Ban Tổ chức Trung ương']);
    expect(id.recipients).toContain('Ủy ban TW Mặt trận Tổ quốc Việt Nam');
  });

  it('60-NQ/TW: the Central Committee, signed by the General Secretary above the appendix', () => {
    const id = doc('60-NQ_TW.md').identity;
    expect(id).toMatchObject({ family: 'party', typeLine: 'NGHỊ QUYẾT', title: 'HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII' });
    expect(id.issuer).toMatchObject({ name: 'BAN CHẤP HÀNH TRUNG ƯƠNG', source: 'header' });
    expect(id.signer).toEqual({ authority: 'T/M', title: 'TỔNG BÍ THƯ', name: 'Tô Lâm' });
    expect(id.recipients).toEqual(['Các ban đảng, đảng ủy trực thuộc Trung ương', 'Các tỉnh ủy, thành ủy', 'Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng', 'Lưu Văn phòng Trung ương Đảng']);
  });

  it('1027/CTK-CSCL: an appendix alone takes its identity from its note, and its last table cell is no signer', () => {
    const d = doc('1027_CTK-CSCL.md');
    expect(d.identity.issuer).toMatchObject({ name: 'Cục Thống kê', parent: null });
    expect(d.identity.warnings).toContain('identity-from-annex-note');
    expect(d.identity.signer).toBeNull();
    expect(d.identity.place).toBeNull();
    // its own number is no citation of another document
    expect(d.citations.filter((c) => c.number === '1027/CTK-CSCL')).toEqual([]);
  });
});

describe('dvhcvn2025: tables read cell by cell, offsets into the Markdown', () => {
  /** text span of `needle` (searched in the reader's text) mapped back into the source */
  const back = (f: string, needle: string, from = 0): string => {
    const src = source(f);
    const { text, map } = readMarkdown(src);
    const at = text.indexOf(needle, from);
    expect(at, needle).toBeGreaterThanOrEqual(0);
    const s = map.toOriginal(at, at + needle.length);
    return src.slice(s.start, s.end);
  };

  it('1654: the header table is the issuer cell, the motto cell, the number cell, the date cell', () => {
    const d = doc('1654_NQ-UBTVQH15.md');
    expect(nfc(d.text).split('\n').slice(0, 8)).toEqual([
      'ỦY BAN THƯỜNG VỤ',
      'QUỐC HỘI',
      '--------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      'Số: 1654/NQ-UBTVQH15',
      'Hà Nội, ngày 16 tháng 6 năm 2025',
    ]);
    // each cell maps back to its own column of the multiline table
    expect(back('1654_NQ-UBTVQH15.md', 'Số: 1654/NQ-UBTVQH15')).toBe('Số: 1654/NQ-UBTVQH15');
    expect(back('1654_NQ-UBTVQH15.md', 'Hà Nội, ngày 16 tháng 6 năm 2025')).toBe('Hà Nội, ngày 16 tháng 6 năm 2025');
    expect(nfc(back('1654_NQ-UBTVQH15.md', 'QUỐC HỘI'))).toBe('QUỐC HỘI');
    const src = source('1654_NQ-UBTVQH15.md');
    const parts = d.parts;
    expect(d.text.slice(parts.number?.start, parts.number?.end)).toBe('Số: 1654/NQ-UBTVQH15');
    expect(d.text.slice(parts.placeDate?.start, parts.placeDate?.end)).toBe('Hà Nội, ngày 16 tháng 6 năm 2025');
    // the signature's grid table: the left cell (recipients, with pandoc's wraps joined) before the right cell
    expect(nfc(d.text)).toContain('- Ủy ban TW Mặt trận Tổ quốc Việt Nam;\n- Kiểm toán nhà nước;');
    expect(nfc(d.text)).toContain('- Lưu: HC, PLTP.\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n');
    const name = back('1654_NQ-UBTVQH15.md', 'Trần Thanh Mẫn');
    expect(name).toBe('Trần Thanh Mẫn');
    expect(src.lastIndexOf('| Việt Nam;\\                   | Trần Thanh Mẫn**')).toBeGreaterThan(0);
  });

  it('1654: citations verified by reading, with source spans that include the italics around them', () => {
    const d = doc('1654_NQ-UBTVQH15.md');
    const src = source('1654_NQ-UBTVQH15.md');
    // the file is partly NFD: compare composed
    const found = d.citations.map((c) => [nfc(c.text), nfc(src.slice(c.source.start, c.source.end))]);
    expect(found).toEqual(
      expect.arrayContaining([
        // "*Căn cứ* *Hiến pháp … theo Nghị quyết số* *203/2025/QH15;*"
        ['Nghị quyết số 203/2025/QH15', 'Nghị quyết số* *203/2025/QH15'],
        ['Luật Tổ chức chính quyền địa phương số 72/2025/QH15', 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15'],
        ['Nghị quyết số 76/2025/UBTVQH15', 'Nghị quyết số* *76/2025/UBTVQH15'],
        ['Tờ trình số 394/TTr-CP', 'Tờ trình số 394/TTr-CP'],
        ['Đề án số\n395/ĐA-CP', 'Đề án số\n395/ĐA-CP'],
        ['Báo cáo thẩm tra số 412/BC-UBPLTP15', 'Báo cáo thẩm tra số 412/BC-UBPLTP15'],
      ]),
    );
    expect(d.citations.filter((c) => c.number === '395/ĐA-CP')).toHaveLength(3);
  });

  it('60-NQ/TW: the party header (the star under the issuer is pandoc\'s escaped "\\*"), the T/M signature, Party citations', () => {
    const d = doc('60-NQ_TW.md');
    const src = source('60-NQ_TW.md');
    expect(nfc(d.text).split('\n').slice(0, 6)).toEqual(['BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', '---------------', 'Số 60-NQ/TW', 'Hà Nội, ngày 12 tháng 4 năm 2025']);
    expect(back('60-NQ_TW.md', 'Số 60-NQ/TW')).toBe('Số 60-NQ/TW');
    // "**T/M BAN CHẤP HÀNH TRUNG ƯƠNG\**" and "Tô Lâm**" in the right column of the multiline table
    expect(nfc(d.text)).toContain('T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n');
    expect(nfc(back('60-NQ_TW.md', 'T/M BAN CHẤP HÀNH TRUNG ƯƠNG'))).toBe('T/M BAN CHẤP HÀNH TRUNG ƯƠNG');
    expect(back('60-NQ_TW.md', 'Tô Lâm')).toBe('Tô Lâm');
    const found = d.citations.map((c) => [c.number ?? c.text, nfc(src.slice(c.source.start, c.source.end))]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['232-QĐ/TW', 'Quy định số\n232-QĐ/TW'],
        ['22-QĐ/TW', 'Quy định số 22-QĐ/TW'],
        ['262-QĐ/TW', 'Quy định số\n262-QĐ/TW'],
        ['35-CT/TW', 'Chỉ thị số 35-CT/TW'],
        ['118-KL/TW', 'Kết luận số 118-KL/TW'],
        ['18-NQ/TW', 'Nghị quyết số\n18-NQ/TW'],
      ]),
    );
  });

  it('1027: pipe tables, one cell a line, "<br>" inside a cell read as a space', () => {
    const d = doc('1027_CTK-CSCL.md');
    expect(d.text).toContain('\n11\n00226\nPhường Văn Miếu - Quốc Tử Giám\nThành phố Hà Nội\n');
    expect(d.text).toContain('\n53\n10231\nXã Thượng Phúc\nThành phố Hà Nội\n');
    expect(back('1027_CTK-CSCL.md', 'Phường Văn Miếu - Quốc Tử Giám')).toBe('Phường Văn Miếu -<br>Quốc Tử Giám');
  });

  it('citations inside grid, multiline and pipe cells, split over lines, <br> or bold (a constructed page)', async () => {
    // the dvhcvn2025 tables cite nothing but the document's own number; this page puts citations in each kind of table
    const md = [
      '| Stt | Văn bản |',
      '| --- | ------- |',
      '| 1   | **Kế hoạch số 178/KH-UBND** ngày 03/6/2022 |',
      '| 2   | Nghị định số<br>04/2015/NĐ-CP |',
      '',
      '+--------------------+--------------------+',
      '| Thực hiện Nghị     | Căn cứ Luật Tiếp   |',
      '| quyết số 18-NQ/TW\\ | công dân;          |',
      '+--------------------+--------------------+',
      '',
      '  ------------------ ------------------',
      '  Chỉ thị số 05-CT/TW  Quyết định số',
      '                       657-QĐ/TU',
      '',
      '  ------------------ ------------------',
      '',
    ].join('\n');
    const d = await readDocument(Buffer.from(md), { path: 'x.md' });
    expect(d.text).toContain('\nThực hiện Nghị quyết số 18-NQ/TW\nCăn cứ Luật Tiếp công dân;\n');
    expect(d.text).toContain('\nChỉ thị số 05-CT/TW\nQuyết định số 657-QĐ/TU');
    const got = d.citations.map((c) => [c.text, md.slice(c.source.start, c.source.end)]);
    expect(got).toEqual([
      ['Kế hoạch số 178/KH-UBND', 'Kế hoạch số 178/KH-UBND'],
      ['Nghị định số 04/2015/NĐ-CP', 'Nghị định số<br>04/2015/NĐ-CP'],
      // a span is one range of the source: a citation over two lines of a cell also covers the other column between
      ['Nghị quyết số 18-NQ/TW', 'Nghị     | Căn cứ Luật Tiếp   |\n| quyết số 18-NQ/TW'],
      ['Luật Tiếp công dân', 'Luật Tiếp   |\n| quyết số 18-NQ/TW\\ | công dân'],
      ['Chỉ thị số 05-CT/TW', 'Chỉ thị số 05-CT/TW'],
      ['Quyết định số 657-QĐ/TU', 'Quyết định số\n                       657-QĐ/TU'],
    ]);
  });

  it('a pandoc simple table under its header line; a lone rule of dashes stays text', async () => {
    const md = ['Căn cứ:', '', 'Stt  Văn bản', '---  --------------------------', '1    Nghị định số 04/2015/NĐ-CP', '2    Kế hoạch số 178/KH-UBND', '', 'Nội dung', '-----', 'Tiếp theo', ''].join('\n');
    const d = await readDocument(Buffer.from(md), { path: 'x.md' });
    expect(d.text).toBe('Căn cứ:\n\nStt\nVăn bản\n1\nNghị định số 04/2015/NĐ-CP\n2\nKế hoạch số 178/KH-UBND\n\nNội dung\n-----\nTiếp theo\n');
    expect(d.citations.map((c) => md.slice(c.source.start, c.source.end))).toEqual(['Nghị định số 04/2015/NĐ-CP', 'Kế hoạch số 178/KH-UBND']);
  });

  it('the same file with CRLF line ends reads the same identity and citations', async () => {
    const src = source('1654_NQ-UBTVQH15.md');
    const crlf = src.replace(/\n/g, '\r\n');
    const d = await readDocument(Buffer.from(crlf), { path: 'x.md' });
    const lf = doc('1654_NQ-UBTVQH15.md');
    expect(d.identity).toEqual(lf.identity);
    expect(d.citations.map((c) => c.text.replace(/\r/g, ''))).toEqual(lf.citations.map((c) => c.text));
    for (const c of d.citations) expect(crlf.slice(c.source.start, c.source.end).replace(/[*\r]/g, '')).toBe(c.text.replace(/\r/g, ''));
  });

  it('a grid table over NFD text: columns are display columns, combining marks take none', () => {
    const nfd = (s: string): string => s.normalize('NFD');
    // pandoc pads by display width: the NFD line is longer in code units than its border
    const md = ['+------------+-----------+', `| ${nfd('Ủy ban Mặt')} | ${nfd('Số 12/QĐ-X')} |`, `| ${nfd('trận Tổ')}    | ${nfd('Nghị định')}  |`, '+------------+-----------+', ''].join('\n');
    const { text, map } = readMarkdown(md);
    expect(nfc(text)).toBe('Ủy ban Mặt trận Tổ\nSố 12/QĐ-X Nghị định\n');
    const at = text.indexOf(nfd('Số 12/QĐ-X'));
    const s = map.toOriginal(at, at + nfd('Số 12/QĐ-X').length);
    expect(nfc(md.slice(s.start, s.end))).toBe('Số 12/QĐ-X');
  });
});

describe('dvhcvn2025: offsets, a property of every file', () => {
  /** what Markdown adds around words: emphasis, escapes, <br>, table rules and padding */
  const words = (s: string): string =>
    nfc(s)
      .replace(/<br[ ]*\/?>/giu, ' ')
      .replace(/\\(?=[\p{P}\p{S}])/gu, '')
      .replace(/[*|]/g, ' ')
      .replace(/\s+/gu, ' ')
      .trim();

  it.each(FILES)('%s: every citation is its text slice, and its source span is the same words', (f) => {
    const d = doc(f);
    const src = source(f);
    for (const c of d.citations) {
      expect(d.text.slice(c.start, c.end)).toBe(c.text);
      expect(words(src.slice(c.source.start, c.source.end)), c.text).toBe(words(c.text));
    }
  });

  it.each(FILES)('%s: every non-blank character of the text maps to the same character of the source', (f) => {
    const src = source(f);
    const { text, map } = readMarkdown(src);
    let checked = 0;
    for (let p = 0; p < text.length; p++) {
      const ch = text[p] as string;
      if (ch === ' ' || ch === '\n' || ch === '\t') continue;
      const s = map.toOriginal(p, p + 1);
      if (src.slice(s.start, s.end) !== ch) expect({ p, ch, source: src.slice(s.start - 10, s.end + 10) }).toBeNull();
      checked++;
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it.each(FILES)('%s: no markup left in the text (a star only where pandoc escaped it)', (f) => {
    const t = doc(f).text;
    expect(t).not.toMatch(/\\|<br|\||\+--|\*\*/iu);
    expect(t.match(/\*/g)?.length ?? 0).toBe(f === '60-NQ_TW.md' ? 1 : 0);
  });
});
