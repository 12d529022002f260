import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, ExtractResultSchema, type Citation } from '../src/cite/index.js';
import { SHARED } from './helpers/score.js';

const FRAGMENTS = [
  'số ', 'Số: ', 'Nghị định ', 'Luật ', 'Bộ luật ', 'Hiến pháp ', 'Nghị quyết Trung ương ', 'các Nghị quyết: ', 'khóa XII ',
  '18-NQ/TW', '04/2015/NĐ-CP', '178/KH-UBND', '4919/VPCP-KTTH', '02/TU', ' ngày 25/10/2017', ' ngày 9 tháng 1 năm 2015',
  ' của Chính phủ', ' của UBND tỉnh Hà Tĩnh', ' về thực hiện ', ' và ', ', ', '; ', '\n', '\n\n', '(sau đây gọi tắt là ', ')', 'Căn cứ ',
  'Thực hiện ', 'Nơi nhận:\n- ', '**', 'Ð', '\u00A0', '\r\n', '–', '/', '-', '“', '”', 'Tiếp công dân', 'này', 'Điều 3 ', 'khoản 2 ',
];

const docLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 60 }).map((a) => a.join(''));

function checkContract(text: string): void {
  const r = extract(text);
  ExtractResultSchema.parse(r);
  for (const c of r.citations) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThan(c.end);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  }
  for (const s of r.selfReferences) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe('robustness', () => {
  it('never throws and keeps the offset contract on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkContract(s)), { numRuns: 400 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkContract(s)), { numRuns: 300 });
  });

  it('never throws and keeps the offset contract on document-like strings', () => {
    fc.assert(fc.property(docLike, (s) => checkContract(s)), { numRuns: 1500 });
  });

  it('keeps the contract on NFD versions of document-like strings', () => {
    fc.assert(fc.property(docLike, (s) => checkContract(s.normalize('NFD'))), { numRuns: 500 });
  });

  // Guards against catastrophic backtracking, not a speed claim (speed is measured in bench/):
  // a super-linear pattern takes minutes on these inputs, a linear one a fraction of a second.
  it.each([
    ['"số số 1/1/1/1-" repeated to 1 MB', 'số số 1/1/1/1-'.repeat(Math.ceil(1_000_000 / 14))],
    ['100k digits without spaces', '7'.repeat(100_000)],
    ['1 MB of symbol-like codes', 'NQ-CP/TW-'.repeat(110_000)],
    ['long runs of type words', 'Nghị quyết Nghị định Luật '.repeat(40_000)],
    ['a law name that never ends', 'Luật ' + 'Bảo hiểm '.repeat(100_000)],
    ['spaces and line breaks', ' \n'.repeat(500_000)],
    ['an open alias parenthesis', '(sau đây gọi tắt là ' + 'a'.repeat(200_000)],
    ['Cyrillic without spaces', 'С'.repeat(300_000)],
    ['1 MB of dense citations on one line', 'Nghị định số 1/2020/NĐ-CP ngày 1/1/2020 của Chính phủ, '.repeat(20_000)],
    ['a list head with 20k items', 'các Nghị quyết của Bộ Chính trị: ' + 'số 18-NQ/TW; '.repeat(20_000)],
  ])('stays linear on %s', (_name, input) => {
    const t0 = performance.now();
    extract(input);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('Unicode variants give the same citations as clean text', () => {
  const files = ['seeds/000_55656e36ff3fd3fb.txt', 'seeds/004_4cf4f161cf07ae84.txt', 'phapluat8chude/0039.txt', 'congbot/0023.txt'];
  const key = (cs: Citation[]): string[] => cs.map((c) => [c.number, c.type, c.date, c.relation, c.id, c.role].join('|'));
  const variants: Array<[string, (s: string) => string]> = [
    ['NFD', (s) => s.normalize('NFD')],
    ['CRLF', (s) => s.replace(/\n/g, '\r\n')],
    ['new-style tones', (s) => s.replace(/Ủy/g, 'Uỷ').replace(/ủy/g, 'uỷ').replace(/hóa/g, 'hoá').replace(/khóa/g, 'khoá')],
    ['Latin eth for Đ in numbers', (s) => s.replace(/NĐ-CP/g, 'NÐ-CP').replace(/QĐ\//g, 'QÐ/')],
    ['non-breaking spaces', (s) => s.replace(/ số /g, ' số\u00A0')],
    ['curly quotes and en dashes', (s) => s.replace(/"/g, '\u201C').replace(/ - /g, ' \u2013 ')],
  ];
  for (const file of files) {
    const clean = readFileSync(join(SHARED, 'corpus', file), 'utf8');
    const base = key(extract(clean).citations);
    it.each(variants)(`${file}: %s`, (_n, f) => {
      const text = f(clean);
      const r = extract(text);
      expect(key(r.citations)).toEqual(base);
      for (const c of r.citations) expect(text.slice(c.start, c.end)).toBe(c.text);
    });
  }
});
