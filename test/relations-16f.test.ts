import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';
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
