import { describe, expect, it } from 'vitest';
import { extractCitations } from '../src/cite/index.js';

describe('laws cited by name', () => {
  it('a name the document gives a number elsewhere is that number (unless the year written with it differs)', () => {
    const text = 'Căn cứ Luật Đầu tư số 67/2014/QH13 ngày 26 tháng 11 năm 2014;\nCăn cứ Luật Đầu tư năm 2014 và Luật Đất đai;\nTheo Luật Đầu tư năm 2020 và Luật Đầu tư.';
    const ids = extractCitations(text, { context: { date: '2015-06-01' } }).map((c) => [c.text, c.id]);
    expect(ids).toEqual([
      ['Luật Đầu tư số 67/2014/QH13', 'vn:67/2014/QH13'],
      ['Luật Đầu tư năm 2014', 'vn:67/2014/QH13'],
      ['Luật Đất đai', 'vn:luat:dat-dai'],
      ['Luật Đầu tư năm 2020', 'vn:luat:dau-tu#2020'],
      ['Luật Đầu tư', 'vn:67/2014/QH13'],
    ]);
  });

  it('a name the document gives two numbers stays a name', () => {
    const text = 'Căn cứ Luật Đầu tư số 67/2014/QH13 và Luật Đầu tư số 61/2020/QH14; theo Luật Đầu tư.';
    expect(extractCitations(text).map((c) => c.id)).toEqual(['vn:67/2014/QH13', 'vn:61/2020/QH14', 'vn:luat:dau-tu']);
  });
});
