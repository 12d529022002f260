import { describe, expect, it } from 'vitest';
import { headActs, readCitations, reportsOn } from './helpers/act-text.js';

/**
 * Shapes of the tuning half of the sixty-eighth round (drafting-forms-guidance-given-and-named.json #19, #20), fixed on
 * 2026-12-08 (twenty-ninth session): guidance given by a Party committee's enacting line, and guidance reported. Each case
 * failed on cb49515; the look-alikes pass on both.
 */
const partyGuidance = (enacting: string): string =>
  `ĐẢNG BỘ TỈNH THANH HÓA\nHUYỆN ỦY THỌ XUÂN\n*\nSố 12-HD/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nThọ Xuân, ngày 05 tháng 11 năm 2024\nHƯỚNG DẪN\nvề đại hội chi bộ nhiệm kỳ 2025 - 2030\n-----\nCăn cứ Điều lệ Đảng;\nCăn cứ Hướng dẫn số 15-HD/TU ngày 25/10/2024 của Ban Thường vụ Tỉnh ủy về đại hội chi bộ và đại hội đảng bộ cấp cơ sở nhiệm kỳ 2025 - 2030,\n${enacting}\n1. Công tác chuẩn bị đại hội\nCác chi bộ xây dựng báo cáo chính trị.\nT/M BAN THƯỜNG VỤ\n`;

describe('a Party committee\'s enacting line, "Ban Thường vụ Huyện ủy hướng dẫn cụ thể việc thực hiện Hướng dẫn số A … như sau:"', () => {
  it('guides A', async () => {
    const cs = await readCitations(partyGuidance('Ban Thường vụ Huyện ủy hướng dẫn cụ thể việc thực hiện Hướng dẫn số 15-HD/TU trong Đảng bộ huyện như sau:'));
    expect(headActs(cs, '15-HD/TU')).toContain('guides');
  });

  it('look-alike: an enacting line that guides the matter, A only its basis, guides nothing of A', async () => {
    const cs = await readCitations(partyGuidance('Ban Thường vụ Huyện ủy hướng dẫn cụ thể một số nội dung về đại hội chi bộ như sau:'));
    expect(headActs(cs, '15-HD/TU')).not.toContain('guides');
  });
});

describe('a report that A "đã được Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền, quán triệt tại Hướng dẫn số B"', () => {
  const report = (sentence: string): string =>
    `ĐẢNG BỘ TỈNH NINH BÌNH\nBAN TUYÊN GIÁO TỈNH ỦY\n*\nSố 86-BC/BTGTU\nĐẢNG CỘNG SẢN VIỆT NAM\nNinh Bình, ngày 20 tháng 11 năm 2024\nBÁO CÁO\nkết quả thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị\n-----\n${sentence}\nT/M BAN TUYÊN GIÁO\n`;

  it('reports B\'s guidance of A', async () => {
    const cs = await readCitations(report('1. Quy định số 144-QĐ/TW đã được Ban Tuyên giáo Trung ương hướng dẫn tuyên truyền, quán triệt tại Hướng dẫn số 21-HD/BTGTW ngày 28/6/2024.'));
    expect(reportsOn(cs, '144-QĐ/TW')).toEqual(['21-HD/BTGTW guides 144-QĐ/TW']);
  });

  it('look-alike: a plan to publicise it reports nothing', async () => {
    const cs = await readCitations(report('1. Các cấp ủy tiếp tục tuyên truyền, quán triệt Quy định số 144-QĐ/TW theo Hướng dẫn số 21-HD/BTGTW ngày 28/6/2024.'));
    expect(reportsOn(cs, '144-QĐ/TW')).toEqual([]);
  });
});
