import { describe, expect, it } from 'vitest';
import { readDocument } from '../src/doc/index.js';
import { amendmentHistory } from '../src/graph/index.js';
import type { GraphStore } from '../src/graph/store.js';

/** A document in force for a stated period (issue 16, fifth round): its identity's last day, and its status after it. */

const resolution = (clause: string): string =>
  `CHÍNH PHỦ\nSố: 66/2026/NQ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 30 tháng 6 năm 2026\n\nNGHỊ QUYẾT\nCắt giảm, sửa đổi ngành, nghề đầu tư kinh doanh có điều kiện\n\nĐiều 6. Hiệu lực thi hành\n1. ${clause}\n`;
const identityOf = async (clause: string) => (await readDocument(new TextEncoder().encode(resolution(clause)), { path: 'nq.txt' })).identity;

describe('the last day of a document in force for a stated period (identity)', () => {
  it('"… có hiệu lực thi hành kể từ ngày A đến\\nhết ngày B" and "kể từ ngày ký ban hành và được thực hiện đến hết ngày B" give B', async () => {
    expect(await identityOf('Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026 đến\nhết ngày 28 tháng 02 năm 2027, trừ trường hợp quy định tại khoản 2 Điều này.')).toMatchObject({ effective: '2026-07-01', expires: '2027-02-28' });
    expect((await identityOf('Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành và được\nthực hiện đến hết ngày 31 tháng 7 năm 2027.')).expires).toBe('2027-07-31');
  });
  it('no period, or an end that is an event and not a day, gives none', async () => {
    expect((await identityOf('Nghị quyết này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.')).expires).toBeNull();
    expect((await identityOf('Nghị quyết này có hiệu lực thi hành kể từ ngày 07 tháng 5 năm 2026 đến ngày các quy định về cơ chế đặc thù có hiệu lực.')).expires).toBeNull();
  });
});

describe('status after the last day of a stated period (amendmentHistory)', () => {
  const node = { kind: 'document', path: null, type: 'Nghị quyết', number: '66/2026/NQ-CP', date: '2026-06-30', effective: '2026-07-01', expires: '2027-02-28', title: null, issuer: null, level: null, place: null, family: 'state-normative', contextDependent: false, mentions: 1, names: [] };
  const store = (attrs: object): GraphStore => ({
    hasNode: (k) => k === 'vn:66/2026/NQ-CP',
    getNodeAttributes: () => attrs as ReturnType<GraphStore['getNodeAttributes']>,
    forEachNode: (cb) => cb('vn:66/2026/NQ-CP', attrs as ReturnType<GraphStore['getNodeAttributes']>),
    forEachEdge: () => undefined,
    forEachInEdge: () => undefined,
    forEachOutEdge: () => undefined,
  });
  it('in force through its last day, expired the day after', () => {
    expect(amendmentHistory(store(node), 'vn:66/2026/NQ-CP', { at: '2027-02-28' }).status).toBe('in force');
    expect(amendmentHistory(store(node), 'vn:66/2026/NQ-CP', { at: '2027-06-01' }).status).toBe('expired');
  });
  it('a node without a stated period stays in force', () => {
    const { expires: _, ...open } = node;
    expect(amendmentHistory(store(open), 'vn:66/2026/NQ-CP', { at: '2027-06-01' }).status).toBe('in force');
  });
});

describe('a consolidated text\'s note reproducing an amending act\'s article typed with straight quotes (issue 16)', () => {
  const vbhn = (open: string, close: string): string =>
    `BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 01/VBHN-BLĐTBXH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 01 năm 2019\n\nTHÔNG TƯ\nQuy định về điều lệ trung tâm giáo dục nghề nghiệp\n\nThông tư số 57/2015/TT-BLĐTBXH ngày 25 tháng 12 năm 2015 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội quy định về điều lệ trung tâm giáo dục nghề nghiệp, có hiệu lực kể từ 10 tháng 2 năm 2016, được sửa đổi, bổ sung\nbởi:\nNghị định số 143/2016/NĐ-CP ngày 14 tháng 10 năm 2016 của Chính phủ quy định điều kiện đầu tư, có hiệu lực kể từ ngày 14 tháng 10 năm 2016.\n\nCăn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13;\n\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nThông tư này quy định điều lệ trung tâm.\nChương IX\nĐIỀU KHOẢN THI HÀNH11\n\n11 Điều 23, 24 và 25 của Nghị định số 143/2016/NĐ-CP ngày 14 tháng 10 năm 2016 của Chính phủ quy định điều kiện đầu tư, có hiệu lực kể từ ngày 14 tháng 10 năm 2016 quy\nđịnh như sau:\n${open}Điều 25. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 14 tháng 10 năm 2016.\n2. Các văn bản sau đây hết hiệu lực thi hành kể từ ngày Nghị định này có hiệu lực thi hành:\na) Thông tư số 24/2011/TT-BLĐTBXH ngày 21 tháng 9 năm 2011 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội.${close}\n`;
  const ended = async (text: string) => (await readDocument(new TextEncoder().encode(text), { path: 'vbhn.txt' })).citations.filter((c) => c.number === '24/2011/TT-BLĐTBXH').map((c) => [c.relation, c.asserted?.subjectId, c.asserted?.relation]);
  it('the ending is the decree\'s, stated by the consolidated text, whichever quotes the note uses (not the base circular\'s own)', async () => {
    expect(await ended(vbhn('"', '"'))).toEqual([['cites', 'vn:143/2016/NĐ-CP', 'repeals']]);
    expect(await ended(vbhn('“', '”'))).toEqual([['cites', 'vn:143/2016/NĐ-CP', 'repeals']]);
  });
});
