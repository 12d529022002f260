import { describe, expect, it } from 'vitest';
import { documentHeader, readCitations } from './helpers/act-text.js';
import type { Citation } from '../src/cite/index.js';

/**
 * Two shapes left in the tuning half of the amending-documents round (drafting-forms-amending-documents.json #2 and #16), fixed
 * on 2026-12-07 (twenty-fifth session): an amending decision that names the amended regulation by a short name of its own, so
 * the items under that name (a repealed article among amended ones) were read as acts on no document. Each case failed on 212a5bb.
 */
const actsOn = (cs: readonly Citation[], number: string): string[] =>
  cs.filter((c) => c.number === number && c.role === 'head').flatMap((c) => [`${c.relation}`, ...(c.alsoActs ?? []).map((a) => `${a.relation} ${a.scope.part ?? ''}`)]);

const decision = (title: string, body: string): string =>
  `${documentHeader('ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC', '36/2024/QĐ-UBND', 'Vĩnh Phúc, ngày 12 tháng 9 năm 2024')}QUYẾT ĐỊNH\n${title}\nỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp;\nTheo đề nghị của Giám đốc Sở Công Thương.\nQUYẾT ĐỊNH:\n${body}\nĐiều 2. Quyết định này có hiệu lực từ ngày 25 tháng 9 năm 2024./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n`;

describe('a regulation named short by its decision’s serial ("(gọi tắt là Quy định 23) ban hành kèm theo Quyết định số 23/…")', () => {
  const title = 'Sửa đổi, bổ sung một số điều của Quy định về quản lý cụm công nghiệp (gọi tắt là Quy định 23) ban hành kèm theo Quyết định số 23/2021/QĐ-UBND ngày 06 tháng 5 năm 2021 của UBND tỉnh Vĩnh Phúc';

  it('the items under "Sửa đổi, bổ sung Quy định 23:" act on the decision, the repealed article with them', async () => {
    const cs = await readCitations(decision(title, 'Điều 1. Sửa đổi, bổ sung Quy định 23:\n1. Khoản 2 Điều 9 được sửa đổi như sau: “2. Thời hạn lấy ý kiến là 10 ngày…”\n2. Điều 14 được bãi bỏ.'));
    expect(actsOn(cs, '23/2021/QĐ-UBND')).toContain('repeals Điều 14');
    expect(cs.some((c) => c.number === '23')).toBe(false);
  });

  it('look-alike: a short name whose serial is not the decision’s stays a short name of nothing', async () => {
    const cs = await readCitations(decision(title.replace('Quy định 23', 'Quy định 24'), 'Điều 1. Sửa đổi, bổ sung Quy định 24:\n1. Điều 14 được bãi bỏ.'));
    expect(actsOn(cs, '23/2021/QĐ-UBND')).not.toContain('repeals Điều 14');
  });
});

describe('an amended regulation named by the bare word in the first article ("Sửa đổi, bổ sung Quy chế như sau:")', () => {
  const title = 'Về sửa đổi, bổ sung Quy chế quản lý chợ trên địa bàn huyện ban hành kèm theo Quyết định số 07/2016/QĐ-UBND ngày 30 tháng 9 năm 2016 của Ủy ban nhân dân huyện';

  it('the word is the title’s regulation: the repealed article is the decision’s', async () => {
    const cs = await readCitations(decision(title, 'Điều 1. Sửa đổi, bổ sung Quy chế như sau:\n- Sửa đổi Điều 5: “Điều 5. Ban Quản lý chợ do Ủy ban nhân dân huyện thành lập…”;\n- Bãi bỏ Điều 12.'));
    expect(actsOn(cs, '07/2016/QĐ-UBND')).toContain('repeals Điều 12');
  });

  it('look-alike: a title that amends another decision’s regulation does not lend it to a bare word of another kind', async () => {
    const cs = await readCitations(decision(title, 'Điều 1. Sửa đổi, bổ sung Quy định như sau:\n- Bãi bỏ Điều 12.'));
    expect(actsOn(cs, '07/2016/QĐ-UBND')).not.toContain('repeals Điều 12');
  });

  it('look-alike: a title that only cites the regulation ("Về việc thực hiện Quy chế … ban hành kèm theo …") lends it to nothing', async () => {
    const cs = await readCitations(decision(title.replace('Về sửa đổi, bổ sung', 'Về việc thực hiện'), 'Điều 1. Sửa đổi, bổ sung Quy chế như sau:\n- Bãi bỏ Điều 12.'));
    expect(actsOn(cs, '07/2016/QĐ-UBND')).not.toContain('repeals Điều 12');
  });
});
