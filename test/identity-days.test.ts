import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { writtenDay } from '../src/doc/identity.js';

/** A day written in a document's article on effect is a day of the calendar, or none (issue 16). */
describe('writtenDay refuses days that do not exist', () => {
  it('31 February, 30 February, 29 February of a common year, 31 April, month 13 and day 0 are no days', () => {
    expect(writtenDay('31', '02', '2026')).toBeNull();
    expect(writtenDay('30', '2', '2024')).toBeNull();
    expect(writtenDay('29', '02', '2026')).toBeNull();
    expect(writtenDay('31', '04', '2026')).toBeNull();
    expect(writtenDay('01', '13', '2026')).toBeNull();
    expect(writtenDay('0', '5', '2026')).toBeNull();
  });
  it('the last day of each month is a day, 29 February of a leap year too', () => {
    expect(writtenDay('29', '02', '2024')).toBe('2024-02-29');
    expect(writtenDay('28', '2', '2026')).toBe('2026-02-28');
    expect(writtenDay('31', '12', '2026')).toBe('2026-12-31');
    expect(writtenDay('30', '4', '2026')).toBe('2026-04-30');
    expect(writtenDay('1', '7', '2026')).toBe('2026-07-01');
  });
  it('a decree whose article on effect names 31 February has no effective day, and no last day', async () => {
    const text = (day: string): string =>
      `CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 15/2026/NĐ-CP\nHà Nội, ngày 10 tháng 01 năm 2026\n\nNGHỊ ĐỊNH\nQuy định về phí\n\nĐiều 1. Hiệu lực thi hành\nNghị định này có hiệu lực thi hành từ ngày ${day} tháng 02 năm 2026 đến hết ngày 31 tháng 02 năm 2027.\n`;
    const impossible = await readDocument(new TextEncoder().encode(text('31')), { path: 'nd.txt' });
    expect(impossible.identity.effective).toBeNull();
    const real = await readDocument(new TextEncoder().encode(text('28')), { path: 'nd.txt' });
    expect(real.identity.effective).toBe('2026-02-28');
    expect(real.identity.expires ?? null).toBeNull();
  });
});

describe("a draft's id is the same for the same draft however it is typed (issue 16, variants)", () => {
  const draft =
    'ỦY BAN NHÂN DÂN\nTHỊ XÃ HỒNG LĨNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: /KH-UBND\nHồng Lĩnh, ngày tháng 6 năm 2022\n\nKẾ HOẠCH\nThực hiện quy chế dân chủ ở cơ sở năm 2022\n\nThực hiện Kế hoạch số 191/KH-UBND ngày 03/6/2022 của UBND tỉnh Hà Tĩnh về thực hiện quy chế dân chủ, Ủy ban nhân dân thị xã ban hành kế hoạch hòa giải, thủy lợi như sau:\n';
  const id = async (text: string): Promise<string | null> => (await readDocument(new TextEncoder().encode(text), { path: 'kh.txt' })).identity.id;
  it('the other tone placement, decomposed letters, CRLF and other line wraps give the same id', async () => {
    const plain = await id(draft);
    expect(plain).toMatch(/^draft:/);
    expect(await id(draft.replace('hòa giải, thủy', 'hoà giải, thuỷ'))).toBe(plain);
    expect(await id(draft.normalize('NFD'))).toBe(plain);
    expect(await id(draft.replace(/\n/g, '\r\n'))).toBe(plain);
    expect(await id(draft.replace('dân chủ, Ủy', 'dân\nchủ, Ủy'))).toBe(plain);
  });
  it('another draft has another id', async () => {
    expect(await id(draft.replace('năm 2022\n\nThực', 'năm 2022\n\nTriển khai'))).not.toBe(await id(draft));
  });
});
