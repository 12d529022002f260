import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/** Classes of drafting read on the dev half of the relation gold in issue 16's fifth round (one block per rule). */

const acts = (text: string, type: string, number?: string): string[][] =>
  extract(text, { context: { type, ...(number ? { number } : {}) } }).citations.map((c) => [c.number ?? c.text, c.relation, ...(c.alsoActs ?? []).map((a) => a.relation)]);

describe('a typing slip in an operative phrase is read as the phrase it mistypes (issue 16)', () => {
  it('"hết liệu lực thi hành" ends the documents as "hết hiệu lực thi hành" does', () => {
    const slip = 'Điều 167. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2015.\n2. Luật xây dựng số 16/2003/QH11 hết liệu lực thi hành kể từ ngày Luật này có hiệu lực.\n';
    expect(acts(slip, 'Luật')).toEqual(acts(slip.replace('liệu', 'hiệu'), 'Luật'));
    expect(acts(slip, 'Luật')[0]?.[1]).not.toBe('cites');
  });
  it('the word "liệu" elsewhere is left alone', () => {
    const other = 'Điều 5. Hồ sơ\nTài liệu lực lượng vũ trang theo quy định tại Nghị định số 01/2020/NĐ-CP hết hạn lưu trữ.\n';
    expect(acts(other, 'Thông tư')).toEqual([['01/2020/NĐ-CP', 'cites']]);
  });
});
