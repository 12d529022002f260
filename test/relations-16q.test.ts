import { describe, expect, it } from 'vitest';
import { extract } from '../src/cite/index.js';

/**
 * A table of documents whose title cell opens with its verb in capitals (issue 16: reported forms point the right way). In
 * "DANH MỤC QUYẾT ĐỊNH HẾT HIỆU LỰC DO QUYẾT ĐỊNH NÀY THAY THẾ\n1\tQuyết định số A\t…\n2\tQuyết định số B\tSửa đổi Quyết định số
 * A", the second row's title says what B did to A: B's act, reported by the table, never the act of the document the table is
 * in. The capital of a cell's first word hid the verb ("Sửa đổi", "Bãi bỏ"; "Sửa đổi, bổ sung" was read through its "bổ
 * sung"), so a cell "Bãi bỏ Điều 3 Quyết định số A" was read as this decision repealing Điều 3 of A. From the fourth drafting
 * round (fixtures/relations/drafting-forms-structure.json, 33/2025/QĐ-UBND and 09/2025/QĐ-UBND); the corpus has no such
 * cell (its relation keys outside the test splits do not change).
 */
const HEAD = 'PHỤ LỤC\nDANH MỤC QUYẾT ĐỊNH HẾT HIỆU LỰC DO QUYẾT ĐỊNH NÀY THAY THẾ\n1\tQuyết định số 18/2015/QĐ-UBND\tQuy định định mức sử dụng xe ô tô chuyên dùng\n';
const read = (text: string): string[] => {
  const cs = extract(text, { context: { type: 'Quyết định', number: '33/2025/QĐ-UBND' } }).citations;
  return cs.map((c) => {
    const a = c.asserted ? ` [${cs[c.asserted.subject]?.number ?? '?'} ${c.asserted.relation}]` : '';
    return `${c.number ?? c.text} ${c.relation}${c.scope ? (c.scope.whole ? '/whole' : `/${c.scope.part ?? 'part'}`) : ''}${a}`;
  });
};

describe('a title cell that opens with its verb in capitals', () => {
  it('"Sửa đổi Quyết định số A" in the row of B: B amended A, as the table reports; this decision replaces both', () => {
    expect(read(`${HEAD}2\tQuyết định số 44/2019/QĐ-UBND\tSửa đổi Quyết định số 18/2015/QĐ-UBND\n3\tQuyết định số 07/2021/QĐ-UBND\tSửa đổi Quyết định số 44/2019/QĐ-UBND\n`)).toEqual([
      '18/2015/QĐ-UBND replaces/whole',
      '44/2019/QĐ-UBND replaces/whole',
      '18/2015/QĐ-UBND cites [44/2019/QĐ-UBND amends]',
      '07/2021/QĐ-UBND replaces/whole',
      '44/2019/QĐ-UBND cites [07/2021/QĐ-UBND amends]',
    ]);
  });

  it('"Bãi bỏ Điều 3 Quyết định số A" in a cell is the row\'s document repealing it, not this decision', () => {
    const cells = read(`${HEAD}2\tQuyết định số 44/2019/QĐ-UBND\tBãi bỏ Điều 3 Quyết định số 18/2015/QĐ-UBND\n`);
    expect(cells[2]).toBe('18/2015/QĐ-UBND cites [44/2019/QĐ-UBND repeals]');
    expect(cells.filter((c) => / repeals\//u.test(c))).toEqual([]);
  });

  it('only a cell opens that way: the same words parted by spaces, not tabs, are no title cell (read as before)', () => {
    const spaced = read(`${HEAD.replace(/\t/gu, ' ')}2 Quyết định số 44/2019/QĐ-UBND Sửa đổi Quyết định số 18/2015/QĐ-UBND\n`);
    expect(spaced.slice(1)).toEqual(['44/2019/QĐ-UBND cites', '18/2015/QĐ-UBND cites']);
  });
});
