import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalizeText, toOldStyleTone } from '../src/text/index.js';
import { foldSlowly } from '../src/text/fold.js';

describe('normalizeText', () => {
  it('maps offsets of NFD input back to the original string', () => {
    const nfc = 'Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015';
    const nfd = nfc.normalize('NFD');
    const n = normalizeText(nfd);
    expect(n.text).toBe(nfc);
    const at = nfc.indexOf('Nghị định');
    const o = n.map.toOriginal(at, at + 'Nghị định'.length);
    expect(nfd.slice(o.start, o.end).normalize('NFC')).toBe('Nghị định');
  });

  it('folds look-alikes, dashes, spaces, quotes and CRLF without moving one-to-one offsets', () => {
    const raw = 'Nghị định 89/2015/N\u00D0\u2013CP\u00A0và \u201CDân vận khéo\u201D\r\nhết';
    const n = normalizeText(raw);
    expect(n.text).toBe('Nghị định 89/2015/NĐ-CP và "Dân vận khéo"\nhết');
    const at = n.text.indexOf('89/2015');
    const o = n.map.toOriginal(at, at + '89/2015/NĐ-CP'.length);
    expect(raw.slice(o.start, o.end)).toBe('89/2015/N\u00D0\u2013CP');
    const h = n.text.indexOf('hết');
    expect(raw.slice(n.map.toOriginalStart(h))).toBe('hết');
  });

  it('latinises Cyrillic letters only inside codes', () => {
    expect(normalizeText('51/2025/TT-BT\u0421').text).toBe('51/2025/TT-BTC');
    expect(normalizeText('\u041c\u043e\u0441\u043a\u0432\u0430 city').text).toBe('\u041c\u043e\u0441\u043a\u0432\u0430 city');
  });

  it('removes markdown emphasis and maps around it', () => {
    const raw = 'Số: **54** /KH-UBND';
    const n = normalizeText(raw);
    expect(n.text).toBe('Số: 54 /KH-UBND');
    const at = n.text.indexOf('54');
    expect(raw.slice(n.map.toOriginalStart(at), n.map.toOriginalEnd(at + 2))).toBe('54');
  });

  it('rejoins a symbol broken by a line wrap and keeps the break in the mapped span', () => {
    const raw = 'Nghị định số 68/2026/NĐ-\nCP ngày';
    const n = normalizeText(raw);
    expect(n.text).toBe('Nghị định số 68/2026/NĐ-CP ngày');
    const at = n.text.indexOf('68');
    const o = n.map.toOriginal(at, at + '68/2026/NĐ-CP'.length);
    expect(raw.slice(o.start, o.end)).toBe('68/2026/NĐ-\nCP');
  });

  it('does not join an ordinary line that ends with a dash list', () => {
    expect(normalizeText('các nội dung sau -\n- Thứ nhất').text).toBe('các nội dung sau -\n- Thứ nhất');
  });

  it('deletes zero-width characters and the soft hyphen', () => {
    const raw = 'Nghị\u200B định\uFEFF số 1/2020/NĐ-CP';
    expect(normalizeText(raw).text).toBe('Nghị định số 1/2020/NĐ-CP');
  });

  it('reads a page break inside a sentence as a wrap, its blank lines deleted and mapped', () => {
    const raw = 'Nghị định số 125/2017/NĐ-CP của Chính phủ sửa đổi,\n\nbổ sung một số điều của Nghị định số\n \n09/2023/NĐ-CP ngày 13 tháng 3 năm\r\n\r\n2023 của Chính phủ.';
    const n = normalizeText(raw);
    expect(n.text).toBe('Nghị định số 125/2017/NĐ-CP của Chính phủ sửa đổi,\nbổ sung một số điều của Nghị định số 09/2023/NĐ-CP ngày 13 tháng 3 năm\n2023 của Chính phủ.');
    for (const word of ['bổ sung', '09/2023/NĐ-CP', '2023 của']) {
      const at = n.text.indexOf(word);
      const o = n.map.toOriginal(at, at + word.length);
      expect(raw.slice(o.start, o.end)).toBe(word);
    }
    // a full line before the break: the rest of each case is what follows it
    const line = 'Thông tư này quy định chi tiết về các nội dung tại';
    const after = (rest: string): string => normalizeText(line + rest).text.slice(line.length);
    // (a place's number in a list of places, a quoted phrase closed mid-sentence)
    expect(after(' khoản\n\n6, khoản 9 Điều 1')).toBe(' khoản\n6, khoản 9 Điều 1');
    expect(after(' cụm từ “Cục Hải quan”\n\ntại khoản 3')).toBe(' cụm từ "Cục Hải quan"\ntại khoản 3');
    // (a number after a word that wants one; not a clause's number)
    expect(after(' khoản\n\n3 Điều 5')).toBe(' khoản\n3 Điều 5');
    expect(after(' giai đoạn\n\n2021 - 2030;')).toBe(' giai đoạn\n2021 - 2030;');
    expect(after(' khoản\n\n2. Điều')).toBe(' khoản\n\n2. Điều');
    // (the page's number goes with its blank lines)
    expect(after('\n\n12\n\nkhoản 2')).toBe('\nkhoản 2');
    // (a document's number cut at its symbol's hyphen joins as over a wrap, with or without the page's number, CRLF or not; a
    // page's number after the hyphen is no part of the symbol)
    for (const cut of [' Thông tư số 27/2016/TT-\n\nBLĐTBXH đã', ' Thông tư số 27/2016/TT-\r\n\r\nBLĐTBXH đã', ' Thông tư số 27/2016/TT-\n\n15\n\nBLĐTBXH đã']) expect(after(cut)).toBe(' Thông tư số 27/2016/TT-BLĐTBXH đã');
    const cut = normalizeText(`${line} Thông tư số 27/2016/TT-\n\n15\n\nBLĐTBXH đã`);
    const at = cut.text.indexOf('BLĐTBXH');
    expect(cut.text.slice(0, at)).toBe(`${line} Thông tư số 27/2016/TT-`);
    const o = cut.map.toOriginal(at, at + 7);
    expect(`${line} Thông tư số 27/2016/TT-\n\n15\n\nBLĐTBXH đã`.slice(o.start, o.end)).toBe('BLĐTBXH');
    // (a sentence's end, a list's item, a capital, a page's number before a capital, two blank lines, and a short line — a
    // table's cell, "Số" above its number — keep their break)
    for (const kept of ['.\n\nđiều', ':\n\na) Nội dung', '\n\nĐiều 2', '\n\n12\n\nĐiều 2', '\n\n\nkhoản', ' (Luật)\n\nkhoản']) expect(after(kept)).toBe(kept);
    expect(normalizeText('STT\nSố\n\n15/2018/NĐ-CP').text).toBe('STT\nSố\n\n15/2018/NĐ-CP');
    // (a short line that ends a sentence a full line wrapped is a page's last line; after a stop, it is a clause of its own)
    expect(normalizeText(line + '\nkhoản\n\n3 Điều 5').text).toBe(line + '\nkhoản\n3 Điều 5');
    expect(normalizeText(line + ';\nTheo Thông tư\n\n01/2021 nêu trên').text).toBe(line + ';\nTheo Thông tư\n\n01/2021 nêu trên');
  });

  it('is the identity map on clean text', () => {
    const n = normalizeText('Luật Tiếp công dân');
    expect(n.map.isIdentity).toBe(true);
  });
});

describe('toOldStyleTone', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Hoà', 'Hòa'],
    ['thuỷ', 'thủy'],
    ['Uỷ ban', 'Ủy ban'],
    ['khoẻ', 'khỏe'],
    ['hoạ', 'họa'],
    ['xoè', 'xòe'],
    ['HOÀ', 'HÒA'],
  ])('%s → %s', (a, b) => expect(toOldStyleTone(a)).toBe(b));

  it.each(['quý', 'Quỷ', 'hoàn', 'toán', 'khuya', 'khuỷu', 'ngoài', 'hòa'])('leaves %s unchanged', (a) => expect(toOldStyleTone(a)).toBe(a));
});

describe('fold', () => {
  it('drops diacritics, maps đ and compatibility forms', () => {
    expect(fold('Ðiều 5 NÐ-CP Thuỷ sản VX₁ Đảng')).toBe('dieu 5 nd-cp thuy san vx1 dang');
    expect(fold('ĐIỀU 5 nđ-cp thủy sản vx1 đảng')).toBe('dieu 5 nd-cp thuy san vx1 dang');
  });

  it('one code unit at a time gives what the step-by-step definition gives', () => {
    // Vietnamese in NFC and NFD, look-alikes, spaces of every kind, invisible characters, ligatures, and the
    // characters that need their neighbours (surrogate pairs, final sigma, Hangul jamo)
    const pieces = ['Nghị quyết', 'NGHỊ QUYẾT'.normalize('NFD'), 'Đảng', 'Ðiều', 'ɖ', 'ð', 'hoà', ' ', '  ', '\u00A0', '\u2003', '\t', '\r\n', '\u200B', '\u00AD', '\uFEFF', 'ﬁ', '½', '¨', 'İ', 'VX₁', 'ΣΑΣ', '𝐀𝐁', 'ᄀ', 'ᅡ', '가', 'ㄱㅏ', '\u0301', '\u0323', '-', '/', '1'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 2 })), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(fold(s), JSON.stringify(s)).toBe(foldSlowly(s));
      }),
      { numRuns: 3000 },
    );
  });
});
